"""A verb of naming states a blame or a praise through the evaluative word after its object (frame qualified)."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    # the judgement past an infinitive the object governs: the object runs to the clause's end
    ("ru", "МИД России назвал решение Евросоюза продлить санкции «враждебным».",
     {("Russian Foreign Ministry", "criticizes", "решение Евросоюза продлить санкции «враждебным", "qualified")},
     {("European Union", "sanctions", "враждебным", None)}),
    # the act has its own target: it stays a fact of its agent, the object stays what is named
    ("ru", "Дмитрий Песков назвал решение Евросоюза продлить санкции против России «враждебным».",
     {("Dmitry Peskov", "criticizes", "решение Евросоюза", "qualified"),
      ("European Union", "sanctions", "Russia", "default")}, set()),
    ("ru", "Захарова назвала попытки Латвии закрыть границу провокацией.",
     {("Maria Zakharova", "criticizes", "попытки Латвии закрыть границу провокацией", "qualified")}, set()),
    # the judgement inside the object phrase: the object is what is named, without it (or its article and quotes)
    ("ru", "Лавров назвал решение Евросоюза враждебным.",
     {("Sergey Lavrov", "criticizes", "решение Евросоюза", "qualified")}, set()),
    ("ru", "Эрдоган назвал договорённость своевременной.",
     {("Recep Tayyip Erdoğan", "welcomes", "договорённость", "qualified")}, set()),
    ("en", 'Spain called the measures "illegal" and unacceptable.',
     {("Spain", "criticizes", "measures", "qualified")}, {("Spain", "criticizes", 'measures "illegal', None)}),
    ("en", "Iran called the American decision a mistake.",
     {("Iran", "criticizes", "American decision", "qualified")}, set()),
    ("en", "Beijing called the visit a provocation.", {("China", "criticizes", "visit", "qualified")}, set()),
    ("en", "Egypt described the agreement as a step forward.", {("Egypt", "welcomes", "agreement", "qualified")}, set()),
    # a judgement that opens the phrase stays in it
    ("en", "Russia called the illegal seizure of its assets theft.",
     {("Russia", "criticizes", "illegal seizure of its assets theft", "qualified")}, set()),
    # no judgement: nothing
    ("en", "Spain called the meeting for Tuesday.", set(), {("Spain", None, None, None)}),
    # no evaluative word in the clause: naming states nothing
    ("ru", "Макрон назвал дату саммита.", set(), {("Emmanuel Macron", None, None, None)}),
    ("ru", "Захарова назвала решение Латвии закрыть границу.", set(), {("Maria Zakharova", None, None, None)}),
    ("ru", "Лавров назвал решение Евросоюза продлить санкции, но не стал его оценивать.", set(),
     {("Sergey Lavrov", "criticizes", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_qualified(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
