//! The answering loop: read a callback, inspect it, save it, answer it. Everything slow
//! (printing, forwarding, delayed answers) is handed to other threads through bounded queues.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use tiny_http::{BodyStatus, Request, Response, Server};

use super::app::AppAnswerer;
use super::duplicates::SeenKeys;
use super::queue::Queue;
use super::save::{Appended, SaveFile};
use super::{Callback, Event, Options, Outcome, Stop};
use crate::platform::inspect;
use crate::platform::probe::Parsed;
use crate::platform::verify::Signed;
use crate::record::{Body, Record};
use crate::time::{rfc3339_millis, unix};

/// How long, once stopped, requests already read are still taken.
const DRAIN: Duration = Duration::from_millis(500);
/// How often the loop looks at the stop flag and the deadline when no callback comes.
const TICK: Duration = Duration::from_millis(100);
/// Duplicate keys remembered; older ones are forgotten so memory stays flat.
const SEEN_LIMIT: usize = 100_000;

pub struct Tally {
    pub received: u64,
    /// Callbacks that could not be saved (answered 500).
    pub unsaved: u64,
    pub by_event: BTreeMap<String, u64>,
}

impl Tally {
    /// Counts a callback `--events` shows.
    fn count(&mut self, record: &Record) {
        self.received += 1;
        let event = match &record.event {
            Some(event) => event.as_str(),
            None => record.platform.name(),
        };
        match self.by_event.get_mut(event) {
            Some(n) => *n += 1,
            None => {
                self.by_event.insert(event.to_string(), 1);
            }
        }
    }
}

/// A callback read and written, not yet answered: at once, or with `--fsync` once its group is
/// synced.
struct Held {
    request: Request,
    status: u16,
    /// Its line is in the file.
    saved: bool,
    /// What the printer gets, when `--events` shows it.
    callback: Option<Callback>,
}

impl Held {
    fn release(self, answer_now: &impl Fn(Request, u16), next: &Queue<Event>) {
        answer_now(self.request, self.status);
        if let Some(callback) = self.callback {
            next.push(Event::Callback(callback));
        }
    }
}

/// Runs until stopped, `--count` is reached or `--timeout` passes.
pub fn answer_loop(
    server: &Server,
    opts: &Options,
    mut save: Option<SaveFile>,
    next: &Queue<Event>,
    to_ui: Option<&SyncSender<Request>>,
    app: Option<&AppAnswerer>,
    stop: &Stop,
) -> (Outcome, Tally) {
    let deadline = opts.timeout.map(|t| Instant::now() + t);
    let delayer = (!opts.delay.is_zero()).then(Delayer::start);
    let mut seen = SeenKeys::new(SEEN_LIMIT);
    let mut tally = Tally {
        received: 0,
        unsaved: 0,
        by_event: BTreeMap::new(),
    };
    // A file appended to goes on counting where its last run stopped.
    let mut seq = save.as_ref().map_or(0, |s| s.last_seq);
    let answers = Answers::new(opts.status);
    let mut failing = Failing::default();
    // `--fsync`: callbacks written and not yet synced, answered together after one sync.
    let mut group: Vec<Held> = Vec::new();
    let answer_now = |request: Request, status: u16| match &delayer {
        Some(delayer) => delayer.hold(Instant::now() + opts.delay, request, answers.get(status)),
        None => answer(request, answers.get(status)),
    };
    // Once stopped, the requests already read are still answered (and saved), for a moment.
    let mut draining: Option<Instant> = None;
    let outcome = loop {
        if draining.is_none() && stop.requested() {
            draining = Some(Instant::now() + DRAIN);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break Outcome::TimedOut;
        }
        let received = match draining {
            Some(until) if Instant::now() >= until => break Outcome::Stopped,
            Some(_) => server.try_recv(),
            // What has come meanwhile joins the group; when nothing has, the group is synced.
            None if !group.is_empty() => match server.try_recv() {
                Ok(None) => {
                    commit(&mut group, save.as_ref(), &answer_now, next, &mut tally);
                    continue;
                }
                other => other,
            },
            None => server.recv_timeout(TICK),
        };
        let mut request = match received {
            Ok(Some(request)) => request,
            Ok(None) if draining.is_some() => break Outcome::Stopped,
            Ok(None) => continue,
            Err(e) => {
                next.push(Event::Note(format!("could not accept a connection: {e}")));
                continue;
            }
        };
        // A browser asks for its tab's icon wherever it opens a page here (the receiver's URL,
        // the page without its token): never a callback.
        if *request.method() == tiny_http::Method::Get && request.url() == "/favicon.ico" {
            let _ = request.respond(Response::empty(404));
            continue;
        }
        // The inspector page's requests are its thread's, and never callbacks.
        if let Some(to_ui) = to_ui
            && request.url().starts_with("/_bchook/")
        {
            if let Err(TrySendError::Full(request) | TrySendError::Disconnected(request)) =
                to_ui.try_send(request)
            {
                let _ = request.respond(Response::empty(503));
            }
            continue;
        }

        // The connection's thread has read the body, within --max-body.
        let truncated = match request.body_status() {
            BodyStatus::TooLarge { claimed } => {
                reject_too_large(request, claimed, opts.max_body, next);
                continue;
            }
            BodyStatus::Truncated => true,
            BodyStatus::Complete => false,
        };
        let raw = request.take_body();

        seq += 1;
        let record = read_callback(
            &request,
            raw,
            truncated,
            seq,
            opts,
            save.is_some(),
            &mut seen,
        );
        // The line is built when it is saved, or printed as it is.
        let line = record
            .as_ref()
            .filter(|(_, shown)| save.is_some() || (*shown && opts.style.json))
            .map(|(record, _)| record.to_line());

        // A callback answered 2xx is a callback on disk: one write of the whole line first.
        let saved = match (&mut save, &line) {
            (Some(save), Some(line)) => failing.after(save.append(line), seq, next),
            _ => false,
        };
        let unsaved = save.is_some() && !saved;
        let status = if unsaved { 500 } else { opts.status };
        // `--answer-from-app`: the app's answer is the answer, once the callback is saved (one
        // the disk refused is answered 500 by listen itself, as always).
        let to_app = app.filter(|app| {
            !unsaved
                && record
                    .as_ref()
                    .is_some_and(|(r, _)| app.takes(r.event.as_deref()))
        });
        let mut hidden = None;
        let shown = match record {
            Some((record, true)) => {
                tally.count(&record);
                let mut callback = Callback::new(record, line, saved);
                if unsaved {
                    tally.unsaved += 1;
                    callback.mark_unsaved();
                }
                Some(callback)
            }
            // Saved, not shown (`--events`): only the app may still want it.
            Some((record, false)) => {
                hidden = Some(record);
                None
            }
            None => None,
        };
        let held = Held {
            request,
            status,
            saved,
            callback: shown,
        };
        if let Some(app) = to_app {
            match app.hand(held.callback, hidden) {
                Some(handed) => app.answer(held.request, handed),
                None => answer_now(held.request, held.status),
            }
        } else if opts.fsync && save.is_some() {
            // With --fsync, answered (and shown) once the group's lines are on the disk.
            group.push(held);
            if group.len() >= GROUP_MAX {
                commit(&mut group, save.as_ref(), &answer_now, next, &mut tally);
            }
        } else {
            held.release(&answer_now, next);
        }
        if opts.count.is_some_and(|n| tally.received >= n) {
            break Outcome::CountReached;
        }
    };
    commit(&mut group, save.as_ref(), &answer_now, next, &mut tally);
    drop(delayer); // answers what is still held back, then ends
    if let Some(save) = &save {
        let _ = save.sync();
    }
    (outcome, tally)
}

/// Everything about one callback, and whether `--events` shows it: its body parsed once, its
/// platform and event recognised, whether it was seen before, its signature checked. None, once
/// the event is known, for a callback that will be neither saved nor shown: it is only answered.
fn read_callback(
    request: &Request,
    raw: Vec<u8>,
    truncated: bool,
    seq: u64,
    opts: &Options,
    saved: bool,
    seen: &mut SeenKeys,
) -> Option<(Record, bool)> {
    let now = SystemTime::now();
    let headers = merged_headers(request.headers().iter().map(|h| {
        (
            h.field.as_str().as_str().to_ascii_lowercase(),
            h.value.as_str().to_string(),
        )
    }));
    let (path, query) = match request.url().split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (request.url().to_string(), None),
    };
    let Parsed { is_json, probe } = Parsed::of(&raw);
    // Ecwid signs two body fields; kept before the probe is used up.
    let (event_created, event_id) = probe.as_ref().map_or((None, None), |p| {
        (p.event_created.clone(), p.event_id.clone())
    });
    let found = inspect(&headers, query.as_deref(), probe);
    let duplicate_of = found
        .dedupe_key
        .as_deref()
        .and_then(|k| seen.seen_before(k, seq));
    let shown = opts.events.matches(found.event.as_deref());
    if !saved && !shown {
        return None;
    }
    let verdict = opts.verifier.check(
        &Signed {
            headers: &headers,
            body: &raw,
            event_created: event_created.as_deref(),
            event_id: event_id.as_deref(),
        },
        unix(now),
    );
    let record = Record {
        seq,
        received_at: rfc3339_millis(now),
        method: request.method().as_str().to_string(),
        path,
        query,
        headers,
        body: Body::received(raw, is_json),
        platform: found.platform,
        event: found.event,
        store: found.store,
        entity_id: found.entity,
        signature: verdict.signature,
        signature_error: verdict.error,
        signature_unchecked: verdict.unchecked,
        signature_expected: verdict.expected,
        duplicate: duplicate_of.is_some(),
        duplicate_of,
        truncated,
        unsaved: false,
        forward: None,
        entity: None,
    };
    Some((record, shown))
}

/// Headers in arrival order, a repeated one joined into its first place with ", " as HTTP
/// allows. Repeats are found by sorting positions by name: no search per header, however many
/// a sender sends.
fn merged_headers(received: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = received.collect();
    let mut by_name: Vec<usize> = (0..headers.len()).collect();
    by_name.sort_by(|&a, &b| headers[a].0.cmp(&headers[b].0).then(a.cmp(&b)));
    let mut repeated = vec![false; headers.len()];
    let mut first = 0;
    for i in 1..by_name.len() {
        let (at, from) = (by_name[i], by_name[first]);
        if headers[at].0 == headers[from].0 {
            let value = std::mem::take(&mut headers[at].1);
            headers[from].1.push_str(", ");
            headers[from].1.push_str(&value);
            repeated[at] = true;
        } else {
            first = i;
        }
    }
    if repeated.contains(&true) {
        let mut place = 0;
        headers.retain(|_| {
            place += 1;
            !repeated[place - 1]
        });
    }
    headers
}

/// Callbacks synced together at most, with `--fsync`.
const GROUP_MAX: usize = 256;

/// `--fsync`: one sync for the group, then its answers and what the printer gets, in order.
/// When the sync fails, what the group saved is not known to be on the disk: answered 500 and
/// shown as not saved, as a failed write is.
fn commit(
    group: &mut Vec<Held>,
    save: Option<&SaveFile>,
    answer_now: &impl Fn(Request, u16),
    next: &Queue<Event>,
    tally: &mut Tally,
) {
    if group.is_empty() {
        return;
    }
    let synced = save.map_or(Ok(()), SaveFile::sync);
    if let (Err(e), Some(save)) = (&synced, save) {
        next.push(Event::Note(format!(
            "could not sync {}: {e}; the {} callbacks waiting for it are answered 500 (their lines may not be on the disk)",
            save.path().display(),
            group.len()
        )));
    }
    for mut held in group.drain(..) {
        if synced.is_err() && held.saved {
            held.status = 500;
            if let Some(callback) = &mut held.callback {
                tally.unsaved += 1;
                callback.mark_unsaved();
            }
        }
        held.release(answer_now, next);
    }
}

/// Saving that fails (a full disk) is said once when it starts, and once when it works again
/// with how many were lost: not once per callback, which would flood the notes.
#[derive(Default)]
struct Failing {
    since: Option<u64>,
    lost: u64,
}

impl Failing {
    /// Notes what `appended` says; true when the callback is on disk.
    fn after(&mut self, appended: Appended, seq: u64, next: &Queue<Event>) -> bool {
        match appended {
            Appended::SavedAfterReopen(note) => {
                next.push(Event::Note(note));
                self.saved(seq, next)
            }
            Appended::Saved => self.saved(seq, next),
            Appended::Failed(why) => {
                if self.since.is_none() {
                    self.since = Some(seq);
                    next.push(Event::Note(format!(
                        "could not save callback {seq}: {why}; it and every callback until saving works again are answered 500"
                    )));
                }
                self.lost += 1;
                false
            }
        }
    }

    /// A callback saved: when saving had been failing, says it works again, and what was lost.
    fn saved(&mut self, seq: u64, next: &Queue<Event>) -> bool {
        if let Some(since) = self.since.take() {
            next.push(Event::Note(format!(
                "saving works again from callback {seq}: {} callbacks from {since} on were not saved (answered 500)",
                std::mem::take(&mut self.lost)
            )));
        }
        true
    }
}

/// Answers 413 (the body was not read), and says so: nothing over the limit is saved.
fn reject_too_large(request: Request, claimed: Option<u64>, max: u64, next: &Queue<Event>) {
    let size = match claimed {
        Some(len) => format!("body of {len} bytes"),
        None => "chunked body".to_string(),
    };
    let note = format!(
        "{} {}: {size} is over --max-body {max}; answered 413, not saved",
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
/// Every delay is the same, so the queue is in due order. Dropping it (the receiver is
/// stopping) answers what is still held back at once, then returns.
struct Delayer {
    queue: Option<SyncSender<(Instant, Request, &'static [u8])>>,
    thread: Option<thread::JoinHandle<()>>,
    stopping: Arc<AtomicBool>,
}

impl Delayer {
    fn start() -> Delayer {
        let (queue, rx): (_, Receiver<(Instant, Request, &'static [u8])>) = sync_channel(65_536);
        let stopping = Arc::new(AtomicBool::new(false));
        let stop = stopping.clone();
        let thread = thread::spawn(move || {
            for (due, request, bytes) in rx {
                // Parked until due; `drop` wakes it to answer everything now.
                while !stop.load(Ordering::Acquire) && Instant::now() < due {
                    thread::park_timeout(due.saturating_duration_since(Instant::now()));
                }
                answer(request, bytes);
            }
        });
        Delayer {
            queue: Some(queue),
            thread: Some(thread),
            stopping,
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
        self.stopping.store(true, Ordering::Release);
        drop(self.queue.take());
        if let Some(thread) = self.thread.take() {
            thread.thread().unpark();
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::merged_headers;

    #[test]
    fn repeated_headers_join_in_the_first_place_and_order_is_kept() {
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let merged = merged_headers(
            pairs(&[("b", "1"), ("a", "x"), ("b", "2"), ("c", "z"), ("b", "3")]).into_iter(),
        );
        assert_eq!(merged, pairs(&[("b", "1, 2, 3"), ("a", "x"), ("c", "z")]));
        assert!(merged_headers(std::iter::empty()).is_empty());
    }
}
