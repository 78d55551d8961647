"""Suggest new lexicon terms from a corpus: modifiers and phrases found around an actor's names.

Two kinds of candidates, none already in a shipped lexicon (or the actor lexicon in use):

* ``modifier``: the word right before an actor's name ("so-called", "US-backed", "armed"),
  scored against how often that word appears anywhere in the corpus;
* ``phrase``: two-word phrases in sentences naming the actor ("eastern aleppo", "moderate groups"),
  scored against the sentences that do not name it.

Scores are z-scores of the log-odds ratio with an informative Dirichlet prior
(framing.distinctive), so frequent *and* associated candidates come first.

>>> suggest_terms("seeds/", near="armed_opposition", top=10)
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any, Iterable

from .distinctive import _documents, distinctive_terms, normalize_token, stopwords

COLUMNS = ["term", "kind", "count", "corpus_count", "z", "example"]


class KnownTerms:
    """Answers "is this phrase already an entry of some lexicon?" using the lexicons' own matchers."""

    def __init__(self, lexicons: Iterable):
        self.matchers = [lexicon.matcher() for lexicon in lexicons]
        self._cache: dict[str, bool] = {}

    def __contains__(self, phrase: str) -> bool:
        known = self._cache.get(phrase)
        if known is None:
            known = any(
                any(m.start == 0 and m.end == len(phrase) for m in matcher.find(phrase))
                for matcher in self.matchers
            )
            self._cache[phrase] = known
        return known


def known_terms(*, actors=None, lexicons: Iterable | None = None) -> KnownTerms:
    """KnownTerms over the shipped lexicons (or `lexicons`), plus the actor lexicon in use."""
    from .lexicon import shipped_lexicons

    if lexicons is None:
        stamps = tuple((str(path), path.stat().st_mtime_ns) for path in shipped_lexicons())
        lexicons = _load_shipped(stamps)
    lexicons = list(lexicons)
    if actors is not None:
        lexicons.append(actors.lexicon)
    return KnownTerms(lexicons)


@lru_cache(maxsize=4)
def _load_shipped(stamps: tuple[tuple[str, int], ...]) -> tuple:
    """The shipped lexicons that load (cached per file version; broken files are skipped)."""
    from .errors import LexiconError
    from .lexicon import Lexicon

    loaded = []
    for path, _ in stamps:
        try:
            loaded.append(Lexicon.load(path))
        except LexiconError:
            continue  # a broken shipped file is reported by `framing lexicon check`
    return tuple(loaded)


def suggest_terms(
    corpus_or_docs: Any,
    *,
    near: str,
    top: int = 20,
    actors=None,
    lexicons: Iterable | None = None,
    min_count: int = 2,
    kinds: tuple[str, ...] = ("modifier", "phrase"),
):
    """Candidate names and loaded modifiers around the names of actor `near`, best first.

    `actors`: an ActorLexicon or a path (default: the shipped lexicons/actors.toml).
    `lexicons`: Lexicon objects whose entries are excluded (default: every shipped lexicon).
    Returns a DataFrame with columns term, kind, count (near the actor), corpus_count, z, example:
    the best `top` candidates of each kind, kinds in the order given, best first within a kind.
    """
    import pandas as pd

    from .scorers.actors import ActorLexicon, load_actors

    actor_lexicon = actors if isinstance(actors, ActorLexicon) else load_actors(actors)
    actor_lexicon.names_of(near)  # raises with the list of actors when unknown
    known = known_terms(actors=actor_lexicon, lexicons=lexicons)
    stop = stopwords()
    counts = {kind: (Counter(), Counter()) for kind in ("modifier", "phrase")}
    examples: dict[tuple[str, str], str] = {}
    cache: dict[str, str] = {}  # raw token -> normalized token
    for doc in _documents(corpus_or_docs):
        _count_document(doc, near, actor_lexicon, stop, counts, examples, cache)
    frames = []
    for kind in kinds:
        if kind not in counts:
            raise ValueError(f"kind must be 'modifier' or 'phrase', not {kind!r}")
        near_counts, all_counts = counts[kind]
        candidates = {t: n for t, n in near_counts.items()
                      if n >= min_count and t not in known and not any(w in known for w in t.split(" "))}
        if not candidates:
            continue
        rest = Counter({t: all_counts[t] - near_counts[t] for t in all_counts})
        scored = distinctive_terms(None, counts={"near": Counter(candidates), "rest": rest},
                                   reference="rest", min_count=1)
        scored = scored[scored["term"].isin(candidates)]
        frame = pd.DataFrame({
            "term": scored["term"], "kind": kind, "count": scored["count"],
            "corpus_count": scored["count"] + scored["ref_count"], "z": scored["z"].round(3),
            "example": [examples.get((kind, t), "") for t in scored["term"]],
        }, columns=COLUMNS)
        frame = frame.sort_values(["z", "count", "term"], ascending=[False, False, True], kind="mergesort")
        frames.append(frame.head(top))
    if not frames:
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(frames, ignore_index=True)


def _count_document(doc, near, actor_lexicon, stop, counts, examples, cache) -> None:
    """Add one document's modifier and phrase counts (near the actor and overall)."""
    from bisect import bisect_left, bisect_right

    seg = doc.segments
    text = doc.text
    tokens = seg.tokens
    if not tokens:
        return
    raw = [text[s:e] for s, e in tokens]
    words = [cache.get(w) or cache.setdefault(w, normalize_token(w)) for w in raw]
    starts = [s for s, _ in tokens]
    ends = [e for _, e in tokens]
    firsts = [bisect_left(starts, s_start) for s_start, _ in seg.sentences] + [len(tokens)]
    sentence_of = [0] * firsts[0] if firsts[0] else []
    for number, (low, high) in enumerate(zip(firsts, firsts[1:])):
        sentence_of.extend([number] * max(high - low, 0))
    inside = set()        # token indexes inside any actor name
    near_sentences = set()
    before = []           # token index right before a name of `near`
    for match in actor_lexicon.find(text):
        first = bisect_left(ends, match.start + 1)
        last = bisect_right(starts, match.end - 1)
        inside.update(range(first, last))
        if match.entry.category == near and first < len(tokens):
            near_sentences.add(sentence_of[first])
            if first > 0 and sentence_of[first - 1] == sentence_of[first]:
                before.append(first - 1)
    modifier_near, modifier_all = counts["modifier"]
    phrase_near, phrase_all = counts["phrase"]
    usable = [_modifier_like(w, stop) for w in words]
    modifier_all.update(w for w, ok in zip(words, usable) if ok)
    for i in before:
        if usable[i] and i not in inside:
            modifier_near[words[i]] += 1
            examples.setdefault(("modifier", words[i]), _context(text, starts[i], ends[min(i + 3, len(tokens) - 1)]))
    for i in range(len(words) - 1):
        if not usable[i] or sentence_of[i] != sentence_of[i + 1] or i in inside or i + 1 in inside:
            continue
        if not _phrase_head(words[i + 1], stop) or not _phrase_shape(raw[i], raw[i + 1]):
            continue
        phrase = f"{words[i]} {words[i + 1]}"
        phrase_all[phrase] += 1
        if sentence_of[i] in near_sentences:
            phrase_near[phrase] += 1
            examples.setdefault(("phrase", phrase), _context(text, starts[i], ends[i + 1]))


def _phrase_shape(first: str, second: str) -> bool:
    """Adjective+noun shape (first word lower case or hyphenated) or a proper name (both capitalised)."""
    if first[:1].islower() or "-" in first:
        return True
    return first[:1].isupper() and second[:1].isupper() and not first.isupper() and not second.isupper()


@lru_cache(maxsize=65536)
def _modifier_like(word: str, stop: frozenset[str]) -> bool:
    """A word that can modify a name: has letters, not a stopword, not a possessive or a number."""
    return (word not in stop and any(ch.isalpha() for ch in word) and not word.endswith("'s")
            and not word[:1].isdigit())


@lru_cache(maxsize=65536)
def _phrase_head(word: str, stop: frozenset[str]) -> bool:
    """A word that can end a noun phrase: alphabetic (hyphens allowed), not a stopword."""
    return word not in stop and word.replace("-", "").replace("'", "").isalpha() and not word.endswith("'s")


def _context(text: str, start: int, end: int, *, width: int = 40) -> str:
    """`text[start:end]` with some context each side, on one line."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())
