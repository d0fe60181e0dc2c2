//! Sending one callback to a handler and noting what it answered: used by `listen --forward-to`,
//! `trigger` and `replay`.

use std::io::Read;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// Headers that describe one connection, not the message, and are never passed on.
pub const HOP_BY_HOP: [&str; 10] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
];

/// How much of the handler's answer is kept.
const BODY_PREVIEW: usize = 500;

/// What the handler answered, or why it did not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    pub status: Option<u16>,
    pub ms: u64,
    /// The start of the handler's answer.
    pub body: Option<String>,
    pub error: Option<String>,
    /// Why there was no answer, in a word or two (`timeout`, `connection refused`, `reset`,
    /// `other error`), for counting: told by the HTTP client, not read back from `error`.
    #[serde(skip)]
    pub cause: Option<&'static str>,
}

impl Delivery {
    pub fn is_success(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

pub struct Deliverer {
    agent: reqwest::blocking::Client,
    timeout: Duration,
}

impl Deliverer {
    /// Redirects are not followed: BigCommerce counts a 3xx as a failed delivery.
    pub fn new(timeout: Duration) -> Deliverer {
        let agent = crate::api::client_builder()
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("bchook/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("a plain HTTP client builds");
        Deliverer { agent, timeout }
    }

    /// Sends `body` with `headers`, except hop-by-hop ones.
    pub fn send(
        &self,
        method: &str,
        url: &reqwest::Url,
        headers: &[(String, String)],
        body: Vec<u8>,
    ) -> Delivery {
        self.exchange(method, url, headers, body, BODY_PREVIEW as u64 * 4)
            .delivery
    }

    /// Like [`Deliverer::send`], and also the answer's headers (hop-by-hop ones left out) and up
    /// to `keep` bytes of its body, for `listen --answer-from-app` to answer with.
    pub fn exchange(
        &self,
        method: &str,
        url: &reqwest::Url,
        headers: &[(String, String)],
        body: Vec<u8>,
        keep: u64,
    ) -> Answer {
        let method =
            reqwest::Method::from_bytes(method.as_bytes()).unwrap_or(reqwest::Method::POST);
        let mut request = self.agent.request(method, url.clone()).body(body);
        for (name, value) in headers {
            if !HOP_BY_HOP.contains(&name.to_ascii_lowercase().as_str()) {
                request = request.header(name, value);
            }
        }
        let started = Instant::now();
        // Only the start of the answer is kept, so only that much is read: an app that answers
        // a gigabyte costs a few kilobytes (what arrives of it within the timeout).
        let result = request.send().map(|r| {
            let status = r.status().as_u16();
            let headers: Vec<(String, String)> = r
                .headers()
                .iter()
                .filter(|(name, _)| !HOP_BY_HOP.contains(&name.as_str()))
                .filter_map(|(name, value)| {
                    Some((name.as_str().to_string(), value.to_str().ok()?.to_string()))
                })
                .collect();
            let mut start = Vec::new();
            let _ = r.take(keep).read_to_end(&mut start);
            (status, headers, start)
        });
        let ms = started.elapsed().as_millis() as u64;
        match result {
            Ok((status, headers, bytes)) => Answer {
                delivery: Delivery {
                    status: Some(status),
                    ms,
                    body: Some(
                        String::from_utf8_lossy(&bytes[..bytes.len().min(BODY_PREVIEW * 4)])
                            .chars()
                            .take(BODY_PREVIEW)
                            .collect(),
                    ),
                    error: None,
                    cause: None,
                },
                headers,
                body: bytes,
            },
            Err(e) => Answer {
                delivery: Delivery {
                    status: None,
                    ms,
                    body: None,
                    cause: Some(if e.is_timeout() {
                        "timeout"
                    } else if e.is_connect() {
                        "connection refused"
                    } else if cut_off(&e) {
                        "reset"
                    } else {
                        "other error"
                    }),
                    error: Some(if e.is_connect() {
                        format!(
                            "cannot connect to {} (is the handler running?)",
                            origin(url)
                        )
                    } else if e.is_timeout() {
                        format!("no answer within {} s", self.timeout.as_secs())
                    } else {
                        e.to_string()
                    }),
                },
                headers: Vec::new(),
                body: Vec::new(),
            },
        }
    }
}

/// What a handler answered, whole enough to answer with (`listen --answer-from-app`).
pub struct Answer {
    pub delivery: Delivery,
    /// Its headers, hop-by-hop ones left out.
    pub headers: Vec<(String, String)>,
    /// The start of its body, as much as was asked for.
    pub body: Vec<u8>,
}

/// True when the connection was cut under the request (reset, closed early).
fn cut_off(e: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        if let Some(io) = inner.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            return matches!(
                io.kind(),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof
            );
        }
        source = inner.source();
    }
    false
}

/// `target` with a callback's path appended and its query string: `/hooks?x=1` sent to
/// `http://localhost:3000/app` goes to `http://localhost:3000/app/hooks?x=1`.
pub fn join(target: &reqwest::Url, path: &str, query: Option<&str>) -> reqwest::Url {
    let mut url = target.clone();
    let suffix = path.trim_start_matches('/');
    if !suffix.is_empty() {
        let base = url.path().trim_end_matches('/').to_string();
        url.set_path(&format!("{base}/{suffix}"));
    }
    if query.is_some() {
        url.set_query(query);
    }
    url
}

fn origin(url: &reqwest::Url) -> String {
    url.origin().ascii_serialization()
}

/// Parses a handler URL given on the command line.
pub fn handler_url(flag: &str, url: &str) -> Result<reqwest::Url, String> {
    reqwest::Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
        .ok_or_else(|| {
            format!("{flag} {url:?} is not an http(s) URL, e.g. http://localhost:3000/webhooks")
        })
}
