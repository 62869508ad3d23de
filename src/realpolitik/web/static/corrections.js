// The "correct" control of event rows: sends the form to POST /api/corrections and reloads the page,
// so every figure on it is recomputed with the correction. The custom header marks a same-origin write.
"use strict";

(function () {
  function codes(value) {
    return value.split(",").map(function (s) { return s.trim(); }).filter(function (s) { return s; });
  }

  function body(form, action) {
    var out = { event_id: form.dataset.eventId, action: action };
    var note = form.elements.namedItem("note").value.trim();
    if (note) out.note = note;
    if (action === "recode") {
      out.event = form.elements.namedItem("event").value;
      out.source = codes(form.elements.namedItem("source").value);
      out.target = codes(form.elements.namedItem("target").value);
      out.modality = form.elements.namedItem("modality").value;
    }
    return out;
  }

  function send(form, action) {
    var msg = form.querySelector(".correct-msg");
    msg.textContent = "saving…";
    fetch("/api/corrections", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Realpolitik": "1" },
      body: JSON.stringify(body(form, action)),
    })
      .then(function (r) {
        return r.json().then(function (j) { return { ok: r.ok, json: j }; });
      })
      .then(function (res) {
        if (res.ok) {
          msg.textContent = "saved: " + res.json.corrections.summary;
          window.location.reload();
        } else {
          msg.textContent = typeof res.json.detail === "string" ? res.json.detail : JSON.stringify(res.json.detail);
        }
      })
      .catch(function (err) { msg.textContent = "not saved: " + err; });
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("correct-form")) return;
    ev.preventDefault();
    var action = ev.submitter && ev.submitter.value ? ev.submitter.value : "recode";
    send(form, action);
  });
})();
