"""Speaker nouns: the last actor before the noun says it ("شدد X على ضرورة ...")."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "شدد ماكرون على ضرورة وقف إطلاق النار.",
     {("Emmanuel Macron", "callsFor", "وقف إطلاق النار", "speaker")}, set()),
    ("ar", "كان أردوغان في استقبال بوتين في أنقرة.",
     {("Recep Tayyip Erdoğan", "meetsWith", "Vladimir Putin", "speaker")}, set()),
    # no actor before the noun: nobody says it
    ("ar", "ضرورة وقف إطلاق النار واضحة.", set(), {(None, "callsFor", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_speaker(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows


# Each of the coordinated actors beside a reporting verb speaks it: what they announce of
# themselves is their own word, asserted, not reported (reports.speakers).
@pytest.mark.parametrize("lang,text", [
    ("ar", "أعلنت أندورا وبلجيكا ولوكسمبورغ ومالطا اعترافها بدولة فلسطين."),
    ("en", "France, Belgium and Malta announced that they recognize the State of Palestine."),
])
def test_coordinated_speakers_speak_their_own_words(extract, lang, text):
    x = extract(text, lang)
    found = {s.subject.label: s.modality for s in x.statements if s.predicate == "recognizes"}
    assert found.get("Malta") == "asserted" and found.get("Belgium") == "asserted", found


def test_an_actor_apart_from_the_speakers_is_reported(extract):
    x = extract("قال وزير الخارجية الفرنسي إن مالطا تعترف بدولة فلسطين.", "ar")
    assert {s.modality for s in x.statements if s.subject.label == "Malta" and s.predicate == "recognizes"} \
        == {"reported"}


# A speaker set off from its reporting verb by a relative clause still speaks it: what the
# relative clause says of the speaker is the outlet's narration, asserted (reports._relative_between).
@pytest.mark.parametrize("text,subject,predicate,modality", [
    ("Erdogan, who chaired the talks as head of the bloc, said both sides had agreed.", "Recep Tayyip Erdoğan", "chairs", "asserted"),
    ("Macron, who hosted the summit, said the talks went well.", "Emmanuel Macron", "hosts", "asserted"),
    # an actor inside the relative clause: no longer one clause apart, left as it was
    ("Macron, who met Scholz on Monday, said the talks went well.", "Emmanuel Macron", "meetsWith", "reported"),
    # a speaker with no relative clause: as before
    ("Ramaphosa said Sudan had rejected the plan.", "Sudan", "rejects", "reported"),
])
def test_speaker_across_a_relative_clause(extract, text, subject, predicate, modality):
    x = extract(text, "en")
    assert {s.modality for s in x.statements if s.subject.label == subject and s.predicate == predicate} == {modality}
