"""The documentation's copies of the ontology's vocabulary agree with the ontology.

Two Markdown tables give each predicate's codes by hand: the ontology's README
(predicate, PLOVER, CAMEO, quad class) and the export's (predicates, PLOVER,
CAMEO). Their rule, checked here row by row against ``diplograph.ttl``: a row
lists predicates that share one PLOVER type and one CAMEO code; each predicate
is named once across the rows, and every predicate of the ontology is named;
``–`` is "none"; the CAMEO cell is the exact code, followed by
``(mode <name>)`` exactly when CAMEO2PLOVER-2021 gives the code a mode; a
predicate is followed by ``(symmetric)`` exactly when it is an
``owl:SymmetricProperty``; the quad class, where the table has the column, is
that of the PLOVER type (``plover.quad_class``, which ``test_namespace.py``
checks against the type's ``skos:broadMatch``).

Lists written in prose are checked the same way: the positions name exactly
the ``dg:Positions`` concepts, the modalities the ``dg:Modality`` members, the
actor and event classes the (direct and indirect) subclasses of ``dg:Actor``
and ``dg:Event``, the export's entity types ``types.ACTOR_TYPES`` and
``Place``, and the export's symmetric predicates the ontology's
``owl:SymmetricProperty`` ones.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.events import plover
from diplograph.events.frames.predicates import RECIPROCAL
from diplograph.graph.namespace import DG
from diplograph.ontology import path
from diplograph.types import ACTOR_TYPES

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_README = ROOT / "src" / "diplograph" / "ontology" / "README.md"
EXPORT = ROOT / "docs" / "export.md"
LEXICONS_README = ROOT / "src" / "diplograph" / "lexicons" / "README.md"
TABLES = [ONTOLOGY_README, EXPORT]
NONE = "–"
NS = str(DG._NS)


def name_of(file: Path) -> str:
    """A documentation file as a test id: its folder and name."""
    return f"{file.parent.name}/{file.name}"


@dataclass(frozen=True)
class Row:
    """One row of a predicate table: where it is and its cells by column name."""

    where: str
    cells: dict[str, str]

    def predicates(self) -> list[tuple[str, str | None]]:
        """The (predicate, note) pairs of the first cell: ``cooperatesWith (symmetric)`` gives a note."""
        return re.findall(r"(\w+)(?:\s*\(([^)]*)\))?", self.cells["predicate"].replace("`", ""))


def predicate_table(file: Path) -> list[Row]:
    """The rows of the one table of ``file`` whose header has PLOVER and CAMEO columns."""
    lines = file.read_text(encoding="utf-8").splitlines()
    starts = [n for n, line in enumerate(lines) if line.startswith("|") and "| PLOVER |" in line and "| CAMEO |" in line]
    assert len(starts) == 1, f"{name_of(file)}: expected one table with PLOVER and CAMEO columns, found {len(starts)}"
    header = [cell.strip() for cell in lines[starts[0]].strip().strip("|").split("|")]
    header = ["predicate" if column == "predicates" else column for column in header]
    rows = []
    for n in range(starts[0] + 2, len(lines)):
        if not lines[n].startswith("|"):
            break
        cells = [cell.strip() for cell in lines[n].strip().strip("|").split("|")]
        assert len(cells) == len(header), f"{name_of(file)} line {n + 1}: {len(cells)} cells under {len(header)} columns"
        rows.append(Row(f"{name_of(file)} line {n + 1}", dict(zip(header, cells))))
    return rows


def cameo_cell(code: str | None) -> str:
    """How a table writes a CAMEO code: the code, its PLOVER mode in parentheses, or ``–``."""
    if code is None:
        return NONE
    mode = plover.mode(code)
    return f"{code} (mode {mode})" if mode else code


def row_errors(row: Row, symmetric: set[str]) -> list[str]:
    """What a row says that the ontology does not, one message per predicate and column, with the right value."""
    known = plover.predicates()
    errors = []
    for name, note in row.predicates():
        if name not in known:
            continue  # reported once, by the test of names
        event_type, cameo = plover.codes(name)
        right = {"PLOVER": event_type or NONE, "CAMEO": cameo_cell(cameo), "quad class": plover.quad_class(event_type)}
        for column, value in right.items():
            if column in row.cells and row.cells[column] != value:
                errors.append(f"{row.where}: {name}: {column} is {value!r}, not {row.cells[column]!r}")
        if (note == "symmetric") != (name in symmetric):
            errors.append(f"{row.where}: {name}: " + ("write '(symmetric)' after it: it is an owl:SymmetricProperty"
                                                      if name in symmetric else "is not an owl:SymmetricProperty"))
    return errors


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(str(path("diplograph.ttl")), format="turtle")


@pytest.fixture(scope="module")
def symmetric(ontology) -> set[str]:
    return {str(s)[len(NS):] for s in ontology.subjects(RDF.type, OWL.SymmetricProperty) if str(s).startswith(NS)}


@pytest.mark.parametrize("file", TABLES, ids=name_of)
def test_table_names_every_predicate_of_the_ontology_once(file):
    named = Counter(name for row in predicate_table(file) for name, _ in row.predicates())
    known = plover.predicates()
    unknown = [name for name in named if name not in known]
    twice = [name for name, n in named.items() if n > 1]
    missing = [name for name in known if name not in named]
    assert not (unknown or twice or missing), (f"{name_of(file)}: not predicates of the ontology {unknown}; "
                                               f"named in more than one row {twice}; missing {missing}")


@pytest.mark.parametrize("file", TABLES, ids=name_of)
def test_table_gives_each_predicate_the_codes_of_the_ontology(file, symmetric):
    errors = [error for row in predicate_table(file) for error in row_errors(row, symmetric)]
    assert not errors, "\n".join(errors)


def test_the_check_names_the_predicate_the_column_and_the_right_value(symmetric):
    row = Row("t.md line 3", {"predicate": "hosts (symmetric), meetsWith", "PLOVER": "CONSULT", "CAMEO": "04",
                              "quad class": "verbal_conflict"})
    assert row_errors(row, symmetric) == [
        "t.md line 3: hosts: CAMEO is '043 (mode visit)', not '04'",
        "t.md line 3: hosts: quad class is 'verbal_cooperation', not 'verbal_conflict'",
        "t.md line 3: hosts: is not an owl:SymmetricProperty",
        "t.md line 3: meetsWith: quad class is 'verbal_cooperation', not 'verbal_conflict'",
        "t.md line 3: meetsWith: write '(symmetric)' after it: it is an owl:SymmetricProperty",
    ]
    row = Row("t.md line 4", {"predicate": "cooperatesWith, states", "PLOVER": "COOPERATE", "CAMEO": "06"})
    assert row_errors(row, symmetric) == [
        "t.md line 4: cooperatesWith: write '(symmetric)' after it: it is an owl:SymmetricProperty",
        "t.md line 4: states: PLOVER is '–', not 'COOPERATE'",
        "t.md line 4: states: CAMEO is '01', not '06'",
    ]


def test_every_plover_type_has_a_predicate():
    """The ontology README's claim under its table."""
    coded = {plover.codes(name)[0] for name in plover.predicates()} - {None}
    assert [name for name in plover.plover_types() if name not in coded] == []


def listed(file: Path, start: str, end: str, *, word: str = r"`(?:dg:)?(\w+)`") -> list[str]:
    """The names ``word`` finds in ``file`` between ``start`` and the first ``end`` after it (spaces folded)."""
    text = " ".join(file.read_text(encoding="utf-8").split())
    assert text.count(start) == 1, f"{name_of(file)}: expected {start!r} once"
    return re.findall(word, text.split(start, 1)[1].split(end, 1)[0])


def assert_same(written: list[str], right, what: str) -> None:
    """Fail with what a list lacks and what it has too many, by name."""
    missing, extra = [n for n in right if n not in written], [n for n in written if n not in right]
    assert not (missing or extra or len(written) != len(set(written))), f"{what}: lacks {missing}, has {extra} too many, {written}"


# file, text before the list, text after it, how a name is written (default: `name` or `dg:name`)
POSITION_LISTS = [
    (ONTOLOGY_README, "`dg:positionType` one of the concepts", "(scheme `dg:Positions`)", {}),
    (EXPORT, "`position` is one of", ";", {}),
    (LEXICONS_README, "`position` (", ", or `counterpart`", {"word": r"(\w+)"}),
]
MODALITY_LISTS = [
    (ONTOLOGY_README, "`dg:modality` (", ")", {}),
    (EXPORT, "| `modality` |", " |", {}),
]


@pytest.mark.parametrize("file, start, end, options", POSITION_LISTS, ids=[name_of(f) for f, *_ in POSITION_LISTS])
def test_position_lists_name_the_positions_of_the_ontology(ontology, file, start, end, options):
    positions = [str(ontology.value(s, SKOS.notation)) for s in ontology.subjects(SKOS.inScheme, DG.Positions)]
    assert_same(listed(file, start, end, **options), positions, f"{name_of(file)}: the positions after {start!r}")


@pytest.mark.parametrize("file, start, end, options", MODALITY_LISTS, ids=[name_of(f) for f, *_ in MODALITY_LISTS])
def test_modality_lists_name_the_modalities_of_the_ontology(ontology, file, start, end, options):
    modalities = [str(s)[len(NS):] for s in ontology.subjects(RDF.type, DG.Modality)]
    assert_same(listed(file, start, end, **options), modalities, f"{name_of(file)}: the modalities after {start!r}")


def test_reciprocal_list_names_the_reciprocal_predicates():
    assert_same(listed(EXPORT, "owl:SymmetricProperty`:", ") are"), RECIPROCAL, f"{name_of(EXPORT)}: the reciprocal predicates")


# file, text before the list, text after it, the class whose subclasses it names
CLASS_LISTS = [
    (ONTOLOGY_README, "`dg:Actor` has the subclasses", ". A body", "Actor"),
    (ONTOLOGY_README, "`dg:Event` (", ")", "Event"),
]


@pytest.mark.parametrize("file, start, end, parent", CLASS_LISTS, ids=[parent for *_, parent in CLASS_LISTS])
def test_class_lists_name_the_subclasses_of_the_ontology(ontology, file, start, end, parent):
    subclasses = [str(s)[len(NS):] for s in ontology.transitive_subjects(RDFS.subClassOf, DG[parent]) if s != DG[parent]]
    assert_same(listed(file, start, end), subclasses, f"{name_of(file)}: the subclasses of dg:{parent}")


def test_entity_types_of_the_export_are_the_actor_types_and_place():
    assert_same(listed(EXPORT, "| `type` |", " |"), [*ACTOR_TYPES, "Place"], f"{name_of(EXPORT)}: the entity types")
