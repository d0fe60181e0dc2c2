//! Standard Webhooks (<https://www.standardwebhooks.com>), the signing scheme BigCommerce
//! documents: `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`, which
//! holds `v1,<base64>` entries of HMAC-SHA256 over `{id}.{timestamp}.{body}`. Any sender may use
//! it: a callback signed so, and not recognised as another platform's, is this platform's.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::verify::{Signed, Verdict, hmac_of, same};
use super::{Inspection, Platform, Request, dedupe_key};

/// How far a timestamp may be from now, either way.
pub const TOLERANCE_SECS: i64 = 5 * 60;

/// Whether a request carries the scheme's headers. Any one counts, so that a request missing
/// one of the three is reported as malformed rather than as unsigned.
pub fn is_signed(headers: &[(String, String)]) -> bool {
    let has = |name| crate::record::header(headers, name).is_some();
    has("webhook-signature") || has("webhook-id")
}

pub fn recognise(request: &Request) -> Option<Inspection> {
    if !is_signed(request.headers) {
        return None;
    }
    Some(Inspection {
        platform: Platform::StandardWebhooks,
        event: request.body.kind.clone(),
        store: None,
        entity: None,
        dedupe_key: request
            .header("webhook-id")
            .map(|id| dedupe_key("standard-webhooks:", id)),
    })
}

/// The key for a secret: the base64 after `whsec_`, or the secret's own bytes (BigCommerce's
/// client secret). `listen` verifies and `trigger` signs with it.
pub fn key(secret: &str) -> Result<Vec<u8>, String> {
    match secret.strip_prefix("whsec_") {
        Some(encoded) => B64
            .decode(encoded)
            .map_err(|e| format!("the secret starts with whsec_ but the rest is not base64 ({e})")),
        None => Ok(secret.as_bytes().to_vec()),
    }
}

/// Checks `webhook-signature`; `mac` is keyed with [`key`], `now` is Unix seconds.
pub fn verify(mut mac: Hmac<Sha256>, req: &Signed, now: i64) -> Verdict {
    let (Some(id), Some(timestamp), Some(signatures)) = (
        req.header("webhook-id"),
        req.header("webhook-timestamp"),
        req.header("webhook-signature"),
    ) else {
        return Verdict::invalid(
            "malformed: Standard Webhooks needs webhook-id, webhook-timestamp and webhook-signature headers",
        );
    };
    let Ok(ts) = timestamp.trim().parse::<i64>() else {
        return Verdict::invalid(format!(
            "malformed webhook-timestamp {timestamp:?}: expected Unix seconds"
        ));
    };
    let skew = now - ts;
    if skew.abs() > TOLERANCE_SECS {
        let (how, secs) = if skew > 0 {
            ("old", skew)
        } else {
            ("in the future", -skew)
        };
        return Verdict::invalid(format!(
            "stale timestamp: {secs} s {how} (the limit is {TOLERANCE_SECS} s); a replayed callback, or a clock off"
        ));
    }
    let candidates: Vec<Vec<u8>> = signatures
        .split_whitespace()
        .filter_map(|entry| entry.strip_prefix("v1,"))
        .filter_map(|b64| B64.decode(b64).ok())
        .collect();
    if candidates.is_empty() {
        return Verdict::invalid("malformed webhook-signature: no v1,<base64> entry");
    }
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(req.body);
    let expected = mac.finalize().into_bytes();
    if candidates.iter().any(|c| same(c, &expected)) {
        Verdict::valid()
    } else {
        Verdict::invalid(format!(
            "no signature matches ({} v1 checked): is the secret right, and is the body unchanged?",
            candidates.len()
        ))
    }
}

/// The `webhook-signature` value for `body`, signed as [`verify`] checks it; `key` is from
/// [`key`].
pub fn sign(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = hmac_of(key);
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", B64.encode(mac.finalize().into_bytes()))
}
