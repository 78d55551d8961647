"""Scorecards: counts, rates per 1,000 words and confidence intervals, per outlet or per article."""
from __future__ import annotations

import importlib
from collections import defaultdict
from typing import Any, Iterable, Mapping, Sequence

from .aggregate import GroupAggregate
from .results import DocResult
from .spans import NARRATOR, QUOTED, Span

MIN_ARTICLES = 5
SECTION_FAMILIES = ("attribution", "actors", "tone", "classifier")
FAMILY_ORDER = ("loaded", "hedging", "attribution", "actors", "classifier", "tone")


class Scorecard:
    """Per-group framing measures computed from per-document results (and spans for `explain`).

    >>> card = framing.analyze("seeds/").scorecard
    >>> card.to_frame()            # one row per outlet x family x category x voice
    >>> card.explain(category="provenance_label", outlet="Press TV")
    """

    def __init__(self, results: Iterable[DocResult] = (), *, by: str = "outlet", spans: Sequence[Span] = (),
                 texts: Mapping[str, str] | None = None, skipped: Sequence = (),
                 outlets: Mapping[str, str] | None = None, explanations: Mapping[tuple[str, str], str] | None = None,
                 min_articles: int = MIN_ARTICLES, n_boot: int = 1000, seed: int = 0):
        if by not in ("outlet", "article"):
            raise ValueError(f"by must be 'outlet' or 'article', not {by!r}")
        self.by = by
        self.spans = list(spans)
        self.texts = dict(texts or {})
        self.skipped = list(skipped)
        self.outlets: dict[str, str] = dict(outlets or {})
        self.given_explanations = dict(explanations or {})
        self.min_articles = min_articles
        self.n_boot = n_boot
        self.seed = seed
        self.aggregates: dict[str, GroupAggregate] = {}
        self.n_articles = 0
        self._explained_docs = {s.doc_id for s in self.spans} | set(self.texts)
        for result in results:
            self.add(result)

    def add(self, result: DocResult) -> None:
        """Stream one per-document result in (memory stays flat: groups keep sums, not documents)."""
        key = self._key(result)
        aggregate = self.aggregates.get(key)
        if aggregate is None:
            aggregate = self.aggregates[key] = GroupAggregate(key, samples=self.by == "outlet")
        aggregate.add(result)
        self.n_articles += 1
        if result.doc_id in self._explained_docs:
            self.outlets.setdefault(result.doc_id, result.outlet)

    def attach(self, *, spans: Sequence[Span] | None = None, texts: Mapping[str, str] | None = None,
               skipped: Sequence | None = None, outlets: Mapping[str, str] | None = None) -> "Scorecard":
        """Attach what stands behind the numbers (spans, texts, skipped inputs, outlets of documents); returns self."""
        if spans is not None:
            self.spans = list(spans)
        if texts is not None:
            self.texts = dict(texts)
        if skipped is not None:
            self.skipped = list(skipped)
        self.outlets.update(outlets or {})
        return self

    # ---- grouping -------------------------------------------------------------------------
    def _key(self, result: DocResult) -> str:
        return (result.outlet or "(no outlet)") if self.by == "outlet" else result.doc_id

    @property
    def groups(self) -> dict[str, DocResult]:
        """One summed result per group, groups in first-seen order."""
        return {name: aggregate.total for name, aggregate in self.aggregates.items()}

    @property
    def sizes(self) -> dict[str, int]:
        """Articles per group."""
        return {name: aggregate.n for name, aggregate in self.aggregates.items()}

    @property
    def categories(self) -> list[tuple[str, str]]:
        """Every (family, category) seen, in a stable order."""
        seen = {(f, c) for a in self.aggregates.values() for (f, c, _v) in a.total.counts}
        order = {f: i for i, f in enumerate(FAMILY_ORDER)}
        return sorted(seen, key=lambda fc: (order.get(fc[0], 99), fc[0], fc[1]))

    @property
    def explanations(self) -> dict[tuple[str, str], str]:
        """One-line explanation of each (family, category) present: the scorers' own, else the first span's."""
        present = set(self.categories)
        out = {key: text for key, text in self.given_explanations.items() if text and key in present}
        for span in self.spans:
            if span.explanation:
                out.setdefault((span.family, span.category), span.explanation)
        return out

    def interval(self, name: str, columns: Sequence[tuple[str, str | None]], *, voice: str = NARRATOR):
        """(low, high) arrays: 95% CIs over the group's articles of each (family, category or None) rate.

        NaN when the group is too small (or grouped by article)."""
        import numpy as np

        aggregate = self.aggregates[name]
        if self.by != "outlet" or aggregate.n < self.min_articles or not columns:
            nan = np.full(len(columns), np.nan)
            return nan, nan
        return aggregate.intervals(columns, voice=voice, n_boot=self.n_boot, seed=self.seed)

    def warnings(self) -> list[str]:
        """Small-sample and skipped-input warnings, in words."""
        notes = []
        if self.by == "outlet":
            for name, size in self.sizes.items():
                if size < self.min_articles:
                    notes.append(
                        f"{name}: only {size} article(s); confidence intervals need at least "
                        f"{self.min_articles}, so differences between outlets are not evidence yet"
                    )
        if self.skipped:
            notes.append(f"{len(self.skipped)} input document(s) skipped (see the skipped list)")
        return notes

    # ---- tables ---------------------------------------------------------------------------
    def overview(self):
        """One row per group: articles, words, narrator/quoted words and loaded/hedge rates."""
        import pandas as pd

        rows = []
        for name, g in self.groups.items():
            rows.append({
                self.by: name,
                "articles": g.n_docs,
                "words": g.n_words,
                "narrator_words": g.narrator_words,
                "quoted_share": round(g.quoted_words / g.n_words, 4) if g.n_words else 0.0,
                **{f"{fam}_per_1000": _rate(g.count(fam), g.narrator_words) for fam in ("loaded", "hedging")},
                "small_sample": self.by == "outlet" and g.n_docs < self.min_articles,
            })
        return pd.DataFrame(rows)

    def to_frame(self):
        """Long table: one row per group x family x category x voice with counts, rates and CIs."""
        import pandas as pd

        rows = []
        cats = self.categories
        for name, aggregate in self.aggregates.items():
            g = aggregate.total
            enough = self.by == "outlet" and aggregate.n >= self.min_articles
            for voice, words_attr in ((NARRATOR, "narrator_words"), (QUOTED, "quoted_words")):
                low, high = self.interval(name, cats, voice=voice)
                for i, (family, category) in enumerate(cats):
                    count = int(g.counts.get((family, category, voice), 0))
                    if voice == QUOTED and count == 0:
                        continue
                    rows.append({
                        self.by: name, "family": family, "category": category, "voice": voice,
                        "count": count, "per_1000_words": _rate(count, getattr(g, words_attr)),
                        "ci_low": _round(low[i]), "ci_high": _round(high[i]),
                        "articles": aggregate.n, "words": int(getattr(g, words_attr)),
                        "small_sample": self.by == "outlet" and not enough,
                    })
        columns = [self.by, "family", "category", "voice", "count", "per_1000_words", "ci_low", "ci_high",
                   "articles", "words", "small_sample"]
        return pd.DataFrame(rows, columns=columns)

    def top_terms(self, *, n: int = 5, voice: str = NARRATOR):
        """Most frequent terms per group and category in `voice`."""
        import pandas as pd

        rows = []
        for name, g in self.groups.items():
            by_cat: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
            for (family, category, v, term), count in g.terms.items():
                if v == voice and family in ("loaded", "hedging"):
                    by_cat[(family, category)].append((term, count))
            for (family, category), terms in sorted(by_cat.items()):
                terms.sort(key=lambda tc: (-tc[1], tc[0]))
                rows.append({self.by: name, "family": family, "category": category,
                             "terms": ", ".join(f"{t} ({c})" if c > 1 else t for t, c in terms[:n])})
        return pd.DataFrame(rows, columns=[self.by, "family", "category", "terms"])

    def sections(self) -> dict[str, Any]:
        """Tables contributed by scorer families (attribution, actors, tone, classifier) present here."""
        out: dict[str, Any] = {}
        present = {key.split(".", 1)[0] for g in self.groups.values() for key in g.metrics}
        for family in SECTION_FAMILIES:
            if family not in present:
                continue
            module = importlib.import_module(f"framing.sections.{family}")
            for title, table in module.tables(self.groups).items():
                out[title] = table
        return out

    # ---- explanation ----------------------------------------------------------------------
    def explain(self, *, category: str | None = None, outlet: str | None = None, family: str | None = None,
                term: str | None = None, voice: str | None = None, width: int = 50):
        """The spans behind a number, in context (keyword in context), as a DataFrame."""
        import pandas as pd

        if not self.spans:
            raise ValueError("this scorecard has no spans to explain (analyze with keep_spans=True)")
        outlets = self.outlets
        rows = []
        for s in self.spans:
            if category and s.category != category or family and s.family != family:
                continue
            if voice and s.voice != voice or term and (s.term or s.text).lower() != term.lower():
                continue
            if outlet and outlets.get(s.doc_id) != outlet:
                continue
            text = self.texts.get(s.doc_id, "")
            left = text[max(0, s.start - width):s.start].replace("\n", " ")
            right = text[s.end:s.end + width].replace("\n", " ")
            rows.append({"outlet": outlets.get(s.doc_id, ""), "doc_id": s.doc_id, "start": s.start,
                         "end": s.end, "left": left, "match": s.text, "right": right, "family": s.family,
                         "category": s.category, "voice": s.voice, "speaker": s.speaker,
                         "alternative": s.alternative})
        return pd.DataFrame(rows, columns=["outlet", "doc_id", "start", "end", "left", "match", "right",
                                           "family", "category", "voice", "speaker", "alternative"])

    def plot(self, *, kind: str = "rates", ax=None, **options):
        """A matplotlib figure of this scorecard: "rates", "heatmap", "stance", "actors" or "distinctive"."""
        from .render.plot import plot_scorecard

        return plot_scorecard(self, kind=kind, ax=ax, **options)

    # ---- export & display -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready scorecard: overview, categories, top terms, sections, warnings, skipped."""
        def records(frame):
            return json_safe(frame.to_dict(orient="records"))

        return {
            "by": self.by,
            "overview": records(self.overview()),
            "categories": records(self.to_frame()),
            "top_terms": records(self.top_terms()),
            "explanations": {f"{f}/{c}": e for (f, c), e in sorted(self.explanations.items())},
            "sections": {title: records(t) for title, t in self.sections().items()},
            "warnings": self.warnings(),
            "skipped": [{"id": s.id, "source": s.source, "reason": s.reason} for s in self.skipped],
        }

    def __rich_console__(self, console, options):
        from .render.terminal import scorecard_renderables

        yield from scorecard_renderables(self)

    def _repr_html_(self) -> str:
        from .render.markdown import scorecard_html_fragment

        return scorecard_html_fragment(self)

    def __repr__(self) -> str:
        return f"<Scorecard by {self.by}: {len(self.aggregates)} group(s), {self.n_articles} article(s)>"


def _rate(count: float, words: float) -> float:
    """Count per 1,000 words, rounded; 0 when there are no words."""
    return round(count / words * 1000, 3) if words else 0.0


def _round(value) -> float | None:
    """Round a float for display; NaN becomes None."""
    value = float(value)
    return None if value != value else round(value, 3)


def json_safe(value):
    """Convert numpy scalars and NaN to plain JSON values, recursively."""
    import math

    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
