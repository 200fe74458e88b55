//! A reader for the part of CBOR (RFC 8949) that `ecdsa-sd-2023` proof values use.
//!
//! An `ecdsa-sd-2023` derived `proofValue` is a CBOR array of byte strings, arrays of byte
//! strings, a map from unsigned integers to byte strings, and an array of unsigned integers.
//! [`Reader`] reads exactly those four major types (0 unsigned integer, 2 byte string,
//! 4 array, 5 map), with definite lengths, from a byte slice, without copying and without
//! recursion. Anything else is refused with a [`Malformed`] reason: negative integers, text
//! strings, tags, floats and simple values, indefinite lengths, reserved additional
//! information, and bytes left over after the top-level item.
//!
//! Every length and count is checked against the bytes that remain before it is returned:
//! a byte string cannot claim more bytes than the input has, and an array or map cannot
//! claim more items than there are bytes left (each item takes at least one byte), so a
//! caller that allocates by a returned count never allocates more than the input's size.
//! Callers bound the counts further by their own limits. The reader never panics.

/// Why CBOR input was refused. [`Malformed::reason`] gives a stable token for reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    /// The input ends inside an item.
    Truncated,
    /// An item of another major type than the one expected, or of a major type this reader
    /// does not read.
    WrongType,
    /// An indefinite-length array, map or byte string (additional information 31).
    Indefinite,
    /// Additional information 28–30, which RFC 8949 reserves.
    Reserved,
    /// A length or count larger than the bytes that remain.
    TooLong,
    /// Bytes after the end of the top-level item.
    Trailing,
}

impl Malformed {
    /// The token used as a report's `reason`: `cbor-truncated`, `cbor-wrong-type`,
    /// `cbor-indefinite`, `cbor-reserved`, `cbor-too-long` or `cbor-trailing`.
    pub fn reason(self) -> &'static str {
        match self {
            Self::Truncated => "cbor-truncated",
            Self::WrongType => "cbor-wrong-type",
            Self::Indefinite => "cbor-indefinite",
            Self::Reserved => "cbor-reserved",
            Self::TooLong => "cbor-too-long",
            Self::Trailing => "cbor-trailing",
        }
    }
}

/// One item header, or a whole byte string, as [`Reader::item`] reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item<'a> {
    /// Major type 0.
    Uint(u64),
    /// Major type 2: the string's bytes.
    Bytes(&'a [u8]),
    /// Major type 4: the number of items that follow.
    Array(usize),
    /// Major type 5: the number of key/value pairs that follow.
    Map(usize),
}

/// Reads CBOR items front to back from a byte slice.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { rest: bytes }
    }

    /// Reads the next item: an integer, a whole byte string, or the header of an array or
    /// map (whose items follow).
    ///
    /// # Errors
    /// [`Malformed`] for truncated input, an unsupported major type, an indefinite length,
    /// reserved additional information, or a length or count larger than the bytes left.
    pub fn item(&mut self) -> Result<Item<'a>, Malformed> {
        let (&initial, rest) = self.rest.split_first().ok_or(Malformed::Truncated)?;
        self.rest = rest;
        let arg = self.argument(initial & 0x1f)?;
        let left = self.rest.len();
        // A count above the bytes left cannot be honest; converting only then is lossless.
        let count = usize::try_from(arg)
            .ok()
            .filter(|&n| n <= left)
            .ok_or(Malformed::TooLong);
        match initial >> 5 {
            0 => Ok(Item::Uint(arg)),
            2 => {
                let (bytes, rest) = self.rest.split_at(count?);
                self.rest = rest;
                Ok(Item::Bytes(bytes))
            }
            4 => Ok(Item::Array(count?)),
            // Each pair takes at least two bytes.
            5 => match usize::try_from(arg) {
                Ok(n) if n <= left / 2 => Ok(Item::Map(n)),
                _ => Err(Malformed::TooLong),
            },
            _ => Err(Malformed::WrongType),
        }
    }

    /// Reads an unsigned integer.
    ///
    /// # Errors
    /// As [`Reader::item`]; [`Malformed::WrongType`] for another item.
    pub fn uint(&mut self) -> Result<u64, Malformed> {
        match self.item()? {
            Item::Uint(n) => Ok(n),
            _ => Err(Malformed::WrongType),
        }
    }

    /// Reads a byte string.
    ///
    /// # Errors
    /// As [`Reader::item`]; [`Malformed::WrongType`] for another item.
    pub fn bytes(&mut self) -> Result<&'a [u8], Malformed> {
        match self.item()? {
            Item::Bytes(b) => Ok(b),
            _ => Err(Malformed::WrongType),
        }
    }

    /// Reads an array header and returns its length.
    ///
    /// # Errors
    /// As [`Reader::item`]; [`Malformed::WrongType`] for another item.
    pub fn array(&mut self) -> Result<usize, Malformed> {
        match self.item()? {
            Item::Array(n) => Ok(n),
            _ => Err(Malformed::WrongType),
        }
    }

    /// Reads a map header and returns its number of pairs.
    ///
    /// # Errors
    /// As [`Reader::item`]; [`Malformed::WrongType`] for another item.
    pub fn map(&mut self) -> Result<usize, Malformed> {
        match self.item()? {
            Item::Map(n) => Ok(n),
            _ => Err(Malformed::WrongType),
        }
    }

    /// Checks that the input has been read to its end.
    ///
    /// # Errors
    /// [`Malformed::Trailing`] when bytes remain.
    pub fn finish(&self) -> Result<(), Malformed> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(Malformed::Trailing)
        }
    }

    /// The argument of an item whose initial byte has additional information `info`
    /// (RFC 8949 §3): the value itself below 24, else the 1, 2, 4 or 8 bytes that follow.
    /// Non-shortest forms are accepted (the suite does not require deterministic encoding).
    fn argument(&mut self, info: u8) -> Result<u64, Malformed> {
        let width = match info {
            0..=23 => return Ok(u64::from(info)),
            24 => 1,
            25 => 2,
            26 => 4,
            27 => 8,
            28..=30 => return Err(Malformed::Reserved),
            _ => return Err(Malformed::Indefinite),
        };
        if self.rest.len() < width {
            return Err(Malformed::Truncated);
        }
        let (bytes, rest) = self.rest.split_at(width);
        self.rest = rest;
        Ok(bytes.iter().fold(0, |n, &b| (n << 8) | u64::from(b)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(bytes: &[u8]) -> Result<Vec<Item<'_>>, Malformed> {
        let mut r = Reader::new(bytes);
        let mut out = Vec::new();
        while !r.rest.is_empty() {
            out.push(r.item()?);
        }
        Ok(out)
    }

    #[test]
    fn reads_each_supported_item() {
        assert_eq!(items(&[0x00]), Ok(vec![Item::Uint(0)]));
        assert_eq!(items(&[0x17]), Ok(vec![Item::Uint(23)]));
        assert_eq!(items(&[0x18, 0x18]), Ok(vec![Item::Uint(24)]));
        assert_eq!(items(&[0x19, 0x01, 0x00]), Ok(vec![Item::Uint(256)]));
        assert_eq!(
            items(&[0x1a, 0x00, 0x01, 0x00, 0x00]),
            Ok(vec![Item::Uint(65536)])
        );
        assert_eq!(
            items(&[0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            Ok(vec![Item::Uint(u64::MAX)])
        );
        // A non-shortest form is still the same number.
        assert_eq!(items(&[0x18, 0x05]), Ok(vec![Item::Uint(5)]));
        assert_eq!(items(&[0x42, 1, 2]), Ok(vec![Item::Bytes(&[1, 2])]));
        assert_eq!(items(&[0x40]), Ok(vec![Item::Bytes(&[])]));
        assert_eq!(
            items(&[0x82, 0x01, 0x02]),
            Ok(vec![Item::Array(2), Item::Uint(1), Item::Uint(2)])
        );
        assert_eq!(
            items(&[0xa1, 0x00, 0x41, 0x07]),
            Ok(vec![Item::Map(1), Item::Uint(0), Item::Bytes(&[7])])
        );
    }

    #[test]
    fn typed_reads_refuse_other_items() {
        assert_eq!(Reader::new(&[0x01]).bytes(), Err(Malformed::WrongType));
        assert_eq!(Reader::new(&[0x40]).uint(), Err(Malformed::WrongType));
        assert_eq!(Reader::new(&[0xa0]).array(), Err(Malformed::WrongType));
        assert_eq!(Reader::new(&[0x80]).map(), Err(Malformed::WrongType));
        let mut r = Reader::new(&[0x81, 0x41, 0x09]);
        assert_eq!(r.array(), Ok(1));
        assert_eq!(r.bytes(), Ok(&[9u8][..]));
        assert_eq!(r.finish(), Ok(()));
    }

    #[test]
    fn refuses_what_the_suite_never_uses() {
        // Negative integer, text string, tag, float / simple value.
        for initial in [0x20, 0x61, 0xc0, 0xf4, 0xfb] {
            assert_eq!(
                Reader::new(&[initial, 0, 0, 0, 0, 0, 0, 0, 0]).item(),
                Err(Malformed::WrongType),
                "{initial:#x}"
            );
        }
        for initial in [0x5f, 0x9f, 0xbf] {
            assert_eq!(
                Reader::new(&[initial, 0xff]).item(),
                Err(Malformed::Indefinite)
            );
        }
        for initial in [0x1c, 0x1d, 0x1e, 0x5c, 0x9d] {
            assert_eq!(Reader::new(&[initial]).item(), Err(Malformed::Reserved));
        }
    }

    #[test]
    fn truncated_input_is_refused() {
        assert_eq!(Reader::new(&[]).item(), Err(Malformed::Truncated));
        assert_eq!(Reader::new(&[0x18]).item(), Err(Malformed::Truncated));
        assert_eq!(Reader::new(&[0x19, 0x01]).item(), Err(Malformed::Truncated));
        assert_eq!(
            Reader::new(&[0x1b, 0, 0, 0, 0, 0, 0, 0]).item(),
            Err(Malformed::Truncated)
        );
        // A byte string longer than what is left.
        assert_eq!(Reader::new(&[0x43, 1, 2]).item(), Err(Malformed::TooLong));
        assert_eq!(
            Reader::new(&[0x58, 0x40, 0, 0]).item(),
            Err(Malformed::TooLong)
        );
    }

    #[test]
    fn counts_beyond_the_input_are_refused_before_any_allocation() {
        // 2^64 - 1 items, or pairs, claimed by a 9-byte header.
        let huge = [0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
        assert_eq!(Reader::new(&huge).item(), Err(Malformed::TooLong));
        let mut map = huge;
        map[0] = 0xbb;
        assert_eq!(Reader::new(&map).item(), Err(Malformed::TooLong));
        let mut bytes = huge;
        bytes[0] = 0x5b;
        assert_eq!(Reader::new(&bytes).item(), Err(Malformed::TooLong));
        // Three items claimed, two bytes left; one pair claimed, one byte left.
        assert_eq!(Reader::new(&[0x83, 0, 0]).item(), Err(Malformed::TooLong));
        assert_eq!(Reader::new(&[0xa1, 0]).item(), Err(Malformed::TooLong));
        assert_eq!(Reader::new(&[0x82, 0, 0]).item(), Ok(Item::Array(2)));
    }

    #[test]
    fn trailing_bytes_are_refused() {
        let mut r = Reader::new(&[0x01, 0x02]);
        assert_eq!(r.uint(), Ok(1));
        assert_eq!(r.finish(), Err(Malformed::Trailing));
    }

    #[test]
    fn reasons_are_distinct_tokens() {
        let all = [
            Malformed::Truncated,
            Malformed::WrongType,
            Malformed::Indefinite,
            Malformed::Reserved,
            Malformed::TooLong,
            Malformed::Trailing,
        ];
        let mut tokens: Vec<_> = all.iter().map(|m| m.reason()).collect();
        tokens.sort_unstable();
        tokens.dedup();
        assert_eq!(tokens.len(), all.len());
        assert!(tokens.iter().all(|t| t.starts_with("cbor-")));
    }
}
