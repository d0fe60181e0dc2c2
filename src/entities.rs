//! Which REST GET returns the entity a BigCommerce callback names (`entities.tsv`, embedded):
//! the data `expand` and `listen --expand` follow. Knows URLs and answer shapes, not HTTP.

use serde_json::Value;

use crate::glob::Glob;

const TABLE: &str = include_str!("entities.tsv");

/// What the table says about one scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// A GET returns the entity.
    Fetch(Endpoint),
    /// There is nothing to fetch, and why.
    Nothing { reason: &'static str },
}

/// A GET and how to read its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// A filtered-list GET made first when `data` lacks a field the path needs: the fields of
    /// the first item it returns fill the rest (a variant's product id).
    pub first: Option<&'static str>,
    /// The path under `{api_url}/stores/{store_hash}`, `{field}` filled from `data` (and the
    /// first GET's item).
    pub path: &'static str,
    pub answer: Answer,
    /// How a person names the entity: `order {id}`.
    pub what: &'static str,
}

/// The shape of an answer, and where the entity is in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// v2: the bare object.
    V2,
    /// v3: `{"data": {...}}`.
    V3,
    /// v3 filtered list: `{"data": [entity]}`; an empty list means the entity is gone.
    V3First,
    /// v3 list: `{"data": [...]}`, all of it.
    V3List,
    /// The body as it is (a bare array).
    Bare,
}

/// Where the entity is, once its GET answered 2xx.
pub enum Found {
    Entity(Value),
    /// A filtered list that came back empty.
    Gone,
}

impl Answer {
    fn parse(s: &str) -> Option<Answer> {
        Some(match s {
            "v2" => Answer::V2,
            "v3" => Answer::V3,
            "v3-first" => Answer::V3First,
            "v3-list" => Answer::V3List,
            "bare" => Answer::Bare,
            _ => return None,
        })
    }

    /// The entity in an answer's body (an empty body, as a v2 list's 204, is an empty list).
    pub fn entity(self, body: Value) -> Found {
        let data = |mut body: Value| body.get_mut("data").map(Value::take).unwrap_or(body);
        match self {
            Answer::V2 | Answer::Bare => Found::Entity(body),
            Answer::V3 | Answer::V3List => Found::Entity(data(body)),
            Answer::V3First => match data(body) {
                Value::Array(items) => match items.into_iter().next() {
                    Some(first) => Found::Entity(first),
                    None => Found::Gone,
                },
                Value::Null => Found::Gone,
                other => Found::Entity(other),
            },
        }
    }
}

/// The table's rows in order: (pattern, what the pattern leads to). A pattern is a scope glob,
/// then any `field=value` conditions on `data`, space-separated.
fn rows() -> impl Iterator<Item = (&'static str, Lookup)> {
    TABLE
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let [pattern, get, answer, what] = cells[..] else {
                panic!("entities.tsv: a row needs 4 cells: {line}");
            };
            let lookup = match get {
                "-" => Lookup::Nothing { reason: answer },
                get => {
                    let (first, path) = match get.split_once(" => ") {
                        Some((first, path)) => (Some(first), path),
                        None => (None, get),
                    };
                    Lookup::Fetch(Endpoint {
                        first,
                        path,
                        answer: Answer::parse(answer)
                            .unwrap_or_else(|| panic!("entities.tsv: no answer kind {answer}")),
                        what,
                    })
                }
            };
            (pattern, lookup)
        })
}

/// What to fetch for `scope` whose callback carries `data`; None for a scope no row covers.
pub fn lookup(scope: &str, data: &Value) -> Option<Lookup> {
    rows()
        .find(|(pattern, _)| {
            let mut parts = pattern.split(' ');
            let glob = parts.next().expect("split gives a part");
            Glob::new(glob).matches(scope)
                && parts.all(|condition| {
                    let (field, value) = condition.split_once('=').unwrap_or((condition, ""));
                    data.get(field).and_then(Value::as_str) == Some(value)
                })
        })
        .map(|(_, lookup)| lookup)
}

/// The family a scope belongs to, for "no entity endpoint for ...": the scope without its last
/// segment.
pub fn family(scope: &str) -> &str {
    scope.rsplit_once('/').map_or(scope, |(family, _)| family)
}

impl Endpoint {
    /// The path with `data`'s values in it, or the field `data` lacks.
    pub fn path_for(&self, data: &Value) -> Result<String, String> {
        fill(self.path, &[data], true)
    }

    /// The path once the first GET's item is known: `data`'s fields, then the item's.
    pub fn path_with(&self, data: &Value, item: &Value) -> Result<String, String> {
        fill(self.path, &[data, item], true)
    }

    /// The first GET's path, for an endpoint that has one.
    pub fn first_path_for(&self, data: &Value) -> Option<Result<String, String>> {
        self.first.map(|first| fill(first, &[data], true))
    }

    /// `order 250`.
    pub fn what_for(&self, data: &Value) -> String {
        fill(self.what, &[data], false).unwrap_or_else(|_| self.what.to_string())
    }
}

/// `template` with each `{field}` replaced by that (dotted; a number indexes a list) field of
/// the first of `sources` that has it: a string or a number, percent-encoded for a URL when
/// `encode`.
fn fill(template: &str, sources: &[&Value], encode: bool) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map(|i| open + i)
            .ok_or_else(|| format!("unclosed {{ in {template}"))?;
        out.push_str(&rest[..open]);
        let field = &rest[open + 1..close];
        let value = sources
            .iter()
            .find_map(|data| {
                field
                    .split('.')
                    .try_fold(*data, |v, key| match key.parse::<usize>() {
                        Ok(index) => v.get(index),
                        Err(_) => v.get(key),
                    })
                    .and_then(|v| match v {
                        Value::String(s) if !s.is_empty() => Some(s.clone()),
                        Value::Number(n) => Some(n.to_string()),
                        _ => None,
                    })
            })
            .ok_or_else(|| format!("its data has no {field}"))?;
        if encode {
            out.extend(value.bytes().map(percent_encoded));
        } else {
            out.push_str(&value);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// One byte of a path or query value, percent-encoded unless it is unreserved.
fn percent_encoded(b: u8) -> String {
    if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
        (b as char).to_string()
    } else {
        format!("%{b:02X}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn path(scope: &str, data: Value) -> String {
        match lookup(scope, &data) {
            Some(Lookup::Fetch(endpoint)) => endpoint.path_for(&data).unwrap(),
            other => panic!("{scope}: {other:?}"),
        }
    }

    #[test]
    fn the_first_matching_row_wins() {
        assert_eq!(
            path("store/order/created", json!({"type": "order", "id": 250})),
            "/v2/orders/250"
        );
        assert_eq!(
            path(
                "store/order/metafield/updated",
                json!({"metafield_id": 1, "resource_id": "38"})
            ),
            "/v3/orders/38/metafields/1"
        );
        assert_eq!(
            path("store/channel/3/order/created", json!({"order_id": 127})),
            "/v2/orders/127"
        );
        assert!(matches!(
            lookup("store/channel/3/order/refund/created", &json!({})),
            Some(Lookup::Nothing { .. })
        ));
        assert_eq!(
            path(
                "store/channel/1/category/updated",
                json!({"category_id": 35, "tree_id": 1})
            ),
            "/v3/catalog/trees/categories?category_id:in=35"
        );
        assert!(matches!(
            lookup("store/channel/1/category/product/assigned", &json!({})),
            Some(Lookup::Nothing { .. })
        ));
        assert_eq!(
            path(
                "store/sku/inventory/updated",
                json!({"id": 461, "inventory": {"product_id": 206, "variant_id": 509}})
            ),
            "/v3/catalog/products/206/variants/509"
        );
        assert_eq!(lookup("store/unheard/of", &json!({})), None);
    }

    #[test]
    fn values_are_encoded_and_missing_fields_named() {
        let Some(Lookup::Fetch(cart)) = lookup("store/cart/created", &json!({})) else {
            panic!()
        };
        assert_eq!(
            cart.path_for(&json!({"id": "a b/c"})).unwrap(),
            "/v3/carts/a%20b%2Fc"
        );
        assert_eq!(
            cart.path_for(&json!({"type": "cart"})).unwrap_err(),
            "its data has no id"
        );
        assert_eq!(cart.what_for(&json!({"id": "x1"})), "cart x1");
        assert_eq!(family("store/order/created"), "store/order");
    }

    /// Every concrete scope bchook knows is either fetched, with its catalogue data filling the
    /// path, or listed as having nothing to fetch.
    #[test]
    fn every_known_scope_is_covered_and_its_data_fills_the_path() {
        let mut fetched = 0;
        for scope in crate::scopes::catalogue().filter(|s| !s.is_wildcard()) {
            let name = scope
                .name
                .replace("{channel_id}", "1")
                .replace("/*/", "/1/");
            let data: Value = serde_json::from_str(scope.data.unwrap()).unwrap();
            match lookup(&name, &data) {
                Some(Lookup::Fetch(endpoint)) => {
                    // A two-step endpoint needs only its first GET's fields from `data`.
                    match endpoint.first_path_for(&data) {
                        Some(first) => first.map(|_| ()),
                        None => endpoint.path_for(&data).map(|_| ()),
                    }
                    .unwrap_or_else(|e| panic!("{name}: {e} ({data})"));
                    fetched += 1;
                }
                Some(Lookup::Nothing { .. }) => {}
                None => panic!("{name} is in no row of entities.tsv"),
            }
        }
        assert!(fetched > 100, "only {fetched} scopes fetch an entity");
    }

    #[test]
    fn answers_unwrap_where_the_entity_is() {
        let entity = |answer: Answer, body: Value| match answer.entity(body) {
            Found::Entity(v) => Some(v),
            Found::Gone => None,
        };
        assert_eq!(entity(Answer::V2, json!({"id": 1})), Some(json!({"id": 1})));
        assert_eq!(
            entity(Answer::V3, json!({"data": {"id": 1}, "meta": {}})),
            Some(json!({"id": 1}))
        );
        assert_eq!(
            entity(Answer::V3First, json!({"data": [{"id": 1}, {"id": 2}]})),
            Some(json!({"id": 1}))
        );
        assert_eq!(
            entity(Answer::V3First, json!({"data": [], "meta": {}})),
            None
        );
        assert_eq!(
            entity(Answer::V3List, json!({"data": [1, 2]})),
            Some(json!([1, 2]))
        );
        assert_eq!(entity(Answer::Bare, json!([1])), Some(json!([1])));
    }
}
