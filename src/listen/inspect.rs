//! What a callback says: which platform sent it, the event, the store, the entity, and the key
//! that makes a second delivery of the same event a duplicate.

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use super::probe::Probe;
use super::signature::{Scheme, scheme_of};
use crate::record::{Platform, header};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    pub platform: Platform,
    pub event: Option<String>,
    pub store: Option<String>,
    pub entity: Option<String>,
    /// Same key seen twice in a run: a duplicate delivery.
    pub dedupe_key: Option<String>,
}

/// Recognises the platform from headers (lower-case names), query and the body's fields.
pub fn inspect(
    headers: &[(String, String)],
    query: Option<&str>,
    body: Option<Probe>,
) -> Inspection {
    let header = |name: &str| header(headers, name).map(str::to_string);
    let b = body.unwrap_or_default();

    if let Some(topic) = header("x-shopify-topic") {
        return Inspection {
            platform: Platform::Shopify,
            event: Some(topic),
            store: header("x-shopify-shop-domain"),
            entity: b.id,
            dedupe_key: header("x-shopify-webhook-id").map(|id| key("shopify:", &id)),
        };
    }
    if b.scope.is_some() && (b.producer.is_some() || b.store_id.is_some() || b.hash.is_some()) {
        let store = match b.producer {
            // `stores/HASH` (v3) or `store/HASH` (the 2013 service).
            Some(p) => Some(
                p.strip_prefix("stores/")
                    .or_else(|| p.strip_prefix("store/"))
                    .map(str::to_string)
                    .unwrap_or(p),
            ),
            None => b.store_id,
        };
        return Inspection {
            platform: Platform::Bigcommerce,
            event: b.scope,
            store,
            entity: b.data_entity,
            dedupe_key: b.hash.as_deref().map(|h| key("bigcommerce:", h)),
        };
    }
    // The original Ecwid format put the event type in the query string.
    let query_event = query.and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| k.eq_ignore_ascii_case("eventtype"))
            .map(|(_, v)| v.to_string())
    });
    if let Some(event) = b.event_type.or(query_event) {
        return Inspection {
            platform: Platform::Ecwid,
            event: Some(event),
            store: b.ecwid_store_id,
            entity: b.entity_id,
            dedupe_key: b.event_id.as_deref().map(|id| key("ecwid:", id)),
        };
    }
    if scheme_of(headers) == Some(Scheme::StandardWebhooks) {
        return Inspection {
            platform: Platform::StandardWebhooks,
            event: b.kind,
            store: None,
            entity: None,
            dedupe_key: header("webhook-id").map(|id| key("standard-webhooks:", &id)),
        };
    }
    Inspection {
        platform: Platform::Unknown,
        event: None,
        store: None,
        entity: None,
        dedupe_key: None,
    }
}

/// A duplicate key: the platform, so ids from different platforms never collide, then the id.
fn key(platform: &str, id: &str) -> String {
    let mut key = String::with_capacity(platform.len() + id.len());
    key.push_str(platform);
    key.push_str(id);
    key
}

/// The keys seen in this run and the `seq` each was first seen with, forgetting the oldest past
/// a bound so memory stays flat.
pub struct SeenKeys {
    set: HashMap<Rc<str>, u64>,
    order: VecDeque<Rc<str>>,
    limit: usize,
}

impl SeenKeys {
    pub fn new(limit: usize) -> SeenKeys {
        SeenKeys {
            set: HashMap::new(),
            order: VecDeque::new(),
            limit,
        }
    }

    /// Records `key` for callback `seq`; the `seq` it was first seen with, when it was.
    pub fn seen_before(&mut self, key: &str, seq: u64) -> Option<u64> {
        if let Some(first) = self.set.get(key) {
            return Some(*first);
        }
        if self.order.len() == self.limit
            && let Some(oldest) = self.order.pop_front()
        {
            self.set.remove(&oldest);
        }
        let key: Rc<str> = Rc::from(key);
        self.set.insert(key.clone(), seq);
        self.order.push_back(key);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn probe(v: serde_json::Value) -> Probe {
        super::super::probe::Parsed::of(v.to_string().as_bytes())
            .probe
            .unwrap()
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

        let sw = inspect(
            &h(&[("webhook-id", "msg_1"), ("webhook-signature", "v1,x")]),
            None,
            Some(probe(json!({"type": "user.created"}))),
        );
        assert_eq!(
            (sw.platform, sw.event.as_deref()),
            (Platform::StandardWebhooks, Some("user.created"))
        );

        assert_eq!(
            inspect(&[], None, Some(probe(json!({"scope": "x"})))).platform,
            Platform::Unknown
        );
        assert_eq!(inspect(&[], None, None).platform, Platform::Unknown);
    }

    #[test]
    fn duplicates_and_bound() {
        let mut seen = SeenKeys::new(2);
        assert_eq!(seen.seen_before("a", 1), None);
        assert_eq!(seen.seen_before("a", 2), Some(1), "names the first");
        assert_eq!(seen.seen_before("b", 3), None);
        assert_eq!(seen.seen_before("c", 4), None);
        assert_eq!(
            seen.seen_before("a", 5),
            None,
            "the oldest key is forgotten past the bound"
        );
    }
}
