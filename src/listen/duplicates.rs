//! Duplicate deliveries: the key each platform's module gives a callback
//! ([`crate::platform::Inspection::dedupe_key`]), remembered for a run.

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// The keys seen in this run and the `seq` each was first seen with, forgetting the oldest past
/// a bound so memory stays flat.
pub struct SeenKeys {
    set: HashMap<Rc<str>, u64>,
    order: VecDeque<Rc<str>>,
    limit: usize,
}

impl SeenKeys {
    pub fn new(limit: usize) -> SeenKeys {
        SeenKeys {
            set: HashMap::new(),
            order: VecDeque::new(),
            limit,
        }
    }

    /// Records `key` for callback `seq`; the `seq` it was first seen with, when it was.
    pub fn seen_before(&mut self, key: &str, seq: u64) -> Option<u64> {
        if let Some(first) = self.set.get(key) {
            return Some(*first);
        }
        if self.order.len() == self.limit
            && let Some(oldest) = self.order.pop_front()
        {
            self.set.remove(&oldest);
        }
        let key: Rc<str> = Rc::from(key);
        self.set.insert(key.clone(), seq);
        self.order.push_back(key);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_and_bound() {
        let mut seen = SeenKeys::new(2);
        assert_eq!(seen.seen_before("a", 1), None);
        assert_eq!(seen.seen_before("a", 2), Some(1), "names the first");
        assert_eq!(seen.seen_before("b", 3), None);
        assert_eq!(seen.seen_before("c", 4), None);
        assert_eq!(
            seen.seen_before("a", 5),
            None,
            "the oldest key is forgotten past the bound"
        );
    }
}
