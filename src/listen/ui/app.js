// The inspector page of `bchook listen --ui`: polls /_bchook/callbacks for new callbacks, lists
// them newest first, and shows the selected one. No framework, no build step.
//
// A long list draws only the rows on screen (and a few around them): a page open through a flood
// is sent hundreds of callbacks a poll, and laying out a table of a thousand rows each time cost
// the browser a quarter of a core, which on a small machine is taken from the receiver.
"use strict";
const token = document.querySelector('meta[name="bchook-token"]').content;
const saveFile = document.querySelector('meta[name="bchook-save"]').content; // "" without --save
// What listen answers every callback: "200", or "200 after 2s" with --delay.
const answer = document.querySelector('meta[name="bchook-answer"]').content;
const pane = document.getElementById("list-pane");
const rows = document.querySelector("#list tbody");
const head = document.querySelector("#list thead");
const detail = document.getElementById("detail");
const filter = document.getElementById("filter");
const status = document.getElementById("status");
const empty = document.getElementById("empty");
const noMatch = document.getElementById("no-match");
const clipboard = document.getElementById("clipboard");
// Callbacks kept, as many as listen keeps: older ones are in the --save file, and a page left
// open through a flood stays light.
const KEEP = 1000;
// How often to ask for new callbacks; a page that fell behind (listen skipped some for it) asks
// half as often: it could not show more, and both sides do half the work. Either is within the
// 1 s in which CLI.md promises a new callback on the page.
const POLL_MS = 400, BEHIND_POLL_MS = 800;
// A list this short is drawn whole, so every row is in the page (for the browser's find, and
// for tests that look a row up by its data-seq); a longer one only around what is in view, with
// this many rows above and below it so that scrolling a little shows no gap.
const DRAW_ALL = 200, OVERSCAN = 10;
const callbacks = new Map(); // seq -> the callback's line, as saved; oldest first
let shown = []; // the seqs that pass the filter, newest first: what the list would show
let rowHeight = 0; // measured from the first row drawn
let last = 0;
let received = 0; // callbacks this page was sent
let missed = 0; // callbacks listen skipped because the page fell behind
let selected = null;
let drawPending = false;
let shift = 0; // rows added above the view since it was drawn, to scroll past
let paused = false; // the page is hidden (a background tab): no polls until it is shown again

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function time(r) { return (r.received_at || "").slice(11, 19); }

// What listen answered, and (with --forward-to) what the app answered.
function notForwarded(r) {
  return r.forward && !r.forward.status && (r.forward.error || "").startsWith("not forwarded");
}

function answered(r) {
  const ours = r.saved === false ? "500 not saved" : answer;
  if (!r.forward) return ours;
  if (notForwarded(r)) return ours + " · not forwarded";
  return ours + " · app " + (r.forward.status || "failed");
}

function failed(r) {
  return r.saved === false ||
    (r.forward && !notForwarded(r) && !(r.forward.status >= 200 && r.forward.status < 300));
}

// The columns of a callback's row, as shown.
function columns(r) {
  return [r.seq, time(r), r.method, r.path + (r.query ? "?" + r.query : ""), r.platform,
    r.event || "", r.store || "", r.entity_id || "", r.signature,
    r.duplicate ? "duplicate of #" + r.duplicate_of : "", answered(r)].map(String);
}

// What the filter searches: every column shown and the body's text, built once a callback.
const searchText = new WeakMap();
function matches(r, q) {
  if (!q) return true;
  let text = searchText.get(r);
  if (text === undefined) {
    text = [...columns(r), JSON.stringify(r.body), r.body_text].join(" ").toLowerCase();
    searchText.set(r, text);
  }
  return text.includes(q);
}

function query() { return filter.value.trim().toLowerCase(); }

// What the list shows: the kept callbacks that pass the filter, newest first.
function refilter() {
  const q = query();
  shown = [...callbacks.values()].filter((r) => matches(r, q)).map((r) => r.seq).reverse();
}

function row(r) {
  // Each cell's full value shows on hover: the narrow ones cut long values short.
  const classes = { 8: r.signature, 9: "dup", 10: failed(r) ? "failed" : "" };
  const cells = columns(r).map((value, i) => el("td", { title: value, class: classes[i] || "" }, value));
  return el("tr", { "data-seq": r.seq, "data-event": r.event || "", class: r.seq === selected ? "selected" : "" }, ...cells);
}

// A blank row standing in for `count` rows that are not drawn, so the scrollbar stays true.
function spacer(count) {
  const tr = el("tr", { class: "spacer" }, el("td", { colspan: 11 }));
  tr.style.height = count * rowHeight + "px";
  return tr;
}

// Draws the rows in view, once a frame at most however often it is asked.
function draw() {
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => {
    drawPending = false;
    empty.hidden = callbacks.size > 0;
    noMatch.hidden = !(callbacks.size > 0 && shown.length === 0);
    noMatch.textContent = "No callbacks match \u201c" + query() + "\u201d.";
    if (!shown.length) return rows.replaceChildren();
    if (!rowHeight) {
      rows.replaceChildren(row(callbacks.get(shown[0])));
      rowHeight = rows.firstElementChild.getBoundingClientRect().height || 20;
    }
    // Someone reading further down keeps their rows in place as new ones come in on top.
    const scrollTop = pane.scrollTop > 0 ? pane.scrollTop + shift * rowHeight : 0;
    shift = 0;
    // Row i sits at head + i * rowHeight, the rows from scrollTop on are in view (under the head).
    const whole = shown.length <= DRAW_ALL;
    const from = whole ? 0 : Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
    const to = whole ? shown.length : Math.min(shown.length, Math.ceil((scrollTop + pane.clientHeight) / rowHeight) + OVERSCAN);
    const drawn = shown.slice(from, to).map((seq) => row(callbacks.get(seq)));
    rows.replaceChildren(...(from ? [spacer(from)] : []), ...drawn,
      ...(to < shown.length ? [spacer(shown.length - to)] : []));
    pane.scrollTop = scrollTop;
  });
}

// Scrolls the list just enough to show the row at `index` of `shown`.
function reveal(index) {
  if (!rowHeight) return;
  const top = index * rowHeight; // the scroll that puts the row just under the sticky head
  const bottom = head.offsetHeight + top + rowHeight; // where the row ends in the list
  if (top < pane.scrollTop) pane.scrollTop = top;
  else if (bottom > pane.scrollTop + pane.clientHeight) pane.scrollTop = bottom - pane.clientHeight;
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

// The exact bytes of a body, from the base64 the raw endpoint sends.
function bytesOf(b64) {
  const text = atob(b64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

// The bytes as text when they are UTF-8, else null.
function utf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    return null;
  }
}

// Bytes for reading: the text when they are UTF-8, else ASCII with every other byte as \xNN.
function readable(bytes) {
  const text = utf8(bytes);
  if (text !== null) return text;
  const hex = (b) => "\\x" + b.toString(16).padStart(2, "0");
  return [...bytes].map((b) => (b >= 0x20 && b < 0x7f) || b === 10 || b === 9 ? String.fromCharCode(b) : hex(b)).join("");
}

// A curl command that re-sends the callback: its body as `--data-raw '...'` when it is text a
// shell can quote (UTF-8, no NUL), else decoded from base64, byte for byte.
function curl(r, b64) {
  const skip = new Set(["host", "content-length", "connection", "transfer-encoding", "keep-alive"]);
  const quote = (s) => "'" + String(s).replace(/'/g, "'\\''") + "'";
  const headers = Object.entries(r.headers || {}).filter(([k]) => !skip.has(k))
    .map(([k, v]) => " -H " + quote(k + ": " + v)).join("");
  const url = location.origin + r.path + (r.query ? "?" + r.query : "");
  const command = "curl -sS -X " + r.method + " " + quote(url) + headers;
  const bytes = bytesOf(b64);
  const text = utf8(bytes);
  if (!bytes.length) return command;
  if (text !== null && !text.includes("\0")) return command + " --data-raw " + quote(text);
  return "printf %s " + quote(b64) + " | base64 -d | " + command + " --data-binary @-";
}

// Copies `text`, and says so on `button`. Where navigator.clipboard is missing (a page not in a
// secure context, an older browser) or refuses, the text is selected in a field and copied;
// failing that it is left selected in `shown` for Ctrl+C.
async function copy(text, button, shown) {
  const label = button.dataset.label || (button.dataset.label = button.textContent);
  const say = (words) => {
    button.textContent = words;
    setTimeout(() => { button.textContent = label; }, 2000);
  };
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return say("copied");
    }
  } catch (e) {
    // refused: select and copy instead
  }
  clipboard.value = text;
  clipboard.focus();
  clipboard.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch (e) {
    copied = false;
  }
  clipboard.blur();
  if (copied) return say("copied");
  if (shown) {
    const range = document.createRange();
    range.selectNodeContents(shown);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }
  say("selected: press Ctrl+C");
}

// The list shows no selection, and the detail pane says how to make one.
function unselect() {
  selected = null;
  history.replaceState(null, "", location.pathname + location.search);
  for (const tr of rows.querySelectorAll("tr.selected")) tr.classList.remove("selected");
  detail.replaceChildren(el("p", { class: "hint" }, "Select a callback (up/down or j/k)."));
}

function select(seq) {
  const r = callbacks.get(seq);
  if (!r) return;
  selected = seq;
  history.replaceState(null, "", "#" + seq);
  for (const tr of rows.children) tr.classList.toggle("selected", Number(tr.dataset.seq) === seq);
  detail.replaceChildren();
  detail.append(el("h3", {}, "callback " + r.seq + " · " + (r.event || r.platform)));
  detail.append(el("p", { class: r.signature }, "signature " + r.signature +
    (r.signature_error ? ": " + r.signature_error : "")));
  if (r.duplicate) detail.append(el("p", { class: "dup" }, "duplicate of #" + r.duplicate_of + ": this event was delivered before"));
  if (r.truncated) detail.append(el("p", { class: "dup" }, "the client went away before sending the whole body"));
  detail.append(el("p", { class: failed(r) ? "failed" : "" }, "answered " + answered(r) +
    (r.forward ? " (app: " + (r.forward.status ? r.forward.status + " in " + r.forward.ms + " ms" : r.forward.error) + ")" : "")));
  // Headers and body first: what a reader opened it for.
  detail.append(el("h3", {}, "headers"));
  detail.append(el("pre", { "data-headers": "" }, Object.entries(r.headers || {}).map(([k, v]) => k + ": " + v).join("\n")));
  detail.append(el("h3", {}, "body"));
  if (r.body !== null) detail.append(el("div", { class: "tree" }, tree(r.body)));
  else if (r.body_text !== undefined && r.body_text !== null) detail.append(el("pre", {}, r.body_text));
  else if (r.body_b64) detail.append(el("pre", {}, "(" + atob(r.body_b64).length + " bytes, not UTF-8: see raw)"));
  // The exact bytes come on demand: the list's polls carry only the lines.
  const rawTitle = el("h3", {}, "raw");
  const raw = el("pre", { "data-raw": "" });
  const curlBox = el("pre", { "data-curl": "" });
  const copyCurl = el("button", { "data-action": "copy-curl", disabled: "" }, "copy as curl");
  copyCurl.addEventListener("click", () => copy(curlBox.textContent, copyCurl, curlBox));
  fetch("/_bchook/raw?seq=" + r.seq, { headers: { "X-Bchook-Token": token } })
    .then((res) => res.json())
    .then((d) => {
      if (selected !== r.seq || d.raw_b64 === undefined) return;
      const bytes = bytesOf(d.raw_b64);
      rawTitle.textContent = "raw · " + bytes.length + " bytes as received";
      raw.textContent = readable(bytes);
      curlBox.textContent = curl(r, d.raw_b64);
      copyCurl.removeAttribute("disabled");
    });
  detail.append(rawTitle, raw);
  const target = el("input", { name: "replay-url", placeholder: "replay to URL (default: --forward-to)" });
  const replay = el("button", { "data-action": "replay" }, "replay");
  const reply = el("span", { id: "replay-answer" });
  replay.addEventListener("click", async () => {
    reply.textContent = "sending…";
    const res = await fetch("/_bchook/replay", { method: "POST", headers: { "X-Bchook-Token": token, "Content-Type": "application/json" },
      body: JSON.stringify({ seq: r.seq, url: target.value }) });
    const d = await res.json();
    reply.textContent = d.status ? d.status + " in " + d.ms + " ms " + (d.body || "") : "failed: " + (d.error || res.status);
  });
  detail.append(el("h3", {}, "send again"));
  detail.append(el("div", { class: "actions" }, copyCurl, target, replay, reply));
  detail.append(curlBox);
}

// "8 callbacks", or with a filter "3 of 8 callbacks", and what the page could not show.
function updateStatus() {
  const q = query();
  const count = q ? shown.length + " of " + callbacks.size + " callbacks" : received + " callbacks";
  status.textContent = status.title = count +
    (!q && received > callbacks.size ? ", the newest " + callbacks.size + " shown" : "") +
    (missed ? " (" + missed + " more not shown: the page fell behind; " +
      (saveFile ? saveFile + " has them" : "listen --save FILE keeps every one") + ")" : "");
}

async function poll() {
  // A page in a background tab asks for nothing; shown again, it catches up at once (the
  // newest 500, and a count of those it skipped).
  if (document.hidden) {
    paused = true;
    return;
  }
  let wait = POLL_MS;
  try {
    const res = await fetch("/_bchook/callbacks?after=" + last, { headers: { "X-Bchook-Token": token } });
    const d = await res.json();
    missed += d.skipped;
    if (d.skipped) wait = BEHIND_POLL_MS;
    const q = query();
    for (const r of d.callbacks) {
      callbacks.set(r.seq, r);
      if (matches(r, q)) shift += 1; // a new row on top of the list
      received += 1;
      last = Math.max(last, r.seq);
    }
    for (const seq of callbacks.keys()) {
      if (callbacks.size <= KEEP) break;
      callbacks.delete(seq);
    }
    refilter();
    draw();
    updateStatus();
    // `#7` in the URL opens callback 7 once it has arrived.
    const wanted = Number(location.hash.slice(1));
    if (selected === null && callbacks.has(wanted)) select(wanted);
  } catch (e) {
    status.textContent = "listen is not answering";
  }
  setTimeout(poll, wait);
}

document.addEventListener("visibilitychange", () => {
  if (!document.hidden && paused) {
    paused = false;
    poll();
  }
});

filter.addEventListener("input", () => {
  refilter();
  // A selection the filter hides is cleared: the detail pane never shows a row not listed.
  if (selected !== null && !shown.includes(selected)) unselect();
  pane.scrollTop = 0;
  draw();
  updateStatus();
});

const copyUrl = document.querySelector("[data-action='copy-url']");
copyUrl.addEventListener("click", () => copy(document.getElementById("receiver").textContent, copyUrl, document.getElementById("receiver")));

pane.addEventListener("scroll", draw);
window.addEventListener("resize", draw);
rows.addEventListener("click", (e) => {
  const tr = e.target.closest("tr[data-seq]");
  if (tr) select(Number(tr.dataset.seq));
});

document.addEventListener("keydown", (e) => {
  // Keys typed into a field (the filter, the replay URL) are the field's.
  if (document.activeElement && ["INPUT", "TEXTAREA"].includes(document.activeElement.tagName)) return;
  if (e.key === "/") { e.preventDefault(); filter.focus(); return; }
  if (!shown.length) return;
  const at = shown.indexOf(selected);
  let to = at;
  if (e.key === "ArrowDown" || e.key === "j") to = Math.min(at + 1, shown.length - 1);
  else if (e.key === "ArrowUp" || e.key === "k") to = Math.max(at - 1, 0);
  else return;
  e.preventDefault();
  select(shown[to]);
  reveal(to); // a scroll, if one is needed, draws the rows it brings into view
});

poll();
