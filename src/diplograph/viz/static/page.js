/* diplograph offline page. Data arrives as JSON in <script type="application/json">
 * blocks; every value is written into the page with textContent or as an attribute
 * value, never with innerHTML, so labels and sentences cannot inject markup. */
(function () {
  "use strict";
  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("dg-data").textContent);
  var OPTIONS = JSON.parse(document.getElementById("dg-options").textContent);
  var CFG = DATA.config;
  var RTL_LANGS = { ar: 1, fa: 1, he: 1, ur: 1 };
  var QID_RE = /^Q[1-9][0-9]*$/;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (Object.prototype.hasOwnProperty.call(attrs, k) && attrs[k] !== undefined && attrs[k] !== null) {
          e.setAttribute(k, attrs[k]);
        }
      }
    }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function textDir(lang) { return RTL_LANGS[lang] ? "rtl" : "auto"; }
  var LABEL_DIR = textDir(CFG.lang);

  /* ---- data sets ---------------------------------------------------- */
  var byType = {};
  CFG.types.forEach(function (t) { byType[t.type] = t; });

  DATA.nodes.forEach(function (n) {
    var tip = el("div", { "class": "dg-tip" });
    tip.appendChild(el("b", { dir: LABEL_DIR, "class": "dg-text" }, n.label));
    tip.appendChild(el("span", null, n.dg.type || "Unknown type"));
    if (n.dg.offices.length) tip.appendChild(el("div", { dir: "auto", "class": "dg-text" }, n.dg.offices[0]));
    n.title = tip;
  });
  DATA.edges.forEach(function (e) {
    var tip = el("div", { "class": "dg-tip" });
    var d = e.dg;
    tip.appendChild(el("b", null, (d.negated ? "not " : "") + d.predicate + (d.count > 1 ? " \u00d7" + d.count : "") + (d.modality && d.modality !== "asserted" ? " (" + d.modality + ")" : "") + (d.date ? " · " + d.date : "")));
    if (d.evidence.length && d.evidence[0].sentence) {
      var s = d.evidence[0].sentence;
      tip.appendChild(el("span", { dir: "auto", "class": "dg-text" }, s.length > 240 ? s.slice(0, 240) + "…" : s));
    }
    e.title = tip;
  });

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var nodeIndex = {};
  DATA.nodes.forEach(function (n) { nodeIndex[n.id] = n; });

  /* ---- filters ------------------------------------------------------ */
  var state = {
    types: {}, predicates: {}, from: "", to: "", undated: true, hideIsolated: false,
    visibleEdges: null, linked: null
  };
  CFG.types.forEach(function (t) { state.types[t.type] = true; });
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
    var a = nodeIndex[e.from], b = nodeIndex[e.to];
    return !!(a && b && state.types[a.dg.type] && state.types[b.dg.type]);
  }
  function computeFilters() {
    var vis_ = {}, linked = {};
    for (var i = 0; i < DATA.edges.length; i++) {
      var e = DATA.edges[i];
      if (edgePasses(e)) { vis_[e.id] = true; linked[e.from] = true; linked[e.to] = true; }
    }
    state.visibleEdges = vis_;
    state.linked = linked;
  }
  computeFilters();
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) { return !!state.types[n.dg.type] && (!state.hideIsolated || !!state.linked[n.id]); }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return !!state.visibleEdges[e.id]; }
  });
  function updateCount() {
    document.getElementById("dg-count").textContent =
      nodeView.length + " / " + DATA.nodes.length + " nodes · " + edgeView.length + " / " + DATA.edges.length + " statements";
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
  function edgeButton(e, outgoing) {
    var b = el("button", { type: "button", "class": "dg-edge-link", "data-edge": e.id });
    var other = outgoing ? e.to : e.from;
    b.textContent = (outgoing ? "→ " : "← ") + (e.dg.negated ? "not " : "") + e.dg.predicate + " " + nodeName(other) + (e.dg.date ? " (" + e.dg.date + ")" : "");
    b.setAttribute("dir", "auto");
    b.addEventListener("click", function () { showEdge(e.id); network.selectEdges([e.id]); });
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
      var ul = el("ul", { id: "dg-offices" });
      d.offices.forEach(function (o) { ul.appendChild(el("li", { dir: "auto", "class": "dg-text" }, o)); });
      panel.appendChild(ul);
    }
    var conn = network.getConnectedEdges(id);
    if (conn.length) {
      panel.appendChild(el("h3", null, "Statements (" + conn.length + ")"));
      var ul2 = el("ul");
      conn.slice(0, 200).forEach(function (eid) {
        var e = edges.get(eid);
        if (e) { var li = el("li"); li.appendChild(edgeButton(e, e.from === id)); ul2.appendChild(li); }
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
    h.appendChild(document.createTextNode(" — " + (d.negated ? "not " : "") + d.predicate + " → "));
    h.appendChild(el("bdi", { dir: LABEL_DIR }, nodeName(e.to)));
    panel.appendChild(h);
    var dl = el("dl");
    addField(dl, "Predicate", d.predicate);
    var neg = el("span", { "class": "dg-tag" + (d.negated ? " dg-neg" : ""), id: "dg-negated" }, d.negated ? "negated" : "no");
    addField(dl, "Negated", neg);
    addField(dl, "Modality", d.modality || "asserted", { id: "dg-modality" });
    addField(dl, "Date", d.date || "undated", { id: "dg-date" });
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
      if (meta.length) box.appendChild(el("div", { "class": "dg-doc", dir: "auto" }, meta.join(" · ")));
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
  network.on("click", function (p) {
    if (p.nodes && p.nodes.length) { showNode(p.nodes[0]); labelEdges(network.getConnectedEdges(p.nodes[0])); }
    else if (p.edges && p.edges.length) { showEdge(p.edges[0]); labelEdges([p.edges[0]]); }
    else labelEdges([]);
  });

  /* ---- legend (doubles as the node-type filter) --------------------- */
  var legend = document.getElementById("dg-legend");
  legend.appendChild(el("h3", null, "Node types"));
  CFG.types.forEach(function (t) {
    var lab = el("label");
    var cb = el("input", { type: "checkbox", "data-type": t.type });
    cb.checked = true;
    cb.addEventListener("change", function () { state.types[t.type] = cb.checked; applyFilters(); });
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

  /* ---- search ------------------------------------------------------- */
  var list = document.getElementById("dg-search-list");
  var seen = {};
  var frag = document.createDocumentFragment();
  DATA.nodes.forEach(function (n) {
    if (!seen[n.label]) { seen[n.label] = true; frag.appendChild(el("option", { value: n.label })); }
  });
  list.appendChild(frag);
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
    if (!state.types[n.dg.type]) {
      state.types[n.dg.type] = true;
      var cb = legend.querySelector('input[data-type="' + CSS.escape(n.dg.type) + '"]');
      if (cb) cb.checked = true;
      applyFilters();
    }
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
    showNode: showNode, showEdge: showEdge, focusNode: focusNode, applyFilters: applyFilters
  };
})();
