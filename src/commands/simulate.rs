//! `simulate`: callbacks delivered to a handler as BigCommerce would, under its documented rules
//! (`platform::bigcommerce::delivery`). One time model: `--rate` and `--duration` describe the traffic in
//! BigCommerce's (simulated) time, and every attempt is judged at the simulated time it was due,
//! whatever its real lateness; `--speed X` only sets how fast the real run goes (simulated time t
//! is attempted at real time t / X, or as soon after as the handler allows). So a handler gets the
//! same verdict at every speed; the handler's real answer decides each attempt, within the real
//! `--timeout`.
//!
//! Attempts are dispatched in the order they are due and their results applied in that same
//! order (a result that comes back early waits for the earlier ones), so the domain's 2-minute
//! window sees them as BigCommerce would. An attempt is dispatched only while no attempt in
//! flight could still schedule a retry before it (retries come 60 s or more after), and one
//! found due inside a blocklisting once the results before it are applied is not counted: it
//! goes again when the block ends, as BigCommerce holds deliveries to a blocked domain.

use std::cmp::Ordering as CmpOrdering;
use std::collections::{BTreeMap, BinaryHeap};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;

use super::Context;
use crate::cli::{EventPlatform, SimulateArgs};
use crate::deliver::{Deliverer, Delivery, handler_url};
use crate::error::Error;
use crate::output::{plural, print_json, write_stdout};
use crate::platform::bigcommerce::delivery::{Domain, RETRY_DELAYS, retry_after};
use crate::platform::bigcommerce::{self, Store, data_for};
use crate::platform::{Callback, ecwid, standard_webhooks};
use crate::scopes;
use crate::time::{human, unix};

/// A callback waiting for its next attempt.
struct Pending {
    /// When this attempt is due, in simulated seconds.
    due: f64,
    /// When the callback fired (its first attempt was due), in simulated seconds.
    fired: f64,
    headers: Arc<Vec<(String, String)>>,
    body: Arc<Vec<u8>>,
    failures: usize,
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
    /// Failed attempts by cause: `503`, `timeout`, `connection refused`... (CLI.md's keys)
    failures: BTreeMap<String, u64>,
    /// The longest a delivered callback took from its first attempt (simulated seconds).
    max_lateness: f64,
    /// The latest an attempt was made after its real due time (real seconds).
    max_real_lateness: f64,
    /// Answer times in ms, bucketed (the last bucket: 60 s and more), so memory stays flat.
    latency: Vec<u64>,
}

struct State {
    /// Retries and held callbacks, not yet dispatched.
    queue: BinaryHeap<Pending>,
    /// The next fresh callback to fire, and how many fire in all.
    next_fire: u64,
    to_fire: u64,
    /// Dispatched attempts by ticket (their due times), until their results are applied.
    in_flight: BTreeMap<u64, f64>,
    /// Results that came back before an earlier ticket's.
    done: BTreeMap<u64, (Pending, Delivery)>,
    next_ticket: u64,
    next_apply: u64,
    /// The latest simulated time applied.
    clock: f64,
    domain: Domain,
    deactivated_at: Option<f64>,
    stats: Stats,
}

impl State {
    fn finished(&self, rate: f64) -> bool {
        self.fresh_due(rate).is_none() && self.queue.is_empty() && self.in_flight.is_empty()
    }

    /// When the next fresh callback fires, unless firing is over (all fired, or the hook was
    /// deactivated before it).
    fn fresh_due(&self, rate: f64) -> Option<f64> {
        let due = self.next_fire as f64 / rate;
        (self.next_fire < self.to_fire && self.deactivated_at.is_none_or(|d| due < d))
            .then_some(due)
    }

    /// When the next attempt is due, fresh or retried.
    fn next_due(&self, rate: f64) -> Option<f64> {
        let fresh = self.fresh_due(rate);
        let queued = self.queue.peek().map(|p| p.due);
        match (fresh, queued) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// The platform whose rules the run follows.
#[derive(Clone, Copy)]
struct Rules {
    /// Who the report says would have done what.
    name: &'static str,
    retry_after: fn(usize) -> Option<f64>,
    /// The shortest a retry waits: an attempt due later than this after one in flight waits
    /// for it.
    first_retry: f64,
    succeeded: fn(&Delivery) -> bool,
    /// What counts as delivered, in words, for hints.
    success: &'static str,
    /// BigCommerce's: the per-domain blocklist, delivery exceptions, and the hook deactivated
    /// when a callback's retries run out. Ecwid only gives that callback up.
    bigcommerce: bool,
}

const BIGCOMMERCE: Rules = Rules {
    name: "BigCommerce",
    retry_after,
    first_retry: RETRY_DELAYS[0],
    succeeded: Delivery::is_success,
    success: "a 2xx",
    bigcommerce: true,
};

const ECWID: Rules = Rules {
    name: "Ecwid",
    retry_after: ecwid::delivery::retry_after,
    first_retry: 900.0,
    succeeded: |d| ecwid::delivery::succeeded(d.status),
    success: "200, 201, 202, 204 or 209",
    bigcommerce: false,
};

struct Shared {
    rules: Rules,
    state: Mutex<State>,
    changed: Condvar,
    started: Instant,
    speed: f64,
    rate: f64,
    timeout: Duration,
    /// Ctrl-C: dispatch nothing more, report what there is.
    interrupted: AtomicBool,
    /// Builds fresh callback `n`.
    fire: Fire,
    /// Builds the `store/hook/deliveryException` callback for an error code.
    exception: Exception,
}

impl Shared {
    /// Real seconds since the start, as simulated seconds.
    fn real_now(&self) -> f64 {
        self.started.elapsed().as_secs_f64() * self.speed
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

const LATENCY_BUCKETS: usize = 60_001;
/// The id of the hook being simulated, as delivery exceptions name it.
pub const SIMULATED_HOOK_ID: u64 = 18_048_287;

pub fn simulate(ctx: &Context, args: &SimulateArgs) -> Result<(), Error> {
    for (flag, value) in [
        ("--rate", args.rate),
        ("--duration", args.duration.as_secs_f64()),
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
    if args.platform == EventPlatform::Ecwid {
        if exceptions_to.is_some() {
            return Err(Error::usage(
                "--exceptions-to is BigCommerce's: Ecwid sends no delivery exceptions",
            ));
        }
        return simulate_ecwid(ctx, args, to);
    }
    let default_scope = ["store/order/created".to_string()];
    let scopes_used: Vec<scopes::Scope> = (match args.scopes.is_empty() {
        true => &default_scope[..],
        false => &args.scopes[..],
    })
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
        .map(|s| standard_webhooks::key(s.expose()).map_err(Error::usage))
        .transpose()?;
    let store_hash = ctx
        .settings
        .store_hash
        .as_ref()
        .map_or("abc123".to_string(), |s| s.value.clone());

    let exception = {
        let (store_hash, key, destination) = (store_hash.clone(), key.clone(), to.to_string());
        move |code: u32| {
            let message = match code {
                90001 => format!(
                    "Non-200 response received when delivering to {destination}, will retry"
                ),
                90002 => format!(
                    "Non-200 response received when delivering to {destination}, retries exhausted: the webhook is deactivated"
                ),
                _ => format!("The domain of {destination} is temporarily blocked, will retry"),
            };
            let data = json!({"type": "webhook", "id": SIMULATED_HOOK_ID, "error_code": code, "message": message});
            let store = Store {
                hash: &store_hash,
                id: "1025646",
                beta_2013: false,
            };
            let now = unix(SystemTime::now());
            bigcommerce::callback(
                scopes::DELIVERY_EXCEPTION,
                &store,
                &data,
                now,
                key.as_deref(),
                u64::from(code),
            )
        }
    };
    let fire = move |n: u64| {
        let scope = &scopes_used[n as usize % scopes_used.len()];
        let data = data_for(scope, Some(1 + n), None);
        let store = Store {
            hash: &store_hash,
            id: "1025646",
            beta_2013: false,
        };
        bigcommerce::callback(
            scope.name,
            &store,
            &data,
            unix(SystemTime::now()),
            key.as_deref(),
            n,
        )
    };
    run(
        ctx,
        args,
        &to,
        exceptions_to,
        BIGCOMMERCE,
        Box::new(fire),
        Box::new(exception),
    )
}

/// The callbacks a platform fires, and (BigCommerce) the delivery exception for an error code.
type Fire = Box<dyn Fn(u64) -> Callback + Send + Sync>;
type Exception = Box<dyn Fn(u32) -> Callback + Send + Sync>;

/// `simulate --platform ecwid`: Ecwid's callbacks, signed as Ecwid signs, under its rules.
fn simulate_ecwid(ctx: &Context, args: &SimulateArgs, to: reqwest::Url) -> Result<(), Error> {
    let default_event = ["order.created".to_string()];
    let events: Vec<&'static ecwid::Event> = (match args.scopes.is_empty() {
        true => &default_event[..],
        false => &args.scopes[..],
    })
    .iter()
    .map(|e| {
        ecwid::find(e).ok_or_else(|| {
            Error::usage(format!("{e} is not an Ecwid event"))
                .hint("`bchook scopes --platform ecwid` lists them")
        })
    })
    .collect::<Result<_, _>>()?;
    let key = match ctx.signing_secret(args.secret.as_ref())? {
        Some(secret) => match ecwid::looks_like_a_token(secret.expose()) {
            Some(said) => return Err(Error::usage(said)),
            None => Some(secret.expose().as_bytes().to_vec()),
        },
        None => None,
    };
    let fire = move |n: u64| {
        let event = events[n as usize % events.len()];
        ecwid::callback(
            event,
            "1003",
            103_878_161 + n,
            None,
            unix(SystemTime::now()),
            key.as_deref(),
        )
    };
    let no_exceptions = |_: u32| unreachable!("Ecwid sends no delivery exceptions");
    run(
        ctx,
        args,
        &to,
        None,
        ECWID,
        Box::new(fire),
        Box::new(no_exceptions),
    )
}

/// Delivers what `fire` makes to `to` under `rules` until every callback is delivered or given
/// up (or Ctrl-C), and reports.
fn run(
    ctx: &Context,
    args: &SimulateArgs,
    to: &reqwest::Url,
    exceptions_to: Option<reqwest::Url>,
    rules: Rules,
    fire: Fire,
    exception: Exception,
) -> Result<(), Error> {
    let duration = args.duration.as_secs_f64();
    // Callbacks fire at simulated times n / rate, for n / rate < duration.
    let to_fire = (duration * args.rate).ceil().max(1.0) as u64;
    let schedule: f64 = (1..).map_while(rules.retry_after).sum();
    let worst = Duration::from_secs_f64((duration + schedule) / args.speed);
    if worst > Duration::from_secs(60) && !ctx.json {
        eprintln!(
            "note: if deliveries fail, retries run {} of {}'s time after the last callback \
             fires: {} at --speed {}; --speed 3600 runs them in {}. Ctrl-C reports what there is \
             so far.",
            human(Duration::from_secs_f64(schedule)),
            rules.name,
            human(worst),
            args.speed,
            human(Duration::from_secs_f64((duration + schedule) / 3600.0))
        );
    }
    let shared = Arc::new(Shared {
        rules,
        state: Mutex::new(State {
            queue: BinaryHeap::new(),
            next_fire: 0,
            to_fire,
            in_flight: BTreeMap::new(),
            done: BTreeMap::new(),
            next_ticket: 0,
            next_apply: 0,
            clock: 0.0,
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
        rate: args.rate,
        timeout: args.timeout,
        interrupted: AtomicBool::new(false),
        fire,
        exception,
    });
    {
        let shared = shared.clone();
        let _ = ctrlc::set_handler(move || {
            shared.interrupted.store(true, Ordering::SeqCst);
            shared.changed.notify_all();
        });
    }
    let deliverer = Arc::new(Deliverer::new(args.timeout));
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
    for w in workers {
        let _ = w.join();
    }
    if let Some(status) = status {
        let _ = status.join();
        eprint!("\r{}\r", " ".repeat(110));
    }
    report(ctx, &shared)
}

/// The next attempt a worker may make now, with its ticket; None when the run is over.
fn next_attempt(shared: &Shared) -> Option<(u64, Pending)> {
    let mut state = shared.lock();
    loop {
        if shared.interrupted.load(Ordering::SeqCst) || state.finished(shared.rate) {
            shared.changed.notify_all();
            return None;
        }
        let real_now = shared.real_now();
        let wait = match state.next_due(shared.rate) {
            None => 0.05,
            Some(due) => {
                let earliest_retry = state
                    .in_flight
                    .values()
                    .next()
                    .map(|d| d + shared.rules.first_retry);
                let blocked = state.domain.blocked_until(due);
                if due > real_now {
                    ((due - real_now) / shared.speed).clamp(0.0005, 0.05)
                } else if earliest_retry.is_some_and(|r| r <= due) {
                    // A retry of what is in flight could come before it: wait for results.
                    0.05
                } else if let Some(until) = blocked {
                    // Held while the domain is blocklisted: it goes when the block ends.
                    let mut held = take_next(&mut state, shared);
                    held.due = until;
                    state.queue.push(held);
                    continue;
                } else {
                    let attempt = take_next(&mut state, shared);
                    let ticket = state.next_ticket;
                    state.next_ticket += 1;
                    state.in_flight.insert(ticket, attempt.due);
                    let late = (real_now - attempt.due) / shared.speed;
                    state.stats.max_real_lateness = state.stats.max_real_lateness.max(late);
                    return Some((ticket, attempt));
                }
            }
        };
        state = shared
            .changed
            .wait_timeout(state, Duration::from_secs_f64(wait))
            .unwrap_or_else(|e| e.into_inner())
            .0;
    }
}

/// Takes the attempt due first: a fresh callback or a queued one.
fn take_next(state: &mut State, shared: &Shared) -> Pending {
    match state.fresh_due(shared.rate) {
        Some(due) if state.queue.peek().is_none_or(|p| due <= p.due) => {
            // Sent (CLI.md: callbacks fired, queued ones included) from the moment it fires.
            state.stats.sent += 1;
            state.next_fire += 1;
            let callback = (shared.fire)(state.next_fire - 1);
            Pending {
                due,
                fired: due,
                headers: Arc::new(callback.headers),
                body: Arc::new(callback.body),
                failures: 0,
            }
        }
        _ => state.queue.pop().expect("a queued attempt"),
    }
}

/// One worker: takes what is due, delivers it, and hands the result over to be applied.
fn work(
    shared: &Shared,
    deliverer: &Deliverer,
    to: &reqwest::Url,
    exceptions: Option<&(reqwest::Url, Arc<Deliverer>)>,
) {
    while let Some((ticket, pending)) = next_attempt(shared) {
        let delivery = deliverer.send("POST", to, &pending.headers, pending.body.to_vec());
        let sent_exceptions = {
            let mut state = shared.lock();
            state.done.insert(ticket, (pending, delivery));
            let exceptions = apply_in_order(&mut state, &shared.rules);
            shared.changed.notify_all();
            exceptions
        };
        if let Some((url, deliverer)) = exceptions {
            for code in sent_exceptions {
                let callback = (shared.exception)(code);
                deliverer.send("POST", url, &callback.headers, callback.body);
            }
        }
    }
}

/// Applies the results that are next in ticket order, at the simulated times they were due.
/// Returns the error codes of the delivery exceptions they send.
fn apply_in_order(state: &mut State, rules: &Rules) -> Vec<u32> {
    let mut exceptions = Vec::new();
    while let Some((mut pending, delivery)) = state.done.remove(&state.next_apply) {
        state.in_flight.remove(&state.next_apply);
        state.next_apply += 1;
        let at = pending.due;
        if let Some(off) = state.deactivated_at.filter(|d| at >= *d) {
            // BigCommerce would not have made it: the hook was off by then. One that fired
            // before is undelivered; one due to fire after never fired at all.
            match pending.fired < off {
                true => state.stats.undelivered += 1,
                false => state.stats.sent -= 1,
            }
            continue;
        }
        if let Some(until) = state.domain.blocked_until(at) {
            // Nor this one: its domain was blocklisted. It goes when the block ends.
            pending.due = until;
            state.queue.push(pending);
            continue;
        }
        state.clock = state.clock.max(at);
        if pending.failures > 0 {
            state.stats.retried += 1;
        }
        let ok = (rules.succeeded)(&delivery);
        if rules.bigcommerce && state.domain.record(at, ok) {
            exceptions.push(90003);
        }
        let ms = delivery.ms.min(LATENCY_BUCKETS as u64 - 1) as usize;
        state.stats.latency[ms] += 1;
        if ok {
            state.stats.delivered += 1;
            state.stats.max_lateness = state.stats.max_lateness.max(at - pending.fired);
            continue;
        }
        state.stats.failed_attempts += 1;
        *state
            .stats
            .failures
            .entry(failure_cause(&delivery))
            .or_default() += 1;
        pending.failures += 1;
        match (rules.retry_after)(pending.failures) {
            Some(delay) => {
                if rules.bigcommerce && state.domain.take_90001(at) {
                    exceptions.push(90001);
                }
                pending.due = at + delay;
                state.queue.push(pending);
            }
            None => {
                state.stats.undelivered += 1;
                // Ecwid gives the one callback up; BigCommerce deactivates the hook.
                if rules.bigcommerce && state.deactivated_at.is_none() {
                    state.deactivated_at = Some(at);
                    exceptions.push(90002);
                    // What is queued will never go.
                    state.stats.undelivered += state.queue.len() as u64;
                    state.queue.clear();
                }
            }
        }
    }
    exceptions
}

/// Why an attempt failed, in a word or two: the status, or what stood in the way.
fn failure_cause(d: &Delivery) -> String {
    match d.status {
        Some(status) => status.to_string(),
        None => d.cause.unwrap_or("other error").to_string(),
    }
}

/// `sent 120  delivered 100  failed 20  retries pending 20  next retry 00:03:10  00:02:10 simulated`
fn status_line(shared: &Shared) {
    loop {
        let line = {
            let state = shared.lock();
            if state.finished(shared.rate) || shared.interrupted.load(Ordering::SeqCst) {
                return;
            }
            let next_retry = state
                .queue
                .iter()
                .filter(|p| p.failures > 0)
                .map(|p| p.due)
                .min_by(f64::total_cmp);
            format!(
                "sent {}  delivered {}  failed attempts {}  retries pending {}{}{}  {} simulated",
                state.stats.sent,
                state.stats.delivered,
                state.stats.failed_attempts,
                state.queue.iter().filter(|p| p.failures > 0).count(),
                next_retry.map_or(String::new(), |t| format!("  next retry {}", clock(t))),
                if state.domain.is_blocked(state.clock) {
                    "  BLOCKLISTED"
                } else {
                    ""
                },
                clock(state.clock)
            )
        };
        eprint!("\r{line:<110}");
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
    let interrupted = shared.interrupted.load(Ordering::SeqCst);
    let (p50, p99) = (percentile(&s.latency, 0.5), percentile(&s.latency, 0.99));
    // Firing stopped early when the hook was deactivated before the last callback was due.
    let stopped_firing = state.deactivated_at.filter(|_| s.sent < state.to_fire);
    if ctx.json {
        print_json(&json!({
            "platform": shared.rules.name.to_ascii_lowercase(),
            "sent": s.sent, "delivered": s.delivered, "failed_attempts": s.failed_attempts,
            "failures": s.failures,
            "retried": s.retried, "undelivered": s.undelivered,
            "max_lateness_s": (s.max_lateness * 1000.0).round() / 1000.0,
            "max_real_lateness_s": (s.max_real_lateness.max(0.0) * 1000.0).round() / 1000.0,
            "blocklisted": {"count": blocked.len(), "at_s": blocked.iter().map(|t| t.round() as u64).collect::<Vec<_>>()},
            "deactivated": state.deactivated_at.is_some(),
            "deactivated_at_s": state.deactivated_at.map(|t| t.round() as u64),
            "firing_stopped_at_s": stopped_firing.map(|t| t.round() as u64),
            "simulated_s": state.clock.round() as u64,
            "interrupted": interrupted,
            "p50_ms": p50, "p99_ms": p99,
        }))?;
    } else {
        let mut out = String::new();
        if interrupted {
            out.push_str(&format!(
                "INTERRUPTED at {} simulated: the report so far\n",
                clock(state.clock)
            ));
        }
        let sent_note = match stopped_firing {
            Some(at) => format!(
                " (firing stopped at {}: the hook was deactivated)",
                clock(at)
            ),
            None => String::new(),
        };
        out.push_str(&format!(
            "sent {}{sent_note}  delivered {}  failed attempts {}  retried {}  undelivered {}\n",
            s.sent, s.delivered, s.failed_attempts, s.retried, s.undelivered,
        ));
        if !s.failures.is_empty() {
            let mut causes: Vec<(&String, &u64)> = s.failures.iter().collect();
            causes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let causes: Vec<String> = causes
                .iter()
                .map(|(c, n)| match c.as_str() {
                    "timeout" => format!("timeout ({}) x{n}", human(shared.timeout)),
                    _ => format!("{c} x{n}"),
                })
                .collect();
            out.push_str(&format!(
                "failed attempts by cause: {}\n",
                causes.join(", ")
            ));
        }
        out.push_str(&format!(
            "p50 {} ms  p99 {} ms",
            p50.map_or("-".into(), |v| v.to_string()),
            p99.map_or("-".into(), |v| v.to_string()),
        ));
        if s.delivered > 0 {
            out.push_str(&format!(
                "  latest delivery {} after its first attempt (simulated)",
                clock(s.max_lateness)
            ));
        }
        out.push_str(&format!(
            "\nattempts at most {} late in real time (--speed {})\n",
            human(Duration::from_secs_f64(s.max_real_lateness.max(0.0))),
            shared.speed
        ));
        match blocked.first() {
            _ if !shared.rules.bigcommerce => {}
            Some(at) => out.push_str(&format!(
                "BigCommerce would have blocklisted the domain at {} simulated ({}): under 90% \
                 of its deliveries in 2 minutes succeeded\n",
                clock(*at),
                plural(blocked.len(), "time")
            )),
            None => out.push_str("The domain would not have been blocklisted.\n"),
        }
        match state.deactivated_at {
            _ if !shared.rules.bigcommerce => out.push_str(&match s.undelivered {
                0 => "Ecwid would have delivered every callback within its retries.\n".to_string(),
                n => format!(
                    "Ecwid would have given up on {} after its 27 retries over 24 h (and it \
                     blocks an app's webhooks after 2 weeks of failures)\n",
                    plural(n as usize, "callback")
                ),
            }),
            Some(at) => out.push_str(&format!(
                "BigCommerce would have deactivated the hook at {} simulated, when a callback's \
                 retries (48 h) ran out\n",
                clock(at)
            )),
            None => out.push_str("The hook would have stayed active.\n"),
        }
        write_stdout(&out)?;
    }
    if interrupted {
        return Err(Error::interrupted(
            "interrupted: the report covers what was delivered until then",
        ));
    }
    let healthy = match shared.rules.bigcommerce {
        true => blocked.is_empty() && state.deactivated_at.is_none(),
        false => s.undelivered == 0,
    };
    match healthy {
        true => Ok(()),
        false => Err(Error::unhealthy(format!(
            "under {}'s rules this handler would lose deliveries",
            shared.rules.name
        ))
        .hint(hint_for(&s.failures, shared.timeout, &shared.rules))),
    }
}

/// What to do about the main cause of failure.
fn hint_for(failures: &BTreeMap<String, u64>, timeout: Duration, rules: &Rules) -> String {
    let (name, success) = (rules.name, rules.success);
    let main = failures
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(c, _)| c.as_str());
    match main {
        Some(c) if c.starts_with("timeout") => format!(
            "most attempts got no answer within {}: answer 2xx at once and do slow work after answering",
            human(timeout)
        ),
        Some("connection refused") => {
            "most attempts could not connect: is the handler running at --to?".to_string()
        }
        Some("reset") => {
            "most attempts had their connection cut: does the handler crash?".to_string()
        }
        Some(status) if status.starts_with('5') => format!(
            "most attempts were answered {status}: find the error in the handler's log; {name} counts anything but {success} as a failure"
        ),
        Some(status) if status.starts_with('3') => format!(
            "most attempts were answered {status}: {name} does not follow redirects; give the final URL"
        ),
        Some(status) => format!(
            "most attempts were answered {status}: {name} counts anything but {success} as a failure"
        ),
        None => format!("answer {success} within the timeout, and do slow work after answering"),
    }
}
