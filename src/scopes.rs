//! The catalogue of known webhook scopes, embedded from `scopes.txt`.

const CATALOGUE: &str = include_str!("scopes.txt");

/// Every known scope, in catalogue order.
pub fn known() -> impl Iterator<Item = &'static str> {
    CATALOGUE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether `scope` is a known scope, or a concrete form of a templated one
/// (`store/channel/1/cart/created` for `store/channel/{channel_id}/cart/created`).
pub fn is_known(scope: &str) -> bool {
    known().any(|pattern| matches_template(pattern, scope))
}

fn matches_template(pattern: &str, scope: &str) -> bool {
    let (mut p, mut s) = (pattern.split('/'), scope.split('/'));
    loop {
        match (p.next(), s.next()) {
            (None, None) => return true,
            (Some(ps), Some(ss)) => {
                let placeholder = ps.starts_with('{') && ps.ends_with('}');
                let fits = if placeholder {
                    !ss.is_empty() && ss.bytes().all(|b| b.is_ascii_digit())
                } else {
                    ps == ss
                };
                if !fits {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Whether `scope` has the shape of a scope at all: `store/...`, no spaces, no empty parts.
pub fn is_well_formed(scope: &str) -> bool {
    scope.starts_with("store/")
        && !scope.ends_with('/')
        && scope
            .split('/')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_graphic()))
}

/// Up to `n` known scopes closest to `scope` by edit distance, nearest first.
pub fn closest(scope: &str, n: usize) -> Vec<&'static str> {
    let mut scored: Vec<(usize, &str)> = known().map(|k| (edit_distance(scope, k), k)).collect();
    scored.sort();
    let limit = (scope.len() / 3).max(3);
    scored
        .into_iter()
        .filter(|(d, _)| *d <= limit)
        .take(n)
        .map(|(_, k)| k)
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_scopes_wildcards_and_templates() {
        assert!(is_known("store/order/created"));
        assert!(is_known("store/product/*"));
        assert!(is_known("store/channel/12/cart/created"));
        assert!(!is_known("store/channel/x/cart/created"));
        assert!(!is_known("store/order/exploded"));
    }

    #[test]
    fn suggestions_are_near() {
        assert_eq!(
            closest("store/order/craeted", 1),
            vec!["store/order/created"]
        );
        assert!(closest("something/else/entirely/very/long", 3).is_empty());
    }

    #[test]
    fn shape() {
        assert!(is_well_formed("store/order/created"));
        assert!(!is_well_formed("order/created"));
        assert!(!is_well_formed("store//created"));
        assert!(!is_well_formed("store/order created"));
    }
}
