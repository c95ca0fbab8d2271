"""Benchmark the offline HTML page on a synthetic 5,000-node diplomatic graph.

Writes the page, opens it from ``file://`` in headless Chromium (network cut)
and prints: seconds to lay the graph out, seconds to write the page, its size
(and per node), seconds from navigation to the page's "drawn" signal (``<html
data-drawn="1">``, set on vis-network's first ``afterDrawing``), and the CPU
seconds the page's main thread used until then (steadier than the wall clock
on a shared machine). The target is under 5 s to drawn.

It also prints figures of readability (see :func:`readability`): the share of
long edges, of crowded nodes and, for ``--graph communities`` (a graph with
eight planted communities, one node type each, so the screenshot shows them in
colour), how well the communities are drawn apart.

``--layout`` swaps the layout of components above 500 nodes for a library's,
to compare: ``igraph-fr`` (Fruchterman-Reingold on a grid), ``igraph-drl``,
``igraph-umap`` (all need ``pip install igraph``) or ``networkx-fa2``
(:func:`networkx.forceatlas2_layout`, O(n^2) a step: minutes at 5,000 nodes).
The figures of that comparison are in ``diplograph.viz.html._force_layout``.

Run: ``python bench/bench_viz.py [--nodes 5000] [--edges-per-node 2]
[--graph diplomatic|communities] [--layout NAME] [--screenshot out.png]
[--keep DIR]``. Needs Debian's ``chromium`` at /usr/bin/chromium for the
browser figures; without it only the layout and write figures are printed.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from diplograph.viz import html as viz_html
from diplograph.viz.html import NODE_STYLES, layout_positions, write_html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test helpers: tests/support
from tests.support.chromium import Chromium, available  # noqa: E402

LAYOUTS = ("diplograph", "igraph-fr", "igraph-drl", "igraph-umap", "networkx-fa2")

TYPES = {  # share of nodes per type
    "Person": 0.45, "Country": 0.04, "Organization": 0.12, "GovernmentBody": 0.08,
    "Coalition": 0.02, "Place": 0.1, "Event": 0.09, "Issue": 0.10,
}
STATEMENTS = [  # predicate, quad, weight
    ("supports", "verbal_cooperation", 5), ("meetsWith", "verbal_cooperation", 5),
    ("hosts", "material_cooperation", 2), ("coChairs", "verbal_cooperation", 1),
    ("rejects", "verbal_conflict", 3), ("demands", "verbal_conflict", 3),
    ("condemns", "verbal_conflict", 3), ("sanctions", "material_conflict", 1),
    ("participatesIn", "neutral", 4), ("visits", "material_cooperation", 2),
]
MODALITIES = ["asserted"] * 14 + ["reported"] * 3 + ["future", "hypothetical"]


def make_graph(n_nodes: int = 5000, edges_per_node: float = 2.0, seed: int = 1) -> nx.MultiDiGraph:
    """A graph shaped like ``build_network``'s: typed nodes, statement edges with evidence.

    Countries are hubs (preferential attachment), people represent a country,
    and statements link people, states and bodies to each other and to events
    and issues.
    """
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    by_type: dict[str, list[str]] = {}
    counts = {t: max(1, int(n_nodes * share)) for t, share in TYPES.items()}
    counts["Person"] += n_nodes - sum(counts.values())
    for t, c in counts.items():
        ids = by_type.setdefault(t, [])
        for i in range(c):
            nid = f"{t.lower()}/{t.lower()}-{i}"
            label = f"{t} {i}"
            labels = {"en": label, "ar": f"\u0643\u064a\u0627\u0646 {i}", "fr": f"{t} {i} (fr)"}
            offices = [f"Minister of Things of Country {rng.randrange(counts['Country'])} (2019-01-01\u2013)"] if t == "Person" and rng.random() < 0.3 else []
            g.add_node(nid, label=label, labels=json.dumps(labels, ensure_ascii=False), type=t,
                       qid=f"Q{rng.randrange(1, 10**7)}" if rng.random() < 0.6 else "",
                       weight=1 + int(rng.paretovariate(1.5)), offices=json.dumps(offices))
            ids.append(nid)
    actors = by_type["Person"] + by_type["Country"] * 20 + by_type["Organization"] * 3 + by_type["GovernmentBody"] + by_type["Coalition"] * 3
    targets = actors + by_type["Event"] * 2 + by_type["Issue"] * 2 + by_type["Place"]
    preds = [p for p in STATEMENTS for _ in range(p[2])]
    doc = 0

    def add(u: str, v: str, pred: str, quad: str) -> None:
        nonlocal doc
        doc += 1
        modality = rng.choice(MODALITIES)
        g.add_edge(u, v, key=pred, predicate=pred, quad=quad, modality=modality,
                   negated=rng.random() < 0.05, date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.9 else "",
                   sentence=f"{g.nodes[u]['label']} {pred} {g.nodes[v]['label']}, officials said on the record.",
                   doc=f"doc-{doc}", span=f"{rng.randrange(500)}-{rng.randrange(500, 900)}",
                   plover="", cameo="", object_label=g.nodes[v]["label"])

    for p in by_type["Person"]:
        add(p, rng.choice(by_type["Country"]), "represents", "neutral")
    for t in ("Place", "Event", "Issue"):  # anchor every non-actor once
        for x in by_type[t]:
            add(rng.choice(actors), x, "participatesIn" if t == "Event" else "supports", "neutral")
    target_edges = int(n_nodes * edges_per_node)
    n_edges = g.number_of_edges()  # O(E) on a MultiDiGraph: count as we go
    while n_edges < target_edges:
        u, v = rng.choice(actors), rng.choice(targets)
        pred, quad, _ = rng.choice(preds)
        if u != v and not g.has_edge(u, v, pred):
            add(u, v, pred, quad)
            n_edges += 1
    return g


def make_communities(n_nodes: int = 5000, edges_per_node: float = 2.0, seed: int = 3,
                     k: int = 8) -> nx.MultiDiGraph:
    """A graph with ``k`` planted communities: dense inside, one edge in ten between.

    Args:
        n_nodes: number of nodes, split evenly between the communities.
        edges_per_node: average number of edges per node.
        seed: random seed.
        k: number of communities (at most the number of node types).

    Returns:
        A MultiDiGraph whose node ``type`` (and so colour on the page) is its
        community, and whose ``community`` attribute is its index.
    """
    size = n_nodes // k
    degree = 2 * edges_per_node
    planted = nx.random_partition_graph([size] * k, 0.9 * degree / size, 0.1 * degree / ((k - 1) * size), seed=seed)
    types = list(NODE_STYLES)
    g = nx.MultiDiGraph()
    for v, attrs in planted.nodes(data=True):
        g.add_node(f"node/{v}", label=f"Node {v}", type=types[attrs["block"] % len(types)],
                   community=attrs["block"], weight=1)
    for u, v in planted.edges():
        g.add_edge(f"node/{u}", f"node/{v}", key="supports", predicate="supports", quad="neutral",
                   sentence=f"Node {u} supports Node {v}.")
    return g


def readability(graph: nx.Graph, positions: dict, neighbours: int = 10) -> dict[str, float]:
    """Figures of how readable a layout is, on the page's own pixel scale.

    Args:
        graph: the graph laid out; when its nodes carry a ``community``
            attribute (see :func:`make_communities`) that figure is added.
        positions: ``{node: (x, y)}`` from :func:`layout_positions`.
        neighbours: how many nearest nodes the community figure looks at.

    Returns:
        ``long_edges``: share of edges longer than 3 times the median edge
        (long edges cross everything); ``crowded``: share of nodes within
        20 px of another (two default dots touch); ``community``: mean share
        of a node's nearest nodes that are in its community, from 1/k (mixed)
        to 1.0 (communities drawn apart).
    """
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(graph)
    index = {v: i for i, v in enumerate(nodes)}
    xy = np.array([positions[v] for v in nodes], dtype=float)
    pairs = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    lengths = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
    distance, nearest = cKDTree(xy).query(xy, neighbours + 1)
    out = {
        "long_edges": float(np.mean(lengths > 3 * np.median(lengths))) if len(lengths) else 0.0,
        "crowded": float(np.mean(distance[:, 1] < 20)),
    }
    if all("community" in graph.nodes[v] for v in nodes):
        community = np.array([graph.nodes[v]["community"] for v in nodes])
        out["community"] = float((community[nearest[:, 1:]] == community[:, None]).mean())
    return out


def library_layout(name: str):
    """A stand-in for ``viz.html._force_layout`` that calls a library, for comparison.

    Args:
        name: one of :data:`LAYOUTS` other than ``diplograph``.

    Returns:
        A function ``(n, edges, rng, iterations=100) -> (n, 2) array``; the
        per-component packing and scaling around it stay diplograph's.
    """
    import numpy as np

    def igraph_layout(n, edges, rng, iterations=100):
        import igraph

        g = igraph.Graph(n=n, edges=edges.tolist())
        # igraph draws from Python's random module: seed it for repeatable runs.
        random.seed(int(rng.integers(1 << 30)))
        if name == "igraph-fr":
            # Started spread out as our own layout starts: from igraph's default
            # start the community figure is 0.46 instead of 0.62 (5,000 nodes).
            start = rng.standard_normal((n, 2)) * math.sqrt(n)
            layout = g.layout_fruchterman_reingold(grid=True, seed=start.tolist())
        elif name == "igraph-drl":
            layout = g.layout_drl()
        else:
            # 200 epochs instead of the default 500: 3x faster; community figure
            # 0.88 instead of 0.91 (5,000 nodes).
            layout = g.layout_umap(epochs=200)
        return np.array(layout.coords, dtype=float)

    def networkx_fa2(n, edges, rng, iterations=100):
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges.tolist())
        pos = nx.forceatlas2_layout(g, max_iter=iterations, seed=int(rng.integers(1 << 30)))
        return np.array([pos[i] for i in range(n)], dtype=float)

    if name == "networkx-fa2":
        return networkx_fa2
    if name.startswith("igraph-"):
        import igraph  # noqa: F401  (imported here so its load time is not counted as layout)

        return igraph_layout
    raise ValueError(f"unknown layout {name!r}; use one of {', '.join(LAYOUTS)}")


def _thread_seconds(page) -> float:
    """CPU seconds the page's main thread has used (DevTools' ThreadTime metric)."""
    metrics = page.call("Performance.getMetrics")["metrics"]
    return next((m["value"] for m in metrics if m["name"] == "ThreadTime"), float("nan"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges-per-node", type=float, default=2.0)
    ap.add_argument("--graph", choices=["diplomatic", "communities"], default="diplomatic",
                    help="the synthetic diplomatic graph, or one with planted communities")
    ap.add_argument("--layout", choices=LAYOUTS, default="diplograph",
                    help="layout of components above 500 nodes (libraries for comparison)")
    ap.add_argument("--screenshot", type=Path, default=None, help="save a PNG of the drawn page")
    ap.add_argument("--keep", type=Path, default=None, help="folder to keep the page in")
    args = ap.parse_args(argv)

    if args.layout != "diplograph":
        viz_html._force_layout = library_layout(args.layout)
    t = time.perf_counter()
    make = make_communities if args.graph == "communities" else make_graph
    g = make(args.nodes, args.edges_per_node)
    t_graph = time.perf_counter() - t
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-viz-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    page_path = out_dir / f"{args.graph}_{args.nodes}.html"
    print(f"graph: {args.graph}, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges (built in {t_graph:.2f} s)")
    # The layout alone, timed apart from the page (write_html computes it again).
    t = time.perf_counter()
    positions = layout_positions(g)
    t_layout = time.perf_counter() - t
    quality = readability(g, positions)
    print(f"layout_positions ({args.layout}): {t_layout:.2f} s; "
          + ", ".join(f"{name} {value:.3f}" for name, value in quality.items()))
    t = time.perf_counter()
    write_html(g, page_path, title=f"bench {args.graph} {args.nodes} nodes")
    t_write = time.perf_counter() - t
    size = page_path.stat().st_size
    print(f"write_html: {t_write:.2f} s (layout included), page {size / 1e6:.2f} MB ({size} bytes, "
          f"{size / max(1, g.number_of_nodes()) / 1000:.2f} KB a node) -> {page_path}")
    if not available():
        print("chromium: not found at /usr/bin/chromium; browser figures skipped")
        return 0
    with Chromium() as browser:
        page = browser.new_page(1600, 1000)
        # The page's main thread's CPU time holds on a busy machine better than the wall clock.
        page.call("Performance.enable", {"timeDomain": "threadTicks"})
        before = _thread_seconds(page)
        t = time.perf_counter()
        page.goto(page_path.resolve().as_uri(), timeout=120)
        page.wait_for("document.documentElement.dataset.drawn === '1'", timeout=120)
        t_drawn = time.perf_counter() - t
        cpu = _thread_seconds(page) - before
        info = page.evaluate("({drawn: +document.documentElement.dataset.drawnMs,"
                             " script: +document.documentElement.dataset.scriptMs,"
                             " nodes: +document.documentElement.dataset.nodes,"
                             " edges: +document.documentElement.dataset.edges})")
        remote = [u for u in page.requested_urls() if not u.startswith(("file:", "data:"))]
        print(f"chromium: drawn after {t_drawn:.2f} s wall-clock (navigation to data-drawn);"
              f" page's own clock {info['drawn'] / 1000:.2f} s from navigation start,"
              f" of which page script {info['script'] / 1000:.2f} s")
        print(f"chromium: {info['nodes']} nodes and {info['edges']} edges drawn; remote requests: {len(remote)}")
        print(f"chromium: the page's main thread used {cpu:.2f} s of CPU to the first drawing")
        errors = page.console_errors()
        if errors:
            print("chromium: page errors:", errors[:3])
        if args.screenshot:
            time.sleep(0.5)
            page.screenshot(args.screenshot)
            print(f"screenshot: {args.screenshot}")
        verdict = "OK" if t_drawn < 5 else "SLOW"
        print(f"target < 5 s to drawn: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
