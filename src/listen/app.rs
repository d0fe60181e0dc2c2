//! `--answer-from-app`: the answer to each callback is the app's. The callback is saved first,
//! then forwarded (to the app its event routes to); the app's status, headers (but hop-by-hop
//! ones) and body go back to the sender: 502 when the app cannot be reached, 504 when it does not
//! answer within `--app-timeout`. Each callback waits on a thread of its own, so a slow app
//! delays only its own callback's answer, never another's, nor the loop that saves them. What
//! the app answered is shown as `--forward-to` shows it.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use tiny_http::{Header, Request, Response};

use super::forward::Forwarder;
use super::queue::Queue;
use super::{Callback, Event};
use crate::deliver::Delivery;
use crate::record::Record;

/// Callbacks waiting on the app at once; past it, one more is answered 503 at once.
const MAX_WAITING: usize = 256;
/// The most of the app's body passed back.
const MAX_BODY: u64 = 1 << 20;

pub struct AppAnswerer {
    forwarder: Arc<Forwarder>,
    waiting: Arc<AtomicUsize>,
    /// Where callbacks and the app's answers go on to be shown.
    next: Arc<Queue<Event>>,
    /// `--json` and `--ui`: a callback is shown once the app answered, its line carrying the
    /// answer in `forward` (as `--forward-to` does). For people it is shown at once, and the
    /// answer follows on a line of its own.
    wait_to_show: bool,
}

/// A callback handed to the app, and what becomes of it once the app answered.
pub enum Handed {
    /// Shown then, its line carrying the answer.
    ShowAfter(Callback),
    /// Shown already: the answer follows on a line of its own.
    ShownBefore(Record),
    /// Not shown (`--events`): only answered.
    Hidden(Record),
}

impl AppAnswerer {
    pub fn new(forwarder: Forwarder, next: Arc<Queue<Event>>, wait_to_show: bool) -> AppAnswerer {
        AppAnswerer {
            forwarder: Arc::new(forwarder),
            waiting: Arc::new(AtomicUsize::new(0)),
            next,
            wait_to_show,
        }
    }

    /// Whether a callback with this event goes to an app (else listen answers it itself).
    pub fn takes(&self, event: Option<&str>) -> bool {
        self.forwarder.takes(event)
    }

    /// Hands a callback over: one that is shown waits for the app's answer, or is shown now and
    /// a copy goes to the app (see [`AppAnswerer::wait_to_show`]); one that is not shown goes as
    /// it is.
    pub fn hand(&self, shown: Option<Callback>, hidden: Option<Record>) -> Option<Handed> {
        match (shown, hidden) {
            (Some(callback), _) if self.wait_to_show => Some(Handed::ShowAfter(callback)),
            (Some(callback), _) => {
                let record = (*callback.record).clone();
                self.next.push(Event::Callback(callback));
                Some(Handed::ShownBefore(record))
            }
            (None, hidden) => hidden.map(Handed::Hidden),
        }
    }

    /// Forwards the callback (as `--forward-to` does) and answers `request` with what the app
    /// answered, on a thread of its own.
    pub fn answer(&self, request: Request, handed: Handed) {
        let (forwarder, waiting, next) = (
            self.forwarder.clone(),
            self.waiting.clone(),
            self.next.clone(),
        );
        if waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            waiting.fetch_sub(1, Ordering::SeqCst);
            let _ = request.respond(
                Response::from_string(format!(
                    "bchook: {MAX_WAITING} callbacks are waiting on the app already\n"
                ))
                .with_status_code(503),
            );
            if let Handed::ShowAfter(callback) = handed {
                next.push(Event::Callback(callback));
            }
            return;
        }
        thread::spawn(move || {
            let record = match &handed {
                Handed::ShowAfter(callback) => &*callback.record,
                Handed::ShownBefore(record) | Handed::Hidden(record) => record,
            };
            // Taken when it was handed over (routes do not change), so always Some.
            let Some(answer) = forwarder.exchange(record, MAX_BODY) else {
                let _ = request.respond(Response::empty(500));
                waiting.fetch_sub(1, Ordering::SeqCst);
                return;
            };
            let _ = request.respond(response(&answer.delivery, answer.headers, answer.body));
            waiting.fetch_sub(1, Ordering::SeqCst);
            match handed {
                Handed::ShowAfter(mut callback) => {
                    callback.record_mut().forward = Some(answer.delivery);
                    next.push(Event::Callback(callback));
                }
                Handed::ShownBefore(record) => {
                    next.push(Event::Forwarded {
                        seq: record.seq,
                        delivery: answer.delivery,
                    });
                }
                Handed::Hidden(_) => {}
            }
        });
    }
}

/// The app's answer as the sender gets it; 504 for no answer in time, 502 for any other failure.
fn response(
    d: &Delivery,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let Some(status) = d.status else {
        let (status, said) = match d.cause {
            Some("timeout") => (504, "the app did not answer in time"),
            _ => (502, "the app could not be reached"),
        };
        let error = d.error.as_deref().unwrap_or_default();
        return Response::from_string(format!("bchook: {said}: {error}\n"))
            .with_status_code(status);
    };
    let mut response = Response::from_data(body).with_status_code(status);
    for (name, value) in headers {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    response
}
