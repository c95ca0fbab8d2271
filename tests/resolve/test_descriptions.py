"""Definite descriptions name an actor met before: "the Swiss diplomat", "the bloc", "the Kremlin leader".

Two-sentence items written for these tests (or copied from the construction
suite). Each row gives the subject label the second sentence's statements must
have, or None where the description must stand for no one.
"""
from __future__ import annotations

import pytest


def second_subjects(extraction, text) -> set[str]:
    cut = text.index("\n") + 1
    return {s.subject.label for s in extraction.statements if s.span[0] >= cut}


DESCRIBED = [
    ("en", "Swiss Foreign Minister Ignazio Cassis met Iranian Foreign Minister Abbas Araghchi in Geneva.\n"
           "The Swiss diplomat later condemned the attack on the embassy.", "Ignazio Cassis"),
    ("en", "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Friday.\n"
           "The Kremlin leader later rejected the proposal.", "Vladimir Putin"),
    ("en", "The European Union announced new aid for Syria on Monday.\n"
           "The bloc also condemned the attacks on civilians.", "European Union"),
    ("fr", "Le Premier ministre hongrois Viktor Orbán a reçu le président serbe à Budapest.\n"
           "Le dirigeant nationaliste a condamné les sanctions.", "Viktor Orbán"),
    ("ar", "التقى وزير الخارجية المصري بدر عبد العاطي المبعوث الأمريكي ستيف ويتكوف في القاهرة.\n"
           "وأدان الوزير المصري الهجوم على السفارة.", "Badr Abdelatty"),
    ("ar", "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بنظيره الإيراني.\n"
           "وأدان سيد الكرملين الهجوم على السفارة.", "Vladimir Putin"),
]


@pytest.mark.parametrize("lang, text, subject", DESCRIBED)
def test_description_names_the_actor_met_before(extract, lang, text, subject):
    x = extract(text, lang=lang, published="2025-06-02")
    assert subject in second_subjects(x, text)


NOT_DESCRIBED = [
    # No one of that state was named: the description stands for no one.
    ("en", "Iranian Foreign Minister Abbas Araghchi arrived in Geneva.\n"
           "The Swiss diplomat later condemned the attack on the embassy.", "Abbas Araghchi"),
    # An indefinite noun is not a description.
    ("en", "Swiss Foreign Minister Ignazio Cassis arrived in Geneva.\n"
           "A diplomat later condemned the attack on the embassy.", "Ignazio Cassis"),
]


@pytest.mark.parametrize("lang, text, wrong", NOT_DESCRIBED)
def test_description_without_a_fitting_actor(extract, lang, text, wrong):
    x = extract(text, lang=lang, published="2025-06-02")
    assert wrong not in second_subjects(x, text)


def test_description_is_not_an_alias(extract):
    text = ("Swiss Foreign Minister Ignazio Cassis met officials in Geneva.\n"
            "The Swiss diplomat later condemned the attack.")
    x = extract(text, lang="en", published="2025-06-02")
    from diplograph.export.jsonl import export_lines
    entity = next(e for e in export_lines(x) if e["kind"] == "entity" and e["label"] == "Ignazio Cassis")
    assert not any("diplomat" in m for m in entity["mentions"])
