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
def loaded(tmp_path_factory):
    out = tmp_path_factory.mktemp("api")
    build(read_inputs([SEED], published=date(2025, 9, 1)), out=out)
    return load_build(out)


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


def test_no_build_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no build"):
        load_build(tmp_path)
