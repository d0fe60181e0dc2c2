//! `listen`: turns the flags into receiver options, runs it (between the hooks of a
//! `--subscribe` session, when there is one), and reports how it ended.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use super::Context;
use super::hooks::check_scope;
use super::session::{self, Session, SessionHook};
use crate::cli::ListenArgs;
use crate::deliver::{handler_url, join};
use crate::error::Error;
use crate::glob::EventFilter;
use crate::listen::forward::Routes;
use crate::listen::{Options, Outcome, Receiver, Stop, Style, answering};
use crate::output::{plural, visible, warn};
use crate::platform::bigcommerce::delivery;
use crate::platform::verify::Verifier;
use crate::secret::random_token;

/// The `--public-url` BigCommerce is to deliver to: https on port 443 (a warning with
/// `--allow-insecure`, for local fakes).
fn public_url(url: &str, allow_insecure: bool) -> Result<String, Error> {
    let parsed = handler_url("--public-url", url).map_err(Error::usage)?;
    if !delivery::delivers_to(&parsed) {
        let message =
            format!("--public-url {url} is not https on port 443, where BigCommerce delivers");
        if !allow_insecure {
            return Err(Error::usage(message).hint(
                "start a tunnel to this port, e.g. `cloudflared tunnel --url http://127.0.0.1:8080`, \
                 and give its https URL",
            ));
        }
        warn(&message);
    }
    Ok(url.to_string())
}

/// The active hooks of an `apply` file, each to `public_url` joined with the path and query of
/// its own destination, with its headers (`${NAME}` from the environment, as `apply` reads
/// them); inactive ones are said and skipped. The file's own limits are checked here, before
/// any hook is made.
fn hooks_from_file(
    file: &std::path::Path,
    public_url: &str,
    args: &ListenArgs,
) -> Result<Vec<SessionHook>, Error> {
    let hooks = crate::hookfile::HookFile::read(file)?;
    let wanted = hooks.wanted(&crate::config::process_env)?;
    // As `apply` checks it, so the file that mirrors production is one `apply` takes.
    super::apply::check_wanted(
        &hooks,
        &wanted,
        args.allow_insecure,
        args.allow_unknown_scope,
    )?;
    let base = handler_url("--public-url", public_url).map_err(Error::usage)?;
    let mut made: Vec<SessionHook> = Vec::new();
    for (i, w) in wanted.into_iter().enumerate() {
        if !w.active {
            eprintln!(
                "Skipping {} -> {}: inactive in {}",
                w.scope,
                w.destination,
                file.display()
            );
            continue;
        }
        let own = reqwest::Url::parse(&w.destination).map_err(|e| {
            Error::usage(format!(
                "{}: {:?} is not a URL: {e}",
                hooks.place_of(i),
                w.destination
            ))
        })?;
        let destination = join(&base, own.path(), own.query()).to_string();
        // Two hooks of the file at different hosts but the same path meet at the tunnel.
        if made
            .iter()
            .any(|m| m.scope == w.scope && m.destination == destination)
        {
            return Err(Error::usage(format!(
                "{}: {} -> {destination} is there twice once joined with --public-url; \
                 BigCommerce allows one hook per scope and destination",
                hooks.place_of(i),
                w.scope
            )));
        }
        made.push(SessionHook {
            scope: w.scope,
            destination,
            headers: w.headers,
        });
    }
    Ok(made)
}

/// What is in effect, one line each: where callbacks are saved, what is checked (header names,
/// never values), the answer, forwarding.
fn banner(
    args: &ListenArgs,
    secret: bool,
    required: &[(String, String)],
    routes: Option<&Routes>,
) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(path) = &args.save {
        let durable = if args.fsync {
            ", synced before each answer"
        } else {
            ""
        };
        lines.push(format!("saving to {}{durable}", path.display()));
    }
    let names: Vec<&str> = required.iter().map(|(n, _)| n.as_str()).collect();
    match (secret, names.is_empty()) {
        (true, true) => lines.push("checking signatures with the secret".to_string()),
        (true, false) => lines.push(format!(
            "checking signatures with the secret, and the header {}",
            names.join(", ")
        )),
        (false, false) => lines.push(format!("checking the header {}", names.join(", "))),
        (false, true) => lines.push(
            "not checking signatures (no --secret and no client_secret in the profile)".to_string(),
        ),
    }
    let answer = answering(args.status, args.delay, args.answer_from_app);
    lines.push(match args.answer_from_app {
        true => format!(
            "answering with {answer} (up to {}; 502 if it cannot be reached, 504 past that)",
            crate::time::human(args.app_timeout)
        ),
        false => format!("answering {answer}"),
    });
    if let Some(routes) = routes {
        lines.push(format!("forwarding {}", routes.describe()));
    }
    lines
}

pub fn listen(ctx: &Context, args: &ListenArgs) -> Result<(), Error> {
    // Everything that can be checked is checked before the first `--subscribe` hook is made:
    // the URLs, the secret, `--expand`'s profile, the save file, the port.
    let forward_to = Routes::parse(&args.forward_to).map_err(Error::usage)?;
    let secret = ctx.signing_secret(args.secret.as_ref())?;
    let public_url = args
        .public_url
        .as_deref()
        .map(|url| public_url(url, args.allow_insecure))
        .transpose()?;
    for scope in &args.subscribe {
        check_scope(scope, args.allow_unknown_scope)?;
    }
    let mut session_hooks: Vec<SessionHook> = args
        .subscribe
        .iter()
        .map(|scope| SessionHook {
            scope: scope.clone(),
            destination: public_url.clone().unwrap_or_default(),
            headers: Default::default(),
        })
        .collect();
    if let (Some(file), Some(url)) = (&args.hooks_file, &public_url) {
        session_hooks.extend(hooks_from_file(file, url, args)?);
    }
    let subscribing = public_url.as_ref().filter(|_| !session_hooks.is_empty());
    let mut required = args.require_headers.clone();
    // The hooks this run subscribes carry its token, which is required on every callback.
    let token = match subscribing {
        Some(_) => {
            let token = random_token().map_err(|e| {
                Error::other(format!(
                    "cannot read random bytes for the session token: {e}"
                ))
            })?;
            required.push((session::HEADER.to_string(), token.clone()));
            Some(token)
        }
        None => None,
    };
    let verifier = Verifier::new(secret.as_ref(), required.clone())
        .map_err(|e| Error::usage(e).hint("give the secret exactly as the platform shows it"))?
        .with_ecwid_max_age(args.max_age.as_secs() as i64);
    // Entities are kept 2 s: a burst of events for one entity makes one fetch, and a later
    // event still shows a later state.
    let expander = match args.expand {
        true => Some(
            ctx.expander("listen --expand", Some(Duration::from_secs(2)))?
                .into_stage(),
        ),
        false => None,
    };
    let banner = banner(args, secret.is_some(), &required, forward_to.as_ref());
    let opts = Options {
        answer_from_app: args.answer_from_app.then_some(args.app_timeout),
        host: args.host.clone(),
        port: args.port,
        status: args.status,
        delay: args.delay,
        save: args.save.clone(),
        forward_to,
        count: args.count,
        timeout: args.timeout,
        verifier,
        expander,
        secret: secret.clone(),
        ui_token: match (args.ui, &args.ui_token) {
            (false, _) => None,
            (true, Some(token)) => Some(token.clone()),
            (true, None) => Some(random_token().map_err(|e| {
                Error::other(format!(
                    "cannot read random bytes for the page's token: {e}"
                ))
            })?),
        },
        events: EventFilter::new(args.events.iter().map(String::as_str)),
        max_body: args.max_body,
        fsync: args.fsync,
        banner,
        tunnel_advice: public_url.is_none(),
        style: Style {
            json: ctx.json,
            compact: args.compact,
            verbose: ctx.verbose,
            hidden: required
                .iter()
                .map(|(name, _)| name.to_ascii_lowercase())
                .collect(),
        },
    };
    let receiver = Receiver::bind(opts)?;

    let stop = Arc::new(Stop::default());
    let flag = stop.clone();
    // The first Ctrl-C stops cleanly (the save file is complete); a second one stops waiting
    // for anything but the removal of this run's hooks.
    let _ = ctrlc::set_handler(move || {
        if flag.requested.swap(true, Ordering::SeqCst) {
            flag.hurry.store(true, Ordering::SeqCst);
        }
    });

    // From here every way out, an error or a panic included, removes the session's hooks: the
    // session is a guard that deletes them when dropped.
    let session = match (subscribing, token) {
        (Some(url), Some(token)) => {
            Some(Session::start(ctx, &session_hooks, url, args.yes, token)?)
        }
        _ => None,
    };
    let report = receiver.run(&stop);
    if let Some(session) = session {
        session.end()?;
    }
    let summary = match report.tally.received {
        0 => "No callbacks received.".to_string(),
        n => {
            let by_event: Vec<String> = report
                .tally
                .by_event
                .iter()
                .map(|(event, k)| format!("{k} {}", visible(event)))
                .collect();
            format!(
                "Received {}: {}",
                plural(n as usize, "callback"),
                by_event.join(", ")
            )
        }
    };
    eprintln!("{summary}");
    if report.tally.unsaved > 0 {
        eprintln!(
            "{} of them were not saved (answered 500): see the notes above",
            report.tally.unsaved
        );
    }
    match (report.outcome, args.count) {
        (Outcome::TimedOut, Some(n)) => Err(Error::listen_timeout(format!(
            "timed out after {}: {} of {n} callbacks arrived",
            crate::time::human(args.timeout.unwrap_or_default()),
            report.tally.received
        ))
        .hint("is the hook active and its destination this receiver's public URL? `bchook list` shows both")),
        _ => Ok(()),
    }
}
