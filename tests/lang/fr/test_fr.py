"""French extraction, on sentences written for these tests (none is taken from news).

Each case runs the whole pipeline (lexicons/fr + the knowledge base) on one
sentence.
"""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.types import Extraction
from tests.fixtures import assert_statement, extract_text, summary

PUBLISHED = date(2025, 9, 3)  # un mercredi


def extract(text: str, published: date = PUBLISHED) -> Extraction:
    return extract_text(text, "fr", published)


# (sentence, subject label, predicate, negated, modality, a keyword of the object)
STATEMENTS = [
    ("Le Kremlin rejette le plan de paix européen.", "Kremlin", "rejects", False, "asserted", "plan de paix"),
    ("La Chine a condamné l'essai nucléaire nord-coréen.", "China", "condemns", False, "asserted", "essai nucléaire"),
    ("L'Union européenne a imposé de nouvelles sanctions à la Biélorussie.", "European Union", "sanctions", False, "asserted", "Biélorussie"),
    ("L'Égypte exige le retrait des troupes étrangères de Libye.", "Egypt", "demands", False, "asserted", "retrait"),
    ("La France appelle à un cessez-le-feu immédiat au Soudan.", "France", "callsFor", False, "asserted", "cessez-le-feu"),
    ("Le Qatar a salué l'accord entre l'Arménie et l'Azerbaïdjan.", "Qatar", "welcomes", False, "asserted", "accord"),
    ("L'Iran accuse Israël de saboter les négociations.", "Iran", "accuses", False, "asserted", "Israël"),
    ("L'OTAN met en garde la Russie contre toute escalade.", "NATO", "warns", False, "asserted", "Russie"),
    ("La Turquie menace la Suède d'un veto.", "Turkey", "threatens", False, "asserted", "Suède"),
    ("Le Maroc soutient le plan d'autonomie.", "Morocco", "supports", False, "asserted", "plan d'autonomie"),
    ("L'Espagne a reconnu l'État de Palestine mardi.", "Spain", "recognizes", False, "asserted", "Palestine"),
    ("La Russie s'est retirée de l'accord sur les céréales.", "Russia", "withdrawsFrom", False, "asserted", "céréales"),
    ("Le Japon propose une mission de paix régionale.", "Japan", "proposes", False, "asserted", "mission de paix"),
    ("Oman a joué les médiateurs entre l'Iran et les États-Unis.", "Oman", "mediates", False, "asserted", "Iran"),
    ("Le gouvernement israélien a rejeté la proposition.", "Israel", "rejects", False, "asserted", "proposition"),
    ("L'invasion russe de l'Ukraine a commencé en 2022.", "Russia", "attacks", False, "asserted", "Ukraine"),
    # control verbs
    ("L'Iran refuse de signer le traité.", "Iran", "rejects", False, "asserted", "traité"),
    ("La Russie a refusé de participer au sommet.", "Russia", "rejects", False, "asserted", "sommet"),
    ("L'Inde et le Pakistan ont accepté de négocier à Genève.", "Pakistan", "agreesTo", False, "asserted", "Genève"),
    # negation: ne ... pas, n'... pas, jamais
    ("L'Algérie n'a pas signé la déclaration commune.", "Algeria", "signs", True, "asserted", "déclaration"),
    ("La Hongrie ne soutient pas le nouveau paquet d'aide.", "Hungary", "supports", True, "asserted", "paquet d'aide"),
    ("La Chine ne participe pas au sommet de Genève.", "China", "participatesIn", True, "asserted", "sommet"),
    ("Le Brésil n'a jamais reconnu l'annexion de la Crimée.", "Brazil", "recognizes", True, "asserted", "annexion"),
    # future, hypothetical, reported
    ("L'Allemagne va accueillir une conférence sur la reconstruction.", "Germany", "hosts", False, "future", "conférence"),
    ("Le Qatar doit accueillir un nouveau cycle de négociations la semaine prochaine.", "Qatar", "hosts", False, "future", "négociations"),
    ("La Pologne pourrait déployer des troupes à la frontière.", "Poland", "deploys", False, "hypothetical", "troupes"),
    ("Si les pourparlers échouent, la France imposera des sanctions à la Russie.", "France", "sanctions", False, "hypothetical", "Russie"),
    ("Selon des diplomates occidentaux, l'Égypte soutient le plan de cessez-le-feu.", "Egypt", "supports", False, "reported", "cessez-le-feu"),
    # agent phrases and passives
    ("La conférence, coprésidée par la France et l'Arabie saoudite, s'est ouverte lundi.", "Saudi Arabia", "coChairs", False, "asserted", "conférence"),
    ("Le sommet a été accueilli par le Kenya.", "Kenya", "hosts", False, "asserted", "sommet"),
    ("Les pourparlers, organisés sous l'égide du Qatar, ont repris.", "Qatar", "mediates", False, "asserted", "pourparlers"),
    # titles: the adjective follows the title
    ("Le président français Emmanuel Macron a rencontré le président chinois Xi Jinping à Pékin.", "Emmanuel Macron", "meetsWith", False, "asserted", "Xi Jinping"),
    ("Le Premier ministre britannique Keir Starmer a salué la décision.", "Keir Starmer", "welcomes", False, "asserted", "décision"),
    ("Le chancelier allemand Friedrich Merz a appelé à un cessez-le-feu.", "Friedrich Merz", "callsFor", False, "asserted", "cessez-le-feu"),
    ("Le président ukrainien s'est rendu à Washington vendredi.", "Volodymyr Zelensky", "visits", False, "asserted", "Washington"),
    ("Le porte-parole du Kremlin Dmitri Peskov a rejeté ces accusations.", "Dmitry Peskov", "rejects", False, "asserted", "accusations"),
    ("Le président français reçoit à Marseille le président ukrainien.", "Emmanuel Macron", "meetsWith", False, "asserted", "ukrainien"),
]


@pytest.mark.parametrize("sentence, subject, predicate, negated, modality, keyword", STATEMENTS)
def test_statement(sentence, subject, predicate, negated, modality, keyword):
    assert_statement(extract(sentence), subject, predicate, negated, modality, keyword)


@pytest.mark.parametrize("sentence, subject, predicate", [
    ("L'Iran refuse de signer le traité.", "Iran", "signs"),
    ("La Russie a refusé de participer au sommet.", "Russia", "participatesIn"),
])
def test_control_verb_leaves_no_second_statement(sentence, subject, predicate):
    x = extract(sentence)
    assert not [s for s in x.statements if s.subject.label == subject and s.predicate == predicate], summary(x)


@pytest.mark.parametrize("sentence, subjects, predicate", [
    ("La France, l'Allemagne et l'Italie ont condamné le coup d'État.", {"France", "Germany", "Italy"}, "condemns"),
    ("La conférence, coprésidée par la France et l'Arabie saoudite, s'est ouverte lundi.", {"France", "Saudi Arabia"}, "coChairs"),
])
def test_coordinated_subjects(sentence, subjects, predicate):
    x = extract(sentence)
    assert {s.subject.label for s in x.statements if s.predicate == predicate} == subjects, summary(x)


@pytest.mark.parametrize("sentence", [
    "Les prix du pétrole ont fortement augmenté lundi.",
    "Il a plu à Paris pendant tout le week-end.",
    "La réunion a duré trois heures.",
    "Des milliers de manifestants ont défilé à Berlin samedi.",
])
def test_no_statement(sentence):
    assert extract(sentence).statements == [], summary(extract(sentence))


# (sentence, person, position, country label)
ROLES = [
    ("Le président français Emmanuel Macron est arrivé à Kiev.", "Emmanuel Macron", "head_of_state", "France"),
    ("Le Premier ministre britannique Keir Starmer a parlé aux journalistes.", "Keir Starmer", "head_of_government", "United Kingdom"),
    ("Le chancelier allemand Friedrich Merz s'est rendu à Paris.", "Friedrich Merz", "head_of_government", "Germany"),
    ("Le président ukrainien s'est rendu à Washington vendredi.", "Volodymyr Zelensky", "head_of_state", "Ukraine"),
    ("Le chef de l'État français a reçu les ambassadeurs.", "Emmanuel Macron", "head_of_state", "France"),
]


@pytest.mark.parametrize("sentence, person, position, country", ROLES)
def test_role(sentence, person, position, country):
    roles = [(r.person.label, r.position, r.country.label if r.country else None) for r in extract(sentence).roles]
    assert (person, position, country) in roles, roles


@pytest.mark.parametrize("sentence, expected", [
    ("L'Iran a accueilli les pourparlers samedi.", date(2025, 8, 30)),
    ("La Chine a accueilli la conférence hier.", date(2025, 9, 2)),
    ("La Russie accueillera le sommet jeudi prochain.", date(2025, 9, 4)),
    ("L'Inde accueillera le sommet la semaine prochaine.", date(2025, 9, 10)),
    ("L'Égypte a accueilli les pourparlers à la mi-août.", date(2025, 8, 15)),
    ("L'Égypte a accueilli les pourparlers le 20 août.", date(2025, 8, 20)),
    ("La Russie a envahi l'Ukraine le 24 février 2022.", date(2022, 2, 24)),
    ("Le Japon accueillera le sommet en novembre.", date(2025, 11, 1)),
])
def test_dates(sentence, expected):
    dates = {s.date for s in extract(sentence).statements}
    assert expected in dates, summary(extract(sentence))


# --- what the French lexicons need from the engine ---------------------------------

def test_future_tense_suffix():
    x = extract("L'Allemagne accueillera une conférence sur la reconstruction.")
    assert [s.modality for s in x.statements if s.predicate == "hosts"] == ["future"]


def test_elided_negation_on_verb():
    x = extract("La Chine n'assistera pas au sommet de Genève.")
    assert ("China", "participatesIn", True) in {(s.subject.label, s.predicate, s.negated) for s in x.statements}


def test_incise_speaker_after_the_verb_is_own_words():
    x = extract("La France soutient le plan, a déclaré mercredi Emmanuel Macron.")
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
