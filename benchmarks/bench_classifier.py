"""Benchmark the sentence bias classifier: sentences per CPU second of this process (i.e. per core).

    python benchmarks/bench_classifier.py [--data DIR] [--model FILE] [--n 20000] [--batch 4096] [--repeat 3] [--train]

Scores BABE sentences (repeated to --n) with the lean array model in batches, after a warm-up
batch; reports the best of --repeat runs as CPU-time and wall-clock throughput, plus the share of
time spent in each feature block. With --train, also times `framing.model.train` on the full
training split (CPU and wall clock).
"""
from __future__ import annotations

import argparse
import time


def main() -> None:
    """Run the benchmark and print sentences/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=4096)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--train", action="store_true")
    args = parser.parse_args()

    from framing.model import load_model, read_babe

    texts = [s.text for s in read_babe(args.data)]
    texts = (texts * (args.n // len(texts) + 1))[:args.n]
    model = load_model(args.model)
    model.predict_proba(texts[:200])                        # warm-up: lexicon matchers, hash tables
    best_cpu = best_wall = float("inf")
    for _ in range(args.repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        for begin in range(0, len(texts), args.batch):
            model.predict_proba(texts[begin:begin + args.batch])
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    chars = sum(map(len, texts))
    print(f"classifier: {len(texts)} sentences ({chars / len(texts):.0f} chars avg), batch {args.batch}")
    print(f"  {len(texts) / best_cpu:,.0f} sentences per CPU second (per core); "
          f"{len(texts) / best_wall:,.0f} per wall-clock second")
    words, chars_block, lex, annotated = model._blocks()
    sample = texts[:args.batch]
    blocks = [("word n-grams", words), ("char n-grams", chars_block), ("lexicons", lex),
              ("annotated", annotated)]
    for name, block in blocks:
        if block is None:
            continue
        cpu = time.process_time()
        block.transform(sample)
        spent = time.process_time() - cpu
        print(f"  {name:<13} {len(sample) / spent if spent else float('inf'):,.0f} sentences/CPU s alone")
    if args.train:
        from framing.model import train

        cpu, wall = time.process_time(), time.perf_counter()
        _, trained = train(args.data)
        print(f"training on {trained.info['n_train']} sentences: {time.process_time() - cpu:.1f} CPU s, "
              f"{time.perf_counter() - wall:.1f} s wall clock")


if __name__ == "__main__":
    main()
