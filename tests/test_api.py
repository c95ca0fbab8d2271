"""The notebook API over a real build of the founding example."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplograph.api import load_build
from diplograph.build import build
from diplograph.errors import InputError
from diplograph.ingest import read_inputs

SEED = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "data" / "seed_coalition_ar.txt"


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """A build of the founding example, and a store it was added to."""
    out = tmp_path_factory.mktemp("api")
    build(read_inputs([SEED], published=date(2025, 9, 1)), out=out / "build", store=out / "store")
    return out


@pytest.fixture(scope="module", params=["build", "store"])
def loaded(request, folders):
    loaded = load_build(folders / request.param)
    assert loaded.store is (request.param == "store")
    return loaded


def test_tables(loaded):
    st = loaded.statements
    assert {"subject", "predicate", "object", "negated", "modality", "sentence"} <= set(st.columns)
    assert ((st.subject == "Kremlin") & (st.predicate == "rejects")).any()
    assert "holdsPosition" not in set(st.predicate)
    macron = loaded.actors[loaded.actors.label == "Emmanuel Macron"].iloc[0]
    assert ("head_of_state", "France") in macron.roles


def test_graph_and_dataset(loaded):
    assert loaded.graph.number_of_edges() >= len(loaded.statements)
    assert len(loaded.dataset) > 100


def test_query_with_a_bound_parameter(loaded):
    rows = loaded.query("positions", term="انتشار")
    assert not rows.empty


def test_a_store_gives_the_tables_of_the_build(folders):
    built, stored = load_build(folders / "build"), load_build(folders / "store")
    columns = ["doc", "subject", "subject_id", "predicate", "object", "negated", "modality", "date", "sentence"]

    def rows(frame):
        return sorted(map(tuple, frame[columns].astype(str).values.tolist()))

    assert rows(stored.statements) == rows(built.statements)
    people = {r.label: r.roles for r in built.actors.itertuples() if r.type == "Person"}
    assert {r.label: r.roles for r in stored.actors.itertuples() if r.type == "Person"} == people
    assert len(stored.dataset) == len(built.dataset)


def test_a_store_gives_the_statement_export_of_the_build(folders):
    def statements(rows):
        return sorted((r["doc"], r["subject"]["label"], r["predicate"], r["object"]["label"], r["negated"],
                       r["modality"], tuple(r["span"])) for r in rows if r["kind"] == "statement")

    assert statements(load_build(folders / "store").rows) == statements(load_build(folders / "build").rows)


def test_no_build_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no build or store"):
        load_build(tmp_path)
