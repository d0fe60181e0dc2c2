//! The one parse of a callback's body on the answering path: it proves the body is JSON and
//! reads only the fields that tell platform, event, store, entity and duplicates. Profiling
//! (callgrind, 3,000 callbacks) showed a full `serde_json::Value` parse, and parsing the body a
//! second and third time, as the largest costs of the loop.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::scopes::ENTITY_ID_FIELDS;

/// What the body turned out to be.
#[derive(Debug)]
pub struct Parsed {
    pub is_json: bool,
    /// The fields read, when the body is a JSON object (every platform's callbacks are).
    pub probe: Option<Probe>,
}

impl Parsed {
    pub fn of(raw: &[u8]) -> Parsed {
        let first = raw.iter().find(|b| !b.is_ascii_whitespace());
        // A derived struct would also take an array, field by position: objects only.
        if first == Some(&b'{') {
            let probe: Option<Probe> = serde_json::from_slice(raw).ok();
            return Parsed {
                is_json: probe.is_some(),
                probe,
            };
        }
        Parsed {
            is_json: serde_json::from_slice::<IgnoredAny>(raw).is_ok(),
            probe: None,
        }
    }
}

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
    /// BigCommerce's `data`, as the entity id it names.
    #[serde(rename = "data", deserialize_with = "entity_of_data")]
    pub data_entity: Option<String>,
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

/// A string or number as text; anything else (objects, arrays, booleans, null) as None.
fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    d.deserialize_any(Scalar)
}

/// The entity id in `data` when it is an object: the first of [`ENTITY_ID_FIELDS`] it has.
/// An array (price-list records) or anything else gives None.
fn entity_of_data<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    d.deserialize_any(DataEntity)
}

/// Visits any JSON value; keeps strings and numbers as text and skips the rest.
struct Scalar;

impl<'de> Visitor<'de> for Scalar {
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

/// Like [`Scalar`], but an object is searched for the entity id fields.
struct DataEntity;

impl<'de> Visitor<'de> for DataEntity {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // (rank in ENTITY_ID_FIELDS, value): the best-ranked field present wins.
        let mut best: Option<(usize, String)> = None;
        while let Some(Rank(rank)) = map.next_key()? {
            match rank {
                Some(rank) if best.as_ref().is_none_or(|(b, _)| rank < *b) => {
                    if let Some(value) = map.next_value_seed(ScalarSeed)? {
                        best = Some((rank, value));
                    }
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(best.map(|(_, value)| value))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Scalar.visit_seq(seq).map(|_| None)
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

/// A key of `data`, as its place in [`ENTITY_ID_FIELDS`] (None for other keys), read without
/// allocating.
struct Rank(Option<usize>);

impl<'de> Deserialize<'de> for Rank {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rank, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Rank;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Rank, E> {
                // A delivery exception's `data` names the hook (`id`); what it is about is its
                // `error_code`.
                if key == "error_code" {
                    return Ok(Rank(Some(0)));
                }
                // Ecwid's order events name the order by its public id, last of all.
                if key == "orderId" {
                    return Ok(Rank(Some(ENTITY_ID_FIELDS.len() + 1)));
                }
                Ok(Rank(
                    ENTITY_ID_FIELDS
                        .iter()
                        .position(|f| *f == key)
                        .map(|r| r + 1),
                ))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

struct ScalarSeed;

impl<'de> de::DeserializeSeed<'de> for ScalarSeed {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        scalar(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(json: &str) -> Probe {
        Parsed::of(json.as_bytes()).probe.expect("an object")
    }

    #[test]
    fn probe_reads_scalars_and_skips_the_rest() {
        let p = probe(
            r#"{"scope":"store/x","store_id":1025646,"data":{"type":"t","deep":{"id":1},"order_id":"9","id":null},"hash":"h","extra":[{"a":1}]}"#,
        );
        assert_eq!(
            (p.scope.as_deref(), p.store_id.as_deref(), p.hash.as_deref()),
            (Some("store/x"), Some("1025646"), Some("h"))
        );
        assert_eq!(
            p.data_entity.as_deref(),
            Some("9"),
            "a null id is no id; nested ids are not the entity's"
        );
        let p = probe(r#"{"data":{"product_id":5,"id":7}}"#);
        assert_eq!(p.data_entity.as_deref(), Some("7"), "id comes first");
        let p =
            probe(r#"{"scope":"store/priceList/records/created","data":[{"price_list_id":1}]}"#);
        assert!(p.data_entity.is_none());
    }

    #[test]
    fn one_parse_tells_objects_other_json_and_the_rest() {
        let found = |raw: &[u8]| {
            let p = Parsed::of(raw);
            (p.is_json, p.probe.is_some())
        };
        assert_eq!(found(b" {\"scope\":\"x\"}"), (true, true));
        assert_eq!(found(b"[\"store/x\"]"), (true, false));
        assert_eq!(found(b"42"), (true, false));
        for not_json in [&b"{\"a\":1} trailing"[..], b"{\"a\":", b"", b"hello"] {
            assert_eq!(found(not_json), (false, false), "{not_json:?}");
        }
    }
}
