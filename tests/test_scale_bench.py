"""framing bench and the memory check run (on a few AllSides texts) and report sane numbers."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from framing.bench import BenchRow, format_table, summary


def test_format_table_lists_every_stage():
    rows = [BenchRow("pipeline, 1 job", 1000, 0.5, 1, 120.0, "all"),
            BenchRow("pipeline, 2 jobs", 1000, 0.25, 2, 200.0, "all")]
    table = format_table(rows, texts=3)
    assert "| pipeline, 2 jobs" in table and "4,000" in table and "2,000" in table   # words/s, per core
    assert rows[1].words_per_second_per_core == pytest.approx(2000)


def test_bench_measures_each_stage_on_the_same_texts(shared_data):
    from framing.bench import load_texts, run_bench

    texts = load_texts(shared_data, limit=4)
    assert len(texts.raw) == len(texts.cleaned) == 4 and texts.words > 1000
    rows = run_bench(texts=texts, jobs=2, stages=["pipeline", "raw pyahocorasick"])
    assert [row.stage for row in rows] == ["pipeline, 1 job", "pipeline, 2 jobs", "raw pyahocorasick"]
    assert all(row.words == texts.words and row.seconds > 0 and row.peak_mb > 10 for row in rows)


def test_bench_cli(shared_data):
    from framing.cli import main

    outcome = CliRunner().invoke(main, ["bench", "--data", str(shared_data), "--limit", "3",
                                        "--stage", "lexicon stage", "--stage", "vaderSentiment"])
    assert outcome.exit_code == 0, outcome.output
    assert "| lexicon stage" in outcome.stdout and "| vaderSentiment" in outcome.stdout
    assert "pipeline" not in outcome.stdout


@pytest.mark.parametrize("mode", ["analyze", "store"])
def test_memory_check_runs_small(shared_data, mode):
    from framing.bench import cycled_corpus, memory_check

    ids = [doc.id for doc in cycled_corpus(shared_data, docs=5)]
    assert len(ids) == len(set(ids)) == 5 and ids[0].endswith("~0")
    [row] = memory_check([12], data=shared_data, jobs=1, mode=mode, families=["loaded"])
    assert row.docs == 12 and row.words > 0 and row.peak_mb > row.output_mb >= 0


def test_summary_gives_the_ratios_the_issues_limit():
    rows = [BenchRow("lexicon pipeline", 1000, 1.0, 1, 10.0), BenchRow("attribution pipeline", 1000, 2.5, 1, 10.0),
            BenchRow("pipeline, 1 job", 1000, 4.0, 1, 10.0), BenchRow("vaderSentiment", 1000, 2.0, 1, 10.0)]
    lines = summary(rows)
    assert lines[1:] == [
        "attribution cost: lexicon pipeline / attribution pipeline = 2.50 (at most 2.0 wanted)",
        "whole pipeline per core / vaderSentiment = 0.50 (at least 1.0 wanted)"]
    assert summary(rows[:1]) == lines[:1]


def test_summary_pairs_the_runs_of_each_round():
    """With repeated rounds each ratio is also given round by round (the two stages' runs of the same round) and
    their median, beside the ratio of the fastest runs."""
    rows = [BenchRow("pipeline, 1 job", 1000, 2.0, 1, 10.0, runs=(2.2, 2.0, 2.5)),
            BenchRow("vaderSentiment", 1000, 1.9, 1, 10.0, runs=(2.2, 1.9, 2.6)),
            BenchRow("lexicon pipeline", 1000, 1.0, 1, 10.0, runs=(1.0, 1.2)),
            BenchRow("attribution pipeline", 1000, 2.5, 1, 10.0, runs=(2.5, 3.0))]
    lines = summary(rows)
    assert lines[1:] == [
        "attribution cost: lexicon pipeline / attribution pipeline = 2.50 (at most 2.0 wanted); round by round: "
        "2.50, 2.50 (median 2.50)",
        "whole pipeline per core / vaderSentiment = 0.95 (at least 1.0 wanted); round by round: 1.00, 0.95, 1.04 "
        "(median 1.00)"]
    one_round = [BenchRow("pipeline, 1 job", 1000, 2.0, 1, 10.0, runs=(2.0,)),
                 BenchRow("vaderSentiment", 1000, 1.9, 1, 10.0, runs=(1.9,))]
    assert summary(one_round)[1] == "whole pipeline per core / vaderSentiment = 0.95 (at least 1.0 wanted)"


@pytest.mark.parametrize("pure, shown", [("1", "attribution extractor: python"), ("", "attribution extractor: ")])
def test_summary_names_the_attribution_extractor_that_ran(monkeypatch, pure, shown):
    from framing.attribution.implementation import implementation

    monkeypatch.setenv("FRAMING_PURE_PYTHON", pure)
    [line] = summary([])
    assert line.startswith(shown) and line.split(": ")[1].split()[0] == implementation()


def test_bench_repeat_keeps_each_stages_fastest_run_in_interleaved_rounds(monkeypatch):
    from framing import bench

    order, times = [], iter([3.0, 5.0, 1.0, 6.0, 2.0, 4.0])

    def fake_measure(func, texts, *, sample):
        assert not sample                       # one process: its own peak, no sampling thread
        order.append(func)
        return next(times), 10.0 + len(order)

    monkeypatch.setattr(bench, "_measure_in_child", fake_measure)
    texts = bench.BenchTexts(ids=["a"], outlets=[""], raw=["one two"], cleaned=["one two"])
    rows = bench.run_bench(texts=texts, jobs=1, stages=["lexicon pipeline", "attribution pipeline"], repeat=3)
    assert [row.stage for row in rows] == ["lexicon pipeline", "attribution pipeline"]
    assert [row.seconds for row in rows] == [1.0, 4.0]          # lexicon ran 3, 1, 2; attribution 5, 6, 4
    assert [row.peak_mb for row in rows] == [15.0, 16.0]
    assert [row.runs for row in rows] == [(3.0, 1.0, 2.0), (5.0, 6.0, 4.0)]   # every round's, for round-by-round ratios
    assert order[0] is not order[1] and order[0] is order[2]      # round by round, not stage by stage
    with pytest.raises(ValueError, match="repeat"):
        bench.run_bench(texts=texts, jobs=1, stages=["lexicon stage"], repeat=0)


def test_only_stages_with_worker_processes_sample_memory_while_timed(monkeypatch):
    """A sampling thread slowed the timed pipeline by about 7%: one-process stages take their own peak afterwards."""
    from framing import bench

    asked = {}

    def fake_measure(func, texts, *, sample):
        asked[len(asked)] = sample
        return 1.0, 1.0

    monkeypatch.setattr(bench, "_measure_in_child", fake_measure)
    texts = bench.BenchTexts(ids=["a"], outlets=[""], raw=["one two"], cleaned=["one two"])
    rows = bench.run_bench(texts=texts, jobs=2, stages=["pipeline", "vaderSentiment"])
    assert [(row.stage, asked[n]) for n, row in enumerate(rows)] == [
        ("pipeline, 1 job", False), ("pipeline, 2 jobs", True), ("vaderSentiment", False)]


def test_a_stage_measured_without_sampling_reports_this_processes_peak():
    import resource

    from framing import bench

    def setup(texts):
        def run():
            bytearray(64 * 2**20)               # 64 MB for a moment
        return run

    seconds, peak = bench._measure(setup, None, sample=False)
    assert seconds > 0
    assert peak == bench._maxrss_mb(resource.RUSAGE_SELF) >= 64


def test_without_the_resource_module_a_stage_is_sampled_instead(monkeypatch):
    """Windows has no `resource` module (no ru_maxrss): the sampling thread measures there."""
    import sys

    from framing import bench

    pytest.importorskip("psutil")
    monkeypatch.setitem(sys.modules, "resource", None)     # `import resource` raises ImportError
    assert not bench._OwnPeak.available()
    seconds, peak = bench._measure(lambda texts: lambda: bytearray(2**20), None, sample=False)
    assert seconds > 0 and peak > 0


def test_memory_check_refuses_an_unknown_family_before_reading_anything(tmp_path):
    from framing.bench import memory_check
    from framing.errors import FramingError

    with pytest.raises(FramingError, match="unknown family every; choose from loaded, hedging"):
        memory_check([10], data=tmp_path, families=["loaded", "every"])   # tmp_path holds no corpus: not read


def test_benchmark_script_reports_a_bad_option_in_one_line(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"
    if not script.is_file():
        pytest.skip("not run from a checkout (no benchmarks/run.py)")
    run = subprocess.run([sys.executable, str(script), "memory", "--docs", "10", "--families", "every",
                          "--data", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "run.py: error: unknown family every; choose from loaded, hedging, attribution, actors, tone, classifier"]
