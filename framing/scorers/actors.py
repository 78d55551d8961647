"""Actor naming: find every name of every actor (lexicons/actors.toml) with its tag and voice.

>>> scorer = ActorScorer()
>>> [(s.category, s.term, s.attrs["tag"], s.voice) for s in scorer.find(doc)]
"""
from __future__ import annotations

from pathlib import Path

from ..errors import FramingError, LexiconError
from ..recent import Recent
from ..spans import Span

DEFAULT_TAG = "neutral"


class ActorLexicon:
    """A lexicon of actors (categories) and their names (entries), each name tagged (`attrs.tag`).

    Context rules (`not_preceded_by` / `not_followed_by`) are applied by the lexicon matcher.

    >>> actors = load_actors()
    >>> [(m.entry.category, m.entry.term) for m in actors.find("Damascus refused.")]
    """

    def __init__(self, lexicon):
        self.lexicon = lexicon

    @property
    def name(self) -> str:
        """The lexicon's name ("actors" for the shipped file)."""
        return self.lexicon.name

    @property
    def actors(self) -> list[str]:
        """Actor (category) names in file order."""
        return list(self.lexicon.categories)

    def names_of(self, actor: str) -> list:
        """The entries (names) of one actor."""
        if actor not in self.lexicon.categories:
            known = ", ".join(self.actors)
            raise FramingError(f"no actor {actor!r} in {self.lexicon.path or self.name} (actors: {known})")
        return list(self.lexicon.categories[actor].entries)

    @staticmethod
    def tag_of(entry) -> str:
        """The tag of a name ("neutral" when none is given)."""
        return str(entry.attrs.get("tag", DEFAULT_TAG))

    def find(self, text: str) -> list:
        """Lexicon matches (actor names) in `text`."""
        return self.lexicon.matcher().find(text)

    def __repr__(self) -> str:
        return f"ActorLexicon({self.lexicon!r})"


def shipped_actors_path() -> Path:
    """Path of the shipped lexicons/actors.toml."""
    from ..lexicon import shipped_lexicons

    for path in shipped_lexicons():
        if path.stem == "actors":
            return path
    raise LexiconError(["actors.toml: the shipped actor lexicon was not found; pass a path to load_actors(...)"])


def load_actors(path: str | Path | None = None) -> ActorLexicon:
    """Load an actor lexicon (default: the shipped lexicons/actors.toml); tags must be single words."""
    from ..lexicon import Lexicon

    lexicon = Lexicon.load(path if path is not None else shipped_actors_path())
    if lexicon.family != "actors":
        raise LexiconError([f"{lexicon.path}: family is {lexicon.family!r}; an actor lexicon needs family = \"actors\""])
    problems = []
    for entry in lexicon.entries:
        tag = entry.attrs.get("tag", DEFAULT_TAG)
        if not isinstance(tag, str) or not tag.strip() or "." in tag or " " in tag:
            problems.append(f"{lexicon.path}:{entry.line or '?'}: actor '{entry.category}', name {entry.term!r}: "
                            f"attrs.tag must be one word such as \"neutral\" or \"delegitimizing\", not {tag!r}")
    if problems:
        raise LexiconError(problems)
    return ActorLexicon(lexicon)


class ActorScorer:
    """Spans for every actor name in a document: category = actor, term = name, attrs tag, voice.

    `metrics` counts names per actor and voice: "name.<actor>.<voice>.<tag>.<name>".
    """

    family = "actors"

    @property
    def version(self) -> str:
        """Hash of the actor code and the actors lexicon's version."""
        from ..versions import files_version, source_files

        return files_version(*source_files(type(self)), extra=(self.actors.lexicon.version,))

    def __init__(self, actors: ActorLexicon | str | Path | None = None, *, name: str = "actors"):
        self.actors = actors if isinstance(actors, ActorLexicon) else load_actors(actors)
        self.name = name

    def find(self, doc) -> list[Span]:
        """Actor-name spans in `doc`, leftmost first (the tone scorer asks again for the same document)."""
        recent = self.__dict__.get("_recent")
        if recent is None:
            recent = self._recent = Recent()
        cached = recent.get(doc.text)
        if cached is not None and cached[0] == doc.id:
            return list(cached[1])
        spans = self._find(doc)
        recent.put(doc.text, (doc.id, spans))
        return list(spans)

    def _find(self, doc) -> list[Span]:
        text, doc_id, name, family = doc.text, doc.id, self.name, self.family
        categories = self.actors.lexicon.categories
        voice_at = doc.segments.voice_at
        spans = []
        for match in self.actors.find(text):
            entry, start, end = match.entry, match.start, match.end
            attrs = {**entry.attrs, "tag": self.actors.tag_of(entry), "source": entry.source}
            # fields by position (`Span`'s order): half the cost of keywords
            spans.append(Span(doc_id, start, end, text[start:end], name, family, entry.category, voice_at(start, end),
                              None, entry.term, entry.weight, categories[entry.category].explanation,
                              entry.alternative, attrs))
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

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_recent", None)     # the last documents' spans, not worth shipping to workers
        return state

    def explanations(self) -> dict[tuple[str, str], str]:
        """(family, category) -> the actor's one-line description, for scorecard glossaries."""
        return {(self.family, name): c.explanation for name, c in self.actors.lexicon.categories.items()}

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
