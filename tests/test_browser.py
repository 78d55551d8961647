"""Open the seeds' report and comparison in headless Chromium: they render and log no console errors."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from test_render_html import render_scorers

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (apt-get install -y chromium)")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0"]
CONSOLE_ERROR = re.compile(r"CONSOLE\(\d+\)|Uncaught|SyntaxError|ReferenceError|TypeError", re.I)


def run_chromium(page: Path, tmp_path: Path, *extra: str) -> tuple[str, str]:
    """Run headless Chromium on a local file; return (stdout, stderr)."""
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    return done.stdout, done.stderr


def console_errors(log: str) -> list[str]:
    """Lines of a Chromium log that report page script errors or console messages."""
    return [line for line in log.splitlines() if CONSOLE_ERROR.search(line)]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    from framing.compare import Comparison
    from framing.render.html import build_report

    folder = tmp_path_factory.mktemp("pages")
    report = folder / "report.html"
    report.write_text(build_report(str(SEEDS), scorers=render_scorers()), encoding="utf-8")
    compare = folder / "compare.html"
    compare.write_text(Comparison.from_corpus(str(SEEDS), scorers=render_scorers()).to_html(), encoding="utf-8")
    return {"report": report, "compare": compare}


@pytest.mark.parametrize("name, text", [
    ("report", "foreign-sponsored militants"),
    ("compare", "Who is quoted, with which verb"),
])
def test_page_renders_without_console_errors(pages, tmp_path, name, text):
    dom, log = run_chromium(pages[name], tmp_path, "--dump-dom")
    assert text in re.sub(r"<[^>]+>", "", dom)
    assert 'data-framing-js="ready"' in dom        # our script ran to the end
    assert console_errors(log) == []


def test_console_error_detector_catches_a_broken_script(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html><body><p>x</p><script>undefinedFunction();</script></body></html>")
    _dom, log = run_chromium(page, tmp_path, "--dump-dom")
    assert console_errors(log)


def test_screenshot(pages, tmp_path):
    shot = tmp_path / "compare.png"
    run_chromium(pages["compare"], tmp_path, "--hide-scrollbars", "--window-size=1000,900", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
