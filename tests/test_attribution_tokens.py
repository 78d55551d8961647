"""The compiled extractor's loops (`_tokens`): the tokens of extract._PIECE lower-cased alike, the cue-word gate, a
document lower-cased, the words that may begin a cue, and the speakers module's capitalised runs, mention words and
lower-cased word lists; and the pure helpers that replaced regexes (speakers._head)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.attribution import extract

from attribution_checks import pure_and_compiled


def _compiled_loop(name: str):
    """The function `name` of the compiled loops (framing/attribution/_tokens.pyx), or skip where they are not built."""
    try:
        from framing.attribution import _tokens
    except ImportError:
        pytest.skip("the compiled loops are not built here (pip install . with Cython and a C compiler builds them)")
    return getattr(_tokens, name)


def _compiled_tokenizer():
    tokens = _compiled_loop("tokens")

    def token_offsets(text, start, end):
        """(starts, ends, words) as lists (the compiled loop gives the offsets as arrays of 64-bit integers)."""
        starts, ends, words, _ = tokens(text, start, end)
        assert starts.typecode == ends.typecode == "q"
        return list(starts), list(ends), words
    return token_offsets


def _regex_offsets(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, words) from the pure extractor's regex, one match at a time (an independent reading)."""
    starts, ends, words = [], [], []
    for match in extract._PIECE.finditer(text, start, end):
        piece = match.group(0)
        word = piece.lstrip()
        starts.append(match.end() - len(word))
        ends.append(match.end())
        words.append(word)
    return starts, ends, words


CASES = [
    "Kerry alleged that Russia lied, officials said.",
    "U.S. officials’ statement: “It’s a farce.” Rock-’n’-roll & R&B fans' 9.5% rise...",
    "İstanbul’s mayor ΟΔΟΣ:Β said__x y_ -- a--b ’’ ‘’ it’s x.y. 3.14 -5",
    "  \t\n leading and trailing spaces \u2003\u00a0 ",
    "nul\x00byte \x00 and\x00",
    "",
    "word, " * 70,     # 140 tokens: the offset arrays grow past their first 32 slots
    # digit groups: "1,100" is one word, "1,00", "1,0000", "x,100" and "12,345abc" are not; ١,٢٣٤ (Arabic-Indic) is
    "1,100 and 5,000,000 $97,000-a-year 1,00 1,0000 x,100 12,345abc ١,٢٣٤ 3,5 ,100 7,123",
]


@pytest.mark.parametrize("text", CASES)
def test_compiled_tokens_equal_the_regex_tokens(text):
    token_offsets = _compiled_tokenizer()
    for start, end in [(0, len(text)), (2, len(text) - 3), (5, 5), (7, 3), (0, len(text) + 10)]:
        assert token_offsets(text, start, end) == _regex_offsets(text, start, end), (start, end)


_ALPHABET = st.sampled_from(list("aZ9_ -'’.&,\"“”\x00\t\n\u00a0\u2003ΣςİßŉǅⅫ١!?:;()") + ["\U0001d400", "e\u0301"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, st.sampled_from([",000", ",١٢٣"]), st.characters()), max_size=60).map("".join),
       st.integers(-3, 70), st.integers(-3, 70))
def test_compiled_tokens_equal_the_regex_tokens_on_any_text(text, start, end):
    token_offsets = _compiled_tokenizer()
    assert token_offsets(text, start, end) == _regex_offsets(text, start, end)


def _compiled_tokenize():
    from framing.attribution.implementation import extractor_module

    module = extractor_module()
    if module is extract:
        pytest.skip("the compiled extractor is not built here (pip install . with Cython and a C compiler builds it)")
    return module._tokenize


def _as_lists(tokens) -> tuple:
    """(starts, ends, text, low) of a `_Tokens`, as lists (the compiled one holds its offsets as C arrays)."""
    return list(tokens.starts), list(tokens.ends), tokens.text, tokens.low


def _pure_tokens(text: str, start: int, end: int) -> tuple:
    return _as_lists(extract._tokenize(text, start, end, _lower(text)))


def _lower(text: str) -> str:
    """The document's lower-cased text as the extractor makes it (same length as `text`)."""
    lower = text.lower().replace("’", "'")
    if len(lower) != len(text):
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text).replace("’", "'")
    return lower


@pytest.mark.parametrize("text", CASES + ["ΑΣ ΣΑ Σ x ΟΔΟΣ\x00Σ", "İ and I", "’Tis Kerry’s “WORD” ‘x’"])
def test_compiled_lower_cased_tokens_equal_the_pure_ones(text):
    tokenize = _compiled_tokenize()
    for start, end in [(0, len(text)), (2, len(text) - 3), (5, 5), (0, len(text) + 10)]:
        tokens = tokenize(text, start, end, _lower(text))
        assert _as_lists(tokens) == _pure_tokens(text, start, end), (start, end)
        assert len(tokens) == len(tokens.text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, st.characters()), max_size=60).map("".join), st.integers(0, 70), st.integers(0, 70))
def test_compiled_lower_cased_tokens_equal_the_pure_ones_on_any_text(text, start, end):
    tokens = _compiled_tokenize()(text, start, end, _lower(text))
    assert _as_lists(tokens) == _pure_tokens(text, start, end)


def test_compiled_tokens_of_many_distinct_and_repeated_words():
    """Every token is the text's own characters, however many distinct words come and however often a word comes
    again, in a one- or two-byte string."""
    tokens = _compiled_loop("tokens")
    text = "Kerry said the talks failed, Kerry said."
    _, _, first, first_low = tokens(text, 0, len(text))
    assert first == ["Kerry", "said", "the", "talks", "failed", ",", "Kerry", "said", "."]
    assert first_low == [w.lower() for w in first] and tokens(text, 0, len(text))[2:] == (first, first_low)
    wide = "\u201cKerry said\u201d the talks failed"   # curly quotes: a two-byte string
    _, _, words, low = tokens(wide, 0, len(wide))
    assert words == ["\u201c", "Kerry", "said", "\u201d", "the", "talks", "failed"] and low[1] == "kerry"
    many = [f"w{n}" for n in range(20_000)]
    joined = " ".join(many)
    for _ in range(2):
        _, _, words, low = tokens(joined, 0, len(joined))
        assert words == many and low == many


def test_a_nul_token_keeps_the_lower_cased_tokens_aligned():
    """Tokens are lower-cased joined by NUL; a NUL token of its own once split into two and shifted the rest."""
    text = 'He said "a\x00b" and more.'
    tokens = extract._tokenize(text, 0, len(text), text.lower())
    assert len(tokens.low) == len(tokens.text)
    assert tokens.low == [w.lower() for w in tokens.text]


def _compiled_gate():
    return _compiled_loop("has_cue_word")


def _gate_inputs():
    from framing.attribution.resources import load_resources

    res = load_resources()
    return res.cue_words, res.cue_word_pattern


GATE_CASES = [
    ("officials said the talks failed", 0, 31),
    ("unsaid words and sayings", 0, 24),          # "said" and "say" only inside longer runs
    ("he resaid it", 4, 12),                      # a run cut at the start: "said" counts
    ("he resaid it", 0, 6),                       # a run cut at the end: "he", "res"
    ("claimed", 1, 7),
    ("Said:it’s—told", 0, 14),
    ("", 0, 0),
    ("said", 3, 1),
]


@pytest.mark.parametrize("text, start, end", GATE_CASES)
def test_compiled_cue_word_gate_equals_the_regex_gate(text, start, end):
    has_cue_word = _compiled_gate()
    cue_words, pattern = _gate_inputs()
    lower = text.lower()
    assert has_cue_word(lower, start, end, cue_words, pattern) == extract._has_cue_word(lower, start, end, cue_words, pattern)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["said", "says", "told", "claimed", "according", "re", "un", "s", "ing",
                                           " ", "-", "'", "’", ".", ",", "é", "x", "\n"]), st.characters()),
                max_size=25).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_compiled_cue_word_gate_equals_the_regex_gate_on_any_text(text, start, end):
    has_cue_word = _compiled_gate()
    cue_words, pattern = _gate_inputs()
    lower = text.lower()
    start, end = min(start, len(lower)), min(end, len(lower))  # sentence bounds lie inside the text
    assert has_cue_word(lower, start, end, cue_words, pattern) == extract._has_cue_word(lower, start, end, cue_words, pattern)


@pytest.mark.parametrize("words", [frozenset({"said", "a"}), frozenset({"x"}), frozenset({"told", "tells", "Caps"}),
                                   frozenset()])
@pytest.mark.parametrize("text", ["He said it.", "a said", "told, caps and naïve", "unsaid x-ray", "", "tells"])
def test_compiled_cue_word_gate_with_other_word_sets(words, text):
    """Each word set gets its own table of hashes (cue words are a-z runs; "Caps" never matches lower-cased text)."""
    has_cue_word = _compiled_gate()
    lower = text.lower()
    pattern = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, sorted(words))) + r")(?![a-z])") if words \
        else re.compile(r"(?!)")
    for start, end in [(0, len(lower)), (min(1, len(lower)), len(lower))]:
        assert has_cue_word(lower, start, end, words, pattern) == extract._has_cue_word(lower, start, end, words, pattern)


# --------------------------------------------------------------------------- capitalised runs (speakers)

def _compiled_runs():
    return _compiled_loop("capitalised_runs")


def _regex_runs(text: str, names: bool) -> list[tuple[int, str]]:
    """What the pure speakers module reads with its regexes: names holding a space, or single words holding none."""
    from framing.attribution.speakers import _CAPITALISED_NAME, _CAPITALISED_RUN

    pattern = _CAPITALISED_NAME if names else _CAPITALISED_RUN
    return [(m.start(), m.group(0)) for m in pattern.finditer(text) if (" " in m.group(0)) == names]


RUN_CASES = [
    "US Secretary of State John Kerry said Russian Foreign Minister Sergey Lavrov lied.",
    "Osama bin Laden, Ludwig van Beethoven and Charles de Gaulle met the Duke of the Realm.",
    "Kerry's aide, O’Brien-Smith Jr. and J.R.R. Tolkien spoke. El Paso. Cruz won.",
    "ABc def XYz Abc McDonald Trump NASA ACLU",          # a failed run resumes after its word (and mid-word)
    "John\nSmith John \u00a0 Smith John\u3000Smith",      # a line break or other spaces split no run, but only " " names
    "A B C D E F G H I J",                               # at most seven words a run
    "Work\n\nVictor Cerda. Cameron.\n \nHome of\n\nThe A \n B \r\n\r\nC",  # a blank line ends a run
    "of the Of The ofA vonX the  Quick the\tBrown de",
    "Ünal İstanbul Ωmega Éric Zoë Añez",                  # [A-Z] is ASCII: other capitals start no run
    "",
    "Z",
]


@pytest.mark.parametrize("text", RUN_CASES)
@pytest.mark.parametrize("names", [True, False])
def test_compiled_capitalised_runs_equal_the_regex_runs(text, names):
    capitalised_runs = _compiled_runs()
    assert capitalised_runs(text, names) == _regex_runs(text, names)


def test_capitalised_runs_find_names_and_single_words():
    capitalised_runs = _compiled_runs()
    text = "Secretary of State John Kerry met Lavrov and bin Laden."
    assert capitalised_runs(text, True) == [(0, "Secretary of State John Kerry")]
    assert capitalised_runs(text, False) == [(34, "Lavrov"), (49, "Laden")]


_RUN_ALPHABET = st.sampled_from(list("AaBbZz '’.-_&,1\t\n\u00a0\u3000İΣé") + ["of ", "the ", "de ", "al ", "bin ", "van ",
                                                                              "von ", "Von ", " A", "  "])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_RUN_ALPHABET, st.characters()), max_size=40).map("".join), st.booleans())
def test_compiled_capitalised_runs_equal_the_regex_runs_on_any_text(text, names):
    capitalised_runs = _compiled_runs()
    assert capitalised_runs(text, names) == _regex_runs(text, names)


# --------------------------------------------------------------------------- a document lower-cased (extract)

def _reference_lower(text: str) -> str | None:
    lowered = text.lower()
    return lowered.replace("’", "'") if len(lowered) == len(text) else None


LOWER_CASES = ["Kerry’s AIDE said", "plain ascii TEXT", "ÀÉÎ Ωmega ΣΟΦΙΑ ΟΔΟΣ", "İstanbul", "ǅ ǈ ǋ Ⅻ Ａ 𝐀 ẞ ß",
               "’’‘ “Quoted” —", "\x00nul", "", "Σ", "x\u0301Σ y"]


@pytest.mark.parametrize("text", LOWER_CASES)
def test_compiled_folded_lower_equals_str_lower(text):
    folded_lower = _compiled_loop("folded_lower")
    assert folded_lower(text) == _reference_lower(text)
    assert extract._folded_lower(text) == _reference_lower(text)


def test_compiled_folded_lower_equals_str_lower_on_every_character():
    """Every code point, alone and in runs: the simple mapping is str.lower()'s for all but İ and Σ."""
    folded_lower = _compiled_loop("folded_lower")
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for begin in range(0, len(every), 4096):
        assert folded_lower(every[begin:begin + 4096]) == _reference_lower(every[begin:begin + 4096])
    assert [c for c in every if folded_lower(c) != _reference_lower(c)] == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, st.characters()), max_size=40).map("".join))
def test_compiled_folded_lower_equals_str_lower_on_any_text(text):
    folded_lower = _compiled_loop("folded_lower")
    assert folded_lower(text) == _reference_lower(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-5, 40), max_size=30).map(sorted), st.integers(-10, 50))
def test_after_is_bisect_right(values, x):
    from bisect import bisect_right

    for after in pure_and_compiled("extract", "_after"):
        assert after(values, x) == bisect_right(values, x)



_CONJUNCTION_PIECES = ["and", "AND", "But", "while", "whereas", "sand", "x", ",", ";", " ", "  ", "\n", "\u00a0", "wh\u0131le",
                       "\u017fand", "a", "nd", "s", ".", "x" * 36, "x" * 37, "x" * 38]  # long words: the 40-character window


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CONJUNCTION_PIECES), max_size=20).map("".join), st.data())
def test_before_conjunction_finds_what_the_regex_finds(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = _regex_before_conjunction(text, start, end)
    for before_conjunction in pure_and_compiled("extract", "_before_conjunction"):
        assert before_conjunction(text, start, end) == expected, (before_conjunction, start, end)



@pytest.mark.parametrize("word, suffix", [("talking", "ing"), ("ing", "ing"), ("king", "ling"), ("", "ed"),
                                          ("pledged", ("s", "ed")), ("votes", ("s", "ed")), ("vote", ("s", "ed")),
                                          ("federal", ("al", "ive")), ("SAID", "id"), ("café", "é"), ("it’s", "’s")])
def test_ends_with_is_str_endswith(word, suffix):
    for ends_with in pure_and_compiled("extract", "_ends_with"):
        assert ends_with(word, suffix) is word.endswith(suffix), (ends_with, word, suffix)

def _regex_before_conjunction(text: str, start: int, end: int) -> int:
    """What `_before_conjunction` gave when it searched its regex."""
    found = extract._TRAILING_CONJUNCTION.search(text, max(start, end - 40), end)
    return found.start() if found is not None and found.start() > start else end


def test_before_conjunction_cases():
    text = "the plan was flawed, and  "
    for before_conjunction in pure_and_compiled("extract", "_before_conjunction"):
        assert before_conjunction(text, 0, len(text)) == text.index(",")
        assert before_conjunction("It rained in Scotland", 0, 21) == 21
        assert before_conjunction("a long sentence with many words in it; whereas", 0, 46) == 37
        cut = "Scotland" + " " * 37   # the window's 40 characters start inside the word: "and", with no separator in it
        assert before_conjunction(cut, 0, len(cut)) == len(cut) == _regex_before_conjunction(cut, 0, len(cut))

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u2003\u00a0.'")), max_size=30), st.data())
def test_holds_words_counts_as_split_does(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    n = data.draw(st.integers(0, 6))
    for holds_words in pure_and_compiled("extract", "_holds_words"):
        assert holds_words(text, start, end, n) == (len(text[start:end].split()) >= n), (holds_words, start, end, n)



def test_new_record_is_tuple_new_for_named_tuples():
    """`_tokens.new_record(cls, items)` gives what `tuple.__new__(cls, items)` gives, without holding on to anything."""
    import gc
    import sys
    from typing import NamedTuple

    from framing.attribution.model import Attribution, Part
    from framing.attribution.speakers import Speaker

    new_record = _compiled_loop("new_record")
    text = "".join(["a spoken ", "word"])           # a string of its own, to count its references
    before = sys.getrefcount(text)
    for cls, items in [(Part, (3, 7, text)), (Speaker, (text, "other", None, False, True)),
                       (Attribution, ("d:a1", None, Part(0, 4, "said"), None, text, "other", None, "say", "neutral",
                                      "indirect", False))]:
        made = new_record(cls, items)
        assert type(made) is cls and made == tuple.__new__(cls, items) and made._fields == cls._fields
        assert gc.is_tracked(made) and made[len(items) - 1] is items[-1]
        del made
    del items
    assert sys.getrefcount(text) == before          # the records made held their items once, and let them go

    class Point(NamedTuple):
        x: int
        y: int

    class Labelled(Point):                          # not a direct subclass of tuple: tuple.__new__ makes it
        pass

    assert type(new_record(Labelled, (1, 2))) is Labelled and new_record(Labelled, (1, 2)) == (1, 2)
    assert type(new_record(tuple, (1, 2))) is tuple and new_record(tuple, ()) == ()
    with pytest.raises(TypeError):
        new_record(Point, [1, 2])                   # items must be a tuple

# --------------------------------------------------------------------------- a mention's head (speakers)

_HEAD_END = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|—|–|\(|\bwho\b)\s*")   # the regex speakers._head replaces


HEAD_CASES = ["Jason Sims, a teacher", "Sims (R)", "Sims who spoke", "Sims  \t, x", "whom he met, later", "swho who",
              "who", "Who said", "a—b", "a – b", "x_who y", "éwho ", "who’s", "", " , ", "no delimiter at all"]


@pytest.mark.parametrize("text", HEAD_CASES)
def test_mention_head_equals_the_regex_split(text):
    for head in pure_and_compiled("speakers", "_head"):
        assert head(text) == _HEAD_END.split(text, maxsplit=1)[0]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["who", "Who", "whom", ",", "—", "–", "(", " ", "\t", "\u00a0", "x", "_",
                                           "é", "1"]), st.characters()), max_size=20).map("".join))
def test_mention_head_equals_the_regex_split_on_any_text(text):
    for head in pure_and_compiled("speakers", "_head"):
        assert head(text) == _HEAD_END.split(text, maxsplit=1)[0]


# --------------------------------------------------------------------------- a mention's words (speakers)

WORD_CASES = ["Kerry's aide O’Brien-Smith Jr. and J.R.R. Tolkien", "AT&T, R&B & co.", "x-- y'' z.. _a_ 9.5%",
              "it’s ’quoted’ -dash- &amp", "é\u0301 İ ǅ", "", "...", "a",
              "5,000 migrants, 1,000,000. 1,00 1,0000 x,100 12,345abc ١,٢٣٤ 7,123,"]


@pytest.mark.parametrize("text", WORD_CASES)
def test_compiled_name_words_equal_the_regex_words(text):
    from framing.attribution.speakers import _WORD

    name_words = _compiled_loop("name_words")
    assert name_words(text) == _WORD.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(list("aZ1_ .'’-&,") + ["..", "'s", ",000"]), st.characters()),
               max_size=25).map("".join))
def test_compiled_name_words_equal_the_regex_words_on_any_text(text):
    from framing.attribution.speakers import _WORD

    name_words = _compiled_loop("name_words")
    assert name_words(text) == _WORD.findall(text)


# --------------------------------------------------------------------------- words lower-cased (speakers)

@pytest.mark.parametrize("words", [["Kerry", "SAID", "it", "U.S.", "O’Brien"], ["İstanbul", "ΣΟΦΙΑ", "ǅ", "x"], [], [""]])
def test_compiled_lower_words_equal_str_lower(words):
    lower_words = _compiled_loop("lower_words")
    assert lower_words(words) == [w.lower() for w in words]
    kept = "already lower"
    assert lower_words([kept])[0] is kept          # nothing to lower: the same object (str.lower() makes a copy)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=8))
def test_compiled_lower_words_equal_str_lower_on_any_words(words):
    lower_words = _compiled_loop("lower_words")
    assert lower_words(words) == [w.lower() for w in words]


# --------------------------------------------------------------------------- words that may begin a cue (extractor)

def _candidates_reference(low: list[str], keys: frozenset) -> list[int]:
    return [i for i, word in enumerate(low) if word in keys]


def test_compiled_cue_candidates_are_the_words_keyed_in_the_cue_table():
    from framing.attribution.resources import load_resources

    res = load_resources()
    keys = res.cue_keys
    assert keys == frozenset(res.cues)
    cue_candidates = _compiled_loop("cue_candidates")
    toks = extract._tokenize("Kerry said , and the spokesman told reporters he denied it .", 0, 61)
    found = cue_candidates(toks.low, keys)
    assert [toks.low[i] for i in found] == ["said", "told", "denied"]
    assert found == _candidates_reference(toks.low, keys)
    assert cue_candidates([], keys) == []
    assert cue_candidates(["tables", "chairs"], keys) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["said", "says", "claimed", "the", "he", "", "Said", "according"]) | st.text(max_size=6),
                max_size=20))
def test_compiled_cue_candidates_equal_the_pure_reading_on_any_words(low):
    from framing.attribution.resources import load_resources

    keys = load_resources().cue_keys
    assert _compiled_loop("cue_candidates")(low, keys) == _candidates_reference(low, keys)


def test_compiled_cue_candidates_follow_each_table():
    cue_candidates = _compiled_loop("cue_candidates")
    words = ["he", "said", "she", "told", "them", "co-signed", "", "naïve"]
    assert cue_candidates(words, frozenset({"said"})) == [1]
    assert cue_candidates(words, frozenset({"said", "told"})) == [1, 3]      # another table: its own hashes
    assert cue_candidates(words, frozenset({"co-signed", "", "naïve"})) == [5, 6, 7]   # any characters


# --------------------------------------------------------------------------- records made without _replace (extractor)

def test_with_content_equals_the_named_tuple_replace():
    from framing.attribution.implementation import extractor_module
    from framing.attribution.model import Attribution, Part

    attr = Attribution("d:a1", Part(0, 5, "Kerry"), Part(6, 10, "said"), Part(11, 20, "the talks"), "John Kerry",
                       "government", "United States", "say", "neutral", "indirect", True)
    content = Part(11, 16, "talks")
    for module in {extract, extractor_module()}:
        made = module._with_content(attr, content, "partial")
        assert made == attr._replace(content=content, kind="partial") and type(made) is Attribution
        assert module._with_content(attr, None, "indirect") == attr._replace(content=None, kind="indirect")
    assert Attribution._fields[3] == "content" and Attribution._fields[9] == "kind" and len(Attribution._fields) == 11



OCCURRING_PIECES = ("on condition of anonymity", "anonymous", "not authorized to", "familiar with", "ab", "x",
                    "naïve", "“quoted”", "ano", "ΟΔΟΣ")


@pytest.mark.parametrize("text", ["", "he spoke on condition of anonymity, an anonymous aide said", "anonymou",
                                  "x", "a naïve “quoted” aside", "familiar with familiar with", "ΟΔΟΣ ano"])
def test_compiled_occurring_finds_the_pieces_a_text_holds(text):
    """`_tokens.occurring(text, pieces)` (the compiled extractor's search for anonymity markers) is
    `[p for p in pieces if p in text]`."""
    occurring = _compiled_loop("occurring")
    assert occurring(text, OCCURRING_PIECES) == [p for p in OCCURRING_PIECES if p in text]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["on ", "condition of ", "anonymity", "anonymous", "ano", "nym", "ab", "x",
                                           "naïve", "“", "quoted", "”", "ΟΔΟΣ", " "]), st.characters()),
                max_size=40).map("".join),
       st.lists(st.one_of(st.sampled_from(OCCURRING_PIECES), st.text(min_size=1, max_size=5)), max_size=8).map(tuple))
def test_compiled_occurring_on_any_text(text, pieces):
    occurring = _compiled_loop("occurring")
    assert occurring(text, pieces) == [p for p in pieces if p in text]
