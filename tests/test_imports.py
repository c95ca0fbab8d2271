"""Imports follow the flow: no cycle between modules, none between packages.

The graph is read from the source with :mod:`ast` (every import, also those
inside functions: a lazy import is still a dependency), so nothing is run.
Imports under ``if TYPE_CHECKING:`` are left out: they name types for
annotations and are never run, so they close no cycle at run time.
"""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

# reads and parses every module of the package: seconds, so CI runs it, not the default run
pytestmark = pytest.mark.slow

SRC = Path(__file__).resolve().parents[1] / "src"
ROOT = "diplograph"

#: Imports against the flow known today: each closes a cycle. The tests leave them out of the graph; a new cycle
#: fails, and so does a listed import that is gone (the list only shrinks). Empty since #16: keep it so.
KNOWN_BACK_EDGES: set[tuple[str, str]] = set()


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name, for its ``__init__``)."""
    found = {}
    for path in sorted((SRC / ROOT).rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _type_checking(node: ast.AST) -> bool:
    """``if TYPE_CHECKING:`` or ``if typing.TYPE_CHECKING:``."""
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def run_time_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of ``tree`` but those in the body of an ``if TYPE_CHECKING:`` (its ``else`` runs)."""
    out, todo = [], [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        if _type_checking(node):
            todo.extend([node.test, *node.orelse])
        else:
            todo.extend(ast.iter_child_nodes(node))
    return out


def imported(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of the package that module ``name`` imports at run time."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in run_time_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from a import b` imports the module a.b when there is one, else names of a
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:  # `import a.b.c` of a name inside a module
                target = target.rpartition(".")[0]
            if target.startswith(ROOT) and target != name:
                out.add(target)
    return out


def import_graph(*, known_back_edges: bool = True) -> nx.DiGraph:
    """Module -> the modules it imports; without the :data:`KNOWN_BACK_EDGES` when ``known_back_edges`` is false."""
    known = modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(known)
    for name, path in known.items():
        graph.add_edges_from((name, target) for target in imported(name, path, known))
    if not known_back_edges:
        graph.remove_edges_from(KNOWN_BACK_EDGES)
    return graph


def package_of(module: str) -> str:
    """The top-level package below diplograph a module belongs to (a top-level module is its own)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT


def package_graph(graph: nx.DiGraph) -> nx.DiGraph:
    packages = nx.DiGraph()
    packages.add_nodes_from(package_of(m) for m in graph)
    packages.add_edges_from((package_of(a), package_of(b)) for a, b in graph.edges
                            if package_of(a) != package_of(b) and ROOT not in (package_of(a), package_of(b)))
    return packages


def cycles(graph: nx.DiGraph) -> list[list[str]]:
    """One cycle through each group of nodes that import each other."""
    out = []
    for group in nx.strongly_connected_components(graph):
        if len(group) > 1:
            out.append(nx.find_cycle(graph.subgraph(group)))
    return [[a for a, _ in cycle] + [cycle[-1][1]] for cycle in out]


def test_the_graph_is_read():
    graph = import_graph()
    assert ("diplograph.cli", "diplograph.build") in graph.edges
    assert ("diplograph.store.disk", "diplograph.graph.source") in graph.edges  # `from diplograph.graph.source import`
    assert ("diplograph.store.query", "diplograph.errors") in graph.edges


def test_imports_for_annotations_only_are_left_out():
    tree = ast.parse("import diplograph.a\nif TYPE_CHECKING:\n    import diplograph.b\nelse:\n    import diplograph.c\n"
                     "if typing.TYPE_CHECKING:\n    from diplograph import d\n")
    names = {alias.name for node in run_time_nodes(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
             for alias in node.names}
    assert names == {"diplograph.a", "diplograph.c"}


def test_the_known_back_edges_are_still_there():
    gone = sorted(KNOWN_BACK_EDGES - set(import_graph().edges))
    assert not gone, f"these imports are gone: remove them from KNOWN_BACK_EDGES: {gone}"


def test_no_cycle_between_modules():
    found = cycles(import_graph(known_back_edges=False))
    assert not found, "modules that import each other:\n" + "\n".join(" -> ".join(c) for c in found)


def test_no_cycle_between_packages():
    found = cycles(package_graph(import_graph(known_back_edges=False)))
    assert not found, "packages that import each other:\n" + "\n".join(" -> ".join(c) for c in found)


@pytest.mark.parametrize("reader", ["diplograph.graph.read", "diplograph.graph.network"])
def test_readers_of_rdf_stay_below_the_store_layer(reader):
    graph = import_graph()
    above = sorted(m for m in nx.descendants(graph, reader) if package_of(m) in ("store", "export"))
    assert not above, f"{reader} reaches up into {above}"
