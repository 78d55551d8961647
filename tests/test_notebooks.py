"""The three notebooks execute top to bottom (nbclient, kernel python3) in a scratch copy of the project."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ("quickstart", "compare_outlets", "media_literacy_lesson")


def execute(name: str, workdir: Path) -> "object":
    """Run one notebook with cwd=workdir/notebooks; return the executed notebook."""
    import nbformat
    from nbclient import NotebookClient

    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    (workdir / "notebooks").mkdir(exist_ok=True)
    for folder in ("seeds", "examples"):
        link = workdir / folder
        if not link.exists():
            link.symlink_to(ROOT / folder, target_is_directory=True)
    copy = workdir / "notebooks" / f"{name}.ipynb"
    shutil.copy(ROOT / "notebooks" / f"{name}.ipynb", copy)
    nb = nbformat.read(copy, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(copy.parent)}}).execute()
    return nb


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_stored_without_outputs(name):
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


def _text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for k, v in out.get("data", {}).items() if k.startswith("text/"))
    return "\n".join(parts)


@pytest.mark.slow
@pytest.mark.parametrize("name, expected", [
    ("quickstart", ["Press TV", "open seeds_report.html"]),
    ("compare_outlets", ["AllSides sample", "intervals"]),
    ("media_literacy_lesson", ["1. Read and guess", "hints:"]),
])
def test_notebook_executes(name, expected, tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.environ.get("PYTHONPATH", ""))   # restored after the test
    monkeypatch.delenv("FRAMING_DATA", raising=False)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = execute(name, tmp_path)
    text = _text(nb)
    for needle in expected:
        assert needle in text
    if name == "media_literacy_lesson":
        assert (tmp_path / "notebooks" / "worksheet.md").exists()
        assert (tmp_path / "notebooks" / "worksheet.html").exists()
    if name == "quickstart":
        assert (tmp_path / "notebooks" / "seeds_report.html").stat().st_size > 10_000


@pytest.mark.slow
def test_compare_outlets_switches_to_basil(shared_data, tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.environ.get("PYTHONPATH", ""))
    monkeypatch.setenv("FRAMING_DATA", str(shared_data))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    assert "BASIL" in _text(execute("compare_outlets", tmp_path))
