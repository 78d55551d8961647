"""Benchmark the lexicon matcher against a raw pyahocorasick scan over the same terms.

    python benchmarks/bench_matcher.py [--lexicon loaded_terms] [--n 2000] [--data DIR]

Reads the first N texts of allsides/articles.parquet and prints words/s for a raw
`Automaton.iter()` over lower-cased text (no boundaries, variants or overlap resolution) and for
`Lexicon.matcher().find()`, and their ratio (target >= 0.40).
"""
from __future__ import annotations

import argparse
import time


def load_texts(data: str | None, n: int) -> list[str]:
    """The first `n` article texts of the AllSides parquet file."""
    import pyarrow.parquet as pq

    from framing.datasets import data_dir

    path = data_dir(data, required="allsides/articles.parquet") / "allsides" / "articles.parquet"
    table = pq.ParquetFile(path).iter_batches(batch_size=n, columns=["text"])
    return [text or "" for text in next(table).column("text").to_pylist()][:n]


def raw_scan(terms: list[str], texts: list[str]) -> tuple[float, int]:
    """Seconds and hit count for a bare Aho-Corasick scan of lower-cased text."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for term in terms:
        automaton.add_word(term, term)
    automaton.make_automaton()
    start = time.perf_counter()
    hits = 0
    for text in texts:
        for _hit in automaton.iter(text.lower()):
            hits += 1
    return time.perf_counter() - start, hits


def matcher_scan(lexicon, texts: list[str]) -> tuple[float, int]:
    """Seconds and match count for the full matcher (automaton built beforehand)."""
    matcher = lexicon.matcher()
    start = time.perf_counter()
    hits = 0
    for text in texts:
        hits += len(matcher.find(text))
    return time.perf_counter() - start, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicon", default="loaded_terms", help="shipped lexicon name or TOML path")
    parser.add_argument("--n", type=int, default=2000, help="number of texts")
    parser.add_argument("--data", default=None, help="shared data folder (default: $FRAMING_DATA)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()

    from framing.lexicon import load_lexicon

    lexicon = load_lexicon(args.lexicon)
    texts = load_texts(args.data, args.n)
    words = sum(len(text.split()) for text in texts)
    terms = sorted({entry.term.rstrip("*").lower() for entry in lexicon.entries})
    built = time.perf_counter()
    lexicon.matcher()
    built = time.perf_counter() - built
    raw = min(raw_scan(terms, texts) for _ in range(args.repeat))
    ours = min(matcher_scan(lexicon, texts) for _ in range(args.repeat))
    print(f"lexicon {lexicon.name} ({len(lexicon.entries)} entries, {len(terms)} raw terms; "
          f"matcher built in {built * 1000:.0f} ms)")
    print(f"texts {len(texts)}, words {words:,}")
    print(f"raw pyahocorasick iter: {words / raw[0]:>12,.0f} words/s  ({raw[1]:,} raw hits)")
    print(f"Lexicon matcher.find:   {words / ours[0]:>12,.0f} words/s  ({ours[1]:,} matches)")
    print(f"ratio matcher/raw: {raw[0] / ours[0]:.2f} (target >= 0.40)")


if __name__ == "__main__":
    main()
