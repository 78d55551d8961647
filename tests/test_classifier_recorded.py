"""The shipped model's probabilities on a fixed sample of real sentences, recorded before any speed work.

The sentences come from the seed articles (plus edge cases); the expected values were produced by the
model code as it stood when framing/data/bias_model.npz was shipped. Any change to feature extraction
or scoring must reproduce them to within 1e-9.
"""
from __future__ import annotations

import numpy as np
import pytest

from framing.model import load_model

RECORDED = [
    ('Foreign Ministry spokeswoman Maria Zakharov, also, described Kerry’s allegations as “propaganda,” saying that “juggling these words [war crime] is very dangerous, because there are indeed war crimes on the part of the American representatives.”',
     0.9366132229467765),
    ('Moscow and Damascus say their forces have been targeting foreign-sponsored militants in eastern parts of Aleppo after the terrorists repeatedly violated the cessation of hostilities.',
     0.8108958852519729),
    ("Kirby rebuffed reporters' repeated questions about whom Kerry would want to lead a war-crimes investigation.",
     0.4840951229806778),
    ('There was no official statement about his assertion, however.',
     0.882600729133057),
    ('During a news briefing later in the day, State Department spokesman John Kirby said Kerry\'s statement did not represent "a change of tone" in U.S. views about Russia and Syria\'s tactics.',
     0.24454853248390637),
    ('They described "very tense" discussions, with only council member Venezuela appearing to support Russia\'s account of its actions in Syria.',
     0.25823575507157087),
    ('The secretary used similar terms at the United Nations last month, when he denounced Russian and Syrian aerial bombings of hospitals and children as "flagrant violations of international law."',
     0.328721598959145),
    ('The secretary was speaking at the State Department, alongside visiting French Foreign Minister Jean-Marc Ayrault.',
     0.2035031466380225),
    ('As many as half a million people have been killed in Syria since the beginning of the civil war there in 2011, and millions of people have been displaced.',
     0.41740851615233104),
    ('US-Russian Feud Over Syria Escalates with Talk of War Crimes',
     0.3910468445617585),
    ('He could not be clearer," French Ambassador François Delattre told U.N. reporters after the meeting.',
     0.11993493215355203),
    ('Responding to the allegations, Russian Deputy Foreign Minister Sergei Ryabkov described Kerry’s statements “unacceptable judgments,” on Friday.',
     0.2906374932199961),
    ('Kerry further claimed that the Syrian forces hit “another hospital” in Aleppo overnight.',
     0.5649637688242863),
    ('"There are certain things which we may do or not do.',
     0.22592063980366622),
    ('US Secretary of State John Kerry speaks to reporters at the State Department in Washington on October 7, 2016.',
     0.23673207540774338),
    ("While saying he would have to wait for instructions from Moscow, Russia's U.N. Ambassador Vitaly Churkin signaled a veto is likely.",
     0.17277331840165183),
    ('',
     0.40876943021676926),
    ('   ',
     0.40876943021676926),
    ('x',
     0.40876943021676926),
    ('“Quoted”',
     0.4910601703989167),
    ('Café 日本',
     0.20129579696630587),
    ("It's the people’s right -- isn't it?",
     0.8511014194213171),
    ("U.S. officials said 3.5% of the $1,000,000 budget was 'wasted'.",
     0.047953553162376455),
    ('A\x00B null byte',
     0.39785234419355753),
    ("Don't   stop\n\tnow!!!",
     0.7208064550731919),
    ("The regime's thugs butchered peaceful protesters.",
     0.8903904524115501),
    ('Reportedly, the so-called experts allegedly lied.',
     0.6335923816651896),
]


@pytest.fixture(scope="module")
def shipped():
    return load_model()


@pytest.mark.parametrize("sentence, expected", RECORDED)
def test_shipped_model_reproduces_recorded_probability(shipped, sentence, expected):
    assert abs(float(shipped.predict_proba([sentence])[0]) - expected) < 1e-9


def test_batch_prediction_equals_one_at_a_time(shipped):
    texts = [t for t, _ in RECORDED]
    batch = shipped.predict_proba(texts)
    assert np.abs(batch - np.array([p for _, p in RECORDED])).max() < 1e-9
    reordered = shipped.predict_proba(texts[::-1])[::-1]
    assert np.abs(reordered - batch).max() < 1e-12


def test_recorded_sample_is_not_degenerate():
    probs = [p for _, p in RECORDED]
    assert min(probs) < 0.2 and max(probs) > 0.8 and len(set(probs)) > len(probs) - 4
