"""Tone toward actors: VADER polarity of sentences naming actors, by voice; merged means with CIs."""
from __future__ import annotations

import math
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.document import Document
from framing.results import DocResult, merge_all
from framing.scorers.tone import ToneScorer, polarity, voice_texts
from framing.sections import tone as tone_section
from framing.spans import check_offsets


@pytest.fixture(scope="module")
def scorer() -> ToneScorer:
    return ToneScorer()


def _scores(scorer, text):
    doc = Document(id="d", text=text, outlet="X")
    spans = scorer.find(doc)
    check_offsets(text, spans)
    return {(s.category, s.voice): s.attrs["compound"] for s in spans}


@pytest.mark.parametrize("text, actor, sign", [
    ("The rebels heroically saved many wonderful families.", "armed_opposition", 1),
    ("The brutal militants murdered and tortured innocent families.", "armed_opposition", -1),
    ("Damascus welcomed the great, peaceful agreement.", "syrian_government", 1),
    ("Damascus launched horrific, deadly attacks.", "syrian_government", -1),
    ("Russia announced the meeting for Tuesday.", "russia", 0),
])
def test_known_polarity(scorer, text, actor, sign):
    score = _scores(scorer, text)[(actor, "narrator")]
    assert polarity(score) == {1: "positive", -1: "negative", 0: "neutral"}[sign], score


def test_narrator_and_quoted_voice_are_scored_apart(scorer):
    text = 'Officials met Russia on Monday, saying "the regime is a horrible, murderous disaster."'
    scores = _scores(scorer, text)
    assert polarity(scores[("syrian_government", "quoted")]) == "negative"
    assert polarity(scores[("russia", "narrator")]) == "neutral"


def test_voice_texts_split_sentence():
    text = 'Kerry accused Moscow of "hitting hospitals" in Aleppo.'
    doc = Document(id="d", text=text)
    parts = voice_texts(doc, 0, len(text))
    assert parts == {"narrator": "Kerry accused Moscow of in Aleppo.", "quoted": "hitting hospitals"}


def test_sentences_without_actors_are_not_scored(scorer):
    assert scorer.find(Document(id="d", text="A lovely, wonderful day. Nothing happened.")) == []


def test_metrics_merge_to_mean_and_ci(scorer):
    docs = [
        Document(id="a", text="The rebels heroically saved wonderful families.", outlet="X"),
        Document(id="b", text="The rebels murdered and tortured families.", outlet="X"),
        Document(id="c", text="The rebels arrived on Monday.", outlet="X"),
    ]
    results, compounds = [], []
    for doc in docs:
        spans = scorer.find(doc)
        compounds += [s.attrs["compound"] for s in spans if s.category == "armed_opposition"]
        metrics = {f"tone.{k}": v for k, v in scorer.metrics(doc, spans).items()}
        results.append(DocResult.from_spans(doc, spans, metrics=metrics))
    merged = merge_all(results, group_id="X")
    table = tone_section.tone_summary({"X": merged})
    row = table[(table.actor == "armed_opposition") & (table.voice == "narrator")].iloc[0]
    n = len(compounds)
    mean = sum(compounds) / n
    sd = math.sqrt(sum((c - mean) ** 2 for c in compounds) / (n - 1))
    assert row["n"] == n == 3
    assert row["mean"] == pytest.approx(mean)
    assert row["sd"] == pytest.approx(sd)
    assert row["ci_low"] == pytest.approx(mean - 1.959964 * sd / math.sqrt(n))
    assert row["ci_high"] == pytest.approx(mean + 1.959964 * sd / math.sqrt(n))


@pytest.mark.parametrize("total, total_sq, n, expected", [
    (0.5, 0.25, 1, (0.5, math.nan, math.nan, math.nan)),
    (0.0, 2.0, 2, (0.0, math.sqrt(2), -1.959964, 1.959964)),
    (3.0, 5.0, 3, (1.0, 1.0, 1 - 1.959964 / math.sqrt(3), 1 + 1.959964 / math.sqrt(3))),
])
def test_mean_ci_from_sums(total, total_sq, n, expected):
    got = tone_section.mean_ci(total, total_sq, n)
    for a, b in zip(got, expected):
        assert (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)


def test_seed_tone_table(seeds_dir):
    from framing.engine import analyze
    from framing.scorers.actors import ActorScorer

    actors = ActorScorer()
    card = analyze(str(seeds_dir), scorers=[actors, ToneScorer(actors)]).scorecard
    table = card.sections()[tone_section.TONE]
    assert set(table.outlet) == {"Press TV", "VOA"}
    assert {"narrator", "quoted"} <= set(table.voice)
    assert (table["n"] > 0).all()
    assert ((table["mean"] >= -1) & (table["mean"] <= 1)).all()


# --------------------------------------------------------------------------- the faster VADER path

VADER_CASES = [
    "The rebels heroically saved many wonderful families.",
    "Damascus launched horrific, deadly attacks.",
    "Russia announced the meeting for Tuesday.",
    "It was not bad at all, but the ending was TERRIBLE!!!",
    "No problem, no worries: he is never so happy.",
    "Without doubt the best, kind of great, sort of awful.",
    "At least it is the least bad option; very least good.",
    "That was the kiss of death for the hard-working team.",
    "I :) you :-( and <3",
    "He didn't like it, and she isn't good.",
    "GREAT news for some, awful news for others?",
    "\U0001F600 happy day \U0001F621",
    "Caf\u00e9 \u039a\u0391\u039b\u039f\u03a3 good \u03a3",
    "\u0130stanbul is nice",
    "  padded  good  ",
    "",
    "So, so, so... nothing; nobody; never.",
    "Well then they dropped the bomb on us.",                      # VADER's idioms, far enough into the sentence
    "For the new team it was the kiss of death.",
    "He said this food is to die for.",
    "And so we heard a beating heart there.",
    "Yes and then he said yeah right.",
    "The new guy is a bad ass fighter.",
    "It was in fact sort of good news.",
    "They were all kind of sad about it.",
    "We had just enough good luck today.",
    "He waited at the bus stop happily.",
    "A threat, an accusation, but accused again.",            # "but": VADER's list.index finds the first equal value
    "They love to accept it, but accept it twice.",
    "It shouldn't've been good at all.",                      # "n't" negates though the word is in no list
]


@pytest.mark.parametrize("text", VADER_CASES)
def test_shared_analyzer_equals_vader(text):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.scorers.tone import shared_analyzer

    expected = SentimentIntensityAnalyzer().polarity_scores(text)
    assert shared_analyzer().polarity_scores(text) == expected
    _assert_compound(text, expected["compound"])


def _assert_compound(text: str, expected: float) -> None:
    """The analyzer's `compound` is VADER's, from C loops where `framing._tone` is built and from Python otherwise."""
    from framing.attribution.implementation import PURE_PYTHON_ENV, compiled_module
    from framing.scorers.tone import shared_analyzer

    analyzer = shared_analyzer()
    compiled = analyzer.compound(text)
    assert type(compiled) is float and compiled == expected and str(compiled) == str(expected), text
    if compiled_module("_tone") is not None:
        assert analyzer._compiled_compound() is not None
        if analyzer.emoji_chars.isdisjoint(text):
            assert analyzer._compiled_compound()(text) == expected, text
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(PURE_PYTHON_ENV, "1")
            assert analyzer._compiled_compound() is None and analyzer.compound(text) == expected, text


@pytest.mark.parametrize("text, may", [
    ("Russia announced the meeting for Tuesday.", False),
    ("The council met in Geneva on 3 May.", False),
    ("Russia announced the great meeting.", True),          # "great" is a VADER word
    ("Russia said no to the plan.", True),                    # "no" is one
    ("Russia said: 'no.'", False),                           # VADER keeps "'no.'" whole (2 letters left)
    ("It was :) for them.", True),                           # an emoticon
    ("Officials met \U0001F600 today.", True),               # an emoji (converted to words by VADER)
    ("\u03a3 \u0391\u03a3", True),                             # capital sigma: VADER is asked
    ("It is ok for now.", True),                             # "ok" is in VADER's lexicon
    ("Ok.", False),                                          # ... but VADER does not strip "Ok." to it
])
def test_may_have_sentiment(text, may):
    from framing.scorers.tone import shared_analyzer

    analyzer = shared_analyzer()
    assert analyzer.may_have_sentiment(text) is may
    if not may:
        assert analyzer.polarity_scores(text)["compound"] == 0.0


def test_analyzer_is_shared_and_not_pickled():
    import pickle

    first, second = ToneScorer(), ToneScorer()
    assert first.analyzer is second.analyzer
    assert pickle.loads(pickle.dumps(first))._analyzer is None


def test_fast_vader_on_real_sentences(shared_data):
    """Every sentence of 40 AllSides articles: same scores as vaderSentiment; skipped ones score 0."""
    import itertools

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing import read_corpus
    from framing.scorers.tone import shared_analyzer

    stock, fast = SentimentIntensityAnalyzer(), shared_analyzer()
    path = shared_data / "allsides" / "articles.parquet"
    docs = [d for d in itertools.islice(read_corpus(path), 40) if isinstance(d, Document)]
    sentences = [d.text[s:e] for d in docs for s, e in d.segments.sentences]
    assert len(sentences) > 1000
    skipped = 0
    for text in sentences:
        expected = stock.polarity_scores(text)
        assert fast.polarity_scores(text) == expected, text
        assert fast.compound(text) == expected["compound"], text
        if not fast.may_have_sentiment(text):
            skipped += 1
            assert expected["compound"] == 0.0, text
    assert 0 < skipped < len(sentences)


def test_other_vader_versions_get_the_stock_analyzer(monkeypatch):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.scorers import tone

    shared = tone.shared_analyzer()                    # built for the installed (tested) version
    monkeypatch.setattr(tone, "_TESTED_VADER", "0.0")
    stock = tone._make_analyzer()
    assert type(stock).polarity_scores is SentimentIntensityAnalyzer.polarity_scores
    assert stock.may_have_sentiment("Russia announced the meeting for Tuesday.") is True
    assert type(shared).polarity_scores is not SentimentIntensityAnalyzer.polarity_scores


_VADER_WORDS = ["good", "GOOD", "bad", "BAD", "great", "horrible", "no", "No", "not", "never", "isn't", "least",
                "at", "very", "kind", "of", "sort", "but", "BUT", "so", "this", "without", "doubt", "kiss", "death",
                "the", "bomb", "shit", "yeah", "right", "cut", "mustard", "extremely", "EXTREMELY", "barely",
                "hardly", "or", "nor", "happy", "sad", "die", "to", "for", "back", "handed", "upper", "hand",
                "good!", "bad?", "'no.'", ":)", ":(", "Russia", "said", "--", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VADER_WORDS), min_size=1, max_size=14).map(" ".join))
def test_shared_analyzer_equals_vader_around_its_special_words(text):
    """Negations, "no", "least", boosters, capitals, idioms and "but" in any order: the stock scores exactly."""
    from framing.scorers.tone import shared_analyzer

    expected = _stock_vader().polarity_scores(text)
    assert shared_analyzer().polarity_scores(text) == expected
    _assert_compound(text, expected["compound"])


_ODD_TEXT = st.lists(st.sampled_from(list("aAbBoO! ?.,'-:)(\t\u00a0\u2003\u03a3\u03c3\u0130\u00c9\u01c5") +
                                     ["good", "BAD", "no", "not", "but", "least", "very", "so", "kind", "of", "isn't",
                                      " ", " ", "\U0001F600"]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ODD_TEXT)
def test_compound_equals_vader_on_odd_text(text):
    """Odd whitespace, punctuation at word edges, title-case and Greek capitals, "!" and "?" counts, emoji."""
    _assert_compound(text, _stock_vader().polarity_scores(text)["compound"])


@cache
def _stock_vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()
