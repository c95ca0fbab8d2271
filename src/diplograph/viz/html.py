"""Write the knowledge graph as one interactive, offline HTML page.

The page is our template (``static/page.html``) rendered by Jinja in an
autoescaping environment, with vis-network drawing the graph: its script is
the copy pyvis ships, inlined (pyvis itself is not imported, nor its stock
template, which links Bootstrap from a CDN), so the page loads nothing from
the network.

The data is written compactly, as columns (one list a field, a value a node
or an edge), with the texts the edges repeat (documents, dates, sentences)
written once in ``strings`` and named by index; what follows from other fields
(a node's shape, colour and size, an edge's label, colour, width, dashes and
dates) is not written at all. The page's script (``static/page.js``) turns the
columns back into node and edge objects when it loads. A page of 20,000 nodes
and 40,000 statements is about a third of the size it was as one object an edge.

Safety: every string from the graph reaches the page only as JSON inside
``<script type="application/json">`` blocks, encoded by Jinja's ``tojson``
(which writes ``<``, ``>``, ``&`` and ``'`` as ``\\u003c`` etc., so no
``</script>`` or ``<!--`` can close or confuse the block), and the page's
script writes it into the DOM with ``textContent`` only. The one outbound
reference is a plain ``<a href>`` to a node's Wikidata page, created on click
when its QID matches ``Q[0-9]+``; it is a link a reader may follow, not a
resource the page loads.
"""
from __future__ import annotations

import json
import math
import os
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from diplograph.atomic import write_text
from diplograph.labels import CANONICAL
from diplograph.lang.profile import supported_languages
from diplograph.types import ACTOR_TYPES, NODE_TYPES

__all__ = [
    "HIDDEN_TYPES",
    "LABEL_LANGS",
    "STRUCTURAL",
    "NODE_STYLES",
    "QUAD_COLOURS",
    "layout_positions",
    "render_html",
    "verb_phrase",
    "write_html",
]

#: Languages a page can label its nodes in (others fall back to English).
LABEL_LANGS = tuple(supported_languages())

#: vis-network shape, colour and legend symbol for each node type.
NODE_STYLES: dict[str, tuple[str, str, str]] = {t.name: (t.shape, t.colour, t.symbol) for t in NODE_TYPES if t.shape}
_DEFAULT_STYLE = ("dot", "#9e9e9e", "\u25cf")

#: Edge colour for each quad class of a statement.
QUAD_COLOURS: dict[str, str] = {
    "verbal_cooperation": "#66bb6a",
    "material_cooperation": "#1b7837",
    "verbal_conflict": "#ff9800",
    "material_conflict": "#c62828",
    "neutral": "#8c8c8c",
}
_QUAD_ORDER = tuple(QUAD_COLOURS)
_DASH_NEGATED = [2, 5]
_DASH_HYPOTHETICAL = [10, 6]
_WIKIDATA = "https://www.wikidata.org/wiki/"
_STATIC = Path(__file__).with_name("static")
_LAYOUT_SEED = 7
#: vis-network's script in pyvis' package folder.
VIS_NETWORK = "templates/lib/vis-9.1.2/vis-network.min.js"
#: The version of the page's data layout (see :func:`render_html`), for readers of the page.
PAGE_FORMAT = 2
#: Above this many edges, predicates label only the selected node's statements.
_EDGE_LABELS_MAX = 1500
#: Edges that tie the graph together rather than report what someone did.
STRUCTURAL = frozenset({"represents", "memberOf"})
#: Node types the page hides until the reader asks for them (the legend's boxes).
HIDDEN_TYPES = ("Issue",)
#: Predicates whose English verb phrase is not their camelCase words.
_VERBS = {"coChairs": ("co-chairs", "does not co-chair"), "memberOf": ("is a member of", "is not a member of"),
          "related": ("is related to", "is not related to")}


def write_html(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    label_lang: str = CANONICAL,
    title: str = "diplograph",
    physics_threshold: int = 300,
) -> Path:
    """Write ``graph`` as a self-contained interactive HTML page.

    The page needs no network: vis-network is inlined and no CDN is linked.
    Nodes are coloured and shaped by type and sized by mentions; edges are
    coloured by quad class, dashed when negated or hypothetical, and labelled
    with their predicate. Clicking shows the evidence in a side panel, and a
    click on an actor shows its neighbourhood only. Labels are drawn by the
    page in screen pixels, the heaviest nodes first; issues (:data:`HIDDEN_TYPES`)
    wait for their toggle; a time slider replays the statements by date. Small
    graphs are laid out by the browser's physics; above ``physics_threshold``
    nodes positions are computed here and physics is off.

    The file is written atomically (a temporary file in the same folder, then
    :func:`os.replace`); no ``lib/`` folder is created.

    Args:
        graph: a :class:`networkx.MultiDiGraph` shaped like the output of
            ``diplograph.graph.network.build_network``.
        path: where to write the page; parent folders must exist.
        label_lang: language of node labels, one of :data:`LABEL_LANGS`;
            labels missing in that language fall back to English.
        title: the page title (escaped).
        physics_threshold: largest node count laid out by browser physics.

    Returns:
        The path written, as a :class:`~pathlib.Path`.

    Raises:
        ValueError: ``label_lang`` is not one of :data:`LABEL_LANGS`.

    Example:
        >>> import tempfile, networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("country/fra", label="France", type="Country", weight=3)
        >>> g.add_node("country/deu", label="Germany", type="Country", weight=1)
        >>> _ = g.add_edge("country/fra", "country/deu", key="supports",
        ...                predicate="supports", sentence="France backs Germany.")
        >>> with tempfile.TemporaryDirectory() as d:
        ...     out = write_html(g, Path(d) / "g.html", title="Demo")
        ...     page = out.read_text(encoding="utf-8")
        >>> "<title>Demo</title>" in page, "France backs Germany." in page
        (True, True)
        >>> 'src="http' in page or 'href="http' in page
        False
    """
    target = Path(path)
    page = render_html(graph, label_lang=label_lang, title=title, physics_threshold=physics_threshold)
    write_text(target, page)
    return target


def render_html(
    graph: nx.MultiDiGraph,
    *,
    label_lang: str = CANONICAL,
    title: str = "diplograph",
    physics_threshold: int = 300,
) -> str:
    """Return the page :func:`write_html` writes, as a string.

    Args:
        graph: the knowledge graph (see :func:`write_html`).
        label_lang: language of node labels, one of :data:`LABEL_LANGS`.
        title: the page title (escaped).
        physics_threshold: largest node count laid out by browser physics.

    Returns:
        The complete HTML document.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("issue/x", label="<script>alert(1)</script>", type="Issue")
        >>> page = render_html(g)
        >>> "<script>alert(1)" in page, "\\\\u003cscript\\\\u003ealert(1)" in page
        (False, True)
    """
    if label_lang not in LABEL_LANGS:
        raise ValueError(f"label_lang must be one of {LABEL_LANGS}, not {label_lang!r}")
    from markupsafe import Markup

    n_nodes = graph.number_of_nodes()
    physics = n_nodes <= physics_threshold
    positions = None if physics else layout_positions(graph)
    strings = _Strings()
    nodes, types, index = _page_nodes(graph, label_lang, positions)
    edge_labels = "always" if graph.number_of_edges() <= _EDGE_LABELS_MAX else "selection"
    edges, summary = _page_edges(graph, index, strings)
    type_order = [t for t, _ in sorted(types.items(), key=_type_order)]
    rank = {t: i for i, t in enumerate(type_order)}
    nodes["type"] = [rank[t] for t in nodes["type"]]  # an index into config.types
    predicates = sorted(summary.predicates)
    rank = {p: i for i, p in enumerate(predicates)}
    edges["predicate"] = [rank[p] for p in edges["predicate"]]
    dates = summary.dates
    config = {
        "lang": label_lang,
        "physics": physics,
        "edgeLabels": edge_labels,
        "wikidata": _WIKIDATA,
        "types": [
            {"type": t, "count": types[t], "shape": _style(t)[0], "color": _style(t)[1], "symbol": _style(t)[2]}
            for t in type_order
        ],
        "quads": [
            {"quad": q, "name": q.replace("_", " "), "count": summary.quads[q], "color": QUAD_COLOURS[q]}
            for q in _QUAD_ORDER
            if summary.quads.get(q)
        ],
        "quadColours": QUAD_COLOURS,
        "neutral": QUAD_COLOURS["neutral"],
        "dashes": [
            {"name": "asserted / reported / future", "css": "solid"},
            {"name": "negated (\u00ac)", "css": "dotted"},
            {"name": "hypothetical", "css": "dashed"},
        ],
        "dashNegated": _DASH_NEGATED,
        "dashHypothetical": _DASH_HYPOTHETICAL,
        "predicates": [{"predicate": p, "count": summary.predicates[p]} for p in predicates],
        "modalities": summary.modalities,
        "dateMin": min(dates)[:10] if dates else "",
        "dateMax": max(dates)[:10] if dates else "",
        # What the header counts: statements, each once (an edge may draw several).
        "statements": summary.statements,
        "days": sorted(summary.days),
        "hiddenTypes": [t for t in HIDDEN_TYPES if types.get(t)],
        # What each edge would repeat, written once: the page derives an edge's verb, whether it
        # is structural and its first day from its predicate, negation and dates.
        "verbs": {p: [verb_phrase(p), verb_phrase(p, negated=True)] for p in predicates},
        "structural": sorted(STRUCTURAL),
        "actorTypes": list(ACTOR_TYPES),
    }
    data = {"format": PAGE_FORMAT, "strings": strings.values, "nodes": nodes, "edges": edges, "config": config}
    template = _environment().get_template("page.html")
    # tojson (the environment's compact JSON) escapes < > & ' so the data cannot end its <script> block.
    return template.render(heading=str(title), dg_lang=label_lang, data=data,
                           options=Markup(json.dumps(_vis_options(n_nodes, graph.number_of_edges(), physics))))


def verb_phrase(predicate: str, *, negated: bool = False) -> str:
    """The predicate as the verb of an English sentence whose subject comes first.

    Example:
        >>> verb_phrase("participatesIn"), verb_phrase("hosts", negated=True)
        ('participates in', 'does not host')
        >>> verb_phrase("occupies", negated=True), verb_phrase("coChairs")
        ('does not occupy', 'co-chairs')
    """
    if predicate in _VERBS:
        return _VERBS[predicate][negated]
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", predicate)] or [predicate]
    if not negated:
        return " ".join(words)
    head = words[0]
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    else:
        return "not " + " ".join(words)
    return " ".join(["does not", head, *words[1:]])


def layout_positions(graph: nx.Graph, *, seed: int = _LAYOUT_SEED, scale: float = 150.0) -> dict[Any, tuple[float, float]]:
    """Compute deterministic 2-D positions for a large graph, in page pixels.

    Each connected component is laid out alone and the components are packed
    in rows, largest first, isolated nodes last in a grid. A component of up
    to 500 nodes gets :func:`networkx.spring_layout` (seeded); a larger one a
    ForceAtlas2-style layout whose far-field repulsion is computed on a grid
    by FFT, so a step costs about O((n + m) log n) instead of O(n^2): 1 to
    1.7 s for 5,000 nodes and 10,000 edges, 3 to 5 s for 20,000 and 40,000
    (``bench/bench_viz.py`` on 2 cores).

    Args:
        graph: any NetworkX graph; direction and parallel edges are ignored.
        seed: random seed; the same graph and seed give the same positions.
        scale: the median edge length, in page pixels.

    Returns:
        ``{node: (x, y)}`` for every node.

    Example:
        >>> import networkx as nx
        >>> pos = layout_positions(nx.path_graph(3))
        >>> sorted(pos) == [0, 1, 2] and pos == layout_positions(nx.path_graph(3))
        True
    """
    if graph.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    # Each linked pair once, in the order of graph.edges() (parallel edges are many: one a statement).
    simple.add_edges_from((u, v) for u, near in graph.adjacency() for v in near if u != v)
    return _rescale(simple, _components_layout(simple, seed), scale)


# --------------------------------------------------------------------------- helpers


@lru_cache(maxsize=None)
def _static_text(name: str) -> str:
    return (_STATIC / name).read_text(encoding="utf-8")


_ENV = None
_RENDER_LOCK = threading.Lock()


def _environment():
    """The Jinja environment of ``static/page.html``, with the page's CSS, script and vis-network as globals.

    vis-network is the copy pyvis ships, read from its package folder: importing
    pyvis would import IPython, a second of a build.
    """
    global _ENV
    if _ENV is None:
        from jinja2 import Environment, FileSystemLoader
        from markupsafe import Markup

        env = Environment(loader=FileSystemLoader(str(_STATIC)), autoescape=True)
        env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
        scripts = {"page.css": _static_text("page.css"), "page.js": _static_text("page.js"),
                   "vis-network.min.js": _vis_network()}
        for name, text in scripts.items():
            # What would end or confuse its <style>/<script> block (ours are held to "</" as a whole).
            ends = ("</script", "<!--") if name == "vis-network.min.js" else ("</", "<!--")
            if any(end in text.lower() for end in ends):
                raise RuntimeError(f"{name} must not contain {' or '.join(map(repr, ends))}")
        env.globals.update(dg_css=Markup(scripts["page.css"]), dg_js=Markup(scripts["page.js"]),
                           dg_vis=Markup(scripts["vis-network.min.js"]))
        _ENV = env
    return _ENV


def _vis_network() -> str:
    """The text of vis-network's script, as pyvis ships it (found without importing pyvis)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the HTML page needs pyvis (pip install pyvis), which ships vis-network")
    return (Path(list(spec.submodule_search_locations)[0]) / VIS_NETWORK).read_text(encoding="utf-8")


def _style(node_type: str) -> tuple[str, str, str]:
    return NODE_STYLES.get(node_type, _DEFAULT_STYLE)


def _type_order(item: tuple[str, int]) -> tuple[int, str]:
    names = list(NODE_STYLES)
    return (names.index(item[0]) if item[0] in names else len(names), item[0])


def _text(value: Any) -> str:
    """A string for the page: None becomes "", other values their str()."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return value if isinstance(value, str) else str(value)


def _json_value(value: Any, default: Any) -> Any:
    """Decode a JSON-string attribute (``labels``, ``offices``); tolerate decoded values."""
    if value is None or value == "":
        return default
    if isinstance(value, (dict, list, tuple)):
        return value
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return [value] if isinstance(default, list) else default
    return default


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value)


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        try:
            decoded = json.loads(value)
        except ValueError:
            return [value]
        return decoded if isinstance(decoded, list) else [value]
    return [value]


class _Strings:
    """The texts the page's edges repeat (documents, dates, sentences, codes), each written once.

    ``strings(text)``, or ``strings.index[text]``, is the text's number in ``strings.values``.

    >>> strings = _Strings()
    >>> [strings("d1"), strings("d2"), strings("d1"), strings.index[""]], strings.values
    ([1, 2, 1, 0], ['', 'd1', 'd2'])
    """

    class _Numbering(dict):
        def __init__(self, values: list[str]) -> None:
            super().__init__()
            self.values = values

        def __missing__(self, text: str) -> int:
            number = self[text] = len(self.values)
            self.values.append(text)
            return number

    def __init__(self) -> None:
        self.values: list[str] = []
        self.index = self._Numbering(self.values)
        self.index[""]  # noqa: B018 (the empty text is number 0)

    def __call__(self, text: str) -> int:
        return self.index[text]


def _page_nodes(graph: nx.MultiDiGraph, lang: str, positions) -> tuple[dict[str, list], Counter, dict[Any, int]]:
    """The nodes as columns, one value a node: what the page needs, its drawing made from it by page.js.

    ``labels`` keeps only the names that differ from the one shown, ``offices``
    and ``labels`` are 0 where empty; a node's shape, colour and size follow
    from its type and weight. ``type`` holds type names here (the caller makes them indices).
    """
    columns: dict[str, list] = {"id": [], "label": [], "type": [], "weight": [], "qid": [], "labels": [],
                                "offices": []}
    if positions is not None:
        columns["x"], columns["y"] = [], []
    types: Counter = Counter()
    index: dict[Any, int] = {}
    for node_id, attrs in graph.nodes(data=True):
        index[node_id] = len(index)
        nid = _text(node_id)
        labels_raw = _json_value(attrs.get("labels"), {})
        labels = {_text(k): _text(v) for k, v in labels_raw.items()} if isinstance(labels_raw, dict) else {}
        english = _text(attrs.get("label")) or labels.get(CANONICAL, "") or nid
        label = labels.get(lang) or english
        # the offices in the page's language (a graph written before they had languages: as they are)
        by_lang = _json_value(attrs.get("offices_labels"), {})
        in_lang = by_lang.get(lang) if isinstance(by_lang, dict) else None
        offices = [_text(o) for o in _as_list(in_lang or _json_value(attrs.get("offices"), []))]
        ntype = _text(attrs.get("type"))
        try:
            weight = int(attrs.get("weight") or 0)
        except (TypeError, ValueError):
            weight = 0
        types[ntype] += 1
        others = {k: v for k, v in labels.items() if v and v != label}
        columns["id"].append(nid)
        columns["label"].append(label)
        columns["type"].append(ntype)
        columns["weight"].append(weight)
        columns["qid"].append(_text(attrs.get("qid")).strip())
        columns["labels"].append(others or 0)
        columns["offices"].append(offices or 0)
        if positions is not None:
            x, y = positions[node_id]
            columns["x"].append(round(x, 1))
            columns["y"].append(round(y, 1))
    return columns, types, index


def _plain(*values: Any) -> bool:
    """Each value is one a list of at most one string for :func:`_as_list`: None, or a string that is no JSON list."""
    for value in values:
        if value is not None and (type(value) is not str or (value[:1] == "[" and value[-1:] == "]")):
            return False
    return True


#: One sentence of evidence: the sentence, its document, its span, its date and its document's date.
Evidence = tuple[str, str, str, str, str]


def _evidence(attrs: dict) -> list[Evidence]:
    """The sentences behind one graph edge, each with its document, span and dates.

    >>> _evidence({"sentence": "A met B.", "doc": "d1", "span": "0-8", "date": "", "published": "2025-09-01"})
    [('A met B.', 'd1', '0-8', '', '2025-09-01')]
    >>> _evidence({"sentence": '["A met B.", "B met A."]', "doc": "d1", "span": "0-8"})
    [('A met B.', 'd1', '0-8', '', ''), ('B met A.', 'd1', '0-8', '', '')]
    """
    get = attrs.get
    sentence, doc, date, published, span = get("sentence"), get("doc"), get("date"), get("published"), get("span")
    if (_plain(sentence, doc, date, published, span)
            and "sentences" not in attrs and "docs" not in attrs and "dates" not in attrs and "spans" not in attrs):
        # One statement an edge, as build_network writes it: the general case below, without its lists.
        span = span or ""
        if span[:1] in ("(", "["):
            span = span.strip("()[]").replace(" ", "")
        return [(sentence or "", doc or "", span, date or "", published or "")]
    sentences = _as_list(attrs.get("sentences", attrs.get("sentence")))
    docs = _as_list(attrs.get("docs", attrs.get("doc")))
    spans = attrs.get("spans", attrs.get("span"))
    spans = spans if isinstance(spans, list) and len(sentences) > 1 else [spans]
    dates = _as_list(attrs.get("dates", attrs.get("date")))
    published = _as_list(attrs.get("published"))
    out = []
    for i, sentence in enumerate(sentences or [""]):
        def pick(seq, i=i):
            return _text(seq[i] if i < len(seq) else (seq[0] if len(seq) == 1 else ""))
        span = pick(spans)
        if span.startswith("(") or span.startswith("["):
            span = span.strip("()[]").replace(" ", "")
        out.append((_text(sentence), pick(docs), span, pick(dates), pick(published)))
    return out


@dataclass
class _EdgeSummary:
    """What the legend, the filters and the header count over the page's edges."""

    quads: Counter = field(default_factory=Counter)
    predicates: Counter = field(default_factory=Counter)
    modalities: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    days: set[str] = field(default_factory=set)
    statements: int = 0


def _page_edges(graph: nx.MultiDiGraph, index: dict[Any, int], strings: _Strings) -> tuple[dict[str, list], _EdgeSummary]:
    """One page edge per (subject, predicate, object, negation, modality), with all its evidence, as columns.

    ``build_network`` keeps one graph edge per statement, so the same claim
    made in ten articles is ten parallel edges: drawn as one, wider, with the
    ten sentences in its panel. Edges that still share a pair of nodes (other
    predicates) bend apart (``bend``: 0, or the roundness, negative for a
    counter-clockwise curve). Texts are indices into ``strings``; ``evidence``
    holds five a sentence (sentence, document, span, date, publication date);
    ``from``/``to`` are node indices, ``modality`` an index into the summary's
    list. ``predicate`` holds names here (the caller makes them indices).
    Labels, colours, widths, dashes and the dates of an edge follow from these (page.js).
    """
    groups: dict[tuple, dict[str, Any]] = {}
    if graph.is_multigraph():
        triples = graph.edges(keys=True, data=True)
    else:
        triples = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, key, attrs in triples:
        predicate = attrs.get("predicate")
        predicate = predicate if type(predicate) is str else _text(predicate)
        if not predicate and isinstance(key, str):
            predicate = key.split("@", 1)[0]
        predicate = predicate or "related"
        negated = attrs.get("negated", False)
        negated = negated if type(negated) is bool else _as_bool(negated)
        modality = attrs.get("modality")
        modality = (modality if type(modality) is str else _text(modality)) or "asserted"
        group = groups.get((u, v, predicate, negated, modality))
        if group is None:
            group = groups[(u, v, predicate, negated, modality)] = {
                "quads": Counter(), "plover": set(), "cameo": set(), "object_label": "", "evidence": [],
            }
        group["quads"][_text(attrs.get("quad"))] += 1
        for name in ("plover", "cameo"):
            code = attrs.get(name)
            if code:
                group[name].add(_text(code))
        if not group["object_label"]:
            group["object_label"] = _text(attrs.get("object_label"))
        group["evidence"] += _evidence(attrs)

    columns: dict[str, list] = {name: [] for name in ("from", "to", "predicate", "negated", "modality", "quad",
                                                      "plover", "cameo", "object", "bend", "evidence")}
    summary = _EdgeSummary()
    modalities: dict[str, int] = {}
    parallel: defaultdict = defaultdict(int)
    text = strings.index
    for (u, v, predicate, negated, modality), g in groups.items():
        quads = g["quads"]
        quad = next(iter(quads)) if len(quads) == 1 else quads.most_common(1)[0][0]
        evidence = g["evidence"]
        # The date filter uses the statement's date, else the article's.
        when = sorted({date or published for _, _, _, date, published in evidence} - {""})
        summary.predicates[predicate] += 1
        if quad:
            summary.quads[quad if quad in QUAD_COLOURS else "neutral"] += 1
        summary.dates += when
        if predicate not in STRUCTURAL:
            summary.statements += len(evidence)
        if when:
            summary.days.add(when[0][:10])
        pair = (u, v) if _text(u) <= _text(v) else (v, u)
        rank = parallel[pair]
        parallel[pair] += 1
        bend = 0
        if rank:
            # Bend other statements between one pair apart, alternating sides.
            roundness = round(min(0.9, 0.2 * ((rank + 1) // 2)), 2)
            bend = roundness if (rank % 2) ^ (pair[0] != u) else -roundness
        if modality not in modalities:
            modalities[modality] = len(modalities)
            summary.modalities.append(modality)
        columns["from"].append(index[u])
        columns["to"].append(index[v])
        columns["predicate"].append(predicate)
        columns["negated"].append(1 if negated else 0)
        columns["modality"].append(modalities[modality])
        columns["quad"].append(text[quad])
        columns["plover"].append(text[", ".join(sorted(g["plover"]))])
        columns["cameo"].append(text[", ".join(sorted(g["cameo"]))])
        columns["object"].append(text[g["object_label"]])
        columns["bend"].append(bend)
        columns["evidence"].append([text[field] for sentence in evidence for field in sentence])
    return columns, summary


def _vis_options(n_nodes: int, n_edges: int, physics: bool) -> dict:
    big = n_nodes > 1000
    options = {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "system-ui, DejaVu Sans, Arial, sans-serif",
                     "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "width": 1.5,
            "selectionWidth": 2,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 11, "color": "#555555", "strokeWidth": 3, "strokeColor": "#ffffff",
                     "align": "middle"},
            # "dynamic" smoothing adds a physics body per edge: 7x slower to stabilise.
            "smooth": {"enabled": False} if not physics else {"enabled": True, "type": "continuous"},
        },
        "interaction": {
            "hover": not big,
            "tooltipDelay": 250,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
        "layout": {"randomSeed": _LAYOUT_SEED, "improvedLayout": physics and n_nodes <= 100},
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140,
                          "springConstant": 0.03, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 50, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    text = json.dumps(options)
    # Rendered verbatim into a script block: it must hold only our own constants.
    assert "<" not in text and ">" not in text and "&" not in text
    return options


def _rescale(graph: nx.Graph, pts: dict, scale: float) -> dict[Any, tuple[float, float]]:
    """Scale positions so the median edge is ``scale`` pixels long, and nodes stand apart.

    The median distance to the nearest node is kept at least ``scale / 3``
    (when SciPy is there to find it), since in hub-heavy graphs edges run long
    while nodes crowd.
    """
    lengths = sorted(x for x in (math.dist(pts[u], pts[v]) for u, v in graph.edges()) if x > 0)
    factor = scale / lengths[len(lengths) // 2] if lengths else scale
    if len(pts) > 2:
        try:
            import numpy as np
            from scipy.spatial import cKDTree
        except ImportError:  # pragma: no cover
            pass
        else:
            xy = np.array(list(pts.values()), dtype=float)
            near = cKDTree(xy).query(xy, 2)[0][:, 1]
            med = float(np.median(near))
            if med > 0:
                factor = max(factor, scale / 3 / med)
    return {v: (p[0] * factor, p[1] * factor) for v, p in pts.items()}


def _components_layout(graph: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """Lay out each connected component alone, then pack them in rows, largest first.

    Each component is scaled so that its nodes stand about 1 apart (median
    distance to the nearest node, or median edge length without SciPy), so all
    share one density; isolated nodes go in a square grid of unit spacing.
    """
    import numpy as np

    comps = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    rng = np.random.default_rng(seed)
    boxes: list[tuple[list, Any]] = []
    singles: list = []
    for comp in comps:
        if len(comp) == 1:
            singles.extend(comp)
            continue
        nodes = sorted(comp, key=str)
        # A graph of its own, in this order: a subgraph view of a few nodes runs through them
        # in the order of a set (of the strings' hashes), and the layout would change from run to run.
        sub = nx.Graph()
        sub.add_nodes_from(nodes)
        sub.add_edges_from((u, v) for u in nodes for v in graph.adj[u])
        if len(nodes) == 2:
            pos = np.array([[0.0, 0.0], [1.0, 0.0]])
        elif len(nodes) <= 500:
            raw = nx.spring_layout(sub, seed=int(rng.integers(1 << 30)), iterations=80)
            pos = np.array([raw[v] for v in nodes], dtype=float)
        else:
            index = {v: i for i, v in enumerate(nodes)}
            edges = np.array([(index[u], index[v]) for u, v in sub.edges()], dtype=np.int64)
            pos = _force_layout(len(nodes), edges, rng)
        boxes.append((nodes, pos / _spacing(pos, nodes, sub)))
    if singles:
        side = math.ceil(math.sqrt(len(singles)))
        boxes.append((singles, np.array([(i % side, i // side) for i in range(len(singles))], dtype=float)))
    out: dict[Any, tuple[float, float]] = {}
    margin = 2.0
    shelves = [(nodes, pos - pos.min(axis=0)) for nodes, pos in boxes]
    sizes = [pos.max(axis=0) + margin for _, pos in shelves]
    width = max(max(float(w) for w, _ in sizes), 1.2 * math.sqrt(sum(float(w * h) for w, h in sizes)))
    x = y = row_h = 0.0
    for nodes, pos in shelves:
        w, h = (pos.max(axis=0) + margin).tolist()
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for v, (px, py) in zip(nodes, pos.tolist()):
            out[v] = (px + x, py + y)
        x += w
        row_h = max(row_h, h)
    return out


def _spacing(pos, nodes: list, sub: nx.Graph) -> float:
    """Median distance from a node to its nearest neighbour (median edge without SciPy)."""
    import numpy as np

    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover
        index = {v: i for i, v in enumerate(nodes)}
        lengths = [float(np.hypot(*(pos[index[u]] - pos[index[v]]))) for u, v in sub.edges()]
        lengths = [x for x in lengths if x > 0]
        return float(np.median(lengths)) if lengths else 1.0
    near = cKDTree(pos).query(pos, 2)[0][:, 1]
    med = float(np.median(near))
    return med if med > 0 else 1.0


class _Mesh:
    """Far-field repulsion on a grid: masses deposited per cell, field by FFT convolution."""

    def __init__(self, size: int):
        import numpy as np

        self.size = size
        d = np.arange(-size, size, dtype=float)
        dx, dy = np.meshgrid(d, d, indexing="ij")
        r2 = dx * dx + dy * dy
        r2[size, size] = np.inf  # no force from a node's own cell
        self.kx = np.fft.rfft2(np.fft.ifftshift(dx / r2))
        self.ky = np.fft.rfft2(np.fft.ifftshift(dy / r2))

    def field(self, pos, mass):
        """Return (field at each node, cell width): sum of m_j (x_i - x_j) / |x_i - x_j|^2."""
        import numpy as np

        g = self.size
        lo = pos.min(axis=0)
        span = max(float((pos.max(axis=0) - lo).max()), 1e-9) * (1 + 1e-9)
        h = span / g
        ij = np.minimum(((pos - lo) / h).astype(np.int64), g - 1)
        flat = ij[:, 0] * (2 * g) + ij[:, 1]
        rho = np.bincount(flat, mass, (2 * g) ** 2).reshape(2 * g, 2 * g)
        spec = np.fft.rfft2(rho)
        fx = np.fft.irfft2(spec * self.kx, s=rho.shape).ravel()[flat]
        fy = np.fft.irfft2(spec * self.ky, s=rho.shape).ravel()[flat]
        return np.stack([fx, fy], axis=1) / h, h


def _force_layout(n: int, edges, rng, iterations: int = 100):
    """ForceAtlas2-style layout of one connected component in O((n + m) log n) a step.

    Repulsion between nodes i and j is (deg_i + 1)(deg_j + 1) / d, so hubs push
    apart and their leaves fan out; attraction along edges is linear in d; a
    weak gravity keeps the component round. Far-field repulsion comes from a
    particle mesh (an FFT convolution over a grid of about 1.5 sqrt(n) cells a
    side); pairs closer than one cell are added exactly with a k-d tree when
    SciPy is present. Steps are capped by a temperature that cools linearly,
    as in Fruchterman-Reingold.

    Why not a library: measured with ``bench/bench_viz.py --layout`` (2
    cores, igraph 1.0, networkx 3.6), no library layout was as readable in
    comparable time. On 5,000 nodes of eight planted communities this layout
    takes 1.0 s, keeps 0.79 of a node's 10 nearest nodes in its community,
    6% of edges longer than 3 median edges and 3% of nodes within 20 px of
    another. igraph's grid Fruchterman-Reingold: 1.5 s, 0.60 (communities
    mixed) and 11% crowded; at 20,000 nodes 15 s. igraph's DrL: 0.91, but
    5 s (26 s at 20,000) and 19% long edges. igraph's UMAP: 0.88, but 2.3 s
    (8.5 s at 20,000), 27% long edges (stray leaves thrown far out) and 15%
    crowded. networkx's ``forceatlas2_layout`` is O(n^2) a step: about 2
    minutes at 5,000 nodes, and 0.40. None of them packs components.
    """
    import numpy as np

    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - scipy is normally there with networkx
        cKDTree = None
    mass = np.bincount(edges.ravel(), minlength=n).astype(float) + 1.0
    pos = rng.standard_normal((n, 2)) * math.sqrt(n)
    grid = int(min(256, max(32, 2 ** math.ceil(math.log2(1.5 * math.sqrt(n))))))
    mesh = _Mesh(grid)
    temp = math.sqrt(n)

    def scatter(idx, vec):
        return np.stack([np.bincount(idx, vec[:, 0], n), np.bincount(idx, vec[:, 1], n)], axis=1)

    for step in range(iterations):
        field, h = mesh.field(pos, mass)
        disp = mass[:, None] * field
        if cKDTree is not None:
            pairs = cKDTree(pos).query_pairs(h, output_type="ndarray")
            if len(pairs):
                d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
                dist2 = np.maximum((d * d).sum(axis=1), 1e-6 * h * h)
                f = (mass[pairs[:, 0]] * mass[pairs[:, 1]] / dist2)[:, None] * d
                disp += scatter(pairs[:, 0], f) - scatter(pairs[:, 1], f)
        d = pos[edges[:, 0]] - pos[edges[:, 1]]
        disp += scatter(edges[:, 1], d) - scatter(edges[:, 0], d)
        centred = pos - pos.mean(axis=0)
        disp -= mass[:, None] * centred / np.maximum(np.sqrt((centred * centred).sum(axis=1)), 1e-9)[:, None]
        length = np.sqrt(np.maximum((disp * disp).sum(axis=1), 1e-12))
        cap = temp * (1.0 - step / iterations) + 0.05
        pos += disp / length[:, None] * np.minimum(length, cap)[:, None]
    return pos
