"""Governed nouns: an event noun whose subject is only the actor it governs.

"دعوة مصر إلى توقيع اتفاق" (Egypt's call to sign an agreement), "جددت قطر
دعوتها إلى وقف إطلاق النار" (Qatar renewed its call): the actor in the
genitive after the noun, or the one its possessive suffix stands for, calls.
The subject of a verb the noun is the object of is not its subject: in
"رفضت إثيوبيا الدعوة إلى الحوار" Ethiopia rejects a call, it makes none.
Unlike ``genitive``, the object may be any phrase (what is called for).
"""
from __future__ import annotations

from diplograph.events.frames.arguments import genitive
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.registry import construction


@construction("governed")
def governed(ctx: Context) -> Reading | None:
    """The noun's reading when an actor follows it in the genitive or a possessive suffix is written onto it, else None.

    >>> from diplograph.examples import statements
    >>> def read(text):
    ...     return [(s.subject.label, s.predicate) for s in statements(text, lang="ar") if s.predicate == "callsFor"]
    >>> read("رفضت إثيوبيا دعوة مصر إلى توقيع اتفاق ملزم.")
    [('Egypt', 'callsFor')]
    >>> read("رفضت إثيوبيا الدعوة إلى توقيع اتفاق ملزم.")
    []
    """
    # (a genitive word may link it: "la proposition du Qatar d'accueillir", language.yaml genitive_words)
    if ctx.trigger.pos != "noun" or not (_owned(ctx) or genitive(ctx.view, ctx.item, linked=True)):
        return None
    return noun_reading(ctx, linked=True)


def _owned(ctx: Context) -> bool:
    """Is the noun's suffix a possessive pronoun ("دعوتها"), not a case or plural ending ("مقترحا", "دعوات")?

    A language that lists no ``possessive_suffixes`` takes any suffix.
    """
    suffix = ctx.trigger.suffix
    possessive = ctx.view.language.folded("possessive_suffixes")
    return bool(suffix) and (not possessive or suffix in possessive)
