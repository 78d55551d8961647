"""Benchmarks of framing (the same code as `framing bench`), plus a memory check as the corpus grows.

    python benchmarks/run.py [--data DIR] [--limit 10000 | --all] [--jobs N] [--repeat N]
    python benchmarks/run.py memory [--docs 10000 100000] [--jobs N] [--mode analyze|store]

`memory` streams the AllSides corpus, cycled with new ids, through the engine (keep_spans=False)
and prints peak memory (this process and its workers) next to the size of the output it keeps.
"""
from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=["bench", "memory"], default="bench")
    parser.add_argument("--data", default=None, help="shared data folder (default: $FRAMING_DATA)")
    parser.add_argument("--limit", type=int, default=10_000, help="bench: first N articles")
    parser.add_argument("--all", action="store_true", help="bench: every article")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0 = all cores)")
    parser.add_argument("--repeat", type=int, default=1, help="bench: runs per stage, fastest kept")
    parser.add_argument("--docs", type=int, nargs="+", default=[10_000, 100_000], help="memory: corpus sizes")
    parser.add_argument("--mode", choices=["analyze", "store"], default="analyze", help="memory: keep results "
                        "in memory (analyze) or write them to a results folder (store)")
    parser.add_argument("--families", default=None, help="memory: comma-separated scorer families "
                        "(default: all), e.g. loaded,hedging for a faster check")
    args = parser.parse_args(argv)

    from framing.bench import format_memory_table, format_table, load_texts, memory_check, run_bench
    from framing.errors import FramingError

    try:
        if args.what == "memory":
            families = args.families.split(",") if args.families else None
            print(format_memory_table(memory_check(args.docs, data=args.data, jobs=args.jobs, mode=args.mode,
                                                   families=families)), flush=True)
            return
        texts = load_texts(args.data, limit=None if args.all else args.limit)
        print(format_table(run_bench(texts=texts, jobs=args.jobs, repeat=args.repeat), texts=len(texts.raw)))
    except (FramingError, ValueError) as error:     # a bad option or missing data: one line, no traceback
        parser.exit(2, f"{parser.prog}: error: {error}\n")


if __name__ == "__main__":
    main()
