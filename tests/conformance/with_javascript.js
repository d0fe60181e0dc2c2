// The official JavaScript `standardwebhooks` library, driven by tests/conformance.rs; the same
// protocol as with_python.py (see there): one JSON request on stdin, one answer on stdout.
"use strict";
const { Webhook } = require("standardwebhooks");

const ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const BODY = Buffer.from('{"test": 2432232314}');

function webhook(request) {
  return request.raw
    ? new Webhook(Buffer.from(request.secret), { format: "raw" })
    : new Webhook(request.secret);
}

function verdict(wh, headers, body) {
  try {
    wh.verify(body, headers, { jsonParse: false });
    return { valid: true, reason: "" };
  } catch (e) {
    return { valid: false, reason: String(e.message || e) };
  }
}

function cases(wh, now) {
  const signed = (ts = now, body = BODY) => ({
    "webhook-id": ID,
    "webhook-timestamp": String(ts),
    "webhook-signature": wh.sign(ID, new Date(ts * 1000), body),
  });
  const without = (h, name) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== name));
  const good = signed();
  const sig = good["webhook-signature"];
  const changed = sig.slice(0, -2) + (sig.at(-2) !== "A" ? "A" : "B") + sig.at(-1);
  const notUtf8 = Buffer.from([0xff, 0xfe, 0x7b, 0x7d]);
  const out = [
    ["signed", good, BODY],
    ["last signature character changed", { ...good, "webhook-signature": changed }, BODY],
    ["body changed", good, Buffer.from(BODY.toString().replace(/2/g, "3"))],
    ["missing id", without(good, "webhook-id"), BODY],
    ["missing timestamp", without(good, "webhook-timestamp"), BODY],
    ["missing signature", without(good, "webhook-signature"), BODY],
    ["invalid timestamp", { ...good, "webhook-timestamp": "not-a-time" }, BODY],
    ["310 s old", signed(now - 310), BODY],
    ["310 s in the future", signed(now + 310), BODY],
    ["290 s old", signed(now - 290), BODY],
    ["290 s in the future", signed(now + 290), BODY],
    ["several signatures, the good one among bad", { ...good, "webhook-signature": `v1,bad v2,bad ${sig} v1,bad` }, BODY],
    ["only v1a entries", { ...good, "webhook-signature": "v1a,AAAA v1a,BBBB" }, BODY],
    ["empty body", signed(now, Buffer.alloc(0)), Buffer.alloc(0)],
    ["a body that is not UTF-8", signed(now, notUtf8), notUtf8],
  ];
  return out.map(([name, headers, body]) => ({
    name, headers, body_b64: body.toString("base64"), ...verdict(wh, headers, body),
  }));
}

let input = "";
process.stdin.on("data", (d) => { input += d; });
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  const wh = webhook(request);
  const answer = request.mode === "cases"
    ? cases(wh, request.now)
    : request.items.map((i) => verdict(wh, i.headers, Buffer.from(i.body_b64, "base64")));
  process.stdout.write(JSON.stringify(answer));
});
