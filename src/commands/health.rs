//! `doctor`, `reactivate`, `admin emails`: the health of a store's hooks, as `/hooks/admin`
//! tells it (`../shared/notes/bigcommerce-api.md` §2.4, §4.5-4.7).

use std::collections::BTreeMap;

use colored::Colorize;
use serde_json::{Value, json};

use super::Context;
use crate::api::{Admin, AdminHook, BlockedDomain, HookPatch, HooksApi};
use crate::cli::{AdminCommand, DoctorArgs, EmailsAction, ReactivateArgs};
use crate::error::Error;
use crate::output::{Stream::Stdout, Styled, plural, print_json, write_stdout};
use crate::scopes;

/// What `doctor` found.
struct Diagnosis<'a> {
    admin: &'a Admin,
    deactivated: Vec<&'a AdminHook>,
    inactive: Vec<&'a AdminHook>,
    /// Domains several hooks deliver to, with their hook ids.
    shared: Vec<(String, Vec<u64>)>,
    exception_hook: Option<&'a AdminHook>,
    /// Whether the delivery-exception hook's domain differs from every other hook's.
    exception_apart: Option<bool>,
}

impl<'a> Diagnosis<'a> {
    fn of(admin: &'a Admin) -> Diagnosis<'a> {
        let status = |h: &AdminHook| {
            h.status.clone().unwrap_or_else(|| {
                if h.hook.is_active {
                    "active"
                } else {
                    "inactive"
                }
                .into()
            })
        };
        let with = |wanted: &str| -> Vec<&AdminHook> {
            admin
                .hooks_list
                .iter()
                .filter(|h| status(h) == wanted)
                .collect()
        };
        let mut by_domain: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        for h in &admin.hooks_list {
            by_domain
                .entry(domain(&h.hook.destination))
                .or_default()
                .push(h.hook.id);
        }
        let exception_hook = admin
            .hooks_list
            .iter()
            .find(|h| h.hook.scope == scopes::DELIVERY_EXCEPTION);
        let exception_apart = exception_hook.map(|e| {
            let own = domain(&e.hook.destination);
            admin
                .hooks_list
                .iter()
                .filter(|h| h.hook.id != e.hook.id)
                .all(|h| domain(&h.hook.destination) != own)
        });
        Diagnosis {
            admin,
            deactivated: with("deactivated"),
            inactive: with("inactive"),
            shared: by_domain
                .into_iter()
                .filter(|(_, ids)| ids.len() > 1)
                .collect(),
            exception_hook,
            exception_apart,
        }
    }

    /// What makes the store unhealthy (exit 8): deactivated hooks and blocked domains.
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if !self.deactivated.is_empty() {
            problems.push(plural(self.deactivated.len(), "deactivated hook"));
        }
        if !self.admin.blocked_domains.is_empty() {
            problems.push(plural(self.admin.blocked_domains.len(), "blocked domain"));
        }
        problems
    }

    fn to_json(&self) -> Value {
        let hooks = |list: &[&AdminHook]| -> Vec<Value> { list.iter().map(|h| json!(h)).collect() };
        json!({
            "healthy": self.problems().is_empty(),
            "problems": self.problems(),
            "hooks": {
                "total": self.admin.hooks_list.len(),
                "active": self.admin.hooks_list.len() - self.deactivated.len() - self.inactive.len(),
                "inactive": self.inactive.len(),
                "deactivated": self.deactivated.len(),
            },
            "deactivated": hooks(&self.deactivated),
            "inactive": hooks(&self.inactive),
            "blocked_domains": self.admin.blocked_domains,
            "shared_domains": self.shared.iter().map(|(d, ids)| json!({"domain": d, "hooks": ids})).collect::<Vec<_>>(),
            "delivery_exception": {
                "hook": self.exception_hook.map(|h| h.hook.id),
                "separate_destination": self.exception_apart,
            },
            "emails": self.admin.emails,
        })
    }

    /// One screen a person can act on: a line per finding, with what to do.
    fn to_text(&self) -> String {
        let label = |name: &str| format!("{name:<13}").dimmed().on(Stdout);
        let warn = |text: &str| text.yellow().on(Stdout);
        let bad = |text: &str| text.red().bold().on(Stdout);
        let mut out = String::new();
        let total = self.admin.hooks_list.len();
        let active = total - self.deactivated.len() - self.inactive.len();
        out.push_str(&format!(
            "{}{total}: {active} active, {} inactive (switched off), {} deactivated\n",
            label("hooks"),
            self.inactive.len(),
            self.deactivated.len()
        ));
        for h in &self.deactivated {
            out.push_str(&format!(
                "{}{} {}  {} -> {}\n{}BigCommerce deactivates a hook after 48 h of failed retries, or 90 days \
                 without events; `bchook reactivate {}` turns it back on\n",
                label("deactivated"),
                bad("✗"),
                h.hook.id,
                h.hook.scope,
                h.hook.destination,
                " ".repeat(15),
                h.hook.id
            ));
        }
        for h in &self.inactive {
            out.push_str(&format!(
                "{}{}  {} -> {} (`bchook update {} --active` turns it on)\n",
                label("inactive"),
                h.hook.id,
                h.hook.scope,
                h.hook.destination,
                h.hook.id
            ));
        }
        for blocked in &self.admin.blocked_domains {
            out.push_str(&format!(
                "{}{} {}{}\n",
                label("blocked"),
                bad("✗"),
                blocked.destination,
                block_details(blocked)
            ));
        }
        for (domain, ids) in &self.shared {
            let ids: Vec<String> = ids.iter().map(u64::to_string).collect();
            out.push_str(&format!(
                "{}{domain}: {} hooks ({}); BigCommerce blocks per domain, so one failing handler \
                 stops them all\n",
                label("shared"),
                ids.len(),
                ids.join(", ")
            ));
        }
        let exceptions = match (self.exception_hook, self.exception_apart) {
            (None, _) => warn(&format!(
                "no {} hook: subscribe one, to another domain, to hear of failed deliveries",
                scopes::DELIVERY_EXCEPTION
            )),
            (Some(h), Some(false)) => warn(&format!(
                "hook {} shares a domain with other hooks; BigCommerce requires its destination to differ",
                h.hook.id
            )),
            (Some(h), _) => format!("hook {} -> {}", h.hook.id, h.hook.destination),
        };
        out.push_str(&format!("{}{exceptions}\n", label("exceptions")));
        let emails = match self.admin.emails.as_slice() {
            [] => warn(
                "none: BigCommerce then notifies only the app's registered address; \
                 `bchook admin emails set you@example.com`",
            ),
            emails => emails.join(", "),
        };
        out.push_str(&format!("{}{emails}\n", label("emails")));
        out
    }
}

/// `2 min 10 s left: 12 × timeout, 3 × 500 Internal Server Error`.
fn block_details(blocked: &BlockedDomain) -> String {
    let left = blocked
        .time_left
        .map(|s| format!(", {} left", duration(s)))
        .unwrap_or_default();
    let reasons: Vec<String> = blocked
        .reasons
        .iter()
        .map(|r| {
            let what = r.failure_description.as_deref().unwrap_or("failed");
            match r.count {
                Some(n) => format!("{n} × {what}"),
                None => what.to_string(),
            }
        })
        .collect();
    match reasons.is_empty() {
        true => left,
        false => format!("{left}: {}", reasons.join(", ")),
    }
}

fn duration(secs: i64) -> String {
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// The host a destination delivers to, which BigCommerce's blocking is about.
fn domain(destination: &str) -> String {
    reqwest::Url::parse(destination)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| destination.to_string())
}

/// `doctor`: what `/hooks/admin` (v3 only) says about the store's hooks.
pub fn doctor(ctx: &Context, args: &DoctorArgs) -> Result<(), Error> {
    let admin = ctx.v3_client("doctor")?.admin()?;
    let diagnosis = Diagnosis::of(&admin);
    let problems = diagnosis.problems();
    if ctx.json {
        print_json(&diagnosis.to_json())?;
    } else if !(args.quiet && problems.is_empty()) {
        write_stdout(&diagnosis.to_text())?;
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(Error::unhealthy(format!(
            "the store's hooks need attention: {}",
            problems.join(", ")
        ))
        .hint("`bchook reactivate --all-deactivated` turns deactivated hooks back on, once their handler answers 2xx")),
    }
}

pub fn reactivate(ctx: &Context, args: &ReactivateArgs) -> Result<(), Error> {
    let client = ctx.v3_client("reactivate")?;
    let ids: Vec<u64> = if args.all_deactivated {
        let admin = client.admin()?;
        Diagnosis::of(&admin)
            .deactivated
            .iter()
            .map(|h| h.hook.id)
            .collect()
    } else {
        args.ids.clone()
    };
    if ids.is_empty() {
        eprintln!("No hook is deactivated; nothing to do.");
        return if ctx.json {
            print_json(&json!([]))
        } else {
            Ok(())
        };
    }
    let on = HookPatch {
        is_active: Some(true),
        ..HookPatch::default()
    };
    super::hooks::each_hook(ctx, &ids, "Reactivated", |id| client.update(id, &on))
}

pub fn admin(ctx: &Context, command: &AdminCommand) -> Result<(), Error> {
    let AdminCommand::Emails(args) = command;
    let client = ctx.v3_client("admin emails")?;
    let emails = match &args.action {
        None => client.admin()?.emails,
        Some(EmailsAction::Set { emails }) => {
            if let Some(bad) = emails.iter().find(|e| !is_email(e)) {
                return Err(Error::usage(format!("{bad:?} is not an email address"))
                    .hint("give addresses like webhooks@example.com; nothing was changed"));
            }
            client.set_emails(emails)?;
            emails.clone()
        }
        Some(EmailsAction::Clear) => {
            client.set_emails(&[])?;
            Vec::new()
        }
    };
    if ctx.json {
        return print_json(&json!({ "emails": emails }));
    }
    match emails.as_slice() {
        [] => write_stdout(
            "No notification emails: BigCommerce notifies only the app's registered address.\n",
        ),
        emails => write_stdout(&format!("{}\n", emails.join("\n"))),
    }
}

/// A plausible address: something, `@`, a domain with a dot; no spaces.
fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_durations() {
        for good in ["a@b.co", "webhooks@example.com"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "", "a", "@b.co", "a@b", "a@@b.co", "a b@c.co", "a@b.co.", "a@.b",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert_eq!(duration(130), "2 min 10 s");
        assert_eq!(duration(120), "2 min");
        assert_eq!(duration(5), "5 s");
    }
}
