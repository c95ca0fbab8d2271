"""A participle or gerund that opens the sentence shares the main clause's subject.

"En réaffirmant son soutien à Kiev, le chancelier Friedrich Merz a exclu ...",
"Tout en saluant l'accord, la France a ...", "Condemning the attack, France
called for ...": the adjunct has no subject of its own; the actor that opens
the main clause after its comma is it. A participle form ends in one of
``active_suffixes``; ``gerund_words`` may stand before it ("en", "tout en").
Anywhere else the trigger is read as the ``default`` frame reads it
("..., appelant à": a participle after the main clause).
"""
from __future__ import annotations

from diplograph.events.frames.arguments import object_after, subject_after
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading


@construction("participle")
def participle(ctx: Context) -> Reading | None:
    """The main clause's subject for a participle that opens the sentence; else as ``default``.

    >>> from diplograph.examples import statements
    >>> sorted((st.subject.label, st.predicate)
    ...  for st in statements("Tout en condamnant la Russie, la France a salué l'accord.", lang="fr"))
    [('France', 'condemns'), ('France', 'welcomes')]
    """
    s, item, clause = ctx.view, ctx.item, ctx.clause
    if not _opens_sentence(ctx):
        return clause_reading(ctx)
    after = clause[1] + 1
    subjects = subject_after(s, after, s.clause(after)[1])
    if not subjects:
        return None
    return Reading(subjects, object_after(s, item.end, clause[1], ctx.trigger))


def _opens_sentence(ctx: Context) -> bool:
    """Is the trigger a participle at the start of the sentence, its clause closed by a comma?"""
    s, item, clause = ctx.view, ctx.item, ctx.clause
    active = tuple(s.language.folded("active_suffixes"))
    word = s.text[item.start:item.end].split()[0]
    before = s.words(0, item.start)
    gerund = s.language.folded("gerund_words")
    return bool(active) and word.endswith(active) and clause[0] == 0 and clause[1] < len(s.text) \
        and s.text[clause[1]] in s.commas and (not before or " ".join(before) in gerund)
