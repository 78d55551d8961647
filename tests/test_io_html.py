"""HTML pages as input: readable text blocks, page metadata, charsets, manifest overrides."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing.document import Document
from framing.io import Skipped, read_corpus

PAGE = """<!doctype html><html><head>
<meta charset="utf-8"><title>Kerry on Aleppo | VOA</title>
<meta property="og:site_name" content="VOA"><meta property="og:title" content="Kerry on Aleppo">
<meta property="article:published_time" content="2016-10-07T10:00:00Z">
<script>var teaser = "<p>Breaking News</p>";</script><style>p { color: red }</style>
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav><header><p>Accessibility links</p></header>
<article><h1>Kerry on Aleppo</h1>
<p>Kerry said the attacks &ldquo;beg for an investigation.&rdquo;
<p>Moscow <b>rejected</b> the<br>accusation.</p>
<blockquote>These are acts that beg for an investigation.</blockquote>
</article>
<aside><p>Related: five things to know</p></aside><footer><p>Copyright VOA</p></footer>
</body></html>"""


def _page(tmp_path: Path, html: str | bytes, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_bytes(html if isinstance(html, bytes) else html.encode("utf-8"))
    return path


def test_html_page_becomes_one_document_with_page_metadata(tmp_path):
    (doc,) = list(read_corpus(_page(tmp_path, PAGE), clean=False))
    assert isinstance(doc, Document)
    assert (doc.id, doc.outlet, doc.title, doc.date) == ("page.html", "VOA", "Kerry on Aleppo", "2016-10-07T10:00:00Z")
    assert doc.text.split("\n\n") == [
        "Kerry on Aleppo",
        "Kerry said the attacks \u201cbeg for an investigation.\u201d",
        "Moscow rejected the accusation.",
        "These are acts that beg for an investigation.",
    ]


@pytest.mark.parametrize("dropped", [
    "Breaking News", "color: red", "Home", "Accessibility links", "Related: five things", "Copyright VOA",
])
def test_html_boilerplate_elements_are_dropped(tmp_path, dropped):
    (doc,) = list(read_corpus(_page(tmp_path, PAGE), clean=False))
    assert dropped not in doc.text


def test_page_without_article_element_keeps_all_blocks_and_bare_text(tmp_path):
    html = "<html><body><div>Lead sentence in a div.</div><p>Body paragraph.</p><footer>x</footer></body></html>"
    (doc,) = list(read_corpus(_page(tmp_path, html), clean=False))
    assert doc.text == "Lead sentence in a div.\n\nBody paragraph."
    assert (doc.outlet, doc.title) == ("", "")


@pytest.mark.parametrize("html, expected", [
    (b'<meta charset="windows-1252"><p>caf\xe9 \x97 \x91quoted\x92</p>', "caf\u00e9 \u2014 \u2018quoted\u2019"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na\xefve \x93x\x94</p>',
     "na\u00efve \u201cx\u201d"),                       # browsers read latin-1 as cp1252
    (b'<meta charset="utf-8"><p>caf\xc3\xa9</p>', "caf\u00e9"),
    (b'<meta charset="no-such-codec"><p>caf\xc3\xa9</p>', "caf\u00e9"),   # unknown charset: detection
])
def test_html_charsets(tmp_path, html, expected):
    (doc,) = list(read_corpus(_page(tmp_path, html), clean=False))
    assert doc.text == expected


def test_manifest_values_override_page_metadata(tmp_path):
    _page(tmp_path, PAGE, "a.html")
    (tmp_path / "manifest.csv").write_text("file,outlet,title,date\na.html,Voice of America,,2016-10-08\n",
                                           encoding="utf-8")
    (doc,) = list(read_corpus(tmp_path, clean=False))
    assert (doc.outlet, doc.title, doc.date) == ("Voice of America", "Kerry on Aleppo", "2016-10-08")


def test_html_with_only_scripts_is_an_empty_document(tmp_path):
    (item,) = list(read_corpus(_page(tmp_path, "<script>x()</script><nav><p>Menu</p></nav>"), clean=False))
    assert isinstance(item, Skipped) and item.reason.startswith("empty document")
