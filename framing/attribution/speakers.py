"""Resolve source mentions to canonical speakers within one document, with group and country."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple
from unicodedata import combining, normalize

from .resources import Resources
from .segments import fallback_sentences

_WORD = re.compile(r"[\w](?:[\w'’.\-&]|(?<=\d),(?=\d{3}(?!\w)))*[\w.]|[\w]")  # "5,000" is one word
_FIRM = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* & [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*")  # "Ernst & Young"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_PERCENT_SIGN = re.compile(r"(?<=\d)%")  # "55%"
_DOUBLE_QUOTES = ('"', "“", "”", "''")  # marks that open or close a quotation (not the apostrophe ’)
_CAPITALISED_WORD = re.compile(r"(?<![\w'’.\-])[A-ZÀ-ÖØ-Þ][\w'’.\-]*")  # a word written with a capital
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")  # (not "her": "X rebuked the member for her assertion")
_PLAIN_WORD = re.compile(r"\w+")
# one to three lower-case words before a capitalised one (" campaign official " of "Trump campaign official Tim")
_LOWER_WORDS_BEFORE_CAPITAL = re.compile(r"(?: [a-z][\w'’\-]*){1,3} (?=[A-Z])")
_SPEECH_MARKS = (*_DOUBLE_QUOTES, ":")  # marks before someone's own words
_OBJECT_PRONOUNS = frozenset(("him", "his", "her", "hers", "himself", "herself"))
_PRONOUN_REACH = 5  # at most so many words between a surname and the "he" or "she" that gives its gender
_CLOSING_ASIDE = re.compile(r"(?:\s+[\w'’]+){1,2}\s*[.,;:!?]")  # "they say." after a comma: an aside closing a sentence
_SUBJECT_WORD = re.compile(r"\w[\w'’-]*")  # a word of a clause searched for its plural subject
_OPENING_RUN = re.compile(r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*")  # the capitalised words opening a sentence
# capitalised words opening a sentence, the last of them or a word in lower case after them plural, and the word after
_PHRASE_WORDS = re.compile(r"((?:[A-Z][\w'’.-]* )*(?:[A-Z][\w'’.-]*|[a-z][\w-]*s)) ([a-z]\w*)")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a date as YYYY-MM-DD (a document's `date`, an office's `from`)
_PRONOUN_SENTENCES = 3  # sentences read back for the name a sentence's opening "he" or "she" continues
_OPENERS_REACH = 24  # characters of sentence openers at most before such a pronoun ("And yet, however, he")
_BODY_REACH = 400  # characters before a definite head ("the company") searched for the body it stands for
_POSSESSIVE_LAST = frozenset("s'’")  # last characters a possessive ending can have
_RECENT_PEOPLE = 10  # persons who spoke remembered for a gendered pronoun (the last one is `recent_person`)
_NAME_WORD = r"[A-Z][\w'’.&\-]*"
_NAME_BEFORE_HEAD = re.compile(rf"(?<![\w'’.\-])(?:{_NAME_WORD}\s+){{1,5}}$")  # "House Judiciary " before "Committee"
_NAME_BEFORE_LOWER_HEAD = re.compile(rf"(?<![\w'’.\-]){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}?(?:['’]s)?\s+$")
_OF_NAME_AFTER_HEAD = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:and\s+)?{_NAME_WORD}){{0,4}}")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}$")  # "a federal appeals " (court)
_POSSESSOR_PRONOUN = re.compile(r"([Hh]is|[Hh]er) ")  # a person's possessive pronoun opening a mention ("his campaign")
# a name written right before a document ("Trump Jr.’s newest statement", "an Apple statement", "a White House
# statement"): capitalised words, then a possessive and up to two lower-case words, or nothing
_NAME_BEFORE_DOCUMENT = re.compile(rf"(?<![\w'’.\-])({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}?)"
                                   rf"(?:['’]s?\s+(?:[a-z]+\s+){{0,2}}|\s+)$")
# a document as a cue's source: "said the police statement", "according to a statement on the school's website"
_DOCUMENT_SPEAKING = re.compile(r"\b(?:said|says|according to)\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,2}$")
_POSSESSED = re.compile(r"\w(?:['’]s|s['’])\s+\w")  # a possessive before another word: "Trump's lawyer"
_BEFORE_SENTENCE_WORD = " \t\"“‘'(["  # what may stand between a sentence's end and its first word
_SENTENCE_ENDS = ".!?\n:"
# Up to seven capitalised words ("Secretary of State John Kerry"), the spaces between them holding one line break at
# most (a blank line ends a paragraph, and the run); starting with [A-Z] lets the regex engine skip ahead, and
# possessive quantifiers (*+, ++) stop it backtracking where no other match is possible.
_SPACES = r"(?:[^\S\n]++\n?+|\n)[^\S\n]*+"
_CAPITALISED_RUN = re.compile(
    rf"[A-Z](?:[\w'’.\-]*+{_SPACES}(?:(?:of|de|al|bin|van|von|the){_SPACES})?[A-Z]){{0,6}}[\w'’\-]*+")
# The same runs, two words or more only (a single capitalised word never matches).
_CAPITALISED_NAME = re.compile(
    rf"[A-Z](?:[\w'’.\-]*+{_SPACES}(?:(?:of|de|al|bin|van|von|the){_SPACES})?[A-Z]){{1,6}}[\w'’\-]*+")
_WORD_CHARS = re.compile(r"\w+")
# a party label after a name: "(R-Ohio)", ", D-Calif.,", " (R-N.Y.)", "(I-Vt.)"; the group is the region's word(s)
_PARTY_LABEL = re.compile(r"[(,]\s*([RDI])[-–]\s?([A-Z][A-Za-z. ]{0,14}?)\s*(?:[),;]|\.(?=\s|$)|[-–—]{1,2}\s)")
_APPOSITIVE_WORDS = re.compile(r",\s+(?:the\s+)?((?:[A-Z][a-z]+\s){1,3}[A-Za-z]+)")  # ", Idaho Republican"
_OF_PLACE = re.compile(r"\s+of\s+((?:[A-Z][a-z]+\s?){1,3})")  # " of New York"
_RUN_WORD = re.compile(r"\S+")
_HEADLINE_CHARS = 200  # a longer line is a paragraph, no headline
_RUNS_SCANNED = 200  # up to this many distinct capitalised runs (every news article) are scanned, not indexed
_compiled_capitalised_runs = None  # setup.py's compiled copy imports the loop finding both regexes' runs here (_tokens.pyx)
_compiled_name_words = None  # and the loop finding _WORD's words here
_compiled_lower_words = None  # and the loop lower-casing a list of words here
# Speaker(...) is made as _new_record(Speaker, (name, group, country, anonymous, person)), which is tuple.__new__:
# the same tuple without the named tuple's Python-level __new__
_new_record = tuple.__new__  # and the compiled copy imports _tokens.new_record, a faster tuple.__new__, here


class Speaker(NamedTuple):
    """A resolved source: canonical name, group, country, and what kind of thing it is (a tuple: cheap to make)."""

    name: str | None
    group: str
    country: str | None
    anonymous: bool = False
    person: bool = False


_NOBODY = Speaker(None, "other", None)


def _words(text: str) -> list[str]:
    """Words of a mention; capitalised words lose a possessive ending ("Kerry's" -> "Kerry"), and a figure's "%" is
    the word "percent" ("55% of voters", as "55 percent of voters")."""
    if "%" in text:
        text = _PERCENT_SIGN.sub(" percent", text)
    found = _WORD.findall(text) if _compiled_name_words is None else _compiled_name_words(text)
    if "'" not in text and "’" not in text:  # every possessive ending has an apostrophe
        return found
    return [_POSSESSIVE.sub("", w) if w[0].isupper() and w[-1] in _POSSESSIVE_LAST else w for w in found]


_CACHE_LIMIT = 20_000  # entries per memo table before it is emptied (a few MB a table; flat memory on huge corpora)
# the mention memo's name: its own per module, for the compiled copy's mentions are another class than these
_MENTIONS = "mentions@" + __name__


def _cache(res: Resources, name: str) -> dict:
    """A memo table kept on the resources (results depend only on them and on the key)."""
    table = res.__dict__.setdefault("_memo", {}).setdefault(name, {})
    if len(table) > _CACHE_LIMIT:
        table.clear()
    return table


def _derived(res: Resources, name: str, build):
    """A table derived from the resources, built on first use and kept on them."""
    table = res.__dict__.get(name)
    if table is None:
        table = res.__dict__[name] = build(res)
    return table


def _gendered_honorifics(res: Resources) -> tuple:
    """(honorific as written before a surname, gender) of the honorifics that give one ("Mr. ", "Mrs ", "Ms. ")."""
    return _derived(res, "_gendered_honorifics", lambda r: tuple(
        (f"{h.capitalize()}{stop} ", r.genders[h]) for h in sorted(r.honorifics) if r.genders.get(h)
        for stop in (".", "")))


def _role_anchors(res: Resources) -> dict[str, str]:
    """Lower-cased title -> the longest of its words, which every run naming the title holds ("secretary of state" ->
    "secretary"; computed once per resources)."""
    return _derived(res, "_role_anchors", lambda r: {item["title"].lower(): _longest_word(" ".join(key))
                                                     for key, item in r.titles.items()})


def _longest_word(text: str) -> str:
    """The longest word of `text`, without a final full stop ("sen." -> "sen"), the first of equals."""
    best = ""
    for word in text.split():
        word = word.rstrip(".") or word
        if len(word) > len(best):
            best = word
    return best


def _title_groups(res: Resources) -> dict[str, str]:
    """Lower-cased title -> its holder's group (computed once per resources)."""
    return _derived(res, "_title_groups", lambda r: {
        item["title"].lower(): item.get("group", "other") for item in r.titles.values()})


def _office_seekers(res: Resources) -> frozenset:
    """Lower-cased titles marked `for_office` (a nominee or candidate for an office; computed once per resources)."""
    return _derived(res, "_office_seekers", lambda r: frozenset(
        item["title"].lower() for item in r.titles.values() if item.get("for_office")))


def _listed_elsewhere(entry: dict, party, region) -> bool:
    """True if a people-list entry gives the person another `party` than `party` or `regions` without `region`
    (lower-cased; None: any), the test both of an epithet's misfit and of its listed holder."""
    return (party is not None and entry.get("party", party).lower() != party) or (
        region is not None and "regions" in entry and region not in _lower_all(entry["regions"]))


def _people_profiles(res: Resources) -> dict[str, "Speaker"]:
    """Profiles of the people listed in the speaker-groups file (computed once per resources)."""
    return _derived(res, "_people_profiles", lambda r: {
        item["name"]: Speaker(item["name"], item.get("group", "other"), item.get("country"), person=True)
        for item in {id(v): v for v in r.people.values()}.values()})


def _find_keys(res, lower: list[str], table: dict, words: list[str] | None = None) -> list[tuple[int, int, object]]:
    """Non-overlapping longest matches of multi-word keys of `table` (a table of `res`) in `lower`.

    With the original `words`, an acronym key ("WHO", "US") matches only words written in capitals.
    """
    indexes = res.key_indexes
    entry = indexes.get(id(table))  # what first_word_index keeps: looked up here, a method call costs more
    index = entry[1] if entry is not None and entry[0] is table else res.first_word_index(table)
    return _matches(lower, table, index, words, res.acronym_keys if words is not None else ())


def _named_keys(res, lower: list[str], words: list[str]) -> tuple:
    """What `_find_keys` finds in `lower` of the titles, countries and organisations (each table's index read once per
    resources, not looked up at each call)."""
    named = _derived(res, "_named_tables", _named_tables)
    acronyms = named[6]
    return (_matches(lower, named[0], named[1], words, acronyms, frozenset(), named[8], res),
            _matches(lower, named[2], named[3], words, acronyms),
            _matches(lower, named[4], named[5], words, acronyms, named[7]))


def _named_tables(res) -> tuple:
    """(titles, their first-word index, countries, index, organisations, index, acronym keys, common-word keys,
    before-name title keys) of the resources."""
    return (res.titles, res.first_word_index(res.titles), res.countries, res.first_word_index(res.countries),
            res.organisations, res.first_word_index(res.organisations), res.acronym_keys, res.common_word_keys,
            res.before_name_keys)


def _matches(lower: list[str], table: dict, index: dict, words, acronyms,
             common=frozenset(), before_name=frozenset(), res=None) -> list[tuple[int, int, object]]:
    """`_find_keys` with the table's first-word index and the acronym keys given (none without `words`); a `common`
    key (a name that is a common word too) matches only as a capitalised name of its own (`_stands_alone`), a
    `before_name` key only before a person's name (`_before_person_name`)."""
    if not _any_key(lower, index):  # most mentions hold no word that starts a key
        return []
    out, i, n = [], 0, len(lower)
    while i < n:
        keys = index.get(lower[i])
        if keys:
            for key in keys:
                size = len(key)
                if tuple(lower[i:i + size]) == key and (key not in acronyms or _all_upper(words, i, i + size)) and (
                        key not in common or _stands_alone(words, i, i + size)) and (
                        key not in before_name or _before_person_name(res, words, lower, i, i + size)):
                    out.append((i, i + size, table[key]))
                    i += size
                    break
            else:
                i += 1
        else:
            i += 1
    return out


def _lower_all(words: list[str]) -> list[str]:
    """Each word lower-cased."""
    return list(map(str.lower, words)) if _compiled_lower_words is None else _compiled_lower_words(words)


def _any_special(lower: list[str], special: frozenset) -> bool:
    """True if a word is one of `special`, as it is or without the full stops it ends in ("jr." -> "jr")."""
    for word in lower:
        if word in special or (word.endswith(".") and word.rstrip(".") in special):
            return True
    return False


def _any_key(words: list[str], index: dict) -> bool:
    """True if some word is a key of `index` (a loop: dict lookups in C in the compiled build)."""
    for word in words:
        if word in index:
            return True
    return False


def _before_person_name(res: Resources, words, lower: list[str], start: int, end: int) -> bool:
    """True if words[start:end] are capitalised and a person's name follows them: a listed first name, or a listed
    person's name or alias ("General Raymond Odierno", "General Kelly"; not "General Motors", "General Assembly",
    "the attorney general")."""
    if words is None or end >= len(lower) or not words[start][:1].isupper() or not words[end][:1].isupper():
        return False
    if _listed_first_name(res, lower[end]):
        return True
    for size in (1, 2, 3):
        if end + size <= len(lower) and tuple(lower[end:end + size]) in res.people:
            return True
    return False


def _head_before_first_name(res: Resources, lower: list[str], k: int) -> bool:
    """True if lower[k] is a [heads] noun and lower[k + 1], which must exist, a known first name ("economist paul",
    "broadcaster sam")."""
    return lower[k] in res.head_groups and _listed_first_name(res, lower[k + 1])


def _after_title_of(words: list[str], lower: list[str], taken: list, k: int) -> bool:
    """True if words[k] is one of up to four capitalised words after the "of" of a title (`taken`: the words of the
    titles, countries and organisations found) that hold no country or organisation found ("Secretary of Homeland
    Security"; not "President of Mexico", "president of the liberal National Hispanic")."""
    for j in range(k - 1, max(k - 5, 0), -1):
        if taken[j + 1] or not words[j + 1][:1].isupper():
            return False
        if lower[j] == "of":
            return taken[j - 1]
    return False


def _ends_in_full_name(res: Resources, words: list[str], n: int) -> bool:
    """True if `words` end in a person's name of two words or more after the place or body of a title's "to" at word n
    ("US Ambassador to Israel David Friedman", "EU ambassador to Cuba Alberto Navarro": the title's holder is named; not
    "the US envoy to the Middle East")."""
    name = _split_name(res, words)[0]
    if not name or " " not in name:
        return False
    place = n + 2 if n + 1 < len(words) and words[n + 1].lower() == "the" else n + 1
    return len(words) - len(name.split()) > place


def _title_to_at(lower: list[str], title_to_heads) -> int:
    """The index of the first "to" after a title of `title_to_heads` in the lower-cased words `lower` ("ambassador to
    Russia"), else len(lower)."""
    for n in range(1, len(lower)):
        if lower[n] == "to" and lower[n - 1] in title_to_heads:
            return n
    return len(lower)


def _titled_to_place(head: str, res: Resources) -> bool:
    """True if a mention's head ends in a title, "to" and a place or body ("The U.S. ambassador to Israel", "The US
    envoy to the UN"), which name no one: an appositive after it names the title's holder."""
    at = head.rfind(" to ")
    return at > 0 and head[head.rfind(" ", 0, at) + 1:at].lower() in res.words.get("title_to_heads", ())


def _listed_first_name(res: Resources, word: str) -> bool:
    """True if the lower-cased `word` is a first name of the [names] lists, of either gender or both ("paul", "sam")."""
    return word in res.genders or word in res.unisex_first_names


def _stands_alone(words, start: int, end: int) -> bool:
    """True if words[start:end] are capitalised with no capitalised word right after them: a name of its own, not
    part of a longer one ("his legal guardian", "a Federalist Society lawyer": no newspaper)."""
    if words is None or not _all_capitalised(words, start, end):
        return False
    return end == len(words) or not words[end][:1].isupper()


def _all_upper(words: list[str], start: int, end: int) -> bool:
    """True if every word of words[start:end] is written in capitals (a loop: no closure for the compiled build)."""
    for word in words[start:end]:
        if not word.isupper():
            return False
    return True


def _name_openers(res: Resources) -> frozenset:
    """Function words that a capitalised run may start with but a name never does ("So I", "What Cruz", "I'm Juan
    González")."""
    return _derived(res, "_name_openers", lambda r: frozenset().union(*(
        r.words.get(name, ()) for name in ("boundaries", "determiners", "self_pronouns", "person_pronouns",
                                           "group_pronouns", "name_openers", "time_openers", "contractions"))))


def _sentence_openers(res: Resources) -> frozenset:
    """`_name_openers` and the words of `sentence_openers` ("However", "Meanwhile"): single capitalised words that are
    never a name."""
    return _derived(res, "_sentence_openers",
                    lambda r: _name_openers(r) | frozenset(r.words.get("sentence_openers", ())))


def _without_openers(res: Resources, name_words: list[str]) -> str | None:
    """`name_words` joined, without leading function words ("So I" -> "I", "What Cruz" -> "Cruz"), an imperative,
    weekday or month before a first name (`_opens_before_first_name`: "Watch Elizabeth Warren"), and the words of a
    heading or video label in capitals before a first name ("KEY POINTS Mia Khalifa", "CLOSE Roger Ailes"; not "DJ
    Jaffe", whose capitals are his first name)."""
    if len(name_words) < 2:
        return (name_words[0] or None) if name_words else None
    openers = _name_openers(res)
    start = 0
    while start < len(name_words) - 1 and name_words[start].lower() in openers:
        start += 1
    if start < len(name_words) - 2 and _opens_before_first_name(res, name_words[start].lower(),
                                                                 name_words[start + 1].lower()):
        start += 1
    first = start  # the first word not written in capitals of three letters or more
    while first < len(name_words) - 1 and name_words[first].isupper() and len(name_words[first]) > 2 \
            and name_words[first].isalpha():
        first += 1
    if first > start and not name_words[first].isupper() and name_words[first].lower() in res.genders:
        start = first
    return " ".join(name_words[start:]) or None


def _opens_before_first_name(res: Resources, word: str, following: str) -> bool:
    """True if `word` (lower-cased) is one of `first_name_openers`, a weekday or a month, is no first name itself, and
    `following` is a first name ("Watch Elizabeth Warren", "on Sunday Bob Dole said", "On 16 October Jay Willis"; not
    "April Ryan", "Watch Tower officials")."""
    rw = res.words
    opener = word in rw.get("first_name_openers", ()) or word in rw.get("weekdays", ()) or word in rw.get("months", ())
    return opener and not _listed_first_name(res, word) and _listed_first_name(res, following)


def _head_group(res: Resources, words: list[str], lower: list[str]) -> str:
    """The group of a common noun heading the source ("the report", "police", "Economists"), else "other".

    The head is the last word; two capitalised words at the end are a name, never grouped by its surname
    ("Sarah Post"), but "most Americans" and "Police" are grouped. A country or region after "of" follows the head
    ("the government of Qatar", "the state of Texas").
    """
    if "of" in lower:
        of = _of_place(res, words, lower)
        if of > 0 and words[of - 1].islower():  # (not a name: "Gun Owners of America")
            return res.head_groups.get(lower[of - 1].rstrip("."), "other")
    if len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper() \
            and lower[-2] not in res.words.get("quantifiers", ()):
        return "other"
    group = res.head_groups.get(lower[-1].rstrip("."), "other")
    if len(lower) > 1 and lower[-2] in res.words.get("media_modifiers", ()) and group != "document" and (
            words[-2].islower() or (len(words) == 2 and words[-2][1:].islower())):  # (or opening a sentence)
        return "media"  # "the Ansa news agency", "a wire service" (not "a news release", nor "Fox News viewers")
    return group


def _of_place(res: Resources, words: list[str], lower: list[str]) -> int:
    """The index of the last "of" if the words after it (but a "the") name a country or a region, capitalised
    ("government of Qatar", "people of the United States", "state of Texas"; not "percent of us"), else -1."""
    for k in range(len(lower) - 2, 0, -1):
        if lower[k] == "of":
            at = k + 2 if lower[k + 1] == "the" and k + 2 < len(lower) else k + 1
            place = tuple(lower[at:])
            return k if words[at][:1].isupper() and (place in res.countries or place in res.regions) else -1
    return -1


def _plural_noun(name: str) -> bool:
    """True for a speaker named by a plural common noun ("politicians", "dozen states"; not "the analysis",
    "Democrats" or "Fox News") or by a share of people ("95 percent", "55% of voters")."""
    if name.endswith(" percent"):
        return True
    return name[:1].islower() and name.endswith("s") and not name.endswith(("ss", "is", "us", "news"))


def _ends_sentence(word: str) -> bool:
    """True for a word with a full stop that is no initial or known abbreviation ("Paso.", not "F.", "Jr." or "U.S.")."""
    if not word.endswith("."):
        return False
    stem = word.rstrip(".")
    return len(stem) > 1 and "." not in stem and stem not in _known_abbreviations()


@lru_cache(maxsize=1)
def _known_abbreviations() -> frozenset:
    """Titles and abbreviations of the sentence splitter's data file ("Sen", "Jr", "Inc")."""
    from ..text import _abbreviations

    known = _abbreviations()
    return known.titles | known.abbreviations | known.before_number


def _without_suffix(res: Resources, parts: list[str]) -> list[str]:
    """Name words without a trailing suffix ("Jr.", "III"), unless nothing else would be left."""
    while len(parts) > 2 and parts[-1].lower().rstrip(".") in res.name_suffixes:
        parts = parts[:-1]
    return parts


def _person_entry(res: Resources, name: str) -> dict | None:
    """The people-list entry of a name; a suffix may lack its full stop ("Joseph R. Biden Jr" for "... Jr."), and
    middle initials may be left out ("Eric H. Holder" for "Eric Holder").

    A suffix is never dropped: "Donald Trump Jr." is not "Donald Trump".
    """
    lower = name.lower().split()
    found = res.people.get(tuple(lower))
    if found is None and len(lower) > 2 and lower[-1] in res.name_suffixes:
        found = res.people.get((*lower[:-1], lower[-1] + "."))
    if found is None and len(lower) > 2:
        plain = [word for n, word in enumerate(lower) if n == 0 or n == len(lower) - 1 or not _initial(word)]
        if len(plain) < len(lower):
            found = _person_entry(res, " ".join(plain))
    return found


def _initial(word: str) -> bool:
    """True if a lower-cased word is a middle initial ("h.")."""
    return len(word) == 2 and word[1] == "." and word[0].isalpha()


def _listed_name(res: Resources, key: str) -> str | None:
    """The canonical name of the listed person a one-word lower-cased key names ("obama": Barack Obama), or None."""
    person = res.people.get((key,))
    return person.get("name", key) if person is not None else None


def _ends_at(matches, end: int) -> bool:
    """True if one of the (start, end, item) matches ends at `end`."""
    for _, match_end, _ in matches:
        if match_end == end:
            return True
    return False


def _split_name(res: Resources, words: list[str], lower: list[str] | None = None,
                found: tuple | None = None) -> tuple[str | None, list[str]]:
    """The trailing personal name in `words` and the title words before it (`lower`: the words lower-cased, if known;
    `found`: what `_find_keys` finds in `lower` of the titles, countries and organisations, if known)."""
    if lower is None:
        lower = _lower_all(words)
    named = _before_time(words, lower, res.words)
    if named < len(words):  # "President Barack Obama Friday night": the name ends before the day
        words, lower, found = words[:named], lower[:named], None
    special = res.special_words
    if not _any_special(lower, special):
        start = 0
        while start < len(words) and not words[start][0].isupper():
            start += 1
        k = len(words)
        while k > start and (words[k - 1][0].isupper() or lower[k - 1] in ("de", "al", "bin", "van", "von") or (
                lower[k - 1] == "and" and _and_in_body_name(words, lower, k - 1, res))):
            k -= 1
        if k == start:
            k = len(words) - 1
            while k > start and not _ends_sentence(words[k - 1]):
                k -= 1
            k = max(k, start)
            if len(words) - k > 2 and _head_before_first_name(res, lower, k):
                k += 1  # "Economist Paul Krugman", "Climatologist Richard Alley": a common noun capitalised opening it
                # before a first name (not "Times Square Alliance")
            return _without_openers(res, words[_after_title_in(res, lower, k):]), []
    honorifics, anonymous_heads = res.honorifics, res.anonymous_heads  # read once, not for every word
    stripped = [w.rstrip(".") if w.endswith(".") and w.rstrip(".") in honorifics else w for w in lower]
    # the keys found in `lower` hold for these words unless an honorific lost its full stop
    if found is None or stripped != lower:
        found = (_named_keys(res, stripped, words)
                 if not res.key_anchors.isdisjoint(stripped) else ())  # a title, country or organisation may be named
    lower = stripped
    found = _without_surname_keys(res, words, lower, found, lower[0] in honorifics)
    links, body_heads = res.words.get("body_name_links", ()), res.words.get("body_name_heads", ())
    taken = [False] * len(words)
    for matches in found:
        for s, e, _ in matches:
            for k in range(s, e):
                taken[k] = True
    name_words: list[str] = []
    by_title = False  # the words taken so far name a body by a title before its head ("Sheriff's Office")
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if name_words and _ends_sentence(w):
            break  # "El Paso. Cruz": a run of capitalised words across a full stop
        if name_words and (_joins_body_name(words, lower, k, links, body_heads) or (
                taken[k] and k >= 2 and w[0].isupper() and lower[k - 1] in links and lower[k - 2] in body_heads) or (
                lower[k] == "and" and _and_in_body_name(words, lower, k, res)) or (
                lower[k] == "the" and k >= 2 and _joins_body_name(words, lower, k - 1, links, body_heads))):
            name_words.append(w)  # "University of Texas", "Center for American Progress", "Fish and Wildlife
            continue              # Service", "Committee on the Budget": one body's name
        if taken[k] and w[0].isupper() and name_words and (by_title or (
                len(name_words) == 1 and lower[k + 1] in body_heads)):
            by_title = True  # "the Harris County Sheriff's Office", "the Attorney General's Office": a body named by a
            name_words.append(w)  # title, the words before it too
            continue
        by_title = False
        if taken[k] or lower[k] in honorifics or lower[k] in anonymous_heads or not (w[0].isupper() or w.lower() in ("de", "al", "bin", "van", "von")):
            break
        if len(name_words) >= 2 and (_head_before_first_name(res, lower, k) or (
                len(name_words) == 2 and k >= 2 and lower[k - 1] == "of" and taken[k - 2]) or (
                _listed_first_name(res, lower[k + 1]) and not _listed_first_name(res, lower[k])
                and _after_title_of(words, lower, taken, k))):
            break  # (as above, in a source that also names a title, country or organisation); "Assistant Secretary
            # of Defense Victorino Mercado": one word after a title's "of", before two, is the title's (not "president
            # of United Teachers Los Angeles"); so are up to four before a first name ("Deputy Secretary of Homeland
            # Security Ken Cuccinelli": Ken Cuccinelli)
        name_words.append(w)
    name_words.reverse()
    while name_words and not name_words[0][0].isupper():
        name_words.pop(0)
    first = len(words) - len(name_words)
    if name_words and _after_title_in(res, lower, first) > first:
        del name_words[0]  # "FBI Assistant Director in Charge Andrew Vale": not "Charge Andrew Vale"
    if len(name_words) == 1 and found and lower[-1] in res.words.get("organisation_suffixes", ()) \
            and _ends_at(found[2], len(words) - 1):
        name_words = []  # "CNN International", "Fox News Sunday": the organisation's own name, no person's
    if name_words and found and lower[-1] in body_heads:
        start = len(words) - len(name_words)
        for s, e, _ in reversed(found[1]):  # "American Enterprise Institute", "Syrian American Medical Society": a
            if e == start and _all_capitalised(words, s, e):  # body's name holds the country's adjective
                start = s
        name_words = words[start:]
    name_words = _without_rank_class(name_words, words, lower, res)
    title_words = []
    for k in range(len(words)):  # a loop over indexes: no zip object and no tuple per word in the compiled build
        if taken[k]:
            title_words.append(lower[k])
    return _without_openers(res, name_words), title_words


def _after_title_in(res: Resources, lower: list[str], k: int) -> int:
    """k + 1 if word k is a title's word after "in" (`place_title_words`) with two words or more after it, which opens
    no name ("FBI Assistant Director in| Charge Andrew Vale": Andrew Vale); else k."""
    if 0 < k < len(lower) - 2 and lower[k - 1] == "in" and lower[k] in res.words.get("place_title_words", ()):
        return k + 1
    return k


def _without_rank_class(name_words: list[str], words: list[str], lower: list[str], res: Resources) -> list[str]:
    """The name `name_words` (the last of `words`) without the class of a rank opening it, or the class's last word
    opening the words before a first name ("Petty Officer 2nd| Class Jane Doe", "Airman| First Class Jane Roe", a
    capitalised run "Class Jane Doe": Jane Doe, Jane Roe; not "Class Action Lawyers")."""
    classes = res.words.get("rank_classes", ())
    if len(name_words) >= 4 and f"{name_words[0]} {name_words[1]}".lower() in classes:
        return name_words[2:]
    start = len(words) - len(name_words)
    if len(name_words) >= 3 and name_words[0].lower() in _derived(res, "_rank_class_ends", lambda r: frozenset(
            phrase[phrase.rfind(" ") + 1:] for phrase in r.words.get("rank_classes", ()))):
        if f"{lower[start - 1]} {name_words[0]}".lower() in classes if start else name_words[1].lower() in res.genders:
            return name_words[1:]
    return name_words


def _before_time(words: list[str], lower: list[str], rw: dict) -> int:
    """How many of `words` come before a capitalised weekday, and a part of the day after it, ending them ("Meredith
    McGehee Tuesday", "Barack Obama Friday night"), or before a time phrase in lower case after a capitalised word
    ("Jeb Bush earlier this year", "Obama last week", "Trump today"); all of them if none does, or if the time is the
    only word."""
    n = len(words)
    if n > 2 and lower[n - 1] in rw.get("day_parts", ()) and lower[n - 2] in rw.get("weekdays", ()):
        n -= 1
    if n > 1 and lower[n - 1] in rw.get("weekdays", ()) and words[n - 1][0].isupper():
        return n - 1
    k = len(words) - 1
    if k < 1 or lower[k] not in rw.get("time_nouns", ()) or lower[k] != words[k]:
        return len(words)
    alone = lower[k] in rw.get("time_openers", ())  # "today", "yesterday"
    k -= 1
    if lower[k] in rw.get("time_determiners", ()):
        alone = True
        k -= 1
    if k >= 0 and lower[k] in rw.get("relative_times", ()):
        k -= 1
    return k + 1 if alone and k >= 0 and words[k][:1].isupper() else len(words)


def _without_surname_keys(res: Resources, words: list[str], lower: list[str], found: tuple,
                          honoured: bool) -> tuple:
    """`found` (titles, countries, organisations as `_named_keys` finds them) without the one-word country's or
    organisation's name ending `words` where it is a person's surname: after a first name, an initial or a title
    ("Rep. Jim Jordan", "David French", "Michael Bloomberg"), or an organisation's after an honorific alone ("Mr.
    Bloomberg"; `honoured`: the first word is one)."""
    if not found:
        return found
    if (honoured and len(words) == 2 and found[1]) or _after_first_name(res, words, lower, found, 1) or \
            _country_first_name(res, words, lower, found[1]):
        found = (found[0], found[1][:-1], found[2])  # ("Mr. Cuban", "Jim Jordan", "Chad Wolf")
    if (honoured and len(words) == 2 and found[2]) or _after_first_name(res, words, lower, found, 2):
        found = (found[0], found[1], found[2][:-1])
    return found


def _country_first_name(res: Resources, words: list[str], lower: list[str], countries: list) -> bool:
    """True if `words` end in a one-word country's name that is a first name of the [names] lists and a surname
    ("Jordan Peterson", "Homeland Security Secretary Chad Wolf", "Dutch Ruppersberger"); not a word of a title or a
    body's head after it ("Jordan Police"), a listed person's name ("Israeli Netanyahu") or a country that is no first
    name ("Iraq War")."""
    n = len(words)
    if len(countries) != 1 or countries[0][0] != n - 2 or countries[0][1] != n - 1:
        return False
    first, last = lower[n - 2], lower[n - 1]
    return _listed_first_name(res, first) and words[n - 1].istitle() and \
        last not in res.special_words and last not in res.head_groups and (last,) not in res.people


def _after_first_name(res: Resources, words: list[str], lower: list[str], found: tuple, kind: int) -> bool:
    """True if the last word, of one word a country's (`kind` 1) or an organisation's (`kind` 2) name in `found`
    (titles, countries, organisations as `_named_keys` finds them), follows a first name, an initial after one, or a
    capitalised word after a title ("Jim Jordan", "William D. French", "Sgt. Lamont Washington", "Michael
    Bloomberg")."""
    if not found or not found[kind] or found[kind][-1][1] != len(words):
        return False
    k = found[kind][-1][0]
    before = k - 2 if k >= 2 and len(words[k - 1]) == 2 and words[k - 1][1] == "." else k - 1
    if k != len(words) - 1 or before < 0 or not words[before].istitle():
        return False
    if lower[before] in res.genders:
        return True
    for title in found[0]:
        if title[1] == before:
            return True
    return False


class SpeakerResolver:
    """Canonical speakers for one document; feed it sources in document order.

    Full names written anywhere in the text count ("Kerry" -> "John Kerry" even before "John Kerry" appears).
    The text's capitalised runs are analysed lazily: a surname lookup analyses only the runs that contain
    its last word, a role only the runs holding a word of its titles, and a pronoun with no speaker before it reads
    the names backwards from itself; tests check that analysing every run first gives the same results.
    """

    def __init__(self, text: str, resources: Resources, *, sentences: list[tuple[int, int]] | None = None,
                 date: str = ""):
        """`sentences`: the text's (start, end) sentences in order, as `Document.segments` gives them (split by
        punctuation when not given); `date`: the document's date (YYYY-MM-DD, or longer ISO), which names the holder
        of an office the text calls by its title alone ("the president")."""
        self.res = resources
        self._date = date[:10] if _ISO_DAY.match(date) else ""
        self._sentences = sentences
        self.registered: dict[str, str] = {}    # surnames learnt while resolving ("kerry" -> "John Kerry")
        self.profiles: dict[str, Speaker] = dict(_people_profiles(resources))  # canonical -> richest profile
        self.registered_roles: list[tuple[int, set[str], str, str]] = []  # (position, title keys, canonical, source
        # lower-cased)
        self.recent_person: str | None = None
        self.recent_people: list[str] = []  # the last persons who spoke, most recent last (for gendered pronouns)
        self.person_genders: dict[str, str] = {}  # canonical -> gender an honorific gave it ("Ms. Christensen")
        self._honoured: dict[str, str | None] = {}  # surname -> gender its honorifics in the text give (lazy)
        self._pronouned: dict[str, str | None] = {}  # person -> gender the pronouns after their surname give (lazy)
        self.recent_group: str | None = None
        self.recent_plural: str | None = None  # the last group, or plural vague source ("diplomats"), for "they"
        self._mention_memo = _cache(resources, _MENTIONS)
        self._run_memo = _cache(resources, "runs")
        self._labels = _cache(resources, "labels")  # speaker name -> its label (`_common_case`)
        self._regions_named = _cache(resources, "regions named")  # name -> whether a region's (`_region_named`)
        self._modifier_labels: dict[str, str] = {}  # speaker name -> its label here (`_common_modifier_case`)
        self._text = text
        self._matches: list[tuple[int, str]] | None = None  # (start, run) of capitalised runs, in text order
        self._runs: list[tuple[str, str]] | None = None  # distinct capitalised runs, lower-cased too
        self._runs_lower = ""  # the lower-cased runs joined by NUL
        self._run_ends: list[int] = []  # where each lower-cased run ends in _runs_lower (the NUL after it)
        self._text_surnames: dict[str, str | None] = {}  # surname key -> canonical from the text (lazy)
        self._roles_by_anchor: dict[str, list[tuple[int, tuple[str, ...], str, str]]] = {}  # see _text_roles_holding
        self._head_places: dict[str, list[int]] = {}  # word -> where the text writes it (`_places`)
        self._spoken: list[tuple[int, Speaker]] = []  # (position, speaker) of each source resolved, in order
        self._singles: list[tuple[int, str]] | None = None  # (start, word) of single capitalised words (lazy)
        self._title_groups: dict[str, str | None] = {}  # canonical -> group of a title the text gives it
        self._person_labels: dict = {}  # canonical -> the party label after a name of theirs, or None
        self._run_index: dict[str, list[tuple[str, str]]] | None = None  # word -> runs holding it (huge texts)
        self._runs_by_first_word: dict[str, list[tuple[int, str]]] | None = None  # for descriptors before names

    # -- names seen anywhere in the text -------------------------------------------------
    def _run_matches(self) -> list[tuple[int, str]]:
        """(start, run) of every run of two or more capitalised words in the text, in text order (one regex pass)."""
        if self._matches is None:
            self._matches = self._without_headlines(self._without_gerunds(_text_runs(self._text, names=True)))
        return self._matches

    def _without_headlines(self, matches: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """`matches` with the runs of a headline in title case cut at its verbs and small words, which no name holds
        ("Arizona Sheriff Joe Arpaio Endorses Rick Perry": "Arizona Sheriff Joe Arpaio" and "Rick Perry"; "Mitt To
        Akin: Drop Out": none). A line naming someone ("7. Sen. Cory Booker (D-N.J.)") keeps its run."""
        out = None
        text, small = self._text, self.res.words.get("headline_small_words", ())
        breaks = self.res.words.get("headline_breaks", ())
        line_end, headline = -1, False  # where the line of the last run read ends, and whether it is a headline
        for n in range(len(matches)):
            start, run = matches[n]
            if start > line_end:  # (a run on a line read already reuses its answer)
                line = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", start)
                if line_end < 0:
                    line_end = len(text)
                headline = line_end - line <= _HEADLINE_CHARS and not _ends_sentence_mark(text, line, line_end) \
                    and _headline(text, line, line_end, small)
            pieces = self._headline_pieces(start, run, breaks) if headline else None
            if pieces is not None:
                if out is None:
                    out = matches[:n]
                out.extend(pieces)
            elif out is not None:
                out.append((start, run))
        return matches if out is None else out

    def _headline_pieces(self, start: int, run: str, breaks) -> list[tuple[int, str]] | None:
        """The (start, run) pieces of two words or more a headline's run holds between its reporting verbs (no first
        names: "Hope Hicks"; no nouns: "Speech") and `breaks` words ("To"), or None if it holds none of them."""
        pieces, first, last, cut = [], -1, -1, False
        for match in _RUN_WORD.finditer(run):
            low = match.group().lower()
            if (low in breaks and match.start() > 0) or (self._verb_cue(low) and not self._first_name(low)):
                cut = True
                if first >= 0 and run.find(" ", first, last) >= 0:
                    pieces.append((start + first, run[first:last]))
                first = -1
            else:
                if first < 0:
                    first = match.start()
                last = match.end()
        if not cut:
            return None
        if first >= 0 and run.find(" ", first, last) >= 0:
            pieces.append((start + first, run[first:last]))
        return pieces

    def _without_gerunds(self, matches: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """`matches` with a sentence's first word in -ing that is no first name taken off its run: a verb opening the
        sentence, not a name's first word ("Boosting May's chances", "Seeing Barack Obama as"; not "said Sterling
        Jensen"); the run goes where one word is left."""
        out = None
        text, kept = self._text, self.res.words.get("title_participles", ())
        for n, (start, run) in enumerate(matches):
            first_end = run.find("ing ") + 3  # most runs hold no "ing " (one search each); a line break ends it rarely
            first = run[:first_end].lower() if first_end > 4 else ""  # its first word, unless a space stands in it
            if first and " " not in first and "\n" not in first and _sentence_start(text, start) and first not in kept \
                    and not self._first_name(first):
                if out is None:
                    out = matches[:n]
                rest = run[first_end:].lstrip()
                if " " in rest:  # still a name of two words or more
                    out.append((start + len(run) - len(rest), rest))
                continue
            if out is not None:
                out.append((start, run))
        return matches if out is None else out

    def _verb_cue(self, low: str) -> bool:
        """True if a lower-cased word is a one-word reporting verb ("endorses", "says"; not the noun "speech")."""
        for form in self.res.cues.get(low, ()):
            if not form.nominal and len(form.words) == 1:
                return True
        return False

    def _capitalised_runs(self) -> list[tuple[str, str]]:
        """(run, lower-cased run) of the text's distinct runs of two or more capitalised words, first seen first."""
        if self._runs is None:
            runs = list(dict.fromkeys([run for _, run in self._run_matches()]))
            self._runs_lower = "\x00".join(runs).lower()
            lowered = self._runs_lower.split("\x00") if runs else []
            self._runs = list(zip(runs, lowered))
            ends, at = [], 0  # where each lower-cased run ends in _runs_lower (after its NUL)
            for lower in lowered:
                at += len(lower) + 1
                ends.append(at)
            self._run_ends = ends
        return self._runs

    def _known_run(self, run: str) -> tuple:
        known = self._run_memo.get(run)
        if known is None:
            known = self._run_memo[run] = self._analyse_run(run)
        return known

    def _text_surname(self, key: str) -> str | None:
        """The canonical name of the first full name in the text known by `key`, or None."""
        found = self._text_surnames.get(key, "")
        if found == "":
            found = None
            for run, lower in self._runs_holding(key.rsplit(" ", 1)[-1]):  # every key of a run holds its name's last word
                known = self._known_run(run)
                if known and key in known[3]:
                    found = known[2]
                    break
            self._text_surnames[key] = found
        return found

    def surname(self, key: str) -> str | None:
        """The canonical person a lower-cased name is known as in this document (text first, then resolved)."""
        found = self._text_surname(key)
        return found if found is not None else self.registered.get(key)

    def _title_group(self, canonical: str) -> tuple:
        """(group, past) of the first title the text gives `canonical` ("Sen. Bernie Sanders" -> politician), past
        true where every title it gives is one held before ("former Rep. Tom Tancredo": `_past_title`); (None, False)
        if none.

        Reads only the text's capitalised runs that hold the name's last word (each analysed once per process).
        """
        found = self._title_groups.get(canonical)
        if found is None:
            group, past = None, None
            groups = _title_groups(self.res)
            last = canonical.rsplit(" ", 1)[-1].lower()
            for run, lower in self._runs_holding(last):
                known = self._known_run(run)
                if known and known[4] and known[2] == canonical:
                    group = _first_group(groups, known[4])
                    if not _office_seekers(self.res).isdisjoint(known[4]):  # "Defense secretary nominee Chuck Hagel":
                        group = _mention_of(run, self.res, self._mention_memo).group  # the office's, as the mention
                elif not known and (lower.endswith(" " + last) or _POSSESSIVE.sub("", lower).endswith(" " + last)):
                    group = self._surname_title_group(run, last, canonical, groups)  # "President Trump('s)"
                if group is not None and self._past_title(run, lower):
                    past = past or group  # "former Hewlett-Packard CEO Carly Fiorina": what she was, not what she is
                    group = None
                if group is not None:
                    break
            if group is None and self._date:
                group = self._office_group(canonical)  # "Trump said" in a text of 2019: the president's
            if group is None and " " in canonical:
                group = self._descriptor_group(canonical)
            found = (group, False) if group is not None or past is None else (past, True)
            self._title_groups[canonical] = found
        return found

    def _party_labelled(self, canonical: str):
        """The first party label (`_party_label`) after a name of the person `canonical` in the text ("Fred Upton
        (R-Mich.)": ("R", "michigan"); "Raul Labrador, Idaho Republican,"; "Peter King of New York": (None, "new
        york")), one naming a party first, else None."""
        text, placed = self._text, None
        for run, lower in self._runs_holding(canonical.rsplit(" ", 1)[-1].lower()):
            known = self._known_run(run)
            if known and known[2] == canonical:
                at = text.find(run)
                while at >= 0:
                    end = at + len(run)  # (a run holds no label but a region after "of"; one follows it at once)
                    if text[end:end + 1] in ("(", ",") or text.startswith(" (", end) or \
                            text.startswith(" of ", end) or " of " in run:
                        label = self._party_label(at, run)
                        if label is not None and label[0] is not None:
                            return label
                        placed = placed or label
                    at = text.find(run, end)
        return placed

    def _office_group(self, canonical: str) -> str | None:
        """The group of the office the people list's `offices` have `canonical` hold on the document's date, if any."""
        person = _person_entry(self.res, canonical)
        if person is not None:
            groups = _title_groups(self.res)
            for office in person.get("offices", ()):
                if office["from"] <= self._date < office.get("to", "~") and \
                        groups.get(office["title"].lower(), "other") != "other":
                    return groups[office["title"].lower()]
        return None

    def _placed_before(self, lower, position: int, listed: bool = False) -> str | None:
        """For a description of a party's member naming a region ("the Arizona Republican", "the California
        Democrat"), the person the text names in full last before `position` in a capitalised run holding the region
        or followed by a party label naming it ("Arizona Sen. John McCain", "Sen. John McCain (R-Ariz.)"), or (`listed`)
        whom the people list places in the region and party (`_listed_in`); else None (and for other descriptions:
        "the Texas congressman" is a title's, `body_title`)."""
        if lower[-1] not in self.res.words.get("party_heads", ()):
            return None
        region = _region_before(list(lower), len(lower) - 1, self.res.regions)
        if region is None:
            return None
        runs = self._run_matches()
        for i in range(bisect_left(runs, (position, "")) - 1, -1, -1):
            at, run = runs[i]
            if listed or self._held_in(at, run, region):
                known = self._known_run(run)
                if known and known[2] and (self._listed_in(known[2], lower[-1], region) if listed
                                           else not _word_places(known[1], region)):  # (no region in the name itself)
                    return known[2]
        return None

    def _listed_in(self, name: str, party: str, region: str) -> bool:
        """True if the people list gives the person `name` the region `region` and the party `party` or none
        (lower-cased: "Majority Leader Harry Reid" is "the Nevada Democrat")."""
        entry = _person_entry(self.res, name)
        return entry is not None and "regions" in entry and not _listed_elsewhere(entry, party, region)

    def _held_in(self, at: int, said: str, body: str) -> bool:
        """True if the mention or run `said`, written at `at`, holds the lower-cased words `body` of a body or a region
        ("Kentucky Sen. Rand Paul"), or a party label in or right after it names that region ("Sen. Rob Portman
        (R-Ohio)")."""
        return bool(_word_places(said, body)) or self._label_region(at, said) == body

    def _label_region(self, at: int, said: str) -> str | None:
        """The region (lower-cased) that a party label in or right after the mention or run `said` written at `at`
        names ("Sen. Rob Portman (R-Ohio)": "ohio"; "Rep. Adam Schiff, D-Calif.,": "california"), else None."""
        label = self._party_label(at, said)
        return label[1] if label is not None else None

    def _party_label(self, at: int, said: str):
        """(party letter or None, region lower-cased or None) of a party label in or right after the mention or run
        `said` written at `at` ("Sen. Rob Portman (R-Ohio)": ("R", "ohio"); "Rep. Peter King, R-New York --"), of a
        region's party epithet or a region after "of" right after it ("Rep. Raul Labrador, Idaho Republican,": ("R",
        "idaho"); "Rep. Peter King of New York": (None, "new york"), within the run too), else None."""
        end, text, regions = at + len(said), self._text, self.res.regions
        found = _PARTY_LABEL.search(text, at, end + 24)
        if found is not None and found.start() <= end + 1:
            label = found.group(2).strip().rstrip(".").lower()
            if tuple(label.split()) in regions:
                return found.group(1), label  # "R-Ohio", "D-New York"
            return found.group(1), self.res.region_abbreviations.get(label.replace(".", "").replace(" ", ""))
        found = _APPOSITIVE_WORDS.match(text, end)
        if found is not None:
            words = found.group(1).lower().split()
            if words[-1] in self.res.words.get("party_heads", ()) and tuple(words[:-1]) in regions:
                return words[-1][:1].upper(), " ".join(words[:-1])
        found = _OF_PLACE.match(text, end)
        if found is not None:
            words = found.group(1).lower().split()
            for size in range(len(words), 0, -1):
                if tuple(words[:size]) in regions:
                    return None, " ".join(words[:size])
        cut = said.rfind(" of ")  # "Sen. Trent Lott of Mississippi", one capitalised run
        if cut > 0 and tuple(said[cut + 4:].lower().split()) in regions:
            return None, said[cut + 4:].lower()
        return None

    def _epithet_holder(self, lower, position: int) -> str | None:
        """Whom a party epithet at `position` stands for when no name before it holds its region ("the California
        Democrat"): the last person who spoke if they fit (`_misfits`), else the listed person of its region and party
        named before (`_placed_before`), else the last person named if they fit; None if none does."""
        party = lower[-1] if lower[-1] in self.res.words.get("party_heads", ()) else None
        region = _region_before(list(lower), len(lower) - 1, self.res.regions)
        if party is None and region is None:
            return self.recent_person or self._mentioned_before(position)
        if self.recent_person and not self._misfits(self.recent_person, party, region):
            return self.recent_person
        listed = self._placed_before(lower, position, listed=True)  # ("Majority Leader Harry Reid": the list's)
        if listed is not None:
            return listed
        named = self._mentioned_before(position)
        return named if named and not self._misfits(named, party, region) else None

    def _misfits(self, name: str, party, region) -> bool:
        """True if the people list (`party`, `regions`) or a party label after a name of the person `name` in the text
        ("Rep. Fred Upton (R-Mich.)") gives them another party (its letter: "R" for "republican") or region than
        `party` and `region` (lower-cased; None: any); or, for a region's epithet (a member of a legislature or a
        governor), if the text or the list gives them a group other than a politician's ("the South Carolina
        Republican": not Antony Blinken, a government official)."""
        if region is not None:
            known = self.profiles.get(name) or _people_profiles(self.res).get(name)
            if known is not None and known.group != "politician" and known.group != "other":
                return True
        entry = _person_entry(self.res, name)
        if entry is not None and _listed_elsewhere(entry, party, region):
            return True
        label = self._label_of(name)
        return label is not None and ((party is not None and label[0] is not None and label[0] != party[:1].upper())
                                      or (region is not None and label[1] is not None and label[1] != region))

    def _label_of(self, name: str):
        """`_party_labelled` of the person `name`, read once per text."""
        label = self._person_labels.get(name, "")
        if label == "":
            label = self._person_labels[name] = self._party_labelled(name)
        return label

    def _profiled_person(self, name: str) -> bool:
        """True if the text resolved `name` before, to a person or to a name of no group ("Conaway said ... Conaway
        added"), not to a group's ("Americans") or a body's."""
        known = self.profiles.get(name)
        return known is not None and (known.person or known.group == "other")

    def _ungrouped(self, name: str, group: str) -> bool:
        """True if nothing gives the person `name` a group: not this mention, the text's earlier ones, or the list."""
        known = self.profiles.get(name)
        return group == "other" and (known is None or known.group == "other") and \
            name not in _people_profiles(self.res)

    def _past_title(self, run: str, lower: str) -> bool:
        """True if the titled run opens with a word of `past_title_words` ("Former Defense Secretary James Mattis") or
        follows one wherever the text writes it ("former Sen. Chuck Hagel", "then-Gov. Mike Pence")."""
        past = self.res.words.get("past_title_words", ())
        if lower.split(" ", 1)[0] in past:
            return True
        text = self._text
        at = text.find(run)
        while at >= 0:
            if not self._past_before(at, past):
                return False
            at = text.find(run, at + 1)
        return True

    def _past_before(self, at: int, past) -> bool:
        """True if a word of `past` (`past_title_words`) comes right before the text's position `at`, or is joined to
        it by a hyphen ("former Sen. Chuck Hagel", "then-Gov. Mike Pence")."""
        text = self._text
        if at and text[at - 1] == "-":  # "then-Gov.": the word joined to the run by a hyphen
            start = at - 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            before = text[start:at - 1].lower()
        else:
            before = _word_before(text, at, 20)
        return before in past

    def _past_holder(self, at: int, said: str) -> bool:
        """True if the titled mention or run `said` (lower-cased) at `at` names a title held before: it opens with a
        word of `past_title_words` or follows one ("Former PM Theresa May", "former President Bill Clinton")."""
        past = self.res.words.get("past_title_words", ())
        return said.partition(" ")[0] in past or self._past_before(at, past)

    def _surname_title_group(self, run: str, last: str, canonical: str, groups: dict) -> str | None:
        """The group of the title a capitalised run gives a surname that stands for `canonical` in this text
        ("President Trump" for Donald Trump; not for Melania Trump, whom the text names in full), if any."""
        name, title_words = _split_name(self.res, _mention_words(run, self.res))
        if not title_words or name is None or name.lower() != last:
            return None
        # as `_resolve` reads a surname: the listed person it names, unless the text names another listed person by it
        in_text = self._text_surname(last)  # (the text's names only: the same answer whenever it is asked)
        person = _person_entry(self.res, name)
        if person is not None and (in_text is None or in_text not in _people_profiles(self.res)):
            in_text = person.get("name")  # ("President Trump" in a text naming Melania Trump: Donald Trump)
        return _first_group(groups, _title_keys(self.res, title_words)) if in_text == canonical else None

    def _descriptor_group(self, canonical: str) -> str | None:
        """The [heads] group of a common noun written just before the full name ("strategist Karl Rove"), if any."""
        text, heads = self._text, self.res.head_groups
        impersonal = self.res.words.get("impersonal_heads", ())
        matches = self._run_matches()
        if len(matches) > _RUNS_SCANNED:  # a huge text: its runs indexed by first word (a run holding the name has its)
            if self._runs_by_first_word is None:
                self._runs_by_first_word = {}
                for start, run in matches:
                    self._runs_by_first_word.setdefault(run.split(" ", 1)[0], []).append((start, run))
            matches = self._runs_by_first_word.get(canonical.split(" ", 1)[0], [])
        for at, run in matches:
            if not run.startswith(canonical):
                continue
            word = _word_before(text, at, 40)
            group = heads.get(word) if word is not None and word not in impersonal else None
            if word is not None and word in _office_seekers(self.res):
                group = self._office_group_before(at, run, word) or group  # "Supreme Court nominee Brett Kavanaugh"
            if group is not None and group != "document":
                return group
        return None

    def _office_group_before(self, at: int, run: str, seeker: str) -> str | None:
        """The group of a nominee's office named right before the title `seeker` (`for_office`) that opens the run `run`
        written at `at` ("Supreme Court nominee Brett Kavanaugh": judiciary; "Defense secretary nominee Chuck Hagel":
        as its title), read from the mention of up to three capitalised or title words before it; None if it names
        none."""
        text, titles = self._text, _title_groups(self.res)
        start = text.rfind(seeker, 0, at)
        words = text[max(0, start - 40):start].split()[-3:]
        while words and not (words[0][:1].isupper() or words[0].lower() in titles):
            del words[0]
        for word in words[1:]:
            if not (word[:1].isupper() or word.lower() in titles):
                return None  # ("said the Supreme Court nominee": no office)
        if not words:
            return None
        group = _mention_of(" ".join(words) + " " + seeker + " " + run, self.res, self._mention_memo).group
        return group if group != "other" and group != titles.get(seeker) else None

    def _runs_holding(self, last: str) -> list[tuple[str, str]] | tuple:
        """The text's distinct capitalised runs (run, lower-cased) whose lower-cased form holds `last`, first seen first.

        A text with many runs (a huge document) looks them up through an index of their words, so that
        each lookup costs what it finds, not the length of the text.
        """
        runs = self._capitalised_runs()
        if len(runs) <= _RUNS_SCANNED:
            if not last or "\x00" in last:
                return [pair for pair in runs if last in pair[1]]
            return _runs_found(runs, self._runs_lower, self._run_ends, last)
        if self._run_index is None:
            self._run_index = {}
            for pair in runs:
                for word in dict.fromkeys(_WORD_CHARS.findall(pair[1])):
                    self._run_index.setdefault(word, []).append(pair)
        words = _WORD_CHARS.findall(last)
        candidates = self._run_index.get(words[-1], ()) if words else runs
        return [pair for pair in candidates if last in pair[1]]

    def _text_roles_holding(self, anchor: str) -> list[tuple[int, tuple[str, ...], str, str]]:
        """(position, title keys, canonical, run lower-cased) of the text's titled full names whose run holds `anchor`,
        in text order.

        Only the runs holding `anchor` (a word of the titles asked for) are analysed. A run is paired with the surname
        of the first full name in the text up to it that has its name as a key; the run itself has that key, so the
        first run having it lies at or before this one: the text-wide `_text_surname`.
        """
        roles = self._roles_by_anchor.get(anchor)
        if roles is None:
            titled = {}  # run -> (title keys, canonical)
            for run, _ in self._runs_holding(anchor):
                known = self._known_run(run)
                if known and known[4]:
                    titled[run] = (known[4], self._run_name(known))
                elif not known:
                    listed = self._listed_titled(run)
                    if listed:
                        key, listed_name, title_keys = listed
                        titled[run] = (title_keys, _listed_or_text(self.res, listed_name, self._text_surname(key)))
            roles = []
            if titled:
                for start, run in self._run_matches():
                    role = titled.get(run)
                    if role is not None:
                        roles.append((start, role[0], role[1], run.lower()))
            self._roles_by_anchor[anchor] = roles
        return roles

    def _roles_of_title(self, key: str) -> list[tuple[int, tuple[str, ...], str, str]]:
        """`_text_roles_holding` the word every run naming the lower-cased title `key` holds (its anchor): the titled
        names that may hold it, in text order, only runs holding that word read."""
        anchor = _role_anchors(self.res).get(key)
        return self._text_roles_holding(anchor if anchor is not None else _longest_word(key))

    def _role_holder(self, keys: set[str], position: int, past: bool) -> str | None:
        """Whom a role with one of the title `keys` ("the secretary") names at `position`: the person last given such
        a title at or before it, by a resolved mention first, else by a titled name of the text; None if nobody. Unless
        `past`, not one the text gives the title as held before ("the prime minister" is no "Former PM Theresa May")."""
        return self._holder_in(keys, position, "", past)

    def _holder_in(self, keys: set[str], position: int, body: str, past: bool) -> str | None:
        """`_role_holder`, of the holders whose titled mention or run holds the lower-cased words `body` of a body or
        a region ("senate" of "Senate Majority Leader Mitch McConnell", "kentucky" of "Kentucky Sen. Rand Paul"), or
        whose party label names the region ("Sen. Rob Portman (R-Ohio)"), where `body` is given."""
        for pos, role_keys, canonical, said in reversed(self.registered_roles):
            if pos <= position and not keys.isdisjoint(role_keys) and (not body or self._held_in(pos, said, body)) \
                    and (past or not self._past_holder(pos, said)):
                return canonical
        found, found_at = None, -1
        for key in keys:
            for pos, role_keys, canonical, said in reversed(self._roles_of_title(key)):
                if pos <= position and not keys.isdisjoint(role_keys) and (
                        not body or self._held_in(pos, said, body)) and (past or not self._past_holder(pos, said)):
                    if pos > found_at:
                        found, found_at = canonical, pos
                    break
        return found

    def _dated_holder(self, keys: set[str], country) -> str | None:
        """Who held an office with one of the title `keys` on the document's date, by the people list's `offices`,
        where the text names them and `country` (the mention's, if any) is theirs ("the president" in a text of
        2019-03-28 naming Trump: Donald Trump; not where the text never names him); the one the text names last if
        several; None if nobody."""
        found, found_at = None, -1
        for key in keys:
            for start, end, person in self.res.office_holders.get(key, ()):
                if not start <= self._date < end or (country and person.get("country", country) != country):
                    continue
                name = person["name"]
                last = _surname_word(self.res, name)
                in_text = self.surname(last.lower())
                if in_text is not None and in_text != name:
                    continue  # ("Jeb Bush" is the Bush the text names)
                places = self._surname_places(name)
                at = places[-1] if places else -1
                if at > found_at:
                    found, found_at = name, at
        return found

    def _title_alone(self, m: _Mention, text: str):
        """The one title that a mention of "the" and a title's words, and nothing else, names ("the president", "The
        President's", "the secretary of state", "the U.N. chief"), as a set; None for other mentions and for words
        naming several titles ("the secretary", "the speaker")."""
        if text[:4].lower() != "the ":
            return None
        words = _POSSESSIVE.sub("", " ".join(_without_countries(m._lower, self.res.countries)))
        named = self.res.role_aliases.get(tuple(words.split()))
        return named if named is not None and len(named) == 1 else None

    def _surname_places(self, name: str) -> list[int]:
        """Where the text writes a person's surname as a word, in its case ("Trump" in "President Donald Trump", "Mr.
        Trump")."""
        return [word.start() for word in re.finditer(rf"\b{re.escape(_surname_word(self.res, name))}\b", self._text)]

    def _listed_titled(self, run: str) -> tuple:
        """(surname key, listed name, title keys) of a title and a listed person's surname ("President Obama",
        "Secretary Kerry"), or () (memoised by run)."""
        memo = _cache(self.res, "listed_titled_runs")
        found = memo.get(run)
        if found is None:
            found = ()
            words = _words(run)
            name, title_words = _split_name(self.res, words)
            if name and " " not in name and title_words and not _ends_sentence(words[len(words) - 2]):
                # (a title across a sentence's end gives no name: "Kentucky Sen. Rand Paul. Trump tweeted")
                person = _person_entry(self.res, name)
                if person is not None:
                    title_keys = _title_keys(self.res, title_words)
                    if title_keys:
                        found = (name.lower(), person.get("name", name), title_keys)
            memo[run] = found
        return found

    def _single_matches(self) -> list[tuple[int, str]]:
        """(start, word) of the text's single capitalised words, in text order (one pass, kept)."""
        if self._singles is None:
            self._singles = _text_runs(self._text, names=False)
        return self._singles

    def _single_key(self, word: str) -> str:
        """A single capitalised word as a surname key: lower-cased, without a possessive ending ("Kerry's": kerry)."""
        singles_cache = _cache(self.res, "singles")
        key = singles_cache.get(word)
        if key is None:
            key = singles_cache[word] = _POSSESSIVE.sub("", word).lower()
        return key

    def _analyse_run(self, run: str) -> tuple:
        """(name, name lower, canonical, surname keys, title keys) of a capitalised run, or () if no full name."""
        cut = _possessor_end(run, self.res)  # "ACRONYM's McGowan": no full name "ACRONYM McGowan"
        first = run.split(None, 1)
        if len(first) == 2 and " " in first[1] and first[0].lower() in self.res.words.get("place_title_words", ()):
            return self._analyse_run(first[1])  # "Special Agent in| Charge Richard DesLauriers": the title's last
            # word, which a run never joins to the rest of the title, opens no name
        name, title_words = _split_name(self.res, _mention_words(run[cut:].lstrip() if cut else run, self.res))
        if not name or " " not in name:  # one word: no full name (name words never hold a space)
            of = run.find(" of ", cut)
            if of > 0:
                return self._analyse_run(run[:of])  # "Patrick Casica of Denver": the name before "of"
            words = run.split(" ")
            for n in range(1, len(words) - 1):  # "Kentucky Sen. Rand Paul. Trump": the name before the sentence's end
                if _ends_sentence(words[n]):
                    return self._analyse_run(" ".join(words[:n + 1])[:-1])
            return ()
        canonical, keys = self._name_keys(name)
        return name, name.lower(), canonical, keys, _title_keys(self.res, title_words) if title_words else ()

    def _register_name(self, name: str) -> None:
        canonical, keys = self._name_keys(name)
        for key in keys:
            self.registered.setdefault(key, canonical)

    def _name_keys(self, name: str) -> tuple[str, tuple[str, ...]]:
        """The canonical form of a full name and the lower-cased keys it is known by (last word(s), whole).

        A suffix is no key ("Joseph R. Biden Jr." is known as "Biden", not "Jr"); a name that is a listed person's
        but for its suffix keeps that person's keys to them ("Donald Trump Jr." is known as "Trump Jr.", not "Trump").
        """
        words = name.split()
        parts = _without_suffix(self.res, words)
        person = _person_entry(self.res, name)
        canonical = person.get("name", name) if person else name
        keys = [" ".join(parts[-size:]).lower() for size in (1, 2) if len(parts) > size]
        if len(parts) < len(words):  # "Trump Jr." is a key of "Donald Trump Jr." too
            bare = _person_entry(self.res, " ".join(parts))
            if bare is not None and bare.get("name") != canonical:
                keys = []  # and "Trump" is not: that names the listed person without the suffix, Donald Trump
            keys.append(" ".join(words[-2:]).lower().rstrip("."))
        return canonical, (*keys, name.lower())

    def _register_role(self, position: int, title_words: list[str], name: str, said: str) -> None:
        keys = set(_title_keys(self.res, title_words))
        if keys:
            self.registered_roles.append((position, keys, self.surname(name.lower()) or name, said))

    def _mentioned_before(self, position: int, gender=None) -> str | None:
        """The person named last before `position`, of `gender` if given (known to be: a name the rules never saw
        speak may be no person at all, "European Union"), for a pronoun when no speaker came before.

        A name is a capitalised run holding a full name, known by the text's first full name with its key, or a
        single capitalised word that a full name of the text has as a key ("Okafor" after "Dan Okafor"); failing
        those, a title and a listed person's surname ("President Obama") or a listed person's one-word name
        ("Obama"), which news texts name in passing too often to prefer over a full name. The text's names are read
        backwards from `position`, so only those after the one found are analysed (not every run).
        """
        runs, singles = self._run_matches(), self._single_matches()
        i, j = bisect_left(runs, (position, "")), bisect_left(singles, (position, ""))
        openers = _sentence_openers(self.res)
        listed = None  # the last listed person named before `position` who fits, if no full name does
        possessor = None  # the last name found, written as a possessor ("President Donald Trump’s new nominee")
        possessor_at = 0
        while i > 0 or j > 0:
            if j == 0 or (i > 0 and runs[i - 1][0] > singles[j - 1][0]):
                i -= 1
                at, written = runs[i]
                known = self._known_run(written)
                if not known:
                    if listed is None:
                        titled = self._listed_titled(written)  # "President Obama"
                        if titled and (gender is None or self._gender_of(titled[1]) == gender):
                            listed = titled[1]
                    continue
                name = self._run_name(known)
            else:
                j -= 1
                at, written = singles[j]
                key = self._single_key(written)
                if key in openers:
                    continue  # ("The", "But", "However": no name)
                name = self._single_name(key, at)
                if name is None:
                    if listed is None:
                        name = _listed_name(self.res, key)  # "Obama"
                        if name is not None and (gender is None or self._gender_of(name) == gender):
                            listed = name
                    continue
            if (gender is None or self._gender_of(name) == gender) and not self._no_person(name):
                # (no body's name: "the Wits Justice Project ... he said"); a possessor gives way to a name before
                # it in its sentence ("Judge Brett Kavanaugh, President Donald Trump’s new nominee, ... he":
                # Kavanaugh)
                if possessor is not None:
                    return name if self._one_sentence(at, possessor_at) else possessor
                if _POSSESSIVE.search(written) is None:
                    return name
                possessor, possessor_at = name, at
        return possessor if possessor is not None else listed

    def _text_sentences(self) -> list[tuple[int, int]]:
        """The text's (start, end) sentences: those the resolver was given, else split by punctuation (and kept)."""
        if self._sentences is None:
            self._sentences = fallback_sentences(self._text)
        return self._sentences

    def _sentence_index(self, position: int) -> int:
        """The index among `_text_sentences()` of the last sentence starting at or before `position`, or -1."""
        return bisect_right(self._text_sentences(), (position, len(self._text))) - 1

    def _named_in_sentence(self, position: int, gender) -> str | None:
        """The person of `gender` (None: any) whose name or surname the text writes last before `position` in its
        sentence ("While Biden has conducted ..., his": Joe Biden; "Trump's remarks came after his": Donald Trump), by
        the text's full names or the people list; None if there is none."""
        text, sentences = self._text, self._text_sentences()
        n = self._sentence_index(position)
        if n < 0:
            return None
        openers = _sentence_openers(self.res)
        for found in reversed(list(_CAPITALISED_WORD.finditer(text, sentences[n][0], position))):
            key = self._single_key(found.group())
            if key in openers:
                continue
            name = self.surname(key) or _listed_name(self.res, key)
            if name is not None and (gender is None or self._gender_of(name) == gender):
                return name
        return None

    def _run_name(self, known: tuple) -> str:
        """The person a capitalised run names (`_known_run`'s analysis of it): the text's first full name known by the
        run's name, else that name as written."""
        return self._text_surname(known[1]) or known[0]

    def _single_name(self, key: str, at: int) -> str | None:
        """The person a single capitalised word at `at` names as a surname of the text's full names
        (`_surname_before`), or None."""
        name = self._text_surname(key)
        return self._surname_before(key, name, at) if name is not None else None

    def _one_sentence(self, start: int, end: int) -> bool:
        """True if no sentence ends in the text between `start` and `end` (no full stop, question or exclamation mark
        before a space, and no line break)."""
        between = self._text[start:end]
        return "\n" not in between and ". " not in between and "? " not in between and "! " not in between

    def _surname_before(self, key: str, name: str, position: int) -> str:
        """`name`, the text's full name known by the one-word `key`; but the listed person known by `key` where the
        text writes `name` only after `position` ("Trump's rage ... he tweeted ... Melania Trump": Donald Trump;
        "Clinton said" after "Bill Clinton" stays Bill Clinton)."""
        listed = _listed_name(self.res, key)
        if listed is None:
            return name
        if listed == name or not 0 <= position < self._text.find(name):
            return name
        return listed

    def _titled_namesake(self, m: _Mention, in_text: str, position: int) -> str | None:
        """The person of the mention's surname the text last gave one of its titles before `position` ("U.S. District
        Judge Amy Berman Jackson" for "Judge Jackson"), where `in_text`, the text's first full name of that surname
        ("Jesse Jackson Jr."), was given none of them there; else None."""
        keys = set(_title_keys(self.res, list(m.title_words)))
        found, found_at = None, -1
        for key in keys:
            for pos, role_keys, canonical, _ in self._roles_of_title(key):
                if pos <= position and not keys.isdisjoint(role_keys):
                    if canonical == in_text:
                        return None
                    if pos > found_at and _surname_word(self.res, canonical).lower() == m.name_lower:
                        found, found_at = canonical, pos
        return found

    def _gendered_surname(self, key: str, gender: str, written: str) -> str:
        """Whom an honorific and a surname name ("Mrs. Clinton", "Mr. Clinton") where the person the surname stands for
        otherwise is of the other gender: the text's first full name known by `key` whose first name is of `gender`,
        else the listed person known by it if they may be, else the surname as `written`."""
        for run, _ in self._runs_holding(key):
            known = self._known_run(run)
            if known and key in known[3] and self._gender_of(known[2]) == gender:  # (not "Former Clinton")
                return known[2]
        listed = _listed_name(self.res, key)
        return listed if listed is not None and self._fits(listed, gender) else written

    def _gender_of(self, name: str):
        """"female", "male" or None: from an honorific the text gave the person, else from the first name (the second
        word of a longer name whose first word is no first name: a title)."""
        gender = self.person_genders.get(name)
        if gender is None:
            words = name.lower().split()
            if not name.isascii():
                words = [_without_accents(word) for word in words]  # "Renée DiResta": renee
            gender = self.res.genders.get(words[0])  # ("Admild", "Maria": a first name alone too)
            if gender is None and len(words) > 2:
                gender = self.res.genders.get(words[1])  # "Attorney Michael Sherwin", "Rabbi Michael Goldstein"
            if gender is None and len(words) > 1:
                gender = self._honoured_gender(name[name.rfind(" ") + 1:])
        return gender

    def _honoured_gender(self, surname: str):
        """The gender that the text's honorifics before `surname` give, if they agree ("Amarjit Singh" where the text
        writes "Mr. Singh" anywhere); else None."""
        if surname in self._honoured:
            return self._honoured[surname]
        found, text = set(), self._text
        honorifics = _gendered_honorifics(self.res)
        for at in _word_starts(text, surname):  # (one pass for the surname, then the honorifics before each place)
            for written, gender in honorifics:
                start = at - len(written)
                if start >= 0 and text.startswith(written, start) and (start == 0 or not text[start - 1].isalpha()):
                    found.add(gender)
        gender = self._honoured[surname] = found.pop() if len(found) == 1 else None
        return gender

    def _text_pronoun_gender(self, name: str):
        """The gender of the "he" or "she" that follows the surname of person `name` in its sentence, where no other
        person is named before it in the sentence and `_cut_off` finds nothing between them, if every such pronoun of
        the text agrees and no one else in the text has the surname ("Hannah-Jones said she ...": female; not "As for
        Hillary Clinton, Brock noted that she", "Rickey: He's ...", "Jiang asked Trump why he", "Hasan rejected her
        argument that she"); else None."""
        if name in self._pronouned:
            return self._pronouned[name]
        surname = name[name.rfind(" ") + 1:]
        if self._shared_surname(surname):
            self._pronouned[name] = None
            return None  # ("Marco Rubio" and his mother "Oriales García Rubio": whose pronoun follows "Rubio"?)
        found, text, size = set(), self._text, len(surname)
        sentences = self._text_sentences()
        openers = _sentence_openers(self.res)
        for at in _word_starts(text, surname):
            end = at + size
            if text.startswith(("'s", "’s"), end):
                continue  # ("George Floyd's death, she": not his subject)
            n = self._sentence_index(at)
            start, stop = sentences[n] if n >= 0 else (at, end)
            pronoun = _SUBJECT_PRONOUN.search(text, end, stop)
            if pronoun is not None and not self._other_person_named(start, at, name, None, openers) \
                    and not _cut_off(text, end, pronoun.start(), openers):
                found.add("female" if pronoun.group().lower() == "she" else "male")
        gender = self._pronouned[name] = found.pop() if len(found) == 1 else None
        return gender

    def _shared_surname(self, surname: str) -> bool:
        """True if the text names two people or more in full with `surname` as their last word."""
        key, first = surname.lower(), None
        for run, lower in self._runs_holding(key):
            known = self._known_run(run)
            if known and key in known[3]:
                if first is None:
                    first = known[2]
                elif known[2] != first:
                    return True
        return False

    def _other_person_named(self, start: int, end: int, name: str, gender, openers) -> bool:
        """True if a capitalised word between `start` and `end` is the surname of a person of the text other than
        `name`, and of `gender` where one is given."""
        for found in _CAPITALISED_WORD.finditer(self._text, start, end):
            key = self._single_key(found.group())
            other = self._text_surname(key) if key not in openers else None
            if other is not None and other != name and (gender is None or self._gender_of(other) == gender):
                return True
        return False

    def _no_person(self, name: str) -> bool:
        """True if `name` is a body's of several words ("the Wits Justice Project", "Travis County") or a region's ("New
        York"): no person "he" or "she" may stand for."""
        return (" " in name and self._body_name(name)) or self._region_named(name)

    def _region_named(self, name: str) -> bool:
        """True if `name` is a region's ("New York", "Texas"), which names no person (memoised: most names are asked
        about at every mention)."""
        found = self._regions_named.get(name)
        if found is None:
            found = self._regions_named[name] = tuple(name.lower().split()) in self.res.regions
        return found

    def _fits(self, name, gender) -> bool:
        """True if a pronoun of `gender` may stand for the person `name` (whose gender is the same or unknown)."""
        if name is None:
            return False
        known = self._gender_of(name)
        if known is None and gender is not None and " " in name:  # a person of two names or more: "Hannah-Jones said
            known = self._text_pronoun_gender(name)  # she" (for the name's own pronouns only)
        return known is None or known == gender

    def _recent_person(self, gender, position: int, mentions: bool):
        """Whom a person pronoun of `gender` (None: unknown) stands for: the last person who spoke, or the one before
        them of that gender ("Trump ... Clinton said ... he added": Trump), else (if `mentions`) the last person
        named before `position` who fits; None if nobody fits."""
        if mentions:
            subject = self._coordinated_subject(position, gender) or self._sentence_subject(position, gender)
            if subject is not None:
                return subject
        name = self.recent_person
        if gender is not None and not self._fits(name, gender):
            name = None
            for earlier in reversed(self.recent_people):
                if self._fits(earlier, gender):
                    name = earlier
                    break
        if name is None and mentions:
            name = self._mentioned_before(position, gender)
        return name

    def _pronoun_opens(self, start: int, position: int) -> bool:
        """True if only sentence openers ("But", "And", "Still,") stand before the pronoun at `position` in the sentence
        opening at `start`."""
        if not start < position <= start + _OPENERS_REACH:
            return False  # (most sentences: a pronoun far into it, or none)
        openers = _sentence_openers(self.res)
        for word in _PLAIN_WORD.findall(self._text, start, position):
            if word.lower() not in openers:
                return False
        return True

    def _sentence_subject(self, position: int, gender):
        """The person whose name opens the sentence of "he" or "she" at `position` (or the sentence before, where the
        pronoun opens its own) where no other person of its gender is named between them ("Papadopoulos engaged with
        a foreign professor and a Russian woman whom he initially believed": Papadopoulos, not the last person who
        spoke; "Hodgkinson had run a business. He wrote letters": Hodgkinson), after an opening phrase and its comma and
        a title ("On Tuesday, White House chief of staff John Kelly threw fuel on the dispute as he defended": Kelly);
        None elsewhere, and where a quotation mark stands between them ("“Trump is wrong,” he said": the sentence may
        be the quotation's) or only a comma ("Williams, he said, was": the name is what the speaker said of)."""
        text = self._text
        pronoun = _SUBJECT_PRONOUN.match(text, position)
        if pronoun is None:
            return None
        sentences = self._text_sentences()
        n = self._sentence_index(position)
        if n < 0:
            return None
        start = sentences[n][0]
        own = start == position or self._pronoun_opens(start, position)
        if own:
            # "He wrote ...", "But he says ...": the sentence before, in the same paragraph, and the one before it
            # where that one opens with the pronoun too ("Patrick Casica of Denver is living that trend. He has a
            # new job ... But he says he's paid less": Patrick Casica); one ending in a quotation too ("Mark Gerzon
            # ... is the author of "The Reunited States of America." He writes")
            for _ in range(_PRONOUN_SENTENCES):
                if n == 0 or "\n" in text[sentences[n - 1][1]:position] or \
                        text[sentences[n - 1][1] - 2:sentences[n - 1][1]].rstrip('"”')[-1:] not in (".", "!", "?"):
                    return None
                n -= 1
                start = sentences[n][0]
                opening = _SUBJECT_PRONOUN.match(text, start)
                if opening is None or opening.group().lower() != pronoun.group().lower():
                    break
            else:
                return None
        if start >= position or not text[start].isupper() or (
                not own and _holds_any(text[start:position], _DOUBLE_QUOTES)):
            return None  # (a quotation in the sentence before the pronoun's own is that sentence's subject's words)
        if text[start:start + 15].split(None, 1)[0].lower() in self.res.words.get("opening_prepositions", ()):
            comma = text.find(", ", start, position)  # "On Tuesday, John Kelly ...": the subject after the comma
            if comma < 0 or not text[comma + 2:comma + 3].isupper():
                return None  # ("To Sean Hannity on Fox News, he called Bolton": no subject)
            start = comma + 2
        recent = self.recent_person
        if recent is not None and text.startswith(recent[recent.rfind(" ") + 1:], start):
            return None  # the last person who spoke opens it: the answer without this rule
        openers = _sentence_openers(self.res)
        opening = _OPENING_RUN.match(text, start)
        if opening is not None and _PLAIN_WORD.match(text, start).group().lower() not in openers:
            start = self._titled_name_at(opening.end()) or start  # "White House chief of staff John Kelly": the name
        person = self._person_opening(start, position, gender, openers)
        if not person:
            return None
        name, end = person
        if self._other_person_named(end, position, name, gender, openers):
            return None  # (nobody of that gender named after it)
        return self._as_spoken(name)

    def _person_opening(self, start: int, position: int, gender, openers: frozenset) -> tuple:
        """(name, end) of the person whose name the text writes at `start`, ending at `end`, before `position`: a
        capitalised run holding a full name known in the text, a title and a listed person's surname, or a surname of
        the text's full names; () where there is none, or the name is a possessor ("Trump's lawyer said he": either may
        be meant) or no person of `gender` (None: any), or nothing but commas stands between it and `position`."""
        text = self._text
        runs = self._run_matches()
        i = bisect_left(runs, (start, ""))
        if i < len(runs) and runs[i][0] == start:  # a run of capitalised words: a full name known in the text
            written = runs[i][1]
            if text[start + len(written):start + len(written) + 3].lstrip(". ")[:1].isupper():
                return ()  # a run cut at its seventh word ("House Intelligence Committee Chairman Rep. Adam B.")
            known = self._known_run(written)
            if known:
                name = self._run_name(known)
            else:  # a title and a listed person's surname ("President Obama doesn't care ... so long as he")
                titled = self._listed_titled(written)
                if not titled:
                    return ()
                name = titled[1]
        else:  # one word: a surname of a full name of the text
            found = _CAPITALISED_WORD.match(text, start)
            if found is None:
                return ()
            written = found.group()
            key = self._single_key(written)
            if key in openers:
                return ()  # ("The", "But", "However": no name; read without looking for one)
            name = self._single_name(key, start)
            if name is None:
                return ()
        end = start + len(written)
        if _POSSESSIVE.search(written) is not None or not text[end:position].strip(" ,") or \
                (gender is not None and self._gender_of(name) != gender) or self._no_person(name):
            return ()
        return name, end

    def _coordinated_subject(self, position: int, gender):
        """The person whose name is the subject of the clause that a word of `clause_joiners` ("and", "but") joins to
        the clause a "he" or "she" at `position` opens, whoever else that clause names ("Robert Mueller has spent two
        years investigating Trump, and he hasn't said a word": Mueller), after sentence openers ("But Manchin is an
        exception, and he said") or an opening phrase and its comma ("As Senate majority leader, McConnell has influence
        ..., and he has expressed"); a name after a title the opening capitalised words modify ("Trump campaign official
        Tim Murtaugh said ... and he": Murtaugh); a name of unknown gender where the text gives it a title ("Alabama
        Congressman Mo Brooks was at the practice, and he tweeted"). None elsewhere: where a quotation mark or a colon
        stands before the pronoun in its sentence, or another clause comes between ("Vidal replayed the debates, but
        they embarrassed Buckley ..., and he wished")."""
        text, rw = self._text, self.res.words
        joiners = rw.get("clause_joiners", ())
        joined = text.rfind(" ", 0, position - 1) + 1  # where the word before the pronoun starts
        if position < 5 or text[position - 1] != " " or _SUBJECT_PRONOUN.match(text, position) is None or \
                text[joined:position - 1] not in joiners:
            return None
        n = self._sentence_index(position)
        if n < 0:
            return None
        start = self._text_sentences()[n][0]
        if start >= position or _holds_any(text[start:position], _SPEECH_MARKS):
            return None
        adverbs, openings = rw.get("sentence_openers", ()), rw.get("opening_prepositions", ())
        word = _PLAIN_WORD.match(text, start)
        while word is not None and word.group().lower() not in openings and (
                word.group().lower() in joiners or word.group().lower() in adverbs):
            start = word.end()  # "But", "However,": no subject
            while start < position and text[start] in " ,":
                start += 1
            word = _PLAIN_WORD.match(text, start)
        if word is None:
            return None
        if word.group().lower() in openings or word.group().lower() in rw.get("boundaries", ()):
            comma = text.find(", ", start, position)  # "As Senate majority leader, McConnell": after the comma
            if comma < 0:
                return None
            start = comma + 2
        openers, titled = _sentence_openers(self.res), 0
        opening = _OPENING_RUN.match(text, start)
        if opening is not None and _PLAIN_WORD.match(text, start).group().lower() not in openers:
            titled = self._titled_name_at(opening.end())  # "Trump campaign official Tim Murtaugh": the name after
            start = titled or start                       # the title (not "A spokesman for ... McConnell")
        person = self._person_opening(start, position, None, openers)
        if not person or not self._fits(person[0], gender):
            return None
        name, end = person
        if self._gender_of(name) is None and not titled and self._title_group(name)[0] is None:
            return None  # a name of unknown gender is a person's where the text gives it a title ("Alabama
            # Congressman Mo Brooks"; not "NEW YORK (AP) -- A physician ..., and he")
        if text.startswith(" and ", end) or text.startswith(" & ", end) or ";" in text[end:joined]:
            return None  # ("Trump and Pence met, and he": either may be meant)
        for joiner in joiners:
            if text.find(", " + joiner + " ", end, joined) >= 0:
                return None
        return self._as_spoken(name)

    def _as_spoken(self, name: str) -> str:
        """The last person who spoke where `name` is theirs but for a final full stop ("John R. Lott Jr" as a
        capitalised run, "John R. Lott Jr." as he spoke), else `name`."""
        recent = self.recent_person
        if recent is not None and name != recent and name.rstrip(".") == recent.rstrip("."):
            return recent
        return name

    def _titled_name_at(self, end: int) -> int:
        """Where a capitalised word starts after one to three lower-case words after `end`, the last of them a title or
        a person's head noun, or all of them a title: the name of the person whose title those words are, which the
        capitalised words before them modify ("Trump campaign official Tim Murtaugh": "Tim"; not "prosecutors in New
        York"); 0 if there is none."""
        after = _LOWER_WORDS_BEFORE_CAPITAL.match(self._text, end)
        if after is None:
            return 0
        words = after.group().split()  # (a title of several words too: "White House chief of staff John Kelly")
        return after.end() if words[-1] in self.res.placed_heads or (words[-1],) in self.res.titles or \
            (len(words) > 1 and tuple(words) in self.res.titles) else 0

    def _body_subject(self, position: int):
        """The country or listed organisation whose name opens the sentence of "it" at `position` (or the sentence
        before, where "it" opens its own, in the same paragraph), as its speaker, where no quotation mark stands
        between them ("Iran has been blamed for the attack, but it denied involvement": Iran, not the body that spoke
        last; "Twitter was fined last year; it said"); None elsewhere, and after a possessor or a list ("Russia's
        economy", "Iran and Iraq")."""
        text = self._text
        start = self._subject_sentence(position)
        if start < 0:
            return None
        found = _OPENING_RUN.match(text, start)  # (not the text's runs, which most texts never need analysed)
        if found is None:
            return None
        written = found.group()
        end = start + len(written)
        verb = _PLAIN_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if verb is None or not _verb_after_subject(self.res, verb.group()) or written.lower() == "it" or \
                verb.group() in self.res.words.get("plural_finite_verbs", ()):
            return None  # ("Russia's economy", "Iran and Iraq", "Russian intelligence agents", "The Israeli military";
            # "Republicans have": no "it")
        return self._listed_speaker(written)

    def _body_before(self, position: int):
        """The country or listed organisation named last before the "it" at `position` in its sentence, as its
        speaker, where "it" opens a clause whose "that" is left out, right after a noun or an adverb, and a verb or a
        comma follows the name: a clause's subject ("Turkey shot down a Russian warplane it said", "Qatar, which ...
        found a workaround to an agreement it concluded"; not a modifier: "China would agree to hold back penalties on
        U.S. agricultural products it announced"); None if there is none, if a quotation mark stands between or if
        "it" opens its sentence (`_body_subject` reads that)."""
        text = self._text
        n = self._sentence_index(position)
        start = self._text_sentences()[n][0] if n >= 0 else position
        if start >= position:
            return None
        before = text[max(start, position - 30):position]
        before = before.rsplit(" ", 2)[-2] if before.endswith(" ") and before.count(" ") > 1 else ""
        rw = self.res.words
        if not (before.isalpha() and before.islower()) or before in rw.get("boundaries", ()) or \
                before in rw.get("clause_conjunctions", ()) or _holds_any(text[start:position], _DOUBLE_QUOTES):
            return None  # "it" right after a noun or an adverb, whose "that" is left out ("a warplane it said"; not
            # "and it said", "which it claims", "of it"); no quotation between
        runs = list(_OPENING_RUN.finditer(text, start, position))
        for at in range(len(runs) - 1, -1, -1):
            written, end = runs[at].group(), runs[at].end()
            if written[-1] == ".":
                written, end = written[:-1], end - 1
            if text[end:end + 1] != ",":
                verb = _PLAIN_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
                if verb is None or not _verb_after_subject(self.res, verb.group()):
                    continue
            speaker = self._listed_speaker(written)
            if speaker is not None:
                return speaker
        return None

    def _listed_speaker(self, written: str):
        """The country or listed organisation that the capitalised words `written` name, as a speaker, or None."""
        mention = _mention_of(written, self.res, self._mention_memo)
        if mention.empty or mention.pronoun is not None:
            return None  # (a mention described no further: no `fixed`)
        speaker = mention.fixed
        if speaker is None and mention.name is None:
            if mention.role_keys is None:
                mention.finish(self.res)
            speaker = mention.otherwise  # a country's or organisation's name ("Iran", "Twitter", "White House")
            if speaker.name not in _country_names(self.res) and \
                    tuple(speaker.name.lower().split(" ")) not in self.res.organisations:
                return None
        if speaker is None or speaker[4]:
            return None  # no country or listed organisation (a person's "it" is no one's)
        return speaker

    def _subject_sentence(self, position: int) -> int:
        """Where the sentence of the pronoun at `position` starts, or the one before in the same paragraph where the
        pronoun opens its own, if it starts with a capital and no quotation mark stands between; else -1."""
        text, sentences = self._text, self._text_sentences()
        n = self._sentence_index(position)
        if n < 0:
            return -1
        start = sentences[n][0]
        if start == position or self._pronoun_opens(start, position):
            if n == 0 or text[sentences[n - 1][1] - 1] not in ".!?" or "\n" in text[sentences[n - 1][1]:position]:
                return -1
            start = sentences[n - 1][0]
        if not text[start:start + 1].isupper() or _holds_any(text[start:position], _DOUBLE_QUOTES):
            return -1
        return start

    def _plural_subject(self, position: int):
        """The group named by the plural noun phrase in capitals that opens the sentence of "they" at `position` (or
        the sentence before, where "they" opens its own) before a verb, as its speaker ("Republicans scorned his
        interest ... They said": Republicans, not the last plural source; "Key Senate Democrats sent a letter to the
        FBI ... They also said": Democrats); None elsewhere ("Sources at Fox Business Network": a phrase after the
        head; "The president argued": no plural)."""
        text = self._text
        if text[position:position + 4].lower() != "they" or text[position + 4:position + 5].isalpha():
            return None
        start = self._subject_sentence(position)
        if start < 0 or (start < position and text[:position].rstrip().endswith(",")):
            return None  # ("Businesses would save money ..., they say": the sentence is what "they" said)
        rw, openers = self.res.words, _sentence_openers(self.res)
        word = _PLAIN_WORD.match(text, start)
        while word is not None and word.group().lower() in openers:  # "But Democratic strategists", "Yet her parents"
            if word.group().lower() in rw.get("subordinators", ()):
                return None  # ("While Republicans argue ..., Democrats point to ...")
            start = word.end() + (text[word.end():word.end() + 1] in ", ")
            word = _PLAIN_WORD.match(text, start)
        found = _PHRASE_WORDS.match(text, start, position)
        if found is None or found.group(1)[-1] != "s" or found.group(1).endswith("ss") or \
                found.group(2) in rw.get("phrase_continuations", ()) or self._plural_between(found.end(1), position):
            return None  # (no plural before a verb; described only then: a new mention costs most)
        speaker = self._resolve(found.group(1), start, False)
        return speaker if _plural_group(self.res, speaker) else None

    def _clause_plural(self, position: int):
        """The group named by the last plural noun right before a verb in the sentence of a "they" at `position` that
        does not open it, with the capitalised words and head nouns right before it ("some voters may just walk out
        ... because they don't believe": voters; "And while House Democrats are going through the motions ..., they
        don't seem": Democrats; "small business owners were bracing for what they thought": business owners); the
        last plural source where its name ends in that noun ("tax experts said ..., they also said"); None if there is
        none, it names no group, a quotation mark stands between, or "they" and a word or two close the sentence after
        a comma (the sentence is what they said: "Businesses would save money ..., they say.")."""
        text = self._text
        if text[position:position + 4] != "they" or text[position + 4:position + 5].isalpha():
            return None
        sentences = self._text_sentences()
        n = self._sentence_index(position)
        if n < 0 or sentences[n][0] >= position or _holds_any(text[sentences[n][0]:position], _DOUBLE_QUOTES) or (
                text[:position].rstrip().endswith(",") and _CLOSING_ASIDE.match(text, position + 4)):
            return None
        res = self.res
        heads, openers = res.head_groups, _sentence_openers(res)
        words = list(_SUBJECT_WORD.finditer(text, sentences[n][0], position))
        for k in range(len(words) - 2, -1, -1):
            word = words[k].group()
            if _plural_group_word(res, word) and words[k + 1].start() == words[k].end() + 1 and \
                    _verb_after_subject(res, words[k + 1].group()):
                if self.recent_plural and self.recent_plural.lower().endswith(" " + word.lower()):
                    return self.profiles.get(self.recent_plural)
                first = k
                while first > 0 and words[first].start() == words[first - 1].end() + 1 and (
                        words[first - 1].group()[0].isupper() or words[first - 1].group() in heads) and \
                        words[first - 1].group().lower() not in openers:
                    first -= 1  # "Obama administration officials", "small business owners"; not "But"
                speaker = self._resolve(text[words[first].start():words[k].end()], words[first].start(), False)
                return speaker if _plural_group(res, speaker) else None  # ("Jones would no doubt say that they")
        return None

    def _plural_between(self, start: int, end: int) -> bool:
        """True if the text names another group between `start` and `end`: a capitalised word in -s or a head noun in
        -s ("Republicans are trying ... while Democrats are agitating for a fight they": either; "voters", "other
        officials")."""
        for word in _PLAIN_WORD.findall(self._text, start, end):
            if _plural_group_word(self.res, word):
                return True
        return False

    # -- resolving a source mention -----------------------------------------------------
    def resolve(self, text: str, *, position: int, context: str = "", update: bool = True,
                anonymous: bool | None = None) -> Speaker:
        """Resolve a source mention at `position`; `context` is its sentence (anonymity markers).

        `anonymous` may be given instead of `context` when the caller already knows whether the sentence
        carries an anonymity marker (see `has_anonymity_marker`).
        """
        if anonymous is None:
            anonymous = self.has_anonymity_marker(context.lower())
        return self.resolve_at(text, position, anonymous, update)

    def resolve_at(self, text: str, position: int, anonymous: bool, update: bool) -> Speaker:
        """`resolve` with every argument given, by position (the extractor's call: a C call in the compiled build)."""
        speaker = self._resolve(text, position=position, anonymous=anonymous)
        # the fields unpacked once: in the compiled build that costs less than the many named-field reads below would
        name, group, country, vague, person = speaker
        # (read again through `_mention_of`: the memo may have been emptied at its size limit while resolving)
        mention = _mention_of(text, self.res, self._mention_memo)
        if not name or mention.pronoun == "self":
            return speaker  # "I", "we": nobody later pronouns can point back to
        if (person or group == "other") and mention.pronoun is None and self._region_named(name):
            speaker = _region_speaker(name, self.res.regions[tuple(name.lower().split())])  # "Texas argued": no person
            name, group, country, vague, person = speaker
        if not person and name[0].isupper():
            label = self._labels.get(name)  # "Officials said": the speaker "officials", as mid-sentence
            if label is None:
                label = self._labels[name] = _common_case(name, self.res)
            if label == name and " " in name:
                label = self._common_modifier_case(name)  # "Legal experts said": "legal experts"
            if label != name:
                name = label
                speaker = _new_record(Speaker, (name, group, country, vague, person))
        if person and (group == "other" or mention.pronoun is not None or not mention.titles):
            titled, past = self._title_group(name)  # "Sen. Bernie Sanders" elsewhere in the text: the group of the
            if titled is not None and titled != group and (not past or self._ungrouped(name, group)):  # title the
                # text gives the person, wherever it names them untitled ("President Trump ... Trump said ... he
                # added": government each time, not the list's politician); a title held before only where nothing
                # else gives a group ("former Rep. Tom Tancredo": a politician; "former Vice President Joe Biden"
                # stays the list's politician)
                group = titled
                speaker = _new_record(Speaker, (name, group, country, vague, person))
        known = self.profiles.get(name)
        if known:
            _, known_group, known_country, _, known_person = known
            if group == "other" or (known_country and not country):
                group = known_group if group == "other" else group
                country, person = country or known_country, person or known_person
                speaker = _new_record(Speaker, (name, group, country, vague, person))
        if person and (group == "other" or not country) and " " in name:
            label = self._label_of(name)
            if label is not None:  # "chairman Fred Upton (R-Mich.)": a party's member, where nothing gives another
                if group == "other" and label[0] is not None:  # group, and of the country of the region it names
                    group = "politician"
                if not country and label[1] is not None:
                    country = self.res.regions.get(tuple(label[1].split()))
                speaker = _new_record(Speaker, (name, group, country, vague, person))
        if group == "other" and text[-2:] in ("'s", "’s") and self._named_in_s(name, text[:-2]):
            name, person = name + text[-2:], False
            speaker = _new_record(Speaker, (name, group, country, vague, person))
        if not update:
            return speaker
        self._spoken.append((position, speaker))
        if not known or (known_group == "other" and group != "other") or (country and not known_country):
            self.profiles[name] = speaker
        if person:
            self.recent_person = name
            if name in self.recent_people:
                self.recent_people.remove(name)
            self.recent_people.append(name)
            if len(self.recent_people) > _RECENT_PEOPLE:
                del self.recent_people[0]
        elif not vague and (group != "other" or name[:1].isupper()) and not _names_thing(name, self.res.words):
            # a group, country, body or name; not a common noun of no group, often a misread source ("the deal",
            # "November's scarf"), nor a law's or a war's name ("the CARES Act"), which "they" and "it" would pass
            # on; "it" stands for no plural common noun
            # ("Facebook ... politicians ... which it viewed": Facebook), "they" for no single document ("the
            # court's ruling underscores ... And they promise")
            plural = _plural_noun(name)
            if plural or group != "document":
                self.recent_plural = name
            if not plural and not (name[:1].isupper() and " " not in name and name.endswith("s")
                                   and name.lower() in self.res.head_groups) and not self._plural_people(name):
                self.recent_group = name  # (nor a capitalised head noun in the plural: "Republicans said ... it"; nor
                # a people: "African Americans")
        elif name.endswith("s"):
            self.recent_plural = name  # "Diplomats said ... They described ..."
        return speaker

    def _named_in_s(self, name: str, stem: str) -> bool:
        """True if the source `stem` + 's names `name` + 's, a firm the text never writes without its 's ("Moody's
        said", "Papa John's said", "Credit rating agency Moody's said"), not a person (but "Biden's said", listed,
        "Smith's said" where the text writes "Smith", and "Miss King's" or "John Smith's", opened by a gendered
        honorific or first name)."""
        return (stem == name or stem.endswith(" " + name) or name.endswith(" " + stem)) \
            and self.res.genders.get(name.split(" ", 1)[0].lower()) is None \
            and not _written_whole(self._text, name)

    def _common_modifier_case(self, name: str) -> str:
        """`name` with its first word lower-cased where that word, capitalised as a sentence's first word, modifies a
        common head ("Legal experts", "Senior administration officials", "National polls") and this text writes it
        in lower case elsewhere and never with a capital inside a sentence; else `name` ("Sanders campaign", "Time
        magazine", "Texas officials", "Democratic lawmakers")."""
        found = self._modifier_labels.get(name)
        if found is None:
            found = name
            first, rest = name.split(" ", 1)
            head = rest[rest.rfind(" ") + 1:].rstrip(".")
            lower = first.lower()
            if len(first) > 1 and first[1:].islower() and rest == rest.lower() \
                    and head in _derived(self.res, "_common_words", _common_words) \
                    and _common_modifier(lower, self.res) and _written_as_common(self._text, first, lower):
                found = lower + " " + rest
            self._modifier_labels[name] = found
        return found

    def has_anonymity_marker(self, lower_context: str) -> bool:
        """True if the lower-cased sentence holds a marker such as "on condition of anonymity"."""
        return _holds_any(lower_context, self.res.anonymous_markers)

    def _resolve(self, text: str, position: int, anonymous: bool) -> Speaker:
        m = _mention_of(text, self.res, self._mention_memo)
        if m.empty:
            return _NOBODY
        if m.pronoun == "person":
            name = self._recent_person(m.gender, position, True)
            return (self.profiles.get(name) or _new_record(Speaker, (name, "other", None, False, True))) if name \
                else _NOBODY
        if m.pronoun == "person_after_determiner":
            name = self._recent_person(m.gender, position, False)
            return (self.profiles.get(name) or _new_record(Speaker, (name, "other", None, False, True))) if name \
                else _NOBODY
        if m.pronoun == "group" or m.pronoun == "plural":
            # "they" may stand for the last person (a campaign, a singular they); "it" only for a "person" of no
            # known gender, which may be a body named like one ("Acme Widgets said ... It said ...")
            # "Iran has been blamed for the attack, but it denied": Iran; "Republicans scorned ... They said"
            if m.pronoun != "group":
                subject = self._plural_subject(position) or self._clause_plural(position)
            elif _it_at(self._text, position):  # (not "its": only "it" has a body for its subject)
                subject = self._body_subject(position) or self._body_before(position)
            else:
                subject = None
            if subject is not None:
                return subject
            name = (self.recent_plural or self.recent_person) if m.pronoun == "plural" else self.recent_group or (
                self.recent_person if self.recent_person and self._gender_of(self.recent_person) is None else None)
            return (self.profiles.get(name) or _new_record(Speaker, (name, "other", None, False, False))) if name \
                else _NOBODY
        if m.pronoun == "self":  # "I", "we", "you": said of oneself, whoever that is
            return _new_record(Speaker, (m.name, "personal", None, False, False))
        group, country = m.group, m.country
        if anonymous and (m.name or m._orgs) and not m.indefinite and not m.epithet and m._words[0][:1].isupper() \
                and m._words[-1][:1].isupper() and not _holds_any(text.lower(), self.res.anonymous_markers):
            anonymous = False  # a source named outright ("John Gauger, the owner of ..., said ..., citing a person
            # familiar with the matter", "the Wall Street Journal"): no marker its sentence holds for another source
            # makes it anonymous (but "a New Hampshire Democrat", "one Iowa Republican", "GOP senators" and
            # "Republicans familiar with the talks" stay vague)
        if m.epithet and not anonymous:
            name = self._placed_before(m._lower, position) or self._epithet_holder(m._lower, position)
            if name:
                known = self.profiles.get(name)
                if known is None or known.group == "other":
                    return _new_record(Speaker, (name, "politician", known.country if known else country, False, True))
                return known
            # "the Democrat" with nobody named before
            return _new_record(Speaker, (m.name or _head(text), "politician", country, False, False))
        if m.name and not anonymous:
            if m.fixed is not None:
                return m.fixed
            if m.name_lower in self.res.words.get("outlet_short_names", ()) and text[:4].lower() == "the ":
                outlet = self._outlet_named_before(m.name_lower, position)
                if outlet is not None:
                    return outlet
            if " " in m.name:  # a full name: the people list knows its canonical spelling
                canonical = m.person_name or self.surname(m.name_lower) or m.name
            else:  # a surname: the list's person, unless the text names another listed person by it
                in_text = self.surname(m.name_lower)  # ("Bill Clinton ... Clinton"; not "Melania Trump ... Trump")
                if in_text is not None:
                    in_text = self._surname_before(m.name_lower, in_text, position)
                    if m.title_words:  # "Judge Jackson" after "Jesse Jackson Jr." and "Judge Amy Berman Jackson"
                        in_text = self._titled_namesake(m, in_text, position) or in_text
                listed = m.person_name is not None and (in_text is None or in_text not in _people_profiles(self.res))
                canonical = m.person_name if listed else (in_text or m.name)
                if not listed and canonical == in_text and group == self.res.head_groups.get(m.name_lower) and \
                        self._first_name(canonical[:canonical.find(" ")].lower()):
                    group = "other"  # "Nathan Deal ... Deal said": the person, not the common noun ("deal", a
                    # document); a person's own group comes from their title or profile (`resolve_at`)
                if not listed and in_text is None and self._first_name(m.name_lower):
                    canonical = self._full_name_from(m.name)  # "Rachel said": Rachel Dolezal, named in the text
                if m.gender is not None and m._lower[1:2] == (m.name_lower,) and not self._fits(canonical, m.gender):
                    canonical = self._gendered_surname(m.name_lower, m.gender, m.name)  # "Mrs. Clinton" after "Bill
                    # Clinton": not him (the honorific just before the surname: not "Mr. Lee and Ms. Severino")
            if canonical.isupper() and " " in canonical:
                canonical = self._from_capitals(canonical)  # "JUAN GONZÁLEZ:" (a transcript's label): Juan González
            is_person = not m.described_body and ((len(canonical.split()) >= 2 and not self._body_name(canonical)
                                                   and not self._plural_people(canonical))
                                                  or bool(m.titles) or self._profiled_person(canonical)
                                                  or self._first_name(canonical.lower()))  # ("Abe said": a first name)
            if m.gender is not None:  # "Ms. Christensen": a person, and a woman
                is_person = True
                self.person_genders.setdefault(canonical, m.gender)
            if m.title_words and m.titles:
                self._register_name(canonical)
                self._register_role(position, list(m.title_words), canonical, text.lower())
            return _new_record(Speaker, (canonical, group, country, False, is_person))
        if m.role_keys is None:
            m.finish(self.res)
        if m.indefinite and m.role_keys and not anonymous:
            # "a spokesman for the sheriff's office", "a vice president at Third Way": someone the text does not name
            # (a vague source, as "an official" is), not the holder of the title named before; "a U.S. official" is
            # none named before either (an anonymous source)
            if m.anonymous_head:
                return _new_record(Speaker, (m.anonymous_label, "anonymous", country, True, False))
            return _new_record(Speaker, (m.otherwise.name, group, country, True, False))
        past = not self.res.words.get("past_title_words", frozenset()).isdisjoint(m._lower)  # "the former president"
        if m.body_title is not None and not anonymous:
            # "the Senate majority leader" after "Senate Majority Leader Mitch McConnell" (not after "House Majority
            # Leader Steny Hoyer"), "the Kentucky senator" after "Kentucky Sen. Rand Paul"; a holder the text calls
            # former only where it names no other ("the FBI director" after "former FBI Director James Comey" alone);
            # where the text names none, as before
            body, keys = m.body_title[0], set(m.body_title[1])
            canonical = self._holder_in(keys, position, body, past)
            if canonical is None and not past:
                canonical = self._holder_in(keys, position, body, True)
            if canonical is not None:
                return self._titled_holder(canonical, group, country)
        alone = self._title_alone(m, text) if self._date else None
        for keys in m.role_keys:
            canonical = self._role_holder(keys, position, past)
            if alone is not None and not keys.isdisjoint(alone):
                # the title alone ("the president") in a dated document: who held it that day, where the text names
                # them, unless it names the person last given the title as often or more ("Turkish President Recep
                # Erdoğan", once in an article on Trump, is not "the president")
                dated = self._dated_holder(alone, country)
                if canonical is None or (dated is not None and dated != canonical and len(
                        self._surname_places(dated)) > len(self._surname_places(canonical))):
                    canonical = dated
            if canonical is None and not past:  # only a holder the text gives the title as held before: theirs
                canonical = self._role_holder(keys, position, True)
            if canonical is not None:
                return self._titled_holder(canonical, group, country)
        if anonymous or m.anonymous_head:
            return _new_record(Speaker, (m.anonymous_label, "anonymous", country, True, False))
        if len(m._lower) == 1 and text[:4].lower() == "the ":
            body = self._body_named_before(m._lower[0], group, position)
            if body is None:
                body = self._head_named_before(m._lower[0], group, position)
            if body is None and text.count(" ") == 1:  # ("the statement", not "the statement reported by ...")
                body = self._author_before(m._lower[0], position)
            if body is not None:
                return body
        if len(m._lower) == 1 and m._lower[0] in self.res.words.get("heads_after_names", ()):
            owner = _POSSESSOR_PRONOUN.match(text)
            if owner is not None:  # "his campaign": the campaign of the person named before it in its sentence
                gender = _pronoun_gender(owner.group(1).lower(), self.res.words)  # ("While Kasich suffered ..., his
                name = self._named_in_sentence(position, gender) or \
                    self._recent_person(gender, position, True)  # campaign pledged"), else as for "he"
                if name:  # (read as "Kasich campaign" is: the same speaker)
                    return self._resolve(f"{_surname_word(self.res, name)} {m._lower[0]}", position, False)
        if len(m._lower) == 1 and text[:1].isupper() and \
                m.otherwise.name in _country_names(self.res):
            person = self._text_surname(m._lower[0])  # "Mark Cuban ... Cuban said", "Jim Jordan ... Jordan said"
            if person is not None and " " in person and (person in self.profiles or self._first_name(
                    person[:person.find(" ")].lower())):  # (not "Unlike Miss America ... America boasts")
                return self.profiles.get(person) or _new_record(Speaker, (person, "other", None, False, True))
        return m.otherwise

    def _titled_holder(self, canonical: str, group: str, country: str | None) -> Speaker:
        """The person a title alone stands for ("the president"), in the group of that title: what the text calls
        them here ("the president" is government, though the list has Donald Trump a politician)."""
        known = self.profiles.get(canonical)
        if known is None:
            return _new_record(Speaker, (canonical, group, country, False, True))
        if group != "other" and known.group != group:
            return _new_record(Speaker, (known.name, group, known.country, known.anonymous, known.person))
        return known

    def _first_name(self, key: str) -> bool:
        """True if a lower-cased word is a first name of the [names] lists, no month and no honorific ("Abe", "Natalie";
        not "June")."""
        return key in self.res.genders and key not in self.res.words.get("months", ()) and \
            key not in self.res.honorifics

    def _from_capitals(self, name: str) -> str:
        """A name written in capitals as the text writes it elsewhere in title case, or so written where it opens with
        a first name ("NERMEEN SHAIKH" -> "Nermeen Shaikh", "RACHEL MARTIN" -> "Rachel Martin"); else as it is ("SEE
        ALSO", "INTERACTIVE CALENDAR")."""
        titled = " ".join(["-".join([_title_word(part) for part in word.split("-")]) for word in name.split(" ")])
        if titled in self._text or self._first_name(name[:name.find(" ")].lower()):
            return titled
        return name

    def _full_name_from(self, first: str) -> str:
        """The first name of two or three capitalised words in the text that opens with `first` ("Rachel" -> "Rachel
        Dolezal"; up to a sentence's end: "Kylie Ciesla. Prom" -> "Kylie Ciesla"; without a possessive's "'s": "Hillary
        Clinton's campaign" -> "Hillary Clinton"), else `first`."""
        opening = first + " "
        for _, run in self._run_matches():
            if run.startswith(opening) and "\n" not in run:
                words = run.split(" ")
                for k in range(1, len(words)):
                    if _ends_sentence(words[k]):
                        words = words[:k + 1]
                        words[k] = words[k].rstrip(".")
                        break
                if words[-1].endswith(("'s", "’s")):
                    words[-1] = words[-1][:-2]
                if len(words) <= 3 and not self._body_name(" ".join(words)):
                    return " ".join(words)
        return first

    def _plural_people(self, name: str) -> bool:
        """True if a name ends in a country's adjective in the plural, one of `plural_people_endings` ("Low-income
        Americans", "Young Iraqis"; not "Allen Frances"): no person "he" or "she" could stand for, nor a body "it"
        could."""
        last = name[name.rfind(" ") + 1:].lower()
        for ending in self.res.words.get("plural_people_endings", ()):
            if last.endswith(ending):
                return (last[:-1],) in self.res.countries
        return False

    def _body_name(self, name: str) -> bool:
        """`_names_body` with the resources' word lists."""
        return _names_body(name, self.res.words)

    def _listed_body(self, run: str) -> dict | None:
        """The organisation list's entry for a capitalised run of the text ("Facebook’s": Facebook; "The ACLU": American
        Civil Liberties Union, the run opening a sentence with its "The"), or None."""
        key = tuple(_POSSESSIVE.sub("", run).lower().split())
        entry = self.res.organisations.get(key)
        if entry is None and len(key) > 1 and key[0] == "the":
            entry = self.res.organisations.get(key[1:])
        return entry

    def _body_speaker(self, entry: dict) -> Speaker:
        """The speaker a listed organisation's entry names: its richest profile so far, or one made from the entry."""
        return self.profiles.get(entry["name"]) or _new_record(
            Speaker, (entry["name"], entry.get("group", "other"), entry.get("country"), False, False))

    def _outlet_named_before(self, word: str, position: int):
        """The listed organisation named last before `position` whose name ends in `word` ("The Washington Post
        reported ... The Post said": Washington Post), or None."""
        named = self._run_matches()
        k = len(named) - 1
        while k >= 0:
            at, run = named[k]
            k -= 1
            if at >= position:
                continue
            entry = self._listed_body(run)
            if entry is not None and entry["name"].rsplit(" ", 1)[-1].lower() == word:
                return self._body_speaker(entry)
        return None

    def _body_named_before(self, head: str, group: str, position: int):
        """The body a definite head stands for ("Facebook said ... the company said": Facebook), if the head is a
        `definite_body_heads` noun: the listed organisation of the head's group (any of `group_heads_bodies` for
        "group") named last in the _BODY_REACH characters before `position`; else the last body that spoke, if of
        that group, named there and no country; else None."""
        words = self.res.words
        if head not in words.get("definite_body_heads", ()):
            return None
        bodies = words.get("group_heads_bodies", ())
        named = self._single_matches() + self._run_matches()
        best, best_at, described = None, -1, None
        for at, run in named:
            if position - _BODY_REACH <= at < position and at > best_at:
                entry = self._listed_body(run)
                if entry is None and group == "business":
                    entry = _suffixed_company(run, words.get("company_suffixes", ()))
                if entry is not None:
                    found = entry.get("group", "other")
                    if found == group or (group == "other" and found in bodies):
                        best, best_at, described = entry, at, None
                elif _described_by_head(self._text, at + len(run), head, words.get("boundaries", ())) \
                        and _may_name_body(run, words) and not self._first_name(run.split(" ", 1)[0].lower()):
                    best, best_at, described = None, at, run  # "Judicial Watch, a conservative watchdog group"
        if best is not None:
            return self._body_speaker(best)
        spoke = self._spoken_body(group, bodies, position)
        if spoke is not None or described is None:
            return spoke
        return self._described_body(described, best_at, group)

    def _spoken_body(self, group: str, bodies, position: int):
        """The body that spoke last, if of the head's group (any of `bodies` for "other") and named in the _BODY_REACH
        characters before `position` ("Aetna said ... The firm said"); else None."""
        body = self.recent_group
        known = self.profiles.get(body)
        if known is None or known.person or not body[:1].isupper() or not body.rsplit(" ", 1)[-1][:1].isupper() \
                or body in _country_names(self.res) \
                or self._text.rfind(body, max(0, position - _BODY_REACH), position) < 0:
            return None  # a name written nearby, not "authorities", "ICE spokesman" or a country
        if known.group == group or (group == "other" and known.group in bodies):
            return known
        if known.group == "other":  # "Aetna said ... The firm said": a body of no known group, which the head gives
            return _new_record(Speaker, (known.name, group, known.country, known.anonymous, False))
        return None

    def _described_body(self, run: str, at: int, group: str) -> Speaker:
        """The unlisted body an appositive with the head describes ("Judicial Watch, a conservative watchdog group"),
        with the capitalised words a link joins to it before ("Everytown for Gun Safety")."""
        name = _linked_name(self._text, at, run, self.res.words, _derived(self.res, "_common_words", _common_words))
        name = name[name.rfind(". ") + 2:] if ". " in name else name  # (a run read across a sentence's end)
        name = name[4:] if name.startswith("The ") else name
        return self.profiles.get(name) or _new_record(Speaker, (name, group, None, False, False))

    def _places(self, word: str) -> list[int]:
        """Where the text writes the lower-case `word` as a whole word, in any case (one scan per document and word,
        kept)."""
        places = self._head_places.get(word)
        if places is None:
            places = self._head_places[word] = _word_places(self._text, word)
        return places

    def _author_before(self, noun: str, position: int):
        """Who wrote the document a definite head stands for, if the head is an `authored_documents` noun ("the
        statement said", "the letter read"): where the text last mentioned such a document before `position`, the name
        written right before it ("Trump Jr.’s newest statement", "an Apple statement"), else the source that spoke in
        that sentence nearest to it ("Trump said in a statement released by his campaign. ... the statement
        continued": Trump); None if neither (or the text mentions no such document before)."""
        if noun not in self.res.words.get("authored_documents", ()):
            return None
        places = self._places(noun)
        n = bisect_left(places, position)
        if n == 0:
            return None
        at = places[n - 1]
        sentences = self._text_sentences()
        n = self._sentence_index(at)
        start, end = sentences[n] if n >= 0 and at < sentences[n][1] else (0, 0)
        named = _NAME_BEFORE_DOCUMENT.search(self._text, max(start, at - 80), at)  # (in its sentence)
        if named is not None:
            words = named.group(1).split()
            rw = self.res.words
            if words[0].lower() in rw.get("determiners", ()):
                del words[0]  # ("The memo": no name)
            if words and words[-1].lower() not in rw.get("weekdays", ()) and words[-1].lower() not in rw.get(
                    "months", ()):  # (not "a Tuesday statement": when, not who)
                speaker = self._resolve(" ".join(words), named.start(1), False)
                if speaker[0] and speaker[1] not in ("document", "personal"):
                    return speaker
        if _DOCUMENT_SPEAKING.search(self._text, max(start, at - 40), at):
            return None  # ("..., said the police statement Sunday": the document spoke, not someone in the sentence)
        best, best_gap = None, len(self._text)
        for spoken_at, speaker in self._spoken:
            if start <= spoken_at < end and abs(at - spoken_at) < best_gap:
                best, best_gap = speaker, abs(at - spoken_at)
        if best is None or not best[0][:1].isupper() or best[1] == "document" or (best[1] == "other" and not best[4]):
            return None  # (the document spoke there itself, "The memo points to"; "HealthCare.gov saying": no writer)
        return best

    def _head_named_before(self, head: str, group: str, position: int):
        """The body a definite head stands for where the text named it before with that head, and no other mention of
        the head ("a lower court") comes between them ("the Justice Department has placed ... The department said":
        Justice Department; "the Clinton campaign ... the campaign said": Clinton campaign), if the head is a
        `named_body_heads` or `heads_after_names` word; else None."""
        words = self.res.words
        capital = head in words.get("named_body_heads", ())
        if not capital and head not in words.get("heads_after_names", ()):
            return None
        text = self._text
        places = self._places(head)
        n = bisect_left(places, position)
        for at in places[:n]:
            if text[at].islower() and _INDEFINITE_BEFORE.search(text, max(0, at - 60), at):
                return None  # ("A federal appeals court ruled ... the Supreme Court ... The court": maybe the first)
        name_words = None
        while n > 0:
            n -= 1
            at = places[n]
            name_words = _name_with_head(text, at, len(head), capital)
            if name_words is not None:
                break
            if text[max(0, at - 4):at].lower() != "the ":
                return None  # ("the Supreme Court ... the appeals court ruled ... the court said": which court?)
        if not name_words:
            return None
        openers = _sentence_openers(self.res)
        first = 0
        for n in range(len(name_words) - 1):
            if _ends_sentence(name_words[n]):
                first = n + 1  # ("Monday. Justice Department": from "Justice")
        while first < len(name_words) - 1 and name_words[first].lower() in openers:
            first += 1  # ("But Justice Department", "The Clinton campaign")
        if first == len(name_words) - 1:
            return None  # the head alone ("The campaign", "His campaign"): no name
        speaker = self._resolve(" ".join(name_words[first:]), at, False)
        name = speaker.name
        if not name or speaker.person or name.lower() == head:
            return None
        known = self.profiles.get(name) or speaker
        if known.group == "other":  # ("Colorado Civil Rights Commission": the head's group, government)
            return _new_record(Speaker, (name, group, known.country, False, False))
        return known


def _word_places(text: str, word: str) -> list[int]:
    """Where `text` writes the lower-case `word` as a whole word, in any case (found by `str.find`, not a regex)."""
    lower = text.lower()
    if len(lower) != len(text):  # (a few characters change length when lower-cased: positions would shift)
        return [found.start() for found in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
    places, size, end = [], len(word), len(lower)
    at = lower.find(word)
    while at >= 0:
        if (at == 0 or not _is_word_char(lower[at - 1])) and (at + size == end or not _is_word_char(lower[at + size])):
            places.append(at)
        at = lower.find(word, at + size)
    return places


def _name_with_head(text: str, at: int, size: int, capital: bool) -> list[str] | None:
    """The words of a name ending in the head written at `at` (`size` characters long): with a capital, up to five
    capitalised words before it and an "of" or "for" phrase after ("Justice Department", "Department of Homeland
    Security"); in lower case, after up to three capitalised words, a possessive ending aside ("Clinton campaign",
    "Hillary Clinton's campaign"); None where the head is written otherwise there."""
    if capital != text[at].isupper():
        return None
    before = (_NAME_BEFORE_HEAD if capital else _NAME_BEFORE_LOWER_HEAD).search(text, max(0, at - 80), at)
    if capital:
        after = _OF_NAME_AFTER_HEAD.match(text, at + size)
        if before is None and after is None:
            return [text[at:at + size]]  # the head alone ("The Department said"): no name, but written so
        return text[before.start() if before else at:after.end() if after else at + size].split()
    return text[before.start():at + size].split() if before is not None else None


def _surname_word(res: Resources, name: str) -> str:
    """The last word of a person's name, a suffix aside ("Donald Trump Jr." -> "Trump", "Martin O'Malley" ->
    "O'Malley")."""
    return _without_suffix(res, name.split())[-1]


def _suffixed_company(run: str, suffixes) -> dict | None:
    """An organisation entry (group business) for a run of two or more capitalised words ending in a company suffix
    ("Incyte Corp.'s": Incyte Corp), which the organisation list need not hold; else None (and for a run joined by a
    lower-case word, "Shares of Boeing Co", whose name may start anywhere)."""
    name = _POSSESSIVE.sub("", run)
    last = name.rsplit(" ", 1)[-1].lower()
    if " " not in name or last not in suffixes or any(word[:1].islower() for word in name.split()):
        return None
    return {"name": name, "group": "business"}


def _verb_after_subject(res: Resources, word: str) -> bool:
    """True if `word`, right after a name, may be its verb: an auxiliary, a cue's first word or a lower-case word in -ed
    or -s that heads no source ("Iran has been blamed", "Google achieved"; not "Russian intelligence", "Israeli
    military", "Twitter users")."""
    return word in res.words.get("auxiliaries", ()) or word in res.cue_keys or (
        word.islower() and word.endswith(("ed", "s")) and word not in res.head_groups and
        word not in res.anonymous_heads)


def _plural_group_word(res: Resources, word: str) -> bool:
    """True if `word` may name a group in the plural: a word in -s (not -ss, no possessive) of four letters or more,
    capitalised or a head noun ("Republicans", "voters", "officials")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and (
        word[0].isupper() or word.lower() in res.head_groups or word.lower() in res.anonymous_heads)


def _plural_group(res: Resources, speaker) -> bool:
    """True if the resolved `speaker` is a group named in the plural: no person, a known group, a name in -s that is no
    country's or singular noun's ("Sanders", "the census", "Fox News", "United States")."""
    name = speaker.name
    return bool(name) and not speaker.person and speaker.group != "other" and name.endswith("s") and \
        not name.lower().endswith(("ss", "is", "us", "news")) and name not in _country_names(res)


def _country_names(res: Resources) -> frozenset:
    """The canonical names of the countries ("Russia", "United States"; built once per resources)."""
    return _derived(res, "_country_names", _country_name_set)


def _country_name_set(res: Resources) -> frozenset:
    """The countries' canonical names, built (`_country_names` keeps them)."""
    return frozenset(res.countries.values())


def _without_accents(word: str) -> str:
    """`word` without its accents ("renée" -> "renee"), as the [names] lists write first names."""
    return "".join(ch for ch in normalize("NFD", word) if not combining(ch))


def _pronoun_gender(pronoun: str, rw: dict):
    """"female", "male" or None for a person pronoun ("she", "his")."""
    if pronoun in rw.get("female_pronouns", ()):
        return "female"
    return "male" if pronoun in rw.get("male_pronouns", ()) else None


def _role_titles(found: list, text: str, lower: list[str], rw: dict) -> tuple | None:
    """The titles of a mention that may name its source by a role the text gave someone ("the president"), from its
    titles `found` ((start, end, title) by word), or None for all of them. None for "president of the Brady
    campaign" (another office than the president's); for "President Trump's lawyer" only those after the possessive
    (the title is Trump's), but all of them for a head that speaks for its owner ("Netanyahu's office")."""
    for _, end, _ in found:
        if end < len(lower) and lower[end] == "of":
            return ()
    if lower[-1] in rw.get("possessor_heads", ()) or _POSSESSED.search(text) is None:
        return None
    owner = _last_possessive(_WORD.findall(text), len(lower))
    if owner < 0:
        return None
    after = []
    for start, _, item in found:
        if start > owner:
            after.append(item)
    return tuple(after)


def _last_possessive(words: list[str], count: int) -> int:
    """Index of the last capitalised possessive ("Trump's", "Mexico’s"; not "today's") among the first `count` words
    but the last of them, or -1."""
    for at in range(min(count, len(words)) - 2, -1, -1):
        word = words[at]
        if word[0].isupper() and _POSSESSIVE.search(word) is not None:
            return at
    return -1


def _title_keys(res: Resources, title_words: list[str]) -> tuple[str, ...]:
    """The lower-cased titles `title_words` name, sorted, as a tuple of strings (memoised tuples of strings are left
    alone by the garbage collector)."""
    return tuple(sorted({item["title"].lower() for _, _, item in _find_keys(res, title_words, res.titles)}))


def _listed_or_text(res: Resources, listed_name: str, in_text: str | None) -> str:
    """Whom a titled surname names: the people list's person, unless the text's full name for that surname is another
    listed person ("Bill Clinton ... President Clinton": Bill Clinton; but "Melania Trump ... President Trump": the
    list's Donald Trump), as `SpeakerResolver._resolve` decides for a surname."""
    return listed_name if in_text is None or in_text not in _people_profiles(res) else in_text


def _runs_found(runs: list, joined: str, ends: list, piece: str) -> list:
    """The runs (run, lower-cased) whose lower-cased form holds `piece` (no NUL), first seen first: `joined` is their
    lower-cased forms joined by NUL and `ends[i]` where the i-th ends in it (one search per holding run, not a test of
    every run)."""
    found = []
    at = joined.find(piece)
    while at >= 0:
        i = bisect_right(ends, at)  # the run holding position `at`
        found.append(runs[i])
        at = joined.find(piece, ends[i])  # on from the next run
    return found


def _word_starts(text: str, word: str) -> list:
    """Where `word` stands in `text` with no letter just before or after it ("Singh", not "Singhal")."""
    starts, size = [], len(word)
    at = text.find(word)
    while at >= 0:
        if (at + size == len(text) or not text[at + size].isalpha()) and (at == 0 or not text[at - 1].isalpha()):
            starts.append(at)
        at = text.find(word, at + size)
    return starts


def _cut_off(text: str, start: int, end: int, openers) -> bool:
    """True if text[start:end] holds more than `_PRONOUN_REACH` words, a capitalised word other than a sentence opener,
    a person's object or possessive pronoun, or a mark before someone's own words (a quotation mark, a colon)."""
    if _holds_any(text[start:end], _SPEECH_MARKS):
        return True
    words = _PLAIN_WORD.findall(text, start, end)
    if len(words) > _PRONOUN_REACH:
        return True  # ("Masipa said the state failed to introduce evidence that proved he": another's pronoun)
    for word in words:
        low = word.lower()
        if low in _OBJECT_PRONOUNS or (word[0].isupper() and low not in openers):
            return True
    return False


def _holds_any(text: str, pieces) -> bool:
    """True if one of `pieces` occurs in `text` (a loop: no generator in the compiled build)."""
    for piece in pieces:
        if piece in text:
            return True
    return False


def _first_group(groups: dict, title_keys: tuple) -> str | None:
    """The group of the first title key whose group is not "other", or None (a loop: no generator when compiled)."""
    for key in title_keys:
        if groups.get(key, "other") != "other":
            return groups[key]
    return None


def _text_runs(text: str, *, names: bool) -> list[tuple[int, str]]:
    """(start, run) of the text's names (`_CAPITALISED_NAME` matches holding a space: words split by a line break
    only are not a name) or, names=False, of its single capitalised words (`_CAPITALISED_RUN` matches holding none)."""
    if _compiled_capitalised_runs is not None:
        return _compiled_capitalised_runs(text, names)
    if names:
        return [(m.start(), run) for m in _CAPITALISED_NAME.finditer(text) if " " in (run := m.group(0))]
    return [(m.start(), word) for m in _CAPITALISED_RUN.finditer(text) if " " not in (word := m.group(0))]


def _ends_sentence_mark(text: str, start: int, end: int) -> bool:
    """True if text[start:end] ends with a full stop, a closing quotation mark after it aside: a sentence's end, no
    headline's."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - 1 > start and text[end - 1] in "\"”’'":
        end -= 1
    return end > start and text[end - 1] == "."


def _headline(text: str, start: int, end: int, small) -> bool:
    """True if text[start:end] is a headline in title case: three or more words written with a capital and no word in
    lower case but `small` ones ("Ted Cruz Accuses Donald Trump Of Planting 'Garbage' Affair Story")."""
    capitals = 0
    k = start
    while k < end:
        ch = text[k]
        if not ch.isalpha() or (k > start and (text[k - 1].isalnum() or text[k - 1] in "'’")):
            k += 1
            continue
        e = k + 1  # a word opens at k (a letter after no letter, digit or apostrophe); it ends at e
        while e < end and (text[e].isalnum() or text[e] in "'’-"):
            e += 1
        if ch.isupper():
            capitals += 1
        elif text[k:e].lower() not in small:
            return False
        k = e
    return capitals >= 3


def _sentence_start(text: str, at: int) -> bool:
    """True if position `at` opens the text, a line or a sentence (quotation marks and brackets before it aside)."""
    k = at - 1
    while k >= 0 and text[k] in _BEFORE_SENTENCE_WORD:
        k -= 1
    return k < 0 or text[k] in _SENTENCE_ENDS


def _without_government_nouns(res: Resources, lower: list[str], found: list) -> list:
    """The (start, end, country) matches `found` in `lower` without those of a country named by a word of
    `government_nouns` alone ("regime": Syria, "administration": the United States) where the words name another and
    not that one ("The Iranian regime": Iran, not Iran and Syria; "The incoming Mexican administration": Mexico; but
    "the Syrian regime": Syria)."""
    kept, nouns = [], res.words.get("government_nouns", ())
    for match in found:
        if not (match[1] == match[0] + 1 and lower[match[0]] in nouns) or _country_named_else(found, match):
            kept.append(match)
    return kept if kept else found


def _country_named_else(found: list, match) -> bool:
    """True if a (start, end, country) match of `found` other than `match` names its country."""
    for other in found:
        if other is not match and other[2] == match[2]:
            return True
    return False


def _countries_speaking(res: Resources, lower: list[str], words: list[str]) -> Speaker | None:
    """Countries as the speaker: "Moscow and Damascus" (both governments), "only council member Venezuela"
    (a country heading the source), or None. A country after "of", "in", "from" ("the people of Syria") is not one.
    """
    found = _find_keys(res, lower, res.countries, words)
    if not found:
        return None
    covered = {n for start, end, _ in found for n in range(start, end)}
    found = _without_government_nouns(res, lower, found)
    named = list(dict.fromkeys(country for _, _, country in found))
    if all(n in covered or w in ("and", ",", "&") for n, w in enumerate(lower)):
        return _new_record(Speaker, (" and ".join(named), "government", named[0] if len(named) == 1 else None, False,
                                     False))
    start, end, country = found[-1]
    if end == len(lower) and start > 0 and lower[start - 1] not in res.words.get("country_complements", ()) \
            and not _names_with_country(res, lower, words, start):
        return _country_speaker(country)
    return None


def _country_speaker(country: str) -> Speaker:
    """The speaker a country's name names: its government ("Russia said", "Moscow said": Russia)."""
    return _new_record(Speaker, (country, "government", country, False, False))


def _region_speaker(name: str, country: str) -> Speaker:
    """The speaker a region's name names ([[countries]] `regions`): its government ("Texas argued": Texas, of the
    United States), named as written, or in title case where written in capitals ("NEW YORK")."""
    return _new_record(Speaker, (name.title() if name.isupper() else name, "government", country, False, False))


def _organisation_speaker(org: dict, country, body_country=None) -> Speaker:
    """The speaker an organisation's entry names: its name and group, its country or else `country`; or, where the
    mention names the body of another country (`body_country`, see `_body_country`), that country's body of the name
    ("Foreign Ministry (Russia)")."""
    if body_country is not None:
        return _new_record(Speaker, (f"{org['name']} ({body_country})", org.get("group", "other"), body_country, False,
                                     False))
    return _new_record(Speaker, (org["name"], org.get("group", "other"), org.get("country") or country, False, False))


def _body_country(res: Resources, lower: list[str], found: tuple, country):
    """The country whose own body the mention's last organisation is, where the entry names another country's body or
    a state body of no country: a country named right before it ("the Israeli Supreme Court", "Turkey's Interior
    Ministry", "Mexico's Congress"), or for a state body of no country any country the mention names (`country`, a
    possessor's too: "Russia's Foreign Ministry"); else None ("the U.S. Supreme Court", "Reuters", "the Syrian
    Observatory for Human Rights")."""
    start, _, entry = found[2][-1]
    own = entry.get("country")
    if own is None and entry.get("group") not in res.words.get("national_body_groups", ()):
        return None
    named = None
    for _, country_end, named_country in found[1]:
        if country_end == start or (own is None and named is None):
            named = named_country
    if named is None and start > 0 and lower[start - 1][-2:] in ("'s", "’s"):
        named = res.countries.get((lower[start - 1][:-2],))
    if named is None and own is None:
        named = country
    return named if named is not None and named != own else None


def _names_with_country(res: Resources, lower: list[str], words: list[str], start: int) -> bool:
    """True if the country word at `start` ends a name with the capitalised word before it ("Families USA", "Enroll
    America", "Lamont Washington"), not a government's alias ("the Obama administration") nor a country after a
    determiner or a conjunction ("The Pentagon", "If Pyongyang")."""
    rw = res.words
    before = lower[start - 1]
    return words[start - 1].istitle() and before not in rw.get("determiners", ()) and \
        before not in rw.get("boundaries", ()) and lower[start] not in rw.get("government_nouns", ())


class _Mention:
    """What a source mention says by itself (cached per text): pronoun, name, titles, organisation, country."""

    __slots__ = ("empty", "pronoun", "epithet", "group", "country", "name", "name_lower", "person_name", "fixed",
                 "titles", "title_words", "role_keys", "anonymous_head", "anonymous_label", "otherwise",
                 "role_titles", "gender", "indefinite", "_lower", "_words", "_orgs", "body_country", "body_title",
                 "described_body")

    def __init__(self, text: str, res: Resources):
        _describe(self, text, res)

    def finish(self, res: Resources) -> None:
        """Role keys, anonymity and the fallback speaker: what a mention without a usable name needs."""
        lower, words, orgs, titles, country, group = self._lower, self._words, self._orgs, self.titles, self.country, self.group
        role_keys = []
        if self.role_titles is not None:  # not every title the mention holds is the source's (`_role_titles`:
            titles = self.role_titles     # "President Trump's former personal lawyer" is no president)
        if titles and not orgs:
            role_keys.append({item["title"].lower() for item in titles} | res.role_aliases.get(tuple(lower), set()))
        alias_keys = res.role_aliases.get(_without_countries(lower, res.countries))
        if alias_keys:
            role_keys.append(alias_keys)
        self.role_keys = tuple(role_keys)
        if self.indefinite:
            self.indefinite = _headed_by_title(lower, role_keys, res.words)
        last = lower[-1].rstrip(".")
        cut = lower.index("who") if "who" in lower else len(words)
        self.anonymous_head = bool((last in res.anonymous_heads and not orgs and not _ends_in_title(lower, res.titles))
                                   or (0 < cut < len(lower) and lower[cut - 1] in res.anonymous_heads and not orgs))
        # an honorific opening a possessor's name before a common head is no part of the label ("Mr. Trump’s
        # lawyers": Trump lawyers, as "Jackson's lawyers" is Jackson lawyers)
        start = 1 if 2 < cut and lower[0].rstrip(".") in res.honorifics and words[1][:1].isupper() \
            and words[-1][:1].islower() else 0
        self.anonymous_label = " ".join(words[start:cut])
        if orgs:
            self.otherwise = _organisation_speaker(orgs[-1], country, self.body_country)
        elif tuple(lower) in res.countries:
            self.otherwise = _country_speaker(res.countries[tuple(lower)])
        else:
            self.otherwise = _countries_speaking(res, list(lower), list(words)) or _new_record(
                Speaker, (" ".join(words[start:]), group, country, False, False))


def _region_before(lower: list, end: int, regions: dict) -> str | None:
    """The lower-cased words of a region (`regions`: [[countries]] `regions`) of one to three words ending right
    before lower[end] ("kentucky" of "kentucky senator", "new york" of "former new york mayor"), or None."""
    for size in (3, 2, 1):
        if end - size >= 0 and tuple(lower[end - size:end]) in regions:
            return " ".join(lower[end - size:end])
    return None


def _ends_in_title(lower: tuple, titles: dict) -> bool:
    """True if the mention's words end in a whole title of two to four words, a hyphen counting as a space ("the former
    national security adviser", "the incoming national-security adviser": someone the title names, though "adviser"
    alone names nobody in particular)."""
    words = " ".join(lower).replace("-", " ").split(" ")
    for size in range(2, min(4, len(words)) + 1):
        if tuple(words[len(words) - size:]) in titles:
            return True
    return False


def _headed_by_title(lower: tuple, role_keys: list, rw: dict) -> bool:
    """True if the mention's words end as one of its titles ends and no determiner or preposition comes before that
    ending ("senior U.S. Defense spokesman", "former military chief of staff", "a commissioner" of "police
    commissioner"; not "video the judge", "report from The Hollywood Reporter")."""
    determiners, complements = rw.get("determiners", ()), rw.get("country_complements", ())
    for keys in role_keys:
        for key in keys:
            title = key.split(" ")
            size = 0  # how many words the mention and the title end with alike
            while size < len(title) and size < len(lower) and \
                    title[len(title) - 1 - size] == lower[len(lower) - 1 - size]:
                size += 1
            if size:
                for word in lower[:len(lower) - size]:
                    if word in determiners or word in complements:
                        return False
                return True
    return False


def _common_case(name: str, res: Resources) -> str:
    """`name` with a first word written in capitals only as a sentence's first word lower-cased when it is a common
    word opening a source ("Officials", "Some", "Police" -> "officials", "some", "police"); else `name` itself
    ("Russian officials", "NATO", "Doctors Without Borders": a name's later words have capitals too)."""
    first = name.split(" ", 1)[0]
    if len(first) < 2 or not first[1:].islower() or name[len(first):] != name[len(first):].lower():
        return name
    lower = first.lower()
    if lower not in _derived(res, "_common_words", _common_words):
        return name
    return lower + name[len(first):]


def _common_modifier(word: str, res: Resources) -> bool:
    """True if a lower-cased word before a source's common head names no country, region, body or person, and ends as
    no proper adjective does ("legal", "senior", "intelligence"; not "texas", "iranian", "democratic")."""
    key = (word,)
    return not (key in res.countries or key in res.regions or key in res.organisations or key in res.people
                or word in res.genders or word.endswith(_derived(res, "_proper_adjective_endings", _adjective_endings))
                or word in res.words.get("capitalised_heads", ()))


def _adjective_endings(res: Resources) -> tuple:
    """The `proper_adjective_endings` as a tuple (what str.endswith takes)."""
    return tuple(res.words.get("proper_adjective_endings", ()))


def _written_as_common(text: str, capitalised: str, lower: str) -> bool:
    """True if `text` writes the word in lower case somewhere and never capitalised after a lower-case word or a comma
    (inside a sentence, where only names keep their capitals). (Searched with str.find: a regular expression made for
    each word cost more than the rest of the extraction.)"""
    if not _written_whole(text, lower):
        return False
    n, size = len(text), len(lower)
    at = text.find(capitalised)
    while at >= 0:
        if at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] in ",;") \
                and _whole_word_at(text, at, at + size, n):
            return False
        at = text.find(capitalised, at + 1)
    return True


def _whole_word_at(text: str, start: int, end: int, n: int) -> bool:
    """True if text[start:end] is a whole word: no word character, apostrophe or hyphen on either side."""
    return (start == 0 or not (_is_word_char(text[start - 1]) or text[start - 1] in "'’-")) and (
        end >= n or not (_is_word_char(text[end]) or text[end] in "'’-"))


def _written_whole(text: str, word: str) -> bool:
    """True if `text` writes `word` as a whole word somewhere (not "Moody" in "Moody's")."""
    n, size = len(text), len(word)
    at = text.find(word)
    while at >= 0:
        if _whole_word_at(text, at, at + size, n):
            return True
        at = text.find(word, at + 1)
    return False


def _common_words(res: Resources) -> frozenset:
    """Lower-cased common words that open a source: anonymous and [heads] nouns, determiners, quantifiers; not the
    `capitalised_heads` ("Democrats")."""
    return (res.anonymous_heads | frozenset(res.head_groups) | res.words.get("determiners", frozenset()) |
            res.words.get("quantifiers", frozenset())) - res.words.get("capitalised_heads", frozenset())


def _mention_of(text: str, res: Resources, memo: dict | None = None) -> _Mention:
    """What the mention `text` says by itself, memoised in `memo`: the resources' mention memo, which a resolver keeps
    and passes in (read once per document, not looked up per mention)."""
    if memo is None:
        memo = _cache(res, _MENTIONS)
    mention = memo.get(text)
    if mention is None:
        mention = memo[text] = _Mention(text, res)
    return mention


def _without_countries(lower, countries: dict) -> tuple:
    """The words that are no country's name by themselves ("us officials" -> ("officials",)), as a tuple."""
    kept = []
    for word in lower:
        if (word,) not in countries:
            kept.append(word)
    return tuple(kept)


def _mention_words(text: str, res: Resources) -> list[str]:
    """`_words(text)` with the words of time joined to a title by a hyphen taken off (`_without_time_prefixes`)."""
    words = _words(text)
    return _without_time_prefixes(words, res.words.get("time_prefixes", ())) if "-" in text else words


def _without_time_prefixes(words: list[str], prefixes) -> list[str]:
    """`words` with a prefix of time joined by a hyphen taken off a capitalised word ("then-Attorney General Jeff
    Sessions": "Attorney"), so that the title it opens is read as one."""
    out = words
    for n in range(len(words)):
        word = words[n]
        cut = word.find("-")
        if 0 < cut < len(word) - 1 and word[cut + 1].isupper() and word[:cut].lower() in prefixes \
                and not word.isupper():  # (not in a heading in capitals: "HUNDREDS OF EX-PROSECUTORS")
            if out is words:
                out = list(words)
            out[n] = word[cut + 1:]
    return out


def _describe(mention: _Mention, text: str, res: Resources) -> None:
    """Fill in what the source mention `text` says by itself (the body of `_Mention.__init__`; a typed function
    in the compiled build)."""
    mention.empty, mention.pronoun, mention.epithet, mention.described_body = False, None, False, False
    mention.indefinite = False  # "a spokesman", "another vice president": someone new, not a title's holder named before
    mention.role_titles, mention.gender, mention.body_country, mention.body_title = None, None, None, None
    # what a mention that is empty or a pronoun never sets: None, as in the compiled class (a possessor's country,
    # "It's" of "It's All Politics ..."; a group read of any mention)
    mention.group = mention.country = mention.name = mention.name_lower = mention.person_name = None
    mention.fixed = mention.titles = mention.title_words = mention.role_keys = None
    mention._lower = mention._words = mention._orgs = None
    head = _head(text)
    described = None  # "Michael Cohen, Trump's lawyer": what the appositive says the source is
    named_after = None  # "One Senate Republican, Susan Collins": the words after the comma, which hold the name
    if head and head != text:
        rest = text[len(head):].strip(" ,—–(")
        if (_head_is_named(head, res) and not _titled_to_place(head, res)) or not _names_someone(rest, res.words):
            described = rest  # "Jason Sims — a teacher from ...", "the Arizona senator, a harsh critic of ..."
            text = head
            head_words = head.split()  # "Judicial Watch, a conservative watchdog group": a body, no person (not
            # "Wanda Bertram with the Prison Policy Initiative, a nonprofit": the appositive is the body's)
            mention.described_body = _all_capitalised(head_words, 0, len(head_words)) and \
                _describes_body(rest, res.words)
        else:
            named_after = _head(rest)  # "his wife, Kristi McLaughlin, who works part-time as a pastor": the name
            text = text[:text.index(rest, len(head)) + len(named_after)]
    possessor = None  # "The Times's Maggie Haberman", "ACRONYM's McGowan": whom the named source speaks for
    named_at = _possessor_end(text, res)
    if named_at:
        possessor = _mention_of(text[:named_at], res)
        text = text[named_at:].lstrip()
    words = _mention_words(text, res)
    lower = _lower_all(words)
    rw = res.words
    named = _before_time(words, lower, rw)
    if named < len(words):  # "police Thursday", "a Commerce Department report Thursday": the source, not the day
        del words[named:]
        del lower[named:]
    postmodifiers, for_heads = rw.get("source_postmodifiers", ()), rw.get("for_heads", ())
    to_heads, title_to_heads = rw.get("to_heads", ()), rw.get("title_to_heads", ())
    relations = rw.get("relation_heads", ())
    with_nouns = rw.get("with_nouns", frozenset())
    places, document_places = rw.get("place_prepositions", ()), rw.get("document_places", ())
    represented = None  # "a spokesman for committee Democrats", "officials in Washington": whom the source speaks for
    complements = res.words.get("name_complements", ())
    for n in range(1, len(words)):
        placed = (words[n] in places and (lower[n - 1] in res.placed_heads or _noun_before_place(
            words, lower, n, rw, res.head_groups) or _name_before_place(words, lower, n, rw))
            and not _links_body_name(words, lower, n, rw)) or (
            words[n] in complements and _named_person_before(words, lower, n, res)) or (
            words[n] in document_places and _places_document(words, lower, n, res))
        spoken_for = (words[n] == "for" and lower[n - 1] in for_heads) or (words[n] == "to" and (
            lower[n - 1] in to_heads or (lower[n - 1] in title_to_heads and not _ends_in_full_name(res, words, n))))
        if lower[n] in postmodifiers or spoken_for or placed or (
                words[n] == "of" and lower[n - 1] in relations and _related_one_after(res, words, lower, n)) or (
                words[n] == "with" and _with_noun_of(lower, n, len(lower), with_nouns)) or \
                (words[n] == "who" and n + 1 < len(words) and words[n + 1].islower() and "," not in text) or \
                _opens_participle_clause(words, lower, n, res.words, res.head_groups, res.anonymous_heads):
            if named_after is not None and (placed or (spoken_for and lower[n - 1] in title_to_heads)):
                _describe(mention, named_after, res)  # "the top Republican on the Armed Services Committee, Sen. Jim
                return  # Inhofe", "The US envoy to the UN, Nikki Haley": the person named after the comma
            if (placed or (spoken_for and lower[n - 1] not in title_to_heads)) and n + 1 < len(words):
                represented = _mention_of(_words_after(text, words, n), res)  # (an ambassador speaks for no host)
            del words[n:]  # "a source close to Trump", "lawyers for the family", "an aide to McCaskill", "voters who
            # backed Trump": the source
            # (but "The Twitter user who posted the photo, Dennis Kosuth": the name after the comma)
            del lower[n:]
            break
    if len(lower) == 1 and ("'" in lower[0] or "’" in lower[0]):  # "They’re", "he'd": the pronoun
        bare = lower[0].replace("’", "'").split("'")[0]
        if bare in rw.get("person_pronouns", ()) or bare in rw.get("group_pronouns", ()):
            words, lower = [bare], [bare]
    if len(lower) > 2 and lower[1] == "and" and lower[0] in rw.get("subject_pronouns", ()):
        del words[:2]  # "she and another reporter": the speaker named is the other one
        del lower[:2]
    if len(lower) > 2 and lower[0] == "at" and "at " + lower[1] in rw.get("adverbial_pairs", ()):
        del words[:2]  # "At least two senators": two senators
        del lower[:2]
    for n in range(len(lower) - 2, 0, -1):  # "the Florida senator and Republican presidential candidate", "the
        if words[n] == "and" and lower[n - 1] in res.placed_heads:  # ministry and the army": the last conjunct, as
            del words[:n + 1]                                       # of "Democrats and Republicans"
            del lower[:n + 1]
            break
    relative = rw.get("relative_pronouns", ())
    while len(lower) > 1 and lower[-1] in relative and words[-1].islower():  # "the man who": the man (not "the WHO")
        del words[-1]
        del lower[-1]
        if len(lower) > 1 and lower[-1] == "of":
            del words[-1]
            del lower[-1]
    if not words:
        mention.empty = True
        return
    if len(lower) == 1 and lower[0] in rw.get("person_pronouns", ()):
        mention.pronoun, mention.gender = "person", _pronoun_gender(lower[0], rw)
        return
    # "the Kentucky Republican": a description standing for the person named last
    mention.epithet = (len(lower) >= 2 and lower[0] == "the" and lower[-1] in rw.get("epithet_heads", ())
                       and _all_capitalised(words, 1, len(words) - 1))
    if lower[0] in res.anonymous_heads and _all_in(lower, 1, rw.get("relative_pronouns", ())):
        words, lower = words[:1], lower[:1]  # "Some say", "Those who said": a vague source, not a determiner
    named_with_the = None  # a common-word organisation's name with its "The" (see below)
    if len(lower) > 1 and lower[0] == "the" and words[1][:1].isupper() and tuple(lower) in res.common_word_keys:
        named_with_the = res.organisations.get(tuple(lower))
    described_one = False  # "a New Yorker": a determiner other than "the" before a common-word name (see below)
    kind_of_person = None  # the words of such a name ending the mention
    while lower and (len(lower) > 1 or lower[0] not in res.anonymous_heads) and (
            lower[0] in rw.get("determiners", ()) or (lower[0] in rw.get("name_openers", ()) and not words[0].isupper())):
        described_one = described_one or lower[0] != "the"
        mention.indefinite = mention.indefinite or lower[0] in rw.get("indefinite_determiners", ())
        lower.pop(0)  # "the spokesman", "which he"
        words.pop(0)
    if not words:
        mention.empty = True
        return
    if len(lower) == 1 and lower[0] in rw.get("person_pronouns", ()):
        mention.pronoun, mention.gender = "person_after_determiner", _pronoun_gender(lower[0], rw)
        return
    pronoun = lower[0].replace("’", "'").split("'")[0] if len(lower) == 1 else ""  # "I've" -> "i"
    if len(words[0]) > 1 and words[0].isupper():
        pronoun = ""  # "US" is a country, not "us"
    if pronoun in rw.get("self_pronouns", ()):
        mention.pronoun = "self"  # "I said", "we think": the writer or the quoted speaker, never a name
        mention.name = "I" if pronoun == "i" or pronoun == "me" else "we" if pronoun == "us" else pronoun  # ("prompting
        # me to observe": the writer, named as "I" is)
        return
    if len(lower) == 1 and lower[0] in rw.get("group_pronouns", ()):
        mention.pronoun = "plural" if lower[0] in rw.get("plural_pronouns", ()) else "group"
        return
    honorific = lower[0].rstrip(".")
    honoured = honorific in res.honorifics
    if honoured:
        mention.gender = res.genders.get(honorific)  # "Mrs. Clinton", "Ms. Christensen": the person's gender
    country, titles, orgs, found, regional = None, [], [], (), None
    if not res.key_anchors.isdisjoint(lower):  # some country, title or organisation may be named
        found = _named_keys(res, lower, words)
        found = _without_surname_keys(res, words, lower, found, honoured)
        if found[0] and _surname_title(words, found[0][-1][0], found[0][-1][1], res):
            found = (found[0][:-1], found[1], found[2])  # "Steve Judge": a surname, no judge
        if found[2] and found[2][-1][1] == len(lower) and tuple(lower[found[2][-1][0]:]) in res.common_word_keys and (
                described_one or (found[2][-1][0] > 0 and words[found[2][-1][0] - 1].islower())):
            kind_of_person = tuple(lower[found[2][-1][0]:])  # "a New Yorker", "a native New Yorker": no newspaper,
            found = (found[0], found[1], found[2][:-1])      # and no person's name either
        if found[2]:  # "the Texas Supreme Court", "the Virginia House of Delegates": a region's own body, not the
            regional = _regional_body(res, words, lower, found)  # nation's
            if regional is not None:
                found = (found[0], found[1], found[2][:-1])
        receiving = _title_to_at(lower, title_to_heads)  # "Ambassador to Russia Jon Huntsman": the place or body
        # after a title's "to" receives the title's holder, it is not theirs; a country named by a government noun
        # yields to one the mention names ("Civil Aviation Administration of China")
        held = _without_government_nouns(res, lower, [match for match in found[1] if match[0] < receiving])
        if held:
            country = held[0][2]
        titles = [item for _, _, item in found[0]]
        orgs = [item for s, _, item in found[2] if s < receiving]
        if orgs:
            mention.body_country = _body_country(res, lower, found, country or (
                possessor.country if possessor is not None and not possessor.empty else None))  # ("Russia's")
        if orgs and found[2][-1][1] == len(lower) - 1 and lower[-1] in rw.get("audience_heads", ()):
            orgs.pop()  # "a Guardian reader", "Facebook users": someone outside the organisation
    name, title_words = _split_name(res, words, lower, found)  # the same keys: not looked up again
    if name and kind_of_person is not None and tuple(name.lower().split()) == kind_of_person:
        name = None
    if name and named_after is not None:
        name = _name_within(name, named_after)  # not "Republican Susan Collins" across the comma
    group = titles[-1]["group"] if titles else (orgs[-1]["group"] if orgs else _head_group(res, words, lower))
    body_before_title = bool(titles) and bool(orgs) and orgs[-1] is found[2][-1][2] and \
        found[2][-1][1] == found[0][-1][0]  # a listed body named right before the last title ("Supreme Court nominee")
    if len(titles) > 1 and titles[-1].get("rank"):
        group = titles[-2]["group"]  # "military spokeswoman Capt. Joan Petinglay", "Base commander Capt. Tim Kinsella":
        # a rank takes the group of the title before it
    elif titles and titles[-1].get("for_office"):  # a nominee takes the group of the office's title or body right
        # before it ("Supreme Court nominee Brett Kavanaugh": judiciary)
        if len(titles) > 1 and found[0][-2][1] == found[0][-1][0]:
            group = titles[-2]["group"]
        elif body_before_title:
            group = orgs[-1]["group"]
    elif body_before_title and titles[-1].get("held_in_bodies") and orgs[-1]["group"] != "other" and \
            _all_capitalised(words, found[0][-1][1], len(words)):
        group = orgs[-1]["group"]  # "Planned Parenthood President Cecile Richards", "NATO spokeswoman": a title held in
        # the body named right before it, heading the mention, takes the body's group (not "the Senate's official
        # historian")
    if group == "other" and titles and orgs:
        group = orgs[-1]["group"]  # "FBI Director James Comey", "EPA Administrator Scott Pruitt": the body's group
    person_item = _person_entry(res, name) if name else None
    if group == "other" and name and person_item is None and _listed_first_name(res, name.split(" ", 1)[0].lower()):
        before_name = len(words) - len(name.split()) - 1  # a person's name, by a first name, the list not knowing them:
        if before_name >= 0 and res.head_groups.get(lower[before_name], "document") != "document" and \
                lower[before_name] not in res.anonymous_heads:  # (no person is "the report" or "legislation")
            group = res.head_groups[lower[before_name]]  # "Economist Paul Krugman", "Ford's attorney, Debra Katz"
    if orgs and not country:
        country = orgs[-1].get("country")
    if regional is not None:
        name, group, country, person_item = regional[0], regional[2]["group"], country or regional[1], None
    if group == "other" and described and described.split(" ", 1)[0].lower() not in rw.get("aside_prepositions", ()):
        # (a phrase opened by a preposition describes no one: "Obama, in making his Al Qaeda claims")
        words_of = described.split()  # its head comes before any preposition ("an economist at Harvard")
        cut = _first_in(words_of, 1, rw.get("country_complements", ()))
        appositive = _mention_of(" ".join(words_of[:cut]), res)
        if not appositive.empty and appositive.pronoun is None and _held_in_bodies(appositive.titles) \
                and not appositive._orgs and cut is not None and not _title_goes_on(res, words_of, cut):
            # a title held in a body named after it ("spokesman for the AFL-CIO", "president of the Council on Foreign
            # Relations", "president of the think tank"): the body's group where it has one (a country: "ambassador to
            # Saudi Arabia", a head's: "president of the company"), else none (not the title's: no government); but
            # "secretary of defense", "chief of staff" are titles of their own
            appositive = _mention_of(" ".join(words_of[cut + 1:]), res)
        said = _appositive_group(appositive)
        if said not in ("other", "anonymous", "document"):
            group, country = said, country or appositive.country  # "Cohen, Trump's lawyer": legal; a firm's name
            # ("a vice president of D.K.Shifflet & Associates Ltd.": business); no person is a document ("Robert
            # Mueller, in first public remarks")
    if represented is not None and not represented.empty and represented.pronoun is None:
        speaks_for = represented.fixed or _new_record(Speaker, (None, represented.group, represented.country, False,
                                                                 False))
        country = country or speaks_for.country
        # the group of whom they speak for wins ("a spokesman for the Pentagon"), unless the source's own
        # head noun has a group ("lawyers for the family" are lawyers)
        if speaks_for.group not in ("other", "anonymous") and res.head_groups.get(lower[-1]) is None:
            group = speaks_for.group
    if possessor is not None and not possessor.empty and possessor.pronoun is None:
        country = possessor.country or country  # "Israel's U.S. ambassador": Israel's
        if group == "other" and possessor.group not in ("other", "anonymous"):
            group = possessor.group  # "The Times's Maggie Haberman": media
    if titles:
        mention.role_titles = _role_titles(found[0], text, lower, rw)
    if titles and not mention.indefinite and found[0][-1][1] == len(lower):  # a title ending the mention, held in
        # the body or region named right before it ("the Senate majority leader", "The Facebook CEO", "the Kentucky
        # senator"; not "a Senate aide": someone new)
        held_in = None
        if orgs and orgs[-1] is found[2][-1][2] and found[2][-1][1] <= found[0][-1][0]:
            held_in = " ".join(lower[found[2][-1][0]:found[2][-1][1]])
        elif not orgs:
            held_in = _region_before(lower, found[0][-1][0], res.regions)
        if held_in:
            title = found[0][-1][2]["title"].lower()  # (and what the title alone names: "senator", "Sen.")
            mention.body_title = (held_in, tuple({title} | res.role_aliases.get(tuple(title.split()), set())))
    # the memo keeps mentions for the whole run: tuples, not lists, which the garbage collector stops visiting
    mention.group, mention.country, mention.titles, mention.title_words = group, country, tuple(titles), tuple(title_words)
    mention.name, mention.name_lower, mention.person_name, mention.fixed = name, name.lower() if name else None, None, None
    if name:
        key = tuple(name.lower().split())
        mention.person_name = person_item["name"] if person_item else None
        acronym_in_lower_case = key in res.acronym_keys and not name.replace(" ", "").isupper()
        org_item = None if acronym_in_lower_case or honoured or (key in res.common_word_keys and not orgs) else \
            res.organisations.get(key)  # (a common-word name only where the mention's words name it: see _matches)
        if org_item and not person_item:
            mention.fixed = _organisation_speaker(org_item, country, mention.body_country)
        elif key in res.countries and not titles and not acronym_in_lower_case and not honoured:  # ("Mr. Cuban")
            mention.fixed = _country_speaker(res.countries[key])
        if org_item is None and person_item is None and " & " in text:
            firm = _firm_name(text, name, rw)  # "Simon & Schuster", "Johnson & Johnson": a company, no person
            if firm is not None:
                kind = "other" if _names_body(firm, rw) else "business"  # ("... & Innovation Foundation": a body)
                mention.fixed = _new_record(Speaker, (firm, kind, country, False, False))
        if named_with_the is not None:  # "The Hill": an organisation named with its "The" (without it a common
            mention.fixed = _organisation_speaker(named_with_the, None)  # word or a surname)
        if regional is not None:
            mention.fixed = _new_record(Speaker, (name, group, country, False, False))
    mention.role_keys = None  # the rest is needed only for mentions without a name (see `finish`)
    mention._lower, mention._words, mention._orgs = tuple(lower), tuple(words), tuple(orgs)


def _described_by_head(text: str, end: int, head: str, boundaries) -> bool:
    """True if an appositive opened by "a" or "an" right after text[:end] holds `head` among its first six words
    ("Judicial Watch, a conservative watchdog group, ...": "group"; not "Aetna, the company's chief executive", nor
    "In April, the group said", where the group is the subject)."""
    if not text.startswith(", ", end):
        return False
    words = text[end + 2:end + 92].split(" ", 8)[:7]
    if not words or words[0] not in ("a", "an"):
        return False
    for n in range(1, min(len(words), 6)):
        bare = words[n].rstrip(",.;:")
        # the head ends the noun phrase ("a group that backs ...", "a group of small firms"; not "a bank official")
        if bare == head:
            following = words[n + 1] if n + 1 < len(words) else ""
            return bare != words[n] or following in boundaries or following in ("of", "who", "which")
        if bare != words[n]:
            return False  # the appositive ended before the head
    return False


def _may_name_body(run: str, rw: dict) -> bool:
    """True if a capitalised run may be a body's name: its first word no preposition, conjunction, sentence opener,
    month or weekday and no adverb in -ly ("Previously", "In April", "However"; "Naturally"; but "Kelly Services" of
    `not_adverbs`)."""
    first = run.split(" ", 1)[0].lower()
    return not (first in rw.get("boundaries", ()) or first in rw.get("sentence_openers", ())
                or (first.endswith("ly") and first not in rw.get("not_adverbs", ()))
                or first in rw.get("months", ()) or first in rw.get("weekdays", ()))


def _linked_name(text: str, start: int, run: str, rw: dict, common: frozenset) -> str:
    """The capitalised run at `start` with the capitalised words a link word of `body_name_links` joins to it before,
    on its line ("Everytown for Gun Safety" of the run "Gun Safety"; not a common word of `common`: "Members of ...";
    "of" only after a body's head: "Anne Frank Center for Mutual Respect", but not "Zanny Minton Beddoes of The
    Economist")."""
    segment = text[max(0, start - 80):start]
    if not segment.endswith(" "):
        return run
    words = segment[segment.rfind("\n") + 1:].split()
    links, heads = rw.get("body_name_links", ()), rw.get("body_name_heads", ())
    name, k = run, len(words)
    while k >= 2 and words[k - 1] in links:
        j = k - 1
        while j > 0 and words[j - 1][:1].isupper() and words[j - 1][-1] not in ",;:" \
                and words[j - 1].lower() not in common:
            j -= 1
        if j == k - 1 or (words[k - 1] == "of" and words[k - 2].lower() not in heads):
            break
        name = f"{' '.join(words[j:k])} {name}"
        k = j
    return name


def _title_goes_on(res: Resources, words: list[str], cut: int) -> bool:
    """True if a listed title runs over the preposition at word `cut` ("secretary of defense", "chief of staff",
    "Secretary of Homeland Security"), found as a mention's titles are (`_find_keys`)."""
    lower = [word.lower().rstrip(",;.") for word in words]
    for start, end, _ in _find_keys(res, lower, res.titles):
        if start < cut < end:
            return True
    return False


def _names_body(name: str, rw: dict) -> bool:
    """True if a name of several words ends in a body's head or in a word no person's name ends in, or opens with a
    body's head and its link ("Marshall Project", "Affordable Care Act", "Center for Systems Science", "Department of
    Employment", "Information Technology & Innovation Foundation"): no person's, whom "he" or "she" could stand for
    (but "Council Member Marion Barry" is)."""
    heads, words = rw.get("body_name_heads", ()), name.lower().split()
    links = rw.get("body_name_links", ())
    return words[-1] in heads or words[-1] in rw.get("place_name_heads", ()) or _names_thing(name, rw) or (
        len(words) > 1 and words[0] in heads and words[1] in links)


def _names_thing(name: str, rw: dict) -> bool:
    """True if a name of several words ends in a capitalised word of `thing_name_heads`: a law's or a war's ("the
    Affordable Care Act", "the Civil War"; not "a new poll"), no speaker a later pronoun stands for."""
    last = name.rsplit(None, 1)[-1] if " " in name else ""
    return last[:1].isupper() and last.lower() in rw.get("thing_name_heads", ())


def _appositive_group(appositive: _Mention) -> str:
    """The group an appositive's mention gives: its own, else that of the speaker its name fixes (a firm's,
    "D.K.Shifflet & Associates Ltd."); "other" for an empty mention or a pronoun."""
    if appositive.empty or appositive.pronoun is not None:
        return "other"
    if appositive.group == "other" and appositive.fixed is not None:
        return appositive.fixed.group
    return appositive.group


def _words_after(text: str, words: list[str], n: int) -> str:
    """The mention's words after word n, joined; as `text` writes them where it holds an ampersand, which `_words`
    drops ("a spokesman for Procter & Gamble": "Procter & Gamble", a firm's name)."""
    if " & " in text:
        at = text.find(" " + words[n] + " " + words[n + 1])
        if at >= 0:
            return text[at + len(words[n]) + 2:]
    return " ".join(words[n + 1:])


def _describes_body(described: str, rw: dict) -> bool:
    """True if an appositive's last word before its first boundary is a body's head (`definite_body_heads`: "a trade
    group with 550 members", "a conservative watchdog group", "a nonprofit that ..."; not "a construction company
    executive from Hartland", "president of the group")."""
    boundaries, last = rw.get("boundaries", ()), ""
    for word in described.lower().split():
        if word in boundaries or word == "of" or word == "who" or word == "which":
            break
        last = word
        if word[-1:] in ",;":
            break
    return last.rstrip(".,;") in rw.get("definite_body_heads", ())


def _related_one_after(res: Resources, words: list[str], lower: list[str], n: int) -> bool:
    """True if the words after the "of" at n name a person or a body, whom the source before it is related to: a
    capitalised word, or a title after "the" ("a friend of Mr Trump", "The brother of George Floyd", "critics of the
    president"; not "critics of the plan", "supporters of gay marriage")."""
    k = n + 1
    if k < len(words) and lower[k] == "the":
        k += 1
    return k < len(words) and (words[k][:1].isupper() or (lower[k],) in res.titles)


def _firm_name(text: str, name: str, rw: dict) -> str | None:
    """The name of a firm written with an ampersand between capitalised words in `text` ("Simon & Schuster", "Ernst &
    Young", "McKinsey & Co."), where the mention's `name` is those words; else None (not "Energy & Commerce Committee
    Chairman Fred Upton", nor the end of a longer body's name: "the National Partnership for Women & Families")."""
    for found in _FIRM.finditer(text):
        firm = found.group()
        before = text[:found.start()].rstrip().rsplit(" ", 1)[-1].lower()
        if firm.replace(" & ", " ").rstrip(".") == name.rstrip(".") and before not in rw.get("body_name_links", ()):
            return firm.rstrip(".")
    return None


def _regional_body(res: Resources, words: list[str], lower: list[str], found: tuple):
    """(the body's name, the country, the national body's entry) if a region of [[countries]] `regions`, written with
    capitals, stands right before (or before "State" before) the last organisation that `_named_keys` found (`found`),
    the organisation is of that country or of none, and it ends the mention or a name link and capitalised words end it
    ("Texas| Supreme Court", "New York State| Senate", "the Virginia| House of Delegates"); else None (not "Texas
    Supreme Court Justice Don Willett", "the Texas Democratic Party, Will Hailer")."""
    start, end, entry = found[2][-1]
    if end < len(words) and (lower[end] not in res.words.get("body_name_links", ()) or
                             not _all_capitalised(words, end + 1, len(words)) or end + 1 == len(words)):
        return None
    for before in (start - 1, start):
        if before < 1 or (before < start and lower[before] != "state"):
            continue
        for size in (3, 2, 1):  # ("New York" before "York")
            first = before - size
            if first < 0:
                continue
            country = res.regions.get(tuple(lower[first:before]))
            if country is not None and _all_capitalised(words, first, start) and entry.get("country") in (None,
                                                                                                        country):
                return " ".join(words[first:]), country, entry
    return None


def _opens_participle_clause(words: list[str], lower: list[str], n: int, rw: dict, heads: dict,
                             anonymous_heads) -> bool:
    """True if words[n] is a participle opening a clause after the source's head ("a statement released Thursday",
    "officials involved in the talks", "a poll released", "a letter signed by 50 senators"): a lower-case word in -ed
    after a lower-case word (or a first word that is a head of `[heads]` or an anonymous head: "Officials involved")
    that is no auxiliary, pronoun, determiner or adverb in -ly ("is unsupported", "he examined", "the embattled",
    "newly elected" are not); or a lower-case word in -ing between a head or anonymous head and a lower-case word
    (not "one leading Republican")."""
    word, before = words[n], lower[n - 1]
    if word.endswith("ing") and word.islower() and n + 1 < len(words) and words[n + 1].islower() \
            and (before in heads or before in anonymous_heads):
        return True  # "two senior officials speaking on the condition of anonymity", "a spokesman speaking for ..."
    by_agent = n + 1 < len(words) and words[n + 1] == "by" and word in rw.get("agent_participles", ())  # "memo seen by"
    if not (word.endswith("ed") or by_agent) or not word.islower() or before in rw["auxiliaries"] \
            or before in rw["determiners"] or before in rw["subject_pronouns"] or before in rw["relative_pronouns"] \
            or before.endswith("ly"):
        return False
    return words[n - 1].islower() or (n == 1 and (before in heads or before in anonymous_heads))


def _head(text: str) -> str:
    """Where a mention's head ends: the text before its first comma, dash, opening bracket or word "who", and before
    the spaces ahead of it ("Jason Sims, a teacher", "Sims (R)", "Sims who ..." -> "Jason Sims", "Sims")."""
    cut = len(text)
    for mark in ",—–(":
        at = text.find(mark, 0, cut)
        while mark == "," and 0 < at < len(text) - 1 and text[at - 1].isdecimal() and text[at + 1].isdecimal():
            at = text.find(mark, at + 1, cut)  # "15,952": a number, not an appositive
        if at >= 0:
            cut = at
    at = text.find("who", 0, cut)
    while at >= 0:
        if (at == 0 or not _is_word_char(text[at - 1])) and (at + 3 >= len(text) or not _is_word_char(text[at + 3])):
            cut = at
            break
        at = text.find("who", at + 1, cut)
    if cut == len(text):
        return text
    while cut and text[cut - 1].isspace():
        cut -= 1
    return text[:cut]


def _joins_body_name(words: list[str], lower: list[str], k: int, links, heads) -> bool:
    """True if word k (of `words`, lower-cased in `lower`) links a body's name to the capitalised last word of a body
    before it ("University| of Texas", "Center| for American Progress"; `links` and `heads` as body_name_links and
    body_name_heads), or the last word of a phrase so linked to a body's head ("Institute for the Study| of War",
    "Foundation for Defense| of Democracies")."""
    if lower[k] not in links or k == 0 or not words[k - 1][0].isupper():
        return False
    if lower[k - 1] in heads:
        return True
    link = k - 3 if k >= 3 and lower[k - 2] == "the" else k - 2  # "Institute for (the) Study"
    return link > 0 and lower[link] in links and words[link - 1][0].isupper() and lower[link - 1] in heads


def _with_noun_of(lower: list[str], k: int, end: int, nouns: frozenset) -> bool:
    """True if the "with" at k is followed, one or two words on and before `end`, by one of `nouns` and "of" ("with
    knowledge of", "with direct knowledge of"; not "met with knowledge workers")."""
    for t in (k + 1, k + 2):
        if t + 1 < end and lower[t] in nouns and lower[t + 1] == "of":
            return True
    return False


def _links_body_name(words: list[str], lower: list[str], n: int, rw: dict) -> bool:
    """True if word n links a body's name ("the United Nations Office| on Drugs and Crime"), not a weekday or a month
    after it ("the Ninth Circuit Court on October 13")."""
    return _joins_body_name(words, lower, n, rw.get("body_name_links", ()), rw.get("body_name_heads", ())) and not (
        n + 1 < len(lower) and (lower[n + 1] in rw.get("weekdays", ()) or lower[n + 1] in rw.get("months", ())))


def _it_at(text: str, position: int) -> bool:
    """True if the word at `position` is "it" (not "its", "Italy"): what `_body_subject` and `_body_before` read."""
    return text[position:position + 2].lower() == "it" and not text[position + 2:position + 3].isalpha()


def _name_before_place(words: list[str], lower: list[str], n: int, rw: dict) -> bool:
    """True if "in" or "at" at word n stands between a capitalised word and capitalised words to the mention's end:
    where the one named before works or is ("Zack Ford at ThinkProgress", "The ATF in Dallas", "Skeptics in
    Congress", "Administrators in Wallingford, Conn."), which heads the mention; not by a weekday or a month, nor
    before a title's word (`place_title_words`: "FBI Special Agent in Charge Richard DesLauriers")."""
    if (lower[n] != "in" and lower[n] != "at") or n + 1 >= len(words) or not words[n - 1][:1].isupper() \
            or not words[n - 1][:1].isalpha() or lower[n + 1] in rw.get("place_title_words", ()):
        return False
    for word in lower[n - 1:]:
        if word in rw.get("weekdays", ()) or word in rw.get("months", ()):
            return False
    for word in words[n + 1:]:
        if not word[:1].isupper() or not word[:1].isalpha():
            return False
    return True


def _noun_before_place(words: list[str], lower: list[str], n: int, rw: dict, heads: dict) -> bool:
    """True if the place preposition at word n stands between a lower-case noun and a name ("the most popular carrier
    in Maryland", "a U.S. citizen from Milwaukee"): the name places the noun, the mention's head; not after an adverb,
    participle or function word, nor before a date ("early in January", "a citizen from June"), nor after a
    document's head, which speaks for the name ("a report from Reuters": Reuters, as before)."""
    name = n + 2 if n + 2 < len(words) and lower[n + 1] == "the" else n + 1
    if name >= len(words) or not words[name][:1].isupper() or lower[name] in rw.get("weekdays", ()) \
            or lower[name] in rw.get("months", ()):
        return False
    before = lower[n - 1]
    return words[n - 1].isalpha() and words[n - 1].islower() and heads.get(before) != "document" and not (
        before in rw.get("boundaries", ()) or before in rw.get("auxiliaries", ()) or before in rw.get("determiners", ())
        or before in rw.get("subject_pronouns", ()) or before.endswith(("ly", "ed", "ing")))


def _places_document(words: list[str], lower: list[str], n: int, res: Resources) -> bool:
    """True if word n, a preposition of `document_places`, follows a document's head and comes before a name that says
    what the document is about or where it was made ("a recent poll in Michigan", "a poll of Republicans", "a report in
    August", "a survey in the United States"); not before a listed organisation or a name written with "The", which
    made it ("a report in Politico", "a poll in The Pittsburgh Tribune", "a report in British newspaper The
    Telegraph", "a report in the Times"). A head written with a capital is a name's ("the Institute for the Study of
    War", "the Fraternal Order of Police")."""
    if res.head_groups.get(lower[n - 1]) != "document" or not words[n - 1].islower():
        return False
    if lower[n] == "to":
        return True  # whom it was sent or spoken to, never its maker ("a letter to Speaker Nancy Pelosi", "an
        # administration report to Congress")
    start = n + 2 if n + 2 < len(words) and lower[n + 1] == "the" else n + 1
    if start < len(words) and words[start][:1].islower() and lower[n] != "of" and "The" not in words[start:] \
            and lower[n - 1] not in res.words.get("topic_free_heads", ()):
        return True  # "the definitive study on this question", "research into post-communist countries" (but "a
        # survey of voters outside of polling places", "record numbers of women": the phrase names the speaker)
    if start >= len(words) or not words[start][:1].isupper() or "The" in words[start:]:
        return False
    end = start
    while end < len(words) and words[end][:1].isupper():
        end += 1
    named = tuple(lower[start:end])
    if start > n + 1:
        return named in res.countries  # "in the United States"; not "in The Washington Post", "in the Times"
    return named not in res.organisations


def _held_in_bodies(titles: tuple) -> bool:
    """True if there are titles and each is held in companies and groups too (`held_in_bodies`: "president",
    "spokesman"; not "ambassador")."""
    for item in titles:
        if not item.get("held_in_bodies"):
            return False
    return bool(titles)


def _title_word(word: str) -> str:
    """A word in capitals as a name writes it: its first letter a capital, and the one after an apostrophe opening it
    ("O'ROURKE" -> "O'Rourke"; "FLOYD’S" -> "Floyd’s")."""
    if len(word) > 2 and word[1] in "'’":
        return word[:3] + word[3:].lower()
    return word[:1] + word[1:].lower()


def _and_in_body_name(words: list[str], lower: list[str], k: int, res: Resources) -> bool:
    """True if word k, an "and" between capitalised words, joins two parts of one body's name: the capitalised words
    after it end the mention in a body's head ("Securities and Exchange Commission", "Fish and Wildlife Service"), or
    those before it follow a body's head and link ("Department of Housing and Urban Development", "Center for the Study
    of Hate and Extremism"); not "Kerry and Lavrov", nor where a listed first name follows ("the Center for
    Reproductive Rights and Steve Brooks")."""
    if k == 0 or k + 1 >= len(words) or not words[k - 1][0].isupper() or not words[k + 1][0].isupper():
        return False
    for n in range(k + 1, len(lower)):
        if lower[n] in res.genders:
            return False
    rw = res.words
    heads = rw.get("body_name_heads", ())
    if lower[-1] in heads and _all_capitalised(words, k + 1, len(words)):
        return True
    m = k - 1
    while m > 0 and words[m][0].isupper():
        m -= 1
    return 0 < m and _joins_body_name(words, lower, m, rw.get("body_name_links", ()), heads)


def _possessor_end(text: str, res: Resources) -> int:
    """Where the last capitalised possessor before a capitalised name ends in a mention ("The Times's| Maggie
    Haberman", "ACRONYM's| McGowan", "Obama's| Secretary of State John Kerry"), or 0: a possessor that is a
    common word names no body ("People's Daily", "Women's March"), nor one before a body's head that ends the mention
    ("the Harris County Sheriff's Office", "the Attorney General's Office"), nor one after "by"."""
    at, end = -1, 0
    heads = res.words.get("body_name_heads", ())
    while True:
        at = _next_apostrophe(text, at + 1)
        if at < 0:
            return end
        after = at + 2 if text.startswith("s", at + 1) else at + 1  # "Times's", "Democrats'"
        if after + 1 < len(text) and text[after] == " " and text[after + 1].isupper() and not (
                text.find(" ", after + 1) < 0 and text[after + 1:].lower() in heads):
            start = text.rfind(" ", 0, at) + 1
            if text[start:start + 1].isupper() and text[start:at].lower() not in _derived(res, "_common_words",
                                                                                          _common_words) \
                    and text.find(" by ", 0, start) < 0 and not (
                        text.startswith(" of ", start - 4) and _person_before_of(text[:start - 4], text[after + 1:], res)):
                # (not the agent's: "a panel led by MSNBC's Chris Matthews"; nor where a person named before works:
                # "Dr. Aamir Bilal of Peshawar's Lady Reading Hospital")
                end = after


def _person_before_of(before: str, after: str, res: Resources) -> bool:
    """True if the words `before` an "of" end in a person's name of two words or more, and those `after` the
    possessive that follows the "of" are all capitalised: where the person works ("Dr. Aamir Bilal of Peshawar's Lady
    Reading Hospital"; not "the District of Columbia's Superior Court", "Congress Members of Trump's Cabinet", "Pant
    of King's College London" or "Mayor Reinhard Naumann of Berlin's Charlottenburg-Wilmersdorf district")."""
    words, named = before.split(" "), after.split(" ")
    return len(words) > 1 and words[-2][:1].isupper() and _head_is_named(before, res) \
        and words[-1].lower() not in res.words.get("body_name_heads", ()) and _all_capitalised(named, 0, len(named))


def _next_apostrophe(text: str, start: int) -> int:
    """Index of the next ' or ’ in `text` from `start`, or -1."""
    straight, curly = text.find("'", start), text.find("’", start)
    return curly if straight < 0 else straight if curly < 0 else min(straight, curly)


def _head_is_named(head: str, res: Resources) -> bool:
    """True if a mention's head ends in a name: a capitalised last word that is no head noun, common word or title
    word ("Jason Sims", "Ohio congressman Jim Jordan", "the Arab League"; not "The Arizona senator", "the No. 2 House
    Democrat", "At least one Republican")."""
    words = head.split(" ")
    last = words[-1]
    low = last.lower()
    if _surname_title(words, len(words) - 1, len(words), res):
        return True  # "Steve Judge": a first name and a surname, whatever else the surname may be
    return last[:1].isupper() and low not in res.head_groups and low not in res.anonymous_heads \
        and low not in _derived(res, "_common_words", _common_words) and low not in _derived(res, "_title_words",
                                                                                             _title_words)


def _surname_title(words: list[str], start: int, end: int, res: Resources) -> bool:
    """True if words[start:end] (a title, or any word) is one capitalised word ending the words after a first name of
    the [names] lists: a surname ("Steve Judge"; not "President Obama")."""
    return end == start + 1 == len(words) and start > 0 and words[start][:1].isupper() \
        and words[start - 1][:1].isupper() and words[start - 1].lower() in res.genders


def _named_person_before(words: list[str], lower: list[str], n: int, res: Resources) -> bool:
    """True if words[:n] end in a person's name of two or more capitalised words and a determiner and any words, or
    capitalised words, follow n ("Sen. Jeff Sessions of Alabama", "Patrick Clawson of the Washington Institute",
    "Scott Paul of the aid organization Oxfam America", "Jared Bernstein of the Center on Budget and Policy
    Priorities"; not "the Bank of America", "Secretary of State John Kerry", "White House Chief of Staff", "The Office
    of Special Counsel")."""
    determiners = res.words.get("determiners", ())
    links, heads = res.words.get("body_name_links", ()), res.words.get("body_name_heads", ())
    k = n
    while k > 0 and words[k - 1][0].isupper() and lower[k - 1] not in determiners:
        k -= 1
    last = lower[n - 1]
    if n - k < 2 or n + 1 >= len(words) or last in heads \
            or last in _derived(res, "_title_words", _title_words) or last in _derived(res, "_common_words", _common_words):
        return False
    if lower[n + 1] in determiners and n + 2 < len(words):
        return True  # "Scott Paul of the aid organization Oxfam America", "Arthur Evans of the institute"
    after = n + 1
    suffixes = res.words.get("organisation_suffixes", ())
    for k in range(after, len(words)):  # "Yehuda Ben Meir of the Institute for National Security Studies"
        if not (words[k][0].isupper() or _joins_body_name(words, lower, k, links, heads) or (
                k == len(words) - 1 and k > after and lower[k] in suffixes)):  # "Douglas Waller of Time magazine"
            return False
    return True


def _title_words(res: Resources) -> frozenset:
    """The words of the titles' keys ("secretary", "state", "chief", "staff")."""
    return frozenset(word for key in res.titles for word in key)


def _name_within(name: str, appositive: str) -> str:
    """`name` without its first words that are not in `appositive` (the name after a comma; "European Council
    Donald Tusk" -> "Donald Tusk"), keeping at least its last word."""
    words, kept = name.split(" "), _words(appositive)
    start = 0
    while start < len(words) - 1 and words[start] not in kept:
        start += 1
    return " ".join(words[start:]) if start else name


def _names_someone(appositive: str, rw: dict) -> bool:
    """True if the words after a mention's head name someone, where the head ("the state's attorney general") is no
    name by itself: they start with a capital ("Greg Abbott") or, opening with no determiner or relative pronoun,
    end in two capitalised words ("former Gov. Christine Todd Whitman", "spokeswoman Jen Psaki"; not "a former
    chairman of the Iowa Republican Party", "who follow the Texan Cruz", "including Sen. Ted Cruz")."""
    words = appositive.split()
    if not words or words[0][0].isupper():
        return bool(words)
    first = words[0].lower()
    if len(words) < 2 or not words[-1][0].isupper() or not words[-2][0].isupper() or \
            first in rw.get("relative_pronouns", ()) or first in rw.get("example_openers", ()):
        return False
    if first not in rw.get("determiners", ()):
        return True
    # after a determiner, a name right after a noun ("the former Goldman Sachs banker Steve Mnuchin"; not "a former
    # chairman of the Iowa Republican Party")
    k = len(words) - 2
    while k > 0 and words[k - 1][0].isupper():
        k -= 1
    before = words[k - 1] if k > 0 else ""
    return before.isalpha() and before.islower() and before not in rw.get("determiners", ()) and \
        before not in rw.get("opening_prepositions", ()) and before not in rw.get("clause_conjunctions", ())


def _word_before(text: str, at: int, reach: int) -> str | None:
    """The lower-case word (a-z, inner hyphens) that ends in spaces, on the same line, right before `at`, starting
    within `reach` characters of it and after no word character or apostrophe; else None. The same word as the
    regex search `(?<![\\w'’])([a-z][a-z\\-]+)[^\\S\\n]+$` over text[at - reach:at] captures, read backwards from
    `at` instead of tried at each start."""
    start = at - reach if at > reach else 0
    end = at
    if end > start and text[end - 1] == "\n":
        end -= 1  # the regex's `$` matches before a line break ending the text searched, too
    spaces = end
    while spaces > start and text[spaces - 1] != "\n" and text[spaces - 1].isspace():
        spaces -= 1
    if spaces == end:
        return None
    first = spaces
    while first > start and ("a" <= text[first - 1] <= "z" or text[first - 1] == "-"):
        first -= 1
    for s in range(first, spaces - 1):  # a word of two characters or more, opening with a letter
        if "a" <= text[s] <= "z":
            ch = text[s - 1] if s else " "
            if not (ch.isalnum() or ch == "_" or ch == "'" or ch == "’"):  # not after a word character (\w) or apostrophe
                return text[s:spaces]
    return None


def _is_word_char(ch: str) -> bool:
    """True for a character of the regex class \\w."""
    return ch.isalnum() or ch == "_"


def _all_capitalised(words: list[str], start: int, end: int) -> bool:
    """True if every word of words[start:end] starts with a capital letter (a loop: no closure for the compiled build)."""
    for word in words[start:end]:
        if not word[0].isupper():
            return False
    return True


def _all_in(words: list[str], start: int, among) -> bool:
    """True if every word of words[start:] is one of `among`."""
    for word in words[start:]:
        if word not in among:
            return False
    return True


def _first_in(words: list[str], start: int, among) -> int | None:
    """The index of the first word from `start` on whose lower-cased form is one of `among`, or None."""
    for n in range(start, len(words)):
        if words[n].lower() in among:
            return n
    return None
