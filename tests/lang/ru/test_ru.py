"""Russian extraction, on sentences written for these tests (none is taken from news).

Each case runs the whole pipeline (lexicons/ru, the pymorphy inflector and
the knowledge base) on one sentence. Names and titles stand in every case:
the inflector makes their forms when the automaton is built.
"""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.lang.detect import detect_language, resolve_language
from diplograph.lang.forms import entry_forms
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language
from diplograph.errors import LanguageError
from diplograph.types import Extraction
from tests.fixtures import assert_statement, extract_text, summary

PUBLISHED = date(2025, 9, 3)  # среда


def extract(text: str, published: date = PUBLISHED) -> Extraction:
    return extract_text(text, "ru", published)


# (sentence, subject label, predicate, negated, modality, a keyword of the object)
STATEMENTS = [
    ("Кремль отверг европейский мирный план.", "Kremlin", "rejects", False, "asserted", "мирный план"),
    ("Китай осудил ядерное испытание в регионе.", "China", "condemns", False, "asserted", "испытание"),
    ("Египет потребовал вывода иностранных войск из Ливии.", "Egypt", "demands", False, "asserted", "вывода"),
    ("Франция призвала к немедленному прекращению огня в Судане.", "France", "callsFor", False, "asserted", "прекращению огня"),
    ("Катар приветствовал соглашение между Арменией и Азербайджаном.", "Qatar", "welcomes", False, "asserted", "соглашение"),
    ("Иран обвинил Израиль в срыве переговоров.", "Iran", "accuses", False, "asserted", "Израиль"),
    ("Марокко поддерживает план автономии.", "Morocco", "supports", False, "asserted", "план автономии"),
    ("Япония предложила создать региональную миссию.", "Japan", "proposes", False, "asserted", "миссию"),
    ("Великобритания ввела санкции против Белоруссии.", "United Kingdom", "sanctions", False, "asserted", "Белоруссии"),
    # case: the same names in the genitive, dative and instrumental
    ("Сергей Лавров провёл переговоры с Марко Рубио.", "Sergey Lavrov", "negotiatesWith", False, "asserted", "Рубио"),
    ("Эмманюэль Макрон встретился с Сергеем Лавровым в Женеве.", "Emmanuel Macron", "meetsWith", False, "asserted", "Лавровым"),
    ("Андрей Сибига встретился с Хаканом Фиданом в Анкаре.", "Andrii Sybiha", "meetsWith", False, "asserted", "Фиданом"),
    ("Мария Захарова раскритиковала решение Евросоюза.", "Maria Zakharova", "criticizes", False, "asserted", "решение"),
    ("Министр иностранных дел Турции Хакан Фидан встретился с министром иностранных дел Египта.", "Hakan Fidan", "meetsWith", False, "asserted", "Египта"),
    # gender and number of the verb
    ("Германия встретилась с Францией на уровне министров.", "Germany", "meetsWith", False, "asserted", "Францией"),
    ("Индия и Пакистан согласились на переговоры в Женеве.", "Pakistan", "agreesTo", False, "asserted", "переговоры"),
    # negation
    ("Алжир не подписал совместную декларацию.", "Algeria", "signs", True, "asserted", "декларацию"),
    ("Венгрия не поддерживает новый пакет помощи.", "Hungary", "supports", True, "asserted", "пакет"),
    ("Бразилия так и не признала аннексию Крыма.", "Brazil", "recognizes", True, "asserted", "аннексию"),
    # future (the perfective's non-past), hypothetical, reported
    ("Президент России посетит Индию в декабре.", "Vladimir Putin", "visits", False, "future", "Индию"),
    ("Германия проведёт конференцию по восстановлению.", "Germany", "hosts", False, "future", "конференцию"),
    ("Польша может перебросить войска к границе.", "Poland", "deploys", False, "hypothetical", "войска"),
    ("По данным источников, Египет поддержал план прекращения огня.", "Egypt", "supports", False, "reported", "план"),
    # an agent phrase after an event noun: "при посредничестве X"
    ("Переговоры в Дохе прошли при посредничестве Египта.", "Egypt", "mediates", False, "asserted", "Переговоры"),
    ("Консультации в Женеве прошли при участии Норвегии.", "Norway", "participatesIn", False, "asserted", "Консультации"),
    # metonymy: seats of government and capitals act for their state
    ("Белый дом осудил ракетный удар по Киеву.", "White House", "condemns", False, "asserted", "удар"),
    ("Москва обвинила Вашингтон во вмешательстве.", "Russia", "accuses", False, "asserted", "Вашингтон"),
    ("Елисейский дворец приветствовал решение суда.", "Élysée", "welcomes", False, "asserted", "решение"),
]


@pytest.mark.parametrize("sentence, subject, predicate, negated, modality, keyword", STATEMENTS)
def test_statement(sentence, subject, predicate, negated, modality, keyword):
    assert_statement(extract(sentence), subject, predicate, negated, modality, keyword)


@pytest.mark.parametrize("sentence, subjects, predicate", [
    ("Франция, Германия и Италия осудили государственный переворот.", {"France", "Germany", "Italy"}, "condemns"),
    ("Россия и Китай поддержали проект резолюции.", {"Russia", "China"}, "supports"),
    ("Ни Польша, ни Литва не направили делегации на саммит в Минске.", {"Poland", "Lithuania"}, "participatesIn"),
])
def test_coordinated_subjects(sentence, subjects, predicate):
    x = extract(sentence)
    assert {s.subject.label for s in x.statements if s.predicate == predicate} == subjects, summary(x)
    # "ни ... ни": each conjunct is negated, the others asserted
    assert {s.negated for s in x.statements if s.predicate == predicate} == {sentence.startswith("Ни ")}, summary(x)


@pytest.mark.parametrize("sentence", [
    "Цены на нефть в понедельник резко выросли.",
    "В Москве всю неделю шли дожди.",
    "Совещание продолжалось три часа.",
    "Тысячи людей вышли на улицы Берлина в субботу.",
    "Курс рубля снизился на фоне новостей о переговорах.",
])
def test_no_statement(sentence):
    assert extract(sentence).statements == [], summary(extract(sentence))


# (sentence, person, position, country label)
ROLES = [
    ("Президент Франции Эмманюэль Макрон прибыл в Киев.", "Emmanuel Macron", "head_of_state", "France"),
    ("Премьер-министру Великобритании Киру Стармеру позвонили журналисты.", "Keir Starmer", "head_of_government", "United Kingdom"),
    ("Глава МИД Турции Хакан Фидан заявил о поддержке переговоров.", "Hakan Fidan", "foreign_minister", "Turkey"),
    ("Журналисты задали вопрос министру иностранных дел России Сергею Лаврову.", "Sergey Lavrov", "foreign_minister", "Russia"),
    # construction suite (ru_roles): an envoy of a president is not the president
    ("Специальный посланник президента США Стив Уиткофф прибыл в Москву.", "Steve Witkoff", "envoy", "United States"),
]


@pytest.mark.parametrize("sentence, person, position, country", ROLES)
def test_role(sentence, person, position, country):
    roles = [(r.person.label, r.position, r.country.label if r.country else None) for r in extract(sentence).roles]
    assert (person, position, country) in roles, roles


@pytest.mark.parametrize("sentence", [
    "Вместе с Эмманюэлем Макроном в заседании участвовал Кир Стармер.",
    "В консультациях вместе с Сергеем Лавровым приняли участие дипломаты.",
])
def test_taking_part_has_an_event_not_a_person_as_object(sentence):
    x = extract(sentence)
    assert not [s for s in x.statements if s.predicate == "participatesIn" and s.object.type == "Person"], summary(x)


def test_capital_after_a_locative_is_a_place():
    x = extract("Министр иностранных дел Турции Хакан Фидан прибыл в Киев.")
    assert [m.actor.type for m in x.mentions if fold(m.text) == fold("Киев")] == ["Place"]
    x = extract("Киев отверг российский план.")
    assert_statement(x, "Ukraine", "rejects", False, "asserted", "план")


@pytest.mark.parametrize("sentence, expected", [
    ("Иран провёл саммит в субботу.", date(2025, 8, 30)),
    ("Китай провёл конференцию вчера.", date(2025, 9, 2)),
    ("Египет провёл конференцию 20 августа.", date(2025, 8, 20)),
    ("Индия проведёт саммит на следующей неделе.", date(2025, 9, 10)),
])
def test_dates(sentence, expected):
    dates = {s.date for s in extract(sentence).statements}
    assert expected in dates, summary(extract(sentence))


# --- the inflector ------------------------------------------------------------------

def test_names_decline_in_agreement():
    forms = entry_forms(load_language("ru"), "Соединённые Штаты", "name")
    assert {fold("Соединённых Штатов"), fold("Соединённым Штатам"), fold("Соединёнными Штатами")} <= forms


def test_unknown_names_decline_by_their_ending():
    ru = load_language("ru")
    forms = entry_forms(ru, "Касым-Жомарт Токаев", "name")
    assert fold("Касым-Жомарта Токаева") in forms and fold("Касым-Жомарт Токаевым") not in forms
    assert fold("Андреем Сибигой") in entry_forms(ru, "Андрей Сибига", "name")
    assert entry_forms(ru, "Марко Рубио", "name") == {fold("Марко Рубио")}
    assert fold("Мухаммеда бен Заида") in entry_forms(ru, "Мухаммед бен Заид", "name")


def test_woman_s_foreign_surname_stays_as_written():
    assert fold("Марии Захаровой") in entry_forms(load_language("ru"), "Мария Захарова", "name")


def test_verb_gives_its_tense_only():
    forms = entry_forms(load_language("ru"), "встретился", "verb")
    assert forms == {fold(f) for f in ("встретился", "встретилась", "встретилось", "встретились")}


def test_pronoun_and_stopword_names_are_not_declined():
    ru = load_language("ru")
    assert entry_forms(ru, "он", "name") == {"он"}
    assert entry_forms(ru, "Того", "name") == set()


# --- script check ---------------------------------------------------------------------

def test_dash_cuts_a_clause():
    # a headline's speaker after a dash is not the object of the noun before it
    x = extract("Сербия готовится к визиту Макрона — Вучич")
    assert not [s for s in x.statements if s.object.label == "Aleksandar Vučić"], summary(x)


def test_quote_then_dash_then_speaker():
    assert_statement(extract("«Россия поддерживает мирные переговоры», — заявил Песков."),
                     "Russia", "supports", False, "asserted", "переговоры")


def test_detects_russian():
    assert detect_language("Кремль отверг план, заявил Песков.") == "ru"


def test_russian_read_as_english_is_an_error():
    with pytest.raises(LanguageError, match="ru"):
        resolve_language("Кремль отверг план.", "en")


@pytest.mark.parametrize("sentence", [
    "Евросоюз снял санкции с Сирии.",
    "Вашингтон смягчил санкции против Венесуэлы.",
    "Канада отменила санкции против Белоруссии.",
])
def test_lifting_sanctions_is_never_sanctioning(sentence):
    x = extract(sentence)
    assert not [s for s in x.statements if s.predicate == "sanctions"], summary(x)
    assert [s for s in x.statements if s.predicate == "easesSanctions"], summary(x)


@pytest.mark.parametrize("sentence, pairs", [
    ("Россия и Иран сотрудничают в строительстве атомной станции.", {("Russia", "Iran"), ("Iran", "Russia")}),
    ("Россия сотрудничает с Ираном в области энергетики.", {("Russia", "Iran")}),
])
def test_cooperating_is_said_of_each_pair(sentence, pairs):
    x = extract(sentence)
    got = {(s.subject.label, s.object.label) for s in x.statements if s.predicate == "cooperatesWith"}
    assert got == pairs, summary(x)
