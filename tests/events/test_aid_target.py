"""The recipient of aid is its target: the actor a lead word opens after the aid's last object word (predicates.yaml recipient_objects)."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Germany delivered a new package of modern air-defence systems to Ukraine.",
     {("Germany", "providesAidTo", "Ukraine", "default")}, set()),
    ("en", "Qatar sent 40 tonnes of food aid to Sudan on Monday.",
     {("Qatar", "providesAidTo", "Sudan", "default")}, set()),
    ("ar", "أرسلت قطر 40 طنا من المساعدات الغذائية إلى السودان.",
     {("Qatar", "providesAidTo", "السودان", "default")}, set()),
    # no recipient named: the aid itself stays the object
    ("en", "Japan approved a new package of humanitarian aid on Monday.", set(),
     {("Japan", "providesAidTo", "Japan", None)}),
    # a recipient that is no actor (a place, people): the aid stays the object
    ("en", "Japan provided humanitarian aid for displaced families.",
     {("Japan", "providesAidTo", "humanitarian aid for displaced families", "default")}, set()),
    ("en", "Japan pledged a new package of humanitarian aid to Gaza.",
     {("Japan", "providesAidTo", "new package of humanitarian aid to Gaza", "default")}, set()),
    # sanctions keep their target after the first lead
    ("en", "The EU imposed sanctions on companies in China.",
     {("European Union", "sanctions", "companies in China", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_aid_target(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
