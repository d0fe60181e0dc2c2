//! `listen --subscribe` and `listen -f hooks.toml`: the hooks one run creates, pointing a real
//! store at this receiver through a tunnel, and removes on every way out. Each carries
//! `X-Bchook-Listen: <token>`, so the receiver can tell its own callbacks, and a later run can
//! find what a killed one left.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};

use super::Context;
use super::hooks::ask;
use crate::api::{Hook, HooksApi, ListQuery, NewHook, PAGE_SIZE};
use crate::error::Error;
use crate::output::{Stream, hook_table, plural};

/// The header every hook of a session carries.
pub const HEADER: &str = "X-Bchook-Listen";

/// A hook a session makes: its scope, where it delivers (the tunnel's URL, or with a hooks file
/// the tunnel's URL joined with the path of the hook's own destination), and its headers.
pub struct SessionHook {
    pub scope: String,
    pub destination: String,
    pub headers: BTreeMap<String, String>,
}

pub struct Session {
    hooks: Box<dyn HooksApi>,
    created: Vec<Hook>,
    /// The value of [`HEADER`] on this run's hooks and callbacks.
    pub token: String,
}

impl Session {
    /// Removes what killed runs left at this URL (asking on a terminal, else only with
    /// `--yes`), then creates each hook, with the session's header added. If one fails, those
    /// made before it are removed.
    pub fn start(
        ctx: &Context,
        wanted: &[SessionHook],
        public_url: &str,
        yes: bool,
        token: String,
    ) -> Result<Session, Error> {
        let hooks = ctx.hooks()?;
        remove_leftovers(hooks.as_ref(), public_url, yes)?;
        let mut session = Session {
            hooks,
            created: Vec::new(),
            token,
        };
        for hook in wanted {
            let mut headers = hook.headers.clone();
            headers.insert(HEADER.to_string(), session.token.clone());
            let new = NewHook {
                scope: hook.scope.clone(),
                destination: hook.destination.clone(),
                is_active: true,
                headers: Some(headers),
            };
            match session.hooks.create(&new) {
                Ok(hook) => {
                    eprintln!(
                        "Subscribed {} -> {} (hook {})",
                        hook.scope, hook.destination, hook.id
                    );
                    session.created.push(hook);
                }
                Err(e) => {
                    let made = session.created.len();
                    session.end()?;
                    let e = Error::from(e);
                    return Err(match made {
                        0 => e,
                        _ => e.hint("the hooks this run had created were deleted again"),
                    });
                }
            }
        }
        Ok(session)
    }

    /// Deletes exactly the hooks this run created, and says so.
    pub fn end(mut self) -> Result<(), Error> {
        self.delete_created()
    }

    fn delete_created(&mut self) -> Result<(), Error> {
        let mut first_error = None;
        let mut deleted = Vec::new();
        for hook in std::mem::take(&mut self.created) {
            match self.hooks.delete(hook.id) {
                Ok(_) => deleted.push(hook.id.to_string()),
                Err(e) if first_error.is_none() => first_error = Some(e),
                Err(_) => {}
            }
        }
        if !deleted.is_empty() {
            eprintln!("Deleted the hooks this run created: {}", deleted.join(", "));
        }
        match first_error {
            Some(e) => Err(Error::from(e).hint(
                "the next `bchook listen --subscribe` with this --public-url finds and removes what is left",
            )),
            None => Ok(()),
        }
    }
}

/// Whatever ends the run (an error after the hooks were made, a panic), they are deleted.
impl Drop for Session {
    fn drop(&mut self) {
        if let Err(e) = self.delete_created() {
            crate::output::print_error(&e);
        }
    }
}

/// Hooks with [`HEADER`] to this URL or a path under it: left by a run that was killed.
/// Another developer's live session has another URL, and is left alone.
fn remove_leftovers(hooks: &dyn HooksApi, public_url: &str, yes: bool) -> Result<(), Error> {
    let query = ListQuery {
        limit: Some(PAGE_SIZE),
        ..ListQuery::default()
    };
    let base = public_url.trim_end_matches('/');
    let under = |destination: &str| {
        destination == public_url
            || destination
                .strip_prefix(base)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
    };
    let left: Vec<Hook> = hooks
        .list_all(&query)?
        .into_iter()
        .filter(|h| under(&h.destination) && h.header_names().contains(&HEADER))
        .collect();
    if left.is_empty() {
        return Ok(());
    }
    let question = format!(
        "{}Earlier runs left these hooks to {public_url}. Delete them? [y/N] ",
        hook_table(&left, Stream::Stderr)
    );
    let go = yes || (io::stdin().is_terminal() && ask(&question));
    if !go {
        let verb = if left.len() == 1 { "points" } else { "point" };
        return Err(Error::usage(format!(
            "{} left by an earlier `listen --subscribe` {verb} at {public_url}; nothing was created",
            plural(left.len(), "hook")
        ))
        .hint("add --yes to delete them first, or `bchook delete ID...`"));
    }
    for hook in &left {
        hooks.delete(hook.id)?;
    }
    let ids: Vec<String> = left.iter().map(|h| h.id.to_string()).collect();
    eprintln!("Deleted hooks left by an earlier run: {}", ids.join(", "));
    Ok(())
}
