//! A bounded hand-off from the answering loop to a slower stage. Pushing never wakes the
//! consumer: it collects a batch every few milliseconds instead. Measured with wrk, waking a
//! printer thread for every callback cost a quarter of the throughput; a person cannot see a
//! 5 ms delay in printing.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// How long a consumer sleeps between batches.
const POLL: Duration = Duration::from_millis(5);

pub struct Queue<T> {
    state: Mutex<State<T>>,
    closed_signal: Condvar,
    limit: usize,
}

struct State<T> {
    items: Vec<T>,
    /// Pushed while full, not yet reported to the consumer.
    dropped: u64,
    closed: bool,
}

/// What a consumer gets: the items in order, and how many were dropped before them.
pub struct Batch<T> {
    pub items: Vec<T>,
    pub dropped: u64,
}

impl<T> Queue<T> {
    pub fn new(limit: usize) -> Queue<T> {
        Queue {
            state: Mutex::new(State {
                items: Vec::new(),
                dropped: 0,
                closed: false,
            }),
            closed_signal: Condvar::new(),
            limit,
        }
    }

    /// Adds an item, or counts it as dropped when the consumer is `limit` items behind.
    pub fn push(&self, item: T) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.items.len() < self.limit {
            state.items.push(item);
        } else {
            state.dropped += 1;
        }
    }

    /// No more items will come; the consumer drains what is left, then gets `None`.
    pub fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        self.closed_signal.notify_all();
    }

    /// Waits a moment, then takes everything queued. `None` once closed and drained.
    pub fn next_batch(&self) -> Option<Batch<T>> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.items.is_empty() && !state.closed {
            state = self
                .closed_signal
                .wait_timeout(state, POLL)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        if state.items.is_empty() && state.dropped == 0 && state.closed {
            return None;
        }
        Some(Batch {
            items: std::mem::take(&mut state.items),
            dropped: std::mem::take(&mut state.dropped),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_in_order_drops_past_the_limit_and_drains_after_close() {
        let q = Queue::new(3);
        for i in 0..5 {
            q.push(i);
        }
        q.close();
        let batch = q.next_batch().unwrap();
        assert_eq!((batch.items, batch.dropped), (vec![0, 1, 2], 2));
        assert!(q.next_batch().is_none());
    }
}
