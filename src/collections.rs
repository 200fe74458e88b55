//! The crate's hash maps and sets: `hashbrown`'s, with std's randomly keyed SipHash.
//!
//! serde_json's order-preserving maps (indexmap) already link the `hashbrown` crate; std's
//! `HashMap` is a second, separately compiled copy of the same tables. Using the crate's copy
//! everywhere keeps one in the WebAssembly module (BENCHMARKS.md, "Package size").

/// A hash map (same API as `std::collections::HashMap`).
pub(crate) type HashMap<K, V> = hashbrown::HashMap<K, V, std::hash::RandomState>;

/// A hash set (same API as `std::collections::HashSet`).
pub(crate) type HashSet<T> = hashbrown::HashSet<T, std::hash::RandomState>;
