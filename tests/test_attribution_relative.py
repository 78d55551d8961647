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
    # a party label or a dash between the name and the pronoun
    ("Schiff, D-Calif., who fiercely pushed collusion claims, has vowed to continue.", "who", "Adam Schiff",
     "politician", "United States"),
    ("“The border wall is probably not a smart investment,” said Sen. Lindsey Graham (R-S.C.), who proposes "
     "funding the wall.", "who", "Lindsey Graham", "politician", "United States"),
    ("The bill went to Gov. Dannel Malloy — who responded by saying, “I applaud the General Assembly.”", "who",
     "Dannel Malloy", "politician", None),
    # an opening bracket, and a second relative clause joined by "and"/"but", take the first clause's antecedent
    ("Trump lashed out at Rep. John Lewis (who had called the president-elect “illegitimate”) on Saturday.", "who",
     "John Lewis", "politician", "United States"),
    ("They hired talented public servants who joined to steer the administration, and who in turn hoped Trump would "
     "prove himself capable.", "who", "talented public servants", "other", None),
])
def test_relative_pronoun_source_takes_its_antecedent(text, source, speaker, group, country):
    doc = Document("d", text)
    found = [a for a in extract_attributions(doc) if a.source is not None and a.source.text == source]
    assert [(a.source.text, a.speaker, a.speaker_group, a.country) for a in found][:1] == [(source, speaker, group, country)]
    assert doc.text[found[0].source.start:found[0].source.end] == source  # the span stays the pronoun


@pytest.mark.parametrize("text", [
    "Who said the talks failed?",
    "When it appeared, everyone had the same questions: Who wrote that tweet?",
    "Who knows? Maybe she is right.",
    "Which is to say that the media can produce sloppy work.",
])
def test_a_question_word_as_source_reports_nobody(text):
    found = [a for a in extract_attributions(Document("d", text)) if a.source is not None]
    assert [a.source.text for a in found if a.source.text.lower() in ("who", "which")] == []


def test_the_who_in_capitals_is_a_source():
    found = [a for a in extract_attributions(Document("d", "WHO said the virus had spread to 20 countries."))]
    assert [(a.source.text, a.speaker_group) for a in found] == [("WHO", "un")]


@pytest.mark.parametrize("text, cue, source, speaker", [
    # a restrictive clause "who VERB ..." after the source's head belongs to the source, and its object speaks not
    ("Voters who supported Bernie Sanders said the deal was bad.", "said", "Voters who supported Bernie Sanders",
     "voters"),
    ("Most of the Republicans who think the convention will be peaceful said the police would cope.", "said",
     "Most of the Republicans who think the convention will be peaceful", "Republicans"),
    ("A woman who answered the church's phone told BuzzFeed News she had been advised to refer callers.", "told",
     "A woman who answered the church's phone", "woman"),
    ("Students who did not come forward said that they feared the school.", "said",
     "Students who did not come forward", "students"),
    # counterexamples: a name in an appositive after the clause is the speaker; "who" after a comma starts no source
    ("The Twitter user who posted the photo, Dennis Kosuth, said the woman was not a Nazi.", "said",
     "the photo, Dennis Kosuth", "Dennis Kosuth"),
    ("The man who shot the officer was arrested, police said.", "said", "police", "police"),
])
def test_a_restrictive_relative_clause_belongs_to_the_source(text, cue, source, speaker):
    from attribution_checks import pure_and_compiled

    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [a for a in extract(Document("d", text)) if a.cue is not None and a.cue.text == cue]
        assert [(a.source.text, a.speaker) for a in found] == [(source, speaker)]


@pytest.mark.parametrize("text, source, speaker, group", [
    # a description "a Republican who" after a person's name and a comma or dash speaks for that person, in the group
    # the description gives where the person has none
    ("The bill was backed by Sen. Jeff Flake, a Republican who said the plan would work.", "a Republican who",
     "Jeff Flake", "politician"),
    ("The plan drew criticism from Jane Doe, a lawyer who argued that it was illegal.", "a lawyer who", "Jane Doe",
     "legal"),
    ("It was a surprise to John Bolton — Trump's former national security adviser who said the deal was bad.",
     "Trump's former national security adviser who", "John Bolton", "government"),
    # counterexamples: a plural or bare description, and a place before the comma
    ("If Collins votes against Kavanaugh, donors who gave money said they would stop.", "donors who gave money",
     "donors", "other"),
    ("In Washington, a lawmaker who said the plan would work was booed.", "a lawmaker who", "lawmaker",
     "politician"),
])
def test_a_description_after_a_name_speaks_for_the_person(text, source, speaker, group):
    from attribution_checks import pure_and_compiled

    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [a for a in extract(Document("d", text)) if a.source is not None and a.source.text == source]
        assert [(a.speaker, a.speaker_group) for a in found][:1] == [(speaker, group)]
