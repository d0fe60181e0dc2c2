//! HTTP to BigCommerce: requests, retries, rate limits, pagination. Knows nothing about
//! terminals: what happens along the way (each request, answer and retry) goes to a
//! [`Reporter`] that the command layer renders.

use std::thread::sleep;
use std::time::{Duration, Instant};

use reqwest::Method;
use reqwest::blocking::Response;
use reqwest::header::{HeaderMap, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::HooksApi;
use super::error::ApiError;
use super::types::{Admin, Envelope, Hook, HookPatch, LegacyGrant, ListQuery, NewHook, OAuthGrant};
use crate::secret::Secret;

/// How hard to try before giving up.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Extra attempts after the first, for 429 (any method) and for 5xx and connection errors
    /// (GET, PUT, DELETE only).
    pub retries: u32,
    /// The first back-off; it doubles each time.
    pub base_delay: Duration,
    /// The longest wait bchook accepts from a rate-limit header.
    pub max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            retries: 3,
            base_delay: Duration::from_millis(500),
            max_wait: Duration::from_secs(60),
        }
    }
}

/// What the client did, as it does it.
#[derive(Debug)]
pub enum Report<'a> {
    /// A request is about to go out, with its credential headers (secrets show redacted).
    Request {
        method: &'a Method,
        url: &'a reqwest::Url,
        auth: &'a Auth<'a>,
    },
    /// An answer came.
    Answer { status: u16, ms: u128 },
    /// No answer: the connection failed or timed out.
    NoAnswer { cause: &'a str },
    /// The request failed in a way worth another try, which comes after `wait`.
    Retrying {
        cause: &'a str,
        method: &'a Method,
        path: &'a str,
        wait: Duration,
        /// The attempt about to be made, and how many there can be.
        attempt: u32,
        attempts: u32,
    },
}

pub type Reporter = Box<dyn Fn(&Report) + Send + Sync>;

/// The credential headers a request carries.
#[derive(Debug, Clone, Copy)]
pub enum Auth<'a> {
    None,
    /// The v3 API: `X-Auth-Token`.
    Token(&'a Secret),
    /// Ecwid's REST API: `Authorization: Bearer`.
    Bearer(&'a Secret),
    /// The 2013 beta hooks service: `X-Auth-Client` and `X-Auth-Token`, or with `underscores`
    /// its first spelling, `X_AUTH_CLIENT_ID` and `X_AUTH_TOKEN`.
    ClientAndToken {
        client: &'a str,
        token: &'a Secret,
        underscores: bool,
    },
}

impl Auth<'_> {
    /// The headers, each value given as `reveal` renders the secret ones.
    pub fn headers(&self, reveal: impl Fn(&Secret) -> String) -> Vec<(&'static str, String)> {
        match *self {
            Auth::None => vec![],
            Auth::Token(token) => vec![("X-Auth-Token", reveal(token))],
            Auth::Bearer(token) => vec![("Authorization", format!("Bearer {}", reveal(token)))],
            Auth::ClientAndToken {
                client,
                token,
                underscores,
            } => match underscores {
                false => vec![
                    ("X-Auth-Client", client.to_string()),
                    ("X-Auth-Token", reveal(token)),
                ],
                true => vec![
                    ("X_AUTH_CLIENT_ID", client.to_string()),
                    ("X_AUTH_TOKEN", reveal(token)),
                ],
            },
        }
    }
}

/// A builder for every HTTP client bchook makes (the API's and the deliveries'), with rustls'
/// ring provider installed first: bchook builds rustls without a default provider (see
/// Cargo.toml), and a client built without one would fail. Certificates are checked by the
/// platform verifier.
pub fn client_builder() -> reqwest::blocking::ClientBuilder {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        // Err only when a provider is installed already, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::blocking::Client::builder()
}

/// The HTTP layer shared by the hooks client and the token flows.
pub struct Http {
    agent: reqwest::blocking::Client,
    retry: RetryPolicy,
    report: Reporter,
}

/// Pages fetched at most when following pagination, in case a server's `total_pages` never ends.
const MAX_PAGES: u64 = 10_000;

/// Hooks asked for per page when listing: BigCommerce's v3 maximum, so 1,000 hooks take 4
/// requests rather than 20 at its default of 50.
pub const PAGE_SIZE: u32 = 250;

impl Http {
    pub fn new(retry: RetryPolicy, report: Reporter) -> Result<Http, ApiError> {
        let agent = client_builder()
            .user_agent(concat!("bchook/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| ApiError::Setup {
                cause: describe(&e),
            })?;
        Ok(Http {
            agent,
            retry,
            report,
        })
    }

    /// Sends one request, retrying as the policy allows, and returns the status and body of a
    /// 2xx answer, or of one whose status is in `answers` (a caller that reports 404 itself).
    /// A 429 was not processed, so it is retried for every method; 5xx and connection errors
    /// are retried only for idempotent methods, so a POST is never processed twice.
    pub(super) fn send(
        &self,
        action: &str,
        method: Method,
        url: &reqwest::Url,
        auth: &Auth,
        body: Option<&Value>,
        answers: &[u16],
    ) -> Result<(u16, Vec<u8>), ApiError> {
        let idempotent = method != Method::POST;
        let attempts = self.retry.retries + 1;
        for attempt in 1..=attempts {
            let last = attempt == attempts;
            let mut request = self
                .agent
                .request(method.clone(), url.clone())
                .header("Accept", "application/json");
            for (name, value) in auth.headers(|secret| secret.expose().to_string()) {
                request = request.header(name, value);
            }
            if let Some(body) = body {
                request = request
                    .header("Content-Type", "application/json")
                    .body(body.to_string());
            }
            (self.report)(&Report::Request {
                method: &method,
                url,
                auth,
            });
            let started = Instant::now();
            let failure = match request.send().and_then(read_all) {
                Err(e) => {
                    let cause = describe(&e);
                    (self.report)(&Report::NoAnswer { cause: &cause });
                    // A certificate this machine does not trust is refused the same way again.
                    if !idempotent || last || cause.contains("invalid peer certificate") {
                        return Err(ApiError::Network {
                            action: action.into(),
                            url: url.to_string(),
                            cause,
                        });
                    }
                    (cause, self.backoff(attempt))
                }
                Ok((status, headers, bytes)) => {
                    let code = status.as_u16();
                    (self.report)(&Report::Answer {
                        status: code,
                        ms: started.elapsed().as_millis(),
                    });
                    if status.is_success() || answers.contains(&code) {
                        return Ok((code, bytes));
                    }
                    let retryable = code == 429 || (idempotent && status.is_server_error());
                    if !retryable || last {
                        return Err(ApiError::from_response(action, code, &bytes));
                    }
                    let wait = if code == 429 {
                        rate_limit_wait(&headers)
                            .unwrap_or_else(|| self.backoff(attempt))
                            .min(self.retry.max_wait)
                    } else {
                        self.backoff(attempt)
                    };
                    (format!("status {code}"), wait)
                }
            };
            let (cause, wait) = failure;
            (self.report)(&Report::Retrying {
                cause: &cause,
                method: &method,
                path: url.path(),
                wait,
                attempt: attempt + 1,
                attempts,
            });
            sleep(wait);
        }
        unreachable!("the last attempt always returns")
    }

    fn backoff(&self, attempt: u32) -> Duration {
        self.retry.base_delay * 2u32.saturating_pow(attempt - 1)
    }

    pub(super) fn json<T: DeserializeOwned>(
        &self,
        action: &str,
        method: Method,
        url: &reqwest::Url,
        auth: &Auth,
        body: Option<&Value>,
    ) -> Result<T, ApiError> {
        let (_, bytes) = self.send(action, method, url, auth, body, &[])?;
        serde_json::from_slice(&bytes).map_err(|e| ApiError::Decode {
            action: action.into(),
            cause: e.to_string(),
        })
    }

    /// The app OAuth code exchange: `POST {login_url}/oauth2/token`.
    pub fn exchange_code(&self, login_url: &str, request: &Value) -> Result<OAuthGrant, ApiError> {
        let url = join_url(
            login_url,
            &["oauth2", "token"],
            "--login-url (or BCHOOK_LOGIN_URL)",
        )?;
        self.json(
            "exchange the code for a token",
            Method::POST,
            &url,
            &Auth::None,
            Some(request),
        )
    }

    /// The 2013 beta flow: `POST {hooks_url}/token`.
    pub fn legacy_token(&self, hooks_url: &str, request: &Value) -> Result<LegacyGrant, ApiError> {
        let url = join_url(hooks_url, &["token"], "--hooks-url")?;
        self.json(
            "get a token from the beta hooks service",
            Method::POST,
            &url,
            &Auth::None,
            Some(request),
        )
    }
}

/// Reads the whole answer, so a connection dropped mid-body counts as a network error.
fn read_all(response: Response) -> reqwest::Result<(reqwest::StatusCode, HeaderMap, Vec<u8>)> {
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.bytes()?;
    Ok((status, headers, bytes.to_vec()))
}

/// The wait a 429 asks for: `X-Rate-Limit-Time-Reset-Ms`, else `X-Retry-After` in seconds.
fn rate_limit_wait(headers: &HeaderMap) -> Option<Duration> {
    let number = |name: &str| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    number("x-rate-limit-time-reset-ms")
        .map(Duration::from_millis)
        .or_else(|| number("retry-after").map(Duration::from_secs))
        .or_else(|| number("x-retry-after").map(Duration::from_secs))
}

/// The root cause in a few words ("connection refused"), not reqwest's chain that repeats the URL.
fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        return "timed out".to_string();
    }
    let mut root: &dyn std::error::Error = e;
    while let Some(cause) = root.source() {
        root = cause;
    }
    let root = root.to_string();
    if e.is_connect() {
        format!("cannot connect: {root}")
    } else {
        root
    }
}

/// `base` with path segments added. `setting` names where `base` came from, for the error.
pub(super) fn join_url(
    base: &str,
    segments: &[&str],
    setting: &'static str,
) -> Result<reqwest::Url, ApiError> {
    let bad = |cause: String| ApiError::BadUrl {
        url: base.to_string(),
        cause,
        setting,
    };
    let mut url = reqwest::Url::parse(base).map_err(|e| bad(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("only http and https URLs can be used".into()));
    }
    url.path_segments_mut()
        .map_err(|_| bad("not a base URL".into()))?
        .pop_if_empty()
        .extend(segments);
    Ok(url)
}

/// What a GET for an entity answered.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub url: String,
    pub status: u16,
    pub body: Value,
}

/// The hooks API of one store: `{api_url}/stores/{store_hash}/v3/hooks`.
pub struct Client {
    http: Http,
    /// `{api_url}/stores/{store_hash}`, the base of every path the store's API has.
    store_url: reqwest::Url,
    hooks_url: reqwest::Url,
    token: Secret,
}

impl Client {
    pub fn new(
        http: Http,
        api_url: &str,
        store_hash: &str,
        token: Secret,
    ) -> Result<Client, ApiError> {
        let setting = "--api-url (or BCHOOK_API_URL, or the profile's api_url)";
        let store_url = join_url(api_url, &["stores", store_hash], setting)?;
        let hooks_url = join_url(api_url, &["stores", store_hash, "v3", "hooks"], setting)?;
        Ok(Client {
            http,
            store_url,
            hooks_url,
            token,
        })
    }

    fn hook_url(&self, id: u64) -> reqwest::Url {
        let mut url = self.hooks_url.clone();
        url.path_segments_mut()
            .expect("the hooks URL is a base URL")
            .push(&id.to_string());
        url
    }

    fn call<T: DeserializeOwned>(
        &self,
        action: &str,
        method: Method,
        url: &reqwest::Url,
        body: Option<&impl Serialize>,
    ) -> Result<Envelope<T>, ApiError> {
        let body = body.map(|b| serde_json::to_value(b).expect("request bodies are plain data"));
        self.http.json(
            action,
            method,
            url,
            &Auth::Token(&self.token),
            body.as_ref(),
        )
    }

    /// One page of hooks.
    fn page(&self, query: &ListQuery, page: u64) -> Result<Envelope<Vec<Hook>>, ApiError> {
        let mut url = self.hooks_url.clone();
        {
            let mut pairs = url.query_pairs_mut();
            pairs.append_pair("page", &page.to_string());
            if let Some(limit) = query.limit {
                pairs.append_pair("limit", &limit.to_string());
            }
            if let Some(active) = query.is_active {
                pairs.append_pair("is_active", if active { "true" } else { "false" });
            }
            if let Some(scope) = &query.scope {
                pairs.append_pair("scope", scope);
            }
            if let Some(destination) = &query.destination {
                pairs.append_pair("destination", destination);
            }
        }
        self.call("list hooks", Method::GET, &url, None::<&()>)
    }

    /// One request that needs the token and the store hash (`GET /v3/hooks?limit=1`), to try
    /// credentials before they are saved.
    pub fn try_credentials(&self, store_hash: &str) -> Result<(), ApiError> {
        let mut url = self.hooks_url.clone();
        url.query_pairs_mut().append_pair("limit", "1");
        let _: Envelope<Vec<Hook>> = self.call(
            &format!("try the token on store {store_hash}"),
            Method::GET,
            &url,
            None::<&()>,
        )?;
        Ok(())
    }

    /// `GET {api_url}/stores/{store_hash}{path}` (a path from the entity table, query included):
    /// the status and JSON body of a 2xx, 403 or 404 answer, which the caller reports per
    /// callback; anything else (401, a network failure) is an error that stops it.
    pub fn fetch(&self, path: &str) -> Result<Fetched, ApiError> {
        let url = self.store_url(path)?;
        let (status, bytes) = self.http.send(
            &format!("fetch {path}"),
            Method::GET,
            &url,
            &Auth::Token(&self.token),
            None,
            &[403, 404],
        )?;
        // A 204 (an empty v2 list) or an error page that is not JSON reads as null.
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Ok(Fetched {
            url: url.to_string(),
            status,
            body,
        })
    }

    /// `GET /hooks/admin`: notification emails, every hook with its status, blocked domains.
    pub fn admin(&self) -> Result<Admin, ApiError> {
        let url = self.hook_url_with(&["admin"]);
        let answer: Envelope<Admin> =
            self.call("read the hooks' health", Method::GET, &url, None::<&()>)?;
        Ok(answer.data)
    }

    /// `PUT /hooks/admin` with the addresses BigCommerce notifies (it answers 204, no body).
    pub fn set_emails(&self, emails: &[String]) -> Result<(), ApiError> {
        let url = self.hook_url_with(&["admin"]);
        let body = serde_json::json!({ "emails": emails });
        self.http
            .send(
                "set the notification emails",
                Method::PUT,
                &url,
                &Auth::Token(&self.token),
                Some(&body),
                &[],
            )
            .map(|_| ())
    }

    fn hook_url_with(&self, segments: &[&str]) -> reqwest::Url {
        let mut url = self.hooks_url.clone();
        url.path_segments_mut()
            .expect("the hooks URL is a base URL")
            .extend(segments);
        url
    }

    /// `path` (with its query) under the store's base URL.
    fn store_url(&self, path: &str) -> Result<reqwest::Url, ApiError> {
        let base = self.store_url.as_str().trim_end_matches('/');
        reqwest::Url::parse(&format!("{base}{path}")).map_err(|e| ApiError::Decode {
            action: format!("build the URL for {path}"),
            cause: e.to_string(),
        })
    }
}

impl HooksApi for Client {
    fn list_page(&self, query: &ListQuery, page: u64) -> Result<Vec<Hook>, ApiError> {
        self.page(query, page).map(|answer| answer.data)
    }

    /// Every hook matching the query, following `meta.pagination.total_pages`.
    fn list_all(&self, query: &ListQuery) -> Result<Vec<Hook>, ApiError> {
        let mut hooks = Vec::new();
        for page in 1..=MAX_PAGES {
            let answer = self.page(query, page)?;
            let empty = answer.data.is_empty();
            hooks.extend(answer.data);
            let total_pages = answer
                .meta
                .and_then(|m| m.pagination)
                .and_then(|p| p.total_pages)
                .unwrap_or(0);
            if empty || page >= total_pages {
                break;
            }
        }
        Ok(hooks)
    }

    fn get(&self, id: u64) -> Result<Hook, ApiError> {
        self.call(
            &format!("show hook {id}"),
            Method::GET,
            &self.hook_url(id),
            None::<&()>,
        )
        .map(|e| e.data)
    }

    fn create(&self, hook: &NewHook) -> Result<Hook, ApiError> {
        self.call("create the hook", Method::POST, &self.hooks_url, Some(hook))
            .map(|e| e.data)
    }

    fn update(&self, id: u64, patch: &HookPatch) -> Result<Hook, ApiError> {
        self.call(
            &format!("update hook {id}"),
            Method::PUT,
            &self.hook_url(id),
            Some(patch),
        )
        .map(|e| e.data)
    }

    fn delete(&self, id: u64) -> Result<Hook, ApiError> {
        self.call(
            &format!("delete hook {id}"),
            Method::DELETE,
            &self.hook_url(id),
            None::<&()>,
        )
        .map(|e| e.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_join_without_double_slashes() {
        let url = join_url(
            "http://127.0.0.1:9/base/",
            &["stores", "abc", "v3", "hooks"],
            "--api-url",
        )
        .unwrap();
        assert_eq!(url.as_str(), "http://127.0.0.1:9/base/stores/abc/v3/hooks");
        for bad in ["ftp://x", "not a url"] {
            let e = join_url(bad, &["a"], "--api-url").unwrap_err();
            assert_eq!(e.exit_code(), 2, "{e}");
        }
    }

    #[test]
    fn rate_limit_headers() {
        let mut h = HeaderMap::new();
        assert_eq!(rate_limit_wait(&h), None);
        h.insert("x-retry-after", HeaderValue::from_static("2"));
        assert_eq!(rate_limit_wait(&h), Some(Duration::from_secs(2)));
        h.insert(
            "X-Rate-Limit-Time-Reset-Ms",
            HeaderValue::from_static("1500"),
        );
        assert_eq!(rate_limit_wait(&h), Some(Duration::from_millis(1500)));
    }
}
