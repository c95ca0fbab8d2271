"""Candidates for named non-state actors, from PETRARCH's non-state actor dictionary, checked against our knowledge base.

Reads ``petrarch2/Phoenix.MilNonState.actors.txt`` (../shared/reference): each
entry's primary name, synonyms and code; a code that starts with a state's ISO
3166 alpha-3 (``PSEREBHMS``, ``TURREB``) names the state the group belongs to,
one that starts with a region (``MEA``, ``SAS``, ``INT``, ``IMG``) names none.

The reviewed keep-list ``tools/nonstate_keep.tsv`` says which entries are in
``lexicons/common/organisations.tsv`` (their names in four languages are
written there by hand); this script checks that every kept entry exists in the
reference, that its organisation row exists, and that the row's ``country``
agrees with the code or with the keep-list's override. It prints the counts of
what was not kept, by class.

Usage::

    PYTHONPATH=src python tools/nonstate_candidates.py [--list] [--reference DIR]
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
COMMON = ROOT / "src" / "diplograph" / "lexicons" / "common"
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference"  # shared/ stands beside the checkout
SOURCE = "petrarch2/Phoenix.MilNonState.actors.txt"


@dataclass
class Entry:
    """One actor entry of the reference: its names and first code."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    code: str = ""


def read_entries(path: Path) -> list[Entry]:
    """Entries of a PETRARCH actor dictionary (primary line, ``+`` synonyms, tab-indented ``[code]`` lines).

    >>> import tempfile, os
    >>> text = "HAMAS_  # x\\n+ISLAMIC_RESISTANCE_MOVEMENT\\n\\t[PSEREBHMS]\\nPKK [TURREB]\\n"
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f: _ = f.write(text)
    >>> [(e.name, e.synonyms, e.code) for e in read_entries(Path(f.name))]
    [('HAMAS_', ['ISLAMIC_RESISTANCE_MOVEMENT'], 'PSEREBHMS'), ('PKK', [], 'TURREB')]
    >>> os.unlink(f.name)
    """
    entries: list[Entry] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        code = re.search(r"\[([^\]\s]+)", line)
        if raw.startswith(("\t", " ")):
            if entries and code and not entries[-1].code:
                entries[-1].code = code.group(1)
        elif line.startswith("+"):
            if entries:
                entries[-1].synonyms.append(line[1:].split("[")[0].strip())
        else:
            entries.append(Entry(line.split("[")[0].strip(), [], code.group(1) if code else ""))
    return entries


def state_codes() -> set[str]:
    """ISO alpha-3 codes of the states of the knowledge base."""
    rows = csv.DictReader(io.StringIO((COMMON / "states.tsv").read_text(encoding="utf-8")), delimiter="\t",
                          quoting=csv.QUOTE_NONE)
    return {row["iso3"] for row in rows}


def country_of(code: str, states: set[str]) -> str:
    """The state id a code names, or "" for a region (``MEA``) or none.

    >>> country_of("PSEREBHMS", {"PSE"}), country_of("MEAREB", {"PSE"})
    ('country/pse', '')
    """
    return f"country/{code[:3].lower()}" if code[:3] in states else ""


def _tsv(path: Path) -> list[dict[str, str]]:
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE, restval=""))


def check(reference: Path) -> tuple[list[str], Counter, list[Entry]]:
    """Problems with the keep-list, counts of entries not kept by class, and the candidates."""
    entries = read_entries(reference / SOURCE)
    states = state_codes()
    by_name = {e.name: e for e in entries}
    orgs = {row["id"]: row for row in _tsv(COMMON / "organisations.tsv")}
    keep = [row for row in _tsv(TOOLS / "nonstate_keep.tsv")]
    kept = {row["reference"] for row in keep}
    problems = []
    header = (COMMON / "organisations.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    if "country" not in header:
        problems.append("organisations.tsv has no country column")
    for row in keep:
        entry = by_name.get(row["reference"])
        if entry is None:
            problems.append(f"{row['reference']}: not an entry of {SOURCE}")
            continue
        org = orgs.get(row["org"])
        if org is None:
            problems.append(f"{row['reference']}: {row['org']} is not in organisations.tsv")
            continue
        want = row.get("country") or country_of(entry.code, states)
        if not want:
            problems.append(f"{row['reference']}: code {entry.code!r} names no state; give the country in the keep-list")
        elif org.get("country", "") != want:
            problems.append(f"{row['org']}: country {org.get('country', '')!r}, the reference says {want!r}")
    drops: Counter = Counter()
    for entry in entries:
        if entry.name in kept:
            continue
        if not entry.code:
            drops["no code (a person or alias block, or a date-only entry)"] += 1
        elif not country_of(entry.code, states):
            drops["code names a region or no state (MEA, SAS, WEU, INT, IMG...)"] += 1
        else:
            drops["state-coded but not kept: defunct before 2014, local, or rare in diplomatic news"] += 1
    return problems, drops, entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--list", action="store_true", help="print every candidate with a state code, for review")
    args = parser.parse_args(argv)
    problems, drops, entries = check(args.reference)
    if args.list:
        states = state_codes()
        for e in entries:
            if country_of(e.code, states):
                print(f"{e.name}\t{e.code}\t{country_of(e.code, states)}\t{'|'.join(e.synonyms)}")
    kept = sum(1 for _ in _tsv(TOOLS / "nonstate_keep.tsv"))
    print(f"{len(entries)} entries; {kept} kept")
    for what, n in drops.most_common():
        print(f"  not kept {n:5d}  {what}")
    for p in problems:
        print(f"PROBLEM: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
