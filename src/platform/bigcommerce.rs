//! BigCommerce: a callback is a JSON object with `scope`, `store_id`, `data`, `hash` (SHA-1 of
//! the JSON-encoded `data`), `created_at` and `producer` (`stores/HASH`; the 2013 beta service
//! sent `store/HASH`, a numeric `store_id` and no `created_at`), signed with Standard Webhooks
//! when the app has a client secret. Its delivery rules are in [`delivery`].

pub mod delivery;

use serde_json::{Map, Value, json};
use sha1::{Digest, Sha1};

use super::{Callback, Inspection, Platform, Request, dedupe_key, standard_webhooks};
use crate::scopes::{ENTITY_ID_FIELDS, Scope};

pub fn recognise(request: &Request) -> Option<Inspection> {
    let b = request.body;
    if b.scope.is_none() || (b.producer.is_none() && b.store_id.is_none() && b.hash.is_none()) {
        return None;
    }
    let store = match &b.producer {
        // `stores/HASH` (v3) or `store/HASH` (the 2013 service).
        Some(p) => Some(
            p.strip_prefix("stores/")
                .or_else(|| p.strip_prefix("store/"))
                .unwrap_or(p)
                .to_string(),
        ),
        None => b.store_id.clone(),
    };
    Some(Inspection {
        platform: Platform::Bigcommerce,
        event: b.scope.clone(),
        store,
        entity: b.data_entity.clone(),
        dedupe_key: b.hash.as_deref().map(|h| dedupe_key("bigcommerce:", h)),
    })
}

/// The event's `data`: the catalogue's, with `id` set on its entity field and `extra` merged in
/// (an object's keys replace the catalogue's; anything else replaces the whole `data`).
pub fn data_for(scope: &Scope, id: Option<u64>, extra: Option<&Value>) -> Value {
    let mut data: Value = scope
        .data
        .and_then(|d| serde_json::from_str(d).ok())
        .unwrap_or_else(|| json!({}));
    if let (Some(id), Value::Object(map)) = (id, &mut data) {
        let field = ENTITY_ID_FIELDS
            .iter()
            .find(|f| map.contains_key(**f))
            .copied()
            .unwrap_or("id");
        // Keep the field's type: some events carry ids as strings.
        let value = match map.get(field) {
            Some(Value::String(_)) => json!(id.to_string()),
            _ => json!(id),
        };
        map.insert(field.to_string(), value);
    }
    match (extra, &mut data) {
        (Some(Value::Object(extra)), Value::Object(map)) => map.extend(extra.clone()),
        (Some(other), _) => data = other.clone(),
        (None, _) => {}
    }
    data
}

/// The numeric entity id a catalogue `data` carries, for counting ids up in a burst (UUIDs,
/// such as cart ids, are not counted).
pub fn entity_id(data: &Value) -> Option<u64> {
    let field = ENTITY_ID_FIELDS.iter().find_map(|f| data.get(*f))?;
    match field {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The store a BigCommerce callback comes from, and which service's shape it has.
pub struct Store<'a> {
    pub hash: &'a str,
    pub id: &'a str,
    /// The 2013 beta service's shape: `producer` is `store/HASH`, `store_id` a number, no
    /// `created_at`.
    pub beta_2013: bool,
}

/// A BigCommerce callback: `hash` is the SHA-1 of the JSON-encoded `data`, as BigCommerce
/// describes it; with a key (see [`standard_webhooks::key`]), Standard Webhooks headers sign it.
pub fn callback(
    scope: &str,
    store: &Store,
    data: &Value,
    now: i64,
    key: Option<&[u8]>,
    seq: u64,
) -> Callback {
    let data_json = serde_json::to_string(data).expect("JSON values encode");
    let hash: String = Sha1::digest(data_json.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut body = Map::new();
    if store.beta_2013 {
        // The order of the 2013 quickstart's example payload.
        let store_id = store
            .id
            .parse::<u64>()
            .map_or_else(|_| json!(store.id), |n| json!(n));
        body.insert("producer".into(), json!(format!("store/{}", store.hash)));
        body.insert("store_id".into(), store_id);
        body.insert("scope".into(), json!(scope));
        body.insert("data".into(), data.clone());
        body.insert("hash".into(), json!(hash));
    } else {
        body.insert("scope".into(), json!(scope));
        body.insert("store_id".into(), json!(store.id));
        body.insert("data".into(), data.clone());
        body.insert("hash".into(), json!(hash));
        body.insert("created_at".into(), json!(now));
        body.insert("producer".into(), json!(format!("stores/{}", store.hash)));
    }
    let body = serde_json::to_vec(&body).expect("JSON values encode");
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    if let Some(key) = key {
        let id = format!("msg_{}_{seq}", &hash[..16]);
        let signature = standard_webhooks::sign(key, &id, now, &body);
        headers.push(("webhook-id".into(), id));
        headers.push(("webhook-timestamp".into(), now.to_string()));
        headers.push(("webhook-signature".into(), signature));
    }
    Callback { headers, body }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scopes::find;

    #[test]
    fn data_ids_and_overrides() {
        let order = find("store/order/created").unwrap();
        assert_eq!(
            data_for(&order, None, None),
            json!({"type": "order", "id": 250})
        );
        assert_eq!(
            data_for(&order, Some(7), None),
            json!({"type": "order", "id": 7})
        );
        assert_eq!(
            data_for(&order, Some(7), Some(&json!({"note": "x"}))),
            json!({"type": "order", "id": 7, "note": "x"})
        );
        let channel = find("store/channel/{channel_id}/order/created").unwrap();
        assert_eq!(data_for(&channel, Some(9), None), json!({"order_id": 9}));
        assert_eq!(entity_id(&data_for(&order, None, None)), Some(250));
    }

    fn sha1_hex(bytes: &[u8]) -> String {
        Sha1::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    #[test]
    fn bigcommerce_hash_is_the_sha1_of_data() {
        let store = Store {
            hash: "abc123",
            id: "1025646",
            beta_2013: false,
        };
        let cb = callback(
            "store/order/created",
            &store,
            &json!({"type": "order", "id": 250}),
            1561479335,
            None,
            1,
        );
        let body: Value = serde_json::from_slice(&cb.body).unwrap();
        let expected: String = Sha1::digest(br#"{"type":"order","id":250}"#)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(body["hash"], json!(expected));
        assert_eq!(body["producer"], "stores/abc123");
        assert_eq!(cb.headers.len(), 1, "unsigned without a secret");

        let beta = Store {
            beta_2013: true,
            ..store
        };
        let cb = callback(
            "store/order/created",
            &beta,
            &json!({"type": "order", "id": 100}),
            1561479335,
            None,
            1,
        );
        assert_eq!(
            String::from_utf8(cb.body).unwrap(),
            format!(
                r#"{{"producer":"store/abc123","store_id":1025646,"scope":"store/order/created","data":{{"type":"order","id":100}},"hash":"{}"}}"#,
                sha1_hex(br#"{"type":"order","id":100}"#)
            )
        );
    }
}
