"""French extraction, on sentences written for these tests (none is taken from news).

Each case runs the whole pipeline (lexicons/fr + the knowledge base) on one
sentence.

The sentence tables are ``tests/lang/fr/<kind>.tsv``, read by ``tests/lang/test_tables.py``;
here are the cases that check more than a table row says.
"""
from __future__ import annotations

from datetime import date

from diplograph.types import Extraction
from tests.fixtures import extract_text, summary

PUBLISHED = date(2025, 9, 3)  # un mercredi


def extract(text: str, published: date = PUBLISHED) -> Extraction:
    return extract_text(text, "fr", published)


# --- what the French lexicons need from the engine ---------------------------------

def test_future_tense_suffix():
    x = extract("L'Allemagne accueillera une conférence sur la reconstruction.")
    assert [s.modality for s in x.statements if s.predicate == "hosts"] == ["future"]


def test_elided_negation_on_verb():
    x = extract("La Chine n'assistera pas au sommet de Genève.")
    assert ("China", "participatesIn", True) in {(s.subject.label, s.predicate, s.negated) for s in x.statements}


def test_incise_speaker_after_the_verb_is_own_words():
    # the President of France speaks for France (C3: its own side), not for Germany
    x = extract("La France soutient le plan, a déclaré mercredi Emmanuel Macron.")
    assert [s.modality for s in x.statements if s.predicate == "supports"] == ["asserted"], summary(x)
    x = extract("L'Allemagne soutient le plan, a déclaré mercredi Emmanuel Macron.")
    assert [s.modality for s in x.statements if s.predicate == "supports"] == ["reported"], summary(x)
    x = extract("« Nous soutenons cette initiative », a dit Emmanuel Macron en recevant à Nice le chancelier allemand.")
    assert [s.modality for s in x.statements if s.predicate == "meetsWith"] == ["asserted"], summary(x)


def test_elided_infinitive():
    x = extract("Le Qatar prévoit d'accueillir les pourparlers.")
    assert [s.subject.label for s in x.statements if s.predicate == "hosts"] == ["Qatar"], summary(x)


def test_adjective_inside_title():
    roles = extract("Le ministre russe des Affaires étrangères Sergueï Lavrov a critiqué l'UE.").roles
    assert ("Sergey Lavrov", "foreign_minister", "Russia") in {(r.person.label, r.position, r.country.label) for r in roles}


def test_appositive_role():
    roles = extract("Pierre Durandal, chef de la diplomatie française, a condamné l'attaque.").roles
    assert {r.person.label for r in roles} == {"Pierre Durandal"}


def test_former_title_gives_no_role():
    x = extract("L'ancien président français Nicolas Sarkozy a critiqué la décision.")
    assert x.roles == [] and ("Nicolas Sarkozy", "criticizes") in {(s.subject.label, s.predicate) for s in x.statements}


def test_adjective_after_the_whole_title():
    roles = extract("Le ministre des Affaires étrangères russe Sergueï Lavrov a critiqué l'UE.").roles
    assert ("Sergey Lavrov", "foreign_minister", "Russia") in {(r.person.label, r.position, r.country.label) for r in roles}


def test_acronym_with_elided_article():
    x = extract("L'OTAN a condamné l'attaque.")
    assert ("NATO", "condemns") in {(s.subject.label, s.predicate) for s in x.statements}


def test_fronted_agent_phrase():
    x = extract("Coprésidée par la Norvège, cette conférence a réuni quarante délégations.")
    assert ("Norway", "coChairs") in {(s.subject.label, s.predicate) for s in x.statements}


def test_agent_phrase_on_actor():
    x = extract("L'Union africaine, présidée par l'Angola, a appelé au calme.")
    assert ("Angola", "chairs") in {(s.subject.label, s.predicate) for s in x.statements}


def test_agent_phrase_is_a_parenthesis():
    x = extract("L'Union africaine, présidée par l'Angola, a appelé au calme.")
    assert [s.subject.label for s in x.statements if s.predicate == "callsFor"] == ["African Union"], summary(x)


def test_pronoun_subject():
    x = extract("L'Algérie a déclaré qu'elle ne reconnaîtra pas le Kosovo.")
    assert ("Algeria", "recognizes", True) in {(s.subject.label, s.predicate, s.negated) for s in x.statements}, summary(x)


def test_future_passive_with_an_adverb():
    x = extract("Les États-Unis soutiennent le plan. Il sera maintenant endossé officiellement.")
    assert len([s for s in x.statements if s.predicate == "supports"]) == 1, summary(x)


def test_agentless_passive():
    x = extract("La Syrie a été réintégrée dans la Ligue arabe.")
    assert not [s for s in x.statements if s.subject.label == "Syria"], summary(x)


def test_parenthetical_after_auxiliary():
    x = extract("La Jordanie a, pour sa part, insisté sur la protection des civils.")
    assert ("Jordan", "callsFor") in {(s.subject.label, s.predicate) for s in x.statements}


def test_absence_negates_participation():
    x = extract("Malgré l'absence du Canada, la conférence a adopté une déclaration.")
    assert ("Canada", "participatesIn", True) in {(s.subject.label, s.predicate, s.negated) for s in x.statements}


def test_condemning_strikes_against_a_state_condemns_the_strikes():
    x = extract("La France a condamné les frappes russes contre l'Ukraine.")
    (st,) = [s for s in x.statements if s.predicate == "condemns"]
    assert st.subject.label == "France" and st.object.actor is None and "frappes" in st.object.mention
