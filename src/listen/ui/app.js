// The inspector page of `bchook listen --ui`: polls /_bchook/callbacks for new callbacks, lists
// them newest first, and shows the selected one. No framework, no build step.
"use strict";
const token = document.querySelector('meta[name="bchook-token"]').content;
const rows = document.querySelector("#list tbody");
const detail = document.getElementById("detail");
const filter = document.getElementById("filter");
const status = document.getElementById("status");
// Rows kept, as many as listen keeps: older ones are in the --save file, and a page left open
// through a flood stays light.
const MAX_ROWS = 1000;
// How often to ask for new callbacks; a page that fell behind (listen skipped some for it) asks
// half as often: it could not show more, and both sides do half the work. Either is within the
// 1 s in which CLI.md promises a new callback on the page.
const POLL_MS = 400, BEHIND_POLL_MS = 800;
const callbacks = new Map(); // seq -> the callback's line, as saved; oldest first
let last = 0;
let received = 0; // callbacks this page was sent
let missed = 0; // callbacks listen skipped because the page fell behind
let selected = null;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function time(r) { return (r.received_at || "").slice(11, 19); }

function matches(r) {
  const q = filter.value.trim().toLowerCase();
  if (!q) return true;
  const text = [r.event, r.platform, r.path, r.query, JSON.stringify(r.body), r.body_text].join(" ").toLowerCase();
  return text.includes(q);
}

function addRow(r) {
  const sig = el("td", { class: r.signature }, r.signature);
  const tr = el("tr", { "data-seq": r.seq, "data-event": r.event || "" },
    el("td", {}, r.seq), el("td", {}, time(r)), el("td", {}, r.method),
    el("td", {}, r.path + (r.query ? "?" + r.query : "")), el("td", {}, r.platform),
    el("td", {}, r.event || ""), el("td", {}, r.store || ""), el("td", {}, r.entity_id || ""),
    sig, el("td", { class: "dup" }, r.duplicate ? "duplicate" : ""));
  tr.hidden = !matches(r);
  tr.addEventListener("click", () => select(r.seq));
  rows.prepend(tr);
  document.getElementById("empty").hidden = true;
}

function tree(value, key) {
  const label = key === undefined ? [] : [el("span", { class: "k" }, JSON.stringify(key)), ": "];
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    const open = Array.isArray(value) ? "[" : "{", close = Array.isArray(value) ? "]" : "}";
    const d = el("details", { open: "" }, el("summary", {}, ...label, open + (entries.length ? "" : close)));
    for (const [k, v] of entries) d.append(tree(v, Array.isArray(value) ? undefined : k));
    if (entries.length) d.append(el("div", {}, close));
    return d;
  }
  const cls = typeof value === "string" ? "s" : typeof value === "number" ? "n" : "b";
  return el("div", { class: "leaf" }, ...label, el("span", { class: cls }, JSON.stringify(value)));
}

function curl(r, rawB64) {
  const skip = new Set(["host", "content-length", "connection", "transfer-encoding", "keep-alive"]);
  const quote = (s) => "'" + String(s).replace(/'/g, "'\\''") + "'";
  const headers = Object.entries(r.headers || {}).filter(([k]) => !skip.has(k))
    .map(([k, v]) => " -H " + quote(k + ": " + v)).join("");
  const url = location.origin + r.path + (r.query ? "?" + r.query : "");
  return "printf %s " + quote(rawB64) + " | base64 -d | curl -sS -X " + r.method + " " + quote(url) +
    headers + " --data-binary @-";
}

function select(seq) {
  const r = callbacks.get(seq);
  if (!r) return;
  selected = seq;
  history.replaceState(null, "", "#" + seq);
  for (const tr of rows.children) tr.classList.toggle("selected", Number(tr.dataset.seq) === seq);
  detail.replaceChildren();
  detail.append(el("h3", {}, "callback " + r.seq + " · " + (r.event || r.platform)));
  const verdict = el("p", { class: r.signature }, "signature " + r.signature +
    (r.signature_error ? ": " + r.signature_error : ""));
  detail.append(verdict);
  if (r.duplicate) detail.append(el("p", { class: "dup" }, "duplicate: this event was delivered before"));
  if (r.truncated) detail.append(el("p", { class: "dup" }, "the client went away before sending the whole body"));
  if (r.forward) detail.append(el("p", {}, "forwarded: " + (r.forward.status ? r.forward.status + " in " + r.forward.ms + " ms" : r.forward.error)));
  // The exact bytes come on demand: the list's polls carry only the lines.
  const curlBox = el("pre", { "data-curl": "" });
  fetch("/_bchook/raw?seq=" + r.seq, { headers: { "X-Bchook-Token": token } })
    .then((res) => res.json())
    .then((d) => { if (selected === r.seq && d.raw_b64 !== undefined) curlBox.textContent = curl(r, d.raw_b64); });
  const copy = el("button", { "data-action": "copy-curl" }, "copy as curl");
  copy.addEventListener("click", () => navigator.clipboard && navigator.clipboard.writeText(curlBox.textContent));
  const target = el("input", { name: "replay-url", placeholder: "replay to URL (default: --forward-to)" });
  const replay = el("button", { "data-action": "replay" }, "replay");
  const answer = el("span", { id: "replay-answer" });
  replay.addEventListener("click", async () => {
    answer.textContent = "sending…";
    const res = await fetch("/_bchook/replay", { method: "POST", headers: { "X-Bchook-Token": token, "Content-Type": "application/json" },
      body: JSON.stringify({ seq: r.seq, url: target.value }) });
    const d = await res.json();
    answer.textContent = d.status ? d.status + " in " + d.ms + " ms " + (d.body || "") : "failed: " + (d.error || res.status);
  });
  detail.append(el("div", { class: "actions" }, copy, target, replay, answer));
  detail.append(curlBox);
  detail.append(el("h3", {}, "headers"));
  detail.append(el("pre", {}, Object.entries(r.headers || {}).map(([k, v]) => k + ": " + v).join("\n")));
  detail.append(el("h3", {}, "body"));
  if (r.body !== null) detail.append(el("div", { class: "tree" }, tree(r.body)));
  else if (r.body_b64) detail.append(el("pre", {}, "(" + atob(r.body_b64).length + " bytes, not UTF-8)"));
  detail.append(el("h3", {}, "raw"));
  detail.append(el("pre", {}, r.body !== null ? JSON.stringify(r.body) : (r.body_text || "")));
}

async function poll() {
  let wait = POLL_MS;
  try {
    const res = await fetch("/_bchook/callbacks?after=" + last, { headers: { "X-Bchook-Token": token } });
    const d = await res.json();
    missed += d.skipped;
    if (d.skipped) wait = BEHIND_POLL_MS;
    for (const r of d.callbacks) {
      callbacks.set(r.seq, r);
      addRow(r);
      received += 1;
      last = Math.max(last, r.seq);
    }
    // Rows come oldest first and are prepended, so the table's last row is the oldest.
    for (const seq of callbacks.keys()) {
      if (callbacks.size <= MAX_ROWS) break;
      callbacks.delete(seq);
      rows.lastElementChild.remove();
    }
    status.textContent = received + " callbacks" +
      (received > callbacks.size ? ", the newest " + callbacks.size + " shown" : "") +
      (missed ? " (" + missed + " more not shown: the page fell behind; the --save file has them)" : "");
    // `#7` in the URL opens callback 7 once it has arrived.
    const wanted = Number(location.hash.slice(1));
    if (selected === null && callbacks.has(wanted)) select(wanted);
  } catch (e) {
    status.textContent = "listen is not answering";
  }
  setTimeout(poll, wait);
}

filter.addEventListener("input", () => {
  for (const tr of rows.children) tr.hidden = !matches(callbacks.get(Number(tr.dataset.seq)));
});

document.addEventListener("keydown", (e) => {
  // Keys typed into a field (the filter, the replay URL) are the field's.
  if (document.activeElement && document.activeElement.tagName === "INPUT") return;
  if (e.key === "/") { e.preventDefault(); filter.focus(); return; }
  const visible = [...rows.children].filter((tr) => !tr.hidden).map((tr) => Number(tr.dataset.seq));
  if (!visible.length) return;
  const at = visible.indexOf(selected);
  if (e.key === "ArrowDown" || e.key === "j") select(visible[Math.min(at + 1, visible.length - 1)]);
  if (e.key === "ArrowUp" || e.key === "k") select(visible[Math.max(at - 1, 0)]);
});

poll();
