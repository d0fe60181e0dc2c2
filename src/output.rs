//! Everything printed for people: colour choice, tables, hook blocks, times, JSON.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use colored::{ColoredString, Colorize};
use serde::Serialize;

use crate::api::Hook;
use crate::cli::ColorChoice;
use crate::deliver::Delivery;
use crate::error::Error;

/// The two streams text is written to; each has its own colour decision, so that
/// `bchook list 2>log` on a terminal colours the table and leaves the log plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

static STDOUT_COLOR: AtomicBool = AtomicBool::new(false);
static STDERR_COLOR: AtomicBool = AtomicBool::new(false);

impl Stream {
    pub fn colored(self) -> bool {
        match self {
            Stream::Stdout => STDOUT_COLOR.load(Ordering::Relaxed),
            Stream::Stderr => STDERR_COLOR.load(Ordering::Relaxed),
        }
    }
}

/// Decides once, for stdout and for stderr apart: `--color always|never`, else colour when that
/// stream is a terminal and NO_COLOR is not set.
pub fn init_color(choice: ColorChoice, no_color_env: bool) {
    let decide = |is_terminal: bool| match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color_env && is_terminal,
    };
    STDOUT_COLOR.store(decide(io::stdout().is_terminal()), Ordering::Relaxed);
    STDERR_COLOR.store(decide(io::stderr().is_terminal()), Ordering::Relaxed);
    // `colored` has one switch for the whole process; the decision is made per stream by
    // `Styled::on` instead, so its own is always on.
    colored::control::set_override(true);
}

/// Styled text for one stream: `"error:".red().bold().on(Stream::Stderr)`, plain when that
/// stream gets no colour. Every styled string is rendered through this.
pub trait Styled {
    fn on(self, stream: Stream) -> String;
}

impl Styled for ColoredString {
    fn on(self, stream: Stream) -> String {
        if stream.colored() {
            self.to_string()
        } else {
            self.input
        }
    }
}

/// Text from outside (a sender's callback, a handler's answer, an error quoting either) made
/// safe to print: every control character is shown as an escape (`\x1b`, `\x07`, C1 as
/// `\u{9b}`), so nothing a sender writes can move the cursor, clear the screen or retitle the
/// window. One line stays one line; [`visible_lines`] keeps line breaks and tabs for bodies.
/// Every printer shows outside text through one of these two.
pub fn visible(text: &str) -> Cow<'_, str> {
    escape_controls(text, false)
}

/// A sender's value quoted in a message (a signature error, saved and printed), at most `max`
/// characters of it: a header or body field can be as long as the request.
pub fn clipped(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => format!("{text:?}"),
        Some((end, _)) => format!("{:?}... ({} bytes)", &text[..end], text.len()),
    }
}

/// As [`visible`], but `\n` and `\t` are kept: for a body shown over several lines.
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    escape_controls(text, true)
}

fn escape_controls(text: &str, keep_lines: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !(keep_lines && (c == '\n' || c == '\t'));
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if !unsafe_char(c) => out.push(c),
            c if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

/// Prints an error and its hint on stderr: the one place that writes `error:` and `hint:`.
pub fn print_error(e: &Error) {
    // An error can quote what a sender or a handler said.
    let message = e.to_string();
    eprintln!(
        "{} {}",
        "error:".red().bold().on(Stream::Stderr),
        visible_lines(&message)
    );
    if let Some(hint) = e.hint_text() {
        eprintln!(
            "{} {}",
            "hint:".cyan().bold().on(Stream::Stderr),
            visible_lines(hint)
        );
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::other(format!("cannot encode JSON: {e}")))?;
    write_stdout(&format!("{text}\n"))
}

/// Writes to stdout; a closed pipe (`bchook list | head`) is not an error worth a message.
pub fn write_stdout(text: &str) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Error::other(format!("cannot write to stdout: {e}")))
        }
        _ => Ok(()),
    }
}

/// What a handler answered (for stdout): `200 OK in 3 ms` (green for 2xx, red otherwise), or `failed: why`.
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
            format!("{} in {} ms", code.on(Stream::Stdout), d.ms)
        }
        None => format!(
            "{} {}",
            "failed:".red().on(Stream::Stdout),
            visible(d.error.as_deref().unwrap_or("no answer"))
        ),
    }
}

pub fn warn(message: &str) {
    eprintln!(
        "{} {}",
        "warning:".yellow().bold().on(Stream::Stderr),
        visible_lines(message)
    );
}

/// A table of hooks for `stream`: id, active, scope, destination, custom header names, created.
pub fn hook_table(hooks: &[Hook], stream: Stream) -> String {
    let rows: Vec<[String; 6]> = hooks
        .iter()
        .map(|h| {
            [
                h.id.to_string(),
                yes_no(h.is_active).to_string(),
                h.scope.clone(),
                h.destination.clone(),
                h.header_names().join(","),
                h.created_at
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
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
    let mut out = line(titles.map(String::from), &|_, c| c.bold().on(stream));
    for row in rows {
        out.push_str(&line(row, &|i, c| match (i, c.as_str()) {
            (1, "yes") => c.green().on(stream),
            (1, _) => c.red().on(stream),
            _ => c,
        }));
    }
    out
}

/// One hook as a readable block for stdout. Header values are hidden: they are often shared
/// secrets.
pub fn hook_block(hook: &Hook) -> String {
    let out_ = Stream::Stdout;
    let mut out = format!(
        "{} {}\n",
        "Hook".bold().on(out_),
        hook.id.to_string().bold().on(out_)
    );
    // Pad before styling: escape codes would break the column.
    let mut field = |name: &str, value: String| {
        out.push_str(&format!(
            "  {} {value}\n",
            format!("{name:<12}").dimmed().on(out_)
        ))
    };
    field("scope", hook.scope.clone());
    field("destination", hook.destination.clone());
    let active = if hook.is_active {
        "yes".green()
    } else {
        "no".red()
    };
    field("active", active.on(out_));
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
    if let Some(t) = &hook.created_at {
        field("created", t.to_string());
    }
    if let Some(t) = &hook.updated_at {
        field("updated", t.to_string());
    }
    out
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// `1 hook`, `2 hooks`.
pub fn plural(n: usize, what: &str) -> String {
    match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::{clipped, visible, visible_lines};

    #[test]
    fn clipped_quotes_at_most_so_much() {
        assert_eq!(clipped("abc", 5), "\"abc\"");
        assert_eq!(clipped("abcdefgh", 3), "\"abc\"... (8 bytes)");
        assert_eq!(clipped("\u{1b}[2J", 10), "\"\\u{1b}[2J\"");
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(visible("order.created"), "order.created");
        assert!(matches!(visible("plain"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(
            visible("a\x1b]0;t\x07b\rc\nd\te\x7f\u{9b}f\u{85}é"),
            r"a\x1b]0;t\x07b\x0dc\x0ad\x09e\x7f\u{9b}f\u{85}é"
        );
        assert_eq!(
            visible_lines("one\n\ttwo\r\x1b[2J"),
            "one\n\ttwo\\x0d\\x1b[2J"
        );
    }
}
