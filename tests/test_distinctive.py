"""Distinctive terms: a corpus with a known answer, a brute-force check of Monroe et al.'s formula, the CLI."""
from __future__ import annotations

import json
import math
from collections import Counter

import pytest

from framing.distinctive import (distinctive_terms, group_counts, log_odds, ngram_counts, normalize_token,
                                 plot_distinctive, stopwords, top_terms)
from framing.document import Document
from framing.errors import FramingError

SHARED = "The council met on Monday and the council voted."


def _corpus():
    """Outlet A always says "brave rebels", outlet B "foreign militants"; everything else is shared."""
    docs = []
    for i in range(6):
        docs.append(Document(id=f"a{i}", outlet="A", text=f"{SHARED} The brave rebels held the town. Brave rebels won."))
        docs.append(Document(id=f"b{i}", outlet="B", text=f"{SHARED} The foreign militants held the town. Foreign militants won."))
        docs.append(Document(id=f"c{i}", outlet="C", text=f"{SHARED} Fighters held the town. Fighters won."))
    return docs


@pytest.fixture(scope="module")
def frame():
    return distinctive_terms(_corpus(), min_count=3)


@pytest.mark.parametrize("outlet, expected_top", [
    ("A", {"brave", "rebels", "brave rebels"}),
    ("B", {"foreign", "militants", "foreign militants"}),
    ("C", {"fighters"}),
])
def test_known_answer_tops_each_outlet(frame, outlet, expected_top):
    rows = frame[frame.outlet == outlet]
    top = set(rows.nlargest(len(expected_top), "z")["term"])
    assert top == expected_top
    shared = rows[rows.term.isin(["council", "town", "held"])]
    assert (shared["z"] < rows[rows.term.isin(expected_top)]["z"].min()).all()
    assert (rows[rows.term.isin(expected_top)]["z"] > 1.96).all()


def test_terms_of_other_outlets_are_under_represented(frame):
    rows = frame[frame.outlet == "A"].set_index("term")
    assert rows.loc["militants", "z"] < 0 and rows.loc["militants", "count"] == 0


def test_columns_and_order(frame):
    assert list(frame.columns[:6]) == ["outlet", "term", "count", "freq", "ref_count", "delta"]
    assert "z" in frame.columns
    for _, rows in frame.groupby("outlet"):
        assert list(rows["z"]) == sorted(rows["z"], reverse=True)


@pytest.mark.parametrize("prior", [0.5, "corpus"])
def test_brute_force_formula(prior):
    counts = {"X": Counter({"alpha": 4, "beta": 1, "gamma": 2}),
              "Y": Counter({"alpha": 1, "beta": 5, "gamma": 2}),
              "Z": Counter({"alpha": 2, "beta": 2, "gamma": 3})}
    frame = distinctive_terms(None, counts=counts, min_count=1, prior=prior)
    pooled = {t: sum(c[t] for c in counts.values()) for t in ("alpha", "beta", "gamma")}
    alpha = {t: (0.5 if prior == 0.5 else pooled[t]) for t in pooled}
    a0 = sum(alpha.values())
    for outlet in counts:
        n_i = sum(counts[outlet].values())
        rest = {t: sum(counts[g][t] for g in counts if g != outlet) for t in pooled}
        n_j = sum(rest.values())
        for term in pooled:
            y_i, y_j, a = counts[outlet][term], rest[term], alpha[term]
            delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
            variance = 1 / (y_i + a) + 1 / (y_j + a)
            row = frame[(frame.outlet == outlet) & (frame.term == term)].iloc[0]
            assert row["delta"] == pytest.approx(delta)
            assert row["z"] == pytest.approx(delta / math.sqrt(variance))
            assert row["count"] == y_i and row["ref_count"] == y_j
            assert row["freq"] == pytest.approx(y_i / n_i)
            assert log_odds(y_i, n_i, y_j, n_j, a, a0) == pytest.approx((delta, variance))


def test_reference_group_is_compared_against_and_left_out():
    counts = {"X": Counter({"a": 5, "b": 1}), "Y": Counter({"a": 1, "b": 5}), "R": Counter({"a": 3, "b": 3})}
    frame = distinctive_terms(None, counts=counts, reference="R", min_count=1, prior=1.0)
    assert set(frame.outlet) == {"X", "Y"}
    row = frame[(frame.outlet == "X") & (frame.term == "a")].iloc[0]
    assert row["ref_count"] == 3
    expected = math.log(6 / 2) - math.log(4 / 4)
    assert row["delta"] == pytest.approx(expected)
    with pytest.raises(FramingError, match="'Nope'.*groups: 'R', 'X', 'Y'"):
        distinctive_terms(None, counts=counts, reference="Nope")


def test_min_count_filters_on_the_whole_corpus():
    counts = {"X": Counter({"common": 5, "rare": 2}), "Y": Counter({"common": 5, "rare": 1})}
    only_common = distinctive_terms(None, counts=counts, min_count=4)
    assert set(only_common.term) == {"common"}
    assert only_common["z"].notna().all()  # group totals still include the filtered terms
    assert set(distinctive_terms(None, counts=counts, min_count=3).term) == {"common", "rare"}


@pytest.mark.parametrize("text, ngram_range, expected, absent", [
    ("The brave rebels won. Rebels lost.", (1, 2), {"brave": 1, "rebels": 2, "brave rebels": 1, "won": 1},
     {"the", "the brave", "won rebels"}),  # stopwords dropped, no bigram across sentences
    ("The US told us about it.", (1, 1), {"US": 1, "told": 1}, {"us", "US told"}),
    ("Foreign-sponsored militants attacked.", (2, 2), {"foreign-sponsored militants": 1, "militants attacked": 1},
     {"militants"}),
    ("In 2016 about 275,000 people stayed.", (1, 1), {"people": 1}, {"2016", "275,000"}),
])
def test_ngram_counts(text, ngram_range, expected, absent):
    counts = ngram_counts(Document(id="d", text=text), ngram_range=ngram_range)
    for term, n in expected.items():
        assert counts[term] == n, (term, counts)
    assert not absent & set(counts)


@pytest.mark.parametrize("token, expected", [("US", "US"), ("Rebels", "rebels"), ("U.N.", "U.N."),
                                             ("Kerry’s", "kerry's"), ("NATO", "NATO"), ("A", "a")])
def test_normalize_token(token, expected):
    assert normalize_token(token) == expected


def test_stopwords_come_from_the_data_file():
    words = stopwords()
    assert {"the", "and", "of", "us"} <= words
    assert not {"said", "rebels", "regime"} & words


def test_group_by_article():
    groups = group_counts(_corpus()[:3], by="article")
    assert set(groups) == {"a0", "b0", "c0"}


def test_top_terms_and_plot(frame, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    best = top_terms(frame, top=2)
    assert best.groupby("outlet").size().to_dict() == {"A": 2, "B": 2, "C": 2}
    ax = plot_distinctive(frame, outlet="A", top=3)
    labels = {name for t in ax.texts for name in t.get_text().split(", ")}
    assert {"brave", "rebels"} <= labels
    ax.figure.savefig(tmp_path / "plot.png")
    assert (tmp_path / "plot.png").stat().st_size > 1000
    with pytest.raises(FramingError, match="outlets: A, B, C"):
        plot_distinctive(frame, outlet="Z")


def test_seeds_press_tv_vs_voa(seeds_dir):
    frame = distinctive_terms(str(seeds_dir), min_count=2)
    press = frame[frame.outlet == "Press TV"].set_index("term")
    assert press.loc["militants", "z"] > 0 > frame[(frame.outlet == "VOA") & (frame.term == "militants")]["z"].iloc[0]


def test_cli_distinctive(seeds_dir, tmp_path):
    from click.testing import CliRunner

    from framing.cli import main

    plot = tmp_path / "terms.svg"
    result = CliRunner().invoke(main, ["terms", "distinctive", str(seeds_dir), "--min-count", "2", "--top", "3",
                                       "--format", "json", "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert {r["outlet"] for r in records} == {"Press TV", "VOA"} and len(records) == 6
    assert plot.read_text().lstrip().startswith("<?xml")
    bad = CliRunner().invoke(main, ["terms", "distinctive", str(seeds_dir), "--reference", "CNN"])
    assert bad.exit_code == 1 and "'CNN' not in the corpus" in bad.output
    table = CliRunner().invoke(main, ["terms", "distinctive", str(seeds_dir), "--min-count", "2",
                                      "--reference", "VOA", "--ngrams", "2"])
    assert table.exit_code == 0 and "Press TV" in table.stdout and "security council" not in table.stdout
