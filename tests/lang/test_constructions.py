"""Constructions that name several actors at once, in every language; sentences written for these tests.

Each case lists (subject, predicate, object label) triples the extraction must
hold, or must not hold (object None: with no object at all).
"""
from __future__ import annotations

import pytest


def triples(extraction) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every statement."""
    return {(s.subject.label, s.predicate, s.object.label) for s in extraction.statements}


# An event noun with "between X and Y": each side meets or negotiates with the other.
BETWEEN = [
    ("en", "Talks between Egypt and Ethiopia resumed in Cairo on Monday.",
     {("Egypt", "negotiatesWith", "Ethiopia"), ("Ethiopia", "negotiatesWith", "Egypt")}),
    ("en", "A possible summit between Vladimir Putin and Donald Trump was discussed.",
     {("Vladimir Putin", "meetsWith", "Donald Trump"), ("Donald Trump", "meetsWith", "Vladimir Putin")}),
    ("fr", "Une rencontre entre Emmanuel Macron et Giorgia Meloni a eu lieu à Rome.",
     {("Emmanuel Macron", "meetsWith", "Giorgia Meloni"), ("Giorgia Meloni", "meetsWith", "Emmanuel Macron")}),
    ("fr", "Les négociations entre l'Arménie et l'Azerbaïdjan ont repris.",
     {("Armenia", "negotiatesWith", "Azerbaijan"), ("Azerbaijan", "negotiatesWith", "Armenia")}),
    ("ar", "انطلقت المفاوضات بين مصر وإثيوبيا في القاهرة.",
     {("Egypt", "negotiatesWith", "Ethiopia"), ("Ethiopia", "negotiatesWith", "Egypt")}),
    ("ar", "يجري التحضير لقمة مرتقبة بين فلاديمير بوتين ودونالد ترامب.",
     {("Vladimir Putin", "meetsWith", "Donald Trump"), ("Donald Trump", "meetsWith", "Vladimir Putin")}),
]

# Nothing is met or negotiated: no event noun, or an event only wished for.
NOT_BETWEEN = [
    ("en", "The war between Israel and Hamas entered its third year.", ("Israel", "negotiatesWith", "Hamas")),
    ("en", "The war between Israel and Hamas entered its third year.", ("Israel", "meetsWith", "Hamas")),
    ("en", "Trump is seeking a meeting between Vladimir Putin and Volodymyr Zelensky.",
     ("Vladimir Putin", "meetsWith", "Volodymyr Zelensky")),
    ("fr", "La France propose une rencontre entre la Russie et l'Ukraine.", ("Russia", "meetsWith", "Ukraine")),
    ("ar", "تتصاعد الحرب بين روسيا وأوكرانيا.", ("Russia", "negotiatesWith", "Ukraine")),
]


# Coordinated objects: each actor is an object of its own statement.
OBJECTS = [
    ("en", "Amman welcomed both Mr Erdogan and Mr Macron on Tuesday.",
     {("Jordan", "welcomes", "Recep Tayyip Erdoğan"), ("Jordan", "welcomes", "Emmanuel Macron")}),
    ("en", "France condemned Russia, Iran and North Korea.",
     {("France", "condemns", "Russia"), ("France", "condemns", "Iran"), ("France", "condemns", "North Korea")}),
    ("fr", "M. Macron et M. Starmer ont rencontré M. Zelensky.",
     {("Emmanuel Macron", "meetsWith", "Volodymyr Zelensky"), ("Keir Starmer", "meetsWith", "Volodymyr Zelensky")}),
    ("ar", "التقى ماكرون ترامب وزيلينسكي في باريس.",
     {("Emmanuel Macron", "meetsWith", "Donald Trump"), ("Emmanuel Macron", "meetsWith", "Volodymyr Zelensky")}),
    ("ar", "استقبل الرئيس المصري الرئيس التركي والرئيس الأمريكي.",
     {("Abdel Fattah el-Sisi", "meetsWith", "Recep Tayyip Erdoğan"), ("Abdel Fattah el-Sisi", "meetsWith", "Donald Trump")}),
]

# Coordinated subjects set off by appositives, honorifics and quotation marks.
SUBJECTS = [
    ("fr", "Coprésidé par Ayman Safadi, ministre jordanien des Affaires étrangères, et le cheikh Abdallah ben Zayed, "
           "ministre émirati des Affaires étrangères, le forum s'est ouvert à Amman.",
     {("Ayman Safadi", "coChairs", "forum"), ("Abdullah bin Zayed", "coChairs", "forum")}),
    ("fr", "L'« Union africaine », présidée par l'Angola, a tenu un sommet.",
     {("Angola", "chairs", "African Union")}),
    ("en", "The \"African Union\", chaired by Angola, met in Addis Ababa.", {("Angola", "chairs", "African Union")}),
]

# Nationality adjectives coordinated on one body noun: each state's officials act.
BODIES = [
    ("ar", "أجرى مسؤولون أتراك وروس مباحثات في أنقرة.",
     {("Turkey", "meetsWith", "Russia"), ("Russia", "meetsWith", "Turkey")}),
    ("en", "Egyptian and Qatari officials held talks in Doha.",
     {("Egypt", "negotiatesWith", "Qatar"), ("Qatar", "negotiatesWith", "Egypt")}),
]

# Speaking together: only coordinated subjects meet by speaking.
MUTUAL = [
    ("en", "Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergey Lavrov talked at length in Antalya.",
     {("Hakan Fidan", "meetsWith", "Sergey Lavrov"), ("Sergey Lavrov", "meetsWith", "Hakan Fidan")}),
    ("fr", "Emmanuel Macron et Keir Starmer se sont entretenus lundi.",
     {("Emmanuel Macron", "meetsWith", "Keir Starmer"), ("Keir Starmer", "meetsWith", "Emmanuel Macron")}),
    # nothing after the verb
    ("en", "Lula and Xi Jinping held a video call.",
     {("Luiz Inácio Lula da Silva", "meetsWith", "Xi Jinping"), ("Xi Jinping", "meetsWith", "Luiz Inácio Lula da Silva")}),
    ("ar", "التقى ماكرون وميلوني.", {("Emmanuel Macron", "meetsWith", "Giorgia Meloni")}),
    ("fr", "L'Égypte a pris part aux pourparlers.", {("Egypt", "participatesIn", "pourparlers")}),
]

# "The two countries": the last two states named together, in the sentence or the two before.
PAIRS = [
    ("en", "Egypt and Ethiopia met in Cairo. The two countries agreed to resume talks on the dam.",
     {("Egypt", "agreesTo", "resume talks on the dam"), ("Ethiopia", "agreesTo", "resume talks on the dam")}),
    ("en", "Armenia and Azerbaijan are at odds over the border. Talks between the two sides collapsed in May.",
     {("Armenia", "negotiatesWith", "Azerbaijan"), ("Azerbaijan", "negotiatesWith", "Armenia")}),
    ("fr", "La France et l'Algérie ont signé un accord. Les deux pays ont rejeté toute ingérence.",
     {("France", "rejects", "toute ingérence"), ("Algeria", "rejects", "toute ingérence")}),
    ("ar", "التقى وزير الخارجية المصري ونظيره التركي في أنقرة. واتفق الجانبان على تعزيز التعاون.",
     {("Egypt", "agreesTo", "تعزيز التعاون"), ("Turkey", "agreesTo", "تعزيز التعاون")}),
    # states named together win over persons named together later
    ("en", "Egypt and Turkey restored ties on Friday. A photo showed Sisi with Erdogan and Wang Yi. "
           "The foreign ministers of both countries will meet next month.",
     {("Egypt", "meetsWith", "Turkey"), ("Turkey", "meetsWith", "Egypt")}),
]

# Presence and absence verbs take the sentence's event.
PRESENCE = [
    ("en", "Kenya hosted an African Union summit in Nairobi, where Emmanuel Macron made a surprise appearance.",
     {("Emmanuel Macron", "participatesIn", "summit")}),
    ("fr", "Le sommet s'est ouvert à Rome, où Volodymyr Zelensky a fait une apparition surprise.",
     {("Volodymyr Zelensky", "participatesIn", "sommet")}),
]

# Whoever acts during an event takes part in it.
DURING = [
    ("en", "On the sidelines of a summit in Vilnius, Erdogan met Mahmoud Abbas.",
     {("Recep Tayyip Erdoğan", "participatesIn", "summit in Vilnius")}),
    ("fr", "En marge du sommet, Emmanuel Macron a rencontré Xi Jinping.", {("Emmanuel Macron", "participatesIn", "sommet")}),
    ("ar", "التقى أردوغان بوتين على هامش القمة.", {("Recep Tayyip Erdoğan", "participatesIn", "القمة")}),
]

# A participle clause after the main clause shares its subject.
PARTICIPLES = [
    ("en", "Egypt welcomed the agreement, calling for its swift implementation.",
     {("Egypt", "welcomes", "agreement"), ("Egypt", "callsFor", "swift implementation")}),
    ("en", "Jordan received Mahmoud Abbas, expressing support for a negotiated settlement.",
     {("Jordan", "meetsWith", "Mahmoud Abbas"), ("Jordan", "supports", "negotiated settlement")}),
    ("en", "Macron, calling for calm, met Putin in Paris.", {("Emmanuel Macron", "callsFor", "calm")}),
    ("fr", "Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée, appelant à un cessez-le-feu.",
     {("Emmanuel Macron", "callsFor", "cessez-le-feu")}),
    ("en", "King Abdullah received the Iranian foreign minister in Amman.", {("Abdullah", "meetsWith", "Abbas Araghchi")}),
]

# An action noun with its actor before it: a possessor, or an adjective where adjectives come first.
NOUNS = [
    ("en", "Moscow's attack on Ukraine's power grid drew condemnation.", {("Russia", "attacks", "Ukraine")}),
    ("en", "The Israeli air strike on Qatar shocked the Gulf.", {("Israel", "attacks", "Qatar")}),
    ("en", "The Russian invasion of Ukraine entered its fourth year.", {("Russia", "attacks", "Ukraine")}),
    ("en", "Iran's support for the Houthis worries Riyadh.", {("Iran", "supports", "Houthis")}),
    ("fr", "La frappe israélienne contre le Qatar a choqué le Golfe.", {("Israel", "attacks", "Qatar")}),
    ("ar", "يتواصل الدعم الأمريكي لإسرائيل رغم الانتقادات.", {("United States", "supports", "Israel")}),
]

# Receiving a phone call is speaking with the caller; receiving a letter is not a meeting.
CALLED = [
    ("ar", "تلقى أمير قطر اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
     {("Tamim bin Hamad Al Thani", "meetsWith", "Emmanuel Macron")}),
    ("en", "Erdogan received a phone call from Putin on Monday.", {("Recep Tayyip Erdoğan", "meetsWith", "Vladimir Putin")}),
    ("fr", "Emmanuel Macron a reçu un appel téléphonique de Volodymyr Zelensky.",
     {("Emmanuel Macron", "meetsWith", "Volodymyr Zelensky")}),
]

# A participle its agent word follows is passive without an auxiliary: its agent acts on the phrase before.
REDUCED = [
    ("en", "Jordan welcomed the plan proposed by Egypt.", {("Jordan", "welcomes", "plan"), ("Egypt", "proposes", "plan")}),
    ("en", "Syria, backed by Russia, rejected the resolution.",
     {("Russia", "supports", "Syria"), ("Syria", "rejects", "resolution")}),
    ("en", "The truce, brokered by Qatar, held overnight.", {("Qatar", "mediates", "truce")}),
    ("fr", "La Jordanie a salué le plan proposé par l'Égypte.", {("Egypt", "proposes", "plan")}),
]

# "كان X في استقبال Y": the host before, the guest after.
RECEPTION = [
    ("ar", "وكان أمير قطر في استقبال الرئيس التركي لدى وصوله إلى الدوحة.",
     {("Tamim bin Hamad Al Thani", "meetsWith", "Recep Tayyip Erdoğan")}),
]

# Pushing for something is a call; pressure on someone is not.
CALLS = [
    ("ar", "ضغطت مصر من أجل التوصل إلى هدنة في السودان.", {("Egypt", "callsFor", "أجل التوصل إلى هدنة في السودان")}),
]

NOT_OBJECTS = [
    # the possessors own the object
    ("en", "Canada welcomed Egypt and Qatar's mediation.", ("Canada", "welcomes", "Qatar")),
    # the next clause's subject
    ("en", "Trump met Putin and Zelensky criticized the meeting.", ("Donald Trump", "meetsWith", "Volodymyr Zelensky")),
    # one receives a person, not weapons from a state or a state's proposal
    ("en", "Ukraine received weapons from Germany.", ("Ukraine", "meetsWith", "Germany")),
    ("en", "Kyiv received Russia's proposal coolly.", ("Ukraine", "meetsWith", "Russia")),
    ("ar", "تضغط واشنطن على موسكو لوقف الحرب.", ("United States", "callsFor", None)),
    # a call during which one meets is that meeting
    ("ar", "بحث أمير قطر خلال اتصال هاتفي مع ماكرون الأوضاع في غزة.", ("Tamim bin Hamad Al Thani", "participatesIn", None)),
    # the one met at a summit is not said to attend it
    ("en", "On the sidelines of a summit in Vilnius, Erdogan met Mahmoud Abbas.", ("Mahmoud Abbas", "participatesIn", None)),
    # one speaks of, about or to something else, or alone
    ("en", "France and Germany spoke of the need for unity.", ("France", "meetsWith", None)),
    ("en", "Egypt and Qatar spoke to reporters after the talks.", ("Egypt", "meetsWith", None)),
    ("en", "Macron spoke about Russia on Monday.", ("Emmanuel Macron", "meetsWith", None)),
    # absence of a thing is no absence of an actor
    ("fr", "L'absence de consensus a marqué le sommet de Rome.", ("Italy", "participatesIn", None)),
    ("ar", "تلقت مصر رسالة من إسرائيل.", ("Egypt", "meetsWith", None)),
    ("en", "Jordan welcomed the plan proposed by Egypt.", ("Jordan", "proposes", None)),
    ("en", "Syria, backed by Russia, rejected the resolution.", ("Russia", "rejects", None)),
    # a body noun of no named state before the verb is its subject
    ("en", "Kenya hosted the summit. It came as diplomats were trying to end the war.", ("Kenya", "seeks", None)),
    # actors side by side but not coordinated are no pair
    ("en", "Oman's foreign minister met Araghchi, Tehran said. The two countries agreed to meet again.",
     ("Oman", "agreesTo", None)),
    # the two-state solution names no two states
    ("ar", "أيدت مصر وقطر المبادرة. وتدعم فرنسا حل الدولتين.", ("Egypt", "supports", "حل الدولتين")),
    # an adjective alone names no actor
    ("en", "Egyptian and Qatari mediators met in Doha.", ("Egypt", "meetsWith", None)),
    # an attack noun's object is near it
    ("en", "Moscow's attack on the pipeline angered Hungary.", ("Russia", "attacks", "Hungary")),
    # an attack noun states an attack only on an actor
    ("en", "The Russian attack was condemned by Germany.", ("Russia", "attacks", "Germany")),
    ("fr", "L'attaque a été condamnée par la France.", ("France", "attacks", "France")),
    # the object of the main clause is not the participle's subject
    ("en", "Jordan received Mahmoud Abbas, expressing support for a negotiated settlement.",
     ("Mahmoud Abbas", "supports", "negotiated settlement")),
]


# An event noun with a partner: "his talks with X"; its subject is the possessor or the clause's actor.
WITH = [
    ("en", "Speaking on Sunday after his talks with Xi Jinping in Beijing, Erdogan praised the Chinese leader.",
     {("Recep Tayyip Erdoğan", "negotiatesWith", "Xi Jinping")}),
    ("en", "Erdogan's meeting with Xi Jinping ended without a deal.",
     {("Recep Tayyip Erdoğan", "meetsWith", "Xi Jinping")}),
    ("fr", "Emmanuel Macron a évoqué sa rencontre avec Xi Jinping.", {("Emmanuel Macron", "meetsWith", "Xi Jinping")}),
    ("ar", "قال أردوغان إن محادثاته مع بوتين كانت مثمرة.", {("Recep Tayyip Erdoğan", "negotiatesWith", "Vladimir Putin")}),
    ("ar", "أجرى عراقجي مباحثات نووية مع الولايات المتحدة.", {("Abbas Araghchi", "negotiatesWith", "United States")}),
    ("ar", "تناول لقاء ماكرون مع ميلوني الملف الليبي.", {("Emmanuel Macron", "meetsWith", "Giorgia Meloni")}),
    # no subject of its own: the party that reports the talks
    ("ar", "قال وزير الخارجية التركي هاكان فيدان إنه يتوقع إجراء محادثات مع روسيا الأسبوع المقبل.",
     {("Hakan Fidan", "negotiatesWith", "Russia")}),
    ("en", "Fidan said talks with Russia would be held in Istanbul.", {("Hakan Fidan", "negotiatesWith", "Russia")}),
]

NOT_WITH = [
    # no one holds the talks
    ("en", "A meeting with Putin is not planned.", ("Vladimir Putin", "meetsWith", "Vladimir Putin")),
    ("en", "The Kremlin rejected talks with Zelensky.", ("Kremlin", "negotiatesWith", "Volodymyr Zelensky")),
    # a negation after the noun: the reported talks may not take place
    ("en", "Egypt said a meeting with Israel is not planned.", ("Egypt", "meetsWith", "Israel")),
    # the partner of a verb between the noun and "with" is the verb's
    ("ar", "قال زيلينسكي إن تركيا ربما تستضيف محادثات قد يجريها مع بوتين.", ("Volodymyr Zelensky", "negotiatesWith", None)),
    # the guest does not receive himself
    ("ar", "وصل أردوغان إلى الدوحة، وكان في استقبال الرئيس التركي أمير قطر.", ("Recep Tayyip Erdoğan", "meetsWith", None)),
    # a city that witnessed a meeting does not meet
    ("ar", "شهدت القاهرة لقاء جمع الرئيس التركي رجب طيب أردوغان ونظيره المصري.", ("Egypt", "meetsWith", None)),
]


# "We" in a quotation is whoever says it: the actor beside the reporting verb after it, or before it.
SPEAKERS = [
    ("en", "“We will not attend the summit,” Peskov said.", {("Dmitry Peskov", "participatesIn", "summit")}),
    ("en", "“We reject the plan,” said Sergey Lavrov.", {("Sergey Lavrov", "rejects", "plan")}),
    ("en", "Russia said: “We reject the plan.”", {("Russia", "rejects", "plan")}),
    ("fr", "« Nous soutenons ce plan », a déclaré Emmanuel Macron.", {("Emmanuel Macron", "supports", "ce plan")}),
    ("ar", "«نحن نرفض هذه الخطة»، قال لافروف.", {("Sergey Lavrov", "rejects", "هذه الخطة")}),
    ("ar", "قال لافروف: «نحن نرفض هذه الخطة».", {("Sergey Lavrov", "rejects", "هذه الخطة")}),
]
NOT_SPEAKERS = [
    # no quotation, or no one named beside the reporting verb
    ("en", "We reject the plan, the minister said.", ("Russia", "rejects", None)),
    ("en", "“We expect Russia to attend,” an official said.", ("Russia", "participatesIn", None)),
    ("ar", "نحن نرفض هذه الخطة.", ("Russia", "rejects", None)),
]


@pytest.mark.parametrize("lang, sentence, expected", BETWEEN + OBJECTS + SUBJECTS + BODIES + MUTUAL + PAIRS + CALLED + REDUCED + PRESENCE + RECEPTION + DURING + PARTICIPLES + NOUNS + CALLS + WITH + SPEAKERS)
def test_statements_found(extract, lang, sentence, expected):
    got = triples(extract(sentence, lang))
    assert expected <= got, got


@pytest.mark.parametrize("lang, sentence, unexpected", NOT_BETWEEN + NOT_OBJECTS + NOT_WITH + NOT_SPEAKERS)
def test_statements_not_found(extract, lang, sentence, unexpected):
    got = triples(extract(sentence, lang))
    if unexpected[2] is None:  # whatever the object
        got = {(s, p, None) for s, p, _ in got}
    assert unexpected not in got, got


# (lang, sentence, subject, predicate, negated, modality) of one statement.
POLARITY = [
    # unnamed officials report, even on their own state
    ("ar", "قال مسؤولون أمريكيون إن واشنطن ترفض الخطة.", "United States", "rejects", False, "reported"),
    ("en", "American officials said Washington rejected the plan.", "United States", "rejects", False, "reported"),
    # absence and cancelling negate
    ("fr", "Malgré l'absence remarquée du Brésil et de l'Inde, le sommet s'est ouvert à Rome.", "Brazil",
     "participatesIn", True, "asserted"),
    ("fr", "Malgré l'absence remarquée du Brésil et de l'Inde, le sommet s'est ouvert à Rome.", "India",
     "participatesIn", True, "asserted"),
    ("en", "Lula skipped the G20 summit in Johannesburg.", "Luiz Inácio Lula da Silva", "participatesIn", True, "asserted"),
    ("fr", "Le sommet s'est ouvert à Rome, mais le Brésil l'a boudé.", "Brazil", "participatesIn", True, "asserted"),
    ("ar", "ألغيت القمة بين بوتين وترامب.", "Vladimir Putin", "meetsWith", True, "asserted"),
    ("ar", "كشف ترامب السبب وراء إلغائه قمة مع بوتين.", "Donald Trump", "meetsWith", True, "asserted"),
    ("ar", "ألغى أردوغان زيارته إلى موسكو.", "Recep Tayyip Erdoğan", "visits", True, "asserted"),
    ("en", "Erdogan cancelled his meeting with Putin.", "Recep Tayyip Erdoğan", "meetsWith", True, "asserted"),
    ("fr", "Emmanuel Macron a annulé sa rencontre avec Xi Jinping.", "Emmanuel Macron", "meetsWith", True, "asserted"),
    ("en", "The meeting between Putin and Erdogan was cancelled.", "Vladimir Putin", "meetsWith", True, "asserted"),
    ("en", "Egypt attacked the convoy and cancelled the visit.", "Egypt", "attacks", False, "asserted"),
    # a quotation's "we" speaks its own words, and a negated future is both
    ("en", "“We will not attend the summit,” Peskov said.", "Dmitry Peskov", "participatesIn", True, "future"),
]


@pytest.mark.parametrize("lang, sentence, subject, predicate, negated, modality", POLARITY)
def test_polarity_and_modality(extract, lang, sentence, subject, predicate, negated, modality):
    found = [(s.negated, s.modality) for s in extract(sentence, lang).statements
             if (s.subject.label, s.predicate) == (subject, predicate)]
    assert found and all(f == (negated, modality) for f in found), found
