//! `simulate`: callbacks delivered to a handler as BigCommerce would, under its documented rules
//! (`crate::delivery`), with its own times divided by `--speed`, so two days of retries take a
//! minute. Callbacks fire at `--rate` for `--duration` (real time); workers deliver what is due
//! while the domain is not blocked, so a slow handler never slows the firing.

use std::cmp::Ordering as CmpOrdering;
use std::collections::BinaryHeap;
use std::io::IsTerminal;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;

use super::Context;
use crate::cli::SimulateArgs;
use crate::deliver::{Deliverer, handler_url};
use crate::delivery::{Domain, retry_after};
use crate::error::Error;
use crate::listen::signature::standard_webhooks_key;
use crate::output::{print_json, write_stdout};
use crate::payload::{Store, bigcommerce, data_for};
use crate::scopes;
use crate::time::unix;

/// A callback waiting for its next attempt.
struct Pending {
    /// Simulated seconds.
    due: f64,
    headers: Arc<Vec<(String, String)>>,
    body: Arc<Vec<u8>>,
    failures: usize,
    first_attempt: Option<f64>,
}

impl PartialEq for Pending {
    fn eq(&self, other: &Self) -> bool {
        self.due == other.due
    }
}
impl Eq for Pending {}
impl PartialOrd for Pending {
    fn partial_cmp(&self, other: &Self) -> Option<CmpOrdering> {
        Some(self.cmp(other))
    }
}
/// The earliest due first (a max-heap of reversed times).
impl Ord for Pending {
    fn cmp(&self, other: &Self) -> CmpOrdering {
        other.due.total_cmp(&self.due)
    }
}

#[derive(Default)]
struct Stats {
    sent: u64,
    delivered: u64,
    failed_attempts: u64,
    retried: u64,
    undelivered: u64,
    max_lateness: f64,
    /// Answer times in ms, bucketed (the last bucket: 60 s and more), so memory stays flat.
    latency: Vec<u64>,
}

struct State {
    queue: BinaryHeap<Pending>,
    in_flight: usize,
    firing_done: bool,
    domain: Domain,
    deactivated_at: Option<f64>,
    stats: Stats,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
    started: Instant,
    speed: f64,
}

impl Shared {
    /// Simulated seconds since the start.
    fn now(&self) -> f64 {
        self.started.elapsed().as_secs_f64() * self.speed
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

const LATENCY_BUCKETS: usize = 60_001;

pub fn simulate(ctx: &Context, args: &SimulateArgs) -> Result<(), Error> {
    for (flag, value) in [
        ("--rate", args.rate),
        ("--duration", args.duration),
        ("--speed", args.speed),
    ] {
        if !(value.is_finite() && value > 0.0) {
            return Err(Error::usage(format!(
                "{flag} must be a number above 0, not {value}"
            )));
        }
    }
    let to = handler_url("--to", &args.to).map_err(Error::usage)?;
    let exceptions_to = args
        .exceptions_to
        .as_deref()
        .map(|u| handler_url("--exceptions-to", u).map_err(Error::usage))
        .transpose()?;
    let scopes_used: Vec<scopes::Scope> = args
        .scopes
        .iter()
        .map(|s| {
            scopes::find(s)
                .filter(|e| !e.is_wildcard() && !e.is_templated())
                .ok_or_else(|| {
                    Error::usage(format!("{s} is not a concrete scope bchook can send"))
                        .hint(scopes::suggestion(s))
                })
        })
        .collect::<Result<_, _>>()?;
    let key = ctx
        .signing_secret(args.secret.as_ref())?
        .map(|s| standard_webhooks_key(s.expose()).map_err(Error::usage))
        .transpose()?;
    let store_hash = ctx
        .settings
        .store_hash
        .as_ref()
        .map_or("abc123".to_string(), |s| s.value.clone());

    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            queue: BinaryHeap::new(),
            in_flight: 0,
            firing_done: false,
            domain: Domain::default(),
            deactivated_at: None,
            stats: Stats {
                latency: vec![0; LATENCY_BUCKETS],
                ..Stats::default()
            },
        }),
        changed: Condvar::new(),
        started: Instant::now(),
        speed: args.speed,
    });
    let deliverer = Arc::new(Deliverer::new(args.timeout));

    let firing = {
        let (shared, rate, duration) = (shared.clone(), args.rate, args.duration);
        let store = store_hash.clone();
        thread::spawn(move || {
            let started = Instant::now();
            for n in 0u64.. {
                let at = Duration::from_secs_f64(n as f64 / rate);
                if at.as_secs_f64() >= duration {
                    break;
                }
                thread::sleep(at.saturating_sub(started.elapsed()));
                let scope = &scopes_used[n as usize % scopes_used.len()];
                let data = data_for(scope, Some(1 + n), None);
                let store = Store {
                    hash: &store,
                    id: "1025646",
                    beta_2013: false,
                };
                let now = unix(SystemTime::now());
                let callback = bigcommerce(scope.name, &store, &data, now, key.as_deref(), n);
                let mut state = shared.lock();
                if state.deactivated_at.is_some() {
                    break;
                }
                state.stats.sent += 1;
                let due = shared.now();
                state.queue.push(Pending {
                    due,
                    headers: Arc::new(callback.headers),
                    body: Arc::new(callback.body),
                    failures: 0,
                    first_attempt: None,
                });
                shared.changed.notify_one();
            }
            shared.lock().firing_done = true;
            shared.changed.notify_all();
        })
    };
    let workers: Vec<_> = (0..args.concurrency as usize)
        .map(|_| {
            let (shared, deliverer, to) = (shared.clone(), deliverer.clone(), to.clone());
            let exceptions = exceptions_to.clone().map(|url| (url, deliverer.clone()));
            thread::spawn(move || work(&shared, &deliverer, &to, exceptions.as_ref()))
        })
        .collect();
    let status = (std::io::stderr().is_terminal() && !ctx.json).then(|| {
        let shared = shared.clone();
        thread::spawn(move || status_line(&shared))
    });
    let _ = firing.join();
    for w in workers {
        let _ = w.join();
    }
    if let Some(status) = status {
        let _ = status.join();
        eprint!("\r{}\r", " ".repeat(100));
    }
    report(ctx, &shared)
}

/// One worker: takes what is due, delivers it, and applies the rules to the outcome.
fn work(
    shared: &Shared,
    deliverer: &Deliverer,
    to: &reqwest::Url,
    exceptions: Option<&(reqwest::Url, Arc<Deliverer>)>,
) {
    loop {
        let mut pending = {
            let mut state = shared.lock();
            loop {
                if state.deactivated_at.is_some() {
                    state.stats.undelivered += state.queue.len() as u64;
                    state.queue.clear();
                }
                if state.firing_done && state.queue.is_empty() && state.in_flight == 0 {
                    shared.changed.notify_all();
                    return;
                }
                let now = shared.now();
                let due = state.queue.peek().map(|p| p.due);
                match due {
                    Some(due) if due <= now && !state.domain.is_blocked(now) => {
                        state.in_flight += 1;
                        break state.queue.pop().expect("peeked");
                    }
                    _ => {
                        // Sleep until the next is due (real time), but look again soon.
                        let wait =
                            due.map_or(0.05, |d| ((d - now) / shared.speed).clamp(0.0005, 0.05));
                        state = shared
                            .changed
                            .wait_timeout(state, Duration::from_secs_f64(wait))
                            .unwrap_or_else(|e| e.into_inner())
                            .0;
                    }
                }
            }
        };
        let started = shared.now();
        if pending.failures > 0 {
            shared.lock().stats.retried += 1;
        }
        pending.first_attempt.get_or_insert(started);
        let delivery = deliverer.send("POST", to, &pending.headers, pending.body.to_vec());
        let mut exception = None;
        {
            let mut state = shared.lock();
            state.in_flight -= 1;
            let now = shared.now();
            let ok = delivery.is_success();
            if state.domain.record(now, ok) {
                exception = Some((
                    90003,
                    "the destination's domain is blocklisted for 3 minutes",
                ));
            }
            let ms = delivery.ms.min(LATENCY_BUCKETS as u64 - 1) as usize;
            state.stats.latency[ms] += 1;
            if ok {
                state.stats.delivered += 1;
                let late = now - pending.first_attempt.unwrap_or(now);
                state.stats.max_lateness = state.stats.max_lateness.max(late);
            } else {
                state.stats.failed_attempts += 1;
                pending.failures += 1;
                match retry_after(pending.failures) {
                    Some(delay) => {
                        if state.domain.take_90001(now) && exception.is_none() {
                            exception =
                                Some((90001, "a callback was not delivered and will be retried"));
                        }
                        pending.due = now + delay;
                        state.queue.push(pending);
                    }
                    None if state.deactivated_at.is_none() => {
                        state.deactivated_at = Some(now);
                        state.stats.undelivered += 1;
                        exception = Some((90002, "retries ran out: the hook is deactivated"));
                    }
                    None => state.stats.undelivered += 1,
                }
            }
            shared.changed.notify_all();
        }
        if let (Some((code, message)), Some((url, deliverer))) = (exception, exceptions) {
            let body = json!({"scope": "store/hook/deliveryException", "store_id": "1025646",
                "data": {"type": "webhook", "id": 1, "error_code": code, "message": message},
                "producer": "stores/abc123"});
            let headers = [("Content-Type".to_string(), "application/json".to_string())];
            deliverer.send("POST", url, &headers, body.to_string().into_bytes());
        }
    }
}

/// `sent 120  delivered 100  ratio 83%  retries pending 20  BLOCKLISTED  00:02:10 simulated`
fn status_line(shared: &Shared) {
    loop {
        let line = {
            let state = shared.lock();
            if state.firing_done && state.queue.is_empty() && state.in_flight == 0 {
                return;
            }
            let now = shared.now();
            format!(
                "sent {}  delivered {}  failed attempts {}  retries pending {}{}  {} simulated",
                state.stats.sent,
                state.stats.delivered,
                state.stats.failed_attempts,
                state.queue.iter().filter(|p| p.failures > 0).count(),
                if state.domain.is_blocked(now) {
                    "  BLOCKLISTED"
                } else {
                    ""
                },
                clock(now)
            )
        };
        eprint!("\r{line:<100}");
        thread::sleep(Duration::from_millis(250));
    }
}

/// `01:02:03`, hours unbounded.
fn clock(secs: f64) -> String {
    let s = secs as u64;
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

fn percentile(latency: &[u64], p: f64) -> Option<u64> {
    let total: u64 = latency.iter().sum();
    if total == 0 {
        return None;
    }
    let rank = ((total as f64 * p).ceil() as u64).max(1);
    let mut seen = 0;
    latency.iter().enumerate().find_map(|(ms, n)| {
        seen += n;
        (seen >= rank).then_some(ms as u64)
    })
}

fn report(ctx: &Context, shared: &Shared) -> Result<(), Error> {
    let state = shared.lock();
    let s = &state.stats;
    let blocked = &state.domain.blocklisted_at;
    let (p50, p99) = (percentile(&s.latency, 0.5), percentile(&s.latency, 0.99));
    if ctx.json {
        print_json(&json!({
            "sent": s.sent, "delivered": s.delivered, "failed_attempts": s.failed_attempts,
            "retried": s.retried, "undelivered": s.undelivered,
            "max_lateness_s": (s.max_lateness * 1000.0).round() / 1000.0,
            "blocklisted": {"count": blocked.len(), "at_s": blocked.iter().map(|t| t.round() as u64).collect::<Vec<_>>()},
            "deactivated": state.deactivated_at.is_some(),
            "deactivated_at_s": state.deactivated_at.map(|t| t.round() as u64),
            "p50_ms": p50, "p99_ms": p99,
        }))?;
    } else {
        let mut out = format!(
            "sent {}  delivered {}  failed attempts {}  retried {}  undelivered {}\n\
             p50 {} ms  p99 {} ms  latest delivery {} after its first attempt (simulated)\n",
            s.sent,
            s.delivered,
            s.failed_attempts,
            s.retried,
            s.undelivered,
            p50.map_or("-".into(), |v| v.to_string()),
            p99.map_or("-".into(), |v| v.to_string()),
            clock(s.max_lateness)
        );
        match blocked.first() {
            Some(at) => out.push_str(&format!(
                "BigCommerce would have blocklisted the domain at {} simulated ({} times): under 90% \
                 of its deliveries in 2 minutes succeeded\n",
                clock(*at),
                blocked.len()
            )),
            None => out.push_str("The domain would not have been blocklisted.\n"),
        }
        match state.deactivated_at {
            Some(at) => out.push_str(&format!(
                "BigCommerce would have deactivated the hook at {} simulated, when a callback's \
                 retries (48 h) ran out\n",
                clock(at)
            )),
            None => out.push_str("The hook would have stayed active.\n"),
        }
        write_stdout(&out)?;
    }
    match (blocked.is_empty(), state.deactivated_at.is_none()) {
        (true, true) => Ok(()),
        _ => Err(
            Error::unhealthy("under BigCommerce's rules this handler would lose deliveries")
                .hint("answer 2xx within the timeout, and do slow work after answering"),
        ),
    }
}
