"""The registry: every frame of the trigger tables names a registered construction."""
from __future__ import annotations

import pytest

from diplograph.events.frames import find_frames
from diplograph.events.frames.registry import construction, handler, names, sentence_constructions
from diplograph.lang.profile import load_language, supported_languages


def test_every_trigger_frame_is_registered():
    for code in supported_languages():
        frames = {row.get("frame") or "default" for row in load_language(code).tables.get("triggers", [])}
        assert frames <= set(names()), frames - set(names())


def test_sentence_constructions_run_after_triggers_in_order():
    assert [fn.__name__ for fn in sentence_constructions()] == ["impersonal", "relative_light", "together", "cosigned", "asked", "between", "sojourn", "during", "sides"]
    assert "between" not in names()  # no trigger row may name a sentence construction


def test_unknown_name_suggests_the_nearest():
    with pytest.raises(KeyError, match="did you mean 'direct'"):
        handler("dirct")


def test_a_name_is_registered_once():
    with pytest.raises(ValueError, match="twice"):
        construction("default")(lambda ctx: None)


def test_find_frames_on_a_sentence_without_triggers(extractor):
    language = load_language("en")
    scan = extractor.scanner(language).scan("The weather was mild in Geneva.")
    assert find_frames(scan, [], language=language) == []
