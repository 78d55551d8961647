"""The augmenting .pxd files type the compiled copies of extract.py and speakers.py: each `@cython.locals` must sit on
the function whose locals it names (a declaration detached from its function by an insertion types nothing and fails
no build: `_split_name` ran untyped for a session that way)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ATTRIBUTION = Path(__file__).resolve().parent.parent / "framing" / "attribution"


def _names_by_function(source: str) -> dict[str, set[str]]:
    """Function name -> every name read, bound or taken as an argument in it (methods and functions alike)."""
    found: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef):
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {a.arg for a in node.args.args}
            found.setdefault(node.name, set()).update(names)
    return found


def _declarations(pxd: str) -> list[tuple[str, list[str]]]:
    """(function, local names) of each `@cython.locals(...)` and the `cpdef` line right after it."""
    out = []
    for match in re.finditer(r"@cython\.locals\(([^)]*)\)\s*\n\s*cpdef\s+([^(]*)\(", pxd):
        function = match.group(2).split()[-1]
        names = [item.split("=")[0].strip() for item in match.group(1).split(",") if item.strip()]
        out.append((function, names))
    return out


@pytest.mark.parametrize("module", ["extract", "speakers"])
def test_each_locals_declaration_names_locals_of_its_function(module):
    functions = _names_by_function((ATTRIBUTION / f"{module}.py").read_text(encoding="utf-8"))
    declared = _declarations((ATTRIBUTION / f"{module}.pxd").read_text(encoding="utf-8"))
    assert len(declared) > 10
    wrong = [(function, [n for n in names if n not in functions.get(function, set())]) for function, names in declared]
    assert [(function, names) for function, names in wrong if names] == []
    pxd = (ATTRIBUTION / f"{module}.pxd").read_text(encoding="utf-8")
    assert pxd.count("@cython.locals(") == len(declared)  # none stacked on another, which would type nothing


def test_a_stacked_declaration_is_caught():
    pxd = "@cython.locals(taken=list)\n@cython.locals(b=list)\ncpdef second(b)\n"
    assert pxd.count("@cython.locals(") == 2 and len(_declarations(pxd)) == 1


def test_a_detached_declaration_is_caught():
    source = "def first(a):\n    taken = []\n\ndef second(b):\n    return b\n"
    pxd = "@cython.locals(taken=list)\ncpdef second(b)\ncpdef first(a)\n"
    functions = _names_by_function(source)
    (function, names), = _declarations(pxd)
    assert function == "second" and [n for n in names if n not in functions[function]] == ["taken"]
