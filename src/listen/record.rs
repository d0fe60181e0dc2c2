//! One received callback as saved (NDJSON line) and printed (`--json`): the contract's fields.

use std::borrow::Cow;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use super::inspect::Platform;
use super::probe::is_canonical_compact;
use super::signature::Signature;
use crate::deliver::Delivery;

#[derive(Debug, Serialize)]
pub struct Record {
    pub seq: u64,
    pub received_at: String,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    #[serde(serialize_with = "as_map")]
    pub headers: Vec<(String, String)>,
    /// The body as received when it is JSON (embedded without re-encoding), else null.
    pub body: Option<Box<RawValue>>,
    /// The body as text when it is not JSON, else null.
    pub body_text: Option<String>,
    /// The exact bytes, only when `body` or `body_text` cannot give them back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_b64: Option<String>,
    pub platform: Platform,
    pub event: Option<String>,
    pub store: Option<String>,
    pub entity_id: Option<String>,
    pub signature: Signature,
    pub signature_error: Option<String>,
    /// Signed, but there was no secret to check it with (shown to people, not saved).
    #[serde(skip)]
    pub signature_unchecked: bool,
    pub duplicate: bool,
    /// The client went away before sending the whole body.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
    /// Set by the forwarder, so only on stdout, never in the saved line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forward: Option<Delivery>,
}

fn as_map<S: Serializer>(headers: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(headers.len()))?;
    for (k, v) in headers {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

/// The body fields for `raw`: JSON embedded as received when a compact re-encoding would give
/// the same bytes back; otherwise the parsed JSON plus the exact bytes in base64. Text that is
/// not JSON goes in `body_text` (and base64 when it is not UTF-8).
pub fn body_fields(
    raw: &[u8],
    is_json: bool,
) -> (Option<Box<RawValue>>, Option<String>, Option<String>) {
    if is_json {
        if is_canonical_compact(raw)
            && let Ok(text) = std::str::from_utf8(raw)
            && let Ok(embedded) = RawValue::from_string(text.to_string())
        {
            return (Some(embedded), None, None);
        }
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(raw) {
            let compact = serde_json::to_string(&value).expect("a parsed value re-encodes");
            let b64 = (compact.as_bytes() != raw).then(|| B64.encode(raw));
            return (RawValue::from_string(compact).ok(), None, b64);
        }
    }
    match std::str::from_utf8(raw) {
        Ok(text) => (None, Some(text.to_string()), None),
        Err(_) => (
            None,
            Some(String::from_utf8_lossy(raw).into_owned()),
            Some(B64.encode(raw)),
        ),
    }
}

impl Record {
    /// The exact bytes received.
    pub fn raw_body(&self) -> Cow<'_, [u8]> {
        raw_body_of(
            self.body_b64.as_deref(),
            self.body.as_deref().map(RawValue::get),
            self.body_text.as_deref(),
        )
    }
}

/// The exact bytes from a record's body fields (also used on saved lines by `replay`).
pub fn raw_body_of<'a>(
    b64: Option<&str>,
    json: Option<&'a str>,
    text: Option<&'a str>,
) -> Cow<'a, [u8]> {
    if let Some(bytes) = b64.and_then(|b| B64.decode(b).ok()) {
        return Cow::Owned(bytes);
    }
    Cow::Borrowed(json.or(text).unwrap_or("").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(raw: &[u8]) -> (Option<String>, Option<String>, Option<String>) {
        let is_json = serde_json::from_slice::<serde::de::IgnoredAny>(raw).is_ok();
        let (body, text, b64) = body_fields(raw, is_json);
        (body.map(|b| b.get().to_string()), text, b64)
    }

    #[test]
    fn exact_bytes_are_always_recoverable() {
        for raw in [
            &br#"{"b":1,"a":[true,null]}"#[..],
            br#"{"a": 1}"#,
            br#"{"n":1.0}"#,
            b"plain text",
            b"",
            b"\xff\xfe not utf-8",
        ] {
            let (body, text, b64) = fields(raw);
            assert_eq!(
                raw_body_of(b64.as_deref(), body.as_deref(), text.as_deref()),
                raw,
                "{raw:?}"
            );
        }
        // Compact JSON keeps its key order and needs no base64.
        assert_eq!(
            fields(br#"{"b":1,"a":2}"#),
            (Some(r#"{"b":1,"a":2}"#.into()), None, None)
        );
        assert_eq!(fields(b"hi"), (None, Some("hi".into()), None));
        assert!(fields(br#"{"a": 1}"#).2.is_some());
    }
}
