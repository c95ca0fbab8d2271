"""Arabic extraction, on sentences written for these tests.

The sentence tables are ``tests/lang/ar/<kind>.tsv``, read by ``tests/lang/test_tables.py``;
here are the cases that check more than a table row says.
"""
from __future__ import annotations

import pytest


def test_relative_clause_resumes_the_phrase_before(extract):
    x = extract("طرحت مصر خطة لإعادة الإعمار، وهي خطة تؤيدها السعودية وتدعمها الإمارات.", "ar")
    supports = {s.subject.label: s.object.mention for s in x.statements if s.predicate == "supports"}
    assert set(supports) == {"Saudi Arabia", "United Arab Emirates"}
    assert all("الإعمار" in o for o in supports.values())


def test_capital_after_locative_is_a_place(extract):
    x = extract("عقد الاجتماع في موسكو.", "ar")
    assert [m.actor.type for m in x.mentions] == ["Place"]
    y = extract("موسكو تطالب بضمانات أمنية.", "ar")
    assert [(s.subject.label, s.predicate) for s in y.statements] == [("Russia", "demands")]


@pytest.mark.parametrize("published, holder", [("2024-06-01", "Joe Biden"), ("2025-06-01", "Donald Trump")])
def test_title_without_name_is_the_office_holder(extract, published, holder):
    x = extract("انتقد الرئيس الأمريكي الخطة.", "ar", published=published)
    assert [(s.subject.label, s.predicate) for s in x.statements] == [(holder, "criticizes")]


def test_negated_participation(extract):
    x = extract("لا يتوقع أن يشارك الرئيس الصيني في القمة.", "ar", published="2025-06-01")
    assert [(s.predicate, s.negated) for s in x.statements] == [("participatesIn", True)]


def test_the_latter_is_the_last_person_named(extract):
    x = extract("التقى الرئيس الروسي فلاديمير بوتين الوفد. ورفض الأخير المقترح.", "ar")
    assert ("Vladimir Putin", "rejects") in {(s.subject.label, s.predicate) for s in x.statements}


@pytest.mark.parametrize("surface", ["للكرملين", "والكرملين", "بالكرملين", "فالكرملين"])
def test_clitics_attach_to_entries(extract, surface):
    x = extract(f"جاء ذلك في بيان {surface} اليوم.", "ar")
    assert [m.actor.label for m in x.mentions] == ["Kremlin"]
    assert not x.mentions[0].text.startswith(("و", "ب", "ف")) or x.mentions[0].text == "للكرملين"


def test_offsets_slice_back_to_the_mention(extract):
    text = "وأعلنَ قصرُ الإليزيه، الإثنين، أن فرنسا ستستضيفُ الاجتماع."
    x = extract(text, "ar")
    for m in x.mentions:
        assert text[m.start:m.end] == m.text
    for s in x.statements:
        assert text[s.span[0]:s.span[1]] == s.sentence


def test_a_former_title_names_the_person_but_gives_no_role(extract):
    x = extract("انتقد الرئيس الأمريكي السابق جو بايدن الخطة.", "ar", published="2025-06-01")
    assert [(s.subject.label, s.predicate) for s in x.statements] == [("Joe Biden", "criticizes")]
    assert x.roles == []


@pytest.mark.parametrize("sentence", [
    # a mention governed by a preposition clitic is no subject
    "وصل عدد البلدان التي تعترف بدولة فلسطين حتى الآن إلى مئة وستين.",
    # one meets someone, not a phrase
    "وقال الوزير: نجتمع اليوم لأن الوقت قد حان.",
])
def test_no_subject_or_object_to_be_had(extract, sentence):
    assert [(s.subject.label, s.predicate) for s in extract(sentence, "ar").statements] == []


def test_a_relative_with_its_subject_after_the_verb(extract):
    x = extract("تلك هي المبادرة الأوروبية الأخيرة، والتي عرقلت الولايات المتحدة تنفيذها الكامل.", "ar")
    assert [(s.subject.label, s.predicate) for s in x.statements] == [("United States", "rejects")]
    assert "تنفيذها" in x.statements[0].object.mention


def test_his_country_is_the_speakers_state(extract):
    x = extract("أكد الرئيس الفرنسي إيمانويل ماكرون اعتراف بلاده قريبا بدولة فلسطينية.", "ar")
    assert ("France", "recognizes") in {(s.subject.label, s.predicate) for s in x.statements}


def test_a_meeting_that_brings_together_stacked_titles(extract):
    x = extract("شهدت القاهرة لقاء جمع سمو ولي العهد، رئيس الوزراء الأمير محمد بن سلمان، والرئيس المصري "
                "عبد الفتاح السيسي.", "ar", published="2025-05-14")
    got = {(s.subject.label, s.predicate) for s in x.statements}
    assert got == {("Mohammed bin Salman", "participatesIn"), ("Abdel Fattah el-Sisi", "participatesIn")}


def test_a_surname_names_a_person_met_earlier_in_the_document(extract):
    x = extract("التقى وزير الخارجية الأردني سامر الحلبي بنظرائه. ورفض الحلبي الخطة الأمريكية.", "ar")
    assert ("سامر الحلبي", "rejects") in {(s.subject.label, s.predicate) for s in x.statements}


def test_taking_part_in_a_future_meeting_is_future(extract):
    x = extract("سيترأس الرئيس الفرنسي إيمانويل ماكرون اجتماعا، بمشاركة الرئيس الأوكراني فولوديمير زيلينسكي.", "ar")
    modalities = {(s.subject.label, s.predicate): s.modality for s in x.statements}
    assert modalities[("Volodymyr Zelensky", "participatesIn")] == "future"


@pytest.mark.parametrize("sentence, expected", [
    # the father's full name is his own entry, never the son's bare surname alias
    ("حكم حافظ الأسد سوريا ثلاثين عاما.", "Hafez al-Assad"),
    ("وكان الرئيس الراحل حافظ الأسد قد زار موسكو عام 1990.", "Hafez al-Assad"),
    # the bare surname still names Bashar
    ("التقى الأسد وفدا روسيا في دمشق.", "Bashar al-Assad"),
])
def test_a_name_that_ends_in_a_surname_alias_is_not_that_alias(extract, sentence, expected):
    x = extract(sentence, "ar", published="2019-06-01")
    people = [m.actor.label for m in x.mentions if m.actor.type == "Person"]
    assert people == [expected]


@pytest.mark.parametrize("sentence, capital", [
    ("عقد الاجتماع بالعاصمة السعودية الرياض بمشاركة مصر والأردن.", "الرياض"),
    ("وصل الوفد المصري للعاصمة الروسية موسكو.", "موسكو"),
    ("استضافت العاصمة القطرية الدوحة جولة جديدة من المفاوضات.", "الدوحة"),
    ("تظاهر الآلاف في الخرطوم والعاصمة المصرية القاهرة.", "القاهرة"),
])
def test_capital_in_apposition_to_the_capital_is_a_place(extract, sentence, capital):
    # "العاصمة + nationality adjective + city": the city is where, never a state that acts
    x = extract(sentence, "ar")
    assert [m.actor.type for m in x.mentions if m.text.endswith(capital)] == ["Place"]
    states = {m.actor.label for m in x.mentions if m.actor.type == "Country" and not m.text.endswith(capital)}
    assert {s.subject.label for s in x.statements} <= states - {"Qatar", "Saudi Arabia", "Russia"}
    assert not any(s.object and s.object.mention.endswith(capital) and s.object.label != s.object.mention
                   for s in x.statements)


@pytest.mark.parametrize("sentence, predicate, subject, opening", [
    ("وأكد الرئيس رفض مصر القاطع لأي محاولات لتهجير السكان.", "rejects", "Egypt", "لأي"),
    ("وجدد الوزير دعم الأردن الكامل للشعب الفلسطيني.", "supports", "Jordan", "للشعب"),
    ("وأعرب البيان عن إدانة قطر الشديدة للهجوم على المدنيين.", "condemns", "Qatar", "للهجوم"),
    # no adjective: the object as it was
    ("أكد الوزير رفض مصر للخطة.", "rejects", "Egypt", "للخطة"),
    ("أعلنت موسكو رفضها الخطة الأمريكية الجديدة.", "rejects", "Russia", "الخطة"),
])
def test_an_adjective_after_a_masdars_agent_qualifies_the_masdar(extract, sentence, predicate, subject, opening):
    x = extract(sentence, "ar")
    found = [s for s in x.statements if s.predicate == predicate]
    assert [s.subject.label for s in found] == [subject]
    assert found[0].object.mention.startswith(opening), found[0].object.mention
