"""What a language's data may say: every ``language.yaml`` key, and the checked columns of its tables.

To add a key, add one :class:`Key` row to :data:`KEYS` (name, type, default,
meaning); ``load_language`` then accepts it, checks its type and answers
``Language.get(key)`` with the default where a language leaves it out. A key
the table lacks fails the load with the file and the nearest valid key.

>>> check_settings({"subject_ordr": ["after"]}, where="lexicons/xx/language.yaml")
Traceback (most recent call last):
...
diplograph.errors.DataError: lexicons/xx/language.yaml: unknown key 'subject_ordr'; did you mean 'subject_order'? (keys are declared in lang/schema.py)
>>> KEYS["clause_marks"].default
',;'
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from diplograph.errors import DataError

__all__ = ["KEYS", "TABLES", "Key", "check_column", "check_settings", "check_table", "nearest"]


@dataclass(frozen=True)
class Key:
    """One ``language.yaml`` key: its type (a name in :data:`TYPES`), default and meaning."""

    name: str
    type: str
    default: Any
    meaning: str


def nearest(value: str, valid: Iterable[str]) -> str:
    """A hint naming the valid value nearest to ``value``, or listing a few valid ones.

    >>> nearest("rejectz", ["rejects", "meetsWith"])
    "did you mean 'rejects'?"
    """
    valid = sorted(set(valid))
    close = difflib.get_close_matches(value, valid, n=1, cutoff=0.5)
    if close:
        return f"did you mean {close[0]!r}?"
    return "use one of: " + ", ".join(valid[:12]) + (", ..." if len(valid) > 12 else "")


# -- value types --------------------------------------------------------------

def _words(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(w, str) for w in v)


def _pairs(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p)
                                       for p in v)


def _word_types(v: Any) -> bool:
    return isinstance(v, dict) and all(isinstance(k, str) and _words(t) for k, t in v.items())


def _counted_words(v: Any) -> bool:
    return isinstance(v, dict) and all(isinstance(k, int) and not isinstance(k, bool) and k > 2 and _words(w)
                                       for k, w in v.items())


def _order(v: Any) -> bool:
    return _words(v) and bool(v) and set(v) <= {"before", "after"}


#: What each type accepts, with the phrase an error gives for it.
TYPES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "text": (lambda v: isinstance(v, str), "a string"),
    "words": (_words, "a list of words"),
    "int": (lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "side": (lambda v: v in ("before", "after"), "before or after"),
    "order": (_order, "a list of before/after"),
    "capture": (lambda v: v in ("words", "capitalized"), "words or capitalized"),
    "pairs": (_pairs, "a list of [written, variant] pairs"),
    "word_types": (_word_types, "a mapping of words to lists of actor types"),
    "forms": (lambda v: isinstance(v, dict), "a mapping (see forms below)"),
    "counted_words": (_counted_words, "a mapping of counts above 2 to lists of words"),
}

_KEYS = [
    # identity and detection
    Key("name", "text", "", "the language's English name"),
    Key("script", "text", "", "the script its text is written in (detection)"),
    Key("stopwords", "words", [], "words never part of a name after a title; words that stop a name"),
    # sentences and clauses
    Key("sentence_end", "text", ".!?", "marks that end a sentence"),
    Key("question_marks", "text", "", "marks that end a question: what a question says is asked, not stated (hypothetical)"),
    Key("question_particles", "words", [], "particles that, after a sentence's first word, make it a question with no mark (Russian 'li': a headline)"),
    Key("abbreviations", "words", [], "words whose full stop does not end a sentence ('Mr.')"),
    Key("clause_marks", "text", ",;", "marks that cut clauses; arguments never cross a cut"),
    Key("comma_marks", "text", ",", "the marks written for a comma, which sets off a name, a title or a parenthesis"),
    Key("dateline_marks", "text", "", "the marks that close a dateline opening a story ('PARIS, Oct 4 (Reuters) - '): the dateline is set aside, its city is no actor; empty: no datelines are looked for"),
    Key("dateline_brackets", "pairs", [], "the opening and closing marks around an agency in a dateline ('(Reuters)', '/TASS/')"),
    Key("dateline_agencies", "words", [], "agency names written without brackets after a dateline's mark ('MOSCOW, Oct 5 - RIA Novosti.')"),
    Key("gloss_marks", "text", "", "the opening and closing marks of a gloss after a name, e.g. an acronym in brackets: a gloss that names the same actor, or one word that names none, is read as part of the name (lists and arguments pass over it)"),
    Key("clause_words", "words", [], "words that open a clause and cut it"),
    Key("coordinated_modifiers", "words", [], "modifiers that a coordinator joins inside one noun phrase: the coordinator between two of them cuts no clause ('an immediate and unconditional ceasefire')"),
    # forms
    Key("forms", "forms", {}, "how entries take clitics and inflections (lang/forms.py; FORMS below)"),
    Key("elision_prefixes", "words", [], "elided articles and particles written onto a word (French l', d')"),
    Key("perfect_adjuncts", "words", [], "phrases before an infinitive of a completed act whose subject is the "
        "main clause's (French 'apres avoir'): see events/frames/perfect_adjunct.py"),
    Key("elided_words", "pairs", [], "[word, its elided form]: a trigger ending in the word also ends in "
        "the elided form, written onto the next word (a pattern ending in 'de' also ends in \"d'\")"),
    Key("negating_prefixes", "words", [], "elided negations fused to a verb ('n'assistera')"),
    # actors
    Key("adjective_side", "side", "after", "where a nationality adjective stands beside its noun"),
    Key("title_adjectives_before", "bool", False, "a nationality adjective may also stand before a title ('rossiyskiy prezident', the Russian president) where adjective_side is after"),
    Key("honorifics", "words", [], "words that may stand before a name ('Mr', 'Sheikh')"),
    Key("appointment_words", "words", [], "passive forms of appointing between a title and the name it goes to ('ministrom naznachen X', X is appointed minister), or between the name and its title ('X naznachen ministrom', with passive_auxiliaries among them): the name holds the title"),
    Key("name_capture", "capture", "words", "how an unknown name after a title is read: any words or capitalised ones"),
    Key("name_words_max", "int", 3, "at most this many words in an unknown name after a title"),
    Key("name_stop_prefixes", "words", [], "clitics that stop an unknown name"),
    Key("name_particles", "words", [], "lower-case particles inside a name ('bin', 'von')"),
    Key("name_variants", "pairs", [], "spelling variants of name parts, each [written, variant]"),
    Key("former_words", "words", [], "words that make a title a former office ('former')"),
    Key("homograph_names", "words", [], "names that are also common words ('financial' in Arabic): no actor right after a plain word or a noun trigger"),
    Key("acting_words", "words", [], "words before or after a title that make its holder acting ('acting'): the office, but never its holder of record"),
    Key("appositive_titles", "bool", False, "a title set off after a name gives that person the office"),
    Key("title_articles", "words", [], "articles that may stand before an appositive title"),
    Key("locative_prefixes", "words", [], "prepositions after which a capital is a place, not its state"),
    Key("locative_clitics", "words", [], "clitics that make a capital a place"),
    Key("oblique_words", "words", [], "prepositions written apart that govern the mention right after them as "
        "preposition_clitics do: no subject of a verb ('prisoners from both sides')"),
    Key("amount_words", "words", [], "words that open an amount ('worth', 'valued at'): a phrase they open is "
        "no object ('a loan worth 5 billion dollars')"),
    Key("state_heads", "words", [], "head nouns of a state's formal name ('Republic of'): one right before a "
        "state's name, with or without a coordinator or preposition clitic, is part of the mention"),
    Key("place_nouns", "words", [], "nouns before a city name that make it a place ('the capital')"),
    Key("people_prefixes", "words", [], "starts of a nationality word that make it a noun for the people "
        "(a preposition fused with the article, as in 'to the Palestinians'): it names no state"),
    Key("resident_nouns", "words", [], "nouns of the people who live in a place ('residents of'): a capital "
        "right after them, or one word after, is a place, never its state acting"),
    Key("treaty_nouns", "words", [],
        "nouns that make a capital beside them (before, after, or after a title link) part of a treaty's or "
        "process's name ('Vienna Convention', 'convention de Vienne'): the capital names neither its state nor a place"),
    Key("profession_words", "words", [],
        "nouns of an occupation that is no office ('the writer', 'the activist'): a name right after one is a "
        "person, with no role"),
    Key("title_state_anaphors", "words", [],
        "words after a title that stand for the state named before it ('of the country', 'of this country' in a "
        "language that writes the title's state after it): the post is that state's"),
    Key("venue_nouns", "words", [],
        "nouns of a gathering that make a capital beside them (before, after, or after a title link) its venue, a "
        "place ('the Doha talks', 'le sommet de Dubrovnik'), unless the capital is coordinated with another actor"),
    Key("destination_words", "words", [],
        "words of going somewhere that make a capital right after them its destination, a place ('visited "
        "Washington'), or after one of the destination_links ('a visit to Beijing', 'flew to Rome')"),
    Key("destination_links", "words", [], "prepositions after a destination word before the destination ('to')"),
    Key("latter_words", "words", [], "anaphors for the last person named ('the latter')"),
    Key("latter_openers", "words", [], "words that stand for the last person named only as a sentence's first word with a verb right after ('Tot pribyl': the latter arrived), as written"),
    Key("country_anaphors", "words", [], "anaphors for the speaker's own state ('his country')"),
    Key("pair_anaphors", "words", [], "anaphors for the last two states named together ('the two countries')"),
    Key("counted_anaphors", "counted_words", {}, "anaphors for the last three or more sides named together, by count "
        "('the three countries'): the sentence before must name exactly that many"),
    Key("pronouns", "word_types", {}, "pronouns and the actor types each may stand for"),
    Key("feminine_pronouns", "words", [], "pronouns (of ``pronouns``) that stand for a woman where they stand for a person: never for a person the knowledge base knows as a man ('she', 'elle')"),
    Key("masculine_pronouns", "words", [], "pronouns (of ``pronouns``) that stand for a man where they stand for a person: never for a woman (people.yaml gender: female) ('he', 'il')"),
    Key("feminine_determiners", "words", [], "determiners right before a title that make it feminine where the title's noun is not ('la ministre'): it names a woman only, as a feminine title (titles.tsv gender)"),
    Key("clause_coordinators", "words", [], "words that join a second main clause to the first ('then', 'and then'): a pronoun "
        "right after one stands for the first clause's sole subject, which the sentence opens with ('X received Y, then he condemned')"),
    # arguments
    Key("subject_order", "order", ["before", "after"], "where a verb's subject stands: 'after' first for VSO"),
    Key("subject_gap_words", "words", [], "words that do not count between a subject and its verb"),
    Key("subject_quantifiers", "words", [], "phrases that open a coordinated subject after its verb ('each of': Arabic 'kull min X wa-Y')"),
    Key("masdar_adjectives", "words", [], "adjectives of degree that follow an event noun's agent or pronoun and belong to the noun, "
        "never to its object (Egypt's 'firm' rejection of)"),
    Key("feminine_endings", "words", [], "endings of a feminine head noun (not of a person's name): a masculine verb before it "
        "does not take it as subject (forms.verb.feminine_suffixes mark the verb)"),
    Key("feminine_heads", "words", [], "feminine head nouns without a feminine ending (a broken plural: 'the nations')"),
    Key("masculine_heads", "words", [], "masculine head nouns and titles: a feminine verb before one does not take it as subject"),
    Key("not_trigger_forms", "words", [],
        "words a trigger's inflection spells but that are other words once folded (Arabic wizara, ministry, is not wa-zarahu, and he visited him)"),
    Key("subject_openers", "words", [],
        "in a subject-after language, words after which an actor right before the verb is its subject (Arabic inna X fa'ala)"),
    Key("coordinator_prefixes", "words", [], "clitics that join coordinated words (Arabic wa-)"),
    Key("coordinator_words", "words", [], "words that join coordinated actors ('and', ',')"),
    Key("object_lead_words", "words", [], "words dropped before an object phrase ('to', 'for')"),
    Key("relative_words", "words", [], "relative words; they also cut clauses"),
    Key("subject_relatives", "words", [], "relative words whose clause has the actor before them as subject"),
    Key("place_relatives", "words", [], "relative words on a place whose clause, with no subject of its own, keeps the main clause's subject (a pro-drop 'where': 'arrived in Ankara, where [he] will meet')"),
    Key("object_relatives", "words", [], "relative words whose clause has the antecedent as object ('the summit that X hosted')"),
    Key("undoing_words", "words", [], "words that reverse the trigger after them ('lifted sanctions on')"),
    Key("determiners", "words", [], "words that open a noun phrase ('the', 'le', elided 'l'')"),
    Key("demonstratives", "words", [], "demonstratives that open a noun phrase pointing back ('eti', 'etu'): an object set between a named body and its indefinite-personal verb opens with one"),
    Key("noun_determiners", "words", [], "determiners that no verb follows: a verb form after one is a noun ('the draft', 'son appel')"),
    Key("place_venue_words", "words", [], "prepositions that place an act only before a place that may not act: 'hosted in Cairo the talks' (the talks are hosted), 'asked of Qatar' (Qatar is asked)"),
    Key("venue_words", "words", [], "prepositions that place an act: the mention after them is its venue, no argument ('talks in Oman')"),
    Key("purpose_clitics", "text", "", "clitics of purpose, one character each, written onto a masdar trigger (Arabic li-, 'li-istidafa', to host): its subject is the clause's actor, and it opens a purpose clause (arguments.purpose_start); purpose_words are the separate words of the same role"),
    Key("decision_nouns", "words", [],
        "nouns of decision or intent, forms with clitics and possessive suffixes written out, right before a masdar a clitic joins to them (Arabic 'qararuha bi-tard', its decision to expel): who owns the decision (the actor it governs, or with a possessive suffix the clause's actor) is the masdar's subject; with no owner the masdar is read as any noun (events/frames/noun.py decision_owner). Unlike will_nouns, which drop an unowned verb complement"),
    Key("preposition_clitics", "words", [], "preposition clitics: a mention they govern is no subject"),
    Key("adjunct_prepositions", "words", [], "prepositions that set an act's noun as an adjunct of its clause, whose "
        "actors act on the clause's event ('through the mediation of Qatar', 'under Egyptian mediation'): "
        "events/frames/auspices.py"),
    Key("preposition_words", "words", [], "prepositions: a mention they govern is no subject of a verb after its comma ('urged Iraq to sign a deal with Turkey, expel ...')"),
    Key("possessive_suffixes", "words", [], "possessive suffixes of a noun (Arabic -hu in 'his talks')"),
    Key("possessive_words", "words", [], "possessive words before a noun ('his talks')"),
    Key("genitive_words", "words", [], "words that link a noun to the actor it governs ('de', 'des')"),
    Key("genitive_clitics", "words", [], "clitics that link a definite event noun, after its adjectives, to the actor "
        "who does it, for predicates.yaml sojourns ('al-ziyara al-murtaqaba li-l-ra'is', the president's expected visit)"),
    Key("subject_cases", "words", [], "cases a subject may be in ('nomn'); a mention the inflector marks with none of them is no subject"),
    Key("object_cases", "words", [], "cases of a verb's direct object ('accs'): a mention after the verb that may be in one is no subject"),
    Key("owner_cases", "words", [], "cases of an actor right after a stance's noun whose stance it is ('podtverdil gotovnost' Rossii': Russia's readiness, gent)"),
    Key("agent_case", "words", [], "cases that mark a passive's agent with no agent word (Russian instrumental: 'ablt'), and an event noun's agent after its patient"),
    Key("passive_marks", "words", [], "inflector marks of a verb form read only as a passive (Russian short participles: 'PRTS')"),
    Key("passive_auxiliaries", "words", [], "auxiliaries of a passive with an agent ('was hosted by')"),
    Key("agent_words", "words", [], "words that introduce a passive's agent ('by')"),
    Key("agent_phrases", "words", [], "phrases that introduce a passive's agent after its patient (Arabic min qibal, 'by')"),
    Key("passive_light_verbs", "words", [], "verbs that make the event noun after them passive (Arabic tamma, 'was done', before a verbal noun)"),
    Key("agentless_passive_auxiliaries", "words", [], "auxiliaries of a passive whose agent goes unsaid"),
    Key("reduced_passive_words", "words", [], "words right after a participle of a verb that names its object first (predicates.yaml object_first) that make it a reduced passive: the phrase before it is the one accused ('diplomats accused of meddling')"),
    Key("perfect_auxiliaries", "words", [], "auxiliaries of an active perfect ('a' in French 'les a accuses de'): a participle after one (or after an object_clitics word) is active"),
    Key("list_tail_openers", "words", [], "phrases that open an open list's tail after named actors ('and other'): "
        "see list_tail_heads"),
    Key("list_tail_heads", "words", [], "nouns that end an open list's tail ('and other countries'): the named actors "
        "before it are the subject (events/frames/arguments.py list_tail)"),
    Key("adverb_suffixes", "words", [], "endings of a manner adverb that may stand before the bare verb of a listed "
        "content ('urged X to A, transparently investigate B'): events/frames/verb.py conjuncts"),
    Key("active_suffixes", "words", [], "endings that make a verb after an auxiliary active ('-ing')"),
    Key("envoy_links", "words", [], "words between an envoy's noun and the states it serves (triggers.tsv frame envoys: "
        "'summoned the ambassadors of Germany, France and Italy')"),
    Key("finite_suffixes", "words", [], "endings of a finite (past) verb form: after a content's coordinator it opens a new "
        "statement of the shared subject, no second content ('agreed to resume talks and pledged aid')"),
    Key("topic_words", "words", [],
        "prepositions before a verb form with an active_suffixes ending that make it a topic, no deed ('talks on lifting sanctions')"),
    Key("topic_prepositions", "words", [],
        "prepositions after a reciprocal act's noun that name what it is about, not a partner ('held talks on Syria with Qatar')"),
    Key("predeterminers", "words", [], "words that stand before a determiner inside a noun phrase ('all the'): no verb"),
    Key("verb_particles", "words", [], "particles of phrasal verbs, before a determiner ('set up a centre'): no verb of their own"),
    Key("discussion_words", "words", [],
        "forms of discussion verbs whose event-noun object is a topic, no deed ('discussed sanctions on Russia')"),
    # statements
    Key("between_words", "words", [], "prepositions that name an event's sides ('talks between X and Y')"),
    Key("with_words", "words", [], "prepositions that name an event noun's partner ('talks with')"),
    Key("with_clitics", "words", [], "clitics that mark an event noun's partner written onto it (Arabic bi-, 'liqa'uhu bi-l-ra'is', his meeting with the president)"),
    Key("during_words", "words", [], "phrases before an event noun: who acts there takes part ('on the sidelines of')"),
    Key("impersonal_suffixes", "words", [], "endings of an indefinite-personal verb (Russian plural '-li'): with no subject, the body a venue word names beside it is its source ('v Kremle zayavili')"),
    Key("together_words", "words", [], "phrases before a verb whose actor acts with the verb's subject ('vmeste s', together with)"),
    Key("remark_openers", "words", [], "phrases that open a sentence with the remarks of the actor after them ('his remarks came during')"),
    Key("resumptive_words", "words", [], "a preposition with the pronoun that resumes an event noun after its light verb ('the visit that X made it to')"),
    Key("detached_pronouns", "words", [], "object pronouns written apart after a participle, standing for the last clause's object"),
    Key("inclusion_words", "words", [], "phrases after a comma that list the actors a generic plural subject includes ('including', 'among them')"),
    Key("speakerless_cues", "words", [], "reporting cues that name no speaker ('reportedly')"),
    Key("light_verbs", "words", [], "light verbs whose event noun states the act ('held a meeting with'), forms written out"),
    Key("reason_words", "words", [], "prepositions after a verb and its object before a gerund the object did ('thanked Turkey for hosting the talks'): the gerund is said of that object only"),
    Key("inversion_copulas", "words", [], "copulas that close a presence phrase before its subjects ('among those attending the summit were X and Y'; triggers.tsv frame inverted)"),
    Key("trigger_gap_words", "words", [], "time words and adverbs that may stand inside a multi-word trigger (French 's'est rendu lundi a', went on Monday to)"),
    Key("split_tails", "words", [], "prepositions that, closing a written verb row (Russian 'pribyl v', arrived in), may stand apart from the verb: the verb alone is read where the tail follows past time words, a venue or a parenthesis ('pribyl vchera v', arrived yesterday in)"),
    Key("light_filler_words", "words", [], "function words that may stand between a light verb and its noun ('a', 'of')"),
    Key("delegation_words", "words", [], "nouns for a delegation: what it includes takes part ('delegation')"),
    Key("fronted_object_words", "words", [], "prepositions that may open an object between a verb and its subject, in a subject-after order (Arabic 'sharaka fi al-ijtima' X', took part in the meeting X)"),
    Key("side_words", "words", [], "phrases before a state's adjective that open the people on its side of a meeting (Arabic 'min al-janib', on the side of): each meets those of another side"),
    Key("genitive_heads", "words", [], "nouns, nominative forms written out, through which the actor in the genitive after them acts ('strany Evrosoyuza', the EU's countries): after any other noun ('zhiteli Moskvy', Moscow's residents) the genitive is no subject"),
    Key("will_nouns", "words", [], "nouns of will, every form written out, whose verb complement is done by their owner ('reshenie suda prodlit sanktsii', the court's decision to extend sanctions): with no actor owning the noun, the verb states nothing (events/frames/owned.py). Unlike decision_nouns, whose complement is a masdar with a clitic and whose owner becomes its subject"),
    Key("will_owner_words", "words", [], "words right before a will_nouns noun whose subject owns it ('prinyal reshenie', took the decision)"),
    Key("delegate_words", "words", [], "words naming an actor's delegates before it in a list ('the foreign ministers of')"),
    Key("deontic_addressee", "side", "before", "where the actor a modal of obligation binds stands ('Russia must')"),
    Key("deontic_quantifiers", "words", [], "quantifiers that open an addressee naming all of a kind after the modal ('all parties'), or, where deontic_addressee is before, the clause right before it ('all parties must', 'the international community must')"),
    Key("participle_words", "words", [], "participles that open an adjunct sharing the main clause's subject"),
    Key("complementizers", "words", [], "words that open a reported clause ('that', Arabic 'an'): a verb-or-noun form right after a speech verb without one is its noun object"),
    Key("noun_prepositions", "words", [], "prepositions after which a verb-or-noun form is a noun (Arabic 'ala da'm', on the support of)"),
    Key("complement_words", "words", [], "words that open what an object is called ('dismissed the claims as baseless'): the object ends before them"),
    Key("purpose_words", "words", [], "separate words that open a purpose clause before a verb ('to discuss', 'pour discuter'): no actor object lies past them (arguments.purpose_start), and a verb right after one is an infinitive (qualified.py); purpose_clitics are the clitics of the same role written onto a masdar"),
    Key("gerund_words", "words", [], "words that open an adjunct: before a participle that opens the sentence (French 'En reaffirmant ..., X a'), it shares the main clause's subject, and after the main clause too (French 'X a ... en signant': events/frames/perfect_adjunct.py); set off by commas (French ', en visite a Pekin,'), it is passed over"),
    Key("infinitive_suffixes", "words", [], "endings of an infinitive: a verb form right after an article_prepositions word and an article is a noun ('par la presse') unless one of these ends it ('de la soutenir': an object clitic)"),
    Key("article_prepositions", "words", [], "prepositions after which an article opens a noun phrase: a verb form after both is a noun (French 'selon la presse', 'a la demande de'; see infinitive_suffixes)"),
    Key("copulas", "words", [], "forms of 'to be' before an evaluative adjective said of what stands before them ('cette decision est inacceptable': events/frames/judged.py)"),
    Key("content_markers", "words", [], "words after an urged actor that open what it is urged to do ('to')"),
    Key("wish_words", "words", [], "verbs that are no trigger but, before an actor and a content marker, make what follows a wish, no fact ('expected allies to agree')"),
    Key("object_clitics", "words", [], "object pronouns written before the verb or fused to its auxiliary that stand for the urged actor before a content marker ('him' in a language that writes 'him-has invited to')"),
    Key("object_pronouns", "words", [], "object pronouns that may stand for the urged actor before a content marker ('pressing them to accept')"),
    Key("addressee_words", "words", [], "prepositions that mark an urged actor as the addressee (Russian 'ot', from): what follows is urged"),
    Key("content_suffixes", "words", [], "endings of a word after an urged actor that opens what it is urged to do (an infinitive's)"),
    Key("content_clitics", "words", [], "clitics on the word after an urged actor that open what it is urged to do (Arabic bi-, 'bi-sahb', to withdraw)"),
    # titles, names and descriptions (actors/)
    Key("deputy_prefixes", "words", [], "what makes a deputy of a title before it ('deputy ', 'vice-'): position other"),
    Key("deputy_suffixes", "words", [], "what makes a deputy of a title after it (' adjoint')"),
    Key("title_links", "words", [], "words joining a title to its owner ('the president's' in 'adviser of the president')"),
    Key("title_complements", "words", [], "words of a complement between a title and its name ('envoy to the Middle East')"),
    Key("title_tails", "words", [], "fixed phrases that end a title before the name ('for foreign affairs')"),
    Key("name_state_links", "words", [], "words between a name and its state ('Ambassador NAME of STATE')"),
    Key("name_first_stop_prefixes", "words", [], "prefixes that may not open an unknown name's first word"),
    Key("name_article_after", "int", 0, "after this many words, a word with the article ends an unknown name (0: never)"),
    Key("article_prefixes", "words", [], "the definite article written onto a word"),
    Key("description_articles", "words", [], "articles that open a definite description ('the Swiss diplomat')"),
    Key("descriptions", "word_types", {}, "nouns of definite descriptions and the actor types each refers back to "
        "(with 'Named': only an actor whose name holds the noun, 'the Council'; with 'Body': only the one state "
        "named before through that same body noun, 'the junta')"),
    Key("name_extenders", "words", [], "words that, right after an organisation's name, make it part of a longer name the knowledge base lacks (a bilateral 'strategic cooperation council' is no GCC)"),
    Key("seat_head_words", "words", [], "nouns that, beside a seat of government, name whoever heads it ('the Kremlin leader', 'the occupant of the White House')"),
]

#: Every ``language.yaml`` key, by name.
KEYS: dict[str, Key] = {k.name: k for k in _KEYS}

#: The keys of ``forms`` and of its parts (lang/forms.py reads them).
FORMS = {
    "junctions": "how a clitic meets a word: [clitic, article, joined] (Arabic li + al -> lil)",
    "before_suffix": "how a word's last letter changes before a suffix: a letter, or a list of its spellings (the first one is a verb's)",
    "classes": "word classes (name, title, adjective, noun, cue, verb): their prefixes, article and suffixes",
    "verb": "verb affixes (VERB_AFFIXES)",
    "inflector": "a registered inflector (lang/morph.py) that makes every case and number of each entry",
    "name_endings": "how names the inflector does not know decline: ending -> its ending in each case",
}
WORD_CLASSES = ("name", "title", "adjective", "noun", "cue", "verb")
CLASS_KEYS = ("prefixes", "article", "suffixes")
VERB_AFFIXES = ("perfect_suffixes", "imperfect_prefixes", "imperfect_suffixes", "future_prefixes",
                "future_suffixes", "object_suffixes", "plural_suffixes", "proclitics",
                "weak_endings",  # weak_endings: "ending+suffix=written" rules of final-weak verbs
                "derived_endings",  # derived_endings: "ending>ending" rules that make a written form's siblings
                # a singular's gender: perfect suffixes and imperfect prefixes (the bare perfect is masculine)
                "feminine_suffixes", "feminine_prefixes", "masculine_prefixes",
                "pronoun_words")  # pronoun_words: words a verb row writes before its verb ("se")


def _unknown(key: str, valid: Iterable[str], where: str) -> DataError:
    return DataError(f"{where}: unknown key {key!r}; {nearest(key, valid)} (keys are declared in lang/schema.py)")


def check_settings(settings: dict, *, where: str) -> dict:
    """The settings, checked: every key declared in :data:`KEYS`, every value of its type.

    The YAML loader reads ``true``/``false`` as words (so that "on" and "no"
    stay words in word lists); a ``bool`` key turns them into booleans here.

    Args:
        settings: the parsed ``language.yaml``.
        where: the file, for the message.

    Returns:
        The settings, booleans converted.

    Raises:
        DataError: naming the file, the key and the nearest valid key.

    >>> check_settings({"appositive_titles": "true"}, where="x.yaml")
    {'appositive_titles': True}
    """
    out = {}
    for key, value in settings.items():
        if key not in KEYS:
            raise _unknown(str(key), KEYS, where)
        if KEYS[key].type == "bool" and value in ("true", "false"):
            value = value == "true"
        accepts, phrase = TYPES[KEYS[key].type]
        if value is not None and not accepts(value):
            raise DataError(f"{where}: {key} must be {phrase}, not {value!r}")
        out[key] = value
    _check_forms(out.get("forms") or {}, where=where)
    return out


def _check_forms(forms: dict, *, where: str) -> None:
    for key, value in forms.items():
        if key not in FORMS:
            raise _unknown(f"forms.{key}", [f"forms.{k}" for k in FORMS], where)
    for name, spec in (forms.get("classes") or {}).items():
        if name not in WORD_CLASSES:
            raise _unknown(f"forms.classes.{name}", [f"forms.classes.{c}" for c in WORD_CLASSES], where)
        for key in spec or {}:
            if key not in CLASS_KEYS:
                raise _unknown(f"forms.classes.{name}.{key}", [f"forms.classes.{name}.{k}" for k in CLASS_KEYS], where)
    for key, value in (forms.get("verb") or {}).items():
        if key not in VERB_AFFIXES:
            raise _unknown(f"forms.verb.{key}", [f"forms.verb.{k}" for k in VERB_AFFIXES], where)
        if value is not None and not _words(value):
            raise DataError(f"{where}: forms.verb.{key} must be a list of affixes, not {value!r}")


# -- tables -------------------------------------------------------------------

#: Checked columns of the TSV tables: for each column, a function giving its
#: valid values and whether a blank cell is allowed. This layer knows the
#: columns of its own vocabulary; a higher layer adds the columns whose
#: vocabulary it owns with :func:`check_column` (the events layer: the
#: predicates of lexicons/common/plover.tsv and the registered constructions),
#: so that lang/ imports nothing above it.
TABLES: dict[str, dict[str, tuple[Callable[[], Iterable[str]], bool]]] = {
    "triggers": {
        "pos": (lambda: ("verb", "noun", "form"), False),
    },
}


def check_column(table: str, column: str, values: Callable[[], Iterable[str]], *, blank: bool = False) -> None:
    """Check ``column`` of ``table`` against ``values()`` in every language loaded from now on.

    Args:
        table: the table (``triggers``).
        column: its column.
        values: gives the valid values, called at each load.
        blank: whether an empty cell is allowed.

    >>> check_column("triggers", "pos", lambda: ("verb", "noun", "form"))
    >>> "pos" in TABLES["triggers"]
    True
    """
    TABLES.setdefault(table, {})[column] = (values, blank)


def check_table(name: str, rows: list[tuple[str, int, dict[str, str]]]) -> None:
    """Fail on a cell of a checked column that holds no valid value.

    Args:
        name: the table (``triggers``).
        rows: ``(file, line number, row)`` for every row of the table.

    Raises:
        DataError: naming the file, the line, the column and the nearest valid value.

    >>> check_table("triggers", [("lexicons/xx/triggers.tsv", 7, {"pos": "vreb"})])
    Traceback (most recent call last):
    ...
    diplograph.errors.DataError: lexicons/xx/triggers.tsv line 7: pos 'vreb' is not valid; did you mean 'verb'?
    """
    columns = TABLES.get(name)
    if not columns:
        return
    valid = {column: (set(values()), blank) for column, (values, blank) in columns.items()}
    for where, line, row in rows:
        for column, (values, blank) in valid.items():
            cell = row.get(column, "")
            if (cell == "" and blank) or cell in values:
                continue
            raise DataError(f"{where} line {line}: {column} {cell!r} is not valid; {nearest(cell, values)}")
