//! Ecwid: a callback is a JSON object with `eventType`, `eventId`, `eventCreated`, `storeId`,
//! `entityId` and `data` (the original format put the event type in the query string), signed
//! with `X-Ecwid-Webhook-Signature`: base64(HMAC-SHA256(client secret,
//! "{eventCreated}.{eventId}")), which covers those two fields, not the body.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::{Map, Value, json};
use sha2::Sha256;

use super::verify::{Signed, Verdict, hmac_of, matches_b64};
use super::{Callback, Inspection, Platform, Request, dedupe_key};

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "x-ecwid-webhook-signature";

pub fn recognise(request: &Request) -> Option<Inspection> {
    let query_event = request.query.and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| k.eq_ignore_ascii_case("eventtype"))
            .map(|(_, v)| v.to_string())
    });
    let b = request.body;
    let event = b.event_type.clone().or(query_event)?;
    Some(Inspection {
        platform: Platform::Ecwid,
        event: Some(event),
        store: b.ecwid_store_id.clone(),
        entity: b.entity_id.clone(),
        dedupe_key: b.event_id.as_deref().map(|id| dedupe_key("ecwid:", id)),
    })
}

/// `mac` is keyed with the secret's own bytes.
pub fn verify(mut mac: Hmac<Sha256>, req: &Signed) -> Verdict {
    let (Some(created), Some(id)) = (req.event_created, req.event_id) else {
        return Verdict::invalid(
            "malformed: an Ecwid signature needs eventCreated and eventId in the body",
        );
    };
    mac.update(created.as_bytes());
    mac.update(b".");
    mac.update(id.as_bytes());
    matches_b64(
        mac,
        req.header(SIGNATURE_HEADER).unwrap_or_default(),
        "X-Ecwid-Webhook-Signature",
    )
}

/// `X-Ecwid-Webhook-Signature` for an event; `key` is the client secret's bytes.
pub fn sign(key: &[u8], event_created: i64, event_id: &str) -> String {
    let mut mac = hmac_of(key);
    mac.update(format!("{event_created}.{event_id}").as_bytes());
    B64.encode(mac.finalize().into_bytes())
}

/// Signs a received callback afresh: Ecwid signs `{eventCreated}.{eventId}` from the body, which
/// stays as it was (its signature never expires); `key` is the client secret's bytes.
pub fn resign(headers: &mut [(String, String)], body: &[u8], key: &[u8]) -> Result<(), String> {
    let probe = super::probe::Parsed::of(body)
        .probe
        .ok_or("its body is not a JSON object")?;
    let (Some(created), Some(id)) = (probe.event_created, probe.event_id) else {
        return Err("its body has no eventCreated and eventId".into());
    };
    let created: i64 = created
        .parse()
        .map_err(|_| format!("its eventCreated {created:?} is not a number"))?;
    super::set_header(headers, SIGNATURE_HEADER, sign(key, created, &id));
    Ok(())
}

/// An Ecwid callback for `event_type` (`order.created`, ...), signed when a key (the client
/// secret's bytes) is given.
pub fn callback(
    event_type: &str,
    store_id: &str,
    entity_id: u64,
    extra: Option<&Value>,
    now: i64,
    key: Option<&[u8]>,
    seq: u64,
) -> Callback {
    let event_id = format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        now,
        seq & 0xffff,
        entity_id & 0xfff,
        seq & 0xfff,
        entity_id
    );
    let data = match (event_type.split('.').next(), extra) {
        (_, Some(extra)) => extra.clone(),
        (Some("order"), None) => {
            json!({"orderId": format!("XJ{entity_id}"), "newPaymentStatus": "PAID", "newFulfillmentStatus": "AWAITING_PROCESSING"})
        }
        (Some(kind), None) => json!({format!("{kind}Id"): entity_id}),
        (None, None) => json!({}),
    };
    let store_id: Value = store_id
        .parse::<u64>()
        .map(Value::from)
        .unwrap_or_else(|_| json!(store_id));
    let mut body = Map::new();
    body.insert("eventId".into(), json!(event_id));
    body.insert("eventCreated".into(), json!(now));
    body.insert("storeId".into(), store_id);
    body.insert("entityId".into(), json!(entity_id));
    body.insert("eventType".into(), json!(event_type));
    body.insert("data".into(), data);
    let body = serde_json::to_vec(&body).expect("JSON values encode");
    let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
    if let Some(key) = key {
        headers.push((
            "X-Ecwid-Webhook-Signature".into(),
            sign(key, now, &event_id),
        ));
    }
    Callback { headers, body }
}
