//! `replay`: re-sends callbacks saved by `listen --save`, byte for byte, in order; with
//! `--resign`, signed afresh as their platform signs (a new timestamp, the same id and body).

use std::time::SystemTime;

use serde_json::json;

use super::Context;
use crate::cli::ReplayArgs;
use crate::deliver::{Deliverer, handler_url, join};
use crate::error::Error;
use crate::output::{delivery_outcome, visible, write_stdout};
use crate::platform::{self, standard_webhooks};
use crate::record;
use crate::time::unix;

pub fn replay(ctx: &Context, args: &ReplayArgs) -> Result<(), Error> {
    let target = handler_url("--to", &args.to).map_err(Error::usage)?;
    // Read and check every line before sending anything.
    let mut saved = record::read_file(&args.file)?;
    if !args.seqs.is_empty() {
        saved.retain(|r| args.seqs.contains(&r.seq));
    }
    if let Some(missing) = args
        .seqs
        .iter()
        .find(|s| !saved.iter().any(|r| r.seq == **s))
    {
        return Err(Error::usage(format!(
            "{} has no callback with seq {missing}",
            args.file.display()
        ))
        .hint(format!(
            "`jq .seq {}` lists the ones it has",
            args.file.display()
        )));
    }

    let now = unix(SystemTime::now());
    let secret = match args.resign {
        true => Some(ctx.signing_secret(args.secret.as_ref())?.ok_or_else(|| {
            Error::usage("--resign needs the secret to sign with")
                .hint("give --secret (or BCHOOK_SECRET), or save the client secret in the profile")
        })?),
        false => None,
    };
    // Headers and body as each will be sent: signed afresh with --resign, checked before
    // anything is sent.
    let mut requests = Vec::with_capacity(saved.len());
    for record in &saved {
        let (mut headers, mut body) = (record.headers.clone(), record.body.raw().to_vec());
        if let Some(secret) = &secret {
            platform::resign(&mut headers, &mut body, secret, now).map_err(|e| {
                Error::usage(format!(
                    "callback #{} cannot be signed afresh: {e}",
                    record.seq
                ))
            })?;
        }
        requests.push((headers, body));
    }
    if secret.is_none() {
        warn_stale(&saved, now);
    }

    let deliverer = Deliverer::new(args.timeout);
    let mut failed = 0;
    for (i, (record, (headers, body))) in saved.iter().zip(requests).enumerate() {
        let url = join(&target, &record.path, record.query.as_deref());
        let d = deliverer.send(&record.method, &url, &headers, body);
        if d.status.is_none() && i == 0 {
            return Err(Error::unreachable(format!(
                "{url} did not answer: {}; nothing was replayed",
                d.error.as_deref().unwrap_or("no answer")
            ))
            .hint("is the handler running? `bchook listen` receives on http://127.0.0.1:8080/"));
        }
        if !d.is_success() {
            failed += 1;
        }
        if ctx.json {
            let line = json!({"seq": record.seq, "url": url.as_str(), "status": d.status, "ms": d.ms, "body": d.body, "error": d.error});
            write_stdout(&format!("{line}\n"))?;
        } else {
            write_stdout(&format!(
                "#{} {} {} -> {}\n",
                record.seq,
                visible(&record.method),
                url,
                delivery_outcome(&d)
            ))?;
        }
    }
    match failed {
        0 => Ok(()),
        n => Err(Error::other(format!(
            "{n} of {} callbacks were not answered with a 2xx",
            saved.len()
        ))),
    }
}

/// Says which callbacks carry a Standard Webhooks timestamp past its 5 minutes: every correct
/// handler rejects those as stale (a replay attack looks exactly so).
fn warn_stale(saved: &[record::Record], now: i64) {
    let stale: Vec<String> = saved
        .iter()
        .filter(|r| {
            standard_webhooks::age(&r.headers, now)
                .is_some_and(|age| age > standard_webhooks::TOLERANCE_SECS)
        })
        .map(|r| format!("#{}", r.seq))
        .collect();
    if stale.is_empty() {
        return;
    }
    crate::output::warn(&format!(
        "{} {} signed more than 5 minutes ago: a handler that checks signatures rejects {} as \
         stale; --resign signs them afresh (--secret, or the profile's client_secret)",
        stale.join(", "),
        if stale.len() == 1 { "was" } else { "were" },
        if stale.len() == 1 { "it" } else { "them" },
    ));
}
