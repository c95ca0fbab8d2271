"""English extraction, on sentences written for these tests (none is taken from news).

Each case runs the whole pipeline (lexicons/en + the knowledge base) on one
sentence.

The sentence tables are ``tests/lang/en/<kind>.tsv``, read by ``tests/lang/test_tables.py``;
here are the cases that check more than a table row says.
"""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.types import Extraction
from tests.fixtures import extract_text, summary

PUBLISHED = date(2025, 9, 3)  # a Wednesday


def extract(text: str, published: date = PUBLISHED) -> Extraction:
    return extract_text(text, "en", published)


def test_unknown_person_after_title():
    x = extract("Hungarian Foreign Minister Gyula Nemesvari criticized the plan.")
    roles = [(r.person.label, r.position, r.country.label) for r in x.roles]
    assert ("Gyula Nemesvari", "foreign_minister", "Hungary") in roles
    assert ("Gyula Nemesvari", "criticizes") in {(s.subject.label, s.predicate) for s in x.statements}


# --- what the English lexicons need from the engine --------------------------------

def test_reported_after_trigger():
    x = extract("Egypt supports the ceasefire plan, according to diplomats.")
    assert [s.modality for s in x.statements if s.predicate == "supports"] == ["reported"]


def test_reported_speech_before_other_subject():
    x = extract("Officials said Saudi Arabia backed the resolution.")
    assert [s.modality for s in x.statements if s.predicate == "supports"] == ["reported"]


def test_future_cue_of_a_later_clause():
    x = extract("Iran and Oman held talks on Saturday and are set to meet again next week.")
    assert {s.modality for s in x.statements if s.predicate == "negotiatesWith"} == {"asserted"}, summary(x)
    x = extract("Egypt will host the talks next week.")
    assert [s.modality for s in x.statements] == ["future"], summary(x)


def test_absence_negates_participation():
    x = extract("Despite the absence of Canada, the conference adopted a declaration.")
    assert ("Canada", "participatesIn", True) in {(s.subject.label, s.predicate, s.negated) for s in x.statements}, summary(x)
    assert extract("In the absence of a deal, Iran rejected the plan.").statements[0].negated is False


def test_body_after_adjective():
    x = extract("The Israeli government rejected the proposal.")
    assert ("Israel", "rejects") in {(s.subject.label, s.predicate) for s in x.statements}


def test_object_is_the_titled_person():
    x = extract("Ukrainian President Volodymyr Zelensky met US envoy Steve Witkoff in Berlin.")
    assert [s.object.label for s in x.statements if s.predicate == "meetsWith"] == ["Steve Witkoff"]


def test_possessive_state_before_title():
    x = extract("The summit, co-hosted by Egypt's President Abdel Fattah al-Sisi, ended on Friday.")
    assert "Egypt" not in {s.subject.label for s in x.statements}


def test_former_title_gives_no_role():
    roles = extract("Former US President Barack Obama criticized the decision.").roles
    assert not [r for r in roles if r.position == "head_of_state"]


def test_appositive_role():
    roles = extract("Gyula Nemesvari, the Hungarian foreign minister, criticized the plan.").roles
    assert {(r.person.label, r.position) for r in roles} == {("Gyula Nemesvari", "foreign_minister")}


def test_object_words_with_actor_object():
    x = extract("Poland sent ammunition to Ukraine.")
    assert ("Poland", "providesAidTo") in {(s.subject.label, s.predicate) for s in x.statements}


def test_parenthetical_between_subject_and_verb():
    x = extract("Turkey, in turn, praised Qatar for its mediation.")
    assert ("Turkey", "welcomes") in {(s.subject.label, s.predicate) for s in x.statements}


def test_subject_after_relative_clause():
    x = extract("Hungary, which depends on Russian oil, blocked the sanctions package.")
    assert ("Hungary", "rejects") in {(s.subject.label, s.predicate) for s in x.statements}


@pytest.mark.parametrize("sentence", [
    "Iran, officials said, rejected the offer.",
    "Canada, however, condemned the strike.",
])
def test_short_parentheses_are_passed_over(sentence):
    x = extract(sentence)
    assert {s.subject.label for s in x.statements} <= {"Iran", "Canada"} and x.statements, summary(x)


def test_initial_actor_before_a_noun_is_no_possessor():
    x = extract("Iran talks resumed in Vienna.")
    assert not [s for s in x.statements if s.subject.label == "Iran"], summary(x)


def test_hyphenated_agent():
    x = extract("Saudi Arabia restored ties with Iran after a Chinese-brokered deal and reopened its embassy.")
    found = {(s.subject.label, s.predicate) for s in x.statements}
    assert ("China", "mediates") in found and ("China", "agreesTo") not in found, summary(x)


def test_shared_subject_of_coordinated_verbs():
    x = extract("Russia rejected the plan and called for new talks.")
    assert ("Russia", "callsFor") in {(s.subject.label, s.predicate) for s in x.statements}


def test_pronoun_subject():
    x = extract("Algeria said it had no plans to recognize Kosovo.")
    assert ("Algeria", "recognizes", True) in {(s.subject.label, s.predicate, s.negated) for s in x.statements}


def test_reciprocal_meeting():
    x = extract("Iran and Oman met in Muscat on Saturday.")
    pairs = {(s.subject.label, s.object.label) for s in x.statements if s.predicate == "meetsWith"}
    assert pairs == {("Iran", "Oman"), ("Oman", "Iran")}


def test_agentless_passive():
    x = extract("Syria was welcomed back into the Arab League.")
    assert not [s for s in x.statements if s.subject.label == "Syria" and s.predicate == "welcomes"]


def test_name_particles():
    roles = extract("Omani Foreign Minister Hamad bin Rashid Al Nuaimi spoke to reporters.").roles
    assert ("Hamad bin Rashid Al Nuaimi", "foreign_minister", "Oman") in {
        (r.person.label, r.position, r.country.label) for r in roles}


def test_name_ending_in_a_known_name_is_that_person():
    roles = extract("Jordanian Foreign Minister Ayman bin Safadi spoke to reporters.").roles
    assert {r.person.label for r in roles} == {"Ayman Safadi"}


def test_alias_that_begins_with_a_title_gives_the_role():
    roles = extract("Saudi Crown Prince Mohammed bin Salman received the delegation.").roles
    assert ("Mohammed bin Salman", "other", "Saudi Arabia") in {(r.person.label, r.position, r.country.label) for r in roles}


def test_appositive_title_after_a_known_name():
    x = extract("Egypt hosted Péter Szijjártó, Hungary's foreign minister, on Monday.")
    assert {(r.person.label, r.position) for r in x.roles} == {("Péter Szijjártó", "foreign_minister")}
    assert [s.object.label for s in x.statements if s.predicate == "hosts"] == ["Péter Szijjártó"]


@pytest.mark.parametrize("sentence, has_role", [
    ("Then-President Joe Biden criticized the plan.", False),
    ("Ex-President Joe Biden criticized the plan.", False),
    ("Macron met Zelensky and then President Donald Trump.", True),
])
def test_hyphenated_former_words(sentence, has_role):
    assert bool(extract(sentence).roles) == has_role, extract(sentence).roles


def test_former_title_without_a_name_is_no_one():
    x = extract("The former Ukrainian president criticized the plan.")
    assert x.roles == [] and x.statements == [], summary(x)


def test_acronyms_in_capitals_still_match():
    x = extract("The WHO and the US criticized the plan.")
    assert {s.subject.label for s in x.statements} == {"World Health Organization", "United States"}


def test_pronoun_opening_a_sentence_reaches_back():
    x = extract("Emmanuel Macron arrived in Kyiv on Monday. He rejected the Russian proposal.")
    assert ("Emmanuel Macron", "rejects") in {(s.subject.label, s.predicate) for s in x.statements}, summary(x)


def test_pronoun_inside_a_sentence_stays_in_it():
    x = extract("Emmanuel Macron arrived in Kyiv on Monday. Officials doubt he rejected the proposal.")
    assert not [s for s in x.statements if s.predicate == "rejects"], summary(x)


def test_pronoun_type_must_fit():
    x = extract("Egypt hosted Emmanuel Macron, and he praised the plan.")
    assert ("Emmanuel Macron", "welcomes") in {(s.subject.label, s.predicate) for s in x.statements}, summary(x)


def test_pronoun_is_never_an_object():
    x = extract("Russia warned that it would respond.")
    assert [s.object.label for s in x.statements if s.predicate == "warns"] != ["Russia"], summary(x)


def test_infinitive_after_to_be_is_active():
    x = extract("Egypt is to host the talks.")
    assert ("Egypt", "hosts") in {(s.subject.label, s.predicate) for s in x.statements}, summary(x)


def test_reciprocal_needs_no_other_object():
    x = extract("Iran and Oman met with Qatar in Doha.")
    pairs = {(s.subject.label, s.object.label) for s in x.statements if s.predicate == "meetsWith"}
    assert pairs == {("Iran", "Qatar"), ("Oman", "Qatar")}, summary(x)


def test_reciprocal_three_parties():
    x = extract("Egypt, Jordan and Iraq met in Baghdad.")
    assert len([s for s in x.statements if s.predicate == "meetsWith"]) == 6, summary(x)


def test_sentence_initial_possessor():
    x = extract("Russia's invasion of Ukraine began in February 2022.")
    assert ("Russia", "attacks") in {(s.subject.label, s.predicate) for s in x.statements}


def test_object_runs_over_noun_triggers():
    x = extract("Germany aims to secure French recognition of the plan.")
    assert [s.object.mention for s in x.statements if s.predicate == "seeks"] == ["secure French recognition of the plan"]


def test_day_of_month():
    dates = {s.date for s in extract("Qatar hosted the conference on Aug. 20.").statements}
    assert date(2025, 8, 20) in dates


def test_future_month():
    dates = {s.date for s in extract("Japan will attend the summit in November.").statements}
    assert date(2025, 11, 1) in dates


def test_acronyms_keep_their_case():
    x = extract("Diplomats who met on Friday told us that Egypt backs the plan.")
    assert not {m.actor.label for m in x.mentions} & {"World Health Organization", "United States"}


def test_agent_phrase_object_without_auxiliary():
    x = extract("The summit was hosted by Kenya.")
    assert [s.object.mention for s in x.statements if s.predicate == "hosts"] == ["summit"]


def test_a_surname_names_a_person_met_earlier_in_the_document():
    x = extract("Jordanian Foreign Minister Samer Halabi arrived in Cairo. Halabi rejected the plan.")
    assert ("Samer Halabi", "rejects") in {(s.subject.label, s.predicate) for s in x.statements}


# --- a state's possessive + a body noun: the state's body ("the Polish Foreign Ministry") ---

@pytest.mark.parametrize("text,state,mention", [
    # (a ministry is a body of its own that represents the state: actors/mentions.py body_actor)
    ("Poland's Foreign Ministry condemned the attack.", "Foreign Ministry of Poland", "Poland's Foreign Ministry"),
    ("Israel's military struck targets in southern Lebanon.", "Israel", "Israel's military"),
    ("Egypt's government welcomed the truce.", "Egypt", "Egypt's government"),
])
def test_possessive_body(text, state, mention):
    subjects = {(s.subject.label, s.subject.mention) for s in extract(text).statements}
    assert (state, mention) in subjects, subjects


def test_possessive_without_a_body_is_the_possessor_only():
    """No body noun right after: the possessor stays a possessor ("Russia's decision" is no body)."""
    x = extract("Russia's decision to expel the diplomats surprised Berlin.")
    assert "Russia's decision" not in {s.subject.mention for s in x.statements}
    x = extract("Poland's new foreign ministry building opened in Warsaw.")
    assert not x.statements
