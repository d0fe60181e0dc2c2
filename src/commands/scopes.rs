//! `scopes`: the catalogue, filterable.

use colored::Colorize;
use serde_json::{Value, json};

use super::Context;
use crate::cli::{EventPlatform, ScopesArgs};
use crate::entities::{self, Lookup};
use crate::error::Error;
use crate::glob::Glob;
use crate::output::{Stream::Stdout, Styled, print_json, write_stdout};
use crate::platform::ecwid;
use crate::scopes::{BETA_2013, Scope, catalogue};

/// Where `expand` finds a scope's entity: `{"first", "get": PATH, "what"}` (`first`: the GET
/// made before, when the data lacks a field), `{"none": why}`, or null for wildcards.
fn entity_endpoint(scope: &Scope) -> Value {
    if scope.is_wildcard() {
        return Value::Null;
    }
    let name = scope
        .name
        .replace("{channel_id}", "1")
        .replace("/*/", "/1/");
    // With the catalogue's example data: some families depend on it (a metafield's owner).
    let data: Value = scope
        .data
        .and_then(|d| serde_json::from_str(d).ok())
        .unwrap_or(Value::Null);
    match entities::lookup(&name, &data) {
        Some(Lookup::Fetch(endpoint)) => {
            json!({"first": endpoint.first, "get": endpoint.path, "what": endpoint.what})
        }
        Some(Lookup::Nothing { reason }) => json!({"none": reason}),
        None => json!({"none": "no endpoint is known for this family"}),
    }
}

pub fn scopes(ctx: &Context, args: &ScopesArgs) -> Result<(), Error> {
    let matches = |name: &str| match &args.pattern {
        None => true,
        Some(p) if p.contains('*') => Glob::new(p).matches(name),
        Some(p) => name.contains(p.as_str()),
    };
    if args.platform == EventPlatform::Ecwid {
        return ecwid_events(ctx, args, &matches);
    }
    let found: Vec<_> = catalogue().filter(|s| matches(s.name)).collect();
    if found.is_empty() {
        return Err(Error::usage(format!(
            "no known scope matches {:?}; `bchook scopes` lists them all",
            args.pattern.as_deref().unwrap_or("")
        )));
    }
    if ctx.json {
        let items: Vec<Value> = found
            .iter()
            .map(|s| {
                let data: Value = s.data.and_then(|d| serde_json::from_str(d).ok()).unwrap_or(Value::Null);
                json!({"scope": s.name, "description": s.description, "wildcard": s.is_wildcard(),
                       "templated": s.is_templated(), "data": data, "data_source": (s.origin != "-").then_some(s.origin),
                       "entity": entity_endpoint(s), "beta_2013": BETA_2013.contains(&s.name)})
            })
            .collect();
        return print_json(&items);
    }
    let width = found.iter().map(|s| s.name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for s in &found {
        let data = s
            .data
            .unwrap_or("(wildcard: subscribe to it; trigger one of its events)");
        out.push_str(&format!(
            "{}  {}\n{:<width$}  {}\n",
            format!("{:<width$}", s.name).bold().on(Stdout),
            s.description,
            "",
            data.dimmed().on(Stdout)
        ));
    }
    write_stdout(&out)
}

/// `scopes --platform ecwid`: Ecwid's events, each with its access scope and an example `data`.
fn ecwid_events(
    ctx: &Context,
    args: &ScopesArgs,
    matches: &dyn Fn(&str) -> bool,
) -> Result<(), Error> {
    let found: Vec<&ecwid::Event> = ecwid::EVENTS.iter().filter(|e| matches(e.name)).collect();
    if found.is_empty() {
        return Err(Error::usage(format!(
            "no Ecwid event matches {:?}; `bchook scopes --platform ecwid` lists them all",
            args.pattern.as_deref().unwrap_or("")
        )));
    }
    if ctx.json {
        let items: Vec<Value> = found
            .iter()
            .map(|e| json!({"event": e.name, "access_scope": e.access_scope, "data": ecwid::data_for(e, 103878161)}))
            .collect();
        return print_json(&items);
    }
    let width = found.iter().map(|e| e.name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for e in found {
        let data = ecwid::data_for(e, 103878161)
            .map_or_else(|| "(no data)".to_string(), |d| d.to_string());
        out.push_str(&format!(
            "{}  {}\n{:<width$}  {}\n",
            format!("{:<width$}", e.name).bold().on(Stdout),
            e.access_scope.unwrap_or("(sent to the app it is about)"),
            "",
            data.dimmed().on(Stdout)
        ));
    }
    write_stdout(&out)
}
