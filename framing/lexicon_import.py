"""Import word lists users already have (LIWC/Empath-style .dic, Lexicoder .lc3, plain lists) as Lexicons.

>>> lexicon = import_lexicon("hedges.txt", category="hedge", licence="MIT")
>>> print(lexicon.to_toml())
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import LexiconError
from .lexicon import FAMILIES, Category, Entry, Lexicon, Source, term_key

FORMATS = ("dic", "lc3", "wordlist")
DEFAULT_LICENCE = "unspecified: check the source's terms before shipping"
_SUFFIX_FORMATS = {".dic": "dic", ".lc3": "lc3", ".cat": "lc3"}


def detect_format(path: str | Path) -> str:
    """'dic', 'lc3' or 'wordlist', from the file name's suffix."""
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "wordlist")


def import_lexicon(
    path: str | Path, *, format: str | None = None, category: str | None = None, name: str | None = None,
    family: str = "loaded", licence: str | None = None, warnings: list[str] | None = None,
    skip_bad: bool = False,
) -> Lexicon:
    """Read a .dic, .lc3 or word list file into a validated Lexicon with a [[sources]] entry for it.

    `warnings`, if given, collects notes about skipped duplicates (the import still succeeds).
    Bad lines raise LexiconError naming file and line, unless `skip_bad` turns them into warnings.
    """
    warnings = warnings if warnings is not None else []
    path = Path(path)
    fmt = format or detect_format(path)
    if fmt not in FORMATS:
        raise LexiconError([f"{path}: unknown import format {fmt!r} (use one of: {', '.join(FORMATS)})"])
    if family not in FAMILIES:
        raise LexiconError([f"{path}: unknown family {family!r} (use one of: {', '.join(FAMILIES)})"])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise LexiconError([f"{path}: cannot read ({exc.strerror or exc})"]) from None
    reader = {"dic": _parse_dic, "lc3": _parse_lc3, "wordlist": _parse_wordlist}[fmt]
    default_category = category or _slug(path.stem)
    rows, labels, problems = reader(text.splitlines(), path=str(path), category=default_category)
    if category and fmt != "wordlist":
        rows = [(line, category, term) for line, _cat, term in rows]
        labels = {category: f"{fmt} file {path.name}"}
    if problems and skip_bad:
        warnings.extend(f"{problem}; skipped" for problem in problems)
    elif problems:
        raise LexiconError(problems + ["(fix these lines, or pass skip_bad=True / --skip-bad to leave them out)"])
    if not rows:
        raise LexiconError([f"{path}: no terms found (is --format {fmt} right?)"])
    source_id = _slug(path.stem)
    source = Source(source_id, f"Imported from {path.name} ({fmt} format)", licence or DEFAULT_LICENCE)
    lexicon = _build(rows, labels, source=source, name=name or _slug(path.stem), family=family,
                     path=str(path), warnings=warnings)
    # validate exactly as a hand-written file would be
    checked = Lexicon.from_toml(lexicon.to_toml(), path=f"{path} (imported)")
    checked.path = str(path)
    return checked


def _build(rows, labels, *, source: Source, name: str, family: str, path: str, warnings: list[str]) -> Lexicon:
    """Group (line, category, term) rows into categories, skipping duplicates with a warning."""
    seen: dict[str, tuple[int, str, str]] = {}
    also: dict[str, list[str]] = {}
    order: dict[str, list[tuple[int, str, str]]] = {category: [] for category in labels}
    for line, category, term in rows:
        key = term_key(term)
        if key in seen:
            first_line, first_category, first_term = seen[key]
            if first_category != category and first_line == line:
                also.setdefault(key, []).append(category)
                warnings.append(f"{path}:{line}: {term!r} is listed under '{first_category}' and '{category}'; "
                                f"kept under '{first_category}' only (an entry belongs to one category)")
                continue
            where = "" if first_category == category else f" in category '{first_category}'"
            warnings.append(f"{path}:{line}: {term!r} already imported as {first_term!r}{where} "
                            f"(line {first_line}); skipped")
            continue
        seen[key] = (line, category, term)
        order.setdefault(category, []).append((line, term, key))
    grouped: dict[str, list[Entry]] = {}
    for category, items in order.items():
        grouped[category] = [
            Entry(term=term, category=category, source=source.id, inflect=False, line=line,
                  notes=f"also listed under: {', '.join(also[key])}" if key in also else "")
            for line, term, key in items
        ]
    categories = {}
    for category, entries in grouped.items():
        if not entries:
            warnings.append(f"{path}: category '{category}' has no terms; left out")
            continue
        label = labels.get(category, category)
        categories[category] = Category(
            name=category, explanation=f"Imported from {label}; replace with one line a teacher can read out.",
            entries=tuple(entries), source=source.id, inflect=False,
        )
    return Lexicon(name=name, family=family, description=f"Imported from {Path(path).name}",
                   sources={source.id: source}, categories=categories, path=path)


def _term_problem(term: str) -> str | None:
    """Why `term` cannot be an entry, or None."""
    if not any(ch.isalnum() for ch in term):
        return "has no letters or digits"
    if "*" in term.rstrip("*") or term.endswith("**"):
        return "'*' is only allowed once, at the end (prefix glob)"
    return None


def _clean_term(raw: str) -> str:
    return " ".join(raw.split())


def _parse_dic(lines: list[str], *, path: str, category: str):
    """LIWC/Empath .dic: a '%'-delimited header of 'id name' lines, then 'term<TAB>id id ...'."""
    problems: list[str] = []
    labels: dict[str, str] = {}
    ids: dict[str, str] = {}
    rows = []
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines) or lines[index].strip() != "%":
        return [], {}, [f"{path}:{index + 1}: a .dic file starts with a '%' line, then 'id<TAB>category' lines, "
                        "then '%'"]
    index += 1
    closed = False
    while index < len(lines):
        line = lines[index].strip()
        index += 1
        if not line:
            continue
        if line == "%":
            closed = True
            break
        parts = line.split(None, 1)
        if len(parts) != 2 or not parts[0].isdigit():
            problems.append(f"{path}:{index}: header line {line!r} is not 'id<TAB>category name'")
            continue
        number, label = parts[0], parts[1].strip()
        if number in ids:
            problems.append(f"{path}:{index}: category id {number} declared twice")
            continue
        name = _slug(label) or f"category_{number}"
        ids[number] = name
        labels[name] = f"category {label} (id {number})"
    if not closed:
        problems.append(f"{path}: the header has no closing '%' line")
        return [], labels, problems
    for number, raw in enumerate(lines[index:], index + 1):
        if not raw.strip() or raw.lstrip().startswith("//"):
            continue
        if "\t" in raw:
            fields = [f.strip() for f in raw.split("\t") if f.strip()]
            term, numbers = fields[0], fields[1:]
        else:
            tokens = raw.split()
            cut = len(tokens)
            while cut > 1 and tokens[cut - 1].isdigit():
                cut -= 1
            term, numbers = " ".join(tokens[:cut]), tokens[cut:]
        term = _clean_term(term)
        if not numbers:
            problems.append(f"{path}:{number}: {term!r} has no category ids (write 'term<TAB>id')")
            continue
        reason = _term_problem(term)
        if reason:
            problems.append(f"{path}:{number}: term {term!r} {reason}")
            continue
        for ident in numbers:
            if ident not in ids:
                problems.append(f"{path}:{number}: {term!r} uses category id {ident!r}, "
                                "which the header does not declare")
                continue
            rows.append((number, ids[ident], term))
    return rows, labels, problems


def _parse_lc3(lines: list[str], *, path: str, category: str):
    """Lexicoder .lc3: '+category' lines, each followed by its terms (one a line, '*' globs)."""
    problems: list[str] = []
    labels: dict[str, str] = {}
    rows = []
    current: str | None = None
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("+"):
            label = line[1:].strip()
            current = _slug(label)
            if not current:
                problems.append(f"{path}:{number}: empty category name after '+'")
                current = None
                continue
            labels.setdefault(current, f"category {label}")
            continue
        if current is None:
            problems.append(f"{path}:{number}: term {line!r} comes before any '+category' line")
            continue
        term = _clean_term(line)
        reason = _term_problem(term)
        if reason:
            problems.append(f"{path}:{number}: term {term!r} {reason}")
            continue
        rows.append((number, current, term))
    return rows, labels, problems


def _parse_wordlist(lines: list[str], *, path: str, category: str):
    """Plain list: one term a line; '#' or ';' starts a comment line, ' #' a trailing comment."""
    problems: list[str] = []
    rows = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        line = re.split(r"\s#", line, maxsplit=1)[0].strip()
        term = _clean_term(line)
        reason = _term_problem(term)
        if reason:
            problems.append(f"{path}:{number}: term {term!r} {reason}")
            continue
        rows.append((number, category, term))
    return rows, {category: f"word list {Path(path).name}"}, problems


def _slug(text: str) -> str:
    """A TOML-friendly identifier: lower case, runs of other characters as '_'."""
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")
