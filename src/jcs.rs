//! JSON Canonicalization Scheme (JCS, RFC 8785), what `eddsa-jcs-2022` signs.
//!
//! [`canonicalize`] writes a JSON [`Value`] with no whitespace, object members
//! sorted by the UTF-16 code units of their names, strings with the minimal escaping of
//! ECMAScript `JSON.stringify` (`\b \t \n \f \r \" \\`, other C0 controls as `\u00xx`
//! with lowercase hex, everything else raw), and numbers as ECMAScript
//! `Number.prototype.toString` prints the IEEE 754 double they denote.
//!
//! The writing itself is the JSON writer's canonical form (`crate::json`, which owns the
//! ECMAScript number layout); this module is its named entry point.

use crate::json::{self, Value};
use crate::Result;

/// Returns the RFC 8785 canonical form of `value`.
///
/// ```
/// use badgeverify::{json, Limits};
/// let v = json::parse(r#"{"b": 1E30, "a": [4.50, "\u20ac"]}"#, &Limits::default()).unwrap();
/// assert_eq!(badgeverify::jcs::canonicalize(&v).unwrap(), "{\"a\":[4.5,\"€\"],\"b\":1e+30}");
/// ```
///
/// # Errors
/// `limit-exceeded` for a value nested more than 1,024 levels deep (never the case for
/// values from [`crate::json::parse`]).
pub fn canonicalize(value: &Value) -> Result<String> {
    let mut out = String::new();
    json::write(&mut out, value, json::Form::Canonical)?;
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn big_integers_round_like_javascript() {
        let v: Value =
            serde_json::from_str("[9007199254740993, -9223372036854775808, 18446744073709551615]")
                .unwrap();
        assert_eq!(
            canonicalize(&v).unwrap(),
            "[9007199254740992,-9223372036854776000,18446744073709552000]"
        );
    }

    #[test]
    fn escapes_controls_in_lowercase() {
        let v = Value::String("\u{1f}\u{7f}\u{2028}".into());
        assert_eq!(canonicalize(&v).unwrap(), "\"\\u001f\u{7f}\u{2028}\"");
    }

    #[test]
    fn deep_values_are_refused() {
        let mut v = Value::Null;
        for _ in 0..2000 {
            v = Value::Array(vec![v]);
        }
        assert_eq!(
            canonicalize(&v).unwrap_err().code,
            crate::Code::LimitExceeded
        );
    }
}
