"""clean(): character normalisation and data-driven boilerplate removal, checked on real cases."""
from __future__ import annotations

import pytest

from framing.errors import InputError
from framing.text import Removal, clean, load_boilerplate_rules, segment

PRESS_TV = "000_89466effa35fe06b.txt"
VOA = "003_e60f7068ae8a88b7.txt"

# Every sentence of the two seed articles' bodies (headline, captions and text), copied from the
# seed files. Each must survive cleaning, and come out of segment() as exactly one sentence.
BODY_SENTENCES = {
    PRESS_TV: [
        "Kerry seeks war crimes investigation against Russia, Syria",
        "US Secretary of State John Kerry speaks to reporters at the State Department in Washington on October 7, 2016.",
        "US Secretary of State John Kerry has accused Russia and the Syrian government of “terrorizing civilians,\" saying they must be investigated for “war crimes”.",
        "Speaking at the State Department on Friday, Kerry accused Moscow and Damascus of “hitting hospitals, and medical facilities, and children and women,” in the northwestern city of Aleppo, saying they “owe the world more than an explanation.”",
        "“These are acts that beg for an appropriate investigation of war crimes, and those who commit these would and should be held accountable for these actions,” Kerry alleged.",
        "The top US diplomat, however, did not formally request an investigation into what he described as “war crimes.”",
        "Kerry further claimed that the Syrian forces hit “another hospital” in Aleppo overnight.",
        "There was no official statement about his assertion, however.",
        "Moscow and Damascus say their forces have been targeting foreign-sponsored militants in eastern parts of Aleppo after the terrorists repeatedly violated the cessation of hostilities.",
        "The city has been divided since 2012 between government forces in the west and foreign-sponsored militants in the east.",
        "An estimated six to eight thousand militants are fighting in the eastern parts of the city, said Russian Foreign Minister Sergey Lavrov referring to a United Nations figure.",
        "Lavrov said about half of the militants belong to the Jabhat Fateh al-Sham terrorist group, formerly known as al-Nusra Front.",
        "He has formerly accused Washington of protecting the Takfiri group.",
        "Responding to the allegations, Russian Deputy Foreign Minister Sergei Ryabkov described Kerry’s statements “unacceptable judgments,” on Friday.",
        "He reiterated Washington’s failure in complying with a US-Russia negotiated ceasefire, which was reached on September 9, and did only last for seven days.",
        "Damascus refused to extend it after US-led air raids killed 83 of its army forces and wounded some 100 others at a military base in the eastern province of Dayr al-Zawr in violation of the truce.",
        "Syrian forces advance on a road through the town of Khanasser, Aleppo, after they recaptured it from Daesh, on February 29, 2016.",
        "Foreign Ministry spokeswoman Maria Zakharov, also, described Kerry’s allegations as “propaganda,” saying that “juggling these words [war crime] is very dangerous, because there are indeed war crimes on the part of the American representatives.”",
        "“If it comes to war crimes, US representatives should start with Iraq.",
        "And then move to Libya, and of course to Yemen – find out what's there,” she said, adding that Kerry had used the terminology “with a view to escalating the situation.”",
        "While Washington claims its forces are fighting terrorist groups like Daesh (ISIL) Syria, it openly fund and equip militant groups, who are waging war against the government of Syrian President Bashar al-Assad.",
        "Last week, one of the al-Nusra Front commanders told the German-language daily Kölner Stadt-Anzeiger that the US is among several countries that actively support the group.",
        "Moscow and Washington now have a variety of disagreements over Syria, which has been gripped by foreign-backed militancy since March 2011.",
        "After several rounds of failed talks over the Syrian crisis, the US warned last week that it might stop co-operating with Moscow.",
    ],
    VOA: [
        "US-Russian Feud Over Syria Escalates with Talk of War Crimes",
        "A general view shows destruction in Aleppo's rebel-held Bustan al-Basha neighborhood on Oct. 6, 2016.",
        "Russia warned of serious legal consequences Friday arising from U.S. Secretary of State John Kerry's comment that Moscow and Damascus should be investigated for war crimes as a result of their airstrikes on civilian targets in Syria.",
        "At the State Department, U.S. officials sought to play down Kerry's remark as nothing new.",
        'The secretary used similar terms at the United Nations last month, when he denounced Russian and Syrian aerial bombings of hospitals and children as "flagrant violations of international law."',
        'But Kerry escalated the rhetoric bluntly on Friday, declaring that this week\'s repeated attacks on Syrian hospitals "beg for an appropriate investigation of war crimes."',
        "The secretary was speaking at the State Department, alongside visiting French Foreign Minister Jean-Marc Ayrault.",
        'During a news briefing later in the day, State Department spokesman John Kirby said Kerry\'s statement did not represent "a change of tone" in U.S. views about Russia and Syria\'s tactics.',
        "Kirby rebuffed reporters' repeated questions about whom Kerry would want to lead a war-crimes investigation.",
        '"The secretary is not getting ahead of a process," the spokesman said.',
        "'Outrageous violations' cited",
        "An attack on a Syrian hospital Thursday night reportedly killed 20 people and wounded 100.",
        'The aid group Doctors Without Borders said attacks this week on four major hospitals in opposition-controlled areas of Syria were "outrageous ... violations of humanitarian law" that were severely limiting civilians\' access to medical care.',
        '"Russia and the regime owe the world more than an explanation about why they keep hitting hospitals, and medical facilities, and women and children," Kerry said Friday.',
        '"Kerry\'s statement — this is propaganda," said Russian foreign ministry spokesperson Maria Zakharova.',
        '"There are some very serious legal consequences behind this terminology, and I think that Kerry used all of these terms to inflame the situation."',
        "Kerry earlier this week formally ended bilateral discussions with Russia on a potential military partnership in Syria, but he has since spoken on the telephone, at his request, with Russian Foreign Minister Sergei Lavrov about the situation in the war-torn country.",
        "As many as half a million people have been killed in Syria since the beginning of the civil war there in 2011, and millions of people have been displaced.",
        "Russia opposes Security Council action",
        "Russia said it deems unacceptable a draft U.N. resolution put forward by France and Spain, demanding an end to airstrikes and military flights over Aleppo.",
        "Deputy Foreign Minister Gennady Gatilov said the French proposal politicizes humanitarian aid.",
        'The U.N. Security Council received a private briefing Friday from U.N. Syria envoy Staffan de Mistura in Geneva, one day after he delivered an emotional appeal on the bloodshed: "I would then like to ask the Russian authorities and the government of Syria, please look at my eyes ... and the eyes of the world and the public opinion.',
        'Are you really ready to continue this type of level of fighting, using that type of weapons, and de facto destroy ... the ancient city of Aleppo, with its own 275,000 people, for the sake of eliminating 1,000 al-Nusra fighters?"',
        "Diplomats said de Mistura repeated similar statements Friday to the Security Council.",
        'They described "very tense" discussions, with only council member Venezuela appearing to support Russia\'s account of its actions in Syria.',
        '"Staffan de Mistura was crystal clear.',
        'He could not be clearer," French Ambassador François Delattre told U.N. reporters after the meeting.',
        '"His message to the Security Council was, \'You must act, and you must act now.\'"',
        "Veto by Moscow is likely",
        'Delattre said the draft resolution grew out of a week of "very hard, literally night and day" negotiations, and that France intends to press for a Security Council vote on Saturday.',
        '"There is no time to waste," he said.',
        '"There is an absolute emergency in Aleppo."',
        "While saying he would have to wait for instructions from Moscow, Russia's U.N. Ambassador Vitaly Churkin signaled a veto is likely.",
        '"I cannot possibly see how we can let this resolution pass," he told reporters.',
        '"The French proposal is very hastily put together," Churkin added.',
        '"I frankly believe that it is designed not to make progress and take the situation out of the current stalemate or not to help Staffan de Mistura, but to cause a Russian veto."',
        "He added that it is unprecedented for the council to ask a permanent member to limit its own activities.",
        '"There are certain things which we may do or not do.',
        "We may fly or not fly.",
        'But definitely they cannot expect that we will go there through a demand by the Security Council," Churkin said.',
        '"It does not mean certain things cannot happen, but they can happen through a certain process."',
        "UN correspondent Margaret Besheer and Esha Sarai contributed to this report.",
    ],
}

# Boilerplate of the seeds: (raw line number, removed text, rule).
BOILERPLATE = {
    PRESS_TV: [
        (3, "(Photo by Reuters)", "photo_credit"),
        (25, "(Photo by AFP)", "photo_credit"),
        (38, "Press TV’s website can also be accessed at the following alternate addresses:", "alternate_addresses"),
        (40, "www.presstv.co.uk", "bare_web_address"),
        (42, "SHARE THIS ARTICLE", "share_prompt"),
        (43, "Press TV News Roku", "trailing_site_name"),
    ],
    VOA: [
        (1, "Accessibility links", "site_navigation"),
        (3, "Breaking News", "breaking_news_banner"),
        (9, "A general view shows destruction in Aleppo's rebel-held Bustan al-Basha neighborhood on Oct. 6, 2016.", "repeated_line"),
        (17, "WATCH: Kerry on hospital bombing in Syria", "video_teaser"),
        (19, "Kerry Condemns Attack on Syrian Hospital", "video_title"),
        (20, "please wait", "video_player"),
        (22, "No media source currently available", "video_player"),
        (24, "0:00 0:01:00 0:00", "video_timer"),
        (50, "WATCH: De Mistura statement on Syria", "video_teaser"),
        (52, "De Mistura on Situation in Aleppo, Syria", "video_title"),
        (53, "please wait", "video_player"),
        (55, "No media source currently available", "video_player"),
        (57, "0:00 0:00:55 0:00", "video_timer"),
    ],
}


@pytest.fixture(scope="module")
def cleaned_seeds(seeds_dir):
    return {name: clean((seeds_dir / name).read_text(encoding="utf-8")) for name in BODY_SENTENCES}


@pytest.mark.parametrize("name", sorted(BODY_SENTENCES))
def test_every_body_sentence_of_the_seeds_survives_as_one_sentence(cleaned_seeds, name):
    text = cleaned_seeds[name].text
    sentences = {text[s:e] for s, e in segment(text).sentences}
    missing = [s for s in BODY_SENTENCES[name] if s not in text]
    assert missing == []
    split_wrongly = [s for s in BODY_SENTENCES[name] if s not in sentences]
    assert split_wrongly == []
    assert len(segment(text).sentences) == len(BODY_SENTENCES[name])


@pytest.mark.parametrize("name", sorted(BOILERPLATE))
def test_seed_boilerplate_is_removed_and_reported(cleaned_seeds, name):
    cleaned = cleaned_seeds[name]
    assert [(r.line, r.text, r.rule) for r in cleaned.removed] == BOILERPLATE[name]
    for _, removed_text, rule in BOILERPLATE[name]:
        if rule != "repeated_line":
            assert removed_text not in cleaned.text


def test_seed_caption_repeated_on_consecutive_lines_keeps_one_copy(cleaned_seeds):
    caption = "A general view shows destruction in Aleppo's rebel-held Bustan al-Basha neighborhood"
    assert cleaned_seeds[VOA].text.count(caption) == 1


def test_removal_line_numbers_point_at_the_raw_lines(seeds_dir, cleaned_seeds):
    for name, cleaned in cleaned_seeds.items():
        raw_lines = (seeds_dir / name).read_text(encoding="utf-8").split("\n")
        for removal in cleaned.removed:
            assert removal.text in raw_lines[removal.line - 1].replace("\u00a0", " ")


# (rule, text that must lose the boilerplate, text that must be kept unchanged)
RULE_CASES = [
    ("site_navigation", "Accessibility links\n\nKerry spoke.", "Accessibility links were added to the site, officials said."),
    ("breaking_news_banner", "Breaking News\n\nKerry spoke.", "Breaking News: Kerry spoke in Geneva on Friday."),
    ("video_player", "Kerry spoke.\nplease wait\n\nHe left.", "Officials said please wait for the results before judging."),
    ("video_player", "No media source currently available\n\nKerry spoke.", "No media source was currently available, the network said."),
    ("video_timer", "Kerry spoke.\n\n0:00 0:01:00 0:00\n\nHe left.", "The clock read 0:00 when the vote closed."),
    ("video_teaser", "WATCH: Kerry on hospital bombing in Syria\n\nKerry spoke.", "Watch the skies, officials warned residents of Aleppo."),
    ("video_teaser", "WATCH: De Mistura statement on Syria\n\nKerry spoke.", "Watch: the statement that changed the debate was brief."),
    ("video_embed_caption", "Kerry spoke.\n\nJUST WATCHED Justice Department changes step following Trump's tweet Replay "
     "More Videos ... MUST WATCH Justice Department changes step following Trump's tweet 01:51\n\nHe left.",
     "I just watched the replay, and the call was wrong, the coach said."),
    ("video_embed_caption", "JUST WATCHED Militarizing the police force Replay More Videos ... MUST WATCH Militarizing "
     "the police force 03:02\n\nKerry spoke.", "JUST WATCHED: the debate drew 20 million viewers, Nielsen said."),
    ("video_title", "Kerry Condemns Attack on Syrian Hospital\nplease wait\n\nKerry spoke.", "Kerry condemned the attack on a Syrian hospital.\nplease wait"),
    ("video_title", "De Mistura on Situation in Aleppo, Syria\nplease wait", "Kerry Condemns Attack on Syrian Hospital\n\nplease wait"),
    ("share_prompt", "Kerry spoke.\n\nSHARE THIS ARTICLE", "Readers were asked to share this article with friends."),
    ("share_prompt", "Kerry spoke.\n\nRead or Share this story: https://www.usatoday.com/story/news/2016/05/16/a/1",
     "Read or share this story with a friend, the editor wrote."),
    ("trailing_site_name", "Kerry spoke.\n\nSHARE THIS ARTICLE\nPress TV News Roku", "Kerry spoke.\n\nSHARE THIS ARTICLE\nThe talks ended without a deal."),
    ("trailing_site_name", "Kerry spoke.\n\nSHARE THIS ARTICLE\nPress TV\nRoku", "SHARE THIS ARTICLE\nTrump Responds\n\nThe president spoke on Friday."),
    ("alternate_addresses", "Press TV’s website can also be accessed at the following alternate addresses:\n\nKerry spoke.", "The files can also be accessed at the archive, the court said."),
    ("bare_web_address", "Kerry spoke.\n\nwww.presstv.co.uk", "More details are on www.presstv.co.uk, the broadcaster said."),
    ("bare_web_address", "https://www.voanews.com/a/syria/3540000.html\n\nKerry spoke.", "U.S."),
    ("bare_web_address", "Kerry spoke.\n\nwww.presstv.ir", "FactCheck.org"),
    ("photo_credit", "Kerry speaks to reporters. (Photo by Reuters)", "Kerry spoke (Photos of the damage were shared online) on Friday."),
    ("photo_credit", "Syrian forces advance on a road. (Photo by AFP)", "The report (by Reuters) was denied."),
    ("repeated_line", "A general view shows destruction in Aleppo.\nA general view shows destruction in Aleppo.", "Yes.\nYes."),
    ("advertisement", "Kerry spoke.\n\nAdvertisement\n\nHe left.", "Advertisement revenue fell sharply last year."),
    ("copyright_notice", "Kerry spoke.\n\nCopyright © 2019 The Washington Times, LLC. Click here for reprint permission.", "Copyright law was not the issue, the judge said."),
    ("newsletter_prompt", "Kerry spoke.\n\nSign up for Daily Newsletters Manage Newsletters", "Readers can sign up for daily newsletters on the site, the paper said."),
    ("image_gallery", "Kerry spoke.\n\nSlideshow (2 Images)", "The slideshow of two images drew criticism."),
    ("newsletter_signup_form", "Kerry spoke.\n\nNewsletter Sign Up Continue reading the main story Please verify you're "
     "not a robot by clicking the box. Invalid email address. Please re-enter.", "The newsletter sign-up page was down, the paper said."),
    ("newsletter_signup_form", "Playbook newsletter Email Sign Up By signing up you agree to receive email newsletters "
     "or alerts from POLITICO. You can unsubscribe at any time.", "By signing up, you agree to the terms, the site warned."),
    ("gallery_caption_control", "He left office in 2009. Hide Caption 1 of 19 Photos: Potential candidates Walker spoke.",
     "The aide said she would hide the caption of photo 1 of 19."),
    ("photo_gallery", "Kerry spoke.\n\nPhotos: Campaigns we can believe in Photos: Campaigns we can believe in Ahead of "
     "his campaign announcement, Rand Paul's camp released his 2016 slogan. Campaigns we can believe in Paul supporters "
     "are handed placards.\n\nHe left.",
     "Photos: The storm's aftermath\n\nThe governor said the photos: were shared by Photos: Today, he said."),
    ("opinion_disclaimer", "He hosts a show. The opinions expressed in this commentary are his own. View more "
     "opinion at CNN.\n\nKerry spoke.", "The opinions expressed in this commentary drew criticism, the editor said."),
    ("story_highlights_label", "Story highlights Obama cancels military exercises with Egypt\n\nKerry spoke.",
     "The story highlights a problem, the editor said."),
    ("related_link", "Kerry spoke.\n\nMore: Trump says tariffs only hurt China, but top adviser Kudlow admits 'both sides "
     "will suffer'\n\nHe left.", "More than 20 people died, officials said."),
    ("related_link", "RELATED: Obama: Witting or Witless?\n\nKerry spoke.", "More: the reason, he said, is simple."),
    ("related_link", "Kerry spoke.\n\nREAD MORE:\n\nHe left.", "Read more about the plan, the editor said."),
    ("related_link", "SEE ALSO: Trump says he’s open to more time on DACA if needed\n\nKerry spoke.",
     "See also the ruling: it was clear, the judge said."),
    ("hover_card_headlines", "Sen. Mitch McConnell Addison (Mitch) Mitchell McConnellTrump says he will sign bill MORE (R-Ky.) said no.",
     "Sen. John McCain said YouTube and McDonald's would comply. READ MORE: the bill."),
]


@pytest.mark.parametrize("raw, expected", [
    ("Nikki Haley Nimrata (Nikki) HaleyHaley seeks to quell talk she could replace Pence MORE, the ambassador, said.",
     "Nikki Haley, the ambassador, said."),
    ("Aides to President Barack Obama Barack Hussein ObamaSaagar Enjeti rips Buttigieg MORE and Michelle Obama spoke.",
     "Aides to President Barack Obama and Michelle Obama spoke."),
    ("President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial MORE’s 2016 campaign aides left.",
     "President Trump’s 2016 campaign aides left."),
])
def test_a_hover_card_goes_and_the_name_before_it_stays(raw, expected):
    assert clean(raw).text == expected


OTHER_BOILERPLATE = {"please wait", "SHARE THIS ARTICLE"}  # lines in counterexamples that other rules remove


@pytest.mark.parametrize("rule, boilerplate, keep", RULE_CASES)
def test_each_rule_removes_its_case_and_keeps_its_counterexample(rule, boilerplate, keep):
    cleaned = clean(boilerplate)
    assert rule in {r.rule for r in cleaned.removed}
    kept = clean(keep)
    assert rule not in {r.rule for r in kept.removed}
    for sentence in [line for line in keep.split("\n") if line.strip() and line not in OTHER_BOILERPLATE]:
        assert sentence in kept.text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Kerry\u00a0said\u2009it.", "Kerry said it."),  # odd spaces become plain spaces
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),  # line endings
        ("a\x00b\x07c\u200bd\ufeff", "abcd"),  # control and zero-width characters
        ("tab\there", "tab here"),
        ("Cafe\u0301 Ko\u0308lner", "Café Kölner"),  # NFC
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),  # blank-line runs collapse to one blank line
        ("trailing   \nspaces \t", "trailing\nspaces"),
        ("\n\n  \nbody\n\n", "body"),
        ("“curly” and \"straight\" and ‘single’ quotes stay", "“curly” and \"straight\" and ‘single’ quotes stay"),
        ("Kerry’s and Democrats' apostrophes stay", "Kerry’s and Democrats' apostrophes stay"),
        ("line\u2028break and\u2029para", "line\nbreak and\npara"),
    ],
)
def test_character_normalisation(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize("name", [PRESS_TV, VOA])
def test_clean_is_idempotent_on_the_seeds(cleaned_seeds, name):
    once = cleaned_seeds[name].text
    assert clean(once).text == once
    assert clean(once).removed == []


def test_rules_can_be_switched_off_or_replaced(tmp_path):
    raw = "Breaking News\n\nKerry spoke.\n\nCustom footer"
    assert clean(raw, rules=()).text == raw
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nname = "footer"\nexplanation = "Site footer."\nlines = ["Custom footer"]\n')
    cleaned = clean(raw, rules=path)
    assert cleaned.text == "Breaking News\n\nKerry spoke."
    assert cleaned.removed == [Removal(5, "Custom footer", "footer")]


@pytest.mark.parametrize(
    "toml, message",
    [
        ('[[rule]]\nexplanation = "x"\nlines = ["a"]\n', "has no 'name'"),
        ('[[rule]]\nname = "a"\nlines = ["a"]\n', "missing 'explanation'"),
        ('[[rule]]\nname = "a"\nexplanation = "x"\n', "needs exactly one of"),
        ('[[rule]]\nname = "a"\nexplanation = "x"\npattern = "("\n', "bad regular expression"),
        ('[[rule]]\nname = "a"\nexplanation = "x"\nstructural = "magic"\n', "structural must be one of"),
        ('[[rule]]\nname = "a"\nexplanation = "x"\nlines = ["a"]\nrole = "boss"\n', "role must be one of"),
        ('[[rule]]\nname = "a"\nexplanation = "x"\nlines = ["a"]\n[[rule]]\nname = "a"\nexplanation = "y"\nlines = ["b"]\n', "used more than once"),
        ("[[rule]\n", "not valid TOML"),
    ],
)
def test_bad_rule_files_are_reported_with_file_and_rule(tmp_path, toml, message):
    path = tmp_path / "bad.toml"
    path.write_text(toml)
    with pytest.raises(InputError, match="bad.toml") as info:
        load_boilerplate_rules(path)
    assert message in str(info.value)


def test_missing_rules_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read boilerplate rules"):
        clean("text", rules=tmp_path / "nope.toml")


def test_packaged_rules_all_have_explanations():
    rules = load_boilerplate_rules().rules
    assert len(rules) >= 15
    assert all(rule.explanation for rule in rules)


def test_a_required_text_must_be_a_non_empty_string_on_an_inline_rule(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nname = "x"\nexplanation = "x"\nlines = ["a"]\nrequires = "b"\n', encoding="utf-8")
    with pytest.raises(InputError, match="requires"):
        load_boilerplate_rules(rules)


def test_an_inline_rule_with_a_required_text_skips_lines_without_it(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nname = "x"\nexplanation = "x"\ninline = " ?\\\\[ad\\\\]"\nrequires = "[ad]"\n', encoding="utf-8")
    assert clean("Kerry spoke [ad] today.\nNo ads here.", rules=rules).text == "Kerry spoke today.\nNo ads here."


def test_inline_rules_apply_in_order_to_what_earlier_ones_left(tmp_path):
    """Only the inline rules matching somewhere in the text are tried on its lines, but a line changed by one rule
    is tried with every later rule: here "[x]" joins "Pro" and "mo" into the "Promo" the second rule removes."""
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nname = "x"\nexplanation = "x"\ninline = "\\\\[x\\\\]"\n\n'
                     '[[rule]]\nname = "promo"\nexplanation = "p"\ninline = " Promo!"\n', encoding="utf-8")
    cleaned = clean("Kerry spoke. Pro[x]mo! Today.\nLavrov too.", rules=rules)
    assert cleaned.text == "Kerry spoke. Today.\nLavrov too."
    assert [(r.line, r.rule) for r in cleaned.removed] == [(1, "x"), (1, "promo")]
    untouched = clean("Kerry spoke. Pro mo! Today. Promo!", rules=rules)           # the second rule alone
    assert untouched.text == "Kerry spoke. Pro mo! Today." and [r.rule for r in untouched.removed] == ["promo"]
