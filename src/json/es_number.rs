//! Numbers and member order in ECMAScript's canonical form (RFC 8785 §3.2.2.3, §3.2.3), for
//! the writer's canonical form ([`super::Form::Canonical`], what `crate::jcs` signs).
//!
//! The shortest round-trip digits come from the Schubfach-based `zmij` (the float formatter
//! serde_json uses too); this module lays them out by the ECMAScript rules (plain notation for
//! exponents −6 < n ≤ 21, otherwise `d.ddde±x`). Integers of magnitude at most 2^53 are
//! printed exactly; larger ones are first rounded to the nearest double, as RFC 8785 and
//! every JavaScript signer do.

use super::Number;
use std::cmp::Ordering;
use std::fmt::Write;

/// Orders strings by their UTF-16 code units (RFC 8785 §3.2.3).
pub(crate) fn utf16_cmp(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// 2^53: integers up to this magnitude are exact doubles.
const EXACT: u64 = 1 << 53;

/// Writes a number as RFC 8785 does: the ECMAScript form of the double it denotes.
pub(crate) fn write_number(out: &mut String, n: &Number) {
    if let Some(u) = n.as_u64().filter(|u| *u <= EXACT) {
        let _ = write!(out, "{u}");
    } else if let Some(i) = n.as_i64().filter(|i| i.unsigned_abs() <= EXACT) {
        let _ = write!(out, "{i}");
    } else {
        write_f64(out, n.as_f64());
    }
}

/// Writes a finite double as ECMAScript `Number::toString(x)` does.
fn write_f64(out: &mut String, x: f64) {
    if x == 0.0 || !x.is_finite() {
        // -0 prints as 0; non-finite numbers cannot occur in a JSON value.
        out.push('0');
        return;
    }
    if x < 0.0 {
        out.push('-');
    }
    // Shortest round-trip digits, in whatever layout zmij picks.
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(x.abs());
    let (digits, n) = decompose(text);
    layout(out, &digits, n);
}

/// Splits a decimal `d.ddd[eE][±]x` text into significant digits (no leading or
/// trailing zeros) and the ECMAScript exponent `n` (value = 0.digits × 10^n).
fn decompose(text: &str) -> (String, i32) {
    let (mantissa, exp) = match text.find(['e', 'E']) {
        Some(i) => (
            text.get(..i).unwrap_or(""),
            text.get(i + 1..)
                .and_then(|e| e.parse::<i32>().ok())
                .unwrap_or(0),
        ),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0').to_owned();
    let point = i32::try_from(int.len()).unwrap_or(0) - i32::try_from(leading).unwrap_or(0);
    (digits, point + exp)
}

/// ECMAScript Number::toString steps 6–10 for digits `s` (k of them) and exponent `n`.
fn layout(out: &mut String, s: &str, n: i32) {
    let k = i32::try_from(s.len()).unwrap_or(0);
    if k <= n && n <= 21 {
        out.push_str(s);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        let (a, b) = s.split_at(n as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(s);
    } else {
        let (first, rest) = s.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let e = n - 1;
        let _ = write!(out, "e{}{}", if e < 0 { '-' } else { '+' }, e.abs());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(x: f64) -> String {
        let mut s = String::new();
        write_f64(&mut s, x);
        s
    }

    #[test]
    fn es_number_layout() {
        assert_eq!(num(1e21), "1e+21");
        assert_eq!(num(1e20), "100000000000000000000");
        assert_eq!(num(123.456), "123.456");
        assert_eq!(num(0.000001), "0.000001");
        assert_eq!(num(1e-7), "1e-7");
        assert_eq!(num(-1.5e-9), "-1.5e-9");
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(5e-324), "5e-324");
    }
}
