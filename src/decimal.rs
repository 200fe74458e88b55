//! JSON number literals to numbers: the nearest `f64` (ties to even), and serde_json's
//! integer / float classification, in about 2.6 KB of WebAssembly code and no data.
//!
//! `str::parse::<f64>` (core) and serde_json's own reader are both correctly rounded, but
//! both bring kilobytes of code and power-of-ten tables into the module. This reader has no
//! table at all:
//!
//! * **Fast path.** A literal of at most 19 significant digits whose integer `s` is at most
//!   2^53, times `10^q` with `|q| ≤ 22`, is `s as f64` times or divided by `10^|q|`: both
//!   operands are exact `f64`s (5^22 < 2^53), so the one IEEE operation rounds once, exactly
//!   as needed.
//! * **Exact path.** Everything else goes through a decimal buffer, value
//!   `0.d₁d₂d₃… × 10^point` held in limbs of nine digits, that is multiplied and divided by
//!   powers of two *exactly* (dividing by 2^k appends at most k digits, multiplying
//!   appends none) until it lies in [½, 1); then it is multiplied by 2^53 (fewer bits for
//!   subnormals) and the integer part is rounded by the fraction, ties to even.
//!
//! Only the first 800 significant digits (`MAX_DIGITS`) are kept; if a nonzero digit follows,
//! a `1` is appended in its place. That is exact for rounding: every point where rounding
//! changes (a midpoint `(2m+1)·2^(x−1)` between neighbouring `f64`s, including the one
//! between the largest finite `f64` and 2^1024, and the one between 0 and the smallest
//! subnormal) has at most 768 significant digits, so none lies strictly between the kept
//! 800-digit prefix and that prefix plus one unit in its last place, where both the input
//! and the stand-in lie. The work is linear in the literal's length; the buffer holds at
//! most 801 digits plus one per bit of right shift (about 1,100), and a hard literal
//! (`1e308`, `5e-324`, 800 digits) takes microseconds.
//!
//! Overflow gives ±infinity and underflow ±0, as `str::parse::<f64>` does (serde_json
//! instead refuses a literal that overflows, with "number out of range"). One difference
//! from core: core stops accumulating exponent digits near 655,360, so it misreads a
//! literal of more than about 650,000 digits whose exponent makes up for them (such as
//! `0.000…0001e700001`); this reader keeps exponents up to 10^17 exactly.

/// Significant digits kept exactly; the rest only count as "a nonzero digit follows".
/// Any value above 767 works (see the module documentation).
const MAX_DIGITS: usize = 800;

/// Exponent digits beyond this magnitude are not accumulated (the value is then far
/// outside the `f64` range whatever the digits are; this keeps the arithmetic in `i64`).
const EXP_CAP: i64 = 100_000_000_000_000_000;

/// A number as serde_json's number model reads a literal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Parsed {
    /// An integer literal (no fraction, no exponent) in `0..=u64::MAX`.
    U64(u64),
    /// A negative integer literal in `i64::MIN..=-1`.
    I64(i64),
    /// Everything else, including `-0` and integers outside both ranges: the nearest
    /// `f64` (±infinity when the literal overflows).
    F64(f64),
}

/// Reads a JSON number literal (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, nothing
/// around it) the way serde_json's number model does: an integer literal becomes
/// [`Parsed::U64`] when it fits, else (when negative and it fits) [`Parsed::I64`], else
/// [`Parsed::F64`]; `-0` and every literal with a fraction or an exponent is an `f64`.
/// `None` when `literal` is not a JSON number literal.
///
/// Unlike serde_json, a literal beyond the `f64` range is `F64(±infinity)`, not an error.
pub fn parse_number(literal: &str) -> Option<Parsed> {
    match parse_prefix(literal) {
        Ok((n, len)) if len == literal.len() => Some(n),
        _ => None,
    }
}

/// Reads the longest JSON number literal at the start of `text`, as [`parse_number`] reads
/// a whole one, and returns it with its length in bytes; what follows is left to the caller
/// (the JSON parser goes on from there).
///
/// # Errors
/// When no literal starts `text`: the byte offset at which it stops following the grammar
/// (after a lone `-`, at a second leading `0`, after a `.` or an exponent with no digits).
pub fn parse_prefix(text: &str) -> Result<(Parsed, usize), usize> {
    let text = text.as_bytes();
    let digits_at = |at: usize| {
        text.iter()
            .skip(at)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    // The byte at `i`, 0 past the end.
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    let negative = at(0) == b'-';
    let start = usize::from(negative);
    let int_len = digits_at(start);
    if int_len == 0 || (int_len > 1 && at(start) == b'0') {
        return Err(start);
    }
    let mut end = start + int_len;
    let mut is_float = at(end) == b'.';
    if is_float {
        let n = digits_at(end + 1);
        if n == 0 {
            return Err(end + 1);
        }
        end += 1 + n;
    }
    // The integer and fraction digits, with the point if there is one.
    let mantissa = text.get(start..end).unwrap_or_default();
    let mut exp = 0i64;
    if at(end) | 0x20 == b'e' {
        let minus = at(end + 1) == b'-';
        end += 1 + usize::from(minus || at(end + 1) == b'+');
        let n = digits_at(end);
        if n == 0 {
            return Err(end);
        }
        for &c in text.iter().skip(end).take(n) {
            exp = (exp * 10 + i64::from(c - b'0')).min(EXP_CAP);
        }
        if minus {
            exp = -exp;
        }
        end += n;
        is_float = true;
    }
    if !is_float {
        // (No `checked_mul`: it costs a 128-bit multiplication in WebAssembly.)
        let n = mantissa.iter().try_fold(0u64, |acc, &c| {
            (acc <= u64::MAX / 10)
                .then(|| acc * 10)?
                .checked_add(u64::from(c - b'0'))
        });
        match n {
            Some(n) if !negative => return Ok((Parsed::U64(n), end)),
            Some(n) if n != 0 && n <= 1 << 63 => {
                return Ok((Parsed::I64(0u64.wrapping_sub(n) as i64), end))
            }
            _ => {}
        }
    }
    let magnitude = magnitude(mantissa, int_len, exp);
    Ok((
        Parsed::F64(if negative { -magnitude } else { magnitude }),
        end,
    ))
}

/// The `f64` nearest to a JSON number literal's exact value, ties to even: bit for bit what
/// `literal.parse::<f64>()` gives, including the sign of zero and ±infinity for a value
/// beyond the largest finite `f64`. `None` when `literal` is not a JSON number literal
/// (see [`parse_number`]).
pub fn parse_f64(literal: &str) -> Option<f64> {
    // Integer to float conversions round to nearest, ties to even.
    Some(match parse_number(literal)? {
        Parsed::U64(n) => n as f64,
        Parsed::I64(n) => n as f64,
        Parsed::F64(x) => x,
    })
}

/// The nearest `f64` to `mantissa × 10^exp`, where `mantissa` is ASCII digits with at most
/// one `.` after the first `int_len` of them.
fn magnitude(mantissa: &[u8], int_len: usize, exp: i64) -> f64 {
    let mut digits = Vec::new();
    let mut leading_zeros = 0usize;
    let mut nonzero_dropped = false;
    for &c in mantissa {
        if c == b'.' {
            continue;
        }
        if digits.is_empty() && c == b'0' {
            leading_zeros += 1;
        } else if digits.len() < MAX_DIGITS {
            digits.push(c - b'0');
        } else {
            nonzero_dropped |= c != b'0';
        }
    }
    if nonzero_dropped {
        // Stands in for the dropped digits: see the module documentation.
        digits.push(1);
    } else {
        while let Some(0) = digits.last() {
            digits.pop();
        }
    }
    if digits.is_empty() {
        return 0.0;
    }
    // Both lengths are below 2^63; the value is 0.d₁d₂… × 10^point.
    let point = (int_len as i64 - leading_zeros as i64).saturating_add(exp);
    if point > 309 {
        return f64::INFINITY; // ≥ 10^309
    }
    if point < -324 {
        return 0.0; // < 10^-325, below half the smallest subnormal (2^-1075 ≈ 2.47e-324)
    }
    let q = point - digits.len() as i64; // the value is (digits as an integer) × 10^q
    if digits.len() <= 19 && q.unsigned_abs() <= 22 {
        let s = digits.iter().fold(0u64, |a, &d| a * 10 + u64::from(d));
        if s <= 1 << 53 {
            let scale = (0..q.unsigned_abs()).fold(1.0, |p, _| p * 10.0);
            return if q < 0 {
                s as f64 / scale
            } else {
                s as f64 * scale
            };
        }
    }
    Decimal::new(&digits, point).into_f64()
}

/// The base of [`Decimal`]'s limbs: nine decimal digits each.
const BASE: u64 = 1_000_000_000;

/// An exact decimal `0.L₁L₂L₃… × BASE^point` in base 10^9, with `L₁` and the last limb
/// nonzero. (Limbs of nine digits do the work of single digits nine at a time.)
struct Decimal {
    /// The limbs, each below [`BASE`], most significant first.
    limbs: Vec<u64>,
    point: i64,
}

impl Decimal {
    /// `0.d₁d₂d₃… × 10^point` from its digits (`d₁` and the last nonzero).
    fn new(digits: &[u8], point: i64) -> Self {
        // Leading zero digits align the point to a limb boundary.
        let limb_point = (point + 8).div_euclid(9);
        let pad = usize::try_from(9 * limb_point - point).unwrap_or(0);
        let mut limbs = Vec::new();
        let mut limb = 0;
        for i in 0..(pad + digits.len()).div_ceil(9) * 9 {
            let digit = i.checked_sub(pad).and_then(|j| digits.get(j));
            limb = limb * 10 + digit.map_or(0, |&d| u64::from(d));
            if i % 9 == 8 {
                limbs.push(limb);
                limb = 0;
            }
        }
        Decimal {
            limbs,
            point: limb_point,
        }
    }

    /// Multiplies by 2^k, `k ≤ 32`, exactly: limbs only grow at the front.
    fn shl(&mut self, k: u32) {
        // Each step keeps carry < 2^k, so (limb << k) + carry < 2^62.
        let mut carry = 0;
        for limb in self.limbs.iter_mut().rev() {
            let acc = (*limb << k) + carry;
            *limb = acc % BASE;
            carry = acc / BASE;
        }
        while carry > 0 {
            self.limbs.insert(0, carry % BASE);
            carry /= BASE;
            self.point += 1;
        }
        while let Some(0) = self.limbs.last() {
            self.limbs.pop();
        }
    }

    /// Divides by 2^k, `1 ≤ k ≤ 32`, exactly: at most four limbs are appended.
    fn shr(&mut self, k: u32) {
        let len = self.limbs.len();
        let limb = |limbs: &[u64], i: usize| match limbs.get(i) {
            Some(&l) if i < len => l,
            _ => 0,
        };
        // Long division by 2^k; the remainder stays below 2^k, so acc·BASE + limb < 2^62.
        let mut acc = 0;
        let mut read = 0;
        // Skip the quotient's leading zero limbs. The last limb is nonzero, so acc ≥ 1
        // after `len` limbs and ≥ 2^32 two limbs later: the bound is never reached.
        while acc >> k == 0 && read < len + 3 {
            acc = acc * BASE + limb(&self.limbs, read);
            read += 1;
        }
        self.point -= read as i64 - 1;
        let mut write = 0;
        loop {
            // write < read: only limbs already consumed are overwritten.
            let out = acc >> k;
            acc &= (1 << k) - 1;
            match self.limbs.get_mut(write) {
                Some(slot) => *slot = out,
                None => self.limbs.push(out),
            }
            write += 1;
            if acc == 0 && read >= len {
                break;
            }
            acc = acc * BASE + limb(&self.limbs, read);
            read += 1;
        }
        self.limbs.truncate(write);
    }

    /// The nearest `f64` to this positive value, which lies in [10^-325, 10^309).
    fn into_f64(mut self) -> f64 {
        // Scale into [1/2, 1): the value is self × 2^e. Values below BASE^point = 10^(9·point)
        // stay below 1 when multiplied by 2^29 < 10^9, so after both loops point is 0.
        let mut e = 0i64;
        while self.point > 0 {
            self.shr(32);
            e += 32;
        }
        while self.point < 0 {
            self.shl(29);
            e -= 29;
        }
        // Now L₁/BASE ≤ value < (L₁+1)/BASE < 1: with 2^(k-1) ≤ (BASE/2)/(L₁+1), times 2^k
        // stays below 1 and L₁·2^k nearly reaches BASE/2.
        while let Some(&first) = self.limbs.first().filter(|&&l| l < BASE / 2) {
            let k = (((BASE / 2) / (first + 1)) | 1).ilog2() + 1;
            self.shl(k);
            e -= i64::from(k);
        }
        if e > 1024 {
            return f64::INFINITY; // ≥ 2^1024
        }
        // Significand bits: 53, fewer for subnormals (an ulp is never below 2^-1074).
        let bits = (e + 1074).min(53);
        if bits < 0 {
            return 0.0; // < 2^-1075
        }
        self.shl((bits / 2) as u32);
        self.shl((bits - bits / 2) as u32);
        // Now point ≤ 2: the integer part is below 2^53 < BASE².
        let split = usize::try_from(self.point).unwrap_or(0);
        let m = (0..split).fold(0, |a, i| a * BASE + self.limbs.get(i).copied().unwrap_or(0));
        // No trailing zero limbs: a fraction of exactly one half is the single limb BASE/2.
        let round_up = match self.limbs.get(split..).unwrap_or(&[]) {
            [] => false,
            [half] if *half == BASE / 2 => m & 1 == 1,
            [first, ..] => *first >= BASE / 2,
        };
        // m × 2^(e - bits): with the implicit bit added into the exponent field, the
        // encoding of m < 2^53 (normal or subnormal) is ((e - bits + 1074) << 52) + m; a
        // carry to 2^53 moves into the exponent, up to infinity's encoding.
        f64::from_bits((((e - bits + 1074) as u64) << 52) + m + u64::from(round_up))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Rng;
    use std::str::FromStr;

    /// `n` random decimal digits.
    fn digits(rng: &mut Rng, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + rng.below(10) as u8))
            .collect()
    }

    /// Bit-exact agreement with core's `str::parse::<f64>` (the oracle), signs of zero
    /// included.
    fn check(literal: &str) {
        let ours = parse_f64(literal).unwrap_or_else(|| panic!("refused {literal:.80}"));
        let core: f64 = literal.parse().unwrap();
        assert_eq!(
            ours.to_bits(),
            core.to_bits(),
            "{literal:.200} (len {}): ours {ours:e}, core {core:e}",
            literal.len()
        );
    }

    /// Checks `literal` and its negation.
    fn check_both(literal: &str) {
        check(literal);
        check(&format!("-{literal}"));
    }

    #[test]
    fn hard_cases_match_core() {
        for literal in [
            "0",
            "0.0",
            "0e0",
            "0.000e-99999",
            "0e999999999999999999999999",
            "1",
            "1.5",
            "0.1",
            "0.2",
            "0.3",
            "1e23",
            "8.98846567431158e307",
            "9007199254740992",
            "9007199254740993",
            "9007199254740994",
            "9007199254740995",
            "9007199254740993.0000000000000000000000000000001",
            "18014398509481989",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "2.225073858507201136057409796709131975934819546351645648e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.47032822920623272088e-324",
            "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
            "1e-324",
            "3e-324",
            "5e-324",
            "7e-324",
            "1e-400",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1.797693134862315807937289714053e308",
            "1.797693134862315807937289714054e308",
            "1e308",
            "1e309",
            "1e310",
            "1e400",
            "123456789012345678901234567890",
            "0.000000000000000000000000000000000000000000001e-280",
            "100000000000000000000000000000000000000000000000000000000000e-370",
            "1e22",
            "1e-22",
            "9007199254740993e-22",
            "4503599627370497e22",
            "1234567890123456789",
            "12345678901234567890",
            "0.1e1",
            "10e-1",
            "1E+2",
            "1e-0",
            "1e+0",
            "0.30000000000000004",
            "2.225073858507201e-308",
            "2.2250738585072009e-308",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "1.00000000000000033306690738754696212708950042724609375",
            "7.2057594037927933e16",
            "5708990770823839207320493820740630171355185152e-308",
            "9.8813129168249309e-324",
            "1.448997445238699",
        ] {
            check_both(literal);
        }
    }

    /// Exact fixed-point decimals: `FRAC` fraction digits, most significant digit first.
    const FRAC: usize = 2000;

    /// The exact decimal value of a finite `x ≥ 0`, as `INT + FRAC` digits.
    fn exact(x: f64) -> Vec<u8> {
        const INT: usize = 320;
        let text = format!("{x:.FRAC$}");
        let (int, frac) = text.split_once('.').unwrap();
        let mut digits = vec![0; INT - int.len()];
        digits.extend(int.bytes().chain(frac.bytes()).map(|c| c - b'0'));
        digits
    }

    fn add(a: &[u8], b: &[u8]) -> Vec<u8> {
        let mut carry = 0;
        let mut sum: Vec<u8> = a
            .iter()
            .zip(b)
            .rev()
            .map(|(x, y)| {
                let s = x + y + carry;
                carry = s / 10;
                s % 10
            })
            .collect();
        assert_eq!(carry, 0);
        sum.reverse();
        sum
    }

    fn half(a: &[u8]) -> Vec<u8> {
        let mut rest = 0;
        let out = a
            .iter()
            .map(|d| {
                let v = rest * 10 + d;
                rest = v % 2;
                v / 2
            })
            .collect();
        assert_eq!(rest, 0, "halving needs more fraction digits");
        out
    }

    /// Plus (`up`) or minus one unit in the last fraction place.
    fn nudge(a: &[u8], up: bool) -> Vec<u8> {
        let mut out = a.to_vec();
        for d in out.iter_mut().rev() {
            match (up, *d) {
                (true, 9) => *d = 0,
                (false, 0) => *d = 9,
                (true, _) => {
                    *d += 1;
                    break;
                }
                (false, _) => {
                    *d -= 1;
                    break;
                }
            }
        }
        out
    }

    /// A fixed-point value written as a JSON literal (`int.frac`, no redundant zeros).
    fn literal(a: &[u8]) -> String {
        let (int, frac) = a.split_at(a.len() - FRAC);
        let int: String = int.iter().map(|d| char::from(b'0' + d)).collect();
        let frac: String = frac.iter().map(|d| char::from(b'0' + d)).collect();
        let int = int.trim_start_matches('0');
        let frac = frac.trim_end_matches('0');
        let int = if int.is_empty() { "0" } else { int };
        if frac.is_empty() {
            int.to_string()
        } else {
            format!("{int}.{frac}")
        }
    }

    /// The midpoint between `x` and the next `f64` up (2^1024 after the largest), the
    /// values one unit of the 2000th fraction place above and below it, and the same three
    /// in scientific notation with the point moved.
    fn check_midpoint(x: f64) {
        let lo = exact(x);
        let hi = if x == f64::MAX {
            let p = exact(2f64.powi(1023));
            add(&p, &p)
        } else {
            exact(f64::from_bits(x.to_bits() + 1))
        };
        let mid = half(&add(&lo, &hi));
        for value in [nudge(&mid, false), mid.clone(), nudge(&mid, true)] {
            let text = literal(&value);
            check_both(&text);
            // The same value with its point moved: digits then an exponent.
            let digits: String = text.chars().filter(|&c| c != '.').collect();
            let frac_len = text.split_once('.').map_or(0, |(_, f)| f.len());
            let trimmed = digits.trim_start_matches('0');
            let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
            check_both(&format!("{trimmed}e-{frac_len}"));
            check_both(&format!(
                "0.{trimmed}e{}",
                trimmed.len() as i64 - frac_len as i64
            ));
        }
    }

    #[test]
    fn midpoints_and_their_neighbours_match_core() {
        let specials = [
            0.0,
            5e-324,
            1e-323,
            f64::MIN_POSITIVE,
            f64::from_bits(f64::MIN_POSITIVE.to_bits() - 1),
            f64::from_bits(f64::MIN_POSITIVE.to_bits() - 2),
            0.1,
            1.0,
            1.5,
            9007199254740992.0,
            1e23,
            8.98846567431158e307,
            f64::from_bits(f64::MAX.to_bits() - 1),
            f64::MAX,
        ];
        let mut rng = Rng(1);
        let random = (0..60).map(|_| f64::from_bits(rng.below(0x7ff0_0000_0000_0000)));
        for x in specials.into_iter().chain(random) {
            check_midpoint(x);
        }
    }

    #[test]
    fn prefixes_near_the_kept_digit_count_match_core() {
        // 1 + 2^-52·(1/2 + tiny): the tiny part sits at 799, 800, 801 and 802 digits.
        let mid = "100000000000000011102230246251565404236316680908203125";
        for total in [798, 799, 800, 801, 802, 900] {
            for tail in ["1", "9", "5"] {
                let zeros = "0".repeat(total - mid.len() - 1);
                check_both(&format!("{mid}{zeros}{tail}e-{}", mid.len() - 1));
                check_both(&format!("{mid}{zeros}{tail}e-{}", total - 1));
            }
        }
        // The smallest subnormal's lower midpoint 2^-1075 (768 digits) with a tail beyond it.
        let tiny = literal(&half(&exact(5e-324)));
        for zeros in [0, 20, 40, 60, 1000] {
            check_both(&format!("{tiny}{}1", "0".repeat(zeros)));
        }
    }

    #[test]
    fn formatted_random_doubles_match_core() {
        let mut rng = Rng(2);
        for _ in 0..20_000 {
            let x = f64::from_bits(rng.next());
            if !x.is_finite() {
                continue;
            }
            let x = x.abs();
            let precision = rng.below(30) as usize;
            for text in [
                format!("{x}"),
                format!("{x:e}"),
                format!("{x:.17e}"),
                format!("{x:.precision$e}"),
            ] {
                check_both(&text);
                // Perturbed: one significand digit changed, or digits appended.
                let mut bytes = text.clone().into_bytes();
                let digit_positions: Vec<usize> = bytes
                    .iter()
                    .take_while(|&&c| c != b'e')
                    .enumerate()
                    .filter(|(_, c)| c.is_ascii_digit())
                    .map(|(i, _)| i)
                    .collect();
                let at = digit_positions[rng.below(digit_positions.len() as u64) as usize];
                bytes[at] = b'0' + rng.below(10) as u8;
                let changed = String::from_utf8(bytes).unwrap();
                if parse_f64(&changed).is_some() {
                    check_both(&changed);
                }
                let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
                let dot = if mantissa.contains('.') { "" } else { "." };
                let extra_len = 1 + rng.below(40) as usize;
                let extra = digits(&mut rng, extra_len);
                check_both(&format!("{mantissa}{dot}{extra}e{exp}"));
            }
        }
    }

    /// A random literal: random digit counts (sometimes hundreds), random exponent.
    fn random_literal(rng: &mut Rng) -> String {
        let long = rng.below(8) == 0;
        let int_len = rng.below(if long { 900 } else { 25 }) as usize;
        let frac_len = rng.below(if long { 900 } else { 25 }) as usize;
        let mut text = if int_len == 0 {
            "0".to_string()
        } else {
            format!("{}{}", 1 + rng.below(9), digits(rng, int_len - 1))
        };
        if frac_len > 0 || int_len == 0 {
            // Leading fraction zeros, then digits.
            let max_zeros = if rng.below(4) == 0 { 400 } else { 5 };
            let zeros = "0".repeat(rng.below(max_zeros) as usize);
            text = format!("{text}.{zeros}{}", digits(rng, frac_len.max(1)));
        }
        match rng.below(4) {
            0 => text,
            1 => format!("{text}e{}", rng.below(700) as i64 - 350),
            2 => format!("{text}E+{}", rng.below(30)),
            _ => format!("{text}e-{:03}", rng.below(400)),
        }
    }

    #[test]
    fn random_literals_match_core() {
        let mut rng = Rng(3);
        for _ in 0..30_000 {
            check_both(&random_literal(&mut rng));
        }
    }

    /// Every maximal run of number characters outside strings (a number literal in valid
    /// JSON).
    fn number_tokens(text: &str) -> Vec<&str> {
        let bytes = text.as_bytes();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
                b'-' | b'0'..=b'9' => {
                    let start = i;
                    while i < bytes.len()
                        && matches!(bytes[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                    {
                        i += 1;
                    }
                    tokens.push(&text[start..i]);
                }
                _ => i += 1,
            }
        }
        tokens
    }

    fn json_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                json_files(&path, out);
            } else if path
                .extension()
                .is_some_and(|e| e == "json" || e == "jsonld")
            {
                out.push(path);
            }
        }
    }

    /// serde_json's number model (the oracle for the classification) as a [`Parsed`];
    /// `None` where serde_json refuses the literal.
    fn serde_json_number(literal: &str) -> Option<Parsed> {
        let n = serde_json::Number::from_str(literal).ok()?;
        Some(match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) if !n.is_f64() => Parsed::U64(u),
            (_, Some(i), _) if !n.is_f64() => Parsed::I64(i),
            (_, _, Some(f)) if n.is_f64() => Parsed::F64(f),
            _ => unreachable!("{literal}"),
        })
    }

    /// Same classification and, for floats, the same bits as serde_json; where serde_json
    /// refuses a valid literal (overflow), ours is ±infinity.
    fn check_serde_json(literal: &str) {
        let ours = parse_number(literal);
        match (ours, serde_json_number(literal)) {
            (Some(Parsed::F64(a)), Some(Parsed::F64(b))) => {
                assert_eq!(a.to_bits(), b.to_bits(), "{literal:.200}")
            }
            (Some(Parsed::F64(a)), None) => assert!(a.is_infinite(), "{literal:.200}"),
            (ours, theirs) => assert_eq!(ours, theirs, "{literal:.200}"),
        }
    }

    #[test]
    fn number_literals_in_the_test_data_match_core_and_serde_json() {
        let mut files = Vec::new();
        json_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
            &mut files,
        );
        assert!(files.len() > 100, "{} JSON files", files.len());
        let files_len = files.len();
        let mut checked = 0;
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            for token in number_tokens(&text) {
                if parse_f64(token).is_some() {
                    check(token);
                    checked += 1;
                } else {
                    assert!(
                        token.parse::<serde_json::Number>().is_err(),
                        "{token} in {file:?}"
                    );
                }
                check_serde_json(token);
            }
        }
        assert!(checked > 1000, "only {checked} literals");
        eprintln!(
            "{checked} number literals in {count} files",
            count = files_len
        );
    }

    #[test]
    fn integer_classification_matches_serde_json() {
        for literal in [
            "0",
            "-0",
            "1",
            "-1",
            "9007199254740993",
            "-9007199254740993",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775807",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "-18446744073709551615",
            "-18446744073709551616",
            "100000000000000000000000",
            "-100000000000000000000000",
            "0.0",
            "-0.0",
            "1.0",
            "1e0",
            "1E2",
            "-1e2",
            "0e5",
            "-0e5",
            "1e400",
            "-1e400",
            "1e-400",
            "-1e-400",
        ] {
            check_serde_json(literal);
        }
        let mut rng = Rng(4);
        for _ in 0..20_000 {
            let n = 1 + rng.below(25) as usize;
            let sign = if rng.below(2) == 0 { "-" } else { "" };
            let body = format!("{}{}", 1 + rng.below(9), digits(&mut rng, n - 1));
            check_serde_json(&format!("{sign}{body}"));
            check_serde_json(&random_literal(&mut rng));
        }
    }

    #[test]
    fn only_json_number_literals_are_accepted() {
        for bad in [
            "",
            "-",
            "+1",
            "01",
            "-01",
            "00",
            "1.",
            ".1",
            "-.1",
            "1.e5",
            "1e",
            "1e+",
            "1e-",
            "1ee5",
            "1e5.0",
            "1.5.5",
            "--1",
            " 1",
            "1 ",
            "0x10",
            "1_0",
            "NaN",
            "inf",
            "Infinity",
            "-Infinity",
            "١",
            "1e+-5",
            "e5",
        ] {
            assert_eq!(parse_f64(bad), None, "{bad:?}");
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
        // Random strings over the number alphabet: accepted exactly when serde_json reads
        // them as a number (or refuses one only for being out of range).
        let mut rng = Rng(5);
        let alphabet = b"0123456789-+.eE";
        for _ in 0..50_000 {
            let len = rng.below(8) as usize;
            let text: String = (0..len)
                .map(|_| char::from(alphabet[rng.below(alphabet.len() as u64) as usize]))
                .collect();
            let theirs = match text.parse::<serde_json::Number>() {
                Ok(_) => true,
                Err(e) => e.to_string().contains("out of range"),
            };
            assert_eq!(parse_f64(&text).is_some(), theirs, "{text:?}");
            if theirs {
                check(&text);
            }
        }
    }

    /// Megabyte literals: the same bits as core gives for a short literal of the same value
    /// (core itself saturates exponents near 655,360, so it misreads the literals whose
    /// exponent makes up for about a million digits).
    #[test]
    fn megabyte_literals_match_short_equivalents() {
        let mut rng = Rng(6);
        let digits = digits(&mut rng, 1 << 20);
        let zeros = "0".repeat(1 << 20);
        let tiny = literal(&half(&exact(5e-324))); // 2^-1075, 0 and 5e-324's midpoint
        for (text, short) in [
            (format!("1{digits}"), "1e1048576".to_string()),
            (format!("1{digits}e-1048000"), format!("1.{digits}e576")),
            (
                format!("0.{zeros}1{digits}e1048590"),
                format!("1.{digits}e13"),
            ),
            (format!("0.{zeros}5"), "5e-1048577".to_string()),
            (format!("1{zeros}"), "1e1048576".to_string()),
            (format!("1{zeros}e-1048576"), "1".to_string()),
            (format!("0.{zeros}1e1048577"), "1".to_string()),
            (format!("{tiny}{zeros}"), "0".to_string()),
            (format!("{tiny}{zeros}1"), "5e-324".to_string()),
            (format!("1e{zeros}1"), "1e1".to_string()),
            (format!("1e-{digits}"), "0".to_string()),
        ] {
            let start = std::time::Instant::now();
            let ours = parse_f64(&text).unwrap();
            let elapsed = start.elapsed();
            let core: f64 = short.parse().unwrap();
            assert_eq!(ours.to_bits(), core.to_bits(), "{text:.60} ≠ {short:.60}");
            eprintln!("{} bytes: {elapsed:?}", text.len());
        }
    }
}
