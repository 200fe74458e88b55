//! Process-wide cache of processed contexts.
//!
//! Key: (id of the active context the context was applied to, id of what was applied).
//! "What was applied" is either a bundled context variant (a fixed id chosen by the loader,
//! see [`super::RemoteDocument::cache_id`]) or a term's scoped context (an id assigned when
//! the term definition was created, plus the override-protected / propagate flags). Context
//! ids are never reused, so a hit is always the result of the same computation. Results
//! that come from the cache keep their ids, so chains such as `[VC v2, OB 3.0.3]` and the
//! type-scoped contexts applied under them hit on every later document.
//!
//! The cache is bounded ([`CAPACITY`] entries); when full it is emptied (cheap, and the
//! working set of real credentials is a few dozen entries).
//!
//! **Why a process-wide cache is safe.** It is global mutable state, kept deliberately so
//! that every verification (the CLI's parallel batch, every `<open-badge>` on a page) shares
//! the processed standard contexts. It cannot change a result: ids come from one counter
//! (`context::next_id`, 64 bits, never reused), so an entry is only ever found for the exact
//! computation that produced it, and processing is deterministic. What another document can
//! do, by applying more contexts than the cache holds, is empty it, which costs time, never
//! correctness. `tests/jsonld.rs` (`the_context_cache_changes_no_result`) verifies the same
//! badges before, after and alongside such a flood and gets identical reports.

use super::context::Context;
use crate::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Most cached processed contexts.
const CAPACITY: usize = 512;

type Map = HashMap<(u64, u64), Arc<Context>>;

fn cache() -> &'static Mutex<Map> {
    static CACHE: OnceLock<Mutex<Map>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::default()))
}

pub(crate) fn get(key: (u64, u64)) -> Option<Arc<Context>> {
    cache().lock().ok()?.get(&key).cloned()
}

pub(crate) fn put(key: (u64, u64), value: Arc<Context>) {
    if let Ok(mut c) = cache().lock() {
        if c.len() >= CAPACITY {
            c.clear();
        }
        c.insert(key, value);
    }
}
