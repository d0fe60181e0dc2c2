//! The entity behind an Ecwid callback, fetched through the store's REST API as Ecwid's
//! processing page asks, with a verdict on the callback (`platform::ecwid::judge`): what
//! `expand` and `listen --expand` add as `entity` for an Ecwid profile.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::Entities;
use crate::api::{ApiError, EcwidClient};
use crate::platform::{Platform, ecwid};
use crate::record::Record;

pub struct EcwidExpander {
    client: EcwidClient,
    store_id: String,
    /// How long an answer is reused; None: for the whole run.
    keep: Option<Duration>,
    fetched: HashMap<String, (Instant, u16, String, Value)>,
}

/// Fetches at most in one batch of `listen --expand`; past it, the rest of the batch is
/// printed without its entity (Ecwid allows 600 requests a minute per token).
const FETCH_BUDGET: usize = 32;

impl EcwidExpander {
    pub fn new(client: EcwidClient, store_id: String, keep: Option<Duration>) -> EcwidExpander {
        EcwidExpander {
            client,
            store_id,
            keep,
            fetched: HashMap::new(),
        }
    }

    /// The GET for a callback, or the entity field that says why there is none.
    fn request(&self, record: &Record) -> Result<(String, String, Value), Value> {
        if record.platform != Platform::Ecwid {
            return Err(Value::Null);
        }
        let body: Value = record
            .body
            .json()
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or(Value::Null);
        let store = body["storeId"].to_string();
        if store.trim_matches('"') != self.store_id {
            return Err(json!({"error": format!(
                "callback is from Ecwid store {}; the profile is for store {}",
                store.trim_matches('"'),
                self.store_id
            )}));
        }
        let event = record.event.as_deref().unwrap_or_default();
        let (path, what) =
            ecwid::entity_request(event, &body).map_err(|why| json!({"error": why}))?;
        Ok((path, what, body))
    }

    fn known(&self, path: &str) -> Option<(u16, String, Value)> {
        let (at, status, url, entity) = self.fetched.get(path)?;
        match self.keep {
            Some(keep) if at.elapsed() > keep => None,
            _ => Some((*status, url.clone(), entity.clone())),
        }
    }

    fn fetch(&mut self, path: &str) -> Result<(u16, String, Value), ApiError> {
        if let Some(known) = self.known(path) {
            return Ok(known);
        }
        let answer = self.client.fetch(path)?;
        let got = (answer.status, answer.url, answer.body);
        self.fetched.insert(
            path.to_string(),
            (Instant::now(), got.0, got.1.clone(), got.2.clone()),
        );
        Ok(got)
    }
}

impl Entities for EcwidExpander {
    /// `{url, status, verdict, reason, body}`: the entity as the API has it now, and what that
    /// says of the callback.
    fn entity_for(&mut self, record: &Record) -> Result<Value, ApiError> {
        let request = self.request(record);
        self.entity_from(record, request)
    }
}

impl EcwidExpander {
    /// The entity field for a callback whose GET (or why there is none) is known.
    fn entity_from(
        &mut self,
        record: &Record,
        request: Result<(String, String, Value), Value>,
    ) -> Result<Value, ApiError> {
        let (path, what, body) = match request {
            Ok(request) => request,
            Err(said) => return Ok(said),
        };
        let (status, url, entity) = self.fetch(&path)?;
        let event = record.event.as_deref().unwrap_or_default();
        let (verdict, reason) = ecwid::judge(event, &body, status, &entity, &what);
        let mut found = json!({"url": url, "status": status, "verdict": verdict, "reason": reason});
        if (200..300).contains(&status) {
            found["body"] = entity;
        }
        Ok(found)
    }
}

/// `listen --expand` with an Ecwid profile: one fetch per entity a batch names, up to the
/// budget; a failed fetch is that callback's `entity.error`.
impl crate::listen::Enrich for EcwidExpander {
    fn enrich(&mut self, records: &mut [&mut Record]) -> usize {
        let mut fetches = 0;
        let mut skipped = 0;
        for record in records.iter_mut() {
            // The body is read once a callback, for the budget and for the fetch.
            let request = self.request(record);
            let needs_fetch =
                (request.as_ref()).is_ok_and(|(path, _, _)| self.known(path).is_none());
            if needs_fetch && fetches == FETCH_BUDGET {
                skipped += 1;
                record.entity = Some(json!({"error": "not fetched: fetches fell behind"}));
                continue;
            }
            fetches += usize::from(needs_fetch);
            record.entity = Some(
                self.entity_from(record, request)
                    .unwrap_or_else(|e| json!({"error": e.to_string()})),
            );
        }
        skipped
    }
}
