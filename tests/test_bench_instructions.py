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


@pytest.mark.parametrize("task", ["extraction", "lexicon pipeline", "attribution pipeline"])
def test_a_work_run_does_the_task_only_when_measuring(instructions, tmp_path, task):
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(['"We will win," Kerry said.']), encoding="utf-8")
    for measure in ("0", "1"):
        run = subprocess.run([sys.executable, str(SCRIPT), "_work", str(texts_file), task, measure],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_counting_without_valgrind_says_what_to_install(instructions, shared_data):
    missing = "no-such-valgrind-here"
    assert shutil.which(missing) is None
    with pytest.raises(SystemExit, match="install valgrind"):
        instructions.main(["--data", str(shared_data), "--limit", "1", "--valgrind", missing])
    with pytest.raises(SystemExit):                                  # argparse refuses an unknown task
        instructions.main(["--task", "no such task"])
