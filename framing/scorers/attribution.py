"""AttributionScorer: source, cue and content spans of every attribution, plus per-document metrics.

Metric keys (additive; the engine prefixes them with "attribution."):

* ``attributions``: number of attributions; ``anonymous``: of them with an anonymous or vague source;
* ``stance.<stance>`` and ``kind.<kind>``: attributions per stance class and per kind;
* ``quoted_chars`` / ``chars``: characters inside direct-quote contents / all characters;
* ``speaker.<speaker>.<stance>``: attributions per canonical speaker and stance;
* ``group.<group>.<stance>``: per speaker group and stance;
* ``group_country.<group>|<country>.<stance>``: per group and country ("-" when unknown).

>>> scorer = AttributionScorer()
>>> [(s.category, s.text) for s in scorer.find(doc)]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable

from ..attribution import extract_attributions
from ..attribution.resources import load_resources
from ..results import Tally
from ..spans import NARRATOR, QUOTED, Span

ROLES = ("source", "cue", "content")
_QUOTED_KINDS = ("direct", "partial")  # kinds whose content is the speaker's own words (in part)
CATEGORY_EXPLANATIONS = {
    "source": "Who is reported as speaking (a name, role, organisation, pronoun or vague source).",
    "cue": "The reporting verb or phrase that introduces what a source said; its stance class "
           "(neutral, distancing, endorsing, ...) is in the span's term and explanation.",
    "content": "What the source is reported to have said; in the quoted voice when quoted directly.",
}


def _key(text: str | None) -> str:
    """A metric-key-safe label (dots would split the key)."""
    return (text or "-").replace(".", "").replace("|", "/").strip() or "-"


_SHARED_KEYS: dict[tuple, tuple[str, ...]] = {}  # (stance, kind, group, country) -> the four keys it counts for
_SPEAKER_KEYS: dict[tuple, str] = {}  # (speaker, stance) -> "speaker.<speaker>.<stance>"
_MAX_KEYS = 50_000   # past this many entries a memo starts afresh (bounded memory)


def _shared_keys(shared: tuple) -> tuple[str, ...]:
    """The keys of a cue's (stance, kind, group, country): its stance, kind, group and group with country (memoised)."""
    keys = _SHARED_KEYS.get(shared)
    if keys is None:
        stance, kind, group, country = shared
        group_key, country_key = _key(group), _key(country)
        keys = _remember(_SHARED_KEYS, shared, (f"stance.{stance}", f"kind.{kind}", f"group.{group_key}.{stance}",
                                                f"group_country.{group_key}|{country_key}.{stance}"))
    return keys


def _speaker_key(speaking: tuple) -> str:
    """The key of a cue's (speaker, stance) (memoised)."""
    key = _SPEAKER_KEYS.get(speaking)
    if key is None:
        speaker, stance = speaking
        key = _remember(_SPEAKER_KEYS, speaking, f"speaker.{_key(speaker)}.{stance}")
    return key


def _remember(memo: dict, key, value):
    """`memo[key] = value` (the memo emptied first when it holds _MAX_KEYS entries); the value."""
    if len(memo) >= _MAX_KEYS:
        memo.clear()
    memo[key] = value
    return value


class AttributionScorer:
    """Finds attributions (who said what, with which reporting verb) as linked spans."""

    family = "attribution"

    def __init__(self, *, name: str = "attribution", verbs=None, groups=None):
        self.name = name
        self.verbs = verbs
        self.groups = groups

    @property
    def version(self) -> str:
        """Hash of the reporting verbs, speaker groups and rules it loads, and of the extractor's code."""
        from .. import attribution
        from ..attribution import extract, model, resources, segments, speakers
        from ..versions import files_version, source_files

        return files_version(self.verbs or resources.VERBS_PATH, self.groups or resources.GROUPS_PATH,
                             resources.RULES_PATH,
                             *source_files(attribution, extract, model, resources, segments, speakers, type(self)))

    def attributions(self, doc):
        """The document's attributions (`framing.attribution.Attribution`)."""
        return extract_attributions(doc, resources=load_resources(verbs=self.verbs, groups=self.groups))

    def find(self, doc) -> list[Span]:
        """Source, cue and content spans linked by `attrs["attribution_id"]`."""
        explanations = load_resources(verbs=self.verbs, groups=self.groups).stance_explanations
        spans = []
        append = spans.append
        seen: set[str] = set()
        doc_id, name, family = doc.id, self.name, self.family
        for attr in self.attributions(doc):
            # the record's fields in order (one unpacking instead of an attribute lookup each)
            attr_id, source, cue, content, speaker, group, country, verb, stance, kind, anonymous = attr
            repeat = attr_id in seen  # a further quotation continuing an attribution: content only
            seen.add(attr_id)
            attrs = {"attribution_id": attr_id, "verb": verb, "stance": stance, "kind": kind,
                     "speaker_group": group, "country": country, "anonymous": anonymous}
            if not repeat:
                if source is not None:
                    append(Span(doc_id, source[0], source[1], source[2], name, family, "source", NARRATOR, speaker,
                                "", 1.0, "", None, {**attrs, "role": "source"}))
                if cue is not None:
                    append(Span(doc_id, cue[0], cue[1], cue[2], name, family, "cue", NARRATOR, speaker, verb, 1.0,
                                explanations.get(stance, ""), None, {**attrs, "role": "cue"}))
            if content is not None:
                attrs["role"] = "content"
                append(Span(doc_id, content[0], content[1], content[2], name, family, "content",
                            QUOTED if kind == "direct" else NARRATOR, speaker, "", 1.0, "", None, attrs))
        return spans

    def tally(self, doc) -> Tally:
        """What `find`'s spans add to the document's result, without making them (runs that keep no spans): the
        counts and terms `DocResult.from_spans` takes from the cues, the `metrics`, and the contents `refine` reads."""
        seen: set[str] = set()
        shared: dict[tuple, int] = {}  # (stance, kind, group, country) -> cues
        speaking: dict[tuple, int] = {}  # (speaker, stance) -> cues
        anonymous_cues = 0
        terms: dict[str, int] = {}  # a cue span's term (its verb, or its text), lower-cased -> cues
        contents = []  # (start, end, speaker) of the contents quoted directly or in part
        quoted_chars = 0
        for attr in self.attributions(doc):
            attr_id, _, cue, content, speaker, group, country, verb, stance, kind, anonymous = attr
            if cue is not None and attr_id not in seen:  # `find` makes a cue span
                key = (stance, kind, group, country)
                shared[key] = shared.get(key, 0) + 1
                key = (speaker, stance)
                speaking[key] = speaking.get(key, 0) + 1
                if anonymous:
                    anonymous_cues += 1
                term = (verb or cue[2]).lower()
                terms[term] = terms.get(term, 0) + 1
            seen.add(attr_id)
            if content is not None and kind in _QUOTED_KINDS:
                if kind == "direct":  # a content span in the quoted voice
                    quoted_chars += content[1] - content[0]
                if speaker:
                    contents.append((content[0], content[1], speaker))
        key, cues = (self.family, "cue", NARRATOR), sum(shared.values())
        return Tally(counts={key: cues} if cues else {},
                     terms={(*key, term): n for term, n in terms.items()},
                     metrics=_metrics(doc, shared, speaking, anonymous_cues, quoted_chars),
                     refining=tuple(sorted(contents)))

    def explanations(self) -> dict[tuple[str, str], str]:
        """(family, category) -> one-line explanation of each attribution role, for scorecard glossaries."""
        return {(self.family, role): text for role, text in CATEGORY_EXPLANATIONS.items()}

    def refine(self, doc, spans: Iterable[Span], *, tally: Tally | None = None) -> list[Span]:
        """Give quoted-voice spans of other scorers lying inside a quoted content the quote's speaker (the
        contents among `spans`, or those of `tally` where the document was tallied)."""
        spans = list(spans)
        name = self.name
        waiting = [n for n, s in enumerate(spans) if s.voice == QUOTED and s.speaker is None and s.scorer != name]
        if not waiting:  # no other scorer's quoted span lacks a speaker: nothing to give
            return spans
        contents = tally.refining if tally is not None else sorted(
            (s.start, s.end, s.speaker) for s in spans
            if s.scorer == name and s.category == "content" and s.speaker
            and s.attrs.get("kind") in _QUOTED_KINDS
        )
        if not contents:
            return spans
        starts = [start for start, _, _ in contents]
        reach = list(accumulate((end for _, end, _ in contents), max))  # the furthest end among contents[:i + 1]
        for n in waiting:
            span = spans[n]
            # the first content (in sorted order) holding the span: among those starting at or before it,
            # the first whose end reaches its end (where the running furthest end first does)
            starting = bisect_right(starts, span.start)
            first = bisect_left(reach, span.end, 0, starting)
            if first < starting:
                spans[n] = span.replace(speaker=contents[first][2])
        return spans

    def metrics(self, doc, spans: Iterable[Span]) -> dict[str, float]:
        """Additive counts per document (see the module docstring for the keys)."""
        name = self.name
        quoted_chars = anonymous_cues = 0
        shared: dict[tuple, int] = {}  # (stance, kind, group, country) -> cues
        speaking: dict[tuple, int] = {}  # (speaker, stance) -> cues
        for span in spans:
            if span.scorer != name:
                continue
            category = span.category
            if category == "content":
                if span.voice == QUOTED:
                    quoted_chars += span.end - span.start
            elif category == "cue":
                attrs = span.attrs
                stance = attrs.get("stance", "-")
                key = (stance, attrs.get("kind", "-"), attrs.get("speaker_group"), attrs.get("country"))
                shared[key] = shared.get(key, 0) + 1
                key = (span.speaker, stance)
                speaking[key] = speaking.get(key, 0) + 1
                if attrs.get("anonymous"):
                    anonymous_cues += 1
        return _metrics(doc, shared, speaking, anonymous_cues, quoted_chars)


def _metrics(doc, shared: dict[tuple, int], speaking: dict[tuple, int], anonymous: int,
             quoted_chars: int) -> dict[str, float]:
    """`metrics` from the cues counted by (stance, kind, group, country) and by (speaker, stance), the anonymous ones
    and the characters quoted directly."""
    cues = sum(shared.values())
    counts = {"chars": float(len(doc.text)), "attributions": float(cues), "quoted_chars": float(quoted_chars)}
    if cues:
        counts["anonymous"] = float(anonymous)
    per_key: dict[str, int] = {}  # keys overlap (two groups with one stance; "U.S." and "US" speaking)
    get = per_key.get
    for parts, n in shared.items():
        for key in _shared_keys(parts):
            per_key[key] = get(key, 0) + n
    for parts, n in speaking.items():
        key = _speaker_key(parts)
        per_key[key] = get(key, 0) + n
    counts.update(zip(per_key, map(float, per_key.values())))
    return counts
