// Every table marked "exportable" gets CSV and JSON downloads of exactly the rows it shows; tables
// marked "sortable" sort by a click on a header (numbers by value, text alphabetically).
(function () {
  "use strict";
  // a cell that shows words for a number ("none named" for no outlet) exports and sorts by its data-value
  function cellText(td) {
    if (td.dataset && td.dataset.value !== undefined) return td.dataset.value;
    // a page writes "−0.43" with a minus sign; CSV and JSON exports keep plain ASCII "-0.43"
    return td.textContent.replace(/\s+/g, " ").replace(/\u2212/g, "-").trim();
  }
  function tableData(table) {
    var heads = Array.from(table.querySelectorAll("thead th")).map(cellText);
    var rows = Array.from(table.querySelectorAll("tbody tr")).filter(function (tr) {
      return tr.children.length === heads.length || tr.children.length === heads.length - 1;
    }).map(function (tr) { return Array.from(tr.children).map(cellText); });
    var keep = heads.map(function (h, i) { return h !== "" || rows.some(function (r) { return r[i]; }); });
    heads = heads.filter(function (_, i) { return keep[i]; }).map(function (h) { return h.replace(/ [▲▼]$/, ""); });
    rows = rows.map(function (r) { return r.filter(function (_, i) { return keep[i]; }); });
    return { heads: heads, rows: rows };
  }
  function csvField(v) { return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; }
  function download(name, type, text) {
    var a = document.createElement("a");
    a.href = "data:" + type + ";charset=utf-8," + encodeURIComponent(text);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  function exportTable(table, fmt) {
    var d = tableData(table), name = (table.dataset.name || table.id || "table") + "." + fmt;
    if (fmt === "csv") {
      var lines = [d.heads].concat(d.rows).map(function (r) { return r.map(csvField).join(","); });
      download(name, "text/csv", lines.join("\n") + "\n");
    } else {
      var items = d.rows.map(function (r) {
        var o = {};
        d.heads.forEach(function (h, i) { o[h || "column " + (i + 1)] = r[i]; });
        return o;
      });
      download(name, "application/json", JSON.stringify(items, null, 1));
    }
  }
  document.querySelectorAll("table.exportable").forEach(function (table) {
    var bar = document.createElement("div");
    bar.className = "table-export small";
    bar.appendChild(document.createTextNode("Export this table: "));
    ["csv", "json"].forEach(function (fmt, i) {
      if (i) bar.appendChild(document.createTextNode(" · "));
      var b = document.createElement("button");
      b.type = "button";
      b.className = "linklike";
      b.dataset.export = fmt;
      b.textContent = fmt.toUpperCase();
      b.addEventListener("click", function () { exportTable(table, fmt); });
      bar.appendChild(b);
    });
    var anchor = table.closest(".table-wrap") || table;
    anchor.parentNode.insertBefore(bar, anchor);
  });
  function sortValue(td, numeric) {
    var t = cellText(td);
    if (!numeric) return t.toLowerCase();
    var n = parseFloat(t.replace("−", "-"));
    return isNaN(n) ? -Infinity : n;
  }
  // On a phone the filter panel starts folded, so the table is the first thing below the heading.
  if (window.matchMedia("(max-width: 800px)").matches) {
    document.querySelectorAll("details.filters").forEach(function (d) { d.open = false; });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th[data-key]").forEach(function (th, col) {
      th.classList.add("clickable");
      th.tabIndex = 0;
      th.setAttribute("role", "button");
      function sortBy() {
        var numeric = th.hasAttribute("data-num");
        var desc = th.dataset.dir !== "desc" && (numeric || th.dataset.dir === "asc");
        table.querySelectorAll("thead th").forEach(function (h) { delete h.dataset.dir; h.removeAttribute("aria-sort"); });
        th.dataset.dir = desc ? "desc" : "asc";
        th.setAttribute("aria-sort", desc ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.from(body.rows);
        rows.sort(function (a, b) {
          var x = sortValue(a.cells[col], numeric), y = sortValue(b.cells[col], numeric);
          return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sortBy);
      th.addEventListener("keydown", function (ev) { if (ev.key === "Enter") sortBy(); });
    });
  });
})();
