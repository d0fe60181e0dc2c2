//! The hooks file of `apply` and `export`: the hooks a store should have, as TOML (`[[hook]]`
//! tables) or the same shape as JSON. `${NAME}` in a header value comes from the environment,
//! so secrets stay out of the file.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The file as written.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HookFile {
    #[serde(default, rename = "hook")]
    pub hooks: Vec<FileHook>,
    /// Where it was read from, and the line of each `[[hook]]` (TOML), for errors.
    #[serde(skip)]
    origin: Option<Origin>,
}

#[derive(Debug, Default)]
struct Origin {
    name: String,
    hook_lines: Vec<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileHook {
    pub scope: String,
    pub destination: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

/// A hook the store should have, its header values read from the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    pub scope: String,
    pub destination: String,
    pub headers: BTreeMap<String, String>,
    pub active: bool,
}

impl HookFile {
    /// Reads FILE: JSON when it ends in `.json`, else TOML. An error names the file, the line
    /// and column, and which hook (`hook 2`) it is in.
    pub fn read(path: &Path) -> Result<HookFile, Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
        let name = path.display().to_string();
        let hook_lines = match is_json(path) {
            true => Vec::new(),
            false => table_lines(&text),
        };
        let parsed = match is_json(path) {
            true => serde_json::from_str(&text).map_err(|e| {
                let place = format!("line {}, column {}", e.line(), e.column());
                (place, json_hook_at_fault(&text), json_message(&e))
            }),
            false => toml::from_str(&text).map_err(|e| {
                let (place, hook) = match e.span() {
                    Some(span) => {
                        let (line, column) = line_and_column(&text, span.start);
                        let hook = hook_lines.iter().filter(|&&l| l <= line).count();
                        (format!("line {line}, column {column}"), hook.checked_sub(1))
                    }
                    None => (String::new(), None),
                };
                (place, hook, e.message().to_string())
            }),
        };
        let mut file: HookFile = parsed.map_err(|(place, hook, message)| {
            let hook = hook.map(|i| format!(" (hook {})", i + 1)).unwrap_or_default();
            let place = match place.is_empty() {
                true => String::new(),
                false => format!(" {place}"),
            };
            Error::usage(format!("{name}{place}{hook}: {message}")).hint(
                "each hook is a [[hook]] table with scope, destination, and optionally headers and active",
            )
        })?;
        file.origin = Some(Origin { name, hook_lines });
        Ok(file)
    }

    /// Where the `index`th hook is, for an error about it: `hooks.toml line 7 (hook 2)`.
    pub fn place_of(&self, index: usize) -> String {
        let Some(origin) = &self.origin else {
            return format!("hook {}", index + 1);
        };
        match origin.hook_lines.get(index) {
            Some(line) => format!("{} line {line} (hook {})", origin.name, index + 1),
            None => format!("{} (hook {})", origin.name, index + 1),
        }
    }

    /// The hooks with `${NAME}` replaced from `env`; unset names are one error naming them all
    /// (not one a run).
    pub fn wanted(&self, env: &dyn Fn(&str) -> Option<String>) -> Result<Vec<Wanted>, Error> {
        let mut unset = Vec::new();
        let wanted: Vec<Wanted> = self
            .hooks
            .iter()
            .map(|h| Wanted {
                scope: h.scope.clone(),
                destination: h.destination.clone(),
                headers: h
                    .headers
                    .iter()
                    .map(|(name, value)| (name.clone(), expand(value, env, &mut unset)))
                    .collect(),
                active: h.active,
            })
            .collect();
        match unset.as_slice() {
            [] => Ok(wanted),
            [name] => Err(Error::usage(format!(
                "${{{name}}} is in the hooks file, but {name} is not set in the environment"
            ))
            .hint(format!(
                "set it, e.g. `export {name}=...`; nothing was sent"
            ))),
            names => Err(Error::usage(format!(
                "{} are in the hooks file, but not set in the environment",
                names
                    .iter()
                    .map(|n| format!("${{{n}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .hint(format!(
                "set them, e.g. `export {}`; nothing was sent",
                names
                    .iter()
                    .map(|n| format!("{n}=..."))
                    .collect::<Vec<_>>()
                    .join(" ")
            ))),
        }
    }

    /// The file as text: TOML, or pretty JSON.
    pub fn to_text(&self, json: bool) -> String {
        match json {
            true => serde_json::to_string_pretty(self).expect("plain data encodes") + "\n",
            false => toml::to_string(self).expect("plain data encodes"),
        }
    }
}

/// The line (from 1) of each `[[hook]]` header, in order.
fn table_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            squeezed.starts_with("[[hook]]")
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// The line and column (from 1, in characters) of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// serde_json's message without the " at line L column C" it appends (said before it instead).
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Which element of a JSON file's `hook` array is not a hook, when the file is JSON at all.
fn json_hook_at_fault(text: &str) -> Option<usize> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value
        .get("hook")?
        .as_array()?
        .iter()
        .position(|h| serde_json::from_value::<FileHook>(h.clone()).is_err())
}

pub fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// `value` with each `${NAME}` taken from the environment; names that are not set are added to
/// `unset` (once each).
fn expand(value: &str, env: &dyn Fn(&str) -> Option<String>, unset: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 2..start + len];
        let found = env(name).unwrap_or_else(|| {
            if !unset.iter().any(|n| n == name) {
                unset.push(name.to_string());
            }
            String::new()
        });
        out.push_str(&rest[..start]);
        out.push_str(&found);
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholder name for a header: `X-Secret` -> `X_SECRET`.
pub fn placeholder(header: &str) -> String {
    header
        .chars()
        .map(|c| match c.is_ascii_alphanumeric() {
            true => c.to_ascii_uppercase(),
            false => '_',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_come_from_the_environment() {
        let env = |name: &str| (name == "SECRET").then(|| "s3cret".to_string());
        let mut unset = Vec::new();
        assert_eq!(
            expand("Bearer ${SECRET}!", &env, &mut unset),
            "Bearer s3cret!"
        );
        assert_eq!(expand("plain", &env, &mut unset), "plain");
        assert!(unset.is_empty());
        expand("${MISSING} ${OTHER} ${MISSING}", &env, &mut unset);
        assert_eq!(unset, ["MISSING", "OTHER"], "each once, in order");

        let file: HookFile = toml::from_str(
            "[[hook]]\nscope = \"store/order/*\"\ndestination = \"https://x.example/h\"\n\
             headers = { A = \"${ONE}\", B = \"${TWO}\" }\n",
        )
        .unwrap();
        let all = file.wanted(&env).unwrap_err();
        assert_eq!(all.exit_code(), 2);
        assert_eq!(
            all.to_string(),
            "${ONE}, ${TWO} are in the hooks file, but not set in the environment"
        );
        assert_eq!(placeholder("X-Secret"), "X_SECRET");
    }
}
