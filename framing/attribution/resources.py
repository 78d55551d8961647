"""Load the attribution data files: reporting verbs, speaker groups and the rule word lists."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from .checks import checked, cue_entry_problems, cue_terms_problems, rule_problems, speaker_group_problems


def _lexicon_folder() -> Path:
    """lexicons/ of the checkout, or framing/lexicons of an installed wheel."""
    here = Path(__file__).resolve().parent.parent
    for folder in (here.parent / "lexicons", here / "lexicons"):
        if (folder / "reporting_verbs.toml").exists():
            return folder
    return here.parent / "lexicons"


LEXICONS = _lexicon_folder()
VERBS_PATH = LEXICONS / "reporting_verbs.toml"
GROUPS_PATH = LEXICONS / "speaker_groups.toml"
RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "attribution_rules.toml"


@dataclass(frozen=True, slots=True)
class CueForm:
    """One surface form of a cue: its words, lemma, stance class, whether it is a noun, and the words that, right after
    it, make it no cue (its entry's `not_followed_by`: "knocked on doors", "knocked out power")."""

    words: tuple[str, ...]
    lemma: str
    stance: str
    nominal: bool
    not_followed: frozenset = frozenset()


@dataclass
class Resources:
    """Everything the extractor needs, indexed for fast lookup."""

    cues: dict[str, list[CueForm]]              # first word -> forms, longest first
    stance_explanations: dict[str, str]
    words: dict[str, frozenset[str]]
    titles: dict[tuple[str, ...], dict]         # lower-cased title words -> {group, aliases, title}
    role_aliases: dict[tuple[str, ...], set[str]]  # alias words -> titles it may refer to
    countries: dict[tuple[str, ...], str]       # alias words (lower) -> country name
    regions: dict[tuple[str, ...], str]         # a country's region's words (lower) -> the country's name
    organisations: dict[tuple[str, ...], dict]  # alias words (lower) -> {name, group, country}
    people: dict[tuple[str, ...], dict]         # alias words (lower) -> {name, group, country}
    honorifics: frozenset[str]
    anonymous_heads: frozenset[str]
    anonymous_markers: tuple[str, ...]
    groups: dict[str, str] = field(default_factory=dict)
    office_holders: dict[str, tuple] = field(default_factory=dict)  # title (lower) -> ((from, to, person entry), ...)
    phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    phrase_index: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(default_factory=dict)
    acronym_keys: frozenset = frozenset()       # keys matched only when written in capitals ("WHO", not "who")
    region_abbreviations: dict[str, str] = field(default_factory=dict)  # "ariz" (lower, no full stops) -> "arizona"
    common_word_keys: frozenset = frozenset()   # organisation keys that are common words too ("guardian"): matched
    # only as a capitalised name of their own (not "legal guardian", "Federalist Society", "a native New Yorker")
    before_name_keys: frozenset = frozenset()   # title keys matched only capitalised before a person's name
    # ("General Raymond Odierno", "General Kelly"; not "General Motors", "the attorney general", "in general")
    cue_words: frozenset = frozenset()          # first words of cues made only of letters
    cue_keys: frozenset = frozenset()           # the keys of `cues`: every word that may begin a cue
    special_words: frozenset = frozenset()      # words of titles, countries, organisations, honorifics
    name_suffixes: frozenset = frozenset()      # lower-cased, without full stop: "jr", "iii"
    stopped_suffixes: frozenset = frozenset()   # those of them written with a full stop: "jr", "sr"
    head_groups: dict[str, str] = field(default_factory=dict)  # common noun -> group ("report" -> "document")
    genders: dict[str, str] = field(default_factory=dict)  # lower-cased first name or honorific -> "female"/"male"
    unisex_first_names: frozenset = frozenset()  # lower-cased first names given to both ("jordan", "kelly")
    key_anchors: frozenset = frozenset()        # every title, country and organisation key holds one of these
    cue_word_pattern: "re.Pattern | None" = None  # any of `cue_words` as a whole [a-z] run (a trie regex)
    placed_heads: frozenset = frozenset()       # heads a place_prepositions phrase stays with ("officials in ...")
    key_indexes: dict = field(default_factory=dict)  # id(table) -> (table, first_word_index(table)), filled on first use

    def clear_memos(self) -> None:
        """Forget results memoised per string (speaker mentions, name runs); benchmarks time a cold start."""
        self.__dict__.pop("_memo", None)

    def first_word_index(self, table: dict) -> dict[str, list[tuple[str, ...]]]:
        """Keys of `table` grouped by their first word, longest first (cached per table)."""
        entry = self.key_indexes.get(id(table))
        if entry is not None and entry[0] is table:
            return entry[1]
        index: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(table, key=len, reverse=True):
            index.setdefault(key[0], []).append(key)
        self.key_indexes[id(table)] = (table, index)
        return index


def _trie_pattern(words) -> str:
    """A regex alternation of `words` shaped as a prefix tree (fast to search: one branch per letter)."""
    import re

    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise LexiconError([f"{path}: file not found; restore it or pass another path"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError([f"{path}: invalid TOML ({exc}); fix the line it names"]) from None


def _head_groups(group_data: dict, path: Path) -> dict[str, str]:
    """The [heads] table as {lower-cased noun: group}; a group not in [groups] or a noun listed twice is an error."""
    groups, found = group_data.get("groups", {}), {}
    for group, nouns in group_data.get("heads", {}).items():
        if group not in groups:
            raise LexiconError([f"{path}: [heads] names group {group!r}, which is not in [groups]; "
                                f"add it to [groups] or use one of {', '.join(groups)}"])
        if not isinstance(nouns, list) or not all(isinstance(n, str) and n.strip() and " " not in n.strip() for n in nouns):
            raise LexiconError([f"{path}: [heads] {group} must be a list of single words"])
        for noun in nouns:
            noun = noun.strip().lower()
            if found.setdefault(noun, group) != group:
                raise LexiconError([f"{path}: [heads] lists {noun!r} under both {found[noun]!r} and {group!r}; keep one"])
    return found


def _key(text: str) -> tuple[str, ...]:
    return tuple(text.lower().replace("’", "'").split())


def _cue_index(data: dict, path: Path, *, skip=frozenset()) -> tuple[dict[str, list[CueForm]], dict[str, str]]:
    index: dict[str, list[CueForm]] = {}
    explanations: dict[str, str] = {}
    problems = []
    for stance, category in (data.get("categories") or {}).items():
        explanations[stance] = category.get("explanation", "")
        for n, entry in enumerate(category.get("entries", [])):
            term = entry.get("term")
            if not term:
                problems.append(f"{path}: categories.{stance}.entries[{n}] has no term; add term = \"...\"")
                continue
            wrong = cue_entry_problems(entry, f"categories.{stance}.entries[{n}] ({term!r})", path)
            if wrong:
                problems += wrong
                continue
            attrs = entry.get("attrs") or {}
            nominal = attrs.get("pos") == "noun"
            not_followed = frozenset(" ".join(_key(word)) for word in entry.get("not_followed_by", []))
            for form in [term, *entry.get("forms", [])]:
                words = _key(form)
                if " ".join(words) in skip:
                    continue
                index.setdefault(words[0], []).append(CueForm(words, term.lower(), stance, nominal, not_followed))
            for form in attrs.get("noun_forms", []):
                words = _key(form)
                index.setdefault(words[0], []).append(CueForm(words, term.lower(), stance, True, not_followed))
        terms = category.get("terms", [])
        wrong = cue_terms_problems(terms, stance, path)
        problems += wrong
        for term in [] if wrong else terms:
            words = _key(term)
            index.setdefault(words[0], []).append(CueForm(words, term.lower(), stance, False))
    if problems:
        raise LexiconError(problems)
    for forms in index.values():
        forms.sort(key=lambda f: -len(f.words))
    return index, explanations


def _genders(names: dict) -> dict[str, str]:
    """Lower-cased first names and honorifics (without a full stop) -> "female" or "male", from the [names] lists."""
    genders = {}
    for gender in ("female", "male"):
        for key in (f"{gender}_first_names", f"{gender}_honorifics"):
            for word in names.get(key, []):
                genders[word.lower().rstrip(".")] = gender
    return genders


def load_resources(*, verbs: Path | str | None = None, groups: Path | str | None = None,
                   rules: Path | str | None = None) -> Resources:
    """Load (and cache) the data files; paths default to the shipped ones."""
    return _load(str(verbs or VERBS_PATH), str(groups or GROUPS_PATH), str(rules or RULES_PATH))


@lru_cache(maxsize=8)
def _load(verbs: str, groups: str, rules: str) -> Resources:
    verb_data = _read(Path(verbs))
    group_data = checked(_read(Path(groups)), Path(groups), speaker_group_problems)
    rule_data = checked(_read(Path(rules)), Path(rules), rule_problems)
    words = {name: frozenset(w.lower() for w in values)
             for table in ("words", "more") for name, values in rule_data.get(table, {}).items()}
    cues, explanations = _cue_index(verb_data, Path(verbs), skip=words.get("ambiguous_forms", frozenset()))
    titles, role_aliases = {}, {}
    for item in group_data.get("titles", []):
        titles[_key(item["title"])] = item
        for alias in [item["title"], *item.get("aliases", [])]:
            role_aliases.setdefault(_key(alias), set()).add(item["title"].lower())
    countries, regions, region_abbreviations = {}, {}, {}
    for item in group_data.get("countries", []):
        for alias in [item["name"], *item.get("aliases", [])]:
            countries[_key(alias)] = item["name"]
        for region in item.get("regions", []):
            regions[_key(region)] = item["name"]
        for abbreviation, region in item.get("abbreviations", []):
            region_abbreviations[abbreviation.lower().replace(".", "")] = region.lower()
    organisations = {}
    for item in group_data.get("organisations", []):
        for alias in [item["name"], *item.get("aliases", [])]:
            organisations[_key(alias)] = item
    people, office_holders = {}, {}
    for item in group_data.get("people", []):
        for alias in [item["name"], *item.get("aliases", [])]:
            people[_key(alias)] = item
        for office in item.get("offices", []):  # ("to" left out: in office still)
            office_holders.setdefault(office["title"].lower(), []).append((office["from"], office.get("to", "~"), item))
    written_in_capitals: dict[tuple[str, ...], bool] = {}  # key -> every alias giving it is an acronym ("WHO")
    for table, field in (("titles", "title"), ("countries", "name"), ("organisations", "name")):
        for item in group_data.get(table, []):
            for alias in [item[field], *item.get("aliases", [])]:
                key = _key(alias)
                written_in_capitals[key] = written_in_capitals.get(key, True) and alias.isalpha() and alias.isupper() and len(alias) > 1
    anonymous = group_data.get("anonymous", {})
    phrases = {name: tuple(sorted({_key(v) for v in values}, key=len, reverse=True))
               for name, values in rule_data.get("phrases", {}).items()}
    phrase_index = {}
    for name, values in phrases.items():
        by_first: dict[str, list] = {}
        for phrase in values:
            by_first.setdefault(phrase[0], []).append(phrase)
        phrase_index[name] = {k: tuple(v) for k, v in by_first.items()}
    head_groups = _head_groups(group_data, Path(groups))
    anonymous_heads = frozenset(h.lower() for h in anonymous.get("heads", []))
    placed_heads = anonymous_heads | words.get("for_heads", frozenset()) | frozenset(
        head for head, group in head_groups.items() if group != "document")
    import re
    function_words = frozenset(("of", "the", "de", "al", "for", "and", "on", "in", "to"))
    key_anchors = frozenset(w for table in (titles, countries, organisations) for key in table
                            for w in (set(key) - function_words or key))
    cue_words = frozenset(w for w in cues if w.isalpha() and w.isascii()) | frozenset(
        part for w in cues if not (w.isalpha() and w.isascii()) for part in re.findall(r"[a-z]+", w)[:1])
    return Resources(
        cues=cues, stance_explanations=explanations, words=words, titles=titles, role_aliases=role_aliases,
        countries=countries, regions=regions, region_abbreviations=region_abbreviations, organisations=organisations,
        people=people,
        office_holders={title: tuple(holders) for title, holders in office_holders.items()},
        honorifics=frozenset(h.lower().rstrip(".") for h in group_data.get("names", {}).get("honorifics", [])),
        name_suffixes=frozenset(h.lower().rstrip(".") for h in group_data.get("names", {}).get("suffixes", [])),
        stopped_suffixes=frozenset(h.lower().rstrip(".") for h in group_data.get("names", {}).get("suffixes", [])
                                   if h.endswith(".")),
        anonymous_heads=anonymous_heads, head_groups=head_groups, placed_heads=placed_heads,
        genders=_genders(group_data.get("names", {})),
        unisex_first_names=frozenset(w.lower() for w in group_data.get("names", {}).get("unisex_first_names", [])),
        anonymous_markers=tuple(m.lower() for m in anonymous.get("markers", [])),
        groups=dict(group_data.get("groups", {})),
        phrases=phrases, phrase_index=phrase_index,
        special_words=frozenset(w for table in (titles, countries, organisations) for key in table for w in key)
        | frozenset(h.lower().rstrip(".") for h in group_data.get("names", {}).get("honorifics", []))
        | frozenset(h.lower() for h in anonymous.get("heads", []))
        - frozenset(("of", "the", "de", "al", "for", "and", "on", "in", "to")),
        key_anchors=key_anchors,
        acronym_keys=frozenset(key for key, capitals in written_in_capitals.items() if capitals),
        common_word_keys=frozenset(_key(alias) for item in group_data.get("organisations", []) if item.get("common_word")
                                   for alias in [item["name"], *item.get("aliases", [])]),
        before_name_keys=frozenset(_key(item["title"]) for item in group_data.get("titles", [])
                                   if item.get("before_name")),
        cue_words=cue_words, cue_keys=frozenset(cues),
        cue_word_pattern=re.compile(r"(?<![a-z])(?:" + _trie_pattern(sorted(cue_words)) + r")(?![a-z])"),
    )
