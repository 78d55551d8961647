"""Loading lexicons: every problem reported at once with file, line, entry and reason."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import FramingError, LexiconError
from framing.lexicon import Lexicon, check_examples, load_lexicon

FIXTURES = Path(__file__).parent / "fixtures" / "lexicons"
MINI = FIXTURES / "mini.toml"
BROKEN = FIXTURES / "broken.toml"

HEAD = '[lexicon]\nname = "t"\nfamily = "loaded"\n'


def problems_of(path_or_text) -> list[str]:
    with pytest.raises(LexiconError) as info:
        if isinstance(path_or_text, Path):
            Lexicon.load(path_or_text)
        else:
            Lexicon.from_toml(path_or_text, path="t.toml")
    return info.value.problems


@pytest.fixture(scope="module")
def broken_problems() -> list[str]:
    return problems_of(BROKEN)


@pytest.mark.parametrize("fragment", [
    "broken.toml:2: top level: unknown key 'colour'",
    "broken.toml:4: [lexicon]: unknown key 'author'",
    "unknown family 'spin'",
    "source 'liwc': missing licence",
    "category 'labels': bad weight -1",
    "category 'labels', entry '': empty term",
    "entry 'terr*ist': term 'terr*ist': '*' is only allowed once, at the end",
    "terms must hold strings, found 7",
    "entry 'regime': unknown key 'colour'",
    "entry 'regime': bad weight 'heavy'",
    "entry 'regime': unknown source id 'nowhere'",
    "entry 'regime': examples must hold strings, found 3",
    "broken.toml:25: category 'labels', entry #2: missing term",
    "broken.toml:28: category 'no_explanation': missing explanation",
    "entry 'foreign-backed': case_sensitive must be true or false",
    "entry 'foreign-backed': inflect must be true or false",
    "category 'empty': has no entries",
    "entry 'Thug': duplicate of entry 'thug' in category 'labels'",
    "entry 'foreign-backed': duplicate of entry 'foreign backed' in category 'provenance' (line 33)",
])
def test_broken_lexicon_reports_every_problem(broken_problems, fragment):
    assert any(fragment in problem for problem in broken_problems), "\n".join(broken_problems)


def test_broken_lexicon_problem_count(broken_problems):
    assert len(broken_problems) == 19


def test_lexicon_error_is_a_framing_error_with_one_message():
    with pytest.raises(FramingError, match=r"19 lexicon problem\(s\)"):
        Lexicon.load(BROKEN)


@pytest.mark.parametrize("text,fragment", [
    ('[lexicon\nname = "x"', "t.toml: invalid TOML: "),
    ('[lexicon]\nname = "x"\nfamily = \n', "(at line 3, column 10)"),
    (HEAD + '[categories.a]\nexplanation = "A."\nterms = ["x"]\n[categories.b]\nexplanation = "B."\nterms = ["X"]',
     "t.toml:9: category 'b', entry 'X': duplicate of entry 'x' in category 'a' (line 6)"),
    (HEAD + '[categories.a]\nexplanation = ""\nterms = ["x"]', "category 'a': explanation is empty"),
    (HEAD + '[categories.a]\nexplanation = "A."\nterms = ["  "]', "empty term"),
    (HEAD + '[categories.a]\nexplanation = "A."\nterms = ["--"]', "has no letters or digits"),
    (HEAD + '[categories.a]\nexplanation = "A."\nterms = [" x"]', "leading or trailing spaces"),
    (HEAD + '[categories.a]\nexplanation = "A."\nweight = true\nterms = ["x"]', "bad weight True"),
    (HEAD + '[categories.a]\nexplanation = "A."\nweight = nan\nterms = ["x"]', "bad weight nan"),
    (HEAD + '[categories.a]\nexplanation = "A."\nterms = "x"', "terms must be a list"),
    (HEAD + '[categories.a]\nexplanation = "A."\n[[categories.a.entries]]\nterm = "x"\nforms = "xs"',
     "forms must be a list of strings"),
    (HEAD + '[categories.a]\nexplanation = "A."\n[[categories.a.entries]]\nterm = "x"\ncounterexamples = [1]',
     "counterexamples must hold strings"),
    (HEAD + '[[sources]]\nid = "s"\ndescription = "S"\nlicence = "MIT"\n[[sources]]\nid = "s"\n'
            'description = "S"\nlicence = "MIT"\n[categories.a]\nexplanation = "A."\nterms = ["x"]',
     "source 's': declared twice"),
    (HEAD, "no categories"),
    ('[categories.a]\nexplanation = "A."\nterms = ["x"]', "missing [lexicon] table"),
])
def test_single_problems(text, fragment):
    problems = problems_of(text)
    assert any(fragment in problem for problem in problems), "\n".join(problems)


@pytest.mark.parametrize("text", [
    HEAD + '[categories.a]\nexplanation = "A."\nterms = ["x", "x*"]',
    HEAD + '[categories.a]\nexplanation = "A."\nterms = ["is"]\n'
           '[[categories.a.entries]]\nterm = "IS"\ncase_sensitive = true',
    HEAD + '[categories.a]\nexplanation = "A."\nsource = "hand"\nterms = ["x"]',
])
def test_valid_lexicons_are_accepted(text):
    assert Lexicon.from_toml(text).entries


def test_missing_file_is_reported_with_its_path(tmp_path):
    missing = tmp_path / "nope.toml"
    assert str(missing) in problems_of(missing)[0]


def test_mini_fixture_loads_with_defaults_and_provenance():
    lexicon = Lexicon.load(MINI)
    assert (lexicon.name, lexicon.family) == ("mini", "loaded")
    assert len(lexicon.version) == 12
    by_term = {entry.term: entry for entry in lexicon.entries}
    assert by_term["thug"].alternative == "armed group"
    assert by_term["thug"].source == "hand"
    assert by_term["rebel-held"].source == "recasens"
    assert by_term["Takfiri"].weight == 1.5
    assert by_term["IS"].case_sensitive and not by_term["IS"].inflect
    assert lexicon.sources["recasens"].licence == "MIT"
    assert by_term["thug"].line == 15


def test_version_changes_with_content(tmp_path):
    copy = tmp_path / "mini.toml"
    copy.write_text(MINI.read_text() + "\n# edited\n")
    assert Lexicon.load(copy).version != Lexicon.load(MINI).version


def test_to_toml_round_trips_entries_and_sources():
    lexicon = Lexicon.load(MINI)
    again = Lexicon.from_toml(lexicon.to_toml())
    assert again.entries == lexicon.entries
    assert again.sources == lexicon.sources
    assert {n: c.explanation for n, c in again.categories.items()} == {
        n: c.explanation for n, c in lexicon.categories.items()}
    assert Lexicon.from_toml(again.to_toml()).to_toml() == again.to_toml()


def test_to_toml_escapes_awkward_strings():
    text = HEAD + ('[categories."odd name"]\nexplanation = "Says \\"so\\" \\\\ back\\tslash"\n'
                   'terms = ["caf\u00e9", "it\'s"]')
    lexicon = Lexicon.from_toml(text)
    assert Lexicon.from_toml(lexicon.to_toml()).entries == lexicon.entries
    assert Lexicon.from_toml(lexicon.to_toml()).categories["odd name"].explanation == 'Says "so" \\ back\tslash'


def test_check_examples_passes_on_the_mini_fixture():
    assert check_examples(Lexicon.load(MINI)) == []


def test_check_examples_reports_failing_examples_and_counterexamples():
    text = HEAD + ('[categories.a]\nexplanation = "A."\n[[categories.a.entries]]\nterm = "regime"\n'
                   'examples = ["A strict regimen."]\ncounterexamples = ["The regime fell."]')
    problems = check_examples(Lexicon.from_toml(text, path="t.toml"))
    assert problems == [
        "t.toml:7: category 'a', entry 'regime': example does not match: 'A strict regimen.'",
        "t.toml:7: category 'a', entry 'regime': counterexample matches 'regime': 'The regime fell.'",
    ]


def test_check_examples_names_the_entry_that_matched_instead():
    text = HEAD + ('[categories.a]\nexplanation = "A."\nterms = ["rebel-held"]\n[[categories.a.entries]]\n'
                   'term = "rebel"\nexamples = ["rebel-held towns"]')
    (problem,) = check_examples(Lexicon.from_toml(text))
    assert "matched instead: 'rebel-held' (rebel-held)" in problem


@pytest.mark.parametrize("name", ["no_such_lexicon", "missing/file.toml"])
def test_load_lexicon_unknown_name(name):
    with pytest.raises(LexiconError, match="no such lexicon file|cannot read"):
        load_lexicon(name)


def test_load_lexicon_by_path():
    assert load_lexicon(str(MINI)).name == "mini"


def test_entries_are_hashable_and_html_repr_lists_categories():
    lexicon = Lexicon.load(MINI)
    assert len(set(lexicon.entries)) == len(lexicon.entries)
    html = lexicon._repr_html_()
    assert "delegitimizing_label" in html and "Labels that deny a group any legitimacy." in html


def test_byte_order_mark_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINI.read_bytes().replace(b"\n", b"\r\n"))
    assert Lexicon.load(path).entries == Lexicon.load(MINI).entries


def test_non_utf8_file_is_reported(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes(HEAD.encode() + '[categories.a]\nexplanation = "caf\u00e9"\nterms = ["x"]\n'.encode("latin-1"))
    assert "not UTF-8" in problems_of(path)[0]
