"""Urged content: what an appeal asks of its addressee is not done (guards.urged), and nobody urges itself; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # the addressee does not act: no "signs", whoever urges (here no actor urges)
    ("en", "Officials urged Sharaa to sign the accords.", set(), {(None, "signs", None, None)}),
    ("en", "Egypt urged Israel to sign the accord.", {("Egypt", "callsFor", "sign the accord", "default")},
     {(None, "signs", None, None)}),
    # a conjunct of the content is content too
    ("en", "The envoy urged Iran to halt enrichment and to release the prisoners.", set(),
     {(None, "releases", None, None), (None, "suspends", None, None)}),
    ("en", "Washington called on Russia to withdraw its troops from Ukraine.", set(),
     {(None, "withdrawsFrom", None, None)}),
    # each listed content is a call, its verb a trigger or not (verb._bare_verb), and none is done
    ("en", "Washington called on the Georgian government to return to talks, investigate the irregularities, and repeal the laws.",
     {("United States", "callsFor", "return to talks", "default"),
      ("United States", "callsFor", "investigate the irregularities", "default"),
      ("United States", "callsFor", "repeal the laws", "default")}, {(None, "investigates", None, None)}),
    ("en", "Egypt urged Israel to halt the strikes and withdraw its troops.",
     {("Egypt", "callsFor", "halt the strikes", "default"), ("Egypt", "callsFor", "withdraw its troops", "default")},
     {(None, "withdrawsFrom", None, None)}),
    # a participle after the comma is the urging side's adjunct, no listed content (verb._participle)
    ("en", "Colombia, Brazil and Mexico have urged Washington to lift the measures, arguing they have worsened the crisis.",
     {("Brazil", "callsFor", "lift the measures", "default")}, {("Brazil", "callsFor", "arguing they", None)}),
    ("en", "France urged Iran to resume talks, saying time was running out.",
     {("France", "callsFor", "resume talks", "default")}, {("France", "callsFor", "saying time was running out", None)}),
    ("en", "Paris urged Tehran to free the detainees, investigate the abuses, and repeal the laws.",
     {("France", "callsFor", "investigate the abuses", "default"), ("France", "callsFor", "repeal the laws", "default")},
     set()),
    # coordinated addressees: the coordinator's clause holds only the last one (guards._addressees_floor)
    ("en", "Qatar and Egypt are pressing Hamas and Israel to accept a new truce proposal.", set(),
     {(None, "agreesTo", None, None)}),
    ("en", "France urged Iran and Russia to attend the talks.", {("France", "callsFor", "attend the talks", "default")},
     {(None, "participatesIn", None, None)}),
    ("en", "Egypt urged Hamas to accept the truce, and Israel agreed to attend the talks.",
     {("Israel", "agreesTo", "attend the talks", "default")}, set()),
    # a clause of its own with its own subject states its act
    ("en", "The envoy urged Iran to halt enrichment, and Iran released the prisoners.",
     {("Iran", "releases", "prisoners", "default")}, set()),
    ("en", "Egypt urged restraint and signed the accord with Jordan.",
     {("Egypt", "signs", "accord with Jordan", "default")}, set()),
    ("fr", "La France a exhorté l'Iran à libérer les prisonniers.", set(), {(None, "releases", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_urged(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows


@pytest.mark.parametrize("text", [
    # "he" read as the leader named last: the leader does not urge himself
    "Addressing Sharaa directly, Trump said he had an opportunity. He encouraged the Syrian leader to sign the accords.",
])
def test_nobody_urges_itself(extract, text):
    x = extract(text, "en")
    assert not [s for s in x.statements if s.predicate in ("callsFor", "signs") and s.subject.label == "Ahmed al-Sharaa"], \
        [(s.subject.label, s.predicate) for s in x.statements]


@pytest.mark.parametrize("text,absent", [
    # a wish verb no trigger reads asks its addressee too (language.yaml wish_words): nobody agrees or attends
    ("Rutte said he expected allies to agree on higher defence spending.", "agreesTo"),
    ("Macron wants Iran to accept the inspectors.", "agreesTo"),
    ("Egypt expected Israel to attend the talks.", "participatesIn"),
])
def test_wished_content_is_no_fact(read, text, absent):
    rows = read(text, "en")
    assert not [r for r in rows if r[1] == absent], rows


@pytest.mark.parametrize("text,expected", [
    # no addressee: the verb's own subject acts, future by its cue
    ("Israel is expected to attend the talks.", ("Israel", "participatesIn")),
    ("Rutte expected to attend the summit.", ("Mark Rutte", "participatesIn")),
])
def test_wish_with_no_addressee_states(read, text, expected):
    rows = read(text, "en")
    assert [r for r in rows if r[:2] == expected], rows
