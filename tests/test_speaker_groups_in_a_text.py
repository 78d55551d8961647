"""Speaker groups within a text: titles, past titles, dated offices and the groups other attributions give."""
import pytest

from attribution_checks import assert_speaker, pure_and_compiled
from framing.attribution.model import Attribution
from framing.document import Document


@pytest.mark.parametrize("text,source,cue,expected", [
    # the title the text gives the person, for every untitled mention of them (AllSides, shortened)
    ("President Trump on Sunday said that it was \"certainly possible\" he would invite Putin. Asked about the "
     "prospect of inviting Putin to next year's meeting, Trump said that the idea had been discussed. \"We did "
     "discuss it. We had a very good discussion on Russia,\" he said.", "Trump", "said",
     ("Donald Trump", "government")),
    ("President Trump on Sunday said that it was \"certainly possible\" he would invite Putin. Asked about the "
     "prospect of inviting Putin to next year's meeting, Trump said that the idea had been discussed. \"We did "
     "discuss it. We had a very good discussion on Russia,\" he said.", "he", "said", ("Donald Trump", "government")),
    ("President Trump met the parents of Otto Warmbier. Melania Trump sat beside him. \"He was a great young man,\" "
     "Mr. Trump said.", "Mr. Trump", "said", ("Donald Trump", "government")),
    ("The man at the center of President Trump's contacts with Russia spoke. Trump said the meeting was short.",
     "Trump", "said", ("Donald Trump", "government")),
    ("Secretary of State Hillary Clinton testified on Wednesday. Clinton said she never saw the cable. The secretary "
     "tried to explain that \"1.43 million cables\" come to the department every year.", "The secretary",
     "to explain", ("Hillary Clinton", "government")),
    # a title held before gives no group over the list's; where the list has none, it still does
    ("Bernie Sanders and former Vice President Joe Biden campaigned in Michigan. With March's contests behind him, "
     "Biden said he would name a running mate.", "Biden", "said", ("Joe Biden", "politician")),
    ("Former Rep. Tom Tancredo spoke at the dinner. \"Ryan told a group of Republicans that only one person wants a "
     "wall,\" Tancredo told Breitbart News.", "Tancredo", "told", ("Tom Tancredo", "politician")),
    ("Former Hewlett-Packard CEO Carly Fiorina joined the race. \"Hillary Clinton lies about Benghazi,\" Fiorina said.",
     "Fiorina", "said", ("Carly Fiorina", "politician")),
    # counterexamples: the first title the text gives is the group; another person of the surname takes none
    ("President-elect Donald Trump said the plan was good. Trump added that it was bad.", "Trump", "added",
     ("Donald Trump", "politician")),
    ("President Trump spoke first. Melania Trump said the garden was ready.", "Melania Trump", "said",
     ("Melania Trump", "other")),
])
def test_a_person_keeps_the_group_of_the_title_the_text_gives(text, source, cue, expected):
    assert_speaker(text, source, cue, expected, fields=("speaker", "speaker_group"))


@pytest.mark.parametrize("text,source,cue,expected", [
    # a nominee takes the group of the office named right before the title (AllSides, shortened)
    ("Treasury secretary nominee Jack Lew was challenged Wednesday over a bonus. Lew said he had done nothing wrong.",
     "Lew", "said", ("Jack Lew", "government")),
    ("President Donald Trump\u2019s Supreme Court nominee Brett Kavanaugh visited senators. Kavanaugh said that he "
     "would be fair.", "Kavanaugh", "said", ("Brett Kavanaugh", "judiciary")),
    ("Supreme Court nominee Brett Kavanaugh told senators that he would be fair.",
     "Supreme Court nominee Brett Kavanaugh", "told", ("Brett Kavanaugh", "judiciary")),
    ("Labor secretary nominee Andrew Puzder said the rules were bad.", "Labor secretary nominee Andrew Puzder", "said",
     ("Andrew Puzder", "government")),
    # counterexamples: a nominee of no office named keeps a politician's group; a party is no office
    ("Republican presidential nominee Mitt Romney said Friday that taxes are too high. Romney added that he would win.",
     "Romney", "added", ("Mitt Romney", "politician")),
    ("The Democratic nominee, Jane Doe, spoke. Democratic nominee Jane Doe said taxes are too high. Doe added that "
     "she would win.", "Doe", "added", ("Jane Doe", "politician")),
])
def test_a_nominee_takes_the_group_of_the_office(text, source, cue, expected):
    assert_speaker(text, source, cue, expected, fields=("speaker", "speaker_group"))


@pytest.mark.parametrize("text,source,cue,expected", [
    # a party label or a region's party epithet after a name makes a politician of a person of no other group
    ("\u201cThey testified that everything was on track,\u201d said chairman Fred Upton (R-Mich.).",
     "chairman Fred Upton", "said", ("Fred Upton", "politician")),
    ("Richard Shelby and Patrick Leahy (D-Vt.) met on Monday. Leahy said the bill would pass.", "Leahy", "said",
     ("Patrick Leahy", "politician")),
    ("The budget committee Chairman Tom Price, Georgia Republican, said the plan would cut taxes.",
     "The budget committee Chairman Tom Price, Georgia Republican", "said", ("Tom Price", "politician")),
    # counterexamples: no label; a region after "of" names no party; a person the text gives another group keeps it
    ("\u201cThey testified that everything was on track,\u201d said chairman Fred Upton.", "chairman Fred Upton",
     "said", ("Fred Upton", "other")),
    ("Jane Roe of Ohio spoke first. Roe said the bill would pass.", "Roe", "said", ("Jane Roe", "other")),
    ("Economist Paul Krugman (D-N.Y.) wrote a column. Krugman said the plan would fail.", "Krugman", "said",
     ("Paul Krugman", "expert")),
])
def test_a_party_label_makes_a_politician(text, source, cue, expected):
    assert_speaker(text, source, cue, expected, fields=("speaker", "speaker_group"))


@pytest.mark.parametrize("text,source,cue,expected", [
    # a party label, a region's epithet or "of" a region after a name gives the region's country (AllSides, shortened)
    ("Sen. Orrin Hatch (R-Utah) said the bill would pass. Hatch added that it was fair.", "Hatch", "added",
     ("Orrin Hatch", "politician", "United States")),
    ("Former Sen. Trent Lott of Mississippi said the deal was fair.", "Former Sen. Trent Lott of Mississippi", "said",
     ("Trent Lott", "politician", "United States")),
    # counterexamples: a label naming no region of the list; no label
    ("Sen. Jane Roe (R-Atlantis) said the bill would pass.", "Sen. Jane Roe (R-Atlantis)", "said",
     ("Jane Roe", "politician", None)),
    ("Sen. Jane Roe said the bill would pass.", "Sen. Jane Roe", "said", ("Jane Roe", "politician", None)),
])
def test_a_party_label_gives_the_regions_country(text, source, cue, expected):
    assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("date,expected", [
    ("2019-05-01", [("Trump", "Donald Trump", "government"), ("The president", "Donald Trump", "government")]),
    # not in office on that date, or no date: the list's group, and "the president" names nobody
    ("2016-05-01", [("Trump", "Donald Trump", "politician"), ("The president", "president", "government")]),
    ("", [("Trump", "Donald Trump", "politician"), ("The president", "president", "government")]),
])
def test_an_office_held_on_the_documents_date_gives_its_group(date, expected):
    text = "Trump said the talks were fine. The president told reporters that he was happy with the deal."
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [(a.source.text, a.speaker, a.speaker_group) for a in extract(Document("d", text, date=date))]
        assert found == expected


def test_a_group_the_text_gives_a_speaker_elsewhere_fills_an_unknown_one():
    text = ("\"We will leave,\" Gove said on Monday. Cabinet minister Michael Gove told the BBC that the deal was "
            "dead.")
    assert_speaker(text, "Gove", "said", ("Michael Gove", "government"), fields=("speaker", "speaker_group"))


def _said(speaker: str | None, group: str, anonymous: bool = False) -> Attribution:
    return Attribution("a", None, None, None, speaker, group, None, "say", "neutral", "indirect", anonymous)


@pytest.mark.parametrize("groups,expected", [
    ([("Dan Coats", "other"), ("Dan Coats", "government")], ["government", "government"]),
    # counterexamples: two other groups, a group passed to no one, an anonymous source, no speaker
    ([("Jane Roe", "other"), ("Jane Roe", "expert"), ("Jane Roe", "legal")], ["other", "expert", "legal"]),
    ([("Greg Brannon", "other"), ("Greg Brannon", "anonymous")], ["other", "anonymous"]),
    ([(None, "other"), ("Dan Coats", "government")], ["other", "government"]),
])
def test_only_one_known_group_fills_the_unknown_ones(groups, expected):
    out = [_said(speaker, group) for speaker, group in groups]
    for with_known_groups in pure_and_compiled("extract", "_with_known_groups"):
        assert [a.speaker_group for a in with_known_groups(out, frozenset({"anonymous"}))] == expected


def test_a_vague_source_takes_no_group_from_a_named_one():
    out = [_said("officials", "other", anonymous=True), _said("officials", "government")]
    for with_known_groups in pure_and_compiled("extract", "_with_known_groups"):
        assert [a.speaker_group for a in with_known_groups(out, frozenset())] == ["other", "government"]
