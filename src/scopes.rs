//! The catalogue of known webhook scopes (`catalogue.tsv`, embedded): names, descriptions and a
//! realistic `data` for each event.

const CATALOGUE: &str = include_str!("catalogue.tsv");

/// The fields that name the entity in a BigCommerce callback's `data`, in the order they are
/// looked for: most events carry `id`; inventory, channel, cart and price-list events name it.
/// `listen` reads the entity id with them, `trigger` sets it.
pub const ENTITY_ID_FIELDS: [&str; 7] = [
    "id",
    "order_id",
    "product_id",
    "cart_id",
    "location_id",
    "metafield_id",
    "price_list_id",
];

/// One catalogue entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub name: &'static str,
    pub description: &'static str,
    /// Compact JSON of a realistic `data`; None for wildcards, which are only for subscribing.
    pub data: Option<&'static str>,
    /// Where the data's shape comes from: `example`, `schema` or `notes`.
    pub origin: &'static str,
}

impl Scope {
    pub fn is_wildcard(&self) -> bool {
        self.name.ends_with("/*")
    }

    /// Whether the scope needs a channel id to be a concrete event.
    pub fn is_templated(&self) -> bool {
        self.name.split('/').any(is_placeholder)
    }
}

/// The scopes the 2013 beta hooks service knew (`notes/bigcommerce-api.md` §8).
pub const BETA_2013: [&str; 14] = [
    "store/order/*",
    "store/order/created",
    "store/order/updated",
    "store/order/archived",
    "store/order/statusUpdated",
    "store/product/*",
    "store/product/created",
    "store/product/updated",
    "store/product/deleted",
    "store/customer/*",
    "store/customer/created",
    "store/customer/updated",
    "store/customer/deleted",
    "store/app/uninstalled",
];

/// Every entry, in catalogue order.
pub fn catalogue() -> impl Iterator<Item = Scope> {
    CATALOGUE
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let mut cols = line.split('\t');
            let mut next = || cols.next().unwrap_or("-");
            let (name, description, data, origin) = (next(), next(), next(), next());
            Scope {
                name,
                description,
                data: (data != "-").then_some(data),
                origin,
            }
        })
}

/// Every known scope name.
pub fn known() -> impl Iterator<Item = &'static str> {
    catalogue().map(|s| s.name)
}

/// Whether `scope` is a known scope, or a concrete form of a templated one
/// (`store/channel/1/cart/created` for `store/channel/{channel_id}/cart/created`).
pub fn is_known(scope: &str) -> bool {
    find(scope).is_some()
}

/// The catalogue entry `scope` is, or is a concrete form of.
pub fn find(scope: &str) -> Option<Scope> {
    catalogue().find(|entry| matches_template(entry.name, scope))
}

/// `{channel_id}`, or a `*` that is not the last segment (`store/channel/*/inventory/...`).
fn is_placeholder(segment: &str) -> bool {
    segment.starts_with('{') && segment.ends_with('}')
}

fn matches_template(pattern: &str, scope: &str) -> bool {
    let (p, s): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), scope.split('/').collect());
    p.len() == s.len()
        && p.iter().zip(&s).enumerate().all(|(i, (ps, ss))| {
            let channel_slot = is_placeholder(ps) || (*ps == "*" && i + 1 < p.len());
            if channel_slot && ps != ss {
                !ss.is_empty() && ss.bytes().all(|b| b.is_ascii_digit())
            } else {
                ps == ss
            }
        })
}

/// The scope of BigCommerce's delivery-exception callbacks (90001, 90002, 90003).
pub const DELIVERY_EXCEPTION: &str = "store/hook/deliveryException";

/// Whether `scope` has the shape of a scope at all: `store/...`, no spaces, no empty parts.
pub fn is_well_formed(scope: &str) -> bool {
    scope.starts_with("store/")
        && !scope.ends_with('/')
        && scope
            .split('/')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_graphic()))
}

/// Edits within which an unknown scope is taken for a misspelt known one.
const TYPO_EDITS: usize = 2;

/// True when `scope` is unknown but within [`TYPO_EDITS`] of a known scope.
pub fn is_typo(scope: &str) -> bool {
    !is_known(scope) && known().any(|k| edit_distance(scope, k) <= TYPO_EDITS)
}

/// What to say about a scope bchook does not know: the closest known names, or where to look.
pub fn suggestion(scope: &str) -> String {
    match closest(scope, 3).as_slice() {
        [] => "see `bchook scopes` for the known ones".to_string(),
        names => format!("did you mean {}?", names.join(", ")),
    }
}

/// Up to `n` known scopes closest to `scope` by edit distance, nearest first.
pub fn closest(scope: &str, n: usize) -> Vec<&'static str> {
    closest_among(scope, known(), n)
}

/// Up to `n` of `names` closest to `name` by edit distance, nearest first, none far off.
pub fn closest_among(
    name: &str,
    names: impl Iterator<Item = &'static str>,
    n: usize,
) -> Vec<&'static str> {
    let scope = name;
    let mut scored: Vec<(usize, &str)> = names.map(|k| (edit_distance(scope, k), k)).collect();
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
        assert!(is_known("store/channel/3/inventory/product/stock_changed"));
        assert!(
            find("store/channel/{channel_id}/cart/created")
                .unwrap()
                .is_templated()
        );
        assert!(find("store/order/*").unwrap().is_wildcard());
        let order = find("store/order/created").unwrap();
        assert_eq!(order.data, Some(r#"{"type":"order","id":250}"#));
        assert_eq!(catalogue().count(), 201);
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
