"""Matplotlib figures of a scorecard: rates with CIs, heat map, stance bars, actor naming, distinctive terms.

>>> ax = plot_scorecard(card, kind="rates", family="loaded")
>>> ax.figure.savefig("rates.svg")
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

KINDS = ("rates", "heatmap", "stance", "actors", "distinctive")
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
NARRATOR_UNIT = "per 1,000 narrator words"
NEUTRAL_GREY = "#BBBBBB"
SVG_RC = {"svg.fonttype": "none", "svg.hashsalt": "framing", "font.size": 9}


def plot_scorecard(card, *, kind: str = "rates", ax=None, family: str = "loaded", category: str | None = None,
                   top: int = 20, outlet: str | None = None, actor: str | None = None, corpus: Any = None):
    """Draw one kind of scorecard figure on `ax` (a new figure when None) and return the Axes.

    kind: "rates" (per-group rate of `family`/`category` with 95% CIs), "heatmap" (groups x
    categories), "stance" (reporting-verb stance classes, stacked shares), "actors" (how each group
    names `actor`), "distinctive" (log-odds terms of `outlet`; needs the texts: keep_spans=True or `corpus`).
    """
    from ..errors import FramingError

    if kind not in KINDS:
        raise FramingError(f"unknown plot kind {kind!r}; choose one of: {', '.join(KINDS)}")
    if ax is None:
        ax = _new_axes(kind, card, top=top)
    draw = {"rates": _rates, "heatmap": _heatmap, "stance": _stance, "actors": _actors,
            "distinctive": _distinctive}[kind]
    draw(card, ax, family=family, category=category, top=top, outlet=outlet, actor=actor, corpus=corpus)
    return ax


def save_plot(card, path: str, *, kind: str = "rates", **options: Any) -> None:
    """Draw `kind` and save it as PNG or SVG (by the file's extension), atomically."""
    import io

    from ..errors import FramingError
    from ..outputs import atomic_write_bytes

    suffix = str(path).rsplit(".", 1)[-1].lower()
    if suffix not in ("png", "svg", "pdf"):
        raise FramingError(f"--output {path}: use a .png, .svg or .pdf file name")
    import matplotlib

    with matplotlib.rc_context(SVG_RC):
        fig = _figure(kind, card, top=options.get("top", 20))
        plot_scorecard(card, kind=kind, ax=fig.axes[0], **options)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format=suffix, dpi=150, metadata=_metadata(suffix))
    atomic_write_bytes(path, buffer.getvalue())


# ---- figures and SVG embedding ------------------------------------------------------------------
def _figure(kind: str, card, *, top: int):
    """A pyplot-free Figure (safe in servers and tests) with one Axes sized for the kind."""
    from matplotlib.figure import Figure

    n = min(len(card.groups), top)
    height = {"heatmap": 1.5 + 0.3 * n, "distinctive": 6}.get(kind, 1.2 + 0.32 * max(n, 2))
    fig = Figure(figsize=(8, min(max(height, 3), 14)))
    fig.add_subplot(1, 1, 1)
    return fig


def _new_axes(kind: str, card, *, top: int):
    """A new pyplot Axes (for notebooks)."""
    import matplotlib.pyplot as plt

    n = min(len(card.groups), top)
    height = {"heatmap": 1.5 + 0.3 * n, "distinctive": 6}.get(kind, 1.2 + 0.32 * max(n, 2))
    _fig, ax = plt.subplots(figsize=(8, min(max(height, 3), 14)))
    return ax


def _metadata(fmt: str) -> dict | None:
    """Metadata that keeps output bytes stable (no dates)."""
    if fmt == "svg":
        return {"Date": None, "Creator": "framing"}
    if fmt == "pdf":
        return {"CreationDate": None, "Creator": "framing"}
    return {"Software": "framing"}


def figure_svg(fig, *, prefix: str = "c") -> str:
    """An inline-ready SVG string of `fig`: no XML prolog, no comments, ids prefixed (stable bytes)."""
    import io

    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context(SVG_RC):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "framing"})
    svg = buffer.getvalue()
    svg = svg[svg.find("<svg"):]
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r'\bid="', f'id="{prefix}-', svg)
    svg = svg.replace("url(#", f"url(#{prefix}-").replace('xlink:href="#', f'xlink:href="#{prefix}-')
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    return svg


def report_charts(card, *, top: int = 20) -> list[dict]:
    """The report's inline charts: rates per family with CIs, and the category heat map."""
    import matplotlib
    from markupsafe import Markup

    charts = []
    families = [f for f in ("loaded", "hedging") if any(fam == f for fam, _c in card.categories)]
    specs = [("rates", {"family": f}, f"{f} per 1,000 narrator words per {card.by}, with 95% bootstrap CIs "
              f"(top {top} {card.by}s by articles; hatched bars: too few articles for a CI)") for f in families]
    if card.categories and len(card.groups) >= 1:
        specs.append(("heatmap", {}, f"Every category per 1,000 narrator words (top {top} {card.by}s by articles)"))
    with matplotlib.rc_context(SVG_RC):
        for i, (kind, options, caption) in enumerate(specs):
            fig = _figure(kind, card, top=top)
            try:
                plot_scorecard(card, kind=kind, ax=fig.axes[0], top=top, **options)
            except Exception:  # a chart that cannot be drawn is left out, the tables still say it all
                continue
            fig.tight_layout()
            charts.append({"kind": kind, "caption": caption, "svg": Markup(figure_svg(fig, prefix=f"chart{i}"))})
    return charts


# ---- data helpers -------------------------------------------------------------------------------
def _label(text: Any) -> str:
    """Text safe for matplotlib (no mathtext from '$')."""
    return str(text).replace("$", r"\$")


def _top_groups(card, top: int) -> list[str]:
    """The `top` groups with most articles (ties by name)."""
    sizes = card.sizes
    return sorted(sizes, key=lambda g: (-sizes[g], g))[:top]


def group_rates(card, *, family: str = "loaded", category: str | None = None, top: int = 20):
    """Per group: rate per 1,000 narrator words of a family/category, 95% CI (None when too few articles)."""
    import numpy as np
    import pandas as pd

    from ..spans import NARRATOR

    rows = []
    for name in _top_groups(card, top):
        g = card.groups[name]
        rate = g.count(family, category) / g.narrator_words * 1000 if g.narrator_words else 0.0
        lo, hi = card.interval(name, [(family, category)], voice=NARRATOR)
        low, high = (None, None) if np.isnan(lo[0]) else (float(lo[0]), float(hi[0]))
        rows.append({"group": name, "rate": rate, "ci_low": low, "ci_high": high, "articles": card.sizes[name]})
    return pd.DataFrame(rows, columns=["group", "rate", "ci_low", "ci_high", "articles"])


def stance_counts(card):
    """Attributions per group and reporting-verb stance class (from metrics, else from spans)."""
    import pandas as pd

    table: dict[str, Counter] = defaultdict(Counter)
    pattern = re.compile(r"^[^.]+\.stance[._]([A-Za-z_]+)$")
    for name, g in card.groups.items():
        for key, value in g.metrics.items():
            match = pattern.match(key)
            if match:
                table[name][match.group(1)] += value
    if not table:
        outlets = card.outlets if card.by == "outlet" else {}
        for s in card.spans:
            if s.family == "attribution" and s.category == "cue":
                table[outlets.get(s.doc_id, s.doc_id)][str((s.attrs or {}).get("stance") or "unclassified")] += 1
    frame = pd.DataFrame(table).T.fillna(0)
    return frame.reindex(sorted(frame.columns), axis=1) if len(frame.columns) else frame


def actor_names(card, *, actor: str | None = None):
    """(actor, frame group x name with counts) for the given or most-mentioned actor."""
    import pandas as pd

    totals: Counter = Counter()
    for g in card.groups.values():
        for (family, category, _voice, _term), n in g.terms.items():
            if family == "actors":
                totals[category] += n
    if actor is None:
        if not totals:
            return None, pd.DataFrame()
        actor = sorted(totals, key=lambda a: (-totals[a], a))[0]
    table: dict[str, Counter] = defaultdict(Counter)
    for name, g in card.groups.items():
        for (family, category, voice, term), n in g.terms.items():
            if family == "actors" and category == actor and voice == "narrator":
                table[name][term] += n
    return actor, pd.DataFrame(table).T.fillna(0)


# ---- the kinds ----------------------------------------------------------------------------------
def _rates(card, ax, *, family, category, top, **_):
    data = group_rates(card, family=family, category=category, top=top).sort_values(["rate", "group"])
    y = list(range(len(data)))
    has_ci = data["ci_low"].notna().to_numpy()
    colours = [PALETTE[0] if ok else "white" for ok in has_ci]
    ax.barh(y, data["rate"], color=colours, edgecolor=PALETTE[0], hatch=[None if ok else "//" for ok in has_ci])
    if has_ci.any():
        sub = data[has_ci]
        ys = [yy for yy, ok in zip(y, has_ci) if ok]
        err = [(sub["rate"] - sub["ci_low"]).clip(lower=0), (sub["ci_high"] - sub["rate"]).clip(lower=0)]
        ax.errorbar(sub["rate"], ys, xerr=err, fmt="none", ecolor="black", capsize=3, linewidth=1)
    ax.set_yticks(y)
    ax.set_yticklabels([_label(f"{g} (n={n})") for g, n in zip(data["group"], data["articles"])])
    what = f"{family}: {category.replace('_', ' ')}" if category else f"{family} (all categories)"
    ax.set_xlabel(f"{what}, {NARRATOR_UNIT}")
    ax.set_title(_label(f"{what} per {card.by}" + (" with 95% CIs" if has_ci.any() else "")))
    ax.grid(axis="x", color="0.9")
    ax.set_axisbelow(True)


def _heatmap(card, ax, *, top, **_):
    import numpy as np

    frame = card.to_frame()
    frame = frame[frame["voice"] == "narrator"]
    groups = _top_groups(card, top)
    cats = [c for c in card.categories if c[0] not in ("attribution",)] or card.categories
    if not cats or not groups:
        raise ValueError("nothing to draw: no categories")
    lookup = {(r[card.by], r["family"], r["category"]): r["per_1000_words"] for r in frame.to_dict(orient="records")}
    values = np.array([[lookup.get((g, f, c), 0.0) for f, c in cats] for g in groups], dtype=float)
    image = ax.imshow(values, aspect="auto", cmap="cividis")
    ax.set_xticks(range(len(cats)))
    ax.set_xticklabels([_label(f"{c.replace('_', ' ')}") for _f, c in cats], rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(groups)))
    ax.set_yticklabels([_label(g) for g in groups], fontsize=8)
    ax.figure.colorbar(image, ax=ax, label=NARRATOR_UNIT, shrink=0.8)
    if values.size <= 200:
        high = values.max() if values.size else 0
        for (i, j), v in np.ndenumerate(values):
            ax.text(j, i, f"{v:.2g}", ha="center", va="center", fontsize=6, color="black" if v > high * 0.6 else "white")
    ax.set_title(f"Categories per {card.by} ({NARRATOR_UNIT})")


def _stance(card, ax, **_):
    from ..errors import FramingError

    frame = stance_counts(card)
    if frame.empty:
        raise FramingError("no attributions with a stance class in this scorecard (the attribution scorer did not run)")
    shares = frame.div(frame.sum(axis=1).where(lambda s: s > 0, 1), axis=0)
    order = list(shares.columns)
    lead = "neutral" if "neutral" in order else order[0]
    order = [lead] + [c for c in order if c != lead]
    shares = shares.sort_values([lead], ascending=True)
    _stacked(ax, shares, order, first_colour=NEUTRAL_GREY if lead == "neutral" else None)
    ax.set_yticks(range(len(shares)))
    ax.set_yticklabels([_label(f"{g} (n={int(frame.loc[g].sum())})") for g in shares.index])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of attributions (reporting verbs) by stance class")
    ax.set_title(f"Reporting-verb stance per {card.by}")
    _legend_outside(ax)


def _stacked(ax, shares, order, *, first_colour: str | None = None) -> None:
    """Horizontal stacked bars of `shares` columns in `order`: colour-blind-safe colours, hatches past 7."""
    left = [0.0] * len(shares)
    colours = [c for c in PALETTE if c != "#000000"]
    for i, name in enumerate(order):
        colour = first_colour if (i == 0 and first_colour) else colours[(i - bool(first_colour)) % len(colours)]
        hatch = "//" if i - bool(first_colour) >= len(colours) else None
        ax.barh(range(len(shares)), shares[name], left=left, color=colour, hatch=hatch, edgecolor="white",
                linewidth=0.5, label=_label(name))
        left = [a + b for a, b in zip(left, shares[name])]


def _legend_outside(ax) -> None:
    """Legend to the right of the axes, so it never hides bars."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)


def _actors(card, ax, *, actor, top, **_):
    from ..errors import FramingError

    actor, frame = actor_names(card, actor=actor)
    if actor is None or frame.empty:
        raise FramingError("no actor mentions in this scorecard (the actors scorer did not run)")
    names = frame.sum().sort_values(ascending=False)
    keep = list(names.index[:7])
    if len(names) > 7:
        frame = frame.assign(other=frame[[c for c in frame.columns if c not in keep]].sum(axis=1))
        keep.append("other")
    frame = frame[keep]
    shares = frame.div(frame.sum(axis=1).where(lambda s: s > 0, 1), axis=0).sort_values(keep[0])
    _stacked(ax, shares, keep)
    ax.set_yticks(range(len(shares)))
    ax.set_yticklabels([_label(f"{g} (n={int(frame.loc[g].sum())})") for g in shares.index])
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of mentions of {actor.replace('_', ' ')} (narrator voice)")
    ax.set_title(_label(f"How each {card.by} names {actor.replace('_', ' ')}"))
    _legend_outside(ax)


def _distinctive(card, ax, *, outlet, top, corpus, **_):
    from ..distinctive import distinctive_terms, plot_distinctive
    from ..document import Document
    from ..errors import FramingError

    if corpus is None:
        if not card.texts:
            raise FramingError("the distinctive-terms plot needs the article texts: analyze with keep_spans=True "
                               "or pass corpus=")
        outlets = card.outlets
        corpus = [Document(id=i, text=t, outlet=outlets.get(i, "")) for i, t in card.texts.items()]
    frame = distinctive_terms(corpus, by="outlet")
    if frame.empty:
        raise FramingError("no distinctive terms: the corpus is too small (terms need min_count=5)")
    outlet = outlet or sorted(frame["outlet"].unique())[0]
    plot_distinctive(frame, outlet=outlet, top=min(top, 15), ax=ax)
