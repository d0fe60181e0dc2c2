//! Shopify: its callbacks are told by their topic header, and signed with base64(HMAC-SHA256(the
//! app's client secret, raw body)). Classic deliveries name their headers `X-Shopify-Topic`,
//! `X-Shopify-Hmac-Sha256`...; Events deliveries (configured in `shopify.app.toml`) the same
//! without `X-` (`shopify-topic`, `shopify-hmac-sha256`...): both are read.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use super::verify::{Signed, Verdict, hmac_of, matches_b64};
use super::{Callback, Inspection, Platform, Request, dedupe_key};

/// The API version `trigger` puts in its callbacks.
pub const API_VERSION: &str = "2025-10";

/// Header `name` (`topic`, `hmac-sha256`...) under its classic name or its Events one, and the
/// name it was found under. Headers are lower-case. Run for every callback a receiver gets: one
/// pass over the headers, nothing allocated.
fn shopify_header<'h>(headers: &'h [(String, String)], name: &str) -> Option<(&'h str, &'h str)> {
    headers.iter().find_map(|(key, value)| {
        let rest = key
            .strip_prefix("x-shopify-")
            .or_else(|| key.strip_prefix("shopify-"))?;
        (rest == name).then_some((key.as_str(), value.as_str()))
    })
}

/// Whether a request carries a Shopify signature.
pub fn is_signed(headers: &[(String, String)]) -> bool {
    shopify_header(headers, "hmac-sha256").is_some()
}

pub fn recognise(request: &Request) -> Option<Inspection> {
    let get = |name| shopify_header(request.headers, name).map(|(_, v)| v.to_string());
    let topic = get("topic")?;
    // The event id is the one Shopify documents for duplicates: retries and every subscription
    // to the event share it. Without one, the delivery's webhook id.
    let key = get("event-id")
        .map(|id| dedupe_key("shopify:event:", &id))
        .or_else(|| get("webhook-id").map(|id| dedupe_key("shopify:", &id)));
    Some(Inspection {
        platform: Platform::Shopify,
        event: Some(topic),
        store: get("shop-domain"),
        entity: request.body.id.clone().or_else(|| get("resource-id")),
        dedupe_key: key,
    })
}

/// `mac` is keyed with the secret's own bytes.
pub fn verify(mut mac: Hmac<Sha256>, req: &Signed) -> Verdict {
    let (name, given) =
        shopify_header(req.headers, "hmac-sha256").unwrap_or(("x-shopify-hmac-sha256", ""));
    mac.update(req.body);
    matches_b64(mac, given, name)
}

/// The signature Shopify puts in `X-Shopify-Hmac-Sha256`; `key` is the client secret's bytes.
pub fn sign(key: &[u8], body: &[u8]) -> String {
    let mut mac = hmac_of(key);
    mac.update(body);
    B64.encode(mac.finalize().into_bytes())
}

/// Signs a received callback afresh (Shopify signs the body alone, with no time in it), under
/// the header name it came with; `key` is the client secret's bytes.
pub fn resign(headers: &mut [(String, String)], body: &[u8], key: &[u8]) -> Result<(), String> {
    let (name, _) = shopify_header(headers, "hmac-sha256").ok_or("it has no Shopify signature")?;
    let name = name.to_string();
    super::set_header(headers, &name, sign(key, body));
    Ok(())
}

/// A Shopify callback for `topic` (`orders/create`, ...) from `shop` (`abc.myshopify.com`), as
/// a classic delivery: the resource as the Admin API shows it (a few of its fields), `extra`
/// merged in (an object's keys replace; anything else replaces the body), signed when a key
/// (the client secret's bytes) is given.
pub fn callback(
    topic: &str,
    shop: &str,
    id: u64,
    extra: Option<&Value>,
    now: i64,
    key: Option<&[u8]>,
    seq: u64,
) -> Callback {
    let (resource, action) = topic.split_once('/').unwrap_or((topic, ""));
    let kind = resource_name(resource);
    let at = crate::time::rfc3339_millis(
        std::time::UNIX_EPOCH + std::time::Duration::from_secs(now.max(0) as u64),
    );
    let gid = format!("gid://shopify/{kind}/{id}");
    let mut body = match (resource, action) {
        // A deletion carries the id alone.
        (_, "delete") => json!({"id": id}),
        ("orders", _) => json!({
            "id": id, "admin_graphql_api_id": gid, "name": format!("#{}", 1000 + id % 9000),
            "email": "jon@example.com", "created_at": at, "updated_at": at, "currency": "USD",
            "total_price": "19.99", "financial_status": "paid", "fulfillment_status": null,
            "line_items": [{"id": id * 10 + 1, "title": "Example T-Shirt", "quantity": 1, "price": "19.99"}]
        }),
        ("products", _) => json!({
            "id": id, "admin_graphql_api_id": gid, "title": "Example T-Shirt",
            "handle": "example-t-shirt", "status": "active", "vendor": "Example",
            "created_at": at, "updated_at": at,
            "variants": [{"id": id * 10 + 1, "title": "Default Title", "price": "19.99"}]
        }),
        ("customers", _) => json!({
            "id": id, "admin_graphql_api_id": gid, "email": "jon@example.com",
            "first_name": "Jon", "last_name": "Doe", "created_at": at, "updated_at": at
        }),
        _ => json!({"id": id, "admin_graphql_api_id": gid, "created_at": at, "updated_at": at}),
    };
    match (extra, &mut body) {
        (Some(Value::Object(extra)), Value::Object(map)) => map.extend(extra.clone()),
        (Some(other), _) => body = other.clone(),
        (None, _) => {}
    }
    let body = serde_json::to_vec(&body).expect("JSON values encode");
    let uuid = |n: u64| {
        format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            now,
            seq & 0xffff,
            n & 0xfff,
            id & 0xfff,
            id ^ (n << 32)
        )
    };
    let mut headers = vec![
        ("Content-Type".to_string(), "application/json".to_string()),
        ("X-Shopify-Topic".into(), topic.to_string()),
        ("X-Shopify-Shop-Domain".into(), shop.to_string()),
        ("X-Shopify-API-Version".into(), API_VERSION.to_string()),
        ("X-Shopify-Webhook-Id".into(), uuid(1)),
        ("X-Shopify-Event-Id".into(), uuid(2)),
        ("X-Shopify-Triggered-At".into(), at),
    ];
    if let Some(key) = key {
        headers.push(("X-Shopify-Hmac-Sha256".into(), sign(key, &body)));
    }
    Callback { headers, body }
}

/// `inventory_items` to `InventoryItem`: the resource's name in a GraphQL id.
fn resource_name(resource: &str) -> String {
    let singular = resource
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| resource.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| resource.to_string());
    singular
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// shopify-app-js's published vector.
    #[test]
    fn signs_the_published_vector() {
        assert_eq!(
            sign(b"test_secret_key", br#"{"foo": "bar"}"#),
            "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g="
        );
    }

    #[test]
    fn resource_names() {
        assert_eq!(resource_name("orders"), "Order");
        assert_eq!(resource_name("inventory_items"), "InventoryItem");
        assert_eq!(resource_name("collections"), "Collection");
        assert_eq!(resource_name("app"), "App");
    }
}
