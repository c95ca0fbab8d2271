"""Event nouns with a partner: "Trump's talks with Putin", "محادثاته مع بوتين", "ses entretiens avec".

The partner is the actor after a ``with_words`` word; the subject is the
actor the noun governs, a possessor or verb subject before it, or after a
possessive the clause's actor.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import adjacent_before, clause_subject, genitive, possessed, subject_after
from diplograph.events.frames.arguments import NO_OBJECT
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.light import light_subject
from diplograph.events.frames.opener import opening_pronoun
from diplograph.events.frames.registry import construction
from diplograph.events.frames.reports import reporter_before
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.scanner import Item

#: How many words (adjectives: "nuclear", "محتملة") may stand between an event noun and "with".
_WITH_GAP = 2


@construction("with")
def with_partner(ctx: Context) -> Reading:
    """Subjects and object of an event noun with a partner.

    Without a partner, the coordinated subjects of a light verb hold the
    event with each other ("أجرت الإمارات والهند جولة من المحادثات").
    """
    subjects, obj = with_frame(ctx.view, ctx.item, ctx.trigger, ctx.clause)
    owned = ctx.trigger.suffix.endswith(tuple(ctx.view.language.folded("possessive_suffixes")) or ("",))
    # (a plural or case ending is no owner: "عقدت مصر وقطر اجتماعا"; a possessive is: "اجتماعها")
    if not subjects and obj[0] is None and not (ctx.trigger.suffix and owned):
        governed = genitive(ctx.view, ctx.item) if not ctx.trigger.suffix else []
        if len(governed) > 1:
            # "переговоры Путина и Моди": the coordinated actors the noun governs hold it with each other.
            return Reading(governed, NO_OBJECT)
        light = light_subject(ctx.view, ctx.item)
        return Reading(light, NO_OBJECT) if len(light) > 1 else Reading([], NO_OBJECT)
    return Reading(subjects, obj)


def with_frame(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> tuple[list[Chunk], tuple]:
    """Subjects and object of an event noun with a partner: "Trump's talks with Putin", "محادثاته مع بوتين".

    The partner is the actor right after a ``with_words`` word that ends
    the noun or follows it within a few words ("محادثات نووية مع ...").
    The subject is the actor the noun governs before that word ("لقاء
    ترامب مع بوتين"), a possessor or verb subject right before the noun
    ("Trump's talks", "أجرى ترامب محادثات"), or, after a possessive, the
    clause's actor ("his talks with Putin"), else the actor that opens
    the next clause ("After his talks with Putin, Trump said"); else who
    reports them ("Araghchi said talks with the US are set for Friday").
    """
    none: tuple = (None, None, "")
    withs = s.language.folded("with_words")
    # The words are counted after the actor the noun governs: «لقاء الرئيس المصري عبد الفتاح السيسي مع ...»
    governs = [c for c in genitive(s, item) if c.via != "nationality"] if not trigger.suffix else []
    start = max((c.end for c in governs), default=item.end)
    after = s.scan.spans_between(start, clause[1])
    if s.text[item.start:item.end].split()[-1] in withs:
        at = item.end
    else:
        at = next((b for a, b in after[:_WITH_GAP + 1] if s.text[a:b] in withs), None)
    if at is None:
        # "لقاؤه بالرئيس التركي": the partner written with a ``with_clitics`` clitic
        at = clitic_partner(s, item, after)
    if at is None or any(s.is_verb(v) and item.end <= v.start < at for v in s.scan.items):
        # "محادثات قد يجريها مع بوتين": the partner is the verb's
        return [], none
    partner = next((c for c in s.chunks if c.start >= at), None)
    skip = s.lead_words | s.gap_words | s.honorifics
    if partner is None or not partner.agent or partner.via == "pronoun" or partner.end > clause[1] \
            or not all(w in skip for w in s.words(at, partner.start)):
        return [], none
    obj = (partner, (partner.start, partner.end), partner.actor.type)
    governed = [c for c in genitive(s, item) if c.end < at] if not trigger.suffix else []
    if governed:
        return governed, obj
    if not trigger.prefix and not trigger.suffix and (before := adjacent_before(s, item)):
        return before, obj
    if light := light_subject(s, item):
        # "Modi held a lengthy meeting with Ishiba", "عقد الصفدي اجتماعا مطولا مع نظيره".
        return [c for c in light if c.actor.id != partner.actor.id], obj
    if possessed(s, item, trigger):
        # "After his talks with Putin, Trump said": a fronted phrase's actor opens the next clause.
        return clause_subject(s, item.start, clause[0], free=True) or subject_after(s, clause[1], len(s.text)), obj
    if fronted_phrase(s, item, clause):
        # "In a phone call with Erdogan, Putin thanked ...": the actor that opens the next clause.
        return [c for c in subject_after(s, clause[1], len(s.text)) if c.actor.id != partner.actor.id], obj
    if (opener := opening_pronoun(s, item, clause)) is not None and opener.actor.id != partner.actor.id:
        # «جاء ذلك خلال اتصال هاتفي مع روبيو»: the opener stands for who spoke in the sentence before
        return [opener], obj
    # "أوضح فيدان أنه يتوقع إجراء محادثات مع موسكو": talks with someone, said by a party;
    # unless a negation follows, which the statement's polarity would not see ("is not planned").
    if any(it.start > item.end and any(t.kind == "cue" and t.data[0] == "negation" for t in it.tags)
           for it in s.scan.items):
        return [], none
    return [c for c in reporter_before(s, item) if c.actor.id != partner.actor.id], obj


def fronted_phrase(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Does the noun open the sentence after prepositions and determiners only, its clause closed by a comma?

    "In a phone call with Erdogan, Putin ...", "During talks with Iran, the US ...".
    """
    if clause[0] != 0 or clause[1] >= len(s.text) or s.text[clause[1]] not in s.commas:
        return False
    allowed = s.lead_words | s.language.folded("during_words") | s.language.folded("determiners")
    return all(w in allowed for w in s.words(0, item.start))


def clitic_partner(s: SentenceView, item: Item, after: list[tuple[int, int]]) -> int | None:
    """Where the partner of an event noun starts when a clitic marks it ("لقاؤه بالرئيس"), or None.

    The actor opens one of the few words after the noun, carries one of
    ``with_clitics``, and no lead word stands between: "محادثات بشأن إيران" has none.
    """
    clitics = tuple(s.language.folded("with_clitics"))
    if not clitics:
        return None
    starts = {a for a, _ in after[:_WITH_GAP + 1]}
    for chunk in s.chunks:
        if chunk.start in starts and chunk.trim and s.text[chunk.start:chunk.start + chunk.trim].endswith(clitics):
            if any(w in s.lead_words for w in s.words(item.end, chunk.start)):
                return None
            return chunk.start
    # "اجتماعه بنظيره الروسي سيرغي لافروف": the clitic on a title before the partner's name
    if after and s.text[slice(*after[0])].startswith(clitics) \
            and any(it.start <= after[0][0] < it.end for it in s.scan.of_kind("title")):
        partner = next((c for c in s.chunks if c.start > after[0][0] and c.agent), None)
        if partner is not None and not any(after[0][1] <= c.start < partner.start and c.via != "nationality"
                                           for c in s.chunks) and len(s.words(after[0][1], partner.start)) <= 1:
            return partner.start
    return None
