//! The embedded scope catalogue must match the team's notes, so it cannot drift.

mod support;

use std::collections::BTreeSet;

fn scopes_in(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn catalogue_matches_the_notes() {
    let Some(shared) = support::shared_dir("scope catalogue check") else {
        return;
    };
    let notes = scopes_in(&std::fs::read_to_string(shared.join("notes/scopes.txt")).unwrap());
    let ours: BTreeSet<String> = include_str!("../src/catalogue.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(String::from)
        .collect();
    let missing: Vec<_> = notes.difference(&ours).collect();
    let extra: Vec<_> = ours.difference(&notes).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "src/catalogue.tsv drifted: missing {missing:?}, not in the notes {extra:?}"
    );
}
