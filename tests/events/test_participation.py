"""Participation by presence, by a list of participants, or in a delegation; sentences written for these tests.

Each listed participant takes part in the event named before the phrase
(or the event its delegation went to); with no event, nothing is stated.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    # presence phrases: "flanked by", "in the presence of", "accompanied by", "en présence de", "بحضور", "وإلى جانبه"
    ("en", "The Kenyan president opened the summit in Nairobi, flanked by the presidents of Uganda and Tanzania.",
     {("Uganda", "participatesIn", "summit in Nairobi", "participant"),
      ("Tanzania", "participatesIn", "summit in Nairobi", "participant"),
      ("William Ruto", "participatesIn", "summit in Nairobi", "default")}, set()),
    ("en", "The signing ceremony was held in the presence of Egypt and Qatar.",
     {("Egypt", "participatesIn", "signing ceremony", "participant"),
      ("Qatar", "participatesIn", "signing ceremony", "participant")}, set()),
    ("en", "Erdogan attended the summit in Baku, accompanied by Hakan Fidan.",
     {("Hakan Fidan", "participatesIn", "summit in Baku", "participant")}, set()),
    ("fr", "Le sommet s'est ouvert à Dakar en présence du président ivoirien Alassane Ouattara.",
     {("Alassane Ouattara", "participatesIn", "sommet", "participant")}, set()),
    ("ar", "افتتح الرئيس التونسي المؤتمر بحضور الرئيس الجزائري والرئيس الليبي.",
     {("Abdelmadjid Tebboune", "participatesIn", "المؤتمر", "presence"),
      ("Mohamed al-Menfi", "participatesIn", "المؤتمر", "presence")}, set()),
    ("ar", "ترأس أمير قطر القمة في الدوحة، وإلى جانبه الرئيس التركي.",
     {("Recep Tayyip Erdoğan", "participatesIn", "القمة في الدوحة", "participant")}, set()),
    ("ar", "حضر الرئيس المصري القمة العربية برفقة وزير الخارجية بدر عبد العاطي.",
     {("Badr Abdelatty", "participatesIn", "القمة العربية", "participant")}, set()),
    ("fr", "Emmanuel Macron a assisté au sommet en compagnie du chancelier allemand Friedrich Merz.",
     {("Friedrich Merz", "participatesIn", "sommet", "participant")}, set()),
    ("en", "The forum opened in Doha with the participation of Egypt and Jordan.",
     {("Egypt", "participatesIn", "forum", "participant"), ("Jordan", "participatesIn", "forum", "participant")}, set()),
    # a list of participants named through their ministers
    ("en", "The Cairo conference brought together the foreign ministers of Jordan and Iraq.",
     {("Jordan", "participatesIn", "conference", "participant"), ("Iraq", "participatesIn", "conference", "participant")},
     set()),
    ("fr", "La conférence de Rome a réuni les ministres des Affaires étrangères de l'Italie et de la Grèce.",
     {("Italy", "participatesIn", "conférence de Rome", "participant"),
      ("Greece", "participatesIn", "conférence de Rome", "participant")}, set()),
    ("ar", "عقد الاجتماع في تونس بمشاركة وزيري خارجية الجزائر وليبيا.",
     {("Algeria", "participatesIn", "الاجتماع في تونس", "presence"),
      ("Libya", "participatesIn", "الاجتماع في تونس", "presence")}, set()),
    # verb first: a state acts through the delegates named before it; "about Russia" names no delegate
    ("ar", "شارك ممثلون عن تركيا وإيران في اجتماع بشأن العراق.",
     {("Turkey", "participatesIn", "في اجتماع بشأن العراق", "default"),
      ("Iran", "participatesIn", "في اجتماع بشأن العراق", "default")}, set()),
    ("ar", "اجتمع وزراء خارجية مصر والأردن والعراق في القاهرة.",
     {("Egypt", "meetsWith", "Jordan", "default"), ("Iraq", "meetsWith", "Egypt", "default")}, set()),
    ("ar", "تحدث عن روسيا وزير الخارجية.", set(), {("Russia", None, None, None)}),
    # under the mediation of: the mediators act on the event before
    ("ar", "استؤنفت المفاوضات بين مصر وإثيوبيا بوساطة الجزائر.",
     {("Algeria", "mediates", "المفاوضات بين مصر وإثيوبيا", "adjunct")}, set()),
    # a delegation's members take part in its event
    ("en", "Egypt's delegation to the Gaza conference included Foreign Minister Badr Abdelatty.",
     {("Badr Abdelatty", "participatesIn", "conference", "delegation")}, set()),
    ("fr", "La délégation française au sommet de Bruxelles comprenait le ministre des Affaires étrangères Jean-Noël Barrot.",
     {("Jean-Noël Barrot", "participatesIn", "sommet", "delegation")}, set()),
    ("ar", "ضم الوفد المصري إلى مؤتمر باريس وزير الخارجية بدر عبد العاطي.",
     {("Badr Abdelatty", "participatesIn", "مؤتمر", "delegation")}, set()),
    ("fr", "Parmi les participants au sommet de Rome figuraient Emmanuel Macron et Friedrich Merz.",
     {("Emmanuel Macron", "participatesIn", "sommet", "delegation"),
      ("Friedrich Merz", "participatesIn", "sommet", "delegation")}, set()),
    ("fr", "Parmi les sujets de la réunion figurait l'Ukraine.", set(), {(None, "participatesIn", None, None)}),
    # an agent phrase that opens the sentence lists its own actors: the one next to the verb is its subject
    ("en", "Flanked by Egypt and Jordan, France condemned the attack.", {("France", "condemns", "attack", "default")},
     {("Egypt", "condemns", None, None), ("Jordan", "condemns", None, None)}),
    ("fr", "Entouré du ministre des Affaires étrangères Jean-Noël Barrot, Emmanuel Macron a présidé le sommet.",
     {("Emmanuel Macron", "chairs", "sommet", "default")}, {("Jean-Noël Barrot", "chairs", None, None),
                                                             ("Jean-Noël Barrot", "coChairs", None, None)}),
    # an event that included actors, no delegation noun: they take part in it (triggers.tsv participant row after the delegation one)
    ("en", "The talks included Egypt and Jordan.",
     {("Egypt", "participatesIn", "talks", "participant"), ("Jordan", "participatesIn", "talks", "participant")}, set()),
    # nothing: no event to take part in, no delegation, no listed actor, nothing but an event opened
    ("en", "Ruto greeted reporters, flanked by his bodyguards.", set(), {(None, "participatesIn", None, None)}),
    ("en", "The crisis brought together Jordan and Iraq.", set(), {(None, "participatesIn", None, None)}),
    ("en", "The package included sanctions on Russia.", set(), {(None, "participatesIn", None, None)}),
    ("en", "Kenya opened its embassy in Kyiv.", set(), {(None, "participatesIn", None, None)}),
    ("fr", "La crise a réuni l'Italie et la Grèce.", set(), {(None, "participatesIn", None, None)}),
    ("fr", "Emmanuel Macron a ouvert la voie à un accord.", set(), {(None, "participatesIn", None, None)}),
    ("ar", "افتتح الرئيس التونسي مستشفى جديدا.", set(), {(None, "participatesIn", None, None)}),
    ("ar", "ضمت القائمة وزير الخارجية أسعد الشيباني.", set(), {(None, "participatesIn", None, None)}),
    # "his attendance at the summit": a noun of presence with a possessive reads as an event noun
    ("ar", "أكد الرئيس التونسي حضوره القمة.", {("Kais Saied", "participatesIn", "القمة", "presence")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_participation(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows


@pytest.mark.parametrize("lang,text", [
    ("en", "The ceremony was not held in the presence of Qatar."),
    ("ar", "لم يعقد الاجتماع بحضور الرئيس الجزائري."),
    ("fr", "La conférence ne s'est pas tenue en présence du président ivoirien Alassane Ouattara."),
])
def test_negated_presence(extract, lang, text):
    taking_part = [s for s in extract(text, lang).statements if s.predicate == "participatesIn"]
    assert taking_part and all(s.negated for s in taking_part)
