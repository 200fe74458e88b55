//! P-384 public points read without the `p384` crate's curve arithmetic.
//!
//! Reading a key needs only the field: a compressed point is decompressed with one square
//! root, an uncompressed one is checked against the curve equation. The `p384` crate does both
//! through its complete scalar and field arithmetic (formally verified, but generated code of
//! about 80 KB in the WebAssembly module: `BENCHMARKS.md`, "Widget"), which the lean module
//! never uses otherwise, since WebCrypto checks its signatures. Here the field is
//! `crypto-bigint`'s Montgomery arithmetic, which RSA already links; the fallback build checks
//! signatures with the `p384` crate, from the point found here.

use crypto_bigint::modular::runtime_mod::{DynResidue, DynResidueParams};
use crypto_bigint::{Encoding as _, U384};

/// The field prime p = 2^384 − 2^128 − 2^96 + 2^32 − 1 (FIPS 186-4 D.1.2.4).
const P: U384 = U384::from_be_hex(
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff",
);
/// The curve's constant b (y² = x³ − 3x + b).
const B: U384 = U384::from_be_hex(
    "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
);
/// (p + 1) / 4: p ≡ 3 (mod 4), so a square a has the root a^((p+1)/4).
const SQRT_EXPONENT: U384 = U384::from_be_hex(
    "3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbfffffffc00000000000000040000000",
);

/// Bytes of one coordinate.
const SIZE: usize = 48;

/// A point of P-384 other than the identity, as its uncompressed SEC1 encoding `04 ‖ x ‖ y`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct P384Point([u8; 1 + 2 * SIZE]);

impl P384Point {
    /// Reads a SEC1 point, compressed (`02`/`03` ‖ x) or uncompressed (`04` ‖ x ‖ y), with
    /// canonical coordinates (below p) on the curve; `None` otherwise, also for the identity.
    pub(super) fn from_sec1(sec1: &[u8]) -> Option<P384Point> {
        let params = DynResidueParams::new(&P);
        let (&tag, coordinates) = sec1.split_first()?;
        let x = canonical(coordinates.get(..SIZE)?)?;
        let x = DynResidue::new(&x, params);
        let three = DynResidue::new(&U384::from_u8(3), params);
        let rhs = x.square() * x - three * x + DynResidue::new(&B, params);
        let y = match (tag, coordinates.len()) {
            (0x04, 96) => {
                let y = DynResidue::new(&canonical(&coordinates[SIZE..])?, params);
                (y.square() == rhs).then_some(y)?
            }
            (0x02 | 0x03, SIZE) => {
                let root = rhs.pow(&SQRT_EXPONENT);
                if root.square() != rhs {
                    return None; // x³ − 3x + b is not a square: no point has this x
                }
                // The root's parity picks between y and p − y (y is never 0: the group has
                // prime order, so no point of order 2).
                let odd = root.retrieve().to_be_bytes()[SIZE - 1] & 1 == 1;
                if odd == (tag == 0x03) {
                    root
                } else {
                    -root
                }
            }
            _ => return None,
        };
        let mut out = [0x04; 1 + 2 * SIZE];
        out[1..=SIZE].copy_from_slice(&x.retrieve().to_be_bytes());
        out[1 + SIZE..].copy_from_slice(&y.retrieve().to_be_bytes());
        Some(P384Point(out))
    }

    /// The uncompressed SEC1 encoding `04 ‖ x ‖ y`.
    pub fn to_sec1(&self) -> &[u8] {
        &self.0
    }
}

/// A 48-byte big-endian coordinate below p.
fn canonical(bytes: &[u8]) -> Option<U384> {
    let value = U384::from_be_slice(bytes);
    (value < P).then_some(value)
}

#[cfg(all(test, feature = "builtin-crypto"))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use p384::elliptic_curve::sec1::ToEncodedPoint as _;

    /// The crate's own reading of `sec1`, uncompressed.
    fn oracle(sec1: &[u8]) -> Option<Vec<u8>> {
        let key = p384::PublicKey::from_sec1_bytes(sec1).ok()?;
        Some(key.to_encoded_point(false).as_bytes().to_vec())
    }

    #[test]
    fn reads_points_as_the_p384_crate_does() {
        let mut seed = [7u8; 48];
        for i in 0..64u8 {
            seed[0] = i;
            seed[47] = i.wrapping_mul(31) | 1;
            let Ok(secret) = p384::SecretKey::from_slice(&seed) else {
                continue;
            };
            let public = secret.public_key();
            for compress in [false, true] {
                let sec1 = public.to_encoded_point(compress);
                let ours = P384Point::from_sec1(sec1.as_bytes()).map(|p| p.to_sec1().to_vec());
                assert_eq!(
                    ours,
                    oracle(sec1.as_bytes()),
                    "key {i}, compressed {compress}"
                );
                assert!(ours.is_some());
            }
        }
    }

    #[test]
    fn refuses_what_the_p384_crate_refuses() {
        let public = p384::SecretKey::from_slice(&[9u8; 48])
            .unwrap()
            .public_key();
        let good = public.to_encoded_point(false).as_bytes().to_vec();
        let compressed = public.to_encoded_point(true).as_bytes().to_vec();
        let mut cases = vec![
            vec![],
            vec![0x00],          // the identity
            good[..96].to_vec(), // too short
            [&good[..], &[0]].concat(),
            compressed[..48].to_vec(),
        ];
        // Off the curve: y + 1.
        let mut off = good.clone();
        off[96] ^= 1;
        cases.push(off);
        // A coordinate ≥ p.
        let mut big = good.clone();
        big[1..49].copy_from_slice(&P.to_be_bytes());
        cases.push(big);
        let mut big_x = compressed.clone();
        big_x[1..].copy_from_slice(&P.to_be_bytes());
        cases.push(big_x);
        // Wrong tags.
        for tag in [0x01, 0x05, 0x06, 0x07] {
            let mut t = good.clone();
            t[0] = tag;
            cases.push(t);
        }
        // x values with no point: try a few until the oracle refuses one.
        for b in 0..8u8 {
            let mut c = compressed.clone();
            c[48] = c[48].wrapping_add(b);
            cases.push(c);
        }
        for case in cases {
            let ours = P384Point::from_sec1(&case).map(|p| p.to_sec1().to_vec());
            assert_eq!(ours, oracle(&case), "{case:02x?}");
        }
    }
}
