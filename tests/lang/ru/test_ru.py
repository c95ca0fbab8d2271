"""Russian extraction, on sentences written for these tests (none is taken from news).

Each case runs the whole pipeline (lexicons/ru, the pymorphy inflector and
the knowledge base) on one sentence. Names and titles stand in every case:
the inflector makes their forms when the automaton is built.

The sentence tables are ``tests/lang/ru/<kind>.tsv``, read by ``tests/lang/test_tables.py``;
here are the cases that check more than a table row says.
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


def test_capital_after_a_locative_is_a_place():
    x = extract("Министр иностранных дел Турции Хакан Фидан прибыл в Киев.")
    assert [m.actor.type for m in x.mentions if fold(m.text) == fold("Киев")] == ["Place"]
    x = extract("Киев отверг российский план.")
    assert_statement(x, "Ukraine", "rejects", False, "asserted", "план")


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


def test_a_title_is_declined_in_its_own_number_only():
    # "президенты Казахстана" is no one president: the plural is plural_titles.tsv's
    forms = entry_forms(load_language("ru"), "президент", "title")
    assert fold("президентом") in forms and fold("президенты") not in forms


def test_a_lemma_row_stands_for_each_tense_and_a_bad_one_names_its_row():
    from diplograph.errors import DataError
    from diplograph.events.lexicon import _with_tenses
    ru = load_language("ru")
    rows = _with_tenses(ru, [{"predicate": "visits", "pos": "verb", "base": "прибыть/прибывать в"}])
    assert [r["base"] for r in rows] == ["прибыл в", "прибуду в", "прибыв в", "прибыть в",
                                         "прибывал в", "прибывает в", "прибывая в", "прибывать в"]
    with pytest.raises(DataError, match=r"triggers\.tsv.*визит"):
        _with_tenses(ru, [{"predicate": "visits", "pos": "verb", "base": "визит/ в"}])


@pytest.mark.parametrize("sentence", [
    # a title in the genitive, governed by the word before it, and a known name in the nominative after it
    "Указом президента Сергей Рябков назначен послом России в США.",
    "По поручению премьер-министра Сергей Лавров прибыл в Москву.",
    # a past office, without an appointment: no role now
    "Иван Петров был министром обороны в 2010 году.",
])
def test_a_name_in_another_case_or_a_past_office_holds_no_title(sentence):
    x = extract(sentence)
    wrong = [(r.person.label, r.position) for r in x.roles if r.position in ("head_of_state", "head_of_government")
             or r.person.label == "Иван Петров"]
    assert not wrong, x.roles
