"""A relative-pronoun source ("McConnell, who predicted ...") speaks for the noun phrase before it."""
from __future__ import annotations

import pytest

from framing.attribution import extract_attributions
from framing.document import Document


@pytest.mark.parametrize("text, source, speaker, group, country", [
    ("The results could back up recent tough talk from Senate GOP leader Mitch McConnell, who predicted big "
     "wins for incumbents.", "who", "Mitch McConnell", "politician", "United States"),
    ("The attack drew sharp condemnation from top Pakistani officials, who vowed that the country would respond.",
     "who", "top Pakistani officials", "anonymous", "Pakistan"),
    ("The figures come from the report, which found that wages fell.", "which", "report", "document", None),
    # a vague "those who" / "some" is an anonymous source, not nobody
    ("Those who said the talks failed were wrong.", "Those who", "those", "anonymous", None),
    ("Some say the talks failed.", "Some", "some", "anonymous", None),
    ("Some officials said the talks failed.", "Some officials", "officials", "anonymous", None),
    # counterexample: no noun phrase before the pronoun stays unresolved
    ("Who said the talks failed?", "Who", None, "other", None),
])
def test_relative_pronoun_source_takes_its_antecedent(text, source, speaker, group, country):
    doc = Document("d", text)
    found = [a for a in extract_attributions(doc) if a.source is not None]
    assert [(a.source.text, a.speaker, a.speaker_group, a.country) for a in found][:1] == [(source, speaker, group, country)]
    assert doc.text[found[0].source.start:found[0].source.end] == source  # the span stays the pronoun
