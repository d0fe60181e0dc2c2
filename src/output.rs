//! Everything printed for people: colour choice, tables, hook blocks, times, JSON.

use std::io::{self, IsTerminal, Write};

use colored::Colorize;
use serde::Serialize;

use crate::api::Hook;
use crate::cli::ColorChoice;
use crate::deliver::Delivery;
use crate::error::Error;
use crate::time::format_unix;

/// Decides once whether stdout and stderr get colour.
pub fn init_color(choice: ColorChoice, no_color_env: bool) {
    let on = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color_env && io::stdout().is_terminal(),
    };
    colored::control::set_override(on);
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::Other(format!("cannot encode JSON: {e}")))?;
    write_stdout(&format!("{text}\n"))
}

/// Writes to stdout; a closed pipe (`bchook list | head`) is not an error worth a message.
pub fn write_stdout(text: &str) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Error::Other(format!("cannot write to stdout: {e}")))
        }
        _ => Ok(()),
    }
}

/// What a handler answered: `200 OK in 3 ms` (green for 2xx, red otherwise), or `failed: why`.
pub fn delivery_outcome(d: &Delivery) -> String {
    match d.status {
        Some(status) => {
            let code = reqwest::StatusCode::from_u16(status)
                .map_or_else(|_| status.to_string(), |s| s.to_string());
            let code = if d.is_success() {
                code.green()
            } else {
                code.red()
            };
            format!("{code} in {} ms", d.ms)
        }
        None => format!(
            "{} {}",
            "failed:".red(),
            d.error.as_deref().unwrap_or("no answer")
        ),
    }
}

pub fn warn(message: &str) {
    eprintln!("{} {message}", "warning:".yellow().bold());
}

/// A table of hooks: id, active, scope, destination, custom header names, created.
pub fn hook_table(hooks: &[Hook]) -> String {
    let rows: Vec<[String; 6]> = hooks
        .iter()
        .map(|h| {
            [
                h.id.to_string(),
                yes_no(h.is_active).to_string(),
                h.scope.clone(),
                h.destination.clone(),
                h.header_names().join(","),
                h.created_at.map(format_unix).unwrap_or_default(),
            ]
        })
        .collect();
    let titles = ["ID", "ACTIVE", "SCOPE", "DESTINATION", "HEADERS", "CREATED"];
    let mut widths = titles.map(|t| t.len());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: [String; 6], style: &dyn Fn(usize, String) -> String| {
        let padded: Vec<String> = cells
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = " ".repeat(widths[i] - c.chars().count());
                // Colour after padding: escape codes would break the widths.
                format!("{}{pad}", style(i, c))
            })
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(titles.map(String::from), &|_, c| c.bold().to_string());
    for row in rows {
        out.push_str(&line(row, &|i, c| match (i, c.as_str()) {
            (1, "yes") => c.green().to_string(),
            (1, _) => c.red().to_string(),
            _ => c,
        }));
    }
    out
}

/// One hook as a readable block. Header values are hidden: they are often shared secrets.
pub fn hook_block(hook: &Hook) -> String {
    let mut out = format!("{} {}\n", "Hook".bold(), hook.id.to_string().bold());
    let mut field =
        |name: &str, value: String| out.push_str(&format!("  {:<12} {value}\n", name.dimmed()));
    field("scope", hook.scope.clone());
    field("destination", hook.destination.clone());
    let active = if hook.is_active {
        "yes".green()
    } else {
        "no".red()
    };
    field("active", active.to_string());
    let names = hook.header_names();
    field(
        "headers",
        if names.is_empty() {
            "none".to_string()
        } else {
            format!("{} (values hidden; --json shows them)", names.join(", "))
        },
    );
    if let Some(id) = &hook.client_id {
        field("client id", id.clone());
    }
    if let Some(hash) = &hook.store_hash {
        field("store hash", hash.clone());
    }
    if let Some(t) = hook.created_at {
        field("created", format_unix(t));
    }
    if let Some(t) = hook.updated_at {
        field("updated", format_unix(t));
    }
    out
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
