"""`framing lexicon check|import|export` through click's test runner."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.lexicon import Lexicon

FIXTURES = Path(__file__).parent / "fixtures" / "lexicons"


def run(*args):
    return CliRunner().invoke(main, ["lexicon", *map(str, args)])


def test_check_good_file_prints_summary():
    result = run("check", FIXTURES / "mini.toml")
    assert result.exit_code == 0, result.output
    assert "mini (loaded), 4 categories, 14 entries, examples 14/14 passed" in result.output


def test_check_broken_file_lists_every_problem_and_exits_1():
    result = run("check", FIXTURES / "mini.toml", FIXTURES / "broken.toml")
    assert result.exit_code == 1
    assert "mini.toml: ok" in result.output
    assert "broken.toml: INVALID, 19 problem(s)" in result.output
    assert "19 lexicon problem(s)" in result.output
    assert "entry 'Thug': duplicate of entry 'thug'" in result.output
    assert "Traceback" not in result.output


def test_check_reports_failing_examples(tmp_path):
    path = tmp_path / "ex.toml"
    path.write_text('[lexicon]\nname = "ex"\nfamily = "loaded"\n[categories.a]\nexplanation = "A."\n'
                    '[[categories.a.entries]]\nterm = "regime"\nexamples = ["regimen"]\n')
    result = run("check", path)
    assert result.exit_code == 1
    assert "FAILED" in result.output and "examples 0/1 passed" in result.output
    assert "example does not match: 'regimen'" in result.output


def test_check_without_files_checks_shipped_lexicons():
    result = run("check")
    assert "lexicons/" in result.output or "no lexicon files" in result.output


@pytest.mark.parametrize("fixture,args,expected", [
    ("hedges.txt", ["--category", "hedge", "--licence", "MIT", "--name", "h"], ["hedge"]),
    ("mini.dic", [], ["posemo", "negemo"]),
    ("mini.lc3", ["--format", "lc3"], ["negative", "positive"]),
])
def test_import_writes_valid_toml(tmp_path, fixture, args, expected):
    out = tmp_path / "out.toml"
    result = run("import", FIXTURES / fixture, *args, "--output", out)
    assert result.exit_code == 0, result.output
    assert list(Lexicon.load(out).categories) == expected


def test_import_to_stdout_with_licence():
    result = run("import", FIXTURES / "hedges.txt", "--licence", "CC-BY-4.0")
    assert result.exit_code == 0
    assert 'licence = "CC-BY-4.0"' in result.output
    assert Lexicon.from_toml(result.output[result.output.index("[lexicon]"):]).entries


def test_import_bad_file_fails_with_line(tmp_path):
    path = tmp_path / "bad.lc3"
    path.write_text("orphan\n")
    result = run("import", path)
    assert result.exit_code == 1
    assert "bad.lc3:1: term 'orphan' comes before any '+category' line" in result.output


@pytest.mark.parametrize("fixture", ["mini.toml", "mini.dic"])
def test_export_normalises(tmp_path, fixture):
    out = tmp_path / "out.toml"
    result = run("export", FIXTURES / fixture, "-o", out)
    assert result.exit_code == 0, result.output
    original = Lexicon.load(FIXTURES / fixture) if fixture.endswith(".toml") else None
    exported = Lexicon.load(out)
    if original is not None:
        assert exported.entries == original.entries
    assert run("export", out).output.strip() == out.read_text().strip()
