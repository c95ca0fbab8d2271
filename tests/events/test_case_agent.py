"""case_agent: after an event noun, a genitive patient then an agent in the instrumental."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.events.frames.case_agent import case_agent


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "признание Палестины Францией", "France"),  # patient, then agent
    ("ru", "освобождение Украины Россией", "Russia"),
    ("ru", "признание Францией Палестины", None),  # the agent first: read as governed
    ("ru", "визит Путина в Китай", None),  # a preposition between
    ("ru", "признание Палестины Моди", None),  # an undeclined name marks no case
    ("en", "the recognition of Palestine by France", None),  # no agent_case
])
def test_case_agent(view, lang, text, expected):
    s = view(text, lang, date(2025, 6, 2))
    agent = case_agent(s, s.chunks[:1])
    assert (agent.actor.label if agent else None) == expected
