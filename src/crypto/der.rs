//! A minimal, strict DER reader (ITU-T X.690 §8, §10) for the two public-key structures this
//! crate reads: SubjectPublicKeyInfo (RFC 5280 §4.1) and PKCS#1 RSAPublicKey (RFC 8017
//! Appendix A.1.1).
//!
//! Only what those need: low-tag-number identifiers, definite lengths in the shortest form,
//! SEQUENCE, INTEGER (non-negative, minimally encoded), BIT STRING, OBJECT IDENTIFIER and
//! NULL. Anything else — an indefinite or non-minimal length, a length running past the data,
//! trailing bytes — is refused with a reason naming the byte offset. The reader only borrows
//! from its input, never recurses on input structure and allocates nothing but error text, so
//! its cost is linear in the input.

use std::fmt;

/// Universal tag numbers (X.690 §8.1.2, constructed bit included for SEQUENCE).
const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;
const NULL: u8 = 0x05;
const OBJECT_IDENTIFIER: u8 = 0x06;
const SEQUENCE: u8 = 0x30;

/// OID 1.2.840.113549.1.1.1 (rsaEncryption, RFC 8017 Appendix A.1), contents octets.
pub(super) const OID_RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 1, 1, 1];
/// OID 1.2.840.10045.2.1 (id-ecPublicKey, RFC 5480 §2.1.1).
pub(super) const OID_EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 2, 1];
/// OID 1.2.840.10045.3.1.7 (prime256v1 / secp256r1, RFC 5480 §2.1.1.1).
pub(super) const OID_PRIME256V1: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 3, 1, 7];
/// secp384r1, 1.3.132.0.34 (RFC 5480 §2.1.1.1).
pub(super) const OID_SECP384R1: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];
/// OID 1.3.101.112 (id-Ed25519, RFC 8410 §3).
pub(super) const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];

/// A position in DER input: the bytes not read yet and the offset of the first of them in the
/// outermost input (for messages).
#[derive(Clone, Copy)]
pub(super) struct Der<'a> {
    rest: &'a [u8],
    at: usize,
}

/// One element's tag and contents.
pub(super) struct Element<'a> {
    /// The identifier octet.
    pub(super) tag: u8,
    /// The contents octets, as a reader positioned at their start.
    pub(super) body: Der<'a>,
}

/// The contents octets of a validated OBJECT IDENTIFIER; `Display` gives the dotted form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Oid<'a>(pub(super) &'a [u8]);

/// The SubjectPublicKeyInfo fields the key readers need.
pub(super) struct Spki<'a> {
    /// `algorithm.algorithm`.
    pub(super) algorithm: Oid<'a>,
    /// `algorithm.parameters`, when present.
    pub(super) parameters: Option<Element<'a>>,
    /// The first octet of `subjectPublicKey` (the number of unused bits).
    pub(super) unused_bits: u8,
    /// `subjectPublicKey` after its unused-bits octet.
    pub(super) key: &'a [u8],
}

/// Reads a complete DER SubjectPublicKeyInfo:
/// `SEQUENCE { SEQUENCE { OBJECT IDENTIFIER, ANY OPTIONAL }, BIT STRING }`.
pub(super) fn spki(der: &[u8]) -> Result<Spki<'_>, String> {
    let mut outer = Der::new(der);
    let mut spki = outer.sequence()?;
    outer.finish()?;
    let mut alg = spki.sequence()?;
    let algorithm = alg.oid()?;
    let parameters = if alg.rest.is_empty() {
        None
    } else {
        Some(alg.element()?)
    };
    alg.finish()?;
    let (unused_bits, key) = spki.bit_string()?;
    spki.finish()?;
    Ok(Spki {
        algorithm,
        parameters,
        unused_bits,
        key,
    })
}

/// Reads a complete DER PKCS#1 RSAPublicKey, `SEQUENCE { INTEGER n, INTEGER e }`; returns the
/// big-endian magnitudes of `n` and `e`.
pub(super) fn rsa_public_key(der: &[u8]) -> Result<(&[u8], &[u8]), String> {
    let mut outer = Der::new(der);
    let mut seq = outer.sequence()?;
    outer.finish()?;
    let n = seq.unsigned()?;
    let e = seq.unsigned()?;
    seq.finish()?;
    Ok((n, e))
}

impl<'a> Der<'a> {
    /// A reader over a whole DER input.
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Der { rest: bytes, at: 0 }
    }

    /// Succeeds when every byte has been read.
    pub(super) fn finish(&self) -> Result<(), String> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{} unexpected trailing byte(s) at DER byte {}",
                self.rest.len(),
                self.at
            ))
        }
    }

    /// Reads the next element: identifier, definite minimal length, contents.
    pub(super) fn element(&mut self) -> Result<Element<'a>, String> {
        let start = self.at;
        let truncated = || format!("the DER data ends inside the element at byte {start}");
        let (&tag, after_tag) = self.rest.split_first().ok_or_else(|| {
            format!("the DER data ends at byte {start} where an element was expected")
        })?;
        if tag & 0x1f == 0x1f {
            return Err(format!(
                "the element at DER byte {start} uses a multi-byte tag, which no key structure has"
            ));
        }
        let (&first, after_len) = after_tag.split_first().ok_or_else(truncated)?;
        let (len, header, after_header) = match first {
            0..=0x7f => (usize::from(first), 2, after_len),
            0x80 => {
                return Err(format!(
                    "the element at DER byte {start} has an indefinite length, which DER forbids"
                ))
            }
            0x81..=0x84 => {
                let count = usize::from(first & 0x7f);
                let (octets, after) = after_len.split_at_checked(count).ok_or_else(truncated)?;
                let len = octets
                    .iter()
                    .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
                if octets.first() == Some(&0) || len < 0x80 {
                    return Err(format!(
                        "the length of the element at DER byte {start} is not in its shortest \
                         form, which DER requires"
                    ));
                }
                (len, 2 + count, after)
            }
            _ => {
                return Err(format!(
                    "the element at DER byte {start} has a length of more than 4 bytes"
                ))
            }
        };
        let (body, rest) = after_header.split_at_checked(len).ok_or_else(|| {
            format!(
                "the element at DER byte {start} claims {len} content bytes but only {} follow",
                after_header.len()
            )
        })?;
        self.rest = rest;
        self.at = start + header + len;
        Ok(Element {
            tag,
            body: Der {
                rest: body,
                at: start + header,
            },
        })
    }

    /// Reads the next element, which must have tag `tag`; returns its contents.
    fn expect(&mut self, tag: u8, what: &str) -> Result<Der<'a>, String> {
        let start = self.at;
        let e = self.element()?;
        if e.tag != tag {
            return Err(format!(
                "expected {what} at DER byte {start}, found tag 0x{:02x}",
                e.tag
            ));
        }
        Ok(e.body)
    }

    /// Reads a SEQUENCE; returns a reader over its contents.
    pub(super) fn sequence(&mut self) -> Result<Der<'a>, String> {
        self.expect(SEQUENCE, "a SEQUENCE")
    }

    /// Reads a non-negative INTEGER; returns its big-endian magnitude without leading zero
    /// bytes (empty for zero).
    pub(super) fn unsigned(&mut self) -> Result<&'a [u8], String> {
        let start = self.at;
        let body = self.expect(INTEGER, "an INTEGER")?.rest;
        match body {
            [] => Err(format!(
                "the INTEGER at DER byte {start} has no content bytes"
            )),
            [first, ..] if first & 0x80 != 0 => {
                Err(format!("the INTEGER at DER byte {start} is negative"))
            }
            [0, second, ..] if second & 0x80 == 0 => Err(format!(
                "the INTEGER at DER byte {start} has a superfluous leading zero byte, which DER \
                 forbids"
            )),
            [0, magnitude @ ..] => Ok(magnitude),
            magnitude => Ok(magnitude),
        }
    }

    /// Reads a BIT STRING; returns its unused-bits count and the bytes after it.
    pub(super) fn bit_string(&mut self) -> Result<(u8, &'a [u8]), String> {
        let start = self.at;
        let body = self.expect(BIT_STRING, "a BIT STRING")?.rest;
        match body.split_first() {
            Some((&unused, bits)) if unused <= 7 && (unused == 0 || !bits.is_empty()) => {
                Ok((unused, bits))
            }
            _ => Err(format!(
                "the BIT STRING at DER byte {start} has no or an impossible unused-bits count"
            )),
        }
    }

    /// Reads an OBJECT IDENTIFIER (X.690 §8.19): non-empty, every subidentifier in its
    /// shortest form and at most 32 bits.
    pub(super) fn oid(&mut self) -> Result<Oid<'a>, String> {
        let start = self.at;
        let body = self.expect(OBJECT_IDENTIFIER, "an OBJECT IDENTIFIER")?.rest;
        Oid::parse(body).ok_or_else(|| {
            format!("the OBJECT IDENTIFIER at DER byte {start} is not validly encoded")
        })
    }
}

impl<'a> Element<'a> {
    /// The element as an OBJECT IDENTIFIER, if it is a valid one.
    pub(super) fn as_oid(&self) -> Option<Oid<'a>> {
        (self.tag == OBJECT_IDENTIFIER)
            .then(|| Oid::parse(self.body.rest))
            .flatten()
    }

    /// Whether the element is a NULL (tag 5, no contents).
    pub(super) fn is_null(&self) -> bool {
        self.tag == NULL && self.body.rest.is_empty()
    }
}

impl<'a> Oid<'a> {
    /// Contents octets that form a valid OID: non-empty, every subidentifier in its shortest
    /// form and at most 32 bits (as the `const-oid` crate limits arcs).
    fn parse(body: &'a [u8]) -> Option<Oid<'a>> {
        let oid = Oid(body);
        (!body.is_empty() && oid.arcs().all(|arc| arc.is_some())).then_some(oid)
    }

    /// The encoded subidentifiers (the first one combines the first two arcs); `None` for
    /// one that is not in its shortest form, is cut off or exceeds 32 bits.
    fn arcs(self) -> impl Iterator<Item = Option<u32>> + 'a {
        let mut rest = self.0;
        std::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            if rest.first() == Some(&0x80) {
                rest = &[];
                return Some(None); // leading 0x80: not the shortest form
            }
            let mut value: u32 = 0;
            for (i, &b) in rest.iter().enumerate() {
                let Some(shifted) = value.checked_mul(128) else {
                    rest = &[];
                    return Some(None);
                };
                value = shifted | u32::from(b & 0x7f);
                if b & 0x80 == 0 {
                    rest = rest.get(i + 1..).unwrap_or_default();
                    return Some(Some(value));
                }
            }
            rest = &[];
            Some(None) // the last subidentifier is cut off
        })
    }
}

impl fmt::Display for Oid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, arc) in self.arcs().enumerate() {
            let arc = arc.unwrap_or_default();
            if i == 0 {
                let first = (arc / 40).min(2);
                write!(f, "{first}.{}", arc - 40 * first)?;
            } else {
                write!(f, ".{arc}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn parse_error(der: &[u8]) -> String {
        match spki(der) {
            Ok(_) => panic!("{der:02x?} parsed"),
            Err(e) => e,
        }
    }

    /// The Ed25519 SPKI of RFC 8410 §10.1 (its "public key" example), byte for byte.
    const RFC8410_SPKI: &[u8] = &[
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, 0x19, 0xbf, 0x44,
        0x09, 0x69, 0x84, 0xcd, 0xfe, 0x85, 0x41, 0xba, 0xc1, 0x67, 0xdc, 0x3b, 0x96, 0xc8, 0x50,
        0x86, 0xaa, 0x30, 0xb6, 0xb6, 0xcb, 0x0c, 0x5c, 0x38, 0xad, 0x70, 0x31, 0x66, 0xe1,
    ];

    #[test]
    fn reads_rfc8410_example() {
        let s = spki(RFC8410_SPKI).unwrap();
        assert_eq!(s.algorithm.0, OID_ED25519);
        assert!(s.parameters.is_none());
        assert_eq!(s.unused_bits, 0);
        assert_eq!(s.key.len(), 32);
        assert_eq!(s.key.first(), Some(&0x19));
    }

    /// Dotted forms as RFC 5280 / RFC 8017 / RFC 5480 / RFC 8410 print them.
    #[test]
    fn oid_display() {
        assert_eq!(Oid(OID_RSA_ENCRYPTION).to_string(), "1.2.840.113549.1.1.1");
        assert_eq!(Oid(OID_EC_PUBLIC_KEY).to_string(), "1.2.840.10045.2.1");
        assert_eq!(Oid(OID_PRIME256V1).to_string(), "1.2.840.10045.3.1.7");
        assert_eq!(Oid(OID_ED25519).to_string(), "1.3.101.112");
        // 2.999.3 (X.690 §8.19.5 example): first subidentifier 1079 = 0x88 0x37.
        assert_eq!(Oid(&[0x88, 0x37, 0x03]).to_string(), "2.999.3");
    }

    #[test]
    fn oid_encoding_is_strict() {
        let oid = |body: &[u8]| {
            let mut der = vec![OBJECT_IDENTIFIER, body.len() as u8];
            der.extend_from_slice(body);
            Der::new(&der).oid().map(|o| o.to_string())
        };
        assert_eq!(oid(&[0x2b, 0x65, 0x70]).unwrap(), "1.3.101.112");
        assert!(oid(&[]).is_err());
        assert!(oid(&[0x2b, 0x80, 0x65]).is_err(), "leading 0x80");
        assert!(oid(&[0x2b, 0xe5]).is_err(), "cut off");
        assert!(
            oid(&[0x2b, 0x90, 0x80, 0x80, 0x80, 0x00]).is_err(),
            "> 32 bits"
        );
        assert_eq!(
            oid(&[0x2b, 0x8f, 0xff, 0xff, 0xff, 0x7f]).unwrap(),
            "1.3.4294967295"
        );
    }

    #[test]
    fn lengths_must_be_definite_minimal_and_in_bounds() {
        // Non-minimal long form of the outer length (0x81 0x2a for 42).
        let mut long = vec![0x30, 0x81, 0x2a];
        long.extend_from_slice(&RFC8410_SPKI[2..]);
        assert!(parse_error(&long).contains("shortest form"));
        // 0x82 0x00 0x2a: a leading zero length octet.
        let mut long = vec![0x30, 0x82, 0x00, 0x2a];
        long.extend_from_slice(&RFC8410_SPKI[2..]);
        assert!(parse_error(&long).contains("shortest form"));
        // Indefinite length with an end-of-contents marker (BER, not DER).
        let mut indefinite = vec![0x30, 0x80];
        indefinite.extend_from_slice(&RFC8410_SPKI[2..]);
        indefinite.extend_from_slice(&[0, 0]);
        assert!(parse_error(&indefinite).contains("indefinite"));
        // Five length octets.
        assert!(parse_error(&[0x30, 0x85, 0, 0, 0, 0, 1]).contains("more than 4"));
        // A length larger than the data, at the top and inside.
        assert!(parse_error(&[0x30, 0x84, 0x7f, 0xff, 0xff, 0xff]).contains("claims"));
        let mut inner = RFC8410_SPKI.to_vec();
        inner[10] = 0x22; // BIT STRING claims one byte more than there is
        assert!(parse_error(&inner).contains("claims"));
        // Multi-byte tag.
        assert!(parse_error(&[0x1f, 0x81, 0x00, 0x00]).contains("multi-byte tag"));
    }

    #[test]
    fn trailing_bytes_and_truncation_are_refused() {
        let mut trailing = RFC8410_SPKI.to_vec();
        trailing.push(0);
        assert!(parse_error(&trailing).contains("trailing"));
        // Trailing bytes inside the SEQUENCE (after the BIT STRING, lengths adjusted).
        let mut inside = RFC8410_SPKI.to_vec();
        inside[1] += 2;
        inside.extend_from_slice(&[0x05, 0x00]);
        assert!(parse_error(&inside).contains("trailing"));
        for len in 0..RFC8410_SPKI.len() {
            parse_error(&RFC8410_SPKI[..len]);
        }
    }

    #[test]
    fn integers_are_strict() {
        let int = |body: &[u8]| {
            let mut der = vec![INTEGER, body.len() as u8];
            der.extend_from_slice(body);
            Der::new(&der).unsigned().map(<[u8]>::to_vec)
        };
        assert_eq!(int(&[0x01, 0x00, 0x01]).unwrap(), [1, 0, 1]);
        assert_eq!(int(&[0x00, 0x80]).unwrap(), [0x80]);
        assert_eq!(int(&[0x00]).unwrap(), [0u8; 0]);
        assert!(int(&[]).unwrap_err().contains("no content"));
        assert!(int(&[0x80]).unwrap_err().contains("negative"));
        assert!(int(&[0x00, 0x01]).unwrap_err().contains("leading zero"));
        assert!(int(&[0x00, 0x00, 0x80])
            .unwrap_err()
            .contains("leading zero"));
    }

    #[test]
    fn bit_strings() {
        let bits = |body: &[u8]| {
            let mut der = vec![BIT_STRING, body.len() as u8];
            der.extend_from_slice(body);
            Der::new(&der).bit_string().map(|(u, b)| (u, b.to_vec()))
        };
        assert_eq!(bits(&[0, 1, 2]).unwrap(), (0, vec![1, 2]));
        assert_eq!(bits(&[0]).unwrap(), (0, vec![]));
        assert_eq!(bits(&[3, 0xf8]).unwrap(), (3, vec![0xf8]));
        assert!(bits(&[]).is_err());
        assert!(bits(&[8, 0]).is_err());
        assert!(bits(&[1]).is_err());
    }
}
