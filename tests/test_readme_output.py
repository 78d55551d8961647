"""The README shows the first command's output "in full": it must be the real output of the code as it is now."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _shown_output() -> list[str]:
    """The lines of the README's code block under "What the first command prints"."""
    if not README.is_file():
        pytest.skip("not run from a checkout (no README.md beside the tests)")
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### What the first command prints"):]
    block = re.search(r"```[a-z]*\n(.*?)```", section, re.S)
    assert block, "the README's first-command section holds no code block"
    return [line.rstrip() for line in block.group(1).splitlines()]


def test_the_readme_shows_the_real_output_of_the_first_command(seeds_dir, monkeypatch):
    monkeypatch.chdir(seeds_dir.parent)
    result = CliRunner().invoke(main, ["scorecard", "seeds/"])
    assert result.exit_code == 0, result.output
    printed = [line.rstrip() for line in result.output.splitlines()]
    assert printed == _shown_output(), "update the README's first-command output (framing scorecard seeds/ | cat)"
