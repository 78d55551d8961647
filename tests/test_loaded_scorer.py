"""LexiconScorer: lexicon matches as Spans with category, voice, explanation and provenance."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.document import Document
from framing.lexicon import Lexicon
from framing.scorers import LexiconScorer
from framing.spans import check_offsets

MINI = Path(__file__).parent / "fixtures" / "lexicons" / "mini.toml"


@pytest.fixture(scope="module")
def scorer() -> LexiconScorer:
    return LexiconScorer(Lexicon.load(MINI))


TEXT = ('The regime\'s thugs shelled rebel-held towns. "These terrorists will pay," the minister said.\n\n'
        'Critics slammed the foreign-backed offensive.')


@pytest.mark.parametrize("surface,category,voice,term,alternative,source", [
    ("regime", "provenance_label", "narrator", "regime", "government", "hand"),
    ("thugs", "delegitimizing_label", "narrator", "thug", "armed group", "hand"),
    ("rebel-held", "territorial", "narrator", "rebel-held", "area", "recasens"),
    ("terrorists", "delegitimizing_label", "quoted", "terrorist", "armed group", "hand"),
    ("slammed", "emotive_verb", "narrator", "slam", "criticised", "hand"),
    ("foreign-backed", "provenance_label", "narrator", "foreign-backed", None, "hand"),
])
def test_span_fields(scorer, surface, category, voice, term, alternative, source):
    doc = Document(id="d1", text=TEXT, outlet="X")
    (span,) = [s for s in scorer.find(doc) if s.text == surface]
    assert (span.category, span.voice, span.term, span.alternative) == (category, voice, term, alternative)
    assert span.attrs == {"source": source}
    assert (span.scorer, span.family, span.doc_id) == ("mini", "loaded", "d1")
    assert span.explanation == Lexicon.load(MINI).categories[category].explanation


def test_offsets_hold_and_nothing_else_matches(scorer):
    doc = Document(id="d1", text=TEXT)
    spans = scorer.find(doc)
    check_offsets(doc.text, spans)
    assert [s.text for s in spans] == ["regime", "thugs", "rebel-held", "terrorists", "slammed", "foreign-backed"]


def test_weight_comes_from_the_entry(scorer):
    (span,) = scorer.find(Document(id="d", text="Takfiri fighters."))
    assert span.weight == 1.5


def test_name_override_and_loading_by_path():
    scorer = LexiconScorer(str(MINI), name="mini_v2")
    assert scorer.name == "mini_v2"
    assert {s.scorer for s in scorer.find(Document(id="d", text="thugs"))} == {"mini_v2"}


def test_no_spans_in_clean_text(scorer):
    assert scorer.find(Document(id="d", text="The government's forces entered the town.")) == []


def test_seed_articles_offsets(scorer, seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = Document(id=path.stem, text=path.read_text(encoding="utf-8"))
        check_offsets(doc.text, scorer.find(doc))


def test_entry_attrs_reach_the_span_and_source_wins():
    text = ('[lexicon]\nname = "a"\nfamily = "actors"\n[categories.gov]\nexplanation = "G."\n'
            '[[categories.gov.entries]]\nterm = "regime"\nattrs = { tag = "delegitimizing" }\n')
    (span,) = LexiconScorer(Lexicon.from_toml(text)).find(Document(id="d", text="The regime fell."))
    assert span.attrs == {"tag": "delegitimizing", "source": "hand"}
    assert span.family == "actors"


@pytest.mark.parametrize("name", ["loaded_terms", "hedging"])
def test_shipped_lexicon_spans_keep_offsets_on_real_articles(shared_data, name):
    import pyarrow.parquet as pq

    from framing.lexicon import shipped_lexicons

    if name not in {p.stem for p in shipped_lexicons()}:
        pytest.skip(f"{name}.toml is not shipped yet")
    batch = next(pq.ParquetFile(shared_data / "allsides" / "articles.parquet").iter_batches(
        batch_size=100, columns=["text"]))
    scorer = LexiconScorer(name)
    total = 0
    for number, text in enumerate(batch.column("text").to_pylist()):
        doc = Document(id=str(number), text=text or "")
        spans = scorer.find(doc)
        check_offsets(doc.text, spans)
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
        total += len(spans)
    assert total > 0
