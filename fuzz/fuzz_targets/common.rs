//! Shared by the fuzz targets: the options every target verifies with.
#![allow(dead_code)]

use badgeverify::{Limits, Options, Timestamp};

/// Default limits: the fuzzers look for inputs that escape the real bounds.
pub fn limits() -> Limits {
    Limits::default()
}

/// A fixed verification instant, so runs are reproducible.
pub fn options() -> Options {
    Options::new(Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").expect("valid instant"))
}
