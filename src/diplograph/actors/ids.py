"""Stable ids: one :func:`slug` of folded text, ids for actors the knowledge base lacks, and node ids."""
from __future__ import annotations

import hashlib
import re

from diplograph.lang.normalise import fold
from diplograph.types import NODE_TYPES, Actor, Argument

__all__ = ["mint_actor", "node_id", "slug"]

# Underscores stay: group ids are built from keys such as ``security_forces``.
_NON_WORD = re.compile(r"\W+")
_SLUG_MAX = 80
# A type the table lacks still gets an id that cannot clash with a known prefix.
_PREFIXES = {node.name: node.prefix for node in NODE_TYPES}


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def slug(text: str) -> str:
    """A readable, IRI-safe slug of folded text (any script): its words joined by ``-``, stable across runs.

    Texts that fold to the same words share a slug; a long one is cut and
    gets a hash, and one with no word at all is a hash.

    >>> slug("Keir  Starmer"), slug("<script>"), slug("كير ستارمر")
    ('keir-starmer', 'script', 'كير-ستارمر')
    >>> slug("Deployment of Western forces  in Ukraine!"), slug("«ضمانات أمنية»")
    ('deployment-of-western-forces-in-ukraine', 'ضمانات-امنيه')
    >>> slug("?!"), slug("security_forces")
    ('x-59c2264cdb54', 'security_forces')
    """
    out = _NON_WORD.sub("-", fold(text)).strip("-")
    if not out:
        return "x-" + _sha1(text)[:12]
    if len(out) > _SLUG_MAX:
        return out[:_SLUG_MAX].rstrip("-") + "-" + _sha1(text)[:8]
    return out


def mint_actor(name: str, type_: str) -> Actor:
    """An actor for a name the knowledge base lacks: its id comes from its folded name and type.

    >>> mint_actor("Keir Starmer", "Person").id, mint_actor("Quartet", "Coalition").id
    ('person/keir-starmer', 'org/quartet')
    """
    name = " ".join(name.split())
    return Actor(id=f"{_PREFIXES.get(type_, 'x')}/{slug(name)}", label=name, type=type_)


def node_id(argument: Argument) -> str:
    """The node id of a statement's subject or object.

    Args:
        argument: the subject or object.

    Returns:
        The actor's id; for anything else, ``<kind>/<slug of its label>``
        (``issue/...``, ``event/...``, ``place/...``, or the actor kind of an
        unresolved actor); a type the table lacks is an issue.

    >>> node_id(Argument("Deployment of Western forces", "انتشار", "Issue"))
    'issue/deployment-of-western-forces'
    >>> node_id(Argument("Kremlin", "الكرملين", "GovernmentBody", Actor("body/kremlin", "Kremlin", "GovernmentBody")))
    'body/kremlin'
    """
    if argument.actor is not None:
        return argument.actor.id
    return f"{_PREFIXES.get(argument.type, _PREFIXES['Issue'])}/{slug(argument.label)}"
