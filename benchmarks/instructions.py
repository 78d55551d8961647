"""Instruction counts (valgrind's callgrind) of the attribution work: steady where seconds on a shared host are not.

    python benchmarks/instructions.py [--data DIR] [--limit 150] [--task extraction ...]
    python benchmarks/instructions.py digest [--data DIR] [--limit 2000]

The first form counts the instructions of three pieces of work on the first N cleaned AllSides articles:

* extraction: one pass of `extract_attributions`, its memo tables empty (a cold start);
* lexicon pipeline and attribution pipeline: one pass of `score_document` with the loaded/hedging scorers,
  and with the attribution scorer added, after a first pass has warmed them up; finding only the spans results
  read (`all_spans=False`), as `framing bench` and `framing scorecard` score, keeping no spans;
* whole pipeline: the same with every scorer of the default pipeline (issue 8 compares its time with
  vaderSentiment's);
* lexicon pipeline, new texts and attribution pipeline, new texts: the two pipelines again, warmed up on the next N
  articles instead of the measured ones, so that the speaker resolver's memos (mentions, capitalised runs) do not
  already hold the measured texts' names: what `framing bench` and a corpus of unseen articles meet;

and prints the attribution pipeline's count over the lexicon pipeline's, for both warm-ups. Each count is the difference
between two runs under callgrind that read, import and warm up alike and differ only in doing the work
(PYTHONHASHSEED fixed, one BLAS thread, and address randomisation off where `setarch -R` works), so a count
repeats to a few instructions whatever else the machine does. Issue 5 asks for the time ratio of the two pipelines
(`framing bench`), which this does not replace: cache misses and mispredicted branches cost time that
instructions do not show.

`digest` prints how many attributions the first N articles give and a hash of them, and the same of every span
and result of the whole default pipeline, with the build in use and with FRAMING_PURE_PYTHON=1 (the pure-Python
extractor, the numpy classifier, the regex word counter, one automaton for the lexicons), and whether the two
agree: a change meant to keep every result must keep both.
Needs valgrind (Debian: `apt-get install valgrind`) for the counts; `digest` needs nothing more.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TASKS = {"extraction": None, "lexicon pipeline": ("loaded", "hedging"),
         "attribution pipeline": ("loaded", "hedging", "attribution"), "whole pipeline": None,
         "lexicon pipeline, new texts": ("loaded", "hedging"),
         "attribution pipeline, new texts": ("loaded", "hedging", "attribution")}
NEW_TEXTS = ", new texts"  # the tasks ending so warm up on other articles than those they measure
_COLLECTED = re.compile(r"==\d+== Collected : (\d+)")


def collected(valgrind_output: str) -> int:
    """The instruction count callgrind prints at exit ("==pid== Collected : N")."""
    found = _COLLECTED.findall(valgrind_output)
    if not found:
        raise RuntimeError(f"no 'Collected' line in valgrind's output:\n{valgrind_output[-2000:]}")
    return int(found[-1])


def cleaned_texts(data: str | None, limit: int) -> list[str]:
    """The first `limit` AllSides articles, cleaned as the pipeline cleans them."""
    from framing.bench import load_texts

    return list(load_texts(data, limit=limit).cleaned)


def attribution_digest(texts: list[str]) -> tuple[int, str]:
    """(number of attributions, first 16 hex digits of a SHA-256 of their JSON) of the texts, in order."""
    from framing.attribution import extract_attributions
    from framing.attribution.resources import load_resources
    from framing.document import Document

    resources, digest, count = load_resources(), hashlib.sha256(), 0
    for number, text in enumerate(texts):
        for attribution in extract_attributions(Document(id=str(number), text=text), resources=resources):
            digest.update(json.dumps(attribution.to_dict(), sort_keys=True).encode())
            count += 1
    return count, digest.hexdigest()[:16]


def pipeline_digest(texts: list[str]) -> tuple[int, str]:
    """(number of spans, first 16 hex digits of a SHA-256 of every span and result) of the whole default pipeline."""
    from framing.document import Document
    from framing.engine import default_scorers, score_documents

    scorers, digest, count = default_scorers(), hashlib.sha256(), 0
    documents = [Document(id=str(number), text=text) for number, text in enumerate(texts)]
    for spans, result in score_documents(documents, scorers):      # in batches, as `iter_scored` scores
        for span in spans:
            digest.update(json.dumps(span.to_dict(), sort_keys=True, default=str).encode())
        digest.update(json.dumps(result.to_dict(), sort_keys=True, default=str).encode())
        count += len(spans)
    return count, digest.hexdigest()[:16]


def digests(texts: list[str]) -> list[tuple[int, str]]:
    """The attribution digest and the whole pipeline's digest of the texts."""
    return [attribution_digest(texts), pipeline_digest(texts)]


def work(texts_file: str, task: str, measure: bool, warm_file: str | None = None) -> None:
    """What one callgrind run does: read and warm up as every run does, then (if `measure`) the task's pass.

    A pipeline warms up on the texts of `warm_file` where one is given, else on the texts it measures."""
    from framing.document import Document

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    warm = json.loads(Path(warm_file).read_text(encoding="utf-8")) if warm_file else texts
    if task == "extraction":
        from framing.attribution import extract_attributions
        from framing.attribution.resources import load_resources

        resources = load_resources()
        docs = [Document(id=str(n), text=text) for n, text in enumerate(texts)]
        for doc in docs:
            doc.segments.quotes  # noqa: B018 - segmentation is not the extractor's work
        extract_attributions(Document(id="warm-up", text="He said it was fine."), resources=resources)
        if measure:
            for doc in docs:
                extract_attributions(doc, resources=resources)
        return
    from framing.engine import default_scorers, score_document

    scorers = default_scorers(families=TASKS[task])
    for n, text in enumerate(warm):                        # the warm-up pass: matchers built, memos filled
        score_document(Document(id=str(n), text=text), scorers, all_spans=False)
    if measure:
        for n, text in enumerate(texts):
            score_document(Document(id=str(n), text=text), scorers, all_spans=False)


def _fixed_addresses() -> list[str]:
    """`setarch -R` where there is one: the same addresses each run, so tables keyed by `id()` probe alike."""
    setarch = shutil.which("setarch")
    return [setarch, "-R"] if setarch else []


def count(texts_file: str, task: str, *, valgrind: str, warm_file: str | None = None) -> int:
    """Instructions of the task's pass: a run doing it minus a run stopping just before it (warmed up on the texts of
    `warm_file` where given)."""
    totals = []
    for measure in (False, True):
        command = [*_fixed_addresses(), valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                   __file__, "_work", texts_file, task, "1" if measure else "0", *([warm_file] if warm_file else [])]
        # one BLAS thread: numpy's OpenBLAS threads wait for work by spinning, and callgrind counts those
        # instructions too (the whole pipeline's count moved by 2% between runs of the same code)
        env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        run = subprocess.run(command, capture_output=True, text=True, env=env)
        if run.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{run.stderr[-3000:]}")
        totals.append(collected(run.stderr))
    return totals[1] - totals[0]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_work"]:
        work(argv[1], argv[2], argv[3] == "1", argv[4] if len(argv) > 4 else None)
        return
    if argv[:1] == ["_digest"]:       # the pure-Python side of `digest`, in a process of its own
        print(json.dumps(digests(json.loads(Path(argv[1]).read_text(encoding="utf-8")))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=["count", "digest"], default="count")
    parser.add_argument("--data", default=None, help="shared data folder (default: $FRAMING_DATA)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles (150 for counts, 2000 for digest)")
    parser.add_argument("--valgrind", default="valgrind", help="the valgrind program")
    parser.add_argument("--task", action="append", choices=list(TASKS), help="count only this (repeatable)")
    args = parser.parse_args(argv)

    if args.what == "digest":
        texts = cleaned_texts(args.data, args.limit or 2000)
        from framing.attribution.implementation import implementation

        here = [tuple(pair) for pair in digests(texts)]
        with tempfile.TemporaryDirectory() as folder:
            texts_file = Path(folder) / "texts.json"
            texts_file.write_text(json.dumps(texts), encoding="utf-8")
            pure = subprocess.run([sys.executable, __file__, "_digest", str(texts_file)],
                                  capture_output=True, text=True, env={**os.environ, "FRAMING_PURE_PYTHON": "1"})
        if pure.returncode != 0:
            raise SystemExit(f"the pure-Python run failed:\n{pure.stderr[-3000:]}")
        there = [tuple(pair) for pair in json.loads(pure.stdout.strip().splitlines()[-1])]
        for what, mine, theirs in zip(("attributions", "pipeline spans"), here, there):
            print(f"{len(texts):,} articles, {what}: {implementation()} {mine[0]:,} {mine[1]}; "
                  f"python {theirs[0]:,} {theirs[1]}; {'the same' if mine == theirs else 'DIFFERENT'}")
        raise SystemExit(0 if here == there else 1)

    if shutil.which(args.valgrind) is None:
        raise SystemExit(f"{args.valgrind}: not found; install valgrind (Debian: apt-get install valgrind) or name "
                         f"it with --valgrind")
    limit = args.limit or 150
    tasks = args.task or list(TASKS)
    loaded = cleaned_texts(args.data, 2 * limit if any(task.endswith(NEW_TEXTS) for task in tasks) else limit)
    texts, others = loaded[:limit], loaded[limit:]
    counts = {}
    with tempfile.TemporaryDirectory() as folder:
        texts_file, warm_file = Path(folder) / "texts.json", Path(folder) / "warm.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        warm_file.write_text(json.dumps(others), encoding="utf-8")
        for task in tasks:
            counts[task] = count(str(texts_file), task, valgrind=args.valgrind,
                                 warm_file=str(warm_file) if task.endswith(NEW_TEXTS) else None)
            print(f"{task:33s} {counts[task]:>15,} instructions", flush=True)
    for suffix, warm_up in (("", "the same articles"), (NEW_TEXTS, f"{len(others):,} other articles")):
        lexicon, attribution = counts.get("lexicon pipeline" + suffix), counts.get("attribution pipeline" + suffix)
        if lexicon and attribution:
            print(f"{len(texts):,} articles, warmed up on {warm_up}; attribution pipeline / lexicon pipeline = "
                  f"{attribution / lexicon:.2f} in instructions")


if __name__ == "__main__":
    main()
