"""`framing report`: writes one self-contained page, honours --articles/--article, errors in one line."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from test_render_html import parse, render_scorers

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PRESS_TV, VOA = "000_89466effa35fe06b.txt", "003_e60f7068ae8a88b7.txt"


@pytest.fixture
def cli(monkeypatch):
    from framing.cli import main, report_cmd

    monkeypatch.setattr(report_cmd, "_scorers", lambda lexicons: render_scorers())
    return lambda *args: CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("args, shown", [
    ((), [PRESS_TV, VOA]),
    (("--articles", "1"), [PRESS_TV]),
    (("--articles", "0"), []),
    (("--article", VOA), [VOA]),
    (("--by", "article", "--no-charts"), [PRESS_TV, VOA]),
])
def test_report_command(cli, tmp_path, args, shown):
    out = tmp_path / "report.html"
    result = cli("report", SEEDS, "--output", out, *args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert [a.get("data-doc-id") for t, a in parse(page).tags if t == "article"] == shown
    assert "2 article(s)" in page
    assert ("<svg" in page) == ("--no-charts" not in args)


def test_report_unknown_article(cli, tmp_path):
    result = cli("report", SEEDS, "--output", tmp_path / "r.html", "--article", "missing-id")
    assert result.exit_code == 1
    assert "'missing-id'" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "r.html").exists()
