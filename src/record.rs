//! One received callback as `listen --save` writes it and everything after reads it (`replay`,
//! `listen --json`): one NDJSON line per callback. The format is the product's data, so it has
//! one type, one writer and one reader, all here; a round-trip test keeps the two in step.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::deliver::Delivery;
use crate::error::Error;
pub use crate::platform::Platform;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Signature {
    Valid,
    Invalid,
    Absent,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub seq: u64,
    /// RFC 3339 in UTC, with milliseconds.
    pub received_at: String,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    /// Lower-case names, in the order received; a repeated header is one comma-joined value.
    pub headers: Vec<(String, String)>,
    pub body: Body,
    pub platform: Platform,
    pub event: Option<String>,
    pub store: Option<String>,
    pub entity_id: Option<String>,
    pub signature: Signature,
    pub signature_error: Option<String>,
    /// Signed, but there was no secret to check it with (shown to people, not saved).
    pub signature_unchecked: bool,
    /// Not signed, though a secret was given (shown to people, not saved).
    pub signature_expected: bool,
    pub duplicate: bool,
    /// The `seq` of the callback this one repeats (in this run), when it is a duplicate.
    pub duplicate_of: Option<u64>,
    /// The client went away before sending the whole body.
    pub truncated: bool,
    /// Saving it failed (a full disk): it was answered 500, and its line says `"saved":false`.
    pub unsaved: bool,
    /// What `--forward-to` got back: on stdout only, never in the saved line.
    pub forward: Option<Delivery>,
    /// What `expand` found behind the callback (`null` for other platforms' callbacks): on
    /// stdout only, never in the saved line.
    pub entity: Option<serde_json::Value>,
}

/// The exact bytes received, and how a line carries them: `body` (the JSON), `body_text` (text
/// that is not JSON), and `body_b64` only when those cannot give the bytes back.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    raw: Vec<u8>,
    form: Form,
}

#[derive(Debug, Clone, PartialEq)]
enum Form {
    /// JSON that is already what a compact re-encoding in key order gives: written as it came.
    Json,
    /// Other JSON (spacing, escapes, floats): written re-encoded, with the bytes in base64.
    Reencoded(String),
    /// Not JSON but UTF-8.
    Text,
    /// Neither: the text with replacement characters, and the bytes in base64.
    Binary,
}

impl Body {
    /// `raw` as received; `is_json` is what the caller's parse found, so it is not parsed again
    /// on the common path (compact JSON, proved so by a byte scan).
    pub fn received(raw: Vec<u8>, is_json: bool) -> Body {
        // Text, or bytes kept in base64 when they are not UTF-8.
        let not_json = |raw: &[u8]| match std::str::from_utf8(raw) {
            Ok(_) => Form::Text,
            Err(_) => Form::Binary,
        };
        let form = if !is_json {
            not_json(&raw)
        } else if is_canonical_compact(&raw) && std::str::from_utf8(&raw).is_ok() {
            Form::Json
        } else {
            match serde_json::from_slice::<serde_json::Value>(&raw) {
                Ok(value) => {
                    let compact = value.to_string();
                    if compact.as_bytes() == raw {
                        Form::Json
                    } else {
                        Form::Reencoded(compact)
                    }
                }
                // The caller's parse skips strings it does not keep, so JSON with invalid
                // UTF-8 inside a string passes it: trust the bytes instead.
                Err(_) => not_json(&raw),
            }
        };
        Body { raw, form }
    }

    /// The exact bytes received.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// The body as JSON text, when it is JSON.
    pub fn json(&self) -> Option<&str> {
        match &self.form {
            Form::Json => std::str::from_utf8(&self.raw).ok(),
            Form::Reencoded(compact) => Some(compact),
            Form::Text | Form::Binary => None,
        }
    }

    /// The body as text, when it is not JSON (with replacement characters if not UTF-8).
    pub fn text(&self) -> Option<String> {
        match self.form {
            Form::Text | Form::Binary => Some(String::from_utf8_lossy(&self.raw).into_owned()),
            Form::Json | Form::Reencoded(_) => None,
        }
    }

    /// True when the body is neither JSON nor UTF-8 text.
    pub fn is_binary(&self) -> bool {
        self.form == Form::Binary
    }

    fn needs_b64(&self) -> bool {
        matches!(self.form, Form::Reencoded(_) | Form::Binary)
    }
}

impl Record {
    /// The line for `--save` and `--json`, newline included. The fields are written in the
    /// contract's order; the body goes in as received when it is compact JSON, not re-encoded.
    pub fn to_line(&self) -> Vec<u8> {
        let mut line = Vec::with_capacity(512 + self.body.raw.len() * 2 + self.headers.len() * 64);
        let mut w = LineWriter(&mut line);
        w.first("seq", &self.seq);
        w.field("received_at", &self.received_at);
        w.field("method", &self.method);
        w.field("path", &self.path);
        w.field("query", &self.query);
        w.key("headers");
        w.0.push(b'{');
        for (i, (name, value)) in self.headers.iter().enumerate() {
            if i > 0 {
                w.0.push(b',');
            }
            w.value(name);
            w.0.push(b':');
            w.value(value);
        }
        w.0.push(b'}');
        w.key("body");
        match self.body.json() {
            Some(json) => w.0.extend_from_slice(json.as_bytes()),
            None => w.0.extend_from_slice(b"null"),
        }
        w.field("body_text", &self.body.text());
        if self.body.needs_b64() {
            w.field("body_b64", &B64.encode(&self.body.raw));
        }
        w.field("platform", &self.platform);
        w.field("event", &self.event);
        w.field("store", &self.store);
        w.field("entity_id", &self.entity_id);
        w.field("signature", &self.signature);
        w.field("signature_error", &self.signature_error);
        w.field("duplicate", &self.duplicate);
        if let Some(first) = self.duplicate_of {
            w.field("duplicate_of", &first);
        }
        if self.truncated {
            w.field("truncated", &true);
        }
        if self.unsaved {
            w.field("saved", &false);
        }
        if let Some(forward) = &self.forward {
            w.field("forward", forward);
        }
        if let Some(entity) = &self.entity {
            w.field("entity", entity);
        }
        line.extend_from_slice(b"}\n");
        line
    }

    /// Reads one line written by [`Record::to_line`] (by this or an earlier version).
    pub fn from_line(line: &str) -> Result<Record, String> {
        let line: Line = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let body = match (line.body_b64, line.body, line.body_text) {
            (Some(b64), json, _) => {
                let raw = B64
                    .decode(b64.trim())
                    .map_err(|e| format!("body_b64 is not base64: {e}"))?;
                let form = match json {
                    Some(json) => Form::Reencoded(json.get().to_string()),
                    None => Form::Binary,
                };
                Body { raw, form }
            }
            (None, Some(json), _) => Body {
                raw: json.get().as_bytes().to_vec(),
                form: Form::Json,
            },
            (None, None, text) => Body {
                raw: text.unwrap_or_default().into_bytes(),
                form: Form::Text,
            },
        };
        Ok(Record {
            seq: line.seq,
            received_at: line.received_at,
            method: line.method,
            path: line.path,
            query: line.query,
            headers: line.headers.0,
            body,
            platform: line.platform,
            event: line.event,
            store: line.store,
            entity_id: line.entity_id,
            signature: line.signature,
            signature_error: line.signature_error,
            signature_unchecked: false,
            signature_expected: false,
            duplicate: line.duplicate,
            duplicate_of: line.duplicate_of,
            truncated: line.truncated,
            unsaved: !line.saved,
            forward: line.forward,
            entity: line.entity,
        })
    }
}

/// The value of a header, by lower-case name, in a record's `headers`.
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Writes `"key":value` pairs into a line, the first without a comma.
struct LineWriter<'a>(&'a mut Vec<u8>);

impl LineWriter<'_> {
    fn first(&mut self, key: &str, value: &impl Serialize) {
        self.0.push(b'{');
        self.0.push(b'"');
        self.0.extend_from_slice(key.as_bytes());
        self.0.extend_from_slice(b"\":");
        self.value(value);
    }

    fn key(&mut self, key: &str) {
        self.0.extend_from_slice(b",\"");
        self.0.extend_from_slice(key.as_bytes());
        self.0.extend_from_slice(b"\":");
    }

    fn field(&mut self, key: &str, value: &impl Serialize) {
        self.key(key);
        self.value(value);
    }

    fn value(&mut self, value: &(impl Serialize + ?Sized)) {
        serde_json::to_writer(&mut *self.0, value).expect("strings and numbers always encode");
    }
}

/// A saved line as it is read: what [`Record::to_line`] writes.
#[derive(Deserialize)]
struct Line {
    seq: u64,
    received_at: String,
    method: String,
    path: String,
    query: Option<String>,
    #[serde(default)]
    headers: Headers,
    body: Option<Box<RawValue>>,
    body_text: Option<String>,
    body_b64: Option<String>,
    platform: Platform,
    event: Option<String>,
    store: Option<String>,
    entity_id: Option<String>,
    signature: Signature,
    signature_error: Option<String>,
    #[serde(default)]
    duplicate: bool,
    duplicate_of: Option<u64>,
    #[serde(default)]
    truncated: bool,
    #[serde(default = "yes")]
    saved: bool,
    forward: Option<Delivery>,
    entity: Option<serde_json::Value>,
}

fn yes() -> bool {
    true
}

/// The `headers` object, keeping its order.
#[derive(Default)]
struct Headers(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Headers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Headers, D::Error> {
        struct Ordered;
        impl<'de> Visitor<'de> for Ordered {
            type Value = Headers;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of header names and string values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Headers, A::Error> {
                let mut headers = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(pair) = map.next_entry::<String, String>()? {
                    headers.push(pair);
                }
                Ok(Headers(headers))
            }
        }
        d.deserialize_map(Ordered)
    }
}

/// Every callback in a file written by `listen --save` (blank lines are skipped). The first
/// line that is not one is an error naming the file and the line.
pub fn read_file(path: &Path) -> Result<Vec<Record>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::usage(format!("cannot read {}: {e}", path.display()))
            .hint("give a file written by `bchook listen --save FILE`")
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            Record::from_line(line).map_err(|e| {
                Error::usage(format!(
                    "{} line {} is not a callback saved by `bchook listen --save`: {e}",
                    path.display(),
                    n + 1
                ))
            })
        })
        .collect()
}

/// True only when `json` (already known to be valid JSON) is byte for byte what serde_json
/// writes for it compactly, keeping key order: no whitespace, no duplicate keys, only the escapes
/// serde_json itself writes, integers only. False means "not proven": check the slow way.
/// A scan, not a parse: it runs on every JSON callback.
fn is_canonical_compact(json: &[u8]) -> bool {
    // One frame per open object (its keys so far, as byte ranges) or array (None).
    let mut frames: Vec<Option<Vec<(usize, usize)>>> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < json.len() {
        match json[i] {
            b'{' => {
                frames.push(Some(Vec::new()));
                expect_key = true;
            }
            b'[' => {
                frames.push(None);
                expect_key = false;
            }
            b'}' | b']' => {
                frames.pop();
                expect_key = false;
            }
            b',' => expect_key = matches!(frames.last(), Some(Some(_))),
            b':' => expect_key = false,
            b'"' => {
                let start = i + 1;
                i += 1;
                while json[i] != b'"' {
                    if json[i] == b'\\' {
                        if !matches!(json[i + 1], b'"' | b'\\' | b'n' | b'r' | b't' | b'b' | b'f') {
                            return false;
                        }
                        i += 1;
                    }
                    i += 1;
                }
                if expect_key && let Some(Some(keys)) = frames.last_mut() {
                    let key = &json[start..i];
                    if keys.iter().any(|&(s, e)| &json[s..e] == key) {
                        return false;
                    }
                    keys.push((start, i));
                }
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i + 1 < json.len()
                    && matches!(json[i + 1], b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')
                {
                    i += 1;
                }
                let number = &json[start..=i];
                let digits = number.iter().filter(|b| b.is_ascii_digit()).count();
                if number.len() != digits + usize::from(number[0] == b'-')
                    || digits > 18
                    || number == b"-0"
                {
                    return false;
                }
            }
            b't' | b'n' => i += 3,
            b'f' => i += 4,
            _ => return false, // whitespace, or anything unexpected
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(raw: &[u8]) -> Body {
        let is_json = serde_json::from_slice::<serde::de::IgnoredAny>(raw).is_ok();
        Body::received(raw.to_vec(), is_json)
    }

    fn record(seq: u64, raw: &[u8]) -> Record {
        Record {
            seq,
            received_at: "2026-11-24T10:41:02.123Z".into(),
            method: "POST".into(),
            path: "/hooks".into(),
            query: Some("a=1".into()),
            headers: vec![
                ("x-b".into(), "2".into()),
                ("x-a".into(), "1, \"q\"".into()),
            ],
            body: body(raw),
            platform: Platform::Bigcommerce,
            event: Some("store/order/created".into()),
            store: Some("abc123".into()),
            entity_id: Some("250".into()),
            signature: Signature::Invalid,
            signature_error: Some("no signature matches".into()),
            signature_unchecked: false,
            signature_expected: false,
            duplicate: true,
            duplicate_of: None,
            truncated: raw.is_empty(),
            unsaved: false,
            forward: None,
            entity: None,
        }
    }

    /// What is written is read back the same, and the exact bytes always come back.
    #[test]
    fn lines_round_trip_with_the_exact_bytes() {
        for raw in [
            &br#"{"b":1,"a":[true,null]}"#[..],
            br#"{"a": 1}"#,
            br#"{"n":1.0}"#,
            br#"{"a":1,"a":2}"#,
            b"plain text",
            b"",
            b"\xff\xfe not utf-8",
        ] {
            let written = record(7, raw);
            let line = written.to_line();
            assert_eq!(line.last(), Some(&b'\n'));
            assert_eq!(line.iter().filter(|&&b| b == b'\n').count(), 1);
            let text = std::str::from_utf8(&line).unwrap();
            let read = Record::from_line(text).unwrap();
            assert_eq!(read, written, "{text}");
            assert_eq!(read.body.raw(), raw);
        }
    }

    #[test]
    fn a_line_has_the_contract_fields_in_order() {
        let line = String::from_utf8(record(3, br#"{"b":1,"a":2}"#).to_line()).unwrap();
        assert_eq!(
            line,
            concat!(
                r#"{"seq":3,"received_at":"2026-11-24T10:41:02.123Z","method":"POST","path":"/hooks","#,
                r#""query":"a=1","headers":{"x-b":"2","x-a":"1, \"q\""},"body":{"b":1,"a":2},"#,
                r#""body_text":null,"platform":"bigcommerce","event":"store/order/created","#,
                r#""store":"abc123","entity_id":"250","signature":"invalid","#,
                r#""signature_error":"no signature matches","duplicate":true}"#,
                "\n"
            )
        );
        let spaced = String::from_utf8(record(4, br#"{"a": 1}"#).to_line()).unwrap();
        assert!(
            spaced.contains(r#""body":{"a":1},"body_text":null,"body_b64":"eyJhIjogMX0=""#),
            "{spaced}"
        );
        let text = String::from_utf8(record(5, b"").to_line()).unwrap();
        assert!(
            text.contains(r#""body":null,"body_text":"","#)
                && text.ends_with(",\"truncated\":true}\n"),
            "{text}"
        );
    }

    /// The scanner may say "not proven" wrongly, but never "canonical" wrongly.
    #[test]
    fn scanner_agrees_with_a_real_reencoding() {
        let samples = [
            r#"{"scope":"store/order/created","data":{"type":"order","id":250},"n":-12,"ok":true,"x":null,"f":false}"#,
            r#"{"b":1,"a":2}"#,
            r#"[1,"two",{"three":[]},{}]"#,
            r#"{"s":"quote \" and \\ and \n tab \t é"}"#,
            r#"{"a": 1}"#,
            r#"{"a":1,"a":2}"#,
            r#"{"a":{"k":1},"b":{"k":1}}"#,
            r#"{"f":1.5}"#,
            r#"{"f":1e5}"#,
            r#"{"u":"\u00e9"}"#,
            r#"{"s":"\/"}"#,
            r#"{"n":-0}"#,
            r#"{"big":123456789012345678901234}"#,
            "\"text\"",
            "42",
        ];
        for s in samples {
            let value: serde_json::Value = serde_json::from_str(s).unwrap();
            let really = serde_json::to_string(&value).unwrap() == s;
            let scanned = is_canonical_compact(s.as_bytes());
            assert!(!scanned || really, "scanner wrongly proved {s}");
            if s.starts_with(r#"{"scope""#)
                || s == r#"{"b":1,"a":2}"#
                || s.starts_with(r#"{"s":"quote"#)
                || s.starts_with("[1")
                || s.starts_with(r#"{"a":{"#)
            {
                assert!(scanned, "should prove {s}");
            }
        }
    }
}
