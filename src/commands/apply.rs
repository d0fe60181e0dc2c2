//! `apply` and `export`: a store's hooks as a file, and the file made true of one or more
//! stores. The plan itself is `crate::plan`; this module reads, prints and carries it out.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};

use colored::Colorize;
use serde_json::{Value, json};

use super::Context;
use super::hooks::{ask, check_destination, check_scope};
use crate::api::{HooksApi, ListQuery, PAGE_SIZE};
use crate::cli::{ApplyArgs, ExportArgs};
use crate::error::Error;
use crate::hookfile::{FileHook, HookFile, Wanted, is_json, placeholder};
use crate::output::{Stream::Stdout, Styled, print_json, write_stdout};
use crate::parallel;
use crate::plan::{self, Action, Step};

/// How one store's run ended.
struct StoreRun {
    profile: String,
    /// The plan lines and what came of them, for people.
    text: String,
    /// The `--json` entries.
    entries: Vec<Value>,
    /// What stopped it, if anything.
    error: Option<Error>,
    drifted: bool,
}

/// `contexts` are the stores to apply the file to (one per profile), built by the caller.
pub fn apply(
    contexts: Vec<Context>,
    args: &ApplyArgs,
    json_out: bool,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(), Error> {
    let file = HookFile::read(&args.file)?;
    let wanted = file.wanted(env)?;
    check_wanted(
        &file,
        &wanted,
        args.allow_insecure,
        args.allow_unknown_scope,
    )?;
    let several = contexts.len() > 1;
    let deletions_confirmed = args.yes || args.dry_run || args.check;
    if args.prune && !deletions_confirmed && (several || !io::stdin().is_terminal()) {
        return Err(Error::usage(
            "apply --prune deletes hooks: it needs --yes when there is no terminal to confirm on, \
             or for several stores",
        )
        .hint("see the plan first with --dry-run; nothing was sent"));
    }

    // Each store on a worker, up to --jobs at once; its requests stay in order.
    let mut runs = parallel::map(&contexts, args.jobs as usize, |ctx| {
        apply_to(ctx, &wanted, args, !several)
    });

    if json_out {
        let all: Vec<&Value> = runs.iter().flat_map(|r| &r.entries).collect();
        print_json(&all)?;
    } else {
        for run in &runs {
            write_stdout(&run.text)?;
        }
    }
    // One store: its own error, with its exit code (5 for a limit, 3 for a refused token...).
    if let [StoreRun { error: Some(_), .. }] = runs.as_slice() {
        let run = runs.pop().expect("one run");
        return Err(run.error.expect("matched above"));
    }
    let failed: Vec<&str> = runs
        .iter()
        .filter(|r| r.error.is_some())
        .map(|r| r.profile.as_str())
        .collect();
    if !failed.is_empty() {
        // A single store's own error was already told in its lines; this says which failed.
        return Err(Error::other(format!(
            "apply failed for {}",
            failed
                .iter()
                .map(|p| format!("profile '{p}'"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    if args.check && runs.iter().any(|r| r.drifted) {
        return Err(Error::unhealthy(
            "the store's hooks differ from the file (the plan above says how)",
        )
        .hint("`bchook apply -f FILE` makes them match"));
    }
    Ok(())
}

/// Refuses a file that breaks a limit by itself, or a hook the scope or destination rule
/// refuses, before any request (`apply`, and `listen -f`); warns of callbacks that would
/// arrive twice.
pub(super) fn check_wanted(
    file: &HookFile,
    wanted: &[Wanted],
    allow_insecure: bool,
    allow_unknown: bool,
) -> Result<(), Error> {
    plan::check_file(wanted).map_err(Error::usage)?;
    for (i, w) in wanted.iter().enumerate() {
        check_scope(&w.scope, allow_unknown)
            .and_then(|()| check_destination(&w.destination, allow_insecure))
            .map_err(|e| e.within(&file.place_of(i)))?;
    }
    for (wide, narrow) in overlaps(wanted) {
        crate::output::warn(&format!(
            "{} and {} both go to {}: each {} callback arrives there twice",
            wide.scope, narrow.scope, narrow.destination, narrow.scope
        ));
    }
    Ok(())
}

/// Pairs of hooks to one destination where a wildcard scope (`store/order/*`) covers the other's
/// scope (`store/order/created`): BigCommerce delivers each such event once for each hook.
fn overlaps(wanted: &[Wanted]) -> Vec<(&Wanted, &Wanted)> {
    let mut pairs = Vec::new();
    for wide in wanted {
        let Some(prefix) = wide.scope.strip_suffix('*') else {
            continue;
        };
        for narrow in wanted {
            if !std::ptr::eq(wide, narrow)
                && narrow.destination == wide.destination
                && narrow.scope != wide.scope
                && narrow.scope.starts_with(prefix)
            {
                pairs.push((wide, narrow));
            }
        }
    }
    pairs
}

/// Plans and (unless --dry-run or --check) carries out the file on one store.
fn apply_to(ctx: &Context, wanted: &[Wanted], args: &ApplyArgs, may_ask: bool) -> StoreRun {
    let profile = ctx.settings.profile.value.clone();
    let store = ctx
        .settings
        .store_hash
        .as_ref()
        .map(|s| s.value.clone())
        .or_else(|| ctx.settings.beta.as_ref().map(|b| b.producer.clone()))
        .unwrap_or_default();
    let mut run = StoreRun {
        profile: profile.clone(),
        text: format!(
            "{} {}\n",
            store.bold().on(Stdout),
            format!("(profile {profile})").dimmed().on(Stdout)
        ),
        entries: Vec::new(),
        error: None,
        drifted: false,
    };
    let entry = |step: Option<&Step>, result: &str, error: Option<String>| {
        json!({"profile": profile, "store": store, "action": step.map(Step::name),
               "id": step.and_then(Step::id), "scope": step.map(|s| &s.scope),
               "destination": step.map(|s| &s.destination),
               "changes": step.map(|s| s.changes()).unwrap_or_default(),
               "result": result, "error": error})
    };
    let planned = ctx.hooks().and_then(|hooks| {
        let query = ListQuery {
            limit: Some(PAGE_SIZE),
            ..ListQuery::default()
        };
        let existing = hooks.list_all(&query)?;
        let steps = plan::plan(wanted, &existing, args.prune)
            .map_err(|e| Error::refused(e).hint("nothing was changed"))?;
        Ok((hooks, steps))
    });
    let (hooks, steps) = match planned {
        Ok(planned) => planned,
        Err(e) => {
            if !may_ask {
                // Among several stores, the failure is told in this store's lines.
                run.text
                    .push_str(&format!("  {} {e}\n", "failed:".red().bold().on(Stdout)));
            }
            run.entries.push(entry(None, "failed", Some(e.to_string())));
            run.error = Some(e);
            return run;
        }
    };
    run.drifted = steps.iter().any(Step::writes);
    let width = steps.iter().map(|s| s.scope.len()).max().unwrap_or(0);
    for step in &steps {
        run.text.push_str(&plan_line(step, width));
    }
    let writes = steps.iter().filter(|s| s.writes()).count();
    let carry_out = !args.dry_run && !args.check && writes > 0;
    let deletions = steps
        .iter()
        .filter(|s| matches!(s.action, Action::Delete(_)))
        .count();
    let confirmed = !carry_out
        || deletions == 0
        || args.yes
        || (may_ask && super::hooks::ask(&format!("{}Delete {deletions} hooks? [y/N] ", run.text)));
    let mut error: Option<(usize, Error)> = None;
    if carry_out && confirmed {
        for (i, step) in steps.iter().enumerate().filter(|(_, s)| s.writes()) {
            if let Err(e) = execute(hooks.as_ref(), step) {
                error = Some((i, e));
                break;
            }
        }
    }
    for (i, step) in steps.iter().enumerate() {
        let result = match (&error, step.writes()) {
            (_, false) => "none",
            (_, true) if !carry_out || !confirmed => "planned",
            (Some((at, _)), true) if i == *at => "failed",
            (Some((at, _)), true) if i > *at => "planned",
            (_, true) => "done",
        };
        let message = error
            .as_ref()
            .filter(|(at, _)| *at == i)
            .map(|(_, e)| e.to_string());
        run.entries.push(entry(Some(step), result, message));
    }
    let done = steps
        .iter()
        .enumerate()
        .filter(|(i, s)| s.writes() && error.as_ref().is_none_or(|(at, _)| i < at))
        .count();
    let summary = match (&error, carry_out, confirmed) {
        (Some((at, e)), _, _) => {
            format!(
                "  {} at {} {}: {e}\n  {done} of {writes} changes were made before it; the rest were not\n",
                "stopped".red().bold().on(Stdout),
                steps[*at].name(),
                steps[*at].scope
            )
        }
        (None, true, false) => "  nothing was changed\n".to_string(),
        (None, true, true) => format!("  {writes} changes made\n"),
        (None, false, _) if writes == 0 => "  nothing to change\n".to_string(),
        (None, false, _) => {
            format!("  {writes} changes to make (not made: --dry-run or --check)\n")
        }
    };
    run.text.push_str(&summary);
    run.error = error.map(|(_, e)| e);
    run
}

fn execute(hooks: &dyn HooksApi, step: &Step) -> Result<(), Error> {
    match &step.action {
        Action::Create(new) => hooks.create(new).map(|_| ())?,
        Action::Update { id, patch, .. } => hooks.update(*id, patch).map(|_| ())?,
        Action::Delete(id) => hooks.delete(*id).map(|_| ())?,
        Action::Unchanged(_) | Action::Extra(_) => {}
    }
    Ok(())
}

/// `  ~ update    18048287   store/order/*  https://...  headers: X-Secret changed`, the scope
/// padded to `width` so destinations line up.
fn plan_line(step: &Step, width: usize) -> String {
    let (sign, word) = match step.action {
        Action::Create(_) => ("+".green(), "create"),
        Action::Update { .. } => ("~".yellow(), "update"),
        Action::Delete(_) => ("-".red(), "delete"),
        Action::Unchanged(_) => ("=".dimmed(), "unchanged"),
        Action::Extra(_) => ("!".yellow(), "extra"),
    };
    let id = step.id().map(|id| id.to_string()).unwrap_or_default();
    let note = match &step.action {
        Action::Update { changes, .. } => format!("  {}", changes.join(", ")),
        Action::Extra(_) => "  (kept; --prune deletes it)".to_string(),
        _ => String::new(),
    };
    format!(
        "  {} {word:<9} {id:<10} {:<width$}  {}{note}\n",
        sign.on(Stdout),
        step.scope,
        step.destination
    )
}

/// `export`: the store's hooks as a hooks file, header values as `${NAME}` placeholders.
pub fn export(ctx: &Context, args: &ExportArgs) -> Result<(), Error> {
    // Before any request: an existing file is replaced only when asked to.
    if let Some(path) = args.output.as_deref().filter(|p| p.exists() && !args.force) {
        let question = format!("{} exists. Replace it? [y/N] ", path.display());
        let replace = std::io::stdin().is_terminal() && ask(&question);
        if !replace {
            return Err(
                Error::usage(format!("{} exists; nothing was written", path.display()))
                    .hint("add --force to replace it, or give another -o FILE"),
            );
        }
    }
    let query = ListQuery {
        limit: Some(PAGE_SIZE),
        ..ListQuery::default()
    };
    let existing = ctx.hooks()?.list_all(&query)?;
    // One placeholder per distinct value of a header: X_SECRET, X_SECRET_2, ... in file order.
    let mut names: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    let mut file = HookFile::default();
    for h in &existing {
        let mut headers = BTreeMap::new();
        for (name, value) in h.headers.clone().unwrap_or_default() {
            let shown = match args.show_secrets {
                true => value,
                false => {
                    let key = (name.clone(), value);
                    let var = names.entry(key).or_insert_with(|| {
                        let base = placeholder(&name);
                        let n = taken.entry(base.clone()).or_default();
                        *n += 1;
                        match *n {
                            1 => base,
                            n => format!("{base}_{n}"),
                        }
                    });
                    format!("${{{var}}}")
                }
            };
            headers.insert(name, shown);
        }
        file.hooks.push(FileHook {
            scope: h.scope.clone(),
            destination: h.destination.clone(),
            headers,
            active: h.is_active,
        });
    }
    let as_json = ctx.json || args.output.as_deref().is_some_and(is_json);
    let text = file.to_text(as_json);
    match &args.output {
        Some(path) => {
            write_whole(path, &text)
                .map_err(|e| Error::other(format!("cannot write {}: {e}", path.display())))?;
            eprintln!("Wrote {} hooks to {}", file.hooks.len(), path.display());
            if !names.is_empty() {
                let vars: Vec<&str> = names.values().map(String::as_str).collect();
                eprintln!(
                    "Set {} before `bchook apply -f {}`.",
                    vars.join(", "),
                    path.display()
                );
            }
            Ok(())
        }
        None => write_stdout(&text),
    }
}

/// Writes `text` to `path` whole or not at all: a temporary file beside it, then a rename.
fn write_whole(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, text).and_then(|_| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}
