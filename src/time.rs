//! Instants and the date forms found in real badges.
//!
//! The core never reads the clock: callers pass the current [`Timestamp`] in
//! [`crate::Options::now`]. Badge dates come in many shapes (RFC 3339 with `Z` or an offset,
//! milliseconds, naive date-times, bare dates, Unix seconds as a number or a string);
//! [`Timestamp::parse_lenient`] accepts them all and says which form it saw, so checks can
//! warn about non-conforming dates instead of rejecting real badges.

use std::fmt;

/// An instant: seconds since the Unix epoch (UTC) plus nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

/// Which textual form a date was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// RFC 3339 / ISO 8601 with a `Z` or numeric offset: the conforming form.
    Rfc3339,
    /// A date-time without an offset; read as UTC.
    NaiveUtc,
    /// A bare `YYYY-MM-DD`; read as midnight UTC.
    DateOnly,
    /// Unix seconds, as a JSON number or a digit string (OB 1.0 era).
    UnixSeconds,
}

// Range kept to years 0000..=9999 so that every instant formats as RFC 3339.
const MIN_SECS: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
const MAX_SECS: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z

impl Timestamp {
    /// The instant `secs` seconds after the Unix epoch, if it lies in years 0000–9999.
    pub fn from_unix(secs: i64) -> Option<Self> {
        (MIN_SECS..=MAX_SECS)
            .contains(&secs)
            .then_some(Self { secs, nanos: 0 })
    }

    /// Whole seconds since the Unix epoch.
    pub fn unix(self) -> i64 {
        self.secs
    }

    /// Milliseconds since the Unix epoch.
    pub fn unix_millis(self) -> i64 {
        self.secs * 1000 + i64::from(self.nanos / 1_000_000)
    }

    /// The instant `ms` milliseconds after the Unix epoch (as JavaScript's `Date.now()`).
    pub fn from_unix_millis(ms: i64) -> Option<Self> {
        let secs = ms.div_euclid(1000);
        let nanos = u32::try_from(ms.rem_euclid(1000)).ok()? * 1_000_000;
        Self::from_unix(secs).map(|t| Self { nanos, ..t })
    }

    /// This instant moved by `secs` seconds (saturating at the supported range).
    pub fn plus_secs(self, secs: i64) -> Self {
        Self {
            secs: self.secs.saturating_add(secs).clamp(MIN_SECS, MAX_SECS),
            nanos: self.nanos,
        }
    }

    /// Parses strict RFC 3339 (`2024-01-01T00:00:00Z`, `…+02:00`, fractional seconds).
    pub fn parse_rfc3339(s: &str) -> Option<Self> {
        match Self::parse_lenient(s)? {
            (t, DateForm::Rfc3339) => Some(t),
            _ => None,
        }
    }

    /// Parses any date form seen in badges and reports which form it was.
    pub fn parse_lenient(s: &str) -> Option<(Self, DateForm)> {
        let s = s.trim();
        if !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()) {
            let secs: i64 = s.parse().ok()?;
            return Some((Self::from_unix(secs)?, DateForm::UnixSeconds));
        }
        let b = s.as_bytes();
        let (year, month, day) = parse_date(b)?;
        if b.len() == 10 {
            let secs = days_from_civil(year, month, day) * 86_400;
            return Some((Self::from_unix(secs)?, DateForm::DateOnly));
        }
        if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
            return None;
        }
        let rest = &b[11..];
        let hour = two(rest, 0)?;
        if rest.get(2) != Some(&b':') {
            return None;
        }
        let minute = two(rest, 3)?;
        let mut i = 5;
        let mut second = 0;
        if rest.get(i) == Some(&b':') {
            second = two(rest, i + 1)?;
            i += 3;
        }
        let mut nanos: u32 = 0;
        if rest.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while rest.get(i).is_some_and(u8::is_ascii_digit) {
                if i - start < 9 {
                    nanos = nanos * 10 + u32::from(rest[i] - b'0');
                }
                i += 1;
            }
            let digits = i - start;
            if digits == 0 {
                return None;
            }
            for _ in digits..9 {
                nanos *= 10;
            }
        }
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let (offset, form) = match &rest[i..] {
            [] => (0, DateForm::NaiveUtc),
            [b'Z' | b'z'] => (0, DateForm::Rfc3339),
            [sign @ (b'+' | b'-'), tail @ ..] => {
                let (oh, om) = match tail {
                    [_, _, b':', _, _] => (two(tail, 0)?, two(tail, 3)?),
                    [_, _, _, _] => (two(tail, 0)?, two(tail, 2)?),
                    [_, _] => (two(tail, 0)?, 0),
                    _ => return None,
                };
                if oh > 23 || om > 59 {
                    return None;
                }
                let off = i64::from(oh * 3600 + om * 60);
                (if *sign == b'-' { -off } else { off }, DateForm::Rfc3339)
            }
            _ => return None,
        };
        let second = second.min(59); // a leap second is read as :59
        let secs = days_from_civil(year, month, day) * 86_400
            + i64::from(hour * 3600 + minute * 60 + second)
            - offset;
        let t = Self::from_unix(secs)?;
        Some((Self { nanos, ..t }, form))
    }
}

impl fmt::Display for Timestamp {
    /// Formats as RFC 3339 in UTC, with milliseconds only when they are not zero.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.secs.div_euclid(86_400);
        let sod = self.secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        write!(
            f,
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
            sod / 3600,
            sod / 60 % 60,
            sod % 60
        )?;
        let ms = self.nanos / 1_000_000;
        if ms != 0 {
            write!(f, ".{ms:03}")?;
        }
        f.write_str("Z")
    }
}

fn two(b: &[u8], at: usize) -> Option<u32> {
    match (b.get(at), b.get(at + 1)) {
        (Some(x @ b'0'..=b'9'), Some(y @ b'0'..=b'9')) => {
            Some(u32::from(x - b'0') * 10 + u32::from(y - b'0'))
        }
        _ => None,
    }
}

fn parse_date(b: &[u8]) -> Option<(i64, u32, u32)> {
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i64::from(two(b, 0)? * 100 + two(b, 2)?);
    let month = two(b, 5)?;
    let day = two(b, 8)?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days_in_month)
        .contains(&day)
        .then_some((year, month, day))
}

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lenient(s: &str) -> (String, DateForm) {
        let (t, f) = Timestamp::parse_lenient(s).unwrap_or_else(|| panic!("parse {s}"));
        (t.to_string(), f)
    }

    #[test]
    fn parses_every_form_seen_in_badges() {
        use DateForm::*;
        assert_eq!(
            lenient("2024-01-01T00:00:00Z"),
            ("2024-01-01T00:00:00Z".into(), Rfc3339)
        );
        assert_eq!(
            lenient("2025-07-14T20:59:07.322Z"),
            ("2025-07-14T20:59:07.322Z".into(), Rfc3339)
        );
        assert_eq!(
            lenient("2016-12-31T23:59:59-08:00"),
            ("2017-01-01T07:59:59Z".into(), Rfc3339)
        );
        assert_eq!(
            lenient("2020-02-29T10:00:00.000+0000"),
            ("2020-02-29T10:00:00Z".into(), Rfc3339)
        );
        assert_eq!(
            lenient("2016-12-31T23:59:59"),
            ("2016-12-31T23:59:59Z".into(), NaiveUtc)
        );
        assert_eq!(
            lenient("2016-12-31"),
            ("2016-12-31T00:00:00Z".into(), DateOnly)
        );
        assert_eq!(
            lenient("1403120715"),
            ("2014-06-18T19:45:15Z".into(), UnixSeconds)
        );
        assert_eq!(lenient("0000-01-01T00:00:00Z").0, "0000-01-01T00:00:00Z");
        assert_eq!(lenient("9999-12-31T23:59:59Z").0, "9999-12-31T23:59:59Z");
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "",
            "2023-02-29",
            "2024-13-01",
            "2024-01-32",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:00:00+25:00",
            "2024-01-01X00:00:00Z",
            "2024-01-01T00:00:00.Z",
            "9999999999999",
            "2024-1-1",
            "２０２４-01-01",
        ] {
            assert!(
                Timestamp::parse_lenient(s).is_none(),
                "{s:?} should not parse"
            );
        }
    }

    #[test]
    fn round_trips_and_orders() {
        let a = Timestamp::parse_rfc3339("2024-03-01T00:00:00Z").unwrap();
        assert_eq!(Timestamp::from_unix(a.unix()), Some(a));
        assert!(a < a.plus_secs(1));
        assert_eq!(Timestamp::from_unix_millis(a.unix_millis()), Some(a));
        assert_eq!(
            Timestamp::from_unix_millis(-1).unwrap().to_string(),
            "1969-12-31T23:59:59.999Z"
        );
    }
}
