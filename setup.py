"""Build hook: compile the attribution extractor and the classifier's kernel with Cython when it can; install pure
Python when it cannot.

Everything else about the package is in pyproject.toml. The compiled modules are copies of
`framing/attribution/extract.py` and `speakers.py` under other names (`_compiled_extract`,
`_compiled_speakers`), each stamped with the SHA-256 of the source it came from and of the Cython
declarations beside it (`extract.pxd`, `speakers.pxd`, which type the compiled copy only), so the
pure-Python modules stay importable and `framing.attribution.implementation` can refuse a copy that no
longer matches its source (an editable install after an edit). The compiled copy of extract.py also
uses `_tokens.pyx`: loops that find the tokens its regex finds and the sentences holding a cue word; the
compiled speakers module finds the text's capitalised runs there too.
`framing/_classify.pyx` holds the sentence classifier's per-document loops (numpy runs where it is missing),
compiled without fused multiply-add so that its sums equal numpy's bit for bit; `framing/_text.pyx` runs the
segmentation's loops (paragraphs, sentences, quotation marks, word counts) and the lexicons' (framing.text's and
framing.lexicon's regexes and Python loops run where it is missing); `framing/_tone.pyx` gives VADER's compound score
(the Python analyzer gives it where it is missing), also without fused multiply-add. These hand-written modules
carry the SHA-256 of their .pyx (and of framing/_inline.pxd) as SOURCE_SHA256, given here as a C macro
(FRAMING_SOURCE_SHA256), so that an editable install runs none whose source was edited after the build.
Set FRAMING_PURE_PYTHON_BUILD=1 to skip the compiled build; a missing Cython or C compiler only prints
a warning.
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).parent
PACKAGE = ROOT / "framing" / "attribution"
GENERATED = ROOT / "build" / "compiled-src" / "framing" / "attribution"
# module compiled -> (its pure-Python source, import lines rewritten in the copy)
COMPILED = {
    "_compiled_speakers": ("speakers.py", {"_compiled_capitalised_runs = None  #":
                                               "from ._tokens import capitalised_runs as _compiled_capitalised_runs  #",
                                           "_compiled_name_words = None  #":
                                               "from ._tokens import name_words as _compiled_name_words  #",
                                           "_compiled_lower_words = None  #":
                                               "from ._tokens import lower_words as _compiled_lower_words  #",
                                           "_new_record = tuple.__new__  #": "from ._tokens import new_record as _new_record  #"}),
    "_compiled_extract": ("extract.py", {"from .speakers import ": "from ._compiled_speakers import ",
                                         "_compiled_tokens = None  #": "from ._tokens import tokens as _compiled_tokens  #",
                                         "_compiled_has_cue_word = None  #":
                                             "from ._tokens import has_cue_word as _compiled_has_cue_word  #",
                                         "_compiled_folded_lower = None  #":
                                             "from ._tokens import folded_lower as _compiled_folded_lower  #",
                                         "_compiled_cue_candidates = None  #":
                                             "from ._tokens import cue_candidates as _compiled_cue_candidates  #",
                                         "_compiled_occurring = None  #":
                                             "from ._tokens import occurring as _compiled_occurring  #"}),
}
# modules whose float sums must equal numpy's bit for bit: no fused multiply-add (gcc's default on ARM)
EXACT_FLOATS = {"framing._classify", "framing._tone"}
PURE_EXTRACTOR = "the pure-Python attribution extractor"
# directives for the compiled copies of extract.py and speakers.py (written into each copy, so a change rebuilds it):
# Cython may give an untyped local a C type where every assignment to it has one, so offsets and counts computed from
# typed values stay C numbers (2% fewer instructions in extraction, the same results)
GENERATED_DIRECTIVES = {"infer_types": True}
# the hand-written Cython modules: module -> source. Each keeps the SHA-256 of its source (and of framing/_inline.pxd)
# as SOURCE_SHA256, so that an editable install refuses one whose .pyx was edited after the build (stale code).
HAND_WRITTEN = {
    "framing.attribution._tokens": "framing/attribution/_tokens.pyx",  # the compiled extractor's tokenizer and gates
    "framing._classify": "framing/_classify.pyx",  # the sentence classifier's loops (numpy runs where it is missing)
    "framing._text": "framing/_text.pyx",  # segmentation's and lexicons' loops (framing.text's Python otherwise)
    "framing._tone": "framing/_tone.pyx",  # VADER's compound score (the Python analyzer otherwise)
}
INSTEAD = {"framing._classify": "the numpy sentence classifier",     # what runs when a module is not built
           "framing._text": "framing.text's regexes",
           "framing._tone": "the Python VADER analyzer"}


def _warn(message: str, *, instead: str = PURE_EXTRACTOR) -> None:
    print(f"framing: {message}; {instead} will be used", file=sys.stderr)


def _generated_sources() -> dict[str, Path]:
    """Write the stamped copies to compile; {module name: path}."""
    GENERATED.mkdir(parents=True, exist_ok=True)
    paths = {}
    for module, (source_name, rewrites) in COMPILED.items():
        source = (PACKAGE / source_name).read_bytes()
        declarations = _declarations(source_name)
        text = source.decode("utf-8")
        for old, new in rewrites.items():
            if old not in text:
                raise RuntimeError(f"setup.py: {source_name} no longer contains {old!r}; update COMPILED")
            text = text.replace(old, new)
        stamp = hashlib.sha256(source + (declarations or b"")).hexdigest()
        text += f"\n\nSOURCE_SHA256 = {stamp!r}  # stamped by setup.py\n# compiled with {GENERATED_DIRECTIVES}\n"
        path = GENERATED / f"{module}.py"
        _write_if_changed(path, text.encode("utf-8"))
        pxd = GENERATED / f"{module}.pxd"
        if declarations is not None:
            _write_if_changed(pxd, declarations)
        elif pxd.exists():
            pxd.unlink()
        paths[module] = path
    return paths


def _declarations(source_name: str) -> bytes | None:
    """The Cython declarations (.pxd) beside a source, typing its compiled copy, or None."""
    pxd = PACKAGE / source_name.replace(".py", ".pxd")
    return pxd.read_bytes() if pxd.exists() else None


def _write_if_changed(path: Path, data: bytes) -> None:
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def _extensions() -> list:
    """The Cython extensions, or none when the build is switched off or Cython is missing."""
    if os.environ.get("FRAMING_PURE_PYTHON_BUILD"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        _warn("Cython is not installed")
        return []
    from setuptools import Extension

    options = {"compiler_directives": {"language_level": "3", "annotation_typing": False}, "quiet": True,
               "include_path": [str(GENERATED.parents[1])]}  # where Cython finds framing/attribution/*.pxd
    generated = {**options, "compiler_directives": {**options["compiler_directives"], **GENERATED_DIRECTIVES}}
    extensions = cythonize([Extension(f"framing.attribution.{module}", [str(path.relative_to(ROOT))])
                            for module, path in _generated_sources().items()], **generated)
    # each hand-written module is built with the SHA-256 of its source as its SOURCE_SHA256 (see HAND_WRITTEN): a C
    # macro, so that the generated C is the same whatever the stamp
    stamped = [Extension(name, [source], define_macros=[("FRAMING_SOURCE_SHA256", f'"{_stamp(source)}"')])
               for name, source in HAND_WRITTEN.items()]
    return extensions + cythonize(stamped, **options)


def _stamp(source: str) -> str:
    """SHA-256 of a hand-written Cython source and of the declarations they all cimport (framing/_inline.pxd): what
    `framing.attribution.implementation.pyx_sha256` compares with the module's SOURCE_SHA256."""
    return hashlib.sha256((ROOT / source).read_bytes() + (ROOT / "framing" / "_inline.pxd").read_bytes()).hexdigest()


class OptionalBuildExt(build_ext):
    """build_ext that warns instead of failing when a C compiler is missing or a module fails to compile."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # noqa: BLE001 - any toolchain failure means: install pure Python
            _warn(f"the compiled extractor could not be built ({error})")

    def build_extension(self, ext) -> None:
        if ext.name in EXACT_FLOATS and self.compiler.compiler_type == "unix":   # gcc and clang
            ext.extra_compile_args = [*ext.extra_compile_args, "-ffp-contract=off"]
        try:
            super().build_extension(ext)
        except Exception as error:  # noqa: BLE001
            _warn(f"{ext.name} could not be compiled ({error})", instead=INSTEAD.get(ext.name, PURE_EXTRACTOR))


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
