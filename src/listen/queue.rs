//! A bounded hand-off from the answering loop to a slower stage. Pushing never wakes the
//! consumer: it collects a batch every few milliseconds instead. Measured with wrk, waking a
//! printer thread for every callback cost a quarter of the throughput; a person cannot see a
//! 5 ms delay in printing.
//!
//! Bounded in count and in bytes: what a sender sends decides the bytes, so 3,000 callbacks
//! of 200 KB behind a hanging app took 1.19 GB before. What is dropped is counted, saved and
//! unsaved apart, so a note about it says what became of them. Notes are kept past the limit
//! (they are few: the answering loop says a failing save once, not per callback), up to a
//! reserve of their own.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// How long a consumer sleeps between batches.
const POLL: Duration = Duration::from_millis(5);

/// What the queue needs to know of an item.
pub trait Item {
    /// Its size in memory, roughly.
    fn bytes(&self) -> usize;
    /// A note, kept past the limit (up to `NOTE_RESERVE`).
    fn is_note(&self) -> bool;
    /// A callback that is on disk.
    fn is_saved(&self) -> bool;
}

/// Notes kept beyond the limit.
const NOTE_RESERVE: usize = 1_000;

pub struct Queue<T> {
    state: Mutex<State<T>>,
    closed_signal: Condvar,
    limit: usize,
    max_bytes: usize,
}

struct State<T> {
    items: Vec<T>,
    bytes: usize,
    /// Pushed while full, not yet reported to the consumer.
    dropped: Dropped,
    closed: bool,
}

/// Items dropped while the queue was full.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Dropped {
    /// Callbacks, of which `saved` are on disk.
    pub callbacks: u64,
    pub saved: u64,
    pub notes: u64,
}

impl Dropped {
    pub fn any(&self) -> bool {
        self.callbacks + self.notes > 0
    }

    /// `(all saved)`, `(none saved)` or `(3 saved)`: what became of the dropped callbacks.
    pub fn saved_part(&self) -> String {
        match self.saved {
            n if n == self.callbacks => "all saved".to_string(),
            0 => "none saved".to_string(),
            n => format!("{n} of them saved"),
        }
    }
}

/// What a consumer gets: the items in order, and what was dropped before them.
pub struct Batch<T> {
    pub items: Vec<T>,
    pub dropped: Dropped,
}

impl<T: Item> Queue<T> {
    /// At most `limit` items and `max_bytes` bytes waiting.
    pub fn new(limit: usize, max_bytes: usize) -> Queue<T> {
        Queue {
            state: Mutex::new(State {
                items: Vec::new(),
                bytes: 0,
                dropped: Dropped::default(),
                closed: false,
            }),
            closed_signal: Condvar::new(),
            limit,
            max_bytes,
        }
    }

    /// Adds an item, or counts it as dropped when the consumer is `limit` items or
    /// `max_bytes` behind; true when it was added.
    pub fn push(&self, item: T) -> bool {
        let bytes = item.bytes();
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let room = if item.is_note() {
            state.items.len() < self.limit + NOTE_RESERVE
        } else {
            state.items.len() < self.limit && state.bytes + bytes <= self.max_bytes
        };
        if room {
            state.items.push(item);
            state.bytes += bytes;
        } else if item.is_note() {
            state.dropped.notes += 1;
        } else {
            state.dropped.callbacks += 1;
            state.dropped.saved += u64::from(item.is_saved());
        }
        room
    }

    /// Items waiting.
    pub fn len(&self) -> usize {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .items
            .len()
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
        if state.items.is_empty() && !state.dropped.any() && state.closed {
            return None;
        }
        state.bytes = 0;
        Some(Batch {
            items: std::mem::take(&mut state.items),
            dropped: std::mem::take(&mut state.dropped),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A callback of `n` bytes, saved or not; a note when `n` is 0.
    struct Fake(usize, bool);

    impl Item for Fake {
        fn bytes(&self) -> usize {
            self.0
        }
        fn is_note(&self) -> bool {
            self.0 == 0
        }
        fn is_saved(&self) -> bool {
            self.1
        }
    }

    #[test]
    fn batches_in_order_drops_past_the_limit_and_drains_after_close() {
        let q = Queue::new(3, usize::MAX);
        for i in 0..5 {
            q.push(Fake(i + 1, i != 4));
        }
        q.close();
        let batch = q.next_batch().unwrap();
        let sizes: Vec<usize> = batch.items.iter().map(|f| f.0).collect();
        assert_eq!(sizes, [1, 2, 3]);
        assert_eq!(
            batch.dropped,
            Dropped {
                callbacks: 2,
                saved: 1,
                notes: 0
            }
        );
        assert_eq!(batch.dropped.saved_part(), "1 of them saved");
        assert!(q.next_batch().is_none());
    }

    #[test]
    fn bytes_are_bounded_and_notes_kept_past_the_limit() {
        let q = Queue::new(100, 1000);
        for _ in 0..10 {
            q.push(Fake(300, true));
        }
        for _ in 0..5 {
            q.push(Fake(0, false));
        }
        let batch = q.next_batch().unwrap();
        assert_eq!(
            batch.items.len(),
            3 + 5,
            "three callbacks fit in 1000 bytes, notes always"
        );
        assert_eq!(batch.dropped.callbacks, 7);
        assert_eq!(batch.dropped.saved_part(), "all saved");
        q.push(Fake(900, true));
        assert_eq!(
            q.next_batch().unwrap().items.len(),
            1,
            "the bytes are free again"
        );
    }
}
