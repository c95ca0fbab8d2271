/* diplograph offline page. Data arrives as JSON in <script type="application/json">
 * blocks; every value is written into the page with textContent or as an attribute
 * value, never with innerHTML, so labels and sentences cannot inject markup. */
(function () {
  "use strict";
  var t0 = performance.now();
  var RAW = JSON.parse(document.getElementById("dg-data").textContent);
  var OPTIONS = JSON.parse(document.getElementById("dg-options").textContent);
  var CFG = RAW.config;
  var RTL_LANGS = { ar: 1, fa: 1, he: 1, ur: 1 };
  var QID_RE = /^Q[1-9][0-9]*$/;
  var hasOwn = Object.prototype.hasOwnProperty;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (hasOwn.call(attrs, k) && attrs[k] !== undefined && attrs[k] !== null) {
          e.setAttribute(k, attrs[k]);
        }
      }
    }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function textDir(lang) { return RTL_LANGS[lang] ? "rtl" : "auto"; }
  var LABEL_DIR = textDir(CFG.lang);

  /* ---- data --------------------------------------------------------- */
  // The data comes as columns (diplograph.viz.html: one list a field, the texts
  // edges repeat as indices into RAW.strings, nothing that follows from other
  // fields): made here into one object a node and an edge.
  function spanText(values) {
    return values.length === 0 ? "" : values.length === 1 ? values[0] : values[0] + " \u2013 " + values[values.length - 1];
  }
  function sortedSet(values) {
    values.sort();
    return values.filter(function (v, i) { return i === 0 || v !== values[i - 1]; });
  }
  function nodeSize(weight) {
    return Math.round(Math.min(60, 10 + 6 * Math.log1p(Math.max(weight, 0))) * 10) / 10;
  }
  function decodeNodes(N) {
    var out = new Array(N.id.length);
    for (var i = 0; i < out.length; i++) {
      var n = {
        id: N.id[i], label: N.label[i], size: nodeSize(N.weight[i]),
        dg: { type: CFG.types[N.type[i]].type, qid: N.qid[i], weight: N.weight[i], labels: N.labels[i] || {}, offices: N.offices[i] || [] }
      };
      if (N.x) { n.x = N.x[i]; n.y = N.y[i]; }
      out[i] = n;
    }
    return out;
  }
  function decodeEdges(E, S, nodes) {
    var out = new Array(E.from.length);
    for (var i = 0; i < out.length; i++) {
      var flat = E.evidence[i], evidence = [], dates = [], published = [], when = [], undated = false;
      for (var k = 0; k < flat.length; k += 5) {
        var ev = { sentence: S[flat[k]], doc: S[flat[k + 1]], span: S[flat[k + 2]], date: S[flat[k + 3]], published: S[flat[k + 4]] };
        evidence.push(ev);
        if (ev.date) dates.push(ev.date);
        if (ev.published) published.push(ev.published);
        if (ev.date || ev.published) when.push(ev.date || ev.published); else undated = true;
      }
      var predicate = CFG.predicates[E.predicate[i]].predicate, negated = E.negated[i] === 1;
      var modality = CFG.modalities[E.modality[i]], quad = S[E.quad[i]], count = evidence.length;
      var label = (negated ? "\u00ac " : "") + predicate + (count > 1 ? " \u00d7" + count : "");
      var e = {
        id: "e" + i, from: nodes[E.from[i]].id, to: nodes[E.to[i]].id,
        label: CFG.edgeLabels === "always" ? label : "",
        color: hasOwn.call(CFG.quadColours, quad) ? CFG.quadColours[quad] : CFG.neutral,
        dg: {
          predicate: predicate, negated: negated, modality: modality,
          date: spanText(sortedSet(dates)), published: spanText(sortedSet(published)), dates: sortedSet(when),
          undated: undated, count: count, label: label, quad: quad,
          plover: S[E.plover[i]], cameo: S[E.cameo[i]], object_label: S[E.object[i]], evidence: evidence
        }
      };
      if (count > 1) e.width = Math.round((1.5 + 1.2 * Math.log2(count)) * 10) / 10;
      if (negated) e.dashes = CFG.dashNegated;
      else if (modality === "hypothetical") e.dashes = CFG.dashHypothetical;
      if (E.bend[i]) e.smooth = { enabled: true, type: E.bend[i] > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(E.bend[i]) };
      out[i] = e;
    }
    return out;
  }
  var DATA = { nodes: decodeNodes(RAW.nodes) };
  DATA.edges = decodeEdges(RAW.edges, RAW.strings, DATA.nodes);

  var byType = {};
  CFG.types.forEach(function (t) { byType[t.type] = t; });
  var STRUCTURAL = {};
  CFG.structural.forEach(function (p) { STRUCTURAL[p] = 1; });
  DATA.edges.forEach(function (e) {
    var d = e.dg;
    d.verb = CFG.verbs[d.predicate][d.negated ? 1 : 0];
    d.structural = hasOwn.call(STRUCTURAL, d.predicate);
    d.first = d.dates.length ? d.dates[0].slice(0, 10) : "";
  });

  // Tooltips are made when shown: every node shares one empty element as its
  // title (every edge another), filled on vis-network's showPopup.
  var NODE_TIP = el("div", { "class": "dg-tip" }), EDGE_TIP = el("div", { "class": "dg-tip" });
  function fillTip(tip, id) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    if (tip === NODE_TIP) {
      var n = nodeIndex[id];
      tip.appendChild(el("b", { dir: LABEL_DIR, "class": "dg-text" }, n.label));
      tip.appendChild(el("span", null, n.dg.type || "Unknown type"));
      if (n.dg.offices.length) tip.appendChild(el("div", { dir: "auto", "class": "dg-text" }, n.dg.offices[0]));
      return;
    }
    var d = edgeIndex[id].dg;
    tip.appendChild(el("b", null, d.verb + (d.count > 1 ? " \u00d7" + d.count : "") + (d.modality && d.modality !== "asserted" ? " (" + d.modality + ")" : "") + (d.date ? " · " + d.date : "")));
    if (d.evidence.length && d.evidence[0].sentence) {
      var s = d.evidence[0].sentence;
      tip.appendChild(el("span", { dir: "auto", "class": "dg-text" }, s.length > 240 ? s.slice(0, 240) + "…" : s));
    }
  }

  // vis-network draws a label at a fixed size in graph units: unreadable when
  // zoomed out. The page draws labels itself, in screen pixels (drawLabels).
  // What vis-network is given of a node is what it draws: the rest stays in DATA.
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    var style = byType[n.dg.type];
    var item = { id: n.id, shape: style.shape, color: style.color, size: n.size, title: NODE_TIP };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  DATA.edges.forEach(function (e) { e.title = EDGE_TIP; });
  var edges = new vis.DataSet(DATA.edges);
  var nodeIndex = {}, edgeIndex = {}, incident = {};
  DATA.nodes.forEach(function (n) { nodeIndex[n.id] = n; incident[n.id] = []; });
  DATA.edges.forEach(function (e) {
    edgeIndex[e.id] = e;
    if (incident[e.from]) incident[e.from].push(e);
    if (incident[e.to] && e.to !== e.from) incident[e.to].push(e);
  });
  var ACTOR_TYPES = {};  // the actor types (types.ACTOR_TYPES): a click on one shows its neighbourhood
  CFG.actorTypes.forEach(function (t) { ACTOR_TYPES[t] = 1; });

  /* ---- filters ------------------------------------------------------ */
  var state = {
    types: {}, predicates: {}, from: "", to: "", undated: true, hideIsolated: false,
    until: null, ego: null, visibleEdges: null, linked: null, shown: null
  };
  CFG.types.forEach(function (t) { state.types[t.type] = CFG.hiddenTypes.indexOf(t.type) < 0; });
  CFG.predicates.forEach(function (p) { state.predicates[p.predicate] = true; });

  function edgePasses(e) {
    var d = e.dg;
    if (!state.predicates[d.predicate]) return false;
    if (state.from || state.to) {
      // An edge passes when one of its statements does. A partial date
      // ("2024-03") passes when it overlaps the range.
      var ok = d.undated && state.undated;
      for (var i = 0; !ok && i < d.dates.length; i++) {
        var day = d.dates[i].slice(0, 10);
        ok = !(state.from && day < state.from.slice(0, day.length)) && !(state.to && day > state.to.slice(0, day.length));
      }
      if (!ok) return false;
    }
    // The time slider: a statement appears on its first date; the structural
    // edges (a body represents its state) have none and are always there.
    if (state.until !== null && !d.structural && !(d.first && d.first <= state.until)) return false;
    var a = nodeIndex[e.from], b = nodeIndex[e.to];
    return !!(a && b && (state.types[a.dg.type] || e.from === state.ego) && (state.types[b.dg.type] || e.to === state.ego));
  }
  function computeFilters() {
    var vis_ = {}, linked = {}, i, e;
    for (i = 0; i < DATA.edges.length; i++) {
      e = DATA.edges[i];
      if (edgePasses(e)) {
        vis_[e.id] = true;
        // While the graph replays, a node appears with its first statement.
        if (state.until === null || !e.dg.structural) { linked[e.from] = true; linked[e.to] = true; }
      }
    }
    var ego = null;
    if (state.ego !== null) {
      // The actor, the nodes it has a statement with, and the statements among them.
      ego = {};
      ego[state.ego] = true;
      incident[state.ego].forEach(function (x) { if (vis_[x.id]) { ego[x.from] = true; ego[x.to] = true; } });
      for (var id in vis_) {
        e = edgeIndex[id];
        if (!(ego[e.from] && ego[e.to])) delete vis_[id];
      }
    }
    var shown = {};
    DATA.nodes.forEach(function (n) {
      if (ego ? ego[n.id] : (state.types[n.dg.type] && ((!state.hideIsolated && state.until === null) || linked[n.id]))) shown[n.id] = true;
    });
    state.visibleEdges = vis_;
    state.linked = linked;
    state.shown = shown;
  }
  computeFilters();
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !!state.shown[n.id]; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return !!state.visibleEdges[e.id] && !!state.shown[e.from] && !!state.shown[e.to]; }
  });
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function updateCount() {
    // Statements, each once: an edge draws every statement of one claim, and
    // the structural edges are no statements.
    var shown = 0;
    edgeView.forEach(function (e) { if (!e.dg.structural) shown += e.dg.count; });
    var total = CFG.statements;
    document.getElementById("dg-count").textContent =
      (nodeView.length === DATA.nodes.length ? plural(DATA.nodes.length, "node") : nodeView.length + " / " + plural(DATA.nodes.length, "node")) +
      " · " + (shown === total ? plural(total, "statement") : shown + " / " + plural(total, "statement"));
    var root = document.documentElement;
    root.setAttribute("data-shown-nodes", String(nodeView.length));
    root.setAttribute("data-shown-statements", String(shown));
  }
  function applyFilters() {
    computeFilters();
    nodeView.refresh();
    edgeView.refresh();
    updateCount();
  }

  /* ---- network ------------------------------------------------------ */
  var container = document.getElementById("dg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, OPTIONS);

  // A tooltip is filled once vis-network has picked its node or edge (see
  // NODE_TIP), then placed as vis-network places one: above the pointer,
  // inside the graph's box.
  var pointer = { x: 0, y: 0 };
  container.addEventListener("pointermove", function (ev) {
    var r = container.getBoundingClientRect();
    pointer.x = ev.clientX - r.left;
    pointer.y = ev.clientY - r.top;
  });
  network.on("showPopup", function (id) {
    var tip = NODE_TIP.isConnected ? NODE_TIP : EDGE_TIP.isConnected ? EDGE_TIP : null;
    if (!tip || !(tip === NODE_TIP ? nodeIndex[id] : edgeIndex[id])) return;
    fillTip(tip, id);
    var frame = tip.parentNode, box = frame.parentNode, pad = 5, h = frame.clientHeight, w = frame.clientWidth;
    frame.style.top = Math.max(pad, Math.min(pointer.y - 5 - h, box.clientHeight - h - pad)) + "px";
    frame.style.left = Math.max(pad, Math.min(pointer.x + 3, box.clientWidth - w - pad)) + "px";
  });

  /* ---- labels ------------------------------------------------------- */
  // Largest nodes first; a label is drawn at a readable size on screen when it
  // does not overlap one already drawn, so zooming in makes room for more.
  var LABEL_ORDER = DATA.nodes.slice().sort(function (a, b) {
    return (b.dg.weight - a.dg.weight) || (b.size - a.size) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  }).map(function (n) { return n.id; });
  var LABEL_FONT = "system-ui, 'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif";
  var LABEL_MAX_CHARS = 42;
  // A text whose first strong letter is Hebrew, Arabic, Syriac, Thaana or N'Ko.
  var RTL_START = /^[^A-Za-z\u00c0-\u024f\u0370-\u04ff]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
  var lastLabels = [];
  function shortLabel(text) {
    text = String(text);
    return text.length > LABEL_MAX_CHARS ? text.slice(0, LABEL_MAX_CHARS - 1) + "\u2026" : text;
  }
  var textWidths = new Map();  // by font, then text: measuring is the dearest part of a frame
  function drawLabels(ctx) {
    var scale = network.getScale(), tr = network.body.view.translation;
    var w = container.clientWidth, h = container.clientHeight;
    var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var budget = Math.max(20, Math.floor(w * h / 6000));
    var selected = {};
    network.getSelectedNodes().forEach(function (id) { selected[id] = true; });
    var order = Object.keys(selected).concat(LABEL_ORDER);
    var drawn = [], done = {}, font = null, widths = null;
    // The boxes taken so far, filed by the cells of a coarse grid they cover:
    // a candidate is checked against the boxes of its own cells only.
    var CELL = 64, cells = new Map();
    function cellsOf(box, visit) {  // labels stay inside the canvas: so does the part of a box that matters
      var x1 = Math.min(Math.floor(box[2] / CELL), Math.floor(w / CELL)), y1 = Math.min(Math.floor(box[3] / CELL), Math.floor(h / CELL));
      for (var cx = Math.max(0, Math.floor(box[0] / CELL)); cx <= x1; cx++) {
        for (var cy = Math.max(0, Math.floor(box[1] / CELL)); cy <= y1; cy++) {
          if (visit(cx * 4096 + cy) === true) return true;
        }
      }
      return false;
    }
    function clashes(box) {
      return cellsOf(box, function (key) {
        var list = cells.get(key);
        if (!list) return false;
        for (var k = 0; k < list.length; k++) {
          var o = list[k];
          if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) return true;
        }
        return false;
      });
    }
    function take(box) {
      cellsOf(box, function (key) {
        var list = cells.get(key);
        if (list) list.push(box); else cells.set(key, [box]);
      });
    }
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    for (var i = 0; i < order.length && drawn.length < budget; i++) {
      var id = order[i];
      if (done[id] || !state.shown[id]) continue;
      done[id] = true;
      var bn = network.body.nodes[id];
      if (!bn) continue;
      var x = bn.x * scale + tr.x, y = bn.y * scale + tr.y;
      if (x < -100 || x > w + 100 || y < -30 || y > h + 10) continue;
      var size = drawn.length < 3 ? 15 : drawn.length < 12 ? 14 : 13;
      var radius = Math.max(4, (bn.options.size || 10) * scale);
      var top = y + radius + 2;
      // The label's box holds this narrow one: where that is cut or taken, so is the label (no need to measure).
      var core = [x - 3, top - 1, x + 3, top + size + 2];
      if (core[0] < 0 || core[2] > w || core[1] < 0 || core[3] > h || (!selected[id] && clashes(core))) continue;
      var text = shortLabel(nodeIndex[id].label);
      var wanted = (drawn.length < 12 ? "600 " : "") + size + "px " + LABEL_FONT;
      if (wanted !== font) {
        font = ctx.font = wanted;
        if (!textWidths.has(font)) textWidths.set(font, new Map());
        widths = textWidths.get(font);
      }
      var tw = widths.get(text);
      if (tw === undefined) widths.set(text, tw = ctx.measureText(text).width);
      var box = [x - tw / 2 - 3, top - 1, x + tw / 2 + 3, top + size + 2];
      if (box[0] < 0 || box[2] > w || box[1] < 0 || box[3] > h) continue;  // never cut by the edge
      if (!selected[id] && clashes(box)) continue;
      ctx.direction = RTL_START.test(text) ? "rtl" : "ltr";  // the ellipsis ends the text, whatever its script
      // A labelled node's label and its shape: later labels keep off both.
      take(box);
      take([x - radius, y - radius, x + radius, y + radius]);
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(text, x, top);
      ctx.fillStyle = "#1f1f1f";
      ctx.fillText(text, x, top);
      drawn.push({ id: id, x: x, y: top, size: size, width: tw });
    }
    ctx.restore();
    lastLabels = drawn;
  }
  network.on("afterDrawing", drawLabels);
  // Once laid out, physics stops: the picture holds still and costs no CPU.
  function settled() { document.documentElement.setAttribute("data-stable", "1"); }
  if (CFG.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      settled();
    });
  } else {
    network.once("afterDrawing", settled);
  }
  network.once("afterDrawing", function () {
    var root = document.documentElement;
    root.setAttribute("data-drawn-ms", String(Math.round(performance.now())));
    root.setAttribute("data-script-ms", String(Math.round(performance.now() - t0)));
    root.setAttribute("data-nodes", String(network.body.data.nodes.length));
    root.setAttribute("data-edges", String(network.body.data.edges.length));
    root.setAttribute("data-drawn", "1");
  });

  /* ---- evidence panel ----------------------------------------------- */
  var panel = document.getElementById("dg-panel");
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
  function addField(dl, name, value, attrs) {
    if (value === undefined || value === null || value === "") return null;
    dl.appendChild(el("dt", null, name));
    var dd = el("dd", attrs || null);
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
    return dd;
  }
  function nodeName(id) { var n = nodeIndex[id]; return n ? n.label : id; }
  // One statement as a sentence, subject first, each name and the date
  // isolated (bdi) so that right-to-left names cannot reorder the line.
  function sentence(e, into) {
    var d = e.dg;
    into.setAttribute("dir", "ltr");
    into.appendChild(el("bdi", { dir: LABEL_DIR, "class": "dg-subject" }, nodeName(e.from)));
    into.appendChild(document.createTextNode(" " + d.verb + " "));
    into.appendChild(el("bdi", { dir: LABEL_DIR, "class": "dg-object" }, nodeName(e.to)));
    if (d.count > 1) into.appendChild(document.createTextNode(" \u00d7" + d.count));
    if (d.modality && d.modality !== "asserted") into.appendChild(el("span", { "class": "dg-mod" }, " (" + d.modality + ")"));
    if (d.date) {
      into.appendChild(document.createTextNode(" "));
      into.appendChild(el("span", { "class": "dg-date", dir: "ltr" }, d.date));
    }
    return into;
  }
  function edgeButton(e) {
    var b = sentence(e, el("button", { type: "button", "class": "dg-edge-link", "data-edge": e.id }));
    if (!state.visibleEdges[e.id]) b.classList.add("dg-off");
    b.addEventListener("click", function () {
      showEdge(e.id);
      if (state.visibleEdges[e.id] && edgeView.get(e.id)) network.selectEdges([e.id]);
    });
    return b;
  }
  function showNode(id) {
    var n = nodeIndex[id];
    if (!n) return false;
    var d = n.dg;
    clearPanel();
    panel.setAttribute("data-kind", "node");
    panel.setAttribute("data-id", id);
    panel.appendChild(el("h2", { dir: LABEL_DIR, id: "dg-panel-title" }, n.label));
    var dl = el("dl");
    addField(dl, "Type", d.type || "Unknown");
    addField(dl, "Id", id);
    addField(dl, "Mentions", d.weight);
    if (d.qid) {
      if (QID_RE.test(d.qid)) {
        var a = el("a", { href: CFG.wikidata + d.qid, target: "_blank", rel: "noopener noreferrer external", "class": "dg-qid" }, d.qid);
        addField(dl, "Wikidata", a);
      } else {
        addField(dl, "Wikidata", d.qid);
      }
    }
    Object.keys(d.labels).sort().forEach(function (lang) {
      if (d.labels[lang] && d.labels[lang] !== n.label) addField(dl, "Label (" + lang + ")", d.labels[lang], { dir: textDir(lang), "class": "dg-text", lang: lang });
    });
    panel.appendChild(dl);
    if (d.offices.length) {
      panel.appendChild(el("h3", null, "Offices"));
      // The list is left to right (bullets on one side); each office is
      // isolated, so an Arabic title keeps its date in order.
      var ul = el("ul", { id: "dg-offices", dir: "ltr" });
      d.offices.forEach(function (o) {
        // "الرئيس (named 2025-09-01)": the title as the article wrote it, then our note.
        var li = el("li"), m = /^(.*?)\s*(\([^()]*\))$/.exec(o);
        li.appendChild(el("bdi", { "class": "dg-text" }, m ? m[1] : o));
        if (m) li.appendChild(el("span", { "class": "dg-date", dir: "ltr" }, " " + m[2]));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    // Every statement of the node, drawn or not (greyed when a filter hides it).
    var own = incident[id].filter(function (e) { return !e.dg.structural; });
    own.sort(function (a, b) { return (a.dg.first || "9") < (b.dg.first || "9") ? -1 : (a.dg.first || "9") > (b.dg.first || "9") ? 1 : 0; });
    if (own.length) {
      var count = 0;
      own.forEach(function (e) { count += e.dg.count; });
      panel.appendChild(el("h3", null, "Statements (" + count + ")"));
      var ul2 = el("ul", { "class": "dg-statements", dir: "ltr" });
      own.slice(0, 300).forEach(function (e) {
        var li = el("li");
        li.appendChild(edgeButton(e));
        ul2.appendChild(li);
      });
      panel.appendChild(ul2);
    }
    return true;
  }
  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return false;
    var d = e.dg;
    clearPanel();
    panel.setAttribute("data-kind", "edge");
    panel.setAttribute("data-id", id);
    // Left to right with each name isolated, so the arrow reads the same way
    // whatever the script of the names.
    var h = el("h2", { id: "dg-panel-title", dir: "ltr" });
    h.appendChild(el("bdi", { dir: LABEL_DIR }, nodeName(e.from)));
    h.appendChild(document.createTextNode(" " + d.verb + " "));
    h.appendChild(el("bdi", { dir: LABEL_DIR }, nodeName(e.to)));
    panel.appendChild(h);
    var dl = el("dl");
    addField(dl, "Predicate", d.predicate);
    var neg = el("span", { "class": "dg-tag" + (d.negated ? " dg-neg" : ""), id: "dg-negated" }, d.negated ? "negated" : "no");
    addField(dl, "Negated", neg);
    addField(dl, "Modality", d.modality || "asserted", { id: "dg-modality" });
    addField(dl, "Date", d.date || "undated", { id: "dg-date", dir: "ltr" });
    if (!d.date) addField(dl, "Published", d.published);
    addField(dl, "Statements", d.count > 1 ? String(d.count) : "");
    addField(dl, "Class", d.quad ? d.quad.replace(/_/g, " ") : "");
    addField(dl, "PLOVER", d.plover);
    addField(dl, "CAMEO", d.cameo);
    if (d.object_label) addField(dl, "Object", d.object_label, { dir: "auto", "class": "dg-text" });
    panel.appendChild(dl);
    panel.appendChild(el("h3", null, d.evidence.length > 1 ? "Evidence (" + d.evidence.length + " sentences)" : "Evidence"));
    var box = el("div", { id: "dg-evidence" });
    d.evidence.forEach(function (ev) {
      var q = el("blockquote", { dir: "auto", "class": "dg-sentence" }, ev.sentence || "(no sentence recorded)");
      box.appendChild(q);
      var meta = [];
      if (ev.doc) meta.push("document " + ev.doc);
      if (ev.span) meta.push("span " + ev.span);
      if (ev.date && ev.date !== d.date) meta.push(ev.date);
      if (ev.published && ev.published !== ev.date) meta.push("published " + ev.published);
      if (meta.length) box.appendChild(el("div", { "class": "dg-doc", dir: "ltr" }, meta.join(" · ")));
    });
    panel.appendChild(box);
    return true;
  }

  // Large graphs carry no edge labels (drawing thousands is slow): the
  // predicates of the selected node's statements, or of the selected
  // statement, are labelled on demand.
  var labelled = [];
  function labelEdges(ids) {
    if (CFG.edgeLabels !== "selection") return;
    var updates = labelled.map(function (id) { return { id: id, label: "" }; });
    labelled = ids.slice(0, 500);
    labelled.forEach(function (id) {
      var e = edges.get(id);
      if (e) updates.push({ id: id, label: e.dg.label });
    });
    if (updates.length) edges.update(updates);
  }
  /* ---- ego view ----------------------------------------------------- */
  // A click on an actor shows only its neighbourhood: the actor, the nodes it
  // has statements with, and the statements among them. "show all" (or Esc)
  // brings the whole graph back.
  var egoBar = document.getElementById("dg-ego-bar");
  function setEgo(id) {
    if (id !== null && !nodeIndex[id]) return false;
    state.ego = id;
    egoBar.hidden = id === null;
    document.getElementById("dg-ego-name").textContent = id === null ? "" : nodeName(id);
    document.getElementById("dg-ego-name").setAttribute("dir", LABEL_DIR);
    document.documentElement.setAttribute("data-ego", id === null ? "" : id);
    applyFilters();
    var ids = nodeView.getIds();
    if (id !== null) {
      network.selectNodes([id]);
      labelEdges(network.getConnectedEdges(id));
    }
    var fit = { animation: { duration: 300, easingFunction: "easeInOutQuad" } };
    if (id !== null) fit.nodes = ids;
    if (ids.length) network.fit(fit);
    return true;
  }
  document.getElementById("dg-ego-exit").addEventListener("click", function () { setEgo(null); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && state.ego !== null) setEgo(null); });

  network.on("click", function (p) {
    if (p.nodes && p.nodes.length) {
      var id = p.nodes[0];
      showNode(id);
      if (ACTOR_TYPES[nodeIndex[id].dg.type] && state.ego !== id) setEgo(id);
      else labelEdges(network.getConnectedEdges(id));
    }
    else if (p.edges && p.edges.length) { showEdge(p.edges[0]); labelEdges([p.edges[0]]); }
    else labelEdges([]);
  });

  /* ---- legend (doubles as the node-type filter) --------------------- */
  var legend = document.getElementById("dg-legend");
  var issuesBox = document.getElementById("dg-show-issues");
  function setType(type, on) {
    state.types[type] = on;
    var cb = legend.querySelector('input[data-type="' + CSS.escape(type) + '"]');
    if (cb) cb.checked = on;
    if (type === "Issue") issuesBox.checked = on;
    applyFilters();
  }
  issuesBox.checked = !!state.types.Issue;
  issuesBox.disabled = !byType.Issue;
  issuesBox.addEventListener("change", function () { setType("Issue", issuesBox.checked); });
  legend.appendChild(el("h3", null, "Node types"));
  CFG.types.forEach(function (t) {
    var lab = el("label");
    var cb = el("input", { type: "checkbox", "data-type": t.type });
    cb.checked = state.types[t.type];
    cb.addEventListener("change", function () { setType(t.type, cb.checked); });
    lab.appendChild(cb);
    var sym = el("span", { "class": "dg-sym" }, t.symbol);
    sym.style.color = t.color;
    lab.appendChild(sym);
    lab.appendChild(el("span", null, (t.type || "Unknown") + " (" + t.count + ")"));
    legend.appendChild(lab);
  });
  if (CFG.quads.length) {
    legend.appendChild(el("h3", null, "Statement class"));
    CFG.quads.forEach(function (q) {
      var row = el("div", { "class": "dg-li" });
      var line = el("span", { "class": "dg-line" });
      line.style.borderTopColor = q.color;
      row.appendChild(line);
      row.appendChild(el("span", null, q.name + " (" + q.count + ")"));
      legend.appendChild(row);
    });
  }
  if (DATA.edges.length) {
    legend.appendChild(el("h3", null, "Line style"));
    CFG.dashes.forEach(function (s) {
      var row = el("div", { "class": "dg-li" });
      var line = el("span", { "class": "dg-line" });
      line.style.borderTopStyle = s.css;
      row.appendChild(line);
      row.appendChild(el("span", null, s.name));
      legend.appendChild(row);
    });
    if (CFG.edgeLabels === "selection") {
      legend.appendChild(el("div", { "class": "dg-li dg-note" }, "Predicates label the selected node's statements."));
    }
  }

  /* ---- predicate and date filters ----------------------------------- */
  var predList = document.getElementById("dg-pred-list");
  CFG.predicates.forEach(function (p) {
    var lab = el("label");
    var cb = el("input", { type: "checkbox", "data-predicate": p.predicate });
    cb.checked = true;
    cb.addEventListener("change", function () { state.predicates[p.predicate] = cb.checked; applyFilters(); });
    lab.appendChild(cb);
    lab.appendChild(document.createTextNode(" " + p.predicate + " (" + p.count + ")"));
    predList.appendChild(lab);
  });
  Array.prototype.forEach.call(document.querySelectorAll("#dg-pred-filter [data-all]"), function (b) {
    b.addEventListener("click", function () {
      var on = b.getAttribute("data-all") === "1";
      Array.prototype.forEach.call(predList.querySelectorAll("input"), function (cb) {
        cb.checked = on; state.predicates[cb.getAttribute("data-predicate")] = on;
      });
      applyFilters();
    });
  });
  var from = document.getElementById("dg-date-from"), to = document.getElementById("dg-date-to");
  if (CFG.dateMin) { from.min = to.min = CFG.dateMin; }
  if (CFG.dateMax) { from.max = to.max = CFG.dateMax; }
  function onDate() {
    state.from = from.value; state.to = to.value;
    state.undated = document.getElementById("dg-date-undated").checked;
    applyFilters();
  }
  from.addEventListener("change", onDate);
  to.addEventListener("change", onDate);
  document.getElementById("dg-date-undated").addEventListener("change", onDate);
  document.getElementById("dg-hide-isolated").addEventListener("change", function (ev) {
    state.hideIsolated = ev.target.checked; applyFilters();
  });

  /* ---- time: replay how the graph grew ------------------------------ */
  var slider = document.getElementById("dg-time-slider");
  var timeLabel = document.getElementById("dg-time-label");
  var playButton = document.getElementById("dg-play");
  var DAYS = CFG.days;
  var timer = null;
  slider.max = String(DAYS.length);
  slider.value = String(DAYS.length);
  timeLabel.textContent = DAYS.length ? "all dates" : "no dates";
  if (!DAYS.length) { slider.disabled = true; playButton.disabled = true; }
  function setUntil(day) {
    state.until = day;
    var index = day === null ? DAYS.length : DAYS.indexOf(day);
    slider.value = String(index);
    timeLabel.textContent = day === null ? "all dates" : "to " + day;
    document.documentElement.setAttribute("data-until", day === null ? "" : day);
    applyFilters();
  }
  slider.addEventListener("input", function () {
    stopReplay();
    var i = parseInt(slider.value, 10);
    setUntil(i >= DAYS.length ? null : DAYS[i]);
  });
  function stopReplay() {
    if (timer !== null) { clearInterval(timer); timer = null; }
    playButton.textContent = "\u25b6";
    document.documentElement.removeAttribute("data-playing");
  }
  function replay(stepMs) {
    if (timer !== null) { stopReplay(); return; }
    // About 40 steps whatever the span, so a year replays as fast as a week.
    var stride = Math.max(1, Math.ceil(DAYS.length / 40)), i = 0;
    playButton.textContent = "\u25a0";
    document.documentElement.setAttribute("data-playing", "1");
    setUntil(DAYS[0]);
    timer = setInterval(function () {
      i += stride;
      if (i >= DAYS.length) { stopReplay(); setUntil(null); return; }
      setUntil(DAYS[i]);
    }, stepMs || 500);
  }
  playButton.addEventListener("click", function () { replay(); });

  /* ---- search ------------------------------------------------------- */
  // The suggestions (every label once) are made when the box is first used: a
  // large graph's thousands of options would delay the first drawing.
  var searchBox = document.getElementById("dg-search");
  function fillSuggestions() {
    searchBox.removeEventListener("focus", fillSuggestions);
    searchBox.removeEventListener("input", fillSuggestions);
    var seen = new Set(), frag = document.createDocumentFragment();
    DATA.nodes.forEach(function (n) {
      if (!seen.has(n.label)) { seen.add(n.label); frag.appendChild(el("option", { value: n.label })); }
    });
    document.getElementById("dg-search-list").appendChild(frag);
  }
  searchBox.addEventListener("focus", fillSuggestions);
  searchBox.addEventListener("input", fillSuggestions);
  function findNode(q) {
    q = String(q || "").trim();
    if (!q) return null;
    if (nodeIndex[q]) return q;
    var lq = q.toLowerCase(), i, n, hit = null;
    for (i = 0; i < DATA.nodes.length; i++) {
      n = DATA.nodes[i];
      if (n.label.toLowerCase() === lq) return n.id;
      if (hit === null && (n.label.toLowerCase().indexOf(lq) >= 0 || n.id.toLowerCase().indexOf(lq) >= 0)) hit = n.id;
    }
    if (hit === null) {
      for (i = 0; i < DATA.nodes.length && hit === null; i++) {
        var labs = DATA.nodes[i].dg.labels;
        for (var k in labs) { if (String(labs[k]).toLowerCase().indexOf(lq) >= 0) { hit = DATA.nodes[i].id; break; } }
      }
    }
    return hit;
  }
  function focusNode(q) {
    var id = findNode(q);
    if (id === null) return null;
    var n = nodeIndex[id];
    if (!state.types[n.dg.type]) setType(n.dg.type, true);
    if (state.ego !== null && !state.shown[id]) setEgo(null);
    if (state.until !== null && !state.shown[id]) setUntil(null);
    if (state.hideIsolated && !state.linked[id]) {
      state.hideIsolated = false;
      document.getElementById("dg-hide-isolated").checked = false;
      applyFilters();
    }
    network.selectNodes([id]);
    labelEdges(network.getConnectedEdges(id));
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
    return id;
  }
  document.getElementById("dg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var input = document.getElementById("dg-search");
    input.setCustomValidity(focusNode(input.value) === null ? "No node matches" : "");
    input.reportValidity();
  });

  updateCount();
  window.diplograph = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, state: state,
    data: DATA, node: function (id) { return nodeIndex[id]; },
    showNode: showNode, showEdge: showEdge, focusNode: focusNode, applyFilters: applyFilters,
    setType: setType, setEgo: setEgo, setUntil: setUntil, replay: replay, days: DAYS,
    labels: function () { return lastLabels; }
  };
})();
