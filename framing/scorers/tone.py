"""Tone toward actors: VADER sentiment of the sentences that name an actor, narrator vs quoted voice.

For each sentence naming an actor, the narrator's tone is scored on the sentence without its
quotations (the outlet's own words) and the quoted tone on the quoted words of the sentence.
Only sentences that mention an actor are scored (VADER is slow next to the rest of the pipeline).

>>> scorer = ToneScorer()
>>> [(s.category, s.voice, s.attrs["compound"]) for s in scorer.find(doc)]
"""
from __future__ import annotations

from bisect import bisect_right
from string import punctuation   # what VADER strips from the edges of words

from ..attribution.implementation import compiled_module
from ..spans import NARRATOR, QUOTED, Span
from .actors import ActorLexicon, ActorScorer

POSITIVE, NEGATIVE, NEUTRAL = "positive", "negative", "neutral"
THRESHOLD = 0.05  # VADER's customary cut-off for calling a compound score positive or negative
_CAPITAL_SIGMA = "\u03a3"  # lower-cases differently inside a text and inside a word
_ANALYZER = None


def shared_analyzer():
    """One VADER analyzer per process (loading its lexicon takes longer than scoring a document)."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = _make_analyzer()
    return _ANALYZER


_TESTED_VADER = "3.3.2"   # the faster analyzer re-states parts of this version's code (tests compare them)


def _make_analyzer():
    """A vaderSentiment analyzer giving the same scores, faster (see `Analyzer`); the stock one for other versions."""
    from importlib.metadata import PackageNotFoundError, version

    from vaderSentiment.vaderSentiment import (BOOSTER_DICT, C_INCR, N_SCALAR, NEGATE, SPECIAL_CASES,
                                               SentimentIntensityAnalyzer, allcap_differential, scalar_inc_dec)

    try:
        tested = version("vaderSentiment") == _TESTED_VADER
    except PackageNotFoundError:
        tested = False
    if not tested:
        class Stock(SentimentIntensityAnalyzer):
            """vaderSentiment as installed, asked about every text."""

            def may_have_sentiment(self, text: str) -> bool:
                return True

            def compound(self, text: str) -> float:
                return self.polarity_scores(text)["compound"]

        return Stock()

    negations = frozenset(NEGATE)
    # the words of VADER's idioms and booster phrases: fewer than two of them near a word, no idiom can match
    idiom_words = frozenset(word for phrase in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in phrase
                            for word in phrase.split(" "))

    def negated(word: str) -> bool:
        """vaderSentiment's `negated([word])`, without rebuilding its word list."""
        lowered = str(word).lower()
        return lowered in negations or "n't" in lowered

    class Sentence:
        """What vaderSentiment's SentiText holds and `sentiment_valence` reads."""

        __slots__ = ("text", "words_and_emoticons", "is_cap_diff", "lower")

        def __init__(self, text: str):
            words = []
            for token in text.split():
                stripped = token.strip(punctuation)      # SentiText._strip_punc_if_word
                words.append(stripped if len(stripped) > 2 else token)
            self.text, self.words_and_emoticons, self.is_cap_diff = text, words, allcap_differential(words)
            self.lower = [word.lower() for word in words]   # what VADER lower-cases word by word, once

    class Analyzer(SentimentIntensityAnalyzer):
        """vaderSentiment 3.3's `polarity_scores` (the tests compare them), doing less work for the same result.

        Without emoji the per-character conversion loop is skipped; words outside the lexicon get
        their valence of 0 without a call; a sentence's words are lower-cased once, and the checks
        around a lexicon word (`_valence`) read them, looking up idioms only when two of the words
        near it belong to one.
        """

        def __init__(self):
            super().__init__()
            self.emoji_chars = frozenset(self.emojis)
            self._compound = None

        def compound(self, text: str) -> float:
            """`polarity_scores(text)["compound"]`: from C loops where `framing._tone` is built (not for emoji), else
            0.0 at once for text without a VADER word, else from `polarity_scores`."""
            no_emoji = self.no_emoji(text)
            compiled = self._compiled_compound() if no_emoji else None
            if compiled is not None:
                return compiled(text)
            if not self.may_have_sentiment(text):
                return 0.0
            return self.polarity_scores(text)["compound"]

        def no_emoji(self, text: str) -> bool:
            """True when no character of `text` is one of VADER's emoji (ASCII text holds none)."""
            return text.isascii() or self.emoji_chars.isdisjoint(text)

        def _compiled_compound(self):
            """`framing._tone.Compound` over this analyzer's tables (built once), or None: FRAMING_PURE_PYTHON is
            set or the extension is not built."""
            module = compiled_module("_tone")
            if module is None:
                return None
            if self._compound is None:
                self._compound = module.Compound(lexicon=self.lexicon, boosters=BOOSTER_DICT, negations=negations,
                                                 idiom_words=idiom_words, idioms=Analyzer._special_idioms_check,
                                                 sum_=sum, round_=round)
            return self._compound

        def polarity_scores(self, text):
            if not self.no_emoji(text):
                return super().polarity_scores(text)
            text = text.strip()                         # the parent's loop gives back `text` when there is no emoji
            sentitext = Sentence(text)
            sentiments = []
            words_and_emoticons, lower = sentitext.words_and_emoticons, sentitext.lower
            last = len(words_and_emoticons) - 1
            lexicon = self.lexicon
            for i, lowered in enumerate(lower):
                if (lowered not in lexicon                   # sentiment_valence would append 0 too
                        or lowered in BOOSTER_DICT
                        or (i < last and lowered == "kind" and lower[i + 1] == "of")):
                    sentiments.append(0)
                    continue
                sentiments.append(self._valence(sentitext, i))
            sentiments = self._but_check(words_and_emoticons, sentiments)
            return self.score_valence(sentiments, text)

        def _valence(self, sentitext, i):
            """vaderSentiment 3.3's `sentiment_valence` of the lexicon word at `i`, reading the lower-cased words
            once: the same tests and the same arithmetic in the same order."""
            words, lower, is_cap_diff = sentitext.words_and_emoticons, sentitext.lower, sentitext.is_cap_diff
            lexicon = self.lexicon
            item_lowercase = lower[i]
            valence = lexicon[item_lowercase]
            if item_lowercase == "no" and i != len(words) - 1 and lower[i + 1] in lexicon:
                valence = 0.0
            if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") \
                    or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
                valence = lexicon[item_lowercase] * N_SCALAR
            if words[i].isupper() and is_cap_diff:
                if valence > 0:
                    valence += C_INCR
                else:
                    valence -= C_INCR
            for start_i in range(0, 3):
                before = i - (start_i + 1)
                if i > start_i and lower[before] not in lexicon:
                    s = scalar_inc_dec(words[before], valence, is_cap_diff) if lower[before] in BOOSTER_DICT else 0.0
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    valence = self._negation_lower(valence, lower, start_i, i)
                    if start_i == 2 and sum(word in idiom_words for word in lower[i - 3:i + 3]) >= 2:
                        valence = self._special_idioms_check(valence, words, i)
            return self._least_check(valence, words, i) if i > 0 and lower[i - 1] == "least" else valence

        @staticmethod
        def _negation_lower(valence, lower, start_i, i):
            """`_negation_check` reading the sentence's lower-cased words."""
            one, two, three = (lower[i - k] if i - k >= 0 else None for k in (1, 2, 3))
            return Analyzer._negation_words(valence, start_i, one, two, three)

        @staticmethod
        def _negation_check(valence, words_and_emoticons, start_i, i):
            first = max(i - 3, 0)
            lower = [str(w).lower() for w in words_and_emoticons[first:i + 1]]
            one, two, three = (lower[i - first - k] if i - k >= 0 else None for k in (1, 2, 3))
            return Analyzer._negation_words(valence, start_i, one, two, three)

        @staticmethod
        def _negation_words(valence, start_i, one, two, three):
            """vaderSentiment's `_negation_check` given the three lower-cased words before the word (None: none)."""
            if start_i == 0:
                if negated(one):
                    valence = valence * N_SCALAR
            if start_i == 1:
                if two == "never" and (one == "so" or one == "this"):
                    valence = valence * 1.25
                elif two == "without" and one == "doubt":
                    pass
                elif negated(two):
                    valence = valence * N_SCALAR
            if start_i == 2:
                if three == "never" and (two == "so" or two == "this") or (one == "so" or one == "this"):
                    valence = valence * 1.25
                elif three == "without" and (two == "doubt" or one == "doubt"):
                    pass
                elif negated(three):
                    valence = valence * N_SCALAR
            return valence

        @staticmethod
        def _special_idioms_check(valence, words_and_emoticons, i):
            first = max(i - 3, 0)       # it reads at most 3 words before and 2 after `i`
            window = words_and_emoticons[first:i + 3]
            return SentimentIntensityAnalyzer._special_idioms_check(valence, window, i - first)

        def may_have_sentiment(self, text: str) -> bool:
            """False only when VADER's compound score of `text` is certainly 0.0: no emoji and no lexicon word.

            VADER gives a word a non-zero valence only when the word (whitespace-split, edge punctuation
            stripped as VADER strips it, lower-cased) is in its lexicon; with none, every valence is 0.
            """
            if not self.no_emoji(text) or _CAPITAL_SIGMA in text:
                return True
            lowered = text.lower()
            if len(lowered) != len(text):       # a character lower-cases to several: ask VADER
                return True
            lexicon = self.lexicon
            for token in lowered.split():
                stripped = token.strip(punctuation)
                if (stripped if len(stripped) > 2 else token) in lexicon:
                    return True
            return False

    return Analyzer()



def polarity(compound: float, *, threshold: float = THRESHOLD) -> str:
    """'positive', 'negative' or 'neutral' for a VADER compound score."""
    if compound >= threshold:
        return POSITIVE
    if compound <= -threshold:
        return NEGATIVE
    return NEUTRAL


def _quote_start(quote) -> int:
    return quote.start


def voice_texts(doc, start: int, end: int) -> dict[str, str]:
    """The narrator words (quotations removed) and the quoted words of `doc.text[start:end]`."""
    seg = doc.segments
    text = doc.text
    quotes = seg.quotes  # top-level quotes, sorted and non-overlapping
    i = max(bisect_right(quotes, start, key=_quote_start) - 1, 0)
    narrator, quoted = [], []
    cursor = start
    for quote in quotes[i:]:
        if quote.start >= end:
            break
        if quote.end <= start:
            continue
        if quote.start > cursor:
            narrator.append(text[cursor:quote.start])
        inner_start, inner_end = max(quote.inner_start, start), min(quote.inner_end, end)
        if inner_end > inner_start:
            quoted.append(text[inner_start:inner_end])
        cursor = max(cursor, quote.end)
    if cursor < end:
        narrator.append(text[cursor:end])
    return {NARRATOR: " ".join(" ".join(narrator).split()), QUOTED: " ... ".join(" ".join(p.split()) for p in quoted)}


class ToneScorer:
    """One span per (sentence, actor, voice): the sentence, with VADER's compound score of that voice's words.

    `metrics` adds, per actor and voice, the sum of compound scores, their sum of squares and the
    count ("sum.<actor>.<voice>", "sumsq.<actor>.<voice>", "n.<actor>.<voice>"), so means and
    confidence intervals can be computed after merging documents.
    """

    family = "tone"

    def __init__(self, actors: ActorLexicon | ActorScorer | str | None = None, *, name: str = "tone"):
        self.actor_scorer = actors if isinstance(actors, ActorScorer) else ActorScorer(actors)
        self.name = name
        self._analyzer = None

    @property
    def version(self) -> str:
        """Hash of the tone and actor code, the actors lexicon's version and the installed vaderSentiment."""
        from importlib.metadata import PackageNotFoundError, version

        from ..versions import files_version, source_files

        try:
            vader = version("vaderSentiment")
        except PackageNotFoundError:
            vader = "missing"
        return files_version(*source_files(type(self), ActorScorer),
                             extra=(self.actor_scorer.actors.lexicon.version, vader))

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_analyzer"] = None  # rebuilt lazily in worker processes
        return state

    @property
    def analyzer(self):
        """The VADER analyzer (its lexicon ships with vaderSentiment; loaded once per process, lazily)."""
        if self._analyzer is None:
            self._analyzer = shared_analyzer()
        return self._analyzer

    def compound(self, text: str) -> float:
        """VADER compound score of `text` (0.0 for empty text or text without any VADER lexicon word)."""
        if not text.strip():
            return 0.0
        return float(self.analyzer.compound(text))

    def find(self, doc) -> list[Span]:
        """Tone spans for every sentence naming an actor, one per actor and voice it is named in."""
        mentions = self.actor_scorer.find(doc)
        if not mentions:
            return []
        seg = doc.segments
        by_sentence: dict[int, dict[tuple[str, str], list[str]]] = {}
        for span in mentions:
            index = seg.sentence_at(span.start)
            names = by_sentence.setdefault(index, {}).setdefault((span.category, span.voice), [])
            if span.term not in names:
                names.append(span.term)
        spans = []
        for index in sorted(by_sentence):
            start, end = seg.sentences[index] if index >= 0 else (0, len(doc.text))
            texts = voice_texts(doc, start, end)
            scores: dict[str, float] = {}
            for (actor, voice), names in by_sentence[index].items():
                if voice not in scores:
                    scores[voice] = self.compound(texts[voice])
                score = scores[voice]
                # fields by position (`Span`'s order): half the cost of keywords
                spans.append(Span(doc.id, start, end, doc.text[start:end], self.name, self.family, actor, voice, None,
                                  polarity(score), 1.0,
                                  f"VADER tone ({voice} words) of a sentence naming {actor}: {score:+.3f}", None,
                                  {"compound": score, "names": list(names), "scored_text": texts[voice]}))
        return spans

    def metrics(self, doc, spans) -> dict[str, float]:
        """Additive sums per actor and voice: sum, sum of squares and count of compound scores."""
        out: dict[str, float] = {}
        for span in spans:
            if span.scorer != self.name:
                continue
            score = float(span.attrs["compound"])
            suffix = f"{span.category}.{span.voice}"
            out[f"sum.{suffix}"] = out.get(f"sum.{suffix}", 0.0) + score
            out[f"sumsq.{suffix}"] = out.get(f"sumsq.{suffix}", 0.0) + score * score
            out[f"n.{suffix}"] = out.get(f"n.{suffix}", 0) + 1
        return out

    def explanations(self) -> dict[tuple[str, str], str]:
        """(family, actor) -> what a tone span of that actor measures, for scorecard glossaries."""
        return {(self.family, name): f"VADER tone (compound, -1 to +1) of sentences naming this actor: "
                                     f"{category.explanation}"
                for name, category in self.actor_scorer.actors.lexicon.categories.items()}

    def __repr__(self) -> str:
        return f"ToneScorer(actors={self.actor_scorer.actors.name!r})"
