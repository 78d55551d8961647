"""AttributionScorer spans, refine and metrics; the scorecard section; the quotes command; the lexicons."""
from __future__ import annotations

import json
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from framing.document import Document
from framing.results import DocResult
from framing.scorers.attribution import AttributionScorer
from framing.spans import QUOTED, Span, check_offsets

SEEDS = {"Press TV": "000_89466effa35fe06b.txt", "VOA": "003_e60f7068ae8a88b7.txt"}


@pytest.fixture(scope="module")
def seed_docs(seeds_dir):
    return {outlet: Document(name, (seeds_dir / name).read_text(encoding="utf-8"), outlet=outlet)
            for outlet, name in SEEDS.items()}


@pytest.fixture(scope="module")
def scorer():
    return AttributionScorer()


def _result(scorer, doc):
    spans = scorer.find(doc)
    metrics = {f"attribution.{k}": v for k, v in scorer.metrics(doc, spans).items()}
    return DocResult.from_spans(doc, spans, metrics=metrics)


def test_spans_keep_offsets_and_link_roles(scorer, seed_docs):
    for doc in seed_docs.values():
        spans = scorer.find(doc)
        check_offsets(doc.text, spans)
        assert {s.category for s in spans} == {"source", "cue", "content"}
        by_id = {}
        for span in spans:
            by_id.setdefault(span.attrs["attribution_id"], set()).add(span.attrs["role"])
        assert all("cue" in roles for roles in by_id.values())


@pytest.mark.parametrize("kind, voice", [("direct", "quoted"), ("indirect", "narrator"), ("partial", "narrator")])
def test_content_voice_by_kind(scorer, seed_docs, kind, voice):
    contents = [s for d in seed_docs.values() for s in scorer.find(d)
                if s.category == "content" and s.attrs["kind"] == kind]
    assert contents and {s.voice for s in contents} == {voice}


def test_refine_gives_quoted_words_their_speaker(scorer):
    doc = Document("d", '"These militants are terrorizing civilians," Kerry said.')
    spans = scorer.find(doc)
    start = doc.text.index("terrorizing")
    loaded = Span("d", start, start + 11, "terrorizing", scorer="loaded_terms", family="loaded",
                  category="emotive", voice=QUOTED)
    outside = Span("d", 0, 1, '"', scorer="x", family="loaded", category="c")
    refined = scorer.refine(doc, [*spans, loaded, outside])
    assert [s.speaker for s in refined if s.scorer == "loaded_terms"] == ["John Kerry"]
    assert [s.speaker for s in refined if s.scorer == "x"] == [None]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 20)), max_size=8),
       st.lists(st.tuples(st.integers(0, 50), st.integers(0, 10)), max_size=8))
def test_refine_picks_the_first_content_holding_a_span(contents, words):
    """Nested and overlapping quoted contents: the speaker of the first (by start, end, speaker) that holds it."""
    text = "x" * 80
    made = [Span("d", a, a + n, text[a:a + n], scorer="attribution", family="attribution", category="content",
                 voice=QUOTED, speaker=f"S{k}", attrs={"kind": "direct"}) for k, (a, n) in enumerate(contents)]
    quoted = [Span("d", a, a + n, text[a:a + n], scorer="loaded_terms", family="loaded", category="c", voice=QUOTED)
              for a, n in words]
    holders = sorted((c.start, c.end, c.speaker) for c in made)
    expected = [next((who for a, b, who in holders if a <= w.start and w.end <= b), None) for w in quoted]
    refined = AttributionScorer().refine(Document("d", text), [*made, *quoted])
    assert [s.speaker for s in refined if s.scorer == "loaded_terms"] == expected


def test_metrics_are_additive(scorer, seed_docs):
    a, b = (_result(scorer, d) for d in seed_docs.values())
    merged = a.merge(b)
    for key in ("attribution.attributions", "attribution.stance.distancing", "attribution.quoted_chars"):
        assert merged.metrics[key] == a.metrics[key] + b.metrics[key]
    assert merged.metrics["attribution.attributions"] == merged.count("attribution", "cue")


def test_press_tv_distances_kerry_voa_does_not(scorer, seed_docs):
    press, voa = (_result(scorer, seed_docs[o]) for o in ("Press TV", "VOA"))
    assert press.metrics["attribution.speaker.John Kerry.distancing"] >= 2
    assert voa.metrics.get("attribution.speaker.John Kerry.distancing", 0) == 0
    assert press.metrics.get("attribution.group_country.government|Russia.distancing", 0) == 0


def test_section_tables(scorer, seed_docs):
    from framing.sections.attribution import GROUPS, OVERVIEW, SPEAKERS, STANCE, tables

    out = tables({outlet: _result(scorer, doc) for outlet, doc in seed_docs.items()})
    assert set(out) == {OVERVIEW, STANCE, SPEAKERS, GROUPS}
    overview = out[OVERVIEW].set_index("outlet")
    assert overview.loc["VOA", "quoted text share"] > overview.loc["Press TV", "quoted text share"]
    assert 0 < overview.loc["Press TV", "per 1,000 words"] < 100
    groups = out[GROUPS].set_index(["outlet", "speaker group", "country"])
    us = groups.loc[("Press TV", "government official", "United States"), "distancing verbs"]
    assert us.split(" of ")[0] != "0"
    ru = groups.loc[("Press TV", "government official", "Russia"), "distancing verbs"]
    assert ru.startswith("0 of ")
    speakers = out[SPEAKERS]
    assert speakers["small sample"].dtype == bool and "-" not in set(speakers["speaker"])
    assert tables({}) == {}


def test_quotes_command_jsonl(seeds_dir):
    from framing.cli import main

    result = CliRunner().invoke(main, ["quotes", str(seeds_dir), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert rows and set(rows[0]) == {"doc_id", "outlet", "source", "cue", "content", "speaker", "speaker_group",
                                     "country", "verb", "stance", "kind", "anonymous", "attribution_id"}
    kerry = [r for r in rows if r["outlet"] == "Press TV" and r["cue"]["text"] == "alleged"]
    assert kerry and kerry[0]["speaker"] == "John Kerry" and kerry[0]["stance"] == "distancing"


@pytest.mark.parametrize("fmt, marker", [("csv", "cue_text"), ("table", "attribution(s)")])
def test_quotes_command_other_formats(seeds_dir, fmt, marker):
    from framing.cli import main

    result = CliRunner().invoke(main, ["quotes", str(seeds_dir), "--format", fmt])
    assert result.exit_code == 0 and marker in result.output


def test_quotes_link_to_annotate_spans_by_attribution_id(seeds_dir):
    from framing.cli import main

    annotated = CliRunner().invoke(main, ["annotate", str(seeds_dir), "--format", "jsonl", "--family", "attribution"])
    spans = [json.loads(line) for line in annotated.output.splitlines() if line.startswith("{")]
    by_id = {}
    for span in spans:
        by_id.setdefault(span["attribution_id"], set()).add((span["category"], span["start"], span["end"]))
    rows = _quote_rows(seeds_dir)
    assert {row["attribution_id"] for row in rows} == set(by_id)
    for row in rows:                 # each row's source, cue and content are spans of its attribution
        for role in ("source", "cue", "content"):
            if row[role]:
                assert (role, row[role]["start"], row[role]["end"]) in by_id[row["attribution_id"]], (row, role)
    csv_out = CliRunner().invoke(main, ["quotes", str(seeds_dir), "--format", "csv"]).output
    assert "attribution_id" in csv_out.splitlines()[0]


def _quote_rows(seeds_dir, *options):
    from framing.cli import main

    result = CliRunner().invoke(main, ["quotes", str(seeds_dir), "--format", "jsonl", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("options, check", [
    (["--speaker", "kerry", "--stance", "distancing"],
     lambda r: r["speaker"] == "John Kerry" and r["stance"] == "distancing" and r["outlet"] == "Press TV"),
    (["--stance", "neutral", "--stance", "emotive"], lambda r: r["stance"] in ("neutral", "emotive")),
    (["--group", "anonymous"], lambda r: r["speaker_group"] == "anonymous"),
    (["--outlet", "VOA"], lambda r: r["outlet"] == "VOA"),
])
def test_quotes_command_filters(seeds_dir, options, check):
    rows = _quote_rows(seeds_dir, *options)
    everything = _quote_rows(seeds_dir)
    assert rows and all(check(r) for r in rows) and len(rows) < len(everything)


def test_quotes_table_shows_the_cue_as_written_with_its_lemma(seeds_dir):
    from framing.cli import main

    result = CliRunner().invoke(main, ["quotes", str(seeds_dir), "--speaker", "Kerry", "--stance", "distancing"])
    assert result.exit_code == 0, result.output
    assert "alleged (allege)" in result.output and "claimed (claim)" in result.output and "Press TV" in result.output


def test_quotes_command_refuses_an_unknown_stance(seeds_dir):
    from framing.cli import main

    result = CliRunner().invoke(main, ["quotes", str(seeds_dir), "--stance", "sneaky"])
    assert result.exit_code != 0 and "unknown stance class 'sneaky'" in result.output and "distancing" in result.output


def test_reporting_verbs_lexicon_is_large_and_documented():
    from framing.attribution.resources import VERBS_PATH, load_resources

    data = tomllib.loads(VERBS_PATH.read_text(encoding="utf-8"))
    assert data["lexicon"]["family"] == "attribution"
    assert {s["id"] for s in data["sources"]} >= {"hand", "recasens", "gendergaptracker"}
    forms = sum(1 + len(e.get("forms", [])) for c in data["categories"].values() for e in c["entries"])
    assert forms >= 250
    for name in ("neutral", "distancing", "endorsing", "emotive", "accusatory", "tentative"):
        assert data["categories"][name]["explanation"]
    res = load_resources()
    stance = {f.words: f.stance for forms in res.cues.values() for f in forms if not f.nominal}
    assert stance[("alleged",)] == "distancing" and stance[("slammed",)] == "emotive"
    assert stance[("pointed", "out")] == "endorsing" and stance[("said",)] == "neutral"


def test_broken_verbs_file_names_the_file(tmp_path):
    from framing.attribution.resources import load_resources
    from framing.errors import LexiconError

    bad = tmp_path / "verbs.toml"
    bad.write_text("[lexicon\nname = 1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="verbs.toml"):
        load_resources(verbs=bad)


def test_explanations_cover_every_category_found(scorer, seed_docs):
    explained = scorer.explanations()
    found = {(s.family, s.category) for doc in seed_docs.values() for s in scorer.find(doc)}
    assert found and found <= set(explained)
    assert all(text.strip() for text in explained.values())
