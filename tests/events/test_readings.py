"""A form written by several rows: each reading is tried in file order, the first the sentence satisfies is kept.

A verb with a fixed tail ("أطلق سراح", "فتح تحقيقا") is also read with its
subject between the verb and the tail (Arabic VSO). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from diplograph.lang.normalise import fold
from tests.events.conftest import check
from tests.fixtures import event_tags

# (lang, sentence, rows that must be found, rows that must not: None = any)
CASES = [
    # no verb right after a preposition: رأس chairs as a verb, «على رأس» is "at the head of"
    ("ar", "رأست مصر الاجتماع الوزاري العربي.", {("Egypt", "chairs", "الاجتماع الوزاري العربي", "default")}, set()),
    ("ar", "قال الرئيس الفرنسي إن على رأس الأولويات وقف الحرب.", set(), {("Emmanuel Macron", "chairs", None, None)}),
    ("ar", "جاءت مصر على رأس الدول الداعمة للهدنة.", set(), {("Egypt", "chairs", None, None)}),
    # أرسل: troops (deploys), aid or arms (providesAidTo), a letter or a delegation (neither)
    ("ar", "أرسلت تركيا قوات إلى ليبيا.", {("Turkey", "deploys", "قوات إلى ليبيا", "default")}, set()),
    ("ar", "أرسلت الإمارات مساعدات إلى السودان.", {("United Arab Emirates", "providesAidTo", "Sudan", "default")},
     {("United Arab Emirates", "deploys", None, None)}),
    ("ar", "الإمارات أرسلت مساعدات إلى السودان.", {("United Arab Emirates", "providesAidTo", "Sudan", "default")}, set()),
    ("ar", "أرسلت ألمانيا أسلحة إلى أوكرانيا.", {("Germany", "providesAidTo", "Ukraine", "default")}, set()),
    ("ar", "أرسلت مصر وفدا إلى الدوحة.", set(), {("Egypt", None, None, None)}),
    ("ar", "أرسلت تركيا رسالة إلى اليونان.", set(),
     {("Turkey", "deploys", None, None), ("Turkey", "providesAidTo", None, None)}),
    # أطلق: missiles (attacks) or release (أطلق ... سراح, the subject between)
    ("ar", "أطلقت روسيا صواريخ على أوكرانيا.", {("Russia", "attacks", "Ukraine", "default")},
     {("Russia", "releases", None, None)}),
    ("ar", "أطلقت إيران سراح ناقلة النفط.", {("Iran", "releases", "سراح ناقلة النفط", "default")},
     {("Iran", "attacks", None, None)}),
    ("ar", "إيران أطلقت سراح ناقلة النفط.", {("Iran", "releases", "ناقلة النفط", "default")}, set()),
    # launching an initiative proposes it (construction gold: "المبادرة التي أطلقها"); no attack, no release
    ("ar", "أطلقت مصر مبادرة جديدة للحوار.", {("Egypt", "proposes", "مبادرة جديدة للحوار", "default")},
     {("Egypt", "attacks", None, None), ("Egypt", "releases", None, None)}),
    # رفع: sanctions (eased) or an alert (mobilizes), else nothing
    ("ar", "رفعت اليابان العقوبات عن ميانمار.", {("Japan", "easesSanctions", "Myanmar", "default")},
     {("Japan", "mobilizes", None, None), ("Japan", "sanctions", None, None)}),
    ("ar", "رفعت إسرائيل حالة التأهب في الشمال.", {("Israel", "mobilizes", "حالة التأهب في الشمال", "default")},
     {("Israel", "easesSanctions", None, None)}),
    ("ar", "رفعت الحكومة أسعار الوقود.", set(), {("Government", None, None, None)}),
    # the object is what follows the tail, with the tail when it is a noun, not a particle
    ("ar", "اعترضت الصين على الزيارة.", {("China", "criticizes", "الزيارة", "default")}, set()),
    # a tail that follows another word than the subject is no tail
    ("ar", "فتحت المحكمة الجنائية الدولية تحقيقا في جرائم الحرب.",
     {("International Criminal Court", "investigates", "تحقيقا في جرائم الحرب", "default")}, set()),
    ("ar", "فتحت الأردن معبرا حدوديا جديدا.", set(), {("Jordan", None, None, None)}),
    ("ar", "قدمت سوريا للأكراد تنازلات كبيرة.", set(), {("Syria", "concedes", "للأكراد", None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_readings(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


@pytest.fixture(scope="module")
def arabic_tags() -> dict:
    """Every Arabic event-lexicon form and its tags (made once: it takes about a second)."""
    return event_tags("ar")


@pytest.mark.slow  # (the fixture builds every Arabic form: seconds)
def test_a_tail_verb_alone_is_tagged_split(arabic_tags):
    """The bare verb of a row with a tail is a ``split`` reading, never a plain trigger."""
    tags = arabic_tags
    bare = [t for t in tags[fold("أطلقت")] if t.kind in ("trigger", "split")]
    assert {(t.kind, t.data.predicate) for t in bare} >= {("trigger", "attacks"), ("split", "releases")}
    assert next(t for t in bare if t.kind == "split").data.tail == (fold("سراح"),)
    assert all(not t.data.tail for t in tags[fold("أطلقت سراح")] if t.kind == "trigger")
    assert not [t for t in tags[fold("أطلقت سراح")] if t.kind == "split"]


@pytest.mark.slow
@pytest.mark.parametrize("form, imperfect", [("تستضيف", True), ("سيستضيف", True), ("استضافت", False),
                                             ("واستضافت", False), ("يستضيفان", True)])
def test_an_imperfect_form_is_marked(arabic_tags, form, imperfect):
    """A possibility cue ("قد") makes a statement hypothetical before an imperfect only."""
    tags = [t for t in arabic_tags.get(fold(form), []) if t.kind == "trigger"]
    assert tags and all(t.data.imperfect is imperfect for t in tags)
