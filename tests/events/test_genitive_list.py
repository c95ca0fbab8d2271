"""A list of genitives set off by commas and closed by a coordinator names every member; a passive's patient drops its auxiliaries."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "Le forum s'est ouvert en présence des dirigeants du Kenya, de l'Ouganda et de la Tanzanie.",
     {("Kenya", "participatesIn", "forum", "participant"),
      ("Uganda", "participatesIn", "forum", "participant"),
      ("Tanzania", "participatesIn", "forum", "participant")}, set()),
    ("fr", "Malgré l'absence remarquée du Brésil, de l'Inde et de la Chine, le sommet s'est ouvert à Rome.",
     {("Brazil", "participatesIn", "sommet", "event"), ("China", "participatesIn", "sommet", "event")}, set()),
    # no coordinator closes it: an apposition, no list
    ("fr", "Le chef de la diplomatie du Qatar, de passage à Paris, a rencontré Jean-Noël Barrot.",
     set(), {("Paris", None, None, None)}),
    # the auxiliary before the passive one is no part of the patient
    ("fr", "Le traité a été ratifié par le Parlement hongrois.", {("Hungary", "signs", "traité", "default")}, set()),
    ("fr", "Le sommet avait été accueilli par l'Égypte.", {("Egypt", "hosts", "sommet", "participant")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_genitive_list(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
