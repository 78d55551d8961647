# Cython declarations for the compiled copy of speakers.py (see extract.pxd): typed classes and attributes,
# so the resolver's and mentions' fields are C struct members and calls between methods are C calls.
# speakers.py stays plain Python and runs unchanged without them; keep the two in step.

cimport cython

@cython.locals(index=dict, indexes=dict, entry=tuple)
cpdef list _find_keys(res, list lower, dict table, list words=*)
@cython.locals(named=tuple, acronyms=frozenset)
cpdef tuple _named_keys(res, list lower, list words)
@cython.locals(out=list, i=Py_ssize_t, n=Py_ssize_t, size=Py_ssize_t)
cpdef list _matches(list lower, dict table, dict index, words, acronyms, common=*)
cpdef bint _stands_alone(words, Py_ssize_t start, Py_ssize_t end)
cpdef bint _head_before_first_name(res, list lower, Py_ssize_t k)
cpdef bint _any_key(list words, dict index)
cpdef bint _all_upper(list words, Py_ssize_t start, Py_ssize_t end)
cpdef list _words(str text)
cpdef _without_openers(res, list name_words)
cpdef bint _ends_sentence(str word)
cpdef bint _ends_at(matches, Py_ssize_t end)
@cython.locals(taken=list, name_words=list, title_words=list, start=Py_ssize_t, k=Py_ssize_t, w=str,
               honorifics=frozenset, anonymous_heads=frozenset, special=frozenset,
               stripped=list, matches=list, s=Py_ssize_t, e=Py_ssize_t, links=frozenset, body_heads=frozenset,
               by_title=bint)
cpdef tuple _split_name(res, list words, list lower=*, tuple found=*)
cpdef list _lower_all(list words)
@cython.locals(word=str, best=str)
cpdef str _longest_word(str text)
cpdef _first_group(dict groups, tuple title_keys)
cpdef bint _holds_any(str text, pieces)
@cython.locals(i=Py_ssize_t, at=Py_ssize_t)
cpdef list _runs_found(list runs, str joined, list ends, str piece)
@cython.locals(word=str)
cpdef bint _any_special(list lower, frozenset special)
@cython.locals(cut=Py_ssize_t, at=Py_ssize_t)
cpdef str _head(str text)
@cython.locals(words=list, last=str, low=str)
cpdef bint _head_is_named(str head, res)
@cython.locals(k=Py_ssize_t, after=Py_ssize_t, last=str)
cpdef bint _named_person_before(list words, list lower, Py_ssize_t n, res)
@cython.locals(words=list, kept=list, start=Py_ssize_t)
cpdef str _name_within(str name, str appositive)
@cython.locals(words=list, first=str)
cpdef bint _names_someone(str appositive, dict rw)
@cython.locals(link=Py_ssize_t)
cpdef bint _joins_body_name(list words, list lower, Py_ssize_t k, links, heads)
cpdef bint _and_in_body_name(list words, list lower, Py_ssize_t k, res)
cpdef bint _held_in_bodies(tuple titles)
@cython.locals(n=Py_ssize_t)
cpdef bint _names_body_after(list words, Py_ssize_t cut)
cpdef str _title_word(str word)
cpdef bint _links_body_name(list words, list lower, Py_ssize_t n, dict rw)
@cython.locals(name=Py_ssize_t, before=str)
cpdef bint _noun_before_place(list words, list lower, Py_ssize_t n, dict rw, dict heads)
@cython.locals(at=Py_ssize_t, end=Py_ssize_t, after=Py_ssize_t, start=Py_ssize_t)
cpdef Py_ssize_t _possessor_end(str text, res)
@cython.locals(straight=Py_ssize_t, curly=Py_ssize_t)
cpdef Py_ssize_t _next_apostrophe(str text, Py_ssize_t start)
@cython.locals(word=str, before=str, by_agent=bint)
cpdef bint _opens_participle_clause(list words, list lower, Py_ssize_t n, dict rw, dict heads, anonymous_heads)
@cython.locals(start=Py_ssize_t, end=Py_ssize_t, spaces=Py_ssize_t, first=Py_ssize_t, s=Py_ssize_t, ch=Py_UCS4)
cpdef _word_before(str text, Py_ssize_t at, Py_ssize_t reach)
cpdef bint _is_word_char(str ch)
@cython.locals(word=str)
cpdef bint _all_capitalised(list words, Py_ssize_t start, Py_ssize_t end)
cpdef bint _all_in(list words, Py_ssize_t start, among)
cpdef _first_in(list words, Py_ssize_t start, among)

@cython.locals(table=dict)
cpdef dict _cache(res, str name)
cpdef _derived(res, str name, build)
@cython.locals(lower=list)
cpdef _person_entry(res, str name)
cpdef str _head_group(res, list words, list lower)
@cython.locals(first=str, lower=str)
cpdef str _common_case(str name, res)

cdef class _Mention

cdef class SpeakerResolver:
    cdef public object res
    cdef public dict registered, profiles, _mention_memo, _run_memo, _text_surnames, _title_groups, person_genders
    cdef public list registered_roles, _run_ends, recent_people
    cdef public object recent_person, recent_group, recent_plural
    cdef public str _text, _runs_lower
    cdef public object _matches, _runs, _run_index, _runs_by_first_word, _singles, _sentences
    cdef public dict _roles_by_anchor, _labels

    cpdef list _run_matches(self)
    @cython.locals(out=list, n=Py_ssize_t, start=Py_ssize_t, run=str, first_end=Py_ssize_t, first=str, rest=str,
                   text=str)
    cpdef list _without_gerunds(self, list matches)
    @cython.locals(at=Py_ssize_t)
    cpdef list _capitalised_runs(self)
    @cython.locals(titled=dict, roles=list)
    cpdef list _text_roles_holding(self, str anchor)
    @cython.locals(pos=Py_ssize_t, found_at=Py_ssize_t, anchors=dict)
    cpdef _role_holder(self, set keys, Py_ssize_t position)
    cpdef tuple _listed_titled(self, str run)
    cpdef list _single_matches(self)
    cpdef str _single_key(self, str word)
    cpdef tuple _name_keys(self, str name)
    cpdef _register_role(self, Py_ssize_t position, list title_words, str name)
    cpdef bint has_anonymity_marker(self, str lower_context)
    @cython.locals(m=_Mention)
    cpdef _resolve(self, str text, Py_ssize_t position, bint anonymous)
    cpdef resolve_at(self, str text, Py_ssize_t position, bint anonymous, bint update)
    cpdef bint _body_name(self, str name)
    cpdef bint _first_name(self, str key)
    cpdef str _full_name_from(self, str first)
    cpdef str _from_capitals(self, str name)
    cpdef _listed_body(self, str run)
    cpdef _body_speaker(self, dict entry)
    @cython.locals(named=list, k=Py_ssize_t, at=Py_ssize_t, run=str)
    cpdef _outlet_named_before(self, str word, Py_ssize_t position)
    @cython.locals(words=dict, body=str, named=list, best_at=Py_ssize_t, at=Py_ssize_t, run=str)
    cpdef _body_named_before(self, str head, str group, Py_ssize_t position)
    cpdef _title_group(self, str canonical)
    cpdef tuple _analyse_run(self, str run)
    cpdef tuple _known_run(self, str run)
    cpdef _text_surname(self, str key)
    cpdef surname(self, str key)
    cpdef _runs_holding(self, str last)
    cpdef _register_name(self, str name)
    @cython.locals(runs=list, singles=list, i=Py_ssize_t, j=Py_ssize_t, known=tuple, titled=tuple, key=str,
                   at=Py_ssize_t, written=str, possessor_at=Py_ssize_t, openers=frozenset)
    cpdef _mentioned_before(self, Py_ssize_t position, gender=*)
    cpdef str _run_name(self, tuple known)
    cpdef _single_name(self, str key, Py_ssize_t at)
    cpdef bint _one_sentence(self, Py_ssize_t start, Py_ssize_t end)
    @cython.locals(words=list)
    cpdef _gender_of(self, str name)
    cpdef bint _fits(self, name, gender)
    cpdef _recent_person(self, gender, Py_ssize_t position, bint mentions)
    @cython.locals(text=str, start=Py_ssize_t, end=Py_ssize_t, i=Py_ssize_t, n=Py_ssize_t, written=str, key=str,
                   runs=list, sentences=list, titled=tuple, recent=str, openers=frozenset)
    cpdef _sentence_subject(self, Py_ssize_t position, gender)
    @cython.locals(run=str, text=str, matches=list)
    cpdef _descriptor_group(self, str canonical)

cdef class _Mention:
    cdef public object empty, pronoun, epithet, group, country, name, name_lower, person_name, fixed
    cdef public object titles, title_words, role_keys, anonymous_head, anonymous_label, otherwise
    cdef public object _lower, _words, _orgs, role_titles, gender, indefinite

@cython.locals(words=list, lower=list, rw=dict, n=Py_ssize_t, head=str, described=str, rest=str, named_after=str, possessor=_Mention, named_at=Py_ssize_t, titles=list, orgs=list, found=tuple,
               title_words=list, words_of=list, represented=_Mention, appositive=_Mention, described_one=bint, kind_of_person=tuple, before_name=Py_ssize_t)
cpdef _describe(_Mention mention, str text, res)
@cython.locals(memo=dict, mention=_Mention)
cpdef _Mention _mention_of(str text, res, dict memo=*)
@cython.locals(kept=list, word=str)
cpdef tuple _without_countries(tuple lower, dict countries)
cpdef frozenset _country_names(res)
cpdef bint _surname_title(list words, Py_ssize_t start, Py_ssize_t end, res)
@cython.locals(word=str, key=str, title=list, size=Py_ssize_t)
cpdef bint _headed_by_title(tuple lower, list role_keys, dict rw)
@cython.locals(at=Py_ssize_t, word=str)
cpdef Py_ssize_t _last_possessive(list words, Py_ssize_t count)
@cython.locals(end=Py_ssize_t, start=Py_ssize_t, owner=Py_ssize_t, after=list)
cpdef _role_titles(list found, str text, list lower, dict rw)
cpdef _pronoun_gender(str pronoun, dict rw)
cpdef tuple _title_keys(res, list title_words)
