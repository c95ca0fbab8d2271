"""The GraphML the build writes as text is byte for byte what networkx's writer (on lxml) writes."""
from __future__ import annotations

import io
import random

import networkx as nx
import pytest

from diplograph.graph.network import _graphml_text

# Text that XML escapes, text a %-template would read, scripts other than Latin.
PIECES = ["a", "é", "ب", "Ж", "&", "<", ">", '"', "'", "\n", "\t", "\r", "%", "%s", " ", "]]>"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 6)))


def _value(rng: random.Random) -> object:
    return rng.choice([_text(rng), rng.randrange(-5, 5), rng.random() < 0.5, _text(rng)])


def _graph(seed: int) -> nx.MultiDiGraph:
    """Nodes and edges with attributes of varying names, types and order (several templates per scope)."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    for _ in range(rng.randrange(1, 6)):
        graph.add_node(_text(rng) or "n", **{rng.choice(["a", "b", 'c&"<']): _value(rng) for _ in range(rng.randrange(4))})
    nodes = list(graph)
    for _ in range(rng.randrange(8)):
        graph.add_edge(rng.choice(nodes), rng.choice(nodes), key=_text(rng) or "k",
                       **{rng.choice(["p", "q", "a"]): _value(rng) for _ in range(rng.randrange(4))})
    return graph


def _networkx(graph: nx.MultiDiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    return buffer.getvalue().decode("utf-8")


@pytest.mark.parametrize("seed", range(200))
def test_the_text_writer_writes_what_networkx_writes(seed):
    graph = _graph(seed)
    assert _graphml_text(graph) == _networkx(graph)


def test_one_edge_shape_seen_again_reuses_its_keys():
    graph = nx.MultiDiGraph()
    for i in range(3):
        graph.add_edge("a", "b", key=f"k{i}", predicate="rejects", negated=bool(i % 2), start=i)
    graph.add_edge("b", "a", key="other", start=1, predicate="hosts")  # same names, another order
    text = _graphml_text(graph)
    assert text == _networkx(graph)
    assert text.count("<key ") == 3


@pytest.mark.parametrize("value", [1.5, None, ("a", "b")])
def test_a_value_of_another_type_is_left_to_networkx(value):
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="k", label="x")
    graph.add_edge("a", "b", key="j", label=value)
    assert _graphml_text(graph) is None
