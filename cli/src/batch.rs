//! Verifying the inputs of a batch on every core, with results in input order.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Runs `work` on every item, on as many threads as the machine has cores (never more than
/// there are items), and returns the results in the order of `items`. `done(i, &result)` is
/// called on the calling thread for each item in input order, as soon as it and every item
/// before it are finished, so progress output stays in order while later items run.
pub fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(usize, &R),
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(items.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if tx.send((i, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut reported = 0;
        for (i, result) in rx {
            slots[i] = Some(result);
            while let Some(Some(r)) = slots.get(reported) {
                done(reported, r);
                reported += 1;
            }
        }
    });
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_and_callbacks_follow_input_order() {
        let items: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        // Later items finish first: earlier ones spin longer.
        let out = in_parallel(
            &items,
            |&n| {
                let mut x = 0u64;
                for k in 0..(200 - n) * 2_000 {
                    x = x.wrapping_add(k ^ n);
                }
                (n, std::hint::black_box(x))
            },
            |i, r| seen.push((i, r.0)),
        );
        assert_eq!(out.iter().map(|r| r.0).collect::<Vec<_>>(), items);
        assert_eq!(
            seen,
            items.iter().map(|&n| (n as usize, n)).collect::<Vec<_>>()
        );
        assert!(in_parallel(&[] as &[u8], |_| 0, |_, _| {}).is_empty());
    }
}
