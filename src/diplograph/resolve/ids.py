"""Stable ids for actors the knowledge base lacks, minted from their folded name and type."""
from __future__ import annotations

import hashlib
import re

from diplograph.lang.normalise import fold
from diplograph.types import Actor

__all__ = ["slug", "mint_actor", "PREFIXES"]

#: The id prefix of each actor type: ``person/...``, ``country/...``.
PREFIXES = {
    "Person": "person", "Country": "country", "Organization": "org", "GovernmentBody": "body",
    "Coalition": "org", "Group": "group", "Place": "place", "Event": "event", "Issue": "issue",
}


def slug(text: str, *, limit: int = 60) -> str:
    """A readable, IRI-safe slug of folded text (any script), stable across runs.

    >>> slug("Keir  Starmer")
    'keir-starmer'
    >>> slug("كير ستارمر")
    'كير-ستارمر'
    >>> slug("<script>") 
    'script'
    """
    words = re.findall(r"\w+", fold(text))
    out = "-".join(words)[:limit].strip("-")
    if out:
        return out
    return "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def mint_actor(name: str, type_: str) -> Actor:
    """An actor for a name the knowledge base lacks: its id comes from its folded name and type.

    >>> mint_actor("Keir Starmer", "Person").id
    'person/keir-starmer'
    """
    name = " ".join(name.split())
    return Actor(id=f"{PREFIXES.get(type_, 'x')}/{slug(name)}", label=name, type=type_)
