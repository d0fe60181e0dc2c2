//! The answering loop: read a callback, inspect it, save it, answer it. Everything slow
//! (printing, forwarding, delayed answers) is handed to other threads through bounded queues.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{Read, Write};
use std::net::SocketAddr;
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
    let mut answers = Answers::new(opts.status);
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
        let now = Instant::now();
        let bytes = answers.get(&request, status, now);
        match &delayer {
            Some(delayer) => delayer.hold(now + opts.delay, request, bytes),
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

/// How long, and for how many answers, a connection is kept before its next answer closes it.
/// tiny_http 0.12's thread pool can queue a new connection while every thread serves an open
/// one (a race in its TaskPool: `spawn` counts a thread already woken for an earlier connection
/// as still waiting), and a queued connection waits until some other one closes. Recycling
/// connections bounds that wait; measured with wrk, closing after every answer cost 70% of the
/// throughput, after a second or 1,000 answers nothing measurable (after 100, ~10%). See also `warm_pool`.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(1);
const CONNECTION_ANSWERS: u32 = 1000;

/// The answers the loop sends, built once: `--status`, and 500 when saving failed, each keeping
/// the connection open or closing it. Writing these bytes ourselves skips tiny_http's
/// per-response formatting (a Date header and more), a quarter of the loop's work in callgrind.
struct Answers {
    status: u16,
    /// [keep-alive, close] for `--status`, then for 500.
    bytes: [[&'static [u8]; 2]; 2],
    /// When each open connection (by peer address) was first seen, and how often answered.
    opened: HashMap<SocketAddr, (Instant, u32)>,
}

impl Answers {
    fn new(status: u16) -> Answers {
        let build = |code: u16, close: bool| -> &'static [u8] {
            let reason = tiny_http::StatusCode(code).default_reason_phrase();
            let close = if close { "Connection: close\r\n" } else { "" };
            // Lives as long as the process: four short strings per run.
            Box::leak(
                format!("HTTP/1.1 {code} {reason}\r\nContent-Length: 0\r\n{close}\r\n")
                    .into_bytes()
                    .into_boxed_slice(),
            )
        };
        Answers {
            status,
            bytes: [
                [build(status, false), build(status, true)],
                [build(500, false), build(500, true)],
            ],
            opened: HashMap::new(),
        }
    }

    /// The answer for `request`, closing its connection once it has lived long enough.
    fn get(&mut self, request: &Request, status: u16, now: Instant) -> &'static [u8] {
        let close = match request.remote_addr() {
            Some(peer) => {
                let (opened, answered) = self.opened.entry(*peer).or_insert((now, 0));
                *answered += 1;
                let old = now.duration_since(*opened) >= CONNECTION_LIFETIME
                    || *answered >= CONNECTION_ANSWERS;
                if old {
                    self.opened.remove(peer);
                }
                old
            }
            None => false,
        };
        // Connections that went away unseen are forgotten, so the map stays small.
        if self.opened.len() > 10_000 {
            self.opened
                .retain(|_, (t, _)| now.duration_since(*t) < CONNECTION_LIFETIME * 10);
        }
        self.bytes[usize::from(status != self.status)][usize::from(close)]
    }
}

/// Keeps `THREADS` of tiny_http's pool threads waiting for connections, so that a burst of new
/// connections arriving at once finds a thread for each instead of being queued (see
/// `CONNECTION_LIFETIME`). It briefly opens that many connections to the listener itself, sends
/// nothing and closes them; pool threads beyond tiny_http's 4 exit after 5 s idle, so it repeats.
/// The answering loop never sees these connections: tiny_http drops them on EOF.
pub fn warm_pool(addr: SocketAddr, stop: &AtomicBool) {
    const THREADS: usize = 16;
    const EVERY: Duration = Duration::from_secs(3);
    let addr = match addr.ip().is_unspecified() {
        true => SocketAddr::new(std::net::Ipv4Addr::LOCALHOST.into(), addr.port()),
        false => addr,
    };
    while !stop.load(Ordering::Relaxed) {
        let held: Vec<_> = (0..THREADS)
            .filter_map(|_| {
                std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).ok()
            })
            .collect();
        thread::sleep(Duration::from_millis(50));
        drop(held);
        let mut slept = Duration::ZERO;
        while slept < EVERY && !stop.load(Ordering::Relaxed) {
            thread::sleep(TICK);
            slept += TICK;
        }
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
