"""Wrong options and inputs give one clear error line, never a traceback."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from framing.cli import main


@pytest.mark.parametrize("command", [["scorecard"], ["annotate"], ["run", "--results", "RESULTS"], ["report"]])
def test_negative_jobs_is_a_usage_error(tmp_path, seeds_dir, command):
    args = [part.replace("RESULTS", str(tmp_path / "results")) for part in command]
    outcome = CliRunner().invoke(main, [*args, str(seeds_dir), "--jobs", "-3"])
    assert outcome.exit_code == 2, outcome.output
    assert isinstance(outcome.exception, SystemExit) and "Traceback" not in outcome.output
    assert "'--jobs'" in outcome.output and "-3" in outcome.output


def broken_corpus(folder, seeds_dir):
    """The two seed articles plus a binary file, an empty file and a missing one, listed in a manifest."""
    import shutil

    folder.mkdir()
    for number, seed in enumerate(sorted(seeds_dir.glob("*.txt")), start=1):
        shutil.copy(seed, folder / f"good{number}.txt")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    rows = ["file,outlet,title,date", "good1.txt,Press TV,a,2016-10-07", "binary.txt,X,b,2016-10-07",
            "empty.txt,X,c,2016-10-07", "missing.txt,X,d,2016-10-07", "good2.txt,VOA,e,2016-10-07"]
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("before, after, found", [
    (["quotes"], [], "attribution(s) in 2 document(s), skipped 3"),
    (["quotes"], ["--format", "jsonl"], "attribution(s) in 2 document(s), skipped 3"),
    (["kwic", "Kerry"], [], "match(es) for 'Kerry' in 2 document(s), skipped 3"),
])
def test_listing_commands_account_for_every_input(tmp_path, seeds_dir, before, after, found):
    folder = broken_corpus(tmp_path / "corpus", seeds_dir)
    outcome = CliRunner().invoke(main, [*before, str(folder), *after])
    assert outcome.exit_code == 0, outcome.output
    assert found in outcome.stderr                    # before: skipped inputs were not mentioned
    for reason in ("binary file", "empty document", "does not exist"):
        assert reason in outcome.stderr
