// The network page: draws the signed actor graph from /api/graph as SVG and fills the evidence
// table from /api/events. All text from the database goes in through textContent, never innerHTML.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var W = 1000, H = 700, PAD = 60;
  var svg = document.getElementById("graph");
  var form = document.getElementById("window");
  var statusEl = document.getElementById("graph-status");
  var tbody = document.querySelector("#evidence tbody");
  var moreBtn = document.getElementById("more");
  var current = null; // {params, offset, total}

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function sel(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function windowParams() {
    var p = new URLSearchParams();
    var data = new FormData(form);
    ["since", "until", "min_events", "modality"].forEach(function (k) {
      var v = data.get(k);
      if (v) p.set(k, v);
    });
    return p;
  }
  // Net cooperation (-1 pure conflict .. +1 pure cooperation) to a red-grey-green colour.
  function edgeColour(d) {
    var t = Math.max(-1, Math.min(1, d.net));
    var grey = [154, 160, 166], green = [30, 132, 73], red = [192, 57, 43];
    var to = t >= 0 ? green : red, a = Math.abs(t);
    var c = grey.map(function (g, i) { return Math.round(g + (to[i] - g) * a); });
    return "rgb(" + c.join(",") + ")";
  }
  function fmt(x) { return (x >= 0 ? "+" : "") + x.toFixed(2); }

  async function getJSON(url) {
    var r = await fetch(url, { credentials: "same-origin" });
    var body = await r.json();
    if (!r.ok) throw new Error(typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
    return body;
  }

  async function loadGraph() {
    statusEl.textContent = "loading…";
    statusEl.classList.remove("error");
    var g;
    try {
      g = await getJSON("/api/graph?" + windowParams().toString());
    } catch (e) {
      statusEl.textContent = e.message;
      statusEl.classList.add("error");
      return;
    }
    draw(g);
    statusEl.textContent = g.nodes.length + " actors, " + g.edges.length + " dyads" +
      (g.dyads_total > g.edges.length ? " (the " + g.edges.length + " most reported of " + g.dyads_total + ")" : "");
  }

  function draw(g) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (!g.nodes.length) {
      var t = sel("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty" });
      t.textContent = "No dyad in this time window.";
      svg.appendChild(t);
      return;
    }
    var xs = g.nodes.map(function (n) { return n.x; }), ys = g.nodes.map(function (n) { return n.y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var pos = {};
    g.nodes.forEach(function (n) {
      pos[n.id] = {
        x: PAD + (maxX > minX ? (n.x - minX) / (maxX - minX) : 0.5) * (W - 2 * PAD),
        y: PAD + (maxY > minY ? (n.y - minY) / (maxY - minY) : 0.5) * (H - 2 * PAD)
      };
    });
    var edgeLayer = sel("g", { "class": "edges" }), nodeLayer = sel("g", { "class": "nodes" });
    svg.appendChild(edgeLayer);
    svg.appendChild(nodeLayer);
    g.edges.forEach(function (d) {
      var a = pos[d.a], b = pos[d.b];
      var grp = sel("g", { "class": "edge", "data-dyad": d.a + ":" + d.b, tabindex: "0", role: "button" });
      var width = Math.min(12, 1.2 + Math.sqrt(d.events) * 1.2);
      grp.appendChild(sel("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: edgeColour(d), "stroke-width": width, "class": "edge-line" }));
      // A wide transparent line so thin edges are still easy to click.
      grp.appendChild(sel("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge-hit" }));
      var title = sel("title");
      title.textContent = d.a + " – " + d.b + ": " + d.events + " events, net cooperation " + fmt(d.net);
      grp.appendChild(title);
      grp.addEventListener("click", function () { selectDyad(d, grp); });
      grp.addEventListener("keydown", function (ev) { if (ev.key === "Enter") selectDyad(d, grp); });
      edgeLayer.appendChild(grp);
    });
    var maxEv = Math.max.apply(null, g.nodes.map(function (n) { return n.events; }));
    g.nodes.forEach(function (n) {
      var p = pos[n.id];
      var r = 7 + 16 * Math.sqrt(n.events / (maxEv || 1));
      var grp = sel("g", { "class": "node", "data-code": n.id, transform: "translate(" + p.x + "," + p.y + ")", tabindex: "0", role: "button" });
      grp.appendChild(sel("circle", { r: r, "class": n.bloc === null ? "" : "bloc-" + (n.bloc % 6) }));
      var label = sel("text", { y: -r - 5, "text-anchor": "middle" });
      label.textContent = n.id;
      grp.appendChild(label);
      var title = sel("title");
      title.textContent = n.id + " (" + n.label + "): " + n.events + " events";
      grp.appendChild(title);
      grp.addEventListener("click", function () { selectActor(n, grp); });
      grp.addEventListener("keydown", function (ev) { if (ev.key === "Enter") selectActor(n, grp); });
      nodeLayer.appendChild(grp);
    });
  }

  function mark(grp) {
    svg.querySelectorAll(".selected").forEach(function (x) { x.classList.remove("selected"); });
    grp.classList.add("selected");
  }
  function setDetail(title, summary, links) {
    document.getElementById("detail-title").textContent = title;
    document.getElementById("detail-summary").textContent = summary;
    var box = document.getElementById("detail-links");
    box.textContent = "";
    links.forEach(function (l, i) {
      if (i) box.appendChild(document.createTextNode(" · "));
      box.appendChild(el("a", { href: l[1] }, l[0]));
    });
  }
  function selectActor(n, grp) {
    mark(grp);
    setDetail(n.id + " · " + n.label, n.events + " events with coded partners in this window.",
      [["actor page", "/actor/" + encodeURIComponent(n.id)]]);
    loadEvidence({ actor: n.id });
  }
  function selectDyad(d, grp) {
    mark(grp);
    var q = d.quad_counts;
    setDetail(d.a + " – " + d.b,
      d.events + " counted events (" + q[0] + " verbal and " + q[1] + " material cooperation, " + q[2] +
      " verbal and " + q[3] + " material conflict); net cooperation " + fmt(d.net) + ", mean Goldstein " +
      fmt(d.goldstein) + "; " + d.outlets + " outlet(s). The table lists every modality.",
      [["dyad page with timeline", "/dyad/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b)]]);
    loadEvidence({ dyad: d.a + ":" + d.b });
  }

  function sentence(e) {
    var td = el("td", { "class": "sentence" });
    var text = e.evidence_text || "";
    var cuts = [0, text.length];
    e.marks.forEach(function (m) { cuts.push(m.start, m.end); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var lo = cuts[i], hi = cuts[i + 1];
      var cover = e.marks.filter(function (m) { return m.start <= lo && hi <= m.end; });
      if (!cover.length) { td.appendChild(document.createTextNode(text.slice(lo, hi))); continue; }
      var span = el("span", {
        "class": cover.map(function (m) { return "hl-" + m.kind; }).join(" "),
        title: cover.map(function (m) { return m.title; }).join("; ")
      }, text.slice(lo, hi));
      td.appendChild(span);
    }
    return td;
  }
  function row(e) {
    var tr = el("tr", { "class": "q" + e.quad_class });
    var evTd = el("td", { "class": "nowrap" });
    evTd.appendChild(el("div", {}, e.date || "?"));
    evTd.appendChild(el("span", { "class": "badge q" + e.quad_class }, e.event));
    evTd.appendChild(el("div", { "class": "muted small" },
      e.source.map(function (a) { return a.code; }).join("+") + " → " + e.target.map(function (a) { return a.code; }).join("+")));
    tr.appendChild(evTd);
    tr.appendChild(sentence(e));
    var modTd = el("td");
    modTd.appendChild(el("span", { "class": "mod mod-" + e.modality }, e.modality));
    if (e.attribution) modTd.appendChild(el("div", { "class": "muted small" }, "per " + e.attribution.text));
    modTd.appendChild(el("div", { "class": "small" }, e.outlet || "?"));
    var link = el("a", { href: "/article/" + encodeURIComponent(e.article_id) + "#ev-" + e.idx, "class": "article-link" }, "article");
    modTd.appendChild(link);
    tr.appendChild(modTd);
    return tr;
  }
  async function loadEvidence(filter, append) {
    if (!append) {
      var p = windowParams();
      p.delete("min_events");
      p.delete("modality");
      Object.keys(filter).forEach(function (k) { p.set(k, filter[k]); });
      p.set("limit", "50");
      current = { params: p, offset: 0, total: 0 };
      tbody.textContent = "";
    }
    current.params.set("offset", String(current.offset));
    var body;
    try {
      body = await getJSON("/api/events?" + current.params.toString());
    } catch (e) {
      tbody.appendChild(el("tr")).appendChild(el("td", { colspan: "3", "class": "error" }, e.message));
      return;
    }
    body.items.forEach(function (e) { tbody.appendChild(row(e)); });
    if (!body.items.length && !append) tbody.appendChild(el("tr")).appendChild(el("td", { colspan: "3", "class": "muted" }, "No events."));
    current.offset += body.items.length;
    current.total = body.total;
    moreBtn.hidden = current.offset >= body.total;
    moreBtn.textContent = "Load more (" + current.offset + " of " + body.total + " shown)";
  }
  moreBtn.addEventListener("click", function () { loadEvidence({}, true); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); loadGraph(); });
  loadGraph();
})();
