"""Matching lexicon entries in text: words, variants, inflections, globs, case, longest match."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from framing.lexicon import Category, Entry, Lexicon, inflections, surface_variants, term_key
from framing.text import normalize_for_matching


def make_lexicon(*specs) -> Lexicon:
    """A one-category lexicon; each spec is a term or a dict of Entry fields."""
    entries = []
    for spec in specs:
        spec = {"term": spec} if isinstance(spec, str) else dict(spec)
        spec.setdefault("category", "c")
        for key in ("forms",):
            spec[key] = tuple(spec.get(key, ()))
        entries.append(Entry(**spec))
    return Lexicon(name="t", categories={"c": Category("c", "Test category.", entries=tuple(entries))})


def found(lexicon: Lexicon, text: str) -> list[str]:
    return [text[m.start:m.end] for m in lexicon.matcher().find(text)]


CASES = [
    # whole words and boundaries
    (["regime"], "The regime's forces advanced.", ["regime"]),
    (["regime"], "A strict training regimen.", []),
    (["regime"], "Regimes fall; the regime fell.", ["Regimes", "regime"]),
    (["terrorist"], "Terrorism is a tactic.", []),
    (["terrorist"], "Terrorists attacked; a terrorist's gun.", ["Terrorists", "terrorist"]),
    (["thug"], "thuggery and thugs", ["thugs"]),
    (["rebel"], "anti-rebel forces", ["rebel"]),
    (["rebel"], "rebel2 and 2rebel", []),
    (["regime"], "Rézime regime", ["regime"]),
    # multi-word entries and hyphen/space/no-space variants
    (["foreign-sponsored"], "foreign sponsored, foreign-sponsored, foreignsponsored, Foreign-Sponsored",
     ["foreign sponsored", "foreign-sponsored", "foreignsponsored", "Foreign-Sponsored"]),
    (["foreign-sponsored"], "foreign\u2013sponsored militias", ["foreign\u2013sponsored"]),
    (["Western backed"], "Western-backed and western backed", ["Western-backed", "western backed"]),
    (["Western backed"], "westernbacked", []),
    (["foreign backed"], "foreign\nbacked", ["foreign\nbacked"]),
    (["foreign backed"], "foreign\u00a0backed", ["foreign\u00a0backed"]),
    (["foreign\tbacked"], "foreign backed", ["foreign backed"]),
    (["U.S.-backed"], "U.S.-backed rebels", ["U.S.-backed"]),
    (["according to"], "According to officials", ["According to"]),
    (["couldn't"], "He couldn\u2019t and couldn't.", ["couldn\u2019t", "couldn't"]),
    # inflections of the last word
    (["slam"], "slammed, slamming, slams, slam, slammer", ["slammed", "slamming", "slams", "slam"]),
    (["hate"], "hated hating hates hatred", ["hated", "hating", "hates"]),
    (["cry"], "cried cries crying", ["cried", "cries", "crying"]),
    (["bus"], "buses", ["buses"]),
    (["allege"], "alleged alleging alleges", ["alleged", "alleging", "alleges"]),
    (["die"], "dying dies died", ["dying", "dies", "died"]),
    (["foreign-backed militia"], "foreign-backed militias", ["foreign-backed militias"]),
    (["killing"], "killings", ["killings"]),
    ({"term": "slam", "inflect": False}, "slammed slam", ["slam"]),
    ({"term": "blast", "inflect": False, "forms": ["blasted"]}, "blasted blasting blast", ["blasted", "blast"]),
    ({"term": "tear into", "forms": ["tore into"]}, "He tore into it; tearing into", ["tore into"]),
    # prefix globs
    (["terror*"], "terrorism, terror and terrorists", ["terrorism", "terror", "terrorists"]),
    (["terror*"], "counterterrorism", []),
    (["foreign-back*"], "foreign-backers", ["foreign-backers"]),
    # case
    ({"term": "IS", "case_sensitive": True, "inflect": False}, "IS is Is iS", ["IS"]),
    (["daesh"], "Daesh and DAESH", ["Daesh", "DAESH"]),
    ({"term": "Daesh", "case_sensitive": True}, "Daesh and daesh", ["Daesh"]),
    # longest match wins, leftmost first, no overlaps
    (["rebel", "rebel-held"], "rebel-held areas", ["rebel-held"]),
    (["held territory", "rebel held"], "rebel held territory", ["rebel held"]),
    (["terrorist", "terror*"], "terrorists", ["terrorists"]),
    (["may"], "The mayor may come in May.", ["may", "May"]),
]


@pytest.mark.parametrize("specs,text,expected", CASES, ids=[c[1][:30] for c in CASES])
def test_matching(specs, text, expected):
    specs = specs if isinstance(specs, list) else [specs]
    assert found(make_lexicon(*specs), text) == expected


def test_longest_match_prefers_explicit_entry_over_glob():
    lexicon = make_lexicon("terror*", "terrorist")
    (match,) = lexicon.matcher().find("terrorists")
    assert match.entry.term == "terrorist"


def test_case_sensitive_entry_wins_over_a_case_insensitive_one():
    lexicon = make_lexicon("us", {"term": "US", "case_sensitive": True, "inflect": False})
    assert [m.entry.term for m in lexicon.matcher().find("US and us")] == ["US", "us"]


def test_explicit_term_wins_over_another_entrys_inflection():
    lexicon = make_lexicon("attack", {"term": "attacks", "inflect": False})
    (match,) = lexicon.matcher().find("three attacks")
    assert match.entry.term == "attacks"


def test_matches_are_sorted_and_offsets_point_into_text():
    text = "Thugs and terrorists: the regime's foreign-backed thugs."
    lexicon = make_lexicon("thug", "terrorist", "regime", "foreign-backed")
    matches = lexicon.matcher().find(text)
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert [text[m.start:m.end] for m in matches] == ["Thugs", "terrorists", "regime", "foreign-backed", "thugs"]


def test_matcher_is_built_once_per_lexicon():
    lexicon = make_lexicon("regime")
    assert lexicon.matcher() is lexicon.matcher()


def test_copies_drop_the_compiled_matcher_and_rebuild_it():
    import copy

    lexicon = make_lexicon("regime")
    lexicon.matcher()
    clone = copy.deepcopy(lexicon)
    assert clone._matcher is None
    assert [m.entry.term for m in clone.matcher().find("the regime")] == ["regime"]


def test_empty_lexicon_and_empty_text():
    assert Lexicon(name="e").matcher().find("anything") == []
    assert make_lexicon("regime").matcher().find("") == []


@pytest.mark.parametrize("word,expected,absent", [
    ("slam", {"slams", "slammed", "slamming"}, {"slam"}),
    ("hate", {"hates", "hated", "hating"}, {"hateing"}),
    ("party", {"parties", "partied", "partying"}, {"partys"}),
    ("push", {"pushes", "pushed", "pushing"}, {"pushs"}),
    ("sponsored", set(), {"sponsoreds", "sponsoredded"}),
    ("U.S.", set(), {"U.S.s"}),
])
def test_inflections(word, expected, absent):
    forms = inflections(word)
    assert expected <= forms
    assert not (absent & forms)


@pytest.mark.parametrize("term,key", [
    ("Foreign-Sponsored", "foreign sponsored"),
    ("foreign  sponsored", "foreign sponsored"),
    ("Terror*", "terror*"),
])
def test_term_key(term, key):
    assert term_key(term) == key


def test_term_key_keeps_case_for_case_sensitive_terms():
    assert term_key("IS", case_sensitive=True) == "IS"


def test_long_phrases_do_not_explode_into_variants():
    surfaces = surface_variants("one two three four five six seven eight nine ten", inflect=False)
    assert [s for s, _ in surfaces] == ["one two three four five six seven eight nine ten"]


def test_surface_variants_of_hyphenated_term():
    surfaces = {s for s, _prio in surface_variants("rebel-held", inflect=False)}
    assert surfaces == {"rebel-held", "rebel held", "rebelheld"}


# --------------------------------------------------------------------------- property test

WORDS = ["regime", "regimes", "regimen", "thug", "thugs", "foreign", "backed", "terror", "terrorism",
         "IS", "is", "slammed", "the", "-", "'s", " ", "  ", "\n", ".", "\u2019", "Foreign-Backed", "x"]
PROPERTY_LEXICON = make_lexicon(
    "regime", "thug", "foreign-backed", "terror*", {"term": "IS", "case_sensitive": True, "inflect": False},
    "slam", "the regime",
)


def _surfaces(entry: Entry) -> set[str]:
    out = set()
    for written in (entry.term, *entry.forms):
        base = written.rstrip("*")
        for surface, _prio in surface_variants(base, inflect=entry.inflect and not written.endswith("*")):
            out.add(surface if entry.case_sensitive else surface.lower())
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=3)), max_size=25).map("".join))
def test_matches_are_valid_non_overlapping_forms_of_their_entry(text):
    matches = PROPERTY_LEXICON.matcher().find(text)
    previous_end = 0
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert match.start >= previous_end
        previous_end = match.end
        raw = text[match.start:match.end].replace("\n", " ")
        # fold quotes and dashes as the matcher does (normalize_for_matching), keeping the letters' case
        piece = "".join(c if c.isalpha() else f for c, f in zip(raw, normalize_for_matching(raw)))
        piece = piece if match.entry.case_sensitive else piece.lower()
        if match.entry.is_glob:
            assert piece.startswith(match.entry.term[:-1].lower())
        else:
            assert piece in _surfaces(match.entry)
        assert match.start == 0 or not text[match.start - 1].isalnum()
        assert match.end == len(text) or not text[match.end].isalnum()


@pytest.mark.parametrize("spec,text,expected", [
    ({"term": "regime", "not_followed_by": ("change",)}, "regime change; the regime fell", ["regime"]),
    ({"term": "regime", "not_preceded_by": ("sanctions",)}, "sanctions regime and the regime", ["regime"]),
    ({"term": "government forces", "not_preceded_by": ("anti",)}, "anti-government forces", []),
    ({"term": "Damascus", "not_preceded_by": ("in",)}, "in Damascus; Damascus said", ["Damascus"]),
])
def test_context_rules(spec, text, expected):
    assert found(make_lexicon(spec), text) == expected


def test_case_sensitive_entry_with_curly_apostrophe_and_dash():
    lexicon = make_lexicon({"term": "Assad's forces", "case_sensitive": True, "inflect": False},
                           {"term": "UN-backed", "case_sensitive": True, "inflect": False})
    text = "Assad\u2019s forces and the UN\u2013backed plan, not assad's forces."
    assert found(lexicon, text) == ["Assad\u2019s forces", "UN\u2013backed"]


def test_lexicons_loaded_from_the_same_bytes_share_one_matcher_and_its_last_search(tmp_path):
    from framing.lexicon import Lexicon, shipped_lexicons

    path = next(p for p in shipped_lexicons() if p.stem == "hedging")
    one, two = Lexicon.load(path), Lexicon.load(path)
    assert one is not two and one.matcher() is two.matcher()
    copy = tmp_path / "hedging.toml"
    copy.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert Lexicon.load(copy).matcher() is not one.matcher()
    text = "Officials reportedly said the talks may resume."
    first = one.matcher().find(text)
    first.clear()                                        # callers get their own list
    again = two.matcher().find(text)
    assert [m.entry.term for m in again] == [m.entry.term for m in one.matcher().find("x " + text)]
    assert len(again) >= 2


def _scanned_alone_and_together(lexicons: list[Lexicon], texts: list[str]) -> tuple[list, list]:
    """Each text's matches of each lexicon, each matcher scanning alone, then in one scan group: walking a trie
    (where framing._text is built) and scanning one automaton, which must agree."""
    from framing.lexicon import Matcher, scan_together

    matchers = [Matcher(lex.entries) for lex in lexicons]
    alone = [[(m.start, m.end, m.entry) for matcher in matchers for m in matcher._find(text)] for text in texts]
    scan_together(matchers)
    group = matchers[0]._group[0]
    assert all(matcher._group[0] is group for matcher in matchers)
    together = [[(m.start, m.end, m.entry) for matcher in matchers for m in matcher._find(text)] for text in texts]
    group._scan, group._recent = group._automaton_scan(), None
    assert [[(m.start, m.end, m.entry) for matcher in matchers for m in matcher._find(text)] for text in texts] \
        == together
    return alone, together


def test_matchers_scanning_together_find_what_they_find_alone():
    """Shared keys ("regime" in both), a key inside another's, globs, case-sensitive entries and context rules."""
    first = make_lexicon("regime", "regime change", "thug*", {"term": "US", "case_sensitive": True})
    second = make_lexicon("regime", "gime", {"term": "forces", "not_preceded_by": ("security",)}, "change")
    texts = ["The regime's forces and regime change; thuggish US us.", "Security forces, regime forces.", "",
             "Regime\nchange\u00a0thugs", "no match here"]
    alone, together = _scanned_alone_and_together([first, second], texts)
    assert together == alone
    assert sum(map(len, alone)) > 8


def test_the_shipped_lexicons_scanning_together_find_what_they_find_alone(shared_data):
    import itertools

    from framing import read_corpus
    from framing.document import Document
    from framing.lexicon import load_lexicon
    from framing.scorers.actors import load_actors

    texts = [doc.text for doc in itertools.islice(read_corpus(shared_data / "allsides" / "articles.parquet"), 150)
             if isinstance(doc, Document)]
    lexicons = [load_lexicon("loaded_terms"), load_lexicon("hedging"), load_actors(None).lexicon]
    alone, together = _scanned_alone_and_together(lexicons, texts)
    assert together == alone
    assert sum(map(len, alone)) > 1000


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["regime", "Regime", "change", "thugs", "gime", "US", "us", " ", "-", "\n", "'s",
                                 "security", "forces", "x"]), max_size=20).map("".join))
def test_scanning_together_on_any_text(text):
    first = make_lexicon("regime", "regime change", "thug*", {"term": "US", "case_sensitive": True})
    second = make_lexicon("regime", "gime", {"term": "forces", "not_preceded_by": ("security",)}, "change")
    alone, together = _scanned_alone_and_together([first, second], [text])
    assert together == alone


def test_the_default_pipeline_scans_its_lexicons_together():
    from framing.engine import default_scorers

    scorers = default_scorers(families=("loaded", "hedging", "actors", "tone"))
    matchers = [s.lexicon.matcher() for s in scorers if hasattr(s, "lexicon")]
    matchers.append(next(s for s in scorers if s.name == "actors").actors.lexicon.matcher())
    groups = {id(m._group[0]) for m in matchers}
    assert len(groups) == 1 and len(matchers) == 3


def test_a_scan_group_survives_pickling_and_rebuilds_its_scanner():
    import pickle

    from framing.lexicon import Matcher, scan_together

    matchers = [Matcher(make_lexicon("regime", "thug*").entries), Matcher(make_lexicon("regime change").entries)]
    scan_together(matchers)
    text = "The regime change and thuggish regime."
    before = [[(m.start, m.end) for m in matcher.find(text)] for matcher in matchers]
    copies = pickle.loads(pickle.dumps(matchers))
    assert copies[0]._group[0] is copies[1]._group[0] and copies[0]._group[0]._scan is None
    assert [[(m.start, m.end) for m in matcher.find(text)] for matcher in copies] == before == [[(4, 10), (22, 30),
                                                                                                 (31, 37)], [(4, 17)]]


def test_the_trie_scanner_is_used_where_it_is_built(monkeypatch):
    from framing.attribution.implementation import PURE_PYTHON_ENV, compiled_module
    from framing.lexicon import Matcher, scan_together

    matchers = [Matcher(make_lexicon("regime").entries), Matcher(make_lexicon("thugs").entries)]
    scan_together(matchers)
    matchers[0].find("The regime.")
    if compiled_module("_text") is None:
        pytest.skip("framing._text is not built here")
    assert type(matchers[0]._group[0]._scan.__self__).__name__ == "TrieScanner"
    monkeypatch.setenv(PURE_PYTHON_ENV, "1")
    scan_together(matchers)
    assert [(m.start, m.end) for m in matchers[1].find("Regime thugs")] == [(7, 12)]
    assert not hasattr(matchers[0]._group[0]._scan, "__self__")          # the automaton's scan, a function


CONTEXT_LEXICON = make_lexicon(
    {"term": "forces", "not_preceded_by": ("security", "anti", "u.s.", "the u.s", "x")},
    {"term": "regime", "not_followed_by": ("change", "of the", "x")},
    {"term": "rebel*", "not_preceded_by": ("so-called",), "not_followed_by": ("fighters",)},
    {"term": "US", "case_sensitive": True, "not_followed_by": ("forces",)}, "change")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["forces", "regime", "rebels", "US", "us", "change", "of the", "security", "anti",
                                 "u.s.", "U.S.", "the", "x", "fighters", "so-called", " ", "  ", "-", ".", "..", "\n",
                                 "é", "1", "a" * 75]), max_size=16).map("".join))
def test_the_compiled_choice_of_matches_is_the_pure_one(text):
    """`framing._text.hit_candidates` (context rules, globs, case-sensitive forms, word edges checked in C) gives what
    the Python loop of `Matcher._find` gives."""
    import os

    from framing.attribution.implementation import PURE_PYTHON_ENV, compiled_module
    from framing.lexicon import Matcher

    if compiled_module("_text") is None:
        pytest.skip("framing._text is not built here")
    matcher = Matcher(CONTEXT_LEXICON.entries)
    compiled = [(m.start, m.end, m.entry.term) for m in matcher._find(text)]
    os.environ[PURE_PYTHON_ENV] = "1"
    try:
        pure = [(m.start, m.end, m.entry.term) for m in matcher._find(text)]
    finally:
        del os.environ[PURE_PYTHON_ENV]
    assert compiled == pure


def test_context_rules_at_the_edges_of_their_window():
    """Dots after a phrase are looked past ("the U.S. forces"); a hyphen counts right before the match only; a phrase
    filling the 80 characters looked at before a match counts whatever comes before them."""
    lexicon = make_lexicon({"term": "forces", "not_preceded_by": ("u.s", "anti")})
    text = "the U.S. forces, U.S forces, anti-forces, anti- forces, manti forces"
    assert [m.start for m in lexicon.matcher().find(text)] == [text.index("anti- forces") + 6,
                                                                text.index("manti forces") + 6]
    assert found(lexicon, "xanti" + " " * 76 + "forces") == []
    assert found(lexicon, "xanti" + " " * 75 + "forces") == ["forces"]


def _python_matching_text(text: str) -> str:
    """What the automata scan, made by the Python path alone."""
    from framing.lexicon import _matching_text

    return _matching_text(text, lambda t: normalize_for_matching(t))   # another function: never the compiled form


def _compiled_matching_form():
    from framing.attribution.implementation import compiled_module
    from framing.text import _FOLD

    compiled = compiled_module("_text")
    if compiled is None:
        pytest.skip("framing._text is not built here")
    return compiled.MatchingForm(_FOLD)


def test_the_compiled_matching_form_of_every_character_is_the_pythons():
    """Every code point, in blocks after a curly quote (a text that is not ASCII: marks fold), and ASCII alone, as
    `framing._text.MatchingForm` makes it: the Python path's form; texts holding İ or Σ (Σ lower-cases by its
    neighbours) are handed back to Python."""
    form = _compiled_matching_form()
    ascii_text = "".join(map(chr, range(128)))
    assert form(ascii_text) == _python_matching_text(ascii_text) and form(ascii_text).isascii()
    for first in range(0, 0x110000, 0x1000):
        text = "\u2019" + "".join(chr(code) for code in range(first, first + 0x1000)
                                  if not 0xD800 <= code <= 0xDFFF and code not in (0x130, 0x3A3))
        made, expected = form(text), _python_matching_text(text)
        assert made == expected and made.isascii() == expected.isascii(), hex(first)
    for handed_back in ("\u0130", "x \u03a3 y", "\u039f\u0394\u039f\u03a3"):
        assert form(handed_back) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("aZ .,'\"-`\n\t\r\u00a0\u2019\u2018\u201c\u201d\u2013\u2014\u2212\uff0d\u00e9\u00c9"
                              "\u0130\u03a3\u03c3\u212a\u1e9e\U0001F600"), max_size=60) | st.text(max_size=60))
def test_the_compiled_matching_form_is_the_python_one(text):
    """Any text: the compiled form equals the Python path's (str and its smallest kind alike), or is handed back."""
    form = _compiled_matching_form()
    made = form(text)
    expected = _python_matching_text(text)
    if made is None:
        assert "\u0130" in text or "\u03a3" in text
    else:
        assert made == expected and made.isascii() == expected.isascii() and len(made) == len(text)


def test_matching_uses_the_compiled_form_where_it_is_built(monkeypatch):
    """The lexicon matcher scans the compiled form, and finds the same with the Python path (FRAMING_PURE_PYTHON)."""
    from framing.attribution.implementation import PURE_PYTHON_ENV
    from framing.lexicon import _compiled_form

    _compiled_matching_form()
    assert type(_compiled_form(normalize_for_matching)).__name__ == "MatchingForm"
    lexicon = make_lexicon("rebel-held", "regime’s")
    text = "The REBEL\u2011HELD town;\nthe Regime's  forces, `the regime’s`"
    compiled = found(lexicon, text)
    monkeypatch.setenv(PURE_PYTHON_ENV, "1")
    monkeypatch.setattr("framing.lexicon._FORMS", {})
    assert found(lexicon, text) == compiled == ["REBEL\u2011HELD", "Regime's", "regime’s"]
