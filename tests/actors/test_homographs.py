"""A one-word name that a trigger also spells is read as a verb, not a person.

«ترأس» (chaired) folds to «تراس», once Liz Truss's bare Arabic surname: every
"X chaired" became an actor. The knowledge base may keep such a name only
after review (the verb reading is rare in news).
"""
from __future__ import annotations

import pytest

import diplograph.events.frames  # noqa: F401  (registers the constructions the trigger rows name)
from diplograph.actors.gazetteer import actor_patterns
from diplograph.actors.kb import load_kb
from diplograph.events.lexicon import event_patterns
from diplograph.lang.profile import load_language, supported_languages

#: Reviewed: the name is far more frequent in news than the verb form it spells.
REVIEWED = {("ar", "person/avigdor-lieberman")}


@pytest.mark.slow  # every form of every language: a few seconds
@pytest.mark.parametrize("lang", supported_languages())
def test_no_one_word_name_is_a_trigger_form(lang):
    language = load_language(lang)
    triggers = {form for form, tag in event_patterns(language) if tag.kind in ("trigger", "split", "light")}
    clashes = sorted({(form, tag.data) for form, tag in actor_patterns(load_kb(), language)
                      if tag.kind == "actor" and " " not in form and form in triggers
                      and (lang, tag.data) not in REVIEWED})
    assert clashes == [], f"one-word names that triggers also spell (drop the bare alias): {clashes}"
