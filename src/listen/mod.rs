//! `bchook listen`: a local receiver. One thread answers (server.rs); stages follow it, each on
//! its own thread behind a bounded queue, so none can slow an answer down: the forwarder
//! (`--forward-to`), the expander (`--expand`), and the printer.

mod app;
mod duplicates;
pub mod forward;
mod print;
mod queue;
mod save;
mod server;
mod ui;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

pub use print::{Style, entity, header_line};

use crate::deliver::Delivery;
use crate::error::Error;
use crate::glob::EventFilter;
use crate::platform::verify::Verifier;
use crate::record::Record;
use queue::Queue;
use save::SaveFile;

/// Callbacks waiting to be printed (or forwarded) before newer ones are only saved, in count
/// and in bytes (bodies up to --max-body each).
const QUEUE: usize = 10_000;
const QUEUE_BYTES: usize = 16 << 20;

pub struct Options {
    pub host: String,
    pub port: u16,
    pub status: u16,
    pub delay: Duration,
    pub save: Option<PathBuf>,
    pub forward_to: Option<forward::Routes>,
    pub count: Option<u64>,
    pub timeout: Option<Duration>,
    pub verifier: Verifier,
    pub events: EventFilter,
    /// `--expand`: fetches each callback's entity before it is printed.
    pub expander: Option<Box<dyn Enrich>>,
    /// `--ui`: the inspector page's token.
    pub ui_token: Option<String>,
    /// The secret callbacks are verified with: the page's replay signs with it afresh.
    pub secret: Option<crate::secret::Secret>,
    pub max_body: u64,
    /// `--fsync`: an answer waits for its line to reach the disk.
    pub fsync: bool,
    /// `--answer-from-app`: the app's answer is the answer, waited for this long.
    pub answer_from_app: Option<Duration>,
    pub style: print::Style,
    /// What is in effect, said under "Listening on" (saving, checks, the answer, forwarding).
    pub banner: Vec<String>,
    /// Whether to say how to put the port behind a tunnel (not when one is given already).
    pub tunnel_advice: bool,
}

/// What listen answers each callback, in a few words, for the banner and the page: `200`,
/// `202 after 2 s`, or with `--answer-from-app` `the app's answer`.
pub fn answering(status: u16, delay: Duration, from_app: bool) -> String {
    match (from_app, delay.is_zero()) {
        (true, _) => "the app's answer".to_string(),
        (false, true) => status.to_string(),
        (false, false) => format!("{status} after {}", crate::time::human(delay)),
    }
}

/// What flows from the answering loop to the printer.
pub enum Event {
    Callback(Callback),
    Note(String),
    /// What the `--forward-to` app answered to callback `seq`, printed on its own line (for
    /// people; `--json` lines carry it in `forward`).
    Forwarded {
        seq: u64,
        delivery: Delivery,
    },
}

/// A callback on its way to the printer, with its NDJSON line when the answering loop built one
/// (to save it, or to print it with `--json`). The line always says what the record says: a
/// stage that adds to the record (`forward`, `entity`) goes through [`Callback::record_mut`],
/// which drops it, and the printer builds it again.
pub struct Callback {
    record: Box<Record>,
    line: Option<Vec<u8>>,
    /// On disk in the --save file.
    saved: bool,
}

impl Callback {
    pub fn new(record: Record, line: Option<Vec<u8>>, saved: bool) -> Callback {
        Callback {
            record: Box::new(record),
            line,
            saved,
        }
    }

    /// It could not be saved (a write or a sync failed): its line says `"saved": false`, and the
    /// printer writes it again.
    fn mark_unsaved(&mut self) {
        self.record.unsaved = true;
        self.line = None;
        self.saved = false;
    }

    fn record_mut(&mut self) -> &mut Record {
        self.line = None;
        &mut self.record
    }
}

impl queue::Item for Event {
    fn bytes(&self) -> usize {
        match self {
            Event::Callback(c) => {
                let headers: usize = c
                    .record
                    .headers
                    .iter()
                    .map(|(k, v)| k.len() + v.len())
                    .sum();
                c.record.body.raw().len() + c.line.as_ref().map_or(0, Vec::len) + headers + 512
            }
            Event::Note(note) => note.len(),
            Event::Forwarded { delivery, .. } => 64 + delivery.body.as_ref().map_or(0, String::len),
        }
    }

    fn is_note(&self) -> bool {
        matches!(self, Event::Note(_) | Event::Forwarded { .. })
    }

    fn is_saved(&self) -> bool {
        matches!(self, Event::Callback(c) if c.saved)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Ctrl-C or SIGTERM.
    Stopped,
    CountReached,
    TimedOut,
}

pub struct Report {
    pub outcome: Outcome,
    pub tally: server::Tally,
}

/// How long stopping waits for the `--forward-to` app to take what is queued for it.
const FORWARD_GRACE: Duration = Duration::from_secs(3);
/// How long the `--forward-to` app has to answer a callback.
const FORWARD_TIMEOUT: Duration = Duration::from_secs(30);

/// Ctrl-C (or SIGTERM) once: stop taking callbacks and finish cleanly. Twice: finish now, waiting
/// for nothing (the caller still removes its `--subscribe` hooks).
#[derive(Default)]
pub struct Stop {
    pub requested: AtomicBool,
    pub hurry: AtomicBool,
}

impl Stop {
    pub fn requested(&self) -> bool {
        self.requested.load(Ordering::Relaxed)
    }

    fn hurry(&self) -> bool {
        self.hurry.load(Ordering::Relaxed)
    }
}

/// A receiver with everything that can fail done: the save file locked and its last line read,
/// what the page shows of it read, the port bound. What comes after (`run`) cannot fail, so a
/// caller can create `--subscribe` hooks between the two and know they will be cleaned up.
pub struct Receiver {
    opts: Options,
    save: Option<SaveFile>,
    server: tiny_http::Server,
    addr: String,
    inspector: Option<Arc<ui::Ui>>,
}

impl Receiver {
    pub fn bind(mut opts: Options) -> Result<Receiver, Error> {
        raise_open_files_limit();
        let (mut save, note) = match opts.save.as_deref() {
            Some(path) => {
                let (save, note) = SaveFile::open(path)?;
                (Some(save), note)
            }
            None => (None, None),
        };
        if let Some(note) = note {
            eprintln!("note: {note}");
        }
        // What the page shows of the file: its newest lines only, read from the end before a
        // connection is taken (a 1 GB file took 3.3 GB and 10 s read whole, while connections
        // waited).
        let earlier = match (&opts.ui_token, &mut save) {
            (Some(_), Some(save)) => save.newest(ui::KEEP)?,
            _ => Vec::new(),
        };
        let limits = tiny_http::Limits {
            max_body: opts.max_body,
            ..tiny_http::Limits::default()
        };
        let server = tiny_http::Server::http_with_limits((opts.host.as_str(), opts.port), limits)
            .map_err(|e| {
                Error::other(format!("cannot listen on {}:{}: {e}", opts.host, opts.port)).hint(
                    "if another program has that port, pick another with --port, or --port 0 for any free one",
                )
            })?;
        let addr = server
            .server_addr()
            .to_ip()
            .map(|a| a.to_string())
            .unwrap_or_else(|| format!("{}:{}", opts.host, opts.port));
        let inspector = opts.ui_token.take().map(|token| {
            Arc::new(ui::Ui::new(
                token,
                &addr,
                answering(opts.status, opts.delay, opts.answer_from_app.is_some()),
                opts.secret.clone(),
                opts.forward_to.clone(),
                opts.save.as_deref(),
                &earlier,
            ))
        });
        Ok(Receiver {
            opts,
            save,
            server,
            addr,
            inspector,
        })
    }

    /// Takes callbacks until stopped, `--count` is reached or `--timeout` passes.
    pub fn run(self, stop: &Stop) -> Report {
        let Receiver {
            mut opts,
            save,
            server,
            addr,
            inspector,
        } = self;
        eprintln!("Listening on http://{addr}");
        if opts.style.json {
            // For scripts, with --port 0 above all: one line of JSON to read the URL from.
            eprintln!(
                "{}",
                serde_json::json!({"listening": format!("http://{addr}")})
            );
        }
        for line in &opts.banner {
            eprintln!("  {line}");
        }
        if opts.tunnel_advice {
            eprintln!(
                "BigCommerce needs a public https URL: expose this port with a tunnel (e.g. `cloudflared tunnel --url http://{addr}`) and subscribe that URL."
            );
        }
        eprintln!("Ctrl-C stops.");
        if let Some(ui) = &inspector {
            eprintln!("Inspector page: {}", ui.url());
        }
        let (to_ui, ui_thread) = match &inspector {
            Some(ui) => {
                let (tx, rx) = std::sync::mpsc::sync_channel::<tiny_http::Request>(256);
                let ui = ui.clone();
                (
                    Some(tx),
                    Some(thread::spawn(move || {
                        rx.into_iter().for_each(|r| ui.serve(r))
                    })),
                )
            }
            None => (None, None),
        };

        // The stages after the answering loop, built from the printer back: each takes
        // callbacks from its own queue and hands them on, in order: forward, expand, print (and
        // keep for the page).
        let to_print = Arc::new(Queue::new(QUEUE, QUEUE_BYTES));
        let printer = spawn_printer(to_print.clone(), opts.style.clone(), inspector.clone());
        let mut stages: Vec<Stage> = Vec::new();
        let mut next = to_print.clone();
        if let Some(expander) = opts.expander.take() {
            let queue = Arc::new(Queue::new(QUEUE, QUEUE_BYTES));
            stages.push(Stage {
                thread: spawn_expander(queue.clone(), expander, next),
                queue: queue.clone(),
                held: None,
                what: "were not expanded or printed",
            });
            next = queue;
        }
        // With --answer-from-app the answering forwards each callback itself.
        if let Some(routes) = opts
            .forward_to
            .as_ref()
            .filter(|_| opts.answer_from_app.is_none())
        {
            let queue = Arc::new(Queue::new(QUEUE, QUEUE_BYTES));
            let forwarder = forward::Forwarder::new(routes.clone(), FORWARD_TIMEOUT);
            let held = Arc::new(AtomicUsize::new(0));
            // For people, each callback is printed as it comes and the app's answer when it
            // comes. A `--json` line carries the answer, and so does the page's copy of it:
            // those wait for it.
            let (thread, what) = match opts.style.json || inspector.is_some() {
                true => (
                    spawn_forwarder(queue.clone(), forwarder, next, held.clone()),
                    "were not forwarded or printed",
                ),
                false => (
                    spawn_forwarder_behind(queue.clone(), forwarder, next, held.clone()),
                    "were not forwarded",
                ),
            };
            stages.push(Stage {
                thread,
                queue: queue.clone(),
                held: Some(held),
                what,
            });
            next = queue;
        }
        let app = match (opts.answer_from_app, &opts.forward_to) {
            (Some(timeout), Some(routes)) => Some(app::AppAnswerer::new(
                forward::Forwarder::new(routes.clone(), timeout),
                next.clone(),
                opts.style.json || inspector.is_some(),
            )),
            _ => None,
        };
        let (outcome, tally) = server::answer_loop(
            &server,
            &opts,
            save,
            &next,
            to_ui.as_ref(),
            app.as_ref(),
            stop,
        );
        // No new connection from here; those in flight were answered by the loop.
        drop(server);
        drop(to_ui);
        if let Some(thread) = ui_thread {
            let _ = thread.join();
        }
        // Each stage drains what it holds, then ends, from the first to the printer. The app
        // gets a few seconds; past them (or at a second Ctrl-C) what it has not taken is left.
        for stage in stages.into_iter().rev() {
            stage.queue.close();
            let deadline = Instant::now() + FORWARD_GRACE;
            while !stage.thread.is_finished() && !stop.hurry() && Instant::now() < deadline {
                thread::sleep(Duration::from_millis(10));
            }
            if stage.thread.is_finished() {
                let _ = stage.thread.join();
                continue;
            }
            let held = stage.held.as_ref().map_or(0, |n| n.load(Ordering::Relaxed));
            eprintln!(
                "note: {} callbacks {} (all that were answered 2xx are saved): stopping",
                stage.queue.len() + held,
                stage.what
            );
            break;
        }
        to_print.close();
        while !printer.is_finished() && !stop.hurry() {
            thread::sleep(Duration::from_millis(10));
        }
        Report { outcome, tally }
    }
}

/// A stage after the answering loop, as stopping sees it.
struct Stage {
    queue: Arc<Queue<Event>>,
    thread: thread::JoinHandle<()>,
    /// Callbacks the stage has taken from its queue and not passed on yet, when it counts them.
    held: Option<Arc<AtomicUsize>>,
    /// What became of those it could not finish: "were not forwarded".
    what: &'static str,
}

/// Each open connection holds a file descriptor, and the usual soft limit (1,024) is reached by
/// a few hundred slow senders; the hard limit is the one that was meant. Failing to raise it is
/// not worth stopping for: accepting backs off and goes on when descriptors run out.
fn raise_open_files_limit() {
    #[cfg(unix)]
    // SAFETY: getrlimit and setrlimit only read and write the struct passed to them.
    unsafe {
        let mut limit = std::mem::zeroed::<libc::rlimit>();
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

/// The last stage: prints each callback, then hands its line to the inspector page, if any
/// (moved, not copied: a stage of its own for the page, copying, cost a tenth of the
/// throughput).
fn spawn_printer(
    queue: Arc<Queue<Event>>,
    style: Style,
    ui: Option<Arc<ui::Ui>>,
) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let stdout = std::io::stdout();
        while let Some(batch) = queue.next_batch() {
            let dropped = batch.dropped;
            if dropped.callbacks > 0 {
                eprintln!(
                    "note: {} callbacks were not printed ({}): the terminal fell behind",
                    dropped.callbacks,
                    dropped.saved_part()
                );
            }
            if dropped.notes > 0 {
                eprintln!(
                    "note: {} notes and app answers were not printed: the terminal fell behind",
                    dropped.notes
                );
            }
            let mut out = std::io::BufWriter::new(stdout.lock());
            for event in batch.items {
                match event {
                    Event::Callback(Callback { record, line, .. }) => {
                        // Built here when the answering loop did not (nothing is saved).
                        let line =
                            line.or_else(|| (style.json || ui.is_some()).then(|| record.to_line()));
                        // A closed stdout must not stop the receiver: everything is still saved.
                        let _ = match &line {
                            Some(line) if style.json => out.write_all(line),
                            _ => print::callback(&mut out, &style, &record),
                        };
                        if let (Some(ui), Some(line)) = (&ui, line) {
                            ui.keep(record.seq, line);
                        }
                    }
                    Event::Note(note) => {
                        let _ = out.flush();
                        eprintln!("note: {}", crate::output::visible(&note));
                    }
                    Event::Forwarded { seq, delivery } => {
                        let _ = print::forwarded(&mut out, seq, &delivery);
                    }
                }
            }
            let _ = out.flush();
        }
    })
}

/// The callbacks of a batch, for a stage to add to in place.
fn callbacks(items: &mut [Event]) -> impl Iterator<Item = &mut Record> {
    items.iter_mut().filter_map(|event| match event {
        Event::Callback(callback) => Some(callback.record_mut()),
        Event::Note(_) | Event::Forwarded { .. } => None,
    })
}

/// Runs a stage on a thread of its own: it takes batches from `queue`, lets `work` change
/// their callbacks, and hands everything on to `next` in order. When the queue overflowed,
/// a note says how many callbacks `lost` describes.
fn spawn_stage(
    queue: Arc<Queue<Event>>,
    next: Arc<Queue<Event>>,
    lost: &'static str,
    mut work: impl FnMut(&mut [Event], &Queue<Event>) + Send + 'static,
) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        while let Some(batch) = queue.next_batch() {
            report_dropped(batch.dropped, lost, &next);
            let mut items = batch.items;
            work(&mut items, &next);
            for event in items {
                next.push(event);
            }
        }
    })
}

/// Says on `next` what a stage's queue dropped while it fell behind: how many callbacks, `lost`
/// (what became of them), and whether they are saved.
fn report_dropped(dropped: queue::Dropped, lost: &str, next: &Queue<Event>) {
    if dropped.callbacks > 0 {
        next.push(Event::Note(format!(
            "{} callbacks {lost} ({})",
            dropped.callbacks,
            dropped.saved_part()
        )));
    }
    if dropped.notes > 0 {
        next.push(Event::Note(format!(
            "{} notes were lost as well",
            dropped.notes
        )));
    }
}

/// For people: each callback goes on to be printed at once, and a copy to a worker that
/// forwards it, so a slow or hanging app never holds printing up; the app's answer follows as
/// its own event. `left` counts what the worker holds, for stopping to say.
fn spawn_forwarder_behind(
    queue: Arc<Queue<Event>>,
    forwarder: forward::Forwarder,
    next: Arc<Queue<Event>>,
    left: Arc<AtomicUsize>,
) -> thread::JoinHandle<()> {
    let jobs: Arc<Queue<Event>> = Arc::new(Queue::new(QUEUE, QUEUE_BYTES));
    let worker = {
        let (jobs, next, left) = (jobs.clone(), next.clone(), left.clone());
        thread::spawn(move || {
            while let Some(batch) = jobs.next_batch() {
                report_dropped(
                    batch.dropped,
                    "were not forwarded: the app fell behind",
                    &next,
                );
                for event in batch.items {
                    if let Event::Callback(job) = event {
                        let delivery = forwarder.forward(&job.record);
                        left.fetch_sub(1, Ordering::Relaxed);
                        next.push(Event::Forwarded {
                            seq: job.record.seq,
                            delivery,
                        });
                    }
                }
            }
        })
    };
    thread::spawn(move || {
        while let Some(batch) = queue.next_batch() {
            // Its own queue drops too (rarely: it only copies).
            report_dropped(batch.dropped, "were not forwarded or printed", &next);
            for event in batch.items {
                if let Event::Callback(callback) = &event {
                    let copy = Callback::new((*callback.record).clone(), None, callback.saved);
                    if jobs.push(Event::Callback(copy)) {
                        left.fetch_add(1, Ordering::Relaxed);
                    }
                }
                next.push(event);
            }
        }
        jobs.close();
        let _ = worker.join();
    })
}

/// A stage the receiver is handed (`--expand` is one): it adds to the callbacks of a batch in
/// place, on its own thread, before they are printed, and says how many it had to leave
/// without what it adds. The receiver knows nothing of what it does (the API, an entity).
pub trait Enrich: Send {
    fn enrich(&mut self, records: &mut [&mut Record]) -> usize;
}

fn spawn_expander(
    queue: Arc<Queue<Event>>,
    mut expander: Box<dyn Enrich>,
    next: Arc<Queue<Event>>,
) -> thread::JoinHandle<()> {
    let lost = "were not expanded or printed: fetching fell behind";
    spawn_stage(queue, next, lost, move |items, next| {
        let mut records: Vec<&mut Record> = callbacks(items).collect();
        let skipped = expander.enrich(&mut records);
        if skipped > 0 {
            next.push(Event::Note(format!(
                "{skipped} callbacks are printed without their entity: fetches fell behind"
            )));
        }
    })
}

/// `left` counts the callbacks of the batch in hand not forwarded yet, for stopping to say.
fn spawn_forwarder(
    queue: Arc<Queue<Event>>,
    forwarder: forward::Forwarder,
    next: Arc<Queue<Event>>,
    left: Arc<AtomicUsize>,
) -> thread::JoinHandle<()> {
    let lost = "were not forwarded: the app fell behind";
    spawn_stage(queue, next, lost, move |items, _| {
        let mut records: Vec<&mut Record> = callbacks(items).collect();
        left.store(records.len(), Ordering::Relaxed);
        for record in records.iter_mut() {
            record.forward = Some(forwarder.forward(record));
            left.fetch_sub(1, Ordering::Relaxed);
        }
    })
}
