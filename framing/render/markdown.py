"""Markdown and HTML-fragment rendering of scorecards (everything escaped)."""
from __future__ import annotations

import html

from .tables import Table, scorecard_tables


def _md_cell(text: str) -> str:
    """Escape a table cell for Markdown (pipes, newlines, HTML)."""
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def table_markdown(table: Table) -> str:
    """One Table as a Markdown pipe table with a heading."""
    lines = [f"### {_md_cell(table.title)}", ""]
    if table.note:
        lines += [f"_{_md_cell(table.note)}_", ""]
    lines.append("| " + " | ".join(_md_cell(h) for h in table.header) + " |")
    lines.append("|" + "|".join("---" for _ in table.header) + "|")
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines) + "\n"


def render_markdown(card) -> str:
    """The whole scorecard as Markdown."""
    parts = [f"## Framing scorecard (by {card.by})\n"]
    parts += [table_markdown(t) for t in scorecard_tables(card)]
    warnings = card.warnings()
    if warnings:
        parts.append("**Warnings**\n\n" + "\n".join(f"- {_md_cell(w)}" for w in warnings) + "\n")
    return "\n".join(parts)


def table_html(table: Table) -> str:
    """One Table as an escaped HTML table."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table.header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table.rows)
    note = f"<p><em>{html.escape(table.note)}</em></p>" if table.note else ""
    return f"<h4>{html.escape(table.title)}</h4>{note}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def scorecard_html_fragment(card) -> str:
    """A notebook-friendly HTML fragment of the scorecard (used by `_repr_html_`)."""
    parts = [f"<div class='framing-scorecard'><h3>Framing scorecard (by {html.escape(card.by)})</h3>"]
    parts += [table_html(t) for t in scorecard_tables(card)]
    parts += [f"<p style='color:#8a5a00'>warning: {html.escape(w)}</p>" for w in card.warnings()]
    parts.append("</div>")
    return "".join(parts)
