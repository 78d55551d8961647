"""Which attribution extractor runs: the compiled copy built at install time when it matches its source, else pure Python.

setup.py compiles copies of `extract.py` and `speakers.py` with Cython (`_compiled_extract`,
`_compiled_speakers`), each stamped with the SHA-256 of the source it was built from and of the .pxd
declarations that type it. The copy is used only while both stamps match the files beside it, so an
edited source never runs as stale compiled code. Set FRAMING_PURE_PYTHON=1 to run the pure-Python
modules regardless; it also switches off the other hand-written Cython modules (`compiled_module`).
Those (`framing._text`, `_classify`, `_tone` and the extractor's `framing.attribution._tokens`) carry the SHA-256 of
their .pyx source too; where that source sits beside the built module (an editable install) and differs, the module
is not used: its Python counterpart runs instead, with a warning (the compiled extractor too, for `_tokens`).
"""
from __future__ import annotations

import hashlib
import importlib
import os
import warnings
from functools import cache
from pathlib import Path
from types import ModuleType

PURE_PYTHON_ENV = "FRAMING_PURE_PYTHON"


def extractor_module() -> ModuleType:
    """The module whose `extract_attributions` runs (compiled or `framing.attribution.extract`)."""
    if os.environ.get(PURE_PYTHON_ENV):
        from . import extract

        return extract
    return _chosen_module()


def compiled_module(name: str) -> ModuleType | None:
    """`framing.<name>`, a hand-written Cython module, or None when FRAMING_PURE_PYTHON is set or it is not built."""
    return None if os.environ.get(PURE_PYTHON_ENV) else _built(name)


@cache
def _built(name: str) -> ModuleType | None:
    try:
        module = importlib.import_module(f"framing.{name}")
    except ImportError:
        return None
    return module if matches_its_pyx(module) else None


def matches_its_pyx(module: ModuleType) -> bool:
    """False, with a warning, if the .pyx beside a hand-written compiled module is not the source it was built from.

    An installed package carries no .pyx (nothing to compare: the build is what there is); an editable install
    does, and an edit made there since the build would otherwise run as the old compiled code.
    """
    source = Path(module.__file__).with_name(module.__name__.rsplit(".", 1)[-1] + ".pyx")
    if not source.is_file() or getattr(module, "SOURCE_SHA256", None) == pyx_sha256(source):
        return True
    warnings.warn(f"framing: the compiled {module.__name__} was built from another version of {source.name}; "
                  "running its Python counterpart (reinstall the package to rebuild it)", RuntimeWarning, stacklevel=3)
    return False


def pyx_sha256(source: Path) -> str:
    """SHA-256 of a hand-written Cython source and of the declarations they all cimport (framing/_inline.pxd), as
    setup.py stamps it."""
    shared = Path(__file__).resolve().parents[1] / "_inline.pxd"
    return hashlib.sha256(source.read_bytes() + (shared.read_bytes() if shared.is_file() else b"")).hexdigest()


def implementation() -> str:
    """'compiled' or 'python': what `framing.attribution.extract_attributions` runs in this process."""
    from . import extract

    return "python" if extractor_module() is extract else "compiled"


@cache
def _chosen_module() -> ModuleType:
    from . import extract, speakers

    try:
        from . import _compiled_extract, _compiled_speakers, _tokens
    except ImportError:
        return extract
    if not matches_its_pyx(_tokens):    # the compiled copies run its loops
        return extract
    return choose(extract, [(_compiled_extract, extract), (_compiled_speakers, speakers)])


def choose(pure: ModuleType, pairs: list[tuple[ModuleType, ModuleType]]) -> ModuleType:
    """The first compiled module of `pairs` if every (compiled, source) pair matches by stamp, else `pure` with a warning."""
    for compiled, source in pairs:
        stamp = getattr(compiled, "SOURCE_SHA256", None)
        if stamp != source_sha256(source):
            warnings.warn(f"framing: the compiled {compiled.__name__} was built from another version of "
                          f"{Path(source.__file__).name}; running the pure-Python extractor "
                          "(reinstall the package to rebuild it)", RuntimeWarning, stacklevel=3)
            return pure
    return pairs[0][0]


def source_sha256(module: ModuleType) -> str:
    """SHA-256 of a module's source file and of the Cython declarations (.pxd) beside it, if any (as setup.py stamps)."""
    source = Path(module.__file__)
    declarations = source.with_suffix(".pxd")
    return hashlib.sha256(source.read_bytes() + (declarations.read_bytes() if declarations.exists() else b"")).hexdigest()
