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
    let (digits, point) = exact_digits(f);
    let Ok(point) = usize::try_from(point) else {
        return "0".into(); // |f| < 1: only 0 is integral there
    };
    let mut out = String::from(if f < 0.0 { "-" } else { "" });
    for i in 0..point {
        out.push(char::from(digits.get(i).copied().unwrap_or(b'0')));
    }
    out
}

/// The canonical `xsd:double` lexical form JSON-LD uses: a mantissa of up to 16 significant
/// digits with trailing zeros removed but at least one fractional digit, `E`, the exponent
/// without `+` (`1.5E0`, `1.0E21`, `-3.0E-1`). The digits are those of JavaScript's
/// `toExponential(15)`, which jsonld.js (and so every Digital Bazaar signer) uses: the
/// exact value rounded to 16 significant digits, a tie rounded up in magnitude.
pub(crate) fn double_lexical(n: &Number) -> String {
    let f = n.as_f64();
    if f == 0.0 {
        return "0.0E0".into(); // -0 too, as toExponential prints it
    }
    let (mut digits, mut point) = exact_digits(f);
    if digits.len() > 16 {
        let up = digits.get(16).is_some_and(|&d| d >= b'5');
        digits.truncate(16);
        if up {
            // Add one in the last place; a carry out of the first digit gives 1000….
            let mut carry = true;
            for d in digits.iter_mut().rev() {
                if *d == b'9' {
                    *d = b'0';
                } else {
                    *d += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                digits.insert(0, b'1');
                digits.truncate(16);
                point += 1;
            }
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let (first, rest) = digits.split_first().unwrap_or((&b'0', &[]));
    let rest = if rest.is_empty() {
        "0"
    } else {
        std::str::from_utf8(rest).unwrap_or("0")
    };
    let sign = if f < 0.0 { "-" } else { "" };
    format!("{sign}{}.{rest}E{}", char::from(*first), point - 1)
}

/// The exact decimal expansion of a finite, non-zero `|x|`: its digits (ASCII, without
/// leading or trailing zeros) and `point` such that `|x| = 0.DIGITS × 10^point`.
///
/// Every double is `m × 2^e` with an integer `m < 2^53`, so it is the integer `m × 2^e`
/// (`e ≥ 0`) or `m × 5^-e` shifted `-e` decimal places (`e < 0`): a few hundred digits
/// at most, computed here with a small bignum. This replaces core's float formatting
/// (Grisu/Dragon, ~8 KB of WebAssembly) for the rare JSON-LD number that is not an integer.
fn exact_digits(x: f64) -> (Vec<u8>, i32) {
    let bits = x.abs().to_bits();
    let biased = i32::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let fraction = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    if m == 0 {
        return (vec![b'0'], 1);
    }
    let zeros = m.trailing_zeros();
    m >>= zeros;
    e += i32::try_from(zeros).unwrap_or(0);
    // Little-endian base-2^32 limbs.
    let mut n = vec![(m & 0xffff_ffff) as u32, (m >> 32) as u32];
    let (factor, times) = if e >= 0 { (2, e) } else { (5, -e) };
    for _ in 0..times {
        let mut carry = 0u64;
        for limb in &mut n {
            let v = u64::from(*limb) * factor + carry;
            *limb = (v & 0xffff_ffff) as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            n.push(carry as u32);
        }
    }
    // Base 10^9 chunks, least significant first, by repeated division.
    let mut chunks = Vec::new();
    while n.iter().any(|&l| l != 0) {
        let mut rem = 0u64;
        for limb in n.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*limb);
            *limb = (v / 1_000_000_000) as u32;
            rem = v % 1_000_000_000;
        }
        chunks.push(rem as u32);
        while n.last() == Some(&0) {
            n.pop();
        }
    }
    let mut digits = Vec::with_capacity(chunks.len() * 9);
    for chunk in chunks.iter().rev() {
        let mut c = *chunk;
        let mut nine = [b'0'; 9];
        for d in nine.iter_mut().rev() {
            *d = b'0' + (c % 10) as u8;
            c /= 10;
        }
        digits.extend_from_slice(&nine);
    }
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    let shift = if e >= 0 { 0 } else { -e };
    let point = i32::try_from(digits.len()).unwrap_or(i32::MAX) - shift;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, point)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{json, Value};
    use crate::test_rng::Rng;

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
        assert_eq!(integer_lexical(&num(json!(1e20))), "100000000000000000000");
        assert_eq!(integer_lexical(&num(json!(-36.0))), "-36");
        assert_eq!(double_lexical(&num(json!(0.0))), "0.0E0");
    }

    /// Rust's `{:.15e}` rounds the same exact value, ties to even; JavaScript's
    /// `toExponential(15)` rounds ties up. Away from ties they must agree digit for digit.
    fn rust_exponential(f: f64) -> String {
        let s = format!("{f:.15e}");
        let (mantissa, exp) = s.split_once('e').unwrap();
        let (int, frac) = mantissa.split_once('.').unwrap();
        let frac = frac.trim_end_matches('0');
        format!("{int}.{}E{exp}", if frac.is_empty() { "0" } else { frac })
    }

    #[test]
    fn doubles_match_exact_formatting_over_the_whole_range() {
        let mut rng = Rng(0x853c_49e6_748f_ea9b);
        let mut checked = 0;
        while checked < 5_000 {
            let f = f64::from_bits(rng.next());
            if !f.is_finite() || f == 0.0 {
                continue;
            }
            let n = Number::from_f64(f).unwrap();
            let (digits, _) = exact_digits(f);
            // A tie needs the 17th digit to be the last one and a 5.
            if digits.len() == 17 && digits[16] == b'5' {
                continue;
            }
            assert_eq!(double_lexical(&n), rust_exponential(f), "{f:e}");
            checked += 1;
        }
        let mut carries = 0;
        for f in [f64::MIN_POSITIVE, 5e-324, f64::MAX, 1.0, 0.1, 123.456]
            .into_iter()
            // The doubles just below powers of ten: rounding them up carries into a new digit.
            .chain((-300..300).map(|k| f64::from_bits(10f64.powi(k).to_bits() - 1)))
        {
            let n = Number::from_f64(f).unwrap();
            assert_eq!(double_lexical(&n), rust_exponential(f), "{f:e}");
            carries += usize::from(exact_digits(f).0.starts_with(b"9999999999999999"));
        }
        assert!(carries > 10, "{carries}");
    }

    /// Ties, with the expected text from Node.js 20 (`x.toExponential(15)`, reformatted).
    #[test]
    fn ties_round_up_like_javascript() {
        for (f, js) in [
            (1.0000152587890625, "1.000015258789063E0"), // 1 + 2^-16
            (-1.0000152587890625, "-1.000015258789063E0"),
            (10.000030517578125, "1.000003051757813E1"), // 10 + 2^-15
            (9.999999999999998e22, "9.999999999999997E22"), // not a tie: the exact value
        ] {
            assert_eq!(double_lexical(&Number::from_f64(f).unwrap()), js);
        }
    }
}
