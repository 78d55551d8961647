"""The engine and scorecard on the seeds: spans trace back to words, numbers come from spans."""
import json

import pytest
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.engine import analyze, default_scorers
from framing.spans import check_offsets


@pytest.fixture(scope="module")
def seed_analysis(seeds_dir):
    return analyze(framing.read_corpus(seeds_dir))


def test_every_span_points_at_its_words(seed_analysis):
    assert seed_analysis.spans
    for doc_id, doc in seed_analysis.documents.items():
        check_offsets(doc.text, seed_analysis.spans_of(doc_id))


def test_seed_outlets_and_no_skips(seed_analysis):
    assert [r.outlet for r in seed_analysis.results] == ["Press TV", "VOA"]
    assert seed_analysis.skipped == []


def test_scorecard_counts_equal_span_counts(seed_analysis):
    frame = seed_analysis.scorecard.to_frame()
    for (outlet, family, category, voice), part in frame.groupby(["outlet", "family", "category", "voice"]):
        doc_ids = {r.doc_id for r in seed_analysis.results if r.outlet == outlet}
        expected = sum(1 for s in seed_analysis.spans
                       if s.doc_id in doc_ids and (s.family, s.category, s.voice) == (family, category, voice)
                       and not (s.family == "attribution" and s.category != "cue"))
        assert int(part["count"].sum()) == expected


def test_rates_are_per_thousand_narrator_words(seed_analysis):
    card = seed_analysis.scorecard
    frame = card.to_frame()
    row = frame[(frame.outlet == "Press TV") & (frame.family == "loaded") & (frame.voice == "narrator")].iloc[0]
    words = card.groups["Press TV"].narrator_words
    assert row["per_1000_words"] == pytest.approx(row["count"] / words * 1000, abs=1e-3)


def test_small_sample_warning_and_no_ci_with_one_article(seed_analysis):
    card = seed_analysis.scorecard
    assert any("only 1 article" in w for w in card.warnings())
    frame = card.to_frame()
    assert frame["small_sample"].all() and frame["ci_low"].isna().all()


def test_explain_returns_the_words_in_context(seed_analysis):
    rows = seed_analysis.scorecard.explain(category="provenance_label", outlet="Press TV")
    assert "foreign-sponsored" in [m.lower() for m in rows["match"]]
    for rec in rows.to_dict(orient="records"):
        text = seed_analysis.texts[rec["doc_id"]]
        assert text[rec["start"]:rec["end"]] == rec["match"]


def test_by_article_groups_each_document(seed_analysis):
    card = seed_analysis.scorecard_by("article")
    assert set(card.groups) == {r.doc_id for r in seed_analysis.results}


def test_parallel_jobs_give_identical_results(seeds_dir):
    docs = [d for d in framing.read_corpus(seeds_dir)] * 3
    one = analyze(docs, jobs=1)
    two = analyze(docs, jobs=2)
    assert one.spans == two.spans
    assert [r.to_dict() for r in one.results] == [r.to_dict() for r in two.results]


def test_confidence_intervals_with_enough_articles(seeds_dir):
    docs = list(framing.read_corpus(seeds_dir))
    from dataclasses import replace

    many = [replace(d, id=f"{d.id}-{i}", text=d.text + ("\n\nThe terrorists fled." if i % 2 else ""))
            for d in docs for i in range(6)]
    card = analyze(many).scorecard
    frame = card.to_frame()
    narrator = frame[(frame.voice == "narrator") & (frame["count"] > 0)]
    assert not narrator["small_sample"].any()
    assert (narrator["ci_low"] <= narrator["per_1000_words"]).all()
    assert (narrator["per_1000_words"] <= narrator["ci_high"]).all()


@pytest.mark.parametrize("fmt, probe", [
    ("table", "Overview"), ("markdown", "| outlet |"), ("json", '"overview"'), ("csv", "per_1000_words"),
])
def test_scorecard_cli_formats(seeds_dir, fmt, probe):
    result = CliRunner().invoke(main, ["scorecard", str(seeds_dir), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert probe in result.output
    assert "scored 2 document(s), skipped 0" in result.output


def test_scorecard_json_is_valid_and_deterministic(seeds_dir, tmp_path):
    out = [tmp_path / "a.json", tmp_path / "b.json"]
    for path in out:
        result = CliRunner().invoke(main, ["scorecard", str(seeds_dir), "--format", "json", "--output", str(path)])
        assert result.exit_code == 0, result.output
    assert out[0].read_bytes() == out[1].read_bytes()
    data = json.loads(out[0].read_text())
    assert {row["outlet"] for row in data["overview"]} == {"Press TV", "VOA"}


def test_annotate_jsonl_ids_and_offsets(seeds_dir):
    result = CliRunner().invoke(main, ["annotate", str(seeds_dir), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    docs = {d.id: d for d in framing.read_corpus(seeds_dir)}
    assert {rec["doc_id"] for rec in lines} == set(docs)
    for rec in lines:
        assert docs[rec["doc_id"]].text[rec["start"]:rec["end"]] == rec["text"]
        assert {"outlet", "scorer", "category", "voice", "speaker", "explanation"} <= set(rec)


def test_kwic_shows_voice(seeds_dir):
    result = CliRunner().invoke(main, ["kwic", "terrorizing", str(seeds_dir), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 1 and rows[0]["voice"] == "quoted"


@pytest.mark.parametrize("term, absent", [("rebel held", False), ("regime", False), ("zzzz", True)])
def test_kwic_variants(seeds_dir, term, absent):
    result = CliRunner().invoke(main, ["kwic", term, str(seeds_dir), "--format", "jsonl"])
    rows = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert (len(rows) == 0) == absent


def test_bad_input_error_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,body\nx,y\n")
    result = CliRunner().invoke(main, ["scorecard", str(bad)])
    assert result.exit_code != 0
    assert "Traceback (most recent call last)" not in result.output
    assert result.output.count("\n") == 1 and "--id-column" in result.output


def test_default_scorers_have_names_and_find(seeds_dir):
    for scorer in default_scorers():
        assert isinstance(scorer.name, str) and callable(scorer.find)


def test_notebook_and_terminal_display(seed_analysis):
    doc_id = seed_analysis.results[0].doc_id
    annotated = seed_analysis.annotated(doc_id)
    html = annotated._repr_html_()
    assert "<mark" in html and "foreign-sponsored" in html
    assert "[" in str(annotated) and "]{loaded:" in str(annotated)
    assert "<table" in seed_analysis._repr_html_()
    assert "Kerry" in seed_analysis.documents[doc_id]._repr_html_()
    with pytest.raises(KeyError):
        seed_analysis.annotated("nope")


def test_scorecard_plot_returns_axes(seed_analysis):
    import matplotlib

    matplotlib.use("Agg")
    ax = seed_analysis.scorecard.plot(kind="rates")
    assert "per 1,000" in ax.get_xlabel() + ax.get_ylabel()


@pytest.mark.parametrize("families, present, absent", [
    (["loaded"], {"loaded"}, {"hedging", "attribution"}),
    (["loaded", "hedging"], {"loaded", "hedging"}, {"attribution", "actors"}),
    (["attribution"], {"attribution"}, {"loaded"}),
])
def test_family_option_limits_scorers(seeds_dir, families, present, absent):
    args = ["annotate", str(seeds_dir), "--format", "jsonl", "--jobs", "1"]
    for family in families:
        args += ["--family", family]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    seen = {json.loads(line)["family"] for line in result.stdout.splitlines() if line.startswith("{")}
    assert present <= seen and not (absent & seen)
