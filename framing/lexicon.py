"""Lexicons as data: load and validate `lexicons/*.toml`, match entries in text, write TOML back.

>>> lex = load_lexicon("loaded_terms")
>>> [(m.start, m.end, m.entry.term) for m in lex.matcher().find("Regime thugs attacked.")]
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .attribution.implementation import compiled_module
from .errors import LexiconError
from .recent import Recent

FAMILIES = ("loaded", "hedging", "attribution", "actors", "classifier", "tone")
DEFAULT_SOURCE = "hand"
HAND_SOURCE_DESCRIPTION = "Hand-written by the framing maintainers"

_TOP_KEYS = {"lexicon", "sources", "categories"}
_LEXICON_KEYS = {"name", "family", "description", "notes"}
_SOURCE_KEYS = {"id", "description", "licence", "url"}
_CATEGORY_KEYS = {
    "explanation", "alternative", "weight", "source", "terms", "entries", "notes",
    "case_sensitive", "inflect",
}
_ENTRY_KEYS = {
    "term", "alternative", "weight", "notes", "case_sensitive", "inflect", "forms",
    "examples", "counterexamples", "source",
    "attrs", "not_preceded_by", "not_followed_by",  # extras: free attributes; context rules
}
_WORD_SPLIT = re.compile(r"([^\w]+|_+)")
_WORD_TAIL = re.compile(r"[^\W_]*")


# --------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class Source:
    """Where entries come from: an id used by entries, a description, a licence and a url."""

    id: str
    description: str = ""
    licence: str = ""
    url: str | None = None


@dataclass(frozen=True)
class Entry:
    """One lexicon entry with its resolved options (category defaults already applied)."""

    term: str
    category: str
    alternative: str | None = None
    weight: float = 1.0
    source: str = DEFAULT_SOURCE
    notes: str = ""
    case_sensitive: bool = False
    inflect: bool = True
    forms: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    line: int | None = field(default=None, compare=False)
    attrs: dict = field(default_factory=dict, hash=False)  # free extra attributes ([attrs] table)
    not_preceded_by: tuple[str, ...] = ()  # words that, right before the match, cancel it
    not_followed_by: tuple[str, ...] = ()  # words that, right after the match, cancel it

    @property
    def is_glob(self) -> bool:
        """True for prefix globs such as "terror*"."""
        return self.term.endswith("*")

    @property
    def key(self) -> str:
        """The normalised form used to find duplicates ("Foreign-Backed" -> "foreign backed")."""
        return term_key(self.term, case_sensitive=self.case_sensitive)


@dataclass(frozen=True)
class Category:
    """A named group of entries with a one-line explanation and defaults for its entries."""

    name: str
    explanation: str
    entries: tuple[Entry, ...] = ()
    alternative: str | None = None
    weight: float = 1.0
    source: str = DEFAULT_SOURCE
    notes: str = ""
    case_sensitive: bool = False
    inflect: bool = True


@dataclass(frozen=True, init=False)
class Match:
    """One occurrence of `entry` at `text[start:end]`."""

    start: int
    end: int
    entry: Entry

    def __init__(self, start: int, end: int, entry: Entry):
        """The fields written straight into the instance (a frozen dataclass's own `__init__` costs twice as much)."""
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["entry"] = entry


_SHARED_MATCHERS: dict[str, "Matcher"] = {}    # content hash -> matcher (the scorers and the classifier share one)
_MAX_SHARED_MATCHERS = 32


class Lexicon:
    """A validated lexicon: categories of entries, provenance sources and a cached matcher."""

    def __init__(
        self, *, name: str, family: str = "loaded", description: str = "", notes: str = "",
        sources: dict[str, Source] | None = None, categories: dict[str, Category] | None = None,
        path: str | None = None, version: str = "",
    ):
        self.name = name
        self.family = family
        self.description = description
        self.notes = notes
        self.sources = dict(sources or {})
        self.categories = dict(categories or {})
        self.path = path
        self.version = version
        self._matcher: Matcher | None = None

    # -- construction

    @classmethod
    def load(cls, path: str | Path) -> "Lexicon":
        """Read and validate a lexicon TOML file; raise LexiconError listing every problem."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise LexiconError([f"{path}: cannot read lexicon file ({exc.strerror or exc})"]) from None
        return cls.from_bytes(raw, path=str(path))

    @classmethod
    def from_toml(cls, text: str, *, path: str = "<string>") -> "Lexicon":
        """Validate a lexicon given as TOML text (`path` is only used in messages)."""
        return cls.from_bytes(text.encode("utf-8"), path=path)

    @classmethod
    def from_bytes(cls, raw: bytes, *, path: str = "<string>") -> "Lexicon":
        """Validate a lexicon given as the bytes of a TOML file."""
        tomllib = _tomllib()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise LexiconError([f"{path}: not UTF-8 text ({exc}); save the file as UTF-8"]) from None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError([f"{path}: invalid TOML: {exc}"]) from None
        except RecursionError:
            raise LexiconError([f"{path}: invalid TOML: arrays or tables nested too deeply"]) from None
        lexicon = _Validator(data, text=text, path=path).build()
        lexicon.version = hashlib.sha256(raw).hexdigest()[:12]
        return lexicon

    # -- views

    @property
    def entries(self) -> list[Entry]:
        """All entries of all categories, in file order."""
        return [entry for category in self.categories.values() for entry in category.entries]

    def matcher(self) -> "Matcher":
        """The compiled matcher, built once per lexicon; lexicons loaded from the same bytes share one."""
        if self._matcher is None:
            shared = _SHARED_MATCHERS.get(self.version) if self.version else None
            if shared is None:
                shared = Matcher(self.entries)
                if self.version:
                    if len(_SHARED_MATCHERS) >= _MAX_SHARED_MATCHERS:
                        _SHARED_MATCHERS.clear()
                    _SHARED_MATCHERS[self.version] = shared
            self._matcher = shared
        return self._matcher

    def to_toml(self) -> str:
        """This lexicon as normalised TOML text that loads back to the same entries."""
        return _write_toml(self)

    def __getstate__(self) -> dict:
        """State for copies and worker processes, without the compiled matcher (rebuilt on use)."""
        state = dict(self.__dict__)
        state["_matcher"] = None
        return state

    def _repr_html_(self) -> str:
        """A table of categories for notebooks: name, entries, explanation, default alternative."""
        from html import escape

        rows = "".join(
            f"<tr><td>{escape(c.name)}</td><td>{len(c.entries)}</td><td>{escape(c.explanation)}</td>"
            f"<td>{escape(c.alternative or '')}</td></tr>"
            for c in self.categories.values()
        )
        return (f"<p><b>{escape(self.name)}</b> ({escape(self.family)}), {len(self)} entries, "
                f"version {escape(self.version or '-')}</p><table><thead><tr><th>category</th><th>entries</th>"
                f"<th>explanation</th><th>alternative</th></tr></thead><tbody>{rows}</tbody></table>")

    def __len__(self) -> int:
        return sum(len(category.entries) for category in self.categories.values())

    def __repr__(self) -> str:
        return (f"Lexicon(name={self.name!r}, family={self.family!r}, "
                f"categories={len(self.categories)}, entries={len(self)}, version={self.version!r})")


# --------------------------------------------------------------------------- finding lexicons


def shipped_lexicons() -> list[Path]:
    """Paths of the lexicon files shipped with the package (lexicons/*.toml), sorted by name."""
    import importlib.util

    folders: list[Path] = []
    try:
        spec = importlib.util.find_spec("framing.lexicons")
    except (ImportError, ValueError):
        spec = None
    if spec is not None:
        folders += [Path(location) for location in spec.submodule_search_locations or []]
    folders.append(Path(__file__).resolve().parent.parent / "lexicons")
    for folder in folders:
        if folder.is_dir():
            found = sorted(path for path in folder.glob("*.toml") if _looks_like_lexicon(path))
            if found:
                return found
    return []


def _looks_like_lexicon(path: Path) -> bool:
    """True if a TOML file declares [lexicon] or [categories...] (other data files may share the folder)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(re.search(r"^\s*\[(lexicon|categories[.\]])", text, flags=re.M))


def load_lexicon(name_or_path: str | Path) -> Lexicon:
    """Load a shipped lexicon by bare name ("loaded_terms") or any lexicon file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix.lower() == ".toml" or candidate.exists() or len(candidate.parts) > 1:
        return Lexicon.load(candidate)
    shipped = {path.stem: path for path in shipped_lexicons()}
    if str(name_or_path) in shipped:
        return Lexicon.load(shipped[str(name_or_path)])
    known = ", ".join(sorted(shipped)) or "none"
    raise LexiconError([f"{name_or_path}: no such lexicon file or shipped lexicon (shipped: {known})"])


# --------------------------------------------------------------------------- normalisation


def _tomllib():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    return tomllib


def _normalizer():
    """framing.text.normalize_for_matching: same-length lower-casing with quotes and dashes folded."""
    from .text import normalize_for_matching

    return normalize_for_matching


_MARKS = str.maketrans({"\n": " ", "\t": " ", "\r": " ", "\u00a0": " ", "\u2019": "'", "\u2018": "'",
                        "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-"})


def _plain_marks(text: str) -> str:
    """`text` with its case kept but spaces, apostrophes and dashes folded (for case-sensitive entries)."""
    return text.translate(_MARKS)


def term_key(term: str, *, case_sensitive: bool = False) -> str:
    """Normalised key of a term: case folded (unless case-sensitive), hyphens and spaces as one space."""
    text = term if case_sensitive else _normalizer()(term)
    words = [w for w in re.split(r"[\s\-\u2010-\u2015]+", text.strip()) if w]
    return " ".join(words)


# --------------------------------------------------------------------------- inflection and variants

_VOWELS = set("aeiou")


def inflections(word: str) -> set[str]:
    """Regular inflected forms of `word`: plural s/es/ies and verb s/ed/ing with e-drop and doubling.

    >>> sorted(inflections("slam"))
    ['slamed', 'slaming', 'slammed', 'slamming', 'slams']
    """
    low = word.lower()
    if len(low) < 2 or not low.isalpha():
        return set()
    forms: set[str] = set()
    if low.endswith("ed") and len(low) > 4:
        return forms  # already a past form ("sponsored")
    if low.endswith("ing") and len(low) > 5:
        return {word + "s"}  # "killing" -> "killings"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    elif low[-1] == "y" and low[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif low.endswith("ie"):
        forms |= {word + "s", word + "d", word[:-2] + "ying"}
    elif low.endswith("ee"):
        forms |= {word + "s", word + "d", word + "ing"}
    elif low[-1] == "e":
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if low[-1] == "o":
            forms.add(word + "es")
    if (len(low) >= 3 and low[-1] not in _VOWELS and low[-1] not in "wxy"
            and low[-2] in _VOWELS and low[-3] not in _VOWELS):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    forms.discard(word)
    return forms


def _separator_variants(sep: str, *, many: bool = False) -> tuple[str, ...]:
    """Ways a separator between two words may be written in text (`many`: a long phrase, fewer variants)."""
    stripped = sep.strip()
    if not stripped:
        return (" ",) if many else (" ", "-")
    if stripped in ("-", "\u2010", "\u2011", "\u2013", "\u2014") and len(stripped) == 1:
        return ("-", " ", "")
    return (sep,)


def surface_variants(term: str, *, inflect: bool = True) -> list[tuple[str, int]]:
    """Every surface string `term` may take in text, with priority 0 (as written) or 1 (inflected)."""
    parts = _WORD_SPLIT.split(term.strip())
    words = parts[0::2]
    seps = parts[1::2]
    last_forms: list[tuple[str, int]] = [(words[-1], 0)]
    if inflect:
        last_forms += [(form, 1) for form in sorted(inflections(words[-1]))]
    stems = [""]
    for word, sep in zip(words[:-1], seps):
        variants = _separator_variants(sep, many=len(seps) > 6)
        stems = [stem + word + variant for stem in stems for variant in variants]
    result: dict[str, int] = {}
    for stem in stems:
        for last, prio in last_forms:
            surface = stem + last
            if surface and (surface not in result or prio < result[surface]):
                result[surface] = prio
    return sorted(result.items(), key=lambda item: (item[1], item[0]))


# --------------------------------------------------------------------------- matching


class Matcher:
    """Finds lexicon entries in text: whole words, longest match first, non-overlapping.

    Built once from a list of entries (one Aho-Corasick automaton over normalised surface forms).
    """

    def __init__(self, entries: Iterable[Entry]):
        import ahocorasick

        self.entries = tuple(entries)
        self._recent: Recent | None = None      # the matches of the last few texts (`find`)
        self._normalize = _normalizer()
        table: dict[str, dict[tuple[int, bool], tuple[frozenset[str] | None, int]]] = {}
        for index, entry in enumerate(self.entries):
            for surface, prio, glob in _entry_surfaces(entry):
                key = self._normalize(surface)
                exact = frozenset({_plain_marks(surface)}) if entry.case_sensitive else None
                slot = table.setdefault(key, {})
                if (index, glob) in slot:
                    old_exact, old_prio = slot[index, glob]
                    exact = old_exact | exact if exact is not None and old_exact is not None else None
                    prio = min(prio, old_prio)
                slot[index, glob] = (exact, prio)
        self._group: tuple[ScanGroup, int] | None = None    # (group, slot) after `scan_together`
        self._automaton = ahocorasick.Automaton()
        for key, slot in table.items():
            candidates = []
            plain_seen = set()
            for (index, glob), (exact, prio) in sorted(slot.items(), key=lambda kv: (kv[1][1], kv[0][0])):
                if exact is None:
                    if glob in plain_seen:
                        continue  # an earlier entry already claims this exact form
                    plain_seen.add(glob)
                candidates.append((index, glob, exact, prio))
            self._automaton.add_word(key, (len(key), tuple(candidates)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in `text`, leftmost first, longest at each position.

        The matches of the last few texts are remembered (`framing.recent`): asked again for the same text object (a
        document's text, by the lexicon scorer and then the sentence classifier) they are not searched twice.
        """
        recent = self._recent
        if recent is None:
            recent = self._recent = Recent()
        found = recent.get(text)
        if found is None:
            found = recent.put(text, self._find(text))
        return list(found)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_recent"] = None     # the last documents' matches are not worth shipping
        return state

    def _find(self, text: str) -> list[Match]:
        if self._empty or not text:
            return []
        group = self._group
        if group is None:                   # a matcher of its own (e.g. asked about many short fragments)
            low = _matching_text(text, self._normalize)
            hits = self._automaton.iter(low)
        else:                               # the group's matchers search the same documents: share the form
            low = _matching_form(text, self._normalize)
            hits = group[0].hits(text, low, group[1])
        entries = self.entries
        compiled = self._compiled_candidates()
        if compiled is not None:
            found = compiled(hits if isinstance(hits, list) else list(hits), low, text, self._contexts, _plain_marks,
                             _WORD_TAIL)
        else:
            found = _hit_candidates(hits, low, text, entries)
        if not found:
            return []
        found.sort()
        matches = []
        taken = 0
        for start, neg_stop, _prio, _loose, index in found:
            if start >= taken:
                matches.append(Match(start, -neg_stop, entries[index]))
                taken = -neg_stop
        return matches

    def _compiled_candidates(self):
        """`framing._text.hit_candidates` (the loop over hits in C), or None: FRAMING_PURE_PYTHON is set or it is
        not built."""
        compiled = compiled_module("_text")
        if compiled is None:
            return None
        if self.__dict__.get("_contexts") is None:          # each entry's context rules, or None
            self._contexts = tuple((tuple(e.not_preceded_by), tuple(e.not_followed_by))
                                   if e.not_preceded_by or e.not_followed_by else None for e in self.entries)
        return compiled.hit_candidates

    def __repr__(self) -> str:
        return f"Matcher(entries={len(self.entries)})"


def _hit_candidates(hits, low: str, text: str, entries: tuple) -> list[tuple]:
    """Of an automaton's `hits` (end, (length, candidates)) in `low`, the matching form of `text`, the whole words
    their context does not cancel, as (start, -end, priority, loose, entry index) in the order found
    (`framing._text.hit_candidates` does the same in C)."""
    found = []
    size = len(low)
    for last, (length, candidates) in hits:
        start = last - length + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        end = last + 1
        for index, glob, exact, prio in candidates:
            if glob:
                stop = _WORD_TAIL.match(low, end).end()
            elif end < size and low[end].isalnum():
                continue
            else:
                stop = end
            if exact is not None and _plain_marks(text[start:end]) not in exact:
                continue
            entry = entries[index]
            if (entry.not_preceded_by or entry.not_followed_by) and _context_blocked(low, start, stop, entry):
                continue
            found.append((start, -stop, prio, exact is None, index))
    return found


def _matching_text(text: str, normalize) -> str:
    """`normalize(text)` (`normalize_for_matching`) with line breaks, tabs and no-break spaces as spaces: what
    automata scan (made in one pass by `framing._text.MatchingForm` where it is built)."""
    form = _compiled_form(normalize)
    if form is not None:
        low = form(text)
        if low is not None:
            return low
    low = normalize(text)
    if "\n" in low or "\t" in low or "\r" in low:
        low = low.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if "\u00a0" in low:
        low = low.replace("\u00a0", " ")
    return low


_FORMS: dict = {}   # normalize_for_matching -> its compiled MatchingForm, or None (made on first use)


def _compiled_form(normalize):
    """`framing._text.MatchingForm` for `normalize_for_matching`, or None: another normalizer, FRAMING_PURE_PYTHON is
    set, or the module is not built."""
    try:
        return _FORMS[normalize]
    except KeyError:
        pass
    from .text import _FOLD, normalize_for_matching

    if normalize is not normalize_for_matching:
        return None
    compiled = compiled_module("_text")
    form = _FORMS[normalize] = compiled.MatchingForm(_FOLD) if compiled is not None else None
    return form


_recent_forms = Recent()   # text -> its matching text, for the last few texts: the grouped matchers share it


def _matching_form(text: str, normalize) -> str:
    """`_matching_text(text, normalize)`, remembered for the last few texts."""
    form = _recent_forms.get(text)
    if form is None:
        form = _recent_forms.put(text, _matching_text(text, normalize))
    return form


class ScanGroup:
    """One scan of a text for several matchers: each gets the hits its own Aho-Corasick automaton gives it.

    Scanning once for all the lexicons of a pipeline instead of once per lexicon (see `scan_together`). Only
    hits that start where no letter or digit precedes them are kept, as matchers keep no others: where
    `framing._text` is built a trie is walked from those positions alone (`TrieScanner`); elsewhere one
    automaton over every key is scanned.
    """

    def __init__(self, automata: list):
        keys: dict[str, list] = {}
        for slot, automaton in enumerate(automata):
            for key, value in automaton.items():
                keys.setdefault(key, []).append((slot, value))
        self._keys = {key: tuple(values) for key, values in keys.items()}
        self._size = len(automata)
        self._scan = None                                    # built on first use (and again after pickling)
        self._recent: Recent | None = None                    # text -> hits of each slot, for the last few texts

    def hits(self, text: str, low: str, slot: int) -> list:
        """The (end, value) hits of slot `slot`'s automaton in `low`, the matching form of `text`, that start
        at a word boundary (the others are left out)."""
        recent = self._recent
        if recent is None:
            recent = self._recent = Recent()
        per_slot = recent.get(text)
        if per_slot is None:
            scan = self._scan or self._scanner()
            per_slot = recent.put(text, scan(low))
        return per_slot[slot]

    def _scanner(self):
        compiled = compiled_module("_text")
        self._scan = (compiled.TrieScanner(*_trie_arrays(self._keys), self._size).scan if compiled is not None
                      else self._automaton_scan())
        return self._scan

    def _automaton_scan(self):
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for key, values in self._keys.items():
            automaton.add_word(key, values)
        if self._keys:
            automaton.make_automaton()

        def scan(low: str) -> list[list]:
            per_slot: list[list] = [[] for _ in range(self._size)]
            if not self._keys:
                return per_slot
            for end, values in automaton.iter(low):
                for slot, value in values:
                    per_slot[slot].append((end, value))
            return per_slot
        return scan

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_recent"] = state["_scan"] = None
        return state


def _trie_arrays(keys: dict[str, tuple]) -> tuple:
    """A trie of `keys` as `framing._text.TrieScanner` reads it: (first_child, child_char, child_node, value_of,
    values); node 0 is the root, its children sorted by character."""
    from array import array

    children: list[dict[int, int]] = [{}]
    value_of = [-1]
    values = []
    for key, value in keys.items():
        node = 0
        for char in key:
            code = ord(char)
            child = children[node].get(code)
            if child is None:
                child = children[node][code] = len(children)
                children.append({})
                value_of.append(-1)
            node = child
        value_of[node] = len(values)
        values.append(value)
    first_child, child_char, child_node = array("i", [0]), array("I"), array("i")
    for node_children in children:
        for code in sorted(node_children):
            child_char.append(code)
            child_node.append(node_children[code])
        first_child.append(len(child_char))
    return first_child, child_char, child_node, array("i", value_of), values


def scan_together(matchers: Iterable[Matcher]) -> None:
    """Let the matchers (of one pipeline) find their hits in one scan of each text; their matches do not change."""
    distinct = list({id(m): m for m in matchers if not m._empty}.values())
    if len(distinct) < 2:
        return
    group = ScanGroup([m._automaton for m in distinct])
    for slot, matcher in enumerate(distinct):
        matcher._group = (group, slot)


def _context_blocked(low: str, start: int, end: int, entry: Entry) -> bool:
    """True if a listed word or phrase comes right before/after low[start:end] (spaces or a hyphen between)."""
    if entry.not_preceded_by and start > 0:
        head = low[max(0, start - 80):start]
        head = head[:-1] if head.endswith("-") else head.rstrip(" ") if head.endswith(" ") else ""
        for phrase in entry.not_preceded_by:
            for text in (head, head.rstrip(".")):
                if text.endswith(phrase) and (len(text) == len(phrase) or not text[-len(phrase) - 1].isalnum()):
                    return True
    if entry.not_followed_by and low.startswith(" ", end):
        tail = low[end:end + 80].lstrip(" ")
        for phrase in entry.not_followed_by:
            if tail.startswith(phrase) and (len(tail) == len(phrase) or not tail[len(phrase)].isalnum()):
                return True
    return False


def _entry_surfaces(entry: Entry) -> list[tuple[str, int, bool]]:
    """(surface, priority, is_glob) for an entry's term and explicit forms."""
    out = []
    for written in (entry.term, *entry.forms):
        glob = written.endswith("*")
        base = written[:-1] if glob else written
        for surface, prio in surface_variants(base, inflect=entry.inflect and not glob and written == entry.term):
            out.append((surface, 2 if glob else prio, glob))
    return out


def check_examples(lexicon: Lexicon) -> list[str]:
    """Problems with examples: each must match its entry, each counterexample must not."""
    matcher = lexicon.matcher()
    problems = []
    where = lexicon.path or lexicon.name
    for entry in lexicon.entries:
        label = f"{where}:{entry.line or '?'}: category '{entry.category}', entry '{entry.term}'"
        for sentence in entry.examples:
            found = [m for m in matcher.find(sentence) if m.entry == entry]
            if not found:
                others = [f"'{sentence[m.start:m.end]}' ({m.entry.term})" for m in matcher.find(sentence)]
                hint = f"; matched instead: {', '.join(others)}" if others else ""
                problems.append(f"{label}: example does not match: {sentence!r}{hint}")
        for sentence in entry.counterexamples:
            found = [m for m in matcher.find(sentence) if m.entry == entry]
            if found:
                spans = ", ".join(f"'{sentence[m.start:m.end]}'" for m in found)
                problems.append(f"{label}: counterexample matches {spans}: {sentence!r}")
    return problems


def count_examples(lexicon: Lexicon) -> int:
    """Number of example and counterexample sentences in `lexicon`."""
    return sum(len(e.examples) + len(e.counterexamples) for e in lexicon.entries)


# --------------------------------------------------------------------------- validation


class _Validator:
    """Turns parsed TOML into a Lexicon, collecting every problem before raising."""

    def __init__(self, data: dict, *, text: str, path: str):
        self.data = data
        self.path = path
        self.lines = text.splitlines()
        self.problems: list[str] = []
        self._seen_needles: dict[str, int] = {}
        self._quoted: dict[str, list[int]] = {}
        self._stripped: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines, 1):
            self._stripped.setdefault(line.strip(), []).append(number)
            for quoted in _QUOTED.findall(line):
                self._quoted.setdefault(quoted, []).append(number)

    # -- helpers

    def problem(self, line: int | None, where: str, reason: str) -> None:
        loc = f"{self.path}:{line}" if line else self.path
        self.problems.append(f"{loc}: {where}: {reason}" if where else f"{loc}: {reason}")

    def line_of(self, needle: str, *, nth: int = 0) -> int | None:
        hits = [i + 1 for i, line in enumerate(self.lines) if needle in line]
        if not hits:
            return None
        return hits[min(nth, len(hits) - 1)]

    def header_line(self, header: str, *, nth: int = 0) -> int | None:
        hits = self._stripped.get(header)
        return hits[min(nth, len(hits) - 1)] if hits else None

    def line_of_term(self, term: str) -> int | None:
        """Line of the next not-yet-claimed quoted occurrence of `term`."""
        for quoted in (_toml_str(term), f"'{term}'", f'"{term}"'):
            hits = self._quoted.get(quoted)
            if hits:
                count = self._seen_needles.get(quoted, 0)
                self._seen_needles[quoted] = count + 1
                return hits[min(count, len(hits) - 1)]
        return None

    def category_line(self, name: str) -> int | None:
        for needle in (f"[categories.{name}]", f'[categories."{name}"]', f"categories.{name}"):
            line = self.line_of(needle)
            if line:
                return line
        return None

    def unknown_keys(self, table: dict, allowed: set[str], line, where: str) -> None:
        for key in table:
            if key not in allowed:
                key_line = line or next((i + 1 for i, text in enumerate(self.lines)
                                         if re.match(rf"\s*{re.escape(key)}\s*[=.]", text)), None)
                self.problem(key_line, where, f"unknown key '{key}' (allowed: {', '.join(sorted(allowed))})")

    def text_field(self, table, key, line, where, *, required=False, default=""):
        value = table.get(key, None)
        if value is None:
            if required:
                self.problem(line, where, f"missing {key} (add {key} = \"...\")")
            return default
        if not isinstance(value, str):
            self.problem(line, where, f"{key} must be a string, not {type(value).__name__}")
            return default
        if required and not value.strip():
            self.problem(line, where, f"{key} is empty")
        return value

    def weight_field(self, table, line, where, default: float) -> float:
        if "weight" not in table:
            return default
        value = table["weight"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
            self.problem(line, where, f"bad weight {value!r} (must be a number > 0)")
            return default
        return float(value)

    def bool_field(self, table, key, line, where, default: bool) -> bool:
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, bool):
            self.problem(line, where, f"{key} must be true or false, not {value!r}")
            return default
        return value

    def strings_field(self, table, key, line, where) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list):
            self.problem(line, where, f"{key} must be a list of strings")
            return ()
        good = []
        for item in value:
            if not isinstance(item, str):
                self.problem(line, where, f"{key} must hold strings, found {item!r}")
            elif not item.strip():
                self.problem(line, where, f"{key} holds an empty string")
            else:
                good.append(item)
        return tuple(good)

    def attrs_field(self, table, line, where) -> dict:
        value = table.get("attrs", {})
        if not isinstance(value, dict):
            self.problem(line, where, "attrs must be a table, e.g. attrs = { tag = \"neutral\" }")
            return {}
        for key, item in value.items():
            items = item if isinstance(item, list) else [item]
            if not all(isinstance(v, (str, int, float, bool)) for v in items):
                self.problem(line, where, f"attrs.{key} must be a string, number, boolean or a list of them")
        return dict(value)

    def source_field(self, table, line, where, default: str, sources: dict) -> str:
        if "source" not in table:
            return default
        value = table["source"]
        if not isinstance(value, str) or value not in sources:
            known = ", ".join(sorted(sources))
            self.problem(line, where, f"unknown source id {value!r} (declare it under [[sources]]; known: {known})")
            return default
        return value

    def check_term(self, term: str, line, where) -> bool:
        if not term.strip():
            self.problem(line, where, "empty term")
            return False
        if not any(ch.isalnum() for ch in term):
            self.problem(line, where, f"term {term!r} has no letters or digits")
            return False
        if "*" in term.rstrip("*") or term.endswith("**"):
            self.problem(line, where, f"term {term!r}: '*' is only allowed once, at the end (prefix glob)")
            return False
        if term != term.strip():
            self.problem(line, where, f"term {term!r} has leading or trailing spaces")
            return False
        return True

    # -- build

    def build(self) -> Lexicon:
        data = self.data
        self.unknown_keys(data, _TOP_KEYS, None, "top level")
        head = data.get("lexicon")
        head_line = self.line_of("[lexicon]")
        if not isinstance(head, dict):
            self.problem(None, "", "missing [lexicon] table with name and family")
            head = {}
        self.unknown_keys(head, _LEXICON_KEYS, head_line, "[lexicon]")
        name = self.text_field(head, "name", head_line, "[lexicon]", required=True)
        family = self.text_field(head, "family", head_line, "[lexicon]", required=True)
        if family and family not in FAMILIES:
            self.problem(head_line, "[lexicon]", f"unknown family {family!r} (one of: {', '.join(FAMILIES)})")
        description = self.text_field(head, "description", head_line, "[lexicon]")
        notes = self.text_field(head, "notes", head_line, "[lexicon]")
        sources = self.build_sources(data.get("sources", []))
        categories = self.build_categories(data.get("categories"), sources)
        self.check_duplicates(categories)
        if self.problems:
            raise LexiconError(self.problems)
        return Lexicon(name=name, family=family, description=description, notes=notes,
                       sources=sources, categories=categories, path=self.path)

    def build_sources(self, raw) -> dict[str, Source]:
        sources = {DEFAULT_SOURCE: Source(DEFAULT_SOURCE, HAND_SOURCE_DESCRIPTION, "")}
        if not isinstance(raw, list):
            self.problem(self.line_of("sources"), "sources", "write sources as [[sources]] tables")
            return sources
        declared = set()
        for number, table in enumerate(raw, 1):
            where = f"[[sources]] #{number}"
            if not isinstance(table, dict):
                self.problem(None, where, "must be a table")
                continue
            ident = table.get("id")
            line = self.line_of(_toml_str(ident)) if isinstance(ident, str) else None
            self.unknown_keys(table, _SOURCE_KEYS, line, where)
            if not isinstance(ident, str) or not ident.strip():
                self.problem(line, where, "missing id")
                continue
            where = f"source '{ident}'"
            if ident in declared:
                self.problem(line, where, "declared twice")
            declared.add(ident)
            description = self.text_field(table, "description", line, where, required=True)
            licence = self.text_field(table, "licence", line, where, required=True)
            url = self.text_field(table, "url", line, where, default=None)
            sources[ident] = Source(ident, description, licence, url)
        return sources

    def build_categories(self, raw, sources) -> dict[str, Category]:
        if not isinstance(raw, dict) or not raw:
            self.problem(None, "", "no categories (add a [categories.NAME] table)")
            return {}
        categories = {}
        for name, table in raw.items():
            line = self.category_line(name)
            where = f"category '{name}'"
            if not isinstance(table, dict):
                self.problem(line, where, "must be a table")
                continue
            self.unknown_keys(table, _CATEGORY_KEYS, line, where)
            explanation = self.text_field(table, "explanation", line, where, required=True)
            defaults = dict(
                alternative=self.text_field(table, "alternative", line, where, default=None),
                weight=self.weight_field(table, line, where, 1.0),
                source=self.source_field(table, line, where, DEFAULT_SOURCE, sources),
                case_sensitive=self.bool_field(table, "case_sensitive", line, where, False),
                inflect=self.bool_field(table, "inflect", line, where, True),
            )
            notes = self.text_field(table, "notes", line, where)
            entries = []
            terms = table.get("terms", [])
            if not isinstance(terms, list):
                self.problem(line, where, "terms must be a list of strings")
                terms = []
            for term in terms:
                if not isinstance(term, str):
                    self.problem(line, where, f"terms must hold strings, found {term!r}")
                    continue
                term_line = self.line_of_term(term) or line
                if self.check_term(term, term_line, f"{where}, entry {term!r}"):
                    entries.append(Entry(term=term, category=name, line=term_line, **defaults))
            rich = table.get("entries", [])
            if not isinstance(rich, list):
                self.problem(line, where, "entries must be [[categories.NAME.entries]] tables")
                rich = []
            for number, item in enumerate(rich, 1):
                entry = self.build_entry(item, name, number, line, defaults, sources)
                if entry is not None:
                    entries.append(entry)
            if not terms and not rich:
                self.problem(line, where, "has no entries (add terms = [...] or [[...entries]])")
            categories[name] = Category(name=name, explanation=explanation, entries=tuple(entries),
                                        notes=notes, **defaults)
        return categories

    def build_entry(self, item, category, number, category_line, defaults, sources) -> Entry | None:
        where = f"category '{category}', entry #{number}"
        header = self.header_line(f"[[categories.{category}.entries]]", nth=number - 1)
        category_line = header or category_line
        if not isinstance(item, dict):
            self.problem(category_line, where, "must be a table")
            return None
        term = item.get("term")
        if not isinstance(term, str):
            self.problem(category_line, where, "missing term (add term = \"...\")" if term is None
                         else f"term must be a string, not {term!r}")
            return None
        line = self.line_of_term(term) or category_line
        where = f"category '{category}', entry {term!r}"
        self.unknown_keys(item, _ENTRY_KEYS, line, where)
        if not self.check_term(term, line, where):
            return None
        forms = self.strings_field(item, "forms", line, where)
        for form in forms:
            self.check_term(form, line, f"{where}, form {form!r}")
        return Entry(
            term=term, category=category,
            alternative=self.text_field(item, "alternative", line, where, default=defaults["alternative"]),
            weight=self.weight_field(item, line, where, defaults["weight"]),
            source=self.source_field(item, line, where, defaults["source"], sources),
            notes=self.text_field(item, "notes", line, where),
            case_sensitive=self.bool_field(item, "case_sensitive", line, where, defaults["case_sensitive"]),
            inflect=self.bool_field(item, "inflect", line, where, defaults["inflect"]),
            forms=forms,
            examples=self.strings_field(item, "examples", line, where),
            counterexamples=self.strings_field(item, "counterexamples", line, where),
            attrs=self.attrs_field(item, line, where),
            not_preceded_by=tuple(w.lower() for w in self.strings_field(item, "not_preceded_by", line, where)),
            not_followed_by=tuple(w.lower() for w in self.strings_field(item, "not_followed_by", line, where)),
            line=line,
        )

    def check_duplicates(self, categories: dict[str, Category]) -> None:
        seen: dict[str, Entry] = {}
        for category in categories.values():
            for entry in category.entries:
                keys = {entry.key} | {term_key(f, case_sensitive=entry.case_sensitive) for f in entry.forms}
                reported = set()
                for key in sorted(keys):
                    other = seen.get(key)
                    if other is not None and other is not entry and id(other) not in reported:
                        reported.add(id(other))
                        self.problem(
                            entry.line, f"category '{entry.category}', entry {entry.term!r}",
                            f"duplicate of entry {other.term!r} in category '{other.category}' "
                            f"(line {other.line or '?'}); keep one of them",
                        )
                    else:
                        seen[key] = entry


# --------------------------------------------------------------------------- TOML writing

_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _toml_str(value: str) -> str:
    """A TOML basic string."""
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_str(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(float(value)) if isinstance(value, float) else str(value)
    if isinstance(value, str):
        return _toml_str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def _write_toml(lexicon: Lexicon) -> str:
    lines = ["[lexicon]", f"name = {_toml_str(lexicon.name)}", f"family = {_toml_str(lexicon.family)}"]
    if lexicon.description:
        lines.append(f"description = {_toml_str(lexicon.description)}")
    if lexicon.notes:
        lines.append(f"notes = {_toml_str(lexicon.notes)}")
    for source in lexicon.sources.values():
        if source.id == DEFAULT_SOURCE and not source.licence and source.description == HAND_SOURCE_DESCRIPTION:
            continue
        lines += ["", "[[sources]]", f"id = {_toml_str(source.id)}",
                  f"description = {_toml_str(source.description)}", f"licence = {_toml_str(source.licence)}"]
        if source.url:
            lines.append(f"url = {_toml_str(source.url)}")
    for category in lexicon.categories.values():
        name = _toml_key(category.name)
        lines += ["", f"[categories.{name}]", f"explanation = {_toml_str(category.explanation)}"]
        if category.alternative is not None:
            lines.append(f"alternative = {_toml_str(category.alternative)}")
        if category.weight != 1.0:
            lines.append(f"weight = {_toml_value(category.weight)}")
        if category.source != DEFAULT_SOURCE:
            lines.append(f"source = {_toml_str(category.source)}")
        if category.case_sensitive:
            lines.append("case_sensitive = true")
        if not category.inflect:
            lines.append("inflect = false")
        if category.notes:
            lines.append(f"notes = {_toml_str(category.notes)}")
        plain, rich = [], []
        for entry in category.entries:
            overrides = _entry_overrides(entry, category)
            (rich if overrides else plain).append((entry, overrides))
        if plain:
            lines.append("terms = [")
            lines += [f"    {_toml_str(entry.term)}," for entry, _ in plain]
            lines.append("]")
        for entry, overrides in rich:
            lines += ["", f"[[categories.{name}.entries]]", f"term = {_toml_str(entry.term)}"]
            lines += [f"{key} = {_toml_value(value)}" for key, value in overrides.items()]
    return "\n".join(lines) + "\n"


def _entry_overrides(entry: Entry, category: Category) -> dict[str, Any]:
    """Fields of `entry` that differ from its category's defaults, in schema order."""
    out: dict[str, Any] = {}
    if entry.alternative != category.alternative and entry.alternative is not None:
        out["alternative"] = entry.alternative
    if entry.weight != category.weight:
        out["weight"] = entry.weight
    if entry.source != category.source:
        out["source"] = entry.source
    if entry.notes:
        out["notes"] = entry.notes
    if entry.case_sensitive != category.case_sensitive:
        out["case_sensitive"] = entry.case_sensitive
    if entry.inflect != category.inflect:
        out["inflect"] = entry.inflect
    for key in ("forms", "examples", "counterexamples", "not_preceded_by", "not_followed_by"):
        if getattr(entry, key):
            out[key] = list(getattr(entry, key))
    if entry.attrs:
        out["attrs"] = entry.attrs
    return out
