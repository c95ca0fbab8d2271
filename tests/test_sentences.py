"""Sentence splitting and noise lines, on any language's profile."""
from __future__ import annotations

import pytest

from diplograph.lang.profile import load_language
from diplograph.lang.sentences import MAX_SENTENCE_CHARS, is_noise, split_sentences


@pytest.mark.parametrize("line, noise", [
    ("aXA6IDIxNi43My4yMTYuNyA= Site footer", True),
    ("utm 3f2a9c0b1d7e4f60a9b8 share", True),
    ("— • —", True),
    ("The Kremlin rejected the plan.", False),
    ("The counterterrorism talks resumed in Geneva.", False),
    ("Il a plaidé pour une coopération intergouvernementale renforcée.", False),
    ("Responsibilities were shared by the telecommunications ministers.", False),
    # A paragraph keeps its news when a tracking string sits in it.
    ("The foreign ministers met in Cairo on Monday and agreed to resume talks on the border "
     "crossing next week aXA6IDIxNi43My4yMTYuNyA=", False),
])
def test_noise(line, noise):
    assert is_noise(line) is noise


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Gen. Smith met U.S. envoys. They left.", ["Gen. Smith met U.S. envoys.", "They left."]),
    ("en", "Talks resumed on Aug. 15 after a 3.5-hour delay. Nothing else.",
     ["Talks resumed on Aug. 15 after a 3.5-hour delay.", "Nothing else."]),
    ("fr", "M. Macron a reçu le président. Il a parlé.", ["M. Macron a reçu le président.", "Il a parlé."]),
])
def test_split(lang, text, expected):
    assert [s.text for s in split_sentences(text, load_language(lang))] == expected


@pytest.mark.parametrize("line", [
    "word " * 200_000,                      # a million characters, spaces, no end mark
    "Talks resumed. " * 70_000,             # a million characters, many short sentences
    "x" * 1_000_000,                        # a million characters, one "word"
    ("Gen. " + "a" * 40 + ". ") * 20_000,   # many full stops after long words
])
def test_a_million_character_line_is_split_into_bounded_sentences(line):
    sentences = split_sentences(line, load_language("en"))
    assert sentences and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(line[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize("lang, text, expected", [
    # A full stop glued to the next sentence's first word still ends the sentence.
    ("ar", "وصل الوفد إلى الخرطوم.وذكرت مصادر أن المحادثات بدأت.",
     ["وصل الوفد إلى الخرطوم.", "وذكرت مصادر أن المحادثات بدأت."]),
    ("en", "The envoy landed in Cairo.The talks begin today.", ["The envoy landed in Cairo.", "The talks begin today."]),
    ("fr", "Le ministre est arrivé à Alger.Les entretiens ont commencé.",
     ["Le ministre est arrivé à Alger.", "Les entretiens ont commencé."]),
    # ... but never after an abbreviation, an initial, a number or inside an address.
    ("ar", "التقى د. محمد العلي السفير.", ["التقى د. محمد العلي السفير."]),
    ("ar", "التقى د.محمد العلي السفير.", ["التقى د.محمد العلي السفير."]),
    ("en", "Dr.Jones and St.Clair met U.S.Navy officers.", ["Dr.Jones and St.Clair met U.S.Navy officers."]),
    ("en", "Growth reached 3.5 percent, reuters.com said.", ["Growth reached 3.5 percent, reuters.com said."]),
    ("fr", "M.Barrot a reçu St.Pierre.", ["M.Barrot a reçu St.Pierre."]),
])
def test_glued_full_stop(lang, text, expected):
    assert [s.text for s in split_sentences(text, load_language(lang))] == expected
