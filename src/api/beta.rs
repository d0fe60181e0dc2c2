//! The 2013 beta hooks service (`hooks-beta.bigcommerce.com`, `../shared/notes/bigcommerce-api.md`
//! §8): hooks under a `producer`, `X-Auth-Client` + `X-Auth-Token`, a `destination` object.
//! Spoken behind the same [`HooksApi`] as the v3 API, so the commands do not know which it is.

use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::HooksApi;
use super::client::{Auth, Http, join_url};
use super::error::ApiError;
use super::types::{Hook, HookPatch, ListQuery, NewHook, Timestamp};
use crate::secret::Secret;

pub struct BetaClient {
    http: Http,
    /// `{hooks_url}`, where hooks are created, and under which `/{id}` and `/producer/...` are.
    base: reqwest::Url,
    producer: String,
    client_id: String,
    token: Secret,
    /// `--legacy-headers`: the first spelling, `X_AUTH_CLIENT_ID` and `X_AUTH_TOKEN`.
    underscores: bool,
}

/// A hook as the 2013 service gives it.
#[derive(Debug, Deserialize)]
struct BetaHook {
    id: u64,
    scope: String,
    destination: Destination,
    #[serde(default = "active")]
    is_active: bool,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    updated_at: Option<String>,
    /// `producer`, `deliverymethod` and anything else, kept for `--json`.
    #[serde(flatten)]
    other: Map<String, Value>,
}

fn active() -> bool {
    true
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Destination {
    url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    headers: Option<BTreeMap<String, String>>,
}

impl From<BetaHook> for Hook {
    /// The same columns and JSON as a v3 hook: `destination` as its URL, the times as given.
    fn from(h: BetaHook) -> Hook {
        Hook {
            id: h.id,
            scope: h.scope,
            destination: h.destination.url,
            is_active: h.is_active,
            headers: h.destination.headers,
            client_id: h.client_id,
            store_hash: None,
            created_at: h.created_at.map(Timestamp::Text),
            updated_at: h.updated_at.map(Timestamp::Text),
            other: h.other,
        }
    }
}

impl BetaClient {
    pub fn new(
        http: Http,
        hooks_url: &str,
        producer: String,
        client_id: String,
        token: Secret,
        underscores: bool,
    ) -> Result<BetaClient, ApiError> {
        let base = join_url(hooks_url, &[], "the profile's hooks_url")?;
        Ok(BetaClient {
            http,
            base,
            producer,
            client_id,
            token,
            underscores,
        })
    }

    fn url(&self, segments: &[&str]) -> reqwest::Url {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .expect("the hooks URL is a base URL")
            .pop_if_empty()
            .extend(segments);
        url
    }

    fn call<T: for<'de> Deserialize<'de>>(
        &self,
        action: &str,
        method: Method,
        url: &reqwest::Url,
        body: Option<&Value>,
    ) -> Result<T, ApiError> {
        let auth = Auth::ClientAndToken {
            client: &self.client_id,
            token: &self.token,
            underscores: self.underscores,
        };
        self.http.json(action, method, url, &auth, body)
    }
}

impl HooksApi for BetaClient {
    /// The service has no pages: page 1 is every hook, later pages are empty.
    fn list_page(&self, query: &ListQuery, page: u64) -> Result<Vec<Hook>, ApiError> {
        match page {
            1 => self.list_all(query),
            _ => Ok(Vec::new()),
        }
    }

    /// `GET /producer/{producer}` (`?scope=`); the service filters only by scope, so the
    /// destination and state filters are applied here. The producer (`store/xxxx`) goes into
    /// the path as the docs write it, its slash included.
    fn list_all(&self, query: &ListQuery) -> Result<Vec<Hook>, ApiError> {
        let mut segments = vec!["producer"];
        segments.extend(self.producer.split('/'));
        let mut url = self.url(&segments);
        if let Some(scope) = &query.scope {
            url.query_pairs_mut().append_pair("scope", scope);
        }
        let hooks: Vec<BetaHook> = self.call("list hooks", Method::GET, &url, None)?;
        Ok(hooks
            .into_iter()
            .map(Hook::from)
            .filter(|h| {
                query
                    .destination
                    .as_ref()
                    .is_none_or(|d| *d == h.destination)
            })
            .filter(|h| query.is_active.is_none_or(|a| a == h.is_active))
            .collect())
    }

    fn get(&self, id: u64) -> Result<Hook, ApiError> {
        let url = self.url(&[&id.to_string()]);
        let hook: BetaHook = self.call(&format!("show hook {id}"), Method::GET, &url, None)?;
        Ok(hook.into())
    }

    /// `POST /` with the producer, `deliverymethod: HTTP_POST` and a `destination` object.
    fn create(&self, new: &NewHook) -> Result<Hook, ApiError> {
        let body = json!({
            "producer": self.producer,
            "scope": new.scope,
            "deliverymethod": "HTTP_POST",
            "destination": Destination {
                url: new.destination.clone(),
                headers: new.headers.clone(),
            },
            "is_active": new.is_active,
        });
        let url = self.url(&[""]);
        let hook: BetaHook = self.call("create the hook", Method::POST, &url, Some(&body))?;
        Ok(hook.into())
    }

    /// `PUT /{id}`. The destination's URL and headers travel together, so changing one reads
    /// the hook first for the other.
    fn update(&self, id: u64, patch: &HookPatch) -> Result<Hook, ApiError> {
        let mut body = Map::new();
        if let Some(scope) = &patch.scope {
            body.insert("scope".into(), json!(scope));
        }
        if let Some(active) = patch.is_active {
            body.insert("is_active".into(), json!(active));
        }
        if patch.destination.is_some() || patch.headers.is_some() {
            let current = match (&patch.destination, &patch.headers) {
                (Some(url), Some(headers)) => Destination {
                    url: url.clone(),
                    headers: Some(headers.clone()),
                },
                _ => {
                    let hook = self.get(id)?;
                    Destination {
                        url: patch.destination.clone().unwrap_or(hook.destination),
                        headers: patch.headers.clone().or(hook.headers),
                    }
                }
            };
            body.insert("destination".into(), json!(current));
        }
        let url = self.url(&[&id.to_string()]);
        let action = format!("update hook {id}");
        let hook: BetaHook = self.call(&action, Method::PUT, &url, Some(&Value::Object(body)))?;
        Ok(hook.into())
    }

    /// `DELETE /{id}` answers with the deleted hook.
    fn delete(&self, id: u64) -> Result<Hook, ApiError> {
        let url = self.url(&[&id.to_string()]);
        let hook: BetaHook = self.call(&format!("delete hook {id}"), Method::DELETE, &url, None)?;
        Ok(hook.into())
    }
}
