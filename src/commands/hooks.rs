//! `subscribe`, `list`, `show`, `update`, `delete`.

use std::collections::BTreeMap;
use std::io::{self, BufRead, IsTerminal, Write};

use super::Context;
use crate::api::{ApiError, Hook, HookPatch, ListQuery, NewHook, PAGE_SIZE};
use crate::cli::{
    DeleteArgs, HookFilter, ListArgs, ShowArgs, SubscribeArgs, UpdateArgs, on_or_off,
};
use crate::deliver::handler_url;
use crate::error::Error;
use crate::output::{Stream, hook_block, hook_table, print_error, print_json, warn, write_stdout};
use crate::platform::bigcommerce::delivery;
use crate::scopes;

pub fn subscribe(ctx: &Context, args: &SubscribeArgs) -> Result<(), Error> {
    check_scope(&args.scope, args.allow_unknown_scope)?;
    if ctx.settings.beta.is_some() && !scopes::BETA_2013.contains(&args.scope.as_str()) {
        warn(&format!(
            "the 2013 beta hooks service knew 14 scopes (`bchook scopes --json` marks them \
             beta_2013), and {} is not one of them",
            args.scope
        ));
    }
    check_destination(&args.destination, args.allow_insecure)?;
    let new = NewHook {
        scope: args.scope.clone(),
        destination: args.destination.clone(),
        is_active: !args.inactive,
        headers: (!args.headers.is_empty()).then(|| header_map(&args.headers)),
    };
    let hook = ctx.hooks()?.create(&new)?;
    print_hook(ctx, &hook, &format!("Created hook {}", hook.id))
}

pub fn list(ctx: &Context, args: &ListArgs) -> Result<(), Error> {
    let client = ctx.hooks()?;
    let query = list_query(&args.filter, args.limit);
    let hooks = match args.page {
        Some(page) => client.list_page(&query, u64::from(page))?,
        None => client.list_all(&query)?,
    };
    if ctx.json {
        return print_json(&hooks);
    }
    if hooks.is_empty() {
        eprintln!("No hooks found. Create one with `bchook subscribe SCOPE DESTINATION`.");
        return Ok(());
    }
    write_stdout(&hook_table(&hooks, Stream::Stdout))
}

pub fn show(ctx: &Context, args: &ShowArgs) -> Result<(), Error> {
    let hook = ctx.hooks()?.get(args.id)?;
    if ctx.json {
        return print_json(&hook);
    }
    write_stdout(&hook_block(&hook))
}

pub fn update(ctx: &Context, args: &UpdateArgs) -> Result<(), Error> {
    let patch = HookPatch {
        scope: args.scope.clone(),
        destination: args.destination.clone(),
        is_active: on_or_off(args.active, args.inactive),
        headers: if args.no_headers {
            Some(BTreeMap::new())
        } else {
            (!args.headers.is_empty()).then(|| header_map(&args.headers))
        },
    };
    if patch.is_empty() {
        return Err(Error::usage(
            "nothing to change: give at least one of --scope, --destination, --active, --inactive, \
             --header or --no-headers",
        ));
    }
    if let Some(scope) = &patch.scope {
        check_scope(scope, args.allow_unknown_scope)?;
    }
    if let Some(destination) = &patch.destination {
        check_destination(destination, args.allow_insecure)?;
    }
    let hook = ctx.hooks()?.update(args.id, &patch)?;
    print_hook(ctx, &hook, &format!("Updated hook {}", hook.id))
}

pub fn delete(ctx: &Context, args: &DeleteArgs) -> Result<(), Error> {
    // Decide before any request whether we may go on: a script must not hang on a prompt.
    let confirm = args.all && !args.yes;
    if confirm && !io::stdin().is_terminal() {
        return Err(Error::usage(
            "delete --all needs --yes when there is no terminal to confirm on; nothing was deleted",
        )
        .hint("list what would go with the same filters: `bchook list ...`; then add --yes"));
    }
    let client = ctx.hooks()?;
    let ids: Vec<u64> = if args.all {
        let matches = client.list_all(&list_query(&args.filter, None))?;
        if matches.is_empty() {
            eprintln!("No hooks match; nothing to delete.");
            return if ctx.json {
                print_json(&matches)
            } else {
                Ok(())
            };
        }
        let question = match matches.len() {
            1 => "Delete this hook? [y/N] ".to_string(),
            n => format!("Delete these {n} hooks? [y/N] "),
        };
        if confirm
            && !ask(&format!(
                "{}{question}",
                hook_table(&matches, Stream::Stderr)
            ))
        {
            eprintln!("Nothing was deleted.");
            return Ok(());
        }
        matches.iter().map(|h| h.id).collect()
    } else {
        args.ids.clone()
    };

    each_hook(ctx, &ids, "Deleted", |id| client.delete(id))
}

/// Does `op` to each hook in turn and goes on when one fails: a line per hook done
/// (`{done} hook ID (scope -> destination)`), or with `--json` an array of the hooks done.
/// Failures are reported in order as they come; the last one is returned, so it gives the exit
/// code.
pub fn each_hook(
    ctx: &Context,
    ids: &[u64],
    done: &str,
    mut op: impl FnMut(u64) -> Result<Hook, ApiError>,
) -> Result<(), Error> {
    let mut hooks = Vec::new();
    let mut failure: Option<Error> = None;
    for &id in ids {
        match op(id) {
            Ok(hook) => {
                if !ctx.json {
                    write_stdout(&format!(
                        "{done} hook {} ({} -> {})\n",
                        hook.id, hook.scope, hook.destination
                    ))?;
                }
                hooks.push(hook);
            }
            Err(e) => {
                if let Some(earlier) = failure.replace(e.into()) {
                    print_error(&earlier);
                }
            }
        }
    }
    if ctx.json {
        print_json(&hooks)?;
    }
    failure.map_or(Ok(()), Err)
}

fn print_hook(ctx: &Context, hook: &Hook, headline: &str) -> Result<(), Error> {
    if ctx.json {
        return print_json(hook);
    }
    eprintln!("{headline}");
    write_stdout(&hook_block(hook))
}

fn list_query(filter: &HookFilter, limit: Option<u32>) -> ListQuery {
    ListQuery {
        scope: filter.scope.clone(),
        destination: filter.destination.clone(),
        is_active: filter.is_active(),
        limit: Some(limit.unwrap_or(PAGE_SIZE)),
    }
}

fn header_map(headers: &[(String, String)]) -> BTreeMap<String, String> {
    headers.iter().cloned().collect()
}

/// The one rule for a scope sent to BigCommerce (subscribe, update, apply, listen --subscribe),
/// as CLI.md settles it: a malformed one is an error; one within two edits of a known scope is a
/// typo, an error with the nearest known ones, since it makes a hook that never fires; another
/// unknown one is an error too, unless `allow_unknown` (BigCommerce added a scope) makes it a
/// warning.
pub(super) fn check_scope(scope: &str, allow_unknown: bool) -> Result<(), Error> {
    if !scopes::is_well_formed(scope) {
        return Err(Error::usage(format!(
            "{scope:?} is not a webhook scope: scopes look like store/order/created or store/product/*"
        ))
        .hint(scopes::suggestion(scope)));
    }
    if scopes::is_known(scope) {
        return Ok(());
    }
    let message = format!("{scope} is not a scope bchook knows");
    if scopes::is_typo(scope) {
        return Err(Error::usage(message).hint(format!(
            "{} (a scope within two edits of a known one is taken for a typo)",
            scopes::suggestion(scope)
        )));
    }
    if !allow_unknown {
        return Err(Error::usage(message)
            .hint("see `bchook scopes`; if BigCommerce added it, add --allow-unknown-scope"));
    }
    warn(&format!("{message}; BigCommerce may have added it"));
    Ok(())
}

/// The one rule for a destination (subscribe, update, apply): BigCommerce delivers only to
/// https on port 443, so any other is an error; `allow_insecure` (a local fake) makes it a
/// warning.
pub(super) fn check_destination(destination: &str, allow_insecure: bool) -> Result<(), Error> {
    let url = handler_url("destination", destination).map_err(|_| {
        Error::usage(format!("{destination:?} is not a destination URL"))
            .hint("give the full https URL of your handler, e.g. https://example.com/hooks")
    })?;
    if !delivery::delivers_to(&url) {
        let message = format!(
            "BigCommerce delivers callbacks only to https on port 443, so {destination} will not receive them"
        );
        if !allow_insecure {
            return Err(Error::usage(message).hint(
                "give your handler's https URL (a tunnel's, for this machine); --allow-insecure makes this a warning, for a local fake",
            ));
        }
        warn(&message);
    }
    let host = url.host_str().unwrap_or_default();
    if host == "localhost" || host.starts_with("127.") || host == "[::1]" {
        warn(
            "BigCommerce cannot reach this machine: run `bchook listen` behind a tunnel and subscribe the tunnel's https URL",
        );
    }
    Ok(())
}

/// Asks a yes/no question on the terminal; anything but y/yes is no.
pub(super) fn ask(question: &str) -> bool {
    eprint!("{question}");
    let _ = io::stderr().flush();
    let mut answer = String::new();
    if io::stdin().lock().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}
