//! `trigger`: realistic callbacks fired at the developer's handler, one or a burst.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use colored::Colorize;
use serde_json::{Value, json};

use super::Context;
use crate::cli::{TriggerArgs, TriggerPlatform};
use crate::deliver::{Deliverer, Delivery, handler_url};
use crate::error::Error;
use crate::output::{
    Stream::Stderr, Styled, delivery_outcome, print_json, visible_lines, write_stdout,
};
use crate::platform::bigcommerce::{self, Store, data_for, entity_id};
use crate::platform::{Callback, ecwid, shopify, standard_webhooks};
use crate::scopes::{self, Scope};
use crate::time::unix;

/// What the command line asks to send, checked before anything is sent.
struct Plan {
    url: reqwest::Url,
    platform: TriggerPlatform,
    event: String,
    scope: Option<Scope>,
    store_hash: String,
    store_id: String,
    /// `--id`, or the catalogue's numeric id when a burst counts ids up; None keeps the
    /// catalogue's data as it is.
    first_id: Option<u64>,
    extra: Option<Value>,
    /// The signing key: Standard Webhooks' for BigCommerce, the secret's bytes for Ecwid.
    key: Option<Vec<u8>>,
    /// `--legacy`: the 2013 beta service's payload.
    beta_2013: bool,
    /// `-H`: sent too, replacing any of the same name.
    headers: Vec<(String, String)>,
}

impl Plan {
    fn callback(&self, i: u64) -> Callback {
        let mut callback = self.built(i);
        for (name, value) in &self.headers {
            callback
                .headers
                .retain(|(n, _)| !n.eq_ignore_ascii_case(name));
            callback.headers.push((name.clone(), value.clone()));
        }
        callback
    }

    fn built(&self, i: u64) -> Callback {
        let now = unix(SystemTime::now());
        let id = self.first_id.map(|first| first + i);
        match (self.platform, &self.scope) {
            (TriggerPlatform::Bigcommerce, Some(scope)) => {
                let data = data_for(scope, id, self.extra.as_ref());
                let store = Store {
                    hash: &self.store_hash,
                    id: &self.store_id,
                    beta_2013: self.beta_2013,
                };
                bigcommerce::callback(&self.event, &store, &data, now, self.key.as_deref(), i)
            }
            (TriggerPlatform::Shopify, _) => shopify::callback(
                &self.event,
                &format!("{}.myshopify.com", self.store_hash),
                id.unwrap_or(450789469 + i),
                self.extra.as_ref(),
                now,
                self.key.as_deref(),
                i,
            ),
            _ => ecwid::callback(
                ecwid_event(&self.event).expect("checked when planned"),
                &self.store_id,
                id.unwrap_or(103_878_161 + i),
                self.extra.as_ref(),
                now,
                self.key.as_deref(),
            ),
        }
    }
}

pub fn trigger(ctx: &Context, args: &TriggerArgs) -> Result<(), Error> {
    let plan = plan(ctx, args)?;
    if args.print {
        return print(ctx, &plan, args.count);
    }
    let deliverer = Deliverer::new(args.timeout);
    if args.count == 1 {
        return send_one(ctx, &plan, &deliverer);
    }
    burst(ctx, args, plan, deliverer)
}

fn plan(ctx: &Context, args: &TriggerArgs) -> Result<Plan, Error> {
    let url = handler_url("--to", &args.to).map_err(Error::usage)?;
    let extra = args
        .data
        .as_deref()
        .map(|d| {
            serde_json::from_str::<Value>(d).map_err(|e| {
                Error::usage(format!("--data is not JSON: {e}"))
                    .hint("an object is merged into the event's data, e.g. --data '{\"id\":77}'")
            })
        })
        .transpose()?;
    let scope = match args.platform {
        TriggerPlatform::Bigcommerce => Some(bigcommerce_scope(&args.scope)?),
        TriggerPlatform::Ecwid => {
            ecwid_event(&args.scope)?;
            None
        }
        TriggerPlatform::Shopify => {
            let well_formed = args
                .scope
                .split_once('/')
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.contains('/'));
            if !well_formed {
                return Err(Error::usage(format!(
                    "{:?} is not a Shopify topic: they look like orders/create, products/update",
                    args.scope
                )));
            }
            None
        }
    };
    let counted_id = match (&scope, args.count) {
        (Some(s), n) if n > 1 => entity_id(&data_for(s, None, None)),
        (None, n) if n > 1 => Some(1),
        _ => None,
    };
    let secret = ctx.signing_secret(args.secret.as_ref())?;
    let key = match (&secret, args.platform) {
        (None, _) => None,
        (Some(secret), TriggerPlatform::Bigcommerce) => {
            Some(standard_webhooks::key(secret.expose()).map_err(|e| {
                Error::usage(e).hint("give the secret exactly as the platform shows it")
            })?)
        }
        (Some(secret), TriggerPlatform::Ecwid) => {
            if let Some(said) = ecwid::looks_like_a_token(secret.expose()) {
                return Err(Error::usage(said));
            }
            Some(secret.expose().as_bytes().to_vec())
        }
        (Some(secret), TriggerPlatform::Shopify) => Some(secret.expose().as_bytes().to_vec()),
    };
    Ok(Plan {
        url,
        platform: args.platform,
        event: args.scope.clone(),
        scope,
        store_hash: ctx
            .settings
            .store_hash
            .as_ref()
            .map_or("abc123".to_string(), |s| s.value.clone()),
        store_id: args.store_id.clone(),
        first_id: args.id.or(counted_id),
        extra,
        key,
        beta_2013: args.legacy,
        headers: args.headers.clone(),
    })
}

/// `--print`: each callback as it would be sent, nothing sent. For people (and `.http` files):
/// `Name: value` lines, a blank line, the body; with `--json`, one object a line.
fn print(ctx: &Context, plan: &Plan, count: u64) -> Result<(), Error> {
    for i in 0..count {
        let callback = plan.callback(i);
        let text = if ctx.json {
            let (headers, body) = callback.as_json();
            format!(
                "{}\n",
                json!({"url": plan.url.as_str(), "headers": headers, "body": body})
            )
        } else {
            let mut text = format!("POST {}\n", plan.url);
            for (name, value) in &callback.headers {
                text.push_str(&format!("{name}: {value}\n"));
            }
            text.push('\n');
            text.push_str(&String::from_utf8_lossy(&callback.body));
            text.push('\n');
            text
        };
        write_stdout(&text)?;
    }
    Ok(())
}

/// The Ecwid event `name` names (either spelling), or a usage error with the nearest ones.
fn ecwid_event(name: &str) -> Result<&'static ecwid::Event, Error> {
    ecwid::find(name).ok_or_else(|| {
        let near = scopes::closest_among(name, ecwid::EVENTS.iter().map(|e| e.name), 3);
        let hint = match near.as_slice() {
            [] => "`bchook scopes --platform ecwid` lists Ecwid's events".to_string(),
            names => format!(
                "did you mean {}? (`bchook scopes --platform ecwid` lists them all)",
                names.join(", ")
            ),
        };
        Error::usage(format!("{name} is not an Ecwid event")).hint(hint)
    })
}

/// The catalogue entry for a concrete scope, or a usage error that says what to give instead.
fn bigcommerce_scope(scope: &str) -> Result<Scope, Error> {
    let entry = scopes::find(scope).ok_or_else(|| {
        Error::usage(format!(
            "{scope} is not a scope bchook knows how to trigger"
        ))
        .hint(scopes::suggestion(scope))
    })?;
    if entry.is_wildcard() {
        return Err(Error::usage(format!(
            "{scope} is a wildcard for subscribing, not an event"
        ))
        .hint(format!(
            "trigger one of its events: `bchook scopes '{scope}'` lists them"
        )));
    }
    if scope.contains('{') || (entry.is_templated() && scope == entry.name) || scope.contains("/*/")
    {
        return Err(Error::usage(format!(
            "{scope} needs a concrete channel id, e.g. {}",
            entry
                .name
                .replace("{channel_id}", "1")
                .replacen("/*/", "/1/", 1)
        )));
    }
    Ok(entry)
}

fn send_one(ctx: &Context, plan: &Plan, deliverer: &Deliverer) -> Result<(), Error> {
    let callback = plan.callback(0);
    let delivery = deliverer.send("POST", &plan.url, &callback.headers, callback.body.clone());
    if ctx.json {
        let (headers, payload) = callback.as_json();
        print_json(
            &json!({"url": plan.url.as_str(), "event": plan.event, "headers": headers, "payload": payload,
                           "status": delivery.status, "ms": delivery.ms, "body": delivery.body, "error": delivery.error}),
        )?;
    } else {
        let signed = match (plan.key.is_some(), plan.platform) {
            (false, _) => "unsigned",
            (true, TriggerPlatform::Bigcommerce) => "signed: Standard Webhooks",
            (true, TriggerPlatform::Ecwid) => "signed: X-Ecwid-Webhook-Signature",
            (true, TriggerPlatform::Shopify) => "signed: X-Shopify-Hmac-Sha256",
        };
        eprintln!(
            "{} POST {} {} ({signed})",
            "->".dimmed().on(Stderr),
            plan.url,
            plan.event.bold().on(Stderr)
        );
        // What the handler answered goes to stdout; when it did not answer, the error alone
        // says so (once, on stderr).
        if delivery.status.is_some() {
            write_stdout(&describe(&delivery))?;
        }
    }
    verdict(&plan.url, &delivery)
}

/// `200 OK in 3 ms` and the start of the handler's answer.
fn describe(d: &Delivery) -> String {
    match d.body.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
        Some(body) => format!("{}\n{}\n", delivery_outcome(d), visible_lines(body)),
        None => format!("{}\n", delivery_outcome(d)),
    }
}

/// BigCommerce counts anything but a 2xx as a failed delivery, and so does trigger.
fn verdict(url: &reqwest::Url, d: &Delivery) -> Result<(), Error> {
    match (d.status, &d.error) {
        (Some(_), _) if d.is_success() => Ok(()),
        (Some(status), _) => Err(Error::other(format!(
            "the handler answered {status}: BigCommerce counts anything but a 2xx as a failure and retries the callback"
        ))),
        (None, error) => Err(Error::unreachable(format!(
            "{url} did not answer: {}",
            error.as_deref().unwrap_or("no answer")
        ))
        .hint("start it, or point --to at it; `bchook listen` receives on http://127.0.0.1:8080/")),
    }
}

fn burst(ctx: &Context, args: &TriggerArgs, plan: Plan, deliverer: Deliverer) -> Result<(), Error> {
    let (plan, deliverer) = (Arc::new(plan), Arc::new(deliverer));
    let next = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..args.concurrency.min(args.count))
        .map(|_| {
            let (plan, deliverer, next, done, count) = (
                plan.clone(),
                deliverer.clone(),
                next.clone(),
                done.clone(),
                args.count,
            );
            std::thread::spawn(move || {
                let mut results = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= count {
                        break results;
                    }
                    let callback = plan.callback(i);
                    results.push(deliverer.send(
                        "POST",
                        &plan.url,
                        &callback.headers,
                        callback.body,
                    ));
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    let progress = std::io::stderr().is_terminal() && !ctx.json;
    while progress
        && done.load(Ordering::Relaxed) < args.count
        && workers.iter().any(|w| !w.is_finished())
    {
        let n = done.load(Ordering::Relaxed);
        let filled = (n * 30 / args.count) as usize;
        eprint!(
            "\r[{}{}] {n}/{}",
            "#".repeat(filled),
            " ".repeat(30 - filled),
            args.count
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let results: Vec<Delivery> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap_or_default())
        .collect();
    if progress {
        eprint!("\r{}\r", " ".repeat(50));
    }
    let secs = started.elapsed().as_secs_f64();
    let ok = results.iter().filter(|d| d.is_success()).count() as u64;
    let unreachable = results.iter().filter(|d| d.status.is_none()).count() as u64;
    let mut ms: Vec<u64> = results
        .iter()
        .filter(|d| d.status.is_some())
        .map(|d| d.ms)
        .collect();
    ms.sort_unstable();
    let pct = |p: f64| {
        ms.get(((ms.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .copied()
    };
    let summary = json!({"event": plan.event, "url": plan.url.as_str(), "sent": results.len(), "ok": ok,
        "failed": results.len() as u64 - ok, "unreachable": unreachable, "seconds": (secs * 1000.0).round() / 1000.0,
        "per_second": (results.len() as f64 / secs).round(), "p50_ms": pct(0.5), "p99_ms": pct(0.99)});
    if ctx.json {
        print_json(&summary)?;
    } else {
        write_stdout(&format!(
            "sent {}  2xx {}  failed {}  {:.0} req/s  p50 {} ms  p99 {} ms\n",
            results.len(),
            ok,
            results.len() as u64 - ok,
            results.len() as f64 / secs,
            pct(0.5).map_or("-".into(), |v| v.to_string()),
            pct(0.99).map_or("-".into(), |v| v.to_string()),
        ))?;
    }
    match (ok == args.count, unreachable == args.count) {
        (true, _) => Ok(()),
        (_, true) => Err(Error::unreachable(format!(
            "{} did not answer any of the {} callbacks",
            plan.url, args.count
        ))),
        _ => Err(Error::other(format!(
            "{} of {} callbacks were not answered with a 2xx",
            args.count - ok,
            args.count
        ))),
    }
}
