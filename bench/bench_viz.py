"""Benchmark the offline HTML page on a synthetic 5,000-node diplomatic graph.

Writes the page, opens it from ``file://`` in headless Chromium (network cut)
and prints: seconds to write the page, its size, and seconds from navigation
to the page's "drawn" signal (``<html data-drawn="1">``, set on vis-network's
first ``afterDrawing``). The target is under 5 s to drawn.

Run: ``python bench/bench_viz.py [--nodes 5000] [--edges-per-node 2]
[--screenshot out.png] [--keep DIR]``. Needs Debian's ``chromium`` at
/usr/bin/chromium for the browser figures; without it only the write figures
are printed.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from diplograph.viz._chromium import Chromium, available
from diplograph.viz.html import write_html

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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges-per-node", type=float, default=2.0)
    ap.add_argument("--screenshot", type=Path, default=None, help="save a PNG of the drawn page")
    ap.add_argument("--keep", type=Path, default=None, help="folder to keep the page in")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    g = make_graph(args.nodes, args.edges_per_node)
    t_graph = time.perf_counter() - t
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-viz-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    page_path = out_dir / f"graph_{args.nodes}.html"
    t = time.perf_counter()
    write_html(g, page_path, title=f"bench {args.nodes} nodes")
    t_write = time.perf_counter() - t
    size = page_path.stat().st_size
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges (built in {t_graph:.2f} s)")
    print(f"write_html: {t_write:.2f} s, page {size / 1e6:.2f} MB ({size} bytes) -> {page_path}")
    if not available():
        print("chromium: not found at /usr/bin/chromium; browser figures skipped")
        return 0
    with Chromium() as browser:
        page = browser.new_page(1600, 1000)
        t = time.perf_counter()
        page.goto(page_path.resolve().as_uri(), timeout=120)
        page.wait_for("document.documentElement.dataset.drawn === '1'", timeout=120)
        t_drawn = time.perf_counter() - t
        info = page.evaluate("({drawn: +document.documentElement.dataset.drawnMs,"
                             " script: +document.documentElement.dataset.scriptMs,"
                             " nodes: +document.documentElement.dataset.nodes,"
                             " edges: +document.documentElement.dataset.edges})")
        remote = [u for u in page.requested_urls() if not u.startswith(("file:", "data:"))]
        print(f"chromium: drawn after {t_drawn:.2f} s wall-clock (navigation to data-drawn);"
              f" page's own clock {info['drawn'] / 1000:.2f} s from navigation start,"
              f" of which page script {info['script'] / 1000:.2f} s")
        print(f"chromium: {info['nodes']} nodes and {info['edges']} edges drawn; remote requests: {len(remote)}")
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
