//! Ecwid: a callback is a JSON object with `eventType`, `eventId`, `eventCreated`, `storeId`,
//! `entityId` and `data` (the original format put the event type in the query string), signed
//! with `X-Ecwid-Webhook-Signature`: base64(HMAC-SHA256(client secret,
//! "{eventCreated}.{eventId}")), which covers those two fields, not the body.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use serde_json::{Map, Value, json};
use sha2::Sha256;

use super::verify::{Signed, Verdict, hmac_of};
use super::{Callback, Inspection, Platform, Request, dedupe_key};

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "x-ecwid-webhook-signature";

/// Ecwid's delivery rules (docs.ecwid.com, "how to process webhooks"), as `simulate` models
/// them. Times are simulated seconds.
pub mod delivery {
    /// The only answers Ecwid counts as delivered: another 2xx (203, 208...) or any 3xx is a
    /// failure.
    pub const SUCCESS: [u16; 5] = [200, 201, 202, 204, 209];
    /// Retries: at 15, 30 and 45 minutes after the first attempt, then every hour from 1 h to
    /// 24 h (the page's list, read as times after the first attempt, which makes its 27).
    pub const RETRIES: usize = 27;

    pub fn succeeded(status: Option<u16>) -> bool {
        status.is_some_and(|s| SUCCESS.contains(&s))
    }

    /// When retry `n` (from 1) is made, after the first attempt.
    fn retry_at(n: usize) -> f64 {
        match n {
            0..=3 => n as f64 * 900.0,
            n => (n - 3) as f64 * 3600.0,
        }
    }

    /// The delay before retrying after the `failures`-th failed attempt, or None when Ecwid
    /// gives the callback up.
    pub fn retry_after(failures: usize) -> Option<f64> {
        (failures <= RETRIES).then(|| retry_at(failures) - retry_at(failures - 1))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn twenty_seven_retries_over_a_day() {
            let delays: Vec<f64> = (1..=28).map_while(retry_after).collect();
            assert_eq!(delays.len(), 27);
            assert_eq!(&delays[..5], [900.0, 900.0, 900.0, 900.0, 3600.0]);
            assert_eq!(delays.iter().sum::<f64>(), 86_400.0);
            assert!(succeeded(Some(209)) && !succeeded(Some(203)) && !succeeded(Some(301)));
        }
    }
}

/// One Ecwid event (docs.ecwid.com, "list of webhook events"): its `eventType`, the access scope
/// an app must hold to be sent it, and the fields of its `data` (empty: it has no `data`).
pub struct Event {
    pub name: &'static str,
    /// None for `application.*` events, which go to the app they are about, whatever its scopes.
    pub access_scope: Option<&'static str>,
    pub data: &'static [&'static str],
}

const fn event(
    name: &'static str,
    access_scope: &'static str,
    data: &'static [&'static str],
) -> Event {
    Event {
        name,
        access_scope: Some(access_scope),
        data,
    }
}

/// An `application.*` event: it goes to the app it is about, whatever its scopes.
const fn app_event(name: &'static str, data: &'static [&'static str]) -> Event {
    Event {
        name,
        access_scope: None,
        data,
    }
}

const ORDER_NEW: &[&str] = &["orderId", "newPaymentStatus", "newFulfillmentStatus"];
const ORDER_CHANGE: &[&str] = &[
    "orderId",
    "oldPaymentStatus",
    "newPaymentStatus",
    "oldFulfillmentStatus",
    "newFulfillmentStatus",
];
const CART: &[&str] = &["orderId", "cartId"];
const REVIEW: &[&str] = &["productId", "orderId", "status"];

/// Every current event, in the order of Ecwid's list.
pub const EVENTS: [Event; 42] = [
    event("order.created", "read_orders", ORDER_NEW),
    event("order.updated", "read_orders", ORDER_CHANGE),
    event("order.deleted", "read_orders", &["orderId"]),
    event("unfinished_order.created", "read_orders", CART),
    event("unfinished_order.updated", "read_orders", CART),
    event("unfinished_order.deleted", "read_orders", CART),
    event("product.created", "read_catalog", &[]),
    event("product.updated", "read_catalog", &[]),
    event("product.deleted", "read_catalog", &[]),
    event("category.created", "read_catalog", &[]),
    event("category.updated", "read_catalog", &[]),
    event("category.deleted", "read_catalog", &[]),
    event("product_class.created", "read_catalog", &[]),
    event("product_class.updated", "read_catalog", &[]),
    event("product_class.deleted", "read_catalog", &[]),
    event("customer.created", "read_customers", &["customerEmail"]),
    event("customer.updated", "read_customers", &["customerEmail"]),
    event("customer.deleted", "read_customers", &["customerEmail"]),
    event(
        "customer.personalDataRemovalRequest",
        "read_store_profile",
        &[],
    ),
    event(
        "customer.personalDataExportRequest",
        "read_store_profile",
        &[],
    ),
    event("customer_group.created", "read_customers", &[]),
    event("customer_group.updated", "read_customers", &[]),
    event("customer_group.deleted", "read_customers", &[]),
    event("discount_coupon.created", "read_discount_coupons", &[]),
    event("discount_coupon.updated", "read_discount_coupons", &[]),
    event("discount_coupon.deleted", "read_discount_coupons", &[]),
    event("promotion.created", "read_promotion", &["version"]),
    event("promotion.updated", "read_promotion", &["version"]),
    event("promotion.deleted", "read_promotion", &["version"]),
    event("review.created", "read_reviews", REVIEW),
    event("review.updated", "read_reviews", REVIEW),
    event("review.deleted", "read_reviews", &["productId", "orderId"]),
    event("invoice.created", "read_invoices", &["orderId"]),
    event("invoice.deleted", "read_invoices", &["orderId"]),
    event("profile.updated", "read_store_profile", &[]),
    event(
        "profile.subscriptionStatusChanged",
        "read_store_profile",
        &["oldSubscriptionName", "newSubscriptionName"],
    ),
    event(
        "profile.personalDataRemovalRequest",
        "read_store_profile",
        &[],
    ),
    event(
        "profile.personalDataExportRequest",
        "read_store_profile",
        &[],
    ),
    app_event("application.installed", &[]),
    app_event("application.uninstalled", &[]),
    app_event(
        "application.subscriptionStatusChanged",
        &["oldSubscriptionStatus", "newSubscriptionStatus"],
    ),
    app_event("application.storageChanged", &["key"]),
];

/// The event `name` names, in Ecwid's spelling or its Kotlin client's snake_case one
/// (`application.subscription_status_changed`), any case.
pub fn find(name: &str) -> Option<&'static Event> {
    let squash = |s: &str| s.replace('_', "").to_ascii_lowercase();
    let wanted = squash(name);
    EVENTS.iter().find(|e| squash(e.name) == wanted)
}

/// Events whose `entityId` is Ecwid's internal order id, which the REST API does not take:
/// `data.orderId` is the one to use.
fn names_an_order(event: &str) -> bool {
    matches!(
        event.split('.').next(),
        Some("order" | "unfinished_order" | "invoice")
    )
}

/// An order's public id as Ecwid shows it (`XJ12H`): `n` in base 36, upper case.
fn public_order_id(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

/// The `data` an event carries, with realistic values (None: it carries none).
pub fn data_for(event: &Event, entity_id: u64) -> Option<Value> {
    if event.data.is_empty() {
        return None;
    }
    let mut data = Map::new();
    for field in event.data {
        let value = match *field {
            "orderId" => json!(public_order_id(entity_id)),
            "newPaymentStatus" => json!("PAID"),
            "oldPaymentStatus" => json!("AWAITING_PAYMENT"),
            "newFulfillmentStatus" if event.name == "order.created" => json!("AWAITING_PROCESSING"),
            "newFulfillmentStatus" => json!("PROCESSING"),
            "oldFulfillmentStatus" => json!("AWAITING_PROCESSING"),
            "cartId" => json!("6626E60A-A6F9-4CD5-8230-43D5F162E0CD"),
            "customerEmail" => json!("jon@example.com"),
            "version" => json!(3),
            "productId" => json!(entity_id + 1000),
            "status" => json!("PUBLISHED"),
            "oldSubscriptionName" => json!("FREE"),
            "newSubscriptionName" => json!("VENTURE"),
            "oldSubscriptionStatus" => json!("ACTIVE"),
            "newSubscriptionStatus" => json!("CANCELLED"),
            "key" => json!("settings"),
            other => unreachable!("a data field without a value: {other}"),
        };
        data.insert(field.to_string(), value);
    }
    Some(Value::Object(data))
}

pub fn recognise(request: &Request) -> Option<Inspection> {
    let query_event = request.query.and_then(|q| {
        q.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| k.eq_ignore_ascii_case("eventtype"))
            .map(|(_, v)| v.to_string())
    });
    let b = request.body;
    let event = b.event_type.clone().or(query_event)?;
    // An order's internal id is no use to the REST API: name it by its public one.
    let entity = match names_an_order(&event) {
        true => b.data_entity.clone().or_else(|| b.entity_id.clone()),
        false => b.entity_id.clone(),
    };
    Some(Inspection {
        platform: Platform::Ecwid,
        event: Some(event),
        store: b.ecwid_store_id.clone(),
        entity,
        dedupe_key: b.event_id.as_deref().map(|id| dedupe_key("ecwid:", id)),
    })
}

/// `mac` is keyed with the secret's own bytes; `now` is Unix seconds. The signature never
/// expires, so a callback whose `eventCreated` is more than `max_age` seconds old is stale: a
/// captured callback sent again looks exactly so.
pub fn verify(mut mac: Hmac<Sha256>, req: &Signed, now: i64, max_age: i64) -> Verdict {
    let (Some(created), Some(id)) = (req.event_created, req.event_id) else {
        return Verdict::invalid(
            "malformed: an Ecwid signature needs eventCreated and eventId in the body",
        );
    };
    mac.update(created.as_bytes());
    mac.update(b".");
    mac.update(id.as_bytes());
    let header = req.header(SIGNATURE_HEADER).unwrap_or_default();
    let Ok(given) = B64.decode(header.trim()) else {
        return Verdict::invalid("malformed X-Ecwid-Webhook-Signature: not base64");
    };
    if mac.verify_slice(&given).is_err() {
        return Verdict::invalid(format!(
            "X-Ecwid-Webhook-Signature does not match: Ecwid signs {} \
             ({{eventCreated}}.{{eventId}}, never the body) with the app's client secret; is \
             --secret that secret, not the secret_ access token?",
            crate::output::clipped(&format!("{created}.{id}"), 80)
        ));
    }
    match created.trim().parse::<i64>() {
        Ok(created) if now - created > max_age => Verdict::invalid(format!(
            "stale: eventCreated is {} old (the window is {}); Ecwid's signature never \
             expires, so an old callback is how a replayed one shows",
            crate::time::human(std::time::Duration::from_secs((now - created) as u64)),
            crate::time::human(std::time::Duration::from_secs(max_age as u64)),
        )),
        _ => Verdict::valid(),
    }
}

/// An Ecwid access token (`secret_...`, `public_...`) given where the client secret belongs:
/// what to say, at start.
pub fn looks_like_a_token(secret: &str) -> Option<String> {
    let kind = ["secret_", "public_"]
        .into_iter()
        .find(|prefix| secret.starts_with(prefix))?;
    Some(format!(
        "the secret starts with {kind}: that is an Ecwid access token, not the app's client \
         secret, which is what signs webhooks (Ecwid's app settings show both)"
    ))
}

/// `X-Ecwid-Webhook-Signature` for an event; `key` is the client secret's bytes.
pub fn sign(key: &[u8], event_created: i64, event_id: &str) -> String {
    let mut mac = hmac_of(key);
    mac.update(format!("{event_created}.{event_id}").as_bytes());
    B64.encode(mac.finalize().into_bytes())
}

/// Signs a received callback afresh: Ecwid's time is the body's `eventCreated`, so that number
/// becomes `now` (every other byte of the body stays), and the signature of
/// `{eventCreated}.{eventId}` is made again; `key` is the client secret's bytes.
pub fn resign(
    headers: &mut [(String, String)],
    body: &mut Vec<u8>,
    key: &[u8],
    now: i64,
) -> Result<(), String> {
    let probe = super::probe::Parsed::of(body)
        .probe
        .ok_or("its body is not a JSON object")?;
    let Some(id) = probe.event_id else {
        return Err("its body has no eventId".into());
    };
    let (start, end) =
        number_after(body, b"\"eventCreated\"").ok_or("its body has no eventCreated number")?;
    body.splice(start..end, now.to_string().into_bytes());
    super::set_header(headers, SIGNATURE_HEADER, sign(key, now, &id));
    Ok(())
}

/// Where the number after `key` (a JSON key, quoted) and its colon is in `body`.
fn number_after(body: &[u8], key: &[u8]) -> Option<(usize, usize)> {
    let at = body.windows(key.len()).position(|w| w == key)? + key.len();
    let colon = at + body[at..].iter().position(|b| !b.is_ascii_whitespace())?;
    if body[colon] != b':' {
        return None;
    }
    let start = colon
        + 1
        + body[colon + 1..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())?;
    let len = body[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (len > 0).then_some((start, start + len))
}

/// An Ecwid callback for `event` as Ecwid sends it: a random UUID `eventId`, `eventCreated`
/// `now`, `entityId` (a number; a string for `application.*`), and `data` where the event has one
/// (`extra` merged in: an object's keys replace, anything else replaces `data`). Signed when a
/// key (the client secret's bytes) is given.
pub fn callback(
    event: &Event,
    store_id: &str,
    entity_id: u64,
    extra: Option<&Value>,
    now: i64,
    key: Option<&[u8]>,
) -> Callback {
    let event_id = crate::secret::random_uuid();
    let mut data = data_for(event, entity_id);
    match (extra, &mut data) {
        (Some(Value::Object(extra)), Some(Value::Object(map))) => map.extend(extra.clone()),
        (Some(other), _) => data = Some(other.clone()),
        (None, _) => {}
    }
    let store_id: Value = store_id
        .parse::<u64>()
        .map(Value::from)
        .unwrap_or_else(|_| json!(store_id));
    let entity = match event.name.starts_with("application.") {
        true => json!(entity_id.to_string()),
        false => json!(entity_id),
    };
    let mut body = Map::new();
    body.insert("eventId".into(), json!(event_id));
    body.insert("eventCreated".into(), json!(now));
    body.insert("storeId".into(), store_id);
    body.insert("entityId".into(), entity);
    body.insert("eventType".into(), json!(event.name));
    if let Some(data) = data {
        body.insert("data".into(), data);
    }
    let body = serde_json::to_vec(&body).expect("JSON values encode");
    let mut headers = vec![(
        "Content-Type".to_string(),
        "application/json; charset=UTF-8".to_string(),
    )];
    if let Some(key) = key {
        headers.push((
            "X-Ecwid-Webhook-Signature".into(),
            sign(key, now, &event_id),
        ));
    }
    Callback { headers, body }
}

/// The REST GET that checks a callback, under `{api}/api/v3/{storeId}`, and what it fetches
/// (`order XJ12H`), as Ecwid's processing page asks: orders (and invoices) by `data.orderId`,
/// unfinished orders by their cart, products, categories and customers by `entityId`, the
/// store's profile. Err says why there is nothing to fetch.
pub fn entity_request(event: &str, body: &Value) -> Result<(String, String), String> {
    let family = event.split('.').next().unwrap_or_default();
    let plain = |v: &Value| {
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        // The id goes into a URL path: letters, digits and dashes only.
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
            .then_some(text)
    };
    let by = |field: &Value, name: &str| {
        plain(field).ok_or(format!("the callback has no usable {name}"))
    };
    let entity = &body["entityId"];
    let (path, what) = match family {
        "order" | "invoice" => {
            let id = by(&body["data"]["orderId"], "data.orderId")?;
            (format!("/orders/{id}"), format!("order {id}"))
        }
        "unfinished_order" => {
            let id = by(&body["data"]["cartId"], "data.cartId")?;
            (
                format!("/carts/{id}"),
                format!("unfinished order (cart {id})"),
            )
        }
        "product" => {
            let id = by(entity, "entityId")?;
            (format!("/products/{id}"), format!("product {id}"))
        }
        "category" => {
            let id = by(entity, "entityId")?;
            (format!("/categories/{id}"), format!("category {id}"))
        }
        "customer" if !event.contains("personal") => {
            let id = by(entity, "entityId")?;
            (format!("/customers/{id}"), format!("customer {id}"))
        }
        "profile" => ("/profile".to_string(), "the store profile".to_string()),
        _ => return Err(format!("bchook knows no REST check for {event}")),
    };
    Ok((path, what))
}

/// What the fetched entity says of the callback: `confirmed` (it is as notified), `changed
/// since` (it moved on after the event: stale, not fake), `mismatch` (it differs and was not
/// updated since: treat the callback as fake), or `not found` (a fake, or deleted since); with
/// the reason in words.
pub fn judge(
    event: &str,
    body: &Value,
    status: u16,
    entity: &Value,
    what: &str,
) -> (&'static str, String) {
    let deleted = event.ends_with(".deleted");
    if status == 404 {
        return match deleted {
            true => (
                "confirmed",
                format!("{what} no longer exists, as the deletion says"),
            ),
            false => (
                "not found",
                format!("there is no {what}: a fake notification, or deleted since"),
            ),
        };
    }
    if deleted {
        return (
            "mismatch",
            format!("{what} still exists, though the notification says it was deleted"),
        );
    }
    let data = &body["data"];
    // (what the entity has, what the notification says) for each field it names.
    let pairs: Vec<(&str, &Value, &Value)> = [
        ("paymentStatus", "newPaymentStatus"),
        ("fulfillmentStatus", "newFulfillmentStatus"),
        ("email", "customerEmail"),
    ]
    .into_iter()
    .filter(|(_, notified)| !data[*notified].is_null())
    .map(|(field, notified)| (field, &entity[field], &data[notified]))
    .collect();
    let differ: Vec<String> = pairs
        .iter()
        .filter(|(_, now, notified)| now != notified)
        .map(|(field, now, notified)| format!("{field} is {now}, the notification says {notified}"))
        .collect();
    if differ.is_empty() {
        let said = pairs
            .iter()
            .map(|(field, now, _)| format!("{field} {now}"))
            .collect::<Vec<_>>();
        return match said.is_empty() {
            true => ("confirmed", format!("{what} exists")),
            false => (
                "confirmed",
                format!("{what} exists with {}, as notified", said.join(" and ")),
            ),
        };
    }
    let created = body["eventCreated"].as_i64();
    let updated = entity["updateTimestamp"].as_i64();
    match (created, updated) {
        (Some(created), Some(updated)) if updated > created => (
            "changed since",
            format!(
                "{what} was updated {} after the event: {}",
                crate::time::human(std::time::Duration::from_secs((updated - created) as u64)),
                differ.join("; ")
            ),
        ),
        _ => (
            "mismatch",
            format!(
                "{}, and it was not updated since: treat it as fake",
                differ.join("; ")
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_by_either_spelling() {
        assert_eq!(EVENTS.len(), 42);
        assert_eq!(
            find("application.subscription_status_changed").map(|e| e.name),
            Some("application.subscriptionStatusChanged")
        );
        assert_eq!(
            find("customer.personal_data_removal_request").map(|e| e.name),
            Some("customer.personalDataRemovalRequest")
        );
        assert!(find("order.shipped").is_none());
        // Every field of every event has a value.
        for e in &EVENTS {
            let data = data_for(e, 1);
            assert_eq!(data.is_some(), !e.data.is_empty(), "{}", e.name);
        }
    }

    #[test]
    fn entity_requests_and_verdicts() {
        let order = json!({"eventType": "order.updated", "eventCreated": 1000, "entityId": 103878161,
            "data": {"orderId": "XJ12H", "newPaymentStatus": "PAID", "newFulfillmentStatus": "SHIPPED"}});
        assert_eq!(
            entity_request("order.updated", &order).unwrap(),
            ("/orders/XJ12H".to_string(), "order XJ12H".to_string())
        );
        let judged =
            |status, entity: Value| judge("order.updated", &order, status, &entity, "order XJ12H");
        let same = json!({"paymentStatus": "PAID", "fulfillmentStatus": "SHIPPED", "updateTimestamp": 900});
        assert_eq!(judged(200, same).0, "confirmed");
        let moved = json!({"paymentStatus": "REFUNDED", "fulfillmentStatus": "SHIPPED", "updateTimestamp": 1600});
        assert_eq!(
            judged(200, moved),
            ("changed since", "order XJ12H was updated 10 min after the event: paymentStatus is \"REFUNDED\", the notification says \"PAID\"".to_string())
        );
        let fake = json!({"paymentStatus": "AWAITING_PAYMENT", "fulfillmentStatus": "SHIPPED", "updateTimestamp": 900});
        assert_eq!(judged(200, fake).0, "mismatch");
        assert_eq!(judged(404, json!(null)).0, "not found");
        assert_eq!(
            judge("order.deleted", &order, 404, &json!(null), "order XJ12H").0,
            "confirmed"
        );
        // A hostile id never reaches a URL.
        let nasty = json!({"entityId": "1/../../admin"});
        assert!(entity_request("product.updated", &nasty).is_err());
        assert!(entity_request("discount_coupon.created", &nasty).is_err());
    }

    #[test]
    fn public_order_ids() {
        assert_eq!(public_order_id(0), "0");
        assert_eq!(public_order_id(35), "Z");
        assert_eq!(public_order_id(36 * 36), "100");
    }
}
