"""Cleaning, segmentation and voice: the text layer every scorer stands on.

* `clean(raw)` normalises characters and removes web boilerplate (rules in
  `framing/data/boilerplate.toml`), reporting every removed line.
* `segment(text)` finds paragraphs, sentences, word tokens and quotations, all as character
  offsets into `text`, and answers "is this span quoted?" (`voice_at`).
* `normalize_for_matching(text)` folds case, quotes and dashes without changing the length.

>>> seg = segment('Kerry said the attacks were "war crimes." Moscow denied it.')
>>> [seg.text[s:e] for s, e in seg.sentences]
['Kerry said the attacks were "war crimes."', 'Moscow denied it.']
>>> seg.voice_at(29, 39), seg.text[29:39]
('quoted', 'war crimes')
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from operator import attrgetter
from pathlib import Path
from typing import Sequence

from .attribution.implementation import compiled_module
from .errors import InputError

__all__ = [
    "BoilerplateRule",
    "BoilerplateRules",
    "Cleaned",
    "Quote",
    "Removal",
    "Segmentation",
    "clean",
    "load_boilerplate_rules",
    "normalize_for_matching",
    "segment",
]

# ---------------------------------------------------------------------------------------------
# Character normalisation
# ---------------------------------------------------------------------------------------------

_ODD_CHARS = re.compile(
    "[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\t\u00a0\u00ad\u1680\u180e\u2000-\u200b"
    "\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\ufffe\ud800-\udfff]"
)
_ODD_TABLE = {c: " " for c in [0x09, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]}
_ODD_TABLE.update(
    {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]}
)
_ODD_TABLE.update({c: None for c in [0xAD, 0x180E, 0x200B, 0x2060, 0xFEFF, 0xFFFE]})
_ODD_TABLE.update({c: "\n" for c in [0x0B, 0x0C, 0x85, 0x2028, 0x2029]})
_SURROGATES = range(0xD800, 0xE000)     # alone (as JSON's "\ud800" gives them) they are no text UTF-8 can hold
_ODD_TABLE.update({c: "\ufffd" for c in _SURROGATES})
_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK_RUNS = re.compile("\n\n\n+")

# ---------------------------------------------------------------------------------------------
# Boilerplate rules (data: framing/data/boilerplate.toml)
# ---------------------------------------------------------------------------------------------

_KINDS = ("lines", "pattern", "inline", "structural")
_STRUCTURAL = ("video_title", "after_share", "repeated_line")
_ROLES = ("player", "share")
_FINAL_PUNCT = tuple(".!?:;,\"'”’)]…")


@dataclass(frozen=True)
class Removal:
    """One piece of boilerplate removed by `clean`: 1-based raw line number, text, rule name."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text and the list of what was removed from it."""

    text: str
    removed: list[Removal] = field(default_factory=list)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class BoilerplateRule:
    """One boilerplate rule: exact `lines`, a full-line `pattern`, an `inline` pattern or a `structural` rule."""

    name: str
    explanation: str
    kind: str
    lines: frozenset = frozenset()
    pattern: re.Pattern | None = None
    structural: str = ""
    role: str = ""
    max_words: int = 12
    min_chars: int = 20
    requires: str = ""       # inline rules: tried only on lines holding this text (a cheap first check)


@dataclass(frozen=True)
class BoilerplateRules:
    """A validated set of boilerplate rules, compiled for fast use by `clean` (see `load_boilerplate_rules`)."""

    rules: tuple
    max_line_chars: int

    @cached_property
    def exact(self) -> dict:
        """casefolded line -> rule (case-insensitive exact-line rules)."""
        return {line: r for r in self.rules if r.kind == "lines" for line in r.lines}

    @cached_property
    def patterns(self) -> tuple:
        """Full-line pattern rules."""
        return tuple(r for r in self.rules if r.kind == "pattern")

    @cached_property
    def combined(self) -> re.Pattern | None:
        """One pattern with a named group per full-line rule (None if they cannot be combined)."""
        if not self.patterns:
            return None
        parts = []
        for number, rule in enumerate(self.patterns):
            scope = "(?i:" if rule.pattern.flags & re.IGNORECASE else "(?-i:"
            parts.append(f"(?P<r{number}>{scope}{rule.pattern.pattern}))")
        try:
            combined = re.compile("|".join(parts))
        except re.error:
            return None
        return combined if combined.groups == len(parts) else None

    def match_line(self, line: str) -> BoilerplateRule | None:
        """The first exact-line or full-line pattern rule that matches `line` (already trimmed)."""
        rule = self.exact.get(line.casefold())
        if rule is not None or not self.patterns:
            return rule
        combined = self.combined
        if combined is not None:
            match = combined.fullmatch(line)
            return self.patterns[int(match.lastgroup[1:])] if match else None
        for rule in self.patterns:
            if rule.pattern.fullmatch(line):
                return rule
        return None

    @cached_property
    def inline(self) -> tuple:
        """Inline rules as (rule, pattern that also takes one preceding space)."""
        return tuple(
            (r, re.compile(f" ?(?:{r.pattern.pattern})", r.pattern.flags))
            for r in self.rules
            if r.kind == "inline"
        )

    @cached_property
    def inline_searches(self) -> tuple:
        """The `search` of each inline rule's own pattern over a whole text (`^` at every line start): a quick
        check, each pattern keeping the regex engine's scan for its first characters (one alternation of
        them all would lose it)."""
        searches = [re.compile(r.pattern.pattern, r.pattern.flags | re.MULTILINE).search for r, _ in self.inline]
        return tuple(_guarded(r.requires, search) if r.requires else search for (r, _), search in zip(self.inline, searches))

    def structural(self, what: str) -> BoilerplateRule | None:
        """The structural rule of type `what`, if enabled."""
        for rule in self.rules:
            if rule.structural == what:
                return rule
        return None


def _rule_from_table(table: dict, *, where: str, problems: list[str]) -> BoilerplateRule | None:
    """Validate one `[[rule]]` table; append problems instead of raising."""
    name = table.get("name")
    if not isinstance(name, str) or not name:
        problems.append(f"{where}: rule has no 'name'; add name = \"...\"")
        return None
    where = f"{where} rule {name!r}"
    explanation = table.get("explanation")
    if not isinstance(explanation, str) or not explanation.strip():
        problems.append(f"{where}: missing 'explanation' (one line saying what the rule removes)")
    kinds = [k for k in _KINDS if k in table]
    if len(kinds) != 1:
        problems.append(f"{where}: needs exactly one of {', '.join(_KINDS)} (found {kinds or 'none'})")
        return None
    kind = kinds[0]
    unknown = set(table) - {"name", "explanation", "role", "case_sensitive", "max_words", "min_chars", "requires", *_KINDS}
    if unknown:
        problems.append(f"{where}: unknown key(s) {sorted(unknown)}")
    role = table.get("role", "")
    if role and role not in _ROLES:
        problems.append(f"{where}: role must be one of {_ROLES}, not {role!r}")
    flags = 0 if table.get("case_sensitive", False) else re.IGNORECASE
    rule = dict(name=name, explanation=explanation or "", kind=kind, role=role)
    for key in ("max_words", "min_chars"):
        if key in table:
            if not isinstance(table[key], int) or table[key] < 0:
                problems.append(f"{where}: {key} must be a non-negative integer")
            else:
                rule[key] = table[key]
    if "requires" in table:
        if kind != "inline" or not isinstance(table["requires"], str) or not table["requires"]:
            problems.append(f"{where}: 'requires' must be a non-empty string, on an inline rule")
        else:
            rule["requires"] = table["requires"]
    value = table[kind]
    if kind == "lines":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"{where}: 'lines' must be a list of non-empty strings")
            return None
        if flags:
            rule["lines"] = frozenset(v.strip().casefold() for v in value)
        else:
            problems.append(f"{where}: case_sensitive is not supported for 'lines'; use a pattern")
            return None
    elif kind in ("pattern", "inline"):
        if not isinstance(value, str) or not value:
            problems.append(f"{where}: {kind!r} must be a non-empty regular expression string")
            return None
        try:
            rule["pattern"] = re.compile(value, flags)
        except re.error as exc:
            problems.append(f"{where}: bad regular expression {value!r}: {exc}")
            return None
    else:
        if value not in _STRUCTURAL:
            problems.append(f"{where}: structural must be one of {_STRUCTURAL}, not {value!r}")
            return None
        rule["structural"] = value
    return BoilerplateRule(**rule)


def load_boilerplate_rules(path: str | Path | None = None) -> BoilerplateRules:
    """Read and validate boilerplate rules from a TOML file (default: the packaged rules)."""
    if path is None:
        return _default_rules()
    return _load_rules_file(Path(path))


@lru_cache(maxsize=1)
def _default_rules() -> BoilerplateRules:
    """The packaged rules, loaded once."""
    source = resources.files("framing.data").joinpath("boilerplate.toml")
    return _parse_rules(source.read_text(encoding="utf-8"), where="framing/data/boilerplate.toml")


def _load_rules_file(path: Path) -> BoilerplateRules:
    """Rules from a user file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read boilerplate rules ({exc.strerror or exc})") from exc
    return _parse_rules(text, where=str(path))


def _parse_rules(text: str, *, where: str) -> BoilerplateRules:
    """Parse the TOML text of a rules file, reporting every problem at once."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python < 3.11
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{where}: not valid TOML ({exc}); fix the file") from exc
    problems: list[str] = []
    tables = data.get("rule", [])
    if not isinstance(tables, list):
        problems.append(f"{where}: rules must be written as [[rule]] tables")
        tables = []
    rules = []
    for number, table in enumerate(tables, 1):
        rule = _rule_from_table(table, where=f"{where} [[rule]] #{number}", problems=problems)
        if rule is not None:
            rules.append(rule)
    names = [r.name for r in rules]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"{where}: rule name {name!r} is used more than once")
    max_line_chars = data.get("max_line_chars", 200)
    if not isinstance(max_line_chars, int) or max_line_chars <= 0:
        problems.append(f"{where}: max_line_chars must be a positive integer")
        max_line_chars = 200
    if problems:
        raise InputError("; ".join(problems))
    return BoilerplateRules(tuple(rules), max_line_chars)


def _as_ruleset(rules) -> BoilerplateRules:
    """Accept None (packaged rules), a path, a BoilerplateRules or an iterable of BoilerplateRule."""
    if rules is None:
        return _default_rules()
    if isinstance(rules, BoilerplateRules):
        return rules
    if isinstance(rules, (str, Path)):
        return load_boilerplate_rules(rules)
    return BoilerplateRules(tuple(rules), _default_rules().max_line_chars)


# ---------------------------------------------------------------------------------------------
# clean()
# ---------------------------------------------------------------------------------------------


def _normalized_lines(raw: str) -> list[str]:
    """Lines of `raw` with line endings unified, odd spaces made plain, control characters dropped, lone surrogates
    replaced by U+FFFD, NFC."""
    lines = raw.split("\n")
    text = raw
    if not all(map(str.isprintable, lines)):  # fast check: no \r, odd spaces or control characters
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _ODD_CHARS.search(text):
            text = text.translate(_ODD_TABLE)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return lines if text is raw else text.split("\n")


def without_surrogates(text: str) -> str:
    """`text` with each lone surrogate (no character UTF-8 can hold; JSON's "\\ud800" makes one) replaced by U+FFFD,
    one character for one, so offsets stay."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


def _is_title_like(line: str, *, max_words: int) -> bool:
    """A short title-case line without final punctuation, like a video or section title."""
    if not line or line.endswith(_FINAL_PUNCT) or not line[0].isupper():
        return False
    words = line.split()
    if len(words) > max_words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised * 2 >= len(words)


def _is_short_name(line: str, *, max_words: int) -> bool:
    """A short line without final punctuation, like a site or app name."""
    return bool(line) and not line.endswith(_FINAL_PUNCT) and len(line.split()) <= max_words


def clean(raw: str, *, rules=None) -> Cleaned:
    """Normalise characters and remove web boilerplate lines; quote characters are kept as they are.

    `rules`: None for the packaged rules, a path to a TOML rules file, the result of
    `load_boilerplate_rules`, or an iterable of `BoilerplateRule` (empty: no boilerplate removal).
    `Removal.line` numbers count lines of `raw`, where \r\n, \r, \v, \f, \x85, U+2028 and
    U+2029 each end a line.

    >>> clean("Breaking News\\n\\nKerry spoke.\\u00a0\\r\\n").text
    'Kerry spoke.'
    """
    ruleset = _as_ruleset(rules)
    lines = _normalized_lines(raw)
    removed: list[Removal] = []
    if ruleset.inline:
        active = _active_inline(ruleset, "\n".join(lines))     # one quick check of the whole text per rule
        if active:
            _remove_inline(lines, removed, ruleset, active)
    keep = [True] * len(lines)
    role = [""] * len(lines)
    limit = ruleset.max_line_chars
    match_line = ruleset.match_line
    for i, line in enumerate(lines):
        if not line:
            continue
        if line[-1] == " ":
            line = lines[i] = line.rstrip(" ")
        if len(line) > limit:
            continue
        stripped = line.lstrip(" ")
        rule = match_line(stripped) if stripped else None
        if rule is not None:
            keep[i] = False
            role[i] = rule.role
            removed.append(Removal(i + 1, stripped, rule.name))
    _apply_structural(lines, keep, role, removed, ruleset)
    if removed:
        removed.sort(key=lambda r: r.line)
        lines = [line for line, k in zip(lines, keep) if k]
    text = "\n".join(lines).strip("\n")
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return Cleaned(text, removed)


def _remove_inline(lines: list[str], removed: list[Removal], ruleset: BoilerplateRules, active: tuple[int, ...]) -> None:
    """Remove inline matches (e.g. photo credits) from each line, recording each removal. `active`: the indexes of
    the rules whose pattern matches somewhere in the whole text, the only ones that can match one of its lines as it
    is (the others are tried on a line only once a removal has changed it)."""
    searches = [ruleset.inline_searches[n] for n in active]
    for i, line in enumerate(lines):
        if not line or not any(search(line) for search in searches):
            continue
        original = line
        for n, (rule, pattern) in enumerate(ruleset.inline):
            if (rule.requires and rule.requires not in line) or (line is original and n not in active):
                continue
            # only a group named "remove" goes where the rule has one; the rest of the match stays
            group, replacement = ("remove", _without_remove_group) if "remove" in pattern.groupindex else (0, "")
            removed.extend(Removal(i + 1, match.group(group).strip(" "), rule.name) for match in pattern.finditer(line))
            line = pattern.sub(replacement, line)
        if line is not original and not line.isascii() and not unicodedata.is_normalized("NFC", line):
            line = unicodedata.normalize("NFC", line)  # a removal joined a letter and a combining mark: NFC again
        lines[i] = line.rstrip(" ")


def _guarded(required: str, search):
    """`search`, run only on texts holding `required`."""
    return lambda line: required in line and search(line)


def _active_inline(ruleset: BoilerplateRules, text: str) -> tuple[int, ...]:
    """Indexes of the inline rules whose pattern matches somewhere in `text` (a line or a whole text)."""
    return tuple(n for n, search in enumerate(ruleset.inline_searches) if search(text))


def _without_remove_group(match: re.Match) -> str:
    """The matched text without its group named "remove"."""
    start = match.start()
    return match.group()[:match.start("remove") - start] + match.group()[match.end("remove") - start:]


def _apply_structural(lines, keep, role, removed, ruleset: BoilerplateRules) -> None:
    """Video titles above player text, site names after share buttons, repeated lines."""
    title_rule = ruleset.structural("video_title")
    if title_rule is not None and "player" in role:
        for i in range(1, len(lines)):
            if role[i] == "player" and keep[i - 1] and lines[i - 1]:
                title = lines[i - 1].strip(" ")
                if _is_title_like(title, max_words=title_rule.max_words):
                    keep[i - 1] = False
                    removed.append(Removal(i, title, title_rule.name))
    share_rule = ruleset.structural("after_share")
    if share_rule is not None and "share" in role:
        start = len(role) - role[::-1].index("share")
        tail = [i for i in range(start, len(lines)) if keep[i] and lines[i].strip(" ")]
        if all(_is_short_name(lines[i].strip(" "), max_words=share_rule.max_words) for i in tail):
            for i in tail:
                keep[i] = False
                removed.append(Removal(i + 1, lines[i].strip(" "), share_rule.name))
    repeat_rule = ruleset.structural("repeated_line")
    nonblank = [line for line in lines if line]
    if repeat_rule is not None and len(set(nonblank)) < len(nonblank):
        previous = None
        for i, line in enumerate(lines):
            if not keep[i] or not line:
                continue
            if line == previous and len(line.strip()) >= repeat_rule.min_chars:
                keep[i] = False
                removed.append(Removal(i + 1, line.strip(" "), repeat_rule.name))
            else:
                previous = line


# ---------------------------------------------------------------------------------------------
# normalize_for_matching()
# ---------------------------------------------------------------------------------------------

_FOLD = {
    **{ord(c): "'" for c in "‘’‚‛′`´"},
    **{ord(c): '"' for c in "“”„‟″«»"},
    **{ord(c): "-" for c in "‐‑‒–—―−﹘﹣－"},
}
_FOLD_RE = re.compile("[" + "".join(chr(c) for c in _FOLD) + "]")


def normalize_for_matching(text: str) -> str:
    """Lower-case, fold curly quotes to straight and dashes to '-', keeping the length (offsets carry over).

    >>> normalize_for_matching("“Rebel‑held” — U.S.")
    '"rebel-held" - u.s.'
    """
    if not text.isascii() and _FOLD_RE.search(text):
        text = _FOLD_RE.sub(lambda m: _FOLD[ord(m.group())], text)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# ---------------------------------------------------------------------------------------------
# Abbreviations (data: framing/data/abbreviations.txt)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Abbreviations:
    """Abbreviation classes used by the sentence splitter."""

    titles: frozenset
    before_number: frozenset
    abbreviations: frozenset
    sentence_starters: frozenset


@lru_cache(maxsize=1)
def _abbreviations() -> _Abbreviations:
    """Read framing/data/abbreviations.txt once."""
    return _Abbreviations(**_word_sections("abbreviations.txt", tuple(_Abbreviations.__dataclass_fields__)))


def _word_sections(name: str, names: tuple[str, ...], *, lower: bool = False) -> dict[str, frozenset]:
    """The words of framing/data/<name> under each [section] of `names` (one a line; "#" starts a comment)."""
    source = resources.files("framing.data").joinpath(name)
    sections: dict[str, set] = {k: set() for k in names}
    current = None
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current not in sections:
                raise InputError(
                    f"framing/data/{name} line {number}: unknown section [{current}]; "
                    f"use one of {sorted(sections)}"
                )
            continue
        if current is None:
            raise InputError(
                f"framing/data/{name} line {number}: {line!r} is outside a section; "
                f"put it under {' or '.join(f'[{k}]' for k in names)}"
            )
        sections[current].add(line.lower() if lower else line)
    return {k: frozenset(v) for k, v in sections.items()}


# ---------------------------------------------------------------------------------------------
# segment()
# ---------------------------------------------------------------------------------------------

_BLOCK = re.compile(r"[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")
_SENTENCE_ENDS = tuple(
    (mark, re.compile(re.escape(mark) + r"[.!?…]*([\"'”’»)\]]*)\s++(?![a-z])")) for mark in ".?!…"
)
# A full stop or question mark with no space after it, between a lower-case word of two letters or more and a
# capitalised word ("said.The", "Americans.He", "defunding?What"): sentences glued together in the source text.
# Only ASCII letters, so "U.S.The", "p.m.The" and "Yahoo!News" are no ends here.
_GLUED_END = re.compile(r"(?<=[A-Za-z][a-z])[.?](?=[A-Z][a-z])")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*([\w']+)")
_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*(?:(?<=\.[^\W\d_])\.)?")
_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*")  # counts the same words as _TOKEN, a little faster
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# One literal-first pattern per quotation mark (much faster than a character class); single marks
# between two letters or digits are apostrophes (Kerry’s, don't) and are not collected.
_QUOTE_MARKS = tuple(
    (mark, re.compile(re.escape(mark) if mark in "\"“”«»" else f"{mark}(?:(?<![^\\W_]{mark})|(?![^\\W_]))"))
    for mark in "\"“”«»'‘’"
)
_RUN_ON_END = ",-‐‑–"
# A "sentence" longer than this is a list, a table or text without punctuation: it is cut at whitespace, so
# that work per sentence (attributions whose contents nest, sentence features) stays linear in the text.
# 15 of 455,248 sentences of the first 10,000 AllSides articles are longer.
MAX_SENTENCE_CHARS = 2000
_OPENERS = "\"“«'‘([{—–- \n\t"
_WORD_OPEN_PUNCT = "\"'“‘«([{"


@dataclass(frozen=True, init=False)
class Quote:
    """A quotation: `start..end` includes the marks, `inner_start..inner_end` excludes them.

    `closed` is False when no closing mark was found (the quote then ends with its paragraph).
    `depth` is 0 for a top-level quote (`Segmentation.quotes`) and 1 for a quote nested inside
    another (`Segmentation.nested_quotes`); `mark` is '"' for double quotation marks, "'" for single, POST for an
    embedded post signed with a dash, a name and a handle (`posts`), and DISPLAY for a paragraph displayed after
    "... wrote:" (`displays`); those two have no marks.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True
    depth: int = 0
    mark: str = '"'

    def __init__(self, start: int, end: int, inner_start: int, inner_end: int, closed: bool = True, depth: int = 0,
                 mark: str = '"'):
        """The fields written straight into the instance (a frozen dataclass's own `__init__` sets each through
        `object.__setattr__`: 828 against 282 ns)."""
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["inner_start"] = inner_start
        fields["inner_end"] = inner_end
        fields["closed"] = closed
        fields["depth"] = depth
        fields["mark"] = mark


class Segmentation:
    """Paragraphs, sentences, word tokens and quotes of one text, as character offsets into it.

    `quotes` are the top-level quotations: sorted and never overlapping. Quotations inside them
    (a single-quoted phrase inside a double-quoted passage) are in `nested_quotes`.
    """

    def __init__(self, text: str, paragraphs, sentences, quotes):
        self.text = text
        self.paragraphs: list[tuple[int, int]] = paragraphs
        self.sentences: list[tuple[int, int]] = sentences
        self.quotes: list[Quote] = [q for q in quotes if q.depth == 0]
        self.nested_quotes: list[Quote] = [q for q in quotes if q.depth > 0]
        self._top = self.quotes
        self._top_starts = [q.start for q in self._top]

    def __repr__(self) -> str:
        return (
            f"<Segmentation {len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences, "
            f"{self.n_words} words, {len(self.quotes)} quotes>"
        )

    @cached_property
    def tokens(self) -> list[tuple[int, int]]:
        """Word tokens as (start, end): words with inner hyphens/apostrophes, dotted acronyms, numbers."""
        return [m.span() for m in _TOKEN.finditer(self.text)]

    @cached_property
    def n_words(self) -> int:
        """Number of word tokens (same as `len(tokens)`)."""
        return self._word_counts[0] + self._word_counts[1]

    @cached_property
    def quoted_words(self) -> int:
        """Number of word tokens inside top-level quotes (their inner regions)."""
        return self._word_counts[1]

    @cached_property
    def _word_counts(self) -> tuple[int, int]:
        """(narrator words, quoted words), counted region by region without building tokens."""
        text = self.text
        if "tokens" in self.__dict__ and not self._top:
            return len(self.tokens), 0
        compiled = compiled_module("_text")
        count = compiled.count_words if compiled is not None else _count_words
        narrator = quoted = 0
        position = 0
        for quote in self._top:
            narrator += count(text, position, quote.inner_start)
            quoted += count(text, quote.inner_start, quote.inner_end)
            position = quote.inner_end
        narrator += count(text, position, len(text))
        return narrator, quoted

    @property
    def narrator_words(self) -> int:
        """Number of word tokens outside quotes."""
        return self.n_words - self.quoted_words

    def quote_at(self, pos: int) -> Quote | None:
        """The top-level quote whose marks enclose character `pos` (start <= pos < end), else None."""
        i = bisect_right(self._top_starts, pos) - 1
        if i >= 0 and pos < self._top[i].end:
            return self._top[i]
        return None

    def voice_at(self, start: int, end: int) -> str:
        """'quoted' if `text[start:end]` lies inside a quote (its marks may be included), else 'narrator'.

        A span reaching out of the quote, or made of quotation marks only, is the narrator's.
        """
        quote = self.quote_at(start)
        if (
            quote is not None
            and end <= quote.end
            and start < quote.inner_end
            and end > quote.inner_start
        ):
            return "quoted"
        return "narrator"

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing `pos` (or the last one starting before it); -1 if none."""
        if not self.sentences:
            return -1
        starts = self._sentence_starts
        return max(bisect_right(starts, pos) - 1, 0)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def paragraph_at(self, pos: int) -> int:
        """Index of the paragraph containing `pos` (or the last one starting before it); -1 if none."""
        if not self.paragraphs:
            return -1
        return max(bisect_right(self._paragraph_starts, pos) - 1, 0)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [s for s, _ in self.paragraphs]


def _count_words(text: str, start: int, end: int) -> int:
    """Words of text[start:end] as `_WORD` finds them (`framing._text.count_words` counts them in C)."""
    return len(_WORD.findall(text, start, end))


def segment(text: str) -> Segmentation:
    """Split `text` into paragraphs, sentences, word tokens and quotes (offsets into `text`).

    >>> seg = segment("Gen. Smith met Mr. Lee in the U.S. on Oct. 6. They spoke.")
    >>> len(seg.sentences)
    2
    """
    paragraphs = _paragraphs(text)
    sentences = _sentences(text, paragraphs, _abbreviations())
    quotes = _find_quotes(text, paragraphs)
    if "@" in text:  # (one character: a fast search) a post names its author's handle
        quotes = _with_unmarked(quotes, posts(text))
    if ":" in text:  # a displayed quotation follows a line ending in a colon (an embedded post stays the post)
        shown = displays(text)
        if shown and "@" in text:
            shown = [d for d in shown
                     if not any(q.mark == POST and q.start < d.end and d.start < q.end for q in quotes)]
        quotes = _with_unmarked(quotes, shown)
    return Segmentation(text, paragraphs, sentences, quotes)


POST = "post"   # the `mark` of an embedded post: a quotation without quotation marks
POST_DASHES = "―—–"
_NAME_REACH = 80   # characters between the dash and the handle of a post, at most
_THREE_WORDS = re.compile(r"\S+\s+\S+\s+\S")
# a name signing a quotation or a post: capitalised words, with the particles of names between them
SIGNER = re.compile(r"[A-Z][\w'’-]*\.?(?:[ \xa0]+(?:[A-Z][\w'’-]*\.?|(?:de|del|da|van|von|bin|al|la|le|of|the)"
                    r"(?=[ \xa0][A-Z]))){0,6}")


def _with_unmarked(quotes: list[Quote], found: list[Quote]) -> list[Quote]:
    """`quotes` with the quotations set without marks in `found` (embedded posts, displayed quotations) as top-level
    quotations; a quotation inside one is nested in it, and one that a quotation crosses is left out."""
    if not found:
        return quotes
    top = [q for q in quotes if q.depth == 0]
    kept, inside = [], set()
    for post in found:
        held = [q for q in top if q.start < post.end and post.start < q.end]
        if any(q.start < post.start or q.end > post.end for q in held):
            continue  # a quotation reaching out of the post: which holds which is unclear
        kept.append(post)
        inside.update(id(q) for q in held)
    out = [Quote(q.start, q.end, q.inner_start, q.inner_end, q.closed, q.depth + 1, q.mark) if id(q) in inside or (
        q.depth > 0 and any(p.start <= q.start < p.end for p in kept)) else q for q in quotes]
    out.extend(kept)
    out.sort(key=_quote_order)
    return out


DISPLAY = "display"  # the `mark` of a displayed quotation: the paragraph after "... wrote:", set without marks
UNMARKED = (POST, DISPLAY)  # the marks of quotations set without quotation marks
_COLON_AT_LINE_END = re.compile(r":[ \t\xa0]*\n")
_QUOTE_OPENERS = "\"'“‘«"  # marks opening a quotation (a displayed paragraph opened by one is a quotation already)
_ASIDE_AT_END = re.compile(r"\s*\([^()\n]{1,40}\)\s*$")  # "(emphasis added)" before the colon


def displays(text: str) -> list[Quote]:
    """Displayed quotations: the paragraph right after a line ending in a reporting verb and a colon ("In a statement
    to Recode, Lopez wrote:", "Kelly soon apologized, tweeting:", "Steele wrote (emphasis added):"; the verbs of
    framing/data/display_cues.txt, in lower case), of three words or more, opened by no quotation mark and ending
    in no colon, as quotations with `mark` DISPLAY (inner and outer bounds the same); not after a line opening with
    the outlet's own words ("Our original post continues:"); in text order."""
    cues, openers = _display_cues()
    found = []
    n = len(text)
    for colon in _COLON_AT_LINE_END.finditer(text):
        at = colon.start()
        line = text.rfind("\n", 0, at) + 1
        head = _ASIDE_AT_END.sub("", text[line:at]).split()
        if not head or head[-1] not in cues or head[0].lower() in openers:  # (a verb in lower case, not a heading's
            # capitals: "Key Reads:")
            continue
        start = colon.end()
        while start < n and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = n if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and text[start] not in _QUOTE_OPENERS and text[end - 1] != ":" \
                and _THREE_WORDS.search(text, start, end):
            found.append(Quote(start, end, start, end, True, 0, DISPLAY))
    return found


@lru_cache(maxsize=1)
def _display_cues() -> tuple[frozenset, frozenset]:
    """(reporting verbs, narrator's openers) of framing/data/display_cues.txt, read once."""
    sections = _word_sections("display_cues.txt", ("cues", "narrator_openers"), lower=True)
    return sections["cues"], sections["narrator_openers"]


def posts(text: str) -> list[Quote]:
    """Embedded posts: a line's words before a dash, a name and a handle ('Not going to happen in the U.S. — Donald
    J. Trump (@realDonaldTrump) June 18, 2018'), from the line's start (or the end of a markup tag on it) to the
    dash, as quotations with `mark` POST (inner and outer bounds the same); in text order."""
    found = []
    at = text.find("(@")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        near = max(line, at - _NAME_REACH)  # the dash stands just before the name
        dash = max(text.rfind(POST_DASHES[0], near, at), text.rfind(POST_DASHES[1], near, at),
                   text.rfind(POST_DASHES[2], near, at))
        if dash > line:
            name_start = dash + 1
            while name_start < at and text[name_start] in " \xa0":
                name_start += 1
            name = SIGNER.match(text, name_start, at)
            start = max(line, text.rfind(">", line, dash) + 1)  # after a markup tag ("<tweet ...>")
            while start < dash and text[start].isspace():
                start += 1
            end = dash
            while end > start and text[end - 1].isspace():
                end -= 1
            if name is not None and not text[name.end():at].strip(" \xa0") and _THREE_WORDS.search(text, start, end):
                found.append(Quote(start, end, start, end, True, 0, POST))
        at = text.find("(@", at + 2)
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks; a single newline also breaks unless the text runs on."""
    titles = _abbreviations().titles
    compiled = compiled_module("_text")
    if compiled is not None:
        return compiled.paragraphs(text, titles)      # the same loop in C
    paragraphs = []
    for match in _BLOCK.finditer(text):
        start, end = match.span()
        block = match.group()
        if "\n" not in block:
            lead = len(block) - len(block.lstrip())
            paragraphs.append((start + lead, start + len(block.rstrip())))
            continue
        lines = block.split("\n")
        offset = start
        para_start = None
        for i, line in enumerate(lines):
            stripped = line.strip()
            if para_start is None and stripped:
                para_start = offset + len(line) - len(line.lstrip())
            line_end = offset + len(line.rstrip())
            offset += len(line) + 1
            if i + 1 < len(lines) and not _breaks_after(stripped, lines[i + 1].lstrip(), titles):
                continue
            if para_start is not None and line_end > para_start:
                paragraphs.append((para_start, line_end))
            para_start = None
    return paragraphs


def _breaks_after(line: str, following: str, titles=frozenset()) -> bool:
    """Does a single newline after `line` start a new paragraph?

    Web news often separates paragraphs with one newline, so it does, unless the text visibly runs
    on: the next line starts in lower case, or this line ends with a comma, a hyphen or a title
    abbreviation ("sent to Gov.\nRick Scott").
    """
    if not line or not following or following[0].islower():
        return False
    last = line[-1]
    if last in _RUN_ON_END:
        return False
    if last == "." and len(line) > 1:
        last_word = line[:-1].rsplit(None, 1)[-1].lstrip(_WORD_OPEN_PUNCT)
        return last_word not in titles
    return True


def _regex_sentence_ends(text: str) -> list[tuple[int, int, int]]:
    """(mark, closers_end, end) of every terminal punctuation, with the closing quotes or brackets after it (up to
    closers_end), followed by whitespace (up to end), in order, by the regular expressions of `_SENTENCE_ENDS`; and
    (mark, mark + 1, mark + 1) of each `_GLUED_END` (`framing._text.sentence_ends` finds them in C)."""
    found: list[tuple[int, int, int]] = []
    used = 0
    for mark, pattern in _SENTENCE_ENDS:
        if mark in text:  # a literal-first pattern per mark scans much faster than a character class
            found.extend([(m.start(), m.end(1), m.end()) for m in pattern.finditer(text)])
            used += 1
    glued = [(m.start(), m.end(), m.end()) for m in _GLUED_END.finditer(text)]
    if glued:
        found.extend(glued)
        used += 1
    if used > 1:
        found.sort()
    return found


def _sentences(text, paragraphs, abbreviations: _Abbreviations) -> list[tuple[int, int]]:
    """Split each paragraph into sentences (the loop in C where `framing._text` is built: `_text.sentences`)."""
    compiled = compiled_module("_text")
    if compiled is not None:
        sentences, longest = compiled.sentences(text, paragraphs, abbreviations, _DOTTED.fullmatch, _NEXT_WORD.match)
        if longest > MAX_SENTENCE_CHARS:
            sentences = [piece for s, e in sentences for piece in _split_long(text, s, e)]
        return sentences
    candidates = _regex_sentence_ends(text)
    count = len(candidates)
    index = 0
    sentences = []
    for start, end in paragraphs:
        sentence_start = start
        previous_end = start
        while index < count:
            punct, closers_end, next_start = candidates[index]
            if punct >= end:
                break
            index += 1
            if punct < previous_end or next_start >= end:
                continue  # before this paragraph, inside an earlier cluster, or at the paragraph end
            previous_end = next_start
            following = text[next_start]
            if following.islower():
                continue
            if closers_end == punct + 1 and text[punct] == ".":
                if not _period_ends_sentence(text, sentence_start, punct, following, abbreviations):
                    continue
            sentences.append((sentence_start, closers_end))
            sentence_start = next_start
        sentences.append((sentence_start, end))
    if any(e - s > MAX_SENTENCE_CHARS for s, e in sentences):
        sentences = [piece for s, e in sentences for piece in _split_long(text, s, e)]
    return sentences


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] in pieces of at most MAX_SENTENCE_CHARS, cut at the last whitespace that fits."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
        if cut < 0:
            cut = limit                      # one word longer than the limit: cut inside it
        stop = cut
        while stop > start + 1 and text[stop - 1].isspace():
            stop -= 1                        # "word   word": no piece ends in spaces
        pieces.append((start, stop))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _period_ends_sentence(text, sentence_start, dot, following, abbreviations: _Abbreviations) -> bool:
    """Does the period at `dot`, followed by whitespace and `following`, end a sentence?"""
    low = max(sentence_start, dot - 12)
    tail = text[low:dot]
    cut = max(tail.rfind(" "), tail.rfind("\n"))
    if cut < 0 and low > sentence_start:
        return True  # a word longer than any abbreviation
    word = tail[cut + 1:].lstrip(_WORD_OPEN_PUNCT)
    if not word:
        return True
    if cut < 0 and word.isdigit() and len(word) <= 3:
        return False  # a list number: "1. The first point"
    if word in abbreviations.titles:
        return False
    if len(word) == 1:
        return not word.isupper()  # an initial: "J. K. Rowling"
    if following.isdigit() and word in abbreviations.before_number:
        return False
    if word in abbreviations.abbreviations or ("." in word and _DOTTED.fullmatch(word)):
        next_word = _NEXT_WORD.match(text, dot + 1)
        return next_word is not None and next_word.group(1) in abbreviations.sentence_starters
    return True


def _find_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quote]:
    """Pair quotation marks paragraph by paragraph; a quote left open continues into a paragraph opening with a mark."""
    marks = _quote_marks(text)
    if not marks or not paragraphs:
        return []
    compiled = compiled_module("_text")
    if compiled is not None:                  # the same pairing in C
        quotes = compiled.paired_quotes(text, paragraphs, marks, Quote)
        quotes = [q for q in quotes if q.inner_end > q.inner_start or q.closed]
        quotes.sort(key=_quote_order)
        return quotes
    starts = [s for s, _ in paragraphs]
    groups: dict[int, list[int]] = {}
    for pos in marks:
        index = bisect_right(starts, pos) - 1
        if index >= 0 and pos < paragraphs[index][1]:
            groups.setdefault(index, []).append(pos)
    quotes: list[Quote] = []
    open_double = None
    open_paragraph = -1
    for index, positions in groups.items():
        if open_double is not None:
            para_start = starts[index]
            if index == open_paragraph + 1 and positions[0] == para_start and (
                    text[para_start] in "\"“«" or text.startswith("''", para_start)):
                positions = positions[2:] if text.startswith("''", para_start) else positions[1:]  # it continues
            else:
                quotes.append(_unclosed(open_double, paragraphs[open_paragraph][1], _mark_width(text, open_double)))
                open_double = None
        open_double = _pair_paragraph(text, positions, open_double, quotes)
        open_paragraph = index
    if open_double is not None:
        quotes.append(_unclosed(open_double, paragraphs[open_paragraph][1], _mark_width(text, open_double)))
    quotes = [q for q in quotes if q.inner_end > q.inner_start or q.closed]
    quotes.sort(key=_quote_order)
    return quotes


_quote_order = attrgetter("start", "depth")   # how quotes are sorted


def _quote_marks(text: str) -> list[int]:
    """Positions of all quotation marks (not apostrophes inside words), in order (`framing._text.quote_marks` where
    it is built)."""
    compiled = compiled_module("_text")
    return compiled.quote_marks(text) if compiled is not None else _regex_quote_marks(text)


def _regex_quote_marks(text: str) -> list[int]:
    """`_quote_marks` by the regular expressions of `_QUOTE_MARKS`."""
    marks: list[int] = []
    used = 0
    for mark, pattern in _QUOTE_MARKS:
        if mark in text:
            marks.extend([m.start() for m in pattern.finditer(text)])
            used += 1
    if used > 1:
        marks.sort()
    return marks


def _unclosed(open_pos: int, end: int, width: int = 1) -> Quote:
    """A quote that was never closed: it ends with its (last) paragraph."""
    return Quote(open_pos, end, open_pos + width, end, closed=False)


def _mark_width(text: str, pos: int) -> int:
    """2 for a double quotation mark typed as two apostrophes (''…'', as in many newspaper archives), else 1."""
    return 2 if text.startswith("''", pos) else 1


def _pair_paragraph(text, positions, open_double, quotes) -> int | None:
    """Pair the marks of one paragraph; return the position of a double quote still open at its end.

    Curly quotes inside a straight-quoted passage (`"... “x” ..."`) are nested quotes; otherwise a
    second opening mark means the open quote was never closed.
    """
    open_single = None
    open_nested = None
    last = len(text) - 1
    skip = -1
    for number, pos in enumerate(positions):
        if pos == skip:
            continue  # the second apostrophe of a '' mark
        char = text[pos]
        if char == "'" and pos < last and text[pos + 1] == "'":  # two apostrophes typed for a double mark
            skip = pos + 1
            if open_double is not None:  # closing
                width = _mark_width(text, open_double)
                quotes.append(Quote(open_double, pos + 2, open_double + width, pos, closed=True))
                if open_single is not None and open_single > open_double:
                    open_single = None
                open_double = open_nested = None
            else:
                open_double = pos
                open_single = None
            continue
        if char in "'‘’":
            before = text[pos - 1] if pos else " "
            after = text[pos + 1] if pos < last else " "
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe inside a word: Kerry’s, don't
            if open_single is not None:
                if char != "‘" and not before.isspace() and not after.isalnum():
                    depth = 0 if open_double is None else 1
                    quotes.append(Quote(open_single, pos + 1, open_single + 1, pos, True, depth, "'"))
                    open_single = None
            elif char != "’" and (before.isspace() or before in _OPENERS) and not after.isspace():
                open_single = pos
            continue
        if open_double is None:
            if char in "”»":
                before = text[pos - 1] if pos else " "
                after = text[pos + 1] if pos < last else " "
                if not before.isspace() and not after.isalnum():
                    continue  # a stray closing mark: nothing to close
            open_double = pos
            open_single = None
            continue
        if open_nested is not None and char in "”»":
            quotes.append(Quote(open_nested, pos + 1, open_nested + 1, pos, True, 1, '"'))
            open_nested = open_single = None
            continue
        if char in "“«":
            before = text[pos - 1] if pos else " "
            after = text[pos + 1] if pos < last else " "
            if (before.isspace() or before in _OPENERS) and not after.isspace():
                if text[open_double] == '"' and any(text[p] == '"' for p in positions[number + 1:]):
                    open_nested = pos  # a curly quote inside a straight-quoted passage
                    open_single = None
                    continue
                # a second opening mark: the first quote was never closed
                end = pos
                width = _mark_width(text, open_double)
                while end > open_double + width and text[end - 1].isspace():
                    end -= 1
                quotes.append(Quote(open_double, end, open_double + width, end, closed=False))
                open_double = pos
                open_single = open_nested = None
                continue
        quotes.append(Quote(open_double, pos + 1, open_double + _mark_width(text, open_double), pos, closed=True))
        if open_single is not None and open_single > open_double:
            open_single = None
        open_double = open_nested = None
    return open_double
