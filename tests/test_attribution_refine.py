"""The attribution scorer's refine step: quoted-voice spans get their quote's speaker, in linear time."""
from __future__ import annotations

import sys

from framing.document import Document
from framing.engine import default_scorers
from framing.io import read_corpus
from framing.spans import QUOTED


def refine_by_scan(contents, spans):
    """The reference: each quoted span without a speaker takes the first enclosing content's speaker."""
    out = []
    for span in spans:
        if span.voice == QUOTED and span.speaker is None and span.scorer != "attribution":
            for start, end, speaker in contents:
                if start <= span.start and span.end <= end:
                    span = span.replace(speaker=speaker)
                    break
        out.append(span)
    return out


def found_spans(doc, scorers):
    return [span for scorer in scorers for span in scorer.find(doc)]


def test_refine_equals_the_plain_scan_on_the_seeds(seeds_dir):
    scorers = default_scorers()
    (attribution,) = [s for s in scorers if s.name == "attribution"]
    for doc in read_corpus(seeds_dir).documents():
        spans = found_spans(doc, scorers)
        contents = sorted((s.start, s.end, s.speaker) for s in spans if s.scorer == "attribution"
                          and s.category == "content" and s.speaker and s.attrs.get("kind") in ("direct", "partial"))
        refined = attribution.refine(doc, spans)
        assert refined == refine_by_scan(contents, spans)
        assert any(s.voice == QUOTED and s.speaker and s.scorer != "attribution" for s in refined)


def lines_run(func, *args) -> int:
    """How many lines of Python `func(*args)` runs, in it and in what it calls: a measure of work that, unlike seconds,
    no load on the machine changes."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    before = sys.gettrace()
    sys.settrace(tracer)
    try:
        func(*args)
    finally:
        sys.settrace(before)
    return count


def test_refine_work_grows_linearly_with_the_document(seeds_dir):
    scorers = default_scorers()
    (attribution,) = [s for s in scorers if s.name == "attribution"]
    text = "\n\n".join(doc.text for doc in read_corpus(seeds_dir).documents())

    def work(copies: int) -> int:
        doc = Document(id="x", text="\n\n".join([text] * copies))
        return lines_run(attribution.refine, doc, found_spans(doc, scorers))

    ratio = work(32) / work(8)
    assert 3.5 < ratio < 4.5, ratio  # 4x the text, 4x the lines; scanning every quotation for each quoted span: ~16x


def test_loaded_terms_in_an_embedded_post_are_its_authors_words():
    text = ("Critics weighed in.\n\nThe terrorists are thugs and the regime lies. — Jane Doe (@jdoe) May 1, 2020\n\n"
            "The regime answered.")
    from framing.engine import score_documents

    scorers = default_scorers(families=("loaded", "attribution"))
    for all_spans in (True, False):
        (spans, result), = score_documents([Document(id="d", text=text)], scorers, all_spans=all_spans)
        loaded = [(s.text, s.voice, s.speaker) for s in spans if s.family == "loaded"]
        assert loaded == [("terrorists", QUOTED, "Jane Doe"), ("thugs", QUOTED, "Jane Doe"),
                          ("regime", QUOTED, "Jane Doe"), ("lies", QUOTED, "Jane Doe"),
                          ("regime", "narrator", None)]
        assert result.metrics["attribution.attributions"] == 1 and result.metrics["attribution.quoted_chars"] > 40


def test_a_displayed_quotation_is_its_speakers_words():
    text = "Kelly tweeted:\n\nThe terrorists are thugs and I regret saying so.\n\nThe regime was silent."
    from framing.engine import score_documents

    scorers = default_scorers(families=("loaded", "attribution"))
    for all_spans in (True, False):
        (spans, result), = score_documents([Document(id="d", text=text)], scorers, all_spans=all_spans)
        loaded = [(s.text, s.voice, s.speaker) for s in spans if s.family == "loaded"]
        assert loaded == [("terrorists", QUOTED, "Kelly"), ("thugs", QUOTED, "Kelly"), ("regime", "narrator", None)]
        assert result.metrics["attribution.quoted_chars"] == len("The terrorists are thugs and I regret saying so.")
