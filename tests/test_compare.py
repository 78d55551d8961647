"""The Comparison object and `framing compare`: actors, quotes with stance, loaded terms, side by side."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.document import Document
from test_render_html import parse, render_scorers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PRESS_TV, VOA = "000_89466effa35fe06b.txt", "003_e60f7068ae8a88b7.txt"


@pytest.fixture(scope="module")
def seeds_cmp():
    from framing.compare import Comparison

    return Comparison.from_corpus(str(SEEDS), scorers=render_scorers())


def _row(frame, label):
    rows = frame[frame.iloc[:, 0] == label]
    assert len(rows) == 1, f"no row {label!r} in {list(frame.iloc[:, 0])}"
    return rows.iloc[0]


def test_headers_and_order(seeds_cmp):
    assert seeds_cmp.headers == ["Press TV", "VOA"]
    assert [d.id for d in seeds_cmp.documents] == [PRESS_TV, VOA]
    assert seeds_cmp.title == "Comparison: Press TV vs VOA"


@pytest.mark.parametrize("column, present, absent", [
    ("Press TV", "militants (4)", "opposition"),     # Press TV: "foreign-sponsored militants"
    ("VOA", "opposition", "militants"),              # VOA: "the opposition"
])
def test_actor_naming(seeds_cmp, column, present, absent):
    row = _row(seeds_cmp.actors(), "armed opposition")
    assert present in row[column]
    assert absent not in row[column]


@pytest.mark.parametrize("column, expected, not_expected", [
    ("Press TV", "Kerry — alleged (distancing)", "Kerry — said (neutral)"),
    ("VOA", "Kerry — said (neutral)", "alleged"),
])
def test_quotes_with_verb_and_stance(seeds_cmp, column, expected, not_expected):
    cells = list(seeds_cmp.quotes()[column])
    assert expected in cells
    assert not any(not_expected in c for c in cells)


def test_stance_table(seeds_cmp):
    frame = seeds_cmp.stances()
    assert _row(frame, "distancing")["Press TV"] == "alleged"
    assert _row(frame, "distancing")["VOA"] == ""
    assert "said" in _row(frame, "neutral")["VOA"]


@pytest.mark.parametrize("category, column, term, alternative", [
    ("loaded: provenance label", "Press TV", "foreign-sponsored", None),
    ("loaded: delegitimizing label", "Press TV", "militants", "armed group"),
    ("loaded: territorial", "VOA", "rebel-held", None),
])
def test_loaded_terms_side_by_side(seeds_cmp, category, column, term, alternative):
    frame = seeds_cmp.loaded_terms()
    row = _row(frame, category)
    assert term in row[column]
    if alternative:
        assert f"→ {alternative}" in row[column]
    other = "VOA" if column == "Press TV" else "Press TV"
    assert term not in row[other]


def test_at_a_glance_numbers(seeds_cmp):
    frame = seeds_cmp.at_a_glance()
    words = _row(frame, "words")
    for doc in seeds_cmp.documents:
        assert words[seeds_cmp.headers[seeds_cmp.documents.index(doc)]] == doc.n_words


def test_repr_html_is_a_fragment_without_script(seeds_cmp):
    fragment = seeds_cmp._repr_html_()
    parsed = parse(fragment)
    assert parsed.errors == [] and parsed.stack == []
    assert "script" not in [t for t, _ in parsed.tags]
    assert [a.get("data-doc-id") for t, a in parsed.tags if t == "article"] == [PRESS_TV, VOA]
    assert "Who is quoted, with which verb" in fragment


def test_page_is_stable(seeds_cmp):
    from framing.compare import Comparison

    again = Comparison.from_corpus(str(SEEDS), scorers=render_scorers())
    assert again.to_html() == seeds_cmp.to_html()


def _docs(n):
    return [Document(id=f"a{i}", text=f"Article {i}. Kerry said the militants left.", outlet=f"O{i}") for i in range(n)]


@pytest.mark.parametrize("n, ids, error", [
    (1, (), "at least 2"),
    (8, (), "at most 6"),
    (3, ("a1", "zz"), "'zz'"),
    (3, ("a2",), "at least 2"),
])
def test_user_errors(n, ids, error):
    from framing.compare import Comparison
    from framing.errors import FramingError

    with pytest.raises(FramingError, match=error):
        Comparison.from_corpus(_docs(n), ids=ids, scorers=render_scorers())


def test_ids_pick_and_order():
    from framing.compare import Comparison

    cmp = Comparison.from_corpus(_docs(8), ids=["a5", "a1"], scorers=render_scorers())
    assert [d.id for d in cmp.documents] == ["a5", "a1"]
    assert cmp.headers == ["O5", "O1"]


def test_repeated_outlets_get_ids_in_headers():
    from framing.compare import Comparison

    docs = [Document(id=f"x{i}", text="Kerry said so.", outlet="Same") for i in range(2)]
    assert Comparison(docs, []).headers == ["Same (x0)", "Same (x1)"]


# ---- CLI ----------------------------------------------------------------------------------------
@pytest.fixture
def cli(monkeypatch):
    from framing.cli import main
    from framing.cli import report_cmd

    monkeypatch.setattr(report_cmd, "_scorers", lambda lexicons: render_scorers())
    return lambda *args: CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_cli_compare_seeds_html(cli, tmp_path):
    out = tmp_path / "compare.html"
    result = cli("compare", SEEDS, "--output", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Kerry — alleged (distancing)" in page
    assert [a.get("data-doc-id") for t, a in parse(page).tags if t == "article"] == [PRESS_TV, VOA]


def test_cli_compare_two_files_by_article(cli, tmp_path):
    result = cli("compare", SEEDS, "--article", VOA, "--article", PRESS_TV, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert "| # | VOA | Press TV |" in result.output


def test_cli_compare_unknown_article_is_one_line_error(cli):
    result = cli("compare", SEEDS, "--article", "nope", "--article", VOA)
    assert result.exit_code == 1
    assert "'nope'" in result.output
    assert "Traceback" not in result.output
