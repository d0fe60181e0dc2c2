//! Standard Webhooks (<https://www.standardwebhooks.com>), the signing scheme BigCommerce
//! documents: `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`, which
//! holds `v1,<base64>` entries of HMAC-SHA256 over `{id}.{timestamp}.{body}`. Svix sends the same
//! scheme as `svix-id`, `svix-timestamp` and `svix-signature` (Clerk, Resend and others use it).
//! Any sender may use it: a callback signed so, and not recognised as another platform's, is
//! this platform's. Checked as the official libraries check it (their test cases are in the
//! tests here and in tests/conformance.rs).

use base64::Engine;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD as B64};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::verify::{Signed, Verdict, hmac_of, same};
use super::{Inspection, Platform, Request, dedupe_key};

/// How far a timestamp may be from now, either way.
pub const TOLERANCE_SECS: i64 = 5 * 60;

/// The scheme's header names: Standard Webhooks' own, and Svix's.
const NAMES: [[&str; 3]; 2] = [
    ["webhook-id", "webhook-timestamp", "webhook-signature"],
    ["svix-id", "svix-timestamp", "svix-signature"],
];

/// The names a request uses (lower-case): Standard Webhooks' when it has any of them, else
/// Svix's when it has any of those. Run for every callback: one pass over the headers.
fn names_in(headers: &[(String, String)]) -> Option<&'static [&'static str; 3]> {
    let mut svix = false;
    for (name, _) in headers {
        match name.as_str() {
            "webhook-id" | "webhook-signature" => return Some(&NAMES[0]),
            "svix-id" | "svix-signature" => svix = true,
            _ => {}
        }
    }
    svix.then_some(&NAMES[1])
}

/// Whether a request carries the scheme's headers. Any one counts, so that a request missing
/// one of the three is reported as malformed rather than as unsigned.
pub fn is_signed(headers: &[(String, String)]) -> bool {
    names_in(headers).is_some()
}

pub fn recognise(request: &Request) -> Option<Inspection> {
    let [id, ..] = names_in(request.headers)?;
    Some(Inspection {
        platform: Platform::StandardWebhooks,
        event: request.body.kind.clone(),
        store: None,
        entity: None,
        dedupe_key: request
            .header(id)
            .map(|id| dedupe_key("standard-webhooks:", id)),
    })
}

/// Base64 that takes its `=` padding or leaves it off, as the libraries read a `whsec_` key
/// (since 2026-02).
const UNPADDED_OR_NOT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The key for a secret: the base64 after `whsec_` (padded or not), or the secret's own bytes
/// (BigCommerce's client secret). An empty one is refused, as the libraries refuse it (since
/// 2026-07): an HMAC with an empty key proves nothing. `listen` verifies and `trigger` signs
/// with it.
pub fn key(secret: &str) -> Result<Vec<u8>, String> {
    let key = match secret.strip_prefix("whsec_") {
        Some(encoded) => UNPADDED_OR_NOT.decode(encoded).map_err(|e| {
            format!("the secret starts with whsec_ but the rest is not base64 ({e})")
        })?,
        None => secret.as_bytes().to_vec(),
    };
    if key.is_empty() {
        return Err(format!(
            "the secret {secret:?} is empty: give the client secret (or the whsec_ key) it signs with"
        ));
    }
    Ok(key)
}

/// Checks `webhook-signature`; `mac` is keyed with [`key`], `now` is Unix seconds.
pub fn verify(mut mac: Hmac<Sha256>, req: &Signed, now: i64) -> Verdict {
    let [id_name, timestamp_name, signature_name] = names_in(req.headers).unwrap_or(&NAMES[0]);
    let (Some(id), Some(timestamp), Some(signatures)) = (
        req.header(id_name),
        req.header(timestamp_name),
        req.header(signature_name),
    ) else {
        return Verdict::invalid(format!(
            "malformed: Standard Webhooks needs {id_name}, {timestamp_name} and {signature_name} headers"
        ));
    };
    let Ok(ts) = timestamp.trim().parse::<i64>() else {
        return Verdict::invalid(format!(
            "malformed {timestamp_name} {}: expected Unix seconds",
            crate::output::clipped(timestamp, 40)
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
        if signatures.split_whitespace().any(|e| e.starts_with("v1a,")) {
            return Verdict::invalid(format!(
                "{signature_name} has only v1a (ed25519) entries: asymmetric v1a signatures are \
                 not supported, only v1 (HMAC with the shared secret)"
            ));
        }
        return Verdict::invalid(format!("malformed {signature_name}: no v1,<base64> entry"));
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

/// How old a signed request's timestamp is at `now`, in seconds, when it has one.
pub fn age(headers: &[(String, String)], now: i64) -> Option<i64> {
    let [_, timestamp_name, _] = names_in(headers)?;
    let ts: i64 = crate::record::header(headers, timestamp_name)?
        .trim()
        .parse()
        .ok()?;
    Some(now - ts)
}

/// Signs a received callback afresh for a replay: the same id and body, the timestamp `now`, a
/// new signature with `key` (from [`key`]), under the names it came with.
pub fn resign(
    headers: &mut [(String, String)],
    body: &[u8],
    key: &[u8],
    now: i64,
) -> Result<(), String> {
    let [id_name, timestamp_name, signature_name] =
        names_in(headers).ok_or("it has no Standard Webhooks headers")?;
    let id = crate::record::header(headers, id_name)
        .ok_or(format!("it has no {id_name} to keep"))?
        .to_string();
    let signature = sign(key, &id, now, body);
    super::set_header(headers, timestamp_name, now.to_string());
    super::set_header(headers, signature_name, signature);
    Ok(())
}

/// The `webhook-signature` value for `body`, signed as [`verify`] checks it; `key` is from
/// [`key`].
pub fn sign(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = hmac_of(key);
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", B64.encode(mac.finalize().into_bytes()))
}
