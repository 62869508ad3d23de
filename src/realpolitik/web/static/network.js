// The network page: the signed actor graph from /api/graph drawn with cytoscape.js (served by the
// app), the monthly overview chart whose brushed range sets the window, the sortable dyad table and
// the evidence pane fed by /api/events. The whole view (window, selection) lives in the URL.
// All text from the database goes in through textContent or cytoscape labels, never innerHTML.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var BLOC_COLOURS = ["#2e6fa7", "#8e44ad", "#16a085", "#d35400", "#7f8c8d", "#2c3e50", "#b7950b", "#c0392b"];
  var NO_BLOC = "#9aa3ab";
  var form = document.getElementById("window");
  var statusEl = document.getElementById("graph-status");
  var tbody = document.querySelector("#evidence tbody");
  var dyadBody = document.querySelector("#dyads tbody");
  var moreBtn = document.getElementById("more");
  var overview = document.getElementById("overview");
  var bounds = {
    lo: form.elements.since.getAttribute("min") || "",
    hi: form.elements.since.getAttribute("max") || ""
  };
  var graph = null;      // the last /api/graph answer
  var selection = null;  // {actor: code} or {dyad: "A:B"}
  var current = null;    // evidence paging: {params, offset, total}
  var months = [];       // the overview chart's data

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
  // a true minus sign, as the pages and the offline report write a signed number
  // a figure as the CLI and the report write it (Python's format): a value exactly half-way between two
  // hundredths goes to the even one, where toFixed goes up (report42: ARM–AZE's mean Goldstein -7.125 read
  // "−7.13" here, "−7.12" in the CLI and the report). Only an eighth (x * 8 whole: .125, .375, .625, .875) is
  // exactly half-way; x * 100 of another figure may round to a half (12.445 * 100 gives 1244.5, though the
  // double 12.445 is above the half and Python writes 12.45), so the test is on x * 8, which is exact (review42)
  function fmt(x) {
    var a = Math.abs(x) * 100, f = Math.floor(a);
    var tie = Number.isInteger(Math.abs(x) * 8) && a - f === 0.5;
    var shown = tie && f % 2 === 0 ? (f / 100).toFixed(2) : Math.abs(x).toFixed(2);
    return (x >= 0 ? "+" : "\u2212") + shown;
  }
  function blocColour(b) { return b === null || b === undefined ? NO_BLOC : BLOC_COLOURS[b % BLOC_COLOURS.length]; }
  // Net cooperation (-1 pure conflict .. +1 pure cooperation) to a red-grey-green colour.
  // an uncertain tie that leans: a lighter tint of its side's colour (as the report draws it)
  var LEAN_COLOUR = { cooperative: "rgb(127,191,155)", conflictual: "rgb(224,136,124)" };
  function edgeColour(net) {
    var t = Math.max(-1, Math.min(1, net));
    var grey = [154, 160, 166], green = [30, 132, 73], red = [192, 57, 43];
    var to = t >= 0 ? green : red, a = Math.abs(t);
    var c = grey.map(function (g, i) { return Math.round(g + (to[i] - g) * a); });
    return "rgb(" + c.join(",") + ")";
  }

  // --- URL state ---------------------------------------------------------------------------------
  // The form shows the store's first and last dates when no window is set; sent as since/until they would
  // leave out the events without a date, which the CLI, the report and /api/dyads count. So the bounds
  // mean "no window": a window the user narrows counts the dated events in it.
  function windowParams() {
    var p = new URLSearchParams();
    var data = new FormData(form);
    ["since", "until", "min_events", "modality", "event", "outlet"].forEach(function (k) {
      var v = data.get(k);
      if (v) p.set(k, v);
    });
    if (p.get("since") === bounds.lo) p.delete("since");
    if (p.get("until") === bounds.hi) p.delete("until");
    return p;
  }
  function pageParams() {
    var p = windowParams();
    if (p.get("min_events") === "1") p.delete("min_events");
    if (p.get("modality") === "asserted") p.delete("modality");
    if (selection && selection.actor) p.set("actor", selection.actor);
    if (selection && selection.dyad) p.set("dyad", selection.dyad);
    return p;
  }
  function saveURL(push) {
    var q = pageParams().toString();
    var url = "/" + (q ? "?" + q : "");
    if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
    document.getElementById("permalink").setAttribute("href", url);
    document.getElementById("graphml").setAttribute("href", "/api/graph.graphml?" + windowParams().toString());
  }
  function readURL() {
    var p = new URLSearchParams(location.search);
    ["since", "until", "min_events", "modality", "event", "outlet"].forEach(function (k) {
      form.elements[k].value = p.get(k) || "";
    });
    if (!p.get("since")) form.elements.since.value = bounds.lo;
    if (!p.get("until")) form.elements.until.value = bounds.hi;
    if (!p.get("min_events")) form.elements.min_events.value = "1";
    if (!p.get("modality")) form.elements.modality.value = "asserted";
    selection = p.get("actor") ? { actor: p.get("actor") } : (p.get("dyad") ? { dyad: p.get("dyad") } : null);
  }

  async function getJSON(url) {
    var r = await fetch(url, { credentials: "same-origin" });
    var body = await r.json();
    if (!r.ok) throw new Error(typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
    return body;
  }

  // --- the graph (cytoscape.js) --------------------------------------------------------------------
  var cy = cytoscape({
    container: document.getElementById("graph"),
    minZoom: 0.2,
    maxZoom: 5,
    boxSelectionEnabled: false,
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
        "label": "data(label)", "font-size": 17, "font-weight": 600, "color": "#17324d",
        "text-valign": "top", "text-margin-y": -4, "text-outline-color": "#fff", "text-outline-width": 2.5,
        "border-width": 2, "border-color": "#fff",
        // a node is drawn with its name: named nodes above the ones whose name is hidden, so a small node
        // never covers a busier actor's name (on the seeds Iran's dot sat on "Armenia", which read "menia")
        "z-index": 2
      } },
      { selector: "edge", style: {
        "line-color": "data(colour)", "width": "data(width)", "curve-style": "straight", "opacity": 0.85
      } },
      { selector: "edge.uncertain", style: { "line-style": "dotted" } },
      // thin: a reading on fewer than 4 articles keeps its colour, dashed and faint (blocs leave it out)
      { selector: "edge.thin", style: { "line-style": "dashed", "opacity": 0.45 } },
      // not firm on 4+ articles: a reading whose interval widened to what its articles can support
      // reaches zero; drawn like a thin one, since the blocs leave it out as well
      { selector: "edge.loose", style: { "line-style": "dashed", "opacity": 0.45 } },
      { selector: "node.unstable", style: { "border-style": "dashed", "border-color": "#17324d", "border-width": 2 } },
      // a name that would cover a busier actor's name is hidden until the graph is zoomed in far enough to
      // give it room; a selected or hovered node always shows its name
      { selector: "node.quiet", style: { "text-opacity": 0, "z-index": 1 } },
      { selector: "node.quiet:selected, node.quiet.hover", style: { "text-opacity": 1, "z-index": 10 } },
      { selector: "node:selected", style: { "border-color": "#f1c40f", "border-width": 5, "border-style": "solid" } },
      { selector: "edge:selected", style: {
        "opacity": 1, "underlay-color": "#f1c40f", "underlay-opacity": 0.6, "underlay-padding": 4
      } }
    ]
  });
  window.realpolitikGraph = cy; // for the browser tests and the console

  function draw(g) {
    cy.elements().remove();
    if (!g.nodes.length) return;
    var xs = g.nodes.map(function (n) { return n.x; }), ys = g.nodes.map(function (n) { return n.y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var maxEv = Math.max.apply(null, g.nodes.map(function (n) { return n.events; })) || 1;
    var els = g.nodes.map(function (n) {
      return {
        group: "nodes",
        data: { id: n.id, label: n.label, code: n.id, events: n.events, bloc: n.bloc, stability: n.stability,
                colour: blocColour(n.bloc), size: 14 + 32 * Math.sqrt(n.events / maxEv) },
        // An actor whose bloc does not hold across resampled runs gets a dashed ring.
        classes: n.stability !== null && n.stability !== undefined && n.stability < stableAt(g) ? "unstable" : "",
        position: {
          x: 40 + (maxX > minX ? (n.x - minX) / (maxX - minX) : 0.5) * 920,
          y: 40 + (maxY > minY ? (n.y - minY) / (maxY - minY) : 0.5) * 620
        }
      };
    });
    g.edges.forEach(function (d) {
      els.push({ group: "edges", data: {
        id: d.a + ":" + d.b, source: d.a, target: d.b, dyad: d,
        // an uncertain relation (its interval over resampled articles reaches zero) is amber and dotted;
        // one that leans (most resampled corpora on one side) a lighter tint of that side, dotted
        colour: d.reading === "uncertain" ? (LEAN_COLOUR[d.lean] || "rgb(184,134,11)") : edgeColour(d.net),
        width: Math.min(12, 1.2 + Math.sqrt(d.events) * 1.2)
      }, classes: d.reading === "uncertain" ? "uncertain" : (d.thin ? "thin" : (d.floor_reading === "uncertain" ? "loose" : "")) });
    });
    cy.add(els);
    cy.layout({ name: "preset", fit: true, padding: 30 }).run();
    declutter();
  }

  // Labels stay legible when the whole graph is fitted into a small pane (a phone, a crowded graph): their
  // size follows the zoom, and a name that would overlap the name of an actor with more events is hidden
  // (on a phone the whole graph fits in 350 px and names piled on each other: "Karabakh authorities" over
  // "Ukraine"). Zooming in gives the names room and shows them again.
  var measure = document.createElement("canvas").getContext("2d");
  function declutter() {
    var size = Math.max(12, Math.min(32, 13 / cy.zoom()));
    cy.style().selector("node").style("font-size", size).update();
    var shown = [];
    cy.batch(function () {
      cy.nodes().sort(function (a, b) {
        return b.data("events") - a.data("events") || (a.id() < b.id() ? -1 : 1);
      }).forEach(function (n) {
        // the label's box in model units, measured here: cytoscape's own bounding box still holds the
        // previous font size until it next draws; the label sits above the node (text-valign top, margin 4).
        // Cytoscape's box is wider than the text by about 9 units and reaches about 4.5 below the margin line
        // (measured in Chromium at 32 px), so the box here takes 10 and 5: with 5 and 0 two names could
        // still touch by a few units ("European Union" over "Russia" on a phone, fiftieth session)
        measure.font = "600 " + size + "px " + n.style("font-family");
        var w = measure.measureText(n.data("label") || "").width + 10, h = size * 1.25 + 5;
        var p = n.position(), bottom = p.y - n.data("size") / 2 - 4;
        var b = { x1: p.x - w / 2, x2: p.x + w / 2, y1: bottom - h, y2: bottom + 5 };
        var hit = shown.some(function (s) { return b.x1 < s.x2 && s.x1 < b.x2 && b.y1 < s.y2 && s.y1 < b.y2; });
        if (hit) n.addClass("quiet"); else { n.removeClass("quiet"); shown.push(b); }
      });
    });
    // the zoom the names were last laid out for (the browser tests wait on it rather than on a clock)
    cy.scratch("declutteredAt", cy.zoom());
  }
  var declutterTimer = null;
  cy.on("zoom", function () {
    clearTimeout(declutterTimer);
    declutterTimer = setTimeout(declutter, 120);
  });
  cy.on("dragfree", "node", declutter);
  cy.on("mouseover", "node", function (ev) { ev.target.addClass("hover"); });
  cy.on("mouseout", "node", function (ev) { ev.target.removeClass("hover"); });

  function articlesText(n) { return n + " article" + (n === 1 ? "" : "s"); }
  // a share of resampled corpora as the CLI and report write it (system.dyads.percent): "87 %"
  // given `against`, the threshold the text holds the share up to (a lean's 0.75, a stable membership's 0.8),
  // the figure never lands on the other side of it: 0.745 under "fewer than 75 %" is 74 %, not 75 %
  function wholePercent(s, against) {
    var pc = Math.round(100 * s);
    if (pc === 100 && s < 1) pc = 99; else if (pc === 0 && s > 0) pc = 1;
    if (against !== undefined && against !== null) {
      var bar = 100 * against;
      if (s < against && pc >= bar) pc = Math.ceil(bar) - 1;
      else if (s >= against && pc < bar) pc = Math.ceil(bar);
    }
    return pc;
  }
  function percent(s, against) { return wholePercent(s, against) + " %"; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  // the share of resampled runs a bloc membership needs to be stable (Blocs.stable_at; 0.8 by default)
  function stableAt(g) { return g.blocs && typeof g.blocs.stable_at === "number" ? g.blocs.stable_at : 0.8; }
  // how far an uncertain pair leans, when the model says it does (`lean`): "leans conflictual (87 %)"
  function leanText(d) {
    if (!d.lean) return "";
    return "leans " + d.lean + " (" + percent(d.lean === "conflictual" ? d.share_conflictual : d.share_cooperative, d.lean_at) + ")";
  }
  // the reading in words, with an uncertain pair's lean and the support of a thin pair:
  // "uncertain, leans conflictual (87 %)", "conflictual, thin: 2 articles"; a no-break space keeps the sign
  // with its figure in a narrow cell ("(87" over "%)" on a phone), as the dyad page writes it
  function readingText(d) {
    return (d.reading + (d.lean ? ", " + leanText(d) : "") + (d.thin ? ", thin: " + articlesText(d.articles) : ""))
      .replace(/ %/g, "\u00a0%");
  }
  function thinTitle(d) {
    return "what so few articles can say at most: " + fmt(d.floor_low) + " to " + fmt(d.floor_high) +
      "; thin pairs are left out of the blocs";
  }

  function drawBlocs(g) {
    var box = document.getElementById("blocs");
    box.textContent = "";
    if (!g.blocs || !g.blocs.blocs.length) return;
    box.appendChild(el("b", {}, "Blocs "));
    var stab = {};
    (Array.isArray(g.blocs.stability) ? g.blocs.stability : Object.entries(g.blocs.stability || {}))
      .forEach(function (kv) { stab[kv[0]] = kv[1]; });
    var runs = g.blocs.runs || 0;
    // No conflictual tie holds up: say so plainly before the groups, which are then no split at all.
    var split = g.blocs.split_supported !== false;
    var said = [];
    // with no split, no "blocs separated by conflict", and the verdict below names what is left out
    if (split) said.push("blocs separated by conflict; " + plural(g.blocs.frustration, "tie") +
      (g.blocs.frustration === 1 ? " contradicts" : " contradict") + " the split");
    if (runs) said.push("membership checked over " + runs + " resampled runs, a dashed ring or “?” = held in under " +
      wholePercent(stableAt(g)) + "% of them");
    // which ties the blocs leave out: uncertain ones, thin ones (a reading on fewer than 4 articles), ...
    if (split || !g.blocs.verdict) {
      if (g.blocs.left_out_text) said.push("left out of the blocs: " + g.blocs.left_out_text);
      else if (g.blocs.uncertain_left_out) said.push(plural(g.blocs.uncertain_left_out, "uncertain dyad") + " left out");
    }
    if (said.length) box.appendChild(el("span", { "class": "muted small" }, "(" + said.join("; ") + ")"));
    if (!split && g.blocs.verdict) box.appendChild(el("p", { "class": "verdict" }, g.blocs.verdict));
    g.blocs.blocs.forEach(function (members, i) {
      var item = el("div", { "class": "bloc" });
      var sw = el("i", { "class": "sw" });
      sw.style.background = blocColour(i);
      item.appendChild(sw);
      item.appendChild(el("span", {}, (split ? "Bloc " + (i + 1) : "Linked by cooperation") + ": " + members.map(function (code, j) {
        var s = stab[code];
        return g.blocs.names[i][j] + (s !== undefined && s < stableAt(g) ? " (? " + wholePercent(s, stableAt(g)) + "%)" : "");
      }).join(", ")));
      box.appendChild(item);
    });
  }

  function fillDyads(g) {
    dyadBody.textContent = "";
    g.edges.forEach(function (d) {
      var tr = el("tr", { "data-dyad": d.a + ":" + d.b, tabindex: "0" });
      var td = el("td");
      td.appendChild(el("a", { href: "/dyad/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b) }, d.a_name + " – " + d.b_name));
      td.appendChild(el("span", { "class": "code muted" }, " " + d.a + "–" + d.b));
      tr.appendChild(td);
      tr.appendChild(el("td", {}, d.events));
      // an uncertain pair's net is no finding: the colour of its reading, not the green or red of a side
      var netClass = d.reading === "uncertain" ? "net-unc" + (d.lean ? " lean-" + d.lean : "") : (d.net > 0 ? "pos" : (d.net < 0 ? "neg" : ""));
      var net = el("td", { "class": netClass }, fmt(d.net));
      if (d.ci_low !== undefined && d.ci_low !== null) net.appendChild(el("span", { "class": "muted small" }, " [" + fmt(d.ci_low) + ", " + fmt(d.ci_high) + "]"));
      // a thin pair (fewer than 4 articles) keeps its reading and says so: "conflictual, thin: 2 articles"
      if (d.reading) net.appendChild(el("span", { "class": "small reading-" + d.reading + (d.lean ? " lean-" + d.lean : "") + (d.thin ? " thin" : ""),
        title: d.thin ? thinTitle(d) : (d.why ? "why uncertain: " + d.why.text : "") }, " " + readingText(d)));
      tr.appendChild(net);
      tr.appendChild(el("td", {}, fmt(d.goldstein)));
      // no article of the pair names its outlet: "none named", not a count of 0 beside its events
      var outlets = el("td", d.outlets ? {} : { "data-value": "0" }, d.outlets || null);
      if (!d.outlets) outlets.appendChild(el("span", { "class": "muted", title: "no article of this pair names its outlet" }, "none named"));
      tr.appendChild(outlets);
      tr.addEventListener("click", function (ev) { if (ev.target.tagName !== "A") choose({ dyad: d.a + ":" + d.b }); });
      tr.addEventListener("keydown", function (ev) { if (ev.key === "Enter") choose({ dyad: d.a + ":" + d.b }); });
      dyadBody.appendChild(tr);
    });
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
    graph = g;
    draw(g);
    drawBlocs(g);
    fillDyads(g);
    statusEl.textContent = g.nodes.length ? g.nodes.length + " actors, " + g.edges.length + " dyads" +
      (g.dyads_total > g.edges.length ? " (the " + g.edges.length + " most reported of " + g.dyads_total + ")" : "")
      : "No dyad in this time window.";
    markWindow();
    // The detail pane always describes the window now shown (it used to keep the old figures).
    showSelection();
  }

  // --- selection and the evidence pane ------------------------------------------------------------
  function setDetail(title, summary, links, why) {
    document.getElementById("detail-title").textContent = title;
    document.getElementById("detail-summary").textContent = summary;
    // an uncertain pair says why in one line (system.dyads.why_uncertain, as on its dyad page)
    var whyEl = document.getElementById("detail-why");
    whyEl.textContent = "";
    whyEl.hidden = !why;
    if (why) {
      whyEl.appendChild(el("b", {}, "Why uncertain: "));
      // (a no-break space before a per cent sign, as the dyad page writes it: "97.5 %" on one line)
      whyEl.appendChild(document.createTextNode(why.text.replace(/ %/g, "\u00a0%")));
    }
    var box = document.getElementById("detail-links");
    box.textContent = "";
    links.forEach(function (l, i) {
      if (i) box.appendChild(document.createTextNode(" · "));
      box.appendChild(el("a", { href: l[1] }, l[0]));
    });
  }
  function choose(s) {
    selection = s;
    saveURL(true);
    showSelection();
  }
  function eventsLink(filter) {
    var p = windowParams();
    p.delete("min_events");
    p.delete("modality");
    Object.keys(filter).forEach(function (k) { p.set(k, filter[k]); });
    return "/events?" + p.toString();
  }
  function showSelection() {
    cy.elements().unselect();
    dyadBody.querySelectorAll("tr.selected").forEach(function (tr) { tr.classList.remove("selected"); });
    if (!selection) return;
    var wp = windowParams();
    var win = wp.get("since") || wp.get("until")
      ? (form.elements.since.value || "start") + " to " + (form.elements.until.value || "end")
      : "over the whole record (undated events too)";
    if (selection.actor) {
      var code = selection.actor, n = cy.getElementById(code);
      if (n.nonempty()) {
        n.select();
        setDetail(n.data("label") + " · " + code, n.data("events") + " events with coded partners, " + win + ".",
          [["actor page", "/actor/" + encodeURIComponent(code)], ["these events in the table", eventsLink({ actor: code })]]);
      } else {
        setDetail(code, "No counted dyad with " + code + " " + win + "; the table lists its events of every modality in the window.",
          [["actor page", "/actor/" + encodeURIComponent(code)]]);
      }
      loadEvidence({ actor: code });
    } else {
      var e = cy.getElementById(selection.dyad);
      var parts = selection.dyad.split(":");
      if (e.nonempty()) {
        e.select();
        var d = e.data("dyad"), q = d.quad_counts;
        var tr = dyadBody.querySelector("tr[data-dyad='" + CSS.escape(selection.dyad) + "']");
        if (tr) tr.classList.add("selected");
        setDetail(d.a_name + " – " + d.b_name,
          // the pair's own first and last dated events, not the window of the form (which starts
          // at the store's first date, a year-only background mention dated 1 January)
          d.events + " counted events, " + (d.first_date ? d.first_date + " to " + d.last_date : win) + " (" + q[0] + " verbal and " + q[1] + " material cooperation, " + q[2] +
          " verbal and " + q[3] + " material conflict); net cooperation " + fmt(d.net) +
          (d.ci_low !== undefined && d.ci_low !== null ? " (interval " + fmt(d.ci_low) + " to " + fmt(d.ci_high) + ")" : "") +
          // the reading in words: an interval that reaches zero is no finding either way
          (d.reading ? ", " + (d.reading === "uncertain" ? "uncertain: the interval reaches zero" +
            (d.lean ? ", though it leans " + d.lean + " in " + percent(d.lean === "conflictual" ? d.share_conflictual : d.share_cooperative, d.lean_at) +
              " of resampled corpora" : "") : d.reading) +
            (d.thin ? ", but thin: only " + articlesText(d.articles) + " (so few can say at most " + fmt(d.floor_low) +
              " to " + fmt(d.floor_high) + "; thin pairs are left out of the blocs)" : "") : "") +
          ", mean Goldstein " + fmt(d.goldstein) + "; " + (d.outlets ? d.outlets + " outlet" + (d.outlets === 1 ? "" : "s") + ", " : "no named outlet, ") + articlesText(d.articles) + ". The table lists every modality.",
          [["dyad page with timeline", "/dyad/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b)],
           ["these events in the table", eventsLink({ dyad: selection.dyad })]].concat(
            // an uncertain pair: its dyad page says why in one line (system.dyads.why_uncertain)
            d.reading === "uncertain" ? [["why uncertain", "/dyad/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b) + "#dyad-why"]] : []),
          d.why);
      } else {
        setDetail(parts.join(" – "), "No counted dyad between them " + win + "; the table lists their events of every modality in the window.",
          [["dyad page", "/dyad/" + parts.map(encodeURIComponent).join("/")]]);
      }
      loadEvidence({ dyad: selection.dyad });
    }
  }
  cy.on("tap", "node", function (ev) { choose({ actor: ev.target.id() }); });
  cy.on("tap", "edge", function (ev) { choose({ dyad: ev.target.id() }); });

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
      td.appendChild(el("span", {
        "class": cover.map(function (m) { return "hl-" + m.kind; }).join(" "),
        title: cover.map(function (m) { return m.title; }).join("; ")
      }, text.slice(lo, hi)));
    }
    return td;
  }
  function names(list) {
    return list.map(function (a) { return (a.name && a.name !== a.code) ? a.name + " (" + a.code + ")" : a.code; }).join(" + ");
  }
  // who did what to whom: a reciprocal event with no target is the parties' with each other, not an arrow into nothing
  function parties(e) {
    var src = e.source.length ? names(e.source) : "(no source)";
    if (!e.target.length) return src + (e.reciprocal ? " (with each other)" : " → (no target)");
    return src + " → " + names(e.target);
  }
  // a date as precisely as the text gave it: "2020" for "the 2020 statement" (stored as its year's first day)
  function shownDate(e) {
    if (!e.date) return "undated";
    if (e.date_precision === "year") return e.date.slice(0, 4);
    if (e.date_precision === "month") return e.date.slice(0, 7);
    return e.date;
  }
  function row(e) {
    var tr = el("tr", { "class": "q" + e.quad_class, "data-event-id": e.id });
    var evTd = el("td", { "class": "when" });
    evTd.appendChild(el("div", {}, shownDate(e)));
    evTd.appendChild(el("span", { "class": "badge q" + e.quad_class }, e.event));
    evTd.appendChild(el("div", { "class": "muted small parties" }, parties(e)));
    tr.appendChild(evTd);
    tr.appendChild(sentence(e));
    var modTd = el("td");
    modTd.appendChild(el("span", { "class": "mod mod-" + e.modality }, e.modality));
    // who claims it, as the evidence table, the report and `realpolitik evidence` write it
    if (e.claimed_by) modTd.appendChild(el("div", { "class": "muted small claim" }, "claimed by " + e.claimed_by));
    modTd.appendChild(el("div", { "class": "small" + (e.outlet ? "" : " muted") }, e.outlet || "unknown outlet"));
    modTd.appendChild(el("a", { href: "/article/" + encodeURIComponent(e.article_id) + "#ev-" + e.idx, "class": "article-link" }, "article"));
    tr.appendChild(modTd);
    return tr;
  }
  function withNames(e) {
    var label = function (a) {
      var n = graph && cy.getElementById(a.code);
      return Object.assign({}, a, { name: n && n.nonempty() ? n.data("label") : a.code });
    };
    return Object.assign({}, e, { source: e.source.map(label), target: e.target.map(label) });
  }
  var evidenceRequest = 0;
  async function loadEvidence(filter, append) {
    var mine = ++evidenceRequest;
    if (!append) {
      var p = windowParams();
      p.delete("min_events");
      p.delete("modality");
      Object.keys(filter).forEach(function (k) { p.set(k, filter[k]); });
      p.set("limit", "50");
      current = { params: p, offset: 0, total: 0 };
      tbody.textContent = "";
      tbody.parentNode.hidden = false; // the table's heads stand over nothing until a selection fills it
    }
    current.params.set("offset", String(current.offset));
    var body;
    try {
      body = await getJSON("/api/events?" + current.params.toString());
    } catch (e) {
      tbody.appendChild(el("tr")).appendChild(el("td", { colspan: "3", "class": "error" }, e.message));
      return;
    }
    if (mine !== evidenceRequest) return; // a newer selection or window replaced this one
    body.items.forEach(function (e) { tbody.appendChild(row(withNames(e))); });
    if (!body.items.length && !append) tbody.appendChild(el("tr")).appendChild(el("td", { colspan: "3", "class": "muted" }, "No events."));
    current.offset += body.items.length;
    current.total = body.total;
    moreBtn.hidden = current.offset >= body.total;
    moreBtn.textContent = "Load more (" + current.offset + " of " + body.total + " shown)";
  }
  moreBtn.addEventListener("click", function () { loadEvidence({}, true); });

  // --- overview chart: events per month (bars) and net tone (line); drag to choose the window ----
  var OW = 1000, OH = 110, hidden = null, OL = 34, OR = 34, OT = 8, OB = 22;
  function monthX(i) { return OL + (i / Math.max(1, months.length)) * (OW - OL - OR); }
  function drawOverview() {
    OW = Math.max(300, Math.round(overview.getBoundingClientRect().width) || 1000);
    overview.setAttribute("viewBox", "0 0 " + OW + " " + OH);
    while (overview.firstChild) overview.removeChild(overview.firstChild);
    if (!months.length) return;
    var peak = Math.max.apply(null, months.map(function (m) { return m.events; })) || 1;
    var bw = (OW - OL - OR) / months.length, h = OH - OT - OB;
    overview.appendChild(sel("rect", { "class": "window-shade", id: "window-shade", x: 0, y: OT, width: 0, height: h }));
    months.forEach(function (m, i) {
      var bh = m.events / peak * h;
      var r = sel("rect", { "class": "vol", x: monthX(i), y: OT + h - bh, width: Math.max(1, bw - 1), height: bh });
      var t = sel("title");
      t.textContent = m.month + ": " + plural(m.events, "event") + (m.net === null ? "" : ", net tone " + fmt(m.net) +
        (m.thin ? " (thin: " + plural(m.articles, "article") + ", too few to give a tone)" : ""));
      r.appendChild(t);
      overview.appendChild(r);
    });
    overview.appendChild(sel("line", { "class": "zero", x1: OL, x2: OW - OR, y1: OT + h / 2, y2: OT + h / 2 }));
    // Net tone as a line through the months that have events (a dot where a month stands alone). A month
    // whose events come from fewer articles than the headline floor is thin: a single event reads +1 or -1,
    // as strong as forty would. It is a hollow, faint dot outside the line, as the tone cells on one article
    // are faint.
    var run = [];
    function flush() {
      if (run.length > 1) overview.appendChild(sel("polyline", { "class": "tone", points: run.join(" ") }));
      else if (run.length === 1) {
        var xy = run[0].split(",");
        overview.appendChild(sel("circle", { "class": "tone-dot", cx: xy[0], cy: xy[1], r: 1.8 }));
      }
      run = [];
    }
    months.forEach(function (m, i) {
      if (m.net === null) { flush(); return; }
      var x = (monthX(i) + bw / 2).toFixed(1), y = (OT + h / 2 - m.net * h / 2).toFixed(1);
      if (m.thin) {
        flush();
        var dot = sel("circle", { "class": "tone-thin", cx: x, cy: y, r: 2.4 });
        var tt = sel("title");
        tt.textContent = m.month + ": net tone " + fmt(m.net) + ", thin: " + plural(m.events, "event") + " in " +
          plural(m.articles, "article") + ", too few to give a tone";
        dot.appendChild(tt);
        overview.appendChild(dot);
        return;
      }
      run.push(x + "," + y);
    });
    flush();
    var yl = sel("text", { "class": "axis", x: OL - 4, y: OT + 9, "text-anchor": "end" }); yl.textContent = peak; overview.appendChild(yl);
    var y0 = sel("text", { "class": "axis", x: OL - 4, y: OT + h, "text-anchor": "end" }); y0.textContent = "0"; overview.appendChild(y0);
    [["+1", OT + 9], ["0", OT + h / 2 + 4], ["−1", OT + h]].forEach(function (t) {
      var tx = sel("text", { "class": "axis tone-axis", x: OW - OR + 4, y: t[1] }); tx.textContent = t[0]; overview.appendChild(tx);
    });
    // Year labels at Januaries when the range is long, month labels when it is short.
    var long = months.length > 24;
    var every = long ? Math.max(1, Math.ceil(months.length / 12 / 12)) : Math.max(1, Math.ceil(months.length / 12));
    var lastLabel = -Infinity;
    months.forEach(function (m, i) {
      if (long ? (m.month.slice(5) !== "01" || (+m.month.slice(0, 4)) % every) : i % every) return;
      if (monthX(i) - lastLabel < 36) return;
      lastLabel = monthX(i);
      var tx = sel("text", { "class": "axis", x: monthX(i), y: OH - 6 });
      tx.textContent = long ? m.month.slice(0, 4) : m.month;
      overview.appendChild(tx);
    });
    document.getElementById("overview-note").textContent = hidden
      ? " Not on the axis: " + plural(hidden.events, "earlier event") + " from " + hidden.from + "."
      : "";
    overview.appendChild(sel("rect", { "class": "brush", id: "brush", x: 0, y: OT, width: 0, height: h }));
    markWindow();
  }
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(drawOverview, 150);
  });
  function monthIndexAt(clientX) {
    var box = overview.getBoundingClientRect();
    var x = (clientX - box.left) / box.width * OW;
    var i = Math.floor((x - OL) / (OW - OL - OR) * months.length);
    return Math.max(0, Math.min(months.length - 1, i));
  }
  function markWindow() {
    var shade = document.getElementById("window-shade");
    if (!shade || !months.length) return;
    var s = (form.elements.since.value || bounds.lo).slice(0, 7), u = (form.elements.until.value || bounds.hi).slice(0, 7);
    var i0 = months.findIndex(function (m) { return m.month >= s; });
    var i1 = -1;
    months.forEach(function (m, i) { if (m.month <= u) i1 = i; });
    if (i0 < 0 || i1 < i0) { shade.setAttribute("width", 0); return; }
    shade.setAttribute("x", monthX(i0));
    shade.setAttribute("width", monthX(i1 + 1) - monthX(i0));
  }
  function lastDay(month) {
    var y = +month.slice(0, 4), m = +month.slice(5, 7);
    return month + "-" + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0");
  }
  function clampDate(d) { return d < bounds.lo ? bounds.lo : (d > bounds.hi ? bounds.hi : d); }
  var drag = null;
  overview.addEventListener("pointerdown", function (ev) {
    if (!months.length) return;
    drag = { from: monthIndexAt(ev.clientX) };
    overview.setPointerCapture(ev.pointerId);
  });
  overview.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var a = Math.min(drag.from, monthIndexAt(ev.clientX)), b = Math.max(drag.from, monthIndexAt(ev.clientX));
    var brush = document.getElementById("brush");
    brush.setAttribute("x", monthX(a));
    brush.setAttribute("width", monthX(b + 1) - monthX(a));
  });
  overview.addEventListener("pointerup", function (ev) {
    if (!drag) return;
    var a = Math.min(drag.from, monthIndexAt(ev.clientX)), b = Math.max(drag.from, monthIndexAt(ev.clientX));
    drag = null;
    document.getElementById("brush").setAttribute("width", 0);
    form.elements.since.value = clampDate(months[a].month + "-01");
    form.elements.until.value = clampDate(lastDay(months[b].month));
    apply();
  });
  overview.addEventListener("dblclick", function () {
    form.elements.since.value = bounds.lo;
    form.elements.until.value = bounds.hi;
    apply();
  });
  async function loadOverview() {
    var p = new URLSearchParams();
    ["modality", "event", "outlet"].forEach(function (k) {
      if (form.elements[k].value && form.elements[k].value !== "asserted") p.set(k, form.elements[k].value);
    });
    var got = [];
    try {
      got = (await getJSON("/api/timeline?" + p.toString())).items;
    } catch (e) {
      got = [];
    }
    // A true time axis: months without events are drawn as empty slots.
    months = [];
    if (got.length) {
      var have = {};
      got.forEach(function (m) { have[m.month] = m; });
      var y = +got[0].month.slice(0, 4), mo = +got[0].month.slice(5, 7), last = got[got.length - 1].month;
      for (;;) {
        var key = y + "-" + String(mo).padStart(2, "0");
        if (key > last) break;
        months.push(have[key] || { month: key, events: 0, net: null, goldstein: 0, articles: 0, thin: false });
        mo += 1;
        if (mo > 12) { mo = 1; y += 1; }
      }
    }
    // A few stray early events (an old date in a background sentence) would squeeze the busy
    // years into a sliver: the axis starts after the longest empty stretch when what lies before
    // it is under 2% of the events and the stretch is two years or more.
    hidden = null;
    var total = 0, best = { len: 0, end: -1 }, gap = 0;
    months.forEach(function (m, i) {
      total += m.events;
      gap = m.events ? 0 : gap + 1;
      if (gap > best.len) best = { len: gap, end: i };
    });
    if (best.len >= 24) {
      var before = months.slice(0, best.end + 1).reduce(function (a, m) { return a + m.events; }, 0);
      if (before <= total * 0.02) {
        hidden = { events: before, from: months[0].month };
        months = months.slice(best.end + 1);
      }
    }
    drawOverview();
  }

  // --- tools --------------------------------------------------------------------------------------
  document.getElementById("fit").addEventListener("click", function () { cy.fit(undefined, 30); });
  document.getElementById("png").addEventListener("click", function () {
    var a = el("a", { href: cy.png({ full: true, scale: 2, bg: "#ffffff" }), download: "realpolitik-graph.png" });
    document.body.appendChild(a);
    a.click();
    a.remove();
  });

  function counted() {
    return ["modality", "event", "outlet"].map(function (k) { return form.elements[k].value; }).join("|");
  }
  var lastCounted = counted();
  function apply() {
    saveURL(true);
    if (counted() !== lastCounted) {
      lastCounted = counted();
      loadOverview();
    }
    loadGraph();
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); apply(); });
  window.addEventListener("popstate", function () { readURL(); lastCounted = counted(); loadOverview(); loadGraph(); });

  readURL();
  saveURL(false);
  loadOverview();
  loadGraph();
})();
