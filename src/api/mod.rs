//! The BigCommerce clients: hooks (the v3 API, or the 2013 beta service behind the same
//! interface), the entity fetches of `expand`, and the token flows.

mod beta;
mod client;
mod ecwid;
mod error;
mod types;

pub use beta::BetaClient;
pub use client::{Client, Fetched, Http, PAGE_SIZE, Report, RetryPolicy, client_builder};
pub use ecwid::EcwidClient;
pub use error::ApiError;
pub use types::{Admin, AdminHook, BlockedDomain, Hook, HookPatch, ListQuery, NewHook};

/// What the hooks commands ask of a hooks service. The v3 API ([`Client`]) and the 2013 beta
/// service ([`BetaClient`]) each speak their own protocol behind it; another (the V2
/// `/v2/hooks`) would be one more implementation.
pub trait HooksApi {
    /// One page of hooks.
    fn list_page(&self, query: &ListQuery, page: u64) -> Result<Vec<Hook>, ApiError>;
    /// Every hook matching the query.
    fn list_all(&self, query: &ListQuery) -> Result<Vec<Hook>, ApiError>;
    fn get(&self, id: u64) -> Result<Hook, ApiError>;
    fn create(&self, hook: &NewHook) -> Result<Hook, ApiError>;
    fn update(&self, id: u64, patch: &HookPatch) -> Result<Hook, ApiError>;
    fn delete(&self, id: u64) -> Result<Hook, ApiError>;
}
