//! The PNG chunk walker and PNG extraction. The PNG signature is prepended so every input
//! reaches the chunk parser.
#![no_main]
#[path = "common.rs"]
mod common;
use badgeverify::container::png;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = common::limits();
    let mut bytes = png::SIGNATURE.to_vec();
    bytes.extend_from_slice(data);
    if let Ok(chunks) = png::chunks(&bytes, &limits) {
        for c in chunks {
            match c {
                Ok(c) => {
                    let _ = c.badge_keyword();
                }
                Err(_) => break,
            }
        }
    }
    let _ = png::extract(&bytes, &limits);
});
