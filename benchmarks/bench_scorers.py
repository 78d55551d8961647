"""Words per CPU second of each default scorer on its own (segments computed beforehand), and its share.

    python benchmarks/bench_scorers.py [--data DIR] [--docs 400] [--repeat 3]

Each scorer's `find` (plus `metrics` where it has one) runs over the same cleaned AllSides articles;
best of `--repeat` runs. The share column is the scorer's part of the summed time, i.e. where the
time of the whole pipeline goes (segmentation and result building not included).
"""
from __future__ import annotations

import argparse
import itertools
import time


def load_documents(data: str | None, n: int) -> list:
    """The first `n` cleaned AllSides articles, with their segmentation computed."""
    from framing import read_corpus
    from framing.datasets import data_dir
    from framing.document import Document

    path = data_dir(data, required="allsides/articles.parquet") / "allsides" / "articles.parquet"
    docs = [item for item in itertools.islice(read_corpus(path), n) if isinstance(item, Document)]
    for doc in docs:
        doc.segments
    return docs


def scorer_seconds(docs: list, scorer, *, repeat: int) -> float:
    """Best CPU seconds of `find` (+ `metrics`) over `docs`; the first pass warms the scorer's tables."""
    metrics = getattr(scorer, "metrics", None)
    for doc in docs[:20]:
        scorer.find(doc)
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for doc in docs:
            spans = scorer.find(doc)
            if metrics is not None:
                metrics(doc, spans)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="the shared data folder (default: $FRAMING_DATA)")
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from framing.engine import default_scorers

    docs = load_documents(args.data, args.docs)
    words = sum(doc.segments.n_words for doc in docs)
    seconds = {scorer.name: scorer_seconds(docs, scorer, repeat=args.repeat) for scorer in default_scorers()}
    total = sum(seconds.values())
    print(f"{len(docs)} documents, {words:,} words")
    print("| scorer | words/s | share of scorer time |\n|---|---|---|")
    for name, spent in seconds.items():
        print(f"| {name} | {words / spent:,.0f} | {spent / total:.0%} |")
    print(f"| all scorers | {words / total:,.0f} | 100% |")


if __name__ == "__main__":
    main()
