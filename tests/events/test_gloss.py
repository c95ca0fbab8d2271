"""A gloss in brackets after a name (language.yaml gloss_marks) is part of the name: lists and arguments pass over it.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # an acronym of the same actor: the list goes on past it
    ("fr", "La République démocratique du Congo (RDC) et le Rwanda ont signé un accord de paix.",
     {("Democratic Republic of the Congo", "signs", "accord de paix", "default"),
      ("Rwanda", "signs", "accord de paix", "default")}, set()),
    ("fr", "Le Mali a quitté la Communauté économique des États de l'Afrique de l'Ouest (Cedeao) et critiqué ses sanctions.",
     {("Mali", "withdrawsFrom", "ECOWAS", "default"), ("Mali", "criticizes", "sanctions", "default")}, set()),
    ("fr", "Le Burkina Faso, le Niger et l'Union africaine (UA) ont condamné l'attaque.",
     {("Burkina Faso", "condemns", "l'attaque", "default"), ("Niger", "condemns", "l'attaque", "default"),
      ("African Union", "condemns", "l'attaque", "default")}, set()),
    # an unknown one-word gloss is passed over too
    ("fr", "Le Tchad (N'Djamena) et le Soudan ont signé un accord frontalier.",
     {("Chad", "signs", "accord frontalier", "default"), ("Sudan", "signs", "accord frontalier", "default")}, set()),
    # a bracket naming another actor is no gloss: it joins no list
    ("fr", "Le M23 (soutenu par le Rwanda) et l'armée congolaise ont signé une trêve.",
     set(), {("Rwanda", "signs", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_gloss(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
