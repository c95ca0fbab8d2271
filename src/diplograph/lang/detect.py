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

__all__ = ["detect_language"]


def _script(char: str) -> str:
    try:
        return unicodedata.name(char).split()[0].capitalize()
    except ValueError:
        return ""


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
    """
    sample = text[:5000]
    scripts = Counter(_script(c) for c in sample if c.isalpha())
    if not scripts:
        raise LanguageError(f"cannot tell the language of a text with no letters; "
                            f"give --lang, one of: {', '.join(supported_languages())}")
    script = scripts.most_common(1)[0][0]
    candidates = [load_language(code) for code in supported_languages()]
    candidates = [lang for lang in candidates if lang.get("script") == script]
    if not candidates:
        raise LanguageError(f"the text is in {script} script, which no supported language uses; "
                            f"supported: {', '.join(supported_languages())}")
    words = Counter(re.findall(r"[\w']+", fold(sample)))
    def score(lang) -> int:
        return sum(words[fold(w)] for w in set(lang.words("stopwords")) if " " not in w)
    return max(candidates, key=score).code
