"""Reciprocal constructions: speaking together (mutual), an event held between sides, acting during an event."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # mutual: coordinated subjects only, each with the others
    ("en", "Araghchi and Witkoff spoke briefly.",
     {("Abbas Araghchi", "meetsWith", "Steve Witkoff", "mutual"), ("Steve Witkoff", "meetsWith", "Abbas Araghchi", "mutual")},
     set()),
    ("fr", "Emmanuel Macron et Keir Starmer se sont entretenus lundi.",
     {("Emmanuel Macron", "meetsWith", "Keir Starmer", "mutual")}, set()),
    ("en", "Araghchi spoke briefly.", set(), {("Abbas Araghchi", "meetsWith", None, None)}),
    # exchanging views: mutual, and only in that sense of the verb (object_words)
    ("en", "Egypt and Jordan exchanged views on the crisis.", {("Egypt", "meetsWith", "Jordan", "mutual")}, set()),
    ("ar", "تبادل وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي وجهات النظر خلال اتصال هاتفي.",
     {("Badr Abdelatty", "meetsWith", "Ayman Safadi", "mutual")}, set()),
    ("ar", "تبادلت روسيا وأوكرانيا الأسرى.", set(), {("Russia", "meetsWith", None, None)}),
    ("en", "Egypt exchanged views with reporters.", set(), {("Egypt", "meetsWith", None, None)}),
    # between: each side with the others, not for a war nor a wished-for meeting
    ("en", "Talks between Egypt and Ethiopia resumed.",
     {("Egypt", "negotiatesWith", "Ethiopia", "between"), ("Ethiopia", "negotiatesWith", "Egypt", "between")}, set()),
    ("ar", "استضافت مصر قمة بين إثيوبيا والسودان.",
     {("Ethiopia", "meetsWith", "Sudan", "between"), ("Egypt", "hosts", "قمة بين إثيوبيا والسودان", "default")}, set()),
    ("en", "The war between Israel and Hamas continued.", set(), {("Israel", "negotiatesWith", None, None)}),
    ("en", "Trump is seeking a meeting between Vladimir Putin and Volodymyr Zelensky.", set(),
     {("Vladimir Putin", "meetsWith", None, None)}),
    # during: who acts during an event takes part in it, unless the event is the meeting itself
    ("en", "On the sidelines of the summit, Erdogan met Mahmoud Abbas.",
     {("Recep Tayyip Erdoğan", "participatesIn", "summit", "during")}, set()),
    ("fr", "Lors du sommet, Emmanuel Macron a rencontré Xi Jinping.",
     {("Emmanuel Macron", "participatesIn", "sommet", "during")}, set()),
    ("ar", "التقى أردوغان بوتين على هامش القمة.", {("Recep Tayyip Erdoğan", "participatesIn", "القمة", "during")},
     set()),
    ("en", "During the meeting, Erdogan met Mahmoud Abbas.", set(),
     {("Recep Tayyip Erdoğan", "participatesIn", None, "during")}),
    # what is said during an event: the actor of the reported clause did not take part
    ("ar", "وقال ماكرون خلال اجتماعه بالسفراء إن فرنسا ترفض الخطة.", {("France", "rejects", "الخطة", "default")},
     {("France", "participatesIn", None, "during")}),
    ("en", "Speaking during the summit, Macron said that Germany rejects the plan.",
     {("Germany", "rejects", "plan", "default")}, {("Germany", "participatesIn", None, "during")}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_reciprocal(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
