"""Within-document coreference: "الأخير" / "the latter" and pronoun subjects.

An anaphor stands for the last person named before it in the document.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.lang.scanner import Scan
from diplograph.types import Actor

__all__ = ["resolve_anaphors"]


def resolve_anaphors(scan: Scan, chunks: list[Chunk], last_person: Actor | None) -> list[Chunk]:
    """Add a chunk for each anaphor, pointing at the last person named.

    Args:
        scan: the scanned sentence.
        chunks: its actor mentions.
        last_person: the last person named before this sentence, if any.

    Returns:
        The chunks with the anaphors added, sorted by position.
    """
    out = list(chunks)
    for item in scan.items:
        if not item.has("latter"):
            continue
        before = [c for c in out if c.end <= item.start and c.actor.type == "Person"]
        person = before[-1].actor if before else last_person
        if person is not None and not any(c.start <= item.start < c.end for c in out):
            out.append(Chunk(item.start, item.end, person, "coref"))
    return sorted(out, key=lambda c: c.start)
