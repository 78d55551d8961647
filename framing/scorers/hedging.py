"""Scare quotes: short quoted labels the narrator keeps at arm's length (the "moderate" rebels).

>>> [s.text for s in ScareQuoteScorer().find(doc)]
['"moderate"']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path

from ..spans import NARRATOR, Span
from ..text import UNMARKED

EXPLANATION = (
    "A short phrase in quotation marks with no speaker: the writer signals doubt about the word "
    "(the \"moderate\" rebels) instead of saying why."
)
ALTERNATIVE = "use the word plainly, or say who uses it and why it is disputed"
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_RUN = re.compile(r"\w+")
_INNER_STOP = re.compile(r"[.!?…](?=\s|$)")
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")   # İ ı ſ K: each matches an ASCII letter, case ignored
_TRAILING = ",.;:"
_HYPHENS = frozenset("-‐‑")     # right after a reporting verb: it is part of a longer word ("state-run")
_OPENING_MARKS = frozenset("\"“‘'«")  # after a reporting verb: a quotation is its object


@lru_cache(maxsize=8)
def _more_words(n: int) -> re.Pattern:
    """A pattern whose `match` succeeds where more than `n` of `_WORD`'s words follow (possessive, so each word is
    one `_WORD` match)."""
    return re.compile(r"(?:\W*+\w++(?:[-'’.]\w++)*+){%d}" % (n + 1))


@dataclass(frozen=True)
class ScareQuoteCues:
    """Attribution cues (phrases), distancing markers and title small words, lower-case."""

    attribution: tuple[str, ...]
    markers: tuple[str, ...]
    title_small_words: frozenset[str] = frozenset()
    speech_words: frozenset[str] = frozenset()
    tag_followers: frozenset[str] = frozenset()


def read_cues(path: str | Path | None = None) -> ScareQuoteCues:
    """Read a cue file with [attribution], [markers], [speech_words], [title_small_words] and [tag_followers]
    sections (default: the packaged one)."""
    if path is None:
        text = resources.files("framing.data").joinpath("scare_quote_cues.txt").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {"attribution": [], "markers": [], "title_small_words": [], "speech_words": [],
                                      "tag_followers": []}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
        elif current is not None:
            sections[current].append(line.lower())
    return ScareQuoteCues(tuple(sections["attribution"]), tuple(sections["markers"]),
                          frozenset(sections["title_small_words"]), frozenset(sections["speech_words"]),
                          frozenset(sections["tag_followers"]))


@lru_cache(maxsize=4)
def _cue_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One regex matching any cue phrase as whole words (hyphen or space between words)."""
    parts = sorted((re.escape(p).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for p in phrases),
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


class _CueWords:
    """The cue phrases as word sets, to answer `_cue_pattern(phrases).search` with fewer regex runs.

    The pattern matches where a run of word characters, lower-cased, is a one-word phrase, and a phrase of
    several words only where its first word is such a run (the regex then decides). That holds on any text
    without the four characters that match an ASCII letter when case is ignored (İ, ı, ſ and the Kelvin sign:
    `_FOLDS_TO_ASCII`), as lower-casing every other character keeps it one character, a word character or not,
    and never makes it ASCII. Texts holding one of the four, and phrases that are not ASCII (case folding), hold
    a hyphen (it may join two runs) or start with a character that is not a word character, leave every
    decision to the regex.
    """

    __slots__ = ("single", "first", "regex_only")

    def __init__(self, phrases: tuple[str, ...]):
        phrases = tuple(p.lower() for p in phrases)           # the regex ignores case
        self.regex_only = any(not p.isascii() or "-" in p or not _RUN.match(p) for p in phrases)
        self.single = frozenset(p for p in phrases if _RUN.fullmatch(p))
        self.first = frozenset(_RUN.match(p).group() for p in phrases if not self.regex_only and p not in self.single)

    def search(self, fragment: str, pattern: re.Pattern) -> bool:
        """True where `pattern.search(fragment)` finds a match (`pattern` being `_cue_pattern` of the phrases)."""
        if self.regex_only or (not fragment.isascii() and _FOLDS_TO_ASCII.search(fragment)):
            return pattern.search(fragment) is not None
        runs = _RUN.findall(fragment.lower())
        if not self.single.isdisjoint(runs):
            return True
        return not self.first.isdisjoint(runs) and pattern.search(fragment) is not None


@lru_cache(maxsize=4)
def _cue_words(phrases: tuple[str, ...]) -> _CueWords:
    """`_CueWords` of the phrases (built once)."""
    return _CueWords(phrases)


@lru_cache(maxsize=4)
def _reversed_marker_pattern(markers: tuple[str, ...]) -> re.Pattern:
    """A regex whose `match` on text[::-1] succeeds where a distancing marker (spaces between its words) ends the text
    and no word character comes right before it: the regex `(?<!\\w)(?:m1|m2|...)$` searched in the text, without
    trying every position of it (case is ignored character by character, so reading backwards changes nothing else)."""
    return re.compile(r"(?:" + "|".join(re.escape(m[::-1]).replace(r"\ ", r"\s+") for m in markers) + r")(?!\w)",
                      re.IGNORECASE)


def _reporting_matcher():
    """Matcher of the shipped reporting-verbs lexicon, or None when it is not available."""
    from ..errors import FramingError
    from ..lexicon import load_lexicon

    try:
        return load_lexicon("reporting_verbs").matcher()
    except (FramingError, KeyError, FileNotFoundError, ValueError):
        return None


class ScareQuoteScorer:
    """Find scare quotes: 1-`max_words` word quotes used as labels in a narrator sentence.

    A quote counts when it is short, has no sentence-final punctuation inside, is not the whole
    sentence, a title, a nickname or first-person speech, and no reporting or naming verb
    ("described ... as", "called") stands before it in its sentence, nor a plain attribution
    ("..., he said") after it.
    A distancing marker right before it ("so-called") makes it a scare quote in any case.
    """

    name = "scare_quotes"
    family = "hedging"
    category = "scare_quote"

    def __init__(self, *, max_words: int = 4, after_words: int = 25, min_context_words: int = 3, tag_words: int = 6,
                 cues: str | Path | None = None, use_reporting_verbs: bool = True):
        self.max_words = max_words
        self.after_words = after_words
        self.tag_words = tag_words
        self.min_context_words = min_context_words
        self.cues = read_cues(cues)
        self.use_reporting_verbs = use_reporting_verbs
        self._reporting = None
        self._reporting_loaded = False

    @property
    def version(self) -> str:
        """Hash of its code, its cue lists and settings, and the reporting verbs when it uses them."""
        from ..attribution.resources import VERBS_PATH
        from ..versions import files_version, source_files

        verbs = [VERBS_PATH] if self.use_reporting_verbs else []
        return files_version(*source_files(type(self)), *verbs,
                             extra=(repr((self.cues.attribution, self.cues.markers, sorted(self.cues.title_small_words),
                                          sorted(self.cues.speech_words), sorted(self.cues.tag_followers))),
                                    repr((self.max_words, self.after_words, self.min_context_words, self.tag_words))))

    def _attributed(self, fragment: str, *, lexicon: bool = True) -> bool:
        """True if `fragment` holds an attribution cue (from the cue file, and the reporting-verbs
        lexicon if `lexicon`)."""
        phrases = self.cues.attribution
        if _cue_words(phrases).search(fragment, _cue_pattern(phrases)):
            return True
        return lexicon and bool(self._reporting_verbs(fragment))

    def _reporting_verbs(self, fragment: str) -> list:
        """Matches of the reporting-verbs lexicon in `fragment` ([] when it is not used or not available)."""
        if not self.use_reporting_verbs:
            return []
        if not self._reporting_loaded:
            self._reporting = _reporting_matcher()
            self._reporting_loaded = True
        return self._reporting.find(fragment) if self._reporting is not None else []

    def _dialogue_tag(self, after: str) -> bool:
        """True if a speaker and a reporting verb close the clause right after a quotation ('"Yeah," the group
        answered.', '"A missed opportunity," Patrick fumed after the snub', '"Jeb can," continued Mr. Pawlenty'):
        within `tag_words` words, a verb of the reporting-verbs lexicon followed by punctuation, the end, or a
        word of [tag_followers]; or, first, followed by a capitalised name. A verb with an object there is
        another clause's ('the "deadline," the court rejected a request')."""
        reach = _more_words(self.tag_words - 1).match(after)
        fragment = after[:reach.end()] if reach is not None else after
        verbs = [match for match in self._reporting_verbs(fragment) if match.entry.attrs.get("pos") != "noun"]
        if not verbs:
            return False                                # nouns ("a threat to", "in a speech") make no tag
        verb = verbs[0]                                 # the first: a later one belongs to the verb's object
        rest = after[verb.end:].lstrip(" ")
        if after[verb.end:verb.end + 1] in _HYPHENS or rest[:1] in _OPENING_MARKS:
            return False                                # "state-controlled", 'recognizing "courage"'
        following = _WORD.match(rest)
        if following is None:
            return True                                 # punctuation or the end closes the tag
        word = following.group()
        return word.lower() in self.cues.tag_followers or (
            word[0].isupper() and not _WORD.search(after, 0, verb.start))  # inverted: the verb, then the name

    def _marked(self, before: str) -> bool:
        """True if a distancing marker ("so-called") stands right before the quote."""
        return bool(self.cues.markers) and \
            _reversed_marker_pattern(self.cues.markers).match(before.rstrip()[::-1]) is not None

    def _title_like(self, words: list[str]) -> bool:
        """True if the first word and every content word are capitalised ("Gone With the Wind")."""
        small = self.cues.title_small_words
        return bool(words) and words[0][0].isupper() and all(
            w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words[1:])

    def is_scare_quote(self, text: str, quote, sentence: tuple[int, int]) -> bool:
        """Decide for one quote of `text` lying in `sentence` (start, end)."""
        if _more_words(self.max_words).match(text, quote.inner_start, quote.inner_end):
            return False  # too long (most quotes): told before the quote is copied (its edges hold no word)
        raw = text[quote.inner_start:quote.inner_end]
        inner = raw.strip().rstrip(_TRAILING).strip()
        if not inner or raw != raw.strip() or "\n" in inner:
            return False  # empty, badly paired marks, or lines of their own
        words = [m.group() for m in islice(_WORD.finditer(inner), self.max_words + 1)]   # no more than needed
        if not 1 <= len(words) <= self.max_words or _INNER_STOP.search(inner):
            return False  # too long, or a sentence of its own
        if len(words) >= 2 and self._title_like(words):
            return False  # a title or a name
        if any(w.lower() in self.cues.speech_words for w in words):
            return False  # first or second person: someone's words, not a label
        s_start, s_end = sentence
        before = text[min(s_start, quote.start):quote.start]
        after = text[quote.end:max(s_end, quote.end)]
        before_words, after_words = _WORD.findall(before), _WORD.findall(after)
        if len(before_words) + len(after_words) < self.min_context_words:
            return False  # the quote is (nearly) the whole sentence
        if (before_words and after_words and before.endswith(" ") and after.startswith(" ")
                and before_words[-1][0].isupper() and after_words[0][0].isupper()):
            return False  # a nickname: William "Mo" Cowan
        if self._title_like(before_words + after_words):
            return False  # a headline in title case
        if self._marked(before):
            return True
        if before.rstrip().endswith(":"):
            return False
        if (raw.endswith(",") or after.startswith(",")) and self._dialogue_tag(after):
            return False  # '"Yeah," the group answered.': someone's words, their speaker after them
        following = " ".join(after_words[:self.after_words])
        # after the quote only the plain cues count ("..., he said"): the lexicon's wider verbs
        # ("find", "believe") there belong to another clause
        return not (self._attributed(before) or self._attributed(following, lexicon=False))

    def find(self, doc) -> list[Span]:
        """Scare-quote spans (quotation marks included) in narrator sentences of `doc`."""
        seg = doc.segments
        text = doc.text
        spans = []
        for quote in seg.quotes:
            if quote.depth != 0 or not quote.closed or quote.mark in UNMARKED:
                continue  # (an embedded post or a displayed quotation is someone's words, not a label in marks)
            index = seg.sentence_at(quote.start)
            sentence = seg.sentences[index] if index >= 0 else (0, len(text))
            if not self.is_scare_quote(text, quote, sentence):
                continue
            inner = text[quote.inner_start:quote.inner_end].strip().rstrip(_TRAILING).strip()
            # fields by position (`Span`'s order): half the cost of keywords
            spans.append(Span(doc.id, quote.start, quote.end, text[quote.start:quote.end], self.name, self.family,
                              self.category, NARRATOR, None, inner.lower(), 1.0, EXPLANATION, ALTERNATIVE))
        return spans

    def explanations(self) -> dict[tuple[str, str], str]:
        """(family, category) -> explanation, for scorecard glossaries."""
        return {(self.family, self.category): EXPLANATION}

    def __repr__(self) -> str:
        return f"ScareQuoteScorer(max_words={self.max_words})"
