"""Locate the shared evaluation and benchmark data (`FRAMING_DATA`), never copying it."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import DataNotFoundError

ENV_VAR = "FRAMING_DATA"


def data_dir(path: str | os.PathLike | None = None, *, required: str | None = None) -> Path:
    """Return the data folder: `path`, else $FRAMING_DATA, else ../shared/data beside the checkout.

    `required` names a sub-path that must exist (e.g. "ptc/spans.jsonl").
    """
    candidates = []
    if path:
        candidates.append(Path(path))
    elif os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
    else:
        here = Path(__file__).resolve().parent.parent
        candidates += [here.parent / "shared" / "data", Path.cwd().parent / "shared" / "data"]
    for folder in candidates:
        if folder.is_dir() and (required is None or (folder / required).exists()):
            return folder
    looked = ", ".join(str(c) for c in candidates)
    what = f" containing {required}" if required else ""
    raise DataNotFoundError(
        f"no data folder{what} found (looked in {looked}); pass --data/--gold DIR or set {ENV_VAR}"
    )
