//! SVG badge extraction on arbitrary (UTF-8) text.
#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = badgeverify::container::svg::extract(text, &common::limits());
    }
});
