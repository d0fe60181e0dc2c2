//! Ecwid's REST API for one store: `{api_url}/api/v3/{storeId}`, `Authorization: Bearer` with
//! the store's access token (`secret_...`). Only reads: the store profile (to try a token) and
//! the entity a callback names (for `expand`).

use reqwest::Method;
use serde_json::Value;

use super::client::{Auth, Http, join_url};
use super::{ApiError, Fetched};
use crate::secret::Secret;

pub struct EcwidClient {
    http: Http,
    /// `{api_url}/api/v3/{storeId}`.
    store_url: reqwest::Url,
    token: Secret,
}

impl EcwidClient {
    pub fn new(
        http: Http,
        api_url: &str,
        store_id: &str,
        token: Secret,
    ) -> Result<EcwidClient, ApiError> {
        let setting = "--api-url (or BCHOOK_API_URL, or the profile's api_url)";
        let store_url = join_url(api_url, &["api", "v3", store_id], setting)?;
        Ok(EcwidClient {
            http,
            store_url,
            token,
        })
    }

    /// `GET /profile`: the store's profile, which any valid token may read.
    pub fn profile(&self, store_id: &str) -> Result<Value, ApiError> {
        let action = format!("try the token on Ecwid store {store_id}");
        Ok(self.get(&action, "/profile", &[])?.body)
    }

    /// `GET {path}` under the store (query included): the status and JSON body of a 2xx or 404
    /// answer; anything else is an error.
    pub fn fetch(&self, path: &str) -> Result<Fetched, ApiError> {
        self.get(&format!("fetch {path}"), path, &[404])
    }

    /// `GET {path}` under the store: a 2xx answer, or one whose status is in `answers`.
    fn get(&self, action: &str, path: &str, answers: &[u16]) -> Result<Fetched, ApiError> {
        let url = self.url(path)?;
        let (status, bytes) = self.http.send(
            action,
            Method::GET,
            &url,
            &Auth::Bearer(&self.token),
            None,
            answers,
        )?;
        Ok(Fetched {
            url: url.to_string(),
            status,
            body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        })
    }

    fn url(&self, path: &str) -> Result<reqwest::Url, ApiError> {
        let base = self.store_url.as_str().trim_end_matches('/');
        reqwest::Url::parse(&format!("{base}{path}")).map_err(|e| ApiError::Decode {
            action: format!("build the URL for {path}"),
            cause: e.to_string(),
        })
    }
}
