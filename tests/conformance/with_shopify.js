// The official `@shopify/shopify-api` package's `webhooks.validate`, driven by
// tests/conformance.rs. One JSON request on stdin, one answer on stdout:
//   {"mode": "cases", "secret": S}
//       -> deliveries signed with Node's own crypto (not bchook's), classic and Events headers,
//          each with the package's verdict: [{"name", "headers", "body_b64", "valid", "reason"}]
//   {"mode": "verify", "secret": S, "items": [{"headers", "body_b64"}]}
//       -> the package's verdict on each: [{"valid", "reason"}]
"use strict";
require("@shopify/shopify-api/adapters/node");
const crypto = require("crypto");
const { shopifyApi, ApiVersion, LogSeverity } = require("@shopify/shopify-api");

function validator(secret) {
  const shopify = shopifyApi({
    apiSecretKey: secret, apiKey: "bchook-test", scopes: [], hostName: "localhost",
    apiVersion: ApiVersion.October25, isEmbeddedApp: false, logger: { level: LogSeverity.Error },
  });
  return async (headers, body) => {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const result = await shopify.webhooks.validate({
      rawBody: body.toString("utf8"),
      rawRequest: { headers: lower, method: "POST", url: "/webhooks" },
      rawResponse: {},
    });
    return { valid: result.valid, reason: result.valid ? "" : String(result.reason) };
  };
}

function cases(secret) {
  const body = Buffer.from('{"id":820982911946154500,"email":"jon@example.com"}');
  const hmac = (b) => crypto.createHmac("sha256", secret).update(b).digest("base64");
  const classic = {
    "X-Shopify-Topic": "orders/create", "X-Shopify-Shop-Domain": "example.myshopify.com",
    "X-Shopify-API-Version": "2025-10", "X-Shopify-Webhook-Id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    "X-Shopify-Event-Id": "98880550-7158-44d4-b7cd-2c97c8a091b5", "X-Shopify-Hmac-Sha256": hmac(body),
  };
  const events = Object.fromEntries(Object.entries(classic).map(([k, v]) => [k.slice(2).toLowerCase(), v]));
  const changed = (h, name) => ({ ...h, [name]: hmac(Buffer.from("something else")) });
  return [
    ["classic, signed", classic, body],
    ["classic, body changed", classic, Buffer.from(body.toString().replace("jon", "jan"))],
    ["classic, signature of something else", changed(classic, "X-Shopify-Hmac-Sha256"), body],
    ["events, signed", events, body],
    ["events, body changed", events, Buffer.from(body.toString().replace("jon", "jan"))],
    ["events, signature of something else", changed(events, "shopify-hmac-sha256"), body],
    ["published vector", { ...classic, "X-Shopify-Hmac-Sha256": secret === "test_secret_key" ? "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=" : hmac(Buffer.from('{"foo": "bar"}')) }, Buffer.from('{"foo": "bar"}')],
  ];
}

let input = "";
process.stdin.on("data", (d) => { input += d; });
process.stdin.on("end", async () => {
  const request = JSON.parse(input);
  const validate = validator(request.secret);
  let answer;
  if (request.mode === "cases") {
    answer = [];
    for (const [name, headers, body] of cases(request.secret)) {
      answer.push({ name, headers, body_b64: body.toString("base64"), ...(await validate(headers, body)) });
    }
  } else {
    answer = [];
    for (const item of request.items) answer.push(await validate(item.headers, Buffer.from(item.body_b64, "base64")));
  }
  process.stdout.write(JSON.stringify(answer));
});
