"""Scorecard figures: every kind draws with units and sorted bars; SVG embedding is clean and stable."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from framing.document import Document  # noqa: E402
from test_render_html import render_scorers  # noqa: E402

TEMPLATES = {
    "Alpha": "The militants attacked. Kerry alleged the regime lied. Kerry said more. Officials said so.",
    "Beta": "The fighters moved. Lavrov said it. The rebels and militants left. Officials claimed it.",
    "Gamma $x$": "Talks went on. Moscow said calm. The rebels said it was quiet. Terrorists fled the regime.",
}


def _corpus(per_outlet: int = 6):
    docs = []
    for outlet, text in TEMPLATES.items():
        for i in range(per_outlet):
            filler = " Another plain sentence here." * (i + 1)
            docs.append(Document(id=f"{outlet[:1]}{i}", text=text + filler, outlet=outlet, title=f"{outlet} {i}"))
    return docs


@pytest.fixture(scope="module")
def card():
    from framing.engine import analyze

    return analyze(_corpus(), scorers=render_scorers()).scorecard


@pytest.fixture(scope="module")
def small_card():
    from framing.engine import analyze

    return analyze(_corpus(2), scorers=render_scorers()).scorecard


def _ax():
    from matplotlib.figure import Figure

    return Figure().add_subplot()


@pytest.mark.parametrize("kind, options, xlabel_part, title_part", [
    ("rates", {"family": "loaded"}, "per 1,000 narrator words", "95% CIs"),
    ("rates", {"family": "loaded", "category": "delegitimizing_label"}, "delegitimizing label", "per outlet"),
    ("heatmap", {}, "", "per 1,000 narrator words"),
    ("stance", {}, "share of attributions", "stance"),
    ("actors", {}, "share of mentions of armed opposition", "names armed opposition"),
])
def test_every_kind_draws_with_units(card, kind, options, xlabel_part, title_part):
    from framing.render.plot import plot_scorecard

    ax = plot_scorecard(card, kind=kind, ax=_ax(), **options)
    assert xlabel_part in ax.get_xlabel()
    assert title_part in ax.get_title()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("Gamma" in label for label in labels)


def test_rates_sorted_with_ci_matching_scorecard(card):
    from framing.render.plot import group_rates, plot_scorecard

    data = group_rates(card, family="loaded")
    assert data["ci_low"].notna().all()
    assert ((data["ci_low"] <= data["rate"] + 1e-9) & (data["rate"] <= data["ci_high"] + 1e-9)).all()
    for rec in data.to_dict(orient="records"):
        g = card.groups[rec["group"]]
        assert rec["rate"] == pytest.approx(g.count("loaded") / g.narrator_words * 1000)
    ax = plot_scorecard(card, kind="rates", ax=_ax())
    widths = [bar.get_width() for bar in ax.patches]
    assert widths == sorted(widths)


def test_small_samples_get_no_ci(small_card):
    from framing.render.plot import group_rates

    assert group_rates(small_card).ci_low.isna().all()


@pytest.mark.parametrize("kind, message", [
    ("stance", "attribution scorer"),
    ("actors", "actors scorer"),
    ("pie", "unknown plot kind"),
])
def test_missing_data_is_a_user_error(kind, message):
    from framing.engine import analyze
    from framing.errors import FramingError
    from framing.render.plot import plot_scorecard

    lexicon_only = render_scorers()[:1]
    card = analyze(_corpus(2), scorers=lexicon_only, keep_spans=False).scorecard
    with pytest.raises(FramingError, match=message):
        plot_scorecard(card, kind=kind, ax=_ax())


def test_stance_shares_from_spans(card):
    from framing.render.plot import stance_counts

    frame = stance_counts(card)
    assert frame.loc["Alpha", "distancing"] == 6      # "Kerry alleged" once per Alpha article
    assert frame.loc["Beta", "distancing"] == 6       # "Officials claimed"
    assert frame.loc["Gamma $x$", "distancing"] == 0


def test_figure_svg_is_inline_ready_and_stable(card):
    from matplotlib.figure import Figure

    from framing.render.plot import figure_svg, plot_scorecard

    def draw():
        fig = Figure(figsize=(6, 3))
        plot_scorecard(card, kind="rates", ax=fig.add_subplot())
        return figure_svg(fig, prefix="t1")

    svg = draw()
    assert svg.startswith("<svg")
    assert "<!--" not in svg and "<?xml" not in svg and "<!DOCTYPE" not in svg
    assert 'id="t1-' in svg and 'id="p' not in svg.replace('id="t1-', "")
    assert "Gamma $x$" in svg              # text kept as (escaped) text, mathtext not triggered
    assert draw() == svg


@pytest.mark.parametrize("name", ["rates.png", "heat.svg"])
def test_save_plot_writes_file(card, tmp_path, name):
    from framing.render.plot import save_plot

    path = tmp_path / name
    save_plot(card, str(path), kind="heatmap" if name.startswith("heat") else "rates")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" if name.endswith(".png") else b"<svg" in data[:400]


def test_save_plot_refuses_unknown_extension(card, tmp_path):
    from framing.errors import FramingError
    from framing.render.plot import save_plot

    with pytest.raises(FramingError, match=".png, .svg"):
        save_plot(card, str(tmp_path / "x.gif"))


def test_distinctive_reuses_distinctive_module(tmp_path):
    from framing.engine import analyze
    from framing.render.plot import plot_scorecard

    docs = _corpus(8)
    card = analyze(docs, scorers=render_scorers()).scorecard
    ax = plot_scorecard(card, kind="distinctive", ax=_ax(), outlet="Alpha")
    assert "Distinctive terms: Alpha" in ax.get_title()


def test_cli_plot(tmp_path, monkeypatch):
    import json

    from framing.cli import main, report_cmd

    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": d.id, "outlet": d.outlet, "title": d.title, "text": d.text}) + "\n"
                            for d in _corpus()), encoding="utf-8")
    monkeypatch.setattr(report_cmd, "_scorers", lambda lexicons: render_scorers())
    out = tmp_path / "rates.svg"
    result = CliRunner().invoke(main, ["plot", str(path), "--kind", "stance", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "share of attributions" in out.read_text(encoding="utf-8")


def test_stacked_bars_never_share_a_style():
    """Nine stance classes: each legend entry has its own colour or hatch (no colour reused silently)."""
    import pandas as pd

    from framing.render.plot import NEUTRAL_GREY, _stacked

    names = ["neutral", *[f"class{i}" for i in range(8)]]
    shares = pd.DataFrame([[1 / 9] * 9], columns=names, index=["A"])
    ax = _ax()
    _stacked(ax, shares, names, first_colour=NEUTRAL_GREY)
    styles = [(tuple(p.get_facecolor()), p.get_hatch()) for p in ax.patches]
    assert len(set(styles)) == 9
    assert ax.patches[0].get_facecolor()[:3] == pytest.approx((0xBB / 255,) * 3)
