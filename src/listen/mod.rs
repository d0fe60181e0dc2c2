//! `bchook listen`: a local receiver. One thread answers (server.rs); a forwarder (optional)
//! and a printer follow it through bounded queues, so neither can slow an answer down.

mod forward;
mod inspect;
mod print;
mod record;
mod server;
pub mod signature;

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;
use std::time::Duration;

use crate::error::Error;
use record::Record;
use signature::Verifier;

/// Callbacks waiting to be printed (or forwarded) before newer ones are only saved.
const QUEUE: usize = 10_000;

pub struct Options {
    pub host: String,
    pub port: u16,
    pub status: u16,
    pub delay: Duration,
    pub save: Option<PathBuf>,
    pub forward_to: Option<reqwest::Url>,
    pub count: Option<u64>,
    pub timeout: Option<Duration>,
    pub verifier: Verifier,
    pub events: Vec<String>,
    pub max_body: u64,
    pub style: print::Style,
}

pub use print::Style;

/// What flows from the answering loop to the printer.
pub enum Event {
    Callback(Box<Record>, Option<Vec<u8>>),
    Note(String),
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
    pub received: u64,
    pub by_event: BTreeMap<String, u64>,
}

pub fn run(opts: Options, stop: &AtomicBool) -> Result<Report, Error> {
    let save = opts.save.as_ref().map(open_save_file).transpose()?;
    let server = tiny_http::Server::http((opts.host.as_str(), opts.port)).map_err(|e| {
        Error::Other(format!(
            "cannot listen on {}:{}: {e}\nhint: if another program has that port, pick another with --port, or --port 0 for any free one",
            opts.host, opts.port
        ))
    })?;
    let addr = server
        .server_addr()
        .to_ip()
        .map(|a| a.to_string())
        .unwrap_or_else(|| format!("{}:{}", opts.host, opts.port));
    eprintln!("Listening on http://{addr}");
    eprintln!(
        "BigCommerce needs a public https URL: expose this port with a tunnel (e.g. `cloudflared tunnel --url http://{addr}`) and subscribe that URL. Ctrl-C stops."
    );

    let (print_tx, print_rx) = sync_channel(QUEUE);
    let printer = spawn_printer(print_rx, opts.style);
    let (next, forwarder) = match &opts.forward_to {
        Some(url) => {
            let (tx, rx) = sync_channel(QUEUE);
            (
                tx,
                Some(spawn_forwarder(
                    rx,
                    forward::Forwarder::new(url.clone()),
                    print_tx,
                )),
            )
        }
        None => (print_tx, None),
    };
    let (outcome, tally) = server::answer_loop(&server, &opts, save, next, stop);
    // The loop dropped its sender: the stages drain what they hold, then end.
    if let Some(forwarder) = forwarder {
        let _ = forwarder.join();
    }
    let _ = printer.join();
    Ok(Report {
        outcome,
        received: tally.received,
        by_event: tally.by_event,
    })
}

fn open_save_file(path: &PathBuf) -> Result<File, Error> {
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| {
            Error::Usage(format!(
                "cannot open the --save file {}: {e}",
                path.display()
            ))
        })
}

fn spawn_printer(rx: Receiver<Event>, style: Style) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let stdout = std::io::stdout();
        for event in rx {
            match event {
                Event::Callback(record, line) => {
                    let mut out = stdout.lock();
                    // A closed stdout must not stop the receiver: everything is still saved.
                    let _ = print::callback(&mut out, &style, &record, line.as_deref())
                        .and_then(|_| out.flush());
                }
                Event::Note(note) => eprintln!("note: {note}"),
            }
        }
    })
}

fn spawn_forwarder(
    rx: Receiver<Event>,
    forwarder: forward::Forwarder,
    printer: SyncSender<Event>,
) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        for event in rx {
            let event = match event {
                Event::Callback(mut record, _) => {
                    record.forward = Some(forwarder.forward(&record));
                    Event::Callback(record, None)
                }
                note => note,
            };
            let _ = printer.send(event);
        }
    })
}
