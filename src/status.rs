//! W3C status lists (Bitstring Status List v1.0, StatusList2021), specs §3.7.
//!
//! Pure pieces the verifier (`verify/status.rs`) chains after fetching the list credential
//! and verifying its proof: [`entry_fields`] reads the credential's status entry, [`list_subject`] checks the
//! list credential and returns its `encodedList`, [`decode_list`] turns that into the
//! bitstring (multibase/base64 → gzip → bytes, with an output cap), and [`status_value`]
//! reads the entry's value (non-zero means revoked / suspended / flagged).
//!
//! Choices:
//! - Bit order is MSB-first: index 0 is the most significant bit of byte 0 (Bitstring Status
//!   List §2.1 "left-most bit"). A `statusSize` > 1 group is read the same way, its first
//!   bit being the most significant bit of the value.
//! - A bitstring shorter than 16 KiB (the spec's minimum, so that one entry does not identify
//!   its holder) is still read: the list's issuer signed it, so its bits are the issuer's word.
//!   The short length is a note (`status-list-short`), never a reason to doubt the badge.
//! - gzip is parsed here (RFC 1952, one member, every header flag, CRC-32 and ISIZE checked);
//!   trailing bytes after the member are refused rather than guessed at.

use crate::code::{Param, Params};
use crate::credential::{has_type, types, values};
use crate::inflate::{self, InflateError};
use crate::json::Value;
use crate::Code;
use crate::{encoding, Error, Limits, Result};

/// The smallest bitstring the specification allows, in bytes (Bitstring Status List v1.0:
/// "at least 16KB", 131,072 entries at `statusSize` 1). Shorter lists are read all the same,
/// with a `status-list-short` note.
pub const MIN_LIST_BYTES: usize = 16 * 1024;

/// Largest `statusSize` supported, in bits (a value fits a byte).
pub const MAX_STATUS_SIZE: u8 = 8;

/// Which status list specification an entry follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// W3C Bitstring Status List v1.0 (`BitstringStatusListEntry`).
    Bitstring,
    /// W3C CCG StatusList2021 (`StatusList2021Entry`).
    StatusList2021,
}

impl EntryKind {
    /// The list credential type this entry's list must have.
    pub fn credential_type(self) -> &'static str {
        match self {
            EntryKind::Bitstring => "BitstringStatusListCredential",
            EntryKind::StatusList2021 => "StatusList2021Credential",
        }
    }
}

/// The fields of a status entry (`credentialStatus` item).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Which specification the entry follows.
    pub kind: EntryKind,
    /// `statusPurpose`, e.g. `revocation` or `suspension`.
    pub purpose: String,
    /// `statusListIndex`, the entry's position in the list.
    pub index: u64,
    /// `statusListCredential`, the URL of the list credential.
    pub list_url: String,
    /// `statusSize` in bits (default 1).
    pub size: u8,
}

/// Reads a `BitstringStatusListEntry` or `StatusList2021Entry`.
///
/// `statusListIndex` may be a string of ASCII digits (as the specs require) or a JSON
/// non-negative integer (as the 1EdTech fixtures write it); no sign, whitespace, fraction or
/// exponent. `statusListCredential` must be an `http(s)://` URL different from the entry
/// `id`. `statusSize` defaults to 1 and must be an integer 1..=[`MAX_STATUS_SIZE`].
///
/// # Errors
/// `status-entry-invalid` for another `type`, a missing or malformed field (named by the
/// `property` param), an index above 2^64 − 1, or a `statusSize` outside 1..=8; its `reason`
/// is one of `wrong-type`, `missing`, `not-an-index`, `not-http`, `id-is-list-url`,
/// `size-unsupported`.
pub fn entry_fields(entry: &Value) -> Result<Entry> {
    let kind = if has_type(entry, "BitstringStatusListEntry") {
        EntryKind::Bitstring
    } else if has_type(entry, "StatusList2021Entry") {
        EntryKind::StatusList2021
    } else {
        return Err(entry_invalid("wrong-type", "type"));
    };
    let purpose = match entry.get("statusPurpose") {
        Some(Value::String(p)) if !p.is_empty() => p.clone(),
        _ => return Err(entry_invalid("missing", "statusPurpose")),
    };
    let index = match entry.get("statusListIndex") {
        Some(Value::String(s)) => {
            parse_index(s).ok_or_else(|| entry_invalid("not-an-index", "statusListIndex"))?
        }
        Some(Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| entry_invalid("not-an-index", "statusListIndex"))?,
        _ => return Err(entry_invalid("missing", "statusListIndex")),
    };
    let list_url = match entry.get("statusListCredential") {
        Some(Value::String(u)) if u.starts_with("https://") || u.starts_with("http://") => {
            u.clone()
        }
        Some(_) => return Err(entry_invalid("not-http", "statusListCredential")),
        None => return Err(entry_invalid("missing", "statusListCredential")),
    };
    if entry.get("id").and_then(Value::as_str) == Some(list_url.as_str()) {
        return Err(entry_invalid("id-is-list-url", "id"));
    }
    let size = match entry.get("statusSize") {
        None => 1,
        Some(v) => v
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .filter(|n| (1..=MAX_STATUS_SIZE).contains(n))
            .ok_or_else(|| entry_invalid("size-unsupported", "statusSize"))?,
    };
    Ok(Entry {
        kind,
        purpose,
        index,
        list_url,
        size,
    })
}

/// Checks a fetched status list credential and returns its `encodedList`.
///
/// The credential's `type` must include `BitstringStatusListCredential` or
/// `StatusList2021Credential`; its (single) `credentialSubject` must have type
/// `BitstringStatusList` or `StatusList2021`, a `statusPurpose` (string or array of strings)
/// that includes `purpose`, and a string `encodedList`. The list's proof is not checked
/// here.
///
/// # Errors
/// `status-list-invalid` for a wrong `type` (`reason` `wrong-type`), no subject
/// (`no-subject`), several subjects or one that is not an object (`several-subjects`), a
/// wrong subject type (`wrong-subject-type`), or a missing `encodedList` (`no-encoded-list`);
/// `status-purpose-mismatch` when the list's purposes do not include `purpose`.
pub fn list_subject<'a>(list_credential: &'a Value, purpose: &str) -> Result<&'a str> {
    if !types(list_credential)
        .any(|t| t == "BitstringStatusListCredential" || t == "StatusList2021Credential")
    {
        return Err(list_invalid("wrong-type"));
    }
    let subject = match values(list_credential.get("credentialSubject")) {
        [s] if s.is_object() => s,
        [] => return Err(list_invalid("no-subject")),
        _ => return Err(list_invalid("several-subjects")),
    };
    if !types(subject).any(|t| t == "BitstringStatusList" || t == "StatusList2021") {
        return Err(list_invalid("wrong-subject-type"));
    }
    let purposes: Vec<&str> = values(subject.get("statusPurpose"))
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if !purposes.contains(&purpose) {
        return Err(Error::with(
            Code::StatusPurposeMismatch,
            Params::new()
                .with(Param::Purpose, purpose)
                .with(Param::ListPurposes, purposes.join(",")),
        ));
    }
    subject
        .get("encodedList")
        .and_then(Value::as_str)
        .ok_or_else(|| list_invalid("no-encoded-list"))
}

/// The `status-list-invalid` error with this `reason` token.
pub(crate) fn list_invalid(reason: &str) -> Error {
    Error::with(
        Code::StatusListInvalid,
        Params::new().with(Param::Reason, reason),
    )
}

/// The `status-entry-invalid` error with this `reason` token about `property`.
fn entry_invalid(reason: &str, property: &str) -> Error {
    Error::with(
        Code::StatusEntryInvalid,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Property, property),
    )
}

/// Decodes an `encodedList` into the bitstring bytes.
///
/// Accepted spellings: multibase `u` + unpadded base64url (Bitstring Status List v1.0), and
/// StatusList2021's prefix-less base64url or standard base64, padded or not. A leading `u`
/// is stripped only when `H4sI` (the base64 of the gzip magic) follows, so a prefix-less
/// list is never misread. The bytes must be one gzip member (RFC 1952; `FEXTRA`, `FNAME`,
/// `FCOMMENT` and `FHCRC` are understood) whose deflate data inflates to at most
/// [`Limits::max_inflate_bytes`] and matches the trailer's CRC-32 and length.
///
/// # Errors
/// `status-list-corrupt` for text that is not base64 (`reason` `not-base64`), bytes that are
/// not gzip (`not-gzip`: bad magic; `gzip-method`: a method other than deflate;
/// `gzip-reserved-flags`; `gzip-truncated`: header, data or trailer cut short;
/// `gzip-header-crc`; `deflate-invalid`; `gzip-crc`: CRC-32 mismatch; `gzip-length`: length
/// mismatch; `gzip-trailing-bytes`: bytes after the member); `limit-exceeded` when the
/// inflated list would exceed `max_inflate_bytes` (inflating stops at the cap).
pub fn decode_list(encoded: &str, limits: &Limits) -> Result<Vec<u8>> {
    let text = match encoded.strip_prefix('u') {
        Some(rest) if rest.starts_with("H4sI") => rest,
        _ => encoded,
    };
    let gz = encoding::base64_any(text).map_err(|_| corrupt("not-base64"))?;
    gunzip(&gz, limits.max_inflate_bytes)
}

/// The status value of entry `index` in `bits`: `size` bits starting at bit `index × size`,
/// MSB-first (bit 0 is the most significant bit of byte 0).
///
/// # Errors
/// `status-entry-invalid` (`reason` `size-unsupported`) for a `size` outside
/// 1..=[`MAX_STATUS_SIZE`]; `status-index-out-of-range` (with the number of entries of that
/// size the list holds) when the entry does not fit in the list.
pub fn status_value(bits: &[u8], index: u64, size: u8) -> Result<u32> {
    if !(1..=MAX_STATUS_SIZE).contains(&size) {
        return Err(entry_invalid("size-unsupported", "statusSize"));
    }
    let total_bits = (bits.len() as u128) * 8;
    let start = u128::from(index) * u128::from(size);
    if start + u128::from(size) > total_bits {
        let entries = u64::try_from(total_bits / u128::from(size)).unwrap_or(u64::MAX);
        return Err(Error::with(
            Code::StatusIndexOutOfRange,
            Params::new()
                .with(Param::Index, index)
                .with(Param::Entries, entries),
        ));
    }
    let mut value = 0u32;
    for bit in start..start + u128::from(size) {
        let byte = usize::try_from(bit / 8)
            .ok()
            .and_then(|i| bits.get(i))
            .copied()
            .unwrap_or(0);
        let set = (byte >> (7 - (bit % 8) as u32)) & 1;
        value = (value << 1) | u32::from(set);
    }
    Ok(value)
}

/// gzip flag bits (RFC 1952 §2.3.1).
const FHCRC: u8 = 0x02;
const FEXTRA: u8 = 0x04;
const FNAME: u8 = 0x08;
const FCOMMENT: u8 = 0x10;
const RESERVED: u8 = 0xe0;

/// Inflates one gzip member, refusing output over `cap` bytes.
fn gunzip(gz: &[u8], cap: usize) -> Result<Vec<u8>> {
    let truncated = || corrupt("gzip-truncated");
    let header = gz.get(..10).ok_or_else(truncated)?;
    if header[..2] != [0x1f, 0x8b] {
        return Err(corrupt("not-gzip"));
    }
    if header[2] != 8 {
        return Err(corrupt("gzip-method"));
    }
    let flags = header[3];
    if flags & RESERVED != 0 {
        return Err(corrupt("gzip-reserved-flags"));
    }
    let mut pos = 10usize;
    if flags & FEXTRA != 0 {
        let len = gz.get(pos..pos + 2).ok_or_else(truncated)?;
        pos += 2 + usize::from(u16::from_le_bytes([len[0], len[1]]));
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            let rest = gz.get(pos..).ok_or_else(truncated)?;
            let nul = rest.iter().position(|&b| b == 0).ok_or_else(truncated)?;
            pos += nul + 1;
        }
    }
    if flags & FHCRC != 0 {
        let stored = gz.get(pos..pos + 2).ok_or_else(truncated)?;
        let stored = u16::from_le_bytes([stored[0], stored[1]]);
        let actual = (crate::crc32::hash(gz.get(..pos).ok_or_else(truncated)?) & 0xffff) as u16;
        if stored != actual {
            return Err(corrupt("gzip-header-crc"));
        }
        pos += 2;
    }
    let data = gz.get(pos..).ok_or_else(truncated)?;
    let (out, used) = inflate::raw(data, cap).map_err(|e| match e {
        InflateError::OutputLimit => {
            Error::limit("max_inflate_bytes", cap, "the inflated status list")
        }
        _ => corrupt("deflate-invalid"),
    })?;
    let trailer = data.get(used..).ok_or_else(truncated)?;
    let (crc, size) = match trailer {
        [a, b, c, d, e, f, g, h] => (
            u32::from_le_bytes([*a, *b, *c, *d]),
            u32::from_le_bytes([*e, *f, *g, *h]),
        ),
        t if t.len() < 8 => return Err(truncated()),
        _ => return Err(corrupt("gzip-trailing-bytes")),
    };
    let actual = crate::crc32::hash(&out);
    if crc != actual {
        return Err(corrupt("gzip-crc"));
    }
    if size != out.len() as u32 {
        return Err(corrupt("gzip-length"));
    }
    Ok(out)
}

/// Parses a base-10 index: ASCII digits only (leading zeros allowed), fitting a `u64`.
fn parse_index(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The `status-list-corrupt` error with this `reason` token.
fn corrupt(reason: &str) -> Error {
    Error::with(
        Code::StatusListCorrupt,
        Params::new().with(Param::Reason, reason),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use miniz_oxide::deflate::compress_to_vec;

    /// A gzip member built by hand around miniz_oxide's raw deflate.
    fn gzip(data: &[u8], flags: u8, extra: &[u8]) -> Vec<u8> {
        let mut g = vec![0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 255];
        g.extend_from_slice(extra);
        if flags & FHCRC != 0 {
            let c = (crate::crc32::hash(&g) & 0xffff) as u16;
            g.extend_from_slice(&c.to_le_bytes());
        }
        g.extend(compress_to_vec(data, 6));
        g.extend_from_slice(&crate::crc32::hash(data).to_le_bytes());
        g.extend_from_slice(&(data.len() as u32).to_le_bytes());
        g
    }

    #[test]
    fn header_flags() {
        let data = vec![0x5a; 100];
        let cap = 1 << 20;
        assert_eq!(gunzip(&gzip(&data, 0, &[]), cap).unwrap(), data);
        let mut extra = vec![3, 0, b'a', b'b', b'c'];
        extra.extend(b"name\0comment\0");
        let all = FEXTRA | FNAME | FCOMMENT | FHCRC;
        assert_eq!(gunzip(&gzip(&data, all, &extra), cap).unwrap(), data);
        // A damaged header CRC.
        let mut g = gzip(&data, FHCRC, &[]);
        g[10] ^= 1;
        assert_eq!(gunzip(&g, cap).unwrap_err().code, Code::StatusListCorrupt);
        // Reserved flag bit, wrong method, truncated name, trailing garbage, short trailer.
        let code = |g: &[u8]| gunzip(g, cap).unwrap_err().code;
        assert_eq!(code(&gzip(&data, 0x20, &[])), Code::StatusListCorrupt);
        let mut g = gzip(&data, 0, &[]);
        g[2] = 7;
        assert_eq!(code(&g), Code::StatusListCorrupt);
        assert_eq!(
            code(&[0x1f, 0x8b, 8, FNAME, 0, 0, 0, 0, 0, 0, b'x']),
            Code::StatusListCorrupt
        );
        let mut g = gzip(&data, 0, &[]);
        g.push(0);
        assert_eq!(code(&g), Code::StatusListCorrupt);
        let g = gzip(&data, 0, &[]);
        assert_eq!(code(&g[..g.len() - 3]), Code::StatusListCorrupt);
        assert_eq!(code(&g[..12]), Code::StatusListCorrupt);
        // Wrong ISIZE with a right CRC.
        let mut g = gzip(&data, 0, &[]);
        let n = g.len();
        g[n - 4] ^= 1;
        assert_eq!(code(&g), Code::StatusListCorrupt);
        assert_eq!(code(b""), Code::StatusListCorrupt);
    }

    /// The English catalog spells out the specification's minimum list size.
    #[test]
    fn catalog_names_the_minimum_list_size() {
        let ftl = include_str!("../locales/en.ftl");
        let entry = ftl
            .split("\n\n")
            .find(|e| e.starts_with("status-list-short ="))
            .unwrap();
        assert!(
            entry.contains(&format!(" {} ", MIN_LIST_BYTES * 8)),
            "{entry}"
        );
    }

    #[test]
    fn errors_carry_reason_tokens() {
        let params = |e: Error| (e.code, e.params.to_json().to_string());
        let entry = crate::json::parse(
            r#"{"type":"BitstringStatusListEntry","statusPurpose":"revocation",
                "statusListIndex":"-1","statusListCredential":"https://a.org/l"}"#,
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            params(entry_fields(&entry).unwrap_err()),
            (
                Code::StatusEntryInvalid,
                r#"{"reason":"not-an-index","property":"statusListIndex"}"#.to_owned()
            )
        );
        assert_eq!(
            params(decode_list("!!", &Limits::default()).unwrap_err()),
            (
                Code::StatusListCorrupt,
                r#"{"reason":"not-base64"}"#.to_owned()
            )
        );
        assert_eq!(
            params(status_value(&[0], 8, 1).unwrap_err()),
            (
                Code::StatusIndexOutOfRange,
                r#"{"index":8,"entries":8}"#.to_owned()
            )
        );
        let list = crate::json::parse(
            r#"{"type":["BitstringStatusListCredential"],"credentialSubject":
                {"type":"BitstringStatusList","statusPurpose":["revocation","suspension"],
                 "encodedList":"u"}}"#,
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            params(list_subject(&list, "message").unwrap_err()),
            (
                Code::StatusPurposeMismatch,
                r#"{"purpose":"message","listPurposes":"revocation,suspension"}"#.to_owned()
            )
        );
    }

    #[test]
    fn index_parsing() {
        assert_eq!(parse_index("0"), Some(0));
        assert_eq!(parse_index("0023"), Some(23));
        assert_eq!(parse_index("18446744073709551615"), Some(u64::MAX));
        for bad in [
            "",
            "+1",
            "-1",
            " 1",
            "1 ",
            "1e3",
            "0x10",
            "1.0",
            "18446744073709551616",
        ] {
            assert_eq!(parse_index(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn multi_bit_values() {
        let mut bits = vec![0u8; MIN_LIST_BYTES];
        bits[0] = 0b1011_0001;
        assert_eq!(status_value(&bits, 0, 2).unwrap(), 0b10);
        assert_eq!(status_value(&bits, 1, 2).unwrap(), 0b11);
        assert_eq!(status_value(&bits, 3, 2).unwrap(), 0b01);
        assert_eq!(status_value(&bits, 0, 8).unwrap(), 0xb1);
        assert_eq!(status_value(&bits, 1, 3).unwrap(), 0b100);
        let last = (MIN_LIST_BYTES as u64 * 8) / 3 - 1;
        assert_eq!(status_value(&bits, last, 3).unwrap(), 0);
        assert_eq!(
            status_value(&bits, last + 1, 3).unwrap_err().code,
            Code::StatusIndexOutOfRange
        );
        assert_eq!(
            status_value(&bits, u64::MAX, 8).unwrap_err().code,
            Code::StatusIndexOutOfRange
        );
        assert_eq!(
            status_value(&bits, 0, 0).unwrap_err().code,
            Code::StatusEntryInvalid
        );
        assert_eq!(
            status_value(&bits, 0, 9).unwrap_err().code,
            Code::StatusEntryInvalid
        );
    }
}
