//! The whole pipeline on arbitrary bytes: it must always return a report.
#![no_main]
#[path = "common.rs"]
mod common;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = badgeverify::verify_offline(data, &common::options());
    let _ = serde_json::to_string(&report);
});
