//! `listen`: turns the flags into receiver options, runs it, and reports how it ended.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::Context;
use crate::cli::ListenArgs;
use crate::deliver::handler_url;
use crate::error::Error;
use crate::listen::{self, Options, Outcome, Style, signature::Verifier};

pub fn listen(ctx: &Context, args: &ListenArgs) -> Result<(), Error> {
    let forward_to = args
        .forward_to
        .as_deref()
        .map(|url| handler_url("--forward-to", url).map_err(Error::Usage))
        .transpose()?;
    let secret = ctx.signing_secret(args.secret.as_deref())?;
    let opts = Options {
        host: args.host.clone(),
        port: args.port,
        status: args.status,
        delay: Duration::from_millis(args.delay),
        save: args.save.clone(),
        forward_to,
        count: args.count,
        timeout: args.timeout.map(Duration::from_secs),
        verifier: Verifier {
            secret,
            required: args
                .require_headers
                .iter()
                .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
                .collect(),
        },
        events: args
            .events
            .iter()
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .collect(),
        max_body: args.max_body,
        style: Style {
            json: ctx.json,
            compact: args.compact,
            verbose: ctx.verbose,
        },
    };

    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    // The first Ctrl-C stops cleanly (the save file is complete); a second one exits at once.
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });

    let report = listen::run(opts, &stop)?;
    let summary = match report.tally.received {
        0 => "No callbacks received.".to_string(),
        n => {
            let by_event: Vec<String> = report
                .tally
                .by_event
                .iter()
                .map(|(event, k)| format!("{k} {event}"))
                .collect();
            format!(
                "Received {n} callback{}: {}",
                if n == 1 { "" } else { "s" },
                by_event.join(", ")
            )
        }
    };
    eprintln!("{summary}");
    match (report.outcome, args.count) {
        (Outcome::TimedOut, Some(n)) => Err(Error::ListenTimeout(format!(
            "timed out after {} s: {} of {n} callbacks arrived",
            args.timeout.unwrap_or_default(),
            report.tally.received
        ))),
        _ => Ok(()),
    }
}
