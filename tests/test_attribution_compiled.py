"""The compiled attribution extractor: chosen only when it matches its source, and identical to pure Python."""
from __future__ import annotations

import itertools
import os
import types
from pathlib import Path

import pytest

from framing import read_corpus
from framing.attribution import extract, implementation, speakers
from framing.attribution.resources import load_resources
from framing.document import Document

TRICKY = [
    "Kerry alleged that Russia lied, officials said.",
    '"We will not back down," said Russian Foreign Minister Sergey Lavrov. "Never."',
    "The Justice Department on Monday said it would appeal, according to two people familiar with the matter.",
    "While saying he would wait, Russia's U.N. Ambassador Vitaly Churkin signaled he was ready to vote.",
    "İstanbul’s mayor claimed the ‘vote’ was rigged: “It’s a farce.” He told reporters he’d sue.",
    "TAPPER: And obviously the president denied it. Pence: Flowers won't be at the debate.",
    "He said.The talks failed, a U.S. official who spoke on condition of anonymity said.",
    '"' * 40 + " said he " * 30,
    "",
]


def _compiled_module():
    try:
        from framing.attribution import _compiled_extract, _compiled_speakers
    except ImportError:
        pytest.skip("the compiled extractor is not built here (pip install . with Cython and a C compiler builds it)")
    for compiled, source in ((_compiled_extract, extract), (_compiled_speakers, speakers)):
        if compiled.SOURCE_SHA256 != implementation.source_sha256(source):
            pytest.skip(f"the compiled {compiled.__name__} was built from an older {source.__name__}; reinstall to rebuild")
    return _compiled_extract


def _documents(seeds_dir) -> list[Document]:
    docs = [d for d in read_corpus(seeds_dir) if isinstance(d, Document)]
    return docs + [Document(f"t{n}", text) for n, text in enumerate(TRICKY)]


def _pure_and_compiled(docs, compiled) -> tuple[list, list]:
    res = load_resources()
    res.clear_memos()
    pure = [extract.extract_attributions(d, resources=res) for d in docs]
    res.clear_memos()
    fast = [compiled.extract_attributions(d, resources=res) for d in docs]
    return pure, fast


def test_compiled_equals_pure_python_on_seeds_and_hard_cases(seeds_dir):
    compiled = _compiled_module()
    pure, fast = _pure_and_compiled(_documents(seeds_dir), compiled)
    assert sum(map(len, pure)) > 20
    assert fast == pure


def test_compiled_equals_pure_python_on_benchmark_articles(shared_data):
    compiled = _compiled_module()
    path = shared_data / "allsides" / "articles.parquet"
    docs = [d for d in itertools.islice(read_corpus(path), 300) if isinstance(d, Document)]
    pure, fast = _pure_and_compiled(docs, compiled)
    assert sum(map(len, pure)) > 3000
    assert fast == pure


def test_compiled_is_chosen_where_the_build_must_have_made_it():
    """.ci/run sets FRAMING_EXPECT_COMPILED=1: a silent build failure there must fail, not slow everything down."""
    if not os.environ.get("FRAMING_EXPECT_COMPILED"):
        pytest.skip("FRAMING_EXPECT_COMPILED is not set (only CI promises a compiled build)")
    assert implementation.implementation() == "compiled", "the compiled extractor is missing or stale after the install"
    for module in ("_classify", "_text", "_tone"):   # the classifier, word counter and VADER: setup.py builds them too
        if implementation.compiled_module(module) is None:
            pytest.fail(f"framing.{module} is missing after the install")


def test_pure_python_environment_variable_wins(monkeypatch):
    monkeypatch.setenv(implementation.PURE_PYTHON_ENV, "1")
    assert implementation.extractor_module() is extract
    assert implementation.implementation() == "python"


def _fake(name: str, stamp: str | None) -> types.ModuleType:
    module = types.ModuleType(name)
    if stamp is not None:
        module.SOURCE_SHA256 = stamp
    return module


@pytest.mark.parametrize("extract_stamp, speakers_stamp, chosen", [
    ("match", "match", "compiled"),
    ("stale", "match", "pure"),    # extract.py edited after the build
    ("match", "stale", "pure"),    # speakers.py edited after the build
    (None, "match", "pure"),       # a module without a stamp is never trusted
])
def test_a_compiled_copy_runs_only_while_it_matches_its_source(extract_stamp, speakers_stamp, chosen):
    stamps = {"match": None, "stale": "0" * 64, None: None}

    def stamp(kind, source):
        return implementation.source_sha256(source) if kind == "match" else stamps[kind]

    fast_extract = _fake("fast_extract", stamp(extract_stamp, extract))
    fast_speakers = _fake("fast_speakers", stamp(speakers_stamp, speakers))
    pairs = [(fast_extract, extract), (fast_speakers, speakers)]
    if chosen == "compiled":
        assert implementation.choose(extract, pairs) is fast_extract
    else:
        with pytest.warns(RuntimeWarning, match="reinstall"):
            assert implementation.choose(extract, pairs) is extract


def test_the_stamp_covers_the_cython_declarations_beside_a_source(tmp_path):
    """An edited .pxd changes how the copy compiles, so it must make an older build stale too."""
    source = tmp_path / "mod.py"
    source.write_text("X = 1\n", encoding="utf-8")
    module = types.ModuleType("mod")
    module.__file__ = str(source)
    plain = implementation.source_sha256(module)
    (tmp_path / "mod.pxd").write_text("cdef class A:\n    pass\n", encoding="utf-8")
    declared = implementation.source_sha256(module)
    (tmp_path / "mod.pxd").write_text("cdef class B:\n    pass\n", encoding="utf-8")
    assert len({plain, declared, implementation.source_sha256(module)}) == 3


def test_both_compiled_sources_ship_their_declarations():
    """extract.pxd and speakers.pxd sit beside their sources (setup.py compiles with them, package data installs them)."""
    for source in (extract, speakers):
        assert Path(source.__file__).with_suffix(".pxd").is_file()


HAND_WRITTEN = ("framing.attribution._tokens", "framing._classify", "framing._text", "framing._tone")
CHECKOUT = Path(__file__).resolve().parents[1]


def _built_module(tmp_path, stamp: str | None, *, source: str | None = "def f():\n    return 1\n"):
    """A stand-in for a built hand-written module in `tmp_path`, with its .pyx beside it unless `source` is None."""
    module = types.ModuleType("framing._made_up")
    module.__file__ = str(tmp_path / "_made_up.cpython-311-x86_64-linux-gnu.so")
    if source is not None:
        (tmp_path / "_made_up.pyx").write_text(source, encoding="utf-8")
    if stamp == "match":
        stamp = implementation.pyx_sha256(tmp_path / "_made_up.pyx")
    if stamp is not None:
        module.SOURCE_SHA256 = stamp
    return module


def test_a_hand_written_module_runs_only_while_it_matches_the_pyx_beside_it(tmp_path):
    assert implementation.matches_its_pyx(_built_module(tmp_path, "match"))
    for stale in ("0" * 64, None):     # edited after the build, or built before modules carried a stamp
        with pytest.warns(RuntimeWarning, match="_made_up.pyx; running its Python counterpart"):
            assert not implementation.matches_its_pyx(_built_module(tmp_path, stale))
    (tmp_path / "_made_up.pyx").unlink()
    assert implementation.matches_its_pyx(_built_module(tmp_path, "0" * 64, source=None))  # installed: no source


def test_an_edited_pyx_or_shared_declarations_change_the_stamp(tmp_path):
    source = tmp_path / "_made_up.pyx"
    source.write_text("X = 1\n", encoding="utf-8")
    before = implementation.pyx_sha256(source)
    source.write_text("X = 2\n", encoding="utf-8")
    assert implementation.pyx_sha256(source) != before
    shared = Path(implementation.__file__).resolve().parents[1] / "_inline.pxd"
    assert shared.is_file(), "every hand-written module cimports framing/_inline.pxd: its stamp covers it"


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_each_built_hand_written_module_carries_the_stamp_of_its_source(name):
    """setup.py stamps what `implementation.pyx_sha256` computes: the installed module against the checkout's .pyx
    (CI installs from it), or against the .pyx beside it in an editable install."""
    import importlib

    try:
        module = importlib.import_module(name)
    except ImportError:
        pytest.skip(f"{name} is not built here")
    beside = Path(module.__file__).with_name(name.rsplit(".", 1)[-1] + ".pyx")
    checkout = CHECKOUT / (name.replace(".", "/") + ".pyx")
    source = beside if beside.is_file() else checkout
    if not source.is_file():
        pytest.skip(f"no source of {name} to compare with (an installed package without its checkout)")
    assert module.SOURCE_SHA256 == implementation.pyx_sha256(source), f"{name} is stale: reinstall to rebuild it"


def test_setup_stamps_every_hand_written_module():
    """A new .pyx left out of setup.py's HAND_WRITTEN would be built without a stamp (or not at all)."""
    import ast

    setup = CHECKOUT / "setup.py"
    if not setup.is_file():
        pytest.skip("not run from a checkout (no setup.py beside the tests)")
    tree = ast.parse(setup.read_text(encoding="utf-8"))
    listed = next(ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)
                  and any(getattr(target, "id", None) == "HAND_WRITTEN" for target in node.targets))
    sources = {str(path.relative_to(CHECKOUT)) for path in (CHECKOUT / "framing").rglob("*.pyx")}
    assert set(listed.values()) == sources
    assert set(listed) == set(HAND_WRITTEN)
