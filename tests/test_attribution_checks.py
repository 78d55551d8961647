"""Users edit speaker_groups.toml (and may pass their own rules and reporting verbs): a mistake there must stop the
run with the file, line, entry and what to do, never be read silently ("aliases" as a string read letter by letter,
a misspelt [[organizations]] table ignored, a group nobody declared)."""
from __future__ import annotations

import tomllib

import pytest
from click.testing import CliRunner

from framing.attribution import checks, resources
from framing.attribution.resources import GROUPS_PATH, RULES_PATH, VERBS_PATH, load_resources
from framing.cli import main
from framing.errors import LexiconError

SHIPPED = GROUPS_PATH.read_text(encoding="utf-8")
KERRY = 'name = "John Kerry"\ngroup = "government"'


@pytest.fixture(autouse=True)
def _fresh_resources():
    """Each test loads its files anew (the loader caches by path)."""
    resources._load.cache_clear()
    yield
    resources._load.cache_clear()


def _edited(source, edit: tuple[str, str], path):
    """`path` holding the text of `source` with its first `edit[0]` replaced by `edit[1]`."""
    text = source.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(*edit, 1), encoding="utf-8")
    return path


def _line(text: str, needle: str, nth: int = 0) -> int:
    """Line number of the nth (0-based) line of `text` that is `needle`."""
    return [number for number, line in enumerate(text.splitlines(), 1) if line == needle][nth]


# (what is wrong, the edit of the shipped file, what the error says, the line it names: the line holding this text, or
# the nth line holding it as (text, n))
EDITS = [
    ("no title", ('title = "Foreign Minister"\n', ""), '[[titles]] entry 3: missing title (add title = "...")',
     ("[[titles]]", 2)),
    ("a group that is no string", ('title = "Secretary of State"\ngroup = "government"',
                                   'title = "Secretary of State"\ngroup = 3'),
     "[[titles]] entry 1 ('Secretary of State'): group must be a non-empty string", "group = 3"),
    ("aliases as one string", ('aliases = ["secretary", "top diplomat"', 'aliases = "secretary" #'),
     "aliases must be a list of names", 'aliases = "secretary" #, "diplomat", "top US diplomat", "top U.S. diplomat"]'),
    ("a misspelt group", (KERRY, 'name = "John Kerry"\ngroup = "goverment"'),
     "[[people]] entry 1 ('John Kerry'): group 'goverment' is not in [groups] (did you mean 'government'?)",
     'group = "goverment"'),
    ("a misspelt table", ("[[organisations]]", "[[organizations]]"),
     "unknown table [organizations] (did you mean 'organisations'?)", "[[organizations]]"),
    ("a misspelt field", ('name = "Sergey Lavrov"\n', 'name = "Sergey Lavrov"\naliasses = ["Lavrov"]\n'),
     "[[people]] entry 2 ('Sergey Lavrov'): unknown field 'aliasses' (did you mean 'aliases'?)", 'aliasses = ["Lavrov"]'),
    ("honorifics as one string", ("honorifics = [", "honorifics = 'Mr' #["),
     "[names] honorifics: must be a list of words or phrases", None),
    ("an organisation without a group", ('name = "Doctors Without Borders"\ngroup = "ngo"\n',
                                         'name = "Doctors Without Borders"\n'),
     "[[organisations]] entry 1 ('Doctors Without Borders'): missing group", "[[organisations]]"),
    ("a region that is no name", ('regions = ["Alabama", "Alaska"', 'regions = [3, "Alaska"'),
     "[[countries]] entry 1 ('United States'): regions must be a list of names",
     'regions = [3, "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",'),
    ("an abbreviation of no region", ('["Ariz.", "Arizona"]', '["Ariz.", "Arizonna"]'),
     "[[countries]] entry 1 ('United States'): abbreviation 'Ariz.' names 'Arizonna', which is not in this entry's "
     "regions", 'abbreviations = [["Ala.", "Alabama"], ["AL", "Alabama"], ["AK", "Alaska"], ["Ariz.", "Arizonna"], '
     '["AZ", "Arizona"],'),
    ("an abbreviation that is no pair", ('["Ariz.", "Arizona"]', '["Ariz."]'),
     "abbreviations must be a list of [abbreviation, region] pairs",
     'abbreviations = [["Ala.", "Alabama"], ["AL", "Alabama"], ["AK", "Alaska"], ["Ariz."], ["AZ", "Arizona"],'),
    ("an office date in another form",
     ('{title = "President", from = "2009-01-20"', '{title = "President", from = "01/20/2009"'),
     "('Barack Obama'): office 1 (President): from must be a date written YYYY-MM-DD",
     'offices = [{title = "President", from = "01/20/2009", to = "2017-01-20"}]'),
    ("an office ending before it starts",
     ('from = "2009-01-20", to = "2017-01-20"', 'from = "2009-01-20", to = "2007-01-20"'),
     "('Barack Obama'): office 1 (President): to (2007-01-20) comes before from (2009-01-20)",
     'offices = [{title = "President", from = "2009-01-20", to = "2007-01-20"}]'),
    ("offices as one table", ('offices = [{title = "President", from = "2009-01-20", to = "2017-01-20"}]',
                              'offices = {title = "President", from = "2009-01-20", to = "2017-01-20"}'),
     "('Barack Obama'): offices must be a list of tables",
     'offices = {title = "President", from = "2009-01-20", to = "2017-01-20"}'),
    ("an office of no listed title",
     ('{title = "President", from = "2009-01-20"', '{title = "Presidnet", from = "2009-01-20"'),
     "[[people]] entry 5 ('Barack Obama'): office title 'Presidnet' is not in [[titles]] (did you mean 'president'?)",
     'offices = [{title = "Presidnet", from = "2009-01-20", to = "2017-01-20"}]'),
    ("a person's region of no region", ('regions = ["Illinois"]', 'regions = ["Ilinois"]'),
     "[[people]] entry 5 ('Barack Obama'): regions ['Ilinois'] are not in the regions of country 'United States'",
     'regions = ["Ilinois"]'),
    ("a person's region without a country", ('country = "United States"\nparty = "Democrat"\nregions = ["Illinois"]',
                                             'party = "Democrat"\nregions = ["Illinois"]'),
     "[[people]] entry 5 ('Barack Obama'): regions need a country whose [[countries]] entry lists regions",
     'regions = ["Illinois"]'),
    ("a for_office flag that is no boolean", ('aliases = ["candidate", "nominee"]\nfor_office = true',
                                              'aliases = ["candidate", "nominee"]\nfor_office = "yes"'),
     "('candidate'): for_office must be true or false", 'for_office = "yes"'),
    ("a party that is no string", ('party = "Democrat"\nregions = ["Illinois"]', 'party = 1\nregions = ["Illinois"]'),
     "[[people]] entry 5 ('Barack Obama'): party must be a non-empty string", "party = 1"),
]


@pytest.mark.parametrize("what, edit, says, at", EDITS, ids=[case[0] for case in EDITS])
def test_a_mistake_in_the_speaker_groups_stops_the_load_naming_file_line_and_entry(tmp_path, what, edit, says, at):
    old, new = edit
    assert old in SHIPPED
    text = SHIPPED.replace(old, new, 1) if what != "a misspelt table" else SHIPPED.replace(old, new)
    path = tmp_path / "groups.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_resources(groups=path)
    assert len(error.value.problems) == 1, error.value.problems
    problem = error.value.problems[0]
    assert says in problem
    if at is not None:
        line = _line(text, *at) if isinstance(at, tuple) else _line(text, at)
        assert problem.startswith(f"{path}:{line}: "), problem
    else:
        assert problem.startswith(f"{path}:"), problem


def test_the_shipped_files_have_no_problems():
    with open(GROUPS_PATH, "rb") as handle:
        assert checks.speaker_group_problems(tomllib.load(handle), GROUPS_PATH) == []
    with open(RULES_PATH, "rb") as handle:
        assert checks.rule_problems(tomllib.load(handle), RULES_PATH) == []


def test_every_field_the_extractor_reads_is_a_field_the_check_knows():
    """The check refuses unknown fields, so it must know every field the shipped file (and so the code) uses."""
    with open(GROUPS_PATH, "rb") as handle:
        data = tomllib.load(handle)
    for table, (_, required, optional) in checks.ENTRY_TABLES.items():
        used = {key for item in data[table] for key in item}
        assert used <= required | optional, table
        assert required <= used, table


@pytest.mark.parametrize("edit, says", [
    (("[words]", "[wrods]"), "unknown table [wrods] (did you mean 'words'?)"),
    (('person_pronouns = ["he", "she", "his", "her", "him"]', 'person_pronouns = "he"'),
     "[words] person_pronouns: must be a list of words or phrases"),
])
def test_a_mistake_in_the_rule_lists_stops_the_load(tmp_path, edit, says):
    with pytest.raises(LexiconError, match="rules.toml:[0-9]+: ") as error:
        load_resources(rules=_edited(RULES_PATH, edit, tmp_path / "rules.toml"))
    assert says in str(error.value)


@pytest.mark.parametrize("edit, says", [
    (('forms = ["says", "said", "saying"]', 'forms = "says"'),
     "categories.neutral.entries[1] ('say'): forms must be a list of inflected forms"),
    (('[[categories.neutral.entries]]\nterm = "according to"',
      '[[categories.neutral.entries]]\nterm = "according to"\nattrs = { noun_forms = "accord" }'),
     "categories.neutral.entries[0] ('according to'): attrs.noun_forms must be a list of nouns"),
    (('not_followed_by = ["on", "at", "out"', 'not_followed_by = "on"\nnot_used = ["at", "out"'),
     "('knock'): not_followed_by must be a list of words"),
])
def test_reporting_verb_forms_that_are_no_list_stop_the_load(tmp_path, edit, says):
    with pytest.raises(LexiconError) as error:
        load_resources(verbs=_edited(VERBS_PATH, edit, tmp_path / "verbs.toml"))
    assert says in str(error.value)


def test_lexicon_check_validates_speaker_group_files(tmp_path):
    bad = tmp_path / "groups.toml"
    bad.write_text(SHIPPED.replace(KERRY, 'name = "John Kerry"\ngroup = "goverment"', 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["lexicon", "check", str(GROUPS_PATH), str(bad)])
    assert result.exit_code == 1
    assert f"{GROUPS_PATH}: ok, speaker groups: 17 groups, 209 titles, 195 countries, 209 organisations, 231 people" \
        in result.output
    assert f"{bad}: INVALID, 1 problem(s)" in result.output
    assert "group 'goverment' is not in [groups]" in result.output
    assert "Traceback" not in result.output


def test_lexicon_check_without_files_includes_the_speaker_groups():
    result = CliRunner().invoke(main, ["lexicon", "check"])
    assert result.exit_code == 0, result.output
    assert f"{GROUPS_PATH}: ok, speaker groups:" in result.output
