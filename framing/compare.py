"""Side-by-side comparison of two or more articles on the same event: actors, quotes, loaded terms.

>>> cmp = Comparison.from_corpus("seeds/")
>>> cmp.tables()["Who is quoted, with which verb"]
>>> cmp                                  # in Jupyter: the highlighted articles side by side
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Sequence

MAX_ARTICLES = 6
LEXICON_FAMILIES = ("loaded", "hedging")


class Comparison:
    """Two or more scored articles, compared column by column (one column per article)."""

    def __init__(self, documents: Sequence, spans: Sequence, *, title: str = ""):
        if len(documents) < 2:
            from .errors import InputError

            raise InputError(f"a comparison needs at least 2 articles, got {len(documents)}; "
                             "give a folder with 2+ articles or repeat --article ID")
        self.documents = list(documents)
        ids = {d.id for d in self.documents}
        self.spans = [s for s in spans if s.doc_id in ids]
        self.title = title or "Comparison: " + " vs ".join(self.headers)

    # ---- construction ---------------------------------------------------------------------
    @classmethod
    def from_corpus(cls, corpus: Any, *, ids: Sequence[str] = (), scorers: Sequence | None = None,
                    max_articles: int = MAX_ARTICLES, title: str = "") -> "Comparison":
        """Score the chosen articles of a corpus (all of a small corpus, or exactly `ids`, in that order)."""
        from .document import Document
        from .engine import _items, default_scorers, score_document
        from .errors import InputError

        scorers = list(scorers) if scorers is not None else default_scorers()
        wanted = list(dict.fromkeys(ids))
        picked: dict[str, Any] = {}
        n_docs = 0
        for item in _items(corpus):
            if not isinstance(item, Document):
                continue
            n_docs += 1
            if (item.id in wanted if wanted else len(picked) < max_articles + 1) and item.id not in picked:
                picked[item.id] = item
        missing = [i for i in wanted if i not in picked]
        if missing:
            raise InputError(f"--article: no document with id {', '.join(map(repr, missing))} in the corpus; "
                             "`framing annotate PATH` lists the ids")
        if not wanted and n_docs > max_articles:
            raise InputError(f"the corpus has {n_docs} articles; compare at most {max_articles} at once: "
                             "choose them with --article ID (repeat it)")
        docs = [picked[i] for i in wanted] if wanted else list(picked.values())
        spans = [s for doc in docs for s in score_document(doc, scorers)[0]]
        return cls(docs, spans, title=title)

    @classmethod
    def from_analysis(cls, analysis, *, ids: Sequence[str] = (), title: str = "") -> "Comparison":
        """Compare documents of an `analyze(..., keep_spans=True)` result (all, or `ids`)."""
        docs = [analysis.documents[i] for i in ids] if ids else list(analysis.documents.values())
        return cls(docs, analysis.spans, title=title)

    # ---- labels ---------------------------------------------------------------------------
    @property
    def headers(self) -> list[str]:
        """One column label per article: the outlet, with the id when outlets repeat or are missing."""
        outlets = Counter(d.outlet for d in self.documents)
        return [d.outlet if d.outlet and outlets[d.outlet] == 1 else f"{d.outlet or 'article'} ({d.id})"
                for d in self.documents]

    def spans_of(self, doc_id: str) -> list:
        """The spans of one article."""
        return [s for s in self.spans if s.doc_id == doc_id]

    # ---- tables ---------------------------------------------------------------------------
    def at_a_glance(self):
        """Words, quoted share and spans per family, one column per article."""
        import pandas as pd

        families = sorted({s.family for s in self.spans}, key=_family_order)
        rows: dict[str, list] = {"title": [], "words": [], "quoted share": []}
        for family in families:
            rows[_family_label(family)] = []
        for doc in self.documents:
            seg = doc.segments
            rows["title"].append(doc.title or doc.id)
            rows["words"].append(seg.n_words)
            rows["quoted share"].append(f"{seg.quoted_words / seg.n_words:.0%}" if seg.n_words else "–")
            spans = self.spans_of(doc.id)
            for family in families:
                rows[_family_label(family)].append(sum(1 for s in spans if s.family == family and _counted(s)))
        return _frame("measure", rows, self.headers)

    def actors(self):
        """How each article names each actor: actor x article, cells "name (count)"."""
        table: dict[str, list] = {}
        per_doc = []
        for doc in self.documents:
            names: dict[str, Counter] = defaultdict(Counter)
            for s in self.spans_of(doc.id):
                if s.family == "actors":
                    names[s.category][s.text] += 1
            per_doc.append(names)
        actors = sorted({a for names in per_doc for a in names},
                        key=lambda a: (-sum(sum(n[a].values()) for n in per_doc), a))
        for actor in actors:
            table[actor.replace("_", " ")] = [_counted_list(names.get(actor, Counter())) for names in per_doc]
        return _frame("actor", table, self.headers)

    def quotes(self):
        """Who is quoted with which verb: the i-th attribution of each article side by side."""
        lists = [self._attributions(doc.id) for doc in self.documents]
        depth = max((len(x) for x in lists), default=0)
        table = {str(i + 1): [x[i] if i < len(x) else "" for x in lists] for i in range(depth)}
        return _frame("#", table, self.headers)

    def stances(self):
        """Reporting verbs by stance class (neutral, distancing, endorsing, emotive ...), per article."""
        per_doc = []
        for doc in self.documents:
            verbs: dict[str, Counter] = defaultdict(Counter)
            for s in self.spans_of(doc.id):
                if s.family == "attribution" and s.category == "cue":
                    attrs = dict(s.attrs or {})
                    verbs[str(attrs.get("stance") or "unclassified")][str(attrs.get("verb") or s.text).lower()] += 1
            per_doc.append(verbs)
        stances = sorted({k for v in per_doc for k in v})
        table = {stance: [_counted_list(v.get(stance, Counter())) for v in per_doc] for stance in stances}
        return _frame("stance", table, self.headers)

    def loaded_terms(self):
        """Loaded terms and hedges each article uses, by category, with the neutral alternative."""
        per_doc = []
        for doc in self.documents:
            terms: dict[tuple[str, str], Counter] = defaultdict(Counter)
            alternatives: dict[str, str] = {}
            for s in self.spans_of(doc.id):
                if s.family in LEXICON_FAMILIES or (s.family not in ("attribution", "actors", "classifier", "tone")):
                    term = " ".join(s.text.lower().split())
                    terms[(s.family, s.category)][term] += 1
                    if s.alternative:
                        alternatives[term] = s.alternative
            per_doc.append((terms, alternatives))
        keys = sorted({k for terms, _ in per_doc for k in terms}, key=lambda k: (_family_order(k[0]), k))
        table = {}
        for family, category in keys:
            cells = []
            for terms, alternatives in per_doc:
                counts = terms.get((family, category), Counter())
                cells.append(", ".join(
                    f"{t}{' ×' + str(n) if n > 1 else ''}{' (→ ' + alternatives[t] + ')' if t in alternatives else ''}"
                    for t, n in sorted(counts.items(), key=lambda tn: (-tn[1], tn[0].lower()))))
            table[f"{family}: {category.replace('_', ' ')}"] = cells
        return _frame("category", table, self.headers)

    def tables(self) -> dict[str, Any]:
        """Every comparison table that has rows, by title."""
        out = {"At a glance": self.at_a_glance()}
        for title, frame in (("How each names the actors", self.actors()),
                             ("Who is quoted, with which verb", self.quotes()),
                             ("Reporting verbs by stance", self.stances()),
                             ("Loaded terms and hedges used", self.loaded_terms())):
            if len(frame):
                out[title] = frame
        return out

    def notes(self) -> list[str]:
        """Caveats shown with the comparison."""
        notes = ["Single articles: the counts are examples to discuss, not rates that rank outlets."]
        dates = {d.date for d in self.documents if d.date}
        if len(dates) > 1:
            notes.append(f"The articles have different dates ({', '.join(sorted(dates))}); check they report the same event.")
        return notes

    def _attributions(self, doc_id: str) -> list[str]:
        """'speaker — verb (stance)' for each attribution of one article, in text order."""
        groups: dict[Any, list] = defaultdict(list)
        for s in self.spans_of(doc_id):
            if s.family == "attribution":
                key = (s.attrs or {}).get("attribution_id", (s.start, s.end) if s.category == "cue" else None)
                groups[key].append(s)
        out = []
        for key, members in groups.items():
            cue = next((s for s in members if s.category == "cue"), None)
            if cue is None:
                continue
            source = next((s for s in members if s.category == "source"), None)
            attrs = dict(cue.attrs or {})
            speaker = (source.text if source else None) or cue.speaker or "(unnamed source)"
            verb = str(attrs.get("verb") or cue.text)
            stance = attrs.get("stance")
            start = min(s.start for s in members)
            out.append((start, f"{speaker} — {verb}{f' ({stance})' if stance else ''}"))
        return [text for _start, text in sorted(out)]

    # ---- display --------------------------------------------------------------------------
    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page of the comparison."""
        from .render.html import render_comparison

        return render_comparison(self, title=title)

    def _repr_html_(self) -> str:
        from .render.html import comparison_html_fragment

        return comparison_html_fragment(self)

    def __repr__(self) -> str:
        return f"<Comparison of {len(self.documents)} articles: {', '.join(self.headers)}>"


def _frame(label: str, table: dict[str, list], headers: Sequence[str]):
    """Rows keyed by label, one column per article."""
    import pandas as pd

    return pd.DataFrame([[key, *values] for key, values in table.items()], columns=[label, *headers])


def _counted_list(counter: Counter) -> str:
    """'a (2), b' sorted by count then text."""
    return ", ".join(f"{t} ({n})" if n > 1 else t for t, n in sorted(counter.items(), key=lambda tn: (-tn[1], tn[0].lower())))


def _counted(span) -> bool:
    """Attribution is counted once per relation (its cue), like the scorecard."""
    return not (span.family == "attribution" and span.category != "cue")


def _family_order(family: str) -> tuple[int, str]:
    from .render.html import FAMILY_ORDER

    return (FAMILY_ORDER.index(family) if family in FAMILY_ORDER else 99, family)


def _family_label(family: str) -> str:
    """Row label for a family's span count."""
    return {"attribution": "attributions (quotes)", "loaded": "loaded terms", "hedging": "hedges",
            "actors": "actor mentions"}.get(family, f"{family} spans")
