"""Actor naming: resolution of names to actors (with counterexamples), tags, voice, seed contrast."""
from __future__ import annotations

import pytest

from framing.document import Document
from framing.errors import FramingError, LexiconError
from framing.results import DocResult
from framing.scorers.actors import ActorScorer, load_actors, parse_name_key
from framing.sections import actors as actor_section
from framing.spans import check_offsets


@pytest.fixture(scope="module")
def scorer() -> ActorScorer:
    return ActorScorer()


def _found(scorer, text):
    doc = Document(id="t", text=text, outlet="X")
    spans = scorer.find(doc)
    check_offsets(text, spans)
    return [(s.text, s.category, s.attrs["tag"]) for s in spans]


@pytest.mark.parametrize("text, expected", [
    # Syrian government, many names
    ("Kerry accused Moscow and Damascus of hitting hospitals.", ("Damascus", "syrian_government", "metonym")),
    ("Russia and the regime owe the world more than an explanation.", ("regime", "syrian_government", "delegitimizing")),
    ("The Assad regime denied it.", ("Assad regime", "syrian_government", "delegitimizing")),
    ("The city is divided between government forces in the west and rebels in the east.",
     ("government forces", "syrian_government", "neutral")),
    ("The Syrian army recaptured the town.", ("Syrian army", "syrian_government", "neutral")),
    ("Syrian forces advance on a road.", ("Syrian forces", "syrian_government", "neutral")),
    ("He asked the government of Syria to stop.", ("government of Syria", "syrian_government", "neutral")),
    # armed opposition
    ("Their forces targeted foreign-sponsored militants in Aleppo.",
     ("foreign-sponsored militants", "armed_opposition", "delegitimizing")),
    ("Their forces targeted foreign sponsored militants in Aleppo.",
     ("foreign sponsored militants", "armed_opposition", "delegitimizing")),
    ("The terrorists violated the truce.", ("terrorists", "armed_opposition", "delegitimizing")),
    ("Destruction in Aleppo's rebel-held Bustan al-Basha neighborhood.", ("rebel-held", "armed_opposition", "territorial")),
    ("Hospitals in opposition-controlled areas were hit.", ("opposition-controlled", "armed_opposition", "territorial")),
    ("The rebels said they repelled the attack.", ("rebels", "armed_opposition", "neutral")),
    ("A rebel commander was killed.", ("rebel", "armed_opposition", "neutral")),
    ("Opposition fighters shelled the west.", ("Opposition fighters", "armed_opposition", "neutral")),
    ("He accused Washington of protecting the Takfiri group.", ("Takfiri group", "armed_opposition", "delegitimizing")),
    ("Jihadists control the province.", ("Jihadists", "armed_opposition", "delegitimizing")),
    # other actors
    ("The U.N. Security Council received a briefing.", ("U.N. Security Council", "united_nations", "neutral")),
    ("Last week the US warned that it might stop co-operating.", ("US", "united_states", "neutral")),
    ("The Kremlin rejected the accusation.", ("The Kremlin", "russia", "metonym")),
    ("Antonov, the ambassador to the U.S., warned Moscow.", ("U.S.", "united_states", "neutral")),
    ("The strikes terrorized civilians.", ("civilians", "civilians", "neutral")),
    ("They keep hitting women and children.", ("women and children", "civilians", "emotive")),
])
def test_name_resolves_to_actor(scorer, text, expected):
    assert expected in _found(scorer, text)


@pytest.mark.parametrize("text, actor", [
    ("Students rebel against the decision.", "armed_opposition"),
    ("They threatened to rebel over the new rules.", "armed_opposition"),
    ("The bill faces opposition from lawmakers.", "armed_opposition"),
    ("The delegation arrived in Damascus on Monday.", "syrian_government"),
    ("Washington has long called for regime change in Syria.", "syrian_government"),
    ("The sanctions regime was tightened.", "syrian_government"),
    ("Anti-government forces took the town.", "syrian_government"),
    ("He spent his childhood in Russia.", "russia"),
    ("The talks were held in Moscow.", "russia"),
    ("Tell us what happened.", "united_states"),
    ("US Secretary of State John Kerry spoke to reporters.", "united_states"),
    ("Kerry spoke at the State Department in Washington on Friday.", "russia"),
    ("George Washington crossed the river.", "united_states"),
    ("Russia's U.N. Ambassador Vitaly Churkin signaled a veto.", "united_nations"),
    ("The National Security Council met.", "united_nations"),
    ("He returned to civilian life.", "civilians"),
    ("The regimen was strict.", "syrian_government"),
    ("The rebellion failed.", "armed_opposition"),
    ("The cologne is manufactured in the U.S. by a partner.", "united_states"),  # two-word context rule
    ("Houthi rebels in Yemen fired missiles.", "armed_opposition"),
    ("He told the state-owned Russia 24 channel.", "russia"),
])
def test_counterexample_is_not_that_actor(scorer, text, actor):
    found = _found(scorer, text)
    assert all(category != actor for _, category, _ in found), found


def test_every_shipped_example_and_counterexample_holds():
    from framing.lexicon import check_examples

    actors = load_actors()
    assert len(actors.actors) >= 8
    assert not check_examples(actors.lexicon)
    assert all(actors.tag_of(e) for e in actors.lexicon.entries)


def test_user_actor_lexicon_with_context_rules(tmp_path):
    path = tmp_path / "my_actors.toml"
    path.write_text('''
[lexicon]
name = "my_actors"
family = "actors"

[categories.strikers]
explanation = "Workers on strike."

[[categories.strikers.entries]]
term = "strikers"
attrs = { tag = "neutral" }
not_preceded_by = ["penalty"]

[[categories.strikers.entries]]
term = "wreckers"
attrs = { tag = "delegitimizing", note = "tabloid word" }
examples = ["The wreckers blocked the gates."]
''', encoding="utf-8")
    scorer = ActorScorer(path)
    doc = Document(id="d", text="The strikers and the wreckers met. Penalty strikers scored.", outlet="X")
    spans = scorer.find(doc)
    assert [(s.text, s.attrs["tag"]) for s in spans] == [("strikers", "neutral"), ("wreckers", "delegitimizing")]
    assert spans[1].attrs["note"] == "tabloid word"


def test_bad_tag_is_reported_with_file_and_entry(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('''
[lexicon]
name = "bad"
family = "actors"
[categories.x]
explanation = "X."
[[categories.x.entries]]
term = "xers"
attrs = { tag = "two words" }
''', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.toml.*'xers'.*attrs\.tag"):
        load_actors(path)


def test_unknown_actor_names_the_known_ones():
    with pytest.raises(FramingError, match="armed_opposition"):
        load_actors().names_of("martians")


def test_voice_and_metrics(scorer):
    text = 'Officials said the militants fled. "The regime is finished," a rebel said.'
    doc = Document(id="d", text=text, outlet="X")
    spans = scorer.find(doc)
    voices = {s.text: s.voice for s in spans}
    assert voices == {"militants": "narrator", "regime": "quoted", "rebel": "narrator"}
    metrics = scorer.metrics(doc, spans)
    assert metrics["name.armed_opposition.narrator.delegitimizing.militants"] == 1
    assert metrics["name.syrian_government.quoted.delegitimizing.regime"] == 1
    assert parse_name_key("actors.name.united_states.narrator.neutral.U.S.") == (
        "united_states", "narrator", "neutral", "U.S.")
    assert parse_name_key("actors.tag.x") is None


@pytest.fixture(scope="module")
def seed_groups(seeds_dir):
    from framing.engine import analyze

    analysis = analyze(str(seeds_dir), scorers=[ActorScorer()])
    for doc_id, doc in analysis.documents.items():
        check_offsets(doc.text, analysis.spans_of(doc_id))
    return analysis.scorecard.groups


def test_seed_contrast_armed_opposition(seed_groups):
    table = actor_section.contrast(seed_groups, actor="armed_opposition")
    counts = {row["name"]: (row["Press TV"], row["VOA"]) for row in table.to_dict(orient="records")}
    for name in ("foreign-sponsored militants", "terrorists", "militants"):
        assert counts[name][0] > 0 and counts[name][1] == 0, (name, counts)
    for name in ("rebel-held", "opposition-controlled"):
        assert counts[name][1] > 0 and counts[name][0] == 0, (name, counts)
    tags = actor_section.tables(seed_groups)[actor_section.TAGS]
    press = tags[(tags.outlet == "Press TV") & (tags.actor == "armed_opposition")]
    assert set(press.tag) == {"delegitimizing"}


def test_seed_contrast_syrian_government(seed_groups):
    narrator = actor_section.contrast(seed_groups, actor="syrian_government")
    quoted = actor_section.contrast(seed_groups, actor="syrian_government", voice="quoted")
    press_names = set(narrator.loc[narrator["Press TV"] > 0, "name"])
    voa_names = set(narrator.loc[narrator["VOA"] > 0, "name"]) | set(quoted.loc[quoted["VOA"] > 0, "name"])
    assert press_names - voa_names and voa_names - press_names, (press_names, voa_names)
    assert "regime" in set(quoted.loc[quoted["VOA"] > 0, "name"])  # Kerry's word, quoted by VOA


def test_names_table_shares_sum_to_one(seed_groups):
    names = actor_section.tables(seed_groups)[actor_section.NAMES]
    shares = names.dropna(subset=["narrator_share"]).groupby(["outlet", "actor"])["narrator_share"].sum()
    assert ((shares - 1.0).abs() < 0.01).all()


def test_section_is_empty_without_actor_metrics():
    assert actor_section.tables({"A": DocResult(doc_id="A")}) == {}


@pytest.mark.parametrize("args, present, absent", [
    (["--actor", "armed_opposition"], ["foreign-sponsored militants", "rebel-held", "Press TV", "VOA"], ["Damascus"]),
    (["--actor", "syrian_government", "--voice", "quoted"], ["regime", "government of Syria"], ["militants"]),
    (["--format", "csv"], ["actor,name,tag,Press TV,VOA,voice", "Damascus"], []),
])
def test_cli_terms_actors(seeds_dir, args, present, absent):
    from click.testing import CliRunner

    from framing.cli import main

    result = CliRunner().invoke(main, ["terms", "actors", str(seeds_dir), *args])
    assert result.exit_code == 0, result.output
    for text in present:
        assert text in result.stdout
    for text in absent:
        assert text not in result.stdout


def test_cli_terms_actors_unknown_actor(seeds_dir):
    from click.testing import CliRunner

    from framing.cli import main

    result = CliRunner().invoke(main, ["terms", "actors", str(seeds_dir), "--actor", "martians"])
    assert result.exit_code == 1 and "no actor 'martians'" in result.output and "syrian_government" in result.output


def test_second_find_of_the_same_document_is_remembered_and_a_new_text_is_not(scorer):
    doc = Document("a", "Syrian rebels and Russian jets fought near Aleppo.")
    first = scorer.find(doc)
    first.clear()                                   # callers may mutate what they get
    again = scorer.find(doc)
    assert [s.category for s in again] == ["armed_opposition", "russia"]
    changed = Document("a", "The Syrian army advanced.")   # same id, other text: found afresh
    assert [s.category for s in scorer.find(changed)] == ["syrian_government"]
    import pickle

    assert "_recent" not in pickle.loads(pickle.dumps(scorer)).__dict__
