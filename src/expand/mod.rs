//! The entity behind a BigCommerce callback, fetched through the REST API as the entity table
//! says: what `expand` and `listen --expand` add to each callback as `entity`. A URL fetched is
//! not fetched again while its answer is kept: a whole run for `expand`, a moment for `listen`
//! (later events should show later state).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::api::{ApiError, Client};
use crate::entities::{self, Answer, Endpoint, Found, Lookup};
use crate::parallel;
use crate::platform::Platform;
use crate::record::Record;

mod ecwid;

pub use ecwid::EcwidExpander;

/// What `expand` asks of an expander: the `entity` field for one callback.
pub trait Entities {
    fn entity_for(&mut self, record: &Record) -> Result<Value, ApiError>;
}

/// An expander for both `expand` (one callback at a time) and `listen --expand` (a batch).
pub trait Expand: Entities + crate::listen::Enrich {
    /// The same expander as the receiver's stage.
    fn into_stage(self: Box<Self>) -> Box<dyn crate::listen::Enrich>;
}

impl<T: Entities + crate::listen::Enrich + 'static> Expand for T {
    fn into_stage(self: Box<Self>) -> Box<dyn crate::listen::Enrich> {
        self
    }
}

pub struct Expander {
    client: Client,
    /// The store the credentials are for; callbacks from another store are not fetched.
    store_hash: String,
    /// How long an answer is reused; None: for the whole run.
    keep: Option<Duration>,
    /// What each URL path gave, and when.
    fetched: HashMap<String, (Instant, Value)>,
}

/// What one callback needs: its entity field as it is, or a fetch.
enum Need {
    Ready(Value),
    Fetch(Fetch),
}

/// The GET (or two) for one entity, and what to say of the answer.
#[derive(Clone)]
struct Fetch {
    /// What identifies it among others: the path, or for two GETs the first and the entity.
    path: String,
    endpoint: Endpoint,
    data: Value,
    /// `order 250`.
    what: String,
}

/// Callbacks fetched at most in one batch of `listen --expand`; past it, fetches are falling
/// behind the callbacks and the rest of the batch is printed without its entity.
const FETCH_BUDGET: usize = 32;
/// Requests to the store's API at once: the store's quota is shared with its other apps.
const FETCH_THREADS: usize = 4;

impl Entities for Expander {
    fn entity_for(&mut self, record: &Record) -> Result<Value, ApiError> {
        Expander::entity_for(self, record)
    }
}

/// `listen --expand`: the receiver hands each batch to this stage.
impl crate::listen::Enrich for Expander {
    fn enrich(&mut self, records: &mut [&mut Record]) -> usize {
        self.expand_batch(records, FETCH_THREADS, FETCH_BUDGET)
    }
}

impl Expander {
    pub fn new(client: Client, store_hash: String, keep: Option<Duration>) -> Expander {
        Expander {
            client,
            store_hash,
            keep,
            fetched: HashMap::new(),
        }
    }

    /// The `entity` field for one callback: the entity, or why there is none, as data. An error
    /// only for what stops a run: credentials refused, the API unreachable.
    pub fn entity_for(&mut self, record: &Record) -> Result<Value, ApiError> {
        let fetch = match self.need(record) {
            Need::Ready(entity) => return Ok(entity),
            Need::Fetch(fetch) => fetch,
        };
        if let Some(known) = self.known(&fetch.path) {
            return Ok(known);
        }
        let entity = fetch.run(&self.client)?;
        self.fetched
            .insert(fetch.path, (Instant::now(), entity.clone()));
        Ok(entity)
    }

    /// Sets `entity` on each callback of a batch, in place, fetching each URL once with up to
    /// `threads` requests at a time, and at most `budget` fetches: the others are skipped (and
    /// counted), so a receiver whose API falls far behind goes on printing. Nothing stops it:
    /// a refused token or a down API is each callback's `entity.error`.
    pub fn expand_batch(
        &mut self,
        records: &mut [&mut Record],
        threads: usize,
        budget: usize,
    ) -> usize {
        let needs: Vec<Need> = records.iter().map(|r| self.need(r)).collect();
        let mut wanted: Vec<Fetch> = Vec::new();
        for need in &needs {
            if let Need::Fetch(fetch) = need
                && self.known(&fetch.path).is_none()
                && !wanted.iter().any(|w| w.path == fetch.path)
            {
                wanted.push(fetch.clone());
            }
        }
        let skipped: Vec<Fetch> = wanted.split_off(wanted.len().min(budget));
        for (path, entity) in fetch_all(&self.client, wanted, threads) {
            self.fetched.insert(path, (Instant::now(), entity));
        }
        let mut skipped_callbacks = 0;
        for (record, need) in records.iter_mut().zip(needs) {
            record.entity = Some(match need {
                Need::Ready(entity) => entity,
                Need::Fetch(fetch) if skipped.iter().any(|s| s.path == fetch.path) => {
                    skipped_callbacks += 1;
                    json!({"error": format!("{} was not fetched: fetches fell behind", fetch.what)})
                }
                Need::Fetch(fetch) => self.known(&fetch.path).unwrap_or(Value::Null),
            });
        }
        skipped_callbacks
    }

    /// A kept answer for `path`, while it may still be used.
    fn known(&self, path: &str) -> Option<Value> {
        let (at, entity) = self.fetched.get(path)?;
        match self.keep {
            Some(keep) if at.elapsed() > keep => None,
            _ => Some(entity.clone()),
        }
    }

    fn need(&self, record: &Record) -> Need {
        if record.platform != Platform::Bigcommerce {
            return Need::Ready(Value::Null);
        }
        let body: Value = record
            .body
            .json()
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or(Value::Null);
        let scope = record.event.as_deref().unwrap_or_default();
        // `producer` (`stores/HASH`) names the store; `store_id` is a number the API does not use.
        let producer = body["producer"]
            .as_str()
            .map(|p| p.trim_start_matches("stores/"));
        if let Some(store) = producer.filter(|s| *s != self.store_hash) {
            return Need::Ready(json!({"error": format!(
                "callback is from store {store}; the profile is for store {}",
                self.store_hash
            )}));
        }
        let data = &body["data"];
        let endpoint = match entities::lookup(scope, data) {
            Some(Lookup::Fetch(endpoint)) => endpoint,
            Some(Lookup::Nothing { reason }) => {
                return Need::Ready(json!({"error": format!(
                    "no entity endpoint for {}: {reason}",
                    entities::family(scope)
                )}));
            }
            None => {
                return Need::Ready(json!({"error": format!(
                    "no entity endpoint for {}",
                    entities::family(scope)
                )}));
            }
        };
        let what = endpoint.what_for(data);
        // Two GETs are known by the first and the entity: the second path is not known yet.
        let path = match endpoint.first_path_for(data) {
            Some(first) => first.map(|first| format!("{first} => {what}")),
            None => endpoint.path_for(data),
        };
        match path {
            Ok(path) => Need::Fetch(Fetch {
                path,
                endpoint,
                data: data.clone(),
                what,
            }),
            Err(why) => Need::Ready(json!({"error": format!("cannot fetch {what}: {why}")})),
        }
    }
}

impl Fetch {
    /// The GET (the first one too, if any), its answer said as the `entity` field.
    fn run(&self, client: &Client) -> Result<Value, ApiError> {
        let what = &self.what;
        let mut item = Value::Null;
        if let Some(Ok(first)) = self.endpoint.first_path_for(&self.data) {
            let answer = client.fetch(&first)?;
            match (answer.status, Answer::V3First.entity(answer.body)) {
                (200..=299, Found::Entity(found)) => item = found,
                (status, _) => return Ok(said(answer.url, status, what)),
            }
        }
        let path = match self.endpoint.path_with(&self.data, &item) {
            Ok(path) => path,
            Err(why) => return Ok(json!({"error": format!("cannot fetch {what}: {why}")})),
        };
        let answer = client.fetch(&path)?;
        Ok(
            match (answer.status, self.endpoint.answer.entity(answer.body)) {
                (200..=299, Found::Entity(entity)) => {
                    json!({"url": answer.url, "status": answer.status, "body": entity})
                }
                (status, _) => said(answer.url, status, what),
            },
        )
    }
}

/// The entity field for an answer without the entity: 403 (the token's scopes), else gone.
fn said(url: String, status: u16, what: &str) -> Value {
    match status {
        403 => json!({"url": url, "status": 403, "error": format!(
            "the token may not read {what}: its API account lacks that OAuth scope"
        )}),
        _ => json!({"url": url, "status": 404, "error": format!("{what} no longer exists")}),
    }
}

/// Runs the fetches with up to `threads` at a time; a fetch that fails says so as its entity.
fn fetch_all(client: &Client, wanted: Vec<Fetch>, threads: usize) -> Vec<(String, Value)> {
    let entities = parallel::map(&wanted, threads, |fetch| {
        fetch
            .run(client)
            .unwrap_or_else(|e| json!({"error": e.to_string()}))
    });
    wanted.into_iter().map(|f| f.path).zip(entities).collect()
}
