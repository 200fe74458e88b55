//! P-384 public points read without the `p384` crate: its fiat-crypto field code, fully
//! unrolled for 32-bit targets, cost about 64 KB of the lean WebAssembly module just to read
//! keys. Reading a key needs only `y² = x³ − 3x + b` over the field (and, for a compressed
//! point, one square root), which `crypto-bigint`'s Montgomery arithmetic does in a few
//! hundred bytes. The `p384` crate does the signature arithmetic in the `builtin-crypto`
//! build (`crypto/builtin.rs`), from the checked uncompressed point kept here.

use crypto_bigint::modular::constant_mod::Residue;
use crypto_bigint::{impl_modulus, Encoding as _, U384};

impl_modulus!(
    FieldModulus,
    U384,
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"
);

/// An element of the P-384 base field.
type Fe = Residue<FieldModulus, { U384::LIMBS }>;

/// The field prime p (SEC 2 §2.5.1).
const P: U384 = U384::from_be_hex(
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff",
);

/// The curve coefficient b (a = −3).
const B: U384 = U384::from_be_hex(
    "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
);

/// (p + 1) / 4: p ≡ 3 (mod 4), so a square root of a square `a` is `a^((p+1)/4)`.
const SQRT_EXP: U384 = U384::from_be_hex(
    "3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbfffffffc00000000000000040000000",
);

/// The group order n (SEC 2 §2.5.1), big-endian: the bound of an ES384 signature's `r`, `s`.
pub(super) const ORDER: [u8; 48] = [
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xc7, 0x63, 0x4d, 0x81, 0xf4, 0x37, 0x2d, 0xdf,
    0x58, 0x1a, 0x0d, 0xb2, 0x48, 0xb0, 0xa7, 0x7a, 0xec, 0xec, 0x19, 0x6a, 0xcc, 0xc5, 0x29, 0x73,
];

/// A P-384 public key: a point on the curve (never the identity), kept as its uncompressed
/// SEC1 encoding `04 ‖ x ‖ y`.
#[derive(Clone, PartialEq, Eq)]
pub struct P384Point([u8; 97]);

impl std::fmt::Debug for P384Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "P384Point({})", crate::encoding::hex(&self.0))
    }
}

impl P384Point {
    /// Reads a SEC1 point: uncompressed (`04 ‖ x ‖ y`, 97 bytes) or compressed (`02`/`03 ‖ x`,
    /// 49 bytes); `None` unless the coordinates are below p and the point is on the curve.
    pub(super) fn from_sec1(bytes: &[u8]) -> Option<P384Point> {
        let coordinate = |b: &[u8]| {
            let v = U384::from_be_slice(b);
            (v < P).then_some(v)
        };
        let (tag, rest) = bytes.split_first()?;
        let x = coordinate(rest.get(..48)?)?;
        let fx = Fe::new(&x);
        let rhs = fx
            .square()
            .mul(&fx)
            .sub(&fx.add(&fx).add(&fx))
            .add(&Fe::new(&B));
        let y = match (tag, rest.len()) {
            (0x04, 96) => {
                let y = coordinate(&rest[48..])?;
                (Fe::new(&y).square() == rhs).then_some(y)?
            }
            (0x02 | 0x03, 48) => {
                let root = rhs.pow(&SQRT_EXP);
                if root.square() != rhs {
                    return None; // x³ − 3x + b is not a square: no point has this x
                }
                let y = root.retrieve();
                let odd = y.as_words()[0] & 1 == 1;
                if odd == (*tag == 0x03) {
                    y
                } else {
                    root.neg().retrieve()
                }
            }
            _ => return None,
        };
        let mut out = [0u8; 97];
        out[0] = 0x04;
        out[1..49].copy_from_slice(&x.to_be_bytes());
        out[49..].copy_from_slice(&y.to_be_bytes());
        Some(P384Point(out))
    }

    /// The uncompressed SEC1 encoding `04 ‖ x ‖ y`.
    pub fn sec1(&self) -> &[u8; 97] {
        &self.0
    }
}

#[cfg(all(test, feature = "builtin-crypto"))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use p384::elliptic_curve::sec1::ToEncodedPoint as _;

    /// Points k·G read from both encodings give the `p384` crate's coordinates; a changed
    /// coordinate, p itself and a non-square x are refused.
    #[test]
    fn points_agree_with_the_p384_crate() {
        let mut k = p384::Scalar::ONE;
        for _ in 0..40 {
            k = k.double() + p384::Scalar::ONE;
            let point = (p384::ProjectivePoint::GENERATOR * k).to_affine();
            let full = point.to_encoded_point(false);
            let short = point.to_encoded_point(true);
            let ours = P384Point::from_sec1(full.as_bytes()).unwrap();
            assert_eq!(&ours.sec1()[..], full.as_bytes());
            assert_eq!(P384Point::from_sec1(short.as_bytes()), Some(ours));
            let mut bad = full.as_bytes().to_vec();
            bad[96] ^= 1;
            assert_eq!(P384Point::from_sec1(&bad), None);
            assert!(p384::PublicKey::from_sec1_bytes(&bad).is_err());
        }
        let mut p = vec![0x04];
        p.extend_from_slice(&P.to_be_bytes());
        p.extend_from_slice(&[0; 48]);
        assert_eq!(P384Point::from_sec1(&p), None);
        // Some x has no point: the crate and this code agree on which.
        for x in 0u8..16 {
            let mut c = vec![0x02];
            c.extend_from_slice(&[0; 47]);
            c.push(x);
            assert_eq!(
                P384Point::from_sec1(&c).is_some(),
                p384::PublicKey::from_sec1_bytes(&c).is_ok(),
                "x = {x}"
            );
        }
        assert_eq!(P384Point::from_sec1(&[0x04]), None);
        assert_eq!(P384Point::from_sec1(&[]), None);
    }
}
