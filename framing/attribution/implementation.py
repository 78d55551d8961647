"""Which attribution extractor runs: the compiled copy built at install time when it matches its source, else pure Python.

setup.py compiles copies of `extract.py` and `speakers.py` with Cython (`_compiled_extract`,
`_compiled_speakers`), each stamped with the SHA-256 of the source it was built from and of the .pxd
declarations that type it. The copy is used only while both stamps match the files beside it, so an
edited source never runs as stale compiled code. Set FRAMING_PURE_PYTHON=1 to run the pure-Python
modules regardless; it also switches off the other hand-written Cython modules (`compiled_module`).
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
        return importlib.import_module(f"framing.{name}")
    except ImportError:
        return None


def implementation() -> str:
    """'compiled' or 'python': what `framing.attribution.extract_attributions` runs in this process."""
    from . import extract

    return "python" if extractor_module() is extract else "compiled"


@cache
def _chosen_module() -> ModuleType:
    from . import extract, speakers

    try:
        from . import _compiled_extract, _compiled_speakers
    except ImportError:
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
