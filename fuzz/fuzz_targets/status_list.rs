//! Status lists: a status entry and a list credential, both untrusted. Drives entry parsing,
//! the list subject and purpose checks, multibase/base64 + gzip decoding under the inflate
//! cap, and bit reading at the entry's index.
#![no_main]
use badgeverify::{json, status, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    // First byte splits the input into an entry and a list credential.
    let Some((&split, rest)) = data.split_first() else {
        return;
    };
    let cut = (usize::from(split) * rest.len()) / 255;
    let (entry_bytes, list_bytes) = rest.split_at(cut.min(rest.len()));
    // The encoded list alone, as raw text: the decoder's own input space.
    if let Ok(text) = std::str::from_utf8(list_bytes) {
        if let Ok(bits) = status::decode_list(text, &limits) {
            let _ = status::status_value(&bits, u64::from(split) * 977, 1 + split % 8);
        }
    }
    let (Ok(entry), Ok(list)) = (json::parse_bytes(entry_bytes, &limits), json::parse_bytes(list_bytes, &limits)) else {
        return;
    };
    let Ok(e) = status::entry_fields(&entry) else {
        return;
    };
    if let Ok(encoded) = status::list_subject(&list, &e.purpose) {
        if let Ok(bits) = status::decode_list(encoded, &limits) {
            let _ = status::status_value(&bits, e.index, e.size);
        }
    }
});
