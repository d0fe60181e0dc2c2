//! BigCommerce's delivery rules (`../shared/notes/bigcommerce-api.md` §4.5, §4.7): where it
//! delivers, and, as a pure model for `simulate`, the retry schedule, the per-domain success
//! window and blocklist, and when a delivery-exception callback goes out. Times are simulated
//! seconds, passed in.

use std::collections::VecDeque;

/// BigCommerce delivers callbacks only to https on port 443.
pub fn delivers_to(url: &reqwest::Url) -> bool {
    url.scheme() == "https" && url.port_or_known_default() == Some(443)
}

/// Seconds after each failed attempt before the next; after the last, the hook is deactivated.
pub const RETRY_DELAYS: [f64; 11] = [
    60.0, 180.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0, 21600.0, 50400.0, 86400.0,
];
/// The sliding window a domain's success ratio is computed over.
pub const WINDOW: f64 = 120.0;
/// Attempts the window must hold before the ratio counts.
pub const MIN_ATTEMPTS: usize = 100;
/// Under this success ratio, the domain is blocklisted.
pub const THRESHOLD: f64 = 0.9;
/// How long a blocklisting lasts.
pub const BLOCK: f64 = 180.0;
/// At most one 90001 exception per destination in this long.
pub const EXCEPTION_SPACING: f64 = 600.0;

/// The delay before retrying after the `failures`-th failed attempt (1 for the first), or None
/// when retries have run out and the hook is deactivated.
pub fn retry_after(failures: usize) -> Option<f64> {
    RETRY_DELAYS.get(failures.checked_sub(1)?).copied()
}

/// One destination domain, as BigCommerce tracks it.
#[derive(Debug, Default)]
pub struct Domain {
    /// (time, succeeded) of each attempt in the last [`WINDOW`].
    window: VecDeque<(f64, bool)>,
    blocked_until: Option<f64>,
    last_90001: Option<f64>,
    /// When each blocklisting began.
    pub blocklisted_at: Vec<f64>,
}

impl Domain {
    pub fn is_blocked(&self, now: f64) -> bool {
        self.blocked_until.is_some_and(|until| now < until)
    }

    /// When the blocklisting in force at `now` ends, if one is.
    pub fn blocked_until(&self, now: f64) -> Option<f64> {
        self.blocked_until.filter(|until| now < *until)
    }

    /// Records an attempt. True when it gets the domain blocklisted.
    pub fn record(&mut self, now: f64, succeeded: bool) -> bool {
        self.window.push_back((now, succeeded));
        while self.window.front().is_some_and(|(t, _)| *t <= now - WINDOW) {
            self.window.pop_front();
        }
        if self.is_blocked(now) || self.window.len() < MIN_ATTEMPTS {
            return false;
        }
        let ok = self.window.iter().filter(|(_, ok)| *ok).count();
        if (ok as f64) / (self.window.len() as f64) >= THRESHOLD {
            return false;
        }
        self.blocked_until = Some(now + BLOCK);
        self.blocklisted_at.push(now);
        // A fresh start after the block: what failed before it no longer counts.
        self.window.clear();
        true
    }

    /// Whether a failed attempt that will be retried sends a 90001 exception now.
    pub fn take_90001(&mut self, now: f64) -> bool {
        if self.last_90001.is_some_and(|t| now - t < EXCEPTION_SPACING) {
            return false;
        }
        self.last_90001 = Some(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schedule_is_the_documented_one() {
        assert_eq!(RETRY_DELAYS.iter().sum::<f64>(), 173_040.0, "about 48 h");
        assert_eq!(retry_after(1), Some(60.0));
        assert_eq!(retry_after(11), Some(86_400.0));
        assert_eq!(retry_after(12), None, "deactivated after the last retry");
        assert_eq!(retry_after(0), None);
    }

    #[test]
    fn no_verdict_before_100_attempts_then_under_90_percent_blocks_3_minutes() {
        let mut d = Domain::default();
        for i in 0..99 {
            assert!(!d.record(i as f64 * 0.1, false), "fewer than 100 attempts");
        }
        assert!(d.record(9.9, false), "the 100th failure blocks");
        assert!(d.is_blocked(10.0) && d.is_blocked(9.9 + 179.9));
        assert!(!d.is_blocked(9.9 + 180.0));
        assert_eq!(d.blocklisted_at, [9.9]);

        // 90 of 100 succeed: exactly at the threshold, no block; 89 of 100 blocks.
        let mut d = Domain::default();
        for i in 0..100 {
            assert!(!d.record(i as f64, i >= 10), "90% is not under 90%");
        }
        let mut d = Domain::default();
        let blocked: Vec<bool> = (0..100)
            .map(|i| d.record(i as f64 * 0.5, i >= 11))
            .collect();
        assert!(blocked[99]);
    }

    #[test]
    fn attempts_older_than_two_minutes_do_not_count() {
        let mut d = Domain::default();
        for i in 0..99 {
            d.record(i as f64, false);
        }
        // 200 s later the failures are out of the window: one more attempt makes 1, not 100.
        assert!(!d.record(300.0, false));
    }

    #[test]
    fn one_90001_per_ten_minutes() {
        let mut d = Domain::default();
        assert!(d.take_90001(0.0));
        assert!(!d.take_90001(599.0));
        assert!(d.take_90001(600.0));
    }
}
