"""A person keeps one group within a text: the group of the title the text gives them (not a title held before),
else of the office the people list has them hold on the document's date, else the list's; the title a mention holds
itself gives its own group."""
import pytest

from attribution_checks import assert_speaker, pure_and_compiled
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
