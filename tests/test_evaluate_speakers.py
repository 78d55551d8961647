"""Speaker evaluation: name matching, hand-made gold with known outcomes, the CLI, and the figures on BASIL."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.errors import InputError
from framing.evaluate.speakers import evaluate_speakers, format_table, named_person, same_person

# BASIL's first article, its first two paragraphs as the release gives them (a real New York Times text)
TEXT = ("WASHINGTON — Michael Steele, chairman of the Republican National Committee, drew fierce criticism and a "
        "call for his resignation on Friday after declaring at a party fund-raiser that the United States was on the "
        "wrong side of history with its conflict in Afghanistan, a military fight he called “a war of Obama’s "
        "choosing.”\n\n“This is not something the United States had actively prosecuted or wanted to engage in,” "
        "Mr. Steele said in a speech Thursday night in Connecticut in which he offered a strong critique of President "
        "Obama’s military strategy.")


def _gold(text: str, speaker: str, quote: bool) -> dict:
    start = TEXT.index(text)
    return {"doc_id": "a1", "start": start, "end": start + len(text), "text": text, "label": "informational",
            "quote": quote, "speaker": speaker}


GOLD = [
    _gold("fierce", "", False),                                   # narrator, and so predicted
    _gold("a war of Obama’s choosing", "Michael_Steele", True),   # quoted, "he called": Michael Steele (correct)
    _gold("actively prosecuted", "Michael_Steele", True),         # quoted, "Mr. Steele said" (correct)
    _gold("wanted to engage in", "Barack_Obama", True),           # quoted, but Steele's words (wrong)
    _gold("strong critique", "Michael_Steele", True),             # narrator's words (not quoted)
    _gold("This is not something", "other_anti", True),           # quoted; an unnamed speaker is not scored
    _gold("United States had", "", False),                        # inside the quotation: the voice's false positive
]


@pytest.fixture()
def gold_dir(tmp_path) -> Path:
    folder = tmp_path / "basil"
    folder.mkdir()
    article = {"id": "a1", "outlet": "New York Times", "title": "", "date": "2010-07-02", "text": TEXT}
    (folder / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    (folder / "spans.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("predicted, gold, same", [
    ("Michael Steele", "Michael_Steele", True),
    ("Felipe Calderón", "Felipe_Calder", True),       # BASIL cuts a name at an accented letter
    ("Donald Trump Jr.", "Donald_Trump_Jr.", True),
    ("Steele", "Michael_Steele", True),               # a surname alone names the person
    ("Donald Trump", "Donald_Trump_Jr.", False),
    ("Melania Trump", "Donald_Trump", False),         # a surname shared by another person is not enough
    ("Cowen", "William_Cowan", False),
    ("Joe Arpaio Endorses Rick Perry", "Joe_Arpaio", False),
    (None, "Donald_Trump", False),
    ("", "Donald_Trump", False),
])
def test_same_person(predicted, gold, same):
    assert same_person(predicted, gold) is same


@pytest.mark.parametrize("speaker, person", [
    ("Donald_Trump", True), ("Ruth_Bader_Ginsburg", True), ("Felipe_Calder", True),
    ("Tea_Party", False), ("Obama_campaign", False), ("NAACP", False), ("other_anti", False), ("", False),
    ("Donald", False),  # one word: no full name to score
])
def test_named_person(speaker, person):
    assert named_person(speaker, frozenset({"donald", "ruth", "felipe", "michael"})) is person


def test_known_outcomes(gold_dir):
    result = evaluate_speakers(gold_dir)
    # quoted voice: gold 5 quoted; predicted quoted 5 (the four inside quotation marks and "United States had"),
    # of which 4 are gold quoted ("strong critique" is the narrator's, "United States had" is not gold quoted)
    assert result.voice.as_tuple() == (5, 5, 4, 4)
    assert result.outcomes == {"correct": 2, "wrong": 1, "no speaker": 0, "not quoted": 1}
    assert result.people == 4 and result.accuracy == pytest.approx(2 / 3) and result.recall == pytest.approx(0.5)
    assert [(e.gold, e.predicted, e.outcome) for e in result.errors] == [
        ("Barack_Obama", "Michael Steele", "wrong"), ("Michael_Steele", None, "not quoted")]


def test_bad_quote_flag_names_file_and_line(gold_dir):
    rows = [*GOLD[:2], {**GOLD[2], "quote": "yes"}]
    (gold_dir / "spans.jsonl").write_text("\n".join(json.dumps(g) for g in rows) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"spans.jsonl:3: 'quote' must be true, false or absent"):
        evaluate_speakers(gold_dir)


def test_spans_without_quote_flag_are_not_scored(gold_dir):
    rows = [{k: v for k, v in g.items() if k not in ("quote", "speaker")} for g in GOLD]
    (gold_dir / "spans.jsonl").write_text("\n".join(json.dumps(g) for g in rows) + "\n", encoding="utf-8")
    result = evaluate_speakers(gold_dir)
    assert result.n_spans == 0 and result.people == 0 and result.voice.as_tuple() == (0, 0, 0, 0)


def test_cli_table_and_json(gold_dir, tmp_path):
    runner = CliRunner()
    table = runner.invoke(main, ["evaluate", "speakers", "--gold", str(gold_dir), "--show-errors", "5"])
    assert table.exit_code == 0, table.output
    assert "quoted voice   gold     5  pred     5  hit     4  P 0.800  R 0.800  F1 0.800" in table.output
    assert "correct 2  wrong 1  no speaker 0  not quoted 1" in table.output
    assert "- wrong: gold Barack_Obama, predicted Michael Steele (a1 " in table.output
    out = tmp_path / "speakers.json"
    written = runner.invoke(main, ["evaluate", "speakers", "--gold", str(gold_dir), "--format", "json",
                                   "--output", str(out)])
    assert written.exit_code == 0, written.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["speakers"] == {"people": 4, "correct": 2, "wrong": 1, "no speaker": 0, "not quoted": 1,
                                "accuracy": 0.6667, "recall": 0.5}
    assert "errors" not in data


def test_cli_missing_folder_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", "speakers", "--gold", str(tmp_path)])
    assert result.exit_code == 1 and "articles.jsonl: not found" in result.output
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- the real corpus

# Figures reached at this commit (see docs/evaluation.md), minus a small margin.
@pytest.mark.parametrize("split, min_voice_f1, min_accuracy, min_recall", [
    ("all", 0.95, 0.92, 0.87),
    ("heldout", 0.96, 0.94, 0.90),
])
def test_figures_on_basil(shared_data, split, min_voice_f1, min_accuracy, min_recall):
    result = evaluate_speakers(shared_data / "basil", split=split)
    report = format_table(result)
    assert result.voice.f1 >= min_voice_f1, report
    assert result.accuracy >= min_accuracy, report
    assert result.recall >= min_recall, report
    assert result.people == sum(result.outcomes.values()) > 100, report
