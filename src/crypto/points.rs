//! Public points read without the curve crates: P-256 and P-384 points (SEC1) and Ed25519
//! keys (RFC 8032 §5.1.3). The lean WebAssembly module only reads keys; the platform checks
//! the signatures. The `p384` crate's fiat-crypto field code, fully unrolled for 32-bit
//! targets, cost about 64 KB of that module, and `p256`, `primeorder`, `elliptic-curve` and
//! `curve25519-dalek` about 12 KB more, just to read keys. Reading a key needs only the curve
//! equation over the field (and, for a compressed NIST point, one square root; for an Ed25519
//! key, whether a square root exists), which `crypto-bigint`'s Montgomery arithmetic does in
//! a few hundred bytes. The curve crates do the signature arithmetic in the `builtin-crypto`
//! build (`crypto/builtin.rs`), from the checked encodings kept here.

use crypto_bigint::modular::constant_mod::{Residue, ResidueParams};
use crypto_bigint::{impl_modulus, Encoding as _, U384};

/// Limbs of every field element here: P-256 and Ed25519 elements are also held in 384 bits
/// (Montgomery arithmetic only needs an odd modulus below the width), so that one copy of
/// the arithmetic serves all three curves.
const L: usize = U384::LIMBS;

impl_modulus!(
    P256Modulus,
    U384,
    "00000000000000000000000000000000ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"
);
impl_modulus!(
    P384Modulus,
    U384,
    "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff"
);
impl_modulus!(
    Ed25519Modulus,
    U384,
    "000000000000000000000000000000007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed"
);

/// The group order n of P-256 (SEC 2 §2.4.2), big-endian: the bound of an ES256 signature's
/// `r`, `s`.
pub(super) const P256_ORDER: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51,
];

/// The group order n of P-384 (SEC 2 §2.5.1), big-endian: the bound of an ES384 signature's
/// `r`, `s`.
pub(super) const P384_ORDER: [u8; 48] = [
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xc7, 0x63, 0x4d, 0x81, 0xf4, 0x37, 0x2d, 0xdf,
    0x58, 0x1a, 0x0d, 0xb2, 0x48, 0xb0, 0xa7, 0x7a, 0xec, 0xec, 0x19, 0x6a, 0xcc, 0xc5, 0x29, 0x73,
];

/// A NIST curve `y² = x³ − 3x + b` over the prime field of `M`.
struct Curve<M: ResidueParams<L>> {
    /// The coefficient b.
    b: U384,
    /// (p + 1) / 4: both primes are ≡ 3 (mod 4), so a square root of a square `a` is
    /// `a^((p+1)/4)`.
    sqrt_exp: U384,
    marker: std::marker::PhantomData<M>,
}

/// P-256 (SEC 2 §2.4.2).
const P256: Curve<P256Modulus> = Curve {
    b: U384::from_be_hex(
        "000000000000000000000000000000005ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
    ),
    sqrt_exp: U384::from_be_hex(
        "000000000000000000000000000000003fffffffc0000000400000000000000000000000400000000000000000000000",
    ),
    marker: std::marker::PhantomData,
};

/// P-384 (SEC 2 §2.5.1).
const P384: Curve<P384Modulus> = Curve {
    b: U384::from_be_hex(
        "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
    ),
    sqrt_exp: U384::from_be_hex(
        "3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbfffffffc00000000000000040000000",
    ),
    marker: std::marker::PhantomData,
};

/// The low `out.len()` bytes of `v`, big-endian, into `out`.
fn write_be(v: &U384, out: &mut [u8]) {
    let bytes = v.to_be_bytes();
    out.copy_from_slice(&bytes[bytes.len() - out.len()..]);
}

impl<M: ResidueParams<L>> Curve<M> {
    /// Reads a SEC1 point, uncompressed (`04 ‖ x ‖ y`) or compressed (`02`/`03 ‖ x`), into
    /// `out` as `04 ‖ x ‖ y`; false unless the coordinates are below p and the point is on
    /// the curve. `out` is `1 + 2 * size` bytes, `size` the field's byte length.
    fn read(&self, bytes: &[u8], out: &mut [u8]) -> bool {
        let size = (out.len() - 1) / 2;
        let coordinate = |b: &[u8]| {
            let mut wide = [0u8; 48];
            wide[48 - size..].copy_from_slice(b);
            let v = U384::from_be_slice(&wide);
            (v < M::MODULUS).then_some(v)
        };
        let Some((tag, rest)) = bytes.split_first() else {
            return false;
        };
        let Some(x) = rest.get(..size).and_then(coordinate) else {
            return false;
        };
        let fx = Residue::<M, L>::new(&x);
        let rhs = fx
            .square()
            .mul(&fx)
            .sub(&fx.add(&fx).add(&fx))
            .add(&Residue::new(&self.b));
        let y = match (tag, rest.len() == 2 * size, rest.len() == size) {
            (0x04, true, _) => match coordinate(&rest[size..]) {
                Some(y) if Residue::<M, L>::new(&y).square() == rhs => y,
                _ => return false,
            },
            (0x02 | 0x03, _, true) => {
                let root = rhs.pow(&self.sqrt_exp);
                if root.square() != rhs {
                    return false; // x³ − 3x + b is not a square: no point has this x
                }
                let y = root.retrieve();
                let odd = y.as_words()[0] & 1 == 1;
                if odd == (*tag == 0x03) {
                    y
                } else {
                    root.neg().retrieve()
                }
            }
            _ => return false,
        };
        out[0] = 0x04;
        write_be(&x, &mut out[1..=size]);
        write_be(&y, &mut out[1 + size..]);
        true
    }
}

/// A P-256 public key: a point on the curve (never the identity), kept as its uncompressed
/// SEC1 encoding `04 ‖ x ‖ y`.
#[derive(Clone, PartialEq, Eq)]
pub struct P256Point([u8; 65]);

/// A P-384 public key: a point on the curve (never the identity), kept as its uncompressed
/// SEC1 encoding `04 ‖ x ‖ y`.
#[derive(Clone, PartialEq, Eq)]
pub struct P384Point([u8; 97]);

impl std::fmt::Debug for P256Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "P256Point({})", crate::encoding::hex(&self.0))
    }
}

impl std::fmt::Debug for P384Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "P384Point({})", crate::encoding::hex(&self.0))
    }
}

impl P256Point {
    /// Reads a SEC1 point: uncompressed (`04 ‖ x ‖ y`, 65 bytes) or compressed (`02`/`03 ‖ x`,
    /// 33 bytes); `None` unless the coordinates are below p and the point is on the curve.
    pub(super) fn from_sec1(bytes: &[u8]) -> Option<P256Point> {
        let mut out = [0u8; 65];
        P256.read(bytes, &mut out).then_some(P256Point(out))
    }

    /// The uncompressed SEC1 encoding `04 ‖ x ‖ y`.
    pub fn sec1(&self) -> &[u8; 65] {
        &self.0
    }
}

impl P384Point {
    /// Reads a SEC1 point: uncompressed (`04 ‖ x ‖ y`, 97 bytes) or compressed (`02`/`03 ‖ x`,
    /// 49 bytes); `None` unless the coordinates are below p and the point is on the curve.
    pub(super) fn from_sec1(bytes: &[u8]) -> Option<P384Point> {
        let mut out = [0u8; 97];
        P384.read(bytes, &mut out).then_some(P384Point(out))
    }

    /// The uncompressed SEC1 encoding `04 ‖ x ‖ y`.
    pub fn sec1(&self) -> &[u8; 97] {
        &self.0
    }
}

/// The Edwards curve constant d = −121665/121666 of edwards25519 (RFC 8032 §5.1).
const ED_D: U384 =
    U384::from_be_hex(
        "0000000000000000000000000000000052036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3",
    );

/// The y coordinates of edwards25519's eight small-order points, reduced mod p: 1 (the
/// identity), p − 1 (order 2), 0 (order 4) and ±Y8 (order 8), where Y8 is the root of
/// d·y⁴ + 2y² − 1 = 0; `wasm/js/webcrypto.js` lists the same values. Each is on the curve,
/// and the sign bit only picks ±x, which has the same order.
const ED_SMALL_ORDER_Y: [U384; 5] = [
    U384::ZERO,
    U384::ONE,
    U384::from_be_hex(
        "000000000000000000000000000000007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec",
    ),
    U384::from_be_hex(
        "0000000000000000000000000000000005fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826",
    ),
    U384::from_be_hex(
        "000000000000000000000000000000007a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7",
    ),
];

/// An Ed25519 public key: 32 bytes that decode to a point of edwards25519, kept as given.
#[derive(Clone, PartialEq, Eq)]
pub struct Ed25519Key([u8; 32]);

impl std::fmt::Debug for Ed25519Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ed25519Key({})", crate::encoding::hex(&self.0))
    }
}

/// The y coordinate of an Ed25519 point encoding, reduced mod p: the low 255 bits, with
/// y ≥ p accepted as curve25519-dalek's `decompress` (and ed25519-dalek's key reading) does.
fn ed_y(bytes: &[u8; 32]) -> U384 {
    let mut le = [0u8; 48];
    le[..32].copy_from_slice(bytes);
    le[31] &= 0x7f;
    let y = U384::from_le_slice(&le);
    // y < 2^255 < 2p: one conditional subtraction reduces it.
    if y >= Ed25519Modulus::MODULUS {
        y.wrapping_sub(&Ed25519Modulus::MODULUS)
    } else {
        y
    }
}

/// Whether an Ed25519 point encoding decodes to a small-order point (`false` also when it
/// decodes to no point), as curve25519-dalek's `decompress` then `is_small_order` decide.
pub(super) fn ed25519_small_order(bytes: &[u8; 32]) -> bool {
    ED_SMALL_ORDER_Y.contains(&ed_y(bytes))
}

/// Whether an Ed25519 point encoding decodes to a point: x² = (y² − 1) / (d·y² + 1) has a
/// solution, i.e. u = y² − 1 is zero or u·v (v = d·y² + 1, never zero) is a square.
pub(super) fn ed25519_on_curve(bytes: &[u8; 32]) -> bool {
    type Fe = Residue<Ed25519Modulus, L>;
    let y2 = Fe::new(&ed_y(bytes)).square();
    let u = y2.sub(&Fe::ONE);
    let v = Fe::new(&ED_D).mul(&y2).add(&Fe::ONE);
    u == Fe::ZERO || is_square(u.mul(&v).retrieve(), Ed25519Modulus::MODULUS)
}

/// The lowest bits of `v` (at least 32 of them on every target).
fn low_bits(v: &U384) -> u32 {
    // Truncation intended: only the lowest three bits are read.
    #[allow(clippy::cast_possible_truncation)]
    let low = v.as_words()[0] as u32;
    low
}

/// Whether `a`, nonzero and below the odd prime `p`, is a square mod `p`: its Jacobi symbol
/// (a/p) is 1, computed by the binary algorithm (shifts, subtractions and the reciprocity
/// law's sign rules). It takes variable time, which is fine for public keys. It replaces
/// Euler's criterion `a^((p−1)/2)`: a 255-bit exponentiation in the 384-bit arithmetic cost
/// about 0.4 ms per Ed25519 key in the WebAssembly module (BENCHMARKS.md); the tests keep
/// Euler's criterion as the oracle.
fn is_square(a: U384, p: U384) -> bool {
    let (mut a, mut n) = (a, p);
    let mut negative = false;
    while a != U384::ZERO {
        let twos = a.trailing_zeros_vartime();
        a = a.shr_vartime(twos);
        // (2/n) = −1 exactly when n ≡ 3 or 5 (mod 8).
        if twos % 2 == 1 && matches!(low_bits(&n) & 7, 3 | 5) {
            negative = !negative;
        }
        if a < n {
            // Reciprocity for odd a, n: the sign flips when both are ≡ 3 (mod 4).
            std::mem::swap(&mut a, &mut n);
            if low_bits(&a) & 3 == 3 && low_bits(&n) & 3 == 3 {
                negative = !negative;
            }
        }
        // Both odd and a ≥ n: (a − n / n) = (a / n), and a − n is even.
        a = a.wrapping_sub(&n);
    }
    // n is now gcd(a, p): 1 unless a was a multiple of p.
    n == U384::ONE && !negative
}

impl Ed25519Key {
    /// Reads an Ed25519 key from its 32 bytes; `None` unless they decode to a point.
    pub(super) fn from_bytes(bytes: &[u8; 32]) -> Option<Ed25519Key> {
        ed25519_on_curve(bytes).then_some(Ed25519Key(*bytes))
    }

    /// The key's 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Whether the key is a small-order point (RFC 8032 §5.1.7 allows refusing it).
    pub fn is_small_order(&self) -> bool {
        ed25519_small_order(&self.0)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use curve25519_dalek::edwards::CompressedEdwardsY;

    /// Ed25519 encodings decode (or not) and have small order (or not) as curve25519-dalek
    /// decides: every byte value in the first and last positions (the sign bit, y ≥ p), the
    /// small-order points with both signs, and y = p + k, which dalek reduces.
    #[test]
    fn ed25519_agrees_with_dalek() {
        let mut cases: Vec<[u8; 32]> = Vec::new();
        for b in 0..=255u8 {
            let mut c = [0u8; 32];
            c[0] = b;
            cases.push(c);
            let mut c = [0x5au8; 32];
            c[31] = b;
            cases.push(c);
            let mut c = [0xffu8; 32];
            c[0] = b;
            cases.push(c);
        }
        for y in ED_SMALL_ORDER_Y {
            let mut le = [0u8; 32];
            le.copy_from_slice(&y.to_le_bytes()[..32]);
            cases.push(le);
            le[31] |= 0x80;
            cases.push(le);
        }
        let mut decoded = 0;
        let mut small = 0;
        for c in cases {
            let dalek = CompressedEdwardsY(c).decompress();
            assert_eq!(ed25519_on_curve(&c), dalek.is_some(), "{c:02x?}");
            let dalek_small = dalek.is_some_and(|p| p.is_small_order());
            assert_eq!(ed25519_small_order(&c), dalek_small, "{c:02x?}");
            decoded += usize::from(dalek.is_some());
            small += usize::from(dalek_small);
        }
        // Both answers occur, so the comparison decides something.
        assert!(decoded > 100 && small >= 10, "{decoded} {small}");
    }

    /// The Jacobi symbol agrees with Euler's criterion `a^((p−1)/2) = 1` for every
    /// modulus here, on small values, values next to p and values spread over the field.
    #[test]
    fn squares_agree_with_eulers_criterion() {
        fn check<M: ResidueParams<L>>() {
            let p = M::MODULUS;
            let euler = p.shr_vartime(1);
            let mut squares = 0;
            let mut a = U384::ONE;
            let step = p.shr_vartime(7).wrapping_add(&U384::from_u32(12_345));
            for i in 0..300u32 {
                let candidates = [
                    U384::from_u32(i + 1),
                    p.wrapping_sub(&U384::from_u32(i + 1)),
                    a,
                ];
                for c in candidates {
                    let expected = Residue::<M, L>::new(&c).pow(&euler) == Residue::<M, L>::ONE;
                    assert_eq!(is_square(c, p), expected, "{c}");
                    squares += usize::from(expected);
                }
                a = a.add_mod(&step, &p);
            }
            // Both answers occur, so the comparison decides something.
            assert!((300..600).contains(&squares), "{squares}");
        }
        check::<Ed25519Modulus>();
        check::<P256Modulus>();
        check::<P384Modulus>();
    }

    /// Points k·G of `p256` and `p384` read from both encodings give the crates'
    /// coordinates; a changed coordinate, p itself and a non-square x are refused.
    #[cfg(feature = "builtin-crypto")]
    #[test]
    fn points_agree_with_the_curve_crates() {
        use p256::elliptic_curve::sec1::ToEncodedPoint as _;
        let mut k256 = p256::Scalar::ONE;
        let mut k384 = p384::Scalar::ONE;
        for _ in 0..40 {
            k256 = k256.double() + p256::Scalar::ONE;
            k384 = k384.double() + p384::Scalar::ONE;
            let a = (p256::ProjectivePoint::GENERATOR * k256).to_affine();
            let b = (p384::ProjectivePoint::GENERATOR * k384).to_affine();
            let pairs = [
                (
                    a.to_encoded_point(false).as_bytes().to_vec(),
                    a.to_encoded_point(true).as_bytes().to_vec(),
                ),
                (
                    b.to_encoded_point(false).as_bytes().to_vec(),
                    b.to_encoded_point(true).as_bytes().to_vec(),
                ),
            ];
            let read = |bytes: &[u8]| -> Option<Vec<u8>> {
                match bytes.len() {
                    33 | 65 => P256Point::from_sec1(bytes).map(|p| p.sec1().to_vec()),
                    _ => P384Point::from_sec1(bytes).map(|p| p.sec1().to_vec()),
                }
            };
            for (full, short) in &pairs {
                assert_eq!(&read(full).unwrap(), full);
                assert_eq!(&read(short).unwrap(), full);
                let mut bad = full.clone();
                *bad.last_mut().unwrap() ^= 1;
                assert_eq!(read(&bad), None);
            }
        }
        let mut p = vec![0x04];
        p.extend_from_slice(&P384Modulus::MODULUS.to_be_bytes());
        p.extend_from_slice(&[0; 48]);
        assert_eq!(P384Point::from_sec1(&p), None);
        let mut p = vec![0x04];
        p.extend_from_slice(&P256Modulus::MODULUS.to_be_bytes()[16..]);
        p.extend_from_slice(&[0; 32]);
        assert_eq!(P256Point::from_sec1(&p), None);
        // Some x has no point: the crates and this code agree on which.
        for x in 0u8..16 {
            let mut c = vec![0x02];
            c.extend_from_slice(&[0; 31]);
            c.push(x);
            assert_eq!(
                P256Point::from_sec1(&c).is_some(),
                p256::PublicKey::from_sec1_bytes(&c).is_ok(),
                "x = {x}"
            );
            let mut c = vec![0x03];
            c.extend_from_slice(&[0; 47]);
            c.push(x);
            assert_eq!(
                P384Point::from_sec1(&c).is_some(),
                p384::PublicKey::from_sec1_bytes(&c).is_ok(),
                "x = {x}"
            );
        }
        assert_eq!(P384Point::from_sec1(&[0x04]), None);
        assert_eq!(P256Point::from_sec1(&[]), None);
        assert_eq!(P256Point::from_sec1(&[0x04; 66]), None);
    }
}
