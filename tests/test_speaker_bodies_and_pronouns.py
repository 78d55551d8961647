"""Countries, armed groups and international bodies as speakers, the names that look like them, and the pronouns
that stand for them ("it", "they") or for a person ("he" after a sentence with a quotation): real sentences (AllSides)
and counterexamples."""
from __future__ import annotations

import pytest

from framing.attribution.resources import load_resources
from framing.attribution.speakers import SpeakerResolver
from framing.document import Document

from attribution_checks import assert_speaker as _assert_speaker, pure_and_compiled


@pytest.mark.parametrize("text, source, cue, expected", [
    ("A day after the attack, Poland said it would reject asylum seekers that it had previously agreed to take in "
     "under EU burden-sharing quotas.", "Poland", "said", ("Poland", "government", "Poland")),
    ("Nepal opposes a controversial Indian map published last November that showed Kalapani in India.", "Nepal",
     "opposes", ("Nepal", "government", "Nepal")),
    ("On Tuesday, Nepal's foreign ministry sought to clarify Oli's comments.", "Nepal's foreign ministry", "sought",
     ("Foreign Ministry (Nepal)", "government", "Nepal")),
    ("The Vatican said it had no comment to make on the claims.", "The Vatican", "said",
     ("Vatican", "government", "Vatican")),
    ("Germany and Sweden have agreed to take in refugees equaling 1 percent of their population, she says.",
     "Germany and Sweden", "have agreed", ("Germany and Sweden", "government", None)),
    ("Hamas wants Israel to halt all attacks on Gaza and lift tight restrictions on trade and movement in and out of "
     "the territory.", "Hamas", "wants", ("Hamas", "armed_group", None)),
    ("Boko Haram has offered to exchange the captive girls for jailed insurgents, while threatening otherwise to sell "
     "them into slavery.", "Boko Haram", "has offered", ("Boko Haram", "armed_group", "Nigeria")),
    ("A high-level delegation from Gaza has arrived in Egypt, the Houthi movement said.", "the Houthi movement", "said",
     ("Houthis", "armed_group", "Yemen")),
    ("The head of the International Monetary Fund said the recession sparked by the coronavirus pandemic is “way "
     "worse” than the 2008 global recession.", "The head of the International Monetary Fund", "said",
     ("International Monetary Fund", "un", None)),
    ("Time magazine mocks the charge with a cover showing Russian President Vladimir Putin on horseback.",
     "Time magazine", "mocks", ("Time magazine", "media", "United States")),
    ("Another 593 people were injured and five were believed missing after the quake tore through Gansu Province, "
     "China Daily reported.", "China Daily", "reported", ("China Daily", "media", "China")),
    ("Turkish officials said they have evidence Khashoggi was killed and dismembered inside the diplomatic compound.",
     "Turkish officials", "said", ("Turkish officials", "anonymous", "Turkey")),
    # counterexample: a US state is no country ("Georgia" names none)
    ("Georgia election officials said the count was accurate.", "Georgia election officials", "said",
     ("Georgia election officials", "anonymous", None)),
])
def test_countries_armed_groups_and_international_bodies_speak(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # a country's word alone is the surname of a person the text names in full
    ("Jim Jordan, R-Ohio, launched a broadside on Mueller’s investigation.\n\nJordan asked why the government choose "
     "not prosecute Mifsud, asserting that prosecutors chose instead to focus on Papadopoulos and other Trump campaign "
     "advisers.", "Jordan", "asked", ("Jim Jordan", "politician", "United States")),
    ("Mavericks owner Mark Cuban said during ESPN's broadcast that he was shocked by the news.\n\nCuban then added "
     "that he isn't an expert and defers to NBA commissioner Adam Silver on these matters.", "Cuban", "then added",
     ("Mark Cuban", "business", None)),
    ("“This is a sign that the congressional map is more likely to expand than narrow over the coming months,\" said "
     "GOP strategist Ken Spain.\n\n“In midterm elections, voters are voting ‘yes’ or ‘no’ to the party in charge,\" "
     "Spain said.", "Spain", "said", ("Ken Spain", "politician", "United States")),
    ("Though the world clamors for a vaccine, there can be no shortchanging safety, said Dr. Gregory Poland, director "
     "of the Mayo Vaccine Research Group.\n\n“The Food and Drug Administration needs to demonstrate that it will not "
     "kowtow to political pressures,” Poland said.", "Poland", "said", ("Gregory Poland", "other", None)),
    ("Mark Cuban – the businessman, Dallas Mavericks owner, and Clinton supporter – recounted the joys of sitting in "
     "the front row.\n\nMr. Cuban said he’s not running for president.", "Mr. Cuban", "said",
     ("Mark Cuban", "other", None)),
    # a one-word country's name that is a first name, before a surname
    ("“These countries, for the most part, want to be helpful,” acting Homeland Security Secretary Chad Wolf told "
     "reporters on Friday.", "acting Homeland Security Secretary Chad Wolf", "told",
     ("Chad Wolf", "government", None)),
    ("Jordan Libowitz, a spokesman for the Citizens for Ethics and Responsibilities, told The Washington Post that the "
     "campaign may seem \"icky.\"", "Jordan Libowitz, a spokesman for the Citizens for Ethics and Responsibilities",
     "told", ("Jordan Libowitz", "other", None)),
    ("“I bet they really want that,” said Jordan Sekulow, the show’s co-host and Jay Sekulow’s son.",
     "Jordan Sekulow, the show’s co-host and Jay Sekulow’s son", "said", ("Jordan Sekulow", "other", None)),
    ("Human Rights Campaign President Chad Griffin, while renewing a call for action, cited a series of mass "
     "shootings.", "Human Rights Campaign President Chad Griffin, while renewing a call for action", "cited",
     ("Chad Griffin", "government", None)),
    # counterexamples: the country speaks where the text names no such person, or its word opens a body's name
    ("“There seems to be a lot of things that you can’t get into,” Jordan snapped.", "Jordan", "snapped",
     ("Jordan", "government", "Jordan")),
    ("Fans of Mark Cuban cheered.\n\nA day after the attack, Poland said it would reject asylum seekers.", "Poland",
     "said", ("Poland", "government", "Poland")),
    ("Israeli Netanyahu said no.", "Israeli Netanyahu", "said", ("Benjamin Netanyahu", "government", "Israel")),
])
def test_names_that_are_countries_words(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


SINGH = ("Besides his most recent trip to Quetta, Mr. Rahami visited Karachi, Pakistan, in 2005. Both of those cities’ "
         "reputations have become entwined with the militant groups who have sheltered there: Karachi as a haven for "
         "the Pakistani Taliban and Al Qaeda, and Quetta as the headquarters of the exiled Afghan Taliban leadership."
         "\n\nMuch about his New Jersey life did seem unremarkable. Amarjit Singh, a limousine driver, was friends "
         "with Mr. Rahami at Edison High School. The person he knew, he said, was a determined student with an "
         "abundance of friends and a string of girlfriends. “Everyone seemed to like him,” he said.\n\n“The two of "
         "them would argue,” Mr. Singh said.")
REAGAN = ("The New York Times wrote, “Mrs. Reagan was a fierce guardian of her husband’s image, sometimes at the "
          "expense of her own, and during Mr. Reagan’s presidency she was seen as a powerful force.”")


def test_an_honorific_anywhere_gives_a_named_person_a_gender():
    """"he" before anyone speaks: the last man named, known as one by "Mr. Singh" later in the text (was "Al Qaeda",
    whose "Al" is a man's first name)."""
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = [(a.source.text, a.speaker) for a in extract(Document("d", SINGH)) if a.cue.text == "said"]
        assert found[:2] == [("he", "Amarjit Singh"), ("he", "Amarjit Singh")]


def test_honorifics_of_both_genders_give_none():
    res = load_resources()
    assert SpeakerResolver(SINGH, res)._honoured_gender("Singh") == "male"
    assert SpeakerResolver(REAGAN, res)._honoured_gender("Reagan") is None
    assert SpeakerResolver("Mr. Singhal said so.", res)._honoured_gender("Singh") is None  # a whole word only


@pytest.mark.parametrize("text, source, cue, expected", [
    ("Obama, in making his Al Qaeda claims, points to the raid that took out bin Laden.",
     "Obama, in making his Al Qaeda claims", "points to", ("Barack Obama", "government", "United States")),
    # counterexample: "from" a body says whom the source speaks for
    ("Feeney, from the electrical workers union, said the Market Basket saga puts companies on notice that employees "
     "still have some leverage.", "Feeney, from the electrical workers union", "said", ("Feeney", "ngo", None)),
])
def test_an_aside_opened_by_a_preposition_gives_no_group(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # "it" stands for the country or listed organisation whose name opens its sentence, or the sentence before
    ("The FBI put the dossier to extensive use. It cited Mr. Steele to judges to obtain a wiretap on Mr. Page for a "
     "year.", "It", "cited", ("FBI", "government", "United States")),
    ("Has Google achieved quantum supremacy, as it claims? Right now, the answer is indeterminate.", "it", "claims",
     ("Google", "business", "United States")),
    ("Facebook said it removed the accounts. Twitter was fined last year; it said it would appeal.", "it", "said",
     ("Twitter", "business", "United States")),
    # a listed organisation of several words
    ("The White House has not yet announced plans for furloughs of the vice president's staff, though it did say "
     "earlier this week that nearly 500 furlough notices have gone out.", "it", "did say",
     ("White House", "government", "United States")),
    ("Amnesty International has released stunning satellite imagery that it says shows devastation in Baga.", "it",
     "says", ("Amnesty International", "ngo", None)),
    # counterexamples: a country's adjective before a noun, a plural subject
    ("The Israeli military said its targets included the Ministry of Internal Security, which it says served as one "
     "of Hamas' main command and control centers.", "it", "says", ("Israeli military", "military", "Israel")),
    ("Russian intelligence agents hacked a US voting systems manufacturer in the weeks leading up to last year’s "
     "presidential election, according to the Intercept, citing what it said was a highly classified National "
     "Security Agency (NSA) report.", "it", "said", ("The Intercept", "media", "United States")),
    ("Republicans have long attacked the credibility of the warrant application since it cited information derived "
     "from a dossier of opposition research.", "it", "cited", (None, "other", None)),
])
def test_it_stands_for_the_body_its_sentence_opens_with(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # "it" right after a noun, with no "that" between, stands for the country or listed organisation named last before
    # it in its sentence with a verb or a comma after the name (real AllSides sentences, some shortened)
    ("The crisis was sparked late last month when Turkey shot down a Russian warplane it said had violated its "
     "airspace along the border with Syria.", "it", "said", ("Turkey", "government", "Turkey")),
    ("This is what’s happening now with Qatar, which by being too clever by half found a workaround to an agreement "
     "it concluded with the United States.", "it", "concluded with", ("Qatar", "government", "Qatar")),
    ("And if the White House succeeds in uprooting officials it sees as disloyal to Trump, there will be even fewer "
     "checks on an emboldened president.", "it", "sees", ("White House", "government", "United States")),
    # counterexamples: a country's name as a modifier ("U.S. agricultural products"), "it" after a relative pronoun
    ("In return for relief on ZTE, China would agree to hold back penalties on a variety of U.S. agricultural products "
     "it announced in early April as retaliation for U.S. tariffs.", "it", "announced",
     ("China", "government", "China")),
    ("NAGR officials portray the group as more effective than the NRA, which it claims is too connected to the power "
     "structure in Washington.", "it", "claims", (None, "other", None)),
])
def test_it_after_a_noun_stands_for_the_body_named_before_it(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # a time phrase after a name is no part of the speaker's name
    ("Jeb Bush earlier this year, in a speech about the middle class, acknowledged not only that Americans are "
     "frustrated, but that elbow grease can't fix everything.",
     "Jeb Bush earlier this year, in a speech about the middle class", "acknowledged",
     ("Jeb Bush", "politician", "United States")),
    ("Bernie Sanders is running.\n\n\"My first executive orders,\" tweeted Bernie last week, \"will be to reverse "
     "every single thing President Trump has done.\"", "Bernie last week", "tweeted",
     ("Bernie Sanders", "politician", "United States")),
    # counterexample: a capitalised time word is a name's ("Good Morning America")
    ("Good Morning America reported that the storm had passed.", "Good Morning America", "reported",
     ("Good Morning America", "other", "United States")),
])
def test_a_time_phrase_after_a_name_is_no_part_of_it(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # a pronoun opening its sentence is the subject of the one before, though that one holds or ends in a quotation
    ("Al Gore said decency needs a champion.\n\nMark Gerzon, president of Mediators Foundation, is the author of \"The "
     "Reunited States of America; How We Can Cross the Partisan Divide.\" He writes his Beyond Red & Blue blog "
     "exclusively for Politics Voices.", "He", "writes", ("Mark Gerzon", "other", None)),
    ("\"Holy Father, I ask that you use your office,\" Irish Prime Minister Leo Varadkar said.\n\nPaul Jude Redmond, "
     "who was illegally adopted from a Church-run \"mother and baby home\" because his mother was unmarried, also met "
     "the pope. He said the pontiff appeared \"genuinely shocked\" by the stories of abuse.", "He", "said",
     ("Paul Jude Redmond", "other", None)),
    # counterexample: a pronoun inside the sentence of a quotation stays with the speaker before
    ("Al Gore said decency needs a champion.\n\n\"Mark Gerzon is wrong,\" he said.", "he", "said",
     ("Al Gore", "other", None)),
])
def test_a_pronoun_after_a_sentence_with_a_quotation(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # "they" stands for the plural group whose name opens its sentence, or the sentence before
    ("The president argued that the nation could improve the economy while also helping to save the planet. "
     "Republicans scorned his interest in subsidizing solar panels and windmills. They said their view was "
     "vindicated when Solyndra went bankrupt.", "They", "said", ("Republicans", "politician", "United States")),
    ("Ms. Blasey Ford's attorneys said she has faced threats. Key Senate Democrats sent a letter to the FBI on "
     "Thursday asking them to investigate those threats as acts of intimidation of a key witness. They also said that "
     "could give the committee time.", "They", "also said", ("Democrats", "politician", "United States")),
    ("Meanwhile, the left is again targeting her for defeat. Democrats spent millions in an unsuccessful bid to beat "
     "Bachmann in 2010. They had largely written her off this cycle.", "They", "had largely written",
     ("Democrats", "politician", "United States")),
    # counterexamples: a subordinate clause's subject, a sentence that is what "they" said, another group between
    ("While Republicans argue Lamb's candidacy was singular enough to win a district like PA-18, Democrats point to "
     "ratings that show over 100 congressional districts as more competitive than PA-18 was on paper. And they note "
     "districts like the 12th in southern Illinois.", "they", "note", ("Democrats", "politician", "United States")),
    ("Advocates also argue that swiping or hovering a card over a terminal is more convenient than counting out "
     "bills. Businesses would save money by saving the time that would otherwise be used to handle cash, they say.",
     "they", "say", ("advocates", "ngo", None)),
    ("Republicans are trying to balance governing with satisfying their conservative base while Democrats are "
     "agitating for a fight they believe will pay political dividends.", "they", "believe",
     ("Democrats", "politician", "United States")),  # (the group right before it: the next test's rule)
])
def test_they_stands_for_the_group_its_sentence_opens_with(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # "they" inside a sentence stands for the last plural noun before a verb in it (with the capitalised words and
    # head nouns before that noun), not the last plural source (AllSides articles, shortened)
    ("Of course, some voters may just walk out because dinner is at home getting cold or because they don't believe "
     "in any of the other candidates.", "they", "don't believe", ("voters", "public", None)),
    ("And while House Democrats are going through the motions of passing bills to reopen government, they don't seem "
     "to be doing much else to break the logjam.", "they", "don't seem", ("Democrats", "politician", "United States")),
    ("Voters were still skeptical about the health care plan, and small business owners were bracing for what they "
     "thought would be higher costs.", "they", "thought", ("business owners", "business", None)),
    ("But administration officials issued no guidance on how they planned to proceed.", "they", "planned",
     ("administration officials", "anonymous", "United States")),
    ("The difference was because judges had more power to use their discretion, and they appear to have exercised "
     "that discretion to help white defendants more than black ones.", "they", "appear", ("judges", "judiciary", None)),
    # the plural source named in full before keeps its name ("tax experts", not "experts")
    ("Tax experts said it is important for the president to get the public on his side, and they also said that it "
     "would be beneficial for him to provide more direction.", "they", "also said", ("Tax experts", "anonymous", None)),
    # counterexamples: a name in -s of no group, a plural noun before a comma, a sentence "they" closes as an aside
    ("Writers like Weissmann and Jones would no doubt say that they don't want to silence Williamson.", "they",
     "don't want", (None, "other", None)),
    ("Millennials are more liberal than their parents, even when they identify as Republican.", "they", "identify",
     (None, "other", None)),
    ("Advocates also argue that swiping a card is more convenient. Businesses would save money by saving the time "
     "that would otherwise be used to handle cash, they say.", "they", "say", ("advocates", "ngo", None)),
])
def test_they_stands_for_the_last_plural_subject_before_it_in_its_sentence(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


def test_a_groups_name_resolved_before_makes_no_person():
    """"Americans" resolved to a group once is no person the next time either, whom "she" would stand for."""
    _assert_speaker("Americans say the economy is weak. Seventy-one percent of Americans say political correctness is "
                    "a problem in the United States. Elizabeth Langbecker, the owner, is a Trump fan. “We need someone "
                    "who is not afraid to step up,” she adds.", "she", "adds", ("Elizabeth Langbecker", "other", None))


# A common noun before "of" and a country or region heads the source ("the government of Qatar", "the state of
# California"): its group, where before the place's word gave none (AllSides: 9 records). Not a name's capitalised
# words ("Gun Owners of America") nor a place in lower case ("percent of us").
@pytest.mark.parametrize("text, source, cue, expected", [
    ("AJAM provides the government of Qatar, which has said it will not be involved in the editorial product, a seat "
     "at the political table in the United States.", "which", "has said", ("government of Qatar", "government",
                                                                            "Qatar")),
    ("The state of California, which defended the statutes’ constitutionality separately from the teacher unions, "
     "claimed during the trial that tenure helps attract people to low-paid jobs.", "The state of California",
     "claimed", ("California", "government", None)),
    ("The army of Pakistan said it killed ten militants.", "The army of Pakistan", "said",
     ("army of Pakistan", "military", "Pakistan")),
    # counterexamples
    ("Back in April, Gun Owners of America showed with one email alert that it could help flood the phone lines on "
     "Capitol Hill.", "Gun Owners of America", "showed with", ("Gun Owners of America", "other", "United States")),
    ("Just 39 percent of us approved of Donald Trump's performance in his second quarter as president.",
     "Just 39 percent of us", "approved of", ("Just 39 percent of us", "other", None)),
])
def test_a_noun_before_of_and_a_place_heads_the_source(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


# A reporter "of" a two-word outlet ("Douglas Waller of Time magazine") is the reporter, as of a one-word outlet; a head
# after "news" or "wire" is the media's ("the Ansa news agency" was a government's, "news organizations" an NGO's),
# but a document stays one ("a news release", "News articles").
@pytest.mark.parametrize("text, source, cue, expected", [
    ("Douglas Waller of Time magazine reported that the CIA was divided.", "Douglas Waller of Time magazine",
     "reported", ("Douglas Waller", "media", "United States")),
    ("Many were quickly recaptured, Italy's Ansa news agency reported.", "Italy's Ansa news agency", "reported",
     ("Ansa news agency", "media", "Italy")),
    ("Additionally, news organizations, including Fox News, falsely reported that she would be indicted.",
     "news organizations", "falsely reported", ("news organizations", "media", None)),
    # counterexamples
    ("A news release said the plant would close.", "A news release", "said", ("news release", "document", None)),
    ("News articles also focused on efforts by administration aides to develop a damage control plan.",
     "News articles", "also focused on", ("News articles", "document", None)),
])
def test_reporters_of_outlets_and_heads_after_news(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # capitalised words joined by an ampersand name a firm, not a person (AllSides; were "Simon Schuster", a person
    # whom the next "he" stood for, and "McKinsey Co", "Levi Strauss Co")
    ("John Bolton says he would have voted to convict. Bolton stood to pose for a photograph holding a copy of \"The "
     "Room Where It Happened,\" the memoir being published by Simon & Schuster. \"Shall I hold it like this?\" he "
     "asked with a broad grin.", "he", "asked with", ("John Bolton", "government", "United States")),
    ("A survey by management consulting firm McKinsey & Co. found that only 11 percent of consumers were previously "
     "uninsured.", "management consulting firm McKinsey & Co", "found", ("McKinsey & Co", "business", None)),
    ("Levi Strauss & Co. announced Tuesday a new campaign. Company President and CEO Chip Bergh penned an op-ed. "
     "\u201cDoing nothing is no longer an option,\u201d he "
     "wrote. \u201cThat\u2019s why Levi Strauss & Co. is stepping up.\u201d", "he", "wrote",
     ("Chip Bergh", "business", None)),
    # an ampersand in a body's name makes no business of it
    ("One American think tank, Information Technology & Innovation Foundation, estimated last year that the theft "
     "cost nearly 1 million US jobs.", "One American think tank, Information Technology & Innovation Foundation",
     "estimated", ("Information Technology & Innovation Foundation", "other", "United States")),
    # counterexample: a person named before a firm with an ampersand stays the person
    ("Beth Ann Bovino, chief economist at Standard & Poor's, said growth was slow.",
     "Beth Ann Bovino, chief economist at Standard & Poor's", "said", ("Beth Ann Bovino", "expert", None)),
    # whom a source works for or at is such a firm: business (were "other")
    ("\"They can be having fun in a crowd while being on the cloud,\" says Chris Klauda, a vice president of "
     "D.K.Shifflet & Associates Ltd., a travel research firm in McLean, Va.", "Chris Klauda, a vice president of "
     "D.K.Shifflet & Associates Ltd", "says", ("Chris Klauda", "business", None)),
    ("The more recent backstory is that their publisher at Simon & Schuster had encouraged them to add more drama to "
     "their proposed book.", "their publisher at Simon & Schuster", "had encouraged", ("publisher", "business", None)),
    # counterexamples: a body's name ending in a body's head ("Club", "Associations") is no firm's
    ("Mimi LeClair, president of the Boys & Girls Club of Chicago, said a strike is particularly difficult for single "
     "parents.", "Mimi LeClair, president of the Boys & Girls Club of Chicago", "said",
     ("Mimi LeClair", "other", None)),
    ("People say that Ebola looks \u201cso far away,\u201d said Dr. J. Scott Ries, vice president of Christian Medical "
     "& Dental Associations.", "Dr. J. Scott Ries, vice president of Christian Medical & Dental Associations", "said",
     ("J. Scott Ries", "other", None)),
])
def test_an_ampersand_joins_a_firms_name(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # "Club" is a body's head: a name ending in it is a body's, whole ("Club for Growth"; was "Growth"), and a place
    # that names a body's staff ("someone at Sam's Club": someone; was "Club")
    ("Club for Growth endorsed Tuberville in the primary and has already booked TV airtime for the general election.",
     "Club for Growth", "endorsed", ("Club for Growth", "other", None)),
    ("When Derek returned to the store to retrieve the television he paid for, someone at Sam\u2019s Club accused him "
     "of trying to steal the merchandise.", "someone at Sam\u2019s Club", "accused", ("someone", "anonymous", None)),
])
def test_a_club_is_a_bodys_head(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # a relation's "of" and the person or body after it name whom the source is related to, not who speaks
    # (`relation_heads`; AllSides: each was the person or body after "of")
    ("In June, a friend of Mr Trump told US media the president was considering removing Mr Mueller.",
     "a friend of Mr Trump", "told", ("friend", "anonymous", None)),
    ("Texts between friends of Kavanaugh suggest that he and his team tried to refute the claim.",
     "friends of Kavanaugh", "suggest", ("friends", "anonymous", None)),
    ("Critics of the president said Fauci has been indispensable.", "Critics of the president", "said",
     ("critics", "anonymous", None)),
    ("The brother of George Floyd testified before Congress, tearfully urging lawmakers to \"stop the pain.\"",
     "The brother of George Floyd", "testified", ("brother", "other", None)),
    ("Amid the mayhem, the son of Minnesota Attorney General Keith Ellison tweeted that he is declaring his support "
     "for Antifa.", "the son of Minnesota Attorney General Keith Ellison", "tweeted", ("son", "other", None)),
    # counterexamples: an "of" phrase that names no one stays in the source, and a head of no relation keeps its "of"
    ("Critics of the plan, however, say fewer cells may mean more violent criminals on city streets.",
     "Critics of the plan", "say", ("critics of the plan", "other", None)),
    ("The head of the National Rifle Association said the ban would fail.",
     "The head of the National Rifle Association", "said", ("National Rifle Association", "ngo", "United States")),
])
def test_a_relations_of_names_whom_the_source_is_related_to(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # a capitalised word in 's is the subject of a verb that is no noun or adjective (`after_possessive_forms`;
    # AllSides 37,554; these were no attributions)
    ("Moody\u2019s said providers \u201cwill tread lightly when it comes to engaging in paid prioritization.\u201d",
     "Moody\u2019s", "said", ("Moody\u2019s", "other", None)),
    ("A friend of Manafort's told CNN Saturday that he wasn't going to take orders.", "A friend of Manafort's", "told",
     ("friend", "anonymous", None)),
    ("Biden\u2019s said he\u2019s not \u201cwriting off\u201d New Hampshire.", "Biden\u2019s", "said",
     ("Joe Biden", "politician", "United States")),
])
def test_a_name_in_s_before_said_is_its_subject(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # a name in 's that the text never writes without it keeps its 's: a firm, not a person (AllSides)
    ("Trader Joe\u2019s said in a statement that the incident \u201chas been an incredible trauma\u201d.",
     "Trader Joe\u2019s", "said", ("Trader Joe\u2019s", "other", None)),
    ("Papa John\u2019s said it\u2019s re-evaluating its business relationship with the NFL.", "Papa John\u2019s",
     "said", ("Papa John\u2019s", "other", None)),
    ("McDonald's says the law will raise costs by $10,000 to $30,000 for each franchise.", "McDonald's", "says",
     ("McDonald's", "other", None)),
    ("Credit rating agency Moody\u2019s said the shutdown would cause minimal U.S. economic and credit market "
     "disruption.", "Credit rating agency Moody\u2019s", "said", ("Moody\u2019s", "other", None)),
    # counterexample: a name the text writes without the 's elsewhere (and a listed person, "Biden's said", above)
    ("Two weeks before Efrain Alvarez and his attorneys asked the U.S. Supreme Court to hear their challenge, police "
     "officers showed up at his Bronx apartment. \u201cWe\u2019re not looking for anything else as far as I\u2019m "
     "concerned,\u201d Alvarez\u2019s said.", "Alvarez\u2019s", "said", ("Efrain Alvarez", "other", None)),
])
def test_a_name_in_s_keeps_it_where_the_text_never_drops_it(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # a person's name of two words or more, then "of" and a possessive before capitalised words: where the person
    # works, whose possessor speaks for no one (AllSides; were "Hoover Institution", "Analytics", "Pioneer Institute")
    ("Fouad Ajami of Stanford\u2019s Hoover Institution wrote in The Wall Street Journal that the plan failed.",
     "Fouad Ajami of Stanford\u2019s Hoover Institution", "wrote", ("Fouad Ajami", "other", None)),
    ("Mark Zandi of Moody's Analytics told CNN's Christine Romans on Tuesday that the standoff has cost the economy "
     "billions.", "Mark Zandi of Moody's Analytics", "told", ("Mark Zandi", "other", None)),
    ("\"Certainly the Obama plan that came out of Congress raised taxes significantly,\" says Josh Archambault of "
     "Boston's Pioneer Institute.", "Josh Archambault of Boston's Pioneer Institute", "says",
     ("Josh Archambault", "other", None)),
    # counterexample: no name before the "of"
    ("Most of Waters\u2019s Democratic colleagues speak about her with reverence and respect.",
     "Most of Waters\u2019s Democratic colleagues", "speak about", ("Democratic colleagues", "anonymous", None)),
])
def test_a_possessive_after_a_persons_of_is_where_they_work(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


def test_a_firm_named_in_s_is_no_person():
    text = "Papa John\u2019s said sales fell in the quarter. He said nothing about the league."
    for extract in pure_and_compiled("extract", "extract_attributions"):
        found = {a.source.text: a.speaker for a in extract(Document(id="d", text=text))}
        assert found == {"Papa John\u2019s": "Papa John\u2019s", "He": None}


@pytest.mark.parametrize("text", [
    # counterexamples: a possessive before a noun or an adjectival participle (AllSides)
    "White House spokesman Hogan Gidley derided the speculation over Trump's retweet as \"media chatter.\"",
    "Trump told \u201cFox News Sunday\u201d the CIA\u2019s reported assessment was \u201cridiculous.\u201d",
    "Mattis has also been publicly silent amid questions about Trump\u2019s announced ban.",
    "Editor\u2019s note: As a public service, all our coronavirus coverage is free.",
])
def test_a_possessive_before_a_noun_or_participle_is_no_source(text):
    for extract in pure_and_compiled("extract", "extract_attributions"):
        sources = [a.source.text for a in extract(Document("d", text)) if a.source is not None]
        assert not [s for s in sources if s.endswith(("'s", "\u2019s"))], sources


@pytest.mark.parametrize("text, source, cue, expected", [
    # a name described by an appositive whose head is a body's (`definite_body_heads`) is a body, which a later "the
    # group" stands for (AllSides; were "group")
    ("Napa Valley Vintners, a trade group with 550 members, said it was too early to estimate the economic impact of "
     "the fires. At least four wineries had suffered \u201ctotal or very significant losses,\u201d the group said.",
     "the group", "said", ("Napa Valley Vintners", "other", None)),
    ("Guatemalan officials rescued seven unaccompanied children, Judicial Watch, a conservative watchdog group, "
     "reported Thursday. The group said the smugglers have been arrested.", "The group", "said",
     ("Judicial Watch", "other", None)),
    # a person's "with" and the body after it say whom the person speaks for (`name_complements`; was the body)
    ("\u201cThe period after release from prison is about the most extreme poverty you can imagine,\u201d said Wanda "
     "Bertram with the Prison Policy Initiative, a nonprofit. Money aside, she said, inmates need new ID.", "she",
     "said", ("Wanda Bertram", "ngo", None)),
    # counterexample: a body's name as a modifier in the appositive ("a construction company executive") makes no body
    ("\u201cWe're not going to recover,\u201d said Patrick Dohogne, 56, a construction company executive from "
     "Hartland, Wisconsin. But, he said, \u201cthere's a lot of opportunity for people here.\u201d", "he", "said",
     ("Patrick Dohogne", "business", None)),
])
def test_a_body_described_so_and_a_persons_body_after_with(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


@pytest.mark.parametrize("text, source, cue, expected", [
    # "it" stands for no capitalised head noun in the plural that spoke before ("Republicans", "Democrats",
    # "Americans"; AllSides, was Republicans)
    ("The FBI said it had found no new evidence. Republicans said the FBI\u2019s handling of the case is denting the "
     "respect the country holds for the storied G-men. Mr. Comey disagreed, saying the FBI judged it to be what it "
     "said \u2014 an effort to keep an email address from being made public.", "it", "said",
     ("FBI", "government", "United States")),
    ("Republicans said the party could rebuild. The Republican National Committee released a 98-page \u201cpost-"
     "mortem\u201d on how the party can rebuild. It made no mention of values voters.", "It", "made no mention of",
     (None, "other", None)),
    # counterexample: "they" still stands for them
    ("Republicans said the FBI\u2019s handling of the case is denting the respect the country holds for the storied "
     "G-men. They said the investigation should be reopened.", "They", "said",
     ("Republicans", "politician", "United States")),
])
def test_it_stands_for_no_plural_party_or_people(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


# A person whose first name gives no gender takes that of the "he" or "she" after their surname in its sentence, with
# nothing but lower-case words between (AllSides, shortened; "he" was Morgan Wright, "she" Lindsey Graham); only to pass
# over them: a pronoun never makes a name a person.
@pytest.mark.parametrize("text, source, cue, expected", [
    ("Francesco Parisi said the allegations were false. Morgan Wright accused him of assault. While Wright claims to "
     "be destitute, she lives in a luxury downtown condo.\n\nParisi is still marred by the false allegations.\n\n"
     "\u201cI used to be the popular guy at parties,\u201d he told Fox 9.", "he", "told",
     ("Francesco Parisi", "other", None)),
    ("Ambassador Susan Rice spoke on Sunday talk shows. Lindsey Graham criticized the response. Graham said he was "
     "not satisfied.\n\nThe appearance drew fire, and she blamed the attack on anger generated by a video.", "she",
     "blamed", ("Susan Rice", "government", "United States")),
    # counterexamples: another person named before the pronoun in its sentence, or between the two
    ("Roby Brock hosts a show. As for what any of this means for Hillary Clinton, Brock noted that she\u2019s not as "
     "popular as her husband in Arkansas. Not by far, but he said she does benefit from some of his popularity.", "he",
     "said", ("Roby Brock", "other", None)),
    ("CBS News correspondent Weijia Jiang asked Trump about why he appeared to single out China.\n\nHer microphone "
     "was turned off as she pressed Trump on her original question.", "she", "pressed",
     ("Weijia Jiang", "media", "United States")),
])
def test_a_pronoun_after_a_name_gives_it_a_gender(text, source, cue, expected):
    _assert_speaker(text, source, cue, expected)


def test_the_text_pronoun_gender_needs_every_pronoun_to_agree():
    res = load_resources()
    assert SpeakerResolver("Hannah-Jones said she was right.", res)._text_pronoun_gender("Hannah-Jones") == "female"
    assert SpeakerResolver("Hannah-Jones said she was right. Hannah-Jones said he was wrong.",
                           res)._text_pronoun_gender("Hannah-Jones") is None
    assert SpeakerResolver("Rickey: He's a libertarian.", res)._text_pronoun_gender("Rickey") is None
    assert SpeakerResolver("Hasan rejected her argument that she was wrong.", res)._text_pronoun_gender("Hasan") is None
    assert SpeakerResolver("On George Floyd\u2019s death, she said nothing.", res)._text_pronoun_gender("Floyd") is None
    assert SpeakerResolver("Marco Rubio spoke. Rubio said he was busy.", res)._text_pronoun_gender("Rubio") == "male"
    assert SpeakerResolver("Oriales Garc\u00eda Rubio called her son, Marco Rubio. Rubio said he was busy.",
                           res)._text_pronoun_gender("Rubio") is None  # two people of that surname


def test_a_memo_emptied_at_its_size_limit_while_resolving_loses_no_speaker(monkeypatch):
    # The mention memo is emptied when it outgrows its limit, which may happen while a source is being resolved
    # (resolving "The campaign" reads other mentions); resolving must not then look the source's mention up in the
    # emptied memo (a KeyError on a long corpus run). A limit of one entry empties it at nearly every lookup.
    import importlib

    text = ("In a sharply worded editorial posted online Wednesday evening, The Journal wrote that Mr. Romney’s "
            "Boston-based campaign staff is “slowly squandering an historic opportunity” to defeat an incumbent "
            "president weakened by a slumping economy.\nThe campaign did not respond to requests for comment.")
    def found(extract):
        return [(a.source.text if a.source else None, a.cue.text, a.speaker) for a in extract(Document("d", text))]

    extractors = pure_and_compiled("extract", "extract_attributions")
    expected = [found(extract) for extract in extractors]
    assert [row[:2] for row in expected[0]][-1] == ("The campaign", "did not respond")
    for module in ("speakers", "_compiled_speakers"):
        try:
            monkeypatch.setattr(importlib.import_module(f"framing.attribution.{module}"), "_CACHE_LIMIT", 1)
        except ImportError:
            pass
    assert [found(extract) for extract in extractors] == expected
