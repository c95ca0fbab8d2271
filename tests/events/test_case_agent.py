"""case_agent: after an event noun, a genitive patient then an agent in the instrumental."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.actors.mentions import find_chunks
from diplograph.events.frames.case_agent import case_agent
from diplograph.events.frames.view import SentenceView
from diplograph.lang.profile import load_language
from diplograph.pipeline import Extractor


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "признание Палестины Францией", "France"),  # patient, then agent
    ("ru", "освобождение Украины Россией", "Russia"),
    ("ru", "признание Францией Палестины", None),  # the agent first: read as governed
    ("ru", "визит Путина в Китай", None),  # a preposition between
    ("ru", "признание Палестины Моди", None),  # an undeclined name marks no case
    ("en", "the recognition of Palestine by France", None),  # no agent_case
])
def test_case_agent(lang, text, expected):
    language, extractor = load_language(lang), Extractor()
    scan = extractor.scanner(language).scan(text)
    s = SentenceView(scan, find_chunks(scan, text, kb=extractor.kb, language=language, day=date(2025, 6, 2)), language)
    agent = case_agent(s, s.chunks[:1])
    assert (agent.actor.label if agent else None) == expected
