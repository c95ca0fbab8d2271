"""The statement export: JSON Lines as ``../shared/eval/README.md`` specifies.

One entity line for each actor or place a document mentions, then one line
for each role (``holdsPosition``) and each statement. A ``Group`` entity
carries the state it belongs to (``country``), a statement whose CAMEO code
has a PLOVER mode carries it (``plover_mode``).
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Iterable, Iterator

from diplograph.events.plover import mode as plover_mode
from diplograph.labels import post_label, post_labels
from diplograph.types import Actor, Argument, Extraction, Role, Statement

__all__ = ["RESOURCE", "actor_ref", "export_lines", "export_jsonl", "jsonl_text"]

#: The base of the project's own IRIs for things without a Wikidata QID.
RESOURCE = "https://w3id.org/diplograph/resource/"

def actor_ref(actor: Actor) -> str:
    """The export id of an actor: its Wikidata QID, else the project's IRI."""
    return actor.qid or RESOURCE + actor.id


def _argument(arg: Argument) -> dict:
    out = {"label": arg.label, "mention": arg.mention, "type": arg.type}
    if arg.actor is not None:
        out["id"] = actor_ref(arg.actor)
    return out


def _statement(st: Statement) -> dict:
    out = {
        "kind": "statement", "doc": st.doc, "sentence": st.sentence, "span": list(st.span),
        "subject": _argument(st.subject), "predicate": st.predicate, "object": _argument(st.object),
        "negated": st.negated, "modality": st.modality, "date": st.date.isoformat() if st.date else None,
        "plover": st.plover, "cameo": st.cameo, "trigger": st.trigger,
    }
    mode = plover_mode(st.cameo)
    if mode is not None:
        out["plover_mode"] = mode
    return out


def _state_of(group: Actor, known: dict[str, Actor]) -> dict | None:
    """The ``country`` of a Group entity: the state it belongs to (``Actor.represents``), if any.

    The state is looked up among the document's own actors first, then in the
    knowledge base; an id neither knows is printed as the project's IRI.
    """
    if not group.represents:
        return None
    state = known.get(group.represents)
    if state is None:
        from diplograph.actors.kb import load_kb  # only for a group whose state the text does not name

        state = load_kb().actors.get(group.represents)
    if state is None:
        return {"id": RESOURCE + group.represents, "label": group.represents}
    return {"id": actor_ref(state), "label": state.label}


@lru_cache(maxsize=1 << 12)
def _post_names(position: str, country: str | None, names: tuple[tuple[str, str], ...]) -> tuple[str, dict[str, str]]:
    """A post's label and its labels by language: a corpus names the same few posts again and again."""
    return post_label(position, country), post_labels(position, country, dict(names))


def _role(role: Role, mention: str) -> dict:
    country = role.country
    label, labels = _post_names(role.position, country.label if country else None,
                                tuple(country.labels.items()) if country else ())
    obj = {"label": label, "position": role.position, "type": "Position", "labels": dict(labels)}
    if country is not None:
        obj["country"] = {"id": actor_ref(country), "label": country.label}
    return {
        "kind": "statement", "doc": role.doc, "sentence": role.sentence, "span": list(role.span),
        "subject": {"id": actor_ref(role.person), "label": role.person.label, "mention": mention, "type": "Person"},
        "predicate": "holdsPosition", "object": obj, "negated": False, "modality": "asserted",
        "title": role.title,
    }


def export_lines(extraction: Extraction) -> Iterator[dict]:
    """The export records of one document: entities, then roles and statements.

    Args:
        extraction: what was extracted from the document.

    Returns:
        JSON-ready dicts, in a stable order.
    """
    mentions: dict[str, list[str]] = {}
    # "Russian shipping firms" names Russia; "للفلسطينيين" (to the Palestinians) names a people, not its
    # state: an actor met only through such nouns gets no entity line.
    named = {m.actor.id for m in extraction.mentions if m.via != "people"}
    for m in sorted(extraction.mentions, key=lambda m: m.start):
        mentions.setdefault(m.actor.id, [])
        # "he", "الأخير": anaphors point at the actor but are not its names.
        if not m.anaphoric and m.text not in mentions[m.actor.id]:
            mentions[m.actor.id].append(m.text)
    known = {a.id: a for a in extraction.actors}
    for actor in extraction.actors:
        if actor.id not in named:
            continue
        entity = {
            "kind": "entity", "id": actor_ref(actor), "label": actor.label, "type": actor.type,
            "labels": dict(actor.labels), "mentions": mentions.get(actor.id, []),
        }
        country = _state_of(actor, known) if actor.type == "Group" else None
        if country is not None:
            entity["country"] = country
        yield entity
    seen = set()
    for role in extraction.roles:
        key = (role.person.id, role.position, role.country.id if role.country else None)
        if key not in seen:
            seen.add(key)
            yield _role(role, next(iter(mentions.get(role.person.id, [role.person.label]))))
    done = set()
    for st in extraction.statements:
        key = (st.subject.label, st.predicate, st.object.label, st.negated, st.span)
        if key not in done:
            done.add(key)
            yield _statement(st)


def export_jsonl(extraction: Extraction) -> str:
    """The export of one document as JSON Lines text."""
    return jsonl_text(export_lines(extraction))


def _line_encoder():
    """One encoder for every line, as ``json.dumps(line, ensure_ascii=False)`` encodes it.

    ``JSONEncoder.encode`` makes a new C encoder at every call (a fifth of the
    export's time); this one is made once. The lines hold no cycle, so the
    check for one (``markers``) is left out. Without the C encoder, the
    ordinary one.
    """
    from json import encoder

    plain = json.JSONEncoder(ensure_ascii=False)
    if encoder.c_make_encoder is None:
        return plain.encode
    made = encoder.c_make_encoder(None, plain.default, encoder.encode_basestring, None, plain.key_separator,
                                  plain.item_separator, False, False, True)
    return lambda line: "".join(made(line, 0))


_ENCODE = _line_encoder()


def jsonl_text(lines: Iterable[dict]) -> str:
    """Records as JSON Lines, each line as ``json.dumps(line, ensure_ascii=False)`` writes it.

    >>> print(jsonl_text([{"a": "é", "b": [1, None]}, {}]), end="")
    {"a": "é", "b": [1, null]}
    {}
    """
    return "".join([_ENCODE(line) + "\n" for line in lines])
