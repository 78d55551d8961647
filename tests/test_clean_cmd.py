"""`framing clean`: cleaned text per document, `--show` removals, `--output`, skips and errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "corpora"
PRESS_TV = "000_89466effa35fe06b.txt"
VOA = "003_e60f7068ae8a88b7.txt"


def run(*args: str):
    return CliRunner().invoke(main, ["clean", *map(str, args)])


def test_clean_prints_a_header_and_the_cleaned_text_per_document(seeds_dir):
    result = run(seeds_dir)
    assert result.exit_code == 0, result.output
    headers = [line for line in result.stdout.splitlines() if line.startswith("=== ")]
    assert headers == [f"=== {PRESS_TV} (Press TV) {seeds_dir / PRESS_TV} ===",
                       f"=== {VOA} (VOA) {seeds_dir / VOA} ==="]
    assert "cleaned 2 document(s), skipped 0" in result.stderr


@pytest.mark.parametrize("kept, removed", [
    ("Kerry seeks war crimes investigation against Russia, Syria", "SHARE THIS ARTICLE"),
    ("US Secretary of State John Kerry has accused Russia", "www.presstv.co.uk"),
    ("on October 7, 2016.", "(Photo by Reuters)"),
    ("flagrant violations of international law.", "Accessibility links"),
    ("Kerry", "No media source currently available"),
])
def test_clean_output_keeps_body_and_drops_boilerplate(seeds_dir, kept, removed):
    result = run(seeds_dir)
    assert kept in result.stdout
    assert removed not in result.stdout


@pytest.mark.parametrize("doc_id, line, rule, text", [
    (PRESS_TV, 42, "share_prompt", "SHARE THIS ARTICLE"),
    (PRESS_TV, 40, "bare_web_address", "www.presstv.co.uk"),
    (VOA, 1, "site_navigation", "Accessibility links"),
    (VOA, 17, "video_teaser", "WATCH: Kerry on hospital bombing in Syria"),
])
def test_show_lists_line_rule_and_text_under_the_right_document(seeds_dir, doc_id, line, rule, text):
    from framing.text import clean

    raw = (seeds_dir / doc_id).read_text(encoding="utf-8")
    assert any((r.line, r.rule) == (line, rule) for r in clean(raw).removed)   # the table matches clean()
    result = run(seeds_dir, "--show")
    assert result.exit_code == 0, result.output
    sections = result.stdout.split("=== ")
    section = next(s for s in sections if s.startswith(doc_id))
    other = next(s for s in sections[1:] if not s.startswith(doc_id))
    rows = [r for r in section.splitlines() if r.startswith(f"  line {line:>4}  {rule} ")]
    assert len(rows) == 1 and rows[0].endswith(text)
    assert text not in other                                    # listed under its own document only


def test_show_does_not_print_the_body(seeds_dir):
    result = run(seeds_dir, "--show")
    assert "US Secretary of State John Kerry has accused Russia" not in result.stdout
    assert "removal(s) in 2 document(s)" in result.stderr


def test_show_says_when_nothing_was_removed():
    result = run(FIXTURES / "three.jsonl", "--show")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("(nothing removed)") == 3


def test_output_file_is_written(tmp_path, seeds_dir):
    target = tmp_path / "out" / "clean.txt"
    result = run(seeds_dir, "--output", target)
    assert result.exit_code == 0, result.output
    written = target.read_text(encoding="utf-8")
    assert written.startswith(f"=== {PRESS_TV} (Press TV)")
    assert "SHARE THIS ARTICLE" not in written and result.stdout == ""


def test_column_options_and_skips_are_reported(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"doc": "x1", "body": "Kerry spoke.\n\nSHARE THIS ARTICLE"}),
        "{not json",
        json.dumps({"doc": "x1", "body": "Duplicate."}),
    ]), encoding="utf-8")
    result = run(path, "--id-column", "doc", "--text-column", "body")
    assert result.exit_code == 0, result.output
    assert "=== x1 " in result.stdout and "Kerry spoke." in result.stdout
    assert "SHARE THIS ARTICLE" not in result.stdout
    assert "skipped 2" in result.stderr
    assert "invalid JSON at" in result.stderr and "duplicate id, first seen at" in result.stderr


@pytest.mark.parametrize("args, fragment", [
    (["--id-column", "doc_id"], "no column 'text'"),
    (["--text-column", "content"], "no column 'id'"),
    (["--id-column", "doc_id", "--text-column", "content", "--outlet-column", "nope"], "no column 'nope'"),
])
def test_input_errors_print_one_line_and_exit_1(args, fragment):
    result = run(FIXTURES / "mapped.csv", *args)
    assert result.exit_code == 1
    assert fragment in result.output and "Traceback" not in result.output


def test_mapped_columns_read_cleanly():
    result = run(FIXTURES / "mapped.csv", "--id-column", "doc_id", "--text-column", "content",
                 "--outlet-column", "source")
    assert result.exit_code == 0, result.output
    assert "=== m1 (Press TV)" in result.stdout and "=== m2 (VOA)" in result.stdout


def test_corpus_warnings_print_as_one_line():
    result = run(FIXTURES / "folder_txt")
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr and "no manifest.csv" in result.stderr
    assert "CorpusWarning" not in result.stderr
    assert "=== a.txt " in result.stdout and "=== b.txt " in result.stdout
