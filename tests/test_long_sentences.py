"""Text without sentence punctuation: sentences are capped, so what is found per sentence stays linear."""
from __future__ import annotations

import pytest

from framing.attribution import extract_attributions
from framing.document import Document
from framing.text import MAX_SENTENCE_CHARS, segment

RUN_ON = {
    "reporting clauses": "the minister said the attacks continued ",
    "commas": "attacks continued, officials said, ",
    "hedged": "officials said terrorists allegedly attacked ",
}


def content_chars(text: str) -> int:
    """Characters in all attribution contents of `text` (each content is a copy of its words)."""
    return sum(a.content.end - a.content.start for a in extract_attributions(Document(id="x", text=text))
               if a.content)


@pytest.mark.parametrize("case", list(RUN_ON))
def test_attribution_contents_grow_linearly_without_sentence_ends(case):
    small, large = ((RUN_ON[case] * n)[:n] for n in (20_000, 80_000))
    ratio = content_chars(large) / content_chars(small)
    assert ratio < 6, ratio        # before: 16, contents ran to the end of one giant sentence (quadratic memory)


def test_long_run_on_sentence_is_cut_at_spaces():
    text = "Officials said the talks went on " * 300 + "and ended. Then they left."
    sentences = segment(text).sentences
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in sentences)
    assert text[sentences[-1][0]:sentences[-1][1]] == "Then they left."
    assert "".join(text[s:e] + " " for s, e in sentences).split() == text.split()   # no word lost or split
