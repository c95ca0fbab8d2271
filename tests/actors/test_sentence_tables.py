"""Every sentence table beside the actor and resolution tests is read by a test of its folder."""
from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent.parent


@pytest.mark.parametrize("folder", ["actors", "resolve", "events"])
def test_every_table_is_read(folder):
    tests = " ".join(p.read_text(encoding="utf-8") for p in (TESTS / folder).glob("test_*.py"))
    unread = [p.name for p in sorted((TESTS / folder).glob("*.tsv")) if f'"{p.name}"' not in tests]
    assert unread == [], f"tables no test reads: {unread}"
