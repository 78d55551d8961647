"""Versions of what a scorer's output depends on, for incremental runs (see `framing.store`).

A version is a short sha256 of the contents of the files (code and data) and of any extra strings
(a lexicon's version, a library's version). A results folder re-scores every document whose
versions changed, so a scorer names everything its output depends on.

>>> len(files_version(__file__))
12
"""
from __future__ import annotations

import hashlib
import inspect
from pathlib import Path


def file_digest(path) -> bytes | None:
    """sha256 of a file's contents (a path or an importlib resource), or None if it cannot be read."""
    try:
        data = path.read_bytes() if hasattr(path, "read_bytes") else Path(path).read_bytes()
    except OSError:
        return None
    return hashlib.sha256(data).digest()


def files_version(*paths, extra: tuple[str, ...] = ()) -> str:
    """A short sha256 of the files' contents in order, then of `extra` ("missing" for an unreadable file)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(file_digest(path) or hashlib.sha256(b"missing").digest())
    for item in extra:
        digest.update(hashlib.sha256(str(item).encode("utf-8")).digest())
    return digest.hexdigest()[:12]


def source_files(*objects) -> list[Path]:
    """The source files of modules, classes or functions (skipping those without one)."""
    found = []
    for obj in objects:
        try:
            found.append(Path(inspect.getsourcefile(obj)))
        except TypeError:
            continue
    return found
