//! The hooks API's shapes (`../shared/spec/webhooks.v3.yml`: webhook_Full, webhook_Base,
//! webhook_Put, Pagination).

use std::collections::BTreeMap;

use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A hook as the API returns it. Fields bchook does not know are kept for `--json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hook {
    pub id: u64,
    pub scope: String,
    pub destination: String,
    #[serde(default)]
    pub is_active: bool,
    #[serde(default)]
    pub headers: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A time as the service gives it: v3's Unix seconds, the 2013 service's ISO 8601 text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Timestamp {
    Unix(i64),
    Text(String),
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Timestamp::Unix(secs) => f.write_str(&crate::time::format_unix(*secs)),
            Timestamp::Text(text) => f.write_str(text),
        }
    }
}

impl Hook {
    /// The custom header names, never their values (they are often shared secrets).
    pub fn header_names(&self) -> Vec<&str> {
        self.headers
            .as_ref()
            .map(|h| h.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }
}

/// The body of a create request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewHook {
    pub scope: String,
    pub destination: String,
    pub is_active: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<BTreeMap<String, String>>,
}

/// The body of an update request: only what changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct HookPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// The complete new set of custom headers (empty removes them all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<BTreeMap<String, String>>,
}

impl HookPatch {
    pub fn is_empty(&self) -> bool {
        self.scope.is_none()
            && self.destination.is_none()
            && self.is_active.is_none()
            && self.headers.is_none()
    }
}

/// The list filters, mapped one to one onto the query parameters.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub scope: Option<String>,
    pub destination: Option<String>,
    pub is_active: Option<bool>,
    pub limit: Option<u32>,
}

/// `{data, meta}`: every V3 answer.
#[derive(Debug, Deserialize)]
pub struct Envelope<T> {
    pub data: T,
    /// `{}` on single objects; absent or null from some servers.
    #[serde(default)]
    pub meta: Option<Meta>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Pagination {
    #[serde(default)]
    pub total_pages: Option<u64>,
}

/// The answer of `POST {login_url}/oauth2/token`.
#[derive(Debug, Deserialize)]
pub struct OAuthGrant {
    pub access_token: Secret,
    pub context: String,
    #[serde(default)]
    pub scope: Option<String>,
}

/// The answer of the 2013 beta `POST {hooks_url}/token`.
#[derive(Debug, Deserialize)]
pub struct LegacyGrant {
    pub access_token: Secret,
    pub producer: String,
}

/// `GET /hooks/admin`: what BigCommerce knows of the account's hooks' health.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Admin {
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub hooks_list: Vec<AdminHook>,
    #[serde(default)]
    pub blocked_domains: Vec<BlockedDomain>,
}

/// A hook with its `status`: `active`, `inactive` (switched off) or `deactivated` (by
/// BigCommerce, after failed retries or inactivity).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdminHook {
    #[serde(flatten)]
    pub hook: Hook,
    #[serde(default)]
    pub status: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BlockedDomain {
    pub destination: String,
    /// Seconds left on the denylist.
    #[serde(default)]
    pub time_left: Option<i64>,
    #[serde(default)]
    pub reasons: Vec<BlockReason>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BlockReason {
    #[serde(default)]
    pub failure_description: Option<String>,
    #[serde(default)]
    pub count: Option<u64>,
    #[serde(default)]
    pub timestamp: Option<i64>,
}
