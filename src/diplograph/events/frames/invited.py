"""An invitation: a verb that urges only an act, never a thing ("a invité Erdogan à se rendre à Paris").

As ``addressed``, but the content must open with a verb, not a noun
phrase: "a invité les journalistes à la cérémonie" invites to an event and
calls for nothing. A content phrase whose first word is one of the
language's ``determiners`` (or right after one) is a noun phrase.
"""
from __future__ import annotations

from diplograph.events.frames.addressed import addressed
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction

__all__ = ["invited"]


@construction("invited")
def invited(ctx: Context) -> Reading | None:
    """As ``addressed``, when the content does not open with a determiner."""
    found = addressed(ctx)
    if found is None or found.obj[1] is None:
        return None
    s, span = ctx.view, found.obj[1]
    words = s.words(ctx.item.end, span[0])[-1:] + s.words(*span)[:1]  # the content's first word may be dropped as a lead word
    return None if any(w in s.language.folded("determiners") for w in words) else found
