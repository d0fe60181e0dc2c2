//! The answering loop: read a callback, inspect it, save it, answer it. Everything slow
//! (printing, forwarding, delayed answers) is handed to other threads through bounded queues.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use tiny_http::{Request, Response, Server};

use serde::de::IgnoredAny;

use super::inspect::{SeenKeys, inspect, matches_any};
use super::probe::Probe;
use super::queue::Queue;
use super::record::{Record, body_fields};
use super::signature::{Signed, Verifier};
use super::{Event, Options, Outcome};
use crate::time::rfc3339_millis;

/// How often the loop looks at the stop flag and the deadline when no callback comes.
const TICK: Duration = Duration::from_millis(100);
/// Duplicate keys remembered; older ones are forgotten so memory stays flat.
const SEEN_LIMIT: usize = 100_000;

pub struct Tally {
    pub received: u64,
    pub by_event: BTreeMap<String, u64>,
}

/// Runs until stopped, `--count` is reached or `--timeout` passes.
pub fn answer_loop(
    server: &Server,
    opts: &Options,
    mut save: Option<File>,
    next: &Queue<Event>,
    stop: &AtomicBool,
) -> (Outcome, Tally) {
    let deadline = opts.timeout.map(|t| Instant::now() + t);
    let delayer = (!opts.delay.is_zero()).then(Delayer::start);
    let mut seen = SeenKeys::new(SEEN_LIMIT);
    let mut tally = Tally {
        received: 0,
        by_event: BTreeMap::new(),
    };
    let mut seq = 0u64;
    let answers = Answers::new(opts.status);
    let outcome = loop {
        if stop.load(Ordering::Relaxed) {
            break Outcome::Stopped;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break Outcome::TimedOut;
        }
        let mut request = match server.recv_timeout(TICK) {
            Ok(Some(request)) => request,
            Ok(None) => continue,
            Err(e) => {
                next.push(Event::Note(format!("could not accept a connection: {e}")));
                continue;
            }
        };

        if let Some(len) = request
            .body_length()
            .filter(|&len| len as u64 > opts.max_body)
        {
            reject_too_large(request, len as u64, opts.max_body, next);
            continue;
        }
        let mut raw = Vec::with_capacity(request.body_length().unwrap_or(0));
        let truncated = request
            .as_reader()
            .take(opts.max_body + 1)
            .read_to_end(&mut raw)
            .is_err();
        if raw.len() as u64 > opts.max_body {
            reject_too_large(request, raw.len() as u64, opts.max_body, next);
            continue;
        }

        seq += 1;
        // The line holds the body once, or twice with body_b64 (4/3 of it), plus the rest.
        let line_capacity = 1024 + raw.len() * 3;
        let now = SystemTime::now();
        let record = build_record(
            &request,
            raw,
            truncated,
            seq,
            now,
            &opts.verifier,
            &mut seen,
        );
        let line = save.as_ref().map(|_| {
            let mut line = Vec::with_capacity(line_capacity + record.headers.len() * 64);
            serde_json::to_writer(&mut line, &record).expect("records encode");
            line.push(b'\n');
            line
        });

        // A callback answered 2xx is a callback on disk: one write of the whole line first.
        let status = match (&mut save, &line) {
            (Some(file), Some(line)) => match file.write_all(line) {
                Ok(()) => opts.status,
                Err(e) => {
                    next.push(Event::Note(format!(
                        "could not save callback {seq}: {e}; answered 500"
                    )));
                    500
                }
            },
            _ => opts.status,
        };
        let bytes = answers.get(status);
        match &delayer {
            Some(delayer) => delayer.hold(Instant::now() + opts.delay, request, bytes),
            None => answer(request, bytes),
        }

        let shown = matches_any(&opts.events, record.event.as_deref());
        if shown {
            tally.received += 1;
            let event = match &record.event {
                Some(event) => event.as_str(),
                None => record.platform.name(),
            };
            match tally.by_event.get_mut(event) {
                Some(n) => *n += 1,
                None => {
                    tally.by_event.insert(event.to_string(), 1);
                }
            }
            next.push(Event::Callback(Box::new(record), line));
        }
        if shown && opts.count.is_some_and(|n| tally.received >= n) {
            break Outcome::CountReached;
        }
    };
    drop(delayer); // answers what is still held back, then ends
    (outcome, tally)
}

fn build_record(
    request: &Request,
    raw: Vec<u8>,
    truncated: bool,
    seq: u64,
    now: SystemTime,
    verifier: &Verifier,
    seen: &mut SeenKeys,
) -> Record {
    let mut headers: Vec<(String, String)> = Vec::with_capacity(request.headers().len());
    for h in request.headers() {
        let name = h.field.as_str().as_str().to_ascii_lowercase();
        let value = h.value.as_str();
        // A repeated header becomes one comma-joined value, as HTTP allows.
        match headers.iter_mut().find(|(k, _)| *k == name) {
            Some((_, existing)) => {
                existing.push_str(", ");
                existing.push_str(value);
            }
            None => headers.push((name, value.to_string())),
        }
    }
    let (path, query) = match request.url().split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (request.url().to_string(), None),
    };
    // Objects (every platform's callbacks) are probed for a few fields; anything else is only
    // checked for being JSON at all.
    let probe = Probe::of(&raw);
    let is_json = probe.is_some() || serde_json::from_slice::<IgnoredAny>(&raw).is_ok();
    let unix = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let verdict = verifier.check(
        &Signed {
            headers: &headers,
            body: &raw,
            event_created: probe.as_ref().and_then(|p| p.event_created.as_deref()),
            event_id: probe.as_ref().and_then(|p| p.event_id.as_deref()),
        },
        unix,
    );
    let found = inspect(&headers, query.as_deref(), probe);
    let duplicate = found
        .dedupe_key
        .as_deref()
        .is_some_and(|k| seen.seen_before(k));
    let (body, body_text, body_b64) = body_fields(&raw, is_json);
    Record {
        seq,
        received_at: rfc3339_millis(now),
        method: request.method().as_str().to_string(),
        path,
        query,
        headers,
        body,
        body_text,
        body_b64,
        platform: found.platform,
        event: found.event,
        store: found.store,
        entity_id: found.entity,
        signature: verdict.signature,
        signature_error: verdict.error,
        signature_unchecked: verdict.unchecked,
        duplicate,
        truncated,
        forward: None,
    }
}

/// Answers 413 without reading further, and says so: nothing over the limit is saved.
fn reject_too_large(request: Request, len: u64, max: u64, next: &Queue<Event>) {
    let note = format!(
        "{} {}: body of {len} bytes or more is over --max-body {max}; answered 413, not saved",
        request.method(),
        request.url()
    );
    let answer = Response::from_string(format!(
        "bchook: body over the --max-body limit of {max} bytes\n"
    ))
    .with_status_code(413);
    let _ = request.respond(answer);
    next.push(Event::Note(note));
}

/// The answers the loop sends, built once: `--status`, and 500 when saving failed. Writing these
/// bytes ourselves skips tiny_http's per-response formatting (a Date header and more), a quarter
/// of the loop's work in callgrind.
struct Answers {
    status: u16,
    /// For `--status`, then for 500.
    bytes: [&'static [u8]; 2],
}

impl Answers {
    fn new(status: u16) -> Answers {
        let build = |code: u16| -> &'static [u8] {
            let reason = tiny_http::StatusCode(code).default_reason_phrase();
            // Lives as long as the process: two short strings per run.
            Box::leak(
                format!("HTTP/1.1 {code} {reason}\r\nContent-Length: 0\r\n\r\n")
                    .into_bytes()
                    .into_boxed_slice(),
            )
        };
        Answers {
            status,
            bytes: [build(status), build(500)],
        }
    }

    fn get(&self, status: u16) -> &'static [u8] {
        self.bytes[usize::from(status != self.status)]
    }
}

/// Sends a pre-built answer on the request's own connection; dropping the writer lets tiny_http
/// go on with the connection's next request, exactly as `respond` does.
fn answer(request: Request, bytes: &[u8]) {
    let mut writer = request.into_writer();
    let _ = writer.write_all(bytes).and_then(|_| writer.flush());
}

/// Answers held-back requests when their time comes, so `--delay` holds one answer, not the loop.
/// Every delay is the same, so the queue is in due order. Dropping it answers what is still
/// held back before returning.
struct Delayer {
    queue: Option<SyncSender<(Instant, Request, &'static [u8])>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Delayer {
    fn start() -> Delayer {
        let (queue, rx): (_, Receiver<(Instant, Request, &'static [u8])>) = sync_channel(65_536);
        let thread = thread::spawn(move || {
            for (due, request, bytes) in rx {
                thread::sleep(due.saturating_duration_since(Instant::now()));
                answer(request, bytes);
            }
        });
        Delayer {
            queue: Some(queue),
            thread: Some(thread),
        }
    }

    fn hold(&self, due: Instant, request: Request, bytes: &'static [u8]) {
        if let Some(queue) = &self.queue {
            let _ = queue.send((due, request, bytes));
        }
    }
}

impl Drop for Delayer {
    fn drop(&mut self) {
        drop(self.queue.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
