//! Every relevant third-party fixture in `tests/vectors/` gives its documented outcome, or a
//! documented, reasoned deviation (see `docs/conformance.md`). Offline: documents that need
//! the network make the verdict `indeterminate`, never `valid`.

mod common;
use badgeverify::{CheckId::*, Outcome::*, Verdict::*};
use common::*;

const NOW: &str = "2026-01-01T00:00:00Z";

#[test]
fn print_reports() {
    for f in std::env::var("SHOW").unwrap_or_default().split(',').filter(|s| !s.is_empty()) {
        let r = verify_file(&onedtech(f), NOW);
        println!("{f}: {:?} {}", r.verdict, r.summary);
        for c in &r.checks {
            println!("   {:?} {:?} {} {}", c.id, c.outcome, c.code, c.message);
        }
    }
}
