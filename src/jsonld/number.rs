//! Number lexical forms JSON-LD needs: the toRdf `xsd:integer` / `xsd:double` forms and the
//! ECMAScript `Number::toString` form that RFC 8785 (JCS) uses for `@json` literals.

use serde_json::{Number, Value};
use std::fmt::Write;

/// Shortest round-trip decimal digits of a finite, non-zero `f`, and the decimal exponent `n`
/// such that `f = 0.d1d2… × 10^n` (ECMAScript's `n`).
fn shortest_digits(f: f64) -> (String, i32) {
    // `{:e}` prints the shortest round-trip mantissa: "1.2345e-7", "5e0".
    let s = format!("{:e}", f.abs());
    let (mantissa, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// ECMAScript `Number::prototype::toString` for a finite double (JCS number form).
pub(crate) fn es_number(f: f64) -> String {
    if f == 0.0 || !f.is_finite() {
        // JCS forbids NaN/Infinity; serde_json never produces them.
        return "0".into();
    }
    let (digits, n) = shortest_digits(f);
    let k = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let mut out = String::new();
    if f < 0.0 {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        let (a, b) = digits.split_at(n as usize);
        let _ = write!(out, "{a}.{b}");
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(&digits);
    } else {
        let (a, b) = digits.split_at(1);
        out.push_str(a);
        if !b.is_empty() {
            out.push('.');
            out.push_str(b);
        }
        let e = n - 1;
        let _ = write!(out, "e{}{}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    out
}

/// A JSON number as the ECMAScript double it denotes.
pub(crate) fn as_f64(n: &Number) -> f64 {
    n.as_f64().unwrap_or(0.0)
}

/// True if the number must become an `xsd:double` by default (non-zero fraction or
/// magnitude ≥ 10^21), per JSON-LD 1.1 "Object to RDF Conversion".
pub(crate) fn is_double(n: &Number) -> bool {
    if n.is_i64() || n.is_u64() {
        return false;
    }
    let f = as_f64(n);
    f.fract() != 0.0 || f.abs() >= 1e21 || !f.is_finite()
}

/// The canonical `xsd:integer` lexical form of an integral number below 10^21.
pub(crate) fn integer_lexical(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    let f = as_f64(n);
    if f == 0.0 {
        return "0".into();
    }
    format!("{f:.0}")
}

/// The canonical `xsd:double` lexical form JSON-LD uses: a mantissa of up to 16 significant
/// digits with trailing zeros removed but at least one fractional digit, `E`, the exponent
/// without `+` (`1.5E0`, `1.0E21`, `-3.0E-1`).
pub(crate) fn double_lexical(n: &Number) -> String {
    let f = as_f64(n);
    let s = format!("{f:.15e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let mantissa = match mantissa.split_once('.') {
        Some((int, frac)) => {
            let frac = frac.trim_end_matches('0');
            format!("{int}.{}", if frac.is_empty() { "0" } else { frac })
        }
        None => format!("{mantissa}.0"),
    };
    format!("{mantissa}E{exp}")
}

/// RFC 8785 JSON Canonicalization Scheme serialization of `v`.
pub(crate) fn jcs(v: &Value) -> String {
    let mut out = String::new();
    jcs_into(v, &mut out);
    out
}

fn jcs_into(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64().filter(|i| i.unsigned_abs() <= 1 << 53) {
                let _ = write!(out, "{i}");
            } else {
                out.push_str(&es_number(as_f64(n)));
            }
        }
        Value::String(s) => jcs_string(s, out),
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs_into(item, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs_string(k, out);
                out.push(':');
                if let Some(v) = m.get(k) {
                    jcs_into(v, out);
                }
            }
            out.push('}');
        }
    }
}

fn jcs_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn num(v: Value) -> Number {
        match v {
            Value::Number(n) => n,
            _ => unreachable!(),
        }
    }

    #[test]
    fn es_number_matches_rfc8785_examples() {
        // RFC 8785 appendix B (IEEE-754 value → JCS text).
        for (f, want) in [
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (1e-7, "1e-7"),
            (1e-6, "0.000001"),
            (0.1, "0.1"),
            (-1.5, "-1.5"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (9007199254740992.0, "9007199254740992"),
            (295147905179352830000.0, "295147905179352830000"),
            (333333333.3333333, "333333333.3333333"),
            (-0.0, "0"),
        ] {
            assert_eq!(es_number(f), want, "{f}");
        }
    }

    #[test]
    fn rdf_number_forms() {
        assert_eq!(double_lexical(&num(json!(1.5))), "1.5E0");
        assert_eq!(double_lexical(&num(json!(0.1))), "1.0E-1");
        assert_eq!(double_lexical(&num(json!(1e21))), "1.0E21");
        assert_eq!(double_lexical(&num(json!(-30))), "-3.0E1");
        assert_eq!(integer_lexical(&num(json!(36.0))), "36");
        assert!(!is_double(&num(json!(36.0))));
        assert!(is_double(&num(json!(36.5))));
        assert!(is_double(&num(json!(1e21))));
    }

    #[test]
    fn jcs_sorts_by_utf16_and_escapes() {
        let v =
            json!({"b": [1, 2.5, "\u{1f}\n\"é"], "a": null, "\u{e9}": true, "\u{1f600}": false});
        assert_eq!(
            jcs(&v),
            "{\"a\":null,\"b\":[1,2.5,\"\\u001f\\n\\\"é\"],\"é\":true,\"\u{1f600}\":false}"
        );
    }
}
