//! `listen --ui`: the inspector page at `/_bchook/`, served off the answering thread. The page
//! polls for new callbacks, so a slow or stalled browser holds nothing of the receiver's: it
//! only misses rows that fell out of the kept window (and is told).
//!
//! Access (CLI.md, "The inspector page"): a random token, given in the printed URL and then kept
//! in an HttpOnly, SameSite=Strict cookie; a request without it is 403, and so is one whose Host
//! is not this machine (DNS rebinding). Replay must carry the token in `X-Bchook-Token`.

use std::collections::VecDeque;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::Deserialize;
use serde_json::json;
use tiny_http::{Header, Method, Request, Response};

use crate::deliver::{Deliverer, handler_url, join};
use crate::platform::verify::same;
use crate::record::Record;
use crate::secret::Secret;

/// Callbacks kept for the page; older ones are in the --save file.
pub const KEEP: usize = 1_000;
/// Callbacks sent to the page in one poll, the newest: more would not be read.
const PER_POLL: usize = 500;
const COOKIE: &str = "bchook_token";

const PAGE: &str = include_str!("ui/page.html");
const STYLE: &str = include_str!("ui/style.css");
const SCRIPT: &str = include_str!("ui/app.js");

pub struct Ui {
    token: String,
    /// `127.0.0.1:PORT` and the other names of this machine a Host header may carry.
    hosts: Vec<String>,
    origin: String,
    /// The --save file, as the page names it when it falls behind (empty without one).
    save: String,
    /// What listen answers each callback: `200`, or `200 after 2s`.
    answer: String,
    /// listen's secret: a replay is signed afresh with it (a new timestamp, the same id and
    /// body), so the app does not reject it as stale.
    secret: Option<Secret>,
    forward_to: Option<super::forward::Routes>,
    /// The callbacks kept, oldest first.
    kept: Mutex<VecDeque<Kept>>,
}

/// A callback kept for the page: its line, one allocation (the line it was saved as, moved
/// here, when nothing was added to it since). Everything else is read from it when asked.
struct Kept {
    seq: u64,
    line: Vec<u8>,
}

impl Kept {
    fn record(&self) -> Option<Record> {
        Record::from_line(&String::from_utf8_lossy(&self.line)).ok()
    }
}

#[derive(Deserialize)]
struct ReplayRequest {
    seq: u64,
    #[serde(default)]
    url: String,
}

impl Ui {
    /// `bound` is the address listened on (`127.0.0.1:8080`); `earlier`, what the --save file held.
    pub fn new(
        token: String,
        bound: &str,
        answer: String,
        secret: Option<Secret>,
        forward_to: Option<super::forward::Routes>,
        save: Option<&Path>,
        earlier: &[Record],
    ) -> Ui {
        let port = bound.rsplit(':').next().unwrap_or_default();
        let hosts = vec![
            bound.to_string(),
            format!("127.0.0.1:{port}"),
            format!("[::1]:{port}"),
            format!("localhost:{port}"),
        ];
        let ui = Ui {
            token,
            hosts,
            origin: format!("http://{bound}"),
            save: save.map(|p| p.display().to_string()).unwrap_or_default(),
            answer,
            secret,
            forward_to,
            kept: Mutex::new(VecDeque::new()),
        };
        for record in earlier {
            ui.keep(record.seq, record.to_line());
        }
        ui
    }

    /// The URL to print at start.
    pub fn url(&self) -> String {
        format!("{}/_bchook/?token={}", self.origin, self.token)
    }

    /// Keeps a callback's NDJSON line for the page.
    pub fn keep(&self, seq: u64, line: Vec<u8>) {
        let kept_one = Kept { seq, line };
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if kept.len() == KEEP {
            kept.pop_front();
        }
        kept.push_back(kept_one);
    }

    /// Answers one request under `/_bchook/`.
    pub fn serve(&self, request: Request) {
        let host = header(&request, "host").unwrap_or_default();
        if !self.hosts.iter().any(|h| h.eq_ignore_ascii_case(&host)) {
            return respond(
                request,
                403,
                "text/plain",
                "bchook: this page answers only to this machine's own names\n",
                None,
            );
        }
        let url = request.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        let query_token = param(query, "token").map(str::to_string);
        let header_token = header(&request, "x-bchook-token");
        let cookie_token = header(&request, "cookie").and_then(|c| {
            c.split(';').find_map(|kv| {
                kv.trim()
                    .strip_prefix(&format!("{COOKIE}="))
                    .map(str::to_string)
            })
        });
        let allowed = |t: &Option<String>| {
            t.as_deref()
                .is_some_and(|t| same(t.as_bytes(), self.token.as_bytes()))
        };
        let method = request.method().clone();
        match (method, path) {
            (Method::Post, "/_bchook/replay") => {
                // Only the page's script can set this header: a form on another site cannot.
                if !allowed(&header_token) {
                    return forbidden(request);
                }
                self.replay(request)
            }
            _ if !(allowed(&query_token) || allowed(&header_token) || allowed(&cookie_token)) => {
                forbidden(request)
            }
            (Method::Get, "/_bchook/") => {
                let page = PAGE
                    .replace("{{STYLE}}", STYLE)
                    .replace("{{SCRIPT}}", SCRIPT)
                    .replace("{{TOKEN}}", &self.token)
                    .replace("{{ORIGIN}}", &self.origin)
                    .replace("{{SAVE}}", &html_attribute(&self.save))
                    .replace("{{ANSWER}}", &html_attribute(&self.answer));
                let cookie = format!(
                    "{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/_bchook/",
                    self.token
                );
                respond(request, 200, "text/html; charset=utf-8", page, Some(cookie))
            }
            (Method::Get, "/_bchook/callbacks") => {
                let after: u64 = param(query, "after")
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                // The newest PER_POLL after `after`, their lines copied into the answer as they
                // are (one copy into a buffer sized once, no parse); a page that fell further
                // behind skips the older ones (and says so: `skipped`).
                let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
                let waiting = kept.iter().rev().take_while(|k| k.seq > after).count();
                let sent = kept.range(kept.len() - waiting.min(PER_POLL)..);
                let first_kept = kept.front().map_or(after + 1, |k| k.seq);
                let skipped =
                    first_kept.saturating_sub(after + 1) + waiting.saturating_sub(PER_POLL) as u64;
                let head = format!("{{\"skipped\":{skipped},\"callbacks\":[");
                let size = sent.clone().map(|k| k.line.len() + 1).sum::<usize>();
                let mut body = Vec::with_capacity(head.len() + size + 2);
                body.extend_from_slice(head.as_bytes());
                for (i, k) in sent.enumerate() {
                    if i > 0 {
                        body.push(b',');
                    }
                    body.extend_from_slice(k.line.trim_ascii_end());
                }
                drop(kept);
                body.extend_from_slice(b"]}");
                respond(request, 200, "application/json", body, None)
            }
            // The exact bytes of one callback, for "copy as curl", when it is selected.
            (Method::Get, "/_bchook/raw") => {
                let seq: Option<u64> = param(query, "seq").and_then(|n| n.parse().ok());
                let record = {
                    let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
                    kept.iter()
                        .find(|k| Some(k.seq) == seq)
                        .and_then(Kept::record)
                };
                let (status, body) = match record {
                    Some(r) => (200, json!({"raw_b64": B64.encode(r.body.raw())})),
                    None => (404, json!({"error": "that callback is no longer kept"})),
                };
                respond(request, status, "application/json", body.to_string(), None)
            }
            _ => respond(request, 404, "text/plain", "bchook: no such page\n", None),
        }
    }

    /// Re-sends a kept callback to the URL given, or to --forward-to, and answers with what it got.
    fn replay(&self, mut request: Request) {
        let mut body = String::new();
        let _ = request.as_reader().read_to_string(&mut body);
        let Ok(ask) = serde_json::from_str::<ReplayRequest>(&body) else {
            return respond(
                request,
                400,
                "application/json",
                json!({"error": "expected {\"seq\", \"url\"}"}).to_string(),
                None,
            );
        };
        let record = {
            let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
            kept.iter()
                .find(|k| k.seq == ask.seq)
                .and_then(Kept::record)
        };
        // No URL typed: where --forward-to sends this callback's event.
        let event = record.as_ref().and_then(|r| r.event.as_deref());
        let target = match ask.url.trim() {
            "" => (self.forward_to.as_ref())
                .and_then(|routes| routes.route(event).cloned())
                .ok_or("give a URL to replay to (no --forward-to takes this callback)".to_string()),
            url => handler_url("the replay URL", url),
        };
        let answer = match (target, record) {
            (Err(e), _) => json!({"error": e}),
            (_, None) => json!({"error": format!("callback {} is no longer kept", ask.seq)}),
            (Ok(target), Some(record)) => {
                let url = join(&target, &record.path, record.query.as_deref());
                let (mut headers, mut body) = (record.headers.clone(), record.body.raw().to_vec());
                let now = crate::time::unix(std::time::SystemTime::now());
                let resigned = match &self.secret {
                    Some(secret) => crate::platform::resign(&mut headers, &mut body, secret, now)
                        .unwrap_or(false),
                    None => false,
                };
                let d = Deliverer::new(Duration::from_secs(10)).send(
                    &record.method,
                    &url,
                    &headers,
                    body,
                );
                json!({"url": url.as_str(), "status": d.status, "ms": d.ms, "body": d.body, "error": d.error, "resigned": resigned})
            }
        };
        respond(request, 200, "application/json", answer.to_string(), None)
    }
}

fn header(request: &Request, name: &str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str().to_string())
}

/// `text` made safe inside a double-quoted HTML attribute.
fn html_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The value of `name` in a query string (`a=1&b=2`), as given.
fn param<'q>(query: &'q str, name: &str) -> Option<&'q str> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

fn forbidden(request: Request) {
    respond(
        request,
        403,
        "text/plain",
        "bchook: open the URL `bchook listen --ui` printed (it carries the token)\n",
        None,
    )
}

fn respond(
    request: Request,
    status: u16,
    content_type: &str,
    body: impl Into<Vec<u8>>,
    cookie: Option<String>,
) {
    let mut response = Response::from_data(body).with_status_code(status);
    let mut add = |name: &str, value: &str| {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    };
    add("Content-Type", content_type);
    add("Cache-Control", "no-store");
    add(
        "Content-Security-Policy",
        "default-src 'self' 'unsafe-inline' data:",
    );
    if let Some(cookie) = cookie {
        add("Set-Cookie", &cookie);
    }
    let _ = request.respond(response);
}
