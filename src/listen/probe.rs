//! Reading only what the answering loop needs from a JSON body. Profiling (callgrind, 3,000
//! callbacks) showed a full `serde_json::Value` parse plus a second encoding of the body as the
//! largest costs of the loop; these two helpers replace them on the common path.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, de::value::MapAccessDeserializer};

/// The fields that tell platform, event, store, entity and duplicates. Unknown fields are
/// skipped without being built; numbers and strings both arrive as text.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Probe {
    #[serde(deserialize_with = "scalar")]
    pub scope: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub producer: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub store_id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub hash: Option<String>,
    #[serde(deserialize_with = "object")]
    pub data: Option<DataProbe>,
    #[serde(rename = "eventType", deserialize_with = "scalar")]
    pub event_type: Option<String>,
    #[serde(rename = "eventId", deserialize_with = "scalar")]
    pub event_id: Option<String>,
    #[serde(rename = "eventCreated", deserialize_with = "scalar")]
    pub event_created: Option<String>,
    #[serde(rename = "storeId", deserialize_with = "scalar")]
    pub ecwid_store_id: Option<String>,
    #[serde(rename = "entityId", deserialize_with = "scalar")]
    pub entity_id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub id: Option<String>,
    #[serde(rename = "type", deserialize_with = "scalar")]
    pub kind: Option<String>,
}

impl Probe {
    /// The probe of a JSON object; None for anything else (derived structs would also take an
    /// array, field by position).
    pub fn of(raw: &[u8]) -> Option<Probe> {
        let first = raw.iter().find(|b| !b.is_ascii_whitespace())?;
        (*first == b'{')
            .then(|| serde_json::from_slice(raw).ok())
            .flatten()
    }
}

/// BigCommerce's `data`: most events carry `id`; inventory, channel and price-list events name it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DataProbe {
    #[serde(deserialize_with = "scalar")]
    pub id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub order_id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub product_id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub cart_id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub location_id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub metafield_id: Option<String>,
    #[serde(deserialize_with = "scalar")]
    pub price_list_id: Option<String>,
}

impl DataProbe {
    pub fn entity(self) -> Option<String> {
        [
            self.id,
            self.order_id,
            self.product_id,
            self.cart_id,
            self.location_id,
            self.metafield_id,
            self.price_list_id,
        ]
        .into_iter()
        .flatten()
        .next()
    }
}

/// A string or number as text; anything else (objects, arrays, null) as None.
fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    d.deserialize_any(ScalarVisitor)
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

/// `data` when it is an object; an array (price-list records) or anything else is None.
fn object<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DataProbe>, D::Error> {
    struct ObjectVisitor;
    impl<'de> Visitor<'de> for ObjectVisitor {
        type Value = Option<DataProbe>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            DataProbe::deserialize(MapAccessDeserializer::new(map)).map(Some)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            ScalarVisitor.visit_seq(seq).map(|_| None)
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }
    d.deserialize_any(ObjectVisitor)
}

/// True only when `json` (already known to be valid JSON) is byte for byte what serde_json
/// writes for it compactly, keeping key order: no whitespace, no duplicate keys, only the escapes
/// serde_json itself writes, integers only. False means "not proven": check the slow way.
pub fn is_canonical_compact(json: &[u8]) -> bool {
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

    #[test]
    fn probe_reads_scalars_and_skips_the_rest() {
        let p: Probe = serde_json::from_str(r#"{"scope":"store/x","store_id":1025646,"data":{"type":"t","order_id":"9","deep":{"a":[1]}},"hash":"h","extra":[{"a":1}]}"#).unwrap();
        assert_eq!(
            (p.scope.as_deref(), p.store_id.as_deref(), p.hash.as_deref()),
            (Some("store/x"), Some("1025646"), Some("h"))
        );
        assert_eq!(p.data.unwrap().entity().as_deref(), Some("9"));
        let p: Probe = serde_json::from_str(
            r#"{"scope":"store/priceList/records/created","data":[{"price_list_id":1}]}"#,
        )
        .unwrap();
        assert!(p.data.is_none());
        assert!(
            Probe::of(b"[\"store/x\",\"stores/abc\"]").is_none(),
            "not an object: the caller falls back"
        );
        assert!(Probe::of(b" {\"scope\":\"store/x\"}").is_some());
    }
}
