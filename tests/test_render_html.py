"""HTML report and annotated articles: content, spans and offsets, escaping of hostile input, stable bytes."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framing.document import Document
from framing.spans import Span

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "lexicons" / "mini.toml"


# ---- scorers used by the render tests (independent of the shipped lexicons' state) ----------------
class FakeAttribution:
    """Marks 'NAME said/claimed/alleged' as source + cue with a stance, per the attribution contract."""

    name = "test_attribution"
    STANCE = {"said": "neutral", "says": "neutral", "claimed": "distancing", "alleged": "distancing",
              "accused": "emotive", "slammed": "emotive"}
    PATTERN = re.compile(r"\b(Kerry|Lavrov|Moscow|officials|[A-Z][a-z]+)\s+(said|says|claimed|alleged|accused|slammed)\b")

    def find(self, doc):
        out = []
        for i, m in enumerate(self.PATTERN.finditer(doc.text)):
            aid = f"{doc.id}:{i}"
            out.append(Span(doc.id, m.start(1), m.end(1), m.group(1), scorer=self.name, family="attribution",
                            category="source", attrs={"attribution_id": aid}))
            out.append(Span(doc.id, m.start(2), m.end(2), m.group(2), scorer=self.name, family="attribution",
                            category="cue", speaker=m.group(1),
                            attrs={"attribution_id": aid, "verb": m.group(2), "stance": self.STANCE[m.group(2)]}))
        return out


class FakeActors:
    """Names of the armed opposition in Aleppo, per the actors contract (category = actor)."""

    name = "test_actors"
    PATTERN = re.compile(r"\b(militants|rebels|terrorists|opposition fighters|opposition)\b")

    def find(self, doc):
        return [Span(doc.id, m.start(), m.end(), m.group(), scorer=self.name, family="actors",
                     category="armed_opposition", voice=doc.voice_at(m.start(), m.end()), attrs={"tag": "opposition"})
                for m in self.PATTERN.finditer(doc.text)]


class Hostile:
    """A lexicon-like scorer whose explanation and alternative are hostile strings."""

    name = "hostile"

    def __init__(self, payload: str):
        self.payload = payload

    def find(self, doc):
        i = doc.text.find("alert")
        if i < 0:
            return []
        return [Span(doc.id, i, i + 5, "alert", scorer=self.name, family="loaded", category="evil<b>cat",
                     explanation=self.payload, alternative=self.payload, speaker=self.payload)]


def render_scorers():
    """The mini lexicon plus the fake attribution and actor scorers."""
    from framing.lexicon import Lexicon
    from framing.scorers.loaded import LexiconScorer

    return [LexiconScorer(Lexicon.load(MINI)), FakeAttribution(), FakeActors()]


def seeds_analysis():
    """The seeds analysed with the render scorers, spans kept."""
    from framing.engine import analyze

    return analyze(str(ROOT / "seeds"), scorers=render_scorers())


@pytest.fixture(scope="module")
def seeds():
    return seeds_analysis()


@pytest.fixture(scope="module")
def seeds_page(seeds):
    from framing.render.html import render_report

    card = seeds.scorecard
    articles = [(seeds.documents[r.doc_id], seeds.spans_of(r.doc_id)) for r in seeds.results]
    return render_report(card, articles=articles, charts=True)


class PageParser(HTMLParser):
    """Collects tags, attributes, text and open/close balance of a page."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "path", "rect", "use", "stop", "circle", "line", "polygon",
            "polyline", "ellipse"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack[-3:]})")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        (self.script_text if self._in_script else self.text).append(data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


# ---- content ----------------------------------------------------------------------------------------
def test_report_shows_every_group_and_number(seeds, seeds_page):
    from framing.render.tables import fmt

    card = seeds.scorecard
    text = " ".join(parse(seeds_page).text)
    for rec in card.overview().to_dict(orient="records"):
        assert rec["outlet"] in text
        assert fmt(rec["words"]) in text
        assert fmt(rec["loaded_per_1000"]) in text
    for rec in card.to_frame().to_dict(orient="records"):
        assert fmt(rec["per_1000_words"]) in text
    for warning in card.warnings():
        assert warning in text
    frame = card.to_frame()
    zeros = int((frame["count"] == 0).sum())
    assert zeros and f"{zeros:,} rows with a count of 0 are left out" in text


def test_measures_table_rows_match_nonzero_counts(seeds):
    from framing.render.html import category_view

    view = category_view(seeds.scorecard)
    assert len(view.rows) == int((seeds.scorecard.to_frame()["count"] > 0).sum())
    assert all(row[6].text != "0" for row in view.rows)


@pytest.mark.parametrize("needle", [
    "Press TV", "VOA", "Every measure with its confidence interval", "foreign-sponsored", "Legend",
    "quoted voice", "<svg", 'class="sortable"', "data-framing-js",
])
def test_report_contains(seeds_page, needle):
    assert needle in seeds_page


@pytest.mark.parametrize("pattern", [
    r"(?:href|src|action)\s*=\s*[\"']?(?:https?:|//)", r"url\(\s*[\"']?(?:https?:|//)", r"<link\b", r"@import",
    r"<iframe\b", r"\{\{", r"\{%", r"fonts\.googleapis", r"<script[^>]*\bsrc",
])
def test_report_is_self_contained(seeds_page, pattern):
    assert not re.search(pattern, seeds_page, flags=re.I)


@pytest.mark.parametrize("page, external", [
    ('<img src="https://x/y.png">', True), ("<div style=\"background:url('//cdn/x')\">", True),
    ('<link rel="stylesheet" href="a.css">', True), ('<svg xmlns="http://www.w3.org/2000/svg"></svg>', False),
])
def test_self_contained_patterns_are_meaningful(page, external):
    patterns = [r"(?:href|src|action)\s*=\s*[\"']?(?:https?:|//)", r"url\(\s*[\"']?(?:https?:|//)", r"<link\b"]
    assert any(re.search(p, page, flags=re.I) for p in patterns) == external


def test_report_structure_parses_and_has_only_our_script(seeds_page):
    parsed = parse(seeds_page)
    assert parsed.errors == []
    assert parsed.stack == []
    assert [t for t, _a in parsed.tags].count("script") == 1
    assert [t for t, _a in parsed.tags].count("style") >= 1


def test_marks_carry_tooltip_and_focus(seeds, seeds_page):
    marks = [a for t, a in parse(seeds_page).tags if t == "mark" and "tabindex" in a]
    assert marks, "no highlighted spans"
    assert all(a["tabindex"] == "0" and a["data-tip"] and a["aria-label"] for a in marks)
    tips = " ".join(a["data-tip"] for a in marks)
    assert "neutral alternative: armed group" in tips          # from the mini lexicon
    assert "stance: distancing" in tips                        # from the attribution spans
    assert {a["data-family"] for a in marks} >= {"loaded", "attribution", "actors"}


def test_article_view_keeps_offsets(seeds):
    """Concatenated pieces give back each paragraph; a mark's first piece starts at its span."""
    from framing.render.html import article_view, family_classes

    for doc_id, doc in seeds.documents.items():
        spans = seeds.spans_of(doc_id)
        view = article_view(doc, spans, family_classes(s.family for s in spans))
        paragraphs = doc.segments.paragraphs
        assert len(view.paragraphs) == len(paragraphs)
        for (start, end), pieces in zip(paragraphs, view.paragraphs):
            assert "".join(p.text for p in pieces) == doc.text[start:end]
        quoted = "".join(p.text for para in view.paragraphs for p in para if p.quoted)
        narrator = "".join(p.text for para in view.paragraphs for p in para if not p.quoted)
        assert quoted and narrator
        if doc.outlet == "Press TV":
            assert "foreign-sponsored" in narrator       # Press TV's own words
        starts = {(s.start, s.family, s.category) for s in spans}
        for (start, _end), pieces in zip(paragraphs, view.paragraphs):
            pos = start
            for p in pieces:
                if p.mark and p.mark["first"]:
                    assert (pos, p.mark["family"], p.mark["category"]) in starts
                pos += len(p.text)


@pytest.mark.parametrize("word, voice", [
    ("terrorists", "narrator"),     # Press TV: "after the terrorists repeatedly violated"
    ("war crimes", "quoted"),       # Kerry: investigated for “war crimes”
])
def test_voice_distinct_in_markup(seeds, word, voice):
    from framing.render.html import article_view, family_classes

    doc = next(d for d in seeds.documents.values() if d.outlet == "Press TV")
    view = article_view(doc, [], family_classes([]))
    pieces = [p for para in view.paragraphs for p in para if word in p.text]
    assert pieces
    assert any(p.quoted == (voice == "quoted") for p in pieces)


@pytest.mark.parametrize("spans, expected", [
    # a loaded term inside a longer actor mention keeps its mark; the actor mention yields
    ([("actors", 0, 27), ("loaded", 0, 17)], [("loaded", 0, 17)]),
    # longest of one family wins; a later non-overlapping span of another family is kept
    ([("loaded", 0, 17), ("loaded", 18, 27), ("loaded", 0, 27), ("attribution", 30, 34)],
     [("loaded", 0, 27), ("attribution", 30, 34)]),
    # touching spans both stay
    ([("hedging", 0, 5), ("loaded", 5, 9)], [("hedging", 0, 5), ("loaded", 5, 9)]),
])
def test_outer_marks_priorities(spans, expected):
    from framing.render.html import _outer_marks

    text = "foreign-sponsored militants, who said so"
    made = [Span("d", a, b, text[a:b], scorer="t", family=f, category="c") for f, a, b in spans]
    assert [(s.family, s.start, s.end) for s in _outer_marks(made)] == expected


def test_annotated_document_fragment(seeds):
    from framing.render.html import annotated_document_html

    doc = next(iter(seeds.documents.values()))
    fragment = annotated_document_html(doc, seeds.spans_of(doc.id))
    parsed = parse(fragment)
    assert parsed.errors == [] and parsed.stack == []
    assert "script" not in [t for t, _a in parsed.tags]
    assert doc.title in " ".join(parsed.text)
    assert fragment.startswith('<div class="framing">')


# ---- stability ----------------------------------------------------------------------------------------
def test_report_bytes_are_stable(seeds, seeds_page):
    from framing.render.html import render_report

    again = seeds_analysis()
    articles = [(again.documents[r.doc_id], again.spans_of(r.doc_id)) for r in again.results]
    assert render_report(again.scorecard, articles=articles, charts=True) == seeds_page


# ---- limits for large corpora ----------------------------------------------------------------------------
def _docs(n: int):
    return [Document(id=f"d{i:03d}", text=f"Story {i}. The militants and the regime clashed.\n\nOfficials said it ended.",
                     outlet=f"Outlet {i % 3}", title=f"Title {i}") for i in range(n)]


@pytest.mark.parametrize("limit, ids, expected", [
    (3, (), ["d000", "d001", "d002"]),
    (0, (), []),
    (20, ("d010", "d002"), ["d010", "d002"]),
])
def test_build_report_embeds_only_chosen_articles(limit, ids, expected):
    from framing.render.html import build_report

    page = build_report(_docs(12), scorers=render_scorers(), articles=limit, article_ids=ids, charts=False)
    shown = [a["data-doc-id"] for t, a in parse(page).tags if t == "article"]
    assert shown == expected
    assert "12 article(s)" in page


def test_build_report_unknown_id_is_a_user_error():
    from framing.errors import FramingError
    from framing.render.html import build_report

    with pytest.raises(FramingError, match="'nope'"):
        build_report(_docs(4), scorers=render_scorers(), article_ids=["nope"], charts=False)


# ---- escaping ----------------------------------------------------------------------------------------------
HOSTILE = [
    "<script>alert(1)</script>",
    '" onmouseover="alert(2)" x="',
    "' onfocus='alert(3)' '",
    "<a href=\"javascript:alert(4)\">click</a>",
    "</style><script>alert(5)</script>",
    "{{ 7*7 }} {% raw %}",
    "<img src=x onerror=alert(6)>",
    "</textarea></title></svg><svg onload=alert(7)>",
    "$x^2$ <!-- comment --> ]]>",
]


def _hostile_docs(payload: str):
    text = f"Intro {payload} then alert the militants.\n\n“{payload} said the regime,” Kerry alleged."
    return [Document(id=f"h{i}", text=text, outlet=f"{payload} Outlet {i % 2}", title=f"{payload} title {i}",
                     date="2020-01-01") for i in range(6)]


def _assert_harmless(page: str, payload: str, *, scripts: int):
    parsed = parse(page)
    assert parsed.errors == [] and parsed.stack == []
    assert [t for t, _a in parsed.tags].count("script") == scripts
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not any((v or "").strip().lower().startswith("javascript:") for n, v in attrs.items()
                       if n in ("href", "src", "action", "xlink:href")), (tag, attrs)
        assert tag not in ("img", "iframe", "textarea", "object", "embed"), (tag, attrs)
        assert tag != "a" or (attrs.get("href") or "").startswith("#"), (tag, attrs)
    assert payload in "".join(parsed.text)   # shown as text, intact
    assert "49" not in "".join(parsed.text) or "{{ 7*7 }}" not in payload


@pytest.mark.parametrize("payload", HOSTILE)
def test_report_escapes_hostile_input(payload):
    from framing.render.html import build_report

    charts = "script" in payload or "svg" in payload or "$" in payload     # SVG text escaping; others skip charts for speed
    page = build_report(_hostile_docs(payload), scorers=[*render_scorers(), Hostile(payload)], charts=charts,
                        title=payload)
    assert ("<svg" in page) == charts
    _assert_harmless(page, payload, scripts=1)
    assert page.count("</style") == [t for t, _a in parse(page).tags].count("style")


@pytest.mark.parametrize("payload", HOSTILE)
def test_comparison_escapes_hostile_input(payload):
    from framing.compare import Comparison

    comparison = Comparison(_hostile_docs(payload)[:2], [], title=payload)
    _assert_harmless(comparison.to_html(), payload, scripts=1)
    _assert_harmless(comparison._repr_html_(), payload, scripts=0)


@pytest.mark.parametrize("payload", HOSTILE)
def test_fragment_escapes_hostile_spans(payload):
    from framing.render.html import annotated_document_html

    doc = _hostile_docs(payload)[0]
    spans = Hostile(payload).find(doc)
    assert spans
    _assert_harmless(annotated_document_html(doc, spans), payload, scripts=0)


def test_escaping_counterexample_detects_raw_injection():
    """The checker itself must catch an unescaped payload (guards against a vacuous test)."""
    with pytest.raises(AssertionError):
        _assert_harmless("<div><script>alert(1)</script></div>", "<script>alert(1)</script>", scripts=0)


@pytest.mark.parametrize("n_rows, n_cols, max_rows, max_columns, rows, cols, note", [
    (10, 3, 500, 40, 10, 3, ""),
    (10, 3, 4, 40, 4, 3, "Showing the first 4 of 10 rows"),
    (2, 50, 500, 40, 2, 40, "Showing the first 40 of 50 columns"),
    (9, 50, 5, 40, 5, 40, "first 40 of 50 columns and first 5 of 9 rows"),
])
def test_frame_view_caps_big_tables(n_rows, n_cols, max_rows, max_columns, rows, cols, note):
    import pandas as pd

    from framing.render.html import frame_view

    frame = pd.DataFrame([[r * c for c in range(n_cols)] for r in range(n_rows)], columns=[f"c{c}" for c in range(n_cols)])
    view = frame_view("t", frame, max_rows=max_rows, max_columns=max_columns)
    assert (len(view.rows), len(view.columns)) == (rows, cols)
    assert (note in view.note) if note else view.note == ""


def test_measures_table_keeps_largest_groups_when_capped():
    from framing.engine import analyze
    from framing.render.html import category_view

    docs = _docs(12)[:7] + [Document(id=f"big{i}", text="The militants and the regime.", outlet="Big") for i in range(5)]
    card = analyze(docs, scorers=render_scorers()).scorecard
    view = category_view(card, max_rows=2)
    assert [row[0].text for row in view.rows] == ["Big", "Big"]
    assert "with most articles" in view.note
