"""One slug and one id prefix per node type, whoever mints the id."""
from __future__ import annotations

import pytest

from diplograph.actors.kb import load_kb
from diplograph.actors.ids import node_id
from diplograph.actors.ids import mint_actor, slug
from diplograph.types import NODE_TYPES, Argument, node_type


@pytest.mark.parametrize(("text", "expected"), [
    ("Coalition of the  Willing", "coalition-of-the-willing"),
    ("«ضمانات أمنية»", "ضمانات-امنيه"),
    ("Безопасность в Европе", "безопасность-в-европе"),
    ("security_forces", "security_forces"),
])
def test_slug(text, expected):
    assert slug(text) == expected


def test_a_text_without_words_gets_a_hash():
    assert slug("!!").startswith("x-") and slug("!!") != slug("??")


def test_a_long_slug_is_cut_and_keeps_apart_texts_that_differ_after_the_cut():
    a, b = slug("word " * 30 + "one"), slug("word " * 30 + "two")
    assert a != b and len(a) <= 90 and a.startswith("word-word")


@pytest.mark.parametrize("node", [n for n in NODE_TYPES if n.actor], ids=lambda n: n.name)
def test_minted_actors_and_unresolved_arguments_share_the_prefix_of_their_type(node):
    minted = mint_actor("Friends of Peace", node.name)
    assert minted.id == node_id(Argument("Friends of Peace", "Friends of Peace", node.name))
    assert minted.id.split("/")[0] == node.prefix


def test_every_known_actor_id_has_the_prefix_of_its_type():
    wrong = [a.id for a in load_kb().actors.values() if a.id.split("/")[0] != node_type(a.type).prefix]
    assert wrong == []
