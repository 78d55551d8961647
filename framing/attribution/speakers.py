"""Resolve source mentions to canonical speakers within one document, with group and country."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .resources import Resources

_WORD = re.compile(r"[\w][\w'’.\-&]*[\w.]|[\w]")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’.\-]*\.?\s+(?:(?:of|de|al|bin|van|von|the)\s+)?){0,6}[A-Z][\w'’\-]*")


@dataclass(frozen=True)
class Speaker:
    """A resolved source: canonical name, group, country, and what kind of thing it is."""

    name: str | None
    group: str
    country: str | None
    anonymous: bool = False
    person: bool = False


def _words(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", w) if w[0].isupper() else w for w in _WORD.findall(text)]


_INDEXES: dict[int, dict] = {}


def _find_keys(lower: list[str], table: dict) -> list[tuple[int, int, object]]:
    """Non-overlapping longest matches of multi-word keys of `table` in `lower`."""
    index = _INDEXES.get(id(table))
    if index is None:
        index = {}
        for key in sorted(table, key=len, reverse=True):
            index.setdefault(key[0], []).append(key)
        _INDEXES[id(table)] = index
    out, i, n = [], 0, len(lower)
    while i < n:
        keys = index.get(lower[i])
        if keys:
            for key in keys:
                size = len(key)
                if tuple(lower[i:i + size]) == key:
                    out.append((i, i + size, table[key]))
                    i += size
                    break
            else:
                i += 1
        else:
            i += 1
    return out


class SpeakerResolver:
    """Canonical speakers for one document; feed it sources in document order."""

    def __init__(self, text: str, resources: Resources):
        self.res = resources
        self.surnames: dict[str, str] = {}      # "kerry" -> "John Kerry"
        self.profiles: dict[str, Speaker] = {}  # canonical -> richest profile seen
        self.roles: list[tuple[int, set[str], str]] = []  # (position, title keys, canonical)
        self.recent_person: str | None = None
        self.mentions: list[tuple[int, str]] = []  # (position, canonical person) of names in the text
        self.recent_group: str | None = None
        self._prescan(text)

    # -- names seen anywhere in the text -------------------------------------------------
    def _prescan(self, text: str) -> None:
        res = self.res
        for item in {id(v): v for v in res.people.values()}.values():
            name = item["name"]
            self.profiles[name] = Speaker(name, item.get("group", "other"), item.get("country"), person=True)
        singles = []
        for match in _CAPITALISED_RUN.finditer(text):
            run = match.group(0)
            if " " not in run:
                singles.append((match.start(), run))
                continue
            words = _words(run)
            name, title_words = self._split_name(words)
            if name and len(name.split()) >= 2:
                self._register_name(name)
                self.mentions.append((match.start(), self.surnames.get(name.lower(), name)))
                if title_words:
                    self._register_role(match.start(), title_words, name)
        for position, word in singles:
            canonical = self.surnames.get(_POSSESSIVE.sub("", word).lower())
            if canonical:
                self.mentions.append((position, canonical))
        self.mentions.sort()

    def _split_name(self, words: list[str]) -> tuple[str | None, list[str]]:
        """The trailing personal name in `words` and the title words before it."""
        res = self.res
        lower = [w.lower() for w in words]
        special = res.special_words
        if special.isdisjoint(lower) and special.isdisjoint([w.rstrip(".") for w in lower]):
            start = 0
            while start < len(words) and not words[start][0].isupper():
                start += 1
            k = len(words)
            while k > start and (words[k - 1][0].isupper() or lower[k - 1] in ("de", "al", "bin", "van", "von")):
                k -= 1
            if k == start:
                return " ".join(words[start:]) or None, []
        lower = [w.rstrip(".") if w.rstrip(".") in res.honorifics else w for w in lower]
        taken = [False] * len(words)
        for table in (res.titles, res.countries, res.organisations):
            for s, e, _ in _find_keys(lower, table):
                for k in range(s, e):
                    taken[k] = True
        name_words: list[str] = []
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if taken[k] or lower[k] in res.honorifics or lower[k] in res.anonymous_heads or not (w[0].isupper() or w.lower() in ("de", "al", "bin", "van", "von")):
                break
            name_words.append(w)
        name_words.reverse()
        while name_words and not name_words[0][0].isupper():
            name_words.pop(0)
        title_words = [w for w, t in zip(lower, taken) if t]
        return (" ".join(name_words) or None), title_words

    def _register_name(self, name: str) -> None:
        parts = name.split()
        canonical = self.res.people.get(tuple(p.lower() for p in parts), {}).get("name", name)
        for size in (1, 2):
            if len(parts) > size:
                self.surnames.setdefault(" ".join(parts[-size:]).lower(), canonical)
        self.surnames.setdefault(name.lower(), canonical)

    def _register_role(self, position: int, title_words: list[str], name: str) -> None:
        keys = set()
        for s, e, item in _find_keys(title_words, self.res.titles):
            keys.add(item["title"].lower())
        if keys:
            self.roles.append((position, keys, self.surnames.get(name.lower(), name)))

    def _mentioned_before(self, position: int) -> str | None:
        """The person named last before `position` (for a pronoun when no speaker came before)."""
        import bisect

        i = bisect.bisect_left(self.mentions, (position, ""))
        return self.mentions[i - 1][1] if i else None

    # -- resolving a source mention -----------------------------------------------------
    def resolve(self, text: str, *, position: int, context: str = "", update: bool = True) -> Speaker:
        """Resolve a source mention at `position`; `context` is its sentence (anonymity markers)."""
        speaker = self._resolve(text, position=position, context=context.lower())
        if not speaker.name:
            return speaker
        known = self.profiles.get(speaker.name)
        if known and (speaker.group == "other" or (known.country and not speaker.country)):
            speaker = Speaker(speaker.name, known.group if speaker.group == "other" else speaker.group,
                              speaker.country or known.country, speaker.anonymous, speaker.person or known.person)
        if not update:
            return speaker
        if not known or (known.group == "other" and speaker.group != "other") or (speaker.country and not known.country):
            self.profiles[speaker.name] = speaker
        if speaker.person:
            self.recent_person = speaker.name
        elif not speaker.anonymous:
            self.recent_group = speaker.name
        return speaker

    def _resolve(self, text: str, *, position: int, context: str) -> Speaker:
        res = self.res
        head = re.split(r"\s*(?:,|—|–|\(|\bwho\b)\s*", text, maxsplit=1)[0]
        if head and head != text and len(head.split()) >= 1 and head[0].isupper():
            text = head  # "Jason Sims — a teacher from ..." -> "Jason Sims"
        words = _words(text)
        if not words:
            return Speaker(None, "other", None)
        lower = [w.lower() for w in words]
        rw = res.words
        if len(lower) == 1 and lower[0] in rw.get("person_pronouns", ()):
            name = self.recent_person or self._mentioned_before(position)
            return self.profiles.get(name, Speaker(name, "other", None, person=True)) if name else Speaker(None, "other", None)
        while lower and lower[0] in rw.get("determiners", ()):
            lower.pop(0)
            words.pop(0)
        if not words:
            return Speaker(None, "other", None)
        if len(lower) == 1 and lower[0] in rw.get("person_pronouns", ()):
            name = self.recent_person
            return self.profiles.get(name, Speaker(name, "other", None, person=True)) if name else Speaker(None, "other", None)
        if len(lower) == 1 and lower[0] in rw.get("group_pronouns", ()):
            name = self.recent_group or self.recent_person
            return self.profiles.get(name, Speaker(name, "other", None)) if name else Speaker(None, "other", None)
        country = None
        for _, _, c in _find_keys(lower, res.countries):
            country = c
            break
        anonymous = any(m in context for m in res.anonymous_markers)
        name, title_words = self._split_name(words)
        titles = [item for _, _, item in _find_keys([w for w in lower], res.titles)]
        orgs = [item for _, _, item in _find_keys(lower, res.organisations)]
        group = titles[-1]["group"] if titles else (orgs[-1]["group"] if orgs else "other")
        if orgs and not country:
            country = orgs[-1].get("country")
        if name and not anonymous:
            key = tuple(name.lower().split())
            person_item = res.people.get(key)
            if person_item:
                canonical = person_item["name"]
            else:
                canonical = self.surnames.get(name.lower(), name)
            org_item = res.organisations.get(key)
            if org_item and not person_item:
                return Speaker(org_item["name"], org_item.get("group", "other"), org_item.get("country") or country)
            if key in res.countries and not titles:
                return Speaker(res.countries[key], "government", res.countries[key])
            is_person = len(canonical.split()) >= 2 or bool(titles) or canonical in self.profiles
            if title_words and titles:
                self._register_name(canonical)
                self._register_role(position, title_words, canonical)
            return Speaker(canonical, group, country, person=is_person)
        if titles and not orgs:
            keys = {item["title"].lower() for item in titles}
            keys |= res.role_aliases.get(tuple(lower), set())
            for pos, role_keys, canonical in reversed(self.roles):
                if pos <= position and role_keys & keys:
                    return self.profiles.get(canonical, Speaker(canonical, group, country, person=True))
        alias_keys = res.role_aliases.get(tuple(w for w in lower if (w,) not in res.countries), set())
        if alias_keys:
            for pos, role_keys, canonical in reversed(self.roles):
                if pos <= position and role_keys & alias_keys:
                    return self.profiles.get(canonical, Speaker(canonical, group, country, person=True))
        head = lower[-1].rstrip(".")
        cut = lower.index("who") if "who" in lower else len(words)
        if anonymous or (head in res.anonymous_heads and not orgs) or (0 < cut < len(lower) and lower[cut - 1] in res.anonymous_heads and not orgs):
            label = " ".join(words[:cut])
            return Speaker(label, "anonymous", country, anonymous=True)
        if orgs:
            org = orgs[-1]
            return Speaker(org["name"], org.get("group", "other"), org.get("country") or country)
        key = tuple(lower)
        if key in res.countries:
            return Speaker(res.countries[key], "government", res.countries[key])
        return Speaker(" ".join(words), group, country)
