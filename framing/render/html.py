"""Self-contained HTML: the corpus report, annotated articles and comparisons (jinja2, autoescaped).

Python builds plain data (tables, paragraphs of highlighted pieces, legends); the templates in
`framing/render/templates/` turn it into HTML with autoescape on, so text from articles, titles,
outlet names and lexicons is always escaped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

# Okabe–Ito colour-blind-safe palette; families take colours in this order, new families cycle.
PALETTE = ("#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
FAMILY_ORDER = ("loaded", "hedging", "attribution", "actors", "classifier", "tone")
# Underline styles make the families distinguishable without colour too.
LINE_STYLES = ("solid", "dashed", "double", "dotted", "wavy", "solid", "dashed", "dotted")
NOT_HIGHLIGHTED = ("classifier", "tone")
DEFAULT_ARTICLES = 20
MAX_ROWS = 500        # per table on the aggregate page; the CSV/JSON scorecard has every row
MAX_COLUMNS = 40      # wide section tables (one column per outlet) keep the largest outlets
FULL_TABLES = "`framing scorecard PATH --format csv` (measures) or `--format json` (every table) has all of them"


# ---- data handed to templates ------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    """One table cell: display text, an optional numeric sort key, and whether it is numeric."""

    text: str
    sort: float | None = None

    @property
    def numeric(self) -> bool:
        return self.sort is not None


@dataclass(frozen=True)
class TableView:
    """A titled, sortable table."""

    title: str
    columns: list[str]
    rows: list[list[Cell]]
    note: str = ""
    anchor: str = ""


@dataclass(frozen=True)
class Piece:
    """A run of article text with one highlight state (quoted voice, attributed content, mark)."""

    text: str
    quoted: bool = False
    attributed: bool = False
    mark: dict | None = None


@dataclass
class ArticleView:
    """An article ready for the template: header fields, paragraphs of pieces, and a summary."""

    anchor: str
    doc_id: str
    title: str
    outlet: str
    date: str
    paragraphs: list[list[Piece]]
    summary: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class LegendEntry:
    """A family or category in the legend, with its style class and explanation."""

    family: str
    category: str
    css: str
    explanation: str
    count: int


# ---- jinja environment ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def environment():
    """The jinja2 environment over the packaged templates, autoescape always on."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("framing.render", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["num"] = _fmt
    return env


def render_template(name: str, **context: Any) -> str:
    """Render one packaged template with `context`."""
    return environment().get_template(name).render(**context)


# ---- families and styles -------------------------------------------------------------------------
def family_classes(families: Iterable[str]) -> dict[str, int]:
    """A stable style index per family: known families first in FAMILY_ORDER, then others by name."""
    present = set(families)
    ordered = [f for f in FAMILY_ORDER if f in present] + sorted(present - set(FAMILY_ORDER))
    return {family: i % len(PALETTE) for i, family in enumerate(ordered)}


def family_styles(index: Mapping[str, int]) -> list[dict]:
    """CSS data for each style index in use: class number, colour and underline style."""
    used = sorted(set(index.values()))
    return [{"n": i, "colour": PALETTE[i], "line": LINE_STYLES[i]} for i in used]


def legend(spans: Sequence, index: Mapping[str, int]) -> list[LegendEntry]:
    """Legend entries for every highlighted (family, category) present in `spans`."""
    counts: dict[tuple[str, str], int] = {}
    explanations: dict[tuple[str, str], str] = {}
    for span in spans:
        if not _highlighted(span):
            continue
        key = (span.family, span.category)
        counts[key] = counts.get(key, 0) + 1
        if span.explanation and key not in explanations:
            explanations[key] = span.explanation
    order = {f: i for i, f in enumerate(index)}
    keys = sorted(counts, key=lambda k: (order.get(k[0], 99), k[0], k[1]))
    return [LegendEntry(f, c, f"fam-{index[f]}", explanations.get((f, c), ""), counts[(f, c)]) for f, c in keys]


def _highlighted(span) -> bool:
    """Whether a span gets a <mark>: not attribution content (shown as a region) nor sentence-level scores."""
    return span.family not in NOT_HIGHLIGHTED and not (span.family == "attribution" and span.category == "content")


# ---- article views -------------------------------------------------------------------------------
def _outer_marks(spans: Sequence) -> list:
    """Non-overlapping spans to mark: families in FAMILY_ORDER first (loaded terms beat the actor
    mention around them), then earliest, then longest; returned in text order."""
    import bisect

    order = {f: i for i, f in enumerate(FAMILY_ORDER)}
    candidates = sorted((s for s in spans if _highlighted(s) and s.end > s.start),
                        key=lambda s: (order.get(s.family, len(order)), s.family, s.start, -(s.end - s.start), s.category))
    starts: list[int] = []
    chosen: list = []
    for span in candidates:
        i = bisect.bisect_right(starts, span.start)
        if i > 0 and chosen[i - 1].end > span.start:
            continue
        if i < len(chosen) and chosen[i].start < span.end:
            continue
        starts.insert(i, span.start)
        chosen.insert(i, span)
    return chosen


def _mark_data(span, index: Mapping[str, int], *, first: bool) -> dict:
    """What a <mark> shows: classes, tooltip lines (category, explanation, alternative, speaker)."""
    attrs = dict(span.attrs or {})
    lines = [f"{span.family}: {span.category.replace('_', ' ')}"]
    if span.explanation:
        lines.append(span.explanation)
    if span.alternative:
        lines.append(f"neutral alternative: {span.alternative}")
    for key in ("verb", "stance", "kind", "tag"):
        if attrs.get(key):
            lines.append(f"{key}: {attrs[key]}")
    if span.voice == "quoted":
        lines.append(f"in a quote{' of ' + span.speaker if span.speaker else ''}")
    elif span.speaker:
        lines.append(f"speaker: {span.speaker}")
    return {
        "css": f"fam-{index.get(span.family, 0)}",
        "family": span.family,
        "category": span.category,
        "tip": " · ".join(lines),
        "first": first,
    }


def _paragraph_ranges(doc) -> list[tuple[int, int]]:
    """Paragraph offsets from the segmentation, or blank-line splits when segmentation fails."""
    try:
        paragraphs = list(doc.segments.paragraphs)
    except Exception:  # segmentation unavailable: fall back to blank lines
        paragraphs = []
    if paragraphs:
        return paragraphs
    out, pos = [], 0
    for chunk in doc.text.split("\n\n"):
        if chunk.strip():
            out.append((pos, pos + len(chunk)))
        pos += len(chunk) + 2
    return out or [(0, len(doc.text))]


def _quote_ranges(doc) -> list[tuple[int, int]]:
    """Quoted regions (with their quotation marks)."""
    try:
        return [(q.start, q.end) for q in doc.segments.quotes]
    except Exception:
        return []


def _inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of `ranges`."""
    return any(a <= start and end <= b for a, b in ranges)


def article_view(doc, spans: Sequence, index: Mapping[str, int], *, anchor: str = "") -> ArticleView:
    """Cut the article into paragraphs of pieces at every quote, content and mark boundary."""
    spans = [s for s in spans if s.doc_id == doc.id] if spans else []
    marks = _outer_marks(spans)
    quotes = _quote_ranges(doc)
    contents = [(s.start, s.end) for s in spans if s.family == "attribution" and s.category == "content"]
    cuts = {0, len(doc.text)}
    for a, b in quotes + contents:
        cuts.update((a, b))
    for m in marks:
        cuts.update((m.start, m.end))
    paragraphs = []
    for p_start, p_end in _paragraph_ranges(doc):
        points = sorted({p_start, p_end, *(c for c in cuts if p_start < c < p_end)})
        pieces: list[Piece] = []
        mark_i = 0
        seen_marks: set[int] = set()
        for a, b in zip(points, points[1:]):
            if a == b:
                continue
            while mark_i < len(marks) and marks[mark_i].end <= a:
                mark_i += 1
            mark = None
            if mark_i < len(marks) and marks[mark_i].start <= a and b <= marks[mark_i].end:
                first = id(marks[mark_i]) not in seen_marks
                seen_marks.add(id(marks[mark_i]))
                mark = _mark_data(marks[mark_i], index, first=first)
            pieces.append(Piece(doc.text[a:b], quoted=_inside(quotes, a, b), attributed=_inside(contents, a, b),
                                mark=mark))
        if pieces:
            paragraphs.append(pieces)
    summary = _article_summary(doc, spans)
    return ArticleView(anchor or f"article-{doc.id}", doc.id, doc.title, doc.outlet, doc.date, paragraphs, summary)


def _article_summary(doc, spans: Sequence) -> list[tuple[str, str]]:
    """Short facts under an article's title: words, quoted share, spans per family."""
    facts = []
    try:
        seg = doc.segments
        facts.append(("words", f"{seg.n_words:,}"))
        if seg.n_words:
            facts.append(("quoted", f"{seg.quoted_words / seg.n_words:.0%}"))
    except Exception:
        pass
    per_family: dict[str, int] = {}
    for span in spans:
        if span.family == "attribution" and span.category != "cue":
            continue
        per_family[span.family] = per_family.get(span.family, 0) + 1
    for family in sorted(per_family, key=lambda f: (FAMILY_ORDER.index(f) if f in FAMILY_ORDER else 99, f)):
        facts.append((family, str(per_family[family])))
    return facts


def annotated_document_html(doc, spans: Sequence) -> str:
    """An HTML fragment (with its own scoped style) of one article with its spans highlighted.

    >>> from IPython.display import HTML; HTML(annotated_document_html(doc, spans))
    """
    index = family_classes(s.family for s in spans)
    view = article_view(doc, spans, index)
    return render_template("fragment_article.html.j2", article=view, legend=legend(spans, index),
                           styles=family_styles(index))


# ---- tables --------------------------------------------------------------------------------------
def _fmt(value: Any) -> str:
    """Display a value: floats to 3 significant digits, None/NaN as a dash, bools as yes/blank."""
    from .tables import fmt

    return fmt(value)


def _sort_key(value: Any) -> float | None:
    """A numeric sort key for numbers, None for text."""
    if isinstance(value, bool) or value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, (int, float)):
        return float(value) if value == value else None
    return None


def frame_view(title: str, frame, *, note: str = "", anchor: str = "", max_rows: int | None = MAX_ROWS,
               max_columns: int | None = MAX_COLUMNS) -> TableView:
    """A DataFrame as a sortable TableView, cut to `max_rows` rows and `max_columns` columns (with a note)."""
    cuts = []
    if max_columns is not None and len(frame.columns) > max_columns:
        cuts.append(f"first {max_columns} of {len(frame.columns):,} columns")
        frame = frame.iloc[:, :max_columns]
    if max_rows is not None and len(frame) > max_rows:
        cuts.append(f"first {max_rows:,} of {len(frame):,} rows")
        frame = frame.iloc[:max_rows]
    if cuts:
        note = (note + " " if note else "") + f"Showing the {' and '.join(cuts)}; {FULL_TABLES}."
    columns = [str(c) for c in frame.columns]
    rows = [[Cell(_fmt(_plain(v)), _sort_key(v)) for v in row] for row in frame.itertuples(index=False)]
    return TableView(title, columns, rows, note, anchor)


def _plain(value: Any) -> Any:
    """numpy scalars to Python values."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def category_view(card, *, max_rows: int | None = MAX_ROWS) -> TableView:
    """Every metric: group x family x category x voice with rate, 95% CI, count and sample size.

    Rows with a count of 0 are left out; past `max_rows`, the groups with most articles are kept.
    """
    frame = card.to_frame()
    rows = []
    records = frame[frame["count"] > 0].to_dict(orient="records")
    zeros = len(frame) - len(records)
    shown = len(records)
    if max_rows is not None and len(records) > max_rows:
        size = card.sizes
        order = sorted(range(len(records)), key=lambda i: (-size.get(records[i][card.by], 0), i))[:max_rows]
        records = [records[i] for i in sorted(order)]
    for rec in records:
        low, high = rec["ci_low"], rec["ci_high"]
        ci = f"{_fmt(low)}–{_fmt(high)}" if low is not None and high is not None else "–"
        rows.append([
            Cell(str(rec[card.by])), Cell(rec["family"]), Cell(rec["category"].replace("_", " ")), Cell(rec["voice"]),
            Cell(_fmt(rec["per_1000_words"]), _sort_key(rec["per_1000_words"])),
            Cell(ci, _sort_key(low)),
            Cell(_fmt(rec["count"]), _sort_key(rec["count"])),
            Cell(_fmt(rec["articles"]), _sort_key(rec["articles"])),
            Cell(_fmt(rec["words"]), _sort_key(rec["words"])),
            Cell("small sample" if rec["small_sample"] else ""),
        ])
    columns = [card.by, "family", "category", "voice", "per 1,000 words", "95% CI", "count", "articles",
               "words (of that voice)", "warning"]
    return TableView("Every measure with its confidence interval", columns, rows,
                     note="Rate = count per 1,000 words of that voice (narrator or quoted). 95% CIs are bootstrap "
                          "intervals over articles, shown only for outlets with enough articles."
                          + (f" {zeros:,} rows with a count of 0 are left out (`framing scorecard --format csv` "
                             "lists them)." if zeros else "")
                          + (f" Showing the {len(records):,} rows of the {card.by}s with most articles, of {shown:,}; "
                             f"{FULL_TABLES}." if len(records) < shown else ""),
                     anchor="measures")


def explanations_view(card) -> TableView:
    """What each category means (from the lexicons and scorers)."""
    rows = [[Cell(f), Cell(c.replace("_", " ")), Cell(e)] for (f, c), e in sorted(card.explanations.items()) if e]
    return TableView("What the categories mean", ["family", "category", "explanation"], rows, anchor="glossary")


def report_tables(card) -> list[TableView]:
    """All scorecard tables in report order: overview, measures, top terms, family sections."""
    tables = [frame_view(f"Overview (by {card.by})", card.overview(), anchor="overview",
                         note="Articles, words and the rate of loaded terms and hedges per 1,000 narrator words."),
              category_view(card)]
    top = card.top_terms()
    if len(top):
        tables.append(frame_view("Most frequent terms (narrator voice)", top, anchor="terms"))
    for i, (title, frame) in enumerate(card.sections().items()):
        tables.append(frame_view(str(title), frame, anchor=f"section-{i}"))
    if card.explanations:
        tables.append(explanations_view(card))
    return tables


# ---- pages ---------------------------------------------------------------------------------------
def render_report(card, *, articles: Sequence[tuple[Any, Sequence]] = (), title: str = "Framing report",
                  charts: bool = True, total_articles: int | None = None, source: str = "") -> str:
    """The whole report page: overview tables, inline SVG charts, and the given (doc, spans) article views."""
    all_spans = [s for _doc, spans in articles for s in spans]
    families = {s.family for s in all_spans} | {f for f, _c in card.categories}
    index = family_classes(families)
    views = [article_view(doc, spans, index, anchor=f"article-{i + 1}") for i, (doc, spans) in enumerate(articles)]
    svgs = _report_charts(card) if charts else []
    n_total = total_articles if total_articles is not None else card.n_articles
    return render_template(
        "report.html.j2",
        title=title, source=source, by=card.by, n_groups=len(card.groups), n_articles=n_total,
        n_skipped=len(card.skipped), warnings=card.warnings(), tables=report_tables(card), charts=svgs,
        articles=views, legend=legend(all_spans, index), styles=family_styles(index),
        not_shown=max(0, n_total - len(views)),
    )


def _report_charts(card) -> list[dict]:
    """Inline SVG charts for the report (nothing when matplotlib cannot draw them)."""
    from .plot import report_charts

    return report_charts(card)


def build_report(corpus: Any, *, scorers: Sequence | None = None, by: str = "outlet",
                 articles: int = DEFAULT_ARTICLES, article_ids: Sequence[str] = (), jobs: int = 1,
                 title: str = "Framing report", charts: bool = True, source: str = "") -> str:
    """Score a corpus without keeping spans, then re-score only the articles shown, and render the report.

    Shown articles: exactly `article_ids` when given, else the first `articles` documents.
    """
    from ..engine import analyze, default_scorers, score_document
    from ..errors import InputError

    scorers = list(scorers) if scorers is not None else default_scorers()
    wanted = list(dict.fromkeys(article_ids))
    shown: dict[str, Any] = {}
    docs = _remember_documents(corpus, shown, wanted=wanted, limit=articles)
    analysis = analyze(docs, scorers=scorers, by=by, keep_spans=False, keep_results=False, jobs=jobs)
    missing = [i for i in wanted if i not in shown]
    if missing:
        raise InputError(f"--article: no document with id {', '.join(map(repr, missing))} in {source or 'the corpus'}; "
                         "use `framing annotate` to list ids")
    order = wanted or list(shown)
    chosen = []
    for doc_id in order:
        spans, _result = score_document(shown[doc_id], scorers)
        chosen.append((shown[doc_id], spans))
    card = analysis.streamed.attach(spans=[s for _d, sp in chosen for s in sp],
                                    texts={d.id: d.text for d, _sp in chosen}, outlets={d.id: d.outlet for d, _sp in chosen})
    return render_report(card, articles=chosen, title=title, charts=charts,
                         total_articles=analysis.n_scored, source=source)


def _remember_documents(corpus: Any, shown: dict, *, wanted: Sequence[str], limit: int):
    """Pass documents through, keeping the wanted ones (or the first `limit`) in `shown`."""
    from ..document import Document
    from ..engine import _items

    wanted_set = set(wanted)
    for item in _items(corpus):
        if isinstance(item, Document):
            if wanted_set:
                if item.id in wanted_set and item.id not in shown:
                    shown[item.id] = item
            elif len(shown) < limit:
                shown[item.id] = item
        yield item


def render_comparison(comparison, *, title: str | None = None) -> str:
    """A full page: the side-by-side comparison of two or more articles."""
    return render_template("compare.html.j2", title=title or comparison.title, **comparison_context(comparison))


def comparison_html_fragment(comparison) -> str:
    """The comparison as a notebook fragment (used by `Comparison._repr_html_`)."""
    return render_template("fragment_compare.html.j2", **comparison_context(comparison))


def comparison_context(comparison) -> dict:
    """Template data shared by the comparison page and fragment."""
    index = family_classes(s.family for s in comparison.spans)
    views = [article_view(doc, comparison.spans_of(doc.id), index, anchor=f"article-{i + 1}")
             for i, doc in enumerate(comparison.documents)]
    return {
        "articles": views,
        "headers": [f"{d.outlet or d.id}" for d in comparison.documents],
        "tables": [frame_view(t, f) for t, f in comparison.tables().items()],
        "legend": legend(comparison.spans, index),
        "styles": family_styles(index),
        "notes": comparison.notes(),
    }
