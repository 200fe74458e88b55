//! Number lexical forms JSON-LD toRdf needs: `xsd:integer` and `xsd:double` (`@json` literals
//! use [`crate::jcs`]).

use crate::json::Number;

/// True if the number must become an `xsd:double` by default (non-zero fraction or
/// magnitude ≥ 10^21), per JSON-LD 1.1 "Object to RDF Conversion".
pub(crate) fn is_double(n: &Number) -> bool {
    if !n.is_f64() {
        return false;
    }
    let f = n.as_f64();
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
    let f = n.as_f64();
    if f == 0.0 {
        return "0".into();
    }
    format!("{f:.0}")
}

/// The canonical `xsd:double` lexical form JSON-LD uses: a mantissa of up to 16 significant
/// digits with trailing zeros removed but at least one fractional digit, `E`, the exponent
/// without `+` (`1.5E0`, `1.0E21`, `-3.0E-1`).
pub(crate) fn double_lexical(n: &Number) -> String {
    let f = n.as_f64();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{json, Value};

    fn num(v: Value) -> Number {
        match v {
            Value::Number(n) => n,
            _ => unreachable!(),
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
}
