"""Tell a document's language from its script and its commonest words.

Offline and fast: the letters of each supported language's script are
counted, and between languages that share a script the stopwords of each
``language.yaml`` decide.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from diplograph.errors import LanguageError
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language, supported_languages

__all__ = ["detect_language", "resolve_language", "script_of", "text_script"]


def script_of(char: str) -> str:
    """The script a character belongs to, as its Unicode name begins ("Arabic", "Cyrillic"), or "".

    >>> script_of("ж"), script_of("ب"), script_of("1")
    ('Cyrillic', 'Arabic', 'Digit')
    """
    try:
        return unicodedata.name(char).split()[0].capitalize()
    except ValueError:
        return ""


def text_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in ("Latin", "Arabic", "Cyrillic"), or None.

    >>> text_script("Лавров прибыл в Анкару")
    'Cyrillic'
    """
    scripts = _scripts(text)
    return scripts.most_common(1)[0][0] if scripts else None


def _scripts(text: str) -> Counter:
    return Counter(script_of(c) for c in text[:5000] if c.isalpha())


#: The least share of a text's letters that must be in the chosen language's
#: script: an Arabic page may carry a Latin URL or token longer than its Arabic.
_MIN_SHARE = 0.2


def _supported() -> str:
    return ", ".join(f"{code} ({load_language(code).get('script')})" for code in supported_languages())


def resolve_language(text: str, lang: str | None = None) -> str:
    """The language to read ``text`` in: ``lang`` if the text is written in its script, else the detected one.

    A text is written in a script when at least a fifth of its letters are.

    Args:
        text: a document.
        lang: the language asked for, or None to detect it.

    Returns:
        A supported language code.

    Raises:
        LanguageError: ``lang`` is not supported, or the text is written in a
            script that ``lang`` (or every supported language) does not use;
            never an empty success.

    >>> resolve_language("Le Kremlin a rejeté le plan.", "fr")
    'fr'
    >>> resolve_language("Кремль отверг план.", "en")
    Traceback (most recent call last):
    ...
    diplograph.errors.LanguageError: the text is in Cyrillic script, which language 'en' does not use (it uses Latin); use --lang with one of: ar (Arabic), en (Latin), fr (Latin), ru (Cyrillic)
    """
    if lang is None:
        return detect_language(text)
    language = load_language(lang)
    scripts = _scripts(text)
    script = scripts.most_common(1)[0][0] if scripts else None
    if script is not None and scripts[language.get("script")] < _MIN_SHARE * sum(scripts.values()):
        raise LanguageError(f"the text is in {script} script, which language {lang!r} does not use "
                            f"(it uses {language.get('script')}); use --lang with one of: {_supported()}")
    return lang


def detect_language(text: str) -> str:
    """The code of the supported language ``text`` is written in.

    Args:
        text: a document or a sentence.

    Returns:
        A supported language code.

    Raises:
        LanguageError: the text is in no supported language.

    >>> detect_language("The Kremlin rejected the plan on Monday.")
    'en'
    >>> detect_language("رفض الكرملين الخطة")
    'ar'
    >>> detect_language("The Security Council failed on Friday to adopt a resolution demanding a ceasefire.")
    'en'
    """
    sample = text[:5000]
    scripts = Counter(script_of(c) for c in sample if c.isalpha())
    if not scripts:
        raise LanguageError(f"cannot tell the language of a text with no letters; "
                            f"give --lang, one of: {', '.join(supported_languages())}")
    script = scripts.most_common(1)[0][0]
    candidates = [load_language(code) for code in supported_languages()]
    candidates = [lang for lang in candidates if lang.get("script") == script]
    if not candidates:
        raise LanguageError(f"the text is in {script} script, which no supported language uses; "
                            f"supported: {_supported()}")
    words = Counter(re.findall(r"[\w']+", fold(sample)))
    # Folded once (French "a" and "à" are one word), and only the words no other candidate lists:
    # "a" and "on" are English and French both, and would tip a short English text to French.
    lists = {lang.code: {fold(w) for w in lang.words("stopwords") if " " not in w} for lang in candidates}
    def score(lang) -> int:
        others = set().union(*(v for k, v in lists.items() if k != lang.code))
        return sum(words[w] for w in lists[lang.code] - others)
    return max(candidates, key=score).code
