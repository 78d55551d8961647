"""Quotations and voice: pairing of straight, curly and single marks, across paragraphs."""
from __future__ import annotations

import pytest

from framing.text import clean, segment


def quoted(text: str) -> list[tuple[str, bool]]:
    """(inner text, closed) of each top-level quote."""
    seg = segment(text)
    assert all(q.depth == 0 for q in seg.quotes)
    return [(text[q.inner_start:q.inner_end], q.closed) for q in seg.quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # curly, straight, and mixed marks (Press TV: curly open, straight close)
        ("He called them “war crimes” on Friday.", [("war crimes", True)]),
        ('He called them "war crimes" on Friday.', [("war crimes", True)]),
        ('accused of “terrorizing civilians," saying they must be investigated', [("terrorizing civilians,", True)]),
        ('He said "one" and "two" and "three".', [("one", True), ("two", True), ("three", True)]),
        # straight quotes alternate within a paragraph and start afresh in the next
        ('"Open and closed," he said.\n\n"Another," she said.', [("Open and closed,", True), ("Another,", True)]),
        # an unbalanced quote ends with its paragraph
        ('He said "this never closes.\n\nNarrator text here.', [("this never closes.", False)]),
        ("He said “this never closes.\n\nNarrator text here.", [("this never closes.", False)]),
        # a quote continued in the next paragraph (news convention) is one quote
        (
            "“First paragraph of the quote.\n\n“Second paragraph,” he said.",
            [("First paragraph of the quote.\n\n“Second paragraph,", True)],
        ),
        (
            '"One.\n\n"Two.\n\n"Three," he said. Then narrator.',
            [('One.\n\n"Two.\n\n"Three,', True)],
        ),
        # ... but not when the next paragraph does not open with a quote mark
        (
            "“First paragraph of the quote.\n\nNarrator paragraph “with a quote.”",
            [("First paragraph of the quote.", False), ("with a quote.", True)],
        ),
        # two apostrophes typed for a double mark, as in newspaper archives (NYT: ''...'')
        ("''We will win this race,'' Mr. Trump said.", [("We will win this race,", True)]),
        ("He said ''no.'' Then ''yes.''", [("no.", True), ("yes.", True)]),
        ("''First paragraph.\n\n''Second,'' he said.", [("First paragraph.\n\n''Second,", True)]),
        ("the Democrats' ''plan'' failed", [("plan", True)]),
        ("He said ''this never closes.\n\nNarrator text.", [("this never closes.", False)]),
        # apostrophes are not quotes
        ("Aleppo's rebel-held areas and the Democrats' plan", []),
        ("Kerry’s remarks and Democrats’ plans in the ’90s", []),
        # single quotes used as quotes (headlines) and nested inside double quotes
        ("'Outrageous violations' cited", [("Outrageous violations", True)]),
        ("‘No One Is Safe’ From The Black Plague", [("No One Is Safe", True)]),
        (
            "\"His message was, 'You must act, and you must act now.'\"",
            [("His message was, 'You must act, and you must act now.'", True)],
        ),
        # curly quotes inside a straight-quoted passage are nested (PolNeAR)
        (
            '"For example, “they have not done it,” he quoted one analyst."',
            [("For example, “they have not done it,” he quoted one analyst.", True)],
        ),
        # a stray closing mark with nothing open is ignored
        ("the end” of it", []),
        # a second opening mark means the first quote was never closed
        ("He said “one thing and then “another thing.”", [("one thing and then", False), ("another thing.", True)]),
        ("", []),
    ],
)
def test_quote_pairing(text, expected):
    assert quoted(text) == expected


def test_nested_single_quote_is_reported_at_depth_one():
    text = "\"His message was, 'You must act now.'\" he said."
    seg = segment(text)
    (outer,) = seg.quotes
    (inner,) = seg.nested_quotes
    assert (outer.depth, inner.depth, inner.mark) == (0, 1, "'")
    assert outer.start < inner.start < inner.end < outer.end
    assert text[inner.inner_start:inner.inner_end] == "You must act now."


def test_curly_quote_nested_in_straight_quote_is_depth_one():
    text = 'He wrote: "For example, “they have not done it,” he quoted one analyst." Then he left.'
    seg = segment(text)
    assert [(text[q.inner_start:q.inner_end], q.depth) for q in seg.quotes + seg.nested_quotes] == [
        ("For example, “they have not done it,” he quoted one analyst.", 0),
        ("they have not done it,", 1),
    ]
    start = text.index("he quoted")
    assert seg.voice_at(start, start + 9) == "quoted"


def test_quote_offsets_include_marks():
    text = "He called them “war crimes” on Friday."
    (quote,) = segment(text).quotes
    assert text[quote.start:quote.end] == "“war crimes”"
    assert (quote.inner_start, quote.inner_end) == (quote.start + 1, quote.end - 1)


@pytest.mark.parametrize(
    "text, phrase, voice",
    [
        ('accused of “terrorizing civilians," saying', "terrorizing", "quoted"),
        ('accused of “terrorizing civilians," saying', "saying", "narrator"),
        ('accused of “terrorizing civilians," saying', "accused", "narrator"),
        ('as "flagrant violations of international law."', "flagrant violations of international law.", "quoted"),
        ("Aleppo's rebel-held areas", "rebel-held", "narrator"),
        ("“One.\n\n“Two terrorists,” he said.", "terrorists", "quoted"),
        ("He said “this never closes.\n\nThe terrorists fled.", "terrorists", "narrator"),
    ],
)
def test_voice_at(text, phrase, voice):
    start = text.index(phrase)
    assert segment(text).voice_at(start, start + len(phrase)) == voice


@pytest.mark.parametrize(
    "span, voice",
    [
        ('"terrorists"', "quoted"),  # the whole quote with its marks (BASIL spans look like this)
        ('"terrorists', "quoted"),
        ('the "terrorists', "narrator"),  # reaches out of the quote
        ('terrorists" fled', "narrator"),
        ('"', "narrator"),  # a mark only
    ],
)
def test_spans_at_quote_marks(span, voice):
    text = 'the "terrorists" fled'
    start = text.index(span)
    assert segment(text).voice_at(start, start + len(span)) == voice


@pytest.mark.parametrize(
    "name, phrase, voice",
    [
        ("000_89466effa35fe06b.txt", "terrorizing", "quoted"),
        ("000_89466effa35fe06b.txt", "war crimes”.", "narrator"),
        ("000_89466effa35fe06b.txt", "propaganda", "quoted"),
        ("000_89466effa35fe06b.txt", "foreign-sponsored", "narrator"),
        ("000_89466effa35fe06b.txt", "terrorists repeatedly", "narrator"),
        ("003_e60f7068ae8a88b7.txt", "flagrant violations of international law.", "quoted"),
        ("003_e60f7068ae8a88b7.txt", "You must act", "quoted"),
        ("003_e60f7068ae8a88b7.txt", "rebel-held", "narrator"),
        ("003_e60f7068ae8a88b7.txt", "opposition-controlled", "narrator"),
        ("003_e60f7068ae8a88b7.txt", "Outrageous violations", "quoted"),
    ],
)
def test_voice_in_the_seeds(seeds_dir, name, phrase, voice):
    text = clean((seeds_dir / name).read_text(encoding="utf-8")).text
    start = text.index(phrase)
    assert segment(text).voice_at(start, start + len(phrase)) == voice


def test_quote_at_and_word_counts():
    text = 'Kerry said "war crimes were committed" on Friday.'
    seg = segment(text)
    inside = text.index("crimes")
    assert seg.quote_at(inside) is seg.quotes[0]
    assert seg.quote_at(0) is None
    assert seg.quote_at(text.index('"')) is seg.quotes[0]
    assert seg.quote_at(seg.quotes[0].end) is None
    assert (seg.n_words, seg.quoted_words, seg.narrator_words) == (8, 4, 4)


def test_seed_quoted_share(seeds_dir):
    text = clean((seeds_dir / "003_e60f7068ae8a88b7.txt").read_text(encoding="utf-8")).text
    seg = segment(text)
    assert seg.n_words == len(seg.tokens)
    counted = sum(
        1 for s, e in seg.tokens if seg.voice_at(s, e) == "quoted"
    )
    assert seg.quoted_words == counted
    assert 0.3 < seg.quoted_words / seg.n_words < 0.6


# An embedded post (a tweet as news sites paste it) ends in a dash, the author's name and handle, and a date: its
# words are the author's, a quotation without quotation marks.
POSTS = [
    ("Tributes came in.\n\nMy prayers are with the entire Reagan family. — Marco Rubio (@marcorubio) March 6, 2016"
     "\n\nOthers followed.", ["My prayers are with the entire Reagan family."]),
    ('<tweet id="1" author="@SpeakerRyan">No one should be above the law. pic.twitter.com/Oq — Paul Ryan '
     '(@SpeakerRyan) July 5, 2016</tweet>.', ["No one should be above the law. pic.twitter.com/Oq"]),
    ("Sweden? Terror attack? What has he been smoking? — Carl Bildt (@carlbildt) February 19, 2017",
     ["Sweden? Terror attack? What has he been smoking?"]),
    # not posts: words between the name and the handle, too few words, no dash, a hyphen
    ("Read more at the site — Follow us (@framing) for news", []),
    ("Wow. — Jane Doe (@jdoe) May 1, 2020", []),
    ("Follow the reporter on Twitter (@reporter) for more news.", []),
    ("This is what they said today - Jane Doe (@jdoe) May 1, 2020", []),
]


def test_a_quotation_inside_a_post_is_nested_in_it():
    text = 'He is "a disgrace" and a liar, folks! — Jane Doe (@jdoe) May 1, 2020\n\nShe tweeted "again" later.'
    seg = segment(text)
    assert [(q.mark, text[q.inner_start:q.inner_end]) for q in seg.quotes] == [
        ("post", 'He is "a disgrace" and a liar, folks!'), ('"', "again")]
    assert [text[q.inner_start:q.inner_end] for q in seg.nested_quotes] == ["a disgrace"]
    assert seg.quoted_words == 9


def test_a_post_a_quotation_crosses_is_left_out():
    text = 'He wrote "this never closes. Read it all now — Jane Doe (@jdoe) May 1, 2020'
    seg = segment(text)
    assert [q.mark for q in seg.quotes] == ['"']


# A displayed quotation: the paragraph right after a line ending in a reporting verb and a colon, set without
# quotation marks (a tweet, a statement or a passage pasted below "X wrote:"; BASIL's gold has them as quotations).
DISPLAYS = [
    ("Indeed, Kelly soon apologized to his fan base, tweeting:\n\nDid not mean to offend by quoting Churchill. My "
     "apologies.\n\nThe host deleted it.", ["Did not mean to offend by quoting Churchill. My apologies."]),
    ("And Trump himself lashed out on Twitter, saying:\n\nJustice Ginsburg of the U.S. Supreme Court has embarrassed "
     "all by making very dumb political statements about me. Her mind is shot - resign!\n\nThe liberal icon spoke.",
     ["Justice Ginsburg of the U.S. Supreme Court has embarrassed all by making very dumb political statements about "
      "me. Her mind is shot - resign!"]),
    ("In one dated October 19, 2016, Steele wrote (emphasis added):\n\n[N]othing in our opinion should be taken to "
     "cast doubt.", ["[N]othing in our opinion should be taken to cast doubt."]),
    ("The draft rule states:\n\nThe Department recognizes that schools face advocacy groups.",
     ["The Department recognizes that schools face advocacy groups."]),
    # not displays: a heading's noun or capitals, a noun a verb's form can be, the outlet's own words, a quotation in
    # marks, a heading after it, too few words, a colon inside the line
    ("Key Reads:\n\nPresident Obama's top fundraiser could be a studio chief.", []),
    ("Another 966 voted on Saturday at 30 locations around the state:\n\n** Among Hispanics, 53% backed Sanders.", []),
    ("The below graph accompanied the post:\n\n[The Washington Post, 11/8/12]", []),
    ("ORIGINAL POST:\n\nNot quite seven weeks ago, a journalist was attacked.", []),
    ("Our original post continues:\n\nThe administration is considering sending more troops.", []),
    ('Trump said:\n\n"We will win," he said.', []),
    ("Our original post continues:\n\nFrom St. Louis Public Radio:\n\nThe city voted.", []),
    ("Sanders said:\n\nNo.", []),
    ("He said: the plan is dead.\n\nThe talks went on.", []),
]


@pytest.mark.parametrize("mark, text, expected", [("post", *case) for case in POSTS] +
                         [("display", *case) for case in DISPLAYS])
def test_posts_and_displays_are_quotations_without_marks(mark, text, expected):
    seg = segment(text)
    found = [q for q in seg.quotes if q.mark == mark]
    assert [text[q.inner_start:q.inner_end] for q in found] == expected
    for q in found:
        assert (q.start, q.end, q.depth) == (q.inner_start, q.inner_end, 0)
        assert seg.voice_at(q.start, q.start + 2) == "quoted"


def test_an_embedded_post_after_a_colon_stays_a_post():
    text = ("Immelt took to Twitter to say:\n\nDisappointed with today's decision on the Paris Agreement. Climate "
            "change is real. — Jeff Immelt (@JeffImmelt) June 1, 2017")
    assert [q.mark for q in segment(text).quotes] == ["post"]


def test_a_quotation_inside_a_display_is_nested_in_it():
    text = 'Politico writes:\n\nThe plan may fail. "It remains to be seen," said John Cornyn.\n\nThe end.'
    seg = segment(text)
    assert [q.mark for q in seg.quotes] == ["display"]
    assert [text[q.inner_start:q.inner_end] for q in seg.nested_quotes] == ["It remains to be seen,"]
