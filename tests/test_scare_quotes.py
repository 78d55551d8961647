"""Scare quotes: short unattributed quoted labels, and the quotes that are not scare quotes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.document import Document
from framing.scorers.hedging import ScareQuoteScorer, read_cues
from framing.spans import check_offsets


@pytest.fixture(scope="module")
def scorer() -> ScareQuoteScorer:
    return ScareQuoteScorer()


def _find(scorer, text):
    doc = Document(id="t", text=text)
    spans = scorer.find(doc)
    check_offsets(doc.text, spans)
    return spans


@pytest.mark.parametrize("text, expected", [
    ('The US has armed the "moderate" rebels in Idlib for years.', '"moderate"'),
    ("Washington backs so-called “rebels” in the north of the country.", "“rebels”"),
    ("The “peace plan” was little more than a surrender.", "“peace plan”"),
    ("Thousands of “students” joined the march on Sunday.", "“students”"),
    ("The government's 'reforms' have emptied the treasury.", "'reforms'"),
    ("Meanwhile, the ‘journalists’ over at the network are still trying to find out who paid.", "‘journalists’"),
    ("The congressional investigations into the supposed “collusion” are about to fizzle out.", "“collusion”"),
    ('The self-styled "freedom fighters" took the town.', '"freedom fighters"'),
])
def test_scare_quotes_found(scorer, text, expected):
    spans = _find(scorer, text)
    assert [s.text for s in spans] == [expected]
    span = spans[0]
    assert (span.scorer, span.family, span.category, span.voice) == ("scare_quotes", "hedging", "scare_quote", "narrator")
    assert span.term == expected.strip("\"“”'‘’")


@pytest.mark.parametrize("text", [
    # attributed partial quotes: a reporting or naming verb near the quote
    "Responding to the allegations, Russian Deputy Foreign Minister Sergei Ryabkov described Kerry’s "
    "statements “unacceptable judgments,” on Friday.",
    "Foreign Ministry spokeswoman Maria Zakharov, also, described Kerry’s allegations as “propaganda,” on Friday.",
    "The top US diplomat did not formally request an investigation into what he described as “war crimes.”",
    "Kerry further claimed that the Syrian forces hit “another hospital” in Aleppo overnight.",
    'They described "very tense" discussions with the council.',
    'The minister called the report "a pack of lies" on Monday.',
    '"Disgraceful," the senator said of the vote.',
    # titles of works and names
    'She starred in "Gone With the Wind" in 1939.',
    'The band played "Born in the USA" at the rally.',
    # too long, or a whole sentence
    '"The secretary is not getting ahead of a process," the spokesman said.',
    '"Stop."',
    'He wrote: "We will win."',
    # sentence-final punctuation inside: a real quotation
    'Churkin asked "Are you ready?" and left the room quickly.',
    # attribution at the end of a long sentence
    "President Trump is “very close” to selecting an interim candidate to replace the FBI director, he told reporters.",
    # nicknames, first-person speech, votes, headlines
    'Gov. Deval Patrick appointed William "Mo" Cowan to the Senate seat.',
    "At one point he appeared to mouth \"I'm sorry\" to the family.",
    "The bill passed without a single “no” vote in the Senate.",
    "Romney: My 'Preference' Is Marriage Between A Man And A Woman",
    # an embedded post, someone's words without quotation marks
    "Critics weighed in.\n\ntotal witch hunt nonsense — Jane Doe (@jdoe) May 1, 2020\n\nThe end.",
])
def test_not_scare_quotes(scorer, text):
    assert _find(scorer, text) == []


# a speaker tag after a quotation ending in a comma: a reporting verb closing its clause makes the quotation the
# speaker's words (real sentences from the AllSides corpus, shortened)
@pytest.mark.parametrize("text", [
    '"Are you all ready to march for peace?" Rose asked. "Yeah," the group answered.',
    "“A missed opportunity,” Patrick fumed after Cruz's notorious snub.",
    '"Leave him alone," someone shot back. "Nobody cares," another chimed in, as the heckler carried on.',
    '"Holy cow," one Democratic Senate aide emailed as they watched the meeting.',
    "“Jeb can do that,” Mr. Pawlenty continued.",
    "Comey's hearing was “Kabuki theater,” comments Pitney, with the actors playing their parts.",
    '"Yikes," remarked Trump campaign spokesman Andrew Clark.',
    "Yates was “dumbfounded,” McCord recalled.",
    "The drop in immigration is “really remarkable”, he reiterated.",
])
def test_a_speaker_tag_after_the_quotation_makes_it_no_scare_quote(scorer, text):
    assert _find(scorer, text) == []


@pytest.mark.parametrize("text, expected", [
    # the verb takes an object: another clause's, not a tag
    ("A week before the March 5 “deadline,” the Supreme Court rejected a request from the administration.",
     "“deadline,”"),
    # a noun of the reporting-verbs lexicon makes no tag
    ("Politicising the bureaucracy is more than a “boneheaded mistake,” it’s a threat to our democracy.",
     "“boneheaded mistake,”"),
    # part of a longer word ("state" in "state-controlled"), or a quotation after the verb
    ("The party is committed to its “national champions,” its ever-larger state-controlled companies.",
     "“national champions,”"),
    ('Putin gave him a medal for "motherland services," recognizing "courage and bravery" in the field.',
     '"motherland services,"'),
    # no comma ends the quotation: no tag
    ('The "moderate" rebels answered with shelling.', '"moderate"'),
])
def test_a_reporting_word_after_the_quotation_that_is_no_tag(scorer, text, expected):
    assert [s.text for s in _find(scorer, text)] == [expected]


def test_seeds_have_no_scare_quotes(seeds_dir, scorer):
    from framing.io import read_corpus

    for doc in read_corpus(seeds_dir):
        if hasattr(doc, "text"):
            assert _find(scorer, doc.text) == [], doc.outlet


@pytest.mark.parametrize("max_words, found", [(4, 1), (1, 0)])
def test_max_words_option(max_words, found):
    text = 'The "national unity government" was formed in secret.'
    assert len(_find(ScareQuoteScorer(max_words=max_words), text)) == found


def test_cue_file_sections(tmp_path):
    cues = tmp_path / "cues.txt"
    cues.write_text("# comment\n[attribution]\nyelled\n[markers]\nso-called\n", encoding="utf-8")
    parsed = read_cues(cues)
    assert parsed.attribution == ("yelled",) and parsed.markers == ("so-called",)
    scorer = ScareQuoteScorer(cues=cues, use_reporting_verbs=False)
    assert _find(scorer, 'The coach yelled "cowards" at the players.') == []
    assert len(_find(scorer, 'The coach told the "cowards" to run laps.')) == 1
    assert parsed.tag_followers == frozenset()


def test_tag_followers_come_from_the_cue_file(tmp_path):
    text = '"Nonsense," the minister answered despite the noise.'
    assert len(_find(ScareQuoteScorer(), text)) == 1  # "despite" is not in the shipped [tag_followers]
    cues = tmp_path / "cues.txt"
    cues.write_text("[attribution]\nsaid\n[tag_followers]\ndespite\n", encoding="utf-8")
    assert read_cues(cues).tag_followers == frozenset({"despite"})
    assert _find(ScareQuoteScorer(cues=cues), text) == []


# with long s, Kelvin sign, dotted and dotless I, curly quotes and other letters that are not ASCII
_CUE_ALPHABET = "abcdefgiklnorstuwy ASTK-_'.,\t\n\u00e9\u017f\u212a\u0130\u0131\u2019\u201c\u00df\u03a3\u0456"


@pytest.mark.parametrize("cue_phrases", [
    read_cues().attribution,                                  # the shipped cues
    ("said", "according to", "put it", "told reporters"),     # one-word and several-word phrases
    ("so-called", "said"),                                    # a hyphen may join two runs: the regex decides
    ("'tis", "said"),                                         # opens with a non-word character
    ("st\u00e9", "said"),                                     # not ASCII
    ("Said", "According To"),                                 # written in capitals (the regex ignores case)
])
def test_cue_words_answer_as_the_regex(cue_phrases):
    """`_CueWords.search` finds a cue exactly where the cue regex does (it replaces most of its runs)."""
    from hypothesis import given, settings, strategies as st

    from framing.scorers.hedging import _cue_pattern, _cue_words

    pattern, words = _cue_pattern(cue_phrases), _cue_words(cue_phrases)
    pieces = st.sampled_from([*cue_phrases, *(p.upper() for p in cue_phrases), "socalled", "according-to",
                              "Saying", "said_", "told  reporters"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.one_of(st.text(alphabet=_CUE_ALPHABET, max_size=6), pieces), max_size=6))
    def check(parts):
        fragment = " ".join(parts)
        assert words.search(fragment, pattern) == (pattern.search(fragment) is not None), fragment

    check()
    for fragment in ("he said", "SAID", "unsaid", "said_", "according  to", "according-to", "according", "socalled",
                     "so - called", "\u017fAID", "\u212aNOWN AS", "", "\u201cwe\u2019ll go,\u201d he said",
                     "Caf\u00e9 owners said", "sa\u0131d", "\u201csaid\u201d", "acc\u00e9ording to", "\u0130 said"):
        assert words.search(fragment, pattern) == (pattern.search(fragment) is not None), fragment


@pytest.mark.parametrize("markers", [read_cues().markers, ("so-called", "dubbed", "so called"), ("self-styled",)])
def test_a_marker_ends_the_text_where_the_forward_regex_finds_it(markers):
    """The reversed marker regex finds a marker at the end of a text exactly where the plain one searched forwards
    does (any spaces between its words, case ignored, no word character right before it)."""
    import re

    from hypothesis import given, settings, strategies as st

    from framing.scorers.hedging import _reversed_marker_pattern

    forward = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in markers) + r")$",
                         re.IGNORECASE)
    backward = _reversed_marker_pattern(markers)
    pieces = st.sampled_from([*markers, *(m.upper() for m in markers), *(m.replace(" ", "  \n ") for m in markers),
                              "the", "a", "\u017fo-called", "\u212a", "\u2019", "x", "_", "-", " "])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=6), st.sampled_from(["", " ", "", "-"]))
    def check(parts, glue):
        text = glue.join(parts).rstrip()
        assert (backward.match(text[::-1]) is not None) == (forward.search(text) is not None), text

    check()
    for text in ("the so-called", "the so-calledx", "theso-called", "a SO-CALLED", "the so called", "so-called", "",
                 "the \u017fo-called", "x_so-called", "the so-called.", "dubbed\ndubbed"):
        assert (backward.match(text[::-1]) is not None) == (forward.search(text) is not None), text


def test_long_quotes_are_not_counted_past_the_limit(scorer):
    """A quotation longer than `max_words` is rejected however long it is, and a short one still counts."""
    words = " ".join(["word"] * 5000)
    assert _find(scorer, f'The report, "{words}", came out on Monday.') == []
    assert [s.text for s in _find(scorer, 'The "reform" stayed in place for years.')] == ['"reform"']


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "Bc", "-", "'", "\u2019", ".", " ", "\n", "_", "\u00e9", "1", ",", "--", " . "]),
                max_size=20).map("".join), st.integers(0, 5))
def test_the_long_quote_check_counts_words_as_the_word_pattern(text, n):
    """`_more_words(n)` matches exactly where `_WORD` finds more than n words (so no quote changes its answer)."""
    from framing.scorers.hedging import _WORD, _more_words

    assert bool(_more_words(n).match(text)) == (len(_WORD.findall(text)) > n)
    assert bool(_more_words(n).match(" " + text + " ", 1, len(text) + 1)) == (len(_WORD.findall(text)) > n)
