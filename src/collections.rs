//! The crate's hash maps and sets, all on one type-erased hash index.
//!
//! Every `HashMap<K, V>` type compiles its own copy of the hash-table code: with nine key
//! and value types that was ~18 KB of the WebAssembly module. Here a map keeps its entries
//! in a `Vec` and finds them through an [`Index`] of positions whose table code is compiled
//! once, for `usize`, with the key comparison passed in as a `&dyn Fn`. Only the thin
//! [`HashMap`] layer is generic (BENCHMARKS.md, "Package size"). Removal moves the last
//! entry into the gap, so iteration order is unspecified, as for std's maps. The JSON object
//! type ([`crate::json::Map`]) uses the same index.
//!
//! **Hash flooding.** Keys come from untrusted badges, so they are hashed with SipHash under
//! secret keys: a badge crafted so that its keys collide would make every lookup walk them
//! all. Natively std's `RandomState` supplies random keys. On `wasm32-unknown-unknown` it
//! cannot: std takes the "random" keys from two memory addresses, which are the same in
//! every run of the same module. So the driver seeds the keys with randomness of its own
//! ([`seed`]; the npm package passes `crypto.getRandomValues`), mixed with std's keys. This
//! seed is the core's one piece of global mutable state: it can only change which slots
//! entries hash to, never what a map holds or the order it iterates in (entries live in a
//! `Vec` in insertion order), so no result depends on it (tested).

use std::borrow::Borrow;
use std::fmt;
use std::hash::{BuildHasher, Hash, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};

/// The driver's seed, mixed into every map's SipHash keys (zero until [`seed`] is called).
static SEED: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];

/// Mixes 16 bytes of randomness from the driver into the keys of every map created from now
/// on. Drivers on platforms where std has no entropy source (WebAssembly in a browser) must
/// call it before verifying; elsewhere it is harmless.
pub fn seed(bytes: [u8; 16]) {
    let (a, b) = bytes.split_at(8);
    for (slot, half) in SEED.iter().zip([a, b]) {
        let mut word = [0u8; 8];
        word.copy_from_slice(half);
        slot.fetch_xor(u64::from_le_bytes(word), Ordering::Relaxed);
    }
}

/// SipHash keys: std's per-map keys (random natively) XOR the driver's seed.
#[derive(Clone)]
pub(crate) struct Keys(u64, u64);

impl Keys {
    /// `base` keys mixed with the driver's seed.
    fn mixed(base: (u64, u64)) -> Self {
        Self(
            base.0 ^ SEED[0].load(Ordering::Relaxed),
            base.1 ^ SEED[1].load(Ordering::Relaxed),
        )
    }
}

impl Default for Keys {
    fn default() -> Self {
        let std = RandomState::new();
        Self::mixed((std.hash_one(0u8), std.hash_one(1u8)))
    }
}

impl BuildHasher for Keys {
    #[allow(deprecated)] // SipHasher is deprecated for its name only; its keyed SipHash-2-4 is what is needed
    type Hasher = std::hash::SipHasher;
    #[allow(deprecated)]
    fn build_hasher(&self) -> Self::Hasher {
        std::hash::SipHasher::new_with_keys(self.0, self.1)
    }
}

/// Positions of entries in a list, found by their keys' hashes.
#[derive(Clone, Default)]
pub(crate) struct Index {
    table: hashbrown::HashTable<usize>,
    state: Keys,
}

impl Index {
    /// The hash of a key under this index's random keys.
    pub(crate) fn hash<Q: Hash + ?Sized>(&self, key: &Q) -> u64 {
        self.state.hash_one(key)
    }

    /// The position of `key` among `entries` (keyed by their first field), given the key's
    /// `hash`.
    pub(crate) fn position_of<K, V, Q>(
        &self,
        entries: &[(K, V)],
        hash: u64,
        key: &Q,
    ) -> Option<usize>
    where
        K: Borrow<Q>,
        Q: Eq + ?Sized,
    {
        self.find(hash, &|i| {
            entries.get(i).is_some_and(|(k, _)| k.borrow() == key)
        })
    }

    /// Records the last of `entries` (keyed by their first field), which the caller has
    /// just appended; the others are rehashed from `entries` when the table grows.
    pub(crate) fn add_last<K: Hash, V>(&mut self, entries: &[(K, V)]) {
        let state = self.state.clone();
        let hash_at = |i: usize| entries.get(i).map_or(0, |(k, _)| state.hash_one(k));
        let at = entries.len().saturating_sub(1);
        self.insert(hash_at(at), at, &hash_at);
    }

    /// The position with this `hash` for which `is(position)` holds.
    #[inline(never)]
    fn find(&self, hash: u64, is: &dyn Fn(usize) -> bool) -> Option<usize> {
        self.table.find(hash, |&i| is(i)).copied()
    }

    /// Records that the entry at `at` has `hash`; `hash_at(i)` rehashes any entry when the
    /// table grows.
    #[inline(never)]
    fn insert(&mut self, hash: u64, at: usize, hash_at: &dyn Fn(usize) -> u64) {
        self.table.insert_unique(hash, at, |&i| hash_at(i));
    }

    /// Forgets position `at` (whose key had `hash`); if the entry that was at `moved.1`
    /// (key hash `moved.0`) now sits at `at`, points its slot there.
    #[inline(never)]
    pub(crate) fn remove(&mut self, hash: u64, at: usize, moved: Option<(u64, usize)>) {
        if let Ok(slot) = self.table.find_entry(hash, |&i| i == at) {
            slot.remove();
        }
        if let Some((moved_hash, from)) = moved {
            if let Some(slot) = self.table.find_mut(moved_hash, |&i| i == from) {
                *slot = at;
            }
        }
    }
}

/// A hash map (the subset of `std::collections::HashMap`'s API the crate uses).
#[derive(Clone)]
pub(crate) struct HashMap<K, V> {
    entries: Vec<(K, V)>,
    index: Index,
}

impl<K, V> Default for HashMap<K, V> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            index: Index::default(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for HashMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl<K: Hash + Eq, V> HashMap<K, V> {
    /// The number of entries.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    fn position<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.position_hashed(self.index.hash(key), key)
    }

    /// [`Self::position`] for a key whose hash the caller already has.
    fn position_hashed<Q: Hash + Eq + ?Sized>(&self, hash: u64, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.index.position_of(&self.entries, hash, key)
    }

    /// The value for `key`.
    pub(crate) fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let i = self.position(key)?;
        self.entries.get(i).map(|(_, v)| v)
    }

    /// Sets the value for `key`, returning the one it replaces.
    pub(crate) fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Some(i) => self
                .entries
                .get_mut(i)
                .map(|slot| std::mem::replace(&mut slot.1, value)),
            None => {
                self.push(key, value);
                None
            }
        }
    }

    fn push(&mut self, key: K, value: V) -> usize {
        self.entries.push((key, value));
        self.index.add_last(&self.entries);
        self.entries.len() - 1
    }

    /// The value for `key`, first inserting `default()` if there is none.
    pub(crate) fn get_or_insert_with(&mut self, key: K, default: impl FnOnce() -> V) -> &mut V {
        let i = match self.position(&key) {
            Some(i) => i,
            None => self.push(key, default()),
        };
        &mut self.entries[i].1
    }

    /// Removes the value for `key`.
    pub(crate) fn remove<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let hash = self.index.hash(key);
        let i = self.position_hashed(hash, key)?;
        let (_, value) = self.entries.swap_remove(i);
        let moved = self
            .entries
            .get(i)
            .map(|(k, _)| (self.index.hash(k), self.entries.len()));
        self.index.remove(hash, i, moved);
        Some(value)
    }

    /// Removes every entry.
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.index.table.clear();
    }

    /// The values, in no particular order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

/// A hash set (the subset of `std::collections::HashSet`'s API the crate uses).
#[derive(Clone, Debug)]
pub(crate) struct HashSet<T>(HashMap<T, ()>);

impl<T> Default for HashSet<T> {
    fn default() -> Self {
        Self(HashMap::default())
    }
}

impl<T: Hash + Eq> HashSet<T> {
    /// Adds `value`; `false` if it was already there.
    pub(crate) fn insert(&mut self, value: T) -> bool {
        self.0.insert(value, ()).is_none()
    }

    /// Removes `value`; `false` if it was not there.
    pub(crate) fn remove<Q: Hash + Eq + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.remove(value).is_some()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::test_rng::Rng;

    /// Against std's map, through inserts, replacements and removals (each removal moves
    /// the last entry, so the index must follow it).
    #[test]
    fn behaves_like_the_standard_map() {
        let mut ours: HashMap<String, u32> = HashMap::default();
        let mut std = std::collections::HashMap::new();
        let mut rng = Rng(0x9e37_79b9);
        for step in 0..20_000u32 {
            let key = format!("k{}", rng.below(500));
            match rng.below(3) {
                0 => assert_eq!(ours.remove(key.as_str()), std.remove(&key), "{step}"),
                1 => assert_eq!(ours.insert(key.clone(), step), std.insert(key, step)),
                _ => assert_eq!(ours.get(key.as_str()), std.get(&key)),
            }
            assert_eq!(ours.len(), std.len());
        }
        for (k, v) in &std {
            assert_eq!(ours.get(k.as_str()), Some(v));
        }
        let mut set = HashSet::default();
        assert!(set.insert("a"));
        assert!(!set.insert("a"));
        assert!(set.remove("a"));
        assert!(!set.remove("a"));
        let counter = ours.get_or_insert_with("fresh".into(), || 7);
        *counter += 1;
        assert_eq!(ours.get("fresh"), Some(&8));
    }

    /// Keys crafted to share their table slot under known SipHash keys (what every
    /// `wasm32-unknown-unknown` run of std's `RandomState` would use) scatter under seeded
    /// keys, so a badge cannot be prepared against a visitor's tab.
    #[test]
    fn crafted_collisions_scatter_under_seeded_keys() {
        let std_on_wasm = (0x1234_5678, 0x9abc_def0);
        let known = Keys(std_on_wasm.0, std_on_wasm.1);
        let slot = |k: &Keys, s: &str| k.hash_one(s) & 0xfff;
        let target = slot(&known, "k0");
        let crafted: Vec<String> = (0..)
            .map(|i| format!("k{i}"))
            .filter(|s| slot(&known, s) == target)
            .take(24)
            .collect();
        seed([7; 16]);
        let seeded = Keys::mixed(std_on_wasm);
        let mut slots: Vec<u64> = crafted.iter().map(|s| slot(&seeded, s)).collect();
        slots.sort_unstable();
        slots.dedup();
        assert!(slots.len() > 16, "{} distinct slots of 24", slots.len());
    }

    /// The seed changes nothing a map holds or the order it iterates in.
    #[test]
    fn the_seed_changes_no_result() {
        let build = || {
            let mut m = HashMap::default();
            for i in 0..500u32 {
                m.insert(format!("key{i}"), i);
            }
            m.remove("key7");
            m.values().copied().collect::<Vec<_>>()
        };
        let before = build();
        seed([0x5a; 16]);
        assert_eq!(build(), before);
    }
}
