"""Attribution cue recall on PolNeAR-like sentences: each rule as a table of real sentences and counterexamples."""
from __future__ import annotations

import pytest

from attribution_checks import extract_checked as _extract


def _summary(text: str):
    return [(a.cue.text, a.source.text if a.source else None, a.content.text if a.content else None)
            for a in _extract(text)]


def _sources_and_cues(text: str) -> list[tuple[str | None, str]]:
    """(source or None, cue) of each attribution the text gives, in order."""
    return [(a.source.text if a.source else None, a.cue.text) for a in _extract(text)]


# A second verb joined by "and"/"but" inside what the first reports is the speaker's second act when its
# stance is not cognitive or endorsing (PolNeAR annotates both); "wanted", "show" there stay in the content.
@pytest.mark.parametrize("text, cues", [
    ("Cameron criticised Trump over his call for the ban and suggested that the billionaire would unite Britain.",
     ["criticised", "suggested"]),
    ("Clinton lamented the disheartened state of the campaign and criticized Sanders for his tone.",
     ["lamented", "criticized"]),
    ("Sanders announced that he was undergoing therapy and vowed to return to the Senate.", ["announced", "vowed"]),
    # counterexamples: a cognitive or endorsing verb after "and" belongs to the content
    ("The actress said she was tired of the status quo and wanted a candidate without fracking money.", ["said"]),
    ("She said the group is not an advocacy group and believes in open debate.", ["said"]),
])
def test_coordinated_cues_are_their_own_attribution(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# A participle cue right after a common noun ("a sign saying ...", "a letter urging ...") reports what the
# noun says; its speaker is not named there, so the source stays empty.
@pytest.mark.parametrize("text, cue, content", [
    ('Lori Bernstein held up a sign saying "Jews Against Trump - Because We\'ve Seen This Before."', "saying",
     '"Jews Against Trump - Because We\'ve Seen This Before."'),
    ("A coalition of nearly 40 groups sent a letter this week urging Congress to pass a measure.", "urging",
     "Congress to pass a measure"),
    ("The campaign sent out a press release saying Murphy owes Florida an explanation.", "saying",
     "Murphy owes Florida an explanation"),
])
def test_participle_after_a_noun_reports_its_content(text, cue, content):
    assert (cue, None, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "A news briefing was held in the afternoon.",          # a noun before an auxiliary
    "He attended a news briefing on Monday.",               # a noun before a preposition
    "The group held a meeting in the afternoon.",
])
def test_participle_nouns_are_no_cues(text):
    assert _extract(text) == []


# Emotive, denial and distancing noun cues take the phrase after "of", "for", "on" ... as their content;
# neutral nouns ("speech on", "response to") do not.
@pytest.mark.parametrize("text, cue, source, content", [
    ("Even Latino Republicans have been unsparing in their criticism of Mr. Cruz.", "criticism", "their", "Mr. Cruz"),
    ("Pressure rises on Trump after criticism of soldier's parents.", "criticism", None, "soldier's parents"),
    ("The company faced criticism for the move from White House hopefuls.", "criticism", None, "the move"),
])
def test_noun_cues_with_an_object(text, cue, source, content):
    assert (cue, source, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "She gave a speech on the economy.",
    "His response to the attack was swift.",
    "The interview on Sunday lasted an hour.",
])
def test_neutral_noun_cues_need_that(text):
    assert _extract(text) == []


# A verbal cue spans the auxiliaries and adverbs before its verb and a particle after it, as PolNeAR
# marks cues ("has also said", "did not deny", "talked about", "said:"); the content starts after it.
@pytest.mark.parametrize("text, cue, content", [
    ("Kerry has also said the talks failed.", "has also said", "the talks failed"),
    ("The ministry did not deny that two soldiers died.", "did not deny", "that two soldiers died"),
    ("Sanders repeatedly talked about income inequality.", "repeatedly talked about", "income inequality"),
    ("Russia warned of serious legal consequences.", "warned of", "serious legal consequences"),
    ('Kerry said: "The talks have failed."', "said:", '"The talks have failed."'),
    ("Trump is insisting that he has expanded the party.", "is insisting", "that he has expanded the party"),
])
def test_cue_span_holds_auxiliaries_and_particles(text, cue, content):
    assert [(a.cue.text, a.content.text) for a in _extract(text)] == [(cue, content)]


@pytest.mark.parametrize("text, cue", [
    ("Asked about the deal, the minister said it was signed.", "Asked"),   # a question, no particle
    ("The Kremlin, he said, was wrong.", "said"),                           # a comma is no auxiliary
])
def test_cue_span_stays_on_the_verb(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


# Emotive, accusatory, directive, positive and cognitive verbs in the passive report an unnamed
# speaker even without "by"; neutral and endorsing passives tell events and stay out.
@pytest.mark.parametrize("text, cue, content", [
    ("Schilling was widely criticized for the post.", "was widely criticized for", "Schilling"),
    ("Clinton is accused of favoritism toward donors.", "is accused of", "Clinton"),
])
def test_agentless_passives_report_an_unnamed_speaker(text, cue, content):
    attr = [a for a in _extract(text) if a.cue.text == cue][0]
    assert (attr.source, attr.content.text) == (None, content)


@pytest.mark.parametrize("text, cue, source, content", [
    ("They are worried about the economy.", "are worried about", "They", "the economy"),
    ("Voters are worried that wages have stalled.", "are worried", "Voters", "that wages have stalled"),
])
def test_passive_attitudes_keep_their_subject_as_source(text, cue, source, content):
    assert (cue, source, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "The document was found in a drawer.",
    "The report was published on Friday.",
    "The results were announced late on Tuesday.",
])
def test_event_passives_are_no_attributions(text):
    assert _extract(text) == []


# A participle with no subject before it ("By slamming ...", "Recalling ..., the statement urged") is a cue
# whose content ends at the clause's comma; its source is the subject of the main clause after that comma
# (the one the opening clause speaks of), or none where no subject can be read there.
@pytest.mark.parametrize("text, cue, source, content", [
    ("Recalling the consequences for refugees, the statement urged Americans to avoid condemning them.",
     "Recalling", "the statement", "the consequences for refugees"),
    ("After suggesting on Wednesday that he regretted the insults, Mr. Rubio only occasionally disagreed.",
     "suggesting", "Mr. Rubio", "on Wednesday that he regretted the insults"),
    ("Recalling the consequences for refugees, many in the crowd wept.", "Recalling", None,
     "the consequences for refugees"),
])
def test_participle_without_subject(text, cue, source, content):
    assert (cue, source, content) in _summary(text)


# A participle after the main clause takes its subject, which may be a determiner and a lower-case head (BASIL,
# PolNeAR and AllSides sentences), not a determiner before a verb or an auxiliary.
@pytest.mark.parametrize("text, cue, source", [
    ('The senator also took a swipe at Hillary Clinton, calling her tenure "ineffective at best."', "calling",
     "The senator"),
    ("A group of doctors in 2015 sent a letter to the vice chairman of the department of surgery, calling for his "
     "dismissal.", "calling for", "A group of doctors"),
    ("The industry has repeatedly beaten back Democrats’ efforts to kill the break, saying higher rates would only "
     "hurt the economy.", "saying", "The industry"),
    ("A federal court has put the expanded amnesty on hold, finding that the president likely skirted federal law.",
     "finding", "A federal court"),
    # counterexamples
    ("The bill eliminates military commanders' power to dismiss findings of a court martial.", "to dismiss", None),
    ("This will help consumers to feel safe, officials said.", "to feel", None),
])
def test_participle_after_a_determined_head(text, cue, source):
    assert (cue, source) in [(c, s) for c, s, _ in _summary(text)]


# A hyphen set apart by spaces is a dash: no part of the source before it (PolNeAR and AllSides sentences); a hyphen
# inside a word, or before a relative pronoun whose antecedent stands before it, is.
@pytest.mark.parametrize("text, cue, source", [
    ("His message on the campaign trail is also predictable - Donald J. Trump has vowed to bring back lost jobs.",
     "has vowed", "Donald J. Trump"),
    ("UPDATE II - Rachel Maddow says she doesn't know who won the debate.", "says", "Rachel Maddow"),
    # counterexamples
    ("Rep. Sheila Jackson-Lee said it would pass.", "said", "Rep. Sheila Jackson-Lee"),
    ("He tweeted that Sadiq Khan - who had said the UK should not roll out the red carpet - was a loser.", "had said",
     "Sadiq Khan - who"),
])
def test_a_spaced_hyphen_ends_a_source(text, cue, source):
    assert (cue, source) in [(c, s) for c, s, _ in _summary(text)]


def test_participle_without_subject_does_not_swallow_a_noun_cue():
    found = _extract("Responding to the allegations, the ministry called for calm.")
    assert "allegations" in [a.cue.text for a in found]


# Reporting verbs added from recurring PolNeAR train misses: text, cue, lemma, stance.
@pytest.mark.parametrize("text, cue, verb, stance", [
    ("Clinton remembered that the talks had stalled.", "remembered", "remember", "cognitive"),
    ("Ryan laid out a vision for a reformed tax code.", "laid out", "lay out", "neutral"),
    ("Sanders invoked the memory of the 2008 crash.", "invoked", "invoke", "neutral"),
    ("The campaign emailed supporters that the vote was close.", "emailed", "email", "neutral"),
    ("Sanders renewed his complaint that the debates were too few.", "complaint", "complaint", "emotive"),
    ("Ryan distanced himself from Trump's remarks.", "distanced himself from", "distance", "denial"),
    ("Clinton made the case that she could win the general election.", "made the case", "make the case",
     "distancing"),
    ("Trump knocked Bush for his low energy.", "knocked", "knock", "emotive"),
    ("Trump retweeted a post calling Cruz a liar.", "retweeted", "retweet", "neutral"),
    ("Warren sided with Sanders on the trade deal.", "sided with", "side with", "positive"),
    ("The president touched on immigration in his speech.", "touched on", "touch on", "neutral"),
    ("Clinton talked up her record on health care.", "talked up", "talk up", "positive"),
    ("Obama credited the stimulus with saving jobs.", "credited", "credit", "positive"),
    ("Rubio sought to play down the rift.", "sought", "seek", "cognitive"),
    ("Clinton characterized the plan as reckless.", "characterized", "characterize", "neutral"),
    ("Trump labeled the senator a liar.", "labeled", "label", "neutral"),
])
def test_new_reporting_verbs(text, cue, verb, stance):
    attr = [a for a in _extract(text) if a.cue.text == cue][0]
    assert (attr.verb, attr.stance) == (verb, stance)


@pytest.mark.parametrize("text", [
    "The bill expands the child tax credit.",               # the noun stays out
    "Send an email to the campaign office.",
    "He could not remember.",                                # no content
    "The record label signed the band.",                     # a noun after a determiner
])
def test_new_reporting_verbs_counterexamples(text):
    assert _extract(text) == []


# "a program called X", "one called X": a name is given, nobody speaks; a speaker who calls keeps the cue.
@pytest.mark.parametrize("text, cues", [
    ("Barden now helps lead a program called Sandy Hook Promise.", []),
    ("The advocates backed a ban, including one called therapeutic cloning.", ["backed"]),
    ("A worker named John Smith said the plant would close.", ["said"]),
    ("Clinton congratulated him on what she called an extraordinary campaign.", ["congratulated", "called"]),
    ("Trump called the political system rotten.", ["called"]),
    # an indefinite noun phrase of a few words before the participle, and a name after it (AllSides, shortened)
    ("Laurie Cestnick founded a Facebook group called Occupy DNC Convention.", []),
    ("A newly formed super PAC called Future 45 ran its first round of ads in Iowa.", []),
    ("Carson shared a syllabus for a 2002 psychology class called “Perception” on his page.", []),
    ("Dias launched an impressive reading campaign called #1000BlackGirlBooks last year.", []),
    ("The group backed a law called the Insurrection Act.", ["backed"]),
    ("Twitter bought another firm called TargetSmart Communications.", []),
    # counterexamples: a name before the participle speaks; a definite subject names nothing; "called for" is
    # another cue
    ("He cited a figure Hunter Biden called \"crazy\" in an interview.", ["cited", "called"]),
    ("Last week the president called his intelligence chiefs passive and naive.", ["called"]),
    ("The regime called Vice President Mike Pence a \"dummy.\"", ["called"]),
    ("A senator called for an investigation into the deal.", ["called for"]),
    ("A top aide called the decision a mistake on Monday.", ["called"]),  # no name after it
])
def test_naming_participles_are_no_cues(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# a naming participle opening an aside that gives a name and ends right after it (AllSides, shortened): nobody speaks;
# a speaker's "called" after an aside keeps its cue, with a quotation, an object or "the" and a common noun after it
@pytest.mark.parametrize("text, cues", [
    ("Aiding this effort is a group of nearly 600 fundraisers, called bundlers, who donate money.", []),
    ("ISIS is engaged in a conventional war against the Kurdish militias, called peshmerga, and has won victories.",
     []),
    ("It does not account for errors, called “noise”, which distort the behaviour of quantum computers.", []),
    ("Bezos' fund — called the Bezos Earth Fund — is set to begin distributing the grants over the summer.", []),
    ("Google used a different, smaller computer, named Sycamore.", []),
    ("Pelosi and Thompson will introduce the bill, called HR 8, on the same day.", []),
    ("Gov. Jared Polis announced the next phase, called \"safer at home\": The goal is to stay home.", ["announced"]),
    # counterexamples: someone calls something
    ("King, for his part, called riots, “the language of the unheard.”", ["called"]),
    ("Sen. Jeff Sessions, R-Ala., called the hearing schedule \"unacceptable.\"", ["called"]),
    ("Israel's minister of diaspora affairs, Naftali Bennett, called Kaye a hero.", ["called"]),
    ("Obama, in his first press conference, called it terrorism.", ["called"]),
    ("Mr. Kerry, who led the U.S. negotiating team, called Mr. Netanyahu’s criticisms “way over the top.”",
     ["called"]),
    # a mark that closes an aside, and "what" before the participle (PolNeAR train)
    ("When asked who they thought was America’s closest ally, the vast majority – 55 percent – named Britain.",
     ["asked", "named"]),
    ("It was in 1976, in what Bay Buchanan, national treasurer for Ronald Reagan's insurgent campaign, called "
     "\"hand-to-hand combat.\"", ["called"]),
])
def test_a_name_given_in_an_aside_is_no_cue(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# a verb's base form or form in -s after a lower-case adjective is a noun (AllSides, shortened): a form in -s after an
# adjective that seldom heads a phrase, or after one in -al or -ic after a preposition; a base form after a singular
# determiner and such an adjective; a source's head, a title or a noun in -al before it keeps the verb
@pytest.mark.parametrize("text, word, is_cue", [
    ("The handwritten notes, purportedly penned by Strzok, were submitted by Flynn’s legal team on Wednesday.",
     "notes", False),
    ("Trump has often railed against newspapers that publish anonymous quotes from administration aides.", "quotes",
     False),
    ("Job growth was revised up from previous estimates — of 268,000 jobs added in February.", "estimates", False),
    ("YouTube said it would no longer allow content that insults someone based on intrinsic attributes such as race.",
     "attributes", False),
    ("Because the political fault lines are so crisscrossed, there appears to be little political danger.", "fault",
     False),
    ("Better to leave before Trump has turned you into a national joke than after.", "joke", False),
    ("Besides the gubernatorial recall, voters also will decide whether Walker's lieutenant governor keeps his job.",
     "recall", False),
    ("This famous quote by Grover Norquist perfectly expresses how they believe government is supposed to work.",
     "quote", False),
    # counterexamples
    ("Sanders will back Clinton, eventually, former rival says.", "says", True),
    ("Of the emails she submitted, what has been made available suggests that a substantial majority are to and from "
     "one account.", "suggests", True),
    ("The inspector general says that IRS personnel put applications through extra reviews.", "says", True),
    ("His rhetoric indicates that he fully embraces the principles of the libertarian party agenda.", "indicates",
     True),
    ("Tuesday's primary contest shows Indiana is filled with Trump voters.", "shows", True),
    ("An individual informs Pence that the remaining boxes in the car are empty.", "informs", True),
    ("The official notes that the talks failed.", "notes", True),
])
def test_a_noun_after_an_adjective_is_no_cue(text, word, is_cue):
    assert (word in [a.cue.text for a in _extract(text)]) is is_cue


# "call" with a person as its object and nothing said of them after it is a telephone call, no cue (PolNeAR train:
# cue predictions 18,108 -> 18,102, one hit fewer, "Cruz called them on it:"); a description after the person, a
# possessive, "for"/"on" and a comment ("as X called them") keep the cue.
@pytest.mark.parametrize("text, cues", [
    ("A year later, Mr. Obama called Naghmeh Abedini.", []),
    ("Bruch said he called Haugland earlier this month to learn more about the nuances of his argument.", ["said"]),
    ("Randolph told others that he called her at one point and leveled the same threat.", ["told"]),
    ("Clinton said Wednesday that she called Sanders after Tuesday night's primaries.", ["said"]),
    ("President Trump called him Thursday morning to discuss the immigration deal.", ["to discuss"]),  # its purpose
    ("Obama called House Speaker John Boehner at mid-afternoon Friday.", []),
    # counterexamples: what the caller calls the person or thing follows it
    ("Rubio called him a con artist.", ["called"]),
    ("Plouffe called Trump \u201ca psychopath\u201d over the weekend.", ["called"]),
    ("Mr. Kerry called Mr. Netanyahu\u2019s criticisms \u201cway over the top.\u201d", ["called"]),
    ("Critics are calling Mr. Obama weak.", ["are calling"]),
    ("He lashed out at what he called U.S. interference in a former Soviet republic.", ["lashed out", "called"]),
    ("President Barack Obama called Wednesday for peace with justice.", ["called"]),
    ("Or, as The Daily Beast called them in an article last week, \u201cManchurian anchors.\u201d", ["called"]),
    ("White House Calls News Further Evidence Of Recovery", ["Calls"]),
])
def test_a_telephone_call_is_no_cue(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# The base form "call" is a cue only before an object and the name given it (list `naming_forms`): a quotation, or a
# word of none of `naming_stops` after an object pronoun, or an article after a capitalised name (PolNeAR marks "Others
# call it the nerd prom" as a report; AllSides: 645 new reports, 338 "call" and 135 "to call"). Counterexamples: the
# noun, a telephone call, a time after the object, and a noun phrase after a name.
@pytest.mark.parametrize("text, expected", [
    ("Others call it the nerd prom.", [("Others", "call", "it the nerd prom")]),
    ("Republicans call it the \"Schumer Shutdown.\"", [("Republicans", "call", "it the \"Schumer Shutdown.\"")]),
    ("Ben Carson used part of his address to call Mrs. Clinton a student of Saul Alinsky.",
     [("Ben Carson", "to call", "Mrs. Clinton a student of Saul Alinsky")]),
    ("They don't call Justin Bieber a thug.", [("They", "don't call", "Justin Bieber a thug")]),
    ("More call themselves conservative than liberal.", [("More", "call", "themselves conservative than liberal")]),
    # counterexamples
    ("His call for unity was ignored.", []),
    ("Give me a call", []),
    ("He made a call this week to the governor.", []),
    ("I will call him tomorrow.", []),
    ("They call them out every day.", []),
    ("The race was too close to call Sunday morning.", []),
    ("Let's call it a day.", []),
    ("He asked Mr. Trump to call The New York Times editorial board.", [("He", "asked", "Mr. Trump to call The New "
                                                                         "York Times editorial board")]),
    ("Democrats call for an investigation.", [("Democrats", "call for", "an investigation")]),
])
def test_call_is_a_cue_before_a_name_given(text, expected):
    assert [(a.source.text if a.source else None, a.cue.text, a.content.text if a.content else None)
            for a in _extract(text)] == expected


# The base forms "demand" and "question" are verbs only after a verb's subject or auxiliary and before no mark or
# noun's follower (list `agreeing_forms`); else the noun, no cue but the noun cue's own reading (AllSides: 1,877
# reports gone, 1,045 "question" and 208 "demand" among them: "an open question", "electricity demand"; PolNeAR
# train: cue predictions 17,995 -> 17,973, hits 14,474 -> 14,471).
@pytest.mark.parametrize("text, expected", [
    ("They question whether their efforts are best.", [("They", "question")]),
    ("Obama's critics question his love for the country.", [("Obama's critics", "question")]),
    ("Some Democrats, however, question the wisdom of committing to Scott.", [("Some Democrats", "question")]),
    ("Trump offers trade aid to farmers, but some question its fairness.", [("Trump", "offers"), ("some", "question")]),
    ("They demand an end to all evictions.", [("They", "demand")]),
    ("The Saudis question whether the deal will hold.", [("The Saudis", "question")]),
    ("Demonstrators continue to demand all officers be charged.", [("Demonstrators", "to demand")]),
    ("Protesters marched and demand the release of the prisoners.", [("Protesters", "demand")]),
    # counterexamples: the nouns
    ("The issue remains an open but consequential question, given his position.", []),
    ("This question comes up repeatedly.", []),
    ("THIS QUESTION WILL DECIDE THE RACE", []),
    ("The crisis demand grew.", []),
    ("Energy demand is projected to rise.", []),
    ("It is simple supply and demand, coupled with the burden.", []),
    ("Consumer demand remains depressed.", []),
    ("His successor is open to question.", []),
])
def test_demand_and_question_are_verbs_only_after_a_subject(text, expected):
    assert _sources_and_cues(text) == expected


# A cue whose subject the rules cannot delimit still reports its content, with an unnamed source: after
# "to" with no sentence subject, after a relative "that".
@pytest.mark.parametrize("text, cue, content", [
    ("On a rainy afternoon, a dozen Carrier workers gathered at the bar to talk about the decades they had "
     "spent at the factory.", "to talk about", "the decades they had spent at the factory"),
    ("The panel is right to note that the tax would fall on small investors.", "to note",
     "that the tax would fall on small investors"),
    ("The polls that show Johnson at 10 percent have Clinton ahead.", "show", "Johnson at 10 percent have Clinton ahead"),
])
def test_cue_with_an_unnamed_source(text, cue, content):
    assert (cue, None, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "As expected, the vote passed.",                                    # after a preposition
    "There is little in his record to suggest that he can do it.",      # "there" never speaks
    "The bill passed, in favor of the farmers.",
    "Thank you for subscribing.",                                       # a sentence opening with the verb
    "Want to receive this in your inbox?",
])
def test_no_unnamed_source_after_prepositions_or_expletives(text):
    assert _extract(text) == []


def test_a_passive_participle_opening_the_sentence_is_no_cue():
    assert [a.cue.text for a in _extract("Asked by reporters, Kerry said the talks had failed.")] == ["said"]


# Verbs with a common sense that reports nothing ("add", "find", "read", "maintain", "invite") are cues only
# with a that-clause, a quotation, or after what they report.
@pytest.mark.parametrize("text, cue", [
    ("He added that the talks would resume.", "added"),
    ('"The talks will resume," he added.', "added"),
    ("The study found that turnout had fallen.", "found"),
    ("Sanders maintained that the system was rigged.", "maintained"),
    ('He read: "We will not accept this."', "read:"),
    ("Trump posted on Twitter that the debate was rigged.", "posted"),
    ('"No one should feel how we feel," she continued.', "continued"),
    ('Issa continued, "Yes. For more than 15 years I have warned about this."', "continued"),
    ("Franklin added that, in Wisconsin, Trump’s coalition consists of disaffected voters.", "added"),
    ("Time, Mr. Pence added, was on their side.", "added"),                        # a reporting clause between commas
    ("But, the former CEO of Hewlett-Packard added, it's not the way to win.", "added"),
    ("He had no known political affiliations, the airline added, and had passed all background security checks.",
     "added"),
])
def test_clause_only_verbs_with_a_clause(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


@pytest.mark.parametrize("text", [
    "Trump hasn't found the way to do that.",
    "The bill added a new tax on hedge funds.",
    "The state must maintain its roads.",
    "He invited the press to the ranch.",
    "She read the letter on the plane.",
    "Clinton eked out a win in the Iowa caucuses before Sanders posted an overwhelming victory in New Hampshire.",
    "Sen. Ted Cruz continued his romp through the Republican Party's state conventions Saturday.",
    "Crime has continued to drop to historic lows in New York.",
    "While this debate is raging, Congress also has to deal with other items.",
    # between commas, but no reporting clause: a long source, or a verb that never reports that way
    "Smith added that, too.",
    "Attacks on embassies, many of which targeted U.S. diplomatic security posts, including in Egypt, followed.",
    "The report, which the panel quietly posted, was long.",
])
def test_clause_only_verbs_without_a_clause(text):
    assert _extract(text) == []


def test_that_before_a_comma_with_no_aside_is_a_pronoun():
    found = _extract("To counter that, Mr. Obama has indicated he will lend his support.")
    assert [a.cue.text for a in found] == ["has indicated"]


# "she's hoping", "he's said": a contracted pronoun is the subject with an auxiliary, not a possessive.
@pytest.mark.parametrize("text, cue, source", [
    ("She's hoping Saturday's caucuses will set her on a clear path.", "hoping", "She"),
    ("He’s suggesting that delegates should flip to his column.", "suggesting", "He"),
    ("Kerry spoke on Monday. He's said the talks failed.", "said", "He"),
])
def test_contracted_pronoun_subjects(text, cue, source):
    assert [(a.cue.text, a.source.text) for a in _extract(text)] == [(cue, source)]


@pytest.mark.parametrize("text, cue", [
    ("Trump's claims were false.", "claims"),                # a possessive before a noun cue stays nominal
    ("The allegations were denied.", "allegations"),
])
def test_possessives_still_make_noun_cues(text, cue):
    kinds = [a.kind for a in _extract(text) if a.cue.text == cue]
    assert kinds and set(kinds) == {"nominal"}


# "Another said", "Some say", "This shows": a determiner standing alone is the subject of a verb cue;
# before a noun it still makes a noun cue or none ("the said document").
@pytest.mark.parametrize("text, cue, source", [
    ("Another said he hoped that Trump wins.", "said", "Another"),
    ("Some say the plan is flawed.", "say", "Some"),
    ("This shows the plan failed.", "shows", "This"),
])
def test_determiners_standing_alone_are_subjects(text, cue, source):
    assert [(a.cue.text, a.source.text) for a in _extract(text)] == [(cue, source)]


def test_determiner_before_a_verb_form_is_no_subject():
    assert _extract("The said document was never found.") == []


# After a number a verb cue still reports ("4 in 10 say", "43 said the same"); an -ed form before a
# lower-case noun modifies it ("500 pledged delegates").
@pytest.mark.parametrize("text, cues", [
    ("About 4 in 10 say they want the next president to have more liberal policies.", ["say"]),
    ("While 86 percent had a favorable opinion of Clinton, 43 said the same for Sanders.", ["said"]),
    ("The state had 500 pledged delegates.", []),
])
def test_cues_after_numbers(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# A sentence-opening "Asked" with a prepositional phrase or an agent before the question is still a question put
# to the main clause's subject (PolNeAR annotates it); a bare agent ("Asked by reporters,") asks nothing.
@pytest.mark.parametrize("text, question", [
    ("Asked on Fox News who leads the party in his view, he said: “I think I do.”",
     "on Fox News who leads the party in his view"),
    ("Asked by Stephanopoulos to respond to Trump’s criticism, Carson said, “What does it say about him?”",
     "by Stephanopoulos to respond to Trump’s criticism"),
    ("Asked during a January debate why he trailed Hillary Clinton so badly among minority voters, Sanders said he "
     "was not well known.", "during a January debate why he trailed Hillary Clinton so badly among minority voters"),
    ("Asked Tuesday about Sullivan, the spokesman said he had no comment.", "Tuesday about Sullivan"),
])
def test_asked_with_a_lead_before_the_question(text, question):
    first = _extract(text)[0]
    assert (first.cue.text, first.source, first.content.text) == ("Asked", None, question)


@pytest.mark.parametrize("text", [
    "Asked by reporters, Kerry said the talks had failed.",          # an agent, no question
    "Asked by the crowd, in a loud voice, Kerry said the talks had failed.",
])
def test_asked_without_a_question_is_no_cue(text):
    assert [a.cue.text for a in _extract(text)] == ["said"]


# "see" and "view" report a belief only with an "as" complement ("voters see Clinton as electable"); in the
# passive the subject is what is seen, so the source is the "by" agent or nobody.
@pytest.mark.parametrize("text, cue, source", [
    ("Viguerie is upbeat about Cruz’s chances, in part because he sees Cruz as a uniter.", "sees", "he"),
    ("Democratic voters see Clinton as the candidate with the better chance to beat Donald Trump.", "see",
     "Democratic voters"),
    ("Many Republicans viewed the Vermont senator as likable.", "viewed", "Many Republicans"),
    ("However, Trump and Texas Sen. Ted Cruz are both seen as candidates who would shake up Washington.",
     "are both seen", None),
    ("He has long been viewed by conservatives as a reliable ally.", "has long been viewed", "conservatives"),
])
def test_see_as_reports_a_belief(text, cue, source):
    assert (cue, source) in [(c, s) for c, s, _ in _summary(text)]


@pytest.mark.parametrize("text", [
    "She saw him there again in 1999 for Sports Illustrated’s celebration.",     # perception
    "So what do we see? The turnout was lower than expected.",
    "The Iranians want to see something new, and we have seen this before.",
    "The debate was viewed by 24 million people, a record for the network.",    # "as" too far or absent
])
def test_see_without_as_is_no_cue(text):
    assert [a.cue.text for a in _extract(text) if a.verb in ("see", "view")] == []


# A light verb before a noun cue makes one verbal cue of them ("released the following statement:", "made no
# mention of"), with the subject as source, when what is said follows: a quotation or that-clause, an object
# ("of", "on", "about"), or a participle ("issued a statement saying ...").
@pytest.mark.parametrize("text, cue, source", [
    ("When Wallace died in 1998, President Clinton released the following statement: “Hillary and I offer our "
     "condolences to the family.”", "released the following statement:", "President Clinton"),
    ("Trump has made several controversial statements on the matter — including a call for a temporary ban.",
     "has made several controversial statements", "Trump"),
    ("But Trump notably made no mention of Jeb Bush, who announced he is suspending his campaign.",
     "notably made no mention of", "Trump"),
    ("Black Lives Matter issued a statement saying it took the action because of the unsafe conditions.",
     "issued a statement", "Black Lives Matter"),
    ("And he made the suggestion that Trump should receive only false information.", "made the suggestion", "he"),
])
def test_light_verb_and_noun_cue(text, cue, source):
    assert (cue, source) in [(c, s) for c, s, _ in _summary(text)]


@pytest.mark.parametrize("text", [
    "Trump made this statement during a portion of the debate focused on the race.",     # an event, no content
    "Trump made the pledge at a Retired American Warriors conference in Herndon.",
    "McCain, the GOP’s presidential nominee in 2008, issued a statement after Republican contender Donald Trump "
    "spoke.",
])
def test_light_verb_without_content_is_no_cue(text):
    assert [a.cue.text for a in _extract(text) if a.cue.text.split()[0].lower() in ("made", "issued")] == []


# A sentence opening with "In" and a poll or survey before its comma reports what the poll found: the poll is the
# source, "In" the cue. Other openings with "In" ("In a statement, ...", "In 2016, ...") are no cue of their own.
@pytest.mark.parametrize("text, source, content", [
    ("In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 "
     "percent chose Trump.", "an NBC News/Wall Street Journal poll released Monday",
     "50 percent of respondents chose Clinton while 40 percent chose Trump"),
    ("In the most recent YouGov/Economist survey, 71 percent of Sanders supporters approved of Obama.",
     "the most recent YouGov/Economist survey", "71 percent of Sanders supporters approved of Obama"),
])
def test_in_a_poll_opens_its_finding(text, source, content):
    assert ("In", source, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "In a statement, the Kentucky Republican on Tuesday dismissed Obama’s action.",
    "In the fall of 2007, Hillary Clinton held a 24-point lead over Barack Obama among black voters.",
    "In Iowa, where the polls closed at 8 p.m., turnout was high.",     # the poll is not the opening phrase's head
])
def test_other_in_openings_are_no_cue(text):
    assert [a.cue.text for a in _extract(text) if a.cue.text == "In"] == []


# A poll after an "in" that ends a clause is the source of the clause before it ("in" the cue): what describes the
# poll belongs to it ("released Wednesday", "last month", "from Florida Southern College"), not what it surveyed.
@pytest.mark.parametrize("text, source, content", [
    ("But he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse driven by blunders.",
     "the latest CNN/ORC poll released Wednesday", "he fell to 10 percent"),
    ("Clinton led Sanders more than 2-1 in an NBC News/Wall Street Journal/Marist South Carolina poll Jan. 17-23.",
     "an NBC News/Wall Street Journal/Marist South Carolina poll", "Clinton led Sanders more than 2-1"),
    ("Mark-Viverito has served as a surrogate this week as Clinton continues to lead in polls despite Sanders’ "
     "popularity.", "polls", "Clinton continues to lead"),
    ("Trump leads Clinton among men by 8 percentage points, 49% to 41%, in the survey, taken July 11-14.",
     "the survey", "Trump leads Clinton among men by 8 percentage points, 49% to 41%"),
    ("He climbed to 24 percent in a Bloomberg Politics poll of likely voters.", "a Bloomberg Politics poll",
     "He climbed to 24 percent"),
    ("Rubio moved from third to second in a more-recent survey from Florida Southern College.",
     "a more-recent survey from Florida Southern College", "Rubio moved from third to second"),
    ("He had a 10 percentage-point lead in a Des Moines Register poll last month.", "a Des Moines Register poll "
     "last month", "He had a 10 percentage-point lead"),
])
def test_a_poll_after_in_is_the_source_of_its_clause(text, source, content):
    assert ("in", source, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "Most Republicans in the poll said they would vote for Trump.",      # the poll phrase is part of the source
    "Voters who took part in the survey were angry.",                   # the clause goes on after the poll
    "He was interested in polls and surveys.",                          # interest, not a finding
    "His lead shrank in a CBS News poll last month has evaporated.",    # a main verb follows: no clause ends
    "Clinton has gained ground in poll numbers since June.",            # "poll" modifies "numbers"
    "Campaigns spend millions in guiding their surveys.",               # a gerund's object
    "Six in 10 Republicans say the party is divided in a recent poll.", # the respondents speak (cue "say")
    # "the polls" with nothing describing them: a standing, no poll's finding (PolNeAR train: 31 such "in" cues
    # unannotated, 4 annotated, as "Trump has a decisive lead in the polls ahead of the primary")
    "But a series of unforced errors have handed Clinton a wide lead in the polls.",
    "Though he trails Clinton in the polls nationally, Sanders has led in New Hampshire.",
    "Trump is spending the day attacking a rival who is far behind him in the polls: Jeb Bush.",
])
def test_a_poll_after_in_that_is_no_source(text):
    assert [a.cue.text for a in _extract(text) if a.cue.text == "in"] == []


# A cue word in -s right before a plural finite verb ("are", "were", "weren't") is a plural noun: no verb's cue
# (PolNeAR train: 11 such cues fewer, no annotated one lost); a noun cue's reading stays ("His claims were false").
@pytest.mark.parametrize("text", [
    "Bloomberg also reported that roughly 1,100 foreign donor names weren't disclosed.",
    "If defying social distancing orders were really a political statement, you'd think they would stop.",
    "Current forecasts are not too rosy about the future economy.",
    "Other names have been floated among industry representatives.",
])
def test_a_cue_word_before_a_plural_verb_is_a_noun(text):
    assert [a.cue.text for a in _extract(text) if a.cue.text in ("names", "orders", "forecasts")] == []


@pytest.mark.parametrize("text, cue, source", [
    ("Trump names Pence as his running mate.", "names", "Trump"),
    ("Mr. Trump's claims are false, the senator said.", "claims", "Mr. Trump"),   # the noun cue
])
def test_a_cue_word_in_s_not_before_a_plural_verb_stays(text, cue, source):
    assert any(a.cue.text == cue and a.source is not None and a.source.text == source for a in _extract(text))


# "regarding" without "as" is a preposition, "supposed" without "that" a modal or an adjective, "names" not right
# after a name or a personal pronoun the noun: no cues (real AllSides sentences; about 900, 590 and 560 such cues on
# all AllSides articles, PolNeAR train and dev 1 of 11, 0 of 8 and 0 of 9 gold).
@pytest.mark.parametrize("text", [
    "After the Virginia Beach shooting, the discussion regarding silencers will likely be dominated by bad ideas.",
    "Regarding President Obama’s executive actions on immigration, a federal judge has tied up those orders.",
    "The law made permanent some breaks for businesses that were supposed to be temporary.",
    "The pale horse of death is being ridden by our own supposed leader.",
    "Staff and students at the school offered suggestions for new names and then held a vote.",
    "NPR is using only their first names because they are waiting for the government to decide.",
    "When a university names its public policy school for a political leader, it inevitably offends someone.",
])
def test_prepositions_modals_and_nouns_are_no_cues(text):
    assert [a.cue.text for a in _extract(text) if a.cue.text.split()[-1].lower() in (
        "regarding", "supposed", "names")] == []


@pytest.mark.parametrize("text, cue, source", [
    ("Israel regards all of Jerusalem as its indivisible capital.", "regards", "Israel"),
    ("The union is widely regarded as one of the more liberal in the labor movement.", "is widely regarded", None),
    ("Critics supposed that the hearing would fail.", "supposed", "Critics"),
    ("Trump names Pence as his running mate.", "names", "Trump"),
    ("Last week, the Pentagon names 11 inmates who were being force-fed.", "names", "the Pentagon"),
])
def test_regard_with_as_supposed_that_and_names_after_a_name_stay_cues(text, cue, source):
    assert any(a.cue.text == cue and (a.source.text if a.source else None) == source for a in _extract(text))


# A number with digit groups is one word: a content or source holding "1,100" does not end at its comma.
@pytest.mark.parametrize("text, source, content", [
    ("Bloomberg also reported that roughly 1,100 foreign donor names weren't disclosed.", "Bloomberg",
     "that roughly 1,100 foreign donor names weren't disclosed"),
    ("More than 5,000 mostly Honduran migrants say they will cross the border.", "5,000 mostly Honduran migrants",
     "they will cross the border"),
])
def test_digit_groups_stay_in_their_phrase(text, source, content):
    assert any(a.source.text == source and a.content.text == content for a in _extract(text))


# "up", "off", "down" after a one-word cue verb make a phrasal verb that reports nothing; phrasal cues in the
# lexicon ("played down", "brushed off") still match.
@pytest.mark.parametrize("text", [
    "Still, it was well below the nearly 120,000 who showed up in 2008 for Hillary Clinton’s contest.",
    "Chicago-based AbbVie and Dublin-based Shire called off a $54 billion inversion deal.",
    "Like Trump, the Republican National Committee has written off efforts by anti-Trump delegates.",
])
def test_phrasal_verbs_are_no_cues(text):
    assert _extract(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Clinton played down the rift, saying the party was united.", "played down"),
    ("Trump brushed off the criticism, calling it unfair.", "brushed off"),
    ("Sanders called on supporters to show up at the polls.", "called on"),
])
def test_phrasal_cues_still_match(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


# After a singular determiner and a singular modifier, the base form of a cue verb is a noun ("a radio show",
# "a liberal think tank"); plural or collective subjects, and subjects ending in a prepositional phrase, keep it.
@pytest.mark.parametrize("text, noun", [
    ("Ben Zipperer is a labor economist at the Washington Center for Equitable Growth, a liberal think tank.", "think"),
    ("That is nonetheless a far cry from Sanders serving up ice cream to Clinton.", "cry"),
    ("Lynch still has the final say on whether Clinton faces prosecution.", "say"),
    ("Donald Trump, the former host of the reality show “The Apprentice,” listed an NBC show as his guilty "
     "pleasure.", "show"),
])
def test_base_form_after_a_singular_noun_phrase_is_a_noun(text, noun):
    assert noun not in [a.cue.text for a in _extract(text)]


# "say" between a comma, bracket or dash and a comma gives an example, no cue (AllSides sentences, shortened); "say,"
# after a subject, "and" or "to" before a quotation still reports.
@pytest.mark.parametrize("text, cues", [
    ("For a reasonable take on, say, the Robert Mueller investigation, read David French in National Review.", []),
    ("The mainland could retaliate by, say, putting restrictions on U.S. companies.", []),
    ("Someone who studies infectious diseases knows more about epidemics than, say, someone who studies nutrition.",
     ["knows"]),
    # counterexamples
    ("Why couldn’t she just come clean at some point and say, “I’m under the weather”?", ["say"]),
    ("They tend to say, “It will be fine, don’t worry about it.”", ["to say"]),
    ("“We will win,” they say, “and soon.”", ["say"]),
])
def test_say_between_commas_gives_an_example(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# After a compound modifier joined by hyphens (holding a preposition, conjunction or determiner, or ending in -ing or
# -ed after another word) a cue word in -s is a plural noun (AllSides sentences, shortened); after a hyphenated noun
# it stays a verb.
@pytest.mark.parametrize("text, cues", [
    ("Stay-at-home orders went into effect as early as March 19.", []),
    ("Those off-the-cuff comments, inserted into the middle of her speech, made Clinton a hero.", []),
    ("The court let employers avoid wage-and-hour claims and class actions.", []),
    ("All of his heavy-breathing hints and leaks came to nothing.", []),
    # counterexamples: a hyphenated noun speaking (a gerund opening the sentence too)
    ("The president-elect says the wall will be built.", ["says"]),
    ("Micro-targeting offers clues to early vote leads.", ["offers"]),
    ("The 29-year-old says she was never paid.", ["says"]),
])
def test_a_cue_word_after_a_hyphenated_modifier_is_a_noun(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


@pytest.mark.parametrize("text, cue", [
    ("At least half of voters in each state say each of the two candidates’ positions are realistic.", "say"),
    ("Rather, sources close to her campaign say she stands fully behind President Obama.", "say"),
    ("“I can beat Hillary Clinton,” the email read.", "read"),
    ("Nearly a third say they don't know.", "say"),
    ("The media say the race is close.", "say"),
])
def test_base_form_after_a_plural_or_prepositional_subject_is_a_verb(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


# A reporting verb followed by a word its entry's not_followed_by lists is no cue: "knock" (AllSides, shortened)
@pytest.mark.parametrize("text, cues", [
    ("Victory volunteers have already knocked on more doors than during the entire 2008 campaign.", []),
    ("The storm was huge and powerful, and it knocked out electricity and communications.", []),
    ("More than 55,000 volunteers have knocked doors for Victory this year.", []),
    ("Gov. Chris Christie knocked the rising Florida Sen. Marco Rubio for his record.", ["knocked"]),
    ("The President knocked the arguments against his travel ban on Wednesday.", ["knocked"]),
    ("The poverty rate declined from 12.3 percent to 11.8 percent last year.", []),
    ("Crime has declined steadily and dramatically since the 1990s.", []),
    ("A spokesman for the campaign declined to comment on the report.", ["declined"]),
    ("They hail from predominantly rural regions of the country.", []),
    ("Gay marriage advocates hailed the decision as historic.", ["hailed"]),
])
def test_not_followed_by_words_cancel_a_cue(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# A participle after a determiner and a degree word is an adjective (AllSides, shortened); after an auxiliary the
# degree word modifies the cue ("comment" before "from" is the noun, with nothing said after it: no cue)
@pytest.mark.parametrize("text, cues", [
    ("The most pressing issue of the election is immigration.", []),
    ("I think this is a very telling comment from a protester.", ["think"]),
    ("The highly anticipated summit with Putin began on Monday.", []),
    ("Lower courts are increasingly asserting control of the immigration system.", ["are increasingly asserting"]),
    ("Local officials have increasingly opposed charter takeovers of their schools.", ["have increasingly opposed"]),
])
def test_a_participle_after_a_determiner_and_a_degree_word_is_an_adjective(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# "show" after a singular lower-case word or an acronym, with no determiner needed, is the noun (AllSides sentences,
# shortened); after a plural, a pronoun, an adverb or a name, or before "that" or a subject pronoun, the verb
@pytest.mark.parametrize("text", [
    "He also hosts a Sunday talk show, writes a weekly column and leads a foundation.",
    "Herman Cain, who hosts an Atlanta area radio show, was asked by a caller why they came.",
    '"It\'s too early to tell," said Cuban, who is also a host on the TV show "Shark Tank."',
    "Sam Solovey, a contestant on Trump's reality TV show, \"The Apprentice,\" said his boss was fair.",
    "He went on Jake Tapper’s CNN show while the press secretary sat down for an interview.",
])
def test_show_after_a_noun_modifier_is_the_noun(text):
    assert not [a for a in _extract(text) if "show" in a.cue.text.split()]


@pytest.mark.parametrize("text", [
    "FEC records from the 2008 presidential election cycle show he backed both McCain and Clinton.",
    "Audit files from NGP VAN show that four accounts searched the data.",
    "Polls there show Trump is trailing Ted Cruz just ahead of the vote.",
    "Recent polls in New Mexico show the race closing there.",
    "The latest numbers clearly show the race is tight.",
    "Even as some polls show Sen. Bernie Sanders besting Republicans, the party worries.",
])
def test_show_after_a_subject_is_the_verb(text):
    assert [a for a in _extract(text) if "show" in a.cue.text.split()]


# "appear" is a cue before a complement ("appears to", "it appears that"); before a preposition it tells of a
# physical appearance.
@pytest.mark.parametrize("text", [
    "Mr. Bush, who is moving to New York, will appear in the show's 9 a.m. hour.",
    "Cuomo appeared at a rally in Buffalo on Monday.",
    "Not one woman appeared on Fox News' The Kelly File.",
])
def test_appear_before_a_preposition_is_no_cue(text):
    assert [a.cue.text for a in _extract(text) if a.verb == "appear"] == []


@pytest.mark.parametrize("text, cue", [
    ("Both Clinton and Trump in recent weeks appear to have gotten the memo about the importance of turnout.", "appear"),
    ("The Republican candidate appeared to assert his leadership plans by saying, “I am the law and order candidate.”",
     "appeared"),
])
def test_appear_before_a_complement_is_a_cue(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


# "spoke about", "talked of" with adverbs or an addressee between the verb and its particle.
@pytest.mark.parametrize("text, cue", [
    ("In a July interview with MSNBC, he spoke favorably of the internment of Nazi sympathizers.", "spoke favorably of"),
    ("Trump was even more emphatic Monday when he spoke to CNN about the subject.", "spoke to CNN about"),
    ("None uncovered that she talked openly on social media about her desire to take part in violent jihad.",
     "talked openly on social media about"),
    ("He speaks at length about his hawkish national security view.", "speaks at length about"),
])
def test_gapped_speak_about(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


@pytest.mark.parametrize("text", [
    "Some of them spoke on condition of anonymity because they were not authorized to discuss it.",
    "Mrs. Clinton spoke for about 30 minutes, took questions and posed for photos.",
    "Trump tends to speak in front of adoring crowds at raucous rallies.",
])
def test_gapped_speak_about_counterexamples(text):
    assert [a.cue.text for a in _extract(text) if a.cue.text.split()[0].lower() in ("spoke", "speak")] == []


# A poll, study or report as the source, or whom one is by, makes a clause-only verb ("found") a cue without a
# that-clause.
@pytest.mark.parametrize("text, cue", [
    ("However, a Wall Street Journal article published Friday found no record of the class.", "found"),
    ("The survey found broad support for the measure among Republicans.", "found"),
    ("A survey by the organization in March found Mrs. Clinton with a lead of 48 percent to 41 percent.", "found"),
    ("A study by the liberal watchdog group Media Matters found the Republican nominee garnered more airtime.",
     "found"),
    ("One influential 2009 paper found improvements in fourth- and eighth-grade math scores.", "found"),
    ("A report released by the Brookings Institution last year found fewer jobs in the region.", "found"),
])
def test_clause_only_verb_after_an_evidence_source(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


@pytest.mark.parametrize("text", [
    "Trump hasn't found the way to do that.",                    # a person, no clause
    "The reporters found a seat at the back of the poll station.",
    "The building was designed by the architect, who found a way to save money.",   # no poll before "by"
    "A poll worker paid by the campaign found a seat.",             # no poll's phrase right before "by"
])
def test_clause_only_verb_after_a_person_without_clause(text):
    assert _extract(text) == []


# "reportedly" before no cue verb attributes its clause to unnamed reports; before a cue it is part of that cue.
@pytest.mark.parametrize("text, content", [
    ("The Club for Growth is reportedly spending $1.5 million on television advertisements.",
     "The Club for Growth is reportedly spending $1.5 million on television advertisements"),
    ("Khoga was reportedly on that trip with several other family members.",
     "Khoga was reportedly on that trip with several other family members"),
])
def test_reportedly_attributes_its_clause(text, content):
    assert ("reportedly", None, content) in _summary(text)


@pytest.mark.parametrize("text, cues", [
    ("Trump reportedly said, “You tell me,” repeatedly.", ["reportedly said"]),
    ("Clinton won the state easily.", []),
])
def test_reportedly_before_a_cue_is_part_of_it(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# A noun cue with "is/was that" reports the clause after it.
@pytest.mark.parametrize("text, cue, source, content", [
    ("Rubio’s response was that it’s unfair for the federal tax code to allow citizens to write off the costs.",
     "response", "Rubio", "that it’s unfair for the federal tax code to allow citizens to write off the costs"),
])
def test_noun_cue_with_a_copular_that_clause(text, cue, source, content):
    assert (cue, source, content) in _summary(text)


def test_noun_cue_with_a_copula_and_no_clause_is_no_cue():
    assert [a.cue.text for a in _extract("His response was swift and angry.")] == []


# The infinitive's "to" belongs to the cue, as PolNeAR marks it ("declined to comment", "to discuss").
@pytest.mark.parametrize("text, cue", [
    ("Sanders went on NBC to discuss his recent remarks about Clinton.", "to discuss"),
    ("Trump took to Twitter on Monday to say that he would win the state.", "to say"),
    ("Trump was quick to also say that he would win.", "to also say"),
])
def test_infinitive_marker_is_part_of_the_cue(text, cue):
    assert cue in [a.cue.text for a in _extract(text)]


# "against" after a cue verb belongs to it, like "about" and "of" ("warned against", "argued against").
def test_against_belongs_to_the_cue():
    found = _extract("Obama warned against a return to the failed policies of the past.")
    assert [(a.cue.text, a.content.text) for a in found] == [("warned against", "a return to the failed policies of the past")]


# An object pronoun after the cue opens the content ("urged her to run": she is to run).
@pytest.mark.parametrize("text, cue, content", [
    ("Sanders urged her to drop out of the race.", "urged", "her to drop out of the race"),
    ("Trump accused him of lying about the deal.", "accused", "him of lying about the deal"),
    ("Clinton told reporters that she would win.", "told", "that she would win"),     # a noun addressee is skipped
])
def test_object_pronoun_opens_the_content(text, cue, content):
    assert [(a.cue.text, a.content.text) for a in _extract(text)] == [(cue, content)]


# A quotation signed with a dash and a name (epigraphs, lists of reader quotes, "- Sanders." under a quote) and an
# embedded post ending in a dash, a name and a handle attribute the quotation or post to that name, verbatim.
@pytest.mark.parametrize("text, cue, source, content", [
    ("Readers wrote in. “He represents our greatest shame.” ― Sonya Herridge “I’m so ashamed to be an American.” "
     "― Pamela Padilla", "―", "Sonya Herridge", "“He represents our greatest shame.”"),
    ("Readers wrote in. “He represents our greatest shame.” ― Sonya Herridge “I’m so ashamed to be an American.” "
     "― Pamela Padilla", "―", "Pamela Padilla", "“I’m so ashamed to be an American.”"),
    ('The claims were checked.\n\n"I will look into it. I don\'t know the status."\n\n- Hillary Clinton.\n\nShe did.',
     "-", "Hillary Clinton", '"I will look into it. I don\'t know the status."'),
    ('"We need jobs that pay well and can\'t be outsourced." — President Obama in a speech on the economy',
     "—", "President Obama", '"We need jobs that pay well and can\'t be outsourced."'),
    ("Tributes came in.\n\nMy prayers are with the entire Reagan family. — Marco Rubio (@marcorubio) March 6, 2016\n\n"
     "Others followed.", "—", "Marco Rubio", "My prayers are with the entire Reagan family"),
    ("Sweden? Terror attack? What has he been smoking? — Carl Bildt (@carlbildt) February 19, 2017", "—",
     "Carl Bildt", "Sweden? Terror attack? What has he been smoking?"),
    # a post ending in a link, signed by an organisation
    ("It was seen.\n\nRight, Trump, 7:45 am pic.twitter.com/2sINfx5wVS — The Christian Science Monitor (@csmonitor) "
     "March 16, 2020", "—", "The Christian Science Monitor", "Right, Trump, 7:45 am pic.twitter.com/2sINfx5wVS"),
])
def test_signed_quotations_and_posts(text, cue, source, content):
    assert (cue, source, content) in _summary(text)
    (made,) = [a for a in _extract(text) if a.source is not None and a.source.text == source]
    assert (made.kind, made.verb, made.stance) == ("direct", "—", "neutral")


@pytest.mark.parametrize("text", [
    '"The deal is done."\n\n—Carol E. Lee contributed to this article.',             # a credit line, not a signature
    '"They are ready to vote on it."\n\n— Updated at 11:38 a.m.',                    # an update stamp
    'Now, “They” are, of course, “We” — Americans. In fact, they pay.',                # one quoted word
    'The plan is called “the Wimpy Rule” – I’ll gladly pay you Tuesday.',               # a dash inside the sentence
    "Read more at the site — Follow us (@framing) for news",                           # words before the handle
    "Critics call the story “fake news about us” — Trump, for one, repeats it.",         # another cue's content
    "The deal, known as “the grand bargain” — Obama, in fact, loved it.",                # no whole utterance
])
def test_dashes_that_sign_nothing(text):
    assert not any(a.verb == "—" for a in _extract(text))


def test_a_signature_ends_its_speakers_words():
    text = ('Tributes came in.\n\nMy prayers are with the Reagan family. — Marco Rubio (@marcorubio) March 6, 2016\n\n'
            '"The deal is done."\n\n"We will go on," said Nancy Pelosi.')
    assert [(a.speaker, a.content.text) for a in _extract(text)] == [
        ("Marco Rubio", "My prayers are with the Reagan family"), ("Nancy Pelosi", '"We will go on,"')]


def test_a_signed_quotation_with_a_cue_of_its_own_keeps_that_cue():
    text = "Clinton told the crowd: “We will not stop fighting for you.” — Hillary Clinton, in Iowa"
    assert [(a.cue.text, a.speaker) for a in _extract(text)] == [("told", "Hillary Clinton")]


def test_signed_quotations_come_in_document_order():
    text = ("“He represents our greatest shame.” ― Sonya Herridge “During the debate Trump said Hispanics live bad "
            "lives.” ― Pamela Padilla")
    made = _extract(text)
    assert [a.cue.start for a in made] == sorted(a.cue.start for a in made)
    assert [a.speaker for a in made if a.verb == "—"] == ["Sonya Herridge", "Pamela Padilla"]
    made = _extract("“We will win this race.” — Jane Doe, who said the plan had failed")
    assert [(a.cue.text, a.speaker) for a in made] == [("—", "Jane Doe"), ("said", "Jane Doe")]


# Set phrases holding a cue word report no one's words; the same cue word outside them still does.
@pytest.mark.parametrize("text", [
    "Needless to say, none of them did.",
    "It is a disaster, not to mention the cost to taxpayers.",
    "Suffice it to say, the plan failed.",
    "The plan failed, so to speak.",
    "It was a turn that called to mind Gov. George Wallace’s famous 1963 refrain.",
    "The campaign didn’t immediately return a request seeking comment.",
    "Side note: the mayor was not there.",
    "Quick note: the mayor was not there.",
    "The same cannot be said for the Democrats, who lost badly.",
    "Much the same could be said of his rival.",
    # the writer's own restatement (AllSides: 212 such "to say" reports gone)
    "All of which is to say that Verizon is highly subject to regulation.",
    "It would be as successful as Obama’s, which is to say not at all.",
    "None of this is to say that investigations aren’t worth pursuing.",
    "This is not to say that the left has an obligation.",
    # a credit line (AllSides: 62 such reports with the source "Additional" gone)
    "Additional reporting by Tina Moore",
    "With additional reporting by the Associated Press and Alec Luhn in Moscow.",
])
def test_idioms_are_no_cues(text):
    assert _extract(text) == []


def test_the_verb_of_a_set_phrase_still_reports_outside_it():
    assert [(a.source.text, a.cue.text) for a in _extract("They note: the mayor was absent.")] == [("They", "note:")]
    assert [(a.source.text, a.cue.text) for a in _extract("He said the same.")] == [("He", "said")]
    assert [(a.source.text, a.cue.text) for a in _extract("Smith is to say that the vote was rigged.")] == [
        ("Smith", "to say")]


# A participle in -ed after a preposition modifies the noun after it ("of pledged delegates"); a participle
# with nothing after it reports nothing ("with 94 percent of precincts reporting").
@pytest.mark.parametrize("text, cues", [
    ("He is on track to clinch the nomination through the combination of pledged delegates and superdelegates.", []),
    ("Sanders said he barely trailed Clinton with 94 percent of precincts reporting.", ["said"]),
    # counterexamples: a participle with its content, and one before a noun it reports
    ("Sanders spoke in Iowa, saying that he barely trailed Clinton.", ["saying"]),
    ("Cruz pledged support for the bill.", ["pledged"]),
])
def test_participles_that_report_nothing(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# A participle in -ed after "despite", "after", "amid", "against", "for" or "to" modifies the noun after it too, and
# so it does before an acronym and its noun (AllSides: "despite repeated US warnings" was a cue with the source
# "despite").
@pytest.mark.parametrize("text, cues", [
    ("Iran went ahead with the program, despite repeated US warnings of possible military action.", []),
    ("The letter comes after repeated threats from North Korea, including nuclear war.", []),
    ("The pair face conspiracy and other charges linked to alleged campaign finance violations.", []),
    ("Sanders told NBC on Sunday about the count of pledged delegates.", ["told"]),
    # counterexamples: the participle as a verb
    ("Pelosi once again repeated that Ryan was wrong.", ["once again repeated"]),
    ("After Trump repeated the claim, the crowd cheered.", ["repeated"]),
])
def test_participles_modifying_a_noun_after_a_preposition(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# And after "other", "any" or "these" (`adjective_determiners`) before a lower-case word that is no preposition,
# conjunction, auxiliary or pronoun (real AllSides sentences, some shortened; on all 37,554 articles 106 such cues
# went, one of them a verb: "the other wanted respect for the rules").
@pytest.mark.parametrize("text, cues", [
    ("Other alleged incidents involving Kavanaugh, said to have occurred in three states, were found not to be "
     "credible.", ["said"]),
    ("How this relates to any alleged personal repayments by Mr Trump is unclear.", []),
    ("Mr. Shinseki told Congress this week that he’s “mad as hell” over the alleged situation in Phoenix and other "
     "reported problems and vowed to investigate them.", ["told", "vowed"]),
    ("Booker said the men yelled at him. These purported comments were not captured on video.", ["said"]),
    # counterexamples: the verb after a pronoun or before "that", and after "each"
    ("One of them spoke first, while the other noted that the senator was silent.", ["noted"]),
    ("India and Pakistan each claimed the region.", ["claimed"]),
])
def test_participles_modifying_a_noun_after_other_any_or_these(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# A noun cue's "from" or "by" phrase before "that" is its source ("repeated warnings from his attorney that ..."),
# unless a verb, a cue word or "who" stands in the phrase (whose "that" it is), a gerund opens it ("by insisting
# that"), or "that" opens a relative clause ("warnings from officials that were ignored").
@pytest.mark.parametrize("text, cue, source, content", [
    ("The move against Pagliano took place despite repeated warnings from his attorney that the showdown was "
     "fruitless.", "warnings", "his attorney", "that the showdown was fruitless"),
    ("His remarks followed criticism by Democrats that he and other Republicans were trying to limit the scope of "
     "the FBI probe.", "criticism", "Democrats", "that he and other Republicans were trying to limit the scope of the "
     "FBI probe"),
    ("Washington was stunned by the announcement by House Speaker John Boehner that he is retiring at the end of "
     "October.", "announcement", "House Speaker John Boehner", "that he is retiring at the end of October"),
])
def test_a_noun_cues_from_or_by_phrase_is_its_source(text, cue, source, content):
    (made,) = [a for a in _extract(text) if a.cue.text == cue]
    assert (made.source.text, made.content.text) == (source, content)


@pytest.mark.parametrize("text, cues", [
    ("Sessions began his opening statement by insisting that such interference can never be tolerated.",
     [("insisting", "Sessions")]),
    ("On Thursday, a joint statement by Virginia's Congressional delegation stressed that Northam should resign.",
     [("stressed", "Virginia's Congressional delegation")]),
    ("Section 230 has seen criticism from Republicans and Democrats who argue that the law is wrong.",
     [("argue", "Republicans and Democrats who")]),
    ("He ignored warnings from officials that were issued last week.", []),
])
def test_a_noun_cues_phrase_holding_a_verb_is_no_source(text, cues):
    assert [(a.cue.text, a.source.text if a.source else None) for a in _extract(text)] == cues


# A cue followed by "by" and a cue in -ing is one report ("Trump responded by saying ..."), not two: the cue holds
# both verbs, the stance is the first verb's, and the content follows the gerund (AllSides: "responded" with the
# content "by" beside "saying" with the source again).
@pytest.mark.parametrize("text, found", [
    ("Trump responded by saying he needs 60 votes in the Senate.",
     [("responded by saying", "Trump", "he needs 60 votes in the Senate")]),
    ("Trump lawyer Marc Kasowitz fired back by accusing Comey of leaking privileged communications.",
     [("fired back by accusing", "Trump lawyer Marc Kasowitz", "Comey of leaking privileged communications")]),
    ('Nicholas responds by saying: "As far as standing there, I had every right to do so."',
     [("responds by saying", "Nicholas", '"As far as standing there, I had every right to do so."')]),
    # counterexamples: a gerund that is no cue, and "by" before the agent of a passive
    ("Trump responded by walking out of the room.", [("responded", "Trump", "by walking out of the room")]),
    ("The plan was praised by Democrats.", [("was praised", "Democrats", "The plan")]),
])
def test_a_cue_by_a_gerund_cue_is_one_report(text, found):
    assert [(a.cue.text, a.source.text, a.content.text) for a in _extract(text)] == found


# A content cut at a later cue of the sentence down to a lone conjunction is none ("weighed in and tweeted ...": the
# first verb reports nothing of its own; AllSides had about 50 contents "and", "but" or "while").
@pytest.mark.parametrize("text, found", [
    ("Jon Thompson, Pence's campaign communication manager, weighed in and tweeted \"This is absolute garbage.\"",
     [("weighed in", None), ("tweeted", '"This is absolute garbage."')]),
    ("I called and wrote an email to the local superintendent of schools.",
     [("called", None), ("wrote", "an email to the local superintendent of schools")]),
    # counterexample: a content with words before the conjunction keeps them
    ("He said the plan was flawed, and Clinton claimed it was dead.",
     [("said", "the plan was flawed"), ("claimed", "it was dead")]),
])
def test_a_content_cut_to_a_conjunction_is_none(text, found):
    assert [(a.cue.text, a.content.text if a.content else None) for a in _extract(text)] == found


# "am", "rather" and the reflexives "myself", "yourself", "ourselves" stand between a subject and its cue like other
# auxiliaries and adverbs (AllSides: the speakers "I am", "I myself", "I'd rather"); "reference" takes a light verb
# ("made no reference to it").
@pytest.mark.parametrize("text, found", [
    ("I am saying some percentage of them will be incensed.",
     [("I", "am saying", "some percentage of them will be incensed")]),
    ("I myself wonder if it hasn’t been purposely cultivated.",  # (the reflexive is the source's: "I myself")
     [("I myself", "wonder", "if it hasn’t been purposely cultivated")]),
    ("I'd rather know if there are antibiotics in my food.",
     [("I'd", "rather know", "if there are antibiotics in my food")]),
    ("Sam would rather say nothing about the vote.", [("Sam", "would rather say", "nothing about the vote")]),
    ("The president made no reference to it, leaving its relevance far from clear.",
     [("The president", "made no reference", "to it, leaving its relevance far from clear")]),
    # counterexample: "Rather" opening a sentence is no subject's adverb
    ("Rather, officials said the vote was off.", [("officials", "said", "the vote was off")]),
])
def test_am_rather_and_reflexives_stand_before_a_cue(text, found):
    assert [(a.source.text, a.cue.text, a.content.text) for a in _extract(text)] == found


def test_a_cue_word_outside_an_idiom_is_still_a_cue():
    assert [a.cue.text for a in _extract("He went on to say that the plan failed, to say the least.")] == ["went on to say"]


def test_please_opens_no_source():
    # (since the request rule, `test_a_request_to_the_reader_is_no_report`, the first sentence makes no attribution)
    found = _extract("Please consider making a contribution to Vox today.") + _extract(
        "Please note that it might be rude to ask your hosts how and why these kids were blinded.")
    assert [a.source.text for a in found if a.source is not None] == []


# "reports" is a cue only right after a name or a personal pronoun and before "that" or punctuation; elsewhere a
# noun ("reports say", "the reports of", "the reports that the agency publishes").
@pytest.mark.parametrize("text, source, content", [
    ("The Washington Post reports that by Monday, Trump was becoming frustrated.", "The Washington Post",
     "that by Monday, Trump was becoming frustrated"),
    ("Those who support removal won the vote, the Tampa Bay Times reports.", "the Tampa Bay Times",
     "Those who support removal won the vote"),
    ("In the film, she reports that the talks failed.", "she", "that the talks failed"),
])
def test_reports_after_a_name(text, source, content):
    assert ("reports", source, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "Reports say the talks failed.",
    "The reports of his death were exaggerated.",
    "He reads the reports that the agency publishes.",
    "Smith reports to the board every month.",
    "The reports, however, were wrong.",
])
def test_reports_as_a_noun_or_elsewhere_is_no_cue(text):
    assert not any(a.cue.text == "reports" for a in _extract(text))


# "charged" is a cue only right before "that" with no intensifier among the two words before it (AllSides and
# PolNeAR sentences); elsewhere it is the legal sense or an adjective.
@pytest.mark.parametrize("text, cue, source, content", [
    ("Bloomberg also charged that Trump had left behind a record of bankruptcies.", "also charged", "Bloomberg",
     "that Trump had left behind a record of bankruptcies"),
    ("In the 2016 election, U.S. intelligence officials charged that Russia had interfered.", "charged",
     "U.S. intelligence officials", "that Russia had interfered"),
    ("For years, Republicans in Congress charged that the IRS was targeting specific groups, but top agency officials"
     " denied it.", "charged", "Republicans in Congress", "that the IRS was targeting specific groups"),
    ("A Bloomberg report charged that the venture capitalist groped an employee at a 2014 party.", "charged",
     "A Bloomberg report", "that the venture capitalist groped an employee at a 2014 party"),
])
def test_charged_before_that(text, cue, source, content):
    assert (cue, source, content) in _summary(text)


@pytest.mark.parametrize("text", [
    "The attack remains so politically charged that Sen. Ted Cruz declined to comment.",
    "It was a highly charged atmosphere that nobody in the room enjoyed.",
    "He was charged with murder on Tuesday.",
    "Prosecutors charged him with fraud, officials said.",
])
def test_charged_elsewhere_is_no_cue(text):
    assert not any("charged" in a.cue.text for a in _extract(text))


# "post" after a determiner or a possessive is the noun (AllSides sentences): no cue of its own, and the cue before it
# keeps its source
@pytest.mark.parametrize("text, cue, source", [
    ("On Friday, Mr. Trump wrote in a Twitter post that the suspect in the attack had made a threat.", "wrote",
     "Mr. Trump"),
    ("Alan Krueger said in a White House blog post that the plunge in defense spending was likely due to uncertainty.",
     "said", "Alan Krueger"),
    ("A professor pointed out in a blog post that Google's research fails to show it.", "pointed out",
     "A professor"),
    ('Eliason also took issue with her assertion in a blog post that says the rule change "is a reasonable and '
     'targeted reform."', "assertion", "her"),
])
def test_post_after_a_determiner_is_a_noun(text, cue, source):
    found = _extract(text)
    assert not any(a.cue.text.startswith("post") for a in found)
    assert any(a.cue.text == cue and a.source is not None and a.source.text == source for a in found)


def test_post_after_an_auxiliary_is_a_verb():
    (made,) = _extract("Trump did post on Twitter Friday that his claims were true.")
    assert (made.cue.text, made.source.text) == ("did post", "Trump")


# A part of the day after a skipped weekday is skipped with it (AllSides: the contents began "afternoon that ...").
@pytest.mark.parametrize("text, cue, content", [
    ("White House Press Secretary Sarah Sanders said Monday morning that the administration has no announcements.",
     "said", "that the administration has no announcements"),
    ("The Labor Department reported Friday morning that the U.S. economy added 196,000 jobs in March.", "reported",
     "that the U.S. economy added 196,000 jobs in March"),
    ("The Pentagon also said on Friday afternoon it was dispatching more than 3,000 additional troops.", "also said",
     "it was dispatching more than 3,000 additional troops"),
    # counterexample: no weekday before it
    ("Sanders questioned night shift workers about their pay.", "questioned", "night shift workers about their pay"),
])
def test_a_day_part_after_a_weekday_is_skipped(text, cue, content):
    assert (cue, content) in [(c, t) for c, _, t in _summary(text)]


# A sentence ending in a colon after its cue and the words after it: the quotation making the next paragraph is
# what was said (BASIL: "Trump responded to Cruz's allegations in a statement on Friday afternoon:"), unless the
# cue is of a cognitive, directive or denial stance (what students should know, what the Democrats want).
@pytest.mark.parametrize("text, cue, content", [
    ("Trump responded to Cruz's allegations in a statement on Friday afternoon:\n\n“I have no idea whether or not "
     "the cover story is true.”", "responded", "“I have no idea whether or not the cover story is true.”"),
    ("Trump said on Friday:\n\n“I have no idea whether or not the cover story is true.”", "said",
     "“I have no idea whether or not the cover story is true.”"),
    ("Fox News host Laura Ingraham put it this way in August:\n\n“In some parts of the country, it does seem like "
     "the America that we know and love doesn't exist anymore.”", "put it",
     "“In some parts of the country, it does seem like the America that we know and love doesn't exist anymore.”"),
    # counterexamples
    ("Cuomo touts the standards, which detail what students should know by the end of the 12th grade:\n\n“The "
     "Common Core standards are a critical part of transforming our schools.”", "should know",
     "by the end of the 12th grade"),
    ("He listed three demands:\n\nHigher wages, shorter hours and better pay.", "listed", "three demands"),
])
def test_a_colon_ending_the_sentence_gives_the_quotation_below(text, cue, content):
    assert (cue, content) in [(c, t) for c, _, t in _summary(text)]


# A title-case headline ending in a name and a capitalised cue attributes what comes before them.
@pytest.mark.parametrize("text, source, content", [
    ("Trump Could Address Clean Energy, Lindsey Graham Says.", "Lindsey Graham", "Trump Could Address Clean Energy"),
    ("Voter ID Laws Do Not Suppress Voting, Study Finds", "Study", "Voter ID Laws Do Not Suppress Voting"),
])
def test_headline_ending_in_a_name_and_cue(text, source, content):
    (made,) = _extract(text)
    assert (made.source.text, made.content.text) == (source, content)


@pytest.mark.parametrize("text", [
    "In Iowa: What Donald Trump Said.",                           # a title naming what was said
    "it was a good day, Lindsey Graham Says.",                     # no title-case line
    "Trump Could Address Clean Energy, Lindsey Graham Says on Monday",  # the cue does not end the line
])
def test_capitalised_cues_elsewhere_are_no_headline_cues(text):
    assert not any(a.cue.text in ("Says", "Finds") for a in _extract(text))


# A participle cue right after a thing, then time or place words and the main clause's verb, is a reduced relative
# clause ("the deal (that was) announced Wednesday"): nobody is quoted (AllSides sentences). Heads of `[heads]` that
# speak, names, pronouns, a pronoun or a noun phrase right after the cue keep the attribution.
@pytest.mark.parametrize("text", [
    "The deal announced Wednesday comes as the Cuban government released American aid worker Alan Gross.",
    "The opinions expressed in this commentary are hers.",
    "The views expressed in this video are solely those of John Stossel.",
    "The policy announced last week has drawn criticism from Democrats.",
    "The rules proposed in March would require disclosure.",
])
def test_reduced_relative_participles_are_no_cues(text):
    assert _extract(text) == []


def test_a_reduced_relative_before_a_cue_leaves_that_cue():
    text = "The school district policy announced in 2018 says students can be called by their preferred name."
    found = [(a.cue.text, a.source.text if a.source else None) for a in _extract(text)]
    assert ("says", "The school district policy announced in 2018") in found
    assert "announced" not in [cue for cue, _ in found]


@pytest.mark.parametrize("text, cue, source", [
    ("The group announced Monday it would close.", "announced", "The group"),        # a pronoun opens the content
    ("The group announced Monday he would resign.", "announced", "The group"),
    ("Officials were silent, but she claimed Tuesday was a turning point.", "claimed", "she"),  # a pronoun speaks
    ("The committee announced on Monday that it would hold hearings.", "announced", "The committee"),
    ("University leaders believed the rule was part of the plan.", "believed", "University leaders"),
    ("The company announced Wednesday was its last day of trading.", "announced", "The company"),  # a business
    ("Trump claimed Tuesday was a great day.", "claimed", "Trump"),                  # a name
    ("The memo says Monday is the deadline.", "says", "The memo"),                   # no participle
    ("The document revealed secret talks were held.", "revealed", "The document"),   # a content
])
def test_participles_after_speakers_stay_cues(text, cue, source):
    assert (cue, source) in [(a.cue.text, a.source.text if a.source else None) for a in _extract(text)]


# A second reporting verb joined by "and" or "but" with a that-clause of its own is its own attribution, whatever
# its stance; without a clause an endorsing or cognitive verb stays part of the content.
@pytest.mark.parametrize("text, cues", [
    ("Clinton campaign communications director Jennifer Palmieri acknowledged that the candidate misspoke but "
     "noted that the video was real.", ["acknowledged", "noted"]),
    ("Smith said the company grew and noted that profits rose.", ["said", "noted"]),
    ("She said she was tired of the status quo and wanted change.", ["said"]),
    # a base form after "and" joins the content's verbs, and "that" after a noun is a relative pronoun
    ("Some experts say the launches were designed to shore up unity and show that Kim is in control.", ["say"]),
    ("Mr. Romney said that Mr. Obama had squandered the optimism and hope that had infused his victory.", ["said"]),
])
def test_a_coordinated_cue_with_a_that_clause(text, cues):
    assert [a.cue.text for a in _extract(text)] == cues


# Discourse phrases holding "said" or "told" report nobody's words ("That said, ...", "Having said that, ...",
# "Truth be told, ..."); "that said," only where it opens its clause, for after a noun it is a relative clause
# reporting what the noun says.
@pytest.mark.parametrize("text", [
    "That said, the plan would cost billions.",
    "All that said, there are four clear themes emerging from early polls.",
    "But that said, the pledged-delegate margin remains the most important number.",
    "Having said that, the plan would cost billions.",
    "That being said, the plan would cost billions.",
    "With that said, the plan would cost billions.",
    "Truth be told, it's barely even a start.",
])
def test_discourse_phrases_are_no_cues(text):
    assert _extract(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("(That said, she also noted, \"When you attack him, he will punch back 10 times harder.\")", "also noted",
     "\"When you attack him, he will punch back 10 times harder.\""),
    ("The council passed a resolution that said, in part, the city condemns the speech.", "said",
     "the city condemns the speech"),
    ("The declaration came after Trump initially denied having said that he had demonstrated such behavior.",
     "initially denied", "having said that he had demonstrated such behavior"),
])
def test_discourse_phrase_counterexamples_still_report(text, cue, content):
    assert cue in [c for c, _, _ in _summary(text)]
    assert (cue, content) in [(c, t) for c, _, t in _summary(text)]


# A content cut before a later cue of its sentence keeps that cue's clause when nothing but a word opening a
# clause ("that", "having") would be left of it; a one-word content of its own ("no") is still cut.
@pytest.mark.parametrize("text, cue, content", [
    ("Rubio said that he and Cruz discussed the plan at length on Monday.", "said",
     "that he and Cruz discussed the plan at length on Monday"),
    ("Kerry said no, and Lavrov said yes.", "said", "no"),
    # counterexample: one source's two acts ("that" is what they denied)
    ("Law enforcement officials have denied that and defended their practices.", "have denied", "that"),
])
def test_a_content_is_not_cut_down_to_its_opening_word(text, cue, content):
    assert (cue, content) == [(c, t) for c, _, t in _summary(text)][0]


# "according to X" in brackets reports what the brackets hold, or what comes before them when they hold only the
# source; between commas after a short fronted phrase it reports the whole clause (not "The senator"); after
# conjunctions or sentence openers alone ("And according to ...") what follows the source.
@pytest.mark.parametrize("text, content", [
    ("The senator was furious (according to aides, he had not been told about the amendment) and left early.",
     "he had not been told about the amendment"),
    ("Clinton leads Trump by 5 points (according to a CNN poll released Monday).", "Clinton leads Trump by 5 points"),
    ("(According to aides, he was furious about the amendment.)", "he was furious about the amendment"),
    ("The senator, according to aides, was furious about the amendment.",
     "The senator, according to aides, was furious about the amendment"),
    ("Over the long term, according to the budget office, the rise in annual deficits is mainly attributable to "
     "the aging of the population.", "Over the long term, according to the budget office, the rise in annual "
     "deficits is mainly attributable to the aging of the population"),
    # after conjunctions or sentence openers alone, what follows the source
    ("And according to a recent report, there is reason to believe that Douyin censors videos.",
     "there is reason to believe that Douyin censors videos"),
    ("But, however, according to UNICEF, there is a rising HIV epidemic in vulnerable communities.",
     "there is a rising HIV epidemic in vulnerable communities"),
    # counterexamples: a clause of its own before the phrase is the content, and a relative pronoun opens one
    ("Which, according to the Vatican's latest statement, is exactly what happened.",
     "Which, according to the Vatican's latest statement, is exactly what happened"),
    ("Trump so far has won 758 pledged delegates, compared to Cruz's 538, according to a CNN tally, but his "
     "pathway to victory is narrowing.", "Trump so far has won 758 pledged delegates, compared to Cruz's 538"),
])
def test_according_to_content_around_brackets_and_commas(text, content):
    found = [a for a in _extract(text) if a.kind == "according_to"]
    assert [a.content.text for a in found] == [content]


# A part ends where it leaves the bracket it began in; brackets it opens and closes itself stay.
@pytest.mark.parametrize("text, cue, content", [
    ("The senator was furious (according to aides, he had not been told about the amendment) and left early.",
     "had not been told about", "the amendment"),
    ("(His campaign later clarified that he was talking about part-time workers who want more hours.)",
     "later clarified", "that he was talking about part-time workers who want more hours"),
    ("Justice Gorsuch was quiet (he didn't ask a single question) during the hearing.", "didn't ask",
     "a single question"),
    # counterexample: a bracket inside the content is kept whole
    ("Sen. John Cornyn (R-Texas) said the plan would cost billions (and maybe more).", "said",
     "the plan would cost billions (and maybe more)"),
])
def test_a_content_ends_where_its_bracket_closes(text, cue, content):
    assert (cue, content) in [(c, t) for c, _, t in _summary(text)]


def test_a_part_does_not_begin_with_a_bracket_it_does_not_close():
    found = _summary("(Spicer: The president was elected by an overwhelming margin.)")
    assert [(source, content) for _, source, content in found] == [
        ("Spicer", "The president was elected by an overwhelming margin")]
    assert _extract("(Disclosure: The author worked for the campaign in 2016.)") == []  # a label, not a speaker


# A source between commas after a short fronted phrase reports the whole clause around it (PolNeAR marks both
# pieces); not when a quotation follows the cue, nor after a relative clause on the source.
@pytest.mark.parametrize("text, cue, content", [
    ("The economy, Trump said, is the strongest it has ever been.", "said",
     "The economy, Trump said, is the strongest it has ever been"),
    ("Time, Mr. Pence added, was on their side.", "added", "Time, Mr. Pence added, was on their side"),
    # counterexamples
    ("Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked.”",
     "issued a statement", "“Last night, our nation was attacked.”"),
    ("Sanders, who spoke in Iowa, said the plan would cost billions.", "said", "the plan would cost billions"),
])
def test_parenthetical_source_reports_the_whole_clause(text, cue, content):
    assert (cue, content) in [(c, t) for c, _, t in _summary(text)]


@pytest.mark.parametrize("text, source", [
    ("But political journalist Jon Ralston (considered the \"dean\" of the local press corps) thinks that's mostly "
     "hype.", "political journalist Jon Ralston"),
    ("Dalits (a marginalised community once referred to as \"untouchables\") have called on India to acknowledge "
     "centuries of oppression.", "Dalits"),
])
def test_a_long_bracketed_aside_between_subject_and_cue_is_skipped(text, source):
    assert source in [s for _, s, _ in _summary(text)]


# A name placed by "in", "at", "from" or "on" after a lower-case noun opening its clause belongs to a source headed by
# that noun ("the most popular carrier in Maryland", "a U.S. citizen from Milwaukee"; PolNeAR train: source exact hits
# 10,148 -> 10,159); not where the noun is a verb's or preposition's object, a participle comes before the place, or a
# relative clause follows the name.
@pytest.mark.parametrize("text, source, speaker", [
    ("The most popular carrier in Maryland has called for a 30 percent hike.", "The most popular carrier in Maryland",
     "most popular carrier"),
    ("Supporters of Obama's law in Texas say the federal government hasn't shown its case.",
     "Supporters of Obama's law in Texas", "supporters"),  # (a relation's "of" names no speaker: `relation_heads`)
    ("A new poll in The Pittsburgh Tribune found that 73 percent of voters want a moratorium.",
     "A new poll in The Pittsburgh Tribune", "Pittsburgh Tribune"),  # (a document: the body it names speaks)
    ("Angelica Rubio, a U.S. citizen from Milwaukee, said she became active on the issue.",
     "Angelica Rubio, a U.S. citizen from Milwaukee", "Angelica Rubio"),
    ("Republican staffers on the Senate Budget Committee estimated that the annual cost could be in the billions.",
     "Republican staffers on the Senate Budget Committee", "Republican staffers"),
    # counterexamples
    ("He agreed because an acquaintance he met when the pageant was held in Moscow told him this person might help.",
     "Moscow", "Russia"),
    ("The comment drew swift rebukes from Republicans who pointed out that officials knew.", "Republicans who",
     "Republicans"),
    ("The Kremlin poured fresh scorn on US intelligence claims of hacking.", "US intelligence", "US intelligence"),
])
def test_a_named_place_after_a_noun_opening_its_clause_stays_in_the_source(text, source, speaker):
    assert (source, speaker) in [(a.source.text, a.speaker) for a in _extract(text) if a.source]


# A place or body after a speaker's head noun stays in the source ("officials in Washington"); the speaker is the
# head, with the place's country. After a document's head the source keeps the document too, as PolNeAR's do (31 of
# 35 such gold sources), but the body speaks ("a letter from the Pentagon": the Pentagon); not across a verb ("Kerry
# met diplomats in Geneva and said").
@pytest.mark.parametrize("text, source, speaker, group, country", [
    ("Officials in Washington said the talks would resume.", "Officials in Washington", "officials", "anonymous",
     "United States"),
    ("Analysts at Goldman Sachs said the rate rise was likely.", "Analysts at Goldman Sachs", "analysts", "anonymous",
     None),
    ("Police in Paris said three people were arrested.", "Police in Paris", "police", "government", "France"),
    ("Democrats in Congress said the bill was dead.", "Democrats in Congress", "Democrats", "politician",
     "United States"),
    ("Officials from both countries said the deal was close.", "Officials from both countries", "officials",
     "anonymous", None),
    ("The talks will resume, said officials in Washington.", "officials in Washington", "officials", "anonymous",
     "United States"),
    ("Some Democrats on Capitol Hill said the legislation was about embarrassing the president.",
     "Some Democrats on Capitol Hill", "Democrats", "politician", "United States"),
    ("Democratic lawmakers on the call questioned that approach.", "Democratic lawmakers on the call",
     "Democratic lawmakers", "anonymous", None),
    # a name after the comma is the speaker, not the head before "on"
    ("The top Democrat on the Senate intelligence panel, Virginia Sen. Mark Warner, said it was unconscionable.",
     "The top Democrat on the Senate intelligence panel, Virginia Sen. Mark Warner", "Mark Warner", "politician",
     "United States"),
    # counterexamples
    ("The United Nations Office on Drugs and Crime said assaults fell.", "The United Nations Office on Drugs and Crime",
     "Office on Drugs and Crime", "un", None),
    ("The Ninth Circuit Court on October 13 said same-sex couples can marry.", "The Ninth Circuit Court",
     "Ninth Circuit Court", "other", None),  # (the date stands between the source and its cue)
    ("A letter from the Pentagon said the troops would stay.", "A letter from the Pentagon", "Pentagon", "military",
     "United States"),
    ('"It is over," said a spokesman in a statement.', "a spokesman", "spokesman", "government", None),
    ("Joanna Hendon, left, said President Trump hired her firm on Wednesday", "Joanna Hendon, left", "Joanna Hendon",
     "other", None),
    ("Kerry met diplomats in Geneva and said the talks were useful.", "Kerry", "John Kerry", "government",
     "United States"),
])
def test_a_place_after_a_speakers_head_stays_in_the_source(text, source, speaker, group, country):
    (found,) = _extract(text)
    assert (found.source.text, found.speaker, found.speaker_group, found.country) == (source, speaker, group, country)


# A time phrase put before a source is not part of it; a modifier noun of time is ("a day laborer").
@pytest.mark.parametrize("text, source", [
    ("Later in the day officials said the fire was contained.", "officials"),
    ("Earlier this week officials said the fire was contained.", "officials"),
    ("Last year researchers found that the drug worked.", "researchers"),
    ("On Monday officials said the fire was contained.", "officials"),
    ("Monday morning the president retweeted a post by a game show host.", "the president"),
    # counterexamples
    ("A day laborer said the fire was contained.", "A day laborer"),
    ("The Morning Consult poll found that Trump led.", "The Morning Consult poll"),
    ("The night manager said the fire was contained.", "The night manager"),
    ("Time magazine reported this from a Pentagon briefing with George W. Bush.", "Time magazine"),  # a name's word
])
def test_a_time_phrase_before_a_source_is_left_out(text, source):
    assert source in [s for _, s, _ in _summary(text)]


# "news" inside a source is a noun, not the verb its -s might make it ("The news agency said": was "agency").
@pytest.mark.parametrize("text, source", [
    ("Turkey's official Anadolu news agency reported that the gunman had been neutralized.",
     "Turkey's official Anadolu news agency"),
    ("Syrian and Iranian news outlets accused Israel of firing first.", "Syrian and Iranian news outlets"),
    ("The news agency has noted that in 2014 the Canadian unit of General Dynamics won a contract.", "The news agency"),
    # counterexample: "news" heading a clause of its own
    ("The news comes as officials said the test failed.", "officials"),
])
def test_news_is_a_noun_inside_a_source(text, source):
    assert source in [s for _, s, _ in _summary(text)]


# A speaker's head noun before "and" makes one source of both conjuncts; its speaker is the last one, as for
# "Democrats and Republicans". Not across a verb ("Trump arrived and officials said").
@pytest.mark.parametrize("text, source, speaker", [
    ("The Florida senator and Republican presidential candidate said he would run.",
     "The Florida senator and Republican presidential candidate", "Republican presidential candidate"),
    ("The ministry and the army said the attack failed.", "The ministry and the army", "army"),
    ("But Democratic lawmakers and aides say the committee is expected to have at least one more hearing.",
     "Democratic lawmakers and aides", "aides"),
    ("Open-borders advocates and progressives assume that the law is weak.", "progressives", "progressives"),
    # counterexample
    ("Trump arrived and officials said the talks would resume.", "officials", "officials"),
])
def test_coordinated_speaker_heads_make_one_source(text, source, speaker):
    assert (source, speaker) in [(a.source.text, a.speaker) for a in _extract(text) if a.source]


def test_two_acts_of_one_source_leave_no_lone_clause_opener_as_content():
    found = [(a.cue.text, a.content.text if a.content else None)
             for a in _extract("The White House did not respond when asked about the report.")]
    assert ("did not respond", None) in found and ("asked about", "the report") in found
    # counterexample: another source's cue inside the content keeps the whole clause
    assert ("said", "that he and Cruz discussed it") in [(c, t) for c, _, t in _summary(
        "Rubio said that he and Cruz discussed it.")]


# "It" never stands for a person; "it" and "they" pass over a common noun of no speaker group, often a misread
# source, to the last group, body or country.
def test_it_is_no_person_and_skips_common_nouns_of_no_group():
    assert [a.speaker for a in _extract("Trump spoke in Ohio on Monday. It said the plan was ready.")] == [None]
    found = _extract("The Pentagon said the strike had worked. The gadget claims that the base was empty. "
                     "It said two soldiers died.")
    assert [(a.source.text, a.speaker) for a in found] == [
        ("The Pentagon", "Pentagon"), ("The gadget", "gadget"), ("It", "Pentagon")]
    # counterexample: a named body of no listed group is still what "it" stands for
    found = _extract("Acme Widgets said sales fell. It said prices would rise.")
    assert [a.speaker for a in found] == ["Acme Widgets", "Acme Widgets"]


# A source's first word keeps a capital only a sentence's start gave it when it is a common word, so that one source
# is one speaker wherever it stands; names keep theirs.
@pytest.mark.parametrize("text, speaker", [
    ("Officials said the talks would resume.", "officials"),
    ("The talks will resume, officials said.", "officials"),
    ("Police said three people were arrested.", "police"),
    # counterexamples
    ("Democrats said the bill was dead.", "Democrats"),
    ("Russian officials said the talks would resume.", "Russian officials"),
    ("Doctors Without Borders said the hospital was hit.", "Doctors Without Borders"),
])
def test_a_sentence_capital_is_no_part_of_a_common_speaker(text, speaker):
    assert [a.speaker for a in _extract(text)] == [speaker]


# A set phrase between a source and its cue ("in a statement", "at the time", "in recent weeks") is no part of the
# source; a place after a speaker's head still is.
@pytest.mark.parametrize("text, source", [
    ("Officials in a statement said the talks failed.", "Officials"),
    ("Trump at the time said the deal was great.", "Trump"),
    ("Republicans in recent weeks have argued that the bill is bad.", "Republicans"),
    ("Critics on the other hand say the plan is weak.", "Critics"),
    # counterexamples
    ("Officials in Washington said the talks failed.", "Officials in Washington"),
    ("Three students who were in the dormitory at the time said they heard shots.",
     "Three students who were in the dormitory"),
])
def test_a_set_phrase_before_the_cue_is_no_part_of_the_source(text, source):
    assert [a.source.text for a in _extract(text) if a.source is not None][:1] == [source]


# "said in a statement that ...": the statement is the form of the report, not a second, sourceless attribution.
def test_a_statement_named_after_the_cue_is_no_second_attribution():
    assert [(a.source.text if a.source else None, a.cue.text) for a in _extract(
        "The company said in a statement that it would cooperate.")] == [("The company", "said")]
    # counterexample: a statement of its own stays one
    assert [(a.cue.text, a.kind) for a in _extract("His statement that the vote was rigged angered officials.")] == [
        ("statement", "nominal")]


# An anonymity marker in a relative clause says how a source speaks, not what: no attribution of its own.
@pytest.mark.parametrize("text, expected", [
    ("But the official, who asked not to be identified, would not say whether Nadler advocated it.",
     [("the official", "would not say")]),
    ("One lobbyist, who asked not to be named because his clients rely on him, said it worked.",
     [("One lobbyist", "said")]),
    ("Officials said on condition of anonymity that the talks failed.", [("Officials", "said")]),
    # counterexample: a marker that is the source's own act keeps it, and the coordinated cue takes its source
    ("A spokesman declined to be named but said the talks failed.",
     [("A spokesman", "declined"), ("A spokesman", "said")]),
])
def test_an_anonymity_marker_in_a_relative_clause_is_no_attribution(text, expected):
    assert _sources_and_cues(text) == expected


def test_content_starts_after_on_condition_of_anonymity():
    assert [a.content.text for a in _extract("Officials said on condition of anonymity that the talks failed.")] == [
        "that the talks failed"]


# An infinitive right after an anonymity marker says why the source hides, not what it said (PolNeAR marks 20 of
# 24 such infinitives as no cue).
@pytest.mark.parametrize("text, expected", [
    ("The official, who asked for anonymity to discuss personnel issues, said the move was planned.",
     [("The official", "said")]),
    ("A senior official, who spoke on the condition of anonymity to discuss internal deliberations, said the talks "
     "had stalled.", [("A senior official", "said")]),
    ("The aide, who was not authorized to speak publicly about the matter, said the plan was dead.",
     [("The aide", "said")]),
    # the relative clause's infinitive belongs to the source, which reaches back to its head
    ("Two officials who requested anonymity to describe the talks said they had failed.",
     [("Two officials who requested anonymity to describe the talks", "said")]),
    # counterexamples: an infinitive after no marker stays a cue's content, and a pronoun subject stops the source
    ("He asked reporters to discuss the plan.", [("He", "asked")]),
    ("The aides who will toss aside ethics to say whatever you tell them to say.", [("you", "tell")]),
])
def test_an_infinitive_after_an_anonymity_marker_is_no_cue(text, expected):
    made = _sources_and_cues(text)
    assert [pair for pair in made if pair[1] != "to say"] == expected


def test_anonymity_ends_no_source():
    # "anonymity" ends the clause about a source further back: no source is better than "the condition of anonymity"
    made = _extract("A person familiar with the case who was not authorized to discuss the matter by name and spoke "
                    "to AP only on the condition of anonymity confirmed the allegation.")
    assert [(a.source, a.cue.text) for a in made if a.cue.text == "confirmed"] == [(None, "confirmed")]


# A capitalised listener between a verbal cue and "that" is no part of the content, as PolNeAR marks it.
@pytest.mark.parametrize("text, content", [
    ("The aide told Reuters that the deal was bad.", "that the deal was bad"),
    ("He told The Associated Press on Monday that the FBI investigation is independent.",
     "that the FBI investigation is independent"),
    ("She warned Congress that the money would run out.", "that the money would run out"),
    # counterexamples: no "that" after the name, or a colon before it
    ("He said President Obama was wrong.", "President Obama was wrong"),
    ("Trump: And that is why we win.", "And that is why we win"),
])
def test_a_named_listener_before_that_is_no_content(text, content):
    assert [a.content.text for a in _extract(text)][:1] == [content]


# "according to" reads up to 16 words, and a source cut at that limit ends on no function word.
@pytest.mark.parametrize("text, source, content", [
    ("The fight goes on, according to two senior officials speaking on the condition of anonymity to discuss "
     "internal thinking.",
     "two senior officials speaking on the condition of anonymity to discuss internal thinking", "The fight goes on"),
    ("According to the numbers released Monday by the U.S. Department of Health and Human Services, only 24 percent "
     "signed up.", "the numbers released Monday by the U.S. Department of Health and Human Services",
     "only 24 percent signed up"),
    ("According to a pool report from journalists traveling with the secretary of state, the talks failed.",
     "a pool report from journalists traveling with the secretary of state", "the talks failed"),
])
def test_according_to_reads_a_long_source(text, source, content):
    made = [a for a in _extract(text) if a.kind == "according_to"]
    assert [(a.source.text, a.content.text) for a in made] == [(source, content)]


# An inverted source keeps its appositives and relative clause to the sentence's end, as PolNeAR's sources do ("said
# Robert Klein, chairman of ..."; PolNeAR train: source exact hits 10,159 -> 10,325); not a participle clause or a
# clause with its own cue ("said Smith, adding that ...", "said Smith, who added that ..."), nor what follows a
# dash or a conjunction.
@pytest.mark.parametrize("text, source", [
    ("\u201cIt\u2019s fine to say so,\u201d said Robert Klein, chairman of the California Institute for "
     "Regenerative Medicine.", "Robert Klein, chairman of the California Institute for Regenerative Medicine"),
    ("\u201cThis man is totally wrong,\u201d said Biden, who served as a US senator for 36 years.",
     "Biden, who served as a US senator for 36 years"),
    ("\u201cWhen judges start looking,\u201d said Alicia Bannon, senior counsel in the Brennan Center\u2019s Democracy "
     "Program.", "Alicia Bannon, senior counsel in the Brennan Center\u2019s Democracy Program"),
    ("\u201cIt is over,\u201d said Marvin Teske, 53, a security guard at a Reno casino.",
     "Marvin Teske, 53, a security guard at a Reno casino"),
    # counterexamples
    ("\u201cNo,\u201d said Smith, adding that the plan would fail.", "Smith"),
    ("\u201cNo,\u201d said Smith, who added that the plan would fail.", "Smith"),
    ("\u201cNo,\u201d said Dino Spencer, who now runs the 5th Street Gym \u2014 which to this day hosts fights.",
     "Dino Spencer, who now runs the 5th Street Gym"),
    ("\u201cNo,\u201d said Smith, a Democrat, but the plan failed anyway.", "Smith, a Democrat"),
])
def test_an_inverted_source_keeps_its_appositives(text, source):
    assert [a.source.text for a in _extract(text) if a.source is not None][:1] == [source]


# A name ending the sentence after an inverting cue is the source even when an appositive comes before the cue.
@pytest.mark.parametrize("text, source", [
    ("The rebels withdrew to Jarablus, a town under the control of Turkey, said Syrian state-affiliated "
     "al-Ikhbariya TV.", "Syrian state-affiliated al-Ikhbariya TV"),
    ("The VA system has stepped up its efforts, having treated some 68,000 veterans, said Department of Veterans "
     "Affairs spokesman Curtis Cashour.", "Department of Veterans Affairs spokesman Curtis Cashour"),
    # the name's own appositive or relative clause may end the sentence (AllSides; the words before the cue were the
    # source: "Trump's impeachment trial, people mostly share ...", "lawmakers", "Bloomberg")
    ("During news events like Trump\u2019s impeachment trial, people mostly share information to signal their "
     "beliefs, says Ren\u00e9e DiResta of Stanford, who studies how narratives spread online.",
     "Ren\u00e9e DiResta of Stanford, who studies how narratives spread online"),
    ("For lawmakers, the symbolism of the vote was more important, said Steve Billet, director of the legislative "
     "affairs program at George Washington University.",
     "Steve Billet, director of the legislative affairs program at George Washington University"),
    ("In a primary, Bloomberg\u2019s deep pockets would enable an extended run with adequate resources, said Sheekey, "
     "a longtime political adviser.", "Sheekey, a longtime political adviser"),
    ("Kelly in May paid child support to cover payments due through July, but has not made a payment since, said "
     "Alison Motta, lawyer for Andrea Kelly.", "Alison Motta, lawyer for Andrea Kelly"),
    # or a description opened by a lower-case word, each later comma before a capital, determiner or preposition
    ("The longer a standoff lasts, the harder it can be on workers who are going without a paycheck, said Paul Feeney, "
     "a spokesman for the International Brotherhood of Electrical Workers, Local 2222, in Dorchester.",
     "Paul Feeney, a spokesman for the International Brotherhood of Electrical Workers, Local 2222"),
    # or a party tag in brackets
    ("\u201cA couple of years ago, I wouldn\u2019t have said\u201d the bill needs to include defunding, said Sen. "
     "Chuck Grassley (R-Iowa).", "Sen. Chuck Grassley"),
    ("\u201cI don\u2019t think there\u2019s an argument to be made that our speaker has gotten stronger since Jan. "
     "6,\u201d the date of the speaker vote, said Rep. Steve King (R-Iowa).", "Rep. Steve King"),
    # counterexamples: an addressee verb, a lower-case end, a time word, a verb that does not invert
    ("John Smith, a fellow at the Brookings Institution, told Reuters.",
     "John Smith, a fellow at the Brookings Institution"),
    ("Karen Slappey, vicar at Lutheran Church, said Deal surprised her.", "Karen Slappey, vicar at Lutheran Church"),
    ("John Smith, a spokesman for the group, said Monday the talks failed.", "John Smith, a spokesman for the group"),
    ("Tom Fitton, president of Judicial Watch, backed Mr. Richman.", "Tom Fitton, president of Judicial Watch"),
    # counterexamples: the name after the cue is the subject of what was said (a verb after its description)
    ("Ford O\u2019Connell, a GOP strategist, said Mr. Reid, a former boxer and ex-chairman of the powerful Nevada "
     "Gaming Commission, likely relishes being \u201cbest bodyguard that president Obama has.\u201d",
     "Ford O\u2019Connell, a GOP strategist"),
    ("Castaneda, who also teaches at New York University, says Mexico, as America\u2019s third largest trading "
     "partner, doesn\u2019t have much financial leverage.", "Castaneda"),
    ("Dewey Clayton, a politics professor at the University of Louisville, said McConnell, 75, is probably safe until "
     "he decides to retire.", "Dewey Clayton, a politics professor at the University of Louisville"),
])
def test_an_inverted_source_after_an_appositive(text, source):
    assert [a.source.text for a in _extract(text) if a.source is not None][:1] == [source]


# A sentence opener that is no subject ("There's", "That's", "Well", an auxiliary or adverb) is no source of a cue
# that has none of its own; a quantifier is ("Both went on").
@pytest.mark.parametrize("text, sources", [
    ("There's no reason to think more won't join them soon.", []),
    ("That’s to say the special interests don’t have disproportionate power.", []),
    ("Does that fall within America's treaty commitments to defend its ally?", [None]),
    ("Already, to push back against tax cuts, Democrats signed a letter.", [None]),
    # counterexamples
    ("Both went on television to discuss the deal.", ["Both"]),
    ("Kerry went on television to discuss the deal.", ["Kerry"]),
    ("Will Hurd went on television to discuss the deal.", ["Will Hurd"]),  # an auxiliary's word as a first name
])
def test_a_sentence_opener_is_no_source(text, sources):
    assert [a.source.text if a.source else None for a in _extract(text)] == sources


# "at least" before a quantity belongs to the source; the speaker is the quantity and its noun.
@pytest.mark.parametrize("text, source, speaker", [
    ("At least two senators said the bill would fail.", "At least two senators", "two senators"),
    ("At least 10 people said they saw it.", "At least 10 people", "10 people"),
    # counterexample: "at least" between a source and its cue is no part of either
    ("The senator at least said he would try.", "The senator", "senator"),
])
def test_at_least_before_a_quantity_is_part_of_the_source(text, source, speaker):
    assert [(a.source.text, a.speaker) for a in _extract(text) if a.source is not None][:1] == [(source, speaker)]


# A capitalised auxiliary between a capitalised word and a lower-case one is a name's last word, not part of the cue
# ("Theresa May has said", "George Will wrote"); a headline's capitals keep it an auxiliary ("Officials May Say").
@pytest.mark.parametrize("text, source, cue", [
    ("Theresa May has said she will stay.", "Theresa May", "has said"),
    ("Mrs May said the deal was done.", "Mrs May", "said"),
    ("Columnist George Will wrote that the party was dead.", "Columnist George Will", "wrote"),
    ("Although May had offered a tepid endorsement, she was clear.", "May", "had offered"),
    # counterexamples
    ("Officials May Say Otherwise, the paper reported.", "the paper", "reported"),
    ("Critics may say that it is over.", "Critics", "may say"),
])
def test_a_capitalised_auxiliary_after_a_name_is_the_names(text, source, cue):
    assert (source, cue) in [(a.source.text, a.cue.text) for a in _extract(text) if a.source]


# A modal written with a capital right before a form no modal takes (an inflected cue, a finite auxiliary) is a
# name, also first in a sentence ("May said", "Will wrote"); "May say" keeps the modal, and a month after "in",
# "early" or "last" is a date, skipped between the source and its cue.
@pytest.mark.parametrize("text, source, cue, speaker", [
    ("Theresa May met the EU leaders on Monday. May said the deal was dead.", "May", "said", "Theresa May"),
    ("Theresa May met the EU leaders. May has said the deal was dead.", "May", "has said", "Theresa May"),
    ("George Will is a columnist. Will wrote that the party had lost its way.", "Will", "wrote", "George Will"),
    ("The administration in May said it wanted China to commit.", "The administration", "said", "United States"),
    ("A Quinnipiac University poll in May found that most voters did not know him.",
     "A Quinnipiac University poll", "found", "Quinnipiac University"),
    ("The ministry in early June said the talks had failed.", "The ministry", "said", "ministry"),
    # counterexamples: the modal before a base form; a month after a participle stays in the source's clause
    ("May say what you like, he said.", "he", "said", None),
    ("A study unveiled in November estimates that the whales now number 24,900.", "A study unveiled in November",
     "estimates", "study"),
])
def test_a_capitalised_modal_before_an_inflected_verb_is_a_name(text, source, cue, speaker):
    found = [(a.source.text, a.cue.text, a.speaker) for a in _extract(text) if a.source]
    assert found[0] == (source, cue, speaker)
    assert not any(c.startswith(("May ", "June ", "November ")) for _, c, _ in found)


# The listener of an addressee verb (tell, ask, warn, ...) before "that" is no part of the content, capitalised or not
# ("told the Times that", "told the raucous crowd that", "told him that"); a relative "that" after the object, or a
# thing told, keeps the object in the content.
@pytest.mark.parametrize("text, content", [
    ("Carter told the Times that he regretted the emails.", "that he regretted the emails"),
    ("Trump told the raucous crowd that it meant a lot to him.", "that it meant a lot to him"),
    ("A spokeswoman told The New York Times Tuesday morning that Trump canceled the interview.",
     "that Trump canceled the interview"),
    ("She told him that it was over.", "that it was over"),
    ("He warned the party that it would lose.", "that it would lose"),
    ("Mr Trump told Russian officials that firing Comey had relieved great pressure.",
     "that firing Comey had relieved great pressure"),
    # counterexamples
    ("He told the story of one family that had to sell its house.", "the story of one family that had to sell its house"),
    ("We asked the editor of that article for a link.", "the editor of that article for a link"),
])
def test_an_addressees_listener_is_no_part_of_the_content(text, content):
    assert content in [a.content.text for a in _extract(text) if a.content]


# A phrase of place or time between a cue and its "that" is no part of the content ("said in Ohio that", "told
# supporters in Iowa on Monday that"; PolNeAR train: content exact hits 11,339 -> 11,371); a relative "that", or a
# clause before the "that", keeps the phrase in the content.
@pytest.mark.parametrize("text, content", [
    ("Trump said in Ohio that the wall would be built.", "that the wall would be built"),
    ("Trump told supporters in Iowa on Monday that the wall would be built.", "that the wall would be built"),
    ("Rep. Tom Price said during a news conference that he will serve out his term.", "that he will serve out his term"),
    ("Prosecutors said in court papers unsealed Friday that the campaign is aimed at both parties.",
     "that the campaign is aimed at both parties"),
    # settings of nine to twelve words (AllSides; were part of the content)
    ("Vice President Mike Pence said during an interview on a Corpus Christi radio program Tuesday that he also plans "
     "to take a trip to Texas this week.", "that he also plans to take a trip to Texas this week"),
    ("Ford said during her testimony at a dramatic Senate hearing on Thursday that Judge was in the bedroom.",
     "that Judge was in the bedroom"),
    ("The speaker said at a conference of finance industry leaders in Las Vegas on Thursday that he endorsed Trump.",
     "that he endorsed Trump"),
    # counterexamples
    ("Trump said in a move that surprised many that the wall would be built.",
     "in a move that surprised many that the wall would be built"),
    ("Trump said in Ohio he believed that the wall would be built.", "in Ohio he believed that the wall would be built"),
    ("He said in that case the deal was dead.", "in that case the deal was dead"),
])
def test_a_setting_between_a_cue_and_that_is_no_part_of_the_content(text, content):
    assert content in [a.content.text for a in _extract(text) if a.content]


# A setting phrase the source owns ("said in his statement that", "wrote in her opinion that") opens the content at
# its "that", even where its head could be a thing reported ("a statement that"); a nominal cue in it reports nothing
# more (AllSides: 92 such second reports gone, 105 contents begin at the "that"). Counterexamples: a nominal cue
# with a possessive not inside a cue's setting, and a relative "that" after the phrase.
@pytest.mark.parametrize("text, content, cues", [
    ("Jim Knoblach said in his statement that he wasn't willing to spend six months fighting.",
     "that he wasn't willing to spend six months fighting", ["said"]),
    ("Ginsburg said in her remarks that while the justices try not to disagree, they do.",
     "that while the justices try not to disagree, they do", ["said"]),
    ("Clapper and Rogers said in their testimony that the US has been trying to create a list.",
     "that the US has been trying to create a list", ["said"]),
    ("The Justice Department said in its complaint that Butina worked with two unnamed people.",
     "that Butina worked with two unnamed people", ["said"]),
    ("Mr. Perry said in his prepared remarks that he leaves the race a blessed man.",
     "that he leaves the race a blessed man", ["said"]),
    # counterexamples
    ("He defended his statement that the vote was rigged.", "that the vote was rigged", ["defended", "statement"]),
    ("He said in his speech that was broadcast Monday that taxes would rise.",
     "in his speech that was broadcast Monday that taxes would rise", None),
])
def test_a_setting_the_source_owns_opens_the_content_at_its_that(text, content, cues):
    found = _extract(text)
    assert content in [a.content.text for a in found if a.content]
    assert cues is None or [a.cue.text for a in found if a.cue] == cues


# A participle describing the document a cue's phrase names belongs to that phrase ("in a statement released Monday
# that", "in an op-ed published by the Washington Post that"): the content starts at "that", and the participle is
# no cue of its own; a colon ends such a phrase before a quotation or after a lower-case word, not inside a title or
# a time (PolNeAR train: cue predictions 18,110 -> 18,108, content exact hits 11,380 -> 11,383).
@pytest.mark.parametrize("text, content", [
    ("Archbishop Carlo Maria Vigano wrote in a letter published in the National Catholic Register that he had told "
     "Francis of the allegations in 2013.", "that he had told Francis of the allegations in 2013"),
    ("He claimed in an op-ed published by the Washington Post that he was a victim of divisive politics.",
     "that he was a victim of divisive politics"),
    ("Cotton said in a statement released in early April that they had serious reservations about the program.",
     "that they had serious reservations about the program"),
    ("David Scheiner argued in a recent Washington Post op-ed that neither Clinton nor Trump had disclosed enough "
     "information.", "that neither Clinton nor Trump had disclosed enough information"),
    ("Pelosi said in a press conference afterward: \u201cI\u2019ve never seen anything like it.\u201d",
     "\u201cI\u2019ve never seen anything like it.\u201d"),
    ("Sen. Cory Booker of New Jersey said in New Hampshire: \u201cWe need to focus on winning this election.\u201d",
     "\u201cWe need to focus on winning this election.\u201d"),
    # counterexamples: a colon in a title or a time
    ("Reagan biographer Craig Shirley wrote in his book Last Act: The Final Years of Ronald Reagan, \u201cThey were "
     "best friends.\u201d", "in his book Last Act: The Final Years of Ronald Reagan, \u201cThey were best friends.\u201d"),
    ("The shooting was first reported at 10:30 p.m. via an emergency call.", "at 10:30 p.m. via an emergency call"),
])
def test_a_documents_participle_is_part_of_the_setting_before_the_content(text, content):
    found = _extract(text)
    assert content in [a.content.text for a in found if a.content]
    assert not [a for a in found if a.cue and a.cue.text in ("published", "released", "posted")]


# "to" or "with" going on from a skipped phrase ("in a letter to Barr", "in an interview with CNN on Sunday") is part of
# it: the content starts at the "that" after it (11 AllSides contents; PolNeAR train: content exact hits 11,480 ->
# 11,486); without a "that" the content is as before.
@pytest.mark.parametrize("text, content", [
    ("The department said in a letter to Mueller on Monday that his testimony \"must remain within the boundaries\" of "
     "his report.", 'that his testimony "must remain within the boundaries" of his report'),
    ("Trump said in an interview with Fox News on Thursday that his campaign didn’t intentionally choose Juneteenth as "
     "the date for the rally.", "that his campaign didn’t intentionally choose Juneteenth as the date for the rally"),
    ("The NRA sent a letter to senators, saying in a letter to the Senate that it \"would unfairly infringe upon the "
     "Second Amendment rights of law-abiding Americans.\"",
     'that it "would unfairly infringe upon the Second Amendment rights of law-abiding Americans."'),
    ("McConnell warned in an interview with Reuters that passing healthcare reform will be tougher than tax reform.",
     "that passing healthcare reform will be tougher than tax reform"),
    # counterexamples: no "that" after the phrase, a clause before it
    ("Cruz said in a statement to reporters the bill was dead.", "to reporters the bill was dead"),
    ("Cruz said in a letter to Barr he believed that the bill was dead.", "to Barr he believed that the bill was dead"),
])
def test_to_or_with_after_a_skipped_phrase_is_part_of_it(text, content):
    assert content in [a.content.text for a in _extract(text) if a.content]


# Right after a cue, "to" or "with" before a listener (a name, "reporters", an object pronoun, a determiner) opens a
# setting too: "conceded to reporters on Thursday that" (51 AllSides contents; PolNeAR train: content exact hits 11,486
# -> 11,491). Not before a verb ("wants to avoid that whiplash") nor in a heading in capitals.
@pytest.mark.parametrize("text, content", [
    ("Her campaign's chairman John Podesta conceded to reporters on Thursday that the campaign had faced "
     "\u201cheadwinds, especially around the email question.\u201d",
     "that the campaign had faced \u201cheadwinds, especially around the email question.\u201d"),
    ("A law enforcement official familiar with the investigation confirmed to Fox News that FBI agents also "
     "confiscated the senator's cellphone.", "that FBI agents also confiscated the senator's cellphone"),
    ("Pelosi stressed to Democrats that they should focus on their investigations before considering impeachment.",
     "that they should focus on their investigations before considering impeachment"),
    ("Trump remarked to the press pool that \u201con a local level, they have to give us more help.\u201d",
     "that \u201con a local level, they have to give us more help.\u201d"),
    # counterexamples: an infinitive, a heading in capitals
    ("The Fed wants to avoid that whiplash.", "to avoid that whiplash"),
    ("He refused to accept the fact that Russia hacked the other party.",
     "to accept the fact that Russia hacked the other party"),
    ("TRUMP VOWS TO RELEASE FISA DOCS THAT KICKSTARTED RUSSIA PROBE",
     "TO RELEASE FISA DOCS THAT KICKSTARTED RUSSIA PROBE"),
])
def test_to_or_with_before_a_listener_opens_a_setting(text, content):
    assert content in [a.content.text for a in _extract(text) if a.content]


# A relative time ("earlier", "later") in a setting is no auxiliary ending it, and a "that" before a time noun ("that
# year") is no "that" opening the content (AllSides: 3 contents started at the setting, one was "that year").
@pytest.mark.parametrize("text, content", [
    ("Attorney General William Barr has said he believed \"spying\" did occur, but he also made clear at a Senate "
     "hearing earlier this year that he had no specific evidence that any surveillance was illegal or improper.",
     "that he had no specific evidence that any surveillance was illegal or improper"),
    ("He even blamed Pelosi for new Democratic congresswoman Rashida Tlaib saying at a party earlier this week that "
     "Democrats would impeach the president.", "that Democrats would impeach the president"),
    # counterexamples: a determiner of time, no "that" of a content; a clause before the "that"
    ("The Daily Mail first reported on Gates using the plane in March of that year, citing flight records.",
     "on Gates using the plane in March of that year"),
    ("Trump said at a rally earlier he believed that the wall would be built.",
     "he believed that the wall would be built"),
])
def test_a_relative_time_or_a_time_that_in_a_setting(text, content):
    contents = [a.content.text for a in _extract(text) if a.content]
    assert content in contents and "that year" not in contents


# A quotation ending in "!" or "?" ends its sentence; the next, opening with the source, reports it though an
# addressee verb's listener follows ('“... such a stupid wall!” Mr. Calderón told CNBC.': BASIL, was the content
# "CNBC"; AllSides: "Schumer told a news conference", "Zakaria asked Powell"). Not a quotation of another paragraph
# ("Nadia also urges action.").
@pytest.mark.parametrize("text, content", [
    ("\u201cMexican people, we are not going to pay any single cent for such a stupid wall!\u201d Mr. Calder\u00f3n told "
     "CNBC.", "\u201cMexican people, we are not going to pay any single cent for such a stupid wall!\u201d"),
    ("\u201cWho would\u2019ve thought they could have made the bill even less favorable to the middle class?\u201d "
     "Schumer told a news conference.", "\u201cWho would\u2019ve thought they could have made the bill even less "
     "favorable to the middle class?\u201d"),
    ("\u201cDo you think this president can be a moral leader for the world?\u201d Zakaria asked Powell.",
     "\u201cDo you think this president can be a moral leader for the world?\u201d"),
    # counterexamples: a quotation of the paragraph before; a listener followed by more
    ("\u201cThat\u2019s sort of my sadness and my hope.\u201d\n\nNadia also urges action.", "action"),
    ("\u201cWe are not going to pay!\u201d Mr. Smith told CNBC that he was serious.", "that he was serious"),
])
def test_a_quotation_ending_its_sentence_is_told_to_the_listener_after_it(text, content):
    assert [a.content.text for a in _extract(text) if a.cue and a.cue.text in ("told", "asked", "also urges")] == \
        [content]


# So is a participle after a cue whose quotation came before it ('"...," Cruz said Friday in a statement posted on
# Facebook': BASIL, where "posted" was a cue of the source "Cruz said", and AllSides: "emailed", "quoted"); a
# participle after no document's name stays a cue ("the senator posted on Facebook that").
@pytest.mark.parametrize("text, cues", [
    ("\"I want to be crystal clear: these attacks are garbage,\" Cruz said Friday in a statement posted on Facebook.",
     ["said"]),
    ("\u201cThe very idea a staff member would sneak a recording device into the White House shows a blatant disregard "
     "for our national security,\u201d White House press secretary Sarah Huckabee Sanders said in a statement emailed "
     "to reporters on Sunday.", ["said"]),
    ("\"We emphasize that the presence of his name in the list does not mean that he actually got the money,\" the "
     "Anti-Corruption Bureau said in a public statement quoted in The New York Times.", ["said"]),
    # counterexample: the participle of no document
    ("\"I am innocent,\" Cruz said Friday, and the senator posted on Facebook that the story was false.",
     ["said", "posted"]),
])
def test_a_documents_participle_after_a_quoted_cue_is_no_cue(text, cues):
    assert [a.cue.text for a in _extract(text) if a.cue] == cues


# A content ends where a later attribution of its sentence begins: at the later source where it comes first
# ("..., and Cruz said"), at the later cue where its source follows it (", according to two people familiar").
@pytest.mark.parametrize("text, content", [
    ("The president told her that it was not that simple, according to two people familiar with the conversation.",
     "that it was not that simple"),
    ("Most voters believe that Wall Street is a boon for the economy, according to a new survey.",
     "that Wall Street is a boon for the economy"),
])
def test_a_content_ends_before_a_later_according_to(text, content):
    assert [a.content.text for a in _extract(text) if a.kind != "according_to"] == [content]


# Two names joined by a slash with no space are one name of the source ("a CNN/ORC poll"; PolNeAR train: source exact
# hits 10,135 -> 10,147).
@pytest.mark.parametrize("text, source", [
    ("A CNN/ORC poll found that Trump led.", "A CNN/ORC poll"),
    ("The Wall Street Journal/NBC News poll showed that Clinton led.", "The Wall Street Journal/NBC News poll"),
])
def test_a_slash_joins_two_names_of_a_source(text, source):
    assert [a.source.text for a in _extract(text)] == [source]


# A capitalised determiner opening a sentence is no subject, so a word in -ed after it is an adjective of the source,
# not a verb ending it ("A teary-eyed Bush", "The self-described democratic socialist"); after a name it stays a verb.
@pytest.mark.parametrize("text, source", [
    ("A teary-eyed Bush said he would fight on.", "A teary-eyed Bush"),
    ("The self-described democratic socialist said the system was rigged.",
     "The self-described democratic socialist"),
])
def test_an_adjective_in_ed_after_an_opening_determiner_belongs_to_the_source(text, source):
    assert [a.source.text for a in _extract(text)] == [source]


# "orders" before a preposition, conjunction or verb is the noun (AllSides); the verb takes an object or a clause
@pytest.mark.parametrize("text, cues", [
    ("States across the country began to lift stay at home orders and restrictions at the end of May.", []),
    ("He signed more than two dozen executive orders and memos tweaking federal enforcement priorities.", []),
    ("Boeing ended the year with negative commercial airplane orders for the first time in decades.", []),
    ("There was a 90 percent drop in orders for 737 models during the year.", []),
    ("Investigators do not find evidence that IRS employees received orders from politicians.", []),
    # counterexamples: the verb
    ("A judge orders them to re-open the program completely.", ["orders"]),
    ("A total of 45 states have ordered or recommended school building closures.", ["have ordered"]),
    ("The judge ordered that the records be released.", ["ordered"]),
])
def test_orders_before_a_preposition_or_verb_is_the_noun(text, cues):
    assert [a.cue.text for a in _extract(text) if a.cue is not None] == cues


# a speaker's label and colon after a dash that ends a heading in any case, a quotation after the colon (PolNeAR train,
# HuffPollster digests, shortened): the label speaks the quotation
@pytest.mark.parametrize("text, expected", [
    ("IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “Although the polls failed to "
     "predict Ted Cruz’s Iowa win on Tuesday night, it was close.” [HuffPost.]",
     [(":", "Mark Blumenthal and Jon Cohen")]),
    ("Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat from the public and "
     "the media.”", [(":", "HuffPollster"), ("blame", "Media shares")]),
    ("RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Gallup’s analysis of political party "
     "affiliation at the state level in 2015 finds more red states.”", [(":", "Jeffrey M. Jones")]),
    ("ISSUES MATTER LESS THAN THEIR COMPETITIVENESS — Frank Newport and Jim Harter: “We found that, across "
     "candidates, the leadership strengths were the same.”", [(":", "Frank Newport and Jim Harter")]),
    # counterexamples: no quotation after the colon, lower-case words after the dash, a hyphen inside a word, a label
    # that names no speaker
    ("POLLS TOO EARLY - Mark Blumenthal: the polls were wrong in Iowa.", []),
    ("POLLS TOO EARLY - more from Jones: “The partisanship of the state population is a starting point.”", []),
    ("A pro-Trump Super-PAC: “We will win this state.”", []),
    ("POLLS TOO EARLY - Update: “The partisanship of the state population is a starting point.”", []),
])
def test_a_label_after_a_heading_dash_speaks(text, expected):
    assert [(a.cue.text, a.source.text if a.source else None) for a in _extract(text) if a.cue is not None] == \
        expected


# An adverb between commas before an inverting cue ("..., too, says", "..., however, said"): where the words before it
# end a clause, the name ending the sentence after the cue is the source (AllSides; the source was "play", "the
# calculus" or none); where they are the subject, they stay it.
@pytest.mark.parametrize("text, source", [
    ("Government has a role to play, too, says Mr. Castro.", "Mr. Castro"),
    ("The Paris talks could figure into the calculus, however, says Mr. Feinberg.", "Mr. Feinberg"),
    ("The demographics of the physician workforce are important, too, says Dr. Andrew Bazemore, who studies the "
     "primary care workforce for the Robert Graham Center.",
     "Dr. Andrew Bazemore, who studies the primary care workforce for the Robert Graham Center"),
    ("It remains to be seen how much the rules\u2019 demise might help the telecommunications industry\u2019s bottom "
     "line, however, said Cowen Co. analyst Paul Gallant.", "Cowen Co. analyst Paul Gallant"),
    # counterexamples: the subject opens the sentence or a clause, or the name after the cue goes on to a verb
    ("Democrats, though, said Republicans were overreacting.", "Democrats"),
    ("But Carney, too, said Smith.", "Carney"),
    ("Mr. Young, however, said Mr. McConnell should bring up bills to reopen the government.", "Mr. Young"),
    ("The Obama administration, though, says Texas should never have been granted standing.",
     "The Obama administration"),
])
def test_an_inverted_source_after_an_aside(text, source):
    assert [a.source.text for a in _extract(text) if a.source is not None][:1] == [source]


def test_an_inverted_source_before_a_time():
    """A comma and a time or setting after the name's appositive still end the sentence (AllSides; the source was
    "president, their approval ratings begin to slip")."""
    text = ("Polls show that almost every time a very famous person actually declares for president, their approval "
            "ratings begin to slip, wrote Aaron Blake, Washington Post political expert, earlier this week.")
    assert [a.source.text for a in _extract(text) if a.cue.text == "wrote"] == [
        "Aaron Blake, Washington Post political expert"]


# "to put it" with a manner adverb is the writer's own manner of saying a thing (set phrases of `idioms`; real AllSides
# sentences, some shortened; all 37,554 articles: 87 such cues went): no cue. Counterexamples: someone else's words
# ("as Trump put it", "Carville put it bluntly:").
@pytest.mark.parametrize("text, expected", [
    ("This is, to put it mildly, gutless.", []),
    ("To put it another way, today’s digitally nurtured students are different.", []),
    ("Bernie Sanders, sustaining his campaign on the backs of small donors, is, to put it bluntly, a walking "
     "refutation of his own argument.", []),
    ("The effort is about improving public health and — to put it simply — getting better at doing good.", []),
    # counterexamples
    ("Carville put it bluntly: this whole contest is over.", [("Carville", "put it")]),
    ("As Trump put it, the deal is dead.", [("Trump", "put it")]),
])
def test_to_put_it_with_a_manner_adverb_is_no_cue(text, expected):
    assert _sources_and_cues(text) == expected


# A cue with no source right after "please" (list `imperative_markers`) is a request to the reader or listener, which
# reports nobody, and so is a cue with no source inside what it asks for (real AllSides sentences; all 37,554 articles:
# 149 such cues went, 88 of them "Please consider making a contribution to Vox"). Counterexamples: a report with a
# source after a request, a request someone is reported making.
@pytest.mark.parametrize("text, expected", [
    ("Please consider making a contribution to Vox today.", []),
    ("(After you call, please tell us how it went.)", []),
    ("Please consider supporting Press Watch by making a donation.", []),
    ("Please don’t tell me that nationalism is incompatible with it.", []),
    ("Please note that it might be rude to ask your hosts how and why these kids were blinded.", []),
    # counterexamples
    ("Please welcome “our beautiful senators,” says the veteran who introduces them.",
     [("the veteran", "says")]),
    ("She would typically leave after asking the doctor to please write some prescriptions right away.",
     [("She", "asking")]),
])
def test_a_request_to_the_reader_is_no_report(text, expected):
    assert _sources_and_cues(text) == expected


# Compound nouns holding a cue word's form are set phrases of `idioms` (real AllSides sentences, some shortened; all
# 37,554 articles: 281 such cues went, 33 of them "to have admitting privileges"); counterexamples: the verbs.
@pytest.mark.parametrize("text, expected", [
    ("The conservative media echo chamber bounces innuendo from Rush Limbaugh to Fox News.", []),
    ("Trump's win should serve as a wake-up call for the White House.", []),
    ("In severe cases, post-traumatic stress disorder can cause memory loss.", []),
    ("If you develop emergency warning signs for COVID-19, call 911.", []),
    ("These are warning signs of a recession.", []),
    ("Hastert broke currency reporting requirements as he paid.", []),
    ("The law requires doctors to have admitting privileges at a nearby hospital.", []),
    # counterexamples
    ("Critics echo the complaint that the bill fails.", [("Critics", "echo")]),
    ("She was warning that the plan would fail.", [("She", "was warning")]),
])
def test_compound_nouns_holding_a_cue_word_are_no_cues(text, expected):
    assert _sources_and_cues(text) == expected


# A cue's base form or form in -s after a compound adjective ending in one of `compound_modifier_ends` is a noun (real
# AllSides sentences, some shortened; all 37,554 articles: 200 such cues went); counterexamples: compounds that are the
# subject ("the 29-year-old", "two-thirds", "court-watchers") and a past form.
@pytest.mark.parametrize("text, expected", [
    ("China watchers are worried the president’s laser-like focus on the trade deficit may lead him astray.",
     [("China watchers", "are worried")]),
    ("First-time claims for unemployment benefits totaled 2.1 million last week.", []),
    ("The yield on the benchmark 10-year note since declined to record lows.", []),
    ("When he ran for the Senate, he imposed a two-term pledge on himself.", []),
    ("Veterans may be struggling with post-traumatic stress following their years of service.", []),
    ("Hillary’s longest-standing boast is that she was a champion of women.", []),
    # counterexamples
    ("But to make ends meet, the 29-year-old says he's working at two different restaurants.",
     [("the 29-year-old", "says")]),
    ("Nearly two-thirds say such spending cuts and tax increases go too far.", [("Nearly two-thirds", "say")]),
    ("As a minority, court-watchers say, he might be an attractive prospect.", [("court-watchers", "say")]),
    ("The long-term unemployed said the program helped them.", [("The long-term unemployed", "said")]),
])
def test_a_noun_after_a_compound_adjective_is_no_cue(text, expected):
    assert _sources_and_cues(text) == expected


# "distance" is a cue only in its entry's phrases, "distance himself from" and the like (list `phrase_only_lemmas`):
# the bare word is mostly the noun (all 37,554 AllSides articles: about 170 of the bare word's 330 cues). Real AllSides
# sentences, some shortened.
@pytest.mark.parametrize("text, expected", [
    ("Grimes tried to put some distance between herself and the president with a television ad.", []),
    ("It is easy enough to maintain distance, though, if you drive the suburbs.", []),
    ("Many Republicans distance themselves from the president.", [("Many Republicans", "distance themselves from")]),
    ("Trump distances himself from Ed Gillespie after election loss.", [("Trump", "distances himself from")]),
    ("He has always been quick to distance himself from the organization.", [("He", "to distance himself from")]),
])
def test_distance_is_a_cue_only_in_its_phrases(text, expected):
    assert _sources_and_cues(text) == expected


# A verb's form in -s after a plural quantity or pronoun is a plural noun (lists `plural_quantities`,
# `opening_quantities`): the cue is the verb after the noun phrase, if any. Counterexamples: "by some estimates" names
# the source of what follows; "all" and "most" after a subject are adverbs; "the other" is singular; a nominal cue
# ("Those claims") stays. Real AllSides sentences, some shortened.
@pytest.mark.parametrize("text, expected", [
    ("Some estimates in recent years have indicated that only 10 percent of murderers are caught.",
     [("Some estimates", "have indicated")]),
    ("These declines suggest something is occurring that is more complicated.", [("These declines", "suggest")]),
    ("But those fears eased following the report.", []),
    ("Most estimates suggest that in 2018, the TCJA increased GDP by 0.3 percent.", [("Most estimates", "suggest")]),
    # counterexamples
    ("By some estimates, 2,000 fighters are holed up in the mountains.", [("some", "estimates")]),
    ("It all shows that ISIS is extremely adept at using online technology.", [("It", "all shows")]),
    ("The other notes that the plan failed.", [("The other", "notes")]),
    ("Those claims have been widely discredited.", [(None, "claims")]),
])
def test_a_verb_form_in_s_after_a_plural_quantity_is_a_noun(text, expected):
    assert _sources_and_cues(text) == expected


# A participle of `relative_participles` after a thing's noun and before "to" opens a reduced relative clause, no
# report, and nor does its infinitive (all 37,554 AllSides articles: 209 such cues gone, all of 30 read wrong, as "a
# legally binding agreement intended to curb"). Counterexamples: a person or a pronoun before it, or a negation.
@pytest.mark.parametrize("text, expected", [
    ("The talks will craft a global, legally binding agreement intended to curb climate change.", []),
    ("Connecticut Gov. Dannel Malloy signed new laws intended to ban the sale of assault-style weapons.", []),
    ("While Mr. Ryan has weekly news conferences intended to talk about the House agenda, reporters tend to ask him "
     "about Trump.", [("reporters", "to ask")]),
    # counterexamples
    ("He said he intended to steeply raise taxes.", [("He", "said")]),
    ("The three men intended to reopen the site as a mall.", [("The three men", "intended")]),
    ("Judge Berman never intended to give me prison time.", [("Judge Berman", "never intended")]),
])
def test_a_participle_after_a_thing_before_to_is_no_cue(text, expected):
    assert _sources_and_cues(text) == expected
