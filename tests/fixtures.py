"""Hand-built extractions for the graph and query tests.

Two documents: the packaged Arabic seed article (its statements written by hand,
as the extractor should find them) and a short English text of our own. A
third, hostile one puts every character that could break an IRI, a TriG file
or a query into ids, labels and URLs.

Spans are computed from the texts, so ``text[start:end] == sentence`` holds.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import diplograph
from diplograph.types import Actor, Argument, Document, Extraction, Mention, Role, Statement

SEED_PATH = Path(diplograph.__file__).parent / "data" / "seed_coalition_ar.txt"
SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")

FRA = Actor("country/fra", "France", "Country", "Q142", {"ar": "فرنسا", "fr": "France"})
GBR = Actor("country/gbr", "United Kingdom", "Country", "Q145", {"ar": "المملكة المتحدة"})
UKR = Actor("country/ukr", "Ukraine", "Country", "Q212", {"ar": "أوكرانيا"})
RUS = Actor("country/rus", "Russia", "Country", "Q159", {"ar": "روسيا"})
USA = Actor("country/usa", "United States", "Country", "Q30", {"ar": "الولايات المتحدة"})
DEU = Actor("country/deu", "Germany", "Country", "Q183", {"ar": "ألمانيا"})
ITA = Actor("country/ita", "Italy", "Country", "Q38", {"ar": "إيطاليا"})
KREMLIN = Actor("body/kremlin", "Kremlin", "GovernmentBody", None, {"ar": "الكرملين"}, represents="country/rus")
ELYSEE = Actor("body/elysee", "Élysée Palace", "GovernmentBody", None, {"ar": "قصر الإليزيه", "fr": "palais de l'Élysée"}, represents="country/fra")
MACRON = Actor("person/emmanuel-macron", "Emmanuel Macron", "Person", "Q3052772", {"ar": "إيمانويل ماكرون"})
STARMER = Actor("person/keir-starmer", "Keir Starmer", "Person", None, {"ar": "كير ستارمر"})
ZELENSKY = Actor("person/volodymyr-zelensky", "Volodymyr Zelensky", "Person", "Q3874799", {"ar": "فولوديمير زيلينسكي"})
TRUMP = Actor("person/donald-trump", "Donald Trump", "Person", "Q22686", {"ar": "دونالد ترامب"})
MELONI = Actor("person/giorgia-meloni", "Giorgia Meloni", "Person", "Q3731", {"ar": "جورجيا ميلوني"})
WADEPHUL = Actor("person/johann-wadephul", "Johann Wadephul", "Person", None, {})
COALITION = Actor("org/coalition-of-the-willing", "Coalition of the Willing", "Coalition", None, {"ar": "تحالف الراغبين"})
WARSAW = Actor("place/warsaw", "Warsaw", "Place", "Q270", {"ar": "وارسو"})

#: The label every test looks for.
DEPLOYMENT = "deployment of Western forces in Ukraine"
MEETING = "meeting of the Coalition of the Willing"


def sentence_of(text: str, needle: str) -> tuple[str, tuple[int, int]]:
    """The sentence of ``text`` holding ``needle``, and its span.

    Sentences end at a line break or at ". " (the period kept).
    """
    at = text.index(needle)
    dot = text.rfind(". ", 0, at)
    start = max(text.rfind("\n", 0, at) + 1, dot + 2 if dot >= 0 else 0)
    line_end, dot_end = text.find("\n", at), text.find(". ", at)
    end = min(line_end if line_end >= 0 else len(text), dot_end + 1 if dot_end >= 0 else len(text))
    return text[start:end], (start, end)


def arg(text: str, label: str, mention: str, type_: str, actor: Actor | None = None, after: int = 0) -> Argument:
    """An argument whose mention is found in ``text`` at or after ``after``."""
    at = text.find(mention, after)
    return Argument(label, mention, type_, actor, at if at >= 0 else None, at + len(mention) if at >= 0 else None)


def mentions(text: str, names: dict[Actor, list[str]]) -> list[Mention]:
    """Every occurrence of every surface form, as mentions."""
    found = []
    for actor, forms in names.items():
        for form in forms:
            at = text.find(form)
            while at >= 0:
                found.append(Mention(at, at + len(form), form, actor))
                at = text.find(form, at + len(form))
    return sorted(found, key=lambda m: (m.start, m.end))


def statement(doc: str, text: str, needle: str, subject: Argument, predicate: str, obj: Argument, **kw) -> Statement:
    sentence, span = sentence_of(text, needle)
    return Statement(doc, subject, predicate, obj, sentence, span, **kw)


def role(doc: str, text: str, needle: str, person: Actor, position: str, country: Actor | None, title: str) -> Role:
    sentence, span = sentence_of(text, needle)
    return Role(person, position, country, title, doc, sentence, span)


def seed_extraction() -> Extraction:
    """The Arabic seed article, with the statements a reader finds in it."""
    t, d = SEED_TEXT, "seed_coalition_ar"
    doc = Document(d, t, date(2025, 9, 1), "ar", "https://example.org/news/coalition?id=1&lang=ar", "seed")
    thursday = date(2025, 9, 4)
    meeting = lambda mention, after=0: arg(t, MEETING, mention, "Meeting", None, after)  # noqa: E731
    elysee_line = t.index("وأعلن قصر الإليزيه")
    statements = [
        statement(d, t, "تستعد فرنسا", arg(t, "France", "فرنسا", "Country", FRA, t.index("تستعد")), "hosts",
                  meeting("اجتماع جديد"), modality="future", date=thursday, trigger="لاستضافة"),
        statement(d, t, "وأعلن قصر الإليزيه", arg(t, "Élysée Palace", "قصر الإليزيه", "GovernmentBody", ELYSEE), "announces",
                  meeting("اجتماعًا", elysee_line), trigger="أعلن"),
        statement(d, t, "وأعلن قصر الإليزيه", arg(t, "Emmanuel Macron", "إيمانويل ماكرون", "Person", MACRON), "coChairs",
                  meeting("اجتماعًا", elysee_line), modality="future", date=thursday, trigger="سيترأسان"),
        statement(d, t, "وأعلن قصر الإليزيه", arg(t, "Keir Starmer", "كير ستارمر", "Person", STARMER), "coChairs",
                  meeting("اجتماعًا", elysee_line), modality="future", date=thursday, trigger="سيترأسان"),
        statement(d, t, "وأعلن قصر الإليزيه", arg(t, "Volodymyr Zelensky", "فولوديمير زيلينسكي", "Person", ZELENSKY),
                  "participatesIn", meeting("اجتماعًا", elysee_line), modality="future", date=thursday, trigger="بمشاركة"),
        statement(d, t, "شدد الكرملين", arg(t, "Kremlin", "الكرملين", "GovernmentBody", KREMLIN), "rejects",
                  arg(t, DEPLOYMENT, "أي انتشار لقوات غربية في أوكرانيا", "Issue"), plover="REJECT", cameo="12", trigger="رفضه"),
        statement(d, t, "لا يُتوقع", arg(t, "Donald Trump", "دونالد ترامب", "Person", TRUMP, t.index("لا يُتوقع")),
                  "participatesIn", meeting("الاجتماع", t.index("لا يُتوقع")), negated=True, modality="future", trigger="يشارك"),
        statement(d, t, "تؤيده كييف", arg(t, "Ukraine", "كييف", "Country", UKR, t.index("تؤيده كييف")), "supports",
                  arg(t, "European peacekeeping force", "قوة حفظ سلام أوروبية", "Issue"), modality="reported", trigger="تؤيده"),
        statement(d, t, "تؤيده كييف", arg(t, "United States", "واشنطن", "Country", USA, t.index("تؤيده كييف")), "supports",
                  arg(t, "European peacekeeping force", "قوة حفظ سلام أوروبية", "Issue"), modality="reported", trigger="تدعمه"),
        statement(d, t, "دعت رئيسة الوزراء", arg(t, "Giorgia Meloni", "جورجيا ميلوني", "Person", MELONI), "callsFor",
                  arg(t, "collective security clause", "بند للأمن الجماعي", "Issue"), trigger="دعت"),
        statement(d, t, "وتطالب موسكو", arg(t, "Russia", "موسكو", "Country", RUS, t.index("وتطالب")), "demands",
                  arg(t, "complete Ukrainian withdrawal from Donbas", "انسحاب أوكراني كامل من دونباس", "Issue"), trigger="تطالب"),
        statement(d, t, "وتطالب موسكو", arg(t, "Ukraine", "كييف", "Country", UKR, t.index("وتطالب")), "rejects",
                  arg(t, "complete Ukrainian withdrawal from Donbas", "انسحاب أوكراني كامل من دونباس", "Issue"), trigger="ترفضه"),
        statement(d, t, "تسيطر روسيا", arg(t, "Russia", "روسيا", "Country", RUS, t.index("تسيطر")), "controls",
                  arg(t, "about 20% of Ukrainian territory", "نحو 20% من الأراضي الأوكرانية", "Place"), trigger="تسيطر"),
    ]
    roles = [
        role(d, t, "وأعلن قصر الإليزيه", MACRON, "head_of_state", FRA, "President of France"),
        role(d, t, "وأعلن قصر الإليزيه", STARMER, "head_of_government", GBR, "Prime Minister of the United Kingdom"),
        role(d, t, "وأعلن قصر الإليزيه", ZELENSKY, "head_of_state", UKR, "President of Ukraine"),
        role(d, t, "لا يُتوقع", TRUMP, "head_of_state", USA, "President of the United States"),
        role(d, t, "دعت رئيسة الوزراء", MELONI, "head_of_government", ITA, "Prime Minister of Italy"),
    ]
    names = {
        FRA: ["فرنسا", "باريس", "الفرنسي"], GBR: ["بريطانيا", "لندن", "البريطاني"], UKR: ["أوكرانيا", "كييف"],
        RUS: ["روسيا", "موسكو"], USA: ["واشنطن", "الأمريكي"], DEU: ["ألمانيا", "برلين"], ITA: ["الإيطالية"],
        KREMLIN: ["الكرملين"], ELYSEE: ["قصر الإليزيه"], MACRON: ["إيمانويل ماكرون"], STARMER: ["كير ستارمر"],
        ZELENSKY: ["فولوديمير زيلينسكي"], TRUMP: ["دونالد ترامب"], MELONI: ["جورجيا ميلوني"],
        COALITION: ["تحالف الراغبين"],
    }
    return Extraction(doc, mentions(t, names), statements, roles)


EN_TEXT = (
    "Berlin condemned the overnight strikes on Kyiv. "
    "France and Germany criticised Russia over the strikes. "
    "Germany pledged new air defence aid to Ukraine. "
    "If Moscow attacked Ukraine again, European partners would deploy troops. "
    "London did not reject the proposal. "
    "German Foreign Minister Johann Wadephul will visit Warsaw on Friday. "
    "The Kremlin rejected any deployment of Western forces in Ukraine."
)


def english_extraction() -> Extraction:
    """A short English text of our own, with hypothetical and negated statements."""
    t, d = EN_TEXT, "en_demo_01"
    doc = Document(d, t, date(2025, 9, 2), "en", "https://example.org/en/demo-01", "demo")
    strikes = arg(t, "overnight strikes on Kyiv", "the overnight strikes on Kyiv", "Issue")
    after = t.index
    statements = [
        statement(d, t, "Berlin condemned", arg(t, "Germany", "Berlin", "Country", DEU), "condemns", strikes,
                  date=date(2025, 9, 2), trigger="condemned"),
        statement(d, t, "France and Germany", arg(t, "France", "France", "Country", FRA), "criticizes",
                  arg(t, "Russia", "Russia", "Country", RUS), trigger="criticised"),
        statement(d, t, "France and Germany", arg(t, "Germany", "Germany", "Country", DEU, after("France and")), "criticizes",
                  arg(t, "Russia", "Russia", "Country", RUS), trigger="criticised"),
        statement(d, t, "Germany pledged", arg(t, "Germany", "Germany", "Country", DEU, after("Germany pledged")), "providesAidTo",
                  arg(t, "Ukraine", "Ukraine", "Country", UKR), trigger="pledged"),
        statement(d, t, "If Moscow", arg(t, "Russia", "Moscow", "Country", RUS), "attacks",
                  arg(t, "Ukraine", "Ukraine", "Country", UKR, after("If Moscow")), modality="hypothetical", trigger="attacked"),
        statement(d, t, "If Moscow", arg(t, "European partners", "European partners", "Coalition"), "deploys",
                  arg(t, "troops", "troops", "Issue"), modality="hypothetical", trigger="deploy"),
        statement(d, t, "London did not", arg(t, "United Kingdom", "London", "Country", GBR), "rejects",
                  arg(t, "proposal", "the proposal", "Issue"), negated=True, trigger="reject"),
        statement(d, t, "Wadephul will visit", arg(t, "Johann Wadephul", "Johann Wadephul", "Person", WADEPHUL), "visits",
                  arg(t, "Warsaw", "Warsaw", "Place", WARSAW), modality="future", date=date(2025, 9, 5), trigger="visit"),
        statement(d, t, "The Kremlin rejected", arg(t, "Kremlin", "The Kremlin", "GovernmentBody", KREMLIN), "rejects",
                  arg(t, DEPLOYMENT, "any deployment of Western forces in Ukraine", "Issue"), trigger="rejected"),
    ]
    roles = [role(d, t, "Wadephul will visit", WADEPHUL, "foreign_minister", DEU, "Foreign Minister of Germany")]
    names = {
        DEU: ["Berlin", "Germany", "German"], UKR: ["Kyiv", "Ukraine"], FRA: ["France"], RUS: ["Russia", "Moscow"],
        GBR: ["London"], WADEPHUL: ["Johann Wadephul"], WARSAW: ["Warsaw"], KREMLIN: ["Kremlin"],
    }
    return Extraction(doc, mentions(t, names), statements, roles)


def extractions() -> list[Extraction]:
    """The two well-formed documents."""
    return [seed_extraction(), english_extraction()]


#: Strings that must never break an IRI, a TriG file or a query.
HOSTILE = [
    "two words",
    'quote" and <angle> {brace} |pipe| ^caret^ `tick` \\backslash',
    "new\nline\ttab\rreturn",
    "عربي مع «علامات» وتشكيلٌ",
    "../../etc/passwd",
    "%2F already%20encoded%",
    "#fragment?query=1&x=2",
    "emoji 🕊️ and zero\u200bwidth",
    "/leading//double//",
    "'; DROP ALL; #",
    "control\x00chars\x01\x0bform\x0cfeed\x7f",
]


def hostile_extraction(text: str, index: int = 0) -> Extraction:
    """A document whose ids, labels, mentions and URL are all ``text``."""
    doc_id = f"hostile {index}: {text}"
    body = f"{text} rejects {text}."
    speaker = Actor(f"person/{text}", text, "Person", "Q42", {"ar": text, "en": text + " (en)"})
    state = Actor(f"country/{text}", text, "Country", None, {"ar": text}, None)
    organ = Actor(f"body/{text}", text, "GovernmentBody", None, {}, represents=f"country/{text}")
    doc = Document(doc_id, body, date(2025, 1, 31), "ar", f"https://example.org/{text}", text)
    span = (0, len(body))
    statements = [
        Statement(doc_id, Argument(text, text, "Person", speaker, 0, len(text)), "rejects",
                  Argument(text, text, "Issue", None), body, span, trigger=text),
        Statement(doc_id, Argument(text, text, "GovernmentBody", organ), "warns",
                  Argument(text, text, "Event", None), body, span, modality="reported"),
        Statement(doc_id, Argument(text, text, "Coalition", None), "demands",
                  Argument(text, text, "Country", state), body, span, negated=True),
    ]
    roles = [Role(speaker, "spokesperson", state, text, doc_id, body, span)]
    return Extraction(doc, [Mention(0, len(text), text, speaker, "gazetteer")], statements, roles)


class FakeKB:
    """The two members of ``diplograph.actors.kb.KnowledgeBase`` the writers use."""

    def __init__(self) -> None:
        from diplograph.types import Office

        self.actors = {a.id: a for a in (FRA, GBR, UKR, RUS, USA, DEU, ITA, KREMLIN, ELYSEE, MACRON, STARMER)}
        self._offices = {
            MACRON.id: [Office(MACRON.id, "head_of_state", FRA.id, date(2017, 5, 14), None)],
            STARMER.id: [Office(STARMER.id, "head_of_government", GBR.id, date(2024, 7, 5), None)],
            TRUMP.id: [
                Office(TRUMP.id, "head_of_state", USA.id, date(2017, 1, 20), date(2021, 1, 20)),
                Office(TRUMP.id, "head_of_state", USA.id, date(2025, 1, 20), None),
            ],
        }

    def offices(self, person_id: str) -> list:
        return list(self._offices.get(person_id, []))


def shared_extractor():
    """The session's one extractor (conftest's ``extractor`` fixture too): each language's automaton loaded once.

    It is the docstring examples' extractor too (``diplograph.examples``).
    """
    from diplograph.examples import extractor

    return extractor()


def event_tags(lang: str) -> dict[str, tuple]:
    """Every form of a language's event lexicon and its tags (``events.lexicon.event_patterns``), by form.

    Making them takes seconds for Arabic and a million objects: a module that
    looks up several forms makes them once, in a module-scoped fixture, and lets
    them go when it ends (kept for the session, they made every later full
    garbage collection slower).
    """
    from diplograph.events.lexicon import event_patterns
    from diplograph.lang.profile import load_language

    tags: dict[str, list] = {}
    for form, tag in event_patterns(load_language(lang)):
        tags.setdefault(form, []).append(tag)
    return {form: tuple(found) for form, found in tags.items()}


def extract_text(text: str, lang: str | None, published: date) -> Extraction:
    """Run the whole pipeline on one text, with the extractor shared by every test."""
    return shared_extractor().extract(Document(f"{lang}-test", text, published, lang=lang))


def summary(x: Extraction) -> list[tuple]:
    """(subject, predicate, negated, modality, object mention) of each statement."""
    return [(s.subject.label, s.predicate, s.negated, s.modality, s.object.mention) for s in x.statements]


def names_object(obj, cell: str) -> bool:
    """Does a table's object cell name the statement's object (an ``Argument``)?

    An actor object is named whole, by its label or its mention ("Abbas Araghchi",
    not "Araghchi": a part of a name would hide a wrong actor or a span run past
    it). Any other object (an issue, an event) is named by a keyword of its label
    or mention ("proposal" for "Western proposal for a peacekeeping force").
    """
    from diplograph.lang.normalise import fold

    words, label, mention = fold(cell), fold(obj.label), fold(obj.mention or "")
    if obj.actor is not None:
        return words in (label, mention)
    return words in label or words in mention


def assert_statement(x: Extraction, subject: str, predicate: str, negated: bool, modality: str, keyword: str) -> None:
    """The extraction holds that statement, with that polarity and modality, its object named by ``keyword``.

    (:func:`names_object`: an actor object by its whole label or mention, any other by a keyword of it.)
    """
    found = [s for s in x.statements if s.predicate == predicate and s.subject.label == subject]
    assert found, summary(x)
    st = found[0]
    assert (st.negated, st.modality) == (negated, modality), summary(x)
    assert names_object(st.object, keyword), summary(x)
