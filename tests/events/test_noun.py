"""Event nouns: a partner after "with", genitive nouns, presence at the sentence's event."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # with: a possessor, a verb's subject, or the clause's actor after a possessive
    ("en", "Trump's talks with Putin ended without a deal.",
     {("Donald Trump", "negotiatesWith", "Vladimir Putin", "with")}, set()),
    ("ar", "أجرى أردوغان محادثات مع بوتين.",
     {("Recep Tayyip Erdoğan", "negotiatesWith", "Vladimir Putin", "with")}, set()),
    ("en", "During his meeting with Mahmoud Abbas, Erdogan discussed trade.",
     {("Recep Tayyip Erdoğan", "meetsWith", "Mahmoud Abbas", "with")}, set()),
    # a possessive before its clause resumes an actor no preposition governs (not the visit's destination)
    ("ar", "تحمل زيارة وزير الخارجية المصري سامح شكري إلى تركيا السبت، ولقاؤه بالرئيس التركي رجب طيب أردوغان دلالات عدة.",
     {("Sameh Shoukry", "meetsWith", "Recep Tayyip Erdoğan", "direct")}, {("Turkey", "meetsWith", None, None)}),
    ("ar", "أدى وصول الوزير إلى تركيا، وترحيبه بالاتفاق، إلى ارتياح.", set(), {("Turkey", "welcomes", None, None)}),
    # the verb's subject before its masdar object, a date set off by commas between
    ("ar", "أعلن الرئيس الأوكراني فولوديمير زيلينسكي، الاثنين، الموافقة على هدنة إنسانية.",
     {("Volodymyr Zelensky", "agreesTo", "هدنة إنسانية", "default")}, set()),
    ("ar", "التقى ماكرون بوتين، الذي أعلن الموافقة على الهدنة.", set(), {("Emmanuel Macron", "agreesTo", None, None)}),
    # genitive: only with an actor object near the noun
    ("en", "Russia's attack on Ukraine angered Poland.", {("Russia", "attacks", "Ukraine", "genitive")}, set()),
    ("ar", "أدت الغارة الإسرائيلية على لبنان إلى مقتل مدنيين.", {("Israel", "attacks", "Lebanon", "genitive")}, set()),
    ("en", "Russia's attack on the pipeline angered Hungary.", set(), {("Russia", "attacks", None, None)}),
    ("ar", "الغارة الإسرائيلية على المنشأة النووية أثارت القلق.", set(), {("Israel", "attacks", None, None)}),
    # a masdar the object of a verb takes the verb's subject
    ("en", "The Russian invasion of Ukraine entered its fourth year.", {("Russia", "attacks", "Ukraine", "default")},
     set()),
    # event: presence or absence at the sentence's event noun
    ("en", "Kenya hosted a summit in Nairobi, where Emmanuel Macron made a surprise appearance.",
     {("Emmanuel Macron", "participatesIn", "summit", "event")}, set()),
    ("en", "Emmanuel Macron was absent from the summit in Nairobi.",
     {("Emmanuel Macron", "participatesIn", "summit", "event")}, set()),
    ("fr", "En l'absence du Canada, la conférence s'est ouverte à Rome.",
     {("Canada", "participatesIn", "conférence", "event")}, set()),
    # an article fused to a noun is not the clitic of a participle it folds to ("l'attaque", "attaqué")
    ("fr", "La Russie a évoqué l'attaque contre le convoi.", set(), {("Russia", "attacks", None, None)}),
    ("fr", "L'Iran a dénoncé l'attaque israélienne contre la Syrie.", {("Israel", "attacks", "Syria", "genitive")},
     {("Iran", "attacks", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_noun(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


def test_absence_is_negated(extract):
    statements = [s for s in extract("Emmanuel Macron was absent from the summit in Nairobi.", "en").statements
                  if s.predicate == "participatesIn"]
    assert statements and all(s.negated for s in statements)


def test_elided_article_noun_is_no_verb():
    from diplograph.lang.normalise import fold
    from tests.fixtures import event_tags
    tags = [t.data for t in event_tags("fr").get(fold("l'attaque"), ()) if t.kind == "trigger"]
    assert tags and {t.pos for t in tags} == {"noun"}
