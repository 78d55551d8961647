"""segment(): paragraphs, sentences and word tokens; normalize_for_matching()."""
from __future__ import annotations

import pytest

from framing.text import MAX_SENTENCE_CHARS, normalize_for_matching, segment


def sentences(text: str) -> list[str]:
    seg = segment(text)
    return [text[s:e] for s, e in seg.sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations that do not end a sentence
        ("U.S. officials met U.N. envoys. They agreed.", ["U.S. officials met U.N. envoys.", "They agreed."]),
        ("Russia warned U.S. Secretary of State John Kerry. He left.", ["Russia warned U.S. Secretary of State John Kerry.", "He left."]),
        ("The strike came on Oct. 6, 2016. It killed 20.", ["The strike came on Oct. 6, 2016.", "It killed 20."]),
        ("Gen. Smith and Mr. Rahami met Dr. Lee. They talked.", ["Gen. Smith and Mr. Rahami met Dr. Lee.", "They talked."]),
        ("He lived on St. Mark's Place. Then he moved.", ["He lived on St. Mark's Place.", "Then he moved."]),
        ("Resolution No. 2254 passed. Russia abstained.", ["Resolution No. 2254 passed.", "Russia abstained."]),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        ("Former Rep. Chris Shays (R-Conn.) was there. Others left.", ["Former Rep. Chris Shays (R-Conn.) was there.", "Others left."]),
        ("It opened at 9 a.m. Tuesday in Geneva.", ["It opened at 9 a.m. Tuesday in Geneva."]),
        ("Martin Luther King Jr. said it. Crowds listened.", ["Martin Luther King Jr. said it.", "Crowds listened."]),
        # an abbreviation that ends a sentence before a sentence starter
        ("Sanctions hit the U.S. The move angered Moscow.", ["Sanctions hit the U.S.", "The move angered Moscow."]),
        ("He works for Acme Inc. He is 40.", ["He works for Acme Inc.", "He is 40."]),
        # decimals, numbers and ellipses
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("It has 275,000 people. Many fled.", ["It has 275,000 people.", "Many fled."]),
        ("look at my eyes ... and the eyes of the world.", ["look at my eyes ... and the eyes of the world."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        # quotes after the period, question and exclamation marks
        ('He called it "a crime." Moscow denied it.', ['He called it "a crime."', "Moscow denied it."]),
        ("He called it “a crime.” Moscow denied it.", ["He called it “a crime.”", "Moscow denied it."]),
        ('"Are you ready?" he asked. Nobody answered.', ['"Are you ready?" he asked.', "Nobody answered."]),
        ("Are you ready? Nobody answered! Silence.", ["Are you ready?", "Nobody answered!", "Silence."]),
        ("'You must act now.' He left.", ["'You must act now.'", "He left."]),
        # list numbers and a title abbreviation at a line break (PTC texts)
        ("1. The first point. 2. The second point.", ["1. The first point.", "2. The second point."]),
        ("He was born in 1990. The end.", ["He was born in 1990.", "The end."]),
        ("The letter was sent to Gov.\nRick Scott on Friday.", ["The letter was sent to Gov.\nRick Scott on Friday."]),
        # sentences glued together in the source (no space after the full stop or question mark)
        ("He said it would cost wealthier Americans.He says rates must rise.",
         ["He said it would cost wealthier Americans.", "He says rates must rise."]),
        ("What is defunding?What does it mean?", ["What is defunding?", "What does it mean?"]),
        ("It was critical of D.A. Lacey.Gascón disagreed.", ["It was critical of D.A. Lacey.", "Gascón disagreed."]),
        # ... but not after a title, capitals or an initial, nor before lower case or a quotation mark
        ("Mr.Smith spoke. The U.S.Army left. At 5 p.m.The crowd went home.",
         ["Mr.Smith spoke.", "The U.S.Army left.", "At 5 p.m.The crowd went home."]),
        ("Yahoo!News and Change.org reported it.", ["Yahoo!News and Change.org reported it."]),
        ('He gave money to Tillis."We need him" he said.', ['He gave money to Tillis."We need him" he said.']),
        # lower-case continuation is never a new sentence
        ("He said no. and left.", ["He said no. and left."]),
        # headlines without final punctuation are sentences of their own
        ("Veto by Moscow is likely\n\nDelattre said so.", ["Veto by Moscow is likely", "Delattre said so."]),
        ("Kerry Condemns Attack on Syrian Hospital\nThe secretary spoke.", ["Kerry Condemns Attack on Syrian Hospital", "The secretary spoke."]),
        # hard-wrapped text runs on across a single newline before a lower-case word or after a comma
        (
            "The secretary used similar terms at the meeting of\nthe United Nations last month and again at talks,\nGeneva said.",
            ["The secretary used similar terms at the meeting of\nthe United Nations last month and again at talks,\nGeneva said."],
        ),
        # ... but a single newline before a capital is a paragraph break (PTC, PolNeAR)
        (
            "See all of the best photos of the week in these slideshows\nThe new mission's predecessor was an orbiter.",
            ["See all of the best photos of the week in these slideshows", "The new mission's predecessor was an orbiter."],
        ),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("One.\n \n\n  Two.  ", ["One.", "Two."]),
        ("Headline Here\nFirst paragraph.", ["Headline Here", "First paragraph."]),
        ("A caption line.\nA caption line.", ["A caption line.", "A caption line."]),
        # PTC style: one newline between paragraphs
        ("First paragraph ends here.\nSecond one starts.", ["First paragraph ends here.", "Second one starts."]),
        # hard wrap: the next line starts in lower case
        ("A long sentence that was wrapped by\nthe author at forty characters.", ["A long sentence that was wrapped by\nthe author at forty characters."]),
    ],
)
def test_paragraphs(text, expected):
    seg = segment(text)
    assert [text[s:e] for s, e in seg.paragraphs] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. officials don't know", ["U.S.", "officials", "don't", "know"]),
        ("al-Nusra fighters, 275,000 people, 3.5 percent", ["al-Nusra", "fighters", "275,000", "people", "3.5", "percent"]),
        ("Kerry’s and Democrats' views", ["Kerry’s", "and", "Democrats", "views"]),
        ("e.g. the U.N.-backed plan", ["e.g.", "the", "U.N.", "backed", "plan"]),
        ("“war crimes” — (ISIL)", ["war", "crimes", "ISIL"]),
        ("Kölner Stadt-Anzeiger", ["Kölner", "Stadt-Anzeiger"]),
        ("end. Next", ["end", "Next"]),
        ("-- ... !!", []),
    ],
)
def test_word_tokens(text, expected):
    seg = segment(text)
    assert [text[s:e] for s, e in seg.tokens] == expected
    assert seg.n_words == len(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Rebel‑held” — U.S.", '"rebel-held" - u.s.'),
        ("Kerry’s ‘terror’ claim", "kerry's 'terror' claim"),
        ("Foreign–Sponsored", "foreign-sponsored"),
        ("KÖLNER Straße", "kölner straße"),
        ("İstanbul", "İstanbul"),  # 'İ'.lower() is two characters: kept as it is
        ("İİ and ABC", "İİ and abc"),
        ("", ""),
    ],
)
def test_normalize_for_matching(text, expected):
    result = normalize_for_matching(text)
    assert result == expected
    assert len(result) == len(text)


def test_sentence_at_and_paragraph_at():
    text = "Headline\n\nFirst one. Second one.\n\nThird."
    seg = segment(text)
    assert seg.sentence_at(text.index("Second")) == 2
    assert seg.sentence_at(text.index("First")) == 1
    assert seg.sentence_at(0) == 0
    assert seg.sentence_at(len(text)) == 3
    assert seg.paragraph_at(text.index("Third")) == 2
    assert segment("").sentence_at(0) == -1


def test_document_uses_segment(seeds_dir):
    from framing.document import Document

    text = "Kerry said the attacks were “war crimes.” Moscow denied it."
    doc = Document(id="d", text=text)
    assert doc.n_words == 10
    start = text.index("war crimes")
    assert doc.voice_at(start, start + len("war crimes")) == "quoted"
    assert doc.voice_at(0, 5) == "narrator"


def test_overlong_sentence_is_cut_at_whitespace():
    run_on = "Officials said that " + "sources said that " * 300 + "it rained."   # 5,430 characters, one sentence
    text = f"It began. {run_on} It ended."
    pieces = sentences(text)
    assert pieces[0] == "It began." and pieces[-1] == "It ended."
    assert len(pieces) == 2 + 3 and all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(p == p.strip() and p.split()[-1] in ("that", "sources", "said", "rained.", "began.", "ended.")
               for p in pieces)                                                # cut between words
    assert " ".join(pieces[1:-1]) == run_on


def test_one_overlong_word_is_cut_inside_it():
    seg = segment("a" * 4500)
    assert seg.sentences == [(0, 2000), (2000, 4000), (4000, 4500)]


def test_sentences_at_the_limit_are_kept_whole():
    sentence = "word " * (MAX_SENTENCE_CHARS // 5 - 1) + "end."                # just under the limit
    assert len(sentence) <= MAX_SENTENCE_CHARS
    assert segment(f"{sentence} Next one.").sentences == [(0, len(sentence)), (len(sentence) + 1, len(sentence) + 10)]


def test_overlong_sentence_pieces_never_end_in_spaces():
    text = "alpha   " * 600                                     # 4,800 characters, three spaces between words
    assert all(text[s:e] == text[s:e].strip() for s, e in segment(text).sentences)


def test_a_quote_keeps_a_frozen_dataclass_behaviour():
    """`Quote` writes its fields straight into the instance, and stays a frozen, hashable, picklable dataclass."""
    import dataclasses
    import pickle

    from framing.text import Quote

    quote = Quote(1, 9, 2, 8, closed=False)
    assert (quote.closed, quote.depth, quote.mark) == (False, 0, '"')
    assert quote == Quote(1, 9, 2, 8, False, 0, '"') and hash(quote) == hash(Quote(1, 9, 2, 8, False))
    assert quote != Quote(1, 9, 2, 8) and pickle.loads(pickle.dumps(quote)) == quote
    assert dataclasses.replace(quote, depth=1, mark="'") == Quote(1, 9, 2, 8, False, 1, "'")
    assert [f.name for f in dataclasses.fields(Quote)] == ["start", "end", "inner_start", "inner_end", "closed",
                                                           "depth", "mark"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        quote.start = 0
