"""Benchmark the sentence bias classifier: sentences per CPU second of this process (i.e. per core).

    python benchmarks/bench_classifier.py [--data DIR] [--model FILE] [--n 20000] [--batch 4096] [--repeat 3] [--train]
    python benchmarks/bench_classifier.py --docs 400 [--scorers classifier,tone] [--repeat 3] [--profile] [--shared-matches]

Scores BABE sentences (repeated to --n) with the lean array model in batches, after a warm-up
batch; reports the best of --repeat runs as CPU-time and wall-clock throughput, plus the share of
time spent in each feature block. With --train, also times `framing.model.train` on the full
training split (CPU and wall clock).

With --docs N, instead measures scorers as `framing.engine.score_document` runs them (`find`, then
`metrics`) on the first N AllSides articles, with each document's segmentation computed beforehand
(outside the timing): words (whitespace-separated) per CPU second, best of --repeat runs, and
of the first run alone (the classifier's per-word memo starts empty, as on a stream of new text).
With --shared-matches, each document's lexicon matches are found before its timing starts, as the
lexicon scorers find them first in the full pipeline (the classifier reuses them): this times what
the classifier adds to a pipeline run.
"""
from __future__ import annotations

import argparse
import time


def main() -> None:
    """Run the benchmark and print sentences/s (or words/s per scorer with --docs)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=4096)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--train", action="store_true")
    parser.add_argument("--docs", type=int, default=0, help="benchmark scorers on this many AllSides articles")
    parser.add_argument("--scorers", default="classifier,tone", help="with --docs: comma-separated scorer names")
    parser.add_argument("--profile", action="store_true", help="with --docs: print a cProfile of one run")
    parser.add_argument("--shared-matches", action="store_true",
                        help="with --docs: find each document's lexicon matches outside the timing, as the pipeline's "
                             "lexicon scorers do before the classifier")
    args = parser.parse_args()
    if args.docs:
        bench_scorers(args)
    else:
        bench_sentences(args)


def bench_sentences(args) -> None:
    """Sentences per CPU second of `BiasModel.predict_proba` on BABE sentences."""
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
    if args.train:
        from framing.model import train

        cpu, wall = time.process_time(), time.perf_counter()
        _, trained = train(args.data)
        print(f"training on {trained.info['n_train']} sentences: {time.process_time() - cpu:.1f} CPU s, "
              f"{time.perf_counter() - wall:.1f} s wall clock")


def load_documents(data, n: int) -> list:
    """The first `n` AllSides articles as Documents, with their segmentation already computed."""
    import itertools

    from framing import read_corpus
    from framing.datasets import data_dir
    from framing.document import Document

    path = data_dir(data, required="allsides/articles.parquet") / "allsides" / "articles.parquet"
    docs = [item for item in itertools.islice(read_corpus(path), n) if isinstance(item, Document)]
    for doc in docs:
        doc.segments                                        # noqa: B018 (computed outside the timing)
    return docs


def make_scorer(name: str, model_path=None):
    """A fresh scorer by name ("classifier" or "tone")."""
    if name == "classifier":
        from framing.model import load_model
        from framing.scorers.classifier import SentenceBiasScorer

        return SentenceBiasScorer(model=load_model(model_path))
    if name == "tone":
        from framing.scorers.tone import ToneScorer

        return ToneScorer()
    raise SystemExit(f"unknown scorer {name!r}; choose classifier or tone")


def run_scorer(scorer, docs: list, *, shared_matches: bool = False) -> float:
    """`find` then `metrics` on every document, as `framing.engine.score_document` calls them; CPU seconds.

    `shared_matches`: each document's lexicon matches are found first and left out of the time.
    """
    if not shared_matches:
        started = time.process_time()
        for doc in docs:
            scorer.metrics(doc, scorer.find(doc))
        return time.process_time() - started
    matchers = lexicon_matchers(scorer)
    spent = 0.0
    for doc in docs:
        for matcher in matchers:
            matcher.find(doc.text)                          # remembered for this text, as in the pipeline
        started = time.process_time()
        scorer.metrics(doc, scorer.find(doc))
        spent += time.process_time() - started
    return spent


def lexicon_matchers(scorer) -> list:
    """The matchers of the lexicons a scorer's model counts (none for other scorers)."""
    model = getattr(scorer, "model", None)
    if model is None or not hasattr(model, "_blocks"):
        return []
    features = model._blocks()[2]
    features = getattr(features, "features", features)     # a reordered block wraps the fitted one
    return [lexicon.matcher() for lexicon in features.lexicons_]


def bench_scorers(args) -> None:
    """Words per CPU second of each named scorer's find + metrics on AllSides articles."""
    docs = load_documents(args.data, args.docs)
    words = sum(len(doc.text.split()) for doc in docs)
    shared = "; lexicon matches found beforehand (as in the pipeline)" if args.shared_matches else ""
    print(f"{len(docs)} AllSides articles, {words:,} words; segments precomputed{shared}; best of {args.repeat}")
    for name in args.scorers.split(","):
        scorer = make_scorer(name.strip(), args.model)
        run_scorer(scorer, docs[:5])                        # warm-up: models, matchers, analyzers
        times = [run_scorer(scorer, docs, shared_matches=args.shared_matches) for _ in range(args.repeat)]
        best = min(times)
        print(f"  {name:<11} {words / best:>12,.0f} words per CPU second ({best:.3f} CPU s; "
              f"first pass, per-word memos still empty: {words / times[0]:,.0f})")
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(run_scorer, scorer, docs, shared_matches=args.shared_matches)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
