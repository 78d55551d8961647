"""Rule-based attribution extraction: cues from the reporting-verb lexicon, sources and content around them.

>>> from framing.document import Document
>>> [a.speaker for a in extract_attributions(Document("d", "Kerry said the talks failed."))]
['Kerry']
"""
from __future__ import annotations

import re
from itertools import accumulate as _accumulate, compress as _compress, count as _count
from bisect import bisect_left as _bisect_left
from operator import sub as _sub

from ..text import POST, POST_DASHES, SIGNER
from .model import Attribution, Part
from .resources import CueForm, Resources, load_resources
from .segments import sentences_and_quotes
from .speakers import Speaker, SpeakerResolver, _holds_any, _joins_body_name, _new_record, _with_noun_of, _word_before

_TOKEN = re.compile(r"\w+(?:[-'’.&]\w+|(?<=\d),\d{3}(?!\w))*|[^\w\s]")  # "1,100" is one word
# a token with the whitespace before it; the possessive \s*+ never backtracks over a run of spaces, and nothing after the
# word part can fail, so its inner quantifiers need not be possessive (a possessive group repeat is slower in `re`)
_PIECE = re.compile(r"\s*+(?:\w+(?:[-'’.&]\w+|(?<=\d),\d{3}(?!\w))*+|[^\w\s])")
_compiled_tokens = None  # setup.py's compiled copy imports the compiled tokenizer here (framing/attribution/_tokens.pyx)
_compiled_has_cue_word = None  # and the compiled cue-word gate here
_compiled_folded_lower = None  # and the compiled lower-casing of a document here
_compiled_cue_candidates = None  # and the compiled search for a sentence's words that may begin a cue here
_compiled_occurring = None  # and the compiled search for the anonymity markers a document holds here
_WORD = re.compile(r"[a-z]+")
_BY_EVIDENCE = re.compile(r"(?:([a-z]+) )?([a-z]+) by $")  # the two words before a source's "by"
_CLOSERS = set('"”’»\'')
_OPENERS = set('"“‘«')
_ASIDE_OPENERS = (",", "—", "–", "(")  # marks that open an aside ("fundraisers, called bundlers, who")
_ASIDE_CLOSERS = (",", "—", "–", ")", ";", ":")  # and the marks that end one (or the sentence's end)
_CLAUSE_PUNCT = set(",;:()[]—–") | _CLOSERS | _OPENERS
_CAPITAL_AFTER = frozenset("([:")  # "According" after these opens a clause of its own ("(According to ...")
_PHRASE_STOPS = set(",;:()[]—–?!")
_ASIDE_MARKS = (",", "—", "–")  # the marks around an aside after "that" ("that, in 2016, ...")
_POSSESSIVE = re.compile(r"\w(?:['’]s)$", re.I)  # only a token ending in s or S can match
_POSSESSOR_PRONOUNS = ("his", "her", "their", "its")  # the pronouns that are a noun cue's source ("his claim")
_POSSESSED_START = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)*['’]s? ")  # "Trump's former adviser who", a possessor first
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Jr\.|Sr\.|Inc\.|Co\.")
# Part(...), Attribution(...) and Speaker(...) are made as _new_record(Part, fields), that is tuple.__new__(Part,
# fields): the same objects without the Python-level __new__ of a named tuple (speakers' _new_record, which the compiled
# copies take from _tokens)
_ABBREV_THIRD = frozenset("MDJSCnr")  # the letter before the last lower-case one of Mr. Ms. Dr. Jr. Sr. Inc. Co. Mrs.
# a dash before the name signing a quotation ("...” ― Sonya Herridge", "- Sanders."): a post's dashes or a hyphen
_SIGNATURE_DASHES = POST_DASHES + "-"
_SIGNATURE = CueForm(("—",), "—", "neutral", False)
_BEFORE_OPENING_MARK = "([{—–-:"  # what may stand right before a quotation's opening mark, besides a space
_BEFORE_NEW_CLAUSE = (".", "-", "--", "—", "–")  # marks after which a pronoun opens a clause of its own ("Part D. He")
_LABEL_DASHES = ("–", "—")  # a heading's dash before a speaker's label and colon ("EXCLUSIVE – Roger Stone: ...")
_EVIDENCE_IN = CueForm(("in",), "in", "neutral", False)  # the cue of a poll's finding ("in the latest poll")


class _Tokens:
    """Word and punctuation tokens of one sentence, as parallel lists (a typed class in the compiled build)."""

    __slots__ = ("starts", "ends", "text", "low")

    def __init__(self, starts: list[int], ends: list[int], text: list[str], low: list[str]):
        self.starts, self.ends, self.text, self.low = starts, ends, text, low

    def __len__(self) -> int:
        return len(self.starts)


def _tokenize(text: str, start: int, end: int, lower: str | None = None) -> _Tokens:
    """Tokens of text[start:end]; `lower` is the whole text lower-cased with ’ folded to ' (same length).

    One regex pass finds each token with the whitespace before it; offsets follow from the lengths. (The
    compiled build finds the same tokens, lower-cased too, with a loop over characters, `_tokens.tokens`.)
    """
    if _compiled_tokens is not None:
        starts, ends, words, low = _compiled_tokens(text, start, end)
        if low is not None:        # lower-casing kept every word's length (the compiled loop lower-cased them)
            return _Tokens(starts, ends, words, low)
    else:
        pieces = _PIECE.findall(text, start, end)
        ends = list(_accumulate(map(len, pieces), initial=start))
        del ends[0]
        words = list(map(str.lstrip, pieces))
        starts = list(map(_sub, ends, map(len, words)))
    joined = "\x00".join(words)
    folded = joined.lower()
    if not words:
        low = []
    elif len(folded) == len(joined) and text.find("\x00", start, end) < 0:  # a NUL token would split in two
        low = folded.replace("’", "'").split("\x00")
    elif lower is not None and len(folded) != len(joined):  # lower-casing changed a length: slice the document's form
        low = [lower[a:b] for a, b in zip(starts, ends)]
    else:
        low = [w.lower().replace("’", "'") for w in words]
    return _Tokens(starts, ends, words, low)


_CLAUSE_MARKS = (",", ";", ":", "—", "–", "(", ")", '"', "“", "”")  # marks a clause read back to its "who" stops at
_ASIDE_TOKENS = 30  # a bracket of fewer tokens between a subject and its cue is an aside on the subject
_ASIDE_REPORT_TOKENS = 8  # a report set off as an aside (", the lawmakers said,") has no more tokens
_AGENT_WORDS = 10  # a passive's agent ("was criticized by ...") has at most so many words
_FOR_AGENT_WORDS = 9  # "for" and at most eight words of an infinitive's agent ("for liberals to see")
_ACCORDING_WORDS = 16  # and the source of "according to" ("a report by the Office of Inspector General")
_SETTING_WORDS = 12  # a phrase of place or time between a cue and "that" has at most so many words ("during an
# interview on a Corpus Christi radio program Tuesday that")
_LISTENER_WORDS = 6  # a capitalised listener between a cue and "that" has at most so many words ("told The Associated Press")
_FRONTED_WORDS = 6  # a phrase of at most so many words before "according to X," or "X said," mid-sentence is no clause
_LABEL_WORDS = 8   # a quotation of more words is not read as a label (a title, a term) by `label_before`
_PUBLISHED_REACH = 10  # a document's clause of publishing before a cue ("published Friday in the New Yorker") has
# at most so many tokens
_APPOSITIVE_TOKENS = 30  # an inverted source's appositives span at most so many tokens ("said X, chairman of ...")


# the word lists of the resources that the rules read, each kept on _Tables under its own name (an empty set where
# the resources lack it)
_WORD_LISTS = ("adjective_determiners", "addressee_verbs", "adjective_prepositions", "adverbial_pairs", "after_inverted",
               "after_name_forms",
               "agent_participles", "agentless_passive_stances", "agreeing_forms", "appearance_verbs",
               "as_complement_verbs",
               "auxiliaries", "bare_catenatives", "bare_noun_light_verbs", "body_name_heads", "body_name_links",
               "boundaries", "call_compounds", "catenatives", "clause_adverbs", "clause_conjunctions",
               "clause_only_verbs", "colon_not_sources", "comment_openers", "compound_modifier_ends",
               "content_openers", "contractions",
               "coordinated_modifiers", "coordinated_stances", "copulas",
               "cue_particles", "day_parts", "degree_adverbs",
               "depicting_verbs", "depictions", "determiners", "document_places", "evidence_compounds",
               "evidence_not_after", "evidence_nouns", "evidence_postmodifiers", "evidence_sources",
               "evidential_adverbs", "example_markers", "experiencer_stances", "expletive_subjects",
               "extraposing_verbs", "finding_verbs",
               "finite_auxiliaries", "focus_adverbs", "for_heads",
               "gap_stops", "gapped_particles", "gerund_subjects", "group_pronouns", "idiom_openers",
               "imperative_markers",
               "impersonal_subjects", "indefinite_objects", "intensifiers", "intensive_reflexives",
               "inverting_verbs",
               "light_verb_nouns",
               "light_verbs", "main_clause_verbs", "modals", "modified_nouns", "month_prepositions", "months",
               "name_openers", "named_subject_forms", "negations", "not_person_nouns", "object_cue_verbs",
               "naming_forms", "naming_participles", "nominal_object_stances", "nominal_objects", "not_adverbs",
               "noun_base_forms",
               "not_before_clause_subject", "not_source_ends", "not_source_heads", "np_breakers", "number_words",
               "object_first_participles",
               "object_case_pronouns", "object_heads", "objects", "opening_prepositions", "organisation_suffixes",
               "parenthetical_verbs", "parentheticals", "participle_followers", "participle_openers",
               "particle_cue_verbs", "passive_cues",
               "person_pronouns", "phone_particles", "phoned_pronouns", "phoning_verbs", "phrasal_particles",
               "phrase_only_lemmas",
               "place_prepositions", "plural_finite_verbs", "plural_heads", "pronoun_determiners",
               "publishing_participles", "quantifiers",
               "question_openers", "raised_participles", "raising_verbs", "receiving_verbs",
               "relative_place_prepositions",
               "relative_object_openers", "relative_pronouns", "relative_times",
               "self_pronouns",
               "sentence_openers", "setting_complements", "setting_prepositions", "signature_links",
               "singular_determiners", "source_postmodifiers", "standing_polls", "subject_modifiers",
               "subject_prepositions",
               "subject_passive_cues", "subject_pronouns", "taken_cue_nouns", "taking_verbs", "that_forms",
               "time_adjectives",
               "time_amounts", "time_determiners", "time_nouns", "time_openers", "time_words", "times_before_cue",
               "title_to_heads", "topic_free_heads",
               "to_heads", "unphoned_boundaries", "unquoting_stances", "weekdays", "with_nouns")


class _Tables:
    """Lookup tables derived from the resources (built once per resources; a typed class in the compiled build, whose
    tables are then read as C fields)."""

    __slots__ = ("according_lemmas", "verb_only", "barring", "plural_noun_endings", "gapped", "evidence_stems",
                 "pronouns_or_determiners", "closed_words", "finite_words", "proper_adjective_endings",
                 "adjective_endings", "plain_adjective_endings",
                 "modifier_adjective_endings", "person_noun_endings", "idioms", "before_cue", *_WORD_LISTS)

    def __init__(self, res: Resources):
        words = res.words
        self.according_lemmas = frozenset(" ".join(p) for p in res.phrases.get("according", ()))
        # cue first words all of whose forms are verbs
        self.verb_only = frozenset(w for w, forms in res.cues.items() if forms and not any(f.nominal for f in forms))
        # cue first words with a form whose entry bars words after it (`not_followed_by`: "think" of "think tank")
        self.barring = frozenset(w for w, forms in res.cues.items() if any(f.not_followed for f in forms))
        self.plural_noun_endings = tuple(words.get("plural_noun_endings", ()))
        self.proper_adjective_endings = tuple(words.get("proper_adjective_endings", ()))
        self.adjective_endings = tuple(words.get("adjective_endings", ()))
        self.plain_adjective_endings = tuple(words.get("plain_adjective_endings", ()))
        self.modifier_adjective_endings = tuple(words.get("modifier_adjective_endings", ()))
        self.person_noun_endings = tuple(words.get("person_noun_endings", ()))
        # verb form -> its two-word cue forms ending in a gapped particle ("spoke" -> "spoke about", ...)
        self.gapped = _gapped_forms(res.cues, frozenset(words.get("gapped_particles", ())))
        # person, group and self pronouns, and determiners: words that open a phrase
        self.pronouns_or_determiners = frozenset().union(*(words[name] for name in
                                                           ("person_pronouns", "group_pronouns", "self_pronouns",
                                                            "determiners")))
        # prepositions and conjunctions, auxiliaries, subject and object pronouns: closed classes, never a source's noun
        self.closed_words = frozenset().union(*(words.get(name, ()) for name in
                                                ("boundaries", "auxiliaries", "subject_pronouns", "objects")))
        # modals and finite auxiliaries: inside the words before a cue they make a clause (`holds_finite_verb`)
        self.finite_words = frozenset().union(*(words.get(name, ()) for name in
                                                ("modals", "finite_auxiliaries", "plural_finite_verbs")))
        self.idioms = _idiom_index(res)
        self.before_cue = {}  # last word -> the `before_cue` phrases ending in it ("in a statement": "statement")
        for phrase in res.phrases.get("before_cue", ()):
            self.before_cue[phrase[-1]] = (*self.before_cue.get(phrase[-1], ()), phrase)
        for name in _WORD_LISTS:  # the word lists the rules read, as fields: no dict lookup per word
            setattr(self, name, frozenset(words.get(name, ())))
        # the evidence nouns holding no other ("poll", "survey"): where a text holds none of them, no sentence names a
        # poll for `evidence_inline`
        nouns = self.evidence_nouns
        self.evidence_stems = tuple(sorted(n for n in nouns if not any(m != n and m in n for m in nouns)))


def _idiom_index(res: Resources) -> dict:
    """word -> ((offset, first word -> ((phrase, opening), ...)), ...): the set phrases of `idioms` (opening False)
    and `opening_idioms` (True) holding the word at that offset, grouped by offset and by their first word (so a cue
    word of many phrases, "said", is checked once per offset)."""
    grouped: dict = {}
    for name in ("idioms", "opening_idioms"):
        for phrase in res.phrases.get(name, ()):
            for offset, word in enumerate(phrase):
                by_first = grouped.setdefault(word, {}).setdefault(offset, {})
                by_first[phrase[0]] = (*by_first.get(phrase[0], ()), (phrase, name == "opening_idioms"))
    return {word: tuple(offsets.items()) for word, offsets in grouped.items()}


# the tables' key on the resources: its own per module, for the compiled copy's _Tables is another class than this one
_TABLES = "_extract_tables@" + __name__


def _tables(res: Resources) -> _Tables:
    """The derived tables of `res`, kept on it."""
    tables = res.__dict__.get(_TABLES)
    if tables is None:
        tables = res.__dict__[_TABLES] = _Tables(res)
    return tables


def _gapped_forms(cues: dict, particles: frozenset) -> dict:
    """First word -> the verbal two-word cue forms whose second word is a particle that may stand apart."""
    found: dict = {}
    for word, forms in cues.items():
        for form in forms:
            if len(form.words) == 2 and form.words[1] in particles and not form.nominal:
                found.setdefault(word, []).append(form)
    return found


class _Extractor:
    """Extraction state for one document."""

    def __init__(self, doc, res: Resources):
        self.doc, self.text, self.res = doc, doc.text, res
        self.lower = _folded_lower(doc.text)
        if self.lower is None:  # a few characters change length when lower-cased
            self.lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in doc.text).replace("’", "'")
        self.cues, self.anonymous_heads = res.cues, res.anonymous_heads  # read for every token: kept on the extractor
        self.cue_keys = res.cue_keys
        self.sentences, self.quotes = sentences_and_quotes(doc)
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]
        self.anonymity: dict[int, bool] = {}  # sentence start -> has an anonymity marker
        self.clause_starts: dict[int, int] = {}  # cue start -> where the clause's rest before it starts (`clause_rest`)
        markers = res.anonymous_markers
        # the ones this text holds (the compiled search: one pass over the text for all of them)
        self.markers = [m for m in markers if m in self.lower] if _compiled_occurring is None else \
            _compiled_occurring(self.lower, markers)
        self.tables = _tables(res)
        self.according_lemmas = self.tables.according_lemmas
        self.speakers = SpeakerResolver(self.text, res, sentences=self.sentences,
                                        date=getattr(doc, "date", "") or "")
        self.out: list[Attribution] = []
        self.evidential_words: tuple = ()  # the evidential adverbs this text holds (set by run)

    # -- helpers -------------------------------------------------------------------------
    def part(self, start: int, end: int) -> Part | None:
        text = self.text
        if text.find(")", start, end) >= 0:
            end = _bracket_end(text, start, end)
        while start < end and text[start].isspace():
            start += 1
        if start < end and text[start] in "([" and text.find(")", start, end) < 0 and text.find("]", start, end) < 0:
            start += 1  # "(Poster: ...": a bracket the part does not close is not the part's
            while start < end and text[start].isspace():
                start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—(["):
            end -= 1
        if end > start and text[end - 1] == "." and not _ends_abbrev(text, start, end):
            end -= 1
        return _new_record(Part, (start, end, text[start:end])) if end > start else None

    def whole_quote(self, quote) -> Part:
        """A quotation, its marks included, as a part."""
        return _new_record(Part, (quote.start, quote.end, self.text[quote.start:quote.end]))

    def quote_at(self, pos: int):
        i = _after(self.quote_starts, pos) - 1  # the last quote starting at or before pos
        if i >= 0 and pos < self.quote_ends[i]:
            return self.quotes[i]
        return None

    def match_cue(self, toks: _Tokens, i: int) -> list[CueForm]:
        """All cue forms starting at token i (longest first, then the same length's other readings)."""
        found, size, low = [], 0, toks.low
        for form in self.cues.get(low[i], ()):
            n = len(form.words)
            if n < size:
                break
            if (n == 1 or tuple(low[i:i + n]) == form.words) and not (  # a one-word form is its index word
                    form.not_followed and i + n < len(low) and low[i + n] in form.not_followed):
                found.append(form)
                size = n
        return found

    def gapped_cue(self, toks: _Tokens, i: int) -> list[CueForm]:
        """A two-word cue with words between its verb and particle ("spoke favorably of", "spoke to CNN about"),
        as one form over the whole span; [] if there is none."""
        low = toks.low
        heads = self.tables.gapped.get(low[i])
        if heads is None or i + 1 >= len(low) or not _initial_lower(toks.text[i]):
            return []
        particles = self.tables.gapped_particles
        stops = self.tables.gap_stops
        for k in range(i + 1, min(len(low), i + 7)):
            word = low[k]
            for form in heads:
                if word == form.words[1] and k > i + 1 and (word != "of" or all(w.endswith("ly") for w in low[i + 1:k])):
                    return [CueForm(tuple(low[i:k + 1]), form.lemma, form.stance, False)]
            if not _initial_alnum(toks.text[k]) or word in stops or word in particles or word in self.cues:
                return []
        return []

    def in_idiom(self, toks: _Tokens, i: int) -> bool:
        """True if token i lies in a set phrase of the `idioms` list ("needless to say", "not to mention"), or of the
        `opening_idioms` list where the phrase opens its clause ("That said, ...")."""
        low = toks.low
        for offset, by_first in self.tables.idioms.get(low[i], ()):
            start = i - offset
            if start < 0:
                continue
            for phrase, opening in by_first.get(low[start], ()):  # (most cues stand in no set phrase: no first word)
                end = start + len(phrase)
                if end <= len(low) and tuple(low[start:end]) == phrase and (
                        not opening or _opens_clause_at(toks, start, self.tables.idiom_openers)):
                    return True
        return False

    def after_name(self, toks: _Tokens, i: int) -> bool:
        """True if token i stands right after a name or a personal pronoun and before "that", punctuation or the end
        ("The Washington Post reports that", "the AP reports.", "she reports:")."""
        if i == 0 or i + 1 < len(toks.low) and toks.low[i + 1] != "that" and toks.text[i + 1] not in ",.:;" \
                and toks.text[i + 1] not in _CLOSERS:
            return False
        return self.name_before(toks, i)

    def name_before(self, toks: _Tokens, i: int) -> bool:
        """True if token i stands right after a name or a personal pronoun ("Trump names", "she names")."""
        if i == 0:
            return False
        before = toks.text[i - 1]
        return (_initial_upper(before) and _initial_alnum(before)) or toks.low[i - 1] in self.tables.subject_pronouns

    def agrees(self, toks: _Tokens, i: int) -> bool:
        """True if the base form at token i (list `agreeing_forms`) has a verb's subject or auxiliary before it and
        no mark or word of `agreeing_noun_followers` after it ("They question whether", "protesters demand that",
        "will demand"; not "an open question", "electricity demand is", "supply and demand,")."""
        low, text, n, tables = toks.low, toks.text, len(toks.low), self.tables
        if i + 1 >= n or low[i + 1] in tables.modals or low[i + 1] in self.res.words.get("agreeing_noun_followers", ()):
            return False  # ("supply and demand can", "demand is growing", "the question of")
        before = low[i - 1] if i else ""
        helped = before in tables.auxiliaries or before in tables.modals or before == "to"  # "will demand"
        if helped and text[i + 1] in (",", "–", "—"):
            return True  # "permitted to question, even if true"
        if not (_initial_alnum(text[i + 1]) or self.quote_opens(toks.starts[i + 1])):
            return False  # ("supply and demand, coupled with", "open to question.")
        if i == 0:
            return True  # "Question everything"
        if helped or before in tables.subject_pronouns or before in tables.relative_pronouns \
                or _ends_with(before, ("'d", "'ll", "n't")):
            return True
        if _initial_lower(text[i - 1]) and _ends_with(before, "ly"):
            return True  # "rightly question"
        if text[i - 1] in (",", "-", "–", "—"):  # after an aside ("Some Democrats, however, question the wisdom"),
            after = low[i + 1]  # before its object or question
            return after in tables.determiners or after in tables.objects or after in tables.clause_conjunctions \
                or after in tables.question_openers
        if before in ("and", "or"):
            return True  # "and demand the release", "and demand action", "or question whether"
        if _initial_digit(before) or _percent_sign(toks, i - 1):
            return True  # "39% demand"
        if before in tables.quantifiers or before in self.res.words.get("agreeing_subjects", ()) or (
                before in tables.plural_heads and before not in tables.number_words):
            return True  # "many question", "some question", "people demand"
        return _plural_s(before) and before not in tables.determiners and not _ends_with(before, ("'s", "us")) \
            and not (_ends_with(before, "is") and _initial_lower(text[i - 1]))  # a plural ("critics", "Saudis"; not
        # "this", "status", "crisis")

    def names_object(self, toks: _Tokens, i: int) -> bool:
        """True if the base form at token i takes an object and the name given it (list `naming_forms`): one of
        `naming_objects` or a capitalised name, then a quotation or a word of none of `naming_stops` ("Critics call it
        the nerd prom", "64 percent call him competent"; not "call him tomorrow", "call this week")."""
        low, text, n = toks.low, toks.text, len(toks.low)
        k = i + 1
        if k >= n:
            return False
        named = low[k] not in self.res.words.get("naming_objects", ())
        if not named:
            k += 1
            if low[k - 1] == "this" and k < n and low[k] in self.tables.time_nouns:
                return False  # "a call this week"
        else:
            if not _initial_upper(text[k]):
                return False
            first, k = k, self.name_end(toks, k + 1, min(n, i + 5))  # "call Trump", "call Mrs. Clinton"
            for t in range(first, k):
                if low[t] in self.tables.weekdays or low[t] in self.tables.months:
                    return False  # ("too close to call Sunday morning")
        if k >= n:
            return False
        if self.quote_opens(toks.starts[k]):
            return True
        if named:  # after a name, only a name given with its article ("call Justin Bieber a thug"; not "call The New
            return low[k] == "the" or low[k] in self.res.words.get("indefinite_determiners", ())  # York Times editorial
            # board")
        return _initial_alnum(text[k]) and low[k] not in self.res.words.get("naming_stops", ())

    def before_that(self, toks: _Tokens, i: int) -> bool:
        """True if token i stands right before "that" with no intensifier among the two words before it ("Critics
        charged that"; not "so politically charged that")."""
        low, intensifiers = toks.low, self.tables.intensifiers
        return i + 1 < len(low) and low[i + 1] == "that" and not (i > 0 and low[i - 1] in intensifiers) and not (
            i > 1 and low[i - 2] in intensifiers)

    def determined_noun(self, toks: _Tokens, i: int) -> bool:
        """True if a determiner or a possessive stands among the four words before token i, with no auxiliary (nor one
        in n't), "to" or subject pronoun nearer and no punctuation between ("in a now-deleted Facebook post", "Bush's
        Facebook post", "his six-word comment"; not "The group will post", "the network wouldn't comment")."""
        low, tables = toks.low, self.tables
        for k in range(i - 1, max(i - 5, -1), -1):
            word = low[k]
            if not _initial_alnum(word) or word == "to" or word in tables.auxiliaries \
                    or word in tables.subject_pronouns or _ends_with(word, "n't"):
                return False  # (and "the network wouldn't comment": a verb)
            if word in tables.singular_determiners or word in tables.number_words or _ends_with(word, "'s"):
                return True  # ("One post", "a blog post", "Bush's Facebook post")
        return False

    def modified_noun(self, toks: _Tokens, i: int) -> bool:
        """True if token i follows a lower-case word that a determiner or a possessive opens and that no verb form of
        token i can take for subject: a word in -ed, maybe after an adverb in -ly ("the renewed focus on", "his
        repeated calls for", "Biden's mixed signals", "the widely reported doubts"), or, before a base form after a
        possessive or a determiner other than "the", "this" and "no", a word no plural ("his campaign promise", "a
        tempting offer"); the modifier and token i the noun (not "those surveyed say", whose participle follows a
        pronoun, "the lawmakers claim", "the two claim", "officials in the state note")."""
        low = toks.low
        k = i - 2
        word = low[i - 1]
        if k < 0 or not _initial_lower(toks.text[i - 1]):
            return False
        if not _ends_with(word, "ed"):
            if not toks.text[i - 1].isalpha() or _ends_with(word, "s") or _ends_with(word, "ing") \
                    or _ends_with(low[i], "s") or low[k] in ("the", "this", "no") or word in self.tables.plural_heads \
                    or word in self.tables.number_words or word in self.tables.boundaries \
                    or self.before_verb(toks, i - 1):
                return False  # (a plural or a share may speak: "the lawmakers claim", "the public say"; "the" often
                # ends a phrase after the speaking head, "officials in the state note"; "her to worry", "his aides
                # will claim": no modifier)
        elif k > 0 and _ends_with(low[k], "ly"):
            k -= 1  # "the widely reported"
        return low[k] in self.tables.singular_determiners or _possessive(low[k])

    def received_noun(self, toks: _Tokens, i: int) -> bool:
        """True if token i follows a verb of `receiving_verbs` (or a form of "take", `receives`), right before it or
        before a lower-case modifier of it, and no determiner opens that verb ("faced calls for", "drew praise",
        "prompted renewed calls for", "faces renewed doubts about", "took notes"; not "in the face of claims", "a
        straight face can claim"): the noun of what others said (or a noun of no report), whose source the verb's
        subject is not."""
        low, k = toks.low, i - 1
        if k > 0 and not self.receives(low[k], low[i]) and self.noun_modifier_at(toks, k):
            k -= 1  # "renewed", "sharp"
        return k >= 0 and self.receives(low[k], low[i]) and _initial_lower(toks.text[k]) and (
            k == 0 or low[k - 1] not in self.tables.determiners)

    def existential_noun(self, toks: _Tokens, i: int) -> bool:
        """True if token i follows "there" and a form of "be" (or the two inverted), maybe with a lower-case modifier
        or adverb between ("There are fears that", "there is little hope", "there's talk of", "there are also worries",
        "Is there hope for"): a noun that no source of the sentence speaks."""
        low, copulas, k = toks.low, self.tables.copulas, i - 1
        if k > 1 and low[k] not in copulas and self.noun_modifier_at(toks, k):
            k -= 1  # "growing", "little", "also"
        return low[k] == "there's" or (k > 0 and low[k] in copulas and low[k - 1] == "there") or (
            low[k] == "there" and k > 0 and low[k - 1] in copulas)  # ("Is there hope for")

    def noun_modifier_at(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a lower-case word that may modify the noun after it: no boundary, determiner, auxiliary or
        modal ("renewed", "sharp", "little", "also"; `received_noun`, `existential_noun`)."""
        low, tables = toks.low[k], self.tables
        return toks.text[k].isalpha() and _initial_lower(toks.text[k]) and low not in tables.boundaries \
            and low not in tables.determiners and low not in tables.finite_auxiliaries and low not in tables.modals

    def receives(self, verb: str, noun: str) -> bool:
        """True if the lower-cased `verb` takes the cue word `noun` for an object that is none of its subject's reports:
        a verb of `receiving_verbs`, or one of `taking_verbs` before a noun not of `taken_cue_nouns`."""
        tables = self.tables
        return verb in tables.receiving_verbs or (verb in tables.taking_verbs and noun not in tables.taken_cue_nouns)

    def participle_object(self, toks: _Tokens, i: int) -> bool:
        """True if the word before token i is a participle in -ing opening a clause, whose object token i is, no verb
        with the participle for subject: a lower-case word after a clause mark, an auxiliary or a word of
        `participle_openers` ("..., raising fears that", "by casting blame", "is stoking fears"), or, before a base
        form, which no gerund takes as its verb, after a conjunction or a preposition too ("and heaping praise on", "of
        spreading fear"); not "something", "nothing" ..., "including" (`adjective_prepositions`), a noun of
        `gerund_subjects` ("So far, polling suggests"), a participle ("having favored", "growing worried"), a form in -s
        after a conjunction or a preposition ("a review of polling shows"), nor a report set off by a comma after it
        ("that, polling shows, they")."""
        low, k = toks.low, i - 1
        word = low[i]
        if len(low[k]) < 6 or not toks.text[k].isalpha() or not _initial_lower(toks.text[k]) \
                or low[k] in self.tables.indefinite_objects or low[k] in self.tables.gerund_subjects \
                or low[k] in self.tables.adjective_prepositions or (i + 1 < len(low) and low[i + 1] == ","):
            return False
        inflected = _ends_with(word, "s")  # a form in -s; else a base form or a participle
        if not inflected and not self.base_form(word):
            return False  # a participle ("having favored", "having shown", "growing worried"): still a verb
        before = low[k - 1]
        if before in (",", ";", ":", "—", "–") or before in self.tables.auxiliaries \
                or before in self.tables.participle_openers:
            return True
        return not inflected and (before in ("and", "or", "but", "of") or before in self.tables.opening_prepositions)

    def base_form(self, word: str) -> bool:
        """True if a cue form of `word` is its lemma's first word ("praise", "say", "call" of "call for")."""
        for form in self.cues.get(word, ()):
            if form.lemma.split(" ", 1)[0] == word:
                return True
        return False

    def headline_end(self, toks: _Tokens, i: int, size: int) -> bool:
        """True if the capitalised cue at i ends a title-case headline after a name ("Trump Could Address Clean Energy,
        Lindsey Graham Says.")."""
        end = i + size
        if end < len(toks.low) and not (toks.text[end] == "." and end + 1 == len(toks.low)):
            return False
        k = i - 1
        while k >= 0 and _initial_upper(toks.text[k]):
            k -= 1
        return 0 < k < i - 1 and _initial_upper(toks.text[0])

    def skip_phrases(self, toks: _Tokens, k: int, name: str = "after_cue") -> int:
        """The first token from k after the set phrases of list `name` (a phrase ending in a weekday takes a part of
        the day after it: "on Friday afternoon")."""
        index = self.res.phrase_index.get(name, {})
        moved = True
        while moved and k < len(toks.low):
            moved = False
            for phrase in index.get(toks.low[k], ()):
                nxt = k + len(phrase)
                if tuple(toks.low[k:nxt]) == phrase and not (nxt < len(toks.low) and toks.text[nxt] in ("'", "’")):
                    if nxt < len(toks.low) and phrase[-1] in self.tables.weekdays \
                            and toks.low[nxt] in self.tables.day_parts:
                        nxt += 1
                    k = nxt
                    moved = True
                    break
        return k

    # -- main loop -----------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        cue_words, pattern = self.res.cue_words, self.res.cue_word_pattern
        lower, text = self.lower, self.text
        has_cue_word = _has_cue_word if _compiled_has_cue_word is None else _compiled_has_cue_word
        evidence = self.tables.evidence_nouns
        evidential = self.evidential_words = tuple(w for w in self.tables.evidential_adverbs if w in lower)
        marks = _positions(lower, self.tables.evidence_stems)  # where the text names a poll ("... in the latest poll")
        next_mark = 0
        signed, next_signed, made_signed = self.signatures(), 0, False
        for s_start, s_end in self.sentences:
            # A sentence is read only if it has a colon near its start or a word that may begin a cue, an evidential
            # adverb ("reportedly"), or opens with "In" and names a poll before its first comma ("In a CNN poll, ...")
            # or names one after an "in" ("Trump leads in the polls").
            colon = text.find(":", s_start, s_end)
            while next_mark < len(marks) and marks[next_mark] < s_start:
                next_mark += 1
            polled = next_mark < len(marks) and marks[next_mark] < s_end  # (`evidence_inline` reads it)
            if 0 <= colon < s_start + 60 or has_cue_word(lower, s_start, s_end, cue_words, pattern) or (
                    evidential and any(lower.find(w, s_start, s_end) >= 0 for w in evidential)) or (
                    lower.startswith("in ", s_start) and _opening_names(lower, s_start, s_end, evidence)) or polled:
                self.sentence(s_start, s_end, colon=colon >= 0, polled=polled)
            while next_signed < len(signed) and signed[next_signed][0] < s_end:  # after the sentence's own cues
                made = self.signed(signed[next_signed], s_start, s_end)
                if made is not None:
                    self.out.append(made)
                    made_signed = True
                next_signed += 1
        if made_signed:
            self.out.sort(key=_document_order)
        self.quoted_rests()
        self.continuations()
        return _with_known_groups(self.out, self.res.words.get("unshared_groups", frozenset()))

    def sentence(self, s_start: int, s_end: int, colon: bool = True, polled: bool = False) -> None:
        toks = _tokenize(self.text, s_start, s_end, self.lower)
        if colon:
            labelled = self.colon_line(toks, s_start, s_end)
            if labelled is not None:
                self.out.append(labelled)
        low, tok_text = toks.low, toks.text
        if low and low[0] == "in":
            found = self.evidence_opening(toks, s_start, s_end)
            if found is not None:
                self.out.append(found)
        if _compiled_cue_candidates is None:
            candidates = list(_compress(_count(), map(self.cue_keys.__contains__, low)))
        else:
            candidates = _compiled_cue_candidates(low, self.cue_keys)
        local: list[Attribution] = []
        done = 0
        request_end = -1  # where the content of the last request in the sentence ends ("Please consider ...")
        clause_only = self.tables.clause_only_verbs
        as_complement = self.tables.as_complement_verbs
        for i in candidates:
            if i < done or not _initial_alnum(tok_text[i]):
                continue
            forms = self.match_cue(toks, i) or self.gapped_cue(toks, i)
            if forms and i + 1 < len(low) and low[i + 1] in self.tables.plural_finite_verbs and _ends_with(low[i], "s"):
                forms = [form for form in forms if form.nominal]  # "the donor names weren't": a noun, no verb
            if forms and low[i] in self.tables.agreeing_forms and not self.agrees(toks, i):
                forms = [form for form in forms if form.nominal or len(form.words) > 1]  # "an open question"
            if forms and low[i] in self.tables.naming_forms:
                named = self.names_object(toks, i)  # the verb before a name given ("call it the nerd prom"), else the
                forms = [form for form in forms if form.nominal != named or len(form.words) > 1]  # noun ("a call
                # for unity", "call him tomorrow"; "Democrats call for" either way)
            if forms and ((i > 1 and _ends_with(low[i - 1], "ing") and self.participle_object(toks, i)) or (
                    low[i] in self.tables.noun_base_forms and self.determined_noun(toks, i)) or (
                    low[i] in self.tables.modified_nouns and (
                        self.modified_noun(toks, i) or self.received_noun(toks, i) or self.existential_noun(toks, i)))):
                forms = [form for form in forms if form.nominal]  # the noun: the object of a participle ("..., raising
                # fears that"), after a determiner or a possessive ("in a blog post", "his six-word comment") or a
                # participle they open ("his renewed call for")
            if not forms or self.in_idiom(toks, i) or (low[i] in self.tables.after_name_forms
                                                         and not self.after_name(toks, i)) or (
                    low[i] in self.tables.named_subject_forms and not self.name_before(toks, i)) or (
                    low[i] in self.tables.that_forms and not self.before_that(toks, i)):
                continue
            size = len(forms[0].words)
            if local and self.in_setting(local, toks, i):
                continue  # "said in a statement posted on Facebook that": the statement's participle, no cue
            if size == 1 and i > 0 and i + 1 < len(low) and low[i + 1] == "by" and self.agent_participle(toks, i):
                done = i + size
                continue  # "an article written by", "the opinions expressed by": a participle clause of a noun, no cue
            if forms[0].lemma in as_complement and not _as_follows(toks, i + size):
                done = i + size
                continue  # "saw him there" (checked before the work; "see" and "seen" are frequent words)
            made = self.cue(toks, i, size, forms, s_start, s_end, local)
            if made and made.verb in clause_only and not _reports_clause(made) and not (
                    made.verb in self.tables.finding_verbs and self.evidence_source(made)) and not (
                    made.verb in self.tables.parenthetical_verbs and _parenthetical(made, self.text)):
                made = None  # "added a state", "found a way": these verbs report speech only with a clause or quote
                # (or as a reporting clause between commas: "Time, Mr. Pence added, was on their side")
            if made and made.source is not None and self.asks_who(made.source.text):
                made = None  # "Who wrote that tweet?", "Who knows?": a question, not a report
            if made and made.source is not None and made.source.text.lower() in self.tables.imperative_markers:
                made = None  # "Please note that it might be rude to ask": no one named "Please"
            if made and made.source is None and made.cue is not None and (
                    made.cue.start < request_end or self.asked_of_reader(toks, i, made.cue.start)):
                if made.content is not None and made.content.end > request_end:
                    request_end = made.content.end
                made = None  # "Please consider making a contribution", "please tell us how it went": a request (and
                # a cue with no source inside what it asks for: "Please consider supporting local journalism")
            if made and self.markers and made.cue is not None and self.conceals(made.cue.start):
                made = None  # "the official, who asked not to be named": how the source speaks, not what
            if made and made.verb in as_complement and not _as_complement(made, self.text):
                made = None  # "saw him there": perception; "see Clinton as electable": belief
            if made and (made.stance != "neutral" or (i and low[i - 1] == "to")) and _nested(
                    made, local, self.text, self.clause_starts.get(made.cue.start, -1) if made.source is None else -1) \
                    and not self.coordinated(toks, i, made):
                made = None  # "Clinton says she wants ...": the inner verb belongs to the reported content
            if made:
                local.append(made)
                self.out.append(made)
            done = i + size
            if made and made.cue is not None:
                while done < len(low) and toks.starts[done] < made.cue.end:
                    done += 1  # a cue taking words after its own ("responded by saying"): they are no cues of their own
                if made.kind == "according_to":
                    done += 1  # "according to estimates by ...": the evidence the report names, no cue of its own
        if self.evidential_words and not self.tables.evidential_adverbs.isdisjoint(low):
            self.evidential(toks, s_start, s_end, local)
        if polled:  # (the sentence names a poll: `evidence_stems`)
            self.evidence_inline(toks, s_start, s_end, local)
        if len(local) > 1:
            self.drop_restated(local)
            self.trim_contents(local)

    def in_setting(self, local: list[Attribution], toks: _Tokens, i: int) -> bool:
        """True if token i is a participle describing a document between an earlier cue of the sentence and that cue's
        content ("said in a statement posted on Facebook that ...", `past_setting`), or after a cue whose content came
        before it ('"...," Cruz said Friday in a statement posted on Facebook'): no cue of its own."""
        if not self.setting_participle(toks, i):
            return False
        at = toks.starts[i]
        for attr in local:
            if attr.cue is None or attr.content is None or at < attr.cue.end:
                continue
            if at < attr.content.start or (attr.content.end <= attr.cue.start and self.document_head(toks.low[i - 1])):
                return True
        return False

    def evidence_opening(self, toks: _Tokens, s_start: int, s_end: int) -> Attribution | None:
        """'In a CNN national poll last month, Clinton led by 20 points': the poll is the source, "In" the cue."""
        nouns = self.tables.evidence_nouns
        n, head = len(toks.low), False
        for t in range(1, min(n, 16)):
            tok = toks.text[t]
            if tok == ",":
                break
            if tok in _PHRASE_STOPS or tok in _OPENERS or tok in _CLOSERS:
                return None
            head = head or toks.low[t] in nouns
        else:
            return None
        content = self.part(toks.starts[t + 1], s_end) if head and t > 1 and t + 1 < n else None
        if content is None:
            return None
        return self.make(self.part(toks.starts[1], toks.ends[t - 1]), self.part(toks.starts[0], toks.ends[0]),
                         content, _EVIDENCE_IN, s_start, s_end, kind=None)

    def evidence_inline(self, toks: _Tokens, s_start: int, s_end: int, local: list[Attribution]) -> None:
        """'Mr. Trump is ahead in public opinion polls': a poll after an "in" that ends a clause is the source of the
        clause before it, "in" the cue (at the sentence's start, `evidence_opening`)."""
        tables = self.tables
        low, text = toks.low, toks.text
        n = len(low)
        for k in range(1, n - 1):
            if low[k] != "in":
                continue
            head = self.evidence_head(toks, k + 1)
            if head < 0:
                continue
            end = self.evidence_end(toks, head)
            if end == head == k + 2 and low[k + 1] == "the" and low[head] in tables.standing_polls:
                continue  # "behind him in the polls": a standing, no poll's finding
            after = low[end + 1] if end + 1 < n else ""
            if after in tables.auxiliaries or after in tables.main_clause_verbs or after in self.cue_keys or \
                    after in tables.evidence_compounds or low[k - 1] in tables.evidence_not_after:
                continue  # "Voters in the poll said", "in poll numbers", "interested in polls": no source
            start = k - 1  # the clause before "in", from its last clause break or conjunction
            while start > 0 and text[start - 1] not in (";", ":", "—", "–") and \
                    low[start - 1] not in tables.clause_conjunctions:
                start -= 1
            if _count_alnum(text, start, k) < 2 or any(
                    a.source is not None and a.source.start <= toks.starts[k] < a.source.end or
                    a.cue is not None and toks.starts[start] <= a.cue.start < toks.starts[k] for a in local):
                continue  # "Voters in the survey said"; "Six in 10 say so in a recent poll": the voters speak
            content = self.part(toks.starts[start], toks.ends[k - 1])
            if content is None:
                continue
            made = self.make(self.part(toks.starts[k + 1], toks.ends[end]), self.part(toks.starts[k], toks.ends[k]),
                             content, _EVIDENCE_IN, s_start, s_end, kind=None)
            self.insert_in_order(local, made, toks.starts[k])

    def evidence_head(self, toks: _Tokens, t: int) -> int:
        """Index of the poll or survey heading the noun phrase opening at token t ("the RealClearPolitics average of
        New Hampshire polls"), or -1."""
        tables = self.tables
        if t < len(toks.low) and toks.low[t].endswith("ing") and _initial_lower(toks.text[t]):
            return -1  # "in guiding their surveys": a gerund's object
        for t in range(t, min(len(toks.low), t + 14)):
            low = toks.low[t]
            if low in tables.evidence_nouns:
                return t
            if not (_initial_alnum(low) or low in ("/", "-", ".", "'", "’", "&")) or low in tables.boundaries or \
                    low in tables.auxiliaries or low in tables.relative_pronouns or low == "in":
                return -1
        return -1

    def evidence_end(self, toks: _Tokens, head: int) -> int:
        """Last token of a poll's phrase: its head and what describes it ("released Monday", "last month", "conducted
        July 11-14", "from Florida Southern College")."""
        tables = self.tables
        low = toks.low
        n, end = len(low), head
        if end + 1 < n and low[end + 1] in tables.evidence_postmodifiers:
            t = end + 2
            while t < n and t < head + 10 and (_initial_alnum(low[t]) or low[t] in ("/", "-", ".")) and \
                    low[t] not in tables.boundaries and low[t] not in tables.auxiliaries and low[t] != "in":
                end = t
                t += 1
        elif end + 1 < n and low[end + 1] in tables.weekdays:
            end += 1
        elif end + 2 < n and low[end + 1] in tables.time_determiners and low[end + 2] in tables.time_nouns:
            end += 2
        return end

    def evidence_source(self, made: Attribution) -> bool:
        """True if the source is a poll, study or report ("the poll found ...", "an article ... found ..."), or whom
        one is by ("a survey by the organization found ...", "a study by Media Matters found ...")."""
        source = made.source
        if source is None:
            return False
        sources = self.tables.evidence_sources
        words = _WORD.findall(self.lower, source.start, source.end)
        if words and any(w in sources for w in words[-4:]):
            return True
        if "by" in words[2:] and words[words.index("by", 2) - 2] in sources:
            return True  # "a report released by the Brookings Institution": the noun before the participle
        before = _BY_EVIDENCE.search(self.lower, max(0, source.start - 40), source.start)
        if before is None:
            return False
        head, last = before.group(1), before.group(2)  # "a survey by", "a report released by"
        return last in sources or (head in sources and last in self.tables.evidence_postmodifiers)

    def evidential(self, toks: _Tokens, s_start: int, s_end: int, local: list[Attribution]) -> None:
        """'The Club for Growth is reportedly spending ...': an evidential adverb before no cue attributes its clause
        to unnamed reports; the clause it stands in, to the end of the sentence, is the content."""
        evidential = self.tables.evidential_adverbs
        for k, low in enumerate(toks.low):
            if low not in evidential or any(a.cue is not None and a.cue.start <= toks.starts[k] < a.cue.end for a in local):
                continue
            c = k - 1  # the clause opens after the last clause punctuation before the adverb
            while c >= 0 and toks.text[c] not in _PHRASE_STOPS:
                c -= 1
            content = self.part(toks.starts[c + 1], s_end)
            if content is None:
                continue
            form = CueForm((low,), low, "distancing", False)
            cue = _new_record(Part, (toks.starts[k], toks.ends[k], toks.text[k]))
            made = self.make(None, cue, content, form, s_start, s_end, kind=None)
            self.insert_in_order(local, made, toks.starts[k])

    def insert_in_order(self, local: list[Attribution], made: Attribution, cue_start: int) -> None:
        """Add `made`, whose cue starts at `cue_start`, to the sentence's attributions (`local`, the last of `out`) in
        document order: after those whose cue starts before it."""
        at = sum(1 for a in local if a.cue is not None and a.cue.start < cue_start)
        self.out.insert(len(self.out) - len(local) + at, made)
        local.insert(at, made)

    def coordinated(self, toks: _Tokens, i: int, made: Attribution) -> bool:
        """True if the cue at i is a second act joined by 'and'/'but' ("praised X and criticized Y"), not content."""
        if made.stance not in self.tables.coordinated_stances and not (
                made.content is not None and _that_clause(made.content.text) and _inflected(made)):
            return False  # (any inflected verb with a that-clause: "acknowledged that ... but noted that ...")
        j, _ = self.skip_auxiliaries(toks, i - 1)
        return j > 0 and toks.low[j] in ("and", "but")

    def cue(self, toks, i, size, forms, s_start, s_end, local) -> Attribution | None:
        if self.quote_at(toks.starts[i]) is not None:
            return None
        if i > 0 and _initial_upper(toks.text[i]) and toks.text[i - 1] not in _OPENERS and not toks.text[i].isupper() \
                and not (toks.text[i - 1] in _CAPITAL_AFTER and forms[0].lemma in self.according_lemmas):
            headline = (_initial_upper(toks.text[i - 1]) and _ends_with(toks.low[i + size - 1], ("s", "ed")) and (
                i + size < len(toks.low) and _initial_upper(toks.text[i + size]) or self.headline_end(toks, i, size)))
            if not headline:
                return None  # a proper noun ("Secretary of State")
        prev = toks.low[i - 1] if i else ""
        if size == 1 and toks.low[i] in self.tables.example_markers and self.between_commas(toks, i):
            return None  # "a take on, say, the Mueller investigation": an example given
        determiner = prev in self.tables.determiners or bool(
            i and _possessive(toks.text[i - 1])
            and prev not in self.tables.contractions and not self.name_ending_in_s(toks, i)) or (
            prev == "'" and i >= 2 and toks.ends[i - 2] == toks.starts[i - 1] and toks.low[i - 2][-1] == "s")  # "reporters' repeated questions"
        nouns, verbs = [], []
        for form in forms:
            (nouns if form.nominal else verbs).append(form)
        if forms[0].lemma in self.according_lemmas:
            return self.according(toks, i, size, forms[0], s_start, s_end)
        light_before = bool(i) and prev in self.tables.bare_noun_light_verbs and _initial_lower(toks.text[i - 1])
        light = self.light_verb(toks, i) if nouns or determiner or light_before else None
        if light is not None and toks.low[light] in self.tables.bare_noun_light_verbs \
                and toks.low[i] not in self.tables.light_verb_nouns:
            return None  # "made brief remarks Sunday", "makes calls for proposals", "made a snap judgment": an act told
        if light is not None and toks.low[i] in self.tables.light_verb_nouns:
            # "made the observation that ...", "released the following statement:", "made insulting comments about"
            form = CueForm(tuple(toks.low[light:i + size]), forms[0].lemma, forms[0].stance, False)
            made = self.verbal(toks, light, i + size - light, form, s_start, s_end, local)
            # it reports only with what is said after it ("made the pledge at a conference" tells of an event; "made
            # similar remarks that same day": no that-clause)
            return made if made is not None and (self.reports_object(toks, i + size) or (
                _opens_clause(made) and not self.time_after(toks, i + size))) else None
        if verbs and not nouns and light_before:
            return None  # a noun after a light verb, no verb: "He made calls on everything"
        if nouns and (determiner or not verbs):
            return self.nominal(toks, i, size, nouns[0], s_start, s_end)
        if nouns:
            after = toks.low[i + size] if i + size < len(toks.low) else ""
            if after == "from" and prev not in self.tables.subject_pronouns \
                    and prev not in self.tables.relative_pronouns:
                return self.nominal(toks, i, size, nouns[0], s_start, s_end)  # the noun: "fielding calls from
                # leadership", "past comments from Mattis" (but "which quotes from Sonia")
            if prev in self.tables.adjective_prepositions and prev != "to" \
                    and not _ends_with(toks.low[i + size - 1], "ing"):
                # the noun ("amid calls for his resignation", "a barrage of calls"; not "in warning about"): a report
                # only with what was said after it ("based on claims that he was involved"; not "a decrease in
                # claims", "with remarks that went viral")
                return self.nominal(toks, i, size, nouns[0], s_start, s_end) \
                    if after == "that" and not self.relative_that(toks, i + size) else None
        if nouns and i and _initial_lower(toks.text[i - 1]) and _ends_with(toks.low[i - 1], self.tables.adjective_endings):
            return self.nominal(toks, i, size, nouns[0], s_start, s_end)
        if verbs and not nouns and size == 1 and self.noun_after_adjective(toks, i, verbs[0]):
            return None  # a noun after an adjective: "the political fault lines", "previous estimates", "his
            # handwritten notes" (not "the official notes that": a source's head)
        if verbs and (prev[:1].isdigit() or prev in self.tables.adjective_prepositions) \
                and self.adjectival(toks, i + size):
            return None  # "500 pledged delegates", "of pledged delegates"; but "4 in 10 say", "43 said the same"
        if verbs and size == 1 and prev in self.tables.adjective_determiners and self.adjectival(toks, i + 1) \
                and toks.low[i + 1] not in self.tables.closed_words:
            return None  # "other alleged incidents", "any confirmed cases", "these purported comments" (not "the other
            # noted that", "each claimed the region")
        if verbs and i >= 2 and prev in self.tables.intensifiers and toks.low[i - 2] in self.tables.determiners \
                and _ends_with(toks.low[i + size - 1], ("ing", "ed")):
            return None  # an adjective: "the most pressing issues", "a very telling remark" (not "are increasingly
            # asserting")
        if verbs and i == 1 and prev in self.tables.intensifiers and _ends_with(toks.low[i + size - 1], "ed") \
                and self.inverted_predicate(toks, i + size):
            return None  # a predicate adjective put first: "Less discussed, however, is ...", "More noted was ..."
        if verbs and size == 1 and toks.low[i] in self.res.words.get("relative_participles", ()) \
                and self.thing_before_infinitive(toks, i):
            return None  # a participle after a thing, a reduced relative: "a legally binding agreement intended to curb
            # climate change", "rules intended to rein in" (but "he intended to", "The three men intended to")
        if verbs and i >= 2 and toks.low[i - 1] == "to" and toks.low[i - 2] in self.res.words.get(
                "relative_participles", ()) and self.thing_before_infinitive(toks, i - 2):
            return None  # nor its infinitive: "weekly news conferences intended to talk about the House agenda"
        if verbs and size == 1 and verbs[0].words == (verbs[0].lemma,) \
                and verbs[0].lemma in self.tables.phrase_only_lemmas:
            return None  # the bare term, a noun: "put some distance between" (the verb: "distance himself from")
        if verbs and size == 1 and verbs[0].lemma in self.tables.phoning_verbs and _initial_lower(toks.text[i]) \
                and self.phone_call(toks, i + 1):
            return None  # "Obama called Naghmeh Abedini.", "she called him at one point": a telephone call
        if verbs and verbs[0].lemma in self.tables.phoning_verbs and prev in self.tables.call_compounds:
            return None  # "did not return phone calls seeking comment", "conference calls with donors": the noun
        if verbs and size == 1 and toks.low[i] in self.tables.naming_participles and (
                self.named_thing(toks, i) or self.named_aside(toks, i)):
            return None  # a name given: "a program called Sandy Hook Promise", "A newly formed super PAC called Future 45"
        if verbs and prev in self.tables.depictions and verbs[0].lemma in self.tables.depicting_verbs:
            return None  # a caption: "A general view shows destruction in Aleppo"
        if verbs and i and verbs[0].words == (verbs[0].lemma,) and verbs[0].lemma in self.tables.depicting_verbs \
                and self.noun_modifier(toks, i - 1) and not (i + size < len(toks.low) and (
                    toks.low[i + size] == "that" or toks.low[i + size] in self.tables.subject_pronouns)):
            return None  # a base form after a singular word: the noun ("a Sunday talk show, writes", "the TV show");
            # but "records from the 2008 cycle show he backed ...", "files from NGP VAN show that ..."
        if verbs and i >= 2 and toks.low[i - 2] in self.tables.singular_determiners and verbs[0].words[0] == verbs[0].lemma \
                and self.compound_noun(toks, i, size):
            return None  # "a radio show", "a liberal think tank": a singular subject never takes the base form
        if verbs and size == 1 and i >= 2 and toks.low[i] == verbs[0].lemma and _ends_with(prev, "ed") \
                and self.noun_after_past(toks, i):
            return None  # the noun after a past verb or a participle: "He heaped praise on", "Pruitt shifted blame", "a
            # veiled reference", "Sterling's recorded rant" (but "those surveyed say", "the injured say")
        if verbs and size == 1 and i and toks.low[i] != verbs[0].lemma and _ends_with(toks.low[i], "s") \
                and _a_number(prev, self.tables.number_words) and self.counted_plural(toks, i - 1):
            return None  # a plural noun after its number: "nearly 30,000 retweets", "added eight names" (but "$5.7
            # billion seems", "No one says", "the 66-year-old says", "An exit poll on Channel 12 says")
        if verbs and not nouns and size == 1 and i and toks.low[i] != verbs[0].lemma and _ends_with(toks.low[i], "s") \
                and self.plural_quantity(toks, i - 1):
            return None  # a plural noun after a plural quantity, which takes no verb in -s: "Some estimates in recent
            # years have indicated", "These declines suggest", "allay those worries" (but "by some estimates, ...")
        if verbs and size == 1 and i and toks.low[i].endswith("s") \
                and self.hyphenated_modifier(toks.text[i - 1], i > 1):
            return None  # a plural noun after a compound modifier: "stay-at-home orders", "off-the-cuff comments"
        if verbs and i and self.compound_modifier(toks.text[i - 1]) and _base_or_s_form(toks.low[i], verbs[0].lemma):
            return None  # a noun after a compound adjective ending in a noun of measure or such: "the president's
            # laser-like focus on", "the benchmark 10-year note", "First-time claims for", "an anti-tax pledge"
        if verbs and not (determiner and prev not in ("that",) and prev not in self.tables.pronoun_determiners):
            return self.verbal(toks, i, size, verbs[0], s_start, s_end, local)
        return None

    def name_ending_in_s(self, toks: _Tokens, i: int) -> bool:
        """True if the capitalised word in 's before the cue at i is its subject, not a possessive: the cue is one of
        `after_possessive_forms`, verbs that are no noun or adjective ("Moody's said", "McDonald's says", "a friend of
        Manafort's told CNN", "Biden's said he's"; not "Trump's retweet", "the CIA's reported assessment")."""
        return _initial_upper(toks.text[i - 1]) and toks.low[i] in self.res.words.get("after_possessive_forms", ())

    def hyphenated_modifier(self, word: str, after_word: bool) -> bool:
        """True if a word in lower case joined by hyphens holds a preposition, conjunction or determiner
        ("stay-at-home", "off-the-cuff") or, `after_word` (not opening the sentence), ends in -ing or -ed ("his
        heavy-breathing hints"; not "Micro-targeting offers clues"): it modifies the noun after it; not a noun itself
        ("president-elect", "29-year-old")."""
        if "-" not in word or not word[1:].islower():  # (its first letter may open a sentence: "Stay-at-home orders")
            return False
        parts = word.split("-")
        if after_word and _ends_with(parts[-1], ("ing", "ed")):
            return True
        for part in parts[1:-1]:
            if part in self.tables.boundaries or part in self.tables.determiners:
                return True
        return False

    def compound_modifier(self, word: str) -> bool:
        """True if a word in lower case joined by hyphens ends in one of `compound_modifier_ends` ("laser-like",
        "10-year", "first-time", "anti-tax"): an adjective before a noun, never a subject ("the 29-year-old says",
        "two-thirds say", "court-watchers say" end otherwise)."""
        return "-" in word and word[1:].islower() \
            and word[word.rfind("-") + 1:] in self.tables.compound_modifier_ends

    def noun_after_adjective(self, toks: _Tokens, i: int, form: CueForm) -> bool:
        """True if the one-word cue at i, a verb's base form or form in -s, is a noun after a lower-case adjective: one
        of `plain_adjective_endings` before a form in -s ("his handwritten notes", "11 outrageous quotes"), or one of
        `modifier_adjective_endings` after a preposition or a mark ("from previous estimates", "based on intrinsic
        attributes"); either after a singular determiner or a possessive before a base form ("the political fault
        lines", "a national joke": a singular subject never takes the base form). Not after a source's head or a title
        ("the official notes that", "the inspector general says", "an individual informs", "former rival says"), nor
        a form in -s before "that"."""
        if i == 0 or not _initial_lower(toks.text[i - 1]):
            return False
        adjective, word, k = toks.low[i - 1], toks.low[i], i - 2
        plain = _ends_with(adjective, self.tables.plain_adjective_endings)
        if not plain and not _ends_with(adjective, self.tables.modifier_adjective_endings):
            return False
        if self.source_head(adjective):
            return False
        if (i >= 2 and tuple(toks.low[i - 2:i]) in self.res.titles) or (
                i >= 3 and tuple(toks.low[i - 3:i]) in self.res.titles):
            return False
        possessive = k >= 0 and _ends_with(toks.low[k], ("'s", "s'"))
        if word == form.lemma:
            return possessive or (k >= 0 and toks.low[k] in self.tables.singular_determiners)
        if not word.endswith("s") or (i + 1 < len(toks.low) and toks.low[i + 1] == "that"):
            return False  # "what has been made available suggests that": a verb
        # a modifier's word only after a preposition or a mark ("from previous estimates", "in political disputes:"; not
        # "former rival says", "the original goal seems")
        return plain or k < 0 or not _initial_alnum(toks.text[k]) or toks.low[k] in self.tables.adjective_prepositions

    def noun_after_past(self, toks: _Tokens, i: int) -> bool:
        """True if the base form at i follows a lower-case word in -ed, a past verb or a participle, after a subject
        pronoun, a singular word or a determiner other than "the" ("He heaped praise", "Trump's actions earned praise",
        "a thinly veiled reference"): no finite verb. Not after a plural, "the" or a relative pronoun ("those surveyed
        say", "the injured say", "those who voted say"), nor after a verb taking a bare infinitive ("helped
        explain")."""
        past = toks.low[i - 1]
        if not _initial_lower(toks.text[i - 1]) or past in self.tables.bare_catenatives \
                or past in self.tables.sentence_openers:  # (an adverb: "he would indeed endorse")
            return False
        k = i - 2
        while k > 0 and self.before_verb(toks, k):  # "also placed blame", "squarely placed", "a thinly veiled"
            k -= 1
        low = toks.low[k]
        if low in self.tables.subject_pronouns or low == "it" or _ends_with(low, ("'s", "s'")):
            return True
        if low in self.tables.determiners or low in self.tables.quantifiers:
            return low in self.tables.singular_determiners and low != "the"
        return _initial_alpha(toks.text[k]) and not _ends_with(low, "s") and low not in self.tables.plural_heads \
            and low not in self.tables.relative_pronouns

    def counted_plural(self, toks: _Tokens, k: int) -> bool:
        """True if a plural noun follows the number word or figure at token k: a word of none of `singular_amounts`
        ("one", "billion", "percent"), in lower case after the sentence's first word; a figure of digits only
        ("30,000"; not "66-year-old", "11th"), not 1, no year ("2018"), not after a capitalised word ("Channel 12")."""
        number = toks.low[k]
        if number in self.res.words.get("singular_amounts", ()):
            return False
        if not _initial_digit(number):
            return k == 0 or not _initial_upper(toks.text[k])  # (not a name's: "the Gang of Eight reveals")
        figure = number.replace(",", "")
        return figure.replace(".", "").isdigit() and figure != "1" and not (
            len(figure) == 4 and figure[:2] in ("19", "20")) and not (k > 0 and _initial_upper(toks.text[k - 1]))

    def thing_before_infinitive(self, toks: _Tokens, i: int) -> bool:
        """True if token i stands between "to" and a lower-case word that heads no source but a document and is no
        closed word, negation, relative pronoun or adverb in -ly (a thing's noun: "rules", "surgery", "agreement"; not
        "men", "he", "never", "which")."""
        if i == 0 or i + 1 >= len(toks.low) or toks.low[i + 1] != "to":
            return False
        prev, text = toks.low[i - 1], toks.text[i - 1]
        return _initial_lower(text) and text.isalpha() and (
            not self.source_head(prev) or self.res.head_groups.get(prev) == "document") \
            and prev not in self.tables.closed_words and prev not in self.tables.negations \
            and prev not in self.tables.relative_pronouns and not _ends_with(prev, "ly")

    def plural_quantity(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a plural quantity or pronoun: one of `plural_quantities`, or of `opening_quantities`
        opening the sentence (elsewhere an adverb: "what Beijing most fears"), and no word of `quantity_prepositions`
        before it ("by some estimates", "according to many estimates")."""
        low = toks.low[k]
        if low not in self.res.words.get("plural_quantities", ()) and not (
                k == 0 and low in self.res.words.get("opening_quantities", ())):
            return False
        return k == 0 or toks.low[k - 1] not in self.res.words.get("quantity_prepositions", ())

    def between_commas(self, toks: _Tokens, i: int) -> bool:
        """True if token i stands between a comma, bracket or dash and a comma ("on, say,", "than, say,"; not "and
        say, “...”", "to say, “...”")."""
        return 0 < i < len(toks.low) - 1 and toks.text[i + 1] == "," and toks.text[i - 1] in (",", "(", "—", "–", "-")

    def time_after(self, toks: _Tokens, k: int) -> bool:
        """True if a determiner and a noun of time come at token k ("that same day", "this week")."""
        for t in range(k + 1, min(len(toks.low), k + 3)):
            if toks.low[t] in self.tables.time_nouns:
                return toks.low[k] in self.tables.time_determiners
        return False

    def reports_object(self, toks: _Tokens, k: int) -> bool:
        """True if the noun cue ending before token k takes what it reports as an object or participle clause:
        "made no mention of", "made the case for", "issued a statement calling ..."."""
        if k >= len(toks.low):
            return False
        low = toks.low[k]
        return low in self.tables.cue_particles or low in self.tables.nominal_objects or (
            low.endswith("ing") and _initial_lower(toks.text[k]) and low not in self.tables.boundaries)

    def approximate(self, toks: _Tokens, k: int) -> bool:
        """True if "about" at k opens a number ("said about half of them", "about 20 people", "about a dozen")."""
        if toks.low[k] != "about" or k + 1 >= len(toks.low):
            return False
        numbers = self.tables.number_words
        nxt = toks.low[k + 1]
        return _initial_digit(nxt) or nxt in numbers or (
            nxt in ("a", "an") and k + 2 < len(toks.low) and toks.low[k + 2] in numbers)

    def compound_noun(self, toks: _Tokens, i: int, size: int) -> bool:
        """True if the base-form cue at i ends a singular noun phrase: a singular determiner and a singular
        lower-case modifier before it ("a radio show", "the final say"), not inside a prepositional phrase
        ("voters in each state say", "sides of the debate say") and not before its own end of clause ("..., the
        statement read.")."""
        mod = toks.low[i - 1]
        if not toks.text[i - 1].isalpha() or not toks.text[i - 1].islower():
            return False
        if _plural_s(mod) or mod in self.tables.plural_heads or mod in self.tables.boundaries \
                or mod in self.tables.auxiliaries or mod in self.tables.quantifiers or mod in self.tables.person_pronouns \
                or mod in self.tables.group_pronouns or mod in self.tables.self_pronouns:
            return False
        if i >= 3 and toks.low[i - 3] in self.tables.boundaries:
            return False
        k = i + size
        if i >= 4 and toks.low[i - 3] == "of" and _plural_s(toks.low[i - 4]) \
                and not (k < len(toks.low) and toks.low[k] in self.cues):
            return False  # a plural's "of" phrase: "Activists on both sides of the debate say" (not "the host of the
            # talk show", nor before a cue: "Opponents of the citizenship question allege")
        return k < len(toks.low) and toks.text[k] not in _PHRASE_STOPS and toks.text[k] not in _CLOSERS and toks.text[k] != "."

    def named_thing(self, toks: _Tokens, i: int) -> bool:
        """True if an indefinite noun phrase of a few words ends right before the naming participle at i, and a name
        follows it ("a Facebook group called Occupy DNC", "a 2002 psychology class called “Perception”", "one called
        therapeutic cloning"): a thing given a name, not a speaker calling something."""
        n = len(toks.low)
        if i == 0:
            return False
        prev = toks.text[i - 1]
        if not (_initial_lower(prev) or _initial_digit(prev) or (prev.isupper() and prev.isalpha())):
            return False  # a name before it speaks: "a figure Hunter Biden called “crazy”"
        if toks.low[i - 1] == "one":
            return True  # "including one called therapeutic cloning"
        name = i + 2 if i + 2 < n and toks.low[i + 1] == "the" else i + 1  # "a law called the Insurrection Act"
        if name >= n or not (_initial_upper(toks.text[name]) or _initial_digit(toks.text[name])
                             or toks.text[name] in _OPENERS or toks.text[name] == "#"):
            return False  # no name follows: someone calls something ("a top aide called the decision a mistake")
        for k in range(i - 1, max(-1, i - 6), -1):
            low = toks.low[k]
            if low == "a" or low == "an" or low == "another":
                return True
            if not _initial_alnum(toks.text[k]) or low in self.tables.boundaries or low in self.tables.auxiliaries \
                    or low in self.tables.pronouns_or_determiners or low in self.tables.relative_pronouns:
                return False
        return False

    def named_aside(self, toks: _Tokens, i: int) -> bool:
        """True if the naming participle at i opens an aside that gives a name and ends right after it, no quotation
        following ("fundraisers, called bundlers, who donate", "Bezos' fund — called the Bezos Earth Fund — is",
        "errors, called “noise”, which"): a name given, not a speaker calling something ("King, for his part, called
        riots, “the language of the unheard”", "Sen. Jeff Sessions, R-Ala., called the hearing schedule
        “unacceptable”", "Naftali Bennett, called Kaye a hero")."""
        n = len(toks.low)
        if i == 0 or toks.low[i - 1] not in _ASIDE_OPENERS:
            return False
        mark = toks.low[i - 1]
        before = toks.low[max(0, i - _ASIDE_TOKENS):i - 1]
        if (mark != "," and mark != "(" and before.count(mark) % 2 == 1) or "what" in before:
            return False  # the mark closes an aside ("the vast majority – 55 percent – named Britain"), or "what" is
            # the object ("in what Bay Buchanan, national treasurer for ..., called "hand-to-hand combat"")
        k = i + 1
        if k < n and toks.text[k] in _OPENERS:  # a quoted name: "called “noise”", "called "safer at home":"
            k += 1
            while k < n and k <= i + _LABEL_WORDS + 1 and toks.text[k] not in _CLOSERS:
                k += 1
            if k >= n or toks.text[k] not in _CLOSERS:
                return False
            k += 1
        elif k < n and _initial_lower(toks.text[k]) and toks.low[k] != "the":
            if toks.low[k] in self.tables.object_case_pronouns or toks.low[k] in self.tables.determiners:
                return False  # "called it terrorism", "called his plan ..."
            k += 1  # one word in lower case: "called bundlers,"
        else:
            if k < n and toks.low[k] == "the":
                k += 1  # "the Bezos Earth Fund"
            first = k
            while k < n and k < first + 4 and (_initial_upper(toks.text[k]) or _initial_digit(toks.text[k])):
                k += 1
            if k == first:
                return False  # "called the hearing schedule": a thing called something
        if k >= n or (toks.text[k] == "." and k == n - 1):
            return True  # the sentence's end (not the full stop of "Mr." or "U.S.": "called Mr. Netanyahu's ...")
        return toks.text[k] in _ASIDE_CLOSERS and not (k + 1 < n and toks.text[k + 1] in _OPENERS)

    def phone_call(self, toks: _Tokens, k: int) -> bool:
        """True if a verb of `phoning_verbs` before token k takes a person and says nothing of them after ("Obama
        called Naghmeh Abedini.", "he called Haugland earlier this month to learn more"): a telephone call, not
        "called him a con artist", "called Trump "a psychopath"", "called Trump's remarks racist"."""
        n = len(toks.low)
        if k >= n or toks.low[k] in self.tables.weekdays or toks.low[k] in self.tables.months:
            return False  # "called Wednesday for": a time, then what was called for
        j = k - 2  # the subject's first word, then a word opening a comment before it ("as The Daily Beast called")
        while j >= 0 and k - 2 - j < 4 and (_initial_upper(toks.text[j]) or toks.low[j] in self.tables.subject_pronouns):
            j -= 1
        if j >= 0 and toks.low[j] in self.tables.comment_openers:
            return False
        if toks.low[k] in self.tables.phoned_pronouns:
            m = k + 1
        elif _initial_upper(toks.text[k]) and toks.low[k] not in self.tables.determiners:
            m = self.name_end(toks, k + 1, n)  # the person's name
        else:
            return False
        if m >= n:
            return True
        low = toks.low[m]
        if low in self.tables.boundaries:
            return low not in self.tables.unphoned_boundaries
        if low in self.tables.phone_particles or (_ends_with(low, "ly") and _initial_lower(toks.text[m])):
            return True
        if not _initial_alnum(toks.text[m]):  # the sentence's end (a full stop inside it ends an abbreviation)
            return toks.text[m] in (";", "!", "?") or (toks.text[m] == "." and m + 1 == n)
        return self.skip_phrases(toks, m) > m

    def name_end(self, toks: _Tokens, m: int, limit: int) -> int:
        """The token after a capitalised name's words from token m on, with the full stops between them ("Mr.
        Netanyahu", "George W. Bush", "U.S."), reading no further than token `limit`."""
        n = len(toks.low)
        while m < limit and (_initial_upper(toks.text[m]) or (
                toks.text[m] == "." and m + 1 < n and _initial_upper(toks.text[m + 1]))):
            m += 1
        return m

    def noun_modifier(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a word that can only modify a noun after it, not be its subject: singular, and no
        determiner, pronoun, auxiliary, adverb or boundary, lower-case or an acronym ("talk" in "a talk show", "TV" in
        "a reality TV show"; not "polls", "data", "they", "would", "also", "clearly", "that", "Marist" before "show")."""
        mod, word = toks.low[k], toks.text[k]
        if not word.isalpha() or mod.endswith("ly") or _plural_s(mod) \
                or (_initial_upper(word) and not word.isupper()):
            return False  # a name may end the subject's phrase ("polls in New Mexico show", "Marist show")
        return not (mod in self.tables.plural_heads or mod in self.tables.boundaries or mod in self.tables.auxiliaries
                    or mod in self.tables.determiners or mod in self.tables.quantifiers or mod in self.tables.pronouns_or_determiners
                    or mod in self.tables.relative_pronouns or mod in self.tables.sentence_openers
                    or mod in self.tables.expletive_subjects)  # "polls there show"

    def light_verb(self, toks: _Tokens, i: int) -> int | None:
        """Index of a light verb up to three words before the noun cue at i ("made several controversial
        statements", "made no mention"), with only modifiers between them, or None."""
        for k in range(i - 1, max(-1, i - 5), -1):
            low = toks.low[k]
            if low in self.tables.light_verbs:
                return k if _initial_lower(toks.text[k]) else None
            if not _initial_alnum(toks.text[k]) or low in self.tables.boundaries or low in self.tables.auxiliaries:
                return None
        return None

    def adjectival(self, toks: _Tokens, k: int) -> bool:
        """True if the cue ending before token k modifies the noun at k ("500 pledged delegates"), or the noun after an
        acronym there ("despite repeated US warnings")."""
        if k >= len(toks.low) or not _ends_with(toks.low[k - 1], "ed"):
            return False
        if k + 1 < len(toks.low) and len(toks.text[k]) > 1 and toks.text[k].isupper() and toks.text[k].isalpha():
            k += 1
        low = toks.low[k]
        return _initial_lower(toks.text[k]) and _initial_alpha(toks.text[k]) and not (
            low in self.tables.pronouns_or_determiners or low == "that")

    def inverted_predicate(self, toks: _Tokens, k: int) -> bool:
        """True if a copula follows at token k, or after a parenthetical of one or two words between commas there
        ("Less discussed, however, is", "..., of course, was"): the words before k are an inverted sentence's
        predicate."""
        low, copulas = toks.low, self.tables.copulas
        if k < len(low) and low[k] == ",":
            j = k + 1
            while j < len(low) and j <= k + 3 and low[j] != ",":
                j += 1
            k = j + 1 if j < len(low) and low[j] == "," else len(low)
        return k < len(low) and low[k] in copulas

    def skip_auxiliaries(self, toks: _Tokens, j: int) -> tuple[int, bool]:
        """Move left over auxiliaries, adverbs and parentheticals before a cue; (index, passive)."""
        passive = False
        while j >= 0:
            low = toks.low[j]
            if low == "to" and j > 0 and (toks.low[j - 1] in self.tables.catenatives or (
                    self._verb_like(toks, j - 1) and not self.after_determiner(toks, j - 1))):
                j -= 2
            elif low == "since" and j > 0 and toks.low[j - 1] in ("has", "have", "had"):
                j -= 1
            elif j >= 2 and self.day_dated(toks, j):
                j -= 3  # "Holcomb on May 1 announced", "and on April 30 announced": a date, no source
            elif low in self.tables.time_nouns and j >= 1 and j + 1 < len(toks.low) \
                    and toks.low[j + 1] in self.tables.relative_times and (
                        _a_number(toks.low[j - 1], self.tables.number_words)
                        or toks.low[j - 1] in self.tables.time_amounts):
                j -= 2  # "and 10 days later said", "a week earlier told": a time, no source
            elif self.dated(toks, j) and not (j >= 3 and self.reduced_relative_verb(toks, j - 2, j)):
                j -= 2  # "The administration in May said", "a poll in early June found"; not after a participle ("A
                if j >= 0 and toks.low[j] == "in" and toks.low[j + 1] != "in":  # study unveiled in November estimates":
                    j -= 1                                                       # the clause is the source's)
            elif self.before_verb(toks, j):
                passive = passive or low in ("was", "were", "is", "are", "am", "been", "be", "being")
                j -= 1
            elif low in self.tables.bare_catenatives and _initial_lower(toks.text[j]):
                j -= 1  # "The findings could help explain": the source is the subject of "help"
            elif low == "," and j >= 2 and toks.low[j - 2] == "," and (
                    toks.low[j - 1] in self.tables.parentheticals
                    or (self.before_verb(toks, j - 1) and _ends_with(toks.low[j - 1], "ly"))):
                j -= 3  # "Zakharova, also, described", "They don't, ultimately, see"
            elif j >= 1 and f"{toks.low[j - 1]} {low}" in self.tables.adverbial_pairs:
                j -= 2  # "He has so far refused", "we can at least feel"
            elif low == "," and j >= 3 and toks.low[j - 3] == "," and f"{toks.low[j - 2]} {toks.low[j - 1]}" in self.tables.adverbial_pairs:
                j -= 4  # "Obama has, at last, called for"
            elif low in self.tables.times_before_cue and (low in self.tables.weekdays or _initial_lower(toks.text[j])) \
                    and not (low in self.tables.pronoun_determiners and _ends_with(toks.low[j + 1], "s")
                             and toks.low[j + 1] not in self.tables.auxiliaries):
                j -= 1  # "The Justice Department on Monday invited", "Trump last week said" (but "this confirms":
                # the subject)
                while j >= 0 and (toks.low[j] in self.tables.times_before_cue
                                 or toks.low[j] in self.tables.time_adjectives) and _initial_lower(toks.text[j]):
                    j -= 1  # ("Boehner this past week cautioned")
                if j >= 0 and toks.low[j] in ("on", "late", "early", "by") and _initial_lower(toks.text[j]):
                    j -= 1
            elif low in self.tables.before_cue and (skipped := self.phrase_ending(toks, j)) > 0:
                j -= skipped  # "Officials in a statement said", "Trump at the time said"
            elif low == ")":  # "Jon Ralston (considered the "dean" of the local press corps) thinks"
                k = j - 1
                while k >= 0 and j - k < _ASIDE_TOKENS and toks.low[k] != "(":
                    k -= 1
                if k < 0 or toks.low[k] != "(":
                    break
                j = k - 1
            else:
                break
        return j, passive

    def phrase_ending(self, toks: _Tokens, j: int) -> int:
        """The length of the longest `before_cue` phrase ending at token j, after a word (0 if none)."""
        longest = 0
        for phrase in self.tables.before_cue.get(toks.low[j], ()):
            n = len(phrase)
            if n > longest and n <= j and tuple(toks.low[j - n + 1:j + 1]) == phrase:
                longest = n
        return longest

    def colon_line(self, toks: _Tokens, s_start: int, s_end: int) -> Attribution | None:
        """'Pence: Flowers won't be at the debate' / 'TAPPER: And obviously ...': a speaker label and a colon."""
        n = len(toks.low)
        k = 1 if n and toks.text[0] in _OPENERS else 0
        start = k
        while k < n and k - start < 10 and (_initial_upper(toks.text[k]) or toks.text[k] in (".", "(", ")", "-")
                                           or toks.low[k] in ("de", "of", "al")):
            k += 1
        if k < n and toks.text[k] in _LABEL_DASHES and k > start:  # "EXCLUSIVE – Roger Stone: Don’t Trust ..."
            start = k = k + 1
            while k < n and k - start < 10 and (_initial_upper(toks.text[k]) or toks.text[k] == "."):
                k += 1
        if k == start or k >= n - 1 or toks.text[k] != ":" or not _initial_alnum(toks.text[k - 1]) and toks.text[k - 1] != ")":
            start = self.dashed_label(toks)
            if start < 0:
                return None
            k = start
            while toks.text[k] != ":":
                k += 1
        words = [toks.low[t] for t in range(start, k) if _initial_alnum(toks.text[t])]
        if not words or words[0] in self.tables.colon_not_sources or " ".join(words) in self.tables.colon_not_sources:
            return None
        if len(words) > 1 and (words[0] in self.tables.boundaries or (
                _ends_with(words[0], "ing") and words[1] in self.tables.determiners)):
            return None  # "IN GAZA: Hope of lasting peace shatters", "POLICING THE USA: ...": a heading, no speaker
        if len(words) == 1 and (_any_cue_word(words, self.cues, self.anonymous_heads)
                                or words[0].split("-", 1)[0] in self.tables.number_words):
            return None  # ("Four: Israeli researchers think ...", "Twenty-one: ...": an item of a numbered list)
        source = self.part(toks.starts[start], toks.ends[k - 1])
        cue = _new_record(Part, (toks.starts[k], toks.ends[k], ":"))
        content = self.content_after(toks, k + 1, s_end)
        if source is None or content is None or not any(map(str.isalpha, content.text)) or _names_listed(content.text):
            return None  # (or "Clinton: 2,316.", "Pledged: 781.": a tally; "Iowa: Tim Albrecht, Brad Anderson": a list)
        form = CueForm((":",), ":", "neutral", False)
        return self.make(source, cue, content, form, s_start, s_end, kind=None)

    def dashed_label(self, toks: _Tokens) -> int:
        """Where a speaker's label starts after a dash that ends a heading in any case, the label's colon followed by a
        quotation mark ("IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “Although
        ...", "Pollsters agree - Carl Bialik: “One of ..."), or -1: capitalised words, "and" between two of them."""
        n = len(toks.low)
        for d in range(1, min(n - 3, 30)):
            if toks.text[d] in _SIGNATURE_DASHES and toks.starts[d] > toks.ends[d - 1]:  # a dash standing alone
                k = d + 1
                while k < n - 1 and k - d <= 8 and (_initial_upper(toks.text[k]) or toks.text[k] == "." or (
                        toks.low[k] == "and" and k > d + 1 and _initial_upper(toks.text[k + 1]))):
                    k += 1
                if k > d + 1 and k < n - 1 and toks.text[k] == ":" and toks.text[k + 1] in _OPENERS:
                    return d + 1
                return -1  # (the first dash only)
        return -1

    def signatures(self) -> list:
        """Quotations signed with a dash and a name ('“He represents our greatest shame.” ― Sonya Herridge',
        '"..."\n\n- Bernie Sanders.', '"..." — President Obama in a speech'), and embedded posts, which end in a dash,
        a name and a handle ('Not going to happen in the U.S. — Donald J. Trump (@realDonaldTrump) June 18, 2018';
        `framing.text.posts`): (dash, name start, name end, content start, content end) of each, in text order."""
        text, found = self.text, []
        n = len(text)
        links, not_names = self.tables.signature_links, self.tables.colon_not_sources
        for q in self.quotes:
            p = q.end
            while p < n and text[p] in " \t\xa0\n":
                p += 1
            if p >= n or text[p] not in _SIGNATURE_DASHES or not q.closed:
                continue
            dash = p
            p += 1
            while p < n and text[p] in " \t\xa0":
                p += 1
            name = SIGNER.match(text, p)
            if name is None:
                continue
            if q.mark == POST:  # the post's name and handle were checked when it was found
                found.append((dash, p, name.end(), q.start, q.end))
                continue
            if name.group().split()[0].lower().rstrip(".") in not_names:
                continue
            closing = text[q.inner_start:q.inner_end].rstrip()[-1:]  # a signed quotation is a whole utterance
            lines = text.count("\n", q.end, dash)  # the dash opens a line of its own
            end = name.end()
            if text[end - 1] == "." and end - p > 3 and not _ends_abbrev(text, p, end):
                end -= 1  # "- Bernie Sanders.": the sentence's full stop
            after = end
            while after < n and text[after] in " \t\xa0":
                after += 1
            word = _WORD.match(text, after)
            if after < n and text[after] not in "\n,.(<;" and text[after] not in _OPENERS and (
                    word is None or word.group() not in links):
                continue  # "—Carol E. Lee contributed to this article", "— Updated at 11:38 a.m."
            if not lines and closing not in ".!?…," and after < n and text[after] != "\n" and text[after] not in _OPENERS:
                continue  # 'the story “fake news about us” — Trump, for one, repeats it': a dash inside a sentence
            found.append((dash, p, end, q.start, q.end))
        return found

    def signed(self, signature: tuple, s_start: int, s_end: int) -> Attribution | None:
        """The attribution of a signed quotation or post (`signatures`), unless another's content holds it."""
        dash, name_start, name_end, start, end = signature
        for made in self.out:
            if made.content is not None and made.content.start <= start and end <= made.content.end:
                return None
        content = self.part(start, end) if self.text[start] not in _OPENERS else \
            _new_record(Part, (start, end, self.text[start:end]))
        if content is None:
            return None
        source = _new_record(Part, (name_start, name_end, self.text[name_start:name_end]))
        cue = _new_record(Part, (dash, dash + 1, self.text[dash]))
        return self.make(source, cue, content, _SIGNATURE, s_start, s_end, kind="direct")

    # -- verbal cues ---------------------------------------------------------------------
    def verbal(self, toks, i, size, form, s_start, s_end, local) -> Attribution | None:
        if i + size < len(toks.low) and (toks.low[i + size] in self.tables.phrasal_particles or (
                form.lemma in self.tables.appearance_verbs and toks.low[i + size] in self.tables.boundaries
                and toks.low[i + size] not in ("to", "that", "like", "as", "if", "though"))):
            return None  # "showed up", "called off": a phrasal verb; "appeared on Fox News": a physical appearance
        light = 1 if i > 1 and toks.low[i] in self.tables.modified_nouns and (
            toks.low[i - 1] in self.tables.object_cue_verbs or (
                toks.low[i] in self.tables.taken_cue_nouns and toks.low[i - 1] in self.tables.taking_verbs)) else 0
        # ("Nixon also raised doubts about", "Xi renewed calls for", "took note of": the verb and its object are one
        # cue)
        if i > 2 and toks.low[i - 1] == "out" and toks.low[i] in self.tables.modified_nouns \
                and toks.low[i - 2] + " out" in self.tables.particle_cue_verbs:
            light = 2  # "Some coal advocates still hold out hope that": the verb, its particle and its object
        j, passive = self.skip_auxiliaries(toks, i - 1 - light)
        participle = _ends_with(form.words[0], "ing")
        if j < 0 and toks.low[i] == "asked" and self.asks(toks, i + 1):
            return self.question(toks, i, size, form, s_start, s_end)
        if i + size < len(toks.low) and toks.low[i + size] in self.tables.cue_particles \
                and not self.approximate(toks, i + size):
            size += 1  # "talked about", "warned of", "said:": the word belongs to the cue, not the content
        elif i + size + 1 < len(toks.low) and toks.low[i + size] == "by" and toks.low[i + size + 1] in self.cues \
                and _ends_with(toks.low[i + size + 1], "ing"):
            size += 2  # "Trump responded by saying he needs 60 votes": one report, with its verb's stance (the gerund
            # is no second cue: `sentence` goes on after the cue's end), its content after the gerund
        if j >= 0 and toks.low[j] == "to":
            return self.inherit(toks, i, size, form, s_start, s_end, local, j)
        if j >= 0 and toks.low[j] in ("when", "if", "after", "before", "while", "once", "until") and _ends_with(toks.low[i], "ed"):
            return self.inherit(toks, i, size, form, s_start, s_end, local, j)
        if participle and not passive and j >= 0 and toks.low[j] not in (",", "—", "–", "while", "after", "before", "by", "when", "in") \
                and toks.text[j] not in _CLOSERS:
            if toks.low[j] in ("and", "but") and (local or self.subject_np(toks, j)):
                return self.inherit(toks, i, size, form, s_start, s_end, local, j)
            if toks.low[i - 1] in self.tables.time_nouns and not local:
                # "Democrats spent much of the day asking", "His chief strategist John Weaver issued a memo Tuesday
                # calling": the time ends a clause, whose subject the participle takes
                subject = self.subject_np(toks, j)
                if subject is not None and self.one_clause(toks, subject[1] + 1, j + 1):
                    return self.make(self.part(toks.starts[subject[0]], toks.ends[subject[1]]),
                                     self.verb_span(toks, i, i + size), self.content_after(toks, i + size, s_end),
                                     form, s_start, s_end, kind=None)
            with_np = self.left_np(toks, j)
            if with_np is None:
                return None
            if with_np[0] == 0 or toks.low[with_np[0] - 1] != "with":
                start = with_np[1]
                while start > with_np[0] and (_initial_upper(toks.text[start - 1]) or toks.text[start - 1] in (".", "'")):
                    start -= 1
                if not _initial_upper(toks.text[with_np[1]]) or _initial_lower(toks.text[start]):
                    if not self.reduced_relative(toks, i + size):
                        return None  # a gerund or noun ("a news briefing")
                    cue_part = self.verb_span(toks, i, i + size)
                    return self.make(None, cue_part, self.content_after(toks, i + size, s_end), form, s_start, s_end, kind=None)
                else:
                    with_np = (start, with_np[1])
            content = self.content_after(toks, i + size, s_end)
            if content is None:
                return None  # "with 94 percent of precincts reporting": the participle reports nothing
            source = self.np_part(toks, with_np[0], with_np[1])
            cue_part = self.verb_span(toks, i, i + size)
            return self.make(source, cue_part, content, form, s_start, s_end, kind=None)
        cue_end = i + size
        cue_part = self.verb_span(toks, i - light, cue_end)
        after_cue = self.past_addressee(toks, cue_end) if form.lemma in self.tables.addressee_verbs else cue_end
        anonymous_passive = unnamed = False
        inherited: Attribution | None = None
        source_part = None
        content_part = None
        left = None if participle and not passive else self.left_np(toks, j)
        if left is not None and left[0] >= 3 and left[1] == j and toks.low[j] not in self.tables.relative_pronouns:
            left = (self.published_start(toks, left[0]), left[1])  # (but "a complaint written by an official who")
        if left is not None and self.clause_rest(toks, left[0], left[1]):
            self.clause_starts[cue_part.start] = toks.starts[left[0]]  # where a content before it ends
            left = None
        inverted = None
        inverting = size == 1 and not participle and form.lemma in self.tables.inverting_verbs
        if inverting:
            inverted = self.inverted_past_aside(toks, i, j, left)
            if inverted is not None:  # "Government has a role to play, too, says Mr. Castro.": no source before it
                left = None
        if left is None and inverted is None and not participle and j >= 0 and toks.low[j] == "," and j == i - 1:
            left = self.appositive_np(toks, j)
            if left is not None and inverting:
                inverted = self.name_to_the_end(toks, cue_end)
                if inverted is not None:  # "... to Jarablus, a town under the control of Turkey, said Syrian state
                    left = None           # TV.": a name ending the sentence after the cue is its source (found once)
        if left is None and inverted is None and not participle and j == i - 1 and (
                j < 0 or toks.low[j] in (",", "—", "–") or toks.text[j] in _CLOSERS or toks.text[j] in _OPENERS) \
                and not self.reduced_passive(toks, i, i):  # ('a Russian "troll factory" accused of spreading': none)
            quoted = j >= 0 and toks.text[j] in _CLOSERS and self.opening_quote(toks, j)
            inverted = self.right_np(toks, cue_end, quoted or (inverting and j >= 0 and toks.low[j] == ","))
            if inverted is not None and not quoted and not inverted[2] and inverted[1] > inverted[0] and \
                    self.possessive_pronoun(toks.low[inverted[0]]) and \
                    not _any_capitalised(toks.text, inverted[0] + 1, inverted[1] + 1):
                inverted = None  # "..., said her father, Philip Breen", "wrote its chief executive Mike Manley in";
                # not "..., said their leaders caved", "..., says his performance diminished": the content's subject
        if left is None and inverted is None and not participle and j >= 0:
            low = toks.low[j]
            if low in (",", "—", "–"):
                left = self.appositive_np(toks, j)
            elif low in ("who", "which") and j > 0:
                left = self.left_np(toks, j - 1)
            elif low in ("and", "but") and j > 0:
                if local and local[-1].source is not None:
                    inherited = local[-1]
                else:
                    subject = self.relative_antecedent(toks, j)
                    if subject is None:
                        subject = self.subject_np(toks, j)
                    if subject is not None:
                        left = subject
        if inherited is not None:
            source_part = inherited.source
            content_part = self.content_after(toks, after_cue, s_end)
        elif left is not None:
            a, b = left
            if not passive and (self.relative_participle(toks, b, i, cue_end)
                                or self.published_thing(toks, b, i, cue_end)):
                return None  # "The deal announced Wednesday comes as", "a video posted online": neither says a thing
            source_part = self.np_part(toks, a, b)
            # "it" alone, or opening a clause after other words ("Yet today it seems", "For a long time it was assumed")
            alone = toks.low[b] in self.tables.impersonal_subjects and (
                b == a or self.clause_subject_pronoun(toks, a, b))
            if passive and alone and cue_end < len(toks.low) and toks.low[cue_end] == "by":
                by_np = self.right_np_any(toks, cue_end + 1, _AGENT_WORDS)
                if by_np is None:
                    return None
                return self.agent_of_it(toks, cue_part, self.part(toks.starts[b], toks.ends[b]), by_np, form,
                                        s_start, s_end, True)
            if passive and alone:
                source_part, anonymous_passive = None, True
                self.clause_starts[cue_part.start] = toks.starts[a]  # where a content before it ends
            elif form.lemma in self.tables.raising_verbs and (alone or (
                    b == a and toks.low[b] in self.tables.expletive_subjects)):
                source_part, unnamed = None, True  # "it may seem odd", "It appears to boil down to", "Instead,
                # there seem to be new ones": nobody, not the body named last
                self.clause_starts[cue_part.start] = toks.starts[a]  # ("... has been poisoned, there appears")
            elif passive and not participle and (form.lemma in self.tables.as_complement_verbs or (
                    toks.low[i] not in self.tables.passive_cues
                    and form.stance not in self.tables.experiencer_stances)):
                # "she is seen as a uniter": the subject is what is seen, not who sees it
                agent = cue_end + 1 if cue_end < len(toks.low) and toks.low[cue_end] == "by" else None
                if agent is None:  # "he was widely criticized": an unnamed speaker judged him; "the document was found": nobody
                    if form.stance not in self.tables.agentless_passive_stances \
                            and form.lemma not in self.tables.as_complement_verbs:
                        return None
                    return self.make(None, cue_part, source_part, form, s_start, s_end, kind=None)
                by_np = self.right_np_any(toks, agent, _AGENT_WORDS)
                if by_np is None:
                    return None
                content_part = source_part
                source_part = self.part(toks.starts[by_np[0]], toks.ends[by_np[1]])
                return self.make(source_part, cue_part, content_part, form, s_start, s_end, kind=None)
            elif passive and not participle and toks.low[i] in self.tables.passive_cues \
                    and toks.low[i] not in self.tables.subject_passive_cues:
                # "Sanders was asked to name", "Trump is expected to deliver", "Priebus was said to be furious": the
                # subject is who was asked or spoken of, not who spoke; the speaker is the agent after "by" ("The
                # meeting was first reported by the New York Times"), else nobody the text names (anonymous where the
                # verb reports a claim or belief; an addressee verb's speaker is only unnamed)
                self.clause_starts[cue_part.start] = toks.starts[a]  # where a content before it ends
                self.speaker_of(source_part, s_start, s_end, True)  # (the one later pronouns stand for, as before)
                by_np = self.passive_agent(toks, cue_end) if cue_end < len(toks.low) and toks.low[cue_end] == "by" \
                    else None
                if by_np is not None:
                    return self.agent_of_it(toks, cue_part, source_part, by_np, form, s_start, s_end, False)
                source_part, unnamed = None, True
                anonymous_passive = form.lemma not in self.tables.addressee_verbs
            elif not passive and j == i - 1 and self.reduced_passive(toks, i, a):
                # "more than two dozen Russians accused of interfering", "officers accused of civil rights
                # violations": a passive's participle after the noun it describes (these verbs take their object
                # before the particle), which is whom the report is about; spoken by nobody the text names
                # ("a man believed to be behind the shooting", "women thought to be witches": anonymous, a belief)
                self.speaker_of(source_part, s_start, s_end, True)  # (the one later pronouns stand for, as before)
                self.clause_starts[cue_part.start] = toks.starts[a]
                source_part, unnamed = None, True
                anonymous_passive = toks.low[i] in self.tables.raised_participles
            before = self.quote_before(toks, a, s_start)
            if before is not None and not self.label_before(toks, before, cue_end, form, s_start):
                content_part = self.content_before(toks, a, s_start)
            else:
                content_part = self.content_after(toks, after_cue, s_end)
                if content_part is None or (len(content_part.text) < 3 and content_part.text.lower() != "no"):
                    content_part = self.content_before(toks, a, s_start) or content_part
                elif a == 0 and form.lemma in self.tables.addressee_verbs and toks.low[i] != form.lemma \
                        and self.listener_ends(toks, after_cue):
                    # '“... such a stupid wall!” Mr. Calderón told CNBC.' (split after the "!"): the quotation of the
                    # paragraph was told, CNBC was told it
                    before = self.content_before(toks, a, s_start)
                    if before is not None and self.text.find("\n", before.end, s_start) < 0:
                        content_part = before
                elif a >= 2 and toks.text[a - 1] == "," and "," in self.text[cue_part.end:content_part.start] \
                        and _count_alnum(toks.text, 0, a - 1) <= _FRONTED_WORDS \
                        and self.quote_at(content_part.start) is None:
                    # "The economy, Trump said, is the strongest it has ever been": the whole clause
                    content_part = self.part(s_start, content_part.end)
            if local and _overlaps(content_part, local[-1].content) and (
                    (local[-1].source is None and not _infinitive(local[-1]))
                    or local[-1].cue is not None and local[-1].cue.start == toks.starts[0]):
                # "Asked whether ..., 75 percent said yes": the question is not the answer, nor the words of a
                # participle opening the sentence the main verb's ('Calling the request “repugnant,” Frosh said in a
                # statement that'); but with nothing after the cue ("After refusing to leave ..., police said.") the
                # clause before it is the content; an infinitive with no source is no question ('It is "absurd" to
                # suggest otherwise, Sessions said': the clause is what he said)
                content_part = self.content_after(toks, after_cue, s_end) or content_part
        elif participle:
            labelled = self.labelled_speaker(toks, i, j, cue_end)
            if labelled is not None:
                source_part = labelled
            elif local and local[-1].source is not None:
                # (an earlier cue of the sentence with no source gives none: "Asked whether ..., Mr. Santorum did not
                # back down, saying", "Nixon appeared on most of the talk shows, calling": the subject is read below)
                inherited = local[-1]
                source_part = inherited.source
            else:
                subject = self.subject_np(toks, j)
                if subject is None:  # "By slamming ...", "Recalling ..., the statement urged": no subject before it
                    content = self.content_to_comma(toks, cue_end, s_end)
                    main = self.opening_clause_subject(toks, j, content)
                    source = self.part(toks.starts[main[0]], toks.ends[main[1]]) if main is not None else None
                    return self.make(source, cue_part, content, form, s_start, s_end, kind=None)
                source_part = self.part(toks.starts[subject[0]], toks.ends[subject[1]])
            content_part = self.content_after(toks, after_cue, s_end)
        else:
            if inverted is not None:
                a, b, _ = inverted
                b = self.extend_appositive(toks, b)
                source_part = self.part(toks.starts[a], toks.ends[b])
                content_part = self.content_before(toks, i, s_start)
                if content_part is None and i == 0:
                    content_part = self.quote_after_source(toks, b)  # "Said Comey, “The thought ...”"
                if content_part is None:
                    return None
            elif j < 0 or (toks.low[j] in self.tables.boundaries and toks.low[j] not in ("that", "and", "but")) \
                    or (cue_end < len(toks.low) and toks.low[cue_end] == "by"):
                # opening the sentence ("Welcome to ...", "Remember: ..."), after a preposition ("in favor",
                # "as expected"), or a passive ("Warned by aides, Kerry said"): no cue
                return None
            else:  # a subject this rule cannot delimit ("the polls that show ...", "47% say ..."): an unnamed source
                content = self.content_after(toks, after_cue, s_end)
                return self.make(None, cue_part, content, form, s_start, s_end, kind=None) if content else None
        if source_part is None and not anonymous_passive and not unnamed and inherited is None:
            return None
        if source_part is not None and (content_part is None or form.stance not in self.tables.unquoting_stances) \
                and self.ends_in_colon(cue_part.end, s_end):
            # 'Dr. Ward stated:', 'Trump responded to the allegations in a statement:' and the quotation below
            content_part = self.quote_opening_after(s_end) or content_part
        if content_part is None:
            return None  # "X declined to comment." reports no content
        made = self.make(source_part, cue_part, content_part, form, s_start, s_end,
                         kind=None, anonymous=anonymous_passive, inherited=inherited)
        if left is not None and source_part is not None and inherited is None and source_part.end < cue_part.start \
                and "(" in self.text[source_part.end:source_part.end + 2]:
            label = _PARTY_LABEL.match(self.text, source_part.end, cue_part.start)
            if label is not None:  # "Sen. Bernie Sanders (I-Vt.) defended": the party label belongs to the name
                end = label.end()
                made = made._replace(
                    source=_new_record(Part, (source_part.start, end, self.text[source_part.start:end])))
        return made

    def reduced_passive(self, toks: _Tokens, i: int, a: int) -> bool:
        """True if token i is a participle of `object_first_participles` right before a particle ("accused of"), or
        one of `raised_participles` before "to be" or "to have" after a word that is no subject pronoun ("a man
        believed to be"), and no relative pronoun stands among the words from the one before token a to it (not "whom
        they accused of", "the court, which they accused of"): with no auxiliary before it, a passive's."""
        low = toks.low
        if i + 1 >= len(low):
            return False
        if low[i] in self.tables.object_first_participles:
            if low[i + 1] not in self.tables.cue_particles:
                return False
        elif low[i] not in self.tables.raised_participles or low[i + 1] != "to" or i + 2 >= len(low) \
                or (low[i + 2] != "be" and low[i + 2] != "have") or i == 0 \
                or low[i - 1] in self.tables.subject_pronouns:
            return False
        for t in range(max(0, a - 1), i):
            if low[t] in self.tables.relative_pronouns:
                return False
        return True

    def agent_of_it(self, toks: _Tokens, cue_part: Part, subject: Part, by_np: tuple, form: CueForm, s_start: int,
                    s_end: int, update: bool) -> Attribution:
        """A passive's agent, tokens `by_np`, is its source ("it was reported by CNN that ...", "It was backed by most
        Shiite members", "The meeting was first reported by the New York Times"); the content is the clause after the
        agent where "that" opens one, else the subject; with `update` false the resolver keeps the last one named (a
        personal passive's subject, whom a later "he" stands for: "Brennan was asked by Sen. Saxby Chambliss ... He
        responded")."""
        after = by_np[1] + 1
        content = self.content_after(toks, after, s_end) if after < len(toks.low) and toks.low[after] == "that" \
            else None
        return self.make(self.part(toks.starts[by_np[0]], toks.ends[by_np[1]]), cue_part, content or subject, form,
                         s_start, s_end, None, False, None, update)

    def passive_agent(self, toks: _Tokens, k: int) -> tuple | None:
        """Tokens of a personal passive's agent after "by" at token k, ending before "that", "as" or a word of
        `question_openers` ("was asked by Sen. Saxby Chambliss why", "are told by two intelligence sources that"): the
        noun phrase `right_np` reads there, else one of at most four words ending there, at a mark or at the sentence's
        end; None where neither ends it ("was asked by reporters in California on Friday if he had")."""
        plain = self.right_np_any(toks, k + 1, _AGENT_WORDS)
        if plain is None:
            return None
        a, b = plain
        openers = self.tables.question_openers
        for t in range(a + 1, b + 1):
            if toks.low[t] in openers and _initial_lower(toks.text[t]):
                b = t - 1
                break
        found = self.right_np(toks, k, False)
        if found is not None:
            return a, min(found[1], b)
        if b - a < 4 and (b + 1 >= len(toks.low) or not _initial_alnum(toks.text[b + 1])
                          or toks.low[b + 1] in openers or toks.low[b + 1] in ("that", "as")):
            return a, b
        return None

    def np_part(self, toks: _Tokens, a: int, b: int) -> Part | None:
        """Source part of tokens a..b; a contracted pronoun keeps only the pronoun ("she's hoping": "she"), and
        an opening word that never begins a name is left out ("which he said": "he"; "even Mr. Slinker says")."""
        if b == a and toks.low[a] in self.tables.contractions:
            return self.part(toks.starts[a], toks.ends[a] - 2)
        if b > a and (toks.low[b] in self.tables.subject_pronouns or toks.low[b] in self.tables.object_case_pronouns) \
                and self.clause_subject_pronoun(toks, a, b):
            a = b  # "something he acknowledges", "five things we learned", "2. He has", "a law it opposes": the cue's
            # subject
        elif b > a and toks.low[a] in self.tables.indefinite_objects and self.opens_noun_phrase(toks, a + 1):
            a += 1  # "something polls indicate", "something no one thinks": the object, then the cue's subject
        openers, opening = self.tables.name_openers, self.tables.pronouns_or_determiners
        if a == 0 < b and ((toks.low[0] in self.tables.opening_prepositions and (
                _initial_upper(toks.text[1]) or toks.low[1] in opening)) or (
                toks.low[0] in self.tables.sentence_openers and toks.low[0] not in self.tables.focus_adverbs
                and toks.low[1] not in self.tables.time_nouns and not self.time_possessive(toks.low[1]))):
            a = 1  # a sentence's opening preposition or adverb: "Despite Trump saying", "Thus Democratic Party
            # economist Jason Furman", "Sometimes officials seem" (but "Not a lot of people", "Only a handful of
            # countries", "Last week, ...", "Last week's decision")
        while a < b and (not _initial_alnum(toks.text[a]) or (toks.low[a] in openers or (
                toks.low[a] in self.tables.time_openers and _initial_upper(toks.text[a]))) and (
                _initial_upper(toks.text[a + 1]) or toks.low[a + 1] in opening)):
            a += 1  # not "which together vowed": there "which" is the subject; "Later Trump backed": Trump
        relative = a < b and toks.low[a] in self.tables.relative_pronouns and toks.low[a] != "that" \
            and _initial_lower(toks.text[a])  # "who", "which", "whom" before more words (not "WHO officials")
        if relative and _initial_lower(toks.text[a + 1]) and (
                self.source_head(toks.low[a + 1]) or toks.low[a + 1] in self.tables.quantifiers):
            a += 1  # "which critics say", "who police said", "which many consider": the pronoun is the report's
            # object or subject's (not "WHO officials": the World Health Organization's)
        elif relative and toks.low[a + 1] != "by" and (
                toks.low[a + 1] in self.tables.opening_prepositions or toks.low[a + 1] == "also"
                or toks.low[a + 1] in self.tables.participle_openers
                or (toks.low[a + 1] == "as" and toks.low[a] != "which")):
            b = a  # "Trump, who at the summit appeared", "Pelosi, who as speaker posted": the pronoun is the subject,
            # the phrase after it none of the source (not "which by one estimate", "which as Vox's Ezra Klein
            # explained")
        end = toks.ends[b]
        if b + 1 < len(toks.low) and toks.text[b + 1] == "." and toks.starts[b + 1] == end \
                and _initial_upper(toks.text[b]) and ("." in toks.text[b] or toks.low[b] in self.res.stopped_suffixes):
            end += 1  # "the U.S.", "Donald Trump Jr.": the stop belongs to the abbreviation (`part` keeps it)
        return self.part(toks.starts[a], end)

    def clause_subject_pronoun(self, toks: _Tokens, a: int, b: int) -> bool:
        """True if the words a..b before a cue end in the subject pronoun of a clause of its own: after a phrase of time
        or place ("Yet today it seems"), after a noun whose "that" is left out ("something he acknowledges", "a claim it
        strongly denies"), or after a sentence's end the splitting missed or a dash ("Medicare Part D. He proposed",
        "new rules -- he said"); not a conjunct ("he and I") nor, for "it", an object ("The woman who started it", "a
        person granted anonymity to discuss it", "All of it", "is it")."""
        lows, text = toks.low, toks.text
        pronoun, before = lows[b], lows[b - 1]
        if pronoun in self.tables.subject_pronouns:
            return before not in ("and", "or", "&") and (_initial_alnum(text[b - 1]) or before in _BEFORE_NEW_CLAUSE)
        if pronoun not in self.tables.object_case_pronouns or before in self.tables.not_before_clause_subject \
                or before in self.tables.auxiliaries or _ends_with(before, ("ing", "ed")):
            return False  # ("is it", "have it", "liberating it": an inverted subject or an object)
        if not (_initial_alnum(text[b - 1]) or before in _BEFORE_NEW_CLAUSE):
            return False
        for t in range(a, b - 1):
            if lows[t] in self.tables.relative_pronouns or lows[t] == "to":
                return False  # "everyone who gets it knows": the relative clause's object
        return True

    def opens_noun_phrase(self, toks: _Tokens, k: int) -> bool:
        """True if token k opens a noun phrase of its own: a determiner, quantifier or vague head ("no one", "a few
        members", "anyone in the media"), a capitalised word ("the Center for ...") or a plural ("polls"); not "else",
        "more" or an adjective ("something else", "something new")."""
        low, tables = toks.low[k], self.tables
        return low in tables.determiners or low in tables.quantifiers or low in self.anonymous_heads or (
            _initial_upper(toks.text[k]) and _initial_alpha(toks.text[k])) or (
            _ends_with(low, "s") and not _ends_with(low, ("ss", "ous", "less")) and low not in tables.closed_words)

    def after_determiner(self, toks: _Tokens, k: int) -> bool:
        """True if token k follows a determiner, or a determiner and a lower-case word: a noun, whatever verb it may
        read as ("a coordinated push to urge", "the move to ban")."""
        determiners = self.tables.determiners
        return (k >= 1 and toks.low[k - 1] in determiners) or (
            k >= 2 and toks.low[k - 2] in determiners and _initial_lower(toks.text[k - 1]))

    def before_verb(self, toks: _Tokens, k: int) -> bool:
        """True if token k is an auxiliary, a negation or an adverb, which may stand before a cue ("has not also said");
        not a capitalised auxiliary between a capitalised word and a lower-case one, a name's ("Theresa May has said",
        "George Will wrote"; not in a headline's capitals: "Officials May Say")."""
        low = toks.low[k]
        if low in self.tables.auxiliaries:
            return not (0 < k < len(toks.low) - 1 and _initial_upper(toks.text[k]) and _initial_upper(toks.text[k - 1])
                        and _initial_lower(toks.text[k + 1])) and not self.modal_name(toks, k) and not self.dated(toks, k)
        return low.endswith("n't") or (
            low.endswith("ly") and len(low) > 4 and _initial_lower(toks.text[k]) and low not in self.tables.not_adverbs)

    def modal_name(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a modal written with a capital before a lower-case word no modal takes: a finite
        auxiliary or a cue's inflected form, so a name ("May said", "Will wrote", "May has said"; not "May say")."""
        if k + 1 >= len(toks.low) or toks.low[k] not in self.tables.modals or not _initial_upper(toks.text[k]) \
                or not _initial_lower(toks.text[k + 1]):
            return False
        if self.dated(toks, k):
            return False  # "in May said": the month
        after = toks.low[k + 1]
        if after in self.tables.finite_auxiliaries:
            return True
        if not self.cues.get(after):
            return False
        return not self.base_form(after)  # not "May say", "May point out": the base form a modal takes

    def dated(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a month written with a capital, or a year, after a lower-case word of
        `month_prepositions` ("in May", "early June", "in 2008"): a date, not a modal ("The administration in May
        said") nor a source ("South Korea in 2008 said"); not a year before a word in -ing, whose subject is the
        clause's ("Trump entered the White House in 2017 vowing")."""
        return k > 0 and (toks.low[k] in self.tables.months and _initial_upper(toks.text[k]) or (
            _year(toks.text[k]) and not (k + 1 < len(toks.low) and _ends_with(toks.low[k + 1], "ing")))) \
            and toks.low[k - 1] in self.tables.month_prepositions and _initial_lower(toks.text[k - 1])

    def day_dated(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a day's number after a month and a lower-case preposition ("on May 1", "since April
        30"): the end of a date."""
        return len(toks.text[k]) <= 2 and toks.text[k].isdigit() and toks.low[k - 1] in self.tables.months \
            and _initial_upper(toks.text[k - 1]) and _initial_lower(toks.text[k - 2]) \
            and (toks.low[k - 2] == "on" or toks.low[k - 2] in self.tables.month_prepositions)

    def verb_span(self, toks: _Tokens, i: int, end: int) -> Part:
        """The verbal cue i..end-1 with the auxiliaries and adverbs just before it ("has also said", "did not deny")."""
        a = i
        while a > 0 and self.before_verb(toks, a - 1):
            a -= 1
        if a > 0 and toks.text[a - 1] == "to":
            a -= 1  # the infinitive's marker belongs to its verb, as PolNeAR marks it ("declined to comment")
        start, stop = toks.starts[a], toks.ends[end - 1]
        return _new_record(Part, (start, stop, self.text[start:stop]))  # word tokens (and a final ':') need no trimming

    def reduced_relative(self, toks: _Tokens, k: int) -> bool:
        """True if a participle cue ending before token k, after a common noun, opens what the noun reports ("a sign saying ...")."""
        if k >= len(toks.low):
            return False
        nxt = toks.text[k]
        if not _initial_alnum(nxt):
            return nxt in _OPENERS or nxt == ":"
        low = toks.low[k]
        return low == "that" or not (low in self.tables.boundaries or low in self.tables.auxiliaries)

    def asks(self, toks: _Tokens, k: int) -> bool:
        """True if the words from k to the next comma say what a sentence-opening "Asked" asked: a question word
        ("Asked whether ...", "Asked on Fox News who leads ...", "Asked by Starnes if ...") or "to" and a verb
        ("Asked by Stephanopoulos to respond ..."); not a bare agent ("Asked by reporters, Kerry said")."""
        openers = self.tables.question_openers
        for t in range(k, min(len(toks.low), k + 12)):
            low = toks.low[t]
            if low == "," or low == ";":
                return False
            if low in openers and _initial_lower(toks.text[t]) or t == k and low in openers:
                return True
        return False

    def question(self, toks, i, size, form, s_start, s_end) -> Attribution | None:
        """'Asked whether ..., 75 percent of Democrats said yes': the question, with no source named."""
        for t in range(i + size, len(toks.low)):
            tok = toks.text[t]
            if tok == "," and self.quote_at(toks.starts[t]) is None:
                end = toks.starts[t]
                break
            if tok in _CLOSERS and toks.text[t - 1] == ",":
                end = toks.ends[t]
                break
        else:
            return None
        cue = self.part(toks.starts[i], toks.ends[i + size - 1])
        return self.make(None, cue, self.part(toks.starts[i + size], end), form, s_start, s_end, kind=None)

    def inherit(self, toks, i, size, form, s_start, s_end, local, j) -> Attribution | None:
        """A cue without its own subject ('X went on TV to discuss', 'when asked', 'and accusing'): the clause's
        subject, or the object of a verb of `object_control_verbs` right before its "to" ("prompted Edison to say")."""
        controlled = self.controlled_object(toks, j) if toks.low[j] == "to" else None
        if controlled is not None:
            source = self.part(toks.starts[controlled[0]], toks.ends[controlled[1]])
        elif local and local[-1].source is not None:
            source = local[-1].source
        else:
            subject = self.subject_np(toks, j)
            if subject is None and toks.low[0] in self.tables.expletive_subjects:
                return None  # "There are more productive ways to express ...": nobody speaks
            word = toks.low[subject[0]] if subject is not None and subject[0] == subject[1] else ""
            if toks.low[j] == "to" and (word in self.tables.impersonal_subjects or (
                    word in self.tables.contractions and word[:-2] in self.tables.impersonal_subjects)) \
                    and self.extraposed(toks, subject[0], j):
                # "It is important to note", "It took evidence for commissioners to agree": an empty "it" holding
                # the infinitive's clause, whose agent is the "for" phrase before it, if any (not the body "it"
                # would otherwise stand for)
                source = self.for_agent(toks, subject[0], j)
            else:
                # no subject before it ("workers gathered at the bar to talk about ..."): an unnamed source
                source = self.part(toks.starts[subject[0]], toks.ends[subject[1]]) if subject is not None else None
        cue = self.verb_span(toks, i, i + size)
        return self.make(source, cue, self.content_after(toks, i + size, s_end), form, s_start, s_end, kind=None)

    def controlled_object(self, toks: _Tokens, j: int) -> tuple[int, int] | None:
        """(first, last) token of the object between a verb of `object_control_verbs` and the "to" at token j: one to
        five words opened by a determiner, a quantifier, a pronoun or a capital, with no mark, boundary, auxiliary,
        "not" or adverb in -ly, ending in a capitalised word, a pronoun or a source's head ("prompted Southern
        California Edison to", "led House Speaker Nancy Pelosi to", "allow them to"; not "asked not to", "forced by
        tighter underwriting to", "got the chance to"); else None."""
        low, text, tables = toks.low, toks.text, self.tables
        verbs = self.res.words.get("object_control_verbs", ())
        for v in range(j - 2, max(j - 7, -1), -1):
            if not _initial_alnum(text[v]) and not (text[v] == "." and v and _initial_upper(text[v - 1])):
                return None  # (a capitalised abbreviation's full stop stays: "led Mrs. Fiorina to")
            if low[v] in verbs and _initial_lower(text[v]):
                first, last = v + 1, j - 1
                opener = low[first]
                if not (opener in tables.pronouns_or_determiners or opener in tables.quantifiers
                        or _initial_upper(text[first])):
                    return None
                for k in range(first, j):
                    if low[k] in tables.boundaries or low[k] in tables.auxiliaries or low[k] == "not" \
                            or (_ends_with(low[k], "ly") and _initial_lower(text[k])):
                        return None
                if _initial_upper(text[last]) or self.pronoun(low[last]) or self.source_head(low[last]):
                    return first, last
                return None
        return None

    def pronoun(self, low: str) -> bool:
        """True if a lower-cased word is a personal pronoun of any person ("him", "them", "us")."""
        tables = self.tables
        return low in tables.person_pronouns or low in tables.group_pronouns or low in tables.self_pronouns

    def extraposed(self, toks: _Tokens, k: int, j: int) -> bool:
        """True if "it" (or "it's") at token k is empty: its verb, after auxiliaries and adverbs and before the "to" at
        j, is one of `extraposing_verbs` ("It is important to note", "it doesn't take a conspiratorial mind to
        imagine", "It makes more sense to focus on", "It's hard to know"), a form of "be" not before a participle ("it
        would be forced to recognize", "It's helped fuel")."""
        m, verbs = k, self.tables.extraposing_verbs  # "it's": "it is", or "it has" and "been"
        if toks.low[k] in self.tables.impersonal_subjects:
            m += 1
            while m < j and toks.low[m] not in verbs and self.before_verb(toks, m):
                m += 1
            if m >= j or toks.low[m] not in verbs:
                return False
            verb = toks.low[m]
            if (verb[:-3] if _ends_with(verb, "n't") else verb) not in self.tables.auxiliaries:
                return True  # "took", "makes"; else a form of "be" ("isn't")
        n = m + 1  # the complement of "be" is no participle
        while n < j and self.before_verb(toks, n):
            n += 1
        return n < j and not _ends_with(toks.low[n], "ed")

    def for_agent(self, toks: _Tokens, k: int, j: int) -> Part | None:
        """The source part of a "for" phrase of at most eight words after token k and right before the "to" at j ("for
        liberals to see", "for a member of the Cabinet to criticize"), or None."""
        f = j - 1
        while f > k and j - f <= _FOR_AGENT_WORDS and toks.low[f] != "for" and _initial_alnum(toks.text[f]):
            f -= 1
        if f <= k or f == j - 1 or j - f > _FOR_AGENT_WORDS or toks.low[f] != "for" \
                or _ends_with(toks.low[f + 1], "ing"):
            return None  # (not "crucial for understanding the workings of democracy to recognize")
        return self.np_part(toks, f + 1, j - 1)

    def appositive_np(self, toks: _Tokens, j: int) -> tuple[int, int] | None:
        """Source before ', <appositive or participle or relative clause>,' and the cue ("Schiff, 56, who ..., told")."""
        mark = toks.low[j]
        end = j
        for _ in range(2):
            c = end - 1
            while c >= 0 and end - c <= 26 and toks.low[c] not in (",", ";", ":", "—", "–"):
                c -= 1
            if c < 1 or toks.low[c] != mark or c == end - 1:
                return None
            first = toks.low[c + 1]
            before = c - 1
            if toks.text[before] == ")":
                k = before - 1
                while k > 0 and before - k < 10 and toks.text[k] != "(":
                    k -= 1
                before = k - 1 if toks.text[k] == "(" else before
            main = self.left_np(toks, before)
            if main is not None:
                if self.reporting_aside(toks, c + 1, end):
                    return main  # "Those verses, Mather said, seem": the words before the aside, not its speaker
                if first.endswith("ing") or first in ("who", "which", "whose", "whom"):
                    return self.named_before(toks, main)
                named = _any_capitalised(toks.text, main[0], main[1] + 1)
                if named or _initial_upper(toks.text[c + 1]) or first in self.tables.determiners or _initial_digit(first):
                    return self.named_before(toks, (main[0], end - 1))
                return None
            end = c
        return None

    def reporting_aside(self, toks: _Tokens, first: int, end: int) -> bool:
        """True if tokens first..end-1 are a report's subject and verb set off as an aside (", he said,", ", the
        lawmakers said,", ", as the BBC says,", ", I think,"): the speaker of what stands around them, no appositive
        (not "the head of U.S. Africa Command", "the creators of the Comedy Central show", "one of those briefed")."""
        verb = toks.low[end - 1]
        if not 2 <= end - first <= _ASIDE_REPORT_TOKENS or verb not in self.tables.verb_only \
                or not _initial_lower(toks.text[end - 1]) or _ends_with(verb, "ing"):
            return False
        opened = toks.low[first] == "as"
        if toks.low[first] in self.tables.auxiliaries and _initial_lower(toks.text[first]):
            return False  # a verb phrase ("Spicer, ..., could easily have dismissed, denied and blamed")
        for k in range(first + 1 if opened else first, end - 1):
            if toks.low[k] in self.tables.boundaries or toks.low[k] in ("of", "among"):
                return False
        before = toks.low[end - 2]  # a pronoun or a plural before a base form ("I think", "critics contend")
        if not (before in self.tables.subject_pronouns or _plural_s(before)):
            inflected = False  # else a verb's inflected form ("said", "writes"): not a noun ("the chief vote counter")
            for form in self.cues.get(verb, ()):
                if not form.nominal and form.lemma != verb:
                    inflected = True
            if not inflected:
                return False
        if opened:
            return True
        subject = self.left_np(toks, end - 2)
        return subject is not None and subject[0] == first

    def named_before(self, toks: _Tokens, np: tuple[int, int]) -> tuple[int, int]:
        """`np` (a token range) from the name before it where it is that name's appositive ("Aaron Belkin, director of
        the Palm Center, which studies ...": from Aaron Belkin): a lower-case head after a comma after a capitalised
        name opening the clause; not after an opening phrase ("On Monday, the campaign, which ...", "However, one
        officer, who ...", "Speaking to The Verge, digital rights expert Michael Veale, who ...").
        An age after the name is its appositive too: "Joyce Ross, 64, a nursing assistant", "Adam Schiff, 56, who
        ...", "Vera Peete, 47, of Antioch, Calif." (from Joyce Ross, Adam Schiff, Vera Peete)."""
        comma = np[0] - 1
        head = toks.text[np[0]]
        if comma > 2 and toks.text[comma] == "," and _age(toks.text[comma - 1]) and toks.text[comma - 2] == ",":
            comma -= 2  # (", 47, of Antioch": the age between the name and the appositive)
        if comma < 1 or toks.text[comma] != "," or not (_initial_lower(head) or _party_tag(head) or _age(head)) \
                or not _initial_upper(toks.text[comma - 1]):
            return np  # (a party tag is the name's too: "Sen. John Cornyn, R-Texas, an adviser to ...")
        name = self.left_np(toks, comma - 1)
        if name is None or not _initial_upper(toks.text[name[0]]) or (name[0] > 0 and (
                _initial_alnum(toks.text[name[0] - 1]) or toks.text[name[0] - 1] == ",")):
            return np
        first, tables = toks.low[name[0]], self.tables
        if first in tables.sentence_openers or first in tables.time_words or first in tables.months or (
                name[0] == name[1] and _ends_with(first, "ly")) or first in tables.opening_prepositions \
                or first in tables.subject_prepositions:
            return np  # (nor a phrase opening the sentence: "Of the voters in Iowa, 47, a record, said")
        return name[0], np[1]

    def extend_appositive(self, toks: _Tokens, b: int) -> int:
        """'said Peter Wehner, a former director of ...', 'said Biden, who served as a senator for 36 years', 'said Dean
        Baker, co-director of the Center for Economic and Policy Research, a liberal think tank': extend an inverted
        source over its appositives or relative clause, as PolNeAR's sources hold them; not over a participle clause
        or a later cue ("said Smith, adding that ...", "said Smith, who added that ...")."""
        n = len(toks.low)
        end = b
        while end + 2 < n and toks.text[end + 1] == "," and self.opens_appositive(toks, end + 2):
            t = end + 2
            named = True  # only capitalised words read in it so far
            while t < n and toks.text[t] not in _PHRASE_STOPS and toks.text[t] not in _OPENERS:
                if toks.low[t] in self.cues and _initial_lower(toks.text[t]) and toks.low[t] not in self.anonymous_heads:
                    return end  # (the appositives before it, if any)
                if _initial_lower(toks.text[t]):
                    if named and t > end + 2 and toks.low[t] in self.tables.finite_words:
                        return end  # a name and a verb: a clause ("say his supporters, Mr. Beshear is staying")
                    named = False
                t += 1
            last = t - 1
            while last > end + 2 and not _initial_alnum(toks.text[last]):
                last -= 1
            if last - b > _APPOSITIVE_TOKENS:
                break
            end = last
            if t >= n or toks.text[t] != ",":
                break
        return end

    def name_ends_sentence(self, toks: _Tokens, a: int, b: int) -> bool:
        """True if tokens a..b, a capitalised name after an inverting cue and no time word, end the sentence but for a
        bracketed tag, the name's appositives or relative clause, then a comma and a time or setting (`after_cue`)
        ("said Sen. Chuck Grassley (R-Iowa).", "says Renée DiResta, who studies ...", "wrote Aaron Blake, Washington
        Post political expert, earlier this week.") or what `described_to_the_end` allows."""
        if not _initial_upper(toks.text[a]) or not _initial_upper(toks.text[b]) \
                or toks.low[a] in self.tables.time_words:
            return False
        n = len(toks.low)
        if b + 1 < n and toks.text[b + 1] == "(":
            limit = min(n, b + 9)  # a tag of up to seven tokens ("R-Iowa", "D-N.Y.")
            close = _closing_bracket(toks.text, b + 2, limit)
            if close < limit:
                b = close
        end = self.extend_appositive(toks, b)
        if not _count_alnum(toks.text, end + 1, n):
            return True
        if end + 2 < n and toks.text[end + 1] == "," \
                and not _count_alnum(toks.text, self.skip_phrases(toks, end + 2), n):
            return True  # "..., wrote Aaron Blake, Washington Post political expert, earlier this week.": a time
        return self.described_to_the_end(toks, b)

    def inverted_past_aside(self, toks: _Tokens, i: int, j: int, left: tuple | None) -> tuple | None:
        """The name after inverting cue i that ends the sentence, where a parenthetical adverb between commas stands
        before the cue and the words before it end a clause rather than name a subject (j: the token before the
        adverb; left: the noun phrase read back from j, or None): "The Paris talks could figure into the calculus,
        however, says Mr. Feinberg." (not "Democrats, though, said ...", "But Carney, too, said ...")."""
        if j < 0 or j + 3 >= i or toks.low[i - 1] != "," or toks.low[j + 1] != ",":
            return None
        if left is not None:
            before = left[0] - 1
            if before < 0 or not _initial_lower(toks.text[before]) \
                    or toks.low[before] in self.tables.clause_conjunctions:
                return None  # the noun phrase opens the sentence or a clause: the cue's subject
        return self.name_to_the_end(toks, i + 1)

    def name_to_the_end(self, toks: _Tokens, k: int) -> tuple | None:
        """The noun phrase at token k, right after an inverting cue, if it is a name that ends the sentence
        (`name_ends_sentence`); else None."""
        found = self.right_np(toks, k, False)
        if found is None or not self.name_ends_sentence(toks, found[0], found[1]):
            return None
        return found

    def described_to_the_end(self, toks: _Tokens, b: int) -> bool:
        """True if a comma and a lower-case word after token b open what describes the name before them to the
        sentence's end: each later comma comes before a capital, a digit, a determiner, a relative pronoun or a place
        preposition ("said Nadia, who asks that ...", "said Paul Feeney, a spokesman for ..., Local 2222, in
        Dorchester."; not "said Mr. Reid, a former boxer ..., likely relishes ...", "said E-Verify, the government's
        system ..., is ...", nor "said McConnell, 75, is ...", a digit after the first comma)."""
        n, tables = len(toks.low), self.tables
        if b + 2 >= n or toks.text[b + 1] != "," or not _initial_lower(toks.text[b + 2]):
            return False
        for t in range(b + 3, n - 1):
            if toks.text[t] == "," and _initial_lower(toks.text[t + 1]) and not (
                    toks.low[t + 1] in tables.determiners or toks.low[t + 1] in tables.relative_pronouns
                    or toks.low[t + 1] in tables.place_prepositions):
                return False
        return True

    def opens_appositive(self, toks: _Tokens, k: int) -> bool:
        """True if token k may open an appositive or relative clause after an inverted source: a capitalised word, a
        number, a determiner, "who"/"whose", or a lower-case noun ("chairman of", "senior counsel"), not a participle,
        adverb, conjunction, preposition or pronoun."""
        word, low = toks.text[k], toks.low[k]
        if _initial_upper(word) or _initial_digit(word) or low in self.tables.determiners or low in ("who", "whose"):
            return True
        if not word.islower() or not (word.isalpha() or word.replace("-", "").isalpha()):  # ("co-director")
            return False
        return not (low in self.tables.closed_words or low in self.cues or _ends_with(low, ("ing", "ed", "ly")))

    def quote_before(self, toks: _Tokens, a: int, s_start: int):
        """The quotation ending in this sentence, then a comma, that directly precedes token a, or None."""
        back = toks.starts[a]
        while back > s_start and self.text[back - 1] in " ,\t\n—–":
            back -= 1
        if back <= s_start or self.text[back - 1] not in _CLOSERS:
            return None
        quote = self.quote_at(back - 1) or self.quote_at(back - 2)
        if quote is None or not back - 1 <= quote.end <= back:
            return None
        gap = self.text[back:toks.starts[a]]
        if "," in gap or "—" in gap or "–" in gap or self.text[quote.inner_end - 1:quote.inner_end] in ",?!":
            return quote
        return None

    def label_before(self, toks: _Tokens, quote, k: int, form, s_start: int) -> bool:
        """True if `quote`, right before the source, lies inside the narrator's sentence and the cue ending at token
        k has a clause of its own after it: the quotation is then a label, not what was said ('Appearing on “Fox
        News Sunday,” Mulvaney predicted the shutdown could last weeks'), where 'This is “somebody’s granddaddy,”
        a bystander screamed at the scene' keeps it."""
        if not _any_alnum(self.text[s_start:quote.start]) or _holds_words(self.text, quote.inner_start, quote.inner_end,
                                                                          _LABEL_WORDS + 1):
            return False  # the quotation opens the sentence, or is too long for a label: the speaker's words
        skipped, k = k, self.skip_phrases(toks, k)
        low = toks.low
        if "," in low[skipped:k] or _count_alnum(toks.text, k, len(low)) < 5:
            return False  # a comma, or too little, after the cue for a clause ("said, the Globe reported", "said
            # Tuesday", "tweeted Sept. 29", "said a short while ago")
        first = low[k]
        if first == "that":
            return True
        if form.lemma in self.tables.addressee_verbs:
            return False  # "he told CNN": whom he told, not what
        if first in self.tables.determiners and first not in self.tables.person_pronouns:
            return True  # "said the administration was ...", not "told her"
        if first in self.tables.subject_pronouns and first not in self.tables.objects:
            return True  # "said he would wait"
        return _initial_upper(toks.text[k]) and first not in self.tables.time_words \
            and first not in self.tables.times_before_cue  # "said Trump was ...", not "said Tuesday"

    def labelled_speaker(self, toks: _Tokens, i: int, j: int, cue_end: int) -> Part | None:
        """The name before ", SAYING:" in a video's shot list ("(SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR
        PUTIN, SAYING: “...”"), both in capitals: a label naming the speaker, not the clause's subject; None elsewhere
        ("Trump attacked Clinton, saying": Trump)."""
        if not (0 < j and toks.text[j] == "," and toks.text[cue_end - 1] == ":" and toks.text[i].isupper()
                and toks.text[j - 1].isupper()):
            return None
        named = self.left_np(toks, j - 1)
        return self.part(toks.starts[named[0]], toks.ends[named[1]]) if named is not None else None

    def relative_antecedent(self, toks: _Tokens, j: int) -> tuple[int, int] | None:
        """The noun phrase a "who" clause before token j follows, when j ("and") joins a second verb to that clause
        ("Another Parkland student who spoke to HuffPost and said": the student; "a woman who puts on a bikini and
        literally asks"), within the clause (no comma, colon, semicolon, dash or bracket between); else None."""
        for w in range(j - 1, 0, -1):
            low = toks.low[w]
            if low == "who":
                if toks.low[w - 1] == ",":
                    return w, w  # "Weaver, who came out and endorsed Clinton": "who", which `make` reads back to Weaver
                np = self.left_np(toks, w - 1)
                if np is None:
                    return None
                start, end = np
                while start < end and _initial_lower(toks.text[start]) and (
                        toks.low[start] in self.tables.finite_words or _ends_with(toks.low[start], "ing")):
                    start += 1  # "amassing angry voters who ...": the noun phrase, not the participle before it
                return start, end
            if low in _CLAUSE_MARKS:
                return None
        return None

    def subject_np(self, toks: _Tokens, limit: int) -> tuple[int, int] | None:
        """The capitalised or pronoun subject at the start of the sentence ("But Kerry escalated ..."), after a dateline
        ("WASHINGTON – Former Acting Attorney General Sally Yates testified Monday about her efforts to warn"); one
        that a word of `subject_modifiers` in lower case or in -ing or -ed opens ends in a capitalised word after a
        title or a first name, or in a plural ("ousted vaccine expert Rick Bright", "Elected officials"; not "Retired
        Navy", "acting attorney")."""
        found = self.opening_subject(toks, limit)
        if found is not None:
            low = toks.low[found[0]]
            if low in self.tables.subject_modifiers and (
                    _initial_lower(toks.text[found[0]]) or low.endswith("ing") or low.endswith("ed")) and not (
                    (_initial_upper(toks.text[found[1]]) and self.names_person(toks, found[0] + 1, found[1] + 1))
                    or _plural_s(toks.low[found[1]])):
                return None
        return found

    def opening_subject(self, toks: _Tokens, limit: int) -> tuple[int, int] | None:
        """`subject_np` before its check of a subject a modifier opens."""
        k = self.dateline_end(toks, limit)
        while k < limit and (not _initial_alnum(toks.text[k]) or toks.low[k] in ("but", "and", "yet", "so", "then", "still")):
            # a bracket opening the sentence is no subject ("(CNN) Trump ...", "(SOUNDBITE) (Russian) RUSSIAN PRESIDENT
            # VLADIMIR PUTIN, SAYING:"): skipped to its end
            if toks.text[k] == "(":
                close = _closing_bracket(toks.text, k + 1, limit)
                if close < limit:
                    k = close
            k += 1
        quote = self.quote_at(toks.starts[k]) if k < limit else None
        if quote is not None:  # a quotation's first word is no subject of the narrator's sentence: the subject follows
            k = _bisect_left(toks.starts, quote.end)  # ('“Promise mama ...,” Blige sings to Clinton before asking her';
            # not "I" in '”I want the senator to stay in,” said national co-chair Nina Turner, adding')
        if k >= limit:
            return None
        low = toks.low[k]
        if low in self.tables.sentence_openers and k + 1 < limit:
            comma = next((t for t in range(k + 1, min(limit, k + 7)) if toks.low[t] == ","), None)
            k = comma + 1 if comma is not None else k + 1  # "However, it ...", "Last year, Facebook ...", "Even Republicans"
            if k >= limit:
                return None
            low = toks.low[k]
        if low in self.tables.time_determiners and low not in self.tables.opening_prepositions and k + 2 < limit \
                and toks.low[k + 1] in self.tables.time_nouns:
            k += 2  # "This year, Bush undertook ...", "Last year India's Supreme Court gave ...", "This Sunday night,
            while k < limit - 1 and toks.low[k] in self.tables.time_nouns:  # Obama": the time before the subject
                k += 1  # (a phrase a preposition opens, "On Saturday night, McCarthy", ends at its comma, below)
            if toks.low[k] == ",":
                k += 1
                if k >= limit:
                    return None
            low = toks.low[k]
        if low in self.tables.boundaries or low in self.tables.opening_prepositions or low == "of" or (
                (low.endswith("ing") or low.endswith("ed")) and not self.opening_modifier(toks, k, limit)
                and not self.name_in_ing(toks, k, limit)):
            # ("Among other things, the central bank ...", "Of course, Netanyahu ...", "Of the seven younger
            # contenders, Castro ...", "Speaking to reporters, Trump ...")
            while k < limit and toks.low[k] != ",":
                k += 1
            k += 1
            if k >= limit:
                return None
            low = toks.low[k]
            if _initial_lower(toks.text[k]) and low in self.tables.opening_prepositions:
                while k < limit and toks.low[k] != ",":  # "During the Clinton investigation, for example, Kavanaugh
                    k += 1  # unloaded ...": a second phrase before the subject
                k += 1
                if k >= limit:
                    return None
                low = toks.low[k]
        if low in self.tables.person_pronouns or low in self.tables.group_pronouns or low in self.tables.self_pronouns:
            end = -1
            if low in self.tables.determiners:  # "His chief strategist John Weaver", "His aides": the possessive's
                end = self.headed_name_end(toks, k + 1, limit)  # head (and the name after it) is the subject
                if end < 0:
                    end = self.head_end(toks, k + 1, limit)
            return (k, end) if end >= 0 else (k, k)  # "He"; "His speech" (no source's head)
        if "'" in low and low.split("'", 1)[0] in self.tables.person_pronouns:
            return k, k  # "But she's concerned about ... and wonders": "he" or "she" before a contracted verb (not
            # "it's", which opens "it's hard to say")
        if low in self.tables.expletive_subjects or (
                low in self.tables.auxiliaries and low not in self.tables.quantifiers and (
                    k + 1 >= limit or not _initial_upper(toks.text[k + 1]) or toks.text[-1] == "?")):
            return None  # "There are more productive ways to express ...": nobody speaks; "Does X want to ...?",
            # "Already, ..." name no subject; "Both agreed" does, and so do "Will Hurd", "May" before a name
        if _initial_lower(toks.text[k]) and low not in self.tables.determiners and k > 0 and toks.low[k - 1] == ",":
            end = self.head_end(toks, k, limit)  # "Still, administration officials stuck to their guns, blaming":
            if end >= 0 and (_plural_s(toks.low[end]) or (toks.low[end] in self.tables.plural_heads
                                                          and toks.low[end] in self.res.head_groups)) \
                    and self.modifier_words(toks, k, end):  # a plural head after an opening phrase, no determiner
                return k, end  # (not a singular one, an appositive's: "When David Gregory, host of NBC's ...,")
        start = k
        if low in self.tables.determiners or (_initial_lower(toks.text[k]) and self.opening_modifier(toks, k, limit)):
            k += 1  # ("Today, ousted vaccine expert Rick Bright filed": a lower-case modifier opens the subject)
            end = self.headed_name_end(toks, k, limit)
            if end < 0:
                end = self.head_end(toks, k, limit)
                if end >= 0 and not self.plain_modifiers(toks, k, end):
                    end = -1  # "The bill eliminates military commanders", "This will help consumers": no subject
            if end >= 0:
                return start, end  # "the party's chief strategist John Weaver", "The senator also took a swipe"
        end = None
        while k < limit and (_initial_upper(toks.text[k]) or toks.low[k] in ("of", ".", "'s", "de", "al")):
            end = k
            k += 1
        if end is None or not _initial_upper(toks.text[end]):
            if end is not None and end == start + 1 and toks.low[end] == "of" and _plural_s(toks.low[start]) and (
                    toks.low[start] in self.res.head_groups or toks.low[start] in self.anonymous_heads):
                return start, start  # "Leaders of both parties are growing more pessimistic, urging", "Critics of
                # that deal objected": the plural head before "of" (where the phrase after it ends is not known)
            return None
        modifier = toks.low[start] in self.tables.subject_modifiers
        if modifier and end > start and end + 1 < limit and _initial_lower(toks.text[end + 1]):
            head = self.headed_name_end(toks, end + 1, limit)
            if head >= 0:
                return start, head  # "veteran Nevada political journalist Jon Ralston": lower-case words and a head
                # before a name after the capitalised ones (not "veteran Nevada")
        if end + 1 < limit and _initial_lower(toks.text[end + 1]) and self.source_head(toks.low[end + 1]):
            end += 1  # "Radio host Hugh Hewitt", "Top contenders for the Democratic nomination", "White House press
            # secretary Josh Earnest": the capitalised words modify the head; a name may follow the head
            while end + 1 < limit and _initial_lower(toks.text[end + 1]) and self.source_head(toks.low[end + 1]):
                end += 1
            return start, _name_end(toks, end, limit)
        if end == start and end + 1 < limit and _initial_lower(toks.text[end + 1]) and (
                "'" not in toks.low[start] or (_ends_with(toks.low[start], ("'s", "'"))
                                               and toks.low[start] not in self.tables.contractions)):  # (not "It's")
            head = self.headed_name_end(toks, end + 1, limit)
            if head < 0:
                head = self.head_end(toks, end + 1, limit)
            if head >= 0 and self.modifier_words(toks, end + 1, head):
                return start, head  # "Death penalty supporters inevitably use ...", "Republican presidential candidate
                # Rand Paul": the capitalised word opens a phrase the head ends (not "Death" alone)
        if end == start and end + 1 < limit and toks.low[start] in self.tables.quantifiers and (
                _initial_lower(toks.text[end + 1]) or _initial_digit(toks.text[end + 1])) \
                and not self.plural_head(toks, end + 1):
            return self.quantity_subject(toks, start, limit)
        if end == start and end + 1 < limit and self.plural_head(toks, end + 1) and (
                toks.low[start] in self.tables.quantifiers or (
                    _ends_with(toks.low[start], self.tables.proper_adjective_endings) and toks.low[end + 1] not in self.cues)):
            end += 1  # "Most people ...", "Several senators ...": the quantity and its noun; "Republican leaders
            # ...": the adjective and its noun (not "Jordan explains": a cue word)
        return start, end

    def quantity_subject(self, toks: _Tokens, k: int, limit: int) -> tuple[int, int] | None:
        """The subject a capitalised quantity opening the sentence at token k names, before a lower-case word that is no
        plural head: none before a word of `time_nouns` or `quantity_phrase_words`, or an adverb and a comma ("Two
        days later, ...", "More than 15 years after ...", "Most recently, she ..."); the quantity and a plural noun up
        to three words on, past one of `adjective_determiners` or `quantifiers` or a number, where the words before it
        modify it ("Two watchdog groups", "Three other women", "Other former CIA officers", "Two other Republicans on
        the panel", "Two more things"); else the quantity alone ("Some say", "Many privately worry", "Many
        unnaturalized adoptees try") or with the word of `quantifiers` after it ("Four more bringing up the rear
        debated"), but none after a number ("All 10 of the Democratic candidates") and none that is one of
        `adjective_determiners` ("Other indicted parents")."""
        low = toks.low[k + 1]
        if low in self.tables.time_nouns or low in self.res.words.get("quantity_phrase_words", ()) or (
                _ends_with(low, "ly") and "," in toks.text[k + 2:min(limit, k + 4)]):
            return None
        first = k + 1
        if low in self.tables.adjective_determiners or low in self.tables.quantifiers \
                or low in self.tables.number_words or _initial_digit(low):
            first = k + 2
        for m in range(first, min(first + 3, limit)):
            word = toks.low[m]
            if not toks.text[m].isalpha():
                break
            if self.plural_head(toks, m) or (_plural_s(word) and word not in self.tables.auxiliaries and not (
                    m + 1 < limit and _initial_upper(toks.text[m + 1]))):  # ("Two other Republicans on the panel")
                if m == first or (self.modifier_words(toks, first, m - 1) and self.plain_modifiers(toks, first, m)):
                    return k, m
                break
        if first == k + 2 and low in self.tables.quantifiers and low not in self.tables.adjective_determiners:
            return k, k + 1  # "Four more bringing up the rear debated ... to criticize"
        return (k, k) if first == k + 1 and toks.low[k] not in self.tables.adjective_determiners else None

    def name_in_ing(self, toks: _Tokens, k: int, limit: int) -> bool:
        """True if the capitalised word at token k, in -ing or -ed, opens a name, no participle: a listed country,
        region, capital, organisation or person, alone or with the word after it ("Beijing has", "Wyoming is",
        "Planned Parenthood", "Downing Street"), or a first name before a capitalised word ("Ted Cruz", "Mohammed
        ElBaradei"; not "Having claimed", "Winning Iowa")."""
        if not _initial_upper(toks.text[k]):
            return False
        if _listed_key(self.res, (toks.low[k],)):
            return True
        if k + 1 >= limit or not _initial_upper(toks.text[k + 1]):
            return False
        return toks.low[k] in self.res.genders or _listed_key(self.res, (toks.low[k], toks.low[k + 1]))

    def names_person(self, toks: _Tokens, a: int, b: int) -> bool:
        """True if tokens a..b-1 hold a title of one word or a first name ("New York City Mayor Michael Bloomberg",
        "US Ambassador"; not "Google")."""
        for m in range(a, b):
            if (toks.low[m],) in self.res.titles or toks.low[m] in self.res.genders:
                return True
        return False

    def opening_modifier(self, toks: _Tokens, k: int, limit: int) -> bool:
        """True if token k is a word of `subject_modifiers` opening the subject before a capitalised word or a speaking
        head ("Acting Defense Secretary Patrick Shanahan", "Elected officials", "ousted vaccine expert Rick Bright";
        not "Acting out of fear", "Leading the charge")."""
        if toks.low[k] not in self.tables.subject_modifiers or k + 1 >= limit:
            return False
        if _initial_upper(toks.text[k + 1]):
            return toks.low[k + 1] not in self.tables.determiners
        return self.headed_name_end(toks, k + 1, limit) >= 0 or self.head_end(toks, k + 1, limit) >= 0

    def headed_name_end(self, toks: _Tokens, k: int, limit: int) -> int:
        """The index of the last word of a name after up to three lower-case words from token k, the last of them a
        source's head ("chief strategist John Weaver", "spokesman Sean Spicer"), or -1."""
        for m in range(k, min(k + 3, limit - 1)):
            if self.no_modifier(toks, m):
                break
            if self.source_head(toks.low[m]) and _initial_upper(toks.text[m + 1]):
                return _name_end(toks, m + 1, limit)
        return -1

    def head_end(self, toks: _Tokens, k: int, limit: int) -> int:
        """The index of the last of the speaking heads that end up to three lower-case words from token k ("aides",
        "senior aides", "campaign staff"; not a document's, "his speech", whose owner speaks), or -1."""
        for m in range(k, min(k + 3, limit)):
            low = toks.low[m]
            if self.no_modifier(toks, m) or low in self.tables.quantifiers:
                return -1
            if self.source_head(low) and self.res.head_groups.get(low) != "document":
                while m + 1 < limit and _initial_lower(toks.text[m + 1]) and self.source_head(toks.low[m + 1]):
                    m += 1
                return m
        return -1

    def plain_modifiers(self, toks: _Tokens, k: int, end: int) -> bool:
        """True if tokens k..end-1 before a head at `end` hold no auxiliary, determiner, quantifier or word in -s that
        heads nothing (a verb: "The bill eliminates military commanders"; not "The top diplomats")."""
        tables = self.tables
        for m in range(k, end):
            low = toks.low[m]
            if low in tables.auxiliaries or low in tables.determiners or low in tables.quantifiers or (
                    _ends_with(low, "s") and not self.source_head(low)):
                return False
        return True

    def modifier_words(self, toks: _Tokens, k: int, end: int) -> bool:
        """True if the lower-case words from token k to `end` (or to a capitalised word before it) read as a head and
        its modifiers, no verb: none ends in -ed, holds an apostrophe, is a cue word or one of `np_breakers`, and
        `plain_modifiers` holds ("penalty supporters", "chief legal analyst"; not "prompted some", "stood firm",
        "told reporters", "isn't representative")."""
        tables = self.tables
        m = k
        while m <= end and _initial_lower(toks.text[m]):
            low = toks.low[m]
            if _ends_with(low, "ed") or "'" in low or low in self.cues or low in tables.np_breakers:
                return False
            m += 1
        return self.plain_modifiers(toks, k, m - 1)

    def no_modifier(self, toks: _Tokens, m: int) -> bool:
        """True if token m stands in no lower-case run of words before a source's head: a word not in lower case, a
        boundary, a place preposition or "to" (not "his intervention to press Egypt")."""
        low = toks.low[m]
        return not _initial_lower(toks.text[m]) or low in self.tables.boundaries \
            or low in self.tables.place_prepositions or low == "to"

    def one_clause(self, toks: _Tokens, start: int, end: int) -> bool:
        """True if tokens start..end-1 hold no clause boundary, punctuation or capitalised word: one clause's verb and
        its lower-case object ("issued a memo", not "come after the president tweeted", "a statement the G7 ..."),
        after a phrase of the subject's that a preposition opens ("for the Democratic nomination spent")."""
        if start < end and toks.low[start] in self.tables.subject_prepositions:
            start += 1
            while start < end and (toks.low[start] in self.tables.determiners or _initial_upper(toks.text[start])):
                start += 1
        for k in range(start, end):
            if toks.low[k] in self.tables.boundaries or not _initial_lower(toks.text[k]):
                return False
        return True

    def source_head(self, low: str) -> bool:
        """True if a lower-case word heads a source: a [heads] noun, an anonymous head or a one-word title (not one
        that counts only before a name: "general"), no cue."""
        key = (low,)
        return (low in self.res.head_groups or low in self.anonymous_heads or (
            key in self.res.titles and key not in self.res.before_name_keys)) and low not in self.cues

    def dateline_end(self, toks: _Tokens, limit: int) -> int:
        """The index after a dateline opening the sentence (words in capitals, a bracketed agency, and a dash:
        "WASHINGTON –", "NEW YORK (Reuters) —"), or 0 where there is none."""
        bracket = False
        for t in range(min(limit, 12)):
            tok = toks.text[t]
            if tok in ("–", "—", "-"):
                return t + 1 if t > 0 else 0
            if tok == "(" or tok == ")":
                bracket = tok == "("
            elif not bracket and _initial_alnum(tok) and not tok.isupper():
                return 0  # a word not in capitals outside a bracket: no dateline
        return 0

    def plural_head(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a lower-case noun that heads a plural source: a source noun ("people", "officials") or a
        word ending in s that reads as no verb ("senators", not "says")."""
        low = toks.low[k]
        if not (_initial_lower(toks.text[k]) and toks.text[k].isalpha()):
            return False
        if low in self.res.head_groups or low in self.anonymous_heads:
            return True
        return _plural_s(low) and low.endswith(self.tables.plural_noun_endings)

    def left_np(self, toks: _Tokens, j: int, agents: bool = True) -> tuple[int, int] | None:
        """Token range of the noun phrase ending at token j (reading leftwards), or None; with `agents`, a noun phrase
        ending in the agent of a participle clause is the noun the clause follows ("a memo seen by Reuters"), unless
        it ends in a relative pronoun ("a complaint written by an official who": the official)."""
        text, lows = toks.text, toks.low
        agents = agents and j >= 0 and lows[j] not in self.tables.relative_pronouns
        if j > 0 and text[j] == "." and _initial_upper(text[j - 1]) and len(text[j - 1]) <= 3:
            j -= 1  # "Joseph R. Biden Jr." / "U.S."
        if j < 0 or not (_initial_alnum(text[j]) or _percent_sign(toks, j)):
            return None
        if lows[j] in self.tables.not_source_ends or (j == 0 and (
                lows[0] in self.tables.opening_prepositions or lows[0] in self.tables.sentence_openers)):
            return None  # "the exchange of offers", "There was little doubt": no noun phrase ends here; "Despite
            # boasting on video ..., he": a sentence's opening preposition or adverb is none
        bounds, breakers = self.tables.boundaries, self.tables.np_breakers
        followers = self.tables.participle_followers
        k = j
        limit = max(-1, j - 12)
        modified = placed = False
        while k > limit:
            low, tok = lows[k], text[k]
            if not _initial_alnum(tok):
                if _percent_sign(toks, k):
                    k -= 1  # "55% of voters said", "Some 40% said": the figure's sign
                    continue
                if tok in (".", "'", "’", "&", "-") and k != j and (
                        tok not in ("'", "’") or (k and toks.ends[k - 1] == toks.starts[k] and _initial_alnum(text[k - 1]))
                ) and not (tok == "-" and k and toks.ends[k - 1] < toks.starts[k] and toks.ends[k] < toks.starts[k + 1]
                           and lows[k + 1] not in self.tables.relative_pronouns):
                    k -= 1  # "U.S.", "AT&T", "the Democrats' leader"; not the closing mark of a ''quote'', nor a hyphen
                    continue  # set apart as a dash ("is also predictable - Donald J. Trump has vowed"; but "Sadiq Khan
                    # - who had said": the relative pronoun's antecedent stays before it)
                if tok == ")" and k < j and lows[k + 1] == "of":
                    label = k  # "Rep. Greg Walden (R) of Oregon": the name before the label, which the reach leaves out
                    k = _before_party_label(toks, k)
                    if k == label:
                        break  # a bracket that holds no party label
                    if k >= 1 and text[k] == "," and _initial_upper(text[k - 1]):
                        k -= 1  # "Senator Chuck Grassley, (R) of Iowa"
                    limit = max(-1, limit - (label - k))
                    continue
                if tok == "/" and 0 < k < j and toks.ends[k - 1] == toks.starts[k] and toks.ends[k] == toks.starts[k + 1] \
                        and _initial_alnum(text[k - 1]):
                    k -= 1  # "a CNN/ORC poll", "the Wall Street Journal/NBC News poll": one name of two
                    continue
                break
            lower_case = _initial_lower(tok) or k == 0 or not _initial_alnum(text[k - 1])
            if placed and lower_case and ((low == "of" and not _initial_upper(text[k + 1]))
                                          or low in self.tables.finite_words):
                break  # "the case of a former worker at the Golf Club in New Jersey who": the worker (but "at the
                # State University of New York in Cortland who": the name's "of")
            if lower_case and low in bounds:
                if low == "and" and k + 1 <= j and _initial_upper(text[k + 1]) and k > 0 and _initial_upper(text[k - 1]):
                    k -= 1
                    continue
                if low == "and" and k + 1 <= j and k > 0 and lows[k - 1] in self.tables.subject_pronouns \
                        and lows[k + 1] not in self.tables.subject_pronouns:
                    k -= 1  # "she and another reporter said", "he and Mr. Allen said": one source of two
                    continue
                if low == "and" and k + 1 <= j and k > 0 and lows[k - 1] in self.res.placed_heads \
                        and _initial_lower(text[k - 1]):
                    k -= 1  # "the Florida senator and Republican presidential candidate said", "the ministry and the
                    modified = True  # army said": a speaker's head before "and" is one conjunct of the source
                    continue
                if low == "in" and 0 < k < j and _a_number(lows[k - 1], self.tables.number_words) and \
                        _a_number(lows[k + 1], self.tables.number_words):
                    k -= 1  # "Six in 10 say", "Nearly two in three voters said": one share of a whole
                    modified = True
                    if k > 0 and lows[k - 1] in self.tables.clause_conjunctions:
                        k -= 1  # "... the country and four in 10 say": the share opens its clause
                        break
                    continue
                if k < j and k >= 2 and lows[k - 1] in self.tables.source_postmodifiers:
                    k -= 2  # "a source close to him", "people familiar with the matter": the phrase belongs to the source
                    modified = True
                    continue
                if agents and k < j and k >= 2 and low == "by" and self.agent_participle(toks, k - 1):
                    k -= 3  # "a memo seen by Reuters", "Computer logs obtained by The New York Times", "a panel of
                    modified = True  # reporters led by Chris Matthews": the participle and its agent belong to the
                    continue  # source, whose head is the noun before the participle
                if k < j and k >= 2 and low in followers and self.reduced_relative_verb(toks, k - 1, j):
                    k -= 2  # "a study unveiled in November", "officials involved in the talks": a participle clause
                    modified = True
                    continue
                if k < j and k >= 1 and low == "on" and k + 2 <= j and \
                        " ".join(lows[k:k + 3]) in self.res.words.get("side_phrases", ()):
                    k -= 2  # "Advocacy groups on both sides of the issue said": the noun before the sides heads it
                    modified = True  # (a noun, whatever a verb's form it has)
                    continue
                if k < j and k >= 1 and low == "with" and _with_noun_of(lows, k, j, self.tables.with_nouns):
                    k -= 1  # "a source with knowledge of the talks", "people with direct knowledge of the matter"
                    modified = True
                    continue
                if k < j and k >= 1 and ((low == "for" and lows[k - 1] in self.tables.for_heads) or (low == "to" and (
                        lows[k - 1] in self.tables.to_heads or lows[k - 1] in self.tables.title_to_heads))):
                    k -= 1  # "lawyers for the family", "an aide to McCaskill", "US Ambassador to Israel David
                    modified = True  # Friedman": the head before it is the source's head (and the words before the
                    limit = max(-1, min(limit, k - 6))  # head within reach however long the phrase after it: "Aides to
                    continue  # Senate Majority Leader Mitch McConnell and ...")
                if k < j and _joins_body_name(text, lows, k, self.tables.body_name_links, self.tables.body_name_heads) \
                        and (_initial_upper(text[k + 1]) or (lows[k + 1] == "the" and k + 2 <= j
                                                             and _initial_upper(text[k + 2]))):
                    k -= 1  # "The Center for American Progress", "the University of Texas", "the Institute for the
                    continue  # Study of War": one body's name
                if k < j and self.place_after_head(toks, k):
                    k -= 1  # "officials in Washington", "analysts at Goldman Sachs": the source's head comes before
                    modified = True
                    continue
                if k < j and k >= 1 and low == "in" and _initial_upper(text[k - 1]) \
                        and lows[k + 1] in self.res.words.get("place_title_words", ()):
                    k -= 1  # "FBI Special Agent in Charge Johnnie Sharp Jr.": a title holding "in", whose two words
                    limit = max(-1, limit - 2)  # leave the reach for the rest ("U.S. Attorney Jay Town and ...")
                    continue
                if k < j and self.named_place_after_name(toks, k, j):
                    k -= 1  # "Jeremy Stahl at Slate", "Skeptics in Congress", "the Bureau of Alcohol, Tobacco,
                    continue  # Firearms and Explosives in Dallas": where the one named before works or is
                if k < j and self.named_place_after_noun(toks, k, j):
                    k -= 2  # "the most popular carrier in Maryland", "Two colleges in Kentucky": the noun before the
                    modified = True  # place heads the source (read as a noun, not as the verb its form may be)
                    continue
                if k < j and self.document_topic(toks, k, j):
                    k -= 2  # "The definitive study on this question has shown", "the draft report about Comey
                    modified = True  # described", "A New York Times poll in February 2011 showed": the document
                    continue  # heads the source (read as a noun, not as the verb its form may be)
                head = self.placed_relative(toks, k, j) if k < j else -1
                if head >= 0:
                    k -= 1  # "a baker in Colorado who", "a partner at Sidley Austin who": the person's noun before the
                    modified = placed = True  # name heads the source (and the words before it within reach, up
                    limit = max(-1, min(limit, head - 6))  # to a finite verb: "there was the leader in Luhansk who",
                    continue  # "a former worker at the Trump National Golf Club in New Jersey who")
                if low == "and" and k + 1 < j and k > 0 and lows[k - 1] in self.tables.coordinated_modifiers \
                        and lows[k + 1] in self.tables.coordinated_modifiers:
                    k -= 1  # "current and former officials"
                    continue
                rel = self.relative_head(toks, k)
                if rel is None:
                    break
                k = rel
                continue
            if (low == "who" or low == "which") and k < j:
                k -= 1
                continue
            if lower_case and k < j and (low in breakers or self._verb_like(toks, k)):
                if k == 0 and _ends_with(low, "ed") and low not in breakers and _initial_upper(text[1]) \
                        and _initial_upper(tok) and low not in self.res.words.get("heading_participles", ()):
                    k -= 1  # "Planned Parenthood said", "Embattled Governor Andrew Cuomo said": a participle
                    continue  # opening the sentence before a capitalised word is a part of the name, or its modifier
                if k > 1 and lows[k - 1] == "to":
                    rel = self.relative_head(toks, k - 1) if lows[j] not in self.tables.subject_pronouns else None
                elif j + 1 == len(lows) or text[j + 1] != ",":  # (not before an appositive: "The Twitter user who
                    rel = self.relative_verb(toks, k)            # posted the photo, Dennis Kosuth, said": Kosuth)
                else:
                    rel = None
                if rel is None:
                    break
                k = rel  # "Two officials who requested anonymity to describe the talks said": the clause's infinitive;
                continue  # "Voters who supported the Republican Party said": the verb of a clause after its head
            if k < j and low in self.tables.time_nouns and self.time_before_head(toks, k):
                break  # "Last year researchers found": the source starts after the time phrase
            if k < j and lows[k + 1] in self.tables.determiners and (
                    _initial_digit(tok) or low in self.tables.weekdays or (
                        low in self.tables.months and k > 0 and lows[k - 1] in self.tables.month_prepositions)):
                break  # "In 2015 the World Health Organization concluded", "In January the president called", "Earlier
                # Tuesday an aide to McCaskill confirmed": the year, month or day is no part of the source
            if k < j and self.time_before_name(toks, k):
                break  # "in April Ayotte told", "Earlier Monday Trump said", "said Friday it would ask"
            k -= 1
        if k == limit and limit >= 0:
            return None
        start = k + 1
        if start < j and lows[start] == "and":
            start += 1  # "advocates and progressives" stopped at the verb reading of "advocates": the last conjunct
        if start < j and lows[j] in self.tables.relative_pronouns \
                and lows[start] in self.res.words.get("inclusion_prepositions", ()):
            start += 1  # "including one worker who says", "among those who warned": the members speak
        if start > j:
            return None
        if 0 < start < j and lows[start] in self.tables.place_prepositions and _initial_lower(text[start]):
            start = self.noun_before_place(toks, start)  # "Other judges on the panel said": not "on the panel"
        if self.tables.auxiliaries.issuperset(lows[start:j + 1]) and not (j > 0 and _initial_upper(text[j])) \
                and not self.modal_name(toks, j):
            return None  # (but "Although May had offered": a name after the sentence's first word)
        if start < j and lows[start] in self.tables.finite_words and _initial_lower(text[start]) \
                and text[len(lows) - 1] == "?":
            start += 1  # a question's subject after its auxiliary: "how do voters feel about", "What will the president
            # talk about?", "Why should anyone believe": voters, the president, anyone
        if lows[j] in self.tables.not_source_heads and "who" not in lows[start:j] and "which" not in lows[start:j]:
            return None  # "... spoke only on the condition of anonymity confirmed": the source is out of reach
        first = text[start]
        if _initial_lower(first) and j - start > 3 and not modified and not _any_capitalised(text, start, j + 1):
            low = lows[start]
            if low not in self.tables.pronouns_or_determiners and (
                    (low not in self.tables.quantifiers and low not in self.tables.focus_adverbs
                     and not _a_number(low, self.tables.number_words)) or lows[j] in self.tables.boundaries):
                return None  # (but a quantity: "that only seven percent of voters said", "most of those polled"; not
                # "eight million people who are working part time but": the conjunction's clause)
        if 0 < start < j and lows[start - 1] == "at" and "at " + lows[start] in self.tables.adverbial_pairs:
            start -= 1  # "At least two senators said": the quantity's "at" belongs to the source
        if not modified and start < j:
            start = self.name_after_object(toks, start, j)
        if start == j and lows[j] in self.tables.degree_adverbs and j > 0 and lows[j - 1] not in \
                self.tables.clause_conjunctions and text[j - 1] not in (";", ":", "—", "–"):
            return None  # "more informed decisions", "100 or more reported deaths", "points more likely to say": an
            # adverb of the cue (but "and more weighed in", "More say": more people)
        if lows[j] not in self.tables.subject_pronouns and self.holds_finite_verb(toks, start, j):
            return None  # "the take-home message for students is clear", "His departure has sparked": a clause (but
            # "Here are five things we learned": the pronoun is read as the source)
        return start, j

    def noun_before_place(self, toks: _Tokens, start: int) -> int:
        """Where a source that would open with a preposition of `place_prepositions` at token `start` starts: at the
        plural noun before it and the determiners, quantifiers and lower-case modifiers before that noun ("Other judges
        on the panel said", "The first news reports on the change stated", "But pundits in Canada praised": the noun,
        read as a verb after a capitalised word, heads the source), else at `start`."""
        k = start - 1
        word = toks.text[k]
        if not word.isalpha() or not _plural_s(toks.low[k]) or not (_initial_lower(word) or k == 0):
            return start
        tables = self.tables
        while k > 0:
            low = toks.low[k - 1]
            if low in tables.clause_conjunctions:
                break  # ("pointed out that one of its own reports from 2015")
            if low in tables.determiners or low in tables.quantifiers or (
                    _initial_lower(toks.text[k - 1]) and toks.text[k - 1].isalpha() and low not in tables.closed_words
                    and low not in self.cues):
                k -= 1
            else:
                break
        return k

    def clause_rest(self, toks: _Tokens, start: int, j: int) -> bool:
        """True if the words start..j before a cue open with a lower-case modal or finite auxiliary: the rest of a
        clause after its subject ("countries that have reopened their economies haven't shown", "McConnell has all
        along rejected"), no source; but not a question's subject after its auxiliary ("do you think", "do his
        accusers say", "why do some say", "How do voters feel about ...?") nor a pronoun ending them ("a sign he
        believes")."""
        lows = toks.low
        if lows[start] not in self.tables.finite_words or not _initial_lower(toks.text[start]) \
                or lows[j] in self.tables.subject_pronouns or toks.text[len(lows) - 1] == "?":
            return False
        return start == j or not (lows[start + 1] in self.tables.pronouns_or_determiners
                                  or lows[start + 1] in self.tables.quantifiers)

    def holds_finite_verb(self, toks: _Tokens, start: int, j: int) -> bool:
        """True if a lower-case modal or finite auxiliary stands inside tokens start..j (not first nor last), before any
        relative pronoun: the words make a clause, not a noun phrase ("technology can temporarily mend")."""
        lows, tables = toks.low, self.tables
        for t in range(start + 1, j):
            low = lows[t]
            if low in tables.relative_pronouns:
                return False
            if low in tables.finite_words and _initial_lower(toks.text[t]):
                return True
        return False

    def name_after_object(self, toks: _Tokens, start: int, j: int) -> int:
        """Where a source ending in a capitalised name starts: at the name when the word before it is a thing said or
        done, or an adverb or auxiliary ("the message Trump conveyed", "legislation Ryan wrote", "still Trump refused",
        "had Republicans agreed": an object and its relative clause); else at `start` ("the philosopher Thomas Kuhn",
        "a defiant Schumer")."""
        text, lows = toks.text, toks.low
        if not _initial_upper(text[j]):
            return start
        n = j
        while n > start and (_initial_upper(text[n - 1]) or text[n - 1] in (".", "&", "'", "’")):
            n -= 1
        while n < j and not _initial_upper(text[n]):
            n += 1
        if n == start or not _initial_lower(text[n - 1]):
            return start
        word = lows[n - 1]
        tables = self.tables
        if (word in tables.main_clause_verbs and word in tables.auxiliaries) or word in tables.clause_adverbs or (
                n - start <= 3 and word in tables.object_heads):
            return n  # (an auxiliary or adverb ends whatever came before it; an object is the few words of its phrase)
        return start

    def time_before_head(self, toks: _Tokens, k: int) -> bool:
        """True if the time noun at k ends a time phrase before a source's head ("Earlier this week officials said",
        "Later in the day officials said", "Yesterday officials said"); not a modifier ("a day laborer said")."""
        if toks.low[k] not in self.tables.weekdays and not _initial_lower(toks.text[k if k > 0 else k + 1]):
            return False  # "the Morning Consult poll", "Morning Consult said": only weekdays count in capitals
        if k + 1 < len(toks.low) and self.time_possessive(toks.low[k + 1]):
            return False  # "Monday night's ruling": the time phrase is the head's possessive
        if k == 0:  # (not a name's first word: "Time magazine reported")
            return k + 1 >= len(toks.low) or toks.low[k + 1] not in self.tables.organisation_suffixes
        before = toks.low[k - 1]
        return before in self.tables.time_determiners or (before in self.tables.time_nouns and (
            before in self.tables.weekdays or _initial_lower(toks.text[k - 1]))) or (  # "Monday morning the president"
            before == "the" and k >= 2 and toks.low[k - 2] in self.tables.boundaries)

    def time_possessive(self, low: str) -> bool:
        """True if a lower-cased token is a time noun's possessive ("night's", "week's")."""
        return _ends_with(low, "'s") and low[:len(low) - 2] in self.tables.time_nouns

    def time_before_name(self, toks: _Tokens, k: int) -> bool:
        """True if the capitalised month or weekday at token k, before a name or a subject pronoun, ends a time phrase:
        a month after one of `month_prepositions` ("in April Ayotte told", "In December it announced"), a weekday at
        the sentence's start or after one of those, `time_openers`, "on" or a cue word ("Earlier Monday Trump said",
        "said Friday it would ask"); not "Monday night's ruling", "Theresa May said"."""
        low, text = toks.low, toks.text
        month = low[k] in self.tables.months
        if not (month or low[k] in self.tables.weekdays) or not _initial_upper(text[k]):
            return False
        after = low[k + 1]
        if not (after in self.tables.subject_pronouns or after == "it" or (
                _initial_upper(text[k + 1]) and _initial_alpha(text[k + 1]))):
            return False
        if k == 0:
            return not month
        before = low[k - 1]
        return before in self.tables.month_prepositions or (not month and (
            before in self.tables.time_openers or before == "on" or before in self.cue_keys))

    def reduced_relative_verb(self, toks: _Tokens, k: int, j: int) -> bool:
        """True if token k may be the participle opening a clause after a common noun, up to token j ("a study
        unveiled in November", "officials involved in the talks", "protesters who gathered in the square"): a
        lower-case word in -ed after a lower-case word (or a sentence's first word that is a head of `[heads]` or an
        anonymous head: "Officials involved in") that is no boundary, auxiliary or personal pronoun ("was lifted in",
        "she panned the", "Conway demurred on" are not), and no name after it but a time word ("the baby described
        in the video Carly Fiorina mentioned": Fiorina speaks)."""
        word, low = toks.text[k], toks.low[k]
        if len(low) <= 4 or not _ends_with(low, "ed") or not word.islower() or k == 0 or not self.after_noun(toks, k):
            return False
        followers = self.tables.participle_followers
        for t in range(k + 1, j + 1):
            if _initial_upper(toks.text[t]) and toks.low[t] not in followers:
                return False
        return True

    def agent_participle(self, toks: _Tokens, k: int) -> bool:
        """True if token k, before "by", is a past participle after a common noun ("memo seen", "letter signed", "panel
        led", "Families affected"): a lower-case word in -ed or of `agent_participles`, after a common noun
        (`after_noun`) that is no determiner and no adverb in -ly; and no lower-case word in -ing or number after the
        "by" (but "by Morning Consult")."""
        low = toks.low[k]
        participle = (len(low) > 4 and _ends_with(low, "ed")) or low in self.tables.agent_participles
        if not participle or not toks.text[k].islower():
            return False
        if k + 2 < len(toks.low) and (toks.text[k + 2].islower() and _ends_with(toks.low[k + 2], "ing")
                                      or _initial_digit(toks.text[k + 2])):
            return False  # "responded by calling", "predicted by 5-1": a means or a margin, no agent
        before = toks.low[k - 1]
        return self.after_noun(toks, k) and _initial_alpha(before) and before not in self.tables.determiners \
            and not _ends_with(before, "ly")

    def after_noun(self, toks: _Tokens, k: int) -> bool:
        """True if the word before token k (k > 0) may be the common noun a participle at k follows: a lower-case word,
        or a sentence's first word that is a head of `[heads]` or an anonymous head ("Officials involved", "Families
        affected"), that is no boundary, auxiliary or subject pronoun ("was lifted", "she panned", "and led" are not;
        nor a name: "Conway demurred", "Trump joined")."""
        before, tables = toks.low[k - 1], self.tables
        if not _initial_lower(toks.text[k - 1]) and not (k == 1 and (before in self.res.head_groups
                                                                     or before in self.anonymous_heads)):
            return False
        return before not in tables.boundaries and before not in tables.auxiliaries \
            and before not in tables.subject_pronouns

    def relative_participle(self, toks: _Tokens, b: int, i: int, cue_end: int) -> bool:
        """True if the one-word cue at i, a lower-case word in -ed right after the lower-case head b of a thing (no head
        of `[heads]` but a document's, no pronoun), opens a reduced relative clause: time or place words, then the
        main clause's verb ("The deal announced Wednesday comes as ...", "The opinions expressed in this commentary
        are hers"; not "The group announced Monday it would ...", "officials said Monday was ...")."""
        if b != i - 1 or cue_end != i + 1 or not _ends_with(toks.low[i], "ed") or not _initial_lower(toks.text[i]) \
                or not _initial_lower(toks.text[b]):
            return False
        head = toks.low[b]
        group = self.res.head_groups.get(head)
        if (group is not None and group != "document") or head in self.anonymous_heads \
                or head in self.tables.pronouns_or_determiners or head in self.tables.subject_pronouns:
            return False
        n, k = len(toks.low), cue_end
        if k >= n or toks.low[k] not in self.tables.participle_followers or toks.low[k] in self.tables.determiners:
            return False  # "believed the rule was ...": the rule is what they believed
        verbs = self.tables.main_clause_verbs
        limit = min(n, k + 6)
        k += 1
        while k < limit and _initial_alnum(toks.text[k]) and toks.low[k] not in verbs:
            low = toks.low[k]
            if low in self.tables.subject_pronouns or low in self.tables.boundaries or low in self.tables.objects:
                return False  # "announced Monday he would", "announced Monday it would", "expressed in March that"
            k += 1
        return k < n and toks.low[k] in verbs

    def published_thing(self, toks: _Tokens, b: int, i: int, cue_end: int) -> bool:
        """True if the one-word cue at i, a participle of publishing (list `publishing_participles`), comes right after
        the lower-case head b of a document with no object after it ("a statement posted on Apple's website", "a report
        published Tuesday", "a letter written in December"): what was published, not who published it (not "the
        website published a memo")."""
        return b == i - 1 and cue_end == i + 1 and self.published_participle(toks, i)

    def published_participle(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a participle of publishing (list `publishing_participles`) right after a document's
        lower-case head, with no object after it: no pronoun or determiner opening one ("published a memo"; but
        "published this week" is a time) and no quotation."""
        if k < 1 or toks.low[k] not in self.tables.publishing_participles or not _initial_lower(toks.text[k - 1]) \
                or self.res.head_groups.get(toks.low[k - 1]) != "document":
            return False
        n = k + 1
        return n >= len(toks.low) or not ((toks.low[n] in self.tables.pronouns_or_determiners
                                           and not self.time_after(toks, n)) or toks.text[n] in _OPENERS)

    def published_start(self, toks: _Tokens, a: int) -> int:
        """Where a source ending a document's reduced relative clause of publishing starts instead of at token a ("A
        report published Friday in the New Yorker revealed", "A study published last year in Health Affairs notes": the
        report, the study; "a video posted online warned"), or a itself: no such clause, or a mark or a verb inside it
        (a cue, an auxiliary, a verb of `main_clause_verbs`, a lower-case word before a determiner: "An executive order
        issued during his first week expanded the group")."""
        publishing = self.tables.publishing_participles
        for t in range(a - 1, max(0, a - _PUBLISHED_REACH) - 1, -1):
            low = toks.low[t]
            if low in publishing:
                if self.published_participle(toks, t):  # (not "The paper published a summary")
                    found = self.left_np(toks, t - 1)
                    if found is not None:
                        return found[0]
                return a
            if not _initial_alnum(toks.text[t]) or low in self.cues or low in self.tables.auxiliaries \
                    or low in self.tables.relative_pronouns or low in self.tables.main_clause_verbs or (
                    _initial_lower(toks.text[t]) and toks.low[t + 1] in self.tables.determiners
                    and low not in self.tables.boundaries and low not in self.tables.participle_followers
                    and low != "of"):
                return a  # a verb of the clause ("The transcript released on Wednesday comes as", "details a")
        return a

    def noun_after(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a lower-case word that may head a noun phrase's rest: no determiner or relative pronoun
        ("talk show", "fired agent"; not "a point the court made", "a shooting which the gunman")."""
        if k >= len(toks.low) or not _initial_lower(toks.text[k]) or not toks.text[k].isalpha():
            return False
        return toks.low[k] not in self.tables.determiners and toks.low[k] not in self.tables.relative_pronouns

    def _verb_like(self, toks: _Tokens, k: int) -> bool:
        """A lower-case word after a name or pronoun that reads as a verb ("France intends", "he delivered")."""
        low = toks.low[k]
        if "'" in low:
            return False
        if low in self.tables.verb_only:
            # but a word that is a cue only with other words after it is a noun before "of" or a word its entry bars
            # ("think tank"), a noun's modifier between an article and a lower-case noun ("The host of the talk show
            # said", "the fired FBI director"; not "a point the court made") or between a quantifier and a speaker's
            # head: "both sides of the aisle", "Several cast members"
            following = toks.low[k + 1] if k + 1 < len(toks.low) else ""
            return not ((following == "of" or low in self.tables.barring or (k > 0 and (
                (toks.low[k - 1] in ("the", "a", "an") and self.noun_after(toks, k + 1)) or (
                    following in self.res.placed_heads and toks.low[k - 1] in self.tables.quantifiers))))
                and not _cue_fits(self.res.cues[low], following))
        if k == 0:
            return False
        before, low_before = toks.text[k - 1], toks.low[k - 1]
        # (a capitalised determiner opening a sentence is no subject of a compound adjective, "A teary-eyed Bush", "The
        # self-described socialist"; but "The embattled senator" stays as the mentions read it, and "This is")
        after_subject = (_initial_upper(before) and (low_before not in self.tables.determiners or "-" not in low
                                                     or low_before in self.tables.pronoun_determiners)) \
            or low_before in self.tables.person_pronouns or low_before in self.tables.group_pronouns
        if not after_subject:
            return False
        if low.endswith("ed"):
            return True
        if _plural_s(low) and low not in self.anonymous_heads:
            return not low.endswith(self.tables.plural_noun_endings)
        return False

    def relative_head(self, toks: _Tokens, k: int) -> int | None:
        """If a boundary word at k lies inside 'who ...' after a noun, the index to continue leftwards from."""
        for t in range(k - 1, max(-1, k - 8), -1):
            if not _initial_alnum(toks.text[t]):
                return None
            if toks.low[t] in ("who", "which"):
                return t - 1
        return None

    def relative_verb(self, toks: _Tokens, k: int) -> int | None:
        """If the verb at k opens a clause "who (has) VERB" right after a noun, the index to continue leftwards from."""
        t = k - 1
        while t > 0 and toks.low[t] in self.tables.auxiliaries:
            t -= 1
        if t > 0 and toks.low[t] == "who" and _initial_alnum(toks.text[t - 1]):
            return t - 1
        return None

    def quote_opens(self, pos: int) -> bool:
        """True if a quotation opens at `pos`."""
        quote = self.quote_at(pos)
        return quote is not None and quote.start == pos

    def opening_quote(self, toks: _Tokens, j: int) -> bool:
        """True if token j closes a quotation that opens the sentence ('"We won," said ...'; not 'X called them
        "fat cats," criticized ...')."""
        quote = self.quote_at(toks.starts[j])
        return quote is not None and quote.start <= toks.starts[0]

    def right_np(self, toks: _Tokens, k: int, after_quote: bool) -> tuple[int, int, bool] | None:
        """Noun phrase right after an inverted cue ('..., said Foreign Minister Sergey Lavrov'); `after_quote`: the
        cue follows a quotation opening the sentence or, inverting, a comma, where "his", "her" and "their" open one
        ('"...," said his wife', "..., said her father, Philip Breen")."""
        n = len(toks.low)
        if k >= n or not _initial_alnum(toks.text[k]):
            return None
        low = toks.low[k]
        agent = False
        if low in self.tables.boundaries and _initial_lower(toks.text[k]):
            if low != "by" or k + 1 >= n or not _initial_alnum(toks.text[k + 1]):
                return None  # "announced on Friday", "wrote on Twitter": no source after the cue
            k += 1  # "The memo, written by Rep. Adam Schiff, ...": the passive's agent
            low = toks.low[k]
            agent = True
        pronoun = low in self.tables.person_pronouns or low in self.tables.group_pronouns
        if after_quote and self.possessive_pronoun(low) and k + 1 < n \
                and _initial_alnum(toks.text[k + 1]) and toks.low[k + 1] not in self.tables.after_inverted:
            pronoun = False  # a determiner: '..." said his campaign manager Jeff Weaver' (not "..., accused her of")
        capital_next = k + 1 < n and _initial_upper(toks.text[k + 1]) and low not in self.cues
        if not (_initial_upper(toks.text[k]) or low in self.tables.determiners or pronoun or capital_next
                or low in self.anonymous_heads or low in ("one", "two", "three", "several", "many", "some")
                or self.described_name(toks, k)):
            return None
        stop = self.tables.after_inverted
        t = k
        while t < n and t < k + 10:
            tok = toks.text[t]
            if not _initial_alnum(tok):
                if tok in (".", "'", "’", "-", "&") and t + 1 < n and _initial_alnum(toks.text[t + 1]):
                    t += 1
                    continue
                break
            if t > k and ((toks.low[t] in stop and not self.placed_name(toks, t) and not (
                    toks.low[t] == "to" and toks.low[t - 1] in self.tables.title_to_heads))
                          or (agent and toks.low[t] == "as")
                          or (toks.low[t] in self.tables.naming_participles and _initial_lower(tok))
                          or self.day_after_name(toks, t)):
                break  # (but "said U.S. Ambassador to the United Nations Nikki Haley": a title's "to" goes on; an
                # agent ends before "as": "identified by police as Stephen Paddock"; a document before the title it is
                # given: "a statement by the Brennan Center entitled ..."; a name before the day: "said Meredith
                # McGehee Tuesday")
            if (toks.low[t] in self.tables.auxiliaries and (_initial_lower(tok) or tok.isupper())) or (
                    _initial_lower(tok) and toks.low[t] in self.cues
                    and not (t == k + 1 and low in self.tables.determiners and self.document_head(toks.low[t]))):
                # a clause ("said it would", "IS ‘CRUEL’ SAYS"), not a name ("said activist Long") nor a document
                # ("said a statement from Alliance Defense Fund Legal Counsel Dale Schowengerdt")
                return None
            t += 1
        end = t - 1
        if end < k or (pronoun and end > k) or (t < n and t == k + 10):
            return None
        if t < n and self.day_after_name(toks, t):
            t = self.after_day(toks, t)
        return k, end, t >= n or not _initial_alnum(toks.text[t])

    def possessive_pronoun(self, low: str) -> bool:
        """True if a lower-cased word is a pronoun that is also a determiner ("his", "her", "its", "their"): it may open
        a noun phrase naming a source ("said his wife")."""
        return low in self.tables.determiners and (low in self.tables.person_pronouns or
                                                   low in self.tables.group_pronouns)

    def day_after_name(self, toks: _Tokens, t: int) -> bool:
        """True if token t is a weekday (and a part of the day) ending a name, before the clause's end, "that" or a word
        that may follow an inverted source ("said Meredith McGehee Tuesday.", "said Obama Friday night, adding"; not
        "Fox News Sunday host Chris Wallace")."""
        if toks.low[t] not in self.tables.weekdays:
            return False
        t = self.after_day(toks, t)
        return t >= len(toks.low) or not _initial_alnum(toks.text[t]) or toks.low[t] == "that" \
            or toks.low[t] in self.tables.after_inverted

    def after_day(self, toks: _Tokens, t: int) -> int:
        """The token after the weekday at t and the part of the day after it, if any ("Tuesday night")."""
        return t + 2 if t + 1 < len(toks.low) and toks.low[t + 1] in self.tables.day_parts else t + 1

    def document_head(self, low: str) -> bool:
        """True if a lower-cased word heads a document's name as a source ("statement", "report": the [heads] group
        "document")."""
        return self.res.head_groups.get(low) == "document"

    def place_after_head(self, toks: _Tokens, t: int) -> bool:
        """True if token t is a place preposition right after a speaker's head noun ("officials in", "analysts at")."""
        return t > 0 and toks.low[t] in self.tables.place_prepositions and toks.low[t - 1] in self.res.placed_heads

    def named_place_after_name(self, toks: _Tokens, t: int, j: int) -> bool:
        """True if token t is "in" or "at" between a capitalised word and capitalised words (commas between them)
        ending at j, a name of where the person or body named before works or is ("Jeremy Stahl at Slate", "Skeptics
        in Congress", "KUT in Austin", "Administrators in Wallingford, Conn."); not before a weekday or a month
        ("Trump in May"), nor where a lower-case word stands between ("Paris overnight")."""
        low, text = toks.low, toks.text
        if t == 0 or t >= j or (low[t] != "in" and low[t] != "at") or not _initial_upper(text[t - 1]) \
                or not _initial_alpha(text[t - 1]) or low[t - 1] in self.tables.weekdays \
                or low[t - 1] in self.tables.months:
            return False  # (not "published in April in Mayo Clinic Proceedings")
        for k in range(t + 1, j + 1):
            if text[k] == "," and k < j and _initial_upper(text[k - 1]):
                continue  # ("Wallingford, Conn.")
            if not _initial_upper(text[k]) or not _initial_alpha(text[k]) or low[k] in self.tables.weekdays \
                    or low[k] in self.tables.months:
                return False
        return True

    def named_place_after_noun(self, toks: _Tokens, t: int, j: int) -> bool:
        """True if token t is a place preposition between a lower-case noun and a name ending at j ("a recent poll in
        Michigan", "supporters of the law in Texas"): the name places the noun, which heads the source; not after a
        verb, adverb or determiner or after an auxiliary ("lives in Texas", "early in January", "was held in Moscow"),
        nor before a date ("a poll in June")."""
        if t == 0 or toks.low[t] not in self.tables.place_prepositions or toks.low[j] in self.tables.relative_pronouns:
            return False  # ("drew swift rebukes from Republicans who pointed out": the name heads its relative clause)
        name = t + 2 if toks.low[t + 1] == "the" else t + 1
        if name > j or not _initial_upper(toks.text[name]) or toks.low[name] in self.tables.weekdays \
                or toks.low[name] in self.tables.months:
            return False
        before, low = toks.text[t - 1], toks.low[t - 1]
        if not before.isalpha() or not before.islower() or low in self.tables.closed_words \
                or low in self.tables.determiners or low in self.tables.verb_only or low in self.cues \
                or _ends_with(low, ("ly", "ed", "ing")):
            return False
        return self.opens_clause_before(toks, t - 1)

    def document_topic(self, toks: _Tokens, t: int, j: int) -> bool:
        """True if token t is a preposition of `document_places` right after a lower-case document's head ([heads]),
        with no relative pronoun at token j: what the document is about or when or where it was made ("a poll in
        February 2011", "the draft report about Comey", "research into post-communist countries")."""
        low = toks.low
        if t == 0 or low[t] not in self.tables.document_places or low[j] in self.tables.relative_pronouns \
                or low[j] in self.tables.subject_pronouns or low[t + 1] in self.tables.relative_pronouns \
                or not _initial_lower(toks.text[t - 1]) or self.res.head_groups.get(low[t - 1]) != "document":
            return False  # (not "tweets in which Trump said", "the piece I have written": the clause's own subject)
        if low[t - 1] in self.tables.topic_free_heads:
            return False
        for k in range(t + 1, j):
            if toks.text[k] in _CLAUSE_MARKS or toks.text[k] in ("--", "-"):
                return False  # ("a deal on Oct. 31 -- something Boris Johnson has said")
        k = j
        while k > t + 1 and _initial_upper(toks.text[k]):
            k -= 1
        return k == j or _initial_upper(toks.text[k]) or low[k] in self.tables.determiners \
            or low[k] in self.tables.document_places  # ("a letter Kavanaugh wrote": the name's own clause)

    def placed_relative(self, toks: _Tokens, t: int, j: int) -> int:
        """The token of a lower-case noun of a person before token t, a preposition of `relative_place_prepositions`
        before a name that the "who" at token j follows, the noun right before t or before a place's name and another
        such preposition ("a baker in Colorado who", "a professor at Loyola Law School in Los Angeles who"); else -1
        ("a dig at John Roberts who")."""
        low, text, prepositions = toks.low, toks.text, self.tables.relative_place_prepositions
        if t == 0 or low[j] != "who" or low[t] not in prepositions or not _initial_alnum(text[j - 1]):
            return -1  # (not "The SNP's leader in Westminster Ian Blackford - who": the name before a dash)
        name = t + 2 if low[t + 1] == "the" else t + 1
        if name >= j:
            return -1
        for m in range(name, j):
            if _initial_upper(text[m]) or m > name and (not _initial_alnum(text[m]) or m == j - 1 or (
                    (low[m] == "of" or low[m] == "and" or low[m] in prepositions) and _initial_upper(text[m + 1]))):
                continue
            return -1  # a name up to "who", or up to its head noun ("the University of Pittsburgh who", "the U.N.
            # Climate Change secretariat who", "Washington University in St. Louis who"; not "plants in Saudi Arabia
            # despite the objections of lawyers who")
        k = t - 1
        while k > 0 and (_initial_upper(text[k]) or low[k] == "of" or low[k] == "the"):
            k -= 1  # a name before the preposition: the place of a person's noun before it ("at Loyola Law School in")
        if k < t - 1:
            if low[k] not in prepositions:
                return -1
            k -= 1
        word = low[k]
        if word.isalpha() and word.islower() and (
                word in self.res.placed_heads or word.endswith(self.tables.person_noun_endings)) and word not in \
                self.cues and word not in self.tables.closed_words and word not in self.tables.verb_only \
                and word not in self.tables.not_person_nouns:
            return k
        return -1

    def opens_clause_before(self, toks: _Tokens, k: int) -> bool:
        """True if the noun at token k ends a noun phrase opening its clause (after the sentence's start, a mark, a
        conjunction or a sentence opener: "The most popular carrier", "and Democratic staffers", "Supporters of the
        law"), not a verb's or preposition's object ("have no interest", "poured fresh scorn", "get clarity")."""
        for m in range(k - 1, max(-1, k - 9), -1):
            low, word = toks.low[m], toks.text[m]
            if not _initial_alnum(word) or low in self.tables.clause_conjunctions or low in self.tables.sentence_openers:
                return True
            if low == "of" or low in self.tables.determiners or _initial_upper(word) or _initial_digit(word):
                continue  # ("Supporters of the law", "his Republican allies", "Two colleges")
            if low in self.tables.closed_words or low in self.tables.verb_only or _ends_with(low, ("ed", "ing", "ly")):
                return False
        return k < 9  # the sentence's start (read to it), or too far back to tell

    def placed_name(self, toks: _Tokens, t: int) -> bool:
        """True if token t is a place preposition after a speaker's head and before a name, which both belong to an
        inverted source ("said officials in Washington", "said a diplomat at the United Nations"; not "said a
        spokesman in a statement", "hired her firm on Wednesday")."""
        if not self.place_after_head(toks, t):
            return False
        after = t + 2 if t + 2 < len(toks.low) and toks.low[t + 1] == "the" else t + 1
        return after < len(toks.low) and _initial_upper(toks.text[after]) and toks.low[after] not in \
            self.tables.weekdays and toks.low[after] not in self.tables.months

    def quote_after_source(self, toks: _Tokens, b: int) -> Part | None:
        """The quotation after a comma that follows the source ending at token b of a sentence opening with its cue
        ("Said Comey, “The thought ...”", "Said Dorothy Poynter, who grew up with Ali, “We were ...”"); else None."""
        k = b + 1
        if k + 1 == len(toks.low) and toks.low[k] == ":":
            return self.quote_opening_after(toks.ends[k])  # 'Stated Stone:' and the quotation below
        if k >= len(toks.low) or toks.low[k] != ",":
            return None
        while k + 1 < len(toks.low):
            if toks.low[k] == "," and toks.text[k + 1] in _OPENERS:
                quote = self.quote_at(toks.starts[k + 1])
                return self.whole_quote(quote) if quote is not None and quote.start == toks.starts[k + 1] else None
            if toks.text[k + 1] in _OPENERS or toks.text[k + 1] in _CLOSERS:
                return None
            k += 1
        return None

    def ends_in_colon(self, end: int, s_end: int) -> bool:
        """True if a colon ends the sentence at or after `end` (the cue's end; the colon may be the cue's last
        character: "said:", "said on Friday:", "responded to the allegations:")."""
        text = self.text
        while s_end > end and text[s_end - 1].isspace():
            s_end -= 1
        return s_end > 0 and text[s_end - 1] == ":" and s_end >= end

    def quote_opening_after(self, pos: int) -> Part | None:
        """The quotation that makes the whole paragraph after `pos`, with only white space between (the next
        paragraph after 'Dr. Ward stated:'), as a part; else None (a quotation with its own cue after it is its
        own attribution)."""
        n = _after(self.quote_starts, pos)
        if n >= len(self.quotes):
            return None
        quote, text = self.quotes[n], self.text
        while pos < quote.start:  # (read in place: the next quotation may lie far ahead)
            if not text[pos].isspace():
                return None
            pos += 1
        end = quote.end
        while end < len(text) and text[end] != "\n":
            if not text[end].isspace():
                return None
            end += 1
        return self.whole_quote(quote)

    def described_name(self, toks: _Tokens, k: int) -> bool:
        """True if up to five lower-case words at k describe a name that follows ('said conservative activist Bob
        Klaus', 'said former presidential candidate and Fox News Contributor Mike Huckabee')."""
        stop = self.tables.after_inverted
        for t in range(k, min(len(toks.low), k + 6)):
            tok = toks.text[t]
            if _initial_upper(tok):
                return t > k
            if not tok.isalpha() or toks.low[t] in stop or toks.low[t] in self.cues or toks.low[t] in self.tables.auxiliaries:
                return False
        return False

    # -- content -------------------------------------------------------------------------
    def content_after(self, toks: _Tokens, k: int, s_end: int) -> Part | None:
        """The content opening at token k (after any after_cue phrase or named listener) up to `s_end`."""
        skipped_from = k
        k = self.skip_phrases(toks, k)
        if k >= len(toks.low):
            return None
        low = toks.low[k]
        if low in self.tables.setting_prepositions or (k > skipped_from and self.setting_participle(toks, k)) or (
                low in self.tables.setting_complements and (k > skipped_from or self.listener_after(toks, k))):
            k = self.past_setting(toks, k)  # "said in Ohio that", "said in a statement released Monday that", "said in
            # an interview with CNN on Sunday that", "wrote in a letter to Barr that", "conceded to reporters that"
        elif k > 0 and toks.low[k - 1] != ":" and _initial_upper(toks.text[k]):
            k = self.past_listener(toks, k)
        start = toks.starts[k]
        quote = self.quote_at(start)
        if quote is not None and quote.start == start:
            rest = self.text[quote.end:s_end] if quote.end < s_end else ""
            if not _any_alnum(rest):
                return self.whole_quote(quote)
        return self.part(start, max(s_end, quote.end if quote is not None and quote.start == start else s_end))

    def listener_after(self, toks: _Tokens, k: int) -> bool:
        """True if token k ("to", "with") opens a phrase of a listener: a name, an object pronoun or "reporters", or a
        determiner ("conceded to reporters", "told to CNBC", "remarked to the press pool"; not "wants to avoid")."""
        if k + 1 >= len(toks.low) or not toks.text[k].islower():
            return False  # (a heading in capitals: "TRUMP VOWS TO RELEASE FISA DOCS THAT ...")
        low = toks.low[k + 1]
        return _initial_upper(toks.text[k + 1]) or low in self.tables.objects or low in self.tables.determiners

    def past_listener(self, toks: _Tokens, k: int) -> int:
        """The "that" after a capitalised listener opening at token k ("told Fox News on Monday that ...": the
        content starts at "that", as PolNeAR marks it), else k."""
        m, n = k, len(toks.low)
        while m < n and m - k < _LISTENER_WORDS and (_initial_upper(toks.text[m]) or toks.low[m] in ("&", "'s", "’s")):
            m += 1
        m = self.skip_phrases(toks, m)
        return m if m < n and toks.low[m] == "that" else k

    def past_setting(self, toks: _Tokens, k: int) -> int:
        """The "that" after a phrase of place or time opening at token k ("said in Ohio that", "told supporters during
        a rally in Iowa that", "wrote in an op-ed published Tuesday by The Atlantic that": the content starts at
        "that", as PolNeAR marks it), or the words after a colon ending it ("said in Ohio: ..."), else k; not where a
        clause or a relative clause comes first ("said in a move that surprised", "said in Ohio he believed that"); a
        relative time is no auxiliary there, nor a "that" before a time noun its "that" ("said at a party earlier this
        week that", "reported on Gates using the plane in March of that year, citing").
        Token k may also be the participle after the document a skipped phrase names ("in a statement released
        Monday that")."""
        n = len(toks.low)
        m = k + 1
        participle = toks.low[k] not in self.tables.setting_prepositions  # (passed: "by" may name who published it)
        while m < n and m - k <= _SETTING_WORDS:
            low = toks.low[m]
            if low == "that" and m + 1 < n and toks.low[m + 1] in self.tables.time_nouns:
                m += 2  # a determiner of time ("in March of that year")
                continue
            if low == "that":
                if m == k + 1 or self.relative_that(toks, m) or (
                        toks.low[m - 1] in self.tables.object_heads and _initial_lower(toks.text[m - 1])
                        and not self.owned_setting(toks, k)):
                    return k  # ("said in a post that": what the post held; "in The Washington Post that": a name)
                return m
            if low == ":" and m + 1 < n and (_initial_lower(toks.text[m - 1]) or self.quote_opens(toks.starts[m + 1])):
                return m + 1  # (not in a title, "in his book Last Act: The Final Years", or a time, "at 10:30")
            if self.setting_participle(toks, m):
                participle = True  # "an op-ed published Tuesday", "a statement released by his office"
            elif not _initial_alnum(toks.text[m]) or (low in self.tables.verb_only and _initial_lower(toks.text[m])) \
                    or (low in self.tables.auxiliaries and low not in self.tables.relative_times) \
                    or low in self.tables.subject_pronouns or (
                        low in self.tables.boundaries and not (
                            low in self.tables.setting_prepositions or (participle and low == "by"))):
                return k  # (a capitalised word is a name's: "in The Washington Post that")
            m += 1
        return k

    def owned_setting(self, toks: _Tokens, k: int) -> bool:
        """True if the phrase opening at token k is "in" and a possessive pronoun: the source's own report ("said in
        his statement that", "in her prepared remarks that"), whose content the "that" after it opens."""
        return toks.low[k] == "in" and toks.low[k + 1] in self.res.words.get("possessive_pronouns", ())

    def setting_participle(self, toks: _Tokens, m: int) -> bool:
        """True if token m is a lower-case participle in -ed right after a lower-case noun, which it describes ("a
        statement released Monday", "an op-ed published Tuesday"), not after a pronoun, determiner or auxiliary."""
        low = toks.low[m]
        if m == 0 or len(low) <= 4 or not _ends_with(low, "ed") or not _initial_lower(toks.text[m]):
            return False
        before = toks.low[m - 1]
        return _initial_lower(toks.text[m - 1]) and _initial_alpha(before) and not (
            before in self.tables.determiners or before in self.tables.closed_words)

    def past_addressee(self, toks: _Tokens, k: int) -> int:
        """The "that" after the listener of an addressee verb opening at token k ("told the Times that", "told the
        raucous crowd that", "warned her aides that": the content starts at "that"), else k; not after a thing told
        ("told the story that his father told")."""
        n = len(toks.low)
        if k + 1 < n and toks.low[k] in self.tables.objects and toks.low[k + 1] == "that":
            return k + 1  # "told him that"
        if k >= n or toks.low[k] == "that" or (toks.low[k] not in self.tables.determiners
                                               and not _initial_upper(toks.text[k])):
            return k
        m = k + 1
        while m < n and m - k <= _LISTENER_WORDS:
            low = toks.low[m]
            if low == "that":
                if (toks.low[m - 1] in self.tables.object_heads and _initial_lower(toks.text[m - 1])) \
                        or toks.low[m - 1] in self.tables.nominal_objects or self.relative_that(toks, m):
                    return k
                return m
            if not self.listener_word(toks, m):
                return k
            m += 1
        return k

    def listener_word(self, toks: _Tokens, m: int) -> bool:
        """True if token m may stand in a listener's words ("the raucous crowd", "The Associated Press", "Fox &
        Friends"): a word, "&" or "'s", and no cue word, boundary or auxiliary."""
        low = toks.low[m]
        return (_initial_alnum(toks.text[m]) or low in ("&", "'s", "’s")) and not (
            low in self.cues or low in self.tables.boundaries or low in self.tables.auxiliaries)

    def listener_ends(self, toks: _Tokens, k: int) -> bool:
        """True if a listener's few words from token k end the sentence ("told CNBC.", "told The Associated Press.")."""
        n = len(toks.low)
        if n and toks.text[n - 1] in (".", "!", "?"):
            n -= 1
        if n <= k or n - k > _LISTENER_WORDS:
            return False
        for m in range(k, n):
            if not self.listener_word(toks, m):
                return False
        return True

    def relative_that(self, toks: _Tokens, m: int) -> bool:
        """True if the "that" at token m opens a relative clause, a verb or auxiliary after it ("the crowd that had
        gathered", "the claims that circulated"), not what a listener is told ("told the crowd that he would")."""
        if m + 1 >= len(toks.low) or not _initial_lower(toks.text[m + 1]):
            return False
        after = toks.low[m + 1]
        if after in self.tables.auxiliaries or (len(after) > 4 and _ends_with(after, "ed")):
            return True
        return after in self.tables.verb_only and not _ends_with(after, "ing")  # ("told them that firing Comey")

    def opening_clause_subject(self, toks: _Tokens, j: int, content: Part | None) -> tuple[int, int] | None:
        """The main clause's subject after a participle clause opening the sentence, which is who the participle
        speaks of ("While saying he would wait, Russia's Ambassador Vitaly Churkin signaled ..."), or None."""
        if content is None or not (j < 0 or (j == 0 and toks.low[0] in self.tables.participle_openers)):
            return None
        low, n = toks.low, len(toks.low)
        c = _bisect_left(toks.starts, content.end)
        if c < n and toks.text[c] == ",":
            first = c + 1
        elif 2 <= c < n and toks.text[c - 1] in _CLOSERS and toks.text[c - 2] == ",":
            first = c  # the comma inside the quotation's closing mark ('Calling Mr. Trump a “sniveling coward,” Mr.
            # Cruz told his rival')
        else:
            return None
        if first + 1 < n and (low[first] in self.tables.person_pronouns or low[first] in self.tables.group_pronouns) \
                and low[first] not in self.tables.determiners and _initial_lower(toks.text[first + 1]):
            return first, first  # "Saying the talks had failed, he left." (not "his aides")
        for t in range(first + 1, min(n, first + 12)):  # the main verb: the first lower-case word reading as one
            if _initial_alnum(toks.text[t]) and _initial_lower(toks.text[t]) and (self._verb_like(toks, t) or low[t] in self.tables.auxiliaries):
                found = self.left_np(toks, t - 1)
                return found if found is not None and found[0] == first else None
            if toks.text[t] in (",", ";", ":"):
                return None
        return None

    def content_to_comma(self, toks: _Tokens, k: int, s_end: int) -> Part | None:
        """Content after a cue up to the first comma outside a quotation ("Recalling X, the statement urged"), or to a
        quotation closing on a comma ('Calling Mr. Trump a “sniveling coward,” Mr. Cruz told')."""
        for t in range(k, len(toks.low)):
            if toks.text[t] == "," and self.quote_at(toks.starts[t]) is None:
                return self.part(toks.starts[k], toks.starts[t]) if t > k else None
            if t > k and toks.text[t] in _CLOSERS and toks.text[t - 1] == "," and t + 1 < len(toks.low) \
                    and _initial_upper(toks.text[t + 1]):
                return self.part(toks.starts[k], toks.ends[t])
        return self.content_after(toks, k, s_end)

    def content_before(self, toks: _Tokens, a: int, s_start: int) -> Part | None:
        """Content that precedes its source and cue: a quotation or the clause before the comma."""
        pos = toks.starts[a] if a < len(toks.low) else s_start
        back = pos
        while back > 0 and self.text[back - 1] in " ,\t\n—–-":
            back -= 1
        if back <= 0:
            return None
        # a quotation ending in this sentence, or ending the one before when the source opens this sentence
        # ('“That is a false equivalency!” Maher replied.' is split after the exclamation mark)
        if back > s_start or pos == s_start:
            for probe in (back - 1, back - 2):
                quote = self.quote_at(probe)
                if quote is not None and back - 1 <= quote.end <= back:
                    return _new_record(Part, (quote.start, back, self.text[quote.start:back]))
        if back > s_start and self.text[back - 1] in _CLOSERS and self.text[back - 2:back - 1] in ",?!":
            return self.part(s_start, back)
        if back > s_start and self.text[back:pos].strip(" \t\n") in (",", "—", "–", "-", ", "):
            return self.part(s_start, back)
        if back > s_start and "," in self.text[back:pos]:
            return self.part(s_start, back)
        return None

    def drop_restated(self, local: list[Attribution]) -> None:
        """Drop a nominal cue whose content an earlier cue of the sentence reports, with no source or a possessive
        pronoun between that cue and content: it names the form of that report ("The company said in a statement
        that ...", "Horowitz said in his report that ...": "statement", "report" are no second attribution)."""
        kept = []
        for attr in local:
            restated = False
            if attr.kind == "nominal" and attr.content is not None and (
                    attr.source is None or attr.source.text.lower() in self.res.words.get("possessive_pronouns", ())):
                for other in local:
                    if other is not attr and other.content is not None and other.cue is not None \
                            and other.cue.start < attr.cue.start and other.content.start == attr.content.start \
                            and other.content.end == attr.content.end \
                            and (attr.source is None or other.cue.end <= attr.source.start):
                        restated = True
                        break
            if not restated:
                kept.append(attr)
        if len(kept) < len(local):
            del self.out[len(self.out) - len(local):]  # the sentence's attributions are the last ones made
            self.out.extend(kept)
            local[:] = kept

    def trim_contents(self, local: list[Attribution]) -> None:
        """Cut a content where a later cue of the same sentence begins its own clause."""
        if len(local) < 2:
            return
        offset = len(self.out) - len(local)  # the sentence's attributions are the last ones made
        for n, attr in enumerate(local[:-1]):
            nxt = local[n + 1]
            if attr.content is None or nxt.cue is None or nxt.kind == "nominal":
                continue  # a noun cue sits inside a phrase ("consequences arising from Kerry's comment that ...")
            if nxt.source is not None and attr.source is not None and attr.content.start <= nxt.source.start and \
                    nxt.source.end < min(attr.source.start, attr.cue.start) and \
                    max(attr.source.end, attr.cue.end) < nxt.cue.start:
                continue  # a report set off as an aside between the later one's source and cue reports it ("Those
                # verses, Mather said, seem to run contrary"): its content holds the later report
            # at the later source where it comes first ("..., and Cruz said"), else at its cue ("..., according to X")
            cut = nxt.source.start if nxt.source and attr.cue.end < nxt.source.start < nxt.cue.start else nxt.cue.start
            if nxt.source is not None and cut == nxt.source.start:
                cut = self.before_inclusion(cut)  # (", including 41% who say": the cut goes before "including")
            if nxt.source is None or nxt.source.start > nxt.cue.start:  # (at the clause's rest before a cue with no
                cut = self.clause_starts.get(nxt.cue.start, cut)  # source or an agent after it: "... and has final
                # say", "said he was asked by Mr. Agalarov to")
            if attr.content.start < cut < attr.content.end:
                end = _before_conjunction(self.text, attr.content.start, cut)
                part = self.part(attr.content.start, end)
                if part is not None and part.text.lower() in self.tables.content_openers:
                    if nxt.source != attr.source:
                        continue  # "said that he and Cruz discussed ...": the later cue reports inside this content
                    if end == cut:  # one source's two acts: "denied that and defended ..." ("that" is what was
                        part = None  # denied), but "did not respond when asked about ..." reports nothing
                elif part is not None and part.text.lower() in _CONJUNCTIONS:
                    part = None  # "weighed in and tweeted ...": the first verb reports nothing of its own
                idx = offset + n
                fixed = _with_content(attr, part, self.kind_of(part, attr.kind))
                self.out[idx] = fixed
                local[n] = fixed

    def before_inclusion(self, pos: int) -> int:
        """The start of a word of `inclusion_prepositions` ending right before the source starting at `pos` (one
        space between), else `pos`."""
        at = self.lower.rfind(" ", 0, pos - 1) + 1
        if pos - at > 1 and self.lower[at:pos - 1] in self.res.words.get("inclusion_prepositions", ()):
            return at
        return pos

    # -- nominal and "according to" cues ---------------------------------------------------
    def nominal(self, toks, i, size, form, s_start, s_end) -> Attribution | None:
        prev = self.possessor_before(toks, i)
        source = None
        if prev >= 0 and _possessive(toks.text[prev]) and self.possessor_at(toks, prev):
            a = prev
            while a - 1 >= 0 and (_initial_upper(toks.text[a - 1]) or (toks.low[a - 1] in ("of", ".") and a >= 2)):
                a -= 1
            while a < prev and (not _initial_upper(toks.text[a]) or self.opening_word(toks.low[a])):
                a += 1  # (not "But" or "Citing" of "But Trump's claims", "Citing Trump's comments")
            end = toks.ends[prev] - 2
            source = self.part(toks.starts[a], end)
        elif prev >= 0 and toks.low[prev] in _POSSESSOR_PRONOUNS:
            source = self.part(toks.starts[prev], toks.ends[prev])
        k = i + size
        if source is None:
            that = self.nominal_agent_end(toks, k)
            if that:  # "repeated warnings from his attorney that the showdown was fruitless": the attorney's
                last = that - 1
                if toks.low[last] in ("is", "was") and last - 1 > k:
                    last -= 1  # "a claim from Republicans was that": the copula is no part of the source
                source, k = self.part(toks.starts[k + 1], toks.ends[last]), that
        content = None
        if k + 2 < len(toks.low) and toks.low[k] in ("is", "was") and toks.low[k + 1] == "that":
            content = self.content_after(toks, k + 1, s_end)  # "Rubio's response was that it's unfair ..."
        elif k < len(toks.low) and toks.low[k] in ("that", ":"):
            content = self.content_after(toks, k + (toks.low[k] == ":"), s_end)
        elif k + 1 < len(toks.low) and toks.low[k] in self.tables.nominal_objects and _initial_alnum(toks.text[k + 1]) \
                and form.stance in self.tables.nominal_object_stances:
            content = self.part(toks.starts[k + 1], toks.ends[self.np_end(toks, k + 1)])
        if content is None and form.stance != "distancing":
            return None
        cue = self.part(toks.starts[i], toks.ends[i + size - 1])
        return self.make(source, cue, content, form, s_start, s_end, kind="nominal")

    def possessor_at(self, toks: _Tokens, k: int) -> bool:
        """True if token k is a possessive pronoun or a possessive in 's, no contraction, expletive or time noun's
        ("There's been speculation", "Monday's speedy announcement", "Last week's claims")."""
        low = toks.low[k]
        return low in _POSSESSOR_PRONOUNS or (
            _possessive(toks.text[k]) and (low not in self.tables.contractions or toks.text[k][1:2].isupper())
            and low not in self.tables.expletive_subjects and not self.time_possessive(low))  # ("WHO's" is the body's)

    def opening_word(self, low: str) -> bool:
        """True if a lower-cased word opening a sentence before a name is a conjunction, preposition, adverb or a cue
        form in -ing, none of the name ("But", "Despite", "Even", "Citing", "Regarding"; not "Irving")."""
        tables = self.tables
        return low in tables.clause_conjunctions or low in tables.opening_prepositions or \
            low in tables.sentence_openers or (_ends_with(low, "ing") and low in self.cues)

    def possessor_before(self, toks: _Tokens, i: int) -> int:
        """The index of the possessive or possessive pronoun before the noun cue at token i, over at most two words
        between that modify the noun ("his six-word comment", "Bob Dole's 1976 comment", "Romney's Medicare
        comment"): a word or figure each, no determiner, preposition, word in -ing, cue word or possessive ("the
        special counsel's office probing allegations", "investigation into allegations"); no contraction or time
        noun's possessive is the possessor ("There's been speculation", "Monday's speedy announcement"), but a cue
        word that modifies the noun may stand right after the possessor ("his repeated claims": `modified_noun`); else
        i - 1."""
        low, text, tables = toks.low, toks.text, self.tables
        for k in range(i - 2, max(i - 4, -1), -1):
            word = low[k + 1]
            if k == i - 2 and word in self.cues:  # a cue word right before the noun ends the reach, unless it modifies
                return k if self.modified_noun(toks, i) and self.possessor_at(toks, k) else i - 1  # the noun
            if not _initial_alnum(text[k + 1]) or word in tables.determiners or word in tables.boundaries \
                    or word == "of" or word == "amid" or word in self.cues or _ends_with(word, "ing") \
                    or _possessive(text[k + 1]):
                break
            if self.possessor_at(toks, k):
                return k
        return i - 1

    def nominal_agent_end(self, toks: _Tokens, k: int) -> int:
        """Where "that" follows a noun cue's "from" or "by" phrase of at most _AGENT_WORDS words at token k, opening
        what was said ("warnings from his attorney that", "claims by Democrats that"), or 0: no such phrase, a
        relative clause after it ("warnings from officials that were ignored"), or a verb in it whose "that" it is
        ("by insisting that", "a statement by the delegation stressed that", "criticism from those who argue that")."""
        low = toks.low
        if k + 2 >= len(low) or low[k] not in ("from", "by") or (
                _ends_with(low[k + 1], "ing") and _initial_lower(toks.text[k + 1])):
            return 0
        for t in range(k + 1, min(len(low), k + 2 + _AGENT_WORDS)):
            if low[t] == "that":
                return t if t > k + 1 and not self.relative_that(toks, t) else 0
            if (not _initial_alnum(toks.text[t]) and low[t] not in (".", "'s", "'")) or low[t] in self.cue_keys \
                    or low[t] in self.tables.relative_pronouns:
                return 0  # a clause mark, a cue word or "who": the phrase ends before any "that"
        return 0

    def np_end(self, toks: _Tokens, k: int) -> int:
        """Last token of the phrase opening at k: up to the next clause punctuation or boundary word."""
        t = k
        while t + 1 < len(toks.low) and toks.text[t + 1] not in _PHRASE_STOPS \
                and not (toks.low[t + 1] in self.tables.boundaries and toks.low[t + 1] not in ("of", "in", "on", "for", "to")):
            t += 1
        return t

    def according(self, toks, i, size, form, s_start, s_end) -> Attribution | None:
        after = self.right_np_any(toks, i + size, _ACCORDING_WORDS)
        if after is None:
            return None
        a, b = after
        last = b
        while last > a and (toks.low[last] in self.tables.boundaries or toks.low[last] in self.tables.not_source_ends):
            last -= 1  # cut at the word limit: "two senior officials speaking on the condition of anonymity to"
        source = self.part(toks.starts[a], toks.ends[last])
        n = len(toks.low)
        k = b + 1
        while k < n and not _initial_alnum(toks.text[k]):
            k += 1
        if i > 0 and toks.text[i - 1] == "(":  # "(According to X, ...)", "... (according to X)"
            close = _closing_bracket(toks.text, b + 1, n)
            if k < close:
                content = self.part(toks.starts[k], toks.starts[close] if close < n else s_end)
            else:
                content = self.part(s_start, toks.starts[i - 1])
        elif i == 0 or toks.starts[i] - s_start < 3 or toks.text[i - 1] == ":" or self.only_openers(toks, i):
            # "...: According to polls, X", "And according to a CNN poll, X": what follows the source
            content = self.part(toks.starts[k], s_end) if k < n else None
        elif toks.text[i - 1] == "," and b + 1 < n and toks.text[b + 1] == "," and k < n \
                and _count_alnum(toks.text, 0, i) <= _FRONTED_WORDS:
            content = self.part(s_start, s_end)  # "The senator, according to aides, was furious": the whole clause
        else:
            content = self.part(s_start, toks.starts[i])
        cue = self.part(toks.starts[i], toks.ends[i + size - 1])
        return self.make(source, cue, content, form, s_start, s_end, kind="according_to")

    def only_openers(self, toks: _Tokens, i: int) -> bool:
        """True if the tokens before token i are marks and at most three conjunctions or sentence openers ("And",
        "But, however,"; not a relative pronoun): nothing a cue after them could report."""
        words = 0
        for t in range(i):
            if _initial_alnum(toks.text[t]):
                low = toks.low[t]
                words += 1
                if words > 3 or low in self.tables.relative_pronouns or not (
                        low in self.tables.clause_conjunctions or low in self.tables.sentence_openers):
                    return False  # (a relative pronoun is the clause's subject: "Which, according to X, is ...")
        return words > 0

    def right_np_any(self, toks: _Tokens, k: int, limit: int) -> tuple[int, int] | None:
        """Token range of the noun phrase of at most `limit` words opening at token k, or None."""
        t = k
        while t < len(toks.low) and t < k + limit and (_initial_alnum(toks.text[t]) or toks.text[t] in (".", "'", "’", "-", "&")):
            if t > k and toks.low[t] in ("that", "which", "who", "as"):  # "viewed by conservatives as an ally"
                break
            t += 1
        return (k, t - 1) if t > k else None

    # -- assembling ----------------------------------------------------------------------
    def kind_of(self, content: Part | None, default: str | None) -> str:
        if default in ("nominal", "according_to", "direct"):
            return default
        if content is None:
            return "indirect"
        quoted = 0
        starts, ends = self.quote_starts, self.quote_ends
        begin, end = content.start, content.end
        for n in range(_after(ends, begin), len(starts)):
            if starts[n] >= end:
                break
            quoted += min(ends[n], end) - max(starts[n], begin)
        if quoted == 0:
            return "indirect"
        return "direct" if quoted >= 0.85 * (end - begin) else "partial"

    def make(self, source, cue, content, form, s_start, s_end, kind, anonymous=False, inherited=None,
             update=True) -> Attribution:
        # (no keyword-only arguments and no generator here: the compiled build makes it a C method)
        if inherited is not None:
            _, _, _, _, name, group, country, _, _, _, vague = inherited
            speaker = _new_record(Speaker, (name, group, country, vague, False))
        elif source is not None:
            speaker = self.speaker_of(source, s_start, s_end, update and kind != "nominal")
        else:
            # no source in the text ("a sign saying", an agentless passive)
            speaker = _new_record(Speaker, (None, "anonymous" if anonymous else "unnamed", None, anonymous, False))
        name, group, country, vague, _ = speaker  # unpacked once: cheaper than named fields in the compiled build
        if source is not None and cue is not None:
            at = cue.start
            if at - source.end == 1 and self.lower.find("sel", at, at + 7) >= 0:  # (cheap test first)
                first = cue.text[:cue.text.find(" ")]
                if first in self.tables.intensive_reflexives:  # "Cruz himself said": the pronoun is the source's
                    source = _new_record(Part, (source.start, at + len(first), self.text[source.start:at + len(first)]))
                    cue = _new_record(Part, (at + len(first) + 1, cue.end, cue.text[len(first) + 1:]))
        return _new_record(Attribution, (
            f"{self.doc.id}:a{len(self.out) + 1}", source, cue, content, name, group, country,
            form.lemma, form.stance, self.kind_of(content, kind) if self.quotes or kind is not None else "indirect",
            bool(anonymous or vague)))

    def speaker_of(self, source: Part, s_start: int, s_end: int, update: bool) -> Speaker:
        """The speaker a source names in the sentence s_start..s_end; with `update`, the resolver keeps them as the
        last one named (for later pronouns)."""
        mention = source
        end = source.end
        if self.lower.endswith("self", 0, end) or self.lower.endswith("selves", 0, end):
            last = source.text[source.text.rfind(" ") + 1:]
            if last in self.tables.intensive_reflexives:  # (a source taken from an earlier report)
                mention = _new_record(Part, (source.start, end - len(last) - 1, source.text[:-len(last) - 1]))
        if source.text.lower() in self.tables.relative_pronouns:
            mention = self.antecedent(source, s_start) or source  # "McConnell, who predicted": McConnell speaks
        anonymous_sentence = self.anonymity.get(s_start)
        if anonymous_sentence is None:
            if self.markers:
                sentence = self.text[s_start:s_end].lower()
                anonymous_sentence = _holds_any(sentence, self.markers)
            else:
                anonymous_sentence = False
            self.anonymity[s_start] = anonymous_sentence
        described = None
        if mention is source and source.text.endswith(" who") and source.start > s_start:
            named = self.described_person(source, s_start, anonymous_sentence)
            if named is not None:
                described = self.speakers.resolve_at(source.text, source.start, anonymous_sentence, False)
                mention = named
        speaker = self.speakers.resolve_at(mention.text, mention.start, anonymous_sentence, update)
        if described is not None and speaker[1] == "other" and described[1] != "other":
            # "Andrew Pincus, a lawyer who said": the person, in the group the description gives
            speaker = _new_record(Speaker, (speaker[0], described[1], speaker[2] or described[2], speaker[3],
                                            speaker[4]))
        return speaker

    def conceals(self, cue_start: int) -> bool:
        """True if a cue starting at `cue_start` lies inside an anonymity marker of a relative clause ("the official,
        who asked not to be named", "who requested anonymity"): the words say how a source speaks, not what. Not
        "A spokesman declined to be named but said ...", whose "said" takes its source from "declined"); or is an
        infinitive right after a marker ("who requested anonymity to discuss the talks", "not authorized to speak")."""
        lower, relative = self.lower, self.tables.relative_pronouns
        to_at = cue_start if lower.startswith("to ", cue_start) else \
            cue_start - 3 if cue_start >= 3 and lower.startswith("to ", cue_start - 3) else -1
        if to_at > 0:
            for marker in self.markers:
                if lower.endswith(marker, 0, to_at - 1) or (marker.endswith(" to")
                                                            and lower.endswith(marker, 0, to_at + 2)):
                    return True
        for marker in self.markers:
            at = lower.find(marker, max(0, cue_start - len(marker) + 1), cue_start + len(marker))
            while 0 <= at <= cue_start:
                if at + len(marker) > cue_start and (marker.split(" ", 1)[0] in relative
                                                     or _word_before(lower, at, 12) in relative):
                    return True
                at = lower.find(marker, at + 1, cue_start + len(marker))
        return False

    def asked_of_reader(self, toks: _Tokens, i: int, start: int) -> bool:
        """True if a cue whose first token is at or before token i starts at offset `start` right after an imperative
        marker (`imperative_markers`: "please"), maybe with a comma between: a request, which reports nobody."""
        k = min(i, _bisect_left(toks.starts, start))  # the cue's first token (a cue starts where a token starts)
        if k > 0 and toks.text[k - 1] == ",":
            k -= 1
        return k > 0 and toks.low[k - 1] in self.tables.imperative_markers

    def asks_who(self, source: str) -> bool:
        """True if a source is a capitalised question word that is also a relative pronoun ("Who", "Which"): the
        sentence asks who, and reports nobody."""
        if len(source) > 5 or not _initial_upper(source) or not source[1:].islower():  # not "WHO" (a body)
            return False
        low = source.lower()
        return low in self.tables.relative_pronouns and low in self.tables.question_openers

    def antecedent(self, source: Part, s_start: int) -> Part | None:
        """The noun phrase a relative-pronoun source stands for ("Mitch McConnell, who predicted": "Mitch McConnell")."""
        toks = _tokenize(self.text, s_start, source.start, self.lower)
        j = len(toks.low) - 1
        if j >= 0 and toks.low[j] in ("and", "but"):  # "a trained actor who got his start ..., and who wrote":
            k = j - 1                                  # the first relative clause's antecedent
            while k >= 0 and toks.low[k] not in ("who", "which"):
                k -= 1
            j = k - 1
        closed = j >= 0 and toks.low[j] == ","  # (an appositive before it is closed)
        if j >= 0 and (toks.low[j] in (",", "—", "–") or toks.text[j] == "("):  # "McConnell, who", "Gov. Dannel
            j -= 1                                                              # Malloy — who", "Lewis (who"
        j = _before_party_label(toks, j)  # "Schiff, D-Calif., who", "Sen. Lindsey Graham (R-S.C.), who"
        found = self.left_np(toks, j, False) if j >= 0 else None  # ("a call released by Manigault Newman, who": her)
        if found is not None:
            found = (self.object_start(toks, found[0], found[1]), found[1])
        if found is not None and closed and source.text.lower() == "who":
            named = self.named_before_appositive(toks, found[0])  # (not "which": "Daryl Kimball, the director of
            if named is not None:                                 # the Arms Control Association, which has argued"
                found = (named[0], found[1])                      # is the association); the name and what the
                # appositive says of them ("Donald F. McGahn II, the White House counsel": a government's)
        return self.np_part(toks, found[0], found[1]) if found is not None else None

    def object_start(self, toks: _Tokens, start: int, end: int) -> int:
        """Where a relative pronoun's antecedent in tokens start..end starts: at the last word of
        `relative_object_openers` after a verb, the object the pronoun follows ("Those policies alienated many, who":
        many; "the establishment that betrayed the president, who": the president; "not the hackers, who"), else at
        `start` ("the leader of the party, who"; "the embattled senator, who").

        A verb here is a word of `negations`, a lower-case word in -ed or -ing, or one right after a negation, a modal
        or a finite auxiliary ("didn't impress the Girl Scout organization, which")."""
        lows, tables = toks.low, self.tables
        openers = tables.relative_object_openers
        for t in range(end, start, -1):
            if lows[t] not in openers:
                continue
            v = t - 1
            low = lows[v]
            if low in openers or not _initial_lower(toks.text[v]):
                continue
            if low in tables.negations or _ends_with(low, ("ed", "ing")) or (v > 0 and (
                    lows[v - 1] in tables.negations or lows[v - 1] in tables.modals
                    or lows[v - 1] in tables.finite_words)):
                return t
        return start

    def named_before_appositive(self, toks: _Tokens, b: int) -> tuple[int, int] | None:
        """Token range of a person's name that a comma and an appositive opened by a determiner follow, the appositive
        holding token b ("Susan Rice, the U.S. ambassador to the United Nations, who": Susan Rice, not the United
        Nations; "Trump, the Republican nominee, who": Trump), or None."""
        k = b
        while k > 0 and b - k < 12 and toks.text[k - 1] not in _CLAUSE_MARKS:
            k -= 1
        if k < 2 or toks.text[k - 1] != "," or toks.low[k] not in self.tables.determiners or \
                not _initial_upper(toks.text[k - 2]):
            return None
        found = self.left_np(toks, k - 2, False)
        if found is None or not _initial_upper(toks.text[found[0]]):
            return None
        name = self.np_part(toks, found[0], found[1])
        if name is None or not self.speakers.resolve_at(name.text, name.start, False, False)[4]:
            return None  # (a place or a body: "In Washington, the capital, which")
        return found

    def described_person(self, source: Part, s_start: int, anonymous: bool) -> Part | None:
        """The person an appositive source "a Republican who" describes ("backed by Sen. Jeff Flake, a Republican who
        said": Jeff Flake), or None if no person's name stands right before its comma or dash."""
        before = self.text[s_start:source.start].rstrip()
        if not before or before[-1] not in ",—–" or not (
                source.text.split(" ", 1)[0].lower() in self.tables.singular_determiners or _POSSESSED_START.match(source.text)):
            return None  # (a description of one: "a lawyer who", "Trump's former adviser who"; not "donors who")
        named = self.antecedent(source, s_start)
        if named is None or not _initial_upper(named.text.split()[-1]):
            return None
        if not self.speakers.resolve_at(named.text, named.start, anonymous, False)[4]:
            return None  # "In Washington, a lawmaker who said": a place, no person
        return named

    def quoted_rests(self) -> None:
        """A partial quotation's content ending in a sentence its quotation runs past takes the quotation's rest where
        it ends on the same line ('claiming that Clinton "lied many times. Flynn lied."') and the quotation's first
        mark opens it (after a space, bracket, dash or colon; not 'committee." Asked ...', a closing mark the marks
        around it paired the other way)."""
        text, out = self.text, self.out
        for n in range(len(out)):
            attr = out[n]
            content = attr.content
            if content is None or attr.kind != "partial":
                continue
            i = _after(self.quote_starts, content.end - 1) - 1  # the last quotation opening in the content
            if i < 0 or self.quote_starts[i] < content.start or self.quote_ends[i] <= content.end:
                continue
            end, opening = self.quote_ends[i], self.quote_starts[i]
            if text.find("\n", content.end, end) >= 0 or (opening > 0 and not text[opening - 1].isspace()
                                                           and text[opening - 1] not in _BEFORE_OPENING_MARK):
                continue
            out[n] = _with_content(attr, _new_record(Part, (content.start, end, text[content.start:end])), "partial")

    def continuations(self) -> None:
        """Quotations with no cue of their own that follow a direct quote continue its speaker."""
        if not self.out:
            return
        taken = sorted((a.content.start, a.content.end) for a in self.out if a.content)
        taken_starts = [start for start, _ in taken]
        reach, furthest = [], 0  # furthest end among the first n contents
        for _, end in taken:
            if end > furthest:
                furthest = end
            reach.append(furthest)
        by_start = sorted(self.out, key=lambda a: a.cue.start if a.cue else 0)
        sentence_starts = [start for start, _ in self.sentences]
        anchors = [a.content.end if a.content else a.cue.end for a in by_start]
        added = []
        first_after = 0  # index of the first attribution (in by_start order) whose anchor lies after the quote
        for q in self.quotes:  # sorted and never overlapping
            while first_after < len(anchors) and anchors[first_after] <= q.start:
                first_after += 1
            below = _bisect_left(taken_starts, q.end)  # contents starting before the quote ends
            if below and reach[below - 1] > q.start:
                continue
            prev = self.quoting_before(by_start, first_after - 1, sentence_starts) if first_after else None
            if prev is None or prev.kind not in ("direct", "partial") or prev.content is None \
                    or prev.verb == _SIGNATURE.lemma:
                continue  # (a signed quotation or post ends with its signature)
            if q.start - prev.content.end > 400:
                continue
            if not (_holds_words(self.text, q.inner_start, q.inner_end, 4) or _short_sentence(
                    self.text, q, prev.content.end)) or _inside_phrase(self.text, q.start):
                continue
            added.append(_with_content(prev, self.whole_quote(q), "direct"))
        if added:
            self.out.extend(added)
            self.out.sort(key=_document_order)

    def quoting_before(self, by_start: list, n: int, sentence_starts: list) -> Attribution:
        """by_start[n], or, where it has no source or reports "according to" someone, the attribution quoting directly
        or in part before it in its sentence that only such ones follow ('"...," Cruz said about the article alleging
        that ...', '"...," said Trump in an interview, according to TIME': Cruz and Trump go on speaking)."""
        prev = by_start[n]
        if prev.cue is None or prev.kind in ("direct", "partial"):
            return prev
        sentence_start = sentence_starts[_after(sentence_starts, prev.cue.start) - 1] if sentence_starts else 0
        k = n
        while k >= 0 and by_start[k].cue is not None and by_start[k].cue.start >= sentence_start and (
                by_start[k].source is None or by_start[k].kind == "according_to"):
            k -= 1
        if k < n and k >= 0 and by_start[k].cue is not None and by_start[k].cue.start >= sentence_start \
                and by_start[k].kind in ("direct", "partial"):
            return by_start[k]
        return prev


def _with_known_groups(out: list, unshared: frozenset) -> list:
    """`out` with the group "other" of a named speaker replaced by the one group the text's other attributions give
    that speaker ("Mr Coats said ... Mr Coats, the former official, told ...": government each time; a group named
    in `unshared`, such as "anonymous", passes to no one)."""
    groups: dict = {}
    for attr in out:
        if attr.speaker and not attr.anonymous and attr.speaker_group != "other":
            groups.setdefault(attr.speaker, set()).add(attr.speaker_group)
    if not groups:
        return out
    filled = []
    for attr in out:
        if attr.speaker_group == "other" and attr.speaker and not attr.anonymous:
            known = groups.get(attr.speaker)
            if known is not None and len(known) == 1 and known.isdisjoint(unshared):
                attr = attr._replace(speaker_group=next(iter(known)))
        filled.append(attr)
    return filled


def _name_end(toks: _Tokens, end: int, limit: int) -> int:
    """The last index before `limit` of the capitalised words and full stops that follow token `end` (`end` itself
    where none do): the end of a name after its head ("host Hugh Hewitt")."""
    while end + 1 < limit and (_initial_upper(toks.text[end + 1]) or toks.text[end + 1] == "."):
        end += 1
    return end


def _before_party_label(toks: _Tokens, j: int) -> int:
    """The token before a party label ending at token j ("Graham (R-S.C.)", "Schiff, D-Calif."), or j itself."""
    if j >= 1 and toks.text[j] == ")":
        k = j - 1
        while k >= 0 and j - k <= 8 and toks.text[k] != "(":
            k -= 1
        return k - 1 if k >= 1 and toks.text[k] == "(" and _PARTY_TAG.match(toks.text[k + 1]) else j
    k = j
    while k >= 1 and j - k <= 6 and (toks.text[k] == "." or _initial_upper(toks.text[k])):
        if _PARTY_TAG.match(toks.text[k]) is not None:
            return k - 2 if k >= 2 and toks.text[k - 1] == "," else j
        k -= 1
    return j


def _document_order(attr: Attribution) -> tuple:
    """Where an attribution stands in the text: its cue's start, then its content's."""
    return attr.cue.start if attr.cue else 0, attr.content.start if attr.content else 0


def _with_content(attr: Attribution, content: Part | None, kind: str) -> Attribution:
    """`attr._replace(content=content, kind=kind)`, made without the named tuple's Python-level `_replace`."""
    # unpacked, not indexed: the compiled build reads a named tuple's items by position through a slow generic slot
    ident, source, cue, _, speaker, group, country, verb, stance, _, anonymous = attr
    return _new_record(Attribution, (ident, source, cue, content, speaker, group, country, verb, stance, kind,
                                     anonymous))


def _bracket_end(text: str, start: int, end: int) -> int:
    """Where text[start:end] leaves the bracket it began in (a ")" closing a "(" opened before `start`), else `end`:
    "(he had not been told about the amendment) and left early" reports only up to the bracket."""
    depth = 0
    for k in range(start, end):
        ch = text[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return k
            depth -= 1
    return end


def _names_listed(text: str) -> bool:
    """True if `text` is a list of names: three or more items between commas, each word capitalised but "and", "of"
    and "de" ("Tim Albrecht, Brad Anderson, Sarah Huckabee"; not a headline: "If Budget Deal Fails, U.S. Credit Will Be
    Downgraded")."""
    if text.count(",") < 2:
        return False
    for word in text.replace(",", " ").split():
        if not _initial_upper(word) and word != "and" and word != "of" and word != "de" and word != "&":
            return False
    return True


def _count_alnum(words: list[str], start: int, end: int) -> int:
    """How many of words[start:end] begin with a letter or digit."""
    count = 0
    for k in range(start, end):
        if _initial_alnum(words[k]):
            count += 1
    return count


def _holds_words(text: str, start: int, end: int, n: int) -> bool:
    """True if text[start:end] holds at least n words as `str.split` finds them, read only as far as the n-th."""
    count, inside = 0, False
    for i in range(start, end):
        if text[i].isspace():
            inside = False
        elif not inside:
            inside = True
            count += 1
            if count >= n:
                return True
    return n <= 0


def _short_sentence(text: str, quote, after: int) -> bool:
    """True if a quotation of a few words is a sentence of its own in the paragraph of a quotation ending at `after`
    ('"...," Mr. Bloomberg said on Wednesday. "God help us."'): it follows a sentence's end and ends with one inside
    its marks; not a title or a label ('on NBC's "Today" show')."""
    k = quote.start - 1
    while k > after and text[k] in " \t":
        k -= 1
    return k > after and text[k] in ".!?" and quote.inner_end > quote.inner_start and \
        text[quote.inner_end - 1] in ".!?" and text.find("\n", after, quote.start) < 0


def _inside_phrase(text: str, at: int) -> bool:
    """True if a letter or digit comes right before position `at`, spaces and tabs apart: a quotation there is part
    of the phrase before it ('a Church-run "mother and baby home"', 'leading to the "destruction of the economy"'),
    a label, a title or a fragment quoted by the sentence's own words, never a further quotation of the speaker
    before it; except after a comma and "and" or "but" ('"...," she says, but "there is genuine fear."')."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or not text[at - 1].isalnum():
        return False
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if text[start:at].lower() not in ("and", "but"):
        return True
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return not (start > 0 and text[start - 1] == ",")


def _reports_clause(attr: Attribution) -> bool:
    """True if the content is a that-clause, a quotation, or comes before the cue ("..., she added")."""
    return _opens_clause(attr) or (attr.content is not None and attr.kind in ("direct", "partial"))


def _opens_clause(attr: Attribution) -> bool:
    """True if the content is a that-clause or quotation right after the cue, or comes before the cue ("that the
    plan failed", "that, in Wisconsin, ...")."""
    content = attr.content
    return content is not None and (content.end <= attr.cue.start or content.text[:1] in _OPENERS
                                    or _that_clause(content.text))


def _inflected(attr: Attribution) -> bool:
    """True if the cue's first word is an inflected verb ("noted", "believes", "stressing"), not the base form
    of its lemma ("show", "hope": "... and show that ...") or the "to" of an infinitive."""
    if _infinitive(attr):
        return False
    cue = attr.cue.text
    space = cue.find(" ")
    first = (cue if space < 0 else cue[:space]).lower()
    space = attr.verb.find(" ")
    return first != (attr.verb if space < 0 else attr.verb[:space])


def _infinitive(attr: Attribution) -> bool:
    """True if the cue opens with the "to" of an infinitive ("to suggest")."""
    return attr.cue is not None and attr.cue.text[:3].lower() == "to "


def _that_clause(text: str) -> bool:
    """True if `text` opens with the conjunction "that": before a space, or before a comma or dash opening an
    aside that a later comma or dash closes ("that, in Wisconsin, Trump's coalition ..."; not "that, Mr. Obama")."""
    if text[:4].lower() != "that":
        return False
    after = text[4:5]
    if after == " " or after == "\n":
        return True
    if after not in _ASIDE_MARKS:
        return False
    for mark in _ASIDE_MARKS:  # (a loop, not a generator: the compiled build makes this a C function)
        if text.find(mark, 5) > 0:
            return True
    return False


def _parenthetical(attr: Attribution, text: str) -> bool:
    """True if a source of at most five words and the cue stand between commas inside the sentence they report
    ("Time, Mr. Pence added, was on their side"): a reporting clause."""
    source, cue = attr.source, attr.cue
    if source is None or attr.content is None or source.end > cue.start or source.text.count(" ") > 4:
        return False
    k = source.start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] != ",":
        return False
    k = cue.end
    while k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and text[k] == ","


def _opens_clause_at(toks: _Tokens, start: int, openers: frozenset) -> bool:
    """True if every token before `start` is punctuation or one of `openers` ("All that said", "(That said")."""
    for k in range(start):
        if _initial_alnum(toks.text[k]) and toks.low[k] not in openers:
            return False
    return True


def _as_follows(toks: _Tokens, k: int) -> bool:
    """True if "as" comes within eight tokens from k, before any clause punctuation."""
    low, text = toks.low, toks.text
    for t in range(k, min(len(low), k + 8)):
        if low[t] == "as":
            return True
        if text[t] in _PHRASE_STOPS:
            return False
    return False


def _folded_lower(text: str) -> str | None:
    """`text.lower()` with ’ folded to ', or None when lower-casing changes the text's length."""
    if _compiled_folded_lower is not None:
        return _compiled_folded_lower(text)
    lowered = text.lower()
    return lowered.replace("’", "'") if len(lowered) == len(text) else None


def _any_cue_word(words: list[str], cues: dict, except_for) -> bool:
    """True if a word that is not one of `except_for` may begin a cue (a loop: no generator in the compiled build)."""
    for word in words:
        if word not in except_for and word in cues:
            return True
    return False


def _after(values: list[int], x: int) -> int:
    """`bisect_right(values, x)` (where x would go after its equals in the sorted list), written out: in the
    compiled build a loop over C integers, not a call of the bisect module with x as a Python int."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        value = values[mid]
        if x < value:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _ends_with(word: str, suffix: str | tuple[str, ...]) -> bool:
    """word.endswith(suffix) (a C call in the compiled build, where a word read from a list is an untyped object
    whose method call packs its arguments)."""
    return word.endswith(suffix)


def _possessive(word: str) -> bool:
    """True if a token ends in a possessive 's or ’s ("Romney's", "Clinton’s"; not "Jones", "'s" alone)."""
    return word[len(word) - 1] in "sS" and _POSSESSIVE.search(word) is not None


def _plural_s(word: str) -> bool:
    """True if a word ends in the "s" of a plural or a third person: in "s" but not "ss" ("officials", "says"; not
    "press", "boss")."""
    return word.endswith("s") and not word.endswith("ss")


def _closing_bracket(words: list[str], start: int, limit: int) -> int:
    """The index of the first ")" among words[start:limit], or `limit`."""
    k = start
    while k < limit and words[k] != ")":
        k += 1
    return k


def _party_tag(word: str) -> bool:
    """True if a word is a politician's party and state ("R-Texas", "D-Calif", "I-Vt")."""
    return len(word) > 2 and word[1] == "-" and word[0] in "RDI" and word[2].isupper()


def _listed_key(res: Resources, key: tuple) -> bool:
    """True if the lower-cased words `key` are a listed country's, region's, organisation's or person's name."""
    return key in res.countries or key in res.regions or key in res.organisations or key in res.people


def _base_or_s_form(word: str, lemma: str) -> bool:
    """True if `word` is the first word of `lemma` ("focus" of "focus on") or that word in -s or -es: no past form."""
    first = lemma.split(" ", 1)[0]
    return word == first or (word[:-1] == first and word[-1] == "s") or (word[:-2] == first and word[-2:] == "es") or (
        first[-1:] == "y" and word == first[:-1] + "ies")


def _initial_upper(word: str) -> bool:
    """word[0].isupper() (these small functions are C calls reading one character in the compiled build)."""
    return word[0].isupper()


def _initial_lower(word: str) -> bool:
    """word[0].islower()."""
    return word[0].islower()


def _initial_alnum(word: str) -> bool:
    """word[0].isalnum()."""
    return word[0].isalnum()


def _percent_sign(toks: _Tokens, k: int) -> bool:
    """True if token k is a "%" written right after a figure ("55%")."""
    return toks.text[k] == "%" and k > 0 and toks.ends[k - 1] == toks.starts[k] and _initial_digit(toks.text[k - 1])


def _a_number(word: str, number_words: frozenset) -> bool:
    """True if `word` is written in digits ("10") or is a number word ("six")."""
    return _initial_digit(word) or word in number_words


def _initial_digit(word: str) -> bool:
    """word[0].isdigit()."""
    return word[0].isdigit()


def _age(word: str) -> bool:
    """True if `word` is a person's age after their name: one to three digits ("Joyce Ross, 64, a nurse")."""
    return len(word) <= 3 and word.isdigit()


def _year(word: str) -> bool:
    """True if `word` is a year of the last two centuries or this one: four digits from 1800 ("in 2008")."""
    return len(word) == 4 and word.isdigit() and "18" <= word[:2] <= "20"


def _initial_alpha(word: str) -> bool:
    """word[0].isalpha()."""
    return word[0].isalpha()


def _has_cue_word(lower: str, start: int, end: int, cue_words: frozenset, pattern: re.Pattern) -> bool:
    """True if a whole a-z run of lower[start:end], cut at both ends, is one of `cue_words` (`pattern`: them as one regex).

    The compiled build answers with a loop instead (`_tokens.has_cue_word`).
    """
    if pattern.search(lower, start, end) is not None:
        return True
    # the pattern's look-behind sees the letter before `start`: a run cut there is checked word by word
    return start > 0 and "a" <= lower[start - 1] <= "z" and not cue_words.isdisjoint(_WORD.findall(lower, start, end))


def _cue_fits(forms: list, following: str) -> bool:
    """True if one of a cue word's forms is the word alone or goes on with the word `following` it ("sides" is the cue
    "sides with" only, "cast" the cue "cast doubt on"), and its entry does not bar that word after it ("think tank")."""
    for form in forms:
        if following not in form.not_followed and (len(form.words) == 1 or form.words[1] == following):
            return True
    return False


def _opening_names(lower: str, start: int, end: int, nouns: frozenset) -> bool:
    """True if one of `nouns` occurs in lower[start:end] before its first comma."""
    comma = lower.find(",", start, end)
    stop = comma if comma >= 0 else end
    return any(lower.find(noun, start, stop) >= 0 for noun in nouns)


def _positions(text: str, pieces: tuple) -> list[int]:
    """Sorted start positions of every occurrence of each of `pieces` in `text`."""
    found: list[int] = []
    for piece in pieces:
        at = text.find(piece)
        while at >= 0:
            found.append(at)
            at = text.find(piece, at + 1)
    found.sort()
    return found


def _as_complement(attr: Attribution, text: str) -> bool:
    """True if an "as" complement follows the cue within a few words, before any clause punctuation: "see
    Clinton as the better candidate", "is seen as a uniter", "seen by organizers as a lifeboat"."""
    if attr.content is None:
        return False
    end = attr.cue.end
    for word in _TOKEN.findall(text, end, end + 100)[:8]:
        if word.lower() == "as":
            return True
        if word in _PHRASE_STOPS:
            return False
    return False


def _nested(attr: Attribution, earlier: list[Attribution], text: str, subject: int) -> bool:
    """True if `attr` reads as part of what an earlier attribution of its sentence reports.

    Its cue lies inside that content, and no comma, semicolon or dash separates it (or its source, or the subject
    starting at `subject` of a cue with no source: "said as many as 1,400 children are expected to") from the earlier
    cue ("Clinton says she wants ..."; but not "X said ..., and Y claimed ...", a clause of its own).
    """
    cue = attr.cue
    if cue is None:
        return False
    for outer in earlier:
        content = outer.content
        if content is not None and outer.cue is not None and content.start <= cue.start and cue.end <= content.end \
                and (attr.kind != "nominal" or (outer.source is not None and outer.source.start < outer.cue.start)):
            # a noun cue stays its own in an opening clause: "Responding to the allegations, the ministry ..."
            source = attr.source  # its own subject inside the content, or one shared with the earlier cue
            first = source.start if source is not None and outer.cue.end <= source.start < cue.start else \
                subject if outer.cue.end <= subject < cue.start else cue.start
            for mark in ",;—–":
                if text.find(mark, outer.cue.end, first) >= 0:
                    break
            else:  # no copy of a long gap
                return True
    return False


_PARTY_LABEL = re.compile(r"[ \t]*\([A-Z][\w.-]{0,12}\)")  # "(D-Nev.)", "(R)", "(I-Vt.)" after a name
_PARTY_TAG = re.compile(r"[DRI](?:-[A-Z]|$)")  # a party label's first token ("D-Nev", "R-S", "R")


_TRAILING_CONJUNCTION = re.compile(r"[\s,;]+(?:and|but|while|whereas)\s*$", re.I)
_CONJUNCTIONS = frozenset(("and", "but", "while", "whereas"))  # the regex's


def _before_conjunction(text: str, start: int, end: int) -> int:
    """`end` moved before a conjunction that joins the next clause ("the plan was flawed, and | Clinton claimed").

    Where `_TRAILING_CONJUNCTION` would match in text[end - 40:end] (a short window: linear time), read backwards:
    the last word before the spaces at the end, after separators, is one of its conjunctions; the separators'
    start is the match's. A word that is not ASCII goes to the regex (its case-insensitive matching is not
    str.lower()'s there).
    """
    low = start if start > end - 40 else end - 40
    last = end
    while last > low and text[last - 1].isspace():
        last -= 1
    at = last
    while at > low and not (text[at - 1].isspace() or text[at - 1] in ",;"):
        at -= 1
    word = text[at:last]
    if not word.isascii():
        found = _TRAILING_CONJUNCTION.search(text, low, end)
        return found.start() if found is not None and found.start() > start else end
    if at <= low or word.lower() not in _CONJUNCTIONS:  # at <= low: no separator before the word in the window
        return end
    while at > low and (text[at - 1].isspace() or text[at - 1] in ",;"):
        at -= 1
    return at if at > start else end


def _any_capitalised(words: list[str], start: int, end: int) -> bool:
    """True if a word of words[start:end] starts with a capital (a loop, not a generator: the compiled build types it)."""
    for word in words[start:end]:
        if _initial_upper(word):
            return True
    return False


def _any_alnum(text: str) -> bool:
    """True if `text` holds a letter or digit."""
    for ch in text:
        if ch.isalnum():
            return True
    return False


def _overlaps(a: Part | None, b: Part | None) -> bool:
    """True if both parts exist and share a character."""
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _ends_abbrev(text: str, start: int, end: int) -> bool:
    """True if text[start:end], which ends in a full stop, ends with an abbreviation whose full stop belongs to it
    ("U.S.", "Jr.")."""
    if end - start >= 2 and text[end - 2].islower() and text[end - 3:end - 2] not in _ABBREV_THIRD:
        return False  # "the talks failed." cannot end in one of the abbreviations
    last = end  # where the last word of text[start:end] starts (it ends in its full stop, no space)
    while last > start and not text[last - 1].isspace():
        last -= 1
    return _ABBREVIATION.fullmatch(text, last, end) is not None


def extract_attributions(doc, *, resources: Resources | None = None) -> list[Attribution]:
    """Every attribution in `doc`, in document order, with offsets into `doc.text`."""
    return _Extractor(doc, resources or load_resources()).run()
