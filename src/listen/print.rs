//! How a callback looks on stdout for a person: a header line and the body, coloured on a
//! terminal (with `--json`, the NDJSON line is written as saved). Everything a sender or an app
//! wrote goes through `output::visible` on its way out: no control code reaches the terminal.

use std::io::Write;

use colored::Colorize;
use serde_json::Value;

use crate::deliver::Delivery;
use crate::output::{Stream::Stdout, Styled, delivery_outcome, visible, visible_lines};
use crate::record::{Record, Signature};

#[derive(Debug, Clone)]
pub struct Style {
    pub json: bool,
    pub compact: bool,
    pub verbose: bool,
    /// Headers whose values `-v` never prints (lower-case names): the `--require-header`
    /// ones, which are shared secrets.
    pub hidden: Vec<String>,
}

/// Writes one callback for a person: a header line, then (unless compact) its body. With
/// `--json` the printer writes the callback's NDJSON line instead.
pub fn callback(out: &mut impl Write, style: &Style, record: &Record) -> std::io::Result<()> {
    writeln!(out, "{}", header_line(record))?;
    if let Some(error) = &record.signature_error {
        writeln!(
            out,
            "  {} {error}",
            "signature invalid:".red().bold().on(Stdout),
            error = visible(error)
        )?;
    }
    if record.truncated {
        let note = "the client went away before sending the whole body";
        writeln!(out, "  {}", note.yellow().on(Stdout))?;
    }
    if let Some(f) = &record.forward {
        writeln!(out, "  {} {}", "forwarded:".cyan().on(Stdout), answer(f))?;
    }
    if style.verbose {
        for (name, value) in &record.headers {
            let value = match style.hidden.contains(name) {
                true => "(hidden: a --require-header value)".into(),
                false => visible(value),
            };
            writeln!(
                out,
                "  {}: {value}",
                visible(name).as_ref().dimmed().on(Stdout),
            )?;
        }
    }
    if !style.compact {
        writeln!(out, "{}", body(record))?;
    }
    if let Some(found) = &record.entity {
        writeln!(out, "  {} {}", "entity:".cyan().on(Stdout), entity(found))?;
    }
    Ok(())
}

/// What the app answered to callback `seq`, on a line of its own:
/// `  #12 forwarded: 200 OK in 3 ms  {"ok":true}`.
pub fn forwarded(out: &mut impl Write, seq: u64, d: &Delivery) -> std::io::Result<()> {
    if d.cause == Some(super::forward::NOT_FORWARDED) {
        // It names the callback's event: the sender's text.
        let said = visible(d.error.as_deref().unwrap_or_default());
        return writeln!(out, "  {}", format!("#{seq} {said}").dimmed().on(Stdout));
    }
    let label = format!("#{seq} forwarded:");
    writeln!(out, "  {} {}", label.cyan().on(Stdout), answer(d))
}

/// `200 OK in 3 ms` and the start of the app's answer, on one line.
fn answer(d: &Delivery) -> String {
    let body = d
        .body
        .as_deref()
        .map(|b| format!("  {}", visible(b.trim()).as_ref().dimmed().on(Stdout)))
        .unwrap_or_default();
    format!("{}{body}", delivery_outcome(d))
}

/// The entity `expand` found for a callback, to indent under it: its JSON, or what stood in
/// its way (with the status, when there was an answer).
pub fn entity(entity: &Value) -> String {
    if entity.is_null() {
        return "not the profile's platform: nothing to fetch"
            .dimmed()
            .on(Stdout);
    }
    // An Ecwid callback's verdict leads: what the entity says of the callback.
    if let Some(verdict) = entity["verdict"].as_str() {
        let reason = visible(entity["reason"].as_str().unwrap_or_default());
        let said = match verdict {
            "confirmed" => verdict.green().on(Stdout),
            "changed since" => verdict.yellow().on(Stdout),
            _ => verdict.red().bold().on(Stdout),
        };
        let body = entity
            .get("body")
            .map(|b| format!("\n  {}", pretty(b, 1)))
            .unwrap_or_default();
        return format!("{said}: {reason}{body}");
    }
    if let Some(body) = entity.get("body") {
        return pretty(body, 1);
    }
    let error = visible(entity["error"].as_str().unwrap_or("no entity"))
        .as_ref()
        .yellow()
        .on(Stdout);
    match entity.get("status") {
        Some(status) => format!("{error} ({status})"),
        None => error,
    }
}

/// The body, indented: JSON pretty and coloured, text as it came.
fn body(record: &Record) -> String {
    let raw = record.body.raw();
    if let Some(json) = record.body.json() {
        return serde_json::from_str::<Value>(json)
            .map(|v| format!("  {}", pretty(&v, 1)))
            .unwrap_or_default();
    }
    if record.body.is_binary() {
        return format!(
            "  ({} bytes, not UTF-8: --json shows them as body_b64)",
            raw.len()
        );
    }
    match record.body.text() {
        Some(text) if !text.is_empty() => {
            format!("  {}", visible_lines(&text).replace('\n', "\n  "))
        }
        _ => format!("  {}", "(empty body)".dimmed().on(Stdout)),
    }
}

/// `10:41:02 POST /hooks  bigcommerce store/order/created  store abc123  id 250  valid  duplicate`
pub fn header_line(r: &Record) -> String {
    let time = r.received_at.get(11..19).unwrap_or(&r.received_at);
    let mut parts = vec![
        time.dimmed().on(Stdout),
        format!(
            "{} {}",
            visible(&r.method).as_ref().bold().on(Stdout),
            visible(&path_and_query(r))
        ),
        r.platform.name().cyan().on(Stdout),
    ];
    if let Some(event) = &r.event {
        parts.push(visible(event).as_ref().bold().on(Stdout));
    }
    if let Some(store) = &r.store {
        parts.push(format!("store {}", visible(store)));
    }
    if let Some(id) = &r.entity_id {
        let label = match r.event.as_deref() {
            Some(crate::scopes::DELIVERY_EXCEPTION) => "error",
            _ => "id",
        };
        parts.push(format!("{label} {}", visible(id)));
    }
    parts.push(signature_mark(r));
    if r.duplicate {
        let mark = match r.duplicate_of {
            Some(first) => format!("DUPLICATE of #{first}"),
            None => "DUPLICATE".to_string(),
        };
        parts.push(mark.yellow().bold().on(Stdout));
    }
    parts.join("  ")
}

fn path_and_query(r: &Record) -> String {
    match &r.query {
        Some(q) => format!("{}?{q}", r.path),
        None => r.path.clone(),
    }
}

fn signature_mark(r: &Record) -> String {
    match r.signature {
        Signature::Valid => "signature valid".green(),
        Signature::Invalid => "SIGNATURE INVALID".red().bold(),
        Signature::Absent if r.signature_unchecked => "signed (no --secret to check it)".yellow(),
        Signature::Absent if r.signature_expected => {
            "UNSIGNED (a signature was expected)".red().bold()
        }
        Signature::Absent => "unsigned".dimmed(),
    }
    .on(Stdout)
}

/// Pretty JSON with colours (keys, strings, numbers), indented by `depth` steps.
pub fn pretty(value: &Value, depth: usize) -> String {
    let pad = "  ".repeat(depth);
    let inner = "  ".repeat(depth + 1);
    match value {
        Value::Object(map) if !map.is_empty() => {
            let items: Vec<String> = map
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{inner}{}: {}",
                        visible(&serde_json::to_string(k).unwrap_or_default())
                            .as_ref()
                            .blue()
                            .on(Stdout),
                        pretty(v, depth + 1)
                    )
                })
                .collect();
            format!("{{\n{}\n{pad}}}", items.join(",\n"))
        }
        Value::Array(items) if !items.is_empty() => {
            let items: Vec<String> = items
                .iter()
                .map(|v| format!("{inner}{}", pretty(v, depth + 1)))
                .collect();
            format!("[\n{}\n{pad}]", items.join(",\n"))
        }
        // serde_json escapes C0 controls in strings, but not DEL or C1 ones.
        Value::String(_) => visible(&value.to_string()).as_ref().green().on(Stdout),
        Value::Number(_) => value.to_string().yellow().on(Stdout),
        Value::Bool(_) | Value::Null => value.to_string().magenta().on(Stdout),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::record::Record;

    #[test]
    fn a_delivery_exception_shows_its_error_code() {
        let line = r#"{"seq":1,"received_at":"2026-12-06T10:41:02.000Z","method":"POST","path":"/","query":null,"headers":{},"body":{"scope":"store/hook/deliveryException","data":{"type":"webhook","id":18048287,"error_code":90001}},"body_text":null,"platform":"bigcommerce","event":"store/hook/deliveryException","store":"abc123","entity_id":"90001","signature":"absent","signature_error":null,"duplicate":false}"#;
        let record = Record::from_line(line).unwrap();
        assert!(
            super::header_line(&record).contains("store abc123  error 90001  unsigned"),
            "{}",
            super::header_line(&record)
        );
    }
}
