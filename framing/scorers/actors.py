"""Actor naming: find every name of every actor (lexicons/actors.toml) with its tag and voice.

>>> scorer = ActorScorer()
>>> [(s.category, s.term, s.attrs["tag"], s.voice) for s in scorer.find(doc)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..errors import LexiconError
from ..spans import Span

EXTRA_ENTRY_KEYS = ("attrs", "not_preceded_by", "not_followed_by")
DEFAULT_TAG = "neutral"
_EXTRA_LINE = re.compile(r"^[ \t]*(attrs|not_preceded_by|not_followed_by)[ \t]*=.*$", re.M)
_PREVIOUS_WORD = re.compile(r"([\w'.]+)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([\w'.]+)")


@dataclass(frozen=True)
class NameRules:
    """What an actor lexicon adds to an entry: attrs (with the tag) and context rules."""

    attrs: Mapping[str, Any] = field(default_factory=dict)
    not_preceded_by: frozenset[str] = frozenset()
    not_followed_by: frozenset[str] = frozenset()

    @property
    def tag(self) -> str:
        """What the name does (neutral, delegitimizing, metonym, ...)."""
        return str(self.attrs.get("tag", DEFAULT_TAG))


class ActorLexicon:
    """A lexicon of actors (categories) and their names (entries), with tags and context rules.

    >>> actors = load_actors()
    >>> [(m.entry.category, m.entry.term) for m in actors.find("Damascus refused.")]
    """

    def __init__(self, lexicon, rules: Mapping[tuple[str, str], NameRules]):
        self.lexicon = lexicon
        self.rules = dict(rules)

    @property
    def name(self) -> str:
        return self.lexicon.name

    @property
    def actors(self) -> list[str]:
        """Actor (category) names in file order."""
        return list(self.lexicon.categories)

    def rules_of(self, entry) -> NameRules:
        """Tag and context rules of a lexicon entry."""
        return self.rules.get((entry.category, entry.term), NameRules())

    def tag_of(self, entry) -> str:
        """The tag of a lexicon entry ("neutral" when none is given)."""
        return self.rules_of(entry).tag

    def find(self, text: str) -> list:
        """Lexicon matches in `text` that pass their entry's context rules."""
        matches = self.lexicon.matcher().find(text)
        if not matches:
            return matches
        low = None
        kept = []
        for match in matches:
            rules = self.rules_of(match.entry)
            if rules.not_preceded_by or rules.not_followed_by:
                if low is None:
                    low = text.lower()
                if _blocked(low, match.start, match.end, rules):
                    continue
            kept.append(match)
        return kept

    def check_examples(self) -> list[str]:
        """Problems with examples and counterexamples, context rules applied."""
        problems = []
        where = self.lexicon.path or self.lexicon.name
        for entry in self.lexicon.entries:
            label = f"{where}:{entry.line or '?'}: actor '{entry.category}', name '{entry.term}'"
            for sentence in entry.examples:
                if not any(m.entry == entry for m in self.find(sentence)):
                    problems.append(f"{label}: example does not match: {sentence!r}")
            for sentence in entry.counterexamples:
                if any(m.entry == entry for m in self.find(sentence)):
                    problems.append(f"{label}: counterexample matches: {sentence!r}")
        return problems

    def __repr__(self) -> str:
        return f"ActorLexicon({self.lexicon!r})"


def _blocked(low: str, start: int, end: int, rules: NameRules) -> bool:
    """True if the word right before/after `low[start:end]` (spaces only between) forbids the match."""
    if rules.not_preceded_by:
        before = _PREVIOUS_WORD.search(low, max(0, start - 40), start)
        if before and before.group(1).strip(".") in rules.not_preceded_by:
            return True
        if start > 0 and low[start - 1] == "-":
            word = re.search(r"([\w']+)-$", low[max(0, start - 40):start])
            if word and word.group(1) in rules.not_preceded_by:
                return True
    if rules.not_followed_by:
        after = _NEXT_WORD.match(low, end)
        if after and after.group(1).rstrip(".") in rules.not_followed_by:
            return True
    return False


def shipped_actors_path() -> Path:
    """Path of the shipped lexicons/actors.toml."""
    from ..lexicon import shipped_lexicons

    for path in shipped_lexicons():
        if path.stem == "actors":
            return path
    raise LexiconError(["actors.toml: the shipped actor lexicon was not found; pass a path to load_actors(...)"])


def load_actors(path: str | Path | None = None) -> ActorLexicon:
    """Load an actor lexicon (default: the shipped lexicons/actors.toml), validating its extras."""
    from ..lexicon import Lexicon

    path = Path(path) if path is not None else shipped_actors_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError([f"{path}: cannot read actor lexicon ({exc.strerror or exc})"]) from None
    except UnicodeDecodeError as exc:
        raise LexiconError([f"{path}: not UTF-8 text ({exc}); save the file as UTF-8"]) from None
    lexicon = Lexicon.from_toml(_loader_text(text), path=str(path))
    rules = _read_rules(text, path=str(path), lexicon=lexicon)
    return ActorLexicon(lexicon, rules)


def _loader_text(text: str) -> str:
    """`text` with the actor extras blanked out (same line numbers) unless the lexicon loader knows them."""
    from .. import lexicon as lexicon_module

    known = getattr(lexicon_module, "_ENTRY_KEYS", set())
    if all(key in known for key in EXTRA_ENTRY_KEYS):
        return text
    return _EXTRA_LINE.sub("", text)


def _read_rules(text: str, *, path: str, lexicon) -> dict[tuple[str, str], NameRules]:
    """Tags and context rules per (actor, name), with every problem reported at once."""
    import tomllib

    data = tomllib.loads(text)
    leftover = tomllib.loads(_EXTRA_LINE.sub("", text))
    problems: list[str] = []
    rules: dict[tuple[str, str], NameRules] = {}
    for category, table in (data.get("categories") or {}).items():
        for number, item in enumerate(table.get("entries", []) if isinstance(table, dict) else [], 1):
            if not isinstance(item, dict) or not isinstance(item.get("term"), str):
                continue
            where = f"{path}: actor '{category}', name {item['term']!r}"
            rest = leftover["categories"][category]["entries"][number - 1]
            for key in EXTRA_ENTRY_KEYS:
                if key in rest:
                    problems.append(f"{where}: write {key} on a single line")
            attrs = item.get("attrs", {})
            if not isinstance(attrs, dict):
                problems.append(f"{where}: attrs must be a table, e.g. attrs = {{ tag = \"neutral\" }}")
                attrs = {}
            tag = attrs.get("tag", DEFAULT_TAG)
            if not isinstance(tag, str) or not tag.strip() or "." in tag:
                problems.append(f"{where}: attrs.tag must be a word such as \"neutral\" or \"delegitimizing\", not {tag!r}")
            words = {}
            for key in ("not_preceded_by", "not_followed_by"):
                value = item.get(key, [])
                if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
                    problems.append(f"{where}: {key} must be a list of words")
                    value = []
                words[key] = frozenset(w.strip().lower() for w in value)
            rules[(category, item["term"])] = NameRules(attrs=dict(attrs), **words)
    if problems:
        raise LexiconError(problems)
    return rules


class ActorScorer:
    """Spans for every actor name in a document: category = actor, term = name, attrs tag, voice.

    `metrics` counts names per actor and voice: "name.<actor>.<voice>.<tag>.<name>".
    """

    family = "actors"

    def __init__(self, actors: ActorLexicon | str | Path | None = None, *, name: str = "actors"):
        self.actors = actors if isinstance(actors, ActorLexicon) else load_actors(actors)
        self.name = name

    def find(self, doc) -> list[Span]:
        """Actor-name spans in `doc`, leftmost first."""
        text = doc.text
        categories = self.actors.lexicon.categories
        spans = []
        for match in self.actors.find(text):
            entry = match.entry
            rules = self.actors.rules_of(entry)
            attrs = {"tag": rules.tag, "source": entry.source}
            attrs.update({k: v for k, v in rules.attrs.items() if k != "tag"})
            spans.append(Span(
                doc_id=doc.id, start=match.start, end=match.end, text=text[match.start:match.end],
                scorer=self.name, family=self.family, category=entry.category,
                voice=doc.voice_at(match.start, match.end), term=entry.term, weight=entry.weight,
                explanation=categories[entry.category].explanation, alternative=entry.alternative,
                attrs=attrs,
            ))
        return spans

    def metrics(self, doc, spans) -> dict[str, float]:
        """Additive counts of each name per actor, voice and tag."""
        out: dict[str, float] = {}
        for span in spans:
            if span.scorer != self.name:
                continue
            key = f"name.{span.category}.{span.voice}.{span.attrs.get('tag', DEFAULT_TAG)}.{span.term}"
            out[key] = out.get(key, 0) + 1
        return out

    def __repr__(self) -> str:
        return f"ActorScorer({self.actors.lexicon.name!r}, version={self.actors.lexicon.version!r})"


def parse_name_key(key: str) -> tuple[str, str, str, str] | None:
    """Split "name.<actor>.<voice>.<tag>.<name>" (with or without the "actors." prefix)."""
    if key.startswith("actors."):
        key = key[len("actors."):]
    parts = key.split(".", 4)
    if len(parts) != 5 or parts[0] != "name":
        return None
    return parts[1], parts[2], parts[3], parts[4]
