//! One sort for the whole crate.
//!
//! Every `slice::sort*` call instantiates the standard library's sort algorithms for its
//! element type and comparator: about 3–5 KB of WebAssembly each, ~32 KB for the crate's
//! eight call sites, and even one instantiation of std's stable sort (driftsort) is ~6 KB.
//! Here every sort orders a list of indices with a type-erased comparator by a plain
//! bottom-up merge sort written once, and only the small permutation step is generic
//! (BENCHMARKS.md, "Package size"). Stable, `n log n` comparisons, one scratch buffer.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub(crate) fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let items: &[T] = v;
    let order = order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `v` stably by its natural order.
pub(crate) fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The stable sorting permutation of `0..n` under `cmp`: runs of width 1, 2, 4, … are
/// merged pairwise from `idx` into `buf`, then the two swap roles.
#[inline(never)]
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = start.saturating_add(width).min(n);
            let end = mid.saturating_add(width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in buf.iter_mut().take(end).skip(start) {
                // Take from the right run only when it is strictly smaller: stability.
                let right = i >= mid
                    || (j < end
                        && matches!((idx.get(i), idx.get(j)),
                            (Some(&a), Some(&b)) if cmp(b, a) == Ordering::Less));
                let from = if right { &mut j } else { &mut i };
                *slot = idx.get(*from).copied().unwrap_or_default();
                *from += 1;
            }
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width = width.saturating_mul(2);
    }
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Rng;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut words = vec!["pear", "apple", "fig", ""];
        sort(&mut words);
        assert_eq!(words, ["", "apple", "fig", "pear"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    /// Every length up to 70 (odd run counts, a last run shorter than `width`) and many
    /// duplicate keys, against std's stable sort.
    #[test]
    fn matches_the_standard_stable_sort() {
        let mut rng = Rng(0x2545_f491);
        for n in 0..70 {
            let v: Vec<(u64, usize)> = (0..n).map(|i| (rng.below(7), i)).collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v;
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
