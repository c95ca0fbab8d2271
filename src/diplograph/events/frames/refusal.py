"""Refusal of an act: "a refusé de signer l'accord" does not sign it.

A refusal verb (frame ``refusal``) followed by a verb trigger, with only a
content marker (language.yaml ``content_markers``: "de", "d'") between or
elided onto it, leaves the statement to that verb; the refusal is a negation
cue before it (cues.tsv), so the act is read negated: Hungary signs the
declaration, negated. A refusal of anything else rejects it: "refuse de
reprendre ses ressortissants", "a refusé l'offre".
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading
from diplograph.lang.scanner import Item


@construction("refusal")
def refusal(ctx: Context) -> Reading | None:
    """None where a verb trigger is what is refused (that verb states it, negated); else as ``default``.

    >>> from diplograph.examples import statements
    >>> [(st.subject.label, st.predicate, st.negated)
    ...  for st in statements("La Hongrie a refusé de signer la déclaration.", lang="fr")]
    [('Hungary', 'signs', True)]
    """
    if refused_act(ctx) is not None:
        return None
    return clause_reading(ctx)


def refused_act(ctx: Context) -> Item | None:
    """The verb trigger right after the refusal, past a content marker, or None."""
    s, item = ctx.view, ctx.item
    markers = s.language.folded("content_markers")
    after = next((it for it in s.scan.items if it.start >= item.end and it.start < ctx.clause[1]
                  and it.kinds & {"trigger", "split"}), None)
    if after is None or not s.is_verb(after):
        return None
    # "a refusé de signer", "refuse toujours de", "a refusé d'accueillir": one marker, time words aside
    between = [w for w in s.words(item.end, after.start) if w not in s.gap_words]
    elided = any(t.kind in ("trigger", "split") and t.data.prefix and t.data.prefix in markers for t in after.tags)
    return after if (len(between) == 1 and between[0] in markers) or (not between and elided) else None
