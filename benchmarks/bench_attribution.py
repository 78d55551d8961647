"""Benchmark attribution extraction (words per CPU second of this process, i.e. per core).

    python benchmarks/bench_attribution.py [--data DIR] [--source polnear|allsides] [--n 500] [--repeat 3]

Reports three numbers on the same documents: segmentation alone (framing.text.segment), attribution
extraction given the segmentation, and both together (what `framing quotes` does per document).
"""
from __future__ import annotations

import argparse
import time


def load_texts(data: str | None, source: str, n: int) -> list[str]:
    """Up to `n` article texts from PolNeAR (all splits) or the AllSides parquet file."""
    from framing.datasets import data_dir

    if source == "polnear":
        import json

        folder = data_dir(data, required="polnear/articles.jsonl") / "polnear"
        texts = []
        with open(folder / "articles.jsonl", encoding="utf-8") as handle:
            for line in handle:
                texts.append(json.loads(line)["text"])
                if len(texts) >= n:
                    break
        return texts
    import pyarrow.parquet as pq

    path = data_dir(data, required="allsides/articles.parquet") / "allsides" / "articles.parquet"
    batch = next(pq.ParquetFile(path).iter_batches(batch_size=n, columns=["text"]))
    return [t or "" for t in batch.column("text").to_pylist()][:n]


def main() -> None:
    """Run the benchmark and print words/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--source", choices=["polnear", "allsides"], default="polnear")
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from framing.attribution import extract_attributions
    from framing.attribution.resources import load_resources
    from framing.document import Document

    texts = load_texts(args.data, args.source, args.n)
    words = sum(len(t.split()) for t in texts)
    load_resources()
    best = {"segment": 1e9, "extract": 1e9, "both": 1e9}
    found = 0
    for _ in range(args.repeat):
        docs = [Document(str(i), t) for i, t in enumerate(texts)]
        started = time.process_time()
        for doc in docs:
            doc.segments
        best["segment"] = min(best["segment"], time.process_time() - started)
        started = time.process_time()
        found = sum(len(extract_attributions(doc)) for doc in docs)
        best["extract"] = min(best["extract"], time.process_time() - started)
        docs = [Document(str(i), t) for i, t in enumerate(texts)]
        started = time.process_time()
        for doc in docs:
            extract_attributions(doc)
        best["both"] = min(best["both"], time.process_time() - started)
    print(f"{len(texts)} documents, {words:,} words, {found:,} attributions ({args.source})")
    for name, seconds in best.items():
        print(f"{name:<8} {words / seconds:>12,.0f} words/s")


if __name__ == "__main__":
    main()
