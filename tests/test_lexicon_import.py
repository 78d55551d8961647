"""Importing .dic, .lc3 and plain word lists into lexicons, with provenance and line-numbered errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon import Lexicon
from framing.lexicon_import import detect_format, import_lexicon

FIXTURES = Path(__file__).parent / "fixtures" / "lexicons"


def terms_by_category(lexicon: Lexicon) -> dict[str, list[str]]:
    return {name: [e.term for e in category.entries] for name, category in lexicon.categories.items()}


@pytest.mark.parametrize("name,fmt", [
    ("x.dic", "dic"), ("x.DIC", "dic"), ("x.lc3", "lc3"), ("x.txt", "wordlist"), ("x", "wordlist"),
])
def test_detect_format(name, fmt):
    assert detect_format(name) == fmt


@pytest.mark.parametrize("fixture,options,expected", [
    ("mini.dic", {}, {"posemo": ["happy", "kind of", "good"], "negemo": ["abandon*", "hate*"]}),
    ("mini.lc3", {}, {"negative": ["abandon*", "terror*", "rebel held"], "positive": ["ability*", "calm"]}),
    ("hedges.txt", {}, {"hedges": ["allegedly", "reportedly", "it is said", "may"]}),
    ("hedges.txt", {"category": "hedge"}, {"hedge": ["allegedly", "reportedly", "it is said", "may"]}),
    ("mini.lc3", {"category": "all"}, {"all": ["abandon*", "terror*", "rebel held", "ability*", "calm"]}),
])
def test_import_formats(fixture, options, expected):
    lexicon = import_lexicon(FIXTURES / fixture, **options)
    assert terms_by_category(lexicon) == expected


def test_import_records_provenance_and_licence():
    lexicon = import_lexicon(FIXTURES / "hedges.txt", licence="MIT", name="hedges_test", family="hedging")
    assert (lexicon.name, lexicon.family) == ("hedges_test", "hedging")
    source = lexicon.sources["hedges"]
    assert source.licence == "MIT" and "hedges.txt" in source.description
    assert {e.source for e in lexicon.entries} == {"hedges"}
    assert not any(e.inflect for e in lexicon.entries)


def test_import_without_licence_says_to_check():
    lexicon = import_lexicon(FIXTURES / "mini.lc3")
    assert "check" in lexicon.sources["mini"].licence


def test_imported_globs_and_phrases_match():
    matcher = import_lexicon(FIXTURES / "mini.lc3").matcher()
    text = "Terrorists abandoned the rebel-held town calmly."
    assert [text[m.start:m.end] for m in matcher.find(text)] == ["Terrorists", "abandoned", "rebel-held"]


def test_duplicates_and_multi_category_words_are_warnings():
    warnings: list[str] = []
    lexicon = import_lexicon(FIXTURES / "mini.dic", warnings=warnings)
    hate = next(e for e in lexicon.entries if e.term == "hate*")
    assert hate.notes == "also listed under: anger_words"
    assert any("'hate*' is listed under 'negemo' and 'anger_words'" in w for w in warnings)
    warnings.clear()
    import_lexicon(FIXTURES / "hedges.txt", warnings=warnings)
    assert warnings == [f"{FIXTURES / 'hedges.txt'}:6: 'allegedly' already imported as 'allegedly' (line 2); skipped"]


def test_import_round_trips_through_toml():
    lexicon = import_lexicon(FIXTURES / "mini.dic")
    assert Lexicon.from_toml(lexicon.to_toml()).entries == lexicon.entries


@pytest.mark.parametrize("name,content,fragments", [
    ("bad.dic", "happy\t1\n", [":1: a .dic file starts with a '%' line"]),
    ("bad.dic", "%\n1\tposemo\nhappy\t1\n", ["the header has no closing '%' line", ":3: header line 'happy\\t1'"]),
    ("bad.dic", "%\n1\tposemo\n1\tdup\nx posemo\n%\nhappy\t1\nsad\t9\nlonely\n",
     [":3: category id 1 declared twice", ":4: header line 'x posemo'", ":7: 'sad' uses category id '9'",
      ":8: 'lonely' has no category ids"]),
    ("bad.lc3", "abandon*\n+\n+neg\nf**k\n---\n",
     [":1: term 'abandon*' comes before any '+category' line", ":2: empty category name",
      ":4: term 'f**k' '*' is only allowed once", ":5: term '---' has no letters"]),
    ("bad.txt", "good\nd*mn\n", [":2: term 'd*mn' '*' is only allowed once", "--skip-bad"]),
    ("empty.txt", "# nothing\n", ["no terms found"]),
])
def test_bad_lines_are_reported_with_file_and_line(tmp_path, name, content, fragments):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(LexiconError) as info:
        import_lexicon(path)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message
    assert str(path) in message


def test_skip_bad_turns_bad_lines_into_warnings(tmp_path):
    path = tmp_path / "liu.txt"
    path.write_text(";;; comment\nbad\nbull****\nawful\n")
    warnings: list[str] = []
    lexicon = import_lexicon(path, skip_bad=True, warnings=warnings)
    assert [e.term for e in lexicon.entries] == ["bad", "awful"]
    assert len(warnings) == 1 and ":3:" in warnings[0]


@pytest.mark.parametrize("option,value", [("format", "xml"), ("family", "spin")])
def test_bad_options(option, value):
    with pytest.raises(LexiconError, match=f"unknown .*{value}"):
        import_lexicon(FIXTURES / "hedges.txt", **{option: value})


def test_latin1_word_list(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("café\nnaïve\n".encode("latin-1"))
    assert [e.term for e in import_lexicon(path).entries] == ["café", "naïve"]


def test_shared_recasens_hedges_import(shared_data):
    path = shared_data / "lexicon-sources" / "recasens" / "hedges_hyland2005.txt"
    lexicon = import_lexicon(path, licence="MIT", family="hedging")
    terms = {e.term for e in lexicon.entries}
    assert {"apparently", "certain extent", "couldn't"} <= terms
    assert not any(t.startswith("#") for t in terms)
