"""The scorecard's content as plain tables (title, header, rows), shared by the text renderers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..spans import NARRATOR, QUOTED

# Families shown as rates per 1,000 words; the others (attribution, actors, tone, classifier)
# have their own sections with measures that fit them.
RATE_FAMILIES = ("loaded", "hedging")


@dataclass(frozen=True)
class Table:
    """A titled table of display strings."""

    title: str
    header: list[str]
    rows: list[list[str]]
    note: str = ""


def scorecard_tables(card) -> list[Table]:
    """Overview, category rates (narrator and quoted), top terms and family sections."""
    tables = [_overview(card), _categories(card, NARRATOR)]
    quoted = _categories(card, QUOTED)
    if quoted.rows:
        tables.append(quoted)
    tables.append(_top_terms(card))
    for title, frame in card.sections().items():
        tables.append(frame_table(title, frame))
    return tables


def frame_table(title: str, frame, *, note: str = "") -> Table:
    """A DataFrame as a Table of strings."""
    header = [str(c) for c in frame.columns]
    rows = [[fmt(v) for v in row] for row in frame.itertuples(index=False)]
    return Table(title, header, rows, note)


def fmt(value: Any) -> str:
    """Display a cell: floats to 3 significant decimals, None/NaN as a dash, bools as yes/blank."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        if value != value:
            return "–"
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _overview(card) -> Table:
    frame = card.overview()
    return frame_table(f"Overview (by {card.by})", frame)


def _categories(card, voice: str) -> Table:
    """Rows = family/category; columns = groups; cell = rate per 1,000 words [CI] (count)."""
    frame = card.to_frame()
    frame = frame[(frame["voice"] == voice) & frame["family"].isin(RATE_FAMILIES)]
    groups = list(card.groups)
    header = ["family", "category", *groups]
    rows = []
    for (family, category), part in frame.groupby(["family", "category"], sort=False):
        cells = {}
        for rec in part.to_dict(orient="records"):
            ci = ""
            if rec["ci_low"] is not None and rec["ci_high"] is not None:
                ci = f" [{fmt(rec['ci_low'])}–{fmt(rec['ci_high'])}]"
            cells[rec[card.by]] = f"{fmt(rec['per_1000_words'])}{ci} ({rec['count']})" if rec["count"] else "0"
        if any(cell != "0" for cell in cells.values()):
            rows.append([family, category, *(cells.get(g, "0") for g in groups)])
    rows.sort(key=lambda row: (RATE_FAMILIES.index(row[0]), row[1]))
    words = "narrator" if voice == NARRATOR else "quoted"
    return Table(
        f"{words.capitalize()} voice: per 1,000 {words} words [95% CI] (count)",
        header, rows,
        note="CIs are bootstrap intervals over articles; shown only with enough articles per outlet.",
    )


def _top_terms(card) -> Table:
    frame = card.top_terms()
    return frame_table("Top terms (narrator voice)", frame)
