//! Event globs (`store/order/*`, `order.*`): `*` matches any run of characters, `/` included.
//! Compiled once from the command line; matching is linear in the text's length, whatever the
//! pattern, since it runs on strings that senders control.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    /// The literal parts between the stars: `a*b*c` is ["a", "b", "c"], `*x` is ["", "x"].
    parts: Vec<String>,
}

impl Glob {
    pub fn new(pattern: &str) -> Glob {
        Glob {
            parts: pattern.split('*').map(str::to_string).collect(),
        }
    }

    /// The first part must start the text, the last end it, and the ones between appear in
    /// order: taking each at its leftmost place never loses a match, so no backtracking.
    pub fn matches(&self, text: &str) -> bool {
        let (first, rest) = self.parts.split_first().expect("split gives a part");
        let Some(mut text) = text.strip_prefix(first.as_str()) else {
            return false;
        };
        let Some((last, middle)) = rest.split_last() else {
            return text.is_empty(); // no star: the whole text was the pattern
        };
        for part in middle {
            match text.find(part.as_str()) {
                Some(at) => text = &text[at + part.len()..],
                None => return false,
            }
        }
        text.ends_with(last.as_str())
    }
}

/// `--events`: a callback is shown when no glob is given, or its event matches one.
#[derive(Debug, Clone, Default)]
pub struct EventFilter(Vec<Glob>);

impl EventFilter {
    /// From `--events` values (already split at commas); blanks are ignored.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> EventFilter {
        EventFilter(
            patterns
                .into_iter()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(Glob::new)
                .collect(),
        )
    }

    pub fn matches(&self, event: Option<&str>) -> bool {
        self.0.is_empty() || event.is_some_and(|e| self.0.iter().any(|g| g.matches(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        let yes = [
            ("store/order/*", "store/order/created"),
            ("*", ""),
            ("*created", "store/order/created"),
            ("store/*/created", "store/order/created"),
            ("a*b*c", "aXbYbc"),
            ("a*a", "aa"),
            ("exact", "exact"),
        ];
        for (p, t) in yes {
            assert!(Glob::new(p).matches(t), "{p} should match {t}");
        }
        let no = [
            ("store/order/*", "store/product/created"),
            ("a*a", "a"),
            ("a*b*c", "acb"),
            ("exact", "exactly"),
            ("*x", "xy"),
        ];
        for (p, t) in no {
            assert!(!Glob::new(p).matches(t), "{p} should not match {t}");
        }
    }

    /// A recursive matcher took exponential time on this; the linear one answers at once.
    #[test]
    fn many_stars_on_a_long_sender_controlled_string() {
        let pattern = Glob::new(&"a*".repeat(30).to_string());
        let text = "a".repeat(29) + &"b".repeat(10_000);
        assert!(pattern.matches(&(text.clone() + "a")));
        assert!(!Glob::new(&("*a".repeat(30) + "c")).matches(&text));
    }

    #[test]
    fn event_filters() {
        let f = EventFilter::new(["store/order/*", " order.* ", ""]);
        assert!(f.matches(Some("store/order/created")));
        assert!(f.matches(Some("order.updated")));
        assert!(!f.matches(Some("store/product/created")));
        assert!(!f.matches(None));
        assert!(EventFilter::new([]).matches(None));
    }
}
