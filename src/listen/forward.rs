//! `--forward-to`: re-sends each callback to the developer's app, in arrival order, off the
//! answering path, and notes what the app said.

use std::time::{Duration, Instant};

use super::record::{Forwarded, Record};

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

/// How much of the app's answer is kept.
const BODY_PREVIEW: usize = 200;

pub struct Forwarder {
    agent: reqwest::blocking::Client,
    target: reqwest::Url,
}

impl Forwarder {
    pub fn new(target: reqwest::Url) -> Forwarder {
        let agent = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a plain HTTP client builds");
        Forwarder { agent, target }
    }

    /// The target URL with the callback's path appended and its query string.
    fn url_for(&self, record: &Record) -> reqwest::Url {
        let mut url = self.target.clone();
        let suffix = record.path.trim_start_matches('/');
        if !suffix.is_empty() {
            let base = url.path().trim_end_matches('/').to_string();
            url.set_path(&format!("{base}/{suffix}"));
        }
        if record.query.is_some() {
            url.set_query(record.query.as_deref());
        }
        url
    }

    pub fn forward(&self, record: &Record) -> Forwarded {
        let method =
            reqwest::Method::from_bytes(record.method.as_bytes()).unwrap_or(reqwest::Method::POST);
        let mut request = self
            .agent
            .request(method, self.url_for(record))
            .body(record.raw_body().into_owned());
        for (name, value) in &record.headers {
            if !HOP_BY_HOP.contains(&name.as_str()) {
                request = request.header(name, value);
            }
        }
        let started = Instant::now();
        let result = request.send().and_then(|r| {
            let status = r.status().as_u16();
            r.text().map(|body| (status, body))
        });
        let ms = started.elapsed().as_millis() as u64;
        match result {
            Ok((status, body)) => Forwarded {
                status: Some(status),
                ms,
                body: Some(body.chars().take(BODY_PREVIEW).collect()),
                error: None,
            },
            Err(e) => Forwarded {
                status: None,
                ms,
                body: None,
                error: Some(if e.is_connect() {
                    format!("cannot connect to {} (is the app running?)", self.target)
                } else if e.is_timeout() {
                    "the app did not answer within 30 s".to_string()
                } else {
                    e.to_string()
                }),
            },
        }
    }
}
