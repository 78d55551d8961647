"""benchmarks/instructions.py: reading callgrind's count, the attribution digest, and what each run does."""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "instructions.py"


@pytest.fixture(scope="module")
def instructions():
    spec = importlib.util.spec_from_file_location("instructions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_collected_reads_the_last_count(instructions):
    output = "==12== Callgrind, a call-graph generating cache profiler\n==12== Collected : 2736\n" \
             "==12== \n==12== I   refs:      2,736\n"
    assert instructions.collected(output) == 2736
    with pytest.raises(RuntimeError, match="no 'Collected' line"):
        instructions.collected("==12== I   refs: 2,736\n")


def test_digest_counts_and_hashes_the_attributions_in_order(instructions):
    texts = ['"We will win," Kerry said.', "Officials said the talks failed. Lavrov denied it.", "No speech here."]
    count, digest = instructions.attribution_digest(texts)
    assert count == 3 and len(digest) == 16
    assert instructions.attribution_digest(texts) == (count, digest)          # the same texts: the same digest
    assert instructions.attribution_digest(texts[::-1])[1] != digest          # order counts
    assert instructions.attribution_digest(texts[:1]) == (1, instructions.attribution_digest(texts[:1])[1])


def test_the_pipeline_digest_covers_every_span_and_result(instructions):
    texts = ['"We will win," Kerry said of the regime\u2019s thugs.', "Officials reportedly said the talks failed."]
    count, digest = instructions.pipeline_digest(texts)
    assert count > 5 and len(digest) == 16
    assert instructions.pipeline_digest(texts) == (count, digest)
    assert instructions.pipeline_digest([texts[0].replace("thugs", "men"), texts[1]])[1] != digest


def test_digest_agrees_with_pure_python_on_a_few_articles(instructions, shared_data, capsys):
    with pytest.raises(SystemExit) as stop:
        instructions.main(["digest", "--data", str(shared_data), "--limit", "20"])
    out = capsys.readouterr().out
    assert stop.value.code == 0, out
    assert "20 articles, attributions:" in out and "20 articles, pipeline spans:" in out
    assert out.count("the same") == 2


@pytest.mark.parametrize("task", ["extraction", "lexicon pipeline", "attribution pipeline",
                                  "attribution pipeline, new texts"])
def test_a_work_run_does_the_task_only_when_measuring(instructions, tmp_path, task):
    texts_file, warm_file = tmp_path / "texts.json", tmp_path / "warm.json"
    texts_file.write_text(json.dumps(['"We will win," Kerry said.']), encoding="utf-8")
    warm_file.write_text(json.dumps(["Officials said the talks failed."]), encoding="utf-8")
    warm = [str(warm_file)] if task.endswith(instructions.NEW_TEXTS) else []
    for measure in ("0", "1"):
        run = subprocess.run([sys.executable, str(SCRIPT), "_work", str(texts_file), task, measure, *warm],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_new_texts_warm_up_on_other_articles_than_they_measure(instructions, tmp_path, monkeypatch):
    """A pipeline task "..., new texts" scores the warm-up file's texts first, then the measured ones; the others warm
    up on the texts they measure."""
    import framing.engine

    scored = []
    real = framing.engine.score_document
    monkeypatch.setattr(framing.engine, "score_document",
                        lambda doc, scorers, **kw: scored.append(doc.text) or real(doc, scorers, **kw))
    texts_file, warm_file = tmp_path / "texts.json", tmp_path / "warm.json"
    texts_file.write_text(json.dumps(["Kerry said it was fine."]), encoding="utf-8")
    warm_file.write_text(json.dumps(["Officials said the talks failed."]), encoding="utf-8")
    instructions.work(str(texts_file), "attribution pipeline, new texts", True, str(warm_file))
    assert scored == ["Officials said the talks failed.", "Kerry said it was fine."]
    scored.clear()
    instructions.work(str(texts_file), "attribution pipeline", True)
    assert scored == ["Kerry said it was fine.", "Kerry said it was fine."]


def test_counting_without_valgrind_says_what_to_install(instructions, shared_data):
    missing = "no-such-valgrind-here"
    assert shutil.which(missing) is None
    with pytest.raises(SystemExit, match="install valgrind"):
        instructions.main(["--data", str(shared_data), "--limit", "1", "--valgrind", missing])
    with pytest.raises(SystemExit):                                  # argparse refuses an unknown task
        instructions.main(["--task", "no such task"])
