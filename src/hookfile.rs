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
    /// Reads FILE: JSON when it ends in `.json`, else TOML. Errors name the file.
    pub fn read(path: &Path) -> Result<HookFile, Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
        let parsed = if is_json(path) {
            serde_json::from_str(&text).map_err(|e| e.to_string())
        } else {
            toml::from_str(&text).map_err(|e| e.message().to_string())
        };
        parsed.map_err(|e| {
            Error::usage(format!("{} is not a hooks file: {e}", path.display())).hint(
                "each hook is a [[hook]] table with scope, destination, and optionally headers and active",
            )
        })
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
