//! The entity behind a BigCommerce callback, fetched through the REST API as the entity table
//! says: what `expand` adds to each callback as `entity`. Each URL is fetched once a run.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::api::{ApiError, Client};
use crate::entities::{self, Found, Lookup};
use crate::record::{Platform, Record};

pub struct Expander {
    client: Client,
    /// The store the credentials are for; callbacks from another store are not fetched.
    store_hash: String,
    /// What each URL path gave, so identical fetches are made once.
    fetched: HashMap<String, Value>,
}

impl Expander {
    pub fn new(client: Client, store_hash: String) -> Expander {
        Expander {
            client,
            store_hash,
            fetched: HashMap::new(),
        }
    }

    /// The `entity` field for one callback: the entity, or why there is none, as data. An error
    /// only for what stops the run: credentials refused, the API unreachable.
    pub fn entity_for(&mut self, record: &Record) -> Result<Value, ApiError> {
        if record.platform != Platform::Bigcommerce {
            return Ok(Value::Null);
        }
        let body: Value = record
            .body
            .json()
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or(Value::Null);
        let scope = record.event.as_deref().unwrap_or_default();
        if let Some(store) = record.store.as_deref().filter(|s| *s != self.store_hash) {
            return Ok(json!({"error": format!(
                "callback is from store {store}; the profile is for store {}",
                self.store_hash
            )}));
        }
        let endpoint = match entities::lookup(scope) {
            Some(Lookup::Fetch(endpoint)) => endpoint,
            Some(Lookup::Nothing { reason }) => {
                return Ok(json!({"error": format!(
                    "no entity endpoint for {}: {reason}",
                    entities::family(scope)
                )}));
            }
            None => {
                return Ok(json!({"error": format!(
                    "no entity endpoint for {}",
                    entities::family(scope)
                )}));
            }
        };
        let data = &body["data"];
        let what = endpoint.what_for(data);
        let path = match endpoint.path_for(data) {
            Ok(path) => path,
            Err(why) => return Ok(json!({"error": format!("cannot fetch {what}: {why}")})),
        };
        if let Some(known) = self.fetched.get(&path) {
            return Ok(known.clone());
        }
        let answer = self.client.fetch(&path)?;
        let entity = match (answer.status, endpoint.answer.entity(answer.body)) {
            (403, _) => json!({"url": answer.url, "status": 403, "error": format!(
                "the token may not read {what}: its API account lacks that OAuth scope"
            )}),
            (404, _) | (_, Found::Gone) => {
                json!({"url": answer.url, "status": 404, "error": format!(
                    "{what} no longer exists"
                )})
            }
            (status, Found::Entity(entity)) => {
                json!({"url": answer.url, "status": status, "body": entity})
            }
        };
        self.fetched.insert(path, entity.clone());
        Ok(entity)
    }
}
