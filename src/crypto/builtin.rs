//! The built-in signature backend (`builtin-crypto`): the arithmetic a driver can also leave
//! to the platform. Ed25519 is ed25519-dalek's `verify_strict`, ECDSA is RustCrypto's `p256`
//! and `p384`, RSA this crate's own code (`crypto/rsa.rs`).

use super::{Alg, PublicKey, SignatureCheck};
use sha2::{Digest, Sha256};

/// Answers a [`SignatureCheck`] with the built-in backend: whether the signature passes
/// [`PublicKey::precheck`] and verifies. What a driver without a platform backend (the CLI,
/// [`crate::verify_offline`], the fallback WebAssembly build) answers.
pub fn check(c: &SignatureCheck) -> bool {
    c.key.precheck(c.alg, &c.signature).is_ok()
        && arithmetic(&c.key, c.alg, &c.message, &c.signature)
}

/// The arithmetic alone: whether `sig` signs `msg` under `key` with `alg` (false for a key
/// of another type). For a caller that has applied [`PublicKey::precheck`] itself.
pub(crate) fn arithmetic(key: &PublicKey, alg: Alg, msg: &[u8], sig: &[u8]) -> bool {
    match (key, alg) {
        (PublicKey::Rsa(k), Alg::RS256 | Alg::PS256) => {
            let digest: [u8; 32] = Sha256::digest(msg).into();
            if alg == Alg::RS256 {
                k.verify_pkcs1v15_sha256(&digest, sig)
            } else {
                k.verify_pss_sha256(&digest, sig)
            }
        }
        (PublicKey::P256(k), Alg::ES256) => {
            use p256::ecdsa::signature::Verifier as _;
            let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(k.sec1());
            p256::ecdsa::Signature::from_slice(sig)
                .is_ok_and(|s| key.is_ok_and(|key| key.verify(msg, &s).is_ok()))
        }
        (PublicKey::P384(k), Alg::ES384) => {
            use p384::ecdsa::signature::Verifier as _;
            let key = p384::ecdsa::VerifyingKey::from_sec1_bytes(k.sec1());
            p384::ecdsa::Signature::from_slice(sig)
                .is_ok_and(|s| key.is_ok_and(|key| key.verify(msg, &s).is_ok()))
        }
        (PublicKey::Ed25519(k), Alg::EdDSA) => {
            let key = ed25519_dalek::VerifyingKey::from_bytes(k.as_bytes());
            ed25519_dalek::Signature::from_slice(sig)
                .is_ok_and(|s| key.is_ok_and(|key| key.verify_strict(msg, &s).is_ok()))
        }
        _ => false,
    }
}
