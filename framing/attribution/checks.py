"""Checks of the attribution data files users edit: speaker groups (lexicons/speaker_groups.toml), the rules' word
lists (framing/data/attribution_rules.toml) and the reporting verbs' cue forms; each problem names the file, the line
and entry where it can, and what to do.

>>> speaker_group_problems({"groups": {"ngo": "NGO"}, "people": [{"name": "Ann Lee", "group": "ngos"}]}, "g.toml")
["g.toml: [[people]] entry 1 ('Ann Lee'): group 'ngos' is not in [groups] (did you mean 'ngo'?); add it to [groups] or use one of ngo"]
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

# array of tables -> (the field naming an entry, required fields, optional fields)
ENTRY_TABLES = {
    "titles": ("title", frozenset({"title", "group"}), frozenset({"aliases", "held_in_bodies", "rank", "for_office",
                                                                 "before_name"})),
    "countries": ("name", frozenset({"name"}), frozenset({"aliases", "regions", "abbreviations"})),
    "organisations": ("name", frozenset({"name", "group"}), frozenset({"aliases", "country", "common_word"})),
    "people": ("name", frozenset({"name"}), frozenset({"aliases", "group", "country", "offices", "party", "regions"})),
}
LIST_TABLES = {"names": ("honorifics", "suffixes", "female_first_names", "male_first_names", "unisex_first_names",
                         "female_honorifics", "male_honorifics"), "anonymous": ("heads", "markers")}  # table -> lists
TOP_LEVEL = frozenset({"meta", "groups", "heads", *ENTRY_TABLES, *LIST_TABLES})
RULE_TABLES = ("words", "more", "phrases")  # each a table of word (or phrase) lists


class _Lines:
    """Where things are in a file's text (None when the text is not at hand: no line numbers)."""

    def __init__(self, path, text: str | None):
        self.path, self.lines = path, (text.splitlines() if text is not None else [])

    def of_header(self, header: str, nth: int = 0) -> int | None:
        """Line of the nth (0-based) `header` ("[[people]]"), or None."""
        hits = [number for number, line in enumerate(self.lines, 1) if line.strip() == header]
        return hits[nth] if nth < len(hits) else None

    def of_key(self, key: str, after: int | None = None) -> int | None:
        """Line of the first `key = ...` at or after line `after`, or None."""
        pattern = re.compile(rf"\s*{re.escape(key)}\s*=")
        for number, line in enumerate(self.lines[(after or 1) - 1:], after or 1):
            if pattern.match(line):
                return number
        return None

    def problem(self, line: int | None, where: str, reason: str) -> str:
        place = f"{self.path}:{line}" if line else f"{self.path}"
        return f"{place}: {where}: {reason}" if where else f"{place}: {reason}"


def _suggestion(word: str, choices) -> str:
    """' (did you mean 'x'?)' for a close choice, else ''."""
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _words(value) -> bool:
    """True for a list of non-empty strings."""
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


def speaker_group_problems(data: dict, path, text: str | None = None) -> list[str]:
    """Problems of a parsed speaker-groups file (`text`: the file's text, for line numbers)."""
    lines, problems = _Lines(path, text), []
    for key in data:
        if key not in TOP_LEVEL:
            line = lines.of_header(f"[[{key}]]") or lines.of_header(f"[{key}]") or lines.of_key(key)
            problems.append(lines.problem(line, "", f"unknown table [{key}]{_suggestion(key, TOP_LEVEL)}; use one of "
                                                    f"{', '.join(sorted(TOP_LEVEL))}"))
    groups = data.get("groups", {})
    if not isinstance(groups, dict) or not all(isinstance(value, str) for value in groups.values()):
        problems.append(lines.problem(lines.of_header("[groups]"), "[groups]",
                                      'must map each group to its description (government = "government official")'))
        groups = {}
    for table, (label, required, optional) in ENTRY_TABLES.items():
        items = data.get(table, [])
        if not isinstance(items, list):
            problems.append(lines.problem(lines.of_key(table), table, f"must be entries written as [[{table}]] tables"))
            continue
        for n, item in enumerate(items):
            problems += _entry_problems(item, n, table, label, required, optional, groups, lines)
    problems += _office_title_problems(data, lines)
    problems += _person_region_problems(data, lines)
    for table, keys in LIST_TABLES.items():
        section = data.get(table, {})
        line = lines.of_header(f"[{table}]")
        if not isinstance(section, dict):
            problems.append(lines.problem(line, f"[{table}]", f"must be a table holding {' and '.join(keys)}"))
            continue
        for key, value in section.items():
            if key not in keys:
                problems.append(lines.problem(lines.of_key(key, line), f"[{table}]",
                                              f"unknown key {key!r}{_suggestion(key, keys)}; use {' or '.join(keys)}"))
            elif not _words(value):
                problems.append(lines.problem(lines.of_key(key, line), f"[{table}] {key}",
                                              'must be a list of words or phrases (["...", "..."])'))
    return problems


def _entry_problems(item, n: int, table: str, label: str, required: frozenset, optional: frozenset, groups: dict,
                    lines: _Lines) -> list[str]:
    """Problems of the nth entry of an array of tables ([[people]], [[titles]], ...)."""
    line = lines.of_header(f"[[{table}]]", n)
    if not isinstance(item, dict):
        return [lines.problem(line, f"[[{table}]] entry {n + 1}", "must be a table of fields")]
    name = item.get(label)
    where = f"[[{table}]] entry {n + 1}" + (f" ({name!r})" if isinstance(name, str) and name.strip() else "")
    problems = []
    for key in item:
        if key not in required | optional:
            allowed = sorted(required | optional)
            problems.append(lines.problem(lines.of_key(key, line) or line, where, f"unknown field {key!r}"
                                          f"{_suggestion(key, allowed)}; the fields are {', '.join(allowed)}"))
    for key in sorted(required - item.keys()):
        problems.append(lines.problem(line, where, f'missing {key} (add {key} = "...")'))
    for key in (label, "group", "country", "party"):
        if key in item and not (isinstance(item[key], str) and item[key].strip()):
            problems.append(lines.problem(lines.of_key(key, line) or line, where, f"{key} must be a non-empty string"))
    group = item.get("group")
    if isinstance(group, str) and group.strip() and groups and group not in groups:
        problems.append(lines.problem(lines.of_key("group", line) or line, where,
                                      f"group {group!r} is not in [groups]{_suggestion(group, groups)}; add it to "
                                      f"[groups] or use one of {', '.join(groups)}"))
    for key in ("common_word", "held_in_bodies", "rank", "for_office", "before_name"):
        if key in item and not isinstance(item[key], bool):
            problems.append(lines.problem(lines.of_key(key, line) or line, where, f"{key} must be true or false"))
    for key in ("aliases", "regions"):
        if key in item and not _words(item[key]):
            problems.append(lines.problem(lines.of_key(key, line) or line, where,
                                          f'{key} must be a list of names ({key} = ["...", "..."])'))
    if "abbreviations" in item:
        problems += [lines.problem(lines.of_key("abbreviations", line) or line, where, reason)
                     for reason in _abbreviation_problems(item["abbreviations"], item.get("regions"))]
    if "offices" in item:
        problems += [lines.problem(lines.of_key("offices", line) or line, where, reason)
                     for reason in _office_problems(item["offices"])]
    return problems


def _abbreviation_problems(pairs, regions) -> list[str]:
    """Problems of a country's region abbreviations: a list of [abbreviation, region] pairs naming its regions."""
    shape = 'abbreviations must be a list of [abbreviation, region] pairs (abbreviations = [["Ariz.", "Arizona"]])'
    if not isinstance(pairs, list):
        return [shape]
    if regions is None:
        known = set()
    else:  # (regions that are no list of names are said once, where they are checked)
        known = set(regions) if _words(regions) else None
    problems = []
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, str) and v.strip() for v in pair)):
            problems.append(f"{shape}; {pair!r} is not one")
        elif known is not None and pair[1] not in known:
            problems.append(f"abbreviation {pair[0]!r} names {pair[1]!r}, which is not in this entry's regions")
    return problems


def _office_title_problems(data: dict, lines: _Lines) -> list[str]:
    """Problems of people's offices naming no title of [[titles]]."""
    titles = {item["title"].lower() for item in data.get("titles", []) if isinstance(item, dict)
              and isinstance(item.get("title"), str)}
    problems = []
    for n, item in enumerate(data.get("people", []) if isinstance(data.get("people"), list) else []):
        offices = item.get("offices") if isinstance(item, dict) else None
        if not isinstance(offices, list) or not titles:
            continue
        for office in offices:
            title = office.get("title") if isinstance(office, dict) else None
            if isinstance(title, str) and title.strip() and title.lower() not in titles:
                line = lines.of_header("[[people]]", n)
                problems.append(lines.problem(lines.of_key("offices", line) or line,
                                              f"[[people]] entry {n + 1} ({item.get('name')!r})",
                                              f"office title {title!r} is not in [[titles]]"
                                              f"{_suggestion(title, sorted(titles))}; add it there or fix its "
                                              "spelling"))
    return problems


def _person_region_problems(data: dict, lines: _Lines) -> list[str]:
    """Problems of people's `regions` naming no region of their country's [[countries]] entry."""
    regions = {item["name"]: set(item["regions"]) if _words(item.get("regions")) else item.get("regions")
               for item in data.get("countries", []) if isinstance(item, dict) and isinstance(item.get("name"), str)}
    problems = []
    for n, item in enumerate(data.get("people", []) if isinstance(data.get("people"), list) else []):
        if not isinstance(item, dict) or not _words(item.get("regions")):
            continue  # (no list of names: said where the field's shape is checked)
        known = regions.get(item.get("country"))
        if known is not None and not isinstance(known, set):
            continue  # (the country's regions are no list of names: said there, once)
        unknown = [region for region in item["regions"] if known is None or region not in known]
        if unknown:
            line = lines.of_header("[[people]]", n)
            where = f"[[people]] entry {n + 1} ({item.get('name')!r})"
            reason = (f"regions {unknown!r} are not in the regions of country {item.get('country')!r}" if known
                      else "regions need a country whose [[countries]] entry lists regions")
            problems.append(lines.problem(lines.of_key("regions", line) or line, where,
                                          f"{reason}; fix the spelling or add the region there"))
    return problems


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _office_problems(offices) -> list[str]:
    """Problems of a person's `offices`: a list of {title, from, to} tables, dates written YYYY-MM-DD, `to` (left out
    while the person holds the office) not before `from`."""
    shape = ('offices must be a list of tables (offices = [{title = "President", from = "2017-01-20", '
             'to = "2021-01-20"}])')
    if not isinstance(offices, list) or not all(isinstance(office, dict) for office in offices):
        return [shape]
    problems = []
    for n, office in enumerate(offices, 1):
        unknown = sorted(office.keys() - {"title", "from", "to"})
        if unknown or not isinstance(office.get("title"), str) or not office["title"].strip():
            problems.append(f"office {n}: {shape}")
            continue
        for key in ("from", "to"):
            value = office.get(key)
            if (key == "from" or value is not None) and not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
                problems.append(f"office {n} ({office['title']}): {key} must be a date written YYYY-MM-DD")
        if isinstance(office.get("to"), str) and isinstance(office.get("from"), str) and office["to"] < office["from"]:
            problems.append(f"office {n} ({office['title']}): to ({office['to']}) comes before from ({office['from']})")
    return problems


def rule_problems(data: dict, path, text: str | None = None) -> list[str]:
    """Problems of a parsed rules file: [words], [more] and [phrases], each a table of lists of words or phrases."""
    lines, problems = _Lines(path, text), []
    for key, section in data.items():
        line = lines.of_header(f"[{key}]")
        if key not in RULE_TABLES:
            problems.append(lines.problem(line or lines.of_key(key), "", f"unknown table [{key}]"
                                          f"{_suggestion(key, RULE_TABLES)}; use {', '.join(RULE_TABLES)}"))
        elif not isinstance(section, dict):
            problems.append(lines.problem(line or lines.of_key(key), f"[{key}]", "must be a table of lists"))
        else:
            problems += [lines.problem(lines.of_key(name, line), f"[{key}] {name}",
                                       'must be a list of words or phrases (["...", "..."])')
                         for name, values in section.items() if not _words(values)]
    return problems


def cue_entry_problems(entry: dict, where: str, path) -> list[str]:
    """Problems of one reporting-verbs entry that would make wrong cue forms: forms and noun forms must be lists of
    words or phrases (a string would be read letter by letter)."""
    problems = []
    if "forms" in entry and not _words(entry["forms"]):
        problems.append(f"{path}: {where}: forms must be a list of inflected forms (forms = [\"says\", \"said\"])")
    if "not_followed_by" in entry and not _words(entry["not_followed_by"]):
        problems.append(f"{path}: {where}: not_followed_by must be a list of words (not_followed_by = [\"on\", \"out\"])")
    attrs = entry.get("attrs") or {}
    if not isinstance(attrs, dict):
        problems.append(f"{path}: {where}: attrs must be a table (attrs = {{ pos = \"noun\" }})")
    elif "noun_forms" in attrs and not _words(attrs["noun_forms"]):
        problems.append(f"{path}: {where}: attrs.noun_forms must be a list of nouns (noun_forms = [\"claim\"])")
    return problems


def cue_terms_problems(terms, stance: str, path) -> list[str]:
    """Problems of a reporting-verbs category's `terms`: a list of cues (a string would be read letter by letter)."""
    return [] if _words(terms) else [f"{path}: categories.{stance}.terms must be a list of cues (terms = [\"...\"])"]


def checked(data: dict, path: Path, check) -> dict:
    """`data` if `check(data, path)` finds nothing, else LexiconError with every problem (and its line)."""
    from ..errors import LexiconError

    if check(data, path):
        raise LexiconError(check(data, path, Path(path).read_text(encoding="utf-8", errors="replace")))
    return data


def is_speaker_groups(path: Path) -> bool:
    """True for a TOML file of speaker groups (a [groups] table or [[people]]-like entries, no [lexicon] table)."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return False  # the lexicon check says what is wrong with it
    return "lexicon" not in data and ("groups" in data or any(table in data for table in ENTRY_TABLES))


def speaker_groups_summary(path: Path) -> str:
    """'17 groups, 81 titles, ...' of a valid speaker-groups file (loaded as the attribution scorer loads it, with
    the shipped reporting verbs and rules); LexiconError naming every problem otherwise."""
    from .resources import _read, load_resources

    load_resources(groups=path)
    data = _read(Path(path))
    counts = {"groups": len(data.get("groups", {})), **{table: len(data.get(table, [])) for table in ENTRY_TABLES}}
    return "speaker groups: " + ", ".join(f"{n} {table}" for table, n in counts.items())
