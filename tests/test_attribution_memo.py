"""Speed machinery of attribution: memoised mentions must not leak between documents, tokens stay exact."""
from __future__ import annotations

import re

import pytest

from framing.attribution.extract import _tokenize, extract_attributions
from framing.attribution.resources import load_resources
from framing.document import Document


def speakers(text: str, doc_id: str = "d") -> list[str | None]:
    return [a.speaker for a in extract_attributions(Document(doc_id, text))]


# (first document, second document, speakers expected in the second)
LEAKS = [
    # A surname learnt from a full name in one document is not known in the next one.
    ("Maria Lopez said the plan was dead.", "Lopez said the plan was alive.", ["Lopez"]),
    ("Police Chief Dan Okafor said the road was closed.", "The chief said the road was open.", ["chief"]),
    # ...but within one document it is (counterexample to the leak cases above).
    ("Lopez said the plan was alive.", "Maria Lopez spoke first. Lopez said the plan was alive.", ["Maria Lopez"]),
    # A pronoun with no speaker before it takes the person named last, single-word mentions included.
    ("Kerry said it.", "Sergey Lavrov and John Kerry arrived in Geneva. Hours later, Lavrov was at the hotel. "
                       "He said the talks had failed.", ["Sergey Lavrov"]),
    ("Kerry said it.", "John Kerry and Sergey Lavrov arrived in Geneva. Hours later, Kerry was at the hotel. "
                       "He said the talks had failed.", ["John Kerry"]),
]


@pytest.mark.parametrize("first,second,expected", LEAKS)
def test_memoised_mentions_do_not_leak_between_documents(first, second, expected):
    load_resources().clear_memos()
    cold = speakers(second, "b")
    speakers(first, "a")                      # fills the memo tables with the first document's mentions
    warm = speakers(second, "b")
    assert cold == warm == expected


def test_clear_memos_empties_the_tables():
    res = load_resources()
    speakers("Maria Lopez said the plan was dead.")
    assert res.__dict__.get("_memo")
    res.clear_memos()
    assert not res.__dict__.get("_memo")


def test_memo_tables_hold_no_lists():
    """The memos live for the whole run; lists there would be visited by every full garbage collection."""
    res = load_resources()
    res.clear_memos()
    speakers("US Secretary of State John Kerry said the talks failed. A senior US official, who spoke on condition "
             "of anonymity, told reporters the talks were over. Kerry later said: “We are not done.”")
    memo = res.__dict__["_memo"]
    mentions = [m for name, table in memo.items() if name.startswith("mentions@") for m in table.values()]
    runs = list(memo["runs"].values())
    assert mentions and any(runs)
    for mention in mentions:
        if not mention.empty and mention.pronoun is None:
            for field in (mention.titles, mention.title_words, mention._lower, mention._words, mention._orgs):
                assert type(field) is tuple
    for known in runs:
        assert type(known) is tuple and all(type(part) in (str, tuple) for part in known)


_REFERENCE = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")


@pytest.mark.parametrize("text", [
    "Kerry said: “It’s over.”",
    "  leading spaces, U.S.-led talks & Smith’s  \n\n“quote” — end.",
    "İstanbul’s mayor said it.",              # İ lower-cases to two characters
    "ΣΟΦΙΑ said, \"no\".",
    "tabs\tand\u00a0non-breaking spaces",
    "",
    "...!!",
])
def test_tokenizer_matches_the_reference_regex(text):
    lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text).replace("’", "'")
    toks = _tokenize(text, 0, len(text), lower)
    spans = [m.span() for m in _REFERENCE.finditer(text)]
    assert list(zip(toks.starts, toks.ends)) == spans
    assert toks.text == [text[a:b] for a, b in spans]
    assert toks.low == [lower[a:b] for a, b in spans]


@pytest.mark.parametrize("start,end", [(0, 9), (4, 20), (10, 31)])
def test_tokenizer_respects_the_window(start, end):
    text = "Kerry said: “It’s over,” he added."
    lower = text.lower().replace("’", "'")
    toks = _tokenize(text, start, end, lower)
    assert [(a, b) for a, b in zip(toks.starts, toks.ends)] == [m.span() for m in _REFERENCE.finditer(text, start, end)]


# -- shortcuts taken for speed must give the same answers as the plain computation -------------------------

_CUE_WORD_RUNS = re.compile(r"[a-z]+")


@pytest.mark.parametrize("sentence,expected", [
    ("kerry said the talks failed.", True),
    ("officials say so", True),
    ("according to officials", True),
    ("re-said it", True),            # "said" after a hyphen is its own letter run
    ("says2 things", True),          # a digit ends the run
    ("the unsaid truth", False),     # counterexample: "said" inside a longer word
    ("saidx", False),
    ("the weather was fine", False),
    ("", False),
])
def test_cue_word_pattern_agrees_with_the_word_set(sentence, expected):
    res = load_resources()
    by_words = not res.cue_words.isdisjoint(_CUE_WORD_RUNS.findall(sentence))
    assert by_words == expected
    assert (res.cue_word_pattern.search(sentence) is not None) == expected


def test_sentence_right_after_a_letter_is_still_read():
    # The pattern's look-behind sees the letter before the window; the extractor then falls back to words.
    res = load_resources()
    text = "abcsaid it"
    assert res.cue_word_pattern.search(text, 3, len(text)) is None
    assert not res.cue_words.isdisjoint(_CUE_WORD_RUNS.findall(text, 3, len(text)))


@pytest.mark.parametrize("text", [
    "He met Mr.", "Mrs.", "Acme Inc.", "Acme Co.", "in the U.S.", "the talks failed.", "Dr.", "Jr.", "Ms.",
    "a.", ".", "I.", "co.", "JR.", "Sen.", "x Sr.",
])
def test_abbreviation_shortcut_matches_the_regex(text):
    from framing.attribution.extract import _ends_abbrev

    reference = re.fullmatch(r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Jr\.|Sr\.|Inc\.|Co\.", text.rsplit(None, 1)[-1])
    assert _ends_abbrev(text, 0, len(text)) == bool(reference)


LAZY = [  # names not in the speaker-groups file, so only the text can resolve them
    # A surname before the full name: the full name anywhere in the text counts.
    "Okafor said the talks failed. Police Chief Dan Okafor flew home.",
    # Roles need the text's titled names ("the secretary" -> John Kerry).
    "US Secretary of State John Kerry arrived in Geneva. The secretary said talks were over.",
    "Kerry landed first. Secretary of State John Kerry arrived later. The secretary said talks were over.",
    # ... of the title asked for, named at or before the role: the senator and the secretary are two people.
    "Senator Dana Whitfield met Secretary of State Omar Castellanos on Monday. The senator said talks were over. "
    "The secretary said the same. Secretary Lena Marsh arrived later.",
    # A pronoun with no speaker before it: the person named last.
    "Maria Lopez and Dan Okafor met. Later, Okafor left. He said it was over.",
    # ... of the pronoun's gender: read backwards past a surname ("Berg": Anna Berg) to the man named before her.
    "Tom Berg and Anna Berg met. Later, Berg left. He said it was over.",
    # Two people sharing a surname: the first full name wins.
    "Anna Berg spoke first. Tom Berg spoke later. Berg said the race was close.",
    # A name split by a line break is not a name; the same words on one line are.
    "Maria\nLopez arrived. Lopez said no. Maria Lopez left.",
]


@pytest.mark.parametrize("text", LAZY)
def test_lazy_name_analysis_matches_a_full_scan(text, monkeypatch):
    from framing.attribution import speakers as speakers_module

    load_resources().clear_memos()
    lazy = [(a.speaker, a.speaker_group) for a in extract_attributions(Document("d", text))]
    init = speakers_module.SpeakerResolver.__init__

    def eager(self, text, resources, **options):
        init(self, text, resources, **options)
        for _, run in self._run_matches():  # analyse every run first, as the resolver did before it became lazy
            known = self._known_run(run)
            for key in known[3] if known else ():
                self._text_surname(key)
        for anchor in set(speakers_module._role_anchors(resources).values()):
            self._text_roles_holding(anchor)  # every titled name of the text

    monkeypatch.setattr(speakers_module.SpeakerResolver, "__init__", eager)
    load_resources().clear_memos()
    full = [(a.speaker, a.speaker_group) for a in extract_attributions(Document("d", text))]
    assert lazy == full and lazy
    assert all(speaker and " " in speaker for speaker, _ in lazy)  # each resolves to a full name


def test_attribution_spans_equal_checked_spans(seeds_dir):
    from framing.scorers.attribution import AttributionScorer
    from framing.spans import Span

    scorer = AttributionScorer()
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = Document(path.name, path.read_text(encoding="utf-8"))
        spans = scorer.find(doc)
        assert spans
        for span in spans:
            checked = Span(span.doc_id, span.start, span.end, span.text, span.scorer, span.family, span.category,
                           span.voice, span.speaker, span.term, span.weight, span.explanation, span.alternative,
                           span.attrs)
            assert checked == span and doc.text[span.start:span.end] == span.text


def test_compiled_and_pure_extractors_share_resources_in_one_process(monkeypatch):
    """Each implementation keeps its own mention memo and derived tables on the shared resources: the compiled build
    types its mentions and tables, so it must never meet pure-Python ones (and the results stay the same either way)."""
    from framing.attribution import extract_attributions as dispatched, implementation

    if implementation.implementation() != "compiled":
        pytest.skip("the compiled extractor is not built here")
    text = "US Secretary of State John Kerry said the talks failed. The secretary told reporters: “We are done.”"

    def spoken() -> list[str | None]:
        return [a.speaker for a in dispatched(Document("d", text))]

    resources = load_resources()
    resources.clear_memos()
    for name in [name for name in resources.__dict__ if name.startswith("_extract_tables")]:
        del resources.__dict__[name]      # made again below, by the pure extractor first
    monkeypatch.setenv(implementation.PURE_PYTHON_ENV, "1")
    pure = spoken()                       # pure-Python mentions and tables first: the compiled build must not read them
    monkeypatch.delenv(implementation.PURE_PYTHON_ENV)
    assert spoken() == pure == ["John Kerry", "John Kerry"]
    assert sum(name.startswith("mentions@") for name in resources.__dict__["_memo"]) == 2
    assert sum(name.startswith("_extract_tables@") for name in resources.__dict__) == 2


@pytest.mark.parametrize("text, speaker", [
    ("Tom Berg and Anna Berg met. Later, Berg left. He said it was over.", "Tom Berg"),   # past a woman's surname
    ("Tom Berg and Anna Berg met. Later, Berg left. She said it was over.", "Anna Berg"),  # the surname's first name
    ("Maria Lopez and Dan Okafor met. Later, Okafor left. She said it was over.", "Maria Lopez"),
    ("The talks ended. He said it was over.", None),                                     # nobody named before
    ("Anna Maria Berg arrived first. Later, Maria Berg left. She said it was over.", "Anna Maria Berg"),  # its key
    # failing a full name, a title and a listed person's surname, or a listed person's one-word name
    ("President Obama gave a speech where he said we need to keep the government open.", "Barack Obama"),
    ("The talks ended before Obama arrived. He said it was over.", "Barack Obama"),
    # a full name of the text wins over a listed person named closer, who is often named in passing
    ("Tom Berg met Obama on Monday. In a speech he said it was over.", "Tom Berg"),
])
def test_a_pronoun_with_no_speaker_before_takes_the_last_fitting_name(text, speaker):
    load_resources().clear_memos()
    assert [a.speaker for a in extract_attributions(Document("d", text))] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # first names added from the AllSides speakers with no gender: a pronoun passes over a speaker of the other one
    ("President Trump said the press was unfair. April Ryan asked about the remark. He said it was a joke.",
     ["Donald Trump", "April Ryan", "Donald Trump"]),
    ("Rachel Dolezal said she was black. Her brother Ezra Dolezal said she was not. She said he was wrong.",
     ["Rachel Dolezal", "Ezra Dolezal", "Rachel Dolezal"]),
])
def test_a_pronoun_passes_over_a_named_speaker_of_the_other_gender(text, speakers):
    load_resources().clear_memos()
    assert [a.speaker for a in extract_attributions(Document("d", text))] == speakers
