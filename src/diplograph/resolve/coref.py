"""Within-document coreference: "الأخير" / "the latter", and "بلاده" / "his country".

An anaphor stands for the last person named before it in the document, or
for the state that person serves.
"""
from __future__ import annotations

from typing import Callable

from diplograph.actors.mentions import Chunk
from diplograph.lang.scanner import Scan
from diplograph.types import Actor

__all__ = ["resolve_anaphors"]


def resolve_anaphors(scan: Scan, chunks: list[Chunk], last_person: Actor | None,
                     country_of: Callable[[Actor], Actor | None] = lambda person: None) -> list[Chunk]:
    """Add a chunk for each anaphor: the last person named, or that person's country.

    Args:
        scan: the scanned sentence.
        chunks: its actor mentions.
        last_person: the last person named before this sentence, if any.
        country_of: the state a person serves (for "بلاده", "his country").

    Returns:
        The chunks with the anaphors added, sorted by position.
    """
    out = list(chunks)
    for item in scan.items:
        kind = "latter" if item.has("latter") else "country" if item.has("country_anaphor") else None
        if kind is None or any(c.start <= item.start < c.end for c in out):
            continue
        before = [c for c in out if c.end <= item.start and c.actor.type == "Person"]
        person = before[-1] if before else None
        if kind == "latter":
            actor = person.actor if person else last_person
        elif person is not None and person.country is not None:
            actor = person.country
        else:
            actor = country_of(person.actor if person else last_person) if (person or last_person) else None
        if actor is not None:
            out.append(Chunk(item.start, item.end, actor, "coref"))
    return sorted(out, key=lambda c: c.start)
