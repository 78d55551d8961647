"""Results folders: Parquet partitions, incremental re-runs, interruptions, scorecards from stored results."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.document import Document
from framing.engine import analyze, default_scorers
from framing.errors import InputError
from framing.io import read_corpus
from framing.lexicon import shipped_lexicons
from framing.store import STATE_FILE, ResultsStore, content_hash, scorer_versions


def paragraph_docs(seeds_dir: Path) -> list[Document]:
    """One Document per paragraph of the seed articles (ids p00, p01, ...), outlets kept."""
    docs = []
    for doc in read_corpus(seeds_dir).documents():
        for paragraph in doc.text.split("\n"):
            if len(paragraph.split()) >= 5:
                docs.append(Document(id=f"p{len(docs):02d}", text=paragraph, outlet=doc.outlet))
    return docs


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    path.write_text("".join(json.dumps({"id": d.id, "outlet": d.outlet, "text": d.text}) + "\n" for d in docs),
                    encoding="utf-8")
    return path


def dicts(results) -> list[dict]:
    return [r.to_dict() for r in results]


@pytest.fixture(scope="module")
def docs(seeds_dir) -> list[Document]:
    return paragraph_docs(seeds_dir)[:20]


@pytest.fixture(scope="module")
def scorers() -> list:
    return default_scorers()


def test_stored_results_equal_in_memory_analysis(tmp_path, docs, scorers):
    store = ResultsStore(tmp_path / "results")
    summary = store.update(docs, partition_size=7, scorers=scorers)
    expected = analyze(docs, scorers=scorers)
    assert summary.scored == len(docs) and summary.unchanged == 0
    assert summary.partitions == -(-len(docs) // 7)
    assert dicts(store.results()) == dicts(expected.results)
    assert store.spans() == expected.spans
    texts = {d.id: d.text for d in docs}
    assert all(texts[s.doc_id][s.start:s.end] == s.text for s in store.spans())
    assert sorted(p.name for p in (tmp_path / "results" / "docs").iterdir())[0] == "part-00000.parquet"


@pytest.mark.parametrize("change, scored, unchanged, removed", [
    ("nothing", 0, "all", 0),
    ("add two", 2, "all", 0),
    ("edit one", 1, "all-1", 0),
    ("remove one", 0, "all-1", 1),
])
def test_rerun_scores_only_new_or_changed(tmp_path, docs, scorers, change, scored, unchanged, removed):
    store = ResultsStore(tmp_path / "results")
    store.update(docs, partition_size=10, scorers=scorers)
    again = list(docs)
    if change == "add two":
        again += [Document(id="new1", text="Foreign-backed militants struck.", outlet="X"),
                  Document(id="new2", text="Officials reportedly met.", outlet="Y")]
    elif change == "edit one":
        again[3] = Document(id=again[3].id, text=again[3].text + " Terrorists were blamed.", outlet=again[3].outlet)
    elif change == "remove one":
        again.pop(5)
    summary = store.update(again, partition_size=10, scorers=scorers)
    n = len(docs)
    assert summary.scored == scored
    assert summary.unchanged == {"all": n, "all-1": n - 1}[unchanged]
    assert summary.removed == removed
    expected = analyze(again, scorers=scorers)
    assert dicts(store.results()) == dicts(expected.results)
    assert store.spans() == expected.spans


def test_changed_lexicon_version_rescores_everything(tmp_path, docs):
    lexicons = [p for p in shipped_lexicons() if p.stem in ("loaded_terms", "hedges")]
    copies = [Path(shutil.copy(p, tmp_path / p.name)) for p in lexicons]
    store = ResultsStore(tmp_path / "results")
    store.update(docs, scorers=default_scorers(lexicons=copies))
    assert store.update(docs, scorers=default_scorers(lexicons=copies)).scored == 0
    copies[0].write_text(copies[0].read_text(encoding="utf-8") + "\n# a comment changes the version\n",
                         encoding="utf-8")
    summary = store.update(docs, scorers=default_scorers(lexicons=copies))
    assert summary.scored == len(docs) and summary.unchanged == 0
    state = json.loads((tmp_path / "results" / STATE_FILE).read_text())
    assert len(state["versions"]) == 1                      # the old versions table is gone
    assert len(list((tmp_path / "results" / "docs").iterdir())) == 1   # superseded partitions dropped


def test_changed_reporting_verbs_rescore_the_attribution(tmp_path, docs):
    from framing.attribution.resources import GROUPS_PATH, VERBS_PATH
    from framing.scorers.attribution import AttributionScorer

    verbs = Path(shutil.copy(VERBS_PATH, tmp_path / "reporting_verbs.toml"))
    groups = Path(shutil.copy(GROUPS_PATH, tmp_path / "speaker_groups.toml"))
    store = ResultsStore(tmp_path / "results")
    store.update(docs, scorers=[AttributionScorer(verbs=verbs, groups=groups)])
    assert store.update(docs, scorers=[AttributionScorer(verbs=verbs, groups=groups)]).scored == 0
    groups.write_text(groups.read_text(encoding="utf-8") + "\n# a comment changes the version\n", encoding="utf-8")
    summary = store.update(docs, scorers=[AttributionScorer(verbs=verbs, groups=groups)])
    assert summary.scored == len(docs) and summary.unchanged == 0


@pytest.mark.parametrize("scorer", ["attribution", "actors", "tone", "classifier", "scare_quotes"])
def test_scorers_name_their_data_in_their_version(scorer, scorers):
    """Each default scorer has a content version (not only a hash of its own code file), stable across calls."""
    versions = scorer_versions(scorers)
    assert not versions[scorer].startswith("code-") and versions[scorer] == scorer_versions(scorers)[scorer]


@pytest.mark.parametrize("changed, content", [("abbreviations.txt", "[titles]\nMr\n"),
                                              ("display_cues.txt", "[cues]\nsaid\n")])
def test_segmenter_version_follows_its_data_files(monkeypatch, tmp_path, scorers, changed, content):
    import framing.store as store_module

    before = scorer_versions(scorers)["segmenter"]
    here = Path(store_module.__file__).parent
    fake = tmp_path / "framing"
    (fake / "data").mkdir(parents=True)
    shutil.copy(here / "text.py", fake / "text.py")
    for name in ("abbreviations.txt", "display_cues.txt"):
        shutil.copy(here / "data" / name, fake / "data" / name)
    monkeypatch.setattr(store_module, "__file__", str(fake / "store.py"))
    assert scorer_versions(scorers)["segmenter"] == before
    (fake / "data" / changed).write_text(content, encoding="utf-8")
    assert scorer_versions(scorers)["segmenter"] != before


def test_state_records_hash_and_versions(tmp_path, docs, scorers):
    store = ResultsStore(tmp_path / "results")
    store.update(docs[:3], scorers=scorers)
    state = json.loads((tmp_path / "results" / STATE_FILE).read_text())
    assert list(state["documents"]) == [d.id for d in docs[:3]]
    digest, vkey, part = state["documents"][docs[0].id]
    assert digest == content_hash(docs[0].text) and part == 0
    assert state["versions"][vkey] == scorer_versions(scorers)
    assert {"loaded_terms", "hedging", "scare_quotes", "segmenter"} <= set(state["versions"][vkey])


class Interrupt(KeyboardInterrupt):
    """Raised by the test corpus to simulate Ctrl-C."""


def interrupted(docs, *, after: int):
    for number, doc in enumerate(docs):
        if number == after:
            raise Interrupt()
        yield doc


@pytest.mark.parametrize("after", [0, 1, 9, 17])
def test_interrupted_run_keeps_completed_partitions_and_resumes(tmp_path, docs, scorers, after):
    folder = tmp_path / "results"
    store = ResultsStore(folder)
    with pytest.raises(KeyboardInterrupt):
        store.update(interrupted(docs, after=after), partition_size=4, checkpoint_seconds=0, scorers=scorers)
    kept = json.loads((folder / STATE_FILE).read_text())["documents"] if (folder / STATE_FILE).exists() else {}
    assert list(kept) == [d.id for d in docs[:after]]      # completed work is saved, in order
    assert not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]
    summary = store.update(docs, partition_size=4, scorers=scorers)
    assert summary.unchanged == after and summary.scored == len(docs) - after
    assert dicts(store.results()) == dicts(analyze(docs, scorers=scorers).results)


def test_half_written_partition_leaves_nothing(tmp_path, docs, scorers, monkeypatch):
    import pyarrow.parquet as pq

    folder = tmp_path / "results"
    store = ResultsStore(folder)
    store.update(docs[:4], partition_size=4, scorers=scorers)
    before = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    real_write = pq.write_table

    def broken_write(table, where, **kwargs):
        where.write(b"PAR1 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", broken_write)
    with pytest.raises(OSError, match="disk full"):
        store.update(docs, partition_size=4, scorers=scorers)
    monkeypatch.setattr(pq, "write_table", real_write)
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == before
    assert dicts(store.results()) == dicts(analyze(docs[:4], scorers=scorers).results)


def test_skipped_inputs_are_recorded(tmp_path, scorers):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "outlet": "X", "text": "Militants reportedly attacked."}\n'
                      '{"id": "b", "outlet": "X", "text": "   "}\n'
                      'not json\n'
                      '{"id": "a", "outlet": "X", "text": "A duplicate."}\n', encoding="utf-8")
    store = ResultsStore(tmp_path / "results")
    summary = store.update(read_corpus(corpus), scorers=scorers)
    assert summary.scored == 1 and len(summary.skipped) == 3 and summary.total == 4
    reasons = [s.reason for s in store.skipped()]
    assert any("empty" in r for r in reasons) and any("invalid JSON" in r for r in reasons)
    assert any("duplicate id" in r for r in reasons)


def test_refuses_a_non_empty_folder_that_is_not_a_results_folder(tmp_path, docs):
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(InputError, match="not a framing results folder"):
        ResultsStore(tmp_path).update(docs, scorers=[])
    assert ResultsStore.is_results_folder(tmp_path) is False


def test_cli_run_then_scorecard_from_results_equals_direct_scorecard(tmp_path, seeds_dir):
    runner = CliRunner()
    results = tmp_path / "results"
    first = runner.invoke(main, ["run", str(seeds_dir), "--results", str(results)])
    assert first.exit_code == 0, first.output
    assert "scored 2, unchanged 0" in first.stderr
    second = runner.invoke(main, ["run", str(seeds_dir), "--results", str(results)])
    assert "scored 0, unchanged 2" in second.stderr
    stored = runner.invoke(main, ["scorecard", str(results), "--format", "json"])
    direct = runner.invoke(main, ["scorecard", str(seeds_dir), "--format", "json"])
    assert stored.exit_code == 0 and direct.exit_code == 0
    assert json.loads(stored.stdout) == json.loads(direct.stdout)
    both = runner.invoke(main, ["scorecard", str(seeds_dir), "--results", str(results), "--format", "json"])
    assert json.loads(both.stdout) == json.loads(direct.stdout)
    assert "unchanged 2" in both.stderr


def test_cli_run_without_spans(tmp_path, seeds_dir):
    results = tmp_path / "results"
    outcome = CliRunner().invoke(main, ["run", str(seeds_dir), "--results", str(results), "--no-spans"])
    assert outcome.exit_code == 0, outcome.output
    assert not (results / "spans").exists()
    assert len(ResultsStore(results).results()) == 2 and ResultsStore(results).spans() == []


def test_explanation_spans_cover_current_categories_once(tmp_path, docs, scorers):
    store = ResultsStore(tmp_path / "results")
    store.update(docs, scorers=scorers, partition_size=6)
    edited = [Document(id=d.id, text="Officials reportedly met.", outlet=d.outlet) if i < 6 else d
              for i, d in enumerate(docs)]
    store.update(edited, scorers=scorers, partition_size=6)
    spans = store.spans()
    expected = {(s.family, s.category) for s in spans}
    found = store.explanation_spans()
    assert {(s.family, s.category) for s in found} == expected and len(found) == len(expected)
    assert all(s in spans for s in found)                    # never a stale span of an edited document


def test_ctrl_c_during_cli_run_says_finished_partitions_are_kept(tmp_path, seeds_dir, monkeypatch):
    import framing.store

    def stop(self, docs, **options):
        raise KeyboardInterrupt

    monkeypatch.setattr(framing.store.ResultsStore, "update", stop)
    outcome = CliRunner().invoke(main, ["run", str(seeds_dir), "--results", str(tmp_path / "results")])
    assert outcome.exit_code == 130
    assert "partitions finished before it are kept: run the same command again" in outcome.stderr
    scorecard = CliRunner().invoke(main, ["scorecard", str(seeds_dir), "--output", str(tmp_path / "x.txt")])
    assert "kept" not in scorecard.stderr
