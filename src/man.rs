//! Manual pages from the clap definition, one a command (`bchook-token-save.1`), with the
//! sections a man page has: NAME, SYNOPSIS (value names included), DESCRIPTION, OPTIONS (the
//! command's own, under their headings), GLOBAL OPTIONS, COMMANDS, EXAMPLES (unfilled, so
//! troff never justifies or breaks a command), ENVIRONMENT, EXIT STATUS and SEE ALSO.
//!
//! The text comes from `--help`: a command's `after_long_help` is read as blocks separated by
//! blank lines: `EXAMPLES:` (one command a line, `\` continues one), `SEE ALSO: a, b`, and
//! paragraphs, which go to DESCRIPTION.

use clap::{Arg, ArgAction, Command};

use crate::cli::{ENVIRONMENT, EXIT_CODES};

/// The page of `cmd`, called `name` (`bchook-token-save`).
pub fn page(cmd: &Command, name: &str) -> String {
    let help = cmd
        .get_after_long_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    let blocks = Blocks::read(&help);
    let mut out = Roff::default();
    out.raw(".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n");
    out.raw(&format!(
        ".TH {} 1 \"\" \"bchook {}\" \"bchook manual\"\n",
        name.to_uppercase(),
        env!("CARGO_PKG_VERSION")
    ));
    // Left-aligned and unhyphenated: an option name or URL split at a hyphen reads as another.
    out.raw(".nh\n.ad l\n");

    out.section("NAME");
    let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
    out.text(&format!("{name} - {about}"));

    out.section("SYNOPSIS");
    out.raw(&synopsis(cmd, name));

    out.section("DESCRIPTION");
    let long_about = cmd.get_long_about().map(ToString::to_string);
    out.paragraph(long_about.as_deref().unwrap_or(&about));
    for paragraph in &blocks.paragraphs {
        out.paragraph(paragraph);
    }

    let own: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set())
        .collect();
    let global: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && a.is_global_set())
        .collect();
    let (positional, options): (Vec<&Arg>, Vec<&Arg>) =
        own.into_iter().partition(|a| a.is_positional());
    if !positional.is_empty() {
        out.section("ARGUMENTS");
        for arg in positional {
            out.item(&format!("\\fI{}\\fR", value_names(arg)), &arg_help(arg));
        }
    }
    if !options.is_empty() {
        out.section("OPTIONS");
        let mut heading = None;
        for arg in options {
            if arg.get_help_heading() != heading {
                heading = arg.get_help_heading();
                if let Some(h) = heading {
                    out.subsection(h);
                }
            }
            out.item(&option_label(arg), &arg_help(arg));
        }
    }
    if !global.is_empty() {
        out.section("GLOBAL OPTIONS");
        for arg in global {
            out.item(&option_label(arg), &arg_help(arg));
        }
    }

    let subcommands: Vec<&Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .collect();
    if !subcommands.is_empty() {
        out.section("COMMANDS");
        for sub in subcommands {
            let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
            let page = format!("{name}-{}", sub.get_name());
            out.item(&format!("\\fB{}\\fR(1)", escape(&page)), &about);
        }
    }

    if !blocks.examples.is_empty() {
        out.section("EXAMPLES");
        out.verbatim(&blocks.examples);
    }

    out.section("ENVIRONMENT");
    out.table(ENVIRONMENT);
    out.section("EXIT STATUS");
    out.table(EXIT_CODES);

    out.section("SEE ALSO");
    let mut see_also: Vec<String> = blocks
        .see_also
        .iter()
        .map(|name| format!("\\fB{}\\fR(1)", escape(&name.replace(' ', "-"))))
        .collect();
    if name != "bchook" {
        see_also.push("\\fBbchook\\fR(1)".to_string());
    }
    out.raw(&format!("{}\n", see_also.join(", ")));
    out.0
}

/// What a command's long help says, by block.
#[derive(Default)]
struct Blocks {
    examples: Vec<String>,
    see_also: Vec<String>,
    paragraphs: Vec<String>,
}

impl Blocks {
    fn read(help: &str) -> Blocks {
        let mut blocks = Blocks::default();
        for block in help.split("\n\n") {
            let block = block.trim_matches('\n');
            if let Some(rest) = block.strip_prefix("EXAMPLES:\n") {
                // Without help's indent; a continued command's next lines keep theirs.
                let unindent = |l: &str| l.strip_prefix("  ").unwrap_or(l).to_string();
                blocks.examples = rest.lines().map(unindent).collect();
            } else if let Some(rest) = block.strip_prefix("SEE ALSO:") {
                blocks.see_also = rest.split(',').map(|s| s.trim().to_string()).collect();
            } else if block.starts_with("ENVIRONMENT:") || block.starts_with("EXIT CODES:") {
                // Every page has these sections.
            } else if !block.is_empty() {
                blocks.paragraphs.push(block.replace('\n', " "));
            }
        }
        blocks
    }
}

/// `bchook token save [-H NAME: VALUE]... [--no-verify] [GLOBAL OPTIONS] <FILE>`
fn synopsis(cmd: &Command, name: &str) -> String {
    let mut parts = vec![format!("\\fB{}\\fR", escape(&name.replace('-', " ")))];
    let mut has_global = false;
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        if arg.is_global_set() {
            has_global = true;
            continue;
        }
        if arg.is_positional() {
            continue;
        }
        let mut part = flag_name(arg);
        if takes_value(arg) {
            part.push_str(&format!(" \\fI{}\\fR", unbroken(&value_names(arg))));
        }
        let repeats = matches!(arg.get_action(), ArgAction::Append | ArgAction::Count);
        parts.push(match (arg.is_required_set(), repeats) {
            (true, _) => part,
            (false, true) => format!("[{part}]..."),
            (false, false) => format!("[{part}]"),
        });
    }
    if has_global {
        parts.push("[\\fIGLOBAL OPTIONS\\fR]".to_string());
    }
    for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let value = format!("\\fI{}\\fR", unbroken(&value_names(arg)));
        let repeats = matches!(arg.get_action(), ArgAction::Append);
        let value = if repeats {
            format!("{value}...")
        } else {
            value
        };
        parts.push(match arg.is_required_set() {
            true => value,
            false => format!("[{value}]"),
        });
    }
    if cmd.has_subcommands() {
        parts.push("\\fICOMMAND\\fR".to_string());
    }
    format!("{}\n", parts.join(" "))
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

/// `\fB\-H\fR` or `\fB\-\-header\fR`: the short form when there is one, for the synopsis.
fn flag_name(arg: &Arg) -> String {
    match (arg.get_short(), arg.get_long()) {
        (Some(short), _) => format!("\\fB\\-{short}\\fR"),
        (None, Some(long)) => format!("\\fB\\-\\-{}\\fR", escape(long)),
        (None, None) => String::new(),
    }
}

/// `\fB\-H\fR, \fB\-\-header\fR \fINAME: VALUE\fR`
fn option_label(arg: &Arg) -> String {
    let mut names = Vec::new();
    if let Some(short) = arg.get_short() {
        names.push(format!("\\fB\\-{short}\\fR"));
    }
    if let Some(long) = arg.get_long() {
        names.push(format!("\\fB\\-\\-{}\\fR", escape(long)));
    }
    let mut label = names.join(", ");
    if takes_value(arg) {
        label.push_str(&format!(" \\fI{}\\fR", unbroken(&value_names(arg))));
    }
    label
}

fn value_names(arg: &Arg) -> String {
    match arg.get_value_names() {
        Some(names) => names
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" "),
        None => arg.get_id().as_str().to_uppercase(),
    }
}

/// An option's help, with its default, environment variable and possible values.
fn arg_help(arg: &Arg) -> String {
    let mut help = arg
        .get_long_help()
        .or(arg.get_help())
        .map(ToString::to_string)
        .unwrap_or_default()
        .replace('\n', " ");
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && takes_value(arg) && !help.contains("[default:") {
        help.push_str(&format!(" [default: {}]", defaults.join(",")));
    }
    if let Some(env) = arg.get_env() {
        help.push_str(&format!(" [env: {}]", env.to_string_lossy()));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && takes_value(arg) {
        help.push_str(&format!(" [possible values: {}]", values.join(", ")));
    }
    help
}

/// Text with roff's special characters escaped, so that `-`, `'` and `` ` `` come out as the
/// ASCII characters a shell needs (groff would print hyphens and curly quotes), and a line
/// starting with `.` or `'` is not read as a request.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\e"),
            '-' => out.push_str("\\-"),
            '\'' => out.push_str("\\*(Aq"),
            '`' => out.push_str("\\(ga"),
            '^' => out.push_str("\\(ha"),
            '~' => out.push_str("\\(ti"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped, its spaces unbreakable: a value name such as `NAME: VALUE` stays on one line.
fn unbroken(text: &str) -> String {
    escape(text).replace(' ', "\\ ")
}

/// A page being written.
#[derive(Default)]
struct Roff(String);

impl Roff {
    fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    fn section(&mut self, title: &str) {
        self.0.push_str(&format!(".SH \"{title}\"\n"));
    }

    fn subsection(&mut self, title: &str) {
        self.0.push_str(&format!(".SS \"{title}\"\n"));
    }

    /// A line of filled text.
    fn text(&mut self, text: &str) {
        self.0.push_str(&line(text));
    }

    fn paragraph(&mut self, text: &str) {
        self.0.push_str(".PP\n");
        self.text(text);
    }

    /// A tagged paragraph: `label` (already roff) and its description.
    fn item(&mut self, label: &str, text: &str) {
        self.0.push_str(&format!(".TP\n{label}\n"));
        self.text(text);
    }

    /// A help block such as [`ENVIRONMENT`]: its indented `NAME  what` rows become tagged
    /// paragraphs, other lines a paragraph; the heading line is the section's.
    fn table(&mut self, block: &str) {
        let mut rest = Vec::new();
        for row in block.lines().skip(1) {
            match row.strip_prefix("  ").and_then(|r| r.split_once(' ')) {
                Some((tag, text)) => self.item(&format!("\\fB{}\\fR", escape(tag)), text.trim()),
                None => rest.push(row),
            }
        }
        if !rest.is_empty() {
            self.paragraph(&rest.join(" "));
        }
    }

    /// Lines as they are: no filling, no justification, no hyphenation.
    fn verbatim(&mut self, lines: &[String]) {
        self.0.push_str(".PP\n.RS 2\n.nf\n");
        for l in lines {
            self.0.push_str(&line(l));
        }
        self.0.push_str(".fi\n.RE\n");
    }
}

/// One line of roff input: escaped, protected when it starts with `.` or `'`.
fn line(text: &str) -> String {
    let escaped = escape(text);
    match escaped.starts_with('.') {
        true => format!("\\&{escaped}\n"),
        false => format!("{escaped}\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_escapes() {
        assert_eq!(escape("--x 'a' `b`"), "\\-\\-x \\*(Aqa\\*(Aq \\(gab\\(ga");
        assert_eq!(line(".hidden"), "\\&.hidden\n");
        assert_eq!(escape("a\\b"), "a\\eb");
    }

    #[test]
    fn help_blocks() {
        let blocks = Blocks::read(
            "EXAMPLES:\n  bchook a\n  bchook b \\\n      --c\n\nOne\nparagraph.\n\nSEE ALSO: bchook x, bchook y",
        );
        assert_eq!(blocks.examples, ["bchook a", "bchook b \\", "    --c"]);
        assert_eq!(blocks.paragraphs, ["One paragraph."]);
        assert_eq!(blocks.see_also, ["bchook x", "bchook y"]);
    }
}
