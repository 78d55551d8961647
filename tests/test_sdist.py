"""The source distribution carries everything setup.py compiles, so an install from it builds the same extensions."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_COPIED = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE")


def _source_tree(target: Path) -> Path:
    """A copy of the checkout's packaging inputs, without build products (the sdist is built there, not here)."""
    target.mkdir()
    for name in _COPIED:
        shutil.copy2(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.c", "*.html", "*.egg-info")
    shutil.copytree(ROOT / "framing", target / "framing", ignore=ignore)
    shutil.copytree(ROOT / "lexicons", target / "lexicons", ignore=ignore)
    return target


def test_sdist_holds_every_cython_source_and_declaration(tmp_path):
    if not (ROOT / "setup.py").is_file():
        pytest.skip("not run from a checkout (no setup.py beside the tests)")
    pytest.importorskip("setuptools", reason="building an sdist needs setuptools")
    tree = _source_tree(tmp_path / "src")
    out = tmp_path / "dist"
    env = {**os.environ, "FRAMING_PURE_PYTHON_BUILD": "1"}  # listing files needs no compiling
    run = subprocess.run([sys.executable, "setup.py", "-q", "sdist", "-d", str(out)], cwd=tree, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    (archive,) = out.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        shipped = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    wanted = {path.relative_to(ROOT).as_posix() for pattern in ("*.pyx", "*.pxd")
              for path in (ROOT / "framing").rglob(pattern)}
    assert {"framing/_classify.pyx", "framing/_text.pyx", "framing/_tone.pyx", "framing/_inline.pxd",
            "framing/attribution/_tokens.pyx"} <= wanted
    assert wanted - shipped == set()
    assert {"setup.py", "lexicons/loaded_terms.toml", "framing/data/boilerplate.toml"} <= shipped
