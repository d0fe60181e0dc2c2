"""The official Python `standardwebhooks` library, driven by tests/conformance.rs.

Reads one JSON request on stdin, writes one JSON answer on stdout:
  {"mode": "cases", "secret": S, "raw": bool, "now": N}
      -> the library's test cases, signed by the library, each with its own verdict:
         [{"name", "headers", "body_b64", "valid", "reason"}]
  {"mode": "verify", "secret": S, "raw": bool, "items": [{"headers", "body_b64"}]}
      -> the library's verdict on each: [{"valid", "reason"}]
`raw` gives the secret's own bytes as the key (BigCommerce's client secret); otherwise the
secret is a `whsec_` string, padded or not.
"""
import base64
import json
import sys
from datetime import datetime, timezone

from standardwebhooks import Webhook

ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
BODY = b'{"test": 2432232314}'


def webhook(request):
    secret = request["secret"]
    return Webhook(secret.encode() if request["raw"] else secret)


def verdict(wh, headers, body):
    try:
        wh.verify(body, headers, json_parse=False)
        return {"valid": True, "reason": ""}
    except Exception as e:  # the library's own errors, whatever their class
        return {"valid": False, "reason": str(e)}


def cases(wh, now):
    def at(ts):
        return datetime.fromtimestamp(ts, tz=timezone.utc)

    def signed(ts=now, body=BODY, msg_id=ID):
        return {"webhook-id": msg_id, "webhook-timestamp": str(ts),
                "webhook-signature": wh.sign(msg_id, at(ts), body)}

    good = signed()
    sig = good["webhook-signature"]
    changed = sig[:-2] + ("A" if sig[-2] != "A" else "B") + sig[-1]
    out = [
        ("signed", good, BODY),
        ("last signature character changed", {**good, "webhook-signature": changed}, BODY),
        ("body changed", good, BODY.replace(b"2", b"3")),
        ("missing id", {k: v for k, v in good.items() if k != "webhook-id"}, BODY),
        ("missing timestamp", {k: v for k, v in good.items() if k != "webhook-timestamp"}, BODY),
        ("missing signature", {k: v for k, v in good.items() if k != "webhook-signature"}, BODY),
        ("invalid timestamp", {**good, "webhook-timestamp": "not-a-time"}, BODY),
        ("310 s old", signed(now - 310), BODY),
        ("310 s in the future", signed(now + 310), BODY),
        ("290 s old", signed(now - 290), BODY),
        ("290 s in the future", signed(now + 290), BODY),
        ("several signatures, the good one among bad",
         {**good, "webhook-signature": f"v1,bad v2,bad {sig} v1,bad"}, BODY),
        ("only v1a entries", {**good, "webhook-signature": "v1a,AAAA v1a,BBBB"}, BODY),
        ("empty body", signed(body=b""), b""),
        ("a body that is not UTF-8", signed(body=b"\xff\xfe{}"), b"\xff\xfe{}"),
    ]
    return [{"name": name, "headers": headers, "body_b64": base64.b64encode(body).decode(),
             **verdict(wh, headers, body)} for name, headers, body in out]


def main():
    request = json.load(sys.stdin)
    wh = webhook(request)
    if request["mode"] == "cases":
        answer = cases(wh, request["now"])
    else:
        answer = [verdict(wh, item["headers"], base64.b64decode(item["body_b64"]))
                  for item in request["items"]]
    json.dump(answer, sys.stdout)


main()
