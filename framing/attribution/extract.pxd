# Cython declarations for the compiled copy of extract.py (an "augmenting" .pxd: setup.py copies it beside
# `_compiled_extract.py`). They type the extractor's classes, attributes and method arguments so calls
# between methods are C calls; extract.py itself stays plain Python and runs unchanged without them.
# Methods holding a generator expression (a closure) stay `def`: Cython cannot make those cpdef.
# Keep every signature here in step with extract.py: a mismatch fails the compiled build (and CI).

cimport cython
from framing.attribution._compiled_speakers cimport SpeakerResolver

cdef class _Tokens:
    cdef public list text, low
    cdef public long long[:] starts, ends  # token offsets read as C numbers

cpdef _Tokens _tokenize(str text, Py_ssize_t start, Py_ssize_t end, lower=*)
cpdef _with_content(attr, content, kind)
@cython.locals(word=str)
cpdef bint _names_listed(str text)
@cython.locals(count=Py_ssize_t, k=Py_ssize_t)
cpdef Py_ssize_t _count_alnum(list words, Py_ssize_t start, Py_ssize_t end)
@cython.locals(k=Py_ssize_t)
cpdef Py_ssize_t _closing_bracket(list words, Py_ssize_t start, Py_ssize_t limit)
@cython.locals(count=Py_ssize_t, inside=bint, i=Py_ssize_t)
cpdef bint _holds_words(str text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t n)
@cython.locals(k=Py_ssize_t)
cpdef bint _short_sentence(str text, quote, Py_ssize_t after)
@cython.locals(start=Py_ssize_t)
cpdef bint _inside_phrase(str text, Py_ssize_t at)
cpdef bint _reports_clause(attr)
@cython.locals(k=Py_ssize_t)
cpdef bint _parenthetical(attr, str text)
cpdef bint _opens_clause(attr)
cpdef bint _that_clause(str text)
@cython.locals(space=Py_ssize_t, cue=str, first=str)
cpdef bint _inflected(attr)
cpdef bint _infinitive(attr)
@cython.locals(depth=Py_ssize_t, k=Py_ssize_t, ch=Py_UCS4)
cpdef Py_ssize_t _bracket_end(str text, Py_ssize_t start, Py_ssize_t end) except -1
@cython.locals(k=Py_ssize_t)
cpdef bint _opens_clause_at(_Tokens toks, Py_ssize_t start, frozenset openers)
cpdef bint _as_follows(_Tokens toks, Py_ssize_t k)
cpdef bint _percent_sign(_Tokens toks, Py_ssize_t k)
cpdef bint _as_complement(attr, str text)
@cython.locals(found=list, at=Py_ssize_t)
cpdef list _positions(str text, tuple pieces)
@cython.locals(low=Py_ssize_t, last=Py_ssize_t, at=Py_ssize_t, word=str)
cpdef Py_ssize_t _before_conjunction(str text, Py_ssize_t start, Py_ssize_t end)
cpdef bint _overlaps(a, b)
cpdef tuple _document_order(attr)
@cython.locals(first=Py_ssize_t)
cpdef bint _nested(attr, list earlier, str text, Py_ssize_t subject)
cpdef bint _any_capitalised(list words, Py_ssize_t start, Py_ssize_t end)
cpdef bint _any_alnum(str text)
cpdef bint _has_cue_word(str lower, Py_ssize_t start, Py_ssize_t end, frozenset cue_words, pattern)
@cython.locals(last=Py_ssize_t)
cpdef bint _ends_abbrev(str text, Py_ssize_t start, Py_ssize_t end)
cpdef bint _any_cue_word(list words, dict cues, except_for)
@cython.locals(lo=Py_ssize_t, hi=Py_ssize_t, mid=Py_ssize_t, value=Py_ssize_t)
cpdef Py_ssize_t _after(list values, Py_ssize_t x) except -1
cpdef bint _ends_with(str word, suffix)
cpdef bint _possessive(str word)
cpdef bint _plural_s(str word)
cpdef bint _party_tag(str word)
cpdef bint _initial_upper(str word)
cpdef bint _initial_lower(str word)
cpdef bint _initial_alnum(str word)
cpdef bint _a_number(str word, frozenset number_words)
cpdef bint _initial_digit(str word)
cpdef bint _age(str word)
cpdef bint _year(str word)
cpdef bint _initial_alpha(str word)

cdef class _Tables:
    cdef readonly frozenset according_lemmas, verb_only, barring, pronouns_or_determiners, closed_words, finite_words
    cdef readonly tuple plural_noun_endings, proper_adjective_endings, adjective_endings, plain_adjective_endings
    cdef readonly tuple person_noun_endings
    cdef readonly tuple modifier_adjective_endings
    cdef readonly dict gapped, idioms, before_cue
    cdef readonly tuple evidence_stems
    # the word lists of _WORD_LISTS (set by name in __init__, hence public)
    cdef public frozenset addressee_verbs, adverbial_pairs, after_inverted, after_name_forms, that_forms
    cdef public frozenset named_subject_forms, relative_place_prepositions, not_person_nouns, document_places
    cdef public frozenset topic_free_heads, negations, relative_object_openers, subject_passive_cues
    cdef public frozenset object_first_participles
    cdef public frozenset raised_participles
    cdef public frozenset adjective_determiners
    cdef public frozenset noun_base_forms, day_parts, unquoting_stances, bare_noun_light_verbs
    cdef public frozenset agentless_passive_stances, appearance_verbs, as_complement_verbs, auxiliaries, boundaries
    cdef public frozenset catenatives, clause_only_verbs, colon_not_sources, contractions, coordinated_modifiers
    cdef public frozenset coordinated_stances, cue_particles, depicting_verbs, depictions, determiners
    cdef public frozenset evidence_nouns, evidence_postmodifiers, evidence_sources, evidential_adverbs
    cdef public frozenset evidence_not_after, evidence_compounds, clause_conjunctions
    cdef public frozenset object_heads, clause_adverbs, object_case_pronouns, not_before_clause_subject
    cdef public frozenset indefinite_objects, organisation_suffixes, gerund_subjects, modified_nouns, object_cue_verbs
    cdef public frozenset to_heads
    cdef public frozenset title_to_heads
    cdef public frozenset experiencer_stances, expletive_subjects, extraposing_verbs, opening_prepositions
    cdef public frozenset focus_adverbs
    cdef public frozenset finding_verbs, for_heads, gap_stops, gapped_particles, group_pronouns, impersonal_subjects
    cdef public frozenset finite_auxiliaries, modals, month_prepositions, receiving_verbs, taking_verbs, taken_cue_nouns
    cdef public frozenset particle_cue_verbs
    cdef public frozenset content_openers, idiom_openers, imperative_markers
    cdef public frozenset subject_modifiers, compound_modifier_ends
    cdef public frozenset inverting_verbs, not_source_heads
    cdef public frozenset intensifiers, copulas, light_verb_nouns, light_verbs, main_clause_verbs, months
    cdef public frozenset name_openers, parenthetical_verbs, adjective_prepositions
    cdef public frozenset naming_participles, nominal_object_stances, nominal_objects, not_adverbs, not_source_ends
    cdef public frozenset np_breakers, number_words, objects, parentheticals, participle_followers
    cdef public frozenset participle_openers, passive_cues, person_pronouns, phrasal_particles, plural_heads
    cdef public frozenset place_prepositions, body_name_heads, body_name_links
    cdef public frozenset pronoun_determiners, quantifiers, question_openers, relative_pronouns, self_pronouns
    cdef public frozenset sentence_openers, signature_links, singular_determiners, source_postmodifiers
    cdef public frozenset standing_polls, plural_finite_verbs, setting_prepositions, setting_complements
    cdef public frozenset phrase_only_lemmas
    cdef public frozenset phoning_verbs, phoned_pronouns, unphoned_boundaries, phone_particles, comment_openers
    cdef public frozenset example_markers, with_nouns, time_openers, degree_adverbs
    cdef public frozenset agent_participles, call_compounds, bare_catenatives, raising_verbs
    cdef public frozenset subject_pronouns, time_words, times_before_cue, weekdays, time_determiners, time_nouns
    cdef public frozenset relative_times, time_amounts, subject_prepositions, intensive_reflexives, time_adjectives
    cdef public frozenset publishing_participles, naming_forms, agreeing_forms

cdef class _Extractor:
    cdef public object doc, res, according_lemmas, evidential_words, sentences, quotes
    cdef public _Tables tables
    cdef public SpeakerResolver speakers
    cdef public str text, lower
    cdef public dict anonymity, cues, clause_starts
    cdef public object anonymous_heads
    cdef public frozenset cue_keys
    cdef public list quote_starts, quote_ends, markers, out

    @cython.locals(text=str)
    cpdef part(self, Py_ssize_t start, Py_ssize_t end)
    cpdef whole_quote(self, quote)
    @cython.locals(i=Py_ssize_t)
    cpdef quote_at(self, Py_ssize_t pos)
    @cython.locals(found=list, size=Py_ssize_t, low=list, n=Py_ssize_t)
    cpdef list match_cue(self, _Tokens toks, Py_ssize_t i)
    @cython.locals(low=list, offset=Py_ssize_t, by_first=dict, phrase=tuple, opening=bint, start=Py_ssize_t,
                   end=Py_ssize_t)
    cpdef bint in_idiom(self, _Tokens toks, Py_ssize_t i)
    cpdef bint after_name(self, _Tokens toks, Py_ssize_t i)
    @cython.locals(before=str)
    cpdef bint name_before(self, _Tokens toks, Py_ssize_t i)
    @cython.locals(end=Py_ssize_t, k=Py_ssize_t)
    cpdef bint headline_end(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size)
    @cython.locals(index=dict, moved=bint, nxt=Py_ssize_t)
    cpdef Py_ssize_t skip_phrases(self, _Tokens toks, Py_ssize_t k, str name=*)
    @cython.locals(at=Py_ssize_t)
    cpdef bint in_setting(self, list local, _Tokens toks, Py_ssize_t i)
    cpdef evidence_opening(self, _Tokens toks, Py_ssize_t s_start, Py_ssize_t s_end)
    @cython.locals(low=str)
    cpdef Py_ssize_t evidence_head(self, _Tokens toks, Py_ssize_t t)
    @cython.locals(low=list, n=Py_ssize_t, end=Py_ssize_t, t=Py_ssize_t)
    cpdef Py_ssize_t evidence_end(self, _Tokens toks, Py_ssize_t head)
    cpdef bint coordinated(self, _Tokens toks, Py_ssize_t i, made)
    @cython.locals(prev=str, after=str, nouns=list, verbs=list, light_before=bint, light=object)
    cpdef cue(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size, list forms, Py_ssize_t s_start, Py_ssize_t s_end,
              list local)
    @cython.locals(t=Py_ssize_t)
    cpdef bint time_after(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(low=str)
    cpdef bint reports_object(self, _Tokens toks, Py_ssize_t k)
    cpdef bint approximate(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(mod=str)
    cpdef bint compound_noun(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size)
    @cython.locals(k=Py_ssize_t, low=str, past=str)
    cpdef bint noun_after_past(self, _Tokens toks, Py_ssize_t i)
    @cython.locals(parts=list, part=str)
    cpdef bint hyphenated_modifier(self, str word, bint after_word)
    @cython.locals(n=Py_ssize_t, k=Py_ssize_t, low=str, prev=str, name=Py_ssize_t)
    cpdef bint named_thing(self, _Tokens toks, Py_ssize_t i)
    @cython.locals(n=Py_ssize_t, k=Py_ssize_t, first=Py_ssize_t, mark=str, before=list)
    cpdef bint named_aside(self, _Tokens toks, Py_ssize_t i)
    @cython.locals(t=Py_ssize_t)
    cpdef Py_ssize_t published_start(self, _Tokens toks, Py_ssize_t a)
    @cython.locals(n=Py_ssize_t, m=Py_ssize_t, j=Py_ssize_t, low=str)
    cpdef bint phone_call(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(n=Py_ssize_t)
    cpdef Py_ssize_t name_end(self, _Tokens toks, Py_ssize_t m, Py_ssize_t limit)
    @cython.locals(mod=str, word=str)
    cpdef bint noun_modifier(self, _Tokens toks, Py_ssize_t k)
    cpdef light_verb(self, _Tokens toks, Py_ssize_t i)
    cpdef bint adjectival(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(j=Py_ssize_t, low=list)
    cpdef bint inverted_predicate(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(k=Py_ssize_t, low=str, skipped=Py_ssize_t)
    cpdef tuple skip_auxiliaries(self, _Tokens toks, Py_ssize_t j)
    @cython.locals(j=Py_ssize_t, cue_end=Py_ssize_t, after_cue=Py_ssize_t, a=Py_ssize_t, b=Py_ssize_t, participle=bint,
                   passive=bint, low=str, anonymous_passive=bint, unnamed=bint, alone=bint,
                   inverting=bint, light=Py_ssize_t)
    cpdef verbal(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size, form, Py_ssize_t s_start, Py_ssize_t s_end,
                 list local)
    @cython.locals(t=Py_ssize_t, low=list)
    cpdef bint reduced_passive(self, _Tokens toks, Py_ssize_t i, Py_ssize_t a)
    @cython.locals(after=Py_ssize_t)
    cpdef agent_of_it(self, _Tokens toks, cue_part, subject, tuple by_np, form, Py_ssize_t s_start,
                      Py_ssize_t s_end, bint update)
    @cython.locals(a=Py_ssize_t, b=Py_ssize_t, t=Py_ssize_t, openers=frozenset)
    cpdef passive_agent(self, _Tokens toks, Py_ssize_t k)
    cpdef np_part(self, _Tokens toks, Py_ssize_t a, Py_ssize_t b)
    @cython.locals(lows=list, text=list, pronoun=str, before=str, t=Py_ssize_t)
    cpdef bint clause_subject_pronoun(self, _Tokens toks, Py_ssize_t a, Py_ssize_t b)
    @cython.locals(low=str, tables=_Tables)
    cpdef bint opens_noun_phrase(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(determiners=frozenset)
    cpdef bint after_determiner(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(low=str)
    cpdef bint before_verb(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(after=str)
    cpdef bint modal_name(self, _Tokens toks, Py_ssize_t k)
    cpdef bint dated(self, _Tokens toks, Py_ssize_t k)
    cpdef bint day_dated(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(a=Py_ssize_t, start=Py_ssize_t, stop=Py_ssize_t)
    cpdef verb_span(self, _Tokens toks, Py_ssize_t i, Py_ssize_t end)
    cpdef bint reduced_relative(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(k=Py_ssize_t)
    cpdef quote_after_source(self, _Tokens toks, Py_ssize_t b)
    cpdef bint asks(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(w=Py_ssize_t, low=str, np=tuple, start=Py_ssize_t, end=Py_ssize_t)
    cpdef relative_antecedent(self, _Tokens toks, Py_ssize_t j)
    cpdef labelled_speaker(self, _Tokens toks, Py_ssize_t i, Py_ssize_t j, Py_ssize_t cue_end)
    cpdef question(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size, form, Py_ssize_t s_start, Py_ssize_t s_end)
    cpdef inherit(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size, form, Py_ssize_t s_start, Py_ssize_t s_end,
                  list local, Py_ssize_t j)
    @cython.locals(comma=Py_ssize_t, first=str, tables=_Tables, head=str)
    cpdef tuple named_before(self, _Tokens toks, tuple np)
    @cython.locals(n=Py_ssize_t, end=Py_ssize_t, t=Py_ssize_t, last=Py_ssize_t, named=bint)
    cpdef Py_ssize_t extend_appositive(self, _Tokens toks, Py_ssize_t b)
    cpdef bint possessive_pronoun(self, str low)
    @cython.locals(word=str, low=str)
    cpdef bint opens_appositive(self, _Tokens toks, Py_ssize_t k)
    cpdef quote_before(self, _Tokens toks, Py_ssize_t a, Py_ssize_t s_start)
    @cython.locals(low=list, first=str, skipped=Py_ssize_t)
    cpdef bint label_before(self, _Tokens toks, quote, Py_ssize_t k, form, Py_ssize_t s_start)
    @cython.locals(text=list, lows=list, k=Py_ssize_t, limit=Py_ssize_t, label=Py_ssize_t, start=Py_ssize_t, low=str,
                   tok=str, first=str, bounds=frozenset, modified=bint, placed=bint,
                   head=Py_ssize_t)
    cpdef left_np(self, _Tokens toks, Py_ssize_t j, bint agents=*)
    @cython.locals(k=Py_ssize_t, word=str, low=str, tables=_Tables)
    cpdef Py_ssize_t noun_before_place(self, _Tokens toks, Py_ssize_t start)
    @cython.locals(lows=list)
    cpdef bint clause_rest(self, _Tokens toks, Py_ssize_t start, Py_ssize_t j)
    @cython.locals(lows=list, tables=_Tables, t=Py_ssize_t, low=str)
    cpdef bint holds_finite_verb(self, _Tokens toks, Py_ssize_t start, Py_ssize_t j)
    @cython.locals(text=list, lows=list, n=Py_ssize_t, word=str, tables=_Tables)
    cpdef Py_ssize_t name_after_object(self, _Tokens toks, Py_ssize_t start, Py_ssize_t j)
    @cython.locals(before=str)
    cpdef bint time_before_head(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(low=list, text=list, month=bint, after=str, before=str)
    cpdef bint time_before_name(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(word=str, low=str, t=Py_ssize_t)
    cpdef bint reduced_relative_verb(self, _Tokens toks, Py_ssize_t k, Py_ssize_t j)
    @cython.locals(low=str, participle=bint, before=str)
    cpdef bint agent_participle(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(before=str, tables=_Tables)
    cpdef bint after_noun(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(head=str, low=str, n=Py_ssize_t, k=Py_ssize_t, limit=Py_ssize_t)
    cpdef bint relative_participle(self, _Tokens toks, Py_ssize_t b, Py_ssize_t i, Py_ssize_t cue_end)
    @cython.locals(low=str)
    cpdef bint _verb_like(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(t=Py_ssize_t)
    cpdef relative_head(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(t=Py_ssize_t)
    cpdef relative_verb(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(before=str)
    cpdef described_person(self, source, Py_ssize_t s_start, bint anonymous)
    cpdef bint quote_opens(self, Py_ssize_t pos)
    cpdef bint opening_quote(self, _Tokens toks, Py_ssize_t j)
    cpdef bint place_after_head(self, _Tokens toks, Py_ssize_t t)
    @cython.locals(name=Py_ssize_t, before=str, low=str)
    cpdef bint named_place_after_noun(self, _Tokens toks, Py_ssize_t t, Py_ssize_t j)
    @cython.locals(low=list, k=Py_ssize_t)
    cpdef bint document_topic(self, _Tokens toks, Py_ssize_t t, Py_ssize_t j)
    @cython.locals(low=list, text=list, prepositions=frozenset, name=Py_ssize_t, k=Py_ssize_t, m=Py_ssize_t,
                   word=str)
    cpdef Py_ssize_t placed_relative(self, _Tokens toks, Py_ssize_t t, Py_ssize_t j)
    @cython.locals(m=Py_ssize_t, low=str, word=str)
    cpdef bint opens_clause_before(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(after=Py_ssize_t)
    cpdef bint placed_name(self, _Tokens toks, Py_ssize_t t)
    @cython.locals(n=Py_ssize_t, t=Py_ssize_t, end=Py_ssize_t, low=str, tok=str, pronoun=bint, capital_next=bint,
                   agent=bint)
    cpdef right_np(self, _Tokens toks, Py_ssize_t k, bint after_quote)
    cpdef bint day_after_name(self, _Tokens toks, Py_ssize_t t)
    cpdef Py_ssize_t after_day(self, _Tokens toks, Py_ssize_t t)
    cpdef bint document_head(self, str low)
    @cython.locals(k=Py_ssize_t, word=str, adjective=str, plain=bint, possessive=bint)
    cpdef bint noun_after_adjective(self, _Tokens toks, Py_ssize_t i, form)
    cpdef bint between_commas(self, _Tokens toks, Py_ssize_t i)
    cpdef bint plural_quantity(self, _Tokens toks, Py_ssize_t k)
    cpdef bint thing_before_infinitive(self, _Tokens toks, Py_ssize_t i)
    cpdef bint ends_in_colon(self, Py_ssize_t end, Py_ssize_t s_end)
    @cython.locals(n=Py_ssize_t, end=Py_ssize_t, text=str)
    cpdef quote_opening_after(self, Py_ssize_t pos)
    cpdef bint described_name(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(start=Py_ssize_t)
    cpdef content_after(self, _Tokens toks, Py_ssize_t k, Py_ssize_t s_end)
    @cython.locals(m=Py_ssize_t, n=Py_ssize_t)
    cpdef Py_ssize_t past_listener(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(m=Py_ssize_t, n=Py_ssize_t, low=str, participle=bint)
    cpdef Py_ssize_t past_setting(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(low=str, before=str)
    cpdef bint setting_participle(self, _Tokens toks, Py_ssize_t m)
    @cython.locals(m=Py_ssize_t, n=Py_ssize_t, low=str)
    cpdef Py_ssize_t past_addressee(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(low=str)
    cpdef bint listener_word(self, _Tokens toks, Py_ssize_t m)
    @cython.locals(m=Py_ssize_t, n=Py_ssize_t)
    cpdef bint listener_ends(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(after=str)
    cpdef bint relative_that(self, _Tokens toks, Py_ssize_t m)
    cpdef opening_clause_subject(self, _Tokens toks, Py_ssize_t j, content)
    cpdef content_to_comma(self, _Tokens toks, Py_ssize_t k, Py_ssize_t s_end)
    cpdef content_before(self, _Tokens toks, Py_ssize_t a, Py_ssize_t s_start)
    cpdef nominal(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size, form, Py_ssize_t s_start, Py_ssize_t s_end)
    @cython.locals(low=list, t=Py_ssize_t)
    cpdef Py_ssize_t nominal_agent_end(self, _Tokens toks, Py_ssize_t k)
    cpdef Py_ssize_t np_end(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(n=Py_ssize_t, k=Py_ssize_t, close=Py_ssize_t, last=Py_ssize_t)
    cpdef according(self, _Tokens toks, Py_ssize_t i, Py_ssize_t size, form, Py_ssize_t s_start, Py_ssize_t s_end)
    @cython.locals(words=Py_ssize_t, t=Py_ssize_t, low=str)
    cpdef bint only_openers(self, _Tokens toks, Py_ssize_t i)
    cpdef right_np_any(self, _Tokens toks, Py_ssize_t k, Py_ssize_t limit)
    @cython.locals(bracket=bint, t=Py_ssize_t, tok=str)
    cpdef Py_ssize_t dateline_end(self, _Tokens toks, Py_ssize_t limit)
    @cython.locals(low=str)
    cpdef bint plural_head(self, _Tokens toks, Py_ssize_t k)
    @cython.locals(quoted=Py_ssize_t, starts=list, ends=list, begin=Py_ssize_t, end=Py_ssize_t, n=Py_ssize_t)
    cpdef str kind_of(self, content, default)
    cpdef sentence(self, Py_ssize_t s_start, Py_ssize_t s_end, bint colon=*, bint polled=*)
    @cython.locals(kept=list, restated=bint)
    cpdef drop_restated(self, list local)
    @cython.locals(longest=Py_ssize_t, n=Py_ssize_t, phrase=tuple)
    cpdef Py_ssize_t phrase_ending(self, _Tokens toks, Py_ssize_t j)
    @cython.locals(n=Py_ssize_t, k=Py_ssize_t, start=Py_ssize_t, words=list)
    cpdef colon_line(self, _Tokens toks, Py_ssize_t s_start, Py_ssize_t s_end)
    @cython.locals(n=Py_ssize_t, d=Py_ssize_t, k=Py_ssize_t)
    cpdef Py_ssize_t dashed_label(self, _Tokens toks)
    @cython.locals(at=Py_ssize_t)
    cpdef make(self, source, cue, content, form, Py_ssize_t s_start, Py_ssize_t s_end, kind, anonymous=*, inherited=*,
               bint update=*)
    @cython.locals(end=Py_ssize_t)
    cpdef speaker_of(self, source, Py_ssize_t s_start, Py_ssize_t s_end, bint update)
    @cython.locals(j=Py_ssize_t, k=Py_ssize_t, closed=bint)
    cpdef antecedent(self, source, Py_ssize_t s_start)
    @cython.locals(lows=list, tables=_Tables, openers=frozenset, t=Py_ssize_t, v=Py_ssize_t, low=str)
    cpdef Py_ssize_t object_start(self, _Tokens toks, Py_ssize_t start, Py_ssize_t end)
    @cython.locals(k=Py_ssize_t)
    cpdef named_before_appositive(self, _Tokens toks, Py_ssize_t b)
    @cython.locals(low=str)
    cpdef bint asks_who(self, str source)
    @cython.locals(lower=str, relative=frozenset, marker=str, at=Py_ssize_t, to_at=Py_ssize_t)
    cpdef bint conceals(self, Py_ssize_t cue_start)
