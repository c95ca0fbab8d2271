"""A reduced passive participle after a noun: the noun is the one accused, never the accuser (issue #13).

"the settlers accused of attacking" names no accuser; "accused by Kyiv of"
names one (passive.passive); "Niger accused the EU of" stays active
(passive.reduced_passive, predicates.yaml object_first, language.yaml
reduced_passive_words). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # the participle after a noun phrase: no statement with that noun as subject
    ("en", "The settlers accused of attacking Palestinians were arrested by the police.",
     set(), {("Settlers", "accuses", None, None)}),
    ("en", "Israel, blamed for the attack, denied any role.", set(), {("Israel", "accuses", None, None)}),
    ("en", "Russia accused of war crimes in Ukraine.", set(), {("Russia", "accuses", None, None)}),
    ("en", "Iran condemned the activists sanctioned for their protests.",
     {("Iran", "condemns", "Activists", "default")}, {("Activists", "sanctions", None, None)}),
    ("en", "Niger expelled three diplomats accused of meddling.",
     {("Niger", "expels", "three diplomats", "default")}, {("Niger", "accuses", None, None)}),
    ("fr", "Le Niger a ordonné l'expulsion de trois diplomates de l'Union européenne, accusés d'ingérence.",
     set(), {("European Union", "accuses", None, None)}),
    ("fr", "Des responsables russes soupçonnés de corruption ont été sanctionnés.",
     set(), {("Russia", "accuses", None, None)}),
    ("fr", "Les colons accusés d'avoir attaqué des Palestiniens ont été arrêtés.", set(), {(None, "accuses", None, None)}),
    ("ar", "اعتقلت الشرطة المستوطنين المتهمين بالاعتداء على الفلسطينيين.", set(), {(None, "accuses", None, None)}),
    ("ar", "انتقدت روسيا الاتحاد الأوروبي المتهم بالتدخل في شؤون النيجر.",
     {("Russia", "criticizes", "European Union", "default")}, {("European Union", "accuses", None, None)}),
    ("ru", "Поселенцы, обвиняемые в нападении на палестинцев, были задержаны.", set(), {(None, "accuses", None, None)}),
    ("ru", "Россия осудила Евросоюз, подозреваемый во вмешательстве.",
     {("Russia", "condemns", "European Union", "default")}, {("European Union", "accuses", None, None)}),
    # with its agent: the agent accuses
    ("en", "Three Russian diplomats accused by Kyiv of espionage left Ukraine.",
     {("Ukraine", "accuses", "Three Russian diplomats", "default")}, set()),
    ("fr", "Trois diplomates russes accusés par Kiev d'espionnage ont quitté l'Ukraine.",
     {("Ukraine", "accuses", "Trois diplomates russes", "default")}, set()),
    ("ru", "Дипломаты, обвинённые Киевом в шпионаже, покинули Украину.",
     {("Ukraine", "accuses", "Дипломаты", "default")}, set()),
    # the active reading stays
    ("en", "Niger accused the European Union of meddling.", {("Niger", "accuses", "European Union", "default")}, set()),
    ("en", "Pakistan has accused India of backing militants.", {("Pakistan", "accuses", "India", "default")}, set()),
    ("en", "Iran blamed Israel for the attack.", {("Iran", "accuses", "Israel", "default")}, set()),
    ("en", "Armenia and Azerbaijan blamed each other for the clashes.",
     {("Armenia", "accuses", "Azerbaijan", "mutual")}, set()),
    ("en", "The European Union sanctioned Russian officials for corruption.",
     {("European Union", "sanctions", "Russia", "default")}, set()),
    ("fr", "Le Niger a accusé l'Union européenne d'ingérence.", {("Niger", "accuses", "European Union", "default")}, set()),
    ("fr", "Le Niger les a accusés d'ingérence.", {("Niger", "accuses", "d'ingérence", "default")}, set()),
    ("ar", "اتهمت النيجر الاتحاد الأوروبي بالتدخل في شؤونها.", {("Niger", "accuses", "European Union", "default")}, set()),
    ("ru", "Нигер обвинил Евросоюз во вмешательстве.", {("Niger", "accuses", "European Union", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_reduced_passive(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    # (None, predicate, ...): no subject at all states the predicate
    unsaid = {a[1] for a in absent if a[0] is None}
    assert not {r for r in rows if r[1] in unsaid}, rows
