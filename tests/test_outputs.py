"""Atomic output files: special targets (pipes, devices) and symbolic links are written, not replaced."""
from __future__ import annotations

import os
import stat
import threading

from click.testing import CliRunner

from framing.cli import main
from framing.outputs import atomic_write_text


def test_output_to_a_pipe_keeps_the_pipe(tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    atomic_write_text(fifo, "through the pipe\n")
    reader.join(timeout=10)
    assert received == ["through the pipe\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)       # before: replaced by a regular file
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]


def test_cli_output_to_a_pipe(tmp_path, seeds_dir):
    fifo = tmp_path / "card.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    outcome = CliRunner().invoke(main, ["quotes", str(seeds_dir), "--format", "jsonl", "--output", str(fifo)])
    reader.join(timeout=30)
    assert outcome.exit_code == 0, outcome.output
    assert received and received[0].count("\n") > 40 and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_output_through_a_symlink_replaces_its_target(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    atomic_write_text(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"
