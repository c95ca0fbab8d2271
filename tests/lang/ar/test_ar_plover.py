"""Arabic: the PLOVER event types, by construction, with the senses of one verb apart.

Sentences written for this test. A row: sentence, subject label (None: any),
predicate, a word of the object label (None: any), negated, modality, and
whether the statement must be found (True) or must not be (False).
"""
from __future__ import annotations

import pytest

ROWS = [
    # a verb with several senses, read by its object (أرسل، قدم، أطلق، رفع)
    ("أرسلت ألمانيا أسلحة إلى أوكرانيا.", "Germany", "providesAidTo", "Ukraine", False, "asserted", True),
    ("أرسلت ألمانيا أسلحة إلى أوكرانيا.", "Germany", "deploys", None, False, None, False),
    ("أرسلت الولايات المتحدة حاملة طائرات إلى المنطقة.", "United States", "deploys", "حاملة", False, "asserted", True),
    ("أرسلت الولايات المتحدة حاملة طائرات إلى المنطقة.", "United States", "providesAidTo", None, False, None, False),
    ("أرسلت مصر وفدا إلى الدوحة.", "Egypt", None, None, False, None, False),
    ("قدمت السعودية مساعدات إنسانية للسودان.", "Saudi Arabia", "providesAidTo", "Sudan", False, "asserted", True),
    ("قدمت الحكومة الأردنية تنازلات للمعارضة.", "Jordan", "concedes", None, False, "asserted", True),
    ("قدمت الحكومة الأردنية تنازلات للمعارضة.", "Jordan", "providesAidTo", None, False, None, False),
    # VSO: the subject between a verb and its fixed tail (أطلق X سراح، فتح X تحقيقا)
    ("أطلقت السلطات الإيرانية سراح صحفي فرنسي.", "Iran", "releases", "صحفي", False, "asserted", True),
    ("أطلقت السلطات الإيرانية سراح صحفي فرنسي.", "Iran", "attacks", None, False, None, False),
    ("لم تطلق حماس سراح الرهائن.", "Hamas", "releases", "الرهائن", True, "asserted", True),
    ("ستطلق إسرائيل سراح أسرى فلسطينيين.", "Israel", "releases", "أسرى", False, "future", True),
    ("أطلقت حماس صواريخ على إسرائيل.", "Hamas", "attacks", "Israel", False, "asserted", True),
    ("أطلقت حماس صواريخ على إسرائيل.", "Hamas", "releases", None, False, None, False),
    ("أطلقت مصر مبادرة جديدة للسلام.", "Egypt", None, None, False, None, False),
    ("رفعت القوات المسلحة الإيرانية حالة التأهب على الحدود.", "Iran", "mobilizes", "التأهب", False, "asserted", True),
    # reverse pairs stay apart: impose / lift sanctions, cut / resume ties, arrest / release,
    # deploy / withdraw troops
    ("فرضت اليابان عقوبات على كوريا الشمالية.", "Japan", "sanctions", "North Korea", False, "asserted", True),
    ("رفعت الولايات المتحدة العقوبات عن سوريا.", "United States", "easesSanctions", "Syria", False, "asserted", True),
    ("رفعت الولايات المتحدة العقوبات عن سوريا.", "United States", "sanctions", None, False, None, False),
    ("لن ترفع فرنسا العقوبات عن روسيا.", "France", "easesSanctions", "Russia", True, "future", True),
    ("قطعت بوليفيا علاقاتها مع إسرائيل.", "Bolivia", "cutsTiesWith", "Israel", False, "asserted", True),
    ("استأنفت السعودية علاقاتها مع إيران.", "Saudi Arabia", "cutsTiesWith", None, False, None, False),
    ("اعتقلت تركيا صحفيا سويديا.", "Turkey", "arrests", "صحفيا", False, "asserted", True),
    ("أفرجت إسرائيل عن أسرى فلسطينيين.", "Israel", "releases", "أسرى", False, "asserted", True),
    ("أفرجت إسرائيل عن أسرى فلسطينيين.", "Israel", "arrests", None, False, None, False),
    ("نشرت روسيا قوات على الحدود مع فنلندا.", "Russia", "deploys", "قوات", False, "asserted", True),
    ("سحبت روسيا قواتها من الحدود مع فنلندا.", "Russia", "withdrawsFrom", None, False, "asserted", True),
    ("سحبت روسيا قواتها من الحدود مع فنلندا.", "Russia", "deploys", None, False, None, False),
    ("نشرت الخارجية الروسية بيانا حول الأزمة.", "Russia", "deploys", None, False, None, False),
    # the other types
    ("تعاونت مصر مع السودان في مجال المياه.", "Egypt", "cooperatesWith", "Sudan", False, "asserted", True),
    ("علقت النيجر تعاونها العسكري مع فرنسا.", "Niger", "suspends", "تعاونها", False, "asserted", True),
    ("طردت فرنسا دبلوماسيين روسيين.", "France", "expels", "دبلوماسيين", False, "asserted", True),
    ("أغلقت إيران مضيق هرمز.", "Iran", "blockades", "هرمز", False, "asserted", True),
    ("اعترفت إسبانيا بدولة فلسطين.", "Spain", "recognizes", "Palestine", False, "asserted", True),
    ("قصفت المدفعية الإسرائيلية مواقع في جنوب لبنان.", "Israel", "attacks", "مواقع", False, "asserted", True),
    # قد with an imperfect is a possibility; with a perfect it asserts. لن negates the future.
    ("قد تفرض بريطانيا عقوبات على إيران.", "United Kingdom", "sanctions", "Iran", False, "hypothetical", True),
    ("قد فرضت بريطانيا عقوبات على إيران.", "United Kingdom", "sanctions", "Iran", False, "asserted", True),
    ("وقد تستضيف قطر جولة جديدة من المحادثات.", "Qatar", "hosts", "جولة", False, "hypothetical", True),
    ("قد تستضيف عمان محادثات بين إيران والولايات المتحدة.", "Iran", "negotiatesWith", "United States", False,
     "hypothetical", True),
    ("لن يحضر الرئيس الروسي قمة العشرين.", "Vladimir Putin", "participatesIn", "قمة", True, "future", True),
    ("لم يحضر الرئيس الروسي قمة العشرين.", "Vladimir Putin", "participatesIn", "قمة", True, "asserted", True),
    # deontic «على X أن/masdar» after a verb of opinion: the holder calls for it
    ("رأت تركيا أن على السويد تسليم المطلوبين.", "Turkey", "callsFor", "تسليم", False, "asserted", True),
    ("رأت تركيا أن على السويد تسليم المطلوبين.", "Sweden", None, None, False, None, False),
    ("ترى فرنسا أن الاتفاق يخدم مصالح أوروبا.", "France", None, None, False, None, False),
    # a verb form that folds to another word: "وزارة" is a ministry, not "and he visited him"
    ("حذرت إيران، على لسان المتحدث باسم وزارة خارجيتها إسماعيل بقائي، من أي هجوم.", None, "visits", None, False,
     None, False),
    ("أعلنت وزارة الداخلية السعودية اعتقال خلية إرهابية.", None, "visits", None, False, None, False),
    # the ḥāl: a participle after a comma states an act of the clause's subject
    ("التقى وزير الخارجية الأردني نظيره المصري في عمان، مرحبا بالتنسيق بين البلدين.", "Ayman Safadi", "welcomes",
     "التنسيق", False, "asserted", True),
    ("أصدرت الخارجية السعودية بيانا، منددة بالهجوم على مخيم النازحين.", None, "condemns", "الهجوم", False,
     "asserted", True),
    ("تحدث الرئيس الفرنسي في مؤتمر صحفي، منتقدا القرار الإسرائيلي.", "Emmanuel Macron", "criticizes", "القرار",
     False, "asserted", True),
    ("اتصل الرئيس الأمريكي بنظيره الروسي، مهددا بفرض عقوبات جديدة.", "Donald Trump", "threatens", "عقوبات", False,
     None, True),
    ("صوتت الدول الأعضاء على القرار، وجاء التصويت مؤيدا للمشروع.", None, "supports", None, False, None, False),
    ("قالت الوزارة إن الصحفي كان متهما بالتجسس.", None, "accuses", None, False, None, False),
]


def _matches(s, subject, predicate, obj) -> bool:
    return ((subject is None or s.subject.label == subject) and (predicate is None or s.predicate == predicate)
            and (obj is None or obj in s.object.label or obj in (s.object.mention or "")))


@pytest.mark.parametrize("sentence, subject, predicate, obj, negated, modality, expect", ROWS)
def test_plover(extract, sentence, subject, predicate, obj, negated, modality, expect):
    found = [s for s in extract(sentence, "ar").statements if _matches(s, subject, predicate, obj)]
    if not expect:
        assert not found, [(s.subject.label, s.predicate, s.object.label) for s in found]
        return
    assert found, f"no {subject} {predicate} {obj}"
    assert any(s.negated == negated and (modality is None or s.modality == modality) for s in found), \
        [(s.negated, s.modality) for s in found]
