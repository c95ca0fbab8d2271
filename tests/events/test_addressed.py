"""A verb that urges only with an addressee and a content marker: "a appelé la Russie à cesser ses frappes"."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "La France a appelé la Russie à cesser ses frappes sur les villes ukrainiennes.",
     {("France", "callsFor", "cesser ses frappes sur les villes ukrainiennes", "addressed")},
     {("France", "callsFor", "Russia", None)}),
    ("fr", "António Guterres a appelé dimanche les parties à un cessez-le-feu immédiat.",
     {("António Guterres", "callsFor", "cessez-le-feu immédiat", "addressed")}, set()),
    ("fr", "L'Iran a appelé les pays de la région à l'unité.",
     {("Iran", "callsFor", "l'unité", "addressed")}, set()),
    ("fr", "Washington a pressé Israël de faciliter l'entrée de l'aide humanitaire.",
     {("United States", "callsFor", "faciliter l'entrée de l'aide humanitaire", "addressed")}, set()),
    ("fr", "La Chine a encouragé les deux camps à reprendre le dialogue.",
     {("China", "callsFor", "reprendre le dialogue", "addressed")}, set()),
    # a reflexive verb opens the content: its clitic is no word between the marker and the content
    ("fr", "L'Égypte a appelé Israël à se retirer de Rafah.",
     {("Egypt", "callsFor", "retirer de Rafah", "addressed")}, {("Israel", "withdrawsFrom", None, None)}),
    ("fr", "Le Qatar a invité les deux camps à s'asseoir à la table des négociations.", set(),
     {("Qatar", "callsFor", "deux camps", None)}),
    # a phrase addressee (a determiner first) before a content that opens on a verb trigger of its own
    ("fr", "L'Égypte a appelé les pays arabes à soutenir la Palestine.",
     {("Egypt", "callsFor", "soutenir la Palestine", "addressed")}, {("Egypt", "supports", None, None)}),
    ("fr", "Le Maroc a appelé la communauté internationale à condamner l'attaque.",
     {("Morocco", "callsFor", "condamner l'attaque", "addressed")}, {("Morocco", "condemns", None, None)}),
    ("fr", "La France a appelé ses partenaires européens à rejeter le plan.",
     {("France", "callsFor", "rejeter le plan", "addressed")}, {("France", "rejects", None, None)}),
    ("fr", "L'Égypte a appelé les efforts de paix à Gaza.", set(), {("Egypt", "callsFor", None, None)}),
    # no content marker after the addressee: a phone call, a support, nothing urged
    ("fr", "Emmanuel Macron a appelé Volodymyr Zelensky.", set(), {("Emmanuel Macron", "callsFor", None, None)}),
    ("fr", "Emmanuel Macron a appelé Volodymyr Zelensky à Kiev.", set(), {("Emmanuel Macron", "callsFor", None, None)}),
    ("fr", "L'Union européenne a encouragé les efforts de médiation du Qatar.",
     set(), {("European Union", "callsFor", None, None)}),
    # an object pronoun addressee (language.yaml object_pronouns): what follows the marker is urged
    ("en", "Qatar met Hamas leaders in Doha, pressing them to accept the proposal.",
     {("Qatar", "callsFor", "accept the proposal", "addressed")}, set()),
    ("en", "Qatar met Hamas leaders in Doha, pressing them hard on the hostages.",
     set(), {("Qatar", "callsFor", None, None)}),
    ("en", "Iran pressed ahead with the enrichment.", set(), {("Iran", "callsFor", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_addressed(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
