"""A gerund after a topic word names a topic, no deed (guards.attributive, language.yaml topic_words). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("en", "Iran and the US held talks on easing sanctions on Iran.", set(), {(None, "easesSanctions", None, None)}),
    ("en", "The ministers discussed the issue of deploying troops to Gaza.", set(), {(None, "deploys", None, None)}),
    ("en", "Egypt spoke about hosting the talks.", set(), {(None, "hosts", None, None)}),
    # a gerund that is a deed: after "for", or after an auxiliary
    ("en", "Turkey praised Trump for lifting sanctions on Syria.", {("Donald Trump", "easesSanctions", "Syria", "default")}, set()),
    ("en", "Britain is easing sanctions on Syria.", {("United Kingdom", "easesSanctions", "Syria", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_topic(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows
