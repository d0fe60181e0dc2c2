//! The BigCommerce client: hooks CRUD and the token flows.

mod client;
mod error;
mod types;

pub use client::{Client, Http, PAGE_SIZE, Report, RetryPolicy};
pub use error::ApiError;
pub use types::{Hook, HookPatch, ListQuery, NewHook};
