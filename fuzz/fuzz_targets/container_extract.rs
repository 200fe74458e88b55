//! `container::extract` on arbitrary bytes (PNG, SVG, JSON/JWS/URL text).
#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = common::limits();
    if let Ok(x) = badgeverify::container::extract(data, &limits) {
        let _ = x.payload.bake_spec(&limits);
    }
});
