"""Names the knowledge base lacks: where an unknown person's name starts and ends.

Each row is (language, sentence, people, organisations): the labels of the
Person and Organization actors the sentence gives, all of them. Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

# Capitalised given names that run straight into an organisation's one-word alias make a
# person's name ("Wagner" as a surname); after an article or a lower-case noun the alias names
# the organisation, and one capitalised word opening the sentence is not a given name.
SURNAME_ALIASES = [
    ("fr", "Thérèse Kayikwamba Wagner a signé l'accord à Washington.", {"Thérèse Kayikwamba Wagner"}, set()),
    ("fr", "L'accord a été signé en présence de Claire Wagner, ministre rwandaise de la Justice.",
     {"Claire Wagner"}, set()),
    ("fr", "La ministre rwandaise des Affaires étrangères Anne Marie Wagner a signé l'accord.",
     {"Anne Marie Wagner"}, set()),
    ("en", "Senator Paul Wagner met officials in Kyiv.", {"Paul Wagner"}, set()),
    ("en", "Officials said Greta Wagner had resigned.", {"Greta Wagner"}, set()),
    ("fr", "Le groupe Wagner a quitté le Mali.", set(), {"Wagner Group"}),
    ("en", "The Wagner group withdrew from Mali.", set(), {"Wagner Group"}),
    ("fr", "Hier Wagner a quitté le Mali.", set(), {"Wagner Group"}),
    ("fr", "Des mercenaires de Wagner ont quitté Bamako.", set(), {"Wagner Group"}),
]


@pytest.mark.parametrize("lang, text, people, organisations", SURNAME_ALIASES)
def test_organisation_alias_as_surname(extract, lang, text, people, organisations):
    x = extract(text, lang=lang, published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Person"} == people
    assert {a.label for a in x.actors if a.type == "Organization"} == organisations


# A capital beside a treaty noun names the treaty or process, not its state acting; a possessive
# ("Moscow's") or a noun that may be consent ("l'accord de Moscou") leaves the state.
TREATY_CAPITALS = [
    ("en", "Iraq breached the Vienna Convention, Sweden said.", {"Iraq", "Sweden"}),
    ("en", "Kyiv and Moscow signed the Minsk agreements.", {"Ukraine", "Russia"}),
    ("fr", "L'Irak a violé la convention de Vienne, a dit la Suède.", {"Iraq", "Sweden"}),
    ("ar", "قالت السويد إن العراق انتهك اتفاقية فيينا.", {"Sweden", "Iraq"}),
    ("en", "Moscow's process was criticised by Kyiv.", {"Russia", "Ukraine"}),
    ("fr", "Le projet avance avec l'accord de Moscou.", {"Russia"}),
    ("en", "Moscow signed the protocol.", {"Russia"}),
]


@pytest.mark.parametrize("lang, text, states", TREATY_CAPITALS)
def test_capital_in_a_treaty_name(extract, lang, text, states):
    x = extract(text, lang=lang, published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Country"} == states


# A state's security council is a body of that state, never the UN Security Council whose
# short name it contains; the UN body keeps its own name.
SECURITY_COUNCILS = [
    ("en", "The US National Security Council warned Iran.", False),
    ("en", "The National Security Council met on Monday.", False),
    ("fr", "Le Conseil de sécurité nationale turc a averti l'Iran.", False),
    ("ar", "حذر مجلس الأمن القومي التركي إيران.", False),
    ("ar", "اجتمع مجلس الأمن الوطني العراقي أمس.", False),
    ("en", "The Security Council condemned the attack.", True),
    ("fr", "Le Conseil de sécurité a condamné l'attaque.", True),
    ("ar", "أدان مجلس الأمن الهجوم.", True),
]


@pytest.mark.parametrize("lang, text, unsc", SECURITY_COUNCILS)
def test_a_national_security_council_is_not_the_un_one(extract, lang, text, unsc):
    x = extract(text, lang=lang, published="2025-06-02")
    assert any(a.id == "org/unsc" for a in x.actors) == unsc
