//! What bchook knows about each platform whose callbacks it receives, checks and makes, one
//! module each:
//!
//! - [`bigcommerce`]: recognising its callbacks, building them as BigCommerce does (`hash`,
//!   `producer`, the 2013 service's shape), and its delivery rules ([`bigcommerce::delivery`]:
//!   where it delivers, retries, the blocklist), which `simulate` models.
//! - [`ecwid`]: recognising, verifying (`X-Ecwid-Webhook-Signature` over
//!   `{eventCreated}.{eventId}`), signing and building its callbacks.
//! - [`shopify`]: recognising and verifying (`X-Shopify-Hmac-Sha256` over the body).
//! - [`standard_webhooks`]: the scheme BigCommerce documents for signing: its key, verifying and
//!   signing, and recognising a callback signed with it from any sender.
//!
//! Around them: [`probe`], the one parse of a body on `listen`'s answering path, reading just
//! the fields every recogniser needs; [`verify`], which picks the scheme a request is signed
//! with and asks that module. `listen`, `trigger`, `replay`, `simulate` and `expand` use these
//! and keep nothing platform-specific of their own. A new platform is a file here and a line in
//! [`RECOGNISERS`] (and in [`verify::Scheme`], if it signs).

pub mod bigcommerce;
pub mod ecwid;
pub mod probe;
pub mod shopify;
pub mod standard_webhooks;
pub mod verify;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::record::header;
use probe::Probe;

/// Which platform's conventions a callback follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    Bigcommerce,
    Ecwid,
    Shopify,
    StandardWebhooks,
    Unknown,
}

impl Platform {
    pub fn name(self) -> &'static str {
        match self {
            Platform::Bigcommerce => "bigcommerce",
            Platform::Ecwid => "ecwid",
            Platform::Shopify => "shopify",
            Platform::StandardWebhooks => "standard-webhooks",
            Platform::Unknown => "unknown",
        }
    }
}

/// What a callback says: which platform sent it, the event, the store, the entity, and the key
/// that makes a second delivery of the same event a duplicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    pub platform: Platform,
    pub event: Option<String>,
    pub store: Option<String>,
    pub entity: Option<String>,
    /// Same key seen twice in a run: a duplicate delivery.
    pub dedupe_key: Option<String>,
}

/// What a recogniser reads of a request.
pub struct Request<'a> {
    /// Lower-case names.
    pub headers: &'a [(String, String)],
    pub query: Option<&'a str>,
    /// The body's fields, when it is a JSON object.
    pub body: &'a Probe,
}

impl Request<'_> {
    pub fn header(&self, name: &str) -> Option<&str> {
        header(self.headers, name)
    }
}

/// Each platform's recogniser, asked in this order: the first that knows the request names it.
/// Shopify's topic header and BigCommerce's body fields are the surest signs; a Standard
/// Webhooks signature comes last, as BigCommerce (and others) sign with it too.
const RECOGNISERS: [fn(&Request) -> Option<Inspection>; 4] = [
    shopify::recognise,
    bigcommerce::recognise,
    ecwid::recognise,
    standard_webhooks::recognise,
];

/// Recognises the platform from headers (lower-case names), query and the body's fields.
pub fn inspect(
    headers: &[(String, String)],
    query: Option<&str>,
    body: Option<Probe>,
) -> Inspection {
    let body = body.unwrap_or_default();
    let request = Request {
        headers,
        query,
        body: &body,
    };
    RECOGNISERS
        .iter()
        .find_map(|recognise| recognise(&request))
        .unwrap_or(Inspection {
            platform: Platform::Unknown,
            event: None,
            store: None,
            entity: None,
            dedupe_key: None,
        })
}

/// A duplicate key: the platform, so ids from different platforms never collide, then the id.
fn dedupe_key(platform: &str, id: &str) -> String {
    let mut key = String::with_capacity(platform.len() + id.len());
    key.push_str(platform);
    key.push_str(id);
    key
}

/// Signs a received callback afresh for a replay, as its platform signs it: a fresh time
/// (`now`; Standard Webhooks' header, Ecwid's `eventCreated` in the body), the same id and
/// otherwise the same bytes, a new signature with `secret`. Headers are lower-case, as saved.
/// An unsigned callback is left as it is: Ok(false).
pub fn resign(
    headers: &mut [(String, String)],
    body: &mut Vec<u8>,
    secret: &crate::secret::Secret,
    now: i64,
) -> Result<bool, String> {
    let plain = secret.expose().as_bytes();
    match verify::scheme_of(headers) {
        Some(verify::Scheme::StandardWebhooks) => {
            let key = standard_webhooks::key(secret.expose())?;
            standard_webhooks::resign(headers, body, &key, now)?
        }
        Some(verify::Scheme::Ecwid) => ecwid::resign(headers, body, plain, now)?,
        Some(verify::Scheme::Shopify) => shopify::resign(headers, body, plain)?,
        None => return Ok(false),
    }
    Ok(true)
}

/// Sets header `name` (lower-case) to `value` where it is.
fn set_header(headers: &mut [(String, String)], name: &str, value: String) {
    if let Some((_, v)) = headers.iter_mut().find(|(k, _)| k == name) {
        *v = value;
    }
}

/// One callback built to send, as its platform sends it.
pub struct Callback {
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Callback {
    /// Its headers and its body as JSON, for `--json` output.
    pub fn as_json(&self) -> (Map<String, Value>, Value) {
        let headers = self
            .headers
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        let body = serde_json::from_slice(&self.body).unwrap_or(Value::Null);
        (headers, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn probe(v: serde_json::Value) -> Probe {
        probe::Parsed::of(v.to_string().as_bytes()).probe.unwrap()
    }

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn platforms() {
        let bc = json!({"scope": "store/order/created", "store_id": "1025646", "data": {"type": "order", "id": 250},
                        "hash": "dd70", "created_at": 1561479335, "producer": "stores/abc123"});
        let i = inspect(&[], None, Some(probe(bc)));
        assert_eq!(i.platform, Platform::Bigcommerce);
        assert_eq!(i.event.as_deref(), Some("store/order/created"));
        assert_eq!(i.store.as_deref(), Some("abc123"));
        assert_eq!(i.entity.as_deref(), Some("250"));
        assert_eq!(i.dedupe_key.as_deref(), Some("bigcommerce:dd70"));

        let ecwid = json!({"eventId": "80ae", "eventCreated": 1, "storeId": 1003, "entityId": 103000, "eventType": "order.created"});
        let i = inspect(&[], None, Some(probe(ecwid)));
        assert_eq!(
            (
                i.platform,
                i.event.as_deref(),
                i.store.as_deref(),
                i.entity.as_deref()
            ),
            (
                Platform::Ecwid,
                Some("order.created"),
                Some("1003"),
                Some("103000")
            )
        );
        let old = inspect(&[], Some("eventtype=product.created"), None);
        assert_eq!(
            (old.platform, old.event.as_deref()),
            (Platform::Ecwid, Some("product.created"))
        );

        let shop = inspect(
            &h(&[
                ("x-shopify-topic", "orders/create"),
                ("x-shopify-shop-domain", "s.myshopify.com"),
                ("x-shopify-webhook-id", "w1"),
            ]),
            None,
            Some(probe(json!({"id": 7}))),
        );
        assert_eq!(
            (shop.platform, shop.event.as_deref(), shop.entity.as_deref()),
            (Platform::Shopify, Some("orders/create"), Some("7"))
        );
        assert_eq!(shop.dedupe_key.as_deref(), Some("shopify:w1"));
        // Events deliveries: the same headers without `X-`; the event id is the duplicate key.
        let events = inspect(
            &h(&[
                ("shopify-topic", "orders/create"),
                ("shopify-shop-domain", "s.myshopify.com"),
                ("shopify-webhook-id", "w2"),
                ("shopify-event-id", "e1"),
                ("shopify-resource-id", "8"),
            ]),
            None,
            Some(probe(json!({"note": "no id"}))),
        );
        assert_eq!(
            (
                events.platform,
                events.store.as_deref(),
                events.entity.as_deref(),
                events.dedupe_key.as_deref()
            ),
            (
                Platform::Shopify,
                Some("s.myshopify.com"),
                Some("8"),
                Some("shopify:event:e1")
            )
        );

        let sw = inspect(
            &h(&[("webhook-id", "msg_1"), ("webhook-signature", "v1,x")]),
            None,
            Some(probe(json!({"type": "user.created"}))),
        );
        assert_eq!(
            (sw.platform, sw.event.as_deref()),
            (Platform::StandardWebhooks, Some("user.created"))
        );
        // Svix's names for the same scheme (Clerk, Resend).
        let svix = inspect(
            &h(&[("svix-id", "msg_2"), ("svix-signature", "v1,x")]),
            None,
            Some(probe(json!({"type": "user.created"}))),
        );
        assert_eq!(
            (svix.platform, svix.dedupe_key.as_deref()),
            (Platform::StandardWebhooks, Some("standard-webhooks:msg_2"))
        );

        assert_eq!(
            inspect(&[], None, Some(probe(json!({"scope": "x"})))).platform,
            Platform::Unknown
        );
        assert_eq!(inspect(&[], None, None).platform, Platform::Unknown);
    }
}
