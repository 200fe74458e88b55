//! The JSON number reader (`decimal::parse_number`, `decimal::parse_f64`) against two
//! oracles: core's `str::parse::<f64>` bit for bit (signs of zero included) and serde_json's
//! reader (`serde_json::from_str` to a `Value`: which literals are valid, integer or float,
//! and the same `f64`). Each input is read twice: as text, and as the recipe for a literal
//! (sign, digits, point, exponent) so that most inputs are valid literals.
#![no_main]
use badgeverify::decimal::{parse_f64, parse_number, Parsed};
use libfuzzer_sys::fuzz_target;

/// Compares both readers with the oracles on `text`; `valid` when `text` is a JSON number
/// literal by construction.
fn check(text: &str, valid: bool) {
    let ours = parse_f64(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match &theirs {
        // serde_json skips whitespace around a value.
        Ok(serde_json::Value::Number(_)) if text.trim() == text => {
            assert!(ours.is_some(), "{text:?}: refused")
        }
        // serde_json stops at an overflowing literal, so it does not say whether the rest
        // is valid; core says what the value is.
        Err(e) if e.to_string().contains("out of range") => {}
        _ => {
            assert!(ours.is_none(), "{text:?}: accepted");
            assert!(!valid, "{text:?}: serde_json refuses a constructed literal");
        }
    }
    if valid {
        assert!(ours.is_some(), "{text:?}: refused");
    }
    let Some(ours) = ours else {
        return;
    };
    let core: f64 = text.parse().expect("core reads every JSON number literal");
    assert_eq!(ours.to_bits(), core.to_bits(), "{text:?}: ours {ours:e}, core {core:e}");
    match (parse_number(text), theirs) {
        (Some(Parsed::F64(a)), Ok(serde_json::Value::Number(n))) if n.is_f64() => {
            assert_eq!(Some(a.to_bits()), n.as_f64().map(f64::to_bits), "{text:?}")
        }
        (Some(Parsed::U64(a)), Ok(serde_json::Value::Number(n))) if n.is_u64() => {
            assert_eq!(Some(a), n.as_u64())
        }
        (Some(Parsed::I64(a)), Ok(serde_json::Value::Number(n))) if !n.is_u64() => {
            assert_eq!(Some(a), n.as_i64())
        }
        (Some(Parsed::F64(a)), Err(_)) => assert!(a.is_infinite(), "{text:?}"),
        (ours, theirs) => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

/// A valid literal from `data`: byte 0 holds flags, bytes 1–2 the exponent, byte 3 where
/// the point goes, the rest the digits (each byte mod 10, or a run of 0s or 9s for the
/// long tails that decide halfway cases).
fn literal(data: &[u8]) -> Option<String> {
    let (&[flags, e0, e1, split], rest) = data.split_first_chunk::<4>()?;
    let mut digits = String::new();
    for &b in rest {
        match b {
            // A run of zeros or nines, up to 64 long.
            250..=255 => {
                let c = if b & 1 == 0 { '0' } else { '9' };
                digits.extend(std::iter::repeat_n(c, 8 * usize::from(b - 248)));
            }
            _ => digits.push(char::from(b'0' + b % 10)),
        }
    }
    let digits = digits.trim_start_matches('0');
    let split = usize::from(split).min(digits.len());
    let (int, frac) = digits.split_at(split);
    let mut text = String::new();
    if flags & 1 != 0 {
        text.push('-');
    }
    text.push_str(if int.is_empty() { "0" } else { int });
    if !frac.is_empty() || flags & 2 != 0 {
        text.push('.');
        text.push_str(if frac.is_empty() { "0" } else { frac });
    }
    if flags & 4 != 0 {
        let e = u16::from_le_bytes([e0, e1]);
        let e = match flags >> 6 {
            0 => e % 32,
            1 => e % 400,
            2 => e % 1200,
            _ => e,
        };
        text.push(if flags & 8 != 0 { 'E' } else { 'e' });
        match flags & 0x30 {
            0x10 => text.push('-'),
            0x20 => text.push('+'),
            0x30 => text.push_str("-000"),
            _ => {}
        }
        text.push_str(&e.to_string());
    }
    Some(text)
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text, false);
    }
    if let Some(text) = literal(data) {
        check(&text, true);
    }
});
