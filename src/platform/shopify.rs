//! Shopify: its callbacks are told by `X-Shopify-Topic`, and signed with
//! `X-Shopify-Hmac-Sha256`, base64(HMAC-SHA256(client secret, raw body)).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::verify::{Signed, Verdict, matches_b64};
use super::{Inspection, Platform, Request, dedupe_key};

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "x-shopify-hmac-sha256";

pub fn recognise(request: &Request) -> Option<Inspection> {
    let topic = request.header("x-shopify-topic")?;
    Some(Inspection {
        platform: Platform::Shopify,
        event: Some(topic.to_string()),
        store: request.header("x-shopify-shop-domain").map(str::to_string),
        entity: request.body.id.clone(),
        dedupe_key: request
            .header("x-shopify-webhook-id")
            .map(|id| dedupe_key("shopify:", id)),
    })
}

/// `mac` is keyed with the secret's own bytes.
pub fn verify(mut mac: Hmac<Sha256>, req: &Signed) -> Verdict {
    mac.update(req.body);
    matches_b64(
        mac,
        req.header(SIGNATURE_HEADER).unwrap_or_default(),
        "X-Shopify-Hmac-Sha256",
    )
}
