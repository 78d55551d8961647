"""Source phrases with a modifier after the head ("a source close to him") or coordinated modifiers before it."""
from __future__ import annotations

import pytest

from attribution_checks import extract_checked as _extract
from attribution_checks import pure_and_compiled
from framing.attribution import extract_attributions
from framing.document import Document


def _sources_and_speakers(text: str, cue: str) -> list[tuple[str | None, str | None]]:
    """(source text, speaker) of each attribution of `text` whose cue is `cue`."""
    return [(a.source.text if a.source else None, a.speaker) for a in _extract(text) if a.cue.text == cue]


@pytest.mark.parametrize("text, source, speaker, group", [
    ("Cruz will change, people familiar with the matter said.", "people familiar with the matter", "people", "anonymous"),
    ("Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.",
     "a source close to him", "source", "anonymous"),
    ("Cruz will change, two people close to him said.", "two people close to him", "two people", "anonymous"),
    ("They knew it, current and former officials said.", "current and former officials",
     "current and former officials", "anonymous"),
    # the name after "close to" is not the speaker
    ("A person close to Trump said he would run.", "A person close to Trump", "person", "anonymous"),
    ("Aides loyal to the president said he was angry.", "Aides loyal to the president", "aides", "anonymous"),
    ("Those familiar with his thinking said he would run.", "Those familiar with his thinking", "those", "anonymous"),
    # counterexamples: no postmodifier, or "and" joining clauses, not modifiers
    ("The talks failed and many officials said so.", "many officials", "many officials", "anonymous"),
    ("He left and former officials said nothing new.", "former officials", "former officials", "anonymous"),
    ("Smith, close to tears, said he would resign.", "Smith, close to tears", "Smith", "other"),
])
def test_source_phrase_and_speaker(text, source, speaker, group):
    doc = Document("d", text)
    found = [a for a in extract_attributions(doc) if a.cue is not None and a.cue.text == "said"]
    assert [(a.source.text, a.speaker, a.speaker_group) for a in found] == [(source, speaker, group)]


@pytest.mark.parametrize("text, content", [
    ("A day earlier, six protesters were arrested after refusing to leave the lobby at the venue, police said.",
     "A day earlier, six protesters were arrested after refusing to leave the lobby at the venue"),
    ("The agency cited a list of concerns about the contents of the book and movie script, officials said.",
     "The agency cited a list of concerns about the contents of the book and movie script"),
])
def test_a_final_cue_after_a_sourceless_one_reports_the_clause_before_it(text, content):
    found = [a for a in extract_attributions(Document("d", text)) if a.cue is not None and a.cue.text == "said"]
    assert [a.content.text for a in found] == [content]


def test_asked_whether_keeps_the_answer_as_content():
    text = "Asked whether they trusted him, 75 percent said yes."
    found = [a for a in extract_attributions(Document("d", text)) if a.cue is not None and a.cue.text == "said"]
    assert [a.content.text for a in found] == ["yes"]


@pytest.mark.parametrize("text, source, cue, speaker, group, country", [
    ("Lawyers for the family said they would appeal.", "Lawyers for the family", "said", "lawyers", "legal", None),
    ("A lawyer for Trump said he paid her.", "A lawyer for Trump", "said", "lawyer", "legal", None),
    # whom a spokesman speaks for gives the group
    ("A spokesman for committee Democrats said the probe was over.", "A spokesman for committee Democrats", "said",
     "spokesman", "politician", "United States"),
    ("A spokesman for Amnesty International said the trial was unfair.", "A spokesman for Amnesty International",
     "said", "spokesman", "ngo", None),
    ("A spokeswoman for Russia said the claim was false.", "A spokeswoman for Russia", "said", "spokeswoman",
     "government", "Russia"),
    ("A Democratic strategist said the race was close.", "A Democratic strategist", "said", "Democratic strategist",
     "politician", None),
    # -ly words that are not adverbs stay out of the cue; adverbs stay in it
    ("The family said they would appeal.", "The family", "said", "family", "public", None),
    ("He repeatedly said it was wrong.", "He", "repeatedly said", None, "other", None),
])
def test_heads_with_for_and_ly_words(text, source, cue, speaker, group, country):
    found = [a for a in extract_attributions(Document("d", text)) if a.source is not None]
    assert [(a.source.text, a.cue.text, a.speaker, a.speaker_group, a.country) for a in found][:1] == [
        (source, cue, speaker, group, country)]


@pytest.mark.parametrize("text", [
    "It rained.\n\nContributing: Janna Herron",
    "Photograph: Mandel Ngan/AFP via Getty Images",
    # a list's entry label, not a speaker
    "MELBOURNE, AUSTRALIA\n\nTARGET: Two police officers wounded in knife attack\n\nATTACKER: Abdul Numan Haider",
    # headings opening with a preposition, or with a gerund and its object
    "IN GAZA: Hope of lasting peace shatters after truce fails",
    "POLICING THE USA: A look at race, justice, media",
    # after a heading's dash, a credit label or a heading stays none
    "MIAMI – Contributing: Janna Herron",
    "UPDATE – IN GAZA: Hope of lasting peace shatters after truce fails",
])
def test_credit_labels_are_not_speakers(text):
    assert extract_attributions(Document("d", text)) == []


@pytest.mark.parametrize("text, label", [
    ("TAPPER: And obviously the president denied it.", "TAPPER"),
    ("AMY GOODMAN: Tell us what you found.", "AMY GOODMAN"),
    ("MARK MANNING: We found nothing.", "MARK MANNING"),
    # after a heading's dash (PolNeAR: "EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.")
    ("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.", "Roger Stone"),
    ("BREAKING — Mike Pence: We will win this state.", "Mike Pence"),
])
def test_a_speaker_label_still_is_one(text, label):
    found = extract_attributions(Document("d", text))
    assert [(a.source.text, a.cue.text) for a in found][:1] == [(label, ":")]


# A source with an appositive before its cue ends before the comma that closes the appositive (PolNeAR marks
# the comma too; a source shown to users does not end in punctuation), and a plain source never takes one.
@pytest.mark.parametrize("text, source", [
    ("81-year-old Parker Eaton, a nominal Republican who voted for JFK, said that Trump would win.",
     "81-year-old Parker Eaton, a nominal Republican who voted for JFK"),
    ("“We will win,” Trump said, adding that the polls were wrong.", "Trump"),
])
def test_appositive_source_ends_before_its_closing_comma(text, source):
    assert extract_attributions(Document("d", text))[0].source.text == source


# Words that are no source: a sentence-opening adverb or preposition, a phrase ending in "of", a determiner or
# "less", an adverbial pair between the subject and its cue; the cue keeps its real subject or none.
@pytest.mark.parametrize("text, expected", [
    ("However, it took new evidence for the commissioners to agree to an inquiry.",
     [("the commissioners", "to agree")]),
    ("Just about midnight, he and his crewmates were stirred from sleep and told to get ready.", [("he", "told")]),
    ("He has also so far refused to acknowledge the ties.", [("He", "refused")]),
    ("We can at least feel happy that the bill passed.", [("We", "feel")]),
    ("While Obama has, at last, called for dismantling the group, critics said it was late.",
     [("Obama", "called for"), ("critics", "said")]),
    ("If Obama and Congressional Republicans cannot agree on a plan, growth will slow.",
     [("Obama and Congressional Republicans", "cannot agree")]),
    ("Japan is the second-largest contributor, having pledged 1.5 billion dollars.", [(None, "pledged")]),
    ("Voters were less likely to think favorably of Trump.", [(None, "to think")]),
    # counterexamples: real subjects after such words keep their place
    ("Even Republicans say the plan is bad.", [("Republicans", "say")]),
    ("Last week, Senator Smith said the plan was bad.", [("Senator Smith", "said")]),
    ("The secretary of state said the talks would resume.", [("The secretary of state", "said")]),
    # a modal or finite auxiliary inside the words before a cue makes them a clause, no source
    ("When in-person interaction is limited, technology can temporarily mend rips in the social fabric.",
     [(None, "rips")]),
    ("His departure has stirred fears of an even larger wave of exits.", [(None, "fears of")]),
    ("In the meantime, the take-home message for students is clear, says Smith.", [("Smith", "says")]),
    # counterexamples: the auxiliary of a relative clause inside the source
    ("The man who has led the group said it would fight.", [("The man who has led the group", "said")]),
    ("Officials who have seen the report said it was damning.", [("Officials who have seen the report", "said")]),
    # words opening with a lower-case modal or finite auxiliary are the rest of a clause after its subject, no source;
    # a content before them ends where they start
    ("Investors found solace after countries in Asia that have reopened their economies haven’t shown a renewed "
     "surge in cases.", [(None, "haven’t shown")]),
    ("The DNC notes its Rules Committee can add to this list and has final say over whether a campaign is in "
     "violation.", [("The DNC", "notes"), (None, "say")]),
    # counterexamples: a question's subject after its auxiliary, a pronoun ending the words
    ("Why do some say reform is not enough?", [("some", "say")]),
    ("How do voters feel about late-term abortions?", [("voters", "feel about")]),
    ("Trump’s tweets are a sign he believes the cost is too high.", [("he", "believes")]),
    # a sentence's opening preposition or adverb (before, the source of 137 AllSides records: "Despite", "Among",
    # "Probably", "Sometimes", "Given", "Less", "Historically"); what follows it may be ("Thus ... Jason Furman",
    # "Sometimes officials"), but `focus_adverbs` stay in the source ("Not a lot of people")
    ("Despite boasting on video of sexually assaulting women, he still found a way to win white females by 9 points.",
     []),
    ("Probably the last people to think of the Utica Coffee Club as revolutionary are the members themselves.",
     [("the last people", "to think of")]),
    ("Among other things, the central bank has slashed interest rates to near zero and announced an unprecedented "
     "quantitative easing program.", [("the central bank", "announced")]),
    ("Less than four months later, they returned to work and agreed to most of the company's demands.",
     [("they", "agreed")]),
    ("Historically, companies tend to steer clear of social protest movements, fearing that taking sides could offend "
     "customers.", [("companies", "fearing")]),  # (the subject after it, a plural head)
    ("Thus Democratic Party economist Jason Furman suggests Trump could have a strong political tailwind as election "
     "day approaches.", [("Democratic Party economist Jason Furman", "suggests")]),
    ("Sometimes officials seem to be pushing for Ukraine's right to sovereignty and self-determination.",
     [("officials", "seem")]),
    ("Otherwise the outcome seemed to defy physics.", [("the outcome", "seemed")]),
    ("Last week, Democratic gubernatorial candidate Richard Cordray often described the plan as a scam.",
     [("Democratic gubernatorial candidate Richard Cordray", "often described")]),
    ("Not a lot of people knew who Chip Roy was before today.", [("Not a lot of people", "knew")]),
    ("Only a handful of countries recognize Jerusalem as the Israeli capital.",
     [("Only a handful of countries", "recognize")]),
    # an "of" phrase opening a sentence before its comma ("Of course, ...": 104 AllSides sources were "Of")
    ("Of course, Netanyahu has himself to blame more than anyone.", [("Netanyahu", "to blame")]),
    ("Of the seven younger contenders, Castro was most explicit in arguing it was time.", [("Castro", "arguing")]),
    ("Of course, calling them Mom and Dad is reductive.", [(None, "calling")]),
    # "Back" opening a sentence ("Back in 1961, ...": 47 AllSides sources were "Back")
    ("Back in 1961, Kennedy and his speechwriter, Ted Sorensen, were seeking a balance.",
     [("Kennedy", "were seeking")]),
    ("Back in 2009, the US signed the Copenhagen Accord and pledged that they would cut their emissions.",
     [("the US", "pledged")]),
    ("He came back and said the talks failed.", [("He", "said")]),
])
def test_words_that_are_no_source(text, expected):
    assert [(a.source.text if a.source else None, a.cue.text) for a in extract_attributions(Document("d", text))] == expected


# "this" right before a cue in -s is its subject, not a time word ("Trump this week said"); a degree adverb ("more")
# before a cue read as an adjective or participle is no source unless it opens a clause (AllSides: the sources were
# "More" and "more").
@pytest.mark.parametrize("text, expected", [
    ("More importantly, though, this confirms that the issues aren't new.", [("this", "confirms")]),
    ("Although this indicates that the spread there is slowing, officials are wary.", [("this", "indicates")]),
    ("The nominee was more cheerful, more prepared, more informed and more energetic than Obama.",
     [(None, "informed")]),
    ("Adults ages 30 to 49 are 9 percentage points more likely to say the outbreak is a threat.", [(None, "to say")]),
    ("Trump stood next to the autocrat, as Putin once more denied Russian intervention in the election.",
     [("Putin", "denied")]),
    # counterexamples: a time phrase with "this", a passive after "this", "more" opening a clause or the sentence
    ("Trump this week said the deal was dead.", [("Trump", "said")]),
    ("Somehow, this is supposed to be an improvement.", []),
    ("Some stayed home, but more said they would vote.", [("more", "said")]),
    ("More say the economy is bad.", [("More", "say")]),
])
def test_this_and_more_before_a_cue(text, expected):
    assert _sources_and_cues(text) == expected


# A share of a whole ("Six in 10", "two in three voters") is one source with its "in" (AllSides: the source was "10",
# "10 Americans" or "three voters"); after a conjunction the share opens its clause.
@pytest.mark.parametrize("text, expected", [
    ("Six in 10 say the economy is getting worse.", [("Six in 10", "say")]),
    ("Nearly two in three voters said they were worried.", [("Nearly two in three voters", "said")]),
    ("Forty-five percent say yes, with only 1 in 5 voters saying they trust the government.",
     [("Forty-five percent", "say"), ("only 1 in 5 voters", "saying")]),
    ("Voters favor leaving the country and four in 10 say it should end.",
     [("Voters", "favor"), ("four in 10", "say")]),
    # counterexample: "in" before no number
    ("Voters in Iowa say the economy is getting worse.", [("Voters in Iowa", "say")]),
])
def test_a_share_of_a_whole_is_one_source(text, expected):
    assert _sources_and_cues(text) == expected


# "including" or "among" before members of a group who speak is no part of their source (list
# `inclusion_prepositions`), and an earlier content cut at that source ends before the preposition (AllSides: 228
# sources change, 199 speakers: "including some" -> "some"; 12 contents lose a dangling "including").
@pytest.mark.parametrize("text, expected, content", [
    ("Most Americans said racism is a problem in the U.S., including 67% who said it is a big problem.",
     [("Most Americans", "said"), ("67% who", "said")], "racism is a problem in the U.S."),
    ("More women came forward, including one who said he assaulted her.", [("one who", "said")],
     "he assaulted her"),
    ("Among those who warned of the risk was Smith.", [("those who", "warned of")], "the risk was Smith"),
])
def test_including_or_among_is_no_part_of_the_source(text, expected, content):
    assert _sources_and_cues(text) == expected
    assert content == _extract(text)[0].content.text


# A month after a preposition, or a weekday opening the sentence or after "on", "earlier" or a cue word, before a
# name or a subject pronoun ends a time phrase, no part of the source (AllSides: 52 sources lose it, "in June Mr.
# Ryan", "said Friday it would ask"); a name's "May" or "April" stays.
@pytest.mark.parametrize("text, expected", [
    ("In April Ayotte told reporters she would run.", [("Ayotte", "told")]),
    ("Earlier Monday Trump said the deal was dead.", [("Trump", "said")]),
    ("The company said Friday it would ask for a delay.", [("The company", "said"), ("it", "would ask for")]),
    ("In December it announced a recall of the cars.", [("it", "announced")]),
    # counterexamples
    ("British Prime Minister Theresa May said she would resign.", [("British Prime Minister Theresa May", "said")]),
    ("April Ryan said the briefing was tense.", [("April Ryan", "said")]),
])
def test_a_month_or_weekday_before_a_name_is_no_part_of_the_source(text, expected):
    assert _sources_and_cues(text) == expected


# A figure's "%" is part of the share it writes ("55% of voters said", "Some 40% said"; AllSides: the source was "of
# voters" or none, and 1,000 such reports had no source), and the speaker is named as "55 percent of voters" is; a
# "%" after no figure is no part of a source. PolNeAR train: exact source hits 10,495 -> 10,504.
@pytest.mark.parametrize("text, expected, speakers", [
    ("In the poll, 32% of respondents said their view was favorable.",
     [("the poll", "In"), ("32% of respondents", "said")], ["poll", "32 percent of respondents"]),
    ("Some 40% said they would vote for him.", [("Some 40%", "said")], ["40 percent"]),
    ("Only 36% of Republicans and 29% of independents say the same.", [("29% of independents", "say")],
     ["29 percent of independents"]),
    ("With 77% of precincts reporting, the board reported Biden at 50%.",
     [("77% of precincts", "reporting"), ("the board", "reported")], ["77 percent of precincts", "board"]),
    # counterexample: no figure before the sign
    ("The rate rose to 5 % and economists said it would fall.", [("economists", "said")], ["economists"]),
])
def test_a_figures_percent_sign_is_part_of_the_share(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A capitalised word opening the sentence before lower-case modifiers and a source's head opens the source the head
# ends ("Death penalty supporters", "Republican presidential candidate Rand Paul"; AllSides: 243 sources were that
# first word alone, "Death", "Republican", "Public"); not where a word between reads as a verb ("brought", "stood",
# "told", one in -ed, a contraction). PolNeAR train: exact source hits 10,510 -> 10,514.
@pytest.mark.parametrize("text, expected, speakers", [
    ('Death penalty supporters inevitably use cases like this to illustrate that "the system worked".',
     [("Death penalty supporters", "to illustrate")], ["Death penalty supporters"]),
    ("Republican presidential candidate Rand Paul commandeered the Senate floor on Wednesday, calling the law a "
     "threat.",
     [("Republican presidential candidate Rand Paul", "calling")], ["Rand Paul"]),
    ('Chicago aviation officials placed a security officer on leave, saying the incident "was not in accordance with '
     'our standard operating procedure."', [("Chicago aviation officials", "saying")], ["Chicago aviation officials"]),
    ("CNN chief legal analyst Jeffrey Toobin prefaced his remarks by saying, “I don’t want to sound like a "
     "partisan.”",
     [("CNN chief legal analyst Jeffrey Toobin", "saying")], ["Jeffrey Toobin"]),
    ("Public health officials are working to confirm that this is a new phenomenon.",
     [("Public health officials", "to confirm")], ["public health officials"]),
    # counterexamples: a verb or a contraction after the capitalised word
    ("Feinstein brought together families to call for a ban on assault weapons.", [("Feinstein", "to call for")],
     ["Dianne Feinstein"]),
    ("Cannon stood firm, now demanding an apology.", [("Cannon", "now demanding")], ["Cannon"]),
    ("I’m tired of journalists trying to tell me what to think.", [("I’m", "to tell")], ["I"]),
])
def test_a_capitalised_word_opening_the_sentence_opens_the_source_its_head_ends(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# The object of a verb of `object_control_verbs` is the source of the infinitive's cue after it ("prompted Southern
# California Edison to say"; AllSides: 1,200 sources changed, most had none or the verb's subject); the writer's "me"
# is named "I". Not a passive's agent, "not", or an object naming no speaker ("got the chance to explain"). PolNeAR
# train: source predictions 15,284 -> 15,294, overlap hits 12,420 -> 12,430, exact 10,514 -> 10,524.
@pytest.mark.parametrize("text, expected, speakers", [
    ("The Santa Ana winds prompted Southern California Edison to say it might cut power to 100,000 customers.",
     [("Southern California Edison", "to say")], ["Southern California Edison"]),
    ("The call fueled impeachment calls and led House Speaker Nancy Pelosi to announce a formal impeachment inquiry.",
     [("House Speaker Nancy Pelosi", "to announce")], ["Nancy Pelosi"]),
    ("The comment led Mrs. Fiorina to say she had met him.", [("Mrs. Fiorina", "to say")], ["Carly Fiorina"]),
    ("Obama said he had offered the nomination to Garland, prompting me to observe that the nominee did a good job.",
     [("Obama", "said"), ("he", "had offered"), ("me", "to observe")], ["Barack Obama", "Barack Obama", "I"]),
    ("That’s led some to believe it’s a foregone conclusion.", [("some", "to believe")], ["some"]),
    # counterexamples
    ("The physician asked not to be identified.", [("The physician", "asked"), ("The physician", "to be identified")],
     ["physician", "physician"]),
    ("Customers will be forced by tighter underwriting to seek other lenders.", [("Customers", "to seek")],
     ["customers"]),
    ("Trump got the chance to explain his plan on Monday.", [("Trump", "to explain")], ["Donald Trump"]),
])
def test_the_object_of_a_control_verb_is_the_source_of_the_infinitive(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A time noun's possessive is the head's determiner, no time phrase before the source: the weekday or "Last" before
# it stays ("Monday night's ruling", "Last week's decision"; AllSides: 26 sources were "night's ruling", "week's
# show"); a time phrase before a source is still left out.
@pytest.mark.parametrize("text, expected", [
    ("Monday night's ruling says the state must act.", [("Monday night's ruling", "says")]),
    ("Last week's decision said the law was void.", [("Last week's decision", "said")]),
    ("Last month’s report initially showed a gain of 20,000 jobs.", [("Last month’s report", "initially showed")]),
    # counterexamples
    ("Last week, officials said the law was void.", [("officials", "said")]),
    ("Monday night officials said it was over.", [("officials", "said")]),
])
def test_a_time_nouns_possessive_is_part_of_the_source(text, expected):
    assert _sources_and_cues(text) == expected


# A noun cue's possessor may stand two modifiers before it ("his six-word comment", "Bob Dole's 1976 comment"; AllSides:
# 730 nominal sources were none); no preposition, word in -ing, contraction or time noun's possessive is one ("the
# special counsel's office probing allegations", "There's been speculation", "Monday's speedy announcement"). "comment"
# is a noun after a determiner or a possessive (list `noun_base_forms`: "a private comment"; not "wouldn't comment").
@pytest.mark.parametrize("text, expected", [
    ("They said his six-word comment that the economy is fine was a mistake.", [("They", "said"), ("his", "comment")]),
    ("Bob Dole’s 1976 comment that the wars were Democrat wars drew boos.", [("Bob Dole", "comment")]),
    ("Romney's Medicare comment that he would save it is false.", [("Romney", "comment")]),
    ("In a private comment that was leaked online, one employee complained.",
     [(None, "comment"), ("one employee", "complained")]),
    # counterexamples
    ("Investigators in the special counsel’s office probing allegations that Russia interfered met on Monday.",
     [(None, "allegations")]),
    ("There's been speculation that a lackluster showing would end it.", [(None, "speculation")]),
    ("The network wouldn’t comment on the report.", [("The network", "wouldn’t comment")]),
])
def test_a_noun_cues_possessor_may_stand_before_its_modifiers(text, expected):
    assert _sources_and_cues(text) == expected


# The noun after "according to" is the evidence that report names, no cue of its own (AllSides: 45 reports such as "to
# estimates" and "to reporting" gone; a quotation after "..., he said, according to notes of the conversation." now
# continues his report).
@pytest.mark.parametrize("text, expected", [
    ("Sanders won, according to reporting from The Washington Post.",
     [("reporting from The Washington Post", "according to")]),
    ("He met the minister on Monday, according to notes of the conversation.",
     [("notes of the conversation", "according to")]),
    ("It would cut coverage, according to estimates by the budget office.",
     [("estimates by the budget office", "according to")]),
    # counterexample: the same nouns elsewhere
    ("The Washington Post estimates that 40 people died.", [("The Washington Post", "estimates")]),
])
def test_the_noun_after_according_to_is_no_cue_of_its_own(text, expected):
    assert _sources_and_cues(text) == expected


# A person's age between their name and an appositive is the name's too: the source runs from the name ("Joyce Ross,
# 64, a certified nursing assistant", "Vera Peete, 47, of Antioch, Calif."; AllSides: 181 sources changed, most of them
# the age and what followed it, speakers "64", "Antioch"; a pronoun after them now names the person). Not from a phrase
# opening the sentence ("Of the voters in Iowa, 47, a record").
@pytest.mark.parametrize("text, expected, speakers", [
    ("Joyce Ross, 64, a certified nursing assistant living on the West Side, said the changes came too late.",
     [("Joyce Ross, 64, a certified nursing assistant living on the West Side", "said")], ["Joyce Ross"]),
    ('"It gets very personal with him," Vera Peete, 47, of Antioch, Calif., said.',
     [("Vera Peete, 47, of Antioch, Calif", "said")], ["Vera Peete"]),
    ("Quentin Howell, 37, of Milledgeville, Ga., says he has seen the law's positive impact.",
     [("Quentin Howell, 37, of Milledgeville, Ga", "says")], ["Quentin Howell"]),
    ("Ryan, 45, the Wisconsin Republican and 2014 vice presidential nominee, told reporters the bill was dead.",
     [("Ryan, 45, the Wisconsin Republican and 2014 vice presidential nominee", "told")], ["Ryan"]),
    ("Deborah Newberry, 62, of Orlando, Fla., told the reporter that she was worried. She said the rent had doubled.",
     [("Deborah Newberry, 62, of Orlando, Fla", "told"), ("She", "said")], ["Deborah Newberry", "Deborah Newberry"]),
    # counterexamples: no name before the age
    ("Of the voters in Iowa, 47, a record, said they would vote no.", [("47, a record", "said")], None),
    ("Of the 100 senators, 47, the Democrats among them, said they would vote no.",
     [("47, the Democrats among them", "said")], None),
])
def test_an_age_after_a_name_belongs_to_the_source(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A year after "in" (or another word of `month_prepositions`) between a source and its cue is a date, as a month is
# ("South Korea in 2008 said"; AllSides: 301 sources were the year alone, 125 left, most a year the subject or after
# "from", "of"); not before a word in -ing, whose subject is the clause's ("... the White House in 2017 vowing").
@pytest.mark.parametrize("text, expected", [
    ("South Korea in 2008 said the North had indeed deployed the missile.", [("South Korea", "said")]),
    ("A Pew Research survey in 2011 found that only 29 percent favored the plan.",
     [("A Pew Research survey", "found")]),
    ("Bill Clinton also famously in 1996 asked Congress to never shut down the government.",
     [("Bill Clinton", "asked")]),
    ("An Afro American editorial in 1952 blasted the practice.", [("An Afro American editorial", "blasted")]),
    # counterexamples: the year as the subject; a word in -ing after it
    ("For political observers, 2016 feels like an earthquake.", [("2016", "feels")]),
    ("Trump also called for the withdrawal of troops from Iraq in 2007 saying America should leave.",
     [("Trump", "also called for"), (None, "saying")]),
])
def test_a_year_between_a_source_and_its_cue_is_a_date(text, expected):
    assert _sources_and_cues(text) == expected


# A relative pronoun before a source's head or a quantifier is the reported clause's, no part of the source ("which
# critics called", "who officials said"; AllSides: 644 sources lost the pronoun, every speaker the same). PolNeAR exact
# source hits: dev 1,260 -> 1,262, train 10,527 -> 10,539. Not "WHO officials" (the World Health Organization's).
@pytest.mark.parametrize("text, expected", [
    ("The moves, which critics called undemocratic, are the latest sign.", [("critics", "called")]),
    ("There officers encountered Mr. Scott, who officials said exited a vehicle with a handgun.",
     [("officials", "said")]),
    ("A .40-caliber handgun was recovered, which authorities believe was the weapon used.",
     [("authorities", "believe")]),
    ("He faced criticism for the 1994 crime bill, which many Democrats and President Donald Trump say helped "
     "contribute to mass incarceration.",
     [(None, "criticism"), ("many Democrats and President Donald Trump", "say")]),
    # counterexamples: an acronym in capitals; a pronoun that is the subject
    ("WHO officials said the virus was spreading.", [("WHO officials", "said")]),
    ("It was Mitch McConnell, who predicted a close vote.", [("who", "predicted")]),
])
def test_a_relative_pronoun_before_the_sources_head_is_no_part_of_it(text, expected):
    assert _sources_and_cues(text) == expected


# A cue word right after a participle in -ing opening a clause is the participle's object, no verb with it for
# subject (`participle_object`: "raising hopes", "easing fears", "pouring praise"; AllSides: 546 reports gone, most
# with the participle for source). Not a noun of `gerund_subjects`, a participle ("having refused"), or a report set
# off by commas.
@pytest.mark.parametrize("text, expected", [
    ("The attack caused no casualties, raising hopes that the standoff would ease.", []),
    ("Iran agreed to curb its nuclear program, easing fears that Iran could stage a breakout.",
     [("Iran", "agreed")]),
    ("Trump was pouring praise on Ryan and his crew.", []),
    ("The prime minister has been stoking fears about the future.", []),
    # counterexamples
    ("So far, polling suggests that a generic Democrat would win.", [("polling", "suggests")]),
    ("Vietnam is second, having refused 331 criminals in 2014.", [(None, "refused")]),
    ("It is a policy that, polling shows, they oppose.", [("polling", "shows"), ("they", "oppose")]),
])
def test_a_cue_word_after_a_participle_is_its_object(text, expected):
    assert _sources_and_cues(text) == expected


# A relative pronoun before a phrase of place, time or role is the subject on its own, and names its antecedent; the
# phrase is none of the source ("Trump, who at the summit appeared", "who in closed-door testimony said"; AllSides:
# 128 sources were the pronoun and the phrase, speakers such as "at the summit", "like others"). Not "which by one
# estimate", nor "which as Vox's Ezra Klein explained".
@pytest.mark.parametrize("text, expected, speakers", [
    ("Trump, who at the summit appeared to put equal blame on both sides, left.", [("who", "appeared")],
     ["Donald Trump"]),
    ("Laura Cooper, a deputy assistant secretary, who in closed-door testimony said that Ukraine knew, left.",
     [("who", "said")], ["Laura Cooper"]),
    ("“It is dead,” said a former official, who like others did not want to be named.",
     [("a former official", "said"), ("who", "did not want")], ["former official", "former official"]),
    # counterexamples
    ("The plan, which as Vox's Ezra Klein explained is a tax cut, passed.",
     [("which as Vox's Ezra Klein", "explained")], None),
    ("The proposal, which by one estimate could cost billions, passed.", [("which by one", "estimate")], None),
])
def test_a_relative_pronoun_before_a_phrase_is_the_source_alone(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A cue word of `modified_nouns` after a lower-case word in -ed that a determiner or a possessive opens is a noun the
# participle modifies, no verb with "his renewed" for subject (`modified_noun`); a possessor before the participle is
# the source of a noun cue ("Her repeated assertions that": her). Not a participle after "those", a nominalised
# adjective before a verb in -ed ("The accused said"), nor a possessor across a noun ("Romney's campaign denied").
@pytest.mark.parametrize("text, expected, speakers", [
    ("And on Capitol Hill, his renewed call for a ban on Muslim immigration drew quick condemnation.", [], []),
    ("Maybe Biden's mixed signals on trade are a defensive tactic.", [], []),
    ("Despite the repeated references to Barr in Trump's call, Justice Department officials were silent.", [], []),
    ("The reported fears that scientists believe the president could kill the study grew.",
     [("scientists", "believe")], ["scientists"]),
    ("Clinton may face more legal challenges. Her repeated assertions that she turned all government documents over "
     "were false.", [("Her", "assertions")], ["Hillary Clinton"]),
    ("Petraeus' testimony challenges the Obama administration's repeated claims that the attack was a protest.",
     [("Obama administration", "claims")], ["Obama administration"]),
    # counterexamples
    ("Those surveyed say the economy is bad.", [("Those surveyed", "say")], None),
    ("The accused said he was innocent.", [("The accused", "said")], None),
    ("Romney's campaign denied claims that he lied.", [("Romney's campaign", "denied")], None),
])
def test_a_participle_after_a_determiner_modifies_the_cue_noun(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A noun cue's possessor opening a sentence is the name alone: a conjunction, preposition, adverb or cue form in -ing
# before it is none of it ("Despite Israel's", "But Karl Rove's", "Citing Trump's"; AllSides: speakers such as
# "Despite Pelosi", "Citing Trump"), and no contraction or time noun's possessive right before the noun is a possessor
# ("There's criticism", "Last week's claims"; had sources "there", "week"). Not "Irving" of "Irving Kristol's", nor
# "WHO's" (the body, in capitals).
@pytest.mark.parametrize("text, expected, speakers", [
    ("Despite Israel’s public statements that the seized arms were destined for Gaza, Hamas denied it.",
     [("Israel", "statements"), ("Hamas", "denied")], ["Israel", "Hamas"]),
    ("But Karl Rove's insistence that Barack Obama had not carried Ohio was wrong.", [("Karl Rove", "insistence")],
     ["Karl Rove"]),
    ("Citing Trump’s comment that there were good people on both sides, Biden entered the race.",
     [("Biden", "Citing"), ("Trump", "comment")], ["Joe Biden", "Donald Trump"]),
    ("While there's criticism for all, the Republicans are taking the brunt of it.", [(None, "criticism")], [None]),
    ("Last week's claims that he won were false.", [(None, "claims")], [None]),
    # counterexamples
    ("Irving Kristol's claim that the left had won was wrong.", [("Irving Kristol", "claim")], None),
    ("WHO's criticism that China was slow to act stung Beijing.", [("WHO", "criticism")],
     ["World Health Organization"]),
])
def test_a_possessor_opening_a_sentence_is_the_name_alone(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A verb of `object_cue_verbs` right before a cue word of `modified_nouns` joins it in one cue, whose source is the
# verb's subject (AllSides: sources such as "Nixon also raised", "Xi renewed", "Courts in those states issued"). Not
# inside another report's content.
@pytest.mark.parametrize("text, expected, speakers", [
    ("Nixon also raised doubts about the plan.", [("Nixon", "also raised doubts about")], ["Richard Nixon"]),
    ("UN Secretary-General Ban Ki-moon renewed calls for a ceasefire.",
     [("UN Secretary-General Ban Ki-moon", "renewed calls for")], ["Ban Ki-moon"]),
    ("Sen. Cory Booker joined calls for his resignation.", [("Sen. Cory Booker", "joined calls for")],
     ["Cory Booker"]),
    ("Some Republicans have renewed calls for a special counsel.", [("Some Republicans", "have renewed calls for")],
     ["Republicans"]),
    ("Courts in those states issued orders blocking the law.", [("Courts in those states", "issued orders")],
     ["courts"]),
    # counterexample
    ("Officials said the report raised doubts about the plan.", [("Officials", "said")], ["officials"]),
])
def test_a_verb_and_its_cue_word_object_are_one_cue(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A head of `to_heads` before "to" heads the source, which speaks for the phrase after it, as "lawyers for the family"
# does (AllSides: 259 sources such as "Dole", "Mr. Romney", "the president" were the principal, not their aide); a
# weekday before a determiner is no part of the source ("Earlier Tuesday an aide"). A title whose holder's name follows
# ("ambassador to the United Nations John Bolton") keeps its "to" phrase too, but the name speaks; a verb's "to" none.
@pytest.mark.parametrize("text, expected, speakers", [
    ("A senior adviser to the president said the vote was close.", [("A senior adviser to the president", "said")],
     ["senior adviser"]),
    ("Earlier Tuesday an aide to McCaskill confirmed the vote.", [("an aide to McCaskill", "confirmed")], ["aide"]),
    ("Aides to Senate Majority Leader Mitch McConnell and House Republican leader Kevin McCarthy declined to comment.",
     [("Aides to Senate Majority Leader Mitch McConnell and House Republican leader Kevin McCarthy", "declined")],
     ["aides"]),
    # counterexamples
    ("Former U.S. ambassador to the United Nations John Bolton told reporters the deal was bad.",
     [("Former U.S. ambassador to the United Nations John Bolton", "told")], ["John Bolton"]),
    ("He spoke to reporters who said the vote was close.", [("reporters who", "said")], ["reporters"]),
])
def test_an_aide_to_someone_is_the_source(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A word that is a cue only as a verb, between an article and a lower-case word, modifies a noun and is no verb
# ending the source's reach (`noun_after`: "the talk show", "a focus group"; AllSides: sources such as "show",
# "group", "points" of "the talking points"). Not before a name, where the article's phrase ends.
@pytest.mark.parametrize("text, expected, speakers", [
    ("The host of the talk show said the guest lied.", [("The host of the talk show", "said")],
     ["host of the talk show"]),
    ("Swing voters in a focus group said they liked him.", [("Swing voters in a focus group", "said")],
     ["Swing voters"]),
    # counterexamples
    ("After the shooting Homeland Security officials said the threat was low.",
     [("Homeland Security officials", "said")], None),
    ("Before the talks Mrs Merkel said the deal was close.", [("Mrs Merkel", "said")], ["Angela Merkel"]),
])
def test_a_cue_word_after_an_article_modifies_a_noun(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A base form of `modified_nouns` after a possessive or a determiner (not "the", "this", "no") and a word that is no
# plural is a noun as after a participle ("his campaign promise", "an apparent reference to", "Obama's latest offer";
# AllSides: 685 reports gone, sources such as "his campaign", "an apparent"). Not after "the", which often ends a
# phrase after the speaking head, a plural or a number, or an auxiliary.
@pytest.mark.parametrize("text, expected, speakers", [
    ("While Trump remains committed to his campaign promise to build the wall, Congress balks.", [], []),
    ("In an apparent reference to the manuscript, Trump's lawyers objected.", [], []),
    ("Obama's latest offer set $400,000 as the threshold.", [], []),
    # counterexamples
    ("GOP officials in the state note its reputation for independence.", [("GOP officials in the state", "note")],
     ["Republicans"]),
    ("The two claim that the vote was rigged.", [("The two", "claim")], None),
    ("Her aides will claim that the vote was rigged.", [("Her aides", "will claim")], ["aides"]),
])
def test_a_cue_word_after_a_singular_modifier_is_a_noun(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A cue word of `modified_nouns` after a verb of `receiving_verbs` (maybe with a modifier between) is the noun of what
# others said, whose source the verb's subject is not ("faced calls for", "drew widespread praise", "resisted calls";
# AllSides: sources such as "Mr. Trump's Cabinet members also faced", "The president's pick drew", "won"). Not after
# a determiner's noun ("in the face of claims") nor an auxiliary ("can claim"), nor after `object_cue_verbs`.
@pytest.mark.parametrize("text, expected, speakers", [
    ("Mr. Trump’s Cabinet members also faced calls for their resignation.", [], []),
    ("Buttigieg’s debate performance drew widespread praise and in the polls he has been showing growing strength.",
     [("he", "has been showing")], None),
    ("The McMichaels’ arrest also prompted calls for Bryan to face criminal punishment.", [], []),
    ("His departure has sparked fears of an even larger wave of exits.", [], []),
    ("Graham won praise from conservatives when he accused Democrats of lying.", [("he", "accused")], None),
    ("The federal government initially resisted calls for more transparency, saying that the information is "
     "proprietary.", [("The federal government", "saying")], None),
    # counterexamples
    ("In the face of claims that the vote was rigged, officials said the count was fair.",
     [(None, "claims"), ("officials", "said")], None),
    ("Democrats renewed calls for an inquiry.", [("Democrats", "renewed calls for")], ["Democrats"]),
    ("He dismissed calls for his resignation.", [("He", "dismissed")], None),
])
def test_a_cue_word_after_a_receiving_verb_is_others_words(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# After a form of "take", a cue word of `taken_cue_nouns` joins the verb in one cue whose source is the subject
# ("took note of", "took jabs"; AllSides: sources "Upton took", "She took"), and another of `modified_nouns` is a noun
# of no report ("took notes", "takes calls", "took blame for"; were sources "Jayanti and Pennington took" ...).
@pytest.mark.parametrize("text, expected, speakers", [
    ("Upton took note of a new collaboration between 10 big pharmaceutical companies.", [("Upton", "took note of")],
     None),
    ("House Minority Leader Kevin McCarthy also took note of Democrats' comments about the impeachment articles.",
     [("House Minority Leader Kevin McCarthy", "also took note of")], ["Kevin McCarthy"]),
    ("Dave Andelman, the show’s CEO and co-host, took jabs at participants of the movement.",
     [("Dave Andelman, the show’s CEO and co-host", "took jabs")], ["Dave Andelman"]),
    ("Jayanti and Pennington took notes on the meeting, the people said.", [("the people", "said")], None),
    ("Katie Couric took blame for a deceptive edit.", [], []),
    ("Vice President Elie Petit takes calls while he works on his computer.", [], []),
    # a verb of `particle_cue_verbs`, "out" and the cue word are one cue too (AllSides: 37 sources ending in "out")
    ("Some coal advocates still hold out hope that the decline can be reversed.",
     [("Some coal advocates", "still hold out hope")], ["coal advocates"]),
    ("Obama held out hope that Diaz-Balart might succeed.", [("Obama", "held out hope")], None),
    ("He barked out orders and detailed his hatred of Americans.", [], []),
    # an imperative "take note" names no source (was the source "take")
    ("American progressives, take note — their generous welfare benefits are funded by taxes.",
     [(None, "take note")], None),
])
def test_a_cue_word_after_take_is_one_cue_or_none(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# The nouns of "vow", "boast", "quip", "retort", "lament", "gripe", "hint" and "taunt" are noun cues (`noun_forms`),
# whose possessor is the source (AllSides: "Trump's boasts about his wealth", "his weekend vow that" were no reports).
# Not "guarantee" ("there is no guarantee that") nor "joke" ("a joke that sparked outrage"): mostly no report.
@pytest.mark.parametrize("text, expected, speakers", [
    ("Obama's repeated vows that he would close the prison went unmet.", [("Obama", "vows")], ["Barack Obama"]),
    ("Trump’s boasts about his wealth have sometimes undercut him.", [("Trump", "boasts")], ["Donald Trump"]),
    ("His quip that the economy was booming fell flat.", [("His", "quip")], None),
    ("Cohen’s hints that he knew something about the meeting drew notice.", [("Cohen", "hints")], None),
    # counterexamples
    ("There is no guarantee that the deal will hold.", [], []),
    ("He said it, a joke that sparked instant outrage on social media.", [("He", "said")], None),
])
def test_nouns_of_boasting_and_vowing_are_noun_cues(text, expected, speakers):
    _assert_sources_and_speakers(text, expected, speakers)


# A cue word of `modified_nouns` after an existential "there" and a form of "be" is a noun no source of the sentence
# speaks (`existential_noun`; AllSides: 102 sources "there", "There are fears", "there is little doubt that").
@pytest.mark.parametrize("text, expected", [
    ("There are fears that the deal will collapse.", []),
    ("There is little doubt that Brennan will be confirmed.", []),
    ("There was little doubt Trump would again assail members of the media.", [("Trump", "would again assail")]),
    ("Is there hope for a deal?", []),
    ("There are also worries among the Democratic faithful that he will lose.", []),
    ("There are claims that the vote was rigged.", [(None, "claims")]),
    # counterexample: "there" after a source's head is no existential
    ("Officials there say the vote was rigged.", [("Officials there", "say")]),
])
def test_a_cue_word_after_there_is_is_a_noun(text, expected):
    assert _sources_and_cues(text) == expected


# Orders of a kind are nouns (`idioms`; AllSides: 249 reports "orders" with sources such as "Mr. Obama hasn't issued
# executive", "executive"); not "orders" after a subject.
@pytest.mark.parametrize("text, expected", [
    ("Mr. Obama hasn’t issued executive orders on guns since January 2013.", []),
    ("Trump signed executive orders that eased the rules.", []),
    ("The judge issued a gag order on the case.", []),
    # counterexample
    ("The president orders the troops home.", [("The president", "orders")]),
])
def test_orders_of_a_kind_are_no_cue(text, expected):
    assert _sources_and_cues(text) == expected


# A name given after "something" or "what's" is no report, as after a noun (`idioms`; AllSides: 70 reports "called"
# with sources "something", "what").
@pytest.mark.parametrize("text, expected", [
    ("There is growing resistance to what’s called Chevron deference.", []),
    ("Congress passed the act, creating something called a special prosecutor, critics said.",
     [("critics", "said")]),
    ("That is what's commonly referred to as a loophole.", []),
    # counterexample: "what" as the object of a report
    ("He said what he called the truth.", [("He", "said"), ("he", "called")]),
])
def test_a_name_given_after_something_or_what_is_no_report(text, expected):
    assert _sources_and_cues(text) == expected


# "sometimes" stands between a source and its cue as "often" does (AllSides: the source was "He sometimes", or
# "sometimes" itself before a naming participle).
@pytest.mark.parametrize("text, expected", [
    ("He sometimes says the deal is bad.", [("He", "sometimes says")]),
    ("The law, sometimes referred to as Obamacare, passed.", [(None, "sometimes referred to")]),
    ("According to Sommer, the QAnon faithful sometimes point to a former official.",
     [("Sommer", "According to"), ("the QAnon faithful", "sometimes point to")]),
    # counterexample: opening the sentence, before its subject
    ("Sometimes officials seem to be pushing for sovereignty.", [("officials", "seem")]),
])
def test_sometimes_before_a_cue(text, expected):
    assert _sources_and_cues(text) == expected


# A cue that may be a noun is the noun before "from" and after a preposition, a report only with its source after
# "from" or with a that-clause; "including" and "excluding" are prepositions, no source (AllSides: the sources were
# "He spent part of Thursday fielding", "past", "dozens of gloating", "including"); "past" in a time phrase is
# skipped with it ("this past week").
@pytest.mark.parametrize("text, expected", [
    ("He spent part of Thursday fielding calls from leadership, urging him to change his mind.", [("He", "urging")]),
    ("They point to past comments from Defense Secretary James Mattis, a retired Marine general.",
     [("They", "point to")]),
    ("Justice Ruth Bader Ginsburg has said so, echoing similar comments from her colleagues.",
     [("Justice Ruth Bader Ginsburg", "has said"), ("Justice Ruth Bader Ginsburg", "echoing")]),
    ("Despite calls from some liberals that he step down before Obama's term ends, she stayed.",
     [("some liberals", "calls")]),
    ("Another popular claim from Republicans was that ObamaCare was negotiated in the dead of night.",
     [("Republicans", "claim")]),
    ("Hull had previously come under scrutiny based on claims that he was closely involved in screening applications.",
     [(None, "claims")]),
    ("The men were indicted on a total of 12 charges, including alleged money laundering.",
     [(None, "were indicted")]),
    ("The attacks drew a furious backlash against Susan Douglas, including calls for her resignation.",
     [(None, "calls for")]),
    ("House Speaker John Boehner this past week cautioned the GOP ranks against spiking the ball.",
     [("House Speaker John Boehner", "cautioned")]),
    # counterexamples: a relative pronoun before the verb, a gerund after a preposition, a relative clause after
    # the noun, "past" that is no time phrase's
    ('One ad, which quotes from Sonia, an Emblem employee, reads, "You really develop a connection."',
     [("which", "quotes"), ("which quotes from Sonia, an Emblem employee", "reads")]),
    ("CNN joined the ranks Thursday of The Washington Post in warning about the effects of the RAISE Act.",
     [("CNN", "warning about")]),
    ("Trump accepted the nomination with remarks that will help him with swing voters.", []),
    ("The past shows that he is wrong.", [("The past", "shows")]),
])
def test_a_cue_that_may_be_a_noun_before_from_or_after_a_preposition(text, expected):
    assert _sources_and_cues(text) == expected


# A word that is a cue only with other words after it ("sides with", "cast doubt on") is a noun before "of", or a noun's
# modifier between a quantifier or article and a speaker's head (AllSides: the sources were "the aisle", "the issue",
# "the debate", "department").
@pytest.mark.parametrize("text, expected", [
    ("Lawmakers on both sides of the aisle said it's time the administration figure it out.",
     [("Lawmakers on both sides of the aisle", "said")]),
    ("Analysts on all sides of the issue have decried the Senate's border surge.",
     [("Analysts on all sides of the issue", "have decried")]),
    ("Activists on both sides of the debate suggested the prolonging of legal proceedings could encourage lawmakers.",
     [("Activists on both sides of the debate", "suggested")]),
    ("Industries and politicians on both sides of the Rio Grande want to see partnerships along the border.",
     [("politicians on both sides of the Rio Grande", "want")]),
    # between a quantifier or article and a speaker's head (PolNeAR dev: the source was "members" once "cast doubt on"
    # made "cast" a cue word)
    ("Several cast members said Trump had one female contestant twirl before him.",
     [("Several cast members", "said")]),
    ("The fire department said it treated 26 people.", [("The fire department", "said")]),
    # counterexamples: the verb with its particle, and a verb after "that"
    ("He sides with the Democrats on trade.", [("He", "sides with")]),
    ("The senator often sides with Republicans.", [("The senator", "often sides with")]),
    ("That makes people feel scared.", [("people", "feel")]),
])
def test_a_cue_word_needing_another_particle_is_a_noun_before_of(text, expected):
    assert _sources_and_cues(text) == expected


# A pronoun stressing the source right after it is the source's, not the cue's, as PolNeAR marks it ("Clinton herself"
# / "has proposed"); the speaker is read without it (AllSides: the speaker was "Obama himself", group other).
@pytest.mark.parametrize("text, expected", [
    ("Trump himself has repeatedly said that Russia played no role.",
     [("Trump himself", "has repeatedly said", "Donald Trump")]),
    ("Clinton herself has proposed a tax on the wealthy.", [("Clinton herself", "has proposed", "Hillary Clinton")]),
    ("U.S. lawmakers, and even President Obama himself, have questioned whether new sanctions will have an impact.",
     [("U.S. lawmakers, and even President Obama himself", "have questioned", "Barack Obama")]),
    # counterexample: an appositive opened by the pronoun stays apart from the cue
    ("Trump, himself a businessman, said it was fine.", [("Trump, himself a businessman", "said", "Donald Trump")]),
])
def test_a_stressing_pronoun_after_the_source_is_the_sources(text, expected):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [(a.source.text, a.cue.text, a.speaker) for a in extract(Document("d", text))] == expected


# A cue word in -s right after a number is a plural noun (AllSides: the sources were "nearly 30,000", "eight",
# "10,341"); not after "one", a singular amount, a figure holding more than digits, or a name's number.
@pytest.mark.parametrize("text, expected", [
    ("The video drew more than 3.5 million views and nearly 30,000 retweets as of Sunday night.", []),
    ("The ambassadors also added eight names to the list.", []),
    ("On his posts, Obama racked up 153,931 likes, 10,341 comments and 9,561 shares.", []),
    # counterexamples
    ("No one says that.", [("No one", "says")]),
    ("An exit poll on Channel 12 says Likud and the Blue and White party are tied.",
     [("An exit poll on Channel 12", "says")]),
    ("Still, the perky 11-year-old worries about the test.", [("the perky 11-year-old", "worries about")]),
    ("But the real test will come after the Senate's Gang of Eight reveals the fine print.",
     [("the Senate's Gang of Eight", "reveals")]),
])
def test_a_cue_word_in_s_after_a_number_is_a_plural_noun(text, expected):
    assert _sources_and_cues(text) == expected


# A cue's base form right after a lower-case word in -ed is a noun after a subject pronoun, a singular word or a
# determiner other than "the": the word in -ed is a past verb or a participle (AllSides: the sources were "He earned",
# "Pruitt shifted", "a veiled", "an open-ended"); not after a plural, "the" or a relative pronoun, nor after "indeed".
@pytest.mark.parametrize("text, expected", [
    ("He earned praise from Democrats for the move.", []),
    ("Trump heaped praise on Putin at the summit.", []),
    ("Pruitt shifted blame on a number of issues, including his travel.", []),
    ("Trump also placed blame on China for the losses.", []),
    ("He made a thinly veiled reference to the senator.", []),
    ("It was an open-ended question about the war.", []),
    ("The ride-hailing service earned praise from customers.", []),
    # counterexamples
    ("Those surveyed say the economy is weak.", [("Those surveyed", "say")]),
    ("Most people polled believe the war is lost.", [("Most people polled", "believe")]),
    ("The progressives involved note that the bill failed.", [("The progressives involved", "note")]),
    ("Those who voted say they were misled.", [("Those who voted", "say")]),
])
def test_a_base_form_after_a_past_verb_or_participle_is_a_noun(text, expected):
    assert _sources_and_cues(text) == expected


# "think tank" holds no cue (its entry bars "tank" after it), and "think" there is a noun's modifier inside a source,
# no verb ending it (AllSides: the cue "think" 457 times; sources "tank", "tanks").
@pytest.mark.parametrize("text, expected", [
    ("The Washington-based think tank released a report on Tuesday.", []),
    ("The progressive think tank Demos says the plan failed.", [("The progressive think tank Demos", "says")]),
    ("A new report by two liberal think tanks shows that the cuts hurt.", [("two liberal think tanks", "shows")]),
    # counterexample: the verb after a think tank
    ("Experts at think tanks think the plan will fail.", [("Experts at think tanks", "think")]),
])
def test_think_tank_is_no_cue(text, expected):
    assert _sources_and_cues(text) == expected


# A base form after a plural's "of" phrase is the plural's verb, not a noun ending the phrase (AllSides: "the debate
# say" had been read as a singular noun phrase, "a radio show"; 183 attributions more on all 37,554 articles); and a
# phrase of sides after a source's head belongs to the source (list `side_phrases`; was no source, or "both sides").
@pytest.mark.parametrize("text, expected", [
    ("Activists on both sides of the debate say the law is unclear.",
     [("Activists on both sides of the debate", "say")]),
    ("Critics of the plan say it will raise costs.", [("Critics of the plan", "say")]),
    ("Advocacy groups on both sides of the issue said the ruling was a turning point.",
     [("Advocacy groups on both sides of the issue", "said")]),
    ("Groups on both sides said the ruling mattered.", [("Groups on both sides", "said")]),
    # counterexamples: a cue after the phrase is the verb; a singular's "of" phrase keeps its noun
    ("Opponents of the citizenship question allege that it was added for partisan reasons.",
     [("Opponents of the citizenship question", "allege")]),
    ("The radio show drew fans of the talk show.", []),
])
def test_a_plurals_of_phrase_and_a_phrase_of_sides_belong_to_the_source(text, expected):
    assert _sources_and_cues(text) == expected


# "there" before "seem" or "appear" is no source, as "it" is not (AllSides: 222 sources "there"); and a content before
# such a sourceless report, or a passive one after "it", ends before its subject (AllSides: 598 contents had ended in
# ", there" or ", it").
@pytest.mark.parametrize("text, expected", [
    ("Instead, there seem to be new ones posted every day.", [(None, "seem", "to be new ones posted every day")]),
    ("Tests show that a child has been poisoned, there appears to be no plan.",
     [("Tests", "show", "that a child has been poisoned"), (None, "appears", "to be no plan")]),
    ("He said the plan failed, it was claimed.", [("He", "said", "the plan failed"),
                                                   (None, "was claimed", "He said the plan failed")]),
    # counterexample: "there" as a place after a source stays out of it
    ("Officials there said the plan failed.", [("Officials there", "said", "the plan failed")]),
])
def test_there_before_seem_is_no_source_and_a_content_ends_before_it(text, expected):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [(a.source.text if a.source else None, a.cue.text, a.content.text if a.content else None)
                for a in extract(Document("d", text))] == expected


def test_a_content_ends_where_the_rest_of_a_later_cues_clause_starts():
    text = "The DNC notes its Rules Committee can add to this list and has final say over whether a campaign is in it."
    assert extract_attributions(Document("d", text))[0].content.text == "its Rules Committee can add to this list"


# A sentence opening with a degree word and a participle, then a copula, puts its predicate first: nobody reports
# ("Less discussed, however, is ..."). A degree word that is the subject of a report keeps its cue.
@pytest.mark.parametrize("text, expected", [
    ("Less discussed, however, is the degree to which the estate’s stance hurt it.", []),
    ("More discussed was the question of tariffs.", []),
    ("Less noted is the fact that prices rose.", []),
    ("Less reported, though, were the deaths.", []),
    # counterexamples
    ("Most reported that the clinics were closed.", [("Most", "reported")]),
    ("More discussed the plan, and officials said it was dead.", [("More", "discussed"), ("officials", "said")]),
])
def test_an_inverted_predicate_is_no_report(text, expected):
    assert [(a.source.text if a.source else None, a.cue.text) for a in extract_attributions(Document("d", text))] == expected


# "about" before a number is "approximately" and opens the content; before anything else it belongs to the cue.
@pytest.mark.parametrize("text, cue, content", [
    ("Lavrov said about half of the militants were foreigners.", "said", "about half of the militants were foreigners"),
    ("She said about 20 people died in the attack.", "said", "about 20 people died in the attack"),
    ("Officials said about a dozen were hurt.", "said", "about a dozen were hurt"),
    ("He spoke about the war.", "spoke about", "the war"),
    ("He warned about a third term.", "warned about", "a third term"),
    ("He talked about one thing only.", "talked about", "one thing only"),   # the lexicon's "talk about"
])
def test_about_before_a_number(text, cue, content):
    found = extract_attributions(Document("d", text))
    assert [(a.cue.text, a.content.text) for a in found] == [(cue, content)]


# A participle clause after the source's head ("a poll released Thursday", "a study unveiled in November",
# "officials involved in the talks") belongs to the source, which is its head: not the day, month or object named
# in the clause.
@pytest.mark.parametrize("text, source, speaker", [
    ("A study unveiled in November estimates that humpbacks recovered.", "A study unveiled in November", "study"),
    ("Officials involved in the talks said the deal was close.", "Officials involved in the talks", "officials"),
    ("A Gallup poll conducted the first two weeks of November indicated that 45 percent supported it.",
     "A Gallup poll conducted the first two weeks of November", "Gallup"),
    ("A poll released Thursday found that Trump led.", "A poll released", "poll"),
    ("The decision was praised, according to a statement released Thursday.", "a statement released Thursday",
     "statement"),
    ("The deal is bad, according to a letter signed by 50 senators.", "a letter signed by 50 senators", "letter"),
    ("Protesters who gathered in the square said the vote was rigged.", "Protesters who gathered in the square",
     "protesters"),
])
def test_a_participle_clause_belongs_to_the_source(text, source, speaker):
    assert (source, speaker) in [(a.source.text, a.speaker) for a in _extract(text) if a.source is not None]


@pytest.mark.parametrize("text, cue, speaker", [
    ("Conway demurred on who specifically Trump was expressing regret to.", "was expressing", "Donald Trump"),
    ("It is the age of the baby described in the video Carly Fiorina mentioned in the debate.", "mentioned",
     "Carly Fiorina"),
    ("Media playback is unsupported on your device Media caption Trump says the deal is bad.", "says", "Donald Trump"),
    ("On Twitter she panned the USA TODAY reporter who called her evil.", "called", "USA Today"),
    ("The Twitter user who posted the photo, Dennis Kosuth, said the woman was not a Nazi.", "said", "Dennis Kosuth"),
    ("The wrongly accused said they were innocent.", "said", "wrongly accused"),
    ("None of the jurisdictions he examined recommended prosecution.", "recommended",
     "none of the jurisdictions he examined"),  # (a common word opening a source is written lower-case)
    ("The embattled senator said he would stay.", "said", "senator"),
    ("The deal is off, according to an unnamed official.", "according to", "unnamed official"),
])
def test_a_participle_after_a_name_pronoun_or_auxiliary_is_no_clause_of_the_source(text, cue, speaker):
    assert (cue, speaker) in [(a.cue.text, a.speaker) for a in _extract(text)]


# A participle opening the sentence before a capitalised word belongs to the name or modifies it (AllSides: the
# source was "Parenthood", "FBI Director James Comey"); a link's heading ("Related Coverage") is no part of it.
@pytest.mark.parametrize("text, source, speaker", [
    ("Planned Parenthood has said it doesn't plan on rolling back the health care services it provides.",
     "Planned Parenthood", "Planned Parenthood"),
    ("Fired FBI Director James Comey said the president lied.", "Fired FBI Director James Comey", "James Comey"),
    ("Accused Ohio State attacker reportedly posted that he was angry.", "Accused Ohio State attacker",
     "Accused Ohio State attacker"),
    # counterexample: a past tense before a lower-case word
    ("Asked whether he would run, Smith said he might.", "Smith", "Smith"),
])
def test_a_participle_opening_the_sentence_before_a_name(text, source, speaker):
    assert [(a.source.text, a.speaker) for a in _extract(text) if a.source is not None][:1] == [(source, speaker)]


def test_a_links_heading_is_no_part_of_the_source():
    (made,) = _extract("Related Coverage Russia says it has seen no positive impact from North Korea sanctions.")
    assert not made.source.text.startswith("Related")


def test_a_passive_verb_is_no_participle_clause_of_the_source():
    (made,) = _extract("The rule was lifted in May critics say that the vote was rigged.")
    assert "lifted" not in made.source.text


# A word that continues an organisation's name ("CNN International") is no person's name after it; a name is.
@pytest.mark.parametrize("text, speaker", [
    ("CNN International reported that the talks failed.", "CNN"),
    ("Bloomberg Politics reported that the talks failed.", "Bloomberg"),
    ("CNN Tapper said the talks failed.", "Jake Tapper"),
    ("Sen. Daily said the talks failed.", "Daily"),   # after a title, not an organisation: a surname
])
def test_an_organisation_suffix_is_no_persons_name(text, speaker):
    assert [a.speaker for a in _extract(text)] == [speaker]


# An inverted cue after a quotation opening the sentence takes a source opening with "his", "her" or "their"
# ("said his campaign manager Jeff Weaver"), and so does an inverting cue after a comma where the phrase ends the clause
# or names someone ("..., said her father, Philip Breen"; not "..., said their leaders caved"); elsewhere such a phrase
# is the verb's object ("criticized their bonuses"). A sentence opening with its cue ("Said Comey, ...") takes the
# quotation after the source's comma, and the cue word is no part of the speaker's name. An appositive opening with a
# name and a finite verb is a clause, no part of the source ("say his supporters, Mr. Beshear is staying").
@pytest.mark.parametrize("text, source, cue, speaker", [
    ("Dr. Lorna Breen, 49, died a hero, said her father, Philip Breen.", "her father, Philip Breen", "said",
     "Philip Breen"),
    ("A little girl was not taken away from her mother at the border, says her father.", "her father", "says",
     "father"),
    ("The carmaker plans to start production in the coming weeks, wrote its chief executive Mike Manley in an email.",
     "its chief executive Mike Manley", "wrote", "Mike Manley"),
    ("Most important, say his conservative supporters, Mr. Beshear is staying true to the state.",
     "his conservative supporters", "say", "conservative supporters"),
    ("Some Democrats though, backed by liberal pressure groups, said their leaders caved on too many key issues.",
     None, "said", None),
    ('"We\'re going to start chipping away at the secretary\'s delegate lead," added his campaign manager Jeff '
     'Weaver, speaking to CNN after the senator spoke.', "his campaign manager Jeff Weaver", "added", "Jeff Weaver"),
    ('"Our world fell apart in a week," said his wife, Kristi McLaughlin, who works part-time as a pastor.',
     "his wife, Kristi McLaughlin, who works part-time as a pastor", "said", "Kristi McLaughlin"),  # (PolNeAR's span)
    ('Said Comey, "The thought that an error on our part is connected to this guy\'s purchase of a gun is painful."',
     "Comey", "Said", "James Comey"),
    ("The small pink home was recently renovated. Said Dorothy Poynter, who grew up with Ali in the neighborhood, "
     "“We were all so proud of him.”", "Dorothy Poynter, who grew up with Ali in the neighborhood", "Said",
     "Dorothy Poynter"),
    ('"We won," said he.', "he", "said", None),
    # counterexamples: the source stays where it was
    ("Said Jalili, Iran's negotiator, said the talks would go on.", "Jalili, Iran's negotiator", "said", "Jalili"),
    ("Edward Said said the book was wrong.", "Edward Said", "said", "Edward Said"),
])
def test_inverted_sources(text, source, cue, speaker):
    assert [(a.source and a.source.text, a.cue.text, a.speaker) for a in _extract(text)] == [(source, cue, speaker)]


# An inverted source may be a one-word surname after a lower-case descriptor ("said activist Long", where "long" is
# also an adverb read as an auxiliary), or a name after up to five lower-case words ("said former presidential
# candidate and Fox News Contributor Mike Huckabee", a contributor's title), or a document's name ("said the statement by
# spokeswoman Amanda Henneberg"); a capitalised auxiliary in a headline in capitals is no name.
@pytest.mark.parametrize("text, expected", [
    ('The activist Scott Long follows the cases. “It is extremely damaging to HIV education,” said activist Long.',
     [("activist Long", "said", "Scott Long")]),
    ('"The events have been extremely valuable," said former presidential candidate and Fox News Contributor Mike '
     'Huckabee.', [("former presidential candidate and Fox News Contributor Mike Huckabee", "said", "Mike Huckabee")]),
    # a document (a statement) opening it, which ends before the title it is given
    ('"Romney believes that states should be in charge," said the statement by spokeswoman Amanda Henneberg.',
     [("the statement by spokeswoman Amanda Henneberg", "said", "Amanda Henneberg")]),
    ('“Voter fraud is very rare,” asserts a statement by the Brennan Center entitled “The Myth of Voter Fraud.”',
     [("a statement by the Brennan Center", "asserts", "Brennan Center")]),
    # counterexample: a clause in capitals, not a name
    ("TRUMP URGES BORDER WALL IN STATE OF THE UNION, SAYS TOLERANCE FOR ILLEGAL IMMIGRATION IS ‘CRUEL’",
     [("TRUMP", "URGES", "Donald Trump"), (None, "SAYS", None)]),
])
def test_inverted_sources_after_descriptors(text, expected):
    assert [(a.source.text if a.source else None, a.cue.text, a.speaker) for a in _extract(text)] == expected


@pytest.mark.parametrize("text, cue", [
    ('President Barack Obama called Wall Street executives "fat cats," criticized their bonuses and tried to raise '
     'their taxes.', "criticized"),
    ('"Thanks," she said, and thanked her hosts.', "thanked"),
])
def test_a_determiner_after_a_cue_opens_its_object(text, cue):
    assert all(a.source is None or not a.source.text.lower().startswith(("their", "her")) for a in _extract(text)
               if a.cue.text == cue)


# A subject pronoun joined by "and" to another source is part of the source; the speaker is the one named.
@pytest.mark.parametrize("text, source, speaker", [
    ("Mr. Trump was rude to her, she and another reporter said.", "she and another reporter", "reporter"),
    ("It's not only about creating big audiences for advertisers, he and Mr. Allen said.", "he and Mr. Allen",
     "Allen"),
    ("She and another reporter said the plan failed.", "She and another reporter", "reporter"),
    # counterexamples: "and" joining clauses
    ("He left early and she said the plan failed.", "she", None),
    ("Trump attacked her and Clinton said nothing.", "Clinton", "Hillary Clinton"),
])
def test_a_pronoun_coordinated_with_a_source(text, source, speaker):
    assert [(a.source.text, a.speaker) for a in _extract(text) if a.cue.text == "said"] == [(source, speaker)]


# A cue ending its sentence with a colon reports the quotation that makes the next paragraph, in quotation marks or
# displayed without them (`framing.text.displays`); a quotation with a cue of its own after it is that cue's.
@pytest.mark.parametrize("text, expected", [
    ('Loretta Lynch spoke on Monday.\n\nDr. Ward stated:\n\n"The Department of Justice isn\'t about Equal Justice '
     'Under Law anymore."\n\nShe left.',
     [("Dr. Ward", "stated:", '"The Department of Justice isn\'t about Equal Justice Under Law anymore."')]),
    ('The eyewitness was there.\n\nReporter Jomana Karadsheh says:\n\n"Well Anderson, the eyewitness describes the '
     'situation."', [("Reporter Jomana Karadsheh", "says:", '"Well Anderson, the eyewitness describes the situation."')]),
    ("The radio program aired.\n\nStated Stone:\n\n“I think that the stakes are so high.”",
     [("Stone", "Stated", "“I think that the stakes are so high.”")]),
    ("He said:\n\nThe plan failed.", [("He", "said:", "The plan failed.")]),
    # counterexamples: the quotation has its own cue, or the next paragraph is no quotation (too short to display)
    ('He said:\n\n"We lost," she said.', [("she", "said", '"We lost,"')]),
    ("He said:\n\nNo.", []),
])
def test_a_colon_ending_the_sentence_reports_the_next_paragraph(text, expected):
    assert [(a.source.text, a.cue.text, a.content.text) for a in _extract(text)] == expected


# "According to" opening a clause after an opening bracket or a colon reports what follows it.
@pytest.mark.parametrize("text, content", [
    ("(According to the New York Police Department, it does not keep statistics on violations.)",
     "it does not keep statistics on violations"),
    ("And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.",
     "Trump holds only 14 percent of the Latino vote"),
    ("Trump holds only 14 percent of the Latino vote, according to recent polls.",
     "Trump holds only 14 percent of the Latino vote"),
])
def test_according_to_after_a_bracket_or_colon(text, content):
    assert [a.content.text for a in _extract(text)] == [content]


def test_a_capitalised_cue_word_in_brackets_is_a_name():
    assert _extract("The senator (Said Jalili) spoke.") == []


# A capitalised name after the noun of a thing said or done, or after an adverb or a finite verb, starts a clause
# of its own: the name alone is the source ("the message Trump conveyed"). A word describing the name stays.
@pytest.mark.parametrize("text, cue, source", [
    ("He repeated the message Trump conveyed on March 4.", "conveyed", "Trump"),
    ("As president, he endorsed legislation Ryan wrote that did exactly that.", "wrote", "Ryan"),
    ("Israel had opposed a deal Netanyahu called a historic mistake.", "called", "Netanyahu"),
    ("But still Trump refused to use the phrase.", "refused", "Trump"),
    ("He would have run had Republicans simply agreed to his request.", "simply agreed", "Republicans"),
    ("He would have run, he said in an interview, had Republicans simply agreed to his request.", "simply agreed",
     "Republicans"),
    ("Hours later President Donald Trump weighed in on his newest opponent.", "weighed in", "President Donald Trump"),
    # counterexamples: a person's noun, an adjective, a quantifier or "of" before the name
    ("The philosopher Thomas Kuhn said science moves in leaps.", "said", "The philosopher Thomas Kuhn"),
    ("A defiant Schumer said the vote would go ahead.", "said", "A defiant Schumer"),
    ("Not all Democrats credited Clinton with the win.", "credited", "Not all Democrats"),
    ("Members of Congress said they would take a new look.", "said", "Members of Congress"),
    ("My colleague Brent Baker noted how the networks covered it.", "noted", "My colleague Brent Baker"),
])
def test_a_name_after_an_object_starts_its_own_clause(text, cue, source):
    found = [a.source.text for a in _extract(text) if a.cue is not None and a.cue.text == cue]
    assert found == [source]


# After an inverted cue a preposition opens no source: "by" opens the passive's agent ("written by Rep. Adam
# Schiff"), ending before "as"; "on Friday", "on Twitter", "that ..." are no source at all.
@pytest.mark.parametrize("text, cue, source", [
    ("The second memo, written by Rep. Adam Schiff (D-CA), is a rebuttal to attacks on the FBI.", "written",
     "Rep. Adam Schiff"),
    ("FBI data for 2014, cited by The Hill, said more than 2,500 people were able to buy guns.", "cited", "The Hill"),
    ("Ryan, criticized by Democrats as the architect of a budget plan, went on offense.", "criticized", "Democrats"),
    ("The deal, announced on Friday after three days of talks in Washington, averted the tariffs.", "announced", None),
])
def test_a_preposition_after_an_inverted_cue(text, cue, source):
    found = [a.source.text if a.source else None for a in _extract(text) if a.cue is not None and a.cue.text == cue]
    assert found == [source]


def test_a_that_clause_after_a_cue_is_no_inverted_source():
    text = ("Gary Gerstle, a professor of history and author of “Liberty and Coercion,” noted that states started out "
            "with broad powers to regulate virtually all activity within their borders.")
    found = [a for a in _extract(text) if a.cue.text == "noted"]
    assert [a.content.text for a in found] == [
        "that states started out with broad powers to regulate virtually all activity within their borders"]
    assert [a.source for a in found] == [None]  # (it was "that states started out with broad powers")


def _sourced(text):
    """(source, cue, speaker, group) of every attribution with a source, pure and compiled alike."""

    found = None
    for extract in pure_and_compiled("extract", "extract_attributions"):
        made = [(a.source.text, a.cue.text if a.cue else None, a.speaker, a.speaker_group)
                for a in extract(Document("d", text)) if a.source is not None]
        assert found is None or made == found
        found = made
    return found


# A participle and its agent after a source's head belong to the source, headed by the noun before the participle
# (PolNeAR's span; AllSides 2,000: "Computer logs obtained by The New York Times show" had the Times as its source);
# a relative pronoun after the agent is the agent's, and the participle is no cue of its own.
@pytest.mark.parametrize("text, expected", [
    ("A memo seen by Reuters said the bank had failed.", [("A memo seen by Reuters", "said", "memo", "document")]),
    ("Computer logs obtained by The New York Times show that two servers sent messages.",
     [("Computer logs obtained by The New York Times", "show", "Computer logs", "other")]),
    ("A panel of reporters led by MSNBC’s Chris Matthews asked the candidates about guns.",
     [("A panel of reporters led by MSNBC’s Chris Matthews", "asked", "panel of reporters", "media")]),
    ("Families affected by the shutdown say they cannot pay rent.",
     [("Families affected by the shutdown", "say", "families", "public")]),
    ("A recent article written by political editor Matthew Boyle called them the League of Extraordinary "
     "Candidates.", [("A recent article written by political editor Matthew Boyle", "called", "recent article",
                      "document")]),
    # counterexamples: a relative pronoun after the agent; a passive with its auxiliary; a name before the participle;
    # a means or a margin after "by"
    ("The panel received a detailed complaint written by an anonymous intelligence official who described the call.",
     [("an anonymous intelligence official who", "described", "anonymous intelligence official", "anonymous")]),
    ("This is a tape of a private phone call released by Omarosa Manigault Newman, who has written a memoir.",
     [("who", "has written", "Omarosa Manigault Newman", "other")]),
    ("The plan was backed by Democrats, who said it would pass.",
     [("Democrats", "was backed", "Democrats", "politician"), ("who", "said", "Democrats", "politician")]),
    ("Trump, joined by Pence, said the deal was good.", [("Trump, joined by Pence", "said", "Donald Trump",
                                                         "politician")]),
    ("The president responded by calling De Niro a “very low IQ individual.”",
     [("The president", "responded by calling", "president", "government")]),  # (one report: "by" and a gerund cue)
])
def test_a_participle_and_its_agent_belong_to_the_source(text, expected):
    assert _sourced(text) == expected


@pytest.mark.parametrize("text", [
    "The opinions expressed by columnists are their own.",
    "A third lending program will buy securities backed by packages of auto loans.",
    "It is a move opposed by Russia.",
])
def test_a_participle_before_its_agent_is_no_cue(text):
    assert [a for a in _extract(text) if a.cue is not None] == []


# A video's shot list labels each soundbite with its speaker in capitals ("RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING:"):
# the name before the comma speaks, not the shot's bracketed labels or the sentence's first words.
@pytest.mark.parametrize("text, source, speaker", [
    ("(SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING: “Of course, the current situation is caused by "
     "external factors.”", "RUSSIAN PRESIDENT VLADIMIR PUTIN", "Vladimir Putin"),
    ("4076 (SOUNDBITE) (Russian) RUSSIAN PRESIDENT VLADIMIR PUTIN, SAYING: “We do not attack anyone.”",
     "RUSSIAN PRESIDENT VLADIMIR PUTIN", "Vladimir Putin"),
    ("WASHINGTON, D.C., UNITED STATES (JANUARY 28, 2014) (SOUNDBITE) (English) U.S. SENATOR JEFF SESSIONS, SAYING: "
     "“Who has more right to a job in this country?”", "U.S. SENATOR JEFF SESSIONS", "Jeff Sessions"),
    # counterexamples: a participle after an object in running text is the subject's, with or without a colon
    ("Trump attacked Clinton, saying she lied.", "Trump", "Donald Trump"),
    ("Trump attacked Clinton, saying: “She lied.”", "Trump", "Donald Trump"),
])
def test_a_shot_lists_speaker_label(text, source, speaker):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [a for a in extract(Document("d", text))
                 if a.cue is not None and a.cue.text.lower().startswith("saying")]
        assert [(a.source.text, a.speaker) for a in found] == [(source, speaker)]


def _sources_and_cues(text):
    """(source text or None, cue text) of every attribution, pure and compiled alike."""
    found = None
    for extract in pure_and_compiled("extract", "extract_attributions"):
        pairs = [(a.source.text if a.source else None, a.cue.text) for a in extract(Document("d", text))]
        assert found is None or pairs == found
        found = pairs
    return found


def _assert_sources_and_speakers(text, expected, speakers):
    """The (source, cue) pairs of `text` are `expected` and, unless `speakers` is None, its speakers are `speakers`,
    pure and compiled alike."""
    assert _sources_and_cues(text) == expected
    for extract in pure_and_compiled("extract", "extract_attributions") if speakers is not None else ():
        assert [a.speaker for a in extract(Document("d", text))] == speakers


def _sources_of(text, cue):
    """The source texts of the attributions with this cue, pure and compiled alike."""
    found = None
    for extract in pure_and_compiled("extract", "extract_attributions"):
        sources = [a.source.text if a.source else None for a in extract(Document("d", text))
                   if a.cue is not None and a.cue.text == cue]
        assert found is None or sources == found
        found = sources
    return found


# A bracket opening a sentence ("(CNN)", "(SOUNDBITE)") is no subject; a year before a determiner is no part of the
# source ("In 2015 the World Health Organization concluded").
@pytest.mark.parametrize("text, cue, source", [
    ("(CNN) President Donald Trump has reason to hope his luck is changing.", "to hope", "President Donald Trump"),
    ("(CNN) Revelers around the world said good riddance to 2016.", "said", "Revelers around the world"),
    ("In 2015 the International Agency for Research on Cancer concluded that it was probably carcinogenic.",
     "concluded", "the International Agency for Research on Cancer"),
    ("In 2010 the International Criminal Court indicted Mr Bashir on charges of genocide.", "indicted",
     "the International Criminal Court"),
    # counterexamples: a number that is the source's own, and a year inside the source
    ("About 2,000 of the protesters said they would stay.", "said", "2,000 of the protesters"),
    ("The 2015 report concluded that it was safe.", "concluded", "The 2015 report"),
])
def test_brackets_and_years_before_a_source(text, cue, source):
    assert _sources_of(text, cue) == [source]


# "help" before a bare infinitive cue is skipped: the source is its subject ("could help explain"); "calls" after a
# telephone's noun is the noun ("did not return phone calls seeking comment"), no cue.
@pytest.mark.parametrize("text, expected", [
    ("The findings could help explain Democrats’ hesitation.", [("The findings", "explain")]),
    ("Steady hiring has helped reassure consumers that the economy is expanding.", [("Steady hiring", "reassure")]),
    ("The senator did not return phone calls seeking comment.", []),
    ("Conference calls to donors went unanswered.", []),
    # counterexamples: "calls" as a verb after a subject, and "help" as a noun
    ("He calls the plan a disaster.", [("He", "calls")]),
    ("They need help, officials said.", [("officials", "said")]),
    ("The campaign calls for a ban on assault weapons.", [("The campaign", "calls for")]),
])
def test_help_before_a_cue_and_phone_calls(text, expected):
    assert _sources_and_cues(text) == expected


# An adverb in -ly between commas before a cue is skipped, as "also" is ("O'Reilly, incidentally, believes").
@pytest.mark.parametrize("text, source", [
    ("O'Reilly, incidentally, believes that the holiday is under attack.", "O'Reilly"),
    ("Clinton, naturally, disagrees with that view.", "Clinton"),
    ("They don’t, ultimately, see themselves as able to stamp out poverty.", "They"),
    # counterexample: a name in -ly between commas is no adverb
    ("Smith, Kelly, said he would go.", "Smith, Kelly"),
])
def test_an_adverb_between_commas_before_a_cue(text, source):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [a.source.text for a in extract(Document("d", text)) if a.source is not None][:1] == [source]


# A name before an appositive and a relative or participle clause, or a second appositive, is the source's ("Aaron
# Belkin, director of the Palm Center, which studies ..., said"); an opening phrase before the comma is not ("On Monday,
# the campaign, which ...").
@pytest.mark.parametrize("text, source, speaker", [
    ("Aaron Belkin, director of the Palm Center, which studies issues of sexuality in the military, said it would "
     "force troops to lie.", "Aaron Belkin, director of the Palm Center", "Aaron Belkin"),
    ("Mark Dubowitz, an Iran sanctions expert at the Foundation for Defense of Democracies, who advises lawmakers, "
     "said they would push for a tougher stance.",
     "Mark Dubowitz, an Iran sanctions expert at the Foundation for Defense of Democracies", "Mark Dubowitz"),
    ("Joe Brusuelas, chief economist at RSM, a tax and advisory firm, said banks could lend.",
     "Joe Brusuelas, chief economist at RSM, a tax and advisory firm", "Joe Brusuelas"),
    # a politician's party and state between the name and the appositive
    ("Sen. Orrin Hatch, R-Utah, top Republican on the finance committee, said Lew must outline the plans.",
     "Sen. Orrin Hatch, R-Utah, top Republican on the finance committee", "Orrin Hatch"),
    # counterexamples: an opening phrase, not a name, before the comma
    ("On Monday, the union, the largest in Nevada, said it would strike.", "the union, the largest in Nevada", "union"),
    ("On Monday, the Hillary Clinton campaign, which lost the election, said it was supporting the effort.",
     "the Hillary Clinton campaign", "Clinton campaign"),
    ("However, one retired police officer, who told reporters he carries his gun, said he was disgusted.",
     "one retired police officer", "one"),
    ("Speaking to The Verge, digital rights expert Michael Veale, who is also part of a consortium, says there is "
     "no way.", "digital rights expert Michael Veale", "Michael Veale"),
])
def test_a_name_before_an_appositive_and_its_clause(text, source, speaker):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [a for a in extract(Document("d", text)) if a.cue is not None and a.cue.text in ("said", "says")]
        assert [(a.source.text, a.speaker) for a in found] == [(source, speaker)]


# An infinitive cue after a noun ("a coordinated push to urge") takes the clause's subject, after a dateline
# ("WASHINGTON –"); a verb before "to" ("sought to play down") is skipped as before.
@pytest.mark.parametrize("text, cue, source", [
    ("They used the meeting to plan a coordinated push to urge Harry Reid to rewrite the rules.", "to urge", "They"),
    ("WASHINGTON – Former Acting Attorney General Sally Yates testified Monday about her efforts to warn the "
     "administration.", "to warn", "Former Acting Attorney General Sally Yates"),
    ("NEW YORK (Reuters) — Trump used the meeting to plan a push to urge voters to turn out.", "to urge", "Trump"),
    # counterexample: words in capitals before a dash that are the subject's own ("U.S. officials –")
    ("U.S. officials – speaking on Monday – wanted to warn him.", "wanted", "U.S. officials"),
])
def test_an_infinitive_cue_after_a_noun_and_a_dateline(text, cue, source):
    assert _sources_of(text, cue) == [source]


# "it" before "seem" or "appear" is nobody ("it may seem odd", "It appears to boil down to"): the cue stays without a
# source, not with the body named last (PolNeAR marks no source there either).
@pytest.mark.parametrize("text, expected", [
    ("After a year of coverage, it may seem odd to call his appeal underestimated.", [(None, "may seem")]),
    ("It appears to boil down to the idea that leaders lied.", [(None, "appears")]),
    # counterexamples: a noun before the verb, and "it" before another verb
    ("The plan appears to be dead.", [("The plan", "appears")]),
    ("The company released a report. It said sales fell.", [("It", "said")]),
])
def test_it_seems_names_no_source(text, expected):
    assert _sources_and_cues(text) == expected


# An empty "it" before an infinitive cue ("It is important to note", "it took evidence for commissioners to agree"):
# the cue's agent is the "for" phrase right before its "to", else nobody; before, "it" stood for the body or group named
# last (AllSides: 75 records, among them "Friday", "Years" and "Nato the figures for 2017" as speakers, and 48 of
# "it's").
@pytest.mark.parametrize("text, cue, source", [
    ("It is important to note, however, delays will re-enfranchise some voters.", "to note", None),
    ("It would be utterly implausible, indeed laughable, for Senate Democrats to try to portray Kavanaugh as "
     "unqualified.", "to portray", "Senate Democrats"),
    ("However, it took “smoking gun” evidence for commissioners to agree to launch an investigation.", "to agree",
     "commissioners"),
    ("Still, it was a highly unusual move for a member of the Cabinet to criticize the president.", "to criticize",
     "a member of the Cabinet"),
    ("It doesn't take a conspiratorial mind to imagine that the executive branch may have a political interest in "
     "pushing back the release of data.", "to imagine", None),
    ("It makes more sense to focus on total budgets in this area.", "to focus on", None),
    ("It is another for him to claim that by doing so, he may constitutionally change federal law.", "to claim", "him"),
    ("It's hard for outsiders to know. Trump did, after all, expel 60 Russian diplomats.", "to know", "outsiders"),
    ("It's difficult to tell how much was specifically allocated for Benghazi.", "to tell", None),
    # counterexamples: "it" as something (a passive, another verb), and a gerund after "for", which is no agent
    ("But if the US capped all prison sentences at 20 years, it would be forced to recognize a new reality.",
     "to recognize", "it"),
    ("The ad is long. It goes on to add: “The Jeb 2016 campaign has never made Iowa a centerpiece.”", "to add:",
     "It"),
    ("But it is crucial for understanding the workings of democracy to recognize that sometimes they do not.",
     "to recognize", None),
])
def test_empty_it_before_an_infinitive_is_no_source(text, cue, source):
    assert _sources_of(text, cue) == [source]


# A reporting clause after the words of an empty "it" and an infinitive reports the whole clause (partly quoted), not
# only what follows it: an infinitive with no source is no question answered after it ("Asked whether ..., 75 percent
# said yes").
def test_clause_of_an_empty_it_is_the_content_of_the_cue_after_it():
    text = ("It is “absurd” to suggest otherwise, Sessions said, or that a recusal proves he would be unable to manage "
            "leadership of the DOJ.")
    for extract in pure_and_compiled("extract", "extract_attributions"):
        said = [a for a in extract(Document("d", text)) if a.cue.text == "said"]
        assert [(a.content.text[:35], a.kind) for a in said] == [("It is “absurd” to suggest otherwise", "partial")]


# A cue joined by "and" to an earlier verb has that verb's subject: the attribution before it in the sentence, else the
# noun phrase a "who" clause holding both verbs follows; never the words before "and" (no source ends in "and").
@pytest.mark.parametrize("text, cue, source", [
    ("Democrats point to more than 20 million people who have gained coverage through Obamacare and argue that "
     "mandates to buy insurance are necessary.", "argue", "Democrats"),
    ("The former president praised the man who defeated his wife and said, \u201cAll Americans have an obligation to "
     "give him a chance to lead.\u201d", "said", "The former president"),
    ("Another Parkland student who spoke to HuffPost and said she had access to guns asked not to be named.", "said",
     "Another Parkland student"),
    ("That is in addition to more than eight million people who are working part time but really want full-time "
     "jobs.", "really want", "eight million people"),
    ("Schwarzenegger, like Trump, rode to victory as an outsider, amassing angry voters who distrusted government and "
     "wanted to upend the system.", "wanted", "angry voters"),
    ("The former secretary of state\u2019s approach has won over Weaver, who came out and endorsed Clinton during a "
     "conference call with reporters Tuesday.", "endorsed", "who"),  # ("who": the speaker is Weaver)
    ("But she\u2019s concerned about how long that loan will take to be processed and wonders if the Fed program "
     "might be faster.", "wonders", "she"),
    # counterexamples: "and" inside the source, or joining two verbs of a capitalised subject; "it's" opens no subject
    ("Smith and Jones said the deal was done.", "said", "Smith and Jones"),
    ("Trump took the stage and claimed that the election was rigged.", "claimed", "Trump"),
    ("Finally, it's important to observe that the vast majority (76 percent) of immigrants arrived legally.",
     "to observe", None),
])
def test_a_cue_after_and_takes_the_first_verbs_subject(text, cue, source):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [a for a in extract(Document("d", text)) if a.cue is not None and a.cue.text == cue]
        assert [a.source.text if a.source else None for a in found] == [source]


def _with_cue(extract, text: str, cue: str) -> list:
    """The attributions `extract` finds in `text` whose cue reads `cue`."""
    return [a for a in extract(Document("d", text)) if a.cue is not None and a.cue.text == cue]


@pytest.mark.parametrize("text, cue, source, speaker, group", [
    # a party label before "of" and the state: the politician named before the label speaks (AllSides)
    ("Rep. Greg Walden (R) of Oregon says Republicans will most likely take up reform later next year.", "says",
     "Rep. Greg Walden (R) of Oregon", "Greg Walden", "politician"),
    ("Senate majority leader Harry Reid (D) of Nevada says the bill could hit the Senate floor in June.", "says",
     "Senate majority leader Harry Reid (D) of Nevada", "Harry Reid", "politician"),
    ("Senator Chuck Grassley, (R) of Iowa, chairman of the Senate Judiciary Committee, said in a statement that the "
     "nominations should not proceed.", "said",
     "Senator Chuck Grassley, (R) of Iowa, chairman of the Senate Judiciary Committee", "Chuck Grassley", "politician"),
    ("Sens. Charles Schumer (D) of New York and John McCain (R) of Arizona argued that it is very possible.", "argued",
     "Sens. Charles Schumer (D) of New York and John McCain (R) of Arizona", "Chuck Schumer", "politician"),
    # "with knowledge of": the phrase belongs to the anonymous source before it
    ("A former administration official with knowledge of the plans said the program would be eliminated.", "said",
     "A former administration official with knowledge of the plans", "former administration official", "anonymous"),
    ("The people with knowledge of the matter did not know the exact details.", "did not know",
     "The people with knowledge of the matter", "people", "anonymous"),
    ("Adelson may donate as much as $100 million, a source with knowledge of his donations told CNN.", "told",
     "a source with knowledge of his donations", "source", "anonymous"),
    ("The hostages were held there, a U.S. official with direct knowledge of the operation told CNN.", "told",
     "a U.S. official with direct knowledge of the operation", "U.S. official", "anonymous"),
    # "prosecutors for ...": the prosecutors speak, not the court or the company
    ("Prosecutors for Apple argued at a court hearing Monday that the two men are flight risks.", "argued",
     "Prosecutors for Apple", "prosecutors", "government"),
    # counterexamples: a label with no "of" after it, and "with" before a noun that no "of" follows
    ("Rep. Greg Walden (R-Ore.) says the bill is dead.", "says", "Rep. Greg Walden (R-Ore.)", "Greg Walden",
     "politician"),
    ("He met with knowledge workers who said it was over.", "said", "knowledge workers who", "knowledge workers",
     "public"),
])
def test_a_party_label_or_knowledge_of_inside_a_source(text, cue, source, speaker, group):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = _with_cue(extract, text, cue)
        assert [(a.source.text if a.source else None, a.speaker, a.speaker_group) for a in found] == [
            (source, speaker, group)]


def test_an_indefinite_anonymous_source_is_nobody_named_before():
    text = ("Captors demanded money, according to an official with GlobalPost, the online publication. Later, a U.S. "
            "official told CNN it was over.")
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [(a.speaker, a.speaker_group, a.anonymous) for a in _with_cue(extract, text, "told")] == [
            ("U.S. official", "anonymous", True)]


@pytest.mark.parametrize("text, cue, speaker, group", [
    # a country's name as a surname after a first name, an initial or a rank (AllSides); was the country
    ("Rep. Jim Jordan, R-Ohio, said it is pure insanity to defund the police.", "said", "Jim Jordan", "politician"),
    ("Tulsa police chief Chuck Jordan said no weapon was recovered.", "said", "Chuck Jordan", "government"),
    ("Navy Vice Adm. William D. French said 14 people were injured.", "said", "William D. French", "military"),
    ("Police Sgt. Lamont Washington said it was quiet.", "said", "Lamont Washington", "other"),
    # a country's name ending an organisation's name: the organisation, of no known group
    ("Families USA said over 70 percent of those insured will qualify.", "said", "Families USA", "other"),
    ("Enroll America said the uninsured should sign up.", "said", "Enroll America", "other"),
    # a rank (`rank = true`): the name without it, and the group of a title just before it
    ("LAPD Lt. Chris Ramirez said the cache was huge.", "said", "Chris Ramirez", "other"),
    ("Base commander Capt. Tim Kinsella said the base would remain closed.", "said", "Tim Kinsella", "military"),
    # ranks of more than one word, and ranks only soldiers hold (AllSides; were "Major Bert Puckett", "Chelsea
    # Manning" of no group)
    ('"That deployment was like being in the ring with Mike Tyson for a year," said the battalion\'s former Command '
     'Sgt. Major Bert Puckett.', "said", "Bert Puckett", "other"),
    ("Sgt. First Class Cory Remsburg acknowledged that the crowd was big.", "acknowledged", "Cory Remsburg", "other"),
    ("In 2013, U.S. Army Pfc. Chelsea Manning was convicted of the Espionage Act after disclosing classified military "
     "information to WikiLeaks.", "disclosing", "Chelsea Manning", "military"),
    ("Army Spc. Jane Doe said the convoy was hit.", "said", "Jane Doe", "military"),
    # counterexamples: a government's alias after a name, a country after a determiner, an ally or a conjunction
    ("The Obama administration said it was fine.", "said", "Obama administration", "government"),
    ("The Social Security Administration has indicated that it will act.", "has indicated", "United States",
     "government"),
    ("US ally Israel said it would strike.", "said", "Israel", "government"),
    ("If Pyongyang refuses to talk, the talks fail.", "refuses", "North Korea", "government"),
    # an organisation's one-word name after a first name or an honorific is a person's surname (AllSides); was the
    # news agency Bloomberg
    ("New York Mayor Michael Bloomberg said soothing words are nice.", "said", "Michael Bloomberg", "politician"),
    ("Michael Bloomberg is running. Mr. Bloomberg said he would spend his own money.", "said", "Michael Bloomberg",
     "politician"),
    ("I\u2019m supporting Mike Bloomberg for president. He said little more.", "said", "Michael Bloomberg",
     "politician"),
    ("Mr. Bloomberg said it was fine.", "said", "Bloomberg", "other"),
    # a listed alias that is the first word of the name (a family name written first)
    ("During his visit, Xi declared that the spread of the disease had been curbed.", "declared", "Xi Jinping",
     "government"),
    # a common-word organisation's name written with its "The" (was "Hill", of no group)
    ("The Hill reported earlier Friday that the president was expected to ask for $5.5 billion.", "reported",
     "The Hill", "media"),
    # counterexamples: the organisation alone, the surname without "The", and an organisation's name of two words
    # after the honorific
    ("Bloomberg reported that the talks had stalled.", "reported", "Bloomberg", "media"),
    ("Anita Hill testified in 1991. Hill said it was wrong.", "said", "Anita Hill", "other"),
    ("Mr. Trump's campaign declined to comment.", "declined", "Trump campaign", "politician"),
])
def test_a_country_or_an_organisation_as_a_surname_and_ranks(text, cue, speaker, group):
    _assert_speaker(text, cue, speaker, group)


def _assert_speaker(text: str, cue: str, speaker: str, group: str) -> None:
    """The one attribution with `cue` has `speaker` and `group`, in the pure and the compiled extractor."""
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = _with_cue(extract, text, cue)
        assert [(a.speaker, a.speaker_group) for a in found] == [(speaker, group)]


@pytest.mark.parametrize("text, country", [
    # a surname that is a country's name gives no country (AllSides; was Jordan, Spain, France)
    ("Rep. Jim Jordan, R-Ohio, said it is pure insanity to defund the police.", "United States"),
    ("GOP strategist Ken Spain said the map is more likely to expand.", "United States"),
    ("Navy Vice Adm. William D. French said 14 people were injured.", None),
    # counterexample: the country itself
    ("US ally Israel said it would strike.", "Israel"),
])
def test_a_surname_that_is_a_country_gives_no_country(text, country):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [a.country for a in extract(Document("d", text))] == [country]


def test_a_rank_is_referred_back_to():
    text = "Police Sgt. Lamont Washington said it was quiet. The sergeant said it was over."
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [a.speaker for a in extract(Document("d", text))] == ["Lamont Washington", "Lamont Washington"]


@pytest.mark.parametrize("text, cue, source, speaker", [
    # a capitalised word of time opening the sentence is no part of the source or the name (AllSides)
    ("He was known as a developer. Later Trump backed the role of government-sponsored health care.", "backed",
     "Trump", "Donald Trump"),
    ("That hasn't happened yet. Later the department said that a pay cut would amount to 14 days of pay.", "said",
     "the department", "department"),
    ("Yesterday CBS News reported that half of the agents do paper work.", "reported", "CBS News", "CBS News"),
    # counterexamples: the word in lower case after a determiner, and a name that holds it
    ("An earlier version of this story incorrectly stated that the 30% of Hispanics are a majority.",
     "incorrectly stated", "An earlier version of this story", "earlier version of this story"),
    ("USA Today reported that it was over.", "reported", "USA Today", "USA Today"),
])
def test_a_word_of_time_opening_the_sentence(text, cue, source, speaker):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = _with_cue(extract, text, cue)
        assert [(a.source.text if a.source else None, a.speaker) for a in found] == [(source, speaker)]


@pytest.mark.parametrize("text, cue, speaker, group", [
    # a heading or video label in capitals before a first name is no part of the name (AllSides)
    ("CLOSE Hillary Clinton said she's sorry she didn't win the election. USA TODAY NETWORK", "said",
     "Hillary Clinton", "politician"),
    ("KEY POINTS Mia Khalifa criticized BangBros for allegedly capitalizing on Eric Garner's death", "criticized",
     "Mia Khalifa", "other"),
    ("CPAC Wayne LaPierre told conservative activists on Saturday that the governor hates the group.", "told",
     "Wayne LaPierre", "ngo"),
    # counterexamples: capitals that are the first name, and a name written all in capitals
    ("DJ Jaffe said the law was a failure.", "said", "DJ Jaffe", "other"),
    ("KC Matthews said the law was a failure.", "said", "KC Matthews", "other"),
    ("JUAN GONZÁLEZ: We turn now to the news.", ":", "Juan González", "other"),
])
def test_a_heading_in_capitals_is_no_part_of_a_name(text, cue, speaker, group):
    _assert_speaker(text, cue, speaker, group)


@pytest.mark.parametrize("text, cue, speaker, group", [
    # an imperative, a caption's word, a weekday or a month before a first name is no part of the name, nor of the
    # name a later surname stands for (AllSides; was "Watch Elizabeth Warren", "Take Sean Hannity", "Image Jeb Bush",
    # "Sunday Bob Dole", "October Jay Willis", "Soy Rob Portman", "Consider Walter Podrazik")
    ("Watch Elizabeth Warren says she has a plan. Warren noted the profits made by the private insurance industry.",
     "noted", "Elizabeth Warren", "politician"),
    ("Take Sean Hannity, who on March 9 called it a hoax.", "called", "Sean Hannity", "media"),
    ("Image Jeb Bush took a harsher tone. Bush said the idea was wrong.", "said", "Jeb Bush", "politician"),
    ("On Sunday Bob Dole spoke on television. Dole said the party should be closed for repairs.", "said", "Bob Dole",
     "other"),
    ("On 16 October Jay Willis, a writer, called for the abolition of the Senate. Willis said the Senate favors small "
     "states.", "said", "Jay Willis", "other"),
    ("He introduced himself by saying, “Soy Rob Portman, candidato para el Senado.” Mr. Portman said the crowd was "
     "loud.", "said", "Rob Portman", "other"),
    ("Consider Walter Podrazik’s class on mass media. Podrazik said the students were bored.", "said",
     "Walter Podrazik", "other"),
    # counterexamples: a month that is a first name, and such a word before no first name
    ("April Ryan asked about the briefing. Ryan said it was cancelled.", "said", "April Ryan", "other"),
    ("Watch Tower officials said the meeting was over.", "said", "Watch Tower officials", "anonymous"),
])
def test_an_imperative_or_a_date_before_a_first_name_is_no_part_of_it(text, cue, speaker, group):
    _assert_speaker(text, cue, speaker, group)


# A participle's source is the earlier cue's of its sentence only where that cue has one; after a cue with none (a
# question opening the sentence, a cue of no one) it is the sentence's subject (BASIL: "Mr. Santorum did not back down,
# saying", was no source; AllSides: Shelby, Nixon, Boehner), and after a participle clause whose quotation's comma
# stands inside the closing mark, the main clause's subject ("Calling Mr. Trump a “sniveling coward,” Mr. Cruz told").
# A quotation's first word is no subject of the narrator's sentence ("“And I cannot see ...” by refusing").
@pytest.mark.parametrize("text, cue, source", [
    ("Asked whether he was suggesting that Mr. Obama lacked sympathy for the disabled, Mr. Santorum did not back down, "
     "saying, \u201cI think the president has a very bad record on the issue of abortion.\u201d", "saying",
     "Mr. Santorum"),
    ("Asked if the Department of Homeland Security would be another sticking point, Shelby hedged, noting that "
     "building the wall was a multiyear effort and the \u201cdebate won\u2019t end.\u201d", "noting", "Shelby"),
    ("House Speaker John A. Boehner, Ohio Republican, was among the lawmakers speaking out against the agreement, "
     "calling it \u201cunacceptable.\u201d", "calling", "House Speaker John A. Boehner"),
    ("Calling Mr. Trump a \u201csniveling coward,\u201d Mr. Cruz told his rival to \u201cleave Heidi the hell "
     "alone.\u201d", "Calling", "Mr. Cruz"),
    ("Trump told reporters \u201cmany people\u201d have told him to fire Mueller, adding, \u201cwe\u2019ll see what "
     "happens.\u201d", "adding", "Trump"),  # (was the source of "have told", none)
    ("\u201cHong Kong will have to take instructions from Beijing on this,\u201d predicts Michael Davis, a Politics "
     "professor at Hong Kong University. \u201cAnd I cannot see how Beijing benefits from tweaking the US\u201d by "
     "refusing an extradition request.", "refusing", None),  # (was "I")
    # counterexample: an earlier cue's source is inherited
    ("Kerry said the talks had failed, adding that the two sides would meet again.", "adding", "Kerry"),
])
def test_a_participle_after_a_cue_of_no_one_has_the_sentences_subject(text, cue, source):
    assert _sources_of(text, cue) == [source]



# The subject of a sentence opening with a quotation follows the quotation (PolNeAR dev: "Blige", was "Promise", the
# quotation's first word); a sentence adverb is no subject ("Clearly we have reason to question", AllSides: was
# "Clearly"; "Unsurprisingly", "Obviously", "Incidentally").
@pytest.mark.parametrize("text, cue, source", [
    ("\u201cPromise mama you\u2019ll keep your hands in sight,\u201d Blige sings to Clinton before asking her, \u201cI "
     "just want to know, where do we go from here?\u201d", "asking", "Blige"),
    ("Clearly we have reason to question whether or not he has the ability to do the job.", "to question", "we"),
    ("Unsurprisingly, the report got an immediate response from the National Alliance for Public Charter Schools, "
     "arguing against any regulation on charters.", "arguing against", None),
])
def test_a_sentences_subject_is_no_quotations_word_and_no_sentence_adverb(text, cue, source):
    assert _sources_of(text, cue) == [source]


# A sentence's subject read for a participle or an infinitive keeps a lower-case head after its capitalised modifiers,
# and a name after the head ("Radio host Hugh Hewitt", was "Radio"; "The Trump administration", was "The Trump";
# "Intelligence officials", was "Intelligence"); a possessive opening it may stand before a head and a name ("His chief
# strategist John Weaver", was "His").
@pytest.mark.parametrize("text, cue, source", [
    ("White House press secretary Josh Earnest got into a tense exchange Tuesday over a shooting last month at a "
     "kosher supermarket in Paris, saying \u201cthere were people other than Jews who were in that deli.\u201d",
     "saying", "White House press secretary Josh Earnest"),
    ("The Trump administration moved on Thursday to suspend security assistance to Pakistan, signaling a new attempt "
     "to pressure Islamabad to crack down on terrorist networks operating in the country.", "signaling",
     "The Trump administration"),
    ("Intelligence officials recently briefed Senators about a yearslong Russian effort to falsely blame Ukraine for "
     "interfering in the 2016 race, The New York Times reported Friday.", "to falsely blame", "Intelligence officials"),
    ("Base spokeswoman Jasmine Porterfield didn't specify what was found, noting the search-and-rescue mission "
     "remained underway.", "noting", "Base spokeswoman Jasmine Porterfield"),
    # counterexamples: no head after the capitalised words; a preposition before a head is no modifier of it
    ("House Speaker John A. Boehner, Ohio Republican, was among the lawmakers speaking out against the agreement, "
     "calling it \u201cunacceptable.\u201d", "calling", "House Speaker John A. Boehner"),
    ("But his intervention to press Egypt to delay the Security Council vote disrupted a sensitive diplomatic "
     "negotiation, and muddied perhaps Mr. Obama\u2019s final opportunity to make a statement on the stalled Middle "
     "East peace process.", "to make a statement", "his"),
])
def test_a_sentences_subject_keeps_its_head_and_the_name_after_it(text, cue, source):
    assert _sources_of(text, cue) == [source]


def test_a_subjects_head_and_name_give_the_speaker():
    _assert_speaker("Radio host Hugh Hewitt, who has been urging listeners to support Trump for weeks, joined the "
                    "chorus of voices seeking Trump's ouster, citing \"more and worse oppo\" to come.", "citing",
                    "Hugh Hewitt", "media")


# "nevertheless", "nonetheless" and "instead" stand between a source and its cue ("Schiff nevertheless asserted": was
# the source "Schiff nevertheless"; "the President has instead sought praise ..., saying": was "instead").
@pytest.mark.parametrize("text, cue, source", [
    ("Calling the evidence against the president \u201coverwhelming, unchallenged and damning,\u201d Schiff "
     "nevertheless asserted that investigative work would continue.", "nevertheless asserted", "Schiff"),
    ("In fact, the President has instead sought praise for his handling of Hurricane Maria, saying earlier this week "
     "that it was \"an incredible, unsung success.\"", "saying", "the President"),
    ("Congress instead called for the money to be used to finance research on children\u2019s diseases at the National "
     "Institutes of Health.", "instead called for", "Congress"),
    # counterexample: an adverb that opens the sentence is still no source
    ("Nonetheless, officials said the plan would go ahead.", "said", "officials"),
])
def test_a_concessive_adverb_stands_between_source_and_cue(text, cue, source):
    assert _sources_of(text, cue) == [source]


# Nouns that read as verbs: "shows" of a kind ("talk shows", "game shows") and "voices" ("the chorus of voices
# seeking"; AllSides: 36 of 37 such "voices" are nouns) are no cues; a poll's "shows" and a headline's "SHOW" are.
@pytest.mark.parametrize("text, cues", [
    ("Nixon appeared on most of the political talk shows on Sunday, calling the tactics of the St. Louis County Police "
     "\"aggressive.\"", ["calling"]),
    ("Radio host Hugh Hewitt joined the chorus of voices seeking Trump's ouster.", ["seeking"]),
    # counterexamples
    ("A new study shows that the two emerging countries will gain the most.", ["shows"]),
    ("EXCLUSIVE: FBI TEXTS OBTAINED BY FOX NEWS SHOW DOJ WARNED OF 'BIAS' IN KEY SOURCE", ["SHOW"]),
])
def test_nouns_of_shows_and_voices_are_no_cues(text, cues):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [a.cue.text for a in extract(Document("d", text)) if a.cue is not None] == cues


# A participle right after a time ("spent much of the day asking", "issued a memo Tuesday calling") belongs to the
# clause the time ends: its source is that clause's subject (AllSides: was none), where only lower-case words of the
# same clause stand between them.
@pytest.mark.parametrize("text, cue, source", [
    ("His chief strategist John Weaver issued a memo Tuesday calling Kasich \u201cthe key\u201d to stopping Trump.",
     "calling", "His chief strategist John Weaver"),
    ("Democrats spent much of the day asking Mueller to confirm episodes detailed in his report, focusing on the "
     "president's efforts to thwart the investigation.", "asking", "Democrats"),
    ("Top contenders for the Democratic nomination spent the last few days criticizing Mr. Trump for his approach to "
     "Iran.", "criticizing", "Top contenders"),  # (a phrase of the subject's opened by a preposition)
    # counterexamples: the time ends another clause than the subject's
    ("Pence\u2019s comments come after the president tweeted early Tuesday saying that the government had sent just "
     "400 ventilators to New York.", "saying", None),
    ("Tillerson will take with him to Moscow a statement the G7 ministers issued Tuesday calling on Russia to join the "
     "West.", "calling on", None),
])
def test_a_participle_after_a_time_has_its_clauses_subject(text, cue, source):
    assert _sources_of(text, cue) == [source]


# A date of a day ("on May 1") or a time before "later"/"earlier" ("10 days later") between a source and its cue is no
# source (AllSides: the sources "May 1", "April 30", "June 30", "a few months", "the Supreme Court on October 6").
@pytest.mark.parametrize("text, cue, source", [
    ("Holcomb on May 1 announced the state's plans for a 5-stage phased reopening.", "announced", "Holcomb"),
    ("On April 10, Gov. Ned Lamont extended the state's stay-at-home order through May 20, and on April 30 announced "
     "that date is when the state is expected to start the first step.", "announced", "Gov. Ned Lamont"),
    ("A federal judge on November 12 affirmed the Fourth Circuit Court's ruling.", "affirmed", "A federal judge"),
    ("This harks back to 2008, when North Korea destroyed the cooling tower of its reactor, but a few months later "
     "refused to accept verification requirements.", "later refused", None),
    # counterexamples: a month without a day is read as before; a number after a name is no day of a date
    ("The administration in May said it would appeal.", "said", "The administration"),
    ("Grade 12 students said the test was too long.", "said", "Grade 12 students"),
])
def test_a_date_before_a_cue_is_no_source(text, cue, source):
    assert _sources_of(text, cue) == [source]


# "the company" stands for a company named just before it by a name ending in a company suffix ("Incyte Corp.",
# "Caterpillar Inc."), which the organisation list need not hold (AllSides: was Tesla, the company that spoke last, and
# "company").
@pytest.mark.parametrize("text, speaker", [
    ("For 2019, Tesla said it delivered 367,500 vehicles. Incyte Corp.\u2019s stock INCY slumped 9.4% after the "
     "company said a key study of an experimental drug failed to hit its goal.", "Incyte Corp"),
    ("A 2012 strike at Caterpillar Inc. had similar results. Union machinists at an Illinois plant walked off the job "
     "after the company demanded a wage freeze and benefit cuts.", "Caterpillar Inc"),
    # counterexample: a person's name is no company's
    ("For 2019, Tesla said it delivered 367,500 vehicles. Elon Musk celebrated after the company said it would "
     "expand.", "Tesla"),
])
def test_the_company_stands_for_a_company_named_with_its_suffix(text, speaker):
    cue = "demanded" if "demanded" in text else "said"
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [a for a in extract(Document("d", text)) if a.source is not None and a.source.text == "the company"]
        assert [(a.cue.text, a.speaker, a.speaker_group) for a in found] == [(cue, speaker, "business")]


# A possessive opening a sentence's subject before a speaking head is no subject by itself: the head is ("His
# supporters are quick to point out", "His parents ... have filed a lawsuit, accusing"; AllSides: were "His", resolved
# to Michael Cohen and Donald Trump); a document's head leaves its owner the source ("His speech ..., reminding").
@pytest.mark.parametrize("text, cue, source", [
    ("The political environment does not favor Trump. His supporters are quick to point out that two-thirds of the "
     "country says we are headed in the wrong direction.", "to point out", "His supporters"),
    ("His parents, Fred and Cindy Warmbier, have filed a wrongful death lawsuit, accusing the government of torturing "
     "and killing their son.", "accusing", "His parents"),
    ("Now, its member states are intensely focused on ISIS, a relatively new terrorist group that has rampaged through "
     "the Middle East, executing American journalists and threatening more Westerners' lives.", "threatening",
     "its member states"),
    # counterexamples: a document's head, and a quantifier
    ("His speech continued the campaign's concerted effort to reach out to skeptical female voters, reminding the "
     "audience that his strong mother ran for Senate.", "reminding", "His"),
    ("Yet her most recent remarks \u2014 encouraging public confrontation with Cabinet members \u2014 rankled some of "
     "those colleagues.", "encouraging", "her"),
])
def test_a_possessive_before_a_speaking_head_is_no_subject_by_itself(text, cue, source):
    assert _sources_of(text, cue) == [source]


# Right after "make", "made" or "making" a cue's word is a noun (bare_noun_light_verbs), and after "make" only the
# light_verb_nouns make a cue, with the subject before it as the source, where what they report follows: "made reference
# to", "made insulting comments about"; "made calls on", "made brief remarks Sunday", "made similar remarks that same
# day" make none (AllSides: were sources "He made", "made", "insulting", "brief", "similar"); "issue" and "release" are
# nouns too ("A source close to the issue said").
@pytest.mark.parametrize("text, pairs", [
    ("House Speaker Paul Ryan declined Thursday to support a proposal made by Democrats. He made reference to the "
     "shooter's possible mental illness but said Congress had passed legislation to deal with that question.",
     [("House Speaker Paul Ryan", "declined"), ("He", "made reference"), ("He", "said")]),
    ('Rep. Adam Schiff, D-Calif., chairman of the House Intelligence Committee, made brief remarks Sunday afternoon '
     'about the second whistleblower at a screening of the film "The Great Hack" in Los Angeles.', []),
    ("But VEXAG must be responsive to available funding, which happens when NASA makes calls for proposals for cheaper "
     "Discovery missions.", []),
    ('Trump made insulting comments about MSNBC personalities Mika Brzezinski and Joe Scarborough on Twitter in June '
     '2017, calling Brzezinski "crazy."', [("Trump", "made insulting comments about"), ("Trump", "calling")]),
    # counterexamples: no report after the noun; "issue" a noun; a light verb's noun cue as before
    ("Sen. Bernie Sanders made similar remarks that same day.", []),
    ("A source close to the issue said Schumer and Ryan did not negotiate any specifics.",
     [("A source close to the issue", "said")]),
    ("Trump made a reference to the wall.", [("Trump", "made a reference")]),
])
def test_a_cue_word_after_make_is_a_noun(text, pairs):
    assert _sources_and_cues(text) == pairs


# A subject pronoun after a sentence's end the splitting missed, or after a dash, is the source by itself, as after a
# noun ("something he acknowledges"): AllSides had the sources "2. He", "Medicare Part D. He", "its own prosecutors.
# they", "new rules aimed at stopping abuse -- he" and "mind you -- I".
@pytest.mark.parametrize("text, cue, source", [
    ("2. He has threatened to revoke licenses of media organizations whose coverage he dislikes.", "has threatened",
     "He"),
    ("Ryan had voted for Bush's deficits, on Medicare Part D. He proposed a Social Security privatization scheme.",
     "proposed", "He"),
    ("The Justice Department overruled its own prosecutors. they had initially recommended in a court filing that "
     "Stone be sentenced to 7 to 9 years.", "had initially recommended", "they"),
    ("Two years later in 2010 -- the same year that he issued new rules aimed at stopping abuse -- he said abusive "
     "priests disfigured their ministry.", "said", "he"),
    ("I don't have a problem with Cruz's stance, mind you -- I just think it's disingenuous.", "just think", "I"),
    # counterexamples: pronouns joined by "and" stay one source; a pronoun after a name and a comma is as before
    ("He and I said the plan would work.", "said", "He and I"),
    ("Obama, he said, was wrong.", "said", "he"),
])
def test_a_pronoun_after_a_missed_sentence_end_or_a_dash_is_the_source(text, cue, source):
    assert _sources_of(text, cue) == [source]


# "it" ending the words before "seem" or "appear", or before a passive cue, is impersonal where a phrase of time or
# place, or a dash, comes before it, as at a sentence's start ("It seems"): nobody speaks (AllSides: were the sources
# "today it", "a long time it", "the census -- it", "President Obama it", resolved to the Supreme Court, nobody and
# Barack Obama). Not where "it" is an object ("living it").
@pytest.mark.parametrize("text, cue, source, anonymous", [
    ("Yet today it seems that many college administrators choose to ignore their obligations.", "seems", None, False),
    ("For a long time it was assumed that Senators were unsuited for the task of the presidency.", "was assumed", None,
     True),
    ("And many, mostly Republicans it seems, are eating it up.", "seems", None, False),
    ("Often -- as in the case of the census -- it seems as if the long odds in court do not deter the President.",
     "seems", None, False),
    ("If you look at the latest poll just as it relates to President Obama it seems unimaginable that he wins.",
     "seems", None, False),
    # counterexamples: "it" an object, or not the last word
    ("The people who are living it don't talk about wrongdoing.", "don't talk about", "The people who are living it",
     True),
    ("It is alleged that he lied.", "is alleged", None, True),
])
def test_it_after_a_phrase_before_seem_or_a_passive_is_impersonal(text, cue, source, anonymous):
    found = [a for a in _extract(text) if a.cue is not None and a.cue.text == cue]
    assert [(a.source.text if a.source else None, a.anonymous) for a in found] == [(source, anonymous)]
    assert _sources_of(text, cue) == [source]


# An impersonal passive with an agent ("it was reported by CNN", "It was backed by most Shiite members") has the agent
# as its source, and the clause after it as content where "that" opens one; before, "it" was anonymous and the content
# "by CNN and CBS News that ..." (AllSides: five such passives).
@pytest.mark.parametrize("text, cue, source, content", [
    ("Earlier this week it was reported by CNN and CBS News that Mr Manafort was wiretapped by the FBI.",
     "was reported", "CNN and CBS News", "that Mr Manafort was wiretapped by the FBI"),
    ("Initially, it was portrayed by the Obama administration that bin Laden had died during a firefight.",
     "was portrayed", "the Obama administration", "that bin Laden had died during a firefight"),
    ("It was backed by most Shiite members of parliament, who hold a majority of seats.", "was backed",
     "most Shiite members of parliament", "It"),
    ("It will also be opposed by some Senate Republicans.", "will also be opposed", "some Senate Republicans", "It"),
    # counterexample: no agent
    ("It was claimed that the vote was rigged.", "was claimed", None, "that the vote was rigged"),
])
def test_an_impersonal_passives_agent_is_its_source(text, cue, source, content):
    found = [a for a in _extract(text) if a.cue is not None and a.cue.text == cue]
    assert [(a.source.text if a.source else None, a.content.text) for a in found] == [(source, content)]
    assert _sources_of(text, cue) == [source]


# A month after a preposition before a determiner opens no source, as a year does ("In January the president called";
# AllSides: were the sources "January the president", "February the president", "May the U.S."); and "something",
# "anything", "nothing" or "everything" before a noun phrase is the object of a clause whose "that" is left out, whose
# subject is the source ("something polls indicate", "something no one thinks"; were "something polls", "something no
# one", "something a few members", "everything our churches").
@pytest.mark.parametrize("text, cue, source", [
    ("In January the president called his intelligence chiefs passive and naive.", "called", "the president"),
    ("When talks broke down in May the U.S. accused China of backtracking on earlier pledges.", "accused", "the U.S."),
    ("During a segment on electability - something polls indicate Democratic voters care deeply about - the "
     "moderates began.", "indicate", "polls"),
    ("She said the wheels must spin together, something no one thinks has been the case in this battle.", "thinks",
     "no one"),
    ("The House bill includes a repeal of the mandate, something a few members had been pushing all along.",
     "had been pushing", "a few members"),
    ("Nothing Trump said mattered, he argued.", "said", "Trump"),
    # counterexamples: a month opening a name's place ("Theresa May"), "something else", an adjective
    ("Theresa May the prime minister said it would pass.", "said", "Theresa May the prime minister"),
    ("Something else happened, officials said.", "said", "officials"),
    ("Something new emerged, the report said.", "said", "the report"),
])
def test_a_month_or_an_indefinite_object_before_the_subject_is_no_source(text, cue, source):
    assert _sources_of(text, cue) == [source]


# "soon" between a source and its cue is an adverb of the cue, as "later" is (AllSides: were the sources "Kelly
# soon", "Ford soon", "Police spokesman Chris Kelly soon", "Republican Rep. Allen West of Florida soon").
@pytest.mark.parametrize("text, cue, source", [
    ("Police spokesman Chris Kelly soon described a suspect as an adult male.", "soon described",
     "Police spokesman Chris Kelly"),
    ("Republican Rep. Allen West of Florida soon announced via Facebook that he agreed with Welch.", "soon announced",
     "Republican Rep. Allen West of Florida"),
    ("Trump says that he'll soon announce his choice for a new justice.", "soon announce", "he'll"),
    # counterexample: "Soon" opening the sentence before another clause
    ("Soon after reading the transcript, Hunter said his father asked him about it.", "said", "Hunter"),
])
def test_soon_before_a_cue_is_no_part_of_the_source(text, cue, source):
    assert _sources_of(text, cue) == [source]


# A report set off as an aside between a subject and its verb (", he said,", ", as the BBC says,") names the speaker
# of the words around it: the later report's source is the subject before the aside, and the aside's content holds
# the later report. An appositive ending in a word that may be a verb stays the source's.
@pytest.mark.parametrize("text, expected", [
    ("Those verses, Mather said, seem to run contrary to the policy Sessions was defending.",
     [("Mather", "said"), ("Those verses", "seem")]),
    ("Kushner, the official said, told Scarborough to call the president.",
     [("the official", "said"), ("Kushner", "told")]),
    ("Nobody, Reid asserts, knows how to poll Nevada better than Mellman.", [("Reid", "asserts"), ("Nobody", "knows")]),
    ('The army, as the BBC says, has pledged to allow "peaceful protests."',
     [("the BBC", "says"), ("The army", "has pledged")]),
    ("Petraeus, the lawmakers said, said that he always believed the attack was a terrorist strike.",
     [("the lawmakers", "said"), ("Petraeus", "said")]),
    # counterexamples: appositives
    ("Rep. Patty Murray of Washington, the key negotiator on the Democratic side, echoed Ryan.",
     [("Rep. Patty Murray of Washington, the key negotiator on the Democratic side", "echoed")]),
    ("Amy Kremer, the leader of Tea Party Express, blasted the plan.",
     [("Amy Kremer, the leader of Tea Party Express", "blasted")]),
    ("Gen. John Hyten, commander of U.S. Strategic Command, described the threat as grave.",
     [("Gen. John Hyten, commander of U.S. Strategic Command", "described")]),
])
def test_a_report_set_off_as_an_aside_is_no_part_of_the_later_source(text, expected):
    assert _sources_and_cues(text) == expected


@pytest.mark.parametrize("text, cue, content", [
    ("Those verses, Mather said, seem to run contrary to the policy Sessions was defending.", "said",
     "Those verses, Mather said, seem to run contrary to the policy Sessions was defending"),
    ("Kushner, the official said, told Scarborough to call the president.", "said",
     "Kushner, the official said, told Scarborough to call the president"),
    # counterexample: the later verb is the aside's speaker's own
    ("Still, he argued, Facebook should have the right to make these decisions and predicted that the company would "
     "prevail.", "argued", "Still, he argued, Facebook should have the right to make these decisions"),
])
def test_an_asides_content_holds_the_report_around_it(text, cue, content):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        assert [a.content.text for a in extract(Document("d", text)) if a.cue.text == cue] == [content]


# A participle of publishing right after a document's head opens a reduced relative clause (list
# `publishing_participles`): the document was published, nobody reports with it; a source ending such a clause right
# before its cue starts at the document ("A report published Friday in the New Yorker revealed"). A verb of the
# clause stops it.
@pytest.mark.parametrize("text, expected", [
    ("The independent senator announced his campaign in an email and a video posted on his Twitter account, telling "
     "his supporters, “Real change never takes place from the top down.”",
     [("The independent senator", "announced"), ("The independent senator", "telling")]),
    ("A report published Friday in the New Yorker revealed that the woman did not want to come forward.",
     [("A report published Friday in the New Yorker", "revealed")]),
    ("A poll released Thursday by Quinnipiac University shows Biden ahead.",
     [("A poll released Thursday by Quinnipiac University", "shows")]),
    ("A video posted to social media shows crowds of men shouting.", [("A video posted to social media", "shows")]),
    ("A statement released Monday night by relatives said he was innocent.",
     [("A statement released Monday night by relatives", "said")]),
    # counterexample: the clause's verb ends it
    ("The data released on Tuesday comes as the Senate prepares to reject the bill.", [("the Senate", "to reject")]),
])
def test_a_documents_participle_of_publishing_opens_a_reduced_relative(text, expected):
    assert _sources_and_cues(text) == expected


# "who" after a person's noun, "in" or "at" and a place's or a body's name is the person's: the source reaches back to
# the noun, which speaks, or the name its appositive describes (real AllSides sentences, some shortened; all 37,554
# articles: 65 records changed, "Colorado who" -> a baker, "Los Angeles who" -> Jessica Levinson).
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("Earlier this month it ruled in favour of a baker in Colorado who refused to make a wedding cake for a gay couple.",
     "refused", "a baker in Colorado who", "baker"),
    ("“He will look the part,” said Carter Phillips, a partner at Sidley Austin who has argued dozens of cases before "
     "the Supreme Court.", "has argued", "a partner at Sidley Austin who", "Carter Phillips"),
    ("They couldn’t require that candidates be Protestant, said Jessica Levinson, a professor at Loyola Law School in "
     "Los Angeles who focuses on election law.", "focuses on", "a professor at Loyola Law School in Los Angeles who",
     "Jessica Levinson"),
    ("Then there is the case of a former maintenance worker at the Trump National Golf Club in New Jersey who claimed "
     "he faced intense harassment.", "claimed",
     "a former maintenance worker at the Trump National Golf Club in New Jersey who", "former maintenance worker"),
    ("On the other, there was the pro-Russian separatist leader in Luhansk who announced the formation of an army.",
     "announced", "the pro-Russian separatist leader in Luhansk who", "pro-Russian separatist leader"),
    ("Koko Warner, a manager in the U.N. Climate Change secretariat who helped write a report chapter, told The "
     "Associated Press that it was scary.", "write", "a manager in the U.N. Climate Change secretariat who",
     "Koko Warner"),
    # counterexamples: a person's name before "who" after a noun of no person
    ("She takes a dig at Chief Justice John Roberts who wrote once, “The way to stop it is to stop it.”", "wrote",
     "Chief Justice John Roberts who", "John Roberts"),
])
def test_who_after_a_named_place_is_the_persons(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == [(source, speaker)]


@pytest.mark.parametrize("text, cue, not_start", [
    ("He railed against The Washington Post and four women of color in Congress who called themselves “the Squad.”",
     "called", "color"),
    ("Officials promoted a project to build nuclear power plants in Saudi Arabia despite the objections of lawyers who "
     "warned that the plan could violate laws.", "warned", "build"),
])
def test_who_after_a_noun_of_no_person_and_a_place_is_not_the_nouns(text, cue, not_start):
    assert [a for a in _extract(text) if a.cue.text == cue and a.source.text.startswith(not_start)] == []



# A relative pronoun after a verb and its object stands for the object, not for the clause before it (real AllSides
# sentences, some shortened; all 37,554 articles: 119 records changed, speakers "alienated many" -> "many", "not the
# hackers" -> "hackers"); the phrase after a preposition or an adjective in -ed stays whole.
@pytest.mark.parametrize("text, cue, speaker", [
    ("Those policies, credited by some with modernising Britain, alienated many, who saw her as a destroyer of "
     "communities.", "saw", "many"),
    ("It was the media in her pocket, not the hackers, who sought to deceive the voters.", "sought", "hackers"),
    ("But the decision didn't impress the Girl Scout organization, which noted no new, substantive information.",
     "noted", "Girl Scout organization"),
    ("The decision infuriated the likes of Thomas Jefferson, who viewed federal power as far more limited under the "
     "Constitution.", "viewed", "Thomas Jefferson"),
    ("Attorney General William Barr later summarized the findings, which said there was no coordination between Moscow "
     "and Trump's team.", "said", "findings"),
    ("The assertion irked several longtime party stalwarts, who pointed out that such calls have long been considered "
     "part of the job.", "pointed out", "several longtime party stalwarts"),
    # counterexamples: a preposition's object or an adjective in -ed before the noun is part of the antecedent
    ("I got a phone call from the executive director of the presidential debate commission, who said they were "
     "wondering.", "said", "executive director of the presidential debate commission"),
    ("The Guardian spoke to one of the six, who did not wish to be named out of concern for his family.",
     "did not wish", "one of the six"),
    ("After President Barack Obama faced continual attacks from so-called birthers, who claim the president was not "
     "born in the U.S., he released his birth certificate.", "claim", "so-called birthers"),
])
def test_a_relative_pronoun_after_a_verbs_object_is_the_objects(text, cue, speaker):
    found = [a.speaker for a in _extract(text) if a.cue.text == cue and a.source.text.lower() in ("who", "which")]
    assert found == [speaker]


# A passive of a report or an address names whom it was about or for, not who spoke: the source is the agent after
# "by", else nobody the text names (anonymous where a claim or a belief is reported, unnamed where someone was asked or
# told); "quoted" keeps its subject, who spoke (real AllSides sentences, some shortened; all 37,554 articles: about
# 10,800 sources changed, 10,100 of them to none; PolNeAR gives 21 of its 24 gold "was asked", "was told" no source).
@pytest.mark.parametrize("text, cue, source, speaker, group, content", [
    ("The court was asked to consider when politicians go too far in drawing lines for partisan gain.", "was asked",
     None, None, "unnamed", "to consider when politicians go too far in drawing lines for partisan gain"),
    ("Special counsel Robert Mueller is expected to submit his long-awaited report on the Trump-Russia investigation.",
     "is expected", None, None, "anonymous", "to submit his long-awaited report on the Trump-Russia investigation"),
    ("Mueller’s subpoena warning was first reported by the Washington Post, which cited four people familiar with the "
     "encounter.", "was first reported", "the Washington Post", "Washington Post", "media",
     "Mueller’s subpoena warning"),
    ("Sheriff Lombardo was asked by a reporter if he thought Paddock had carried out the attack alone.", "was asked",
     "a reporter", "reporter", "media", "Sheriff Lombardo"),
    ("As for the FBI investigation, Fox News is told by two intelligence sources that the Bureau has a solid team on "
     "the case.", "is told", "two intelligence sources", "two intelligence sources", "anonymous",
     "that the Bureau has a solid team on the case"),
    ("Section 230 is considered by tech and legal experts to be one of the most important regulations of the digital "
     "revolution.", "is considered", "tech and legal experts", "tech and legal experts", "anonymous", "Section 230"),
    # counterexamples: "quoted" keeps its subject; no agent read past a clause ("by reporters ... if he had")
    ("Snowden is quoted as saying he hopes the publicity of the leaks will provide him some protection.",
     "is quoted", "Snowden", "Edward Snowden", "public",
     "as saying he hopes the publicity of the leaks will provide him some protection"),
    ("Trump was asked by reporters in California on Friday if he had any comment on the letter.", "was asked",
     None, None, "unnamed", "by reporters in California on Friday if he had any comment on the letter"),
])
def test_a_passives_subject_is_no_source(text, cue, source, speaker, group, content):
    found = [(a.source.text if a.source else None, a.speaker, a.speaker_group, a.content.text if a.content else None)
             for a in _extract(text) if a.cue.text == cue]
    assert found == [(source, speaker, group, content)]



# A participle of a verb taking its object before the particle ("accused Clinton of"), right after a noun and before
# its particle, is a passive's: the noun is whom the report is about, and nobody the text names made it (real AllSides
# sentences, some shortened; all 37,554 articles: 339 sources changed to none); not after a relative pronoun, where the
# noun is the verb's subject ("whom they accused of", "the state court, which they accused of").
@pytest.mark.parametrize("text, cue, source, content", [
    ("Charges were filed against six Trump associates and more than two dozen Russians accused of interfering in the "
     "election.", "accused of", None, "interfering in the election"),
    ('Thirteen Russians have been charged over links to the Internet Research Agency (IRA), a Russian "troll factory" '
     "accused of spreading fake news stories through US social media.", "accused of", None,
     "spreading fake news stories through US social media"),
    # counterexamples: the verb's subject after a relative pronoun, and the active verb with its object
    ("The leaders urged the justices to overturn the ruling by the state court, which they accused of usurping the "
     "legislature’s authority over redistricting.", "accused of", "they",
     "usurping the legislature’s authority over redistricting"),
    ("Trump blamed the media for the loss.", "blamed", "Trump", "the media for the loss"),
])
def test_a_participle_taking_its_object_first_after_a_noun_is_a_passives(text, cue, source, content):
    found = [(a.source.text if a.source else None, a.content.text if a.content else None) for a in _extract(text)
             if a.cue.text == cue]
    assert found == [(source, content)]

# A participle of `raised_participles` right after a noun and before "to be" or "to have" is a passive's too: the noun
# is what is said or believed of, and the belief is nobody's the text names: no source, anonymous (real AllSides
# sentences, some shortened; all 37,554 articles: 251 sources changed); not after a subject pronoun or a relative
# pronoun, and not "expected", active as often.
@pytest.mark.parametrize("text, cue, source, anonymous, content", [
    ("A senior State Department official said that American forces also had killed Abu Hassan al-Muhajir, the man "
     "believed to be the deputy of Mr. al-Baghdadi.", "believed", None, True, "to be the deputy of Mr. al-Baghdadi"),
    ("While Christian heretics and women thought to be witches would suffer unimaginably from this association, the "
     "church prospered.", "thought", None, True, "to be witches would suffer unimaginably from this association"),
    ("Union leaders are weighing an endorsement, with several more supporters said to be waiting in the wings.", "said",
     None, True, "to be waiting in the wings"),
    ("Manafort had contacts with Konstantin Kilimnik, an aide alleged to have ties to Russian intelligence.", "alleged",
     None, True, "to have ties to Russian intelligence"),
    ("Sen. Kamala Harris (D-Calif.), who’s said to be eying a 2020 run, threw her weight behind Sanders’s bill this "
     "week.", "said", None, True, "to be eying a 2020 run"),
    # counterexamples: the verb's subject after a relative pronoun; "expected", active here; a subject pronoun
    ("Europe watched the interventions in the Balkans, which many hardliners considered to be outrageous Western "
     "aggression.", "considered", "many hardliners", False, "to be outrageous Western aggression"),
    ("Because Republicans expected to be in the minority, they had little incentive to deal.", "expected",
     "Republicans", False, "to be in the minority"),
    ("They thought to be careful with the money.", "thought", "They", False, "to be careful with the money"),
])
def test_a_participle_before_to_be_after_a_noun_is_a_passives(text, cue, source, anonymous, content):
    found = [(a.source.text if a.source else None, a.anonymous, a.content.text[:len(content)] if a.content else None)
             for a in _extract(text) if a.cue.text == cue]
    assert found == [(source, anonymous, content)]  # (the content's opening: a content may run on past a comma)

# The subject of such a passive stays the one later pronouns stand for, and a report around it keeps it in its content
# (not "as many as": the passive's subject opens its clause).
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("CIA Director John Brennan was asked by Sen. Saxby Chambliss why he didn't try to stop the interrogations. He "
     "responded that he was aware of the program.", "responded", "John Brennan", "that he was aware of the program"),
    ("The Homeland Security official said as many as 1,400 children are expected to be eventually brought to the "
     "warehouse.", "said", "Homeland Security official",
     "as many as 1,400 children are expected to be eventually brought to the warehouse"),
    ("Gina Haspel leads the agency. Nancy Pelosi said she was tough. Haspel rarely speaks publicly, but at one "
     "appearance she was asked about her record.", "was asked about", None, "her record"),
])
def test_a_passives_subject_stays_for_pronouns_and_contents(text, cue, speaker, content):
    found = [(a.speaker, a.content.text if a.content else None) for a in _extract(text) if a.cue.text == cue]
    assert found == [(speaker, content)]

# A lower-case document's head keeps the phrase of what it is about or when or where it was made: the document is the
# source and the speaker (real AllSides sentences, some shortened; were sources "this question", "Comey", "February
# 2016", "conspiracy theories"); not a relative clause or a name opening one, nor "figures", which name people too.
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("The definitive study on this question has shown that Obamacare is making this problem more acute.",
     "has shown", "The definitive study on this question", "definitive study"),
    ("One source told ABC News that the draft report about Comey described his conduct as insubordinate.",
     "described", "the draft report about Comey", "draft report"),
    ("A state inspection report in February 2016 cited the facility for failing to comply with regulations.", "cited",
     "A state inspection report in February 2016", "state inspection report"),
    ("My research into conspiracy theories suggests we should be suspicious of such claims.", "suggests",
     "My research into conspiracy theories", "research"),
    ("The polls in question showed the president trailing Biden by double digits in Wisconsin.", "showed",
     "The polls in question", "polls"),
    # counterexamples
    ("In the letter, Harris cited tweets in which Trump said a leaker was behind the complaint.", "said", "Trump",
     "Donald Trump"),
    ("The Times ran an entire piece on a letter Kavanaugh wrote to some friends in 1983.", "wrote", "Kavanaugh",
     "Brett Kavanaugh"),
    ("As you may know, some leading figures in the Republican party have proposed taxing fossil fuel companies.",
     "have proposed", "the Republican party", "Republicans"),
])
def test_a_documents_topic_stays_with_it(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == [(source, speaker)]


# "to" after a lower-case document's head names whom it was sent or spoken to, never its maker: the document is the
# source (real AllSides sentences, some shortened; were sources Clinton, Clinton, Congress, "congressional leaders");
# not a setting phrase before the source ("In a statement to CNN, Halperin said").
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("The memo to Clinton warned her that some personal email accounts had already been compromised.", "warned",
     "The memo to Clinton", "memo"),
    ("The letter to Clinton alleges 13 incidents that showed the deteriorating security situation on the ground.",
     "alleges", "The letter to Clinton", "letter"),
    ("Payroll at the White House rose about 2 percent in the past year, according to an administration report to "
     "Congress.", "according to", "an administration report to Congress", "administration report"),
    ("Mr. McCullough’s memo to congressional leaders disclosed that the emails held classified information.",
     "disclosed", "Mr. McCullough’s memo to congressional leaders", "McCullough memo"),
    # counterexamples
    ("In a statement to CNN, Halperin said he would take a step back to deal with the situation.", "said", "Halperin",
     "Halperin"),
    ("In a letter to Trump, Spencer wrote that the president deserved a Navy secretary who is aligned with him.",
     "wrote", "Spencer", "Spencer"),
])
def test_a_document_to_its_addressee_is_the_source(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == [(source, speaker)]


# A source never opens with a preposition of place: a plural noun before it, read as a verb after a capitalised word,
# heads the source with its modifiers (real AllSides sentences, some shortened; all 37,554 articles: 81 records
# changed, sources "on the panel", "in Canada", "from Baghdad" were the phrase alone); not the "at" of "at least".
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("Other judges on the panel said Obamacare should be upheld as written.", "said", "Other judges on the panel",
     "other judges"),
    ("The first news reports on the change stated those eligible could stay.", "stated", "news reports on the change",
     "news reports"),
    ("But pundits in Canada praised the younger Trudeau for his achievements and famous family name.", "praised",
     "pundits in Canada", "pundits"),
    # counterexamples
    ("Stations tried to distance themselves from this action, and at least one station said it did not air the ad.",
     "said", "at least one station", "one station"),
])
def test_a_source_opens_at_the_noun_before_its_place(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == [(source, speaker)]


# A lower-case source of more than four words with no capital is a quantity where a quantifier, a number or a focus
# adverb opens it, as a determiner may (real AllSides sentences, some shortened; all 37,554 articles: 764 sources were
# none); other such words still make none ("stores selling such cheap things might claim").
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("A 2016 Washington Post poll found that only seven percent of those polled said that America has never been "
     "great.", "said", "only seven percent of those polled", "only seven percent of those polled"),
    ("“I feel like we sort of choked,” one anonymous senior administration official told the Washington Post.", "told",
     "one anonymous senior administration official", "one anonymous senior administration official"),
    ("While many of the president's allies have argued that there was some confusion, Democrats disagreed.",
     "have argued", "many of the president's allies", "many of the president's allies"),
    # counterexample: no quantity
    ("He noted that stores selling such cheap things might claim they were safe.", "might claim", None, None),
])
def test_a_lower_case_quantity_is_a_source(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == ([(source, speaker)] if source else [])


# A question's subject after its auxiliary or modal is the source without it (real AllSides sentences; all 37,554
# articles: 222 sources changed); a statement keeps its words.
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("So how do voters feel about late-term abortions?", "feel about", "voters", "voters"),
    ("What will the president talk about?", "talk about", "the president", "president"),
    ("Why would anyone think that a congressional committee could magically solve the problem?", "think", "anyone",
     "anyone"),
    ("What have the Saudis been saying?", "been saying", "the Saudis", "Saudis"),
    # counterexample: no question
    ("Most people do think that the committee failed.", "do think", "Most people", "most people"),
])
def test_a_questions_subject_is_the_source_without_its_auxiliary(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == [(source, speaker)]


# "it" right after a noun, with no "that" between, is the subject of a clause of its own: the source by itself (real
# AllSides sentences, some shortened; all 37,554 articles: 350 sources changed, most of them "a law it" and the like);
# "it" after a preposition, or the object of a verb in a relative clause, stays in its noun phrase.
@pytest.mark.parametrize("text, cue, source", [
    ("In return for relief on ZTE, China would agree to hold back penalties on a variety of U.S. agricultural products "
     "it announced in early April as retaliation for U.S. tariffs.", "announced", "it"),
    ("The crisis was sparked late last month when Turkey shot down a Russian warplane it said had violated its "
     "airspace along the border with Syria.", "said", "it"),
    ("In the four days following the debate, the campaign says it has collected some 450,000 email addresses, 405,000 "
     "of which it says it didn’t already have.", "says", "it"),
    ("And if the White House succeeds in uprooting officials it sees as disloyal to Trump, there will be even fewer "
     "checks on an emboldened president.", "sees", "it"),
    # counterexamples: after a preposition, the object of a relative clause's verb
    ("Much of it appears to be true.", "appears", "Much of it"),
    ("Everyone who gets it knows the program works.", "knows", "Everyone who gets it"),
    ("A source familiar with it said the plan was dead.", "said", "A source familiar with it"),
])
def test_it_after_a_noun_is_the_source_by_itself(text, cue, source):
    assert [found for found, _ in _sources_and_speakers(text, cue)][-1:] == [source]


# "in" or "at" between a capitalised word and a name to the cue says where the person or body named before works or
# is: the whole is the source, the one named before the speaker (real AllSides sentences, some shortened; all 37,554
# articles: 542 sources changed, most of them a place alone before: "Mexico", "Vox", "Lancaster, Pennsylvania").
# Counterexamples: a month before "in", a lower-case head ("Officials in Washington", read as before).
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("As Zack Ford at ThinkProgress observed, the law is cruel.", "observed", "Zack Ford at ThinkProgress",
     "Zack Ford"),
    ("The BBC's Will Grant in Mexico says pressure is growing on the government.", "says",
     "The BBC's Will Grant in Mexico", "Will Grant"),
    ("Terry Madonna, a political scientist at Franklin & Marshall University in Lancaster, Pennsylvania, said Biden "
     "leads.", "said",
     "Terry Madonna, a political scientist at Franklin & Marshall University in Lancaster, Pennsylvania",
     "Terry Madonna"),
    ("KMSP-TV in Minneapolis reported that the store burned.", "reported", "KMSP-TV in Minneapolis", "KMSP-TV"),
    # counterexamples
    ("A study published in April in Mayo Clinic Proceedings criticized the reliance on PCR tests.", "criticized",
     "A study published in April in Mayo Clinic Proceedings", "study"),
    ("Officials in Washington said the deal was dead.", "said", "Officials in Washington", "officials"),
])
def test_a_place_after_a_name_belongs_to_the_source(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == [(source, speaker)]


# A title holding "in" ("Special Agent in Charge", `place_title_words`) names no place: the source keeps its whole
# title within reach, and the name after it opens with no title word, in the source and in the text's runs of
# capitalised words that later mentions resolve through (real AllSides sentences, some shortened; all 37,554 articles:
# 141 speakers changed, "Charge Richard DesLauriers" to "Richard DesLauriers" the most). Counterexample: a place after
# the name still gives way to the name before it.
@pytest.mark.parametrize("text, cue, source, speaker, group", [
    ("U.S. Attorney Jay Town and FBI Special Agent in Charge Johnnie Sharp Jr. said the investigation determined "
     "“nobody could have known Mr. Wallace would be assigned” to that same stall.", "said",
     "U.S. Attorney Jay Town and FBI Special Agent in Charge Johnnie Sharp Jr.", "Johnnie Sharp Jr.", "government"),
    ("FBI Special Agent in Charge Ed Reinhold said there is nothing that ties the gunman to a terrorist group.",
     "said", "FBI Special Agent in Charge Ed Reinhold", "Ed Reinhold", "government"),
    ("Special Agent in Charge Renn Cannon told reporters that the FBI never intended to designate the group as "
     "extremist.", "told", "Special Agent in Charge Renn Cannon", "Renn Cannon", "government"),
    ("The shooting is an assault, FBI Assistant Director in Charge Andrew Vale announced at a press conference. "
     "Hodgkinson performed “cursory” searches online for two of those lawmakers, Vale said.", "said", "Vale",
     "Andrew Vale", "government"),
    ("The suspect was seen setting down a backpack, said Special Agent Rick DesLauriers, the head of the FBI's Boston "
     "office. DesLauriers cautioned that anyone who thinks they know them should be careful.", "cautioned",
     "DesLauriers", "Rick DesLauriers", "government"),
    # counterexample
    ("FBI Special Agent Johnnie Sharp in Birmingham said the noose had been there since October.", "said",
     "FBI Special Agent Johnnie Sharp in Birmingham", "Johnnie Sharp", "government"),
])
def test_a_title_holding_in_names_no_place(text, cue, source, speaker, group):
    found = [(a.source.text if a.source else None, a.speaker, a.speaker_group) for a in _extract(text)
             if a.cue.text == cue]
    assert found == [(source, speaker, group)]


# A cue with no subject of its own ("..., saying", "and said", "to demand") takes the sentence's subject after an
# opening phrase of time ("This week,", "Last year"), after two opening phrases ("During ..., for example,"), and a
# plural head with no determiner after an opening phrase ("Still, administration officials") (real AllSides sentences,
# some shortened; all 37,554 articles: 652 sources found where none was). Counterexamples: a singular noun after the
# comma is an appositive's ("When David Gregory, host of ..."); "one" is no head; a phrase "on" opens ends at its
# comma.
@pytest.mark.parametrize("text, cue, source", [
    ("This week, O'Rourke again moved away from full single-payer health care, saying he backs a public option.",
     "saying", "O'Rourke"),
    ("Still, administration officials stuck to their guns, blaming the rebels for the attack.", "blaming",
     "administration officials"),
    ("During the Clinton investigation, for example, Kavanaugh unloaded on Clinton, telling Starr that the president "
     "should be impeached.", "telling", "Kavanaugh"),
    ("In Washington, demonstrators held up signs as they marched near the U.S. Capitol to demand a pardon.",
     "to demand", "demonstrators"),
    ("Last week, officials reversed that decision and said the park would reopen.", "said", "officials"),
    # counterexamples
    ("When David Gregory, host of NBC's \"Meet the Press,\" sent out 31 invitations to pro-gun senators to talk "
     "about guns, none came.", "to talk about", None),
    ("Meanwhile, one Democratic group even sent mailers attacking the Republican from the left — saying he was too "
     "conservative.", "saying", None),
    ("And on Saturday night, McCarthy held another conference call to discuss the plan.", "to discuss", "McCarthy"),
])
def test_a_cue_without_a_subject_takes_the_one_after_an_opening_phrase(text, cue, source):
    assert [found for found, _ in _sources_and_speakers(text, cue)] == [source]


# A name in -ing or -ed opening the sentence is its subject, not a participle phrase to skip: a listed country,
# capital, region, organisation or person, alone or with the next word, or a first name before a capitalised word
# (real AllSides sentences, some shortened; all 37,554 articles: 52 sources found where none was). Counterexamples:
# participles and gerunds opening the sentence.
@pytest.mark.parametrize("text, cue, source", [
    ("Beijing ignored warnings from Trump and sent tremors through global markets by announcing new tariffs.",
     "announcing", "Beijing"),
    ("Downing Street risked infuriating Tory Eurosceptics by indicating it would accept a delay.", "indicating",
     "Downing Street"),
    ("Ted Cruz wrapped himself in Trump’s cloak early in the primary and praised his tax plan.", "praised",
     "Ted Cruz"),
    ("Fed officials last month downgraded their economic growth expectations and forecast slower hiring.",
     "forecast", "Fed officials"),
    ("Jared Bernstein, an economist who worked for the Obama administration, cheered the “nice pop on payrolls” but "
     "cautioned that wages were flat.", "cautioned", "Jared Bernstein"),
    # counterexamples
    ("Speaking later to reporters, a senior administration official would not specify the size of the force but "
     "emphasized that it would be small.", "emphasized", "a senior administration official"),
    ("Having claimed that he had ended the wars, he took more than a year to admit it.", "to admit", "he"),
])
def test_a_name_in_ing_or_ed_opening_the_sentence_is_its_subject(text, cue, source):
    assert [found for found, _ in _sources_and_speakers(text, cue)] == [source]


# A plural head opening the sentence before "of" is the subject a cue with none of its own takes (real AllSides
# sentences, some shortened; all 37,554 articles: 87 sources found where none was). Counterexample: a quantity before
# "of" ("Tens of thousands of activists").
@pytest.mark.parametrize("text, cue, source", [
    ("Critics of the Supreme Court’s campaign finance rulings attacked Monday’s decision, saying it favoured the "
     "rich.", "saying", "Critics"),
    ("Opponents of the Arizona law have dubbed the provision the \"show me your papers\" law, arguing that it invites "
     "profiling.", "arguing", "Opponents"),
    ("Leaders of the broader Occupy Central civil disobedience movement joined the protesters early Sunday, saying "
     "they would stay.", "saying", "Leaders"),
    ("On Friday, Roof appeared at a bond hearing. Families of the victims addressed him and said they forgave him.",
     "said", "Families"),
    # counterexamples
    ("Tens of thousands of activists massed in Tahrir itself, chanting slogans.", "chanting", None),
])
def test_a_plural_head_before_of_is_the_subject(text, cue, source):
    assert [found for found, _ in _sources_and_speakers(text, cue)] == [source]


# A word of `subject_modifiers` opens a subject a cue with none of its own takes: in -ing or -ed it is no participle
# phrase to skip, and in lower case after an opening phrase it opens the subject as a determiner would; such a subject
# holds a title or a first name, or ends in a plural (real AllSides sentences, some shortened; all 37,554 articles:
# about 90 sources found where none was). Counterexamples: a participle opening a phrase, and a modifier before no
# person ("former Google employee": no source rather than "former Google"; "Retired Navy").
@pytest.mark.parametrize("text, cue, source, speaker", [
    ("Acting Defense Secretary Patrick Shanahan withdrew his name from consideration on Tuesday, saying the process "
     "is too difficult for his family.", "saying", "Acting Defense Secretary Patrick Shanahan", "Patrick Shanahan"),
    ("Incoming NRA President Jim Porter is setting his sights on the midterm elections, urging members to support "
     "them.", "urging", "Incoming NRA President Jim Porter", "Jim Porter"),
    ("Elected officials from virtually every state with a facility have protested, saying that moving the detainees "
     "there could jeopardize the safety of their residents.", "saying", "Elected officials", "Elected officials"),
    ("However, former New York City Mayor Michael Bloomberg has resisted calls to clear the path for Biden, "
     "predicting Monday that Democrats would have a contested convention.", "predicting",
     "former New York City Mayor Michael Bloomberg", "Michael Bloomberg"),
    ("Today, ousted vaccine expert Rick Bright filed a formal whistleblower complaint, alleging that he was removed.",
     "alleging", "ousted vaccine expert Rick Bright", "Rick Bright"),
    ("Veteran California political operative Don Sipple was more pointed when asked about it.", "asked about",
     "Veteran California political operative Don Sipple", "Don Sipple"),
    # counterexamples
    ("Acting out of fear, the governor closed the schools, saying it was needed.", "saying", "the governor",
     "governor"),
    ("Yesterday former Google employee James Damore filed a class-action lawsuit against Google, alleging bias.",
     "alleging", None, None),
    ("Retired St. Louis police captain David Dorn was trying to defend his friend’s pawn shop Monday night.",
     "to defend", None, None),  # ("captain" is no head read: no source rather than "Retired St. Louis police")
])
def test_a_modifier_opening_the_subject_is_no_participle(text, cue, source, speaker):
    assert _sources_and_speakers(text, cue) == [(source, speaker)]


# A capitalised quantity opening the sentence is its subject alone only before a verb ("Some say"); before a plural
# noun it opens the subject ("Two watchdog groups"), and before a noun of time, "than", a number or an adverb and its
# comma it names no subject ("Two days later, ...", "More than 155 authors", "Most recently, ..."). Real AllSides
# sentences, some shortened; counterexamples: the quantity alone before a verb.
@pytest.mark.parametrize("text, cue, source", [
    ("Two watchdog groups, Judicial Watch and Cause of Action, had sued in 2015, saying the law required it.",
     "saying", "Two watchdog groups"),
    ("Three other women have also come forward, alleging misconduct.", "alleging", "Three other women"),
    ("Most major pharmacy chains will likely participate in offering the vaccine.", "offering",
     "Most major pharmacy chains"),
    ("Both sides will be able to offer amendments that will compete for 60 votes.", "to offer", "Both sides"),
    ("Two days later, the House adopted a measure to condemn anti-Semitism.", "to condemn", None),
    ("Most recently, she was with him in Tennessee in January to announce the plan.", "to announce", None),
    ("More than 155 authors and academics are pushing a Massachusetts college to reinstate a professor.",
     "are pushing", "155 authors and academics"),
    ("All 10 of the Democratic candidates raised their hands to say they would.", "to say", None),
    # counterexamples
    ("Some say the plan failed.", "say", "Some"),
    ("Many privately worry that the plan will fail.", "privately worry", "Many"),
])
def test_a_quantity_opening_the_sentence_is_a_subject_alone_only_before_a_verb(text, cue, source):
    assert [found for found, _ in _sources_and_speakers(text, cue)] == [source]
