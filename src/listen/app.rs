//! `--answer-from-app`: the answer to each callback is the app's. The callback is saved first,
//! then forwarded (to the app its event routes to); the app's status, headers (but hop-by-hop
//! ones) and body go back to the sender: 502 when the app cannot be reached, 504 when it does not
//! answer within `--app-timeout`. Each callback waits on a thread of its own, so a slow app
//! delays only its own callback's answer, never another's, nor the loop that saves them.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use tiny_http::{Header, Request, Response};

use super::Event;
use super::forward::Routes;
use super::queue::Queue;
use crate::deliver::{Deliverer, Delivery, join};

/// Callbacks waiting on the app at once; past it, one more is answered 503 at once.
const MAX_WAITING: usize = 256;
/// The most of the app's body passed back.
const MAX_BODY: u64 = 1 << 20;

/// What is sent to the app for one callback.
pub struct AppJob {
    pub seq: u64,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

pub struct AppAnswerer {
    deliverer: Arc<Deliverer>,
    routes: Routes,
    waiting: Arc<AtomicUsize>,
    /// Where the app's answer is shown (for people; a `--json` line is written before it).
    next: Option<Arc<Queue<Event>>>,
}

impl AppAnswerer {
    pub fn new(routes: Routes, timeout: Duration, next: Option<Arc<Queue<Event>>>) -> AppAnswerer {
        AppAnswerer {
            deliverer: Arc::new(Deliverer::new(timeout)),
            routes,
            waiting: Arc::new(AtomicUsize::new(0)),
            next,
        }
    }

    /// Whether a callback with this event goes to an app (else listen answers it itself).
    pub fn takes(&self, event: Option<&str>) -> bool {
        self.routes.route(event).is_some()
    }

    /// Forwards the callback and answers `request` with what the app answered, on a thread of
    /// its own.
    pub fn answer(&self, request: Request, job: AppJob, event: Option<&str>) {
        let Some(target) = self.routes.route(event) else {
            let _ = request.respond(Response::empty(500));
            return;
        };
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            let _ = request.respond(
                Response::from_string(format!(
                    "bchook: {MAX_WAITING} callbacks are waiting on the app already\n"
                ))
                .with_status_code(503),
            );
            return;
        }
        let url = join(target, &job.path, job.query.as_deref());
        let (deliverer, waiting, next) = (
            self.deliverer.clone(),
            self.waiting.clone(),
            self.next.clone(),
        );
        thread::spawn(move || {
            let (delivery, headers, body) =
                deliverer.exchange(&job.method, &url, &job.headers, job.body, MAX_BODY);
            let _ = request.respond(response(&delivery, headers, body));
            waiting.fetch_sub(1, Ordering::SeqCst);
            if let Some(next) = next {
                next.push(Event::Forwarded {
                    seq: job.seq,
                    delivery,
                });
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
