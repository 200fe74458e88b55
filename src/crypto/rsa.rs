//! RSA public keys and the two JOSE RSA signature checks (RFC 8017): RSASSA-PKCS1-v1_5 with
//! SHA-256 (`RS256`) and RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt (`PS256`).
//!
//! The exponentiation `s^e mod n` is `crypto-bigint`'s Montgomery arithmetic with a modulus
//! set at run time (`DynResidue`), at one of two fixed widths: 2048 bits for 2048-bit keys
//! (nearly all keys) and [`MAX_RSA_BITS`] for every larger one. Each width is a separate
//! instantiation (about 2 KB of gzipped WebAssembly); one 8192-bit width alone would be
//! smallest, but setting up the Montgomery parameters (`DynResidueParams::new`, a bit-serial
//! reduction) grows with the width, and a 2048-bit key then took ~20–40 ms natively and
//! ~110 ms in WebAssembly instead of ~1 ms and ~3 ms (BENCHMARKS.md, "Package size").
//!
//! The padding checks are written here:
//! - PKCS#1 v1.5 never parses the recovered block. The whole expected block
//!   `00 01 FF…FF 00 ‖ DigestInfo(SHA-256) ‖ H` is built and compared byte for byte, so the
//!   parsing slack behind Bleichenbacher's 2006 forgeries (garbage after the hash, other
//!   DigestInfo encodings) cannot exist.
//! - PSS follows EMSA-PSS-VERIFY (RFC 8017 §9.1.2) step by step, with `emBits = modBits − 1`,
//!   and the `I2OSP(m, emLen)` step of RSASSA-PSS-VERIFY (§8.1.2) that refuses a recovered
//!   integer too long for `emLen` bytes.

use super::{unsupported, MAX_RSA_BITS};
use crate::Code;
use crate::{Error, Result};
use crypto_bigint::modular::runtime_mod::{DynResidue, DynResidueParams};
use crypto_bigint::{Uint, U2048, U64, U8192};
use sha2::{Digest, Sha256};

const _: () = assert!(U8192::BITS == MAX_RSA_BITS);

/// Largest public exponent accepted, 2^33 − 1 (the bound the `rsa` crate applied before;
/// real keys use 65537 or 3).
const MAX_PUBLIC_EXPONENT: u64 = (1 << 33) - 1;

/// The DER DigestInfo prefix for SHA-256 (RFC 8017 §9.2, note 1), parameters NULL.
const SHA256_DIGEST_INFO: [u8; 19] = [
    0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05,
    0x00, 0x04, 0x20,
];

/// SHA-256 output length (`hLen`).
const H_LEN: usize = 32;

/// PS256 salt length (`sLen`, RFC 7518 §3.5).
const SALT_LEN: usize = 32;

/// An RSA public key, checked when read: an odd modulus of at most [`MAX_RSA_BITS`] bits and
/// an odd public exponent `e` with `3 ≤ e ≤ 2^33 − 1` and `e < n`. Moduli under
/// [`super::MIN_RSA_BITS`] are representable (to report them) but never verify.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RsaPublicKey {
    /// Big-endian modulus without leading zero bytes.
    n: Vec<u8>,
    /// Public exponent.
    e: u64,
}

impl RsaPublicKey {
    /// Checks and wraps big-endian `n` and `e` (leading zero bytes allowed).
    ///
    /// # Errors
    /// `key-unsupported` for a modulus above [`MAX_RSA_BITS`]; `key-invalid` for an even
    /// modulus or an exponent that is even, 1, at least `n` or above 2^33 − 1.
    pub(super) fn new(n: &[u8], e: &[u8]) -> Result<RsaPublicKey> {
        let n = strip_zeros(n);
        let e = strip_zeros(e);
        let bits = bit_length(n);
        if bits > MAX_RSA_BITS {
            return Err(unsupported(format!(
                "RSA modulus of {bits} bits (at most {MAX_RSA_BITS} accepted)"
            )));
        }
        let invalid = |why: String| {
            Error::new(
                Code::KeyInvalid,
                format!("the RSA public key is invalid: {why}"),
            )
        };
        let Some(e) = to_u64(e) else {
            return Err(invalid(format!(
                "public exponent too large ({} bits, at most 33 accepted)",
                bit_length(e)
            )));
        };
        if n.last().is_none_or(|b| b & 1 == 0) {
            return Err(invalid(
                "invalid modulus (it is even or zero; an RSA modulus is a product of odd primes)"
                    .into(),
            ));
        }
        if to_u64(n).is_some_and(|n| e >= n) {
            return Err(invalid(format!(
                "invalid modulus (not larger than the public exponent {e})"
            )));
        }
        if e & 1 == 0 {
            return Err(invalid(format!("invalid exponent ({e} is even)")));
        }
        if e < 3 {
            return Err(invalid(format!("public exponent too small ({e})")));
        }
        if e > MAX_PUBLIC_EXPONENT {
            return Err(invalid(format!(
                "public exponent too large ({e}, at most 2^33 − 1 accepted)"
            )));
        }
        Ok(RsaPublicKey { n: n.to_vec(), e })
    }

    /// The modulus `n`, big-endian, without leading zero bytes.
    pub fn modulus(&self) -> &[u8] {
        &self.n
    }

    /// The public exponent `e`.
    pub fn exponent(&self) -> u64 {
        self.e
    }

    /// The public exponent, big-endian, without leading zero bytes (as in a JWK's `e`).
    pub fn exponent_bytes(&self) -> Vec<u8> {
        strip_zeros(&self.e.to_be_bytes()).to_vec()
    }

    /// Whether the modulus has the structure of keys made by Infineon's flawed RSALib (ROCA,
    /// CVE-2017-15361): their primes are `k·M + (65537^a mod M)`, so `n` modulo each small
    /// prime `p` dividing `M` lies in the subgroup generated by 65537. A random modulus passes
    /// all 38 tests with negligible probability (Nemec et al., CCS 2017, §2.3).
    pub fn has_roca_structure(&self) -> bool {
        const PRIMES: [u32; 38] = [
            3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83,
            89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167,
        ];
        PRIMES.iter().all(|&p| {
            let residue = self
                .n
                .iter()
                .fold(0u32, |r, &b| (r * 256 + u32::from(b)) % p);
            let generator = 65_537 % p;
            let mut power = 1;
            loop {
                if power == residue {
                    return true;
                }
                power = power * generator % p;
                if power == 1 {
                    return false;
                }
            }
        })
    }

    /// The modulus size in bits.
    pub fn bits(&self) -> usize {
        bit_length(&self.n)
    }

    /// RSASSA-PKCS1-v1_5-VERIFY (RFC 8017 §8.2.2) with SHA-256: whether `sig` signs the
    /// message whose SHA-256 digest is `digest`.
    pub(super) fn verify_pkcs1v15_sha256(&self, digest: &[u8; H_LEN], sig: &[u8]) -> bool {
        let Some(em) = self.recover(sig) else {
            return false;
        };
        // EMSA-PKCS1-v1_5-ENCODE (§9.2): 00 01 PS 00 T, PS at least 8 bytes of FF.
        let t_len = SHA256_DIGEST_INFO.len() + H_LEN;
        let Some(ps_len) = em.len().checked_sub(t_len + 3).filter(|&l| l >= 8) else {
            return false;
        };
        let mut expected = Vec::with_capacity(em.len());
        expected.extend_from_slice(&[0x00, 0x01]);
        expected.resize(2 + ps_len, 0xff);
        expected.push(0x00);
        expected.extend_from_slice(&SHA256_DIGEST_INFO);
        expected.extend_from_slice(digest);
        em == expected
    }

    /// RSASSA-PSS-VERIFY (RFC 8017 §8.1.2) with SHA-256, MGF1-SHA-256 and a 32-byte salt:
    /// whether `sig` signs the message whose SHA-256 digest is `m_hash`.
    pub(super) fn verify_pss_sha256(&self, m_hash: &[u8; H_LEN], sig: &[u8]) -> bool {
        let Some(recovered) = self.recover(sig) else {
            return false;
        };
        let Some(em_bits) = self.bits().checked_sub(1) else {
            return false;
        };
        let em_len = em_bits.div_ceil(8);
        // §8.1.2 step 2c, I2OSP(m, emLen): the recovered integer must fit in emLen bytes
        // (when modBits ≡ 1 mod 8, emLen = k − 1 and the first recovered byte must be zero).
        let Some((lead, em)) = recovered.split_at_checked(recovered.len().saturating_sub(em_len))
        else {
            return false;
        };
        if lead.iter().any(|&b| b != 0) {
            return false;
        }
        emsa_pss_verify(m_hash, em, em_bits)
    }

    /// RSAVP1 (RFC 8017 §5.2.2) and I2OSP: `s^e mod n` as `k` bytes, where `k` is the length
    /// of `n`; `None` unless `sig` is exactly `k` bytes (§8.1.2 / §8.2.2 step 1) and
    /// `s < n`.
    fn recover(&self, sig: &[u8]) -> Option<Vec<u8>> {
        let k = self.n.len();
        // Equal-length big-endian strings compare like the integers they encode.
        if sig.len() != k || sig >= self.n.as_slice() {
            return None;
        }
        if k <= U2048::BYTES {
            modpow::<{ U2048::LIMBS }>(&self.n, self.e, sig)
        } else {
            modpow::<{ U8192::LIMBS }>(&self.n, self.e, sig)
        }
    }
}

/// `s^e mod n` as `n.len()` big-endian bytes, computed `LIMBS` limbs wide; `None` if `n` or
/// `s` does not fit or `n` is even.
fn modpow<const LIMBS: usize>(n: &[u8], e: u64, s: &[u8]) -> Option<Vec<u8>> {
    // Montgomery arithmetic needs an odd modulus (`DynResidueParams::new` panics on an even
    // one); `RsaPublicKey::new` refuses even moduli, this keeps the guarantee local.
    if n.last().is_none_or(|b| b & 1 == 0) {
        return None;
    }
    let params = DynResidueParams::new(&widen::<LIMBS>(n)?);
    let e_bits = 64 - e.leading_zeros() as usize;
    let m = DynResidue::new(&widen::<LIMBS>(s)?, params)
        .pow_bounded_exp(&U64::from_u64(e), e_bits)
        .retrieve();
    let mut out = Vec::with_capacity(Uint::<LIMBS>::BYTES);
    for word in m.as_words().iter().rev() {
        out.extend_from_slice(&word.to_be_bytes());
    }
    // m < n: everything before the last n.len() bytes is zero.
    out.get(out.len().checked_sub(n.len())?..)
        .map(<[u8]>::to_vec)
}

/// EMSA-PSS-VERIFY (RFC 8017 §9.1.2), steps 3–14, for SHA-256 and a 32-byte salt; `em` is
/// `emLen` bytes.
fn emsa_pss_verify(m_hash: &[u8; H_LEN], em: &[u8], em_bits: usize) -> bool {
    let em_len = em.len();
    // 3. emLen < hLen + sLen + 2: inconsistent.
    let Some(ps_len) = em_len.checked_sub(H_LEN + SALT_LEN + 2) else {
        return false;
    };
    // 4. The rightmost octet must be 0xbc.
    let Some((&0xbc, rest)) = em.split_last() else {
        return false;
    };
    // 5. maskedDB = the leftmost emLen − hLen − 1 octets, H = the next hLen.
    let Some((masked_db, h)) = rest.split_at_checked(em_len - H_LEN - 1) else {
        return false;
    };
    // 6. The leftmost 8·emLen − emBits bits of maskedDB must be zero.
    let Some(unused_bits) = (8 * em_len).checked_sub(em_bits).filter(|&b| b < 8) else {
        return false;
    };
    let top_mask = (0xff00_u16 >> unused_bits) as u8; // the leftmost `unused_bits` bits
    if masked_db.first().is_none_or(|b| b & top_mask != 0) {
        return false;
    }
    // 7–8. DB = maskedDB ⊕ MGF1(H, emLen − hLen − 1).
    let mut db = masked_db.to_vec();
    mgf1_sha256_xor(h, &mut db);
    // 9. Clear the leftmost 8·emLen − emBits bits of DB.
    if let Some(first) = db.first_mut() {
        *first &= !top_mask;
    }
    // 10. DB = PS (emLen − hLen − sLen − 2 zero octets) ‖ 0x01 ‖ salt.
    let Some((ps, [0x01, salt @ ..])) = db.split_at_checked(ps_len) else {
        return false;
    };
    if ps.iter().any(|&b| b != 0) || salt.len() != SALT_LEN {
        return false;
    }
    // 11–14. H' = SHA-256(0x00 × 8 ‖ mHash ‖ salt) must equal H.
    let h_prime = Sha256::new()
        .chain_update([0u8; 8])
        .chain_update(m_hash)
        .chain_update(salt)
        .finalize();
    h_prime[..] == *h
}

/// XORs MGF1 with SHA-256 (RFC 8017 Appendix B.2.1) of `seed` into `out`.
fn mgf1_sha256_xor(seed: &[u8], out: &mut [u8]) {
    for (counter, chunk) in (0u32..).zip(out.chunks_mut(H_LEN)) {
        let mask = Sha256::new()
            .chain_update(seed)
            .chain_update(counter.to_be_bytes())
            .finalize();
        for (o, m) in chunk.iter_mut().zip(mask) {
            *o ^= m;
        }
    }
}

/// Big-endian `bytes` as a `LIMBS`-limb integer, if they fit.
fn widen<const LIMBS: usize>(bytes: &[u8]) -> Option<Uint<LIMBS>> {
    const MAX_BYTES: usize = MAX_RSA_BITS / 8;
    let mut buf = [0u8; MAX_BYTES];
    let width = buf.get_mut(MAX_BYTES.checked_sub(Uint::<LIMBS>::BYTES)?..)?;
    width
        .get_mut(width.len().checked_sub(bytes.len())?..)?
        .copy_from_slice(bytes);
    Some(Uint::from_be_slice(width))
}

fn strip_zeros(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    bytes.get(start..).unwrap_or_default()
}

/// Bit length of a big-endian integer without leading zero bytes.
fn bit_length(bytes: &[u8]) -> usize {
    match bytes.first() {
        Some(&top) => 8 * bytes.len() - top.leading_zeros() as usize,
        None => 0,
    }
}

/// A big-endian integer without leading zero bytes as a `u64`, if it fits.
fn to_u64(bytes: &[u8]) -> Option<u64> {
    let arr: [u8; 8] = {
        let mut buf = [0u8; 8];
        buf.get_mut(8usize.checked_sub(bytes.len())?..)?
            .copy_from_slice(bytes);
        buf
    };
    Some(u64::from_be_bytes(arr))
}
