//! Work spread over a few threads, for the commands that make many independent requests
//! (`apply` over stores, `expand` over entities).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// `f` of each item, with up to `threads` at a time, the results in the items' order. Each
/// thread takes the next item when it is done with one, so a slow item holds up only itself.
pub fn map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    thread::scope(|scope| {
        for _ in 0..threads.min(items.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let result = f(item);
                    done.lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((i, result));
                }
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_in_the_items_order_whatever_finishes_first() {
        let items: Vec<u64> = (0..20).collect();
        let out = super::map(&items, 4, |&n| {
            std::thread::sleep(std::time::Duration::from_millis((20 - n) % 7));
            n * 10
        });
        assert_eq!(out, (0..20).map(|n| n * 10).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], 4, |&b| b).is_empty());
    }
}
