"""Named non-state actors: the keep-list of tools/nonstate_candidates.py and their rows in organisations.tsv."""
from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path

import pytest

from diplograph.actors.kb import load_kb
from tests.support.tables import table

ROOT = Path(__file__).resolve().parents[2]
COMMON = ROOT / "src" / "diplograph" / "lexicons" / "common"


def _load():
    spec = importlib.util.spec_from_file_location("nonstate_candidates", ROOT / "tools" / "nonstate_candidates.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


nonstate = _load()


def _orgs() -> list[dict[str, str]]:
    text = (COMMON / "organisations.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.skipif(not nonstate.DEFAULT_REFERENCE.is_dir(), reason="reference dictionaries not present")
def test_keep_list_agrees_with_reference_and_knowledge_base():
    problems, drops, entries = nonstate.check(nonstate.DEFAULT_REFERENCE)
    assert problems == []
    assert sum(drops.values()) + 20 == len(entries)


def test_every_organisation_country_is_a_state():
    states = {f"country/{code.lower()}" for code in nonstate.state_codes()}
    bad = [(r["id"], r["country"]) for r in _orgs() if r["country"] and r["country"] not in states]
    assert bad == []


def test_international_organisations_and_coalitions_have_no_country():
    rows = {r["id"]: r for r in _orgs()}
    for org in ("org/un", "org/nato", "org/eu", "org/arab-league", "org/e3", "org/isis", "org/al-qaeda"):
        assert rows[org]["country"] == ""


@pytest.mark.parametrize("org, country", [
    ("org/hamas", "country/pse"), ("org/hezbollah", "country/lbn"), ("org/houthis", "country/yem"),
    ("org/taliban", "country/afg"), ("org/pkk", "country/tur"), ("org/wagner", "country/rus"),
    ("org/rsf", "country/sdn"), ("org/al-shabaab", "country/som"), ("org/boko-haram", "country/nga"),
    ("org/farc", "country/col"), ("org/ttp", "country/pak"),
])
def test_armed_groups_have_their_country(org, country):
    assert {r["id"]: r["country"] for r in _orgs()}[org] == country


@pytest.mark.parametrize("row", table(Path(__file__).with_name("nonstate_names.tsv"), ["lang", "name", "actor"]))
def test_new_groups_are_found_in_four_languages(row):
    assert [a.id for a in load_kb().find(row["name"], row["lang"])] == [row["actor"]]


def test_a_group_is_found_in_a_sentence(extract):
    x = extract("Boko Haram fighters attacked a village in Borno state, and Nigeria condemned the attack.", "en")
    assert "org/boko-haram" in {m.actor.id for m in x.mentions if m.actor is not None}
