//! What `apply` must do to make a store's hooks what the file says: a pure function of the
//! wanted hooks and the existing ones, checked against BigCommerce's limits (at most 10 hooks
//! per scope, one per scope + destination; `notes/bigcommerce-api.md` §4.6).

use std::collections::BTreeMap;

use crate::api::{Hook, HookPatch, NewHook};
use crate::hookfile::Wanted;

/// Hooks one scope may have.
pub const PER_SCOPE: usize = 10;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Create(NewHook),
    /// What changes, in words that never show a header's value.
    Update {
        id: u64,
        patch: HookPatch,
        changes: Vec<String>,
    },
    Delete(u64),
    Unchanged(u64),
    /// In the store, not in the file, kept (no `--prune`).
    Extra(u64),
}

/// One line of a plan: the action and the hook it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub action: Action,
    pub scope: String,
    pub destination: String,
}

impl Step {
    pub fn name(&self) -> &'static str {
        match self.action {
            Action::Create(_) => "create",
            Action::Update { .. } => "update",
            Action::Delete(_) => "delete",
            Action::Unchanged(_) => "unchanged",
            Action::Extra(_) => "extra",
        }
    }

    pub fn id(&self) -> Option<u64> {
        match &self.action {
            Action::Create(_) => None,
            Action::Update { id, .. } => Some(*id),
            Action::Delete(id) | Action::Unchanged(id) | Action::Extra(id) => Some(*id),
        }
    }

    /// Whether carrying it out sends a write.
    pub fn writes(&self) -> bool {
        matches!(
            self.action,
            Action::Create(_) | Action::Update { .. } | Action::Delete(_)
        )
    }

    pub fn changes(&self) -> &[String] {
        match &self.action {
            Action::Update { changes, .. } => changes,
            _ => &[],
        }
    }
}

/// Problems with the file alone, before the store is read: duplicate pairs, crowded scopes.
pub fn check_file(wanted: &[Wanted]) -> Result<(), String> {
    for (i, w) in wanted.iter().enumerate() {
        if wanted[..i]
            .iter()
            .any(|o| o.scope == w.scope && o.destination == w.destination)
        {
            return Err(format!(
                "{} -> {} is in the file twice; BigCommerce allows one hook per scope and destination",
                w.scope, w.destination
            ));
        }
    }
    let mut per_scope: BTreeMap<&str, usize> = BTreeMap::new();
    for w in wanted {
        *per_scope.entry(&w.scope).or_default() += 1;
    }
    match per_scope.into_iter().find(|(_, n)| *n > PER_SCOPE) {
        Some((scope, n)) => Err(format!(
            "the file has {n} hooks for {scope}; BigCommerce allows at most {PER_SCOPE} per scope"
        )),
        None => Ok(()),
    }
}

/// The plan, deletions first, then updates, then creates, so that a run never passes through a
/// state over the limits; then the rest. An error when the store would end over a limit.
pub fn plan(wanted: &[Wanted], existing: &[Hook], prune: bool) -> Result<Vec<Step>, String> {
    let find = |w: &Wanted| {
        existing
            .iter()
            .find(|h| h.scope == w.scope && h.destination == w.destination)
    };
    let step = |action, h: &Hook| Step {
        action,
        scope: h.scope.clone(),
        destination: h.destination.clone(),
    };
    let (mut deletes, mut updates, mut creates, mut rest) = (vec![], vec![], vec![], vec![]);
    for w in wanted {
        match find(w) {
            None => creates.push(Step {
                action: Action::Create(NewHook {
                    scope: w.scope.clone(),
                    destination: w.destination.clone(),
                    is_active: w.active,
                    headers: (!w.headers.is_empty()).then(|| w.headers.clone()),
                }),
                scope: w.scope.clone(),
                destination: w.destination.clone(),
            }),
            Some(h) => match difference(w, h) {
                (patch, changes) if changes.is_empty() => {
                    let _ = patch;
                    rest.push(step(Action::Unchanged(h.id), h));
                }
                (patch, changes) => updates.push(step(
                    Action::Update {
                        id: h.id,
                        patch,
                        changes,
                    },
                    h,
                )),
            },
        }
    }
    for h in existing {
        let wanted_here = wanted
            .iter()
            .any(|w| w.scope == h.scope && w.destination == h.destination);
        if !wanted_here {
            match prune {
                true => deletes.push(step(Action::Delete(h.id), h)),
                false => rest.push(step(Action::Extra(h.id), h)),
            }
        }
    }
    // The store afterwards: every wanted hook, and the extras kept.
    let mut per_scope: BTreeMap<&str, usize> = BTreeMap::new();
    for scope in wanted.iter().map(|w| w.scope.as_str()).chain(
        rest.iter()
            .filter(|s| matches!(s.action, Action::Extra(_)))
            .map(|s| s.scope.as_str()),
    ) {
        *per_scope.entry(scope).or_default() += 1;
    }
    if let Some((scope, n)) = per_scope.into_iter().find(|(_, n)| *n > PER_SCOPE) {
        return Err(format!(
            "with the hooks already in the store, {scope} would have {n} hooks; BigCommerce allows \
             at most {PER_SCOPE} per scope (--prune deletes the ones not in the file)"
        ));
    }
    Ok([deletes, updates, creates, rest].concat())
}

/// What must change on `h` to be `w`: the patch, and the changes in words (header values never
/// shown, only that they changed).
fn difference(w: &Wanted, h: &Hook) -> (HookPatch, Vec<String>) {
    let mut patch = HookPatch::default();
    let mut changes = Vec::new();
    if w.active != h.is_active {
        patch.is_active = Some(w.active);
        let word = |on: bool| if on { "yes" } else { "no" };
        changes.push(format!(
            "active: {} -> {}",
            word(h.is_active),
            word(w.active)
        ));
    }
    let current = h.headers.clone().unwrap_or_default();
    if current != w.headers {
        patch.headers = Some(w.headers.clone());
        for (name, value) in &w.headers {
            match current.get(name) {
                None => changes.push(format!("headers: {name} added")),
                Some(old) if old != value => changes.push(format!("headers: {name} changed")),
                Some(_) => {}
            }
        }
        for name in current.keys().filter(|n| !w.headers.contains_key(*n)) {
            changes.push(format!("headers: {name} removed"));
        }
    }
    (patch, changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wanted(scope: &str, destination: &str, headers: &[(&str, &str)]) -> Wanted {
        Wanted {
            scope: scope.into(),
            destination: destination.into(),
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            active: true,
        }
    }

    fn hook(id: u64, scope: &str, destination: &str, headers: &[(&str, &str)]) -> Hook {
        let json = serde_json::json!({"id": id, "scope": scope, "destination": destination,
            "is_active": true, "headers": headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<BTreeMap<_, _>>()});
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn deletes_then_updates_then_creates_and_secrets_never_in_words() {
        let file = [
            wanted(
                "store/order/*",
                "https://a.example/o",
                &[("X-Secret", "new")],
            ),
            wanted("store/product/*", "https://a.example/p", &[]),
            wanted("store/cart/*", "https://a.example/c", &[]),
        ];
        let store = [
            hook(
                1,
                "store/order/*",
                "https://a.example/o",
                &[("X-Secret", "old")],
            ),
            hook(2, "store/product/*", "https://a.example/p", &[]),
            hook(3, "store/customer/*", "https://a.example/u", &[]),
        ];
        let steps = plan(&file, &store, true).unwrap();
        let names: Vec<(&str, Option<u64>)> = steps.iter().map(|s| (s.name(), s.id())).collect();
        assert_eq!(
            names,
            [
                ("delete", Some(3)),
                ("update", Some(1)),
                ("create", None),
                ("unchanged", Some(2))
            ]
        );
        assert_eq!(steps[1].changes(), ["headers: X-Secret changed"]);
        let kept = plan(&file, &store, false).unwrap();
        assert_eq!(
            kept.last().map(|s| (s.name(), s.id())),
            Some(("extra", Some(3)))
        );
    }

    #[test]
    fn limits_of_the_file_and_of_the_store() {
        let twice = [
            wanted("store/order/*", "https://a.example/o", &[]),
            wanted("store/order/*", "https://a.example/o", &[]),
        ];
        assert!(
            check_file(&twice)
                .unwrap_err()
                .contains("is in the file twice")
        );
        let eleven: Vec<Wanted> = (0..11)
            .map(|i| wanted("store/order/*", &format!("https://a.example/{i}"), &[]))
            .collect();
        assert!(
            check_file(&eleven)
                .unwrap_err()
                .contains("at most 10 per scope")
        );
        let ten = &eleven[..10];
        let store = [hook(9, "store/order/*", "https://other.example/x", &[])];
        assert!(
            plan(ten, &store, false)
                .unwrap_err()
                .contains("with the hooks already in the store, store/order/* would have 11 hooks")
        );
        assert_eq!(plan(ten, &store, true).unwrap()[0].name(), "delete");
    }
}
