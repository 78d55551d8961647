"""Atomic output files: write to a temporary file beside the target, then rename."""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterator


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", *, encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file next to `path`; rename it over `path` only if the block succeeds.

    A symbolic link is followed (its target is replaced); a device or pipe such as /dev/null or
    /dev/stdout is written directly, never replaced by a regular file.

    >>> with atomic_open("out.json") as fh: fh.write("{}")
    """
    text_args = {"encoding": None, "newline": None} if "b" in mode else {"encoding": encoding, "newline": ""}
    if _is_special(path):
        with open(path, mode, **text_args) as fh:
            yield fh
        return
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **text_args) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _apply_umask(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _is_special(path: str | os.PathLike) -> bool:
    """True if `path` exists and is neither a regular file nor a folder (a device, pipe or socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _apply_umask(path: str) -> None:
    """Give the file the permissions a plain open() would (mkstemp makes it owner-only)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write `text` to `path` atomically (UTF-8)."""
    with atomic_open(path, "w") as fh:
        fh.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)
