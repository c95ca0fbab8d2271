"""The affix written after a number and a hyphen ("19-й", "80-летие") is part of the number, no word of its own."""
from __future__ import annotations

from diplograph.lang.scanner import Scanner, Tag


def test_affix_after_a_number_is_no_item():
    scanner = Scanner([("и", Tag("clause", "and")), ("пакет", Tag("event", "package"))])
    found = [scanner.scan(t).items for t in ("19-й пакет", "Россия и Китай", "пресс-и пакет")]
    assert [[i.tags[0].data for i in items] for items in found] == [["package"], ["and"], ["and", "package"]]
