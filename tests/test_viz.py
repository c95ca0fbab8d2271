"""Tests for the offline HTML page (diplograph.viz.html).

The static tests parse the written page; the browser tests open it from
file:// in Debian's headless Chromium with the network cut (driven over the
DevTools pipe by tests.support.chromium) and skip when /usr/bin/chromium is
absent.
"""
from __future__ import annotations

import json
import math
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from diplograph.viz import html as viz
from tests.support.chromium import CHROMIUM, Chromium, ChromiumError, available
from diplograph.viz.html import layout_positions, render_html, write_html

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=2</script>",
    "<!-- <script>",
    "<b>bold</b> & 'quote' \"dq\" \u2028 \u2029",
    "javascript:window.__pwned=3",
]
#: <script> elements the template itself writes: vis-network, data, options, page code.
EXPECTED_SCRIPTS = 4


def statement(g, s, o, predicate, **attrs):
    base = {"predicate": predicate, "negated": False, "modality": "asserted", "date": "",
            "sentence": "", "doc": "", "span": "", "plover": "", "cameo": "", "quad": "neutral",
            "object_label": g.nodes[o].get("label", o)}
    base.update(attrs)
    g.add_edge(s, o, key=predicate, **base)


def entity(g, nid, label, type_, *, weight=1, qid="", labels=None, offices=()):
    g.add_node(nid, label=label, labels=json.dumps(labels or {"en": label}, ensure_ascii=False),
               type=type_, qid=qid, weight=weight, offices=json.dumps(list(offices), ensure_ascii=False))


def small_graph() -> nx.MultiDiGraph:
    """A hand-built graph in build_network's shape: 6 nodes, 6 statements."""
    g = nx.MultiDiGraph()
    entity(g, "country/fra", "France", "Country", weight=12, qid="Q142",
           labels={"en": "France", "fr": "France", "ar": "فرنسا", "ru": "Франция"})
    entity(g, "country/deu", "Germany", "Country", weight=8, qid="Q183",
           labels={"en": "Germany", "ar": "ألمانيا"})
    entity(g, "person/emmanuel-macron", "Emmanuel Macron", "Person", weight=7, qid="Q3052772",
           labels={"en": "Emmanuel Macron", "ar": "إيمانويل ماكرون"},
           offices=["President of France (2017-05-14\u2013)"])
    entity(g, "organization/un", "United Nations", "Organization", weight=3, qid="Q1065")
    entity(g, "issue/gaza-ceasefire", "Gaza ceasefire", "Issue", weight=4)
    entity(g, "event/paris-summit", "Paris summit", "Event", weight=2)
    statement(g, "person/emmanuel-macron", "country/fra", "represents", date="2024-01-10",
              sentence="Emmanuel Macron, President of France, spoke.", doc="doc-1")
    statement(g, "country/fra", "event/paris-summit", "hosts", quad="material_cooperation",
              date="2024-02-01", sentence="France hosted the Paris summit on Thursday.", doc="doc-2",
              span="0-44")
    statement(g, "country/fra", "country/deu", "supports", quad="verbal_cooperation",
              date="2024-02-03", sentence="France said it supports Germany's proposal.", doc="doc-3")
    statement(g, "country/deu", "issue/gaza-ceasefire", "demands", quad="verbal_conflict",
              date="2024-03-05", sentence="Germany demanded an immediate ceasefire.", doc="doc-4")
    statement(g, "country/fra", "country/deu", "rejects", quad="verbal_conflict", negated=True,
              date="2024-04-01", sentence="France did not reject the German plan.", doc="doc-5")
    statement(g, "organization/un", "issue/gaza-ceasefire", "supports", quad="verbal_cooperation",
              modality="hypothetical", sentence="The UN would back a ceasefire if asked.", doc="doc-6")
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """Every text field carries markup, quotes, comment and script openers."""
    g = nx.MultiDiGraph()
    for i, text in enumerate(HOSTILE):
        entity(g, f"issue/{text}", text, "Issue", qid=text if i % 2 else "Q1", weight=i,
               labels={"en": text, "ar": text}, offices=[text])
    g.add_node("person/x", label="X", labels=json.dumps({"en": HOSTILE[0]}), type=HOSTILE[1],
               offices=json.dumps(HOSTILE), weight=2, qid="")
    for i, text in enumerate(HOSTILE):
        statement(g, "person/x", f"issue/{text}", text, sentence=text, doc=text, date=text,
                  modality=text, quad=text, span=text, plover=text, cameo=text, object_label=text)
    return g


def grid_graph(n: int) -> nx.MultiDiGraph:
    """n nodes on a ring with chords, typed round-robin."""
    g = nx.MultiDiGraph()
    types = list(viz.NODE_STYLES)
    for i in range(n):
        entity(g, f"node/{i}", f"Node {i}", types[i % len(types)], weight=i % 7)
    for i in range(n):
        statement(g, f"node/{i}", f"node/{(i + 1) % n}", "supports", date=f"2024-01-{i % 28 + 1:02d}",
                  sentence=f"Node {i} supports node {(i + 1) % n}.", doc=f"d{i}")
        if i % 5 == 0:
            statement(g, f"node/{i}", f"node/{(i * 7 + 3) % n}", "rejects", quad="verbal_conflict",
                      sentence=f"Node {i} rejects.", doc=f"r{i}")
    return g


class PageParser(HTMLParser):
    """Collects tags with attributes, script/style bodies and comments."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.comments: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self._in: tuple[str, dict] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        self.tags.append((tag, d))
        if tag in ("script", "style"):
            self._in, self._buf = (tag, d), []

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0]:
            body = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._in[1], body))
            else:
                self.styles.append(body)
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def parse(page: str) -> PageParser:
    p = PageParser()
    p.feed(page)
    p.close()
    return p


def page_data(parsed: PageParser) -> dict:
    """The page's data as its script makes it: one object a node and an edge (see :func:`expand`)."""
    return expand(raw_data(parsed))


def raw_data(parsed: PageParser) -> dict:
    (body,) = [b for a, b in parsed.scripts if a.get("id") == "dg-data"]
    return json.loads(body)


def _span(values: list[str]) -> str:
    return "" if not values else values[0] if len(values) == 1 else f"{values[0]} \u2013 {values[-1]}"


def expand(raw: dict) -> dict:
    """The page's columns made into node and edge objects, as page.js does (``decodeNodes``, ``decodeEdges``).

    A browser test checks that the page's script makes the same objects.
    """
    cfg, strings, n, e = raw["config"], raw["strings"], raw["nodes"], raw["edges"]
    nodes = []
    for i, nid in enumerate(n["id"]):
        type_ = cfg["types"][n["type"][i]]
        node = {"id": nid, "label": n["label"][i], "shape": type_["shape"], "color": type_["color"],
                "size": round(min(60.0, 10.0 + 6.0 * math.log1p(max(n["weight"][i], 0))), 1),
                "dg": {"type": type_["type"], "qid": n["qid"][i], "weight": n["weight"][i],
                       "labels": n["labels"][i] or {}, "offices": n["offices"][i] or []}}
        if "x" in n:
            node["x"], node["y"] = n["x"][i], n["y"][i]
        nodes.append(node)
    edges = []
    for i, flat in enumerate(e["evidence"]):
        evidence = [dict(zip(("sentence", "doc", "span", "date", "published"), (strings[k] for k in flat[j:j + 5])))
                    for j in range(0, len(flat), 5)]
        predicate = cfg["predicates"][e["predicate"][i]]["predicate"]
        negated, modality, count = e["negated"][i] == 1, cfg["modalities"][e["modality"][i]], len(evidence)
        quad = strings[e["quad"][i]]
        label = ("\u00ac " if negated else "") + predicate + (f" \u00d7{count}" if count > 1 else "")
        edge = {"id": f"e{i}", "from": nodes[e["from"][i]]["id"], "to": nodes[e["to"][i]]["id"],
                "label": label if cfg["edgeLabels"] == "always" else "",
                "color": cfg["quadColours"].get(quad, cfg["neutral"]),
                "dg": {"predicate": predicate, "negated": negated, "modality": modality,
                       "date": _span(sorted({x["date"] for x in evidence} - {""})),
                       "published": _span(sorted({x["published"] for x in evidence} - {""})),
                       "dates": sorted({x["date"] or x["published"] for x in evidence} - {""}),
                       "undated": any(not (x["date"] or x["published"]) for x in evidence),
                       "count": count, "label": label, "quad": quad, "plover": strings[e["plover"][i]],
                       "cameo": strings[e["cameo"][i]], "object_label": strings[e["object"][i]],
                       "evidence": evidence}}
        if count > 1:
            edge["width"] = round(1.5 + 1.2 * math.log2(count), 1)
        if negated:
            edge["dashes"] = cfg["dashNegated"]
        elif modality == "hypothetical":
            edge["dashes"] = cfg["dashHypothetical"]
        if e["bend"][i]:
            bend = e["bend"][i]
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if bend > 0 else "curvedCCW", "roundness": abs(bend)}
        edges.append(edge)
    return {"nodes": nodes, "edges": edges, "config": cfg}


REMOTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def remote_references(page: str) -> list[str]:
    """Resource references that would reach the network.

    Checked: src/srcset/poster/data/action/formaction on any element, href on
    <link> (stylesheets, icons, preloads) and <base>, <meta http-equiv=refresh>,
    and url()/@import in <style> blocks and style attributes. A plain
    <a href> is a link the reader may follow, not a loaded resource; the page
    only builds those at run time (Wikidata QIDs), so none is in the file.
    """
    found = []
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        for name in ("src", "srcset", "poster", "data", "action", "formaction", "background"):
            value = attrs.get(name)
            if value and (REMOTE.match(value) or not value.startswith(("data:", "#"))):
                found.append(f"<{tag} {name}={value!r}>")
        if tag in ("link", "base") and attrs.get("href"):
            found.append(f"<{tag} href={attrs['href']!r}>")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            found.append(f"<meta refresh {attrs.get('content')!r}>")
        if tag == "a" and attrs.get("href") and REMOTE.match(attrs["href"]):
            found.append(f"<a href={attrs['href']!r}>")
        style = attrs.get("style") or ""
        if "url(" in style and "url(data:" not in style:
            found.append(f"<{tag} style={style!r}>")
    for css in parsed.styles:
        for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", css):
            if not url.startswith("data:"):
                found.append(f"css url({url})")
        if "@import" in css:
            found.append("css @import")
    return found


# --------------------------------------------------------------------------- static page


def test_write_html_writes_page_and_no_lib_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = write_html(small_graph(), tmp_path / "graph.html", title="Diplomacy")
    assert out == tmp_path / "graph.html" and isinstance(out, Path)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Diplomacy</title>" in page
    assert "new vis.Network" in page  # page code
    assert "vis.DataSet" in page and "Network" in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]  # no lib/, no temp file
    assert not (Path.cwd() / "lib").exists()


def test_empty_and_bare_graphs(tmp_path):
    empty = write_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    data = page_data(parse(empty.read_text(encoding="utf-8")))
    assert data["nodes"] == [] and data["edges"] == []
    bare = nx.MultiDiGraph()
    bare.add_edge(1, "b")  # no attributes at all, non-string ids
    data = page_data(parse(render_html(bare)))
    assert [n["label"] for n in data["nodes"]] == ["1", "b"]
    (edge,) = data["edges"]
    assert (edge["from"], edge["to"], edge["dg"]["predicate"], edge["dg"]["modality"]) == ("1", "b", "related", "asserted")


def test_write_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "g.html"
    target.write_text("old page")

    def boom(*args, **kwargs):
        raise RuntimeError("render failed")

    monkeypatch.setattr(viz, "render_html", boom)
    with pytest.raises(RuntimeError):
        write_html(small_graph(), target)
    assert target.read_text() == "old page"
    monkeypatch.undo()

    real_replace = os.replace

    def failing_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(viz.os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_html(small_graph(), target)
    assert target.read_text() == "old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]  # temp file removed
    monkeypatch.setattr(viz.os, "replace", real_replace)
    write_html(small_graph(), target)
    assert "vis.Network" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("graph", [small_graph(), hostile_graph(), grid_graph(40)], ids=["small", "hostile", "grid"])
def test_page_has_no_remote_reference(graph):
    page = render_html(graph, physics_threshold=10)
    assert remote_references(page) == []
    # belt and braces: no CDN host, no protocol-relative or http(s) src/href anywhere
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    for host in ("cdn.jsdelivr", "cdnjs", "unpkg", "googleapis", "bootstrap"):
        assert host not in page


def test_remote_reference_checker_catches_cdn_tags():
    """The checker itself flags what pyvis' stock template writes."""
    pyvis_page = ('<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.0.0-beta3/dist/css/bootstrap.min.css" '
                  'rel="stylesheet"><script src="https://cdn.jsdelivr.net/x.js"></script>'
                  '<style>@import url(//fonts.example/x.css)</style><img src="pic.png">')
    assert len(remote_references(pyvis_page)) == 5


def test_hostile_strings_are_escaped():
    graph = hostile_graph()
    page = render_html(graph, title=HOSTILE[0] + HOSTILE[1])
    parsed = parse(page)
    # only the template's own elements: no injected script, img, b or comment
    assert len(parsed.scripts) == EXPECTED_SCRIPTS
    assert [a.get("type") for a, _ in parsed.scripts] == [None, "application/json", "application/json", None]
    tags = {t for t, _ in parsed.tags}
    assert not tags & {"img", "b", "iframe", "a"}
    assert parsed.comments == []
    for raw in ("<script>alert", "<img src=x", "</script><script>", "<!-- <script>", "<b>bold"):
        assert raw not in page
    # the title is text
    assert parsed.tags[[t for t, _ in parsed.tags].index("title")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # the data block decodes back to exactly the hostile strings
    data = page_data(parsed)
    labels = {n["label"] for n in data["nodes"]}
    assert set(HOSTILE) <= labels
    sentences = {e["dg"]["evidence"][0]["sentence"] for e in data["edges"]}
    assert sentences == set(HOSTILE)
    predicates = {p["predicate"] for p in data["config"]["predicates"]}
    assert predicates == set(HOSTILE)
    # and it is inert inside <script>: no <, >, & left raw in its text
    (body,) = [b for a, b in parsed.scripts if a.get("id") == "dg-data"]
    assert not set("<>&") & set(body)


def test_labels_follow_language_with_english_fallback():
    for lang, france, germany, un in [
        ("en", "France", "Germany", "United Nations"),
        ("ar", "فرنسا", "ألمانيا", "United Nations"),
        ("ru", "Франция", "Germany", "United Nations"),
        ("fr", "France", "Germany", "United Nations"),
    ]:
        parsed = parse(render_html(small_graph(), label_lang=lang))
        data = page_data(parsed)
        labels = {n["id"]: n["label"] for n in data["nodes"]}
        assert (labels["country/fra"], labels["country/deu"], labels["organization/un"]) == (france, germany, un)
        assert data["config"]["lang"] == lang
    with pytest.raises(ValueError):
        render_html(small_graph(), label_lang="de")


def test_styles_by_type_quad_negation_and_modality():
    data = page_data(parse(render_html(small_graph())))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["country/fra"]["shape"] == "square" and nodes["person/emmanuel-macron"]["shape"] == "dot"
    assert nodes["country/fra"]["color"] != nodes["issue/gaza-ceasefire"]["color"]
    assert nodes["country/fra"]["size"] > nodes["organization/un"]["size"]  # by weight
    assert nodes["person/emmanuel-macron"]["dg"]["offices"] == ["President of France (2017-05-14\u2013)"]
    assert nodes["country/fra"]["dg"]["qid"] == "Q142"
    edges = {(e["from"], e["dg"]["predicate"], e["to"]): e for e in data["edges"]}
    sup = edges[("country/fra", "supports", "country/deu")]
    rej = edges[("country/fra", "rejects", "country/deu")]
    hyp = edges[("organization/un", "supports", "issue/gaza-ceasefire")]
    assert sup["label"] == "supports" and "dashes" not in sup
    assert sup["color"] == viz.QUAD_COLOURS["verbal_cooperation"]
    assert rej["color"] == viz.QUAD_COLOURS["verbal_conflict"]
    assert rej["dashes"] and rej["label"] == "\u00ac rejects" and rej["dg"]["negated"] is True
    assert hyp["dashes"] and hyp["dashes"] != rej["dashes"]
    assert "smooth" in rej or "smooth" in sup  # the two France->Germany statements bend apart
    ev = sup["dg"]["evidence"]
    assert ev == [{"sentence": "France said it supports Germany's proposal.", "doc": "doc-3", "span": "",
                   "date": "2024-02-03", "published": ""}]
    cfg = data["config"]
    assert cfg["actorTypes"] == ["Person", "Country", "Organization", "GovernmentBody", "Coalition", "Group"]
    assert [t["type"] for t in cfg["types"]] == ["Person", "Country", "Organization", "Event", "Issue"]
    assert {p["predicate"] for p in cfg["predicates"]} == {"represents", "hosts", "supports", "demands", "rejects"}
    assert (cfg["dateMin"], cfg["dateMax"]) == ("2024-01-10", "2024-04-01")


def test_multiple_sentences_are_all_evidence():
    g = small_graph()
    g.edges["country/fra", "country/deu", "supports"]["sentence"] = ["First says so.", "Second agrees."]
    g.edges["country/fra", "country/deu", "supports"]["doc"] = ["d1", "d2"]
    data = page_data(parse(render_html(g)))
    (sup,) = [e for e in data["edges"] if e["dg"]["predicate"] == "supports" and e["from"] == "country/fra"]
    assert [(x["sentence"], x["doc"]) for x in sup["dg"]["evidence"]] == [("First says so.", "d1"), ("Second agrees.", "d2")]


def test_one_edge_per_claim_with_all_its_statements():
    """build_network keys edges predicate@doc:span: repeated claims draw as one edge."""
    g = small_graph()
    for doc, date in (("doc-7", "2024-05-01"), ("doc-8", "")):
        g.add_edge("country/fra", "country/deu", key=f"supports@{doc}:3-40", predicate="supports",
                   negated=False, modality="asserted", date=date, published="2024-05-02",
                   sentence=f"France backs Germany ({doc}).", doc=doc, span="3-40",
                   quad="verbal_cooperation", plover="COOPERATE", cameo="051")
    # a differently negated claim on the same pair stays its own edge
    g.add_edge("country/fra", "country/deu", key="supports@doc-9:0-9", predicate="supports",
               negated=True, modality="asserted", date="2024-06-01", sentence="France does not back it.",
               doc="doc-9", quad="verbal_cooperation")
    data = page_data(parse(render_html(g)))
    sup = [e for e in data["edges"] if (e["from"], e["dg"]["predicate"]) == ("country/fra", "supports")
           and e["to"] == "country/deu"]
    assert len(sup) == 2
    pos, neg = sorted(sup, key=lambda e: e["dg"]["negated"])
    assert pos["dg"]["count"] == 3 and pos["label"] == "supports \u00d73" and pos["width"] > 1.5
    assert [x["doc"] for x in pos["dg"]["evidence"]] == ["doc-3", "doc-7", "doc-8"]
    # doc-8 has no date of its own: the filter falls back to its publication date
    assert pos["dg"]["dates"] == ["2024-02-03", "2024-05-01", "2024-05-02"] and pos["dg"]["undated"] is False
    assert pos["dg"]["date"] == "2024-02-03 \u2013 2024-05-01" and pos["dg"]["published"] == "2024-05-02"
    assert pos["dg"]["plover"] == "COOPERATE" and pos["dg"]["cameo"] == "051"
    assert pos["dg"]["evidence"][1]["published"] == "2024-05-02"
    assert neg["dg"]["count"] == 1 and neg["dashes"] and "smooth" in neg
    # no predicate attribute: taken from the key
    bare = nx.MultiDiGraph()
    bare.add_edge("a", "b", key="hosts@d1:0-4")
    assert page_data(parse(render_html(bare)))["edges"][0]["dg"]["predicate"] == "hosts"


def test_physics_below_threshold_positions_above():
    small = parse(render_html(grid_graph(30), physics_threshold=300))
    data, options = page_data(small), json.loads([b for a, b in small.scripts if a.get("id") == "dg-options"][0])
    assert options["physics"]["enabled"] is True and data["config"]["physics"] is True
    assert all("x" not in n for n in data["nodes"])
    big = parse(render_html(grid_graph(60), physics_threshold=50))
    data, options = page_data(big), json.loads([b for a, b in big.scripts if a.get("id") == "dg-options"][0])
    assert options["physics"]["enabled"] is False and data["config"]["physics"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_layout_is_deterministic_and_spreads_nodes():
    import math

    g = grid_graph(700)  # above 500 nodes: the FFT-mesh force layout
    g.add_node("lonely", label="Lonely", type="Place")
    a, b = layout_positions(g), layout_positions(g)
    assert a == b and set(a) == set(g)
    pts = list(a.values())
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pts)
    assert len({(round(x), round(y)) for x, y in pts}) == len(pts)  # no two nodes on one spot
    assert layout_positions(nx.MultiDiGraph()) == {}


_LAYOUT_IN_A_PROCESS = """
import json, sys
import networkx as nx
from diplograph.viz.html import layout_positions
g = nx.MultiDiGraph()
for c in range(12):  # small components of a larger graph: laid out each from a graph of its own
    names = [f"n{c}-{i}" for i in range(3 + c % 4)]
    nx.add_path(g, names)
json.dump({k: [round(x, 6), round(y, 6)] for k, (x, y) in layout_positions(g).items()}, sys.stdout)
"""


@pytest.mark.slow  # starts fresh interpreters; CI runs it
def test_layout_is_the_same_in_every_process():
    """Strings hash differently in each process: nothing of the layout may follow a set's order."""
    import subprocess
    import sys

    runs = [subprocess.run([sys.executable, "-c", _LAYOUT_IN_A_PROCESS], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert runs[0] and runs[0] == runs[1] == runs[2]


def test_layout_draws_communities_apart():
    """Readability guard: the force layout keeps planted communities together.

    Four communities of 150 nodes (one component above 500 nodes, so the
    FFT-mesh layout), dense inside and linked by one edge in ten. Most of a
    node's 10 nearest nodes on the page must be of its own community: the
    layout gives about 0.9 here, igraph's Fruchterman-Reingold about 0.8 and
    a random placement 0.25 (see bench/bench_viz.py --graph communities).
    """
    import numpy as np
    from scipy.spatial import cKDTree

    planted = nx.random_partition_graph([150] * 4, 0.9 * 4 / 150, 0.1 * 4 / (3 * 150), seed=2)
    g = nx.MultiDiGraph()
    g.add_nodes_from(planted)
    g.add_edges_from(planted.edges())
    pos = layout_positions(g)
    nodes = list(planted)
    xy = np.array([pos[v] for v in nodes])
    block = np.array([planted.nodes[v]["block"] for v in nodes])
    _, nearest = cKDTree(xy).query(xy, 11)
    share = float((block[nearest[:, 1:]] == block[:, None]).mean())
    assert share > 0.85, share


def test_edge_labels_on_selection_only_for_large_graphs(monkeypatch):
    monkeypatch.setattr(viz, "_EDGE_LABELS_MAX", 3)
    data = page_data(parse(render_html(small_graph())))
    assert data["config"]["edgeLabels"] == "selection"
    assert all(e["label"] == "" for e in data["edges"])


# --------------------------------------------------------------------------- browser

needs_chromium = pytest.mark.skipif(
    not available(), reason=f"headless browser test needs Debian's chromium at {CHROMIUM} (apt-get install chromium)")

DRAWN = "document.documentElement.dataset.drawn === '1'"


@pytest.fixture(scope="module")
def browser():
    with Chromium() as b:
        yield b


def open_page(browser, path: Path, width=1280, height=800):
    page = browser.new_page(width, height)
    page.goto(path.resolve().as_uri())
    page.wait_for(DRAWN, timeout=60)
    return page


def assert_offline_and_clean(page):
    urls = page.requested_urls()
    assert urls and all(u.startswith(("file:", "data:")) for u in urls), urls
    assert page.events("Page.javascriptDialogOpening") == []
    assert page.console_errors() == []


@needs_chromium
def test_browser_draws_and_shows_evidence(browser, tmp_path):
    g = small_graph()
    path = write_html(g, tmp_path / "graph.html", title="Browser test")
    page = open_page(browser, path)
    # issues are hidden until asked for (with the two statements about one)
    assert int(page.evaluate("document.documentElement.dataset.nodes")) == g.number_of_nodes() - 1
    page.evaluate("document.getElementById('dg-show-issues').click()")
    assert page.evaluate("diplograph.network.body.data.nodes.length") == 6
    assert page.evaluate("diplograph.network.body.data.edges.length") == 6

    # a real mouse click on the "hosts" edge, once the layout has settled
    page.wait_for("document.documentElement.dataset.stable === '1'", timeout=30)
    edge_id = page.evaluate("diplograph.edges.get({filter: e => e.dg.predicate === 'hosts'})[0].id")
    x, y = page.evaluate(f"""(() => {{
        const n = diplograph.network, e = n.body.edges[{json.dumps(edge_id)}];
        const p = n.canvasToDOM(e.edgeType.getPoint(0.35));
        const r = document.getElementById('dg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    }})()""")
    page.click(x, y)
    page.wait_for("document.getElementById('dg-panel').dataset.kind === 'edge'", timeout=10)
    assert page.evaluate("document.getElementById('dg-panel').dataset.id") == edge_id
    assert page.evaluate("document.getElementById('dg-evidence').textContent") == \
        "France hosted the Paris summit on Thursday.document doc-2 · span 0-44"

    # the page's own handler, for the negated statement
    rej = page.evaluate("diplograph.edges.get({filter: e => e.dg.predicate === 'rejects'})[0].id")
    assert page.evaluate(f"diplograph.showEdge({json.dumps(rej)})") is True
    panel = page.evaluate("document.getElementById('dg-panel').innerText")
    assert "France did not reject the German plan." in panel
    assert "negated" in panel and "2024-04-01" in panel and "doc-5" in panel and "asserted" in panel

    # a node: type, offices, Wikidata link
    assert page.evaluate("diplograph.showNode('person/emmanuel-macron')") is True
    panel = page.evaluate("document.getElementById('dg-panel').innerText")
    assert "Person" in panel and "President of France (2017-05-14\u2013)" in panel
    assert page.evaluate("document.querySelector('#dg-panel a.dg-qid').href") == "https://www.wikidata.org/wiki/Q3052772"

    shot = page.screenshot(tmp_path / "graph.png")
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert_offline_and_clean(page)


@needs_chromium
def test_browser_filters_and_search(browser, tmp_path):
    path = write_html(small_graph(), tmp_path / "filters.html")
    page = open_page(browser, path)
    counts = "[diplograph.network.body.data.nodes.length, diplograph.network.body.data.edges.length]"
    assert page.evaluate(counts) == [5, 4]  # the issue and its two statements wait for the toggle
    page.evaluate("document.getElementById('dg-show-issues').click()")
    assert page.evaluate(counts) == [6, 6]
    # type filter: hide countries (and so their statements)
    page.evaluate("document.querySelector('#dg-legend input[data-type=\"Country\"]').click()")
    assert page.evaluate(counts) == [4, 1]
    page.evaluate("document.querySelector('#dg-legend input[data-type=\"Country\"]').click()")
    # predicate filter
    page.evaluate("document.querySelector('#dg-pred-filter [data-all=\"0\"]').click()")
    assert page.evaluate(counts) == [6, 0]
    page.evaluate("document.querySelector('#dg-pred-list input[data-predicate=\"supports\"]').click()")
    assert page.evaluate(counts) == [6, 2]
    page.evaluate("document.querySelector('#dg-pred-filter [data-all=\"1\"]').click()")
    # date range: February only, undated excluded
    page.evaluate("""(() => {
        const f = document.getElementById('dg-date-from'), t = document.getElementById('dg-date-to');
        f.value = '2024-02-01'; t.value = '2024-02-28';
        document.getElementById('dg-date-undated').checked = false;
        t.dispatchEvent(new Event('change'));
    })()""")
    assert page.evaluate(counts) == [6, 2]
    page.evaluate("document.getElementById('dg-hide-isolated').click()")
    assert page.evaluate(counts) == [3, 2]
    # search focuses a node even if filtered out, and shows it
    page.evaluate("(() => { const s = document.getElementById('dg-search'); s.value = 'macron';"
                  " document.getElementById('dg-search-form').requestSubmit(); })()")
    page.wait_for("document.getElementById('dg-panel').dataset.id === 'person/emmanuel-macron'", timeout=10)
    assert page.evaluate("diplograph.network.getSelectedNodes()") == ["person/emmanuel-macron"]
    assert page.evaluate("diplograph.focusNode('no such thing')") is None
    assert_offline_and_clean(page)


@needs_chromium
def test_browser_hostile_strings_stay_text(browser, tmp_path):
    path = write_html(hostile_graph(), tmp_path / "hostile.html", title=HOSTILE[2])
    page = open_page(browser, path)
    assert page.evaluate("document.scripts.length") == EXPECTED_SCRIPTS
    assert page.evaluate("document.title") == HOSTILE[2]
    ids = page.evaluate("diplograph.edges.getIds()")
    for eid in ids:
        page.evaluate(f"diplograph.showEdge({json.dumps(eid)})")
        sentence = page.evaluate("document.querySelector('#dg-evidence blockquote').textContent")
        assert sentence in HOSTILE
    for text in HOSTILE:
        nid = f"issue/{text}"
        assert page.evaluate(f"diplograph.showNode({json.dumps(nid)})") is True
        assert page.evaluate("document.getElementById('dg-panel-title').textContent") == text
        # a QID that is not Q<digits> is shown as text, never as a link
        assert page.evaluate("document.querySelectorAll('#dg-panel a').length") in (0, 1)
        href = page.evaluate("(document.querySelector('#dg-panel a') || {}).href || ''")
        assert href in ("", "https://www.wikidata.org/wiki/Q1")
    page.evaluate("diplograph.showNode('person/x')")
    assert page.evaluate("document.querySelectorAll('#dg-panel img, #dg-panel script, #dg-panel b').length") == 0
    assert page.evaluate("document.scripts.length") == EXPECTED_SCRIPTS
    assert page.evaluate("window.__pwned === undefined") is True
    page.screenshot(tmp_path / "hostile.png")
    assert_offline_and_clean(page)


@needs_chromium
@pytest.mark.parametrize("make", [small_graph, hostile_graph, lambda: grid_graph(60)], ids=["small", "hostile", "grid"])
def test_browser_makes_the_objects_the_columns_describe(browser, tmp_path, make):
    """The page's script reads its compact data into the objects :func:`expand` makes of it."""
    path = write_html(make(), tmp_path / "page.html", physics_threshold=30)
    page = open_page(browser, path)
    seen = json.loads(page.evaluate("JSON.stringify(diplograph.data, (k, v) => k === 'title' ? undefined : v)"))
    expected = page_data(parse(path.read_text(encoding="utf-8")))
    for node in expected["nodes"]:
        del node["shape"], node["color"]  # vis-network's copy of a node has them, from its type
    for edge in expected["edges"]:
        d = edge["dg"]
        d["verb"] = viz.verb_phrase(d["predicate"], negated=d["negated"])
        d["structural"] = d["predicate"] in viz.STRUCTURAL
        d["first"] = d["dates"][0][:10] if d["dates"] else ""
    assert seen == {"nodes": expected["nodes"], "edges": expected["edges"]}
    shapes = page.evaluate("diplograph.nodes.get().map(n => [n.id, n.shape, n.color])")
    styles = {t["type"]: (t["shape"], t["color"]) for t in expected["config"]["types"]}
    assert shapes == [[n["id"], *styles[n["dg"]["type"]]] for n in expected["nodes"]]
    assert_offline_and_clean(page)


@needs_chromium
def test_browser_tooltips_name_the_node_and_the_statement(browser, tmp_path):
    path = write_html(small_graph(), tmp_path / "tips.html")
    page = open_page(browser, path)
    page.wait_for("document.documentElement.dataset.stable === '1'", timeout=30)

    def hover(js_point: str) -> str:
        x, y = page.evaluate(f"""(() => {{ const n = diplograph.network, p = n.canvasToDOM({js_point});
            const r = document.getElementById('dg-network').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()""")
        page.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x - 2, "y": y})
        page.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        page.wait_for("(() => { const t = document.querySelector('.vis-tooltip');"
                      " return t && t.style.visibility === 'visible' && t.textContent; })()", timeout=10)
        return page.evaluate("document.querySelector('.vis-tooltip').textContent")

    assert hover("diplograph.network.getPosition('person/emmanuel-macron')") == \
        "Emmanuel MacronPersonPresident of France (2017-05-14\u2013)"
    inside = page.evaluate("""(() => { const t = document.querySelector('.vis-tooltip').getBoundingClientRect(),
        b = document.getElementById('dg-network').getBoundingClientRect();
        return t.left >= b.left && t.right <= b.right && t.top >= b.top && t.bottom <= b.bottom; })()""")
    assert inside
    page.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 2, "y": 2})
    # the middle of the France -> Paris summit edge (a straight one)
    text = hover("(() => { const p = diplograph.network.getPositions(['country/fra', 'event/paris-summit']);"
                 " return {x: (p['country/fra'].x + p['event/paris-summit'].x) / 2,"
                 " y: (p['country/fra'].y + p['event/paris-summit'].y) / 2}; })()")
    assert text == "hosts · 2024-02-01France hosted the Paris summit on Thursday."
    assert_offline_and_clean(page)


@needs_chromium
def test_browser_arabic_labels_right_to_left(browser, tmp_path):
    path = write_html(small_graph(), tmp_path / "ar.html", label_lang="ar")
    page = open_page(browser, path)
    page.evaluate("diplograph.showNode('country/fra')")
    title = page.evaluate("(() => { const h = document.getElementById('dg-panel-title');"
                          " return [h.textContent, h.dir, getComputedStyle(h).direction]; })()")
    assert title == ["فرنسا", "rtl", "rtl"]
    page.evaluate("diplograph.showEdge(diplograph.edges.get({filter: e => e.dg.predicate === 'supports'})[0].id)")
    names = page.evaluate("[...document.querySelectorAll('#dg-panel-title bdi')].map(b => [b.textContent, b.dir])")
    assert names in ([["فرنسا", "rtl"], ["ألمانيا", "rtl"]], [["United Nations", "rtl"], ["Gaza ceasefire", "rtl"]])
    page.screenshot(tmp_path / "ar.png")
    assert_offline_and_clean(page)


@needs_chromium
def test_browser_large_graph_uses_computed_positions(browser, tmp_path):
    g = grid_graph(120)
    path = write_html(g, tmp_path / "big.html", physics_threshold=50)
    page = open_page(browser, path)
    issues = sum(1 for _, t in g.nodes(data="type") if t == "Issue")
    assert int(page.evaluate("document.documentElement.dataset.nodes")) == 120 - issues
    assert page.evaluate("diplograph.network.physics.physicsEnabled") is False
    pos = page.evaluate("diplograph.network.getPositions(['node/0'])['node/0']")
    data = page_data(parse(path.read_text(encoding="utf-8")))
    first = next(n for n in data["nodes"] if n["id"] == "node/0")
    assert abs(pos["x"] - first["x"]) <= 1 and abs(pos["y"] - first["y"]) <= 1  # vis rounds
    page.screenshot(tmp_path / "big.png")
    assert_offline_and_clean(page)


# --------------------------------------------------------------------------- a first user's page
# Each test below runs at 39 nodes (the bundled example, extracted for real) and
# at 2,000 nodes (a synthetic build shaped like build_network's output).


def diplomatic_graph(n: int, *, seed: int = 5) -> nx.MultiDiGraph:
    """n typed nodes with skewed weights, about 1.5 statements a node over 60 days."""
    import random

    rnd = random.Random(seed)
    shares = [("Person", 0.4), ("Country", 0.08), ("Organization", 0.12), ("GovernmentBody", 0.08),
              ("Coalition", 0.02), ("Event", 0.1), ("Issue", 0.2)]
    g = nx.MultiDiGraph()
    ids = []
    for i in range(n):
        type_ = rnd.choices([t for t, _ in shares], [w for _, w in shares])[0]
        nid = f"{type_.lower()}/{i}"
        entity(g, nid, f"{type_} {i}", type_, weight=int(rnd.paretovariate(1.2)))
        ids.append(nid)
    actors = [x for x in ids if not x.startswith(("event/", "issue/"))]
    weights = [g.nodes[x]["weight"] for x in ids]
    for i in range(int(1.5 * n)):
        s, o = rnd.choice(actors), rnd.choices(ids, weights)[0]
        if s == o:
            continue
        predicate, quad = rnd.choice([("supports", "verbal_cooperation"), ("rejects", "verbal_conflict"),
                                      ("meetsWith", "verbal_cooperation"), ("sanctions", "material_conflict")])
        g.add_edge(s, o, key=f"{predicate}@d{i}:0-9", predicate=predicate, quad=quad, negated=False,
                   modality="asserted", date=f"2024-{1 + i % 2:02d}-{1 + i % 28:02d}", sentence=f"Sentence {i}.",
                   doc=f"d{i}", span="0-9", object_label=g.nodes[o]["label"])
    return g


@pytest.fixture(scope="module")
def example_graph(extractor):
    """The bundled example, extracted and networked as `diplograph build` does."""
    from datetime import date

    import diplograph
    from diplograph.actors.kb import load_kb
    from diplograph.graph.network import build_network
    from diplograph.types import Document

    seed = Path(diplograph.__file__).parent / "data" / "seed_coalition_ar.txt"
    doc = Document("seed_coalition_ar", seed.read_text(encoding="utf-8"), date(2025, 9, 1))
    return build_network([extractor.extract(doc)], kb=load_kb())


@pytest.fixture(scope="module", params=["example", pytest.param("2000", marks=pytest.mark.slow)])
def sized_page(request, browser, example_graph, tmp_path_factory):
    """(graph, page) for the example and for 2,000 nodes, drawn and settled."""
    graph = example_graph if request.param == "example" else diplomatic_graph(2000)
    if request.param == "example":
        assert graph.number_of_nodes() >= 30  # about 39
    path = write_html(graph, tmp_path_factory.mktemp("sized") / f"{request.param}.html")
    page = open_page(browser, path)
    page.wait_for("document.documentElement.dataset.stable === '1'", timeout=60)
    return graph, page


def drawn_after(page, action: str) -> None:
    """Run a view change and return once the page has drawn it (its labels are those of the new view)."""
    page.evaluate("new Promise(done => { diplograph.network.once('afterDrawing', () => done(true)); "
                  f"{action}; diplograph.network.redraw(); }})")


def reset(page):
    # (?.: so that on a page without these controls the test fails on what it checks)
    page.evaluate("diplograph.setEgo?.(null); diplograph.setUntil?.(null); diplograph.setType?.('Issue', false)")


def statements_of(graph) -> int:
    return sum(1 for _, _, p in graph.edges(data="predicate") if p not in viz.STRUCTURAL)


@needs_chromium
def test_browser_labels_the_largest_nodes_readably_and_more_when_zoomed(sized_page):
    graph, page = sized_page
    reset(page)
    drawn_after(page, "diplograph.network.fit()")
    page.wait_for("diplograph.labels().length > 0", timeout=10)
    fit = page.evaluate("diplograph.labels()")
    # readable on screen whatever the zoom: 13 px or more, inside the canvas
    assert all(label["size"] >= 13 for label in fit)
    w, h = page.evaluate("[document.getElementById('dg-network').clientWidth, document.getElementById('dg-network').clientHeight]")
    assert all(0 <= label["x"] - label["width"] / 2 and label["x"] + label["width"] / 2 <= w for label in fit)
    # the heaviest node shown is labelled
    shown = set(page.evaluate("diplograph.nodeView.getIds()"))
    heaviest = max(shown, key=lambda v: (graph.nodes[v].get("weight", 0), v))
    assert heaviest in {label["id"] for label in fit}
    if len(shown) > 200:  # zoomed out on a big graph: labels for the largest only, not a smear
        assert 10 <= len(fit) < len(shown) / 4
    # zoomed in four times: more of the nodes in view get a label
    drawn_after(page, "diplograph.network.moveTo({scale: diplograph.network.getScale() * 4})")
    page.wait_for("diplograph.labels().length > 0", timeout=10)
    zoomed = page.evaluate("diplograph.labels()")
    in_view = page.evaluate("""(() => { const n = diplograph.network, c = document.getElementById('dg-network');
        return diplograph.nodeView.getIds().filter(id => { const p = n.canvasToDOM(n.getPosition(id));
        return p.x >= 0 && p.y >= 0 && p.x <= c.clientWidth && p.y <= c.clientHeight; }).length; })()""")
    assert zoomed and all(0 <= label["x"] - label["width"] / 2 and label["x"] + label["width"] / 2 <= w for label in zoomed)
    if len(shown) > 200:  # where the whole view left most nodes unlabelled, a closer view labels more of them
        assert len(zoomed) / max(in_view, 1) > len(fit) / len(shown)
    assert all(label["size"] >= 13 for label in zoomed)
    page.evaluate("diplograph.network.fit()")


@needs_chromium
def test_browser_legend_beside_the_graph_and_never_cut(sized_page):
    _, page = sized_page
    reset(page)
    boxes = page.evaluate("""(() => {
        const r = e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
        const legend = document.getElementById('dg-legend');
        return {legend: r(legend), graph: r(document.getElementById('dg-network')),
                cut: [legend, ...legend.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1
                       && getComputedStyle(e).overflowX !== 'visible' || e.getBoundingClientRect().right > legend.getBoundingClientRect().right + 0.5)
                     .map(e => e.tagName + ':' + e.textContent.slice(0, 30)),
                hscroll: legend.scrollWidth > legend.clientWidth};
    })()""")
    (l0, t0, l1, t1), (g0, u0, g1, u1) = boxes["legend"], boxes["graph"]
    assert l1 <= g0 or g1 <= l0 or t1 <= u0 or u1 <= t0, boxes  # no overlap
    assert boxes["cut"] == [] and boxes["hscroll"] is False


@needs_chromium
def test_browser_dates_stay_in_order_and_bullets_line_up(browser, example_graph, tmp_path):
    """An Arabic name before a date must not reverse it ("(01-09-2025)")."""
    path = write_html(example_graph, tmp_path / "example.html")
    page = open_page(browser, path)
    people = [v for v, t in example_graph.nodes(data="type") if t == "Person"]
    checked = 0
    for person in people:
        page.evaluate(f"diplograph.setType?.('Issue', true); diplograph.showNode({json.dumps(person)})")
        found = page.evaluate("""(() => {
            const out = [], re = /[0-9]{4}-[0-9]{2}-[0-9]{2}/g, panel = document.getElementById('dg-panel');
            const walk = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
            for (let n; (n = walk.nextNode()); ) {
                for (const m of n.data.matchAll(re)) {
                    const r = document.createRange(), at = i => { r.setStart(n, i); r.setEnd(n, i + 1); return r.getBoundingClientRect(); };
                    const a = at(m.index), b = at(m.index + 9);
                    if (Math.abs(a.top - b.top) < 3) out.push([m[0], a.left, b.left]);
                }
            }
            const lis = [...panel.querySelectorAll('li')];
            return {dates: out, dirs: lis.map(li => getComputedStyle(li).direction),
                    lefts: lis.map(li => Math.round(li.getBoundingClientRect().left))};
        })()""")
        for text, first, last in found["dates"]:
            assert first < last, (person, text)  # the year is on the left
            checked += 1
        assert set(found["dirs"]) <= {"ltr"}, person
        assert len(set(found["lefts"])) <= 1, (person, found["lefts"])  # bullets in one column
    assert checked >= 3
    page.screenshot(tmp_path / "panel.png")
    assert_offline_and_clean(page)


@needs_chromium
def test_browser_statements_read_as_sentences_subject_first(browser, tmp_path):
    path = write_html(small_graph(), tmp_path / "sentences.html")
    page = open_page(browser, path)
    page.evaluate("diplograph.showNode('country/deu')")  # Germany: two statements in, one out
    lines = page.evaluate("[...document.querySelectorAll('#dg-panel .dg-edge-link')].map(b => "
                          "[b.querySelector('.dg-subject').textContent, b.textContent])")
    assert ["France", "France supports Germany 2024-02-03"] in lines
    assert ["France", "France does not reject Germany 2024-04-01"] in lines
    assert ["Germany", "Germany demands Gaza ceasefire 2024-03-05"] in lines  # shown though issues are hidden
    page.evaluate("diplograph.showEdge(diplograph.edges.get({filter: e => e.dg.predicate === 'hosts'})[0].id)")
    assert page.evaluate("document.getElementById('dg-panel-title').textContent") == "France hosts Paris summit"
    assert_offline_and_clean(page)


@needs_chromium
def test_browser_header_counts_every_statement_once(browser, tmp_path):
    g = small_graph()  # Macron represents France: a tie, not a statement
    for doc in ("doc-7", "doc-8"):  # the same claim twice more: one edge, three statements
        g.add_edge("country/fra", "country/deu", key=f"supports@{doc}:0-9", predicate="supports", negated=False,
                   modality="asserted", date="2024-05-01", sentence="France backs Germany.", doc=doc)
    page = open_page(browser, write_html(g, tmp_path / "count.html"))
    assert statements_of(g) == 7
    assert page.evaluate("document.getElementById('dg-count').textContent") == "5 / 6 nodes · 5 / 7 statements"
    page.evaluate("diplograph.setType('Issue', true)")
    assert page.evaluate("document.getElementById('dg-count').textContent") == "6 nodes · 7 statements"


@needs_chromium
def test_browser_issues_hidden_until_the_toggle(sized_page):
    graph, page = sized_page
    reset(page)
    issues = {v for v, t in graph.nodes(data="type") if t == "Issue"}
    assert issues
    ids = set(page.evaluate("diplograph.nodeView.getIds()"))
    assert not ids & issues and page.evaluate("document.getElementById('dg-show-issues').checked") is False
    page.evaluate("document.getElementById('dg-show-issues').click()")
    ids = set(page.evaluate("diplograph.nodeView.getIds()"))
    assert issues <= ids and len(ids) == graph.number_of_nodes()
    assert page.evaluate("document.querySelector('#dg-legend input[data-type=\"Issue\"]').checked") is True
    shown = int(page.evaluate("document.documentElement.dataset.shownStatements"))
    assert shown == statements_of(graph)
    page.evaluate("document.querySelector('#dg-legend input[data-type=\"Issue\"]').click()")
    assert page.evaluate("document.getElementById('dg-show-issues').checked") is False


@needs_chromium
def test_browser_time_slider_replays_the_growth(sized_page):
    graph, page = sized_page
    reset(page)
    page.evaluate("diplograph.setType('Issue', true)")
    days = page.evaluate("diplograph.days")
    assert days == sorted(days) and len(days) >= 2
    # the slider at its first day: only what was said that day, and the nodes it links
    page.evaluate("(() => { const s = document.getElementById('dg-time-slider'); s.value = '0';"
                  " s.dispatchEvent(new Event('input')); })()")
    first = [e for e in page.evaluate("diplograph.edgeView.get().map(e => [e.from, e.to, e.dg.first, e.dg.structural])")]
    assert first and all(structural or day == days[0] for _, _, day, structural in first)
    shown = set(page.evaluate("diplograph.nodeView.getIds()"))
    assert shown == {v for f, t, _, s in first if not s for v in (f, t)}
    assert page.evaluate("document.getElementById('dg-time-label').textContent") == f"to {days[0]}"
    # replay: the count of statements only grows, and ends with all of them
    page.evaluate("""(() => { window.__seen = [];
        new MutationObserver(() => window.__seen.push(+document.documentElement.dataset.shownStatements))
          .observe(document.documentElement, {attributes: true, attributeFilter: ['data-shown-statements']});
        diplograph.replay(30); })()""")
    page.wait_for("document.documentElement.dataset.playing === undefined", timeout=60)
    seen = page.evaluate("window.__seen")
    assert len(seen) >= 2 and seen == sorted(seen) and seen[-1] == statements_of(graph)


@needs_chromium
def test_browser_click_on_an_actor_shows_its_neighbourhood(sized_page, tmp_path):
    graph, page = sized_page
    reset(page)
    page.evaluate("diplograph.network.fit()")
    page.wait_for("document.documentElement.dataset.stable === '1'", timeout=30)
    actor = page.evaluate("""(() => { const ids = diplograph.nodeView.getIds().filter(id =>
        ['Person', 'Country', 'Organization', 'GovernmentBody', 'Coalition'].includes(diplograph.node(id).dg.type)
        && diplograph.network.getConnectedEdges(id).length > 0);
        ids.sort((a, b) => diplograph.network.getConnectedEdges(b).length - diplograph.network.getConnectedEdges(a).length);
        return ids[0]; })()""")
    for attempt in range(3):
        # under load the view may still move between reading the position and the click: start again and retry
        if attempt:
            reset(page)
        # no animation: under load a moving view makes the click miss the node
        page.evaluate(f"diplograph.network.focus({json.dumps(actor)}, {{scale: 1.5, animation: false}})")
        time.sleep(0.3)
        x, y = page.evaluate(f"""(() => {{ const n = diplograph.network, p = n.canvasToDOM(n.getPosition({json.dumps(actor)}));
            const r = document.getElementById('dg-network').getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }})()""")
        page.click(x, y)
        try:
            page.wait_for(f"document.documentElement.dataset.ego === {json.dumps(actor)}", timeout=10)
            break
        except ChromiumError:
            if attempt == 2:
                raise
    ids = set(page.evaluate("diplograph.nodeView.getIds()"))
    hidden = {v for v, t in graph.nodes(data="type") if t == "Issue"}
    neighbours = {v for v in nx.all_neighbors(graph, actor) if v not in hidden} | {actor}
    assert ids == neighbours
    assert page.evaluate("document.getElementById('dg-ego-bar').hidden") is False
    assert page.evaluate("document.getElementById('dg-panel').dataset.id") == actor
    page.screenshot(tmp_path / "ego.png")
    page.evaluate("document.getElementById('dg-ego-exit').click()")
    assert len(page.evaluate("diplograph.nodeView.getIds()")) == graph.number_of_nodes() - len(hidden)
    assert page.evaluate("document.getElementById('dg-ego-bar').hidden") is True
    assert page.console_errors() == []
