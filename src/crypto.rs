//! Public keys and signature verification: the only place the crate touches cryptography.
//!
//! A [`PublicKey`] is read from whatever a badge or issuer publishes — a JWK (VC-JWT `jwk`
//! header, JWKS, `publicKeyJwk`), a PEM (`publicKeyPem` of an OB 2.0 `CryptographicKey`), a
//! Multikey (`publicKeyMultibase`, did:key) or a legacy `publicKeyBase58` — and checked with
//! under one of the JOSE algorithm names in [`Alg`].
//!
//! **Who does the arithmetic.** The core decides everything about a signature except the
//! arithmetic: [`PublicKey::precheck`] applies every acceptance rule below, and a
//! [`SignatureCheck`] (algorithm, key, signed bytes, raw signature) is what the core asks
//! its driver to answer true or false (`Step::Need`'s `signatures`). The `builtin-crypto`
//! feature (on by default) adds the Rust backend, `check` and `PublicKey::verify`
//! (RustCrypto and dalek crates, and this crate's RSA code); without it the crate contains
//! no signature arithmetic, and a platform's WebCrypto can answer instead. Because every rule
//! is applied before a backend is asked, the verdict does not depend on the backend.
//!
//! Choices made here, once for every format:
//! - **Key type must match the algorithm** (`key-alg-mismatch`): an RSA key never checks an
//!   ES256 signature, whatever a header claims.
//! - **RSA moduli below 2048 bits are refused** at verification (`rsa-key-too-small`); moduli
//!   above [`MAX_RSA_BITS`], even moduli and exponents that are even, 1 or above 2^33 − 1
//!   are refused when the key is read (`key-unsupported`, `key-invalid`). The RSA padding
//!   checks are this crate's own (`crypto/rsa.rs`): PKCS#1 v1.5 compares the whole expected
//!   block, PSS is RFC 8017's EMSA-PSS-VERIFY; the arithmetic is `crypto-bigint`'s.
//! - **Ed25519 uses strict verification** (`verify_strict`): signatures with a non-canonical
//!   `S` (≥ L) and small-order ("weak") public keys are rejected, as RFC 8032 §5.1.7 allows
//!   and the Data Integrity test suites expect.
//! - **ES256 and ES384 signatures are the raw `r ‖ s`** (64 and 96 bytes), never DER, with
//!   `1 ≤ r, s < n`.
//! - **ES256 and ES384 accept high-S signatures.** JOSE (RFC 7518 §3.4) does not require low-S, and
//!   malleability of an ECDSA signature does not let anyone sign a different message; a
//!   verifier that refused high-S would reject badges that other verifiers accept.
//! - **Private key material is never accepted** where a public key is expected
//!   (`jwk-private-key`, `pem-private-key`, `multikey-invalid` for `ed25519-priv`).

mod der;
mod points;
mod rsa;
#[cfg(feature = "builtin-crypto")]
mod builtin;

#[cfg(feature = "builtin-crypto")]
pub(crate) use self::builtin::arithmetic;
#[cfg(feature = "builtin-crypto")]
pub use self::builtin::check;

pub use self::points::{Ed25519Key, P256Point, P384Point};
pub use self::rsa::RsaPublicKey;

use crate::code::{Param, Params};
use crate::json::{Map, Value};
use crate::Code;
use crate::{encoding, Error, Result};
use sha2::{Digest, Sha256};

/// Largest RSA modulus accepted, in bits. Verification cost grows with the square of the
/// modulus size; no real issuer key is larger.
pub const MAX_RSA_BITS: usize = 8192;

/// Smallest RSA modulus accepted for verification, in bits (RFC 7518 §3.3 requires 2048).
pub const MIN_RSA_BITS: usize = 2048;

/// Longest multibase / base58 key text read, in characters. The longest supported key (a
/// multicodec-prefixed compressed P-384 point, 51 bytes) needs 70; base58 decoding is
/// quadratic, so the text is bounded before it is decoded.
pub const MAX_MULTIKEY_CHARS: usize = 128;

/// Largest PEM text read, in bytes (an 8192-bit RSA SPKI PEM is about 1.5 KiB).
pub const MAX_PEM_BYTES: usize = 16 * 1024;

/// The order L of the Ed25519 base point, 2^252 + 27742317777372353535851937790883648493,
/// little-endian (RFC 8032 §5.1): a signature's `S` must be below it.
const ED25519_ORDER: [u8; 32] = [
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
];

/// JWK members that only a private (or symmetric) key has (RFC 7517 §9.3, RFC 7518 §6).
const PRIVATE_JWK_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/// A JOSE signature algorithm this crate verifies (RFC 7518 §3.1, RFC 8037 §3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alg {
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    RS256,
    /// RSASSA-PSS with SHA-256, MGF1 with SHA-256 and a 32-byte salt.
    PS256,
    /// ECDSA on P-256 with SHA-256; signature is the 64-byte `r ‖ s`.
    ES256,
    /// ECDSA on P-384 with SHA-384; signature is the 96-byte `r ‖ s`.
    ES384,
    /// Ed25519 (RFC 8037 `EdDSA` with an `OKP` / `Ed25519` key).
    EdDSA,
}

impl Alg {
    /// Every algorithm this verifier implements.
    pub const ALL: [Alg; 5] = [Alg::RS256, Alg::PS256, Alg::ES256, Alg::ES384, Alg::EdDSA];

    /// The algorithm for a JOSE `alg` name (case-sensitive, as JOSE is), or `None`.
    pub fn from_name(name: &str) -> Option<Alg> {
        match name {
            "RS256" => Some(Alg::RS256),
            "PS256" => Some(Alg::PS256),
            "ES256" => Some(Alg::ES256),
            "ES384" => Some(Alg::ES384),
            // RFC 9864's fully specified name for the same algorithm with Ed25519 keys.
            "EdDSA" | "Ed25519" => Some(Alg::EdDSA),
            _ => None,
        }
    }

    /// The JOSE `alg` name.
    pub fn name(self) -> &'static str {
        match self {
            Alg::RS256 => "RS256",
            Alg::PS256 => "PS256",
            Alg::ES256 => "ES256",
            Alg::ES384 => "ES384",
            Alg::EdDSA => "EdDSA",
        }
    }
}

impl std::fmt::Display for Alg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A public signature verification key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublicKey {
    /// An Ed25519 key (JWK `OKP`/`Ed25519`, Multikey `z6Mk…`).
    Ed25519(Ed25519Key),
    /// An ECDSA key on NIST P-256 (JWK `EC`/`P-256`, Multikey `zDn…`).
    P256(P256Point),
    /// An ECDSA key on NIST P-384 (JWK `EC`/`P-384`, Multikey `z82…`).
    P384(P384Point),
    /// An RSA key (JWK `RSA`, PEM SPKI or PKCS#1).
    Rsa(RsaPublicKey),
}

/// A JWK that names its algorithm (`alg`, RFC 7517 §4.4) may only verify that algorithm: a
/// key published for PS512 does not vouch for an RS256 signature made with the same numbers.
///
/// # Errors
/// `jwk-alg-mismatch` when the JWK's `alg` is not `alg`.
pub fn jwk_alg_allows(jwk: &Value, alg: Option<Alg>) -> Result<()> {
    match (jwk.get("alg"), alg) {
        (Some(named), Some(used)) if named.as_str().and_then(Alg::from_name) != Some(used) => {
            Err(Error::with(
                Code::JwkAlgMismatch,
                Params::new().with(Param::Algorithm, used.name()).with(
                    Param::KeyAlgorithm,
                    named
                        .as_str()
                        .map_or_else(|| named.to_string(), str::to_owned),
                ),
            ))
        }
        _ => Ok(()),
    }
}

impl PublicKey {
    /// Reads a public JWK (RFC 7517): `OKP`/`Ed25519` (`x`), `EC`/`P-256` or `P-384` (`x`, `y`) or `RSA`
    /// (`n`, `e`). Other members (`kid`, `alg`, `use`, …) are ignored.
    ///
    /// # Errors
    /// `jwk-symmetric` for `kty: oct`; `jwk-private-key` when a private member (`d`, `p`,
    /// `q`, `dp`, `dq`, `qi`, `oth`, `k`) is present; `key-unsupported` for another `kty` or
    /// `crv`, or an RSA modulus above [`MAX_RSA_BITS`]; `jwk-invalid` when the JWK is not an
    /// object or a member is missing, not a string, not base64url or the wrong length.
    pub fn from_jwk(jwk: &Value) -> Result<PublicKey> {
        let obj = jwk
            .as_object()
            .ok_or_else(|| jwk_invalid("not-object", ""))?;
        let kty = jwk_str(obj, "kty")?;
        if kty == "oct" {
            return Err(Error::with(Code::JwkSymmetric, Params::new()));
        }
        if let Some(member) = PRIVATE_JWK_MEMBERS.iter().find(|m| obj.contains_key(m)) {
            return Err(Error::with(
                Code::JwkPrivateKey,
                Params::new().with(Param::Member, *member),
            ));
        }
        match kty {
            "OKP" => match jwk_str(obj, "crv")? {
                "Ed25519" => ed25519_from_bytes(&jwk_bytes(obj, "x", Some(32))?)
                    .map_err(|reason| jwk_invalid(reason, "x")),
                other => Err(unsupported("okp-curve", other)),
            },
            "EC" => {
                let crv = jwk_str(obj, "crv")?;
                let size = match crv {
                    "P-256" => 32,
                    "P-384" => 48,
                    other => return Err(unsupported("ec-curve", other)),
                };
                let mut sec1 = Vec::with_capacity(1 + 2 * size);
                sec1.push(0x04);
                sec1.extend(jwk_bytes(obj, "x", Some(size))?);
                sec1.extend(jwk_bytes(obj, "y", Some(size))?);
                ec_from_sec1(crv, &sec1).map_err(|reason| jwk_invalid(reason, "x"))
            }
            "RSA" => rsa_from_parts(&jwk_bytes(obj, "n", None)?, &jwk_bytes(obj, "e", None)?),
            other => Err(unsupported("jwk-kty", other)),
        }
    }

    /// Reads a PEM public key: SPKI (`BEGIN PUBLIC KEY`: RSA, EC P-256 or P-384, or Ed25519) or PKCS#1
    /// (`BEGIN RSA PUBLIC KEY`). Whitespace and line length inside the block are not
    /// enforced (published `publicKeyPem` values are wrapped every which way).
    ///
    /// # Errors
    /// `pem-private-key` for a private-key block; `pem-invalid` for text that is not one PEM
    /// public key block, whose DER does not parse (strict DER: minimal definite lengths, no
    /// trailing bytes) or whose algorithm parameters are wrong (rsaEncryption: NULL or absent;
    /// Ed25519: absent); `key-unsupported` for another
    /// algorithm or curve; `key-invalid` for a point that is not on the curve.
    pub fn from_pem(pem: &str) -> Result<PublicKey> {
        if pem.len() > MAX_PEM_BYTES {
            return Err(pem_invalid("too-long"));
        }
        let (label, der) = pem_block(pem)?;
        match label {
            "PUBLIC KEY" => Self::from_spki_der(&der),
            "RSA PUBLIC KEY" => rsa_from_pkcs1_der(&der),
            l if l.contains("PRIVATE KEY") => Err(Error::with(
                Code::PemPrivateKey,
                Params::new().with(Param::Text, l),
            )),
            l => Err(unsupported("pem-label", l)),
        }
    }

    /// Reads a DER SubjectPublicKeyInfo (RFC 5280 §4.1): RSA, EC P-256 or P-384, or Ed25519.
    ///
    /// # Errors
    /// As [`PublicKey::from_pem`].
    pub fn from_spki_der(der: &[u8]) -> Result<PublicKey> {
        let spki = der::spki(der).map_err(|_| pem_invalid("spki-der"))?;
        if spki.unused_bits != 0 {
            return Err(pem_invalid("spki-unused-bits"));
        }
        let (oid, params, bits) = (spki.algorithm, spki.parameters, spki.key);
        match oid.0 {
            der::OID_RSA_ENCRYPTION => {
                // RFC 3279 §2.3.1: the parameters MUST be NULL (absence is tolerated, as
                // some encoders omit them).
                if params.as_ref().is_some_and(|p| !p.is_null()) {
                    return Err(pem_invalid("rsa-parameters"));
                }
                rsa_from_pkcs1_der(bits)
            }
            der::OID_EC_PUBLIC_KEY => match params.as_ref().and_then(der::Element::as_oid) {
                Some(curve) if curve.0 == der::OID_PRIME256V1 => {
                    ec_from_sec1("P-256", bits).map_err(key_invalid)
                }
                Some(curve) if curve.0 == der::OID_SECP384R1 => {
                    ec_from_sec1("P-384", bits).map_err(key_invalid)
                }
                Some(curve) => Err(unsupported("ec-curve", &curve.to_string())),
                None => Err(pem_invalid("ec-no-curve")),
            },
            der::OID_ED25519 => {
                // RFC 8410 §3: the parameters MUST be absent.
                if params.is_some() {
                    return Err(pem_invalid("ed25519-parameters"));
                }
                ed25519_from_bytes(bits).map_err(key_invalid)
            }
            _ => Err(unsupported("spki-algorithm", &oid.to_string())),
        }
    }

    /// Reads a Multikey `publicKeyMultibase` (also the did:key method-specific id): `z`
    /// base58btc of a multicodec varint and the raw key — `ed25519-pub` (`0xed 0x01` + 32
    /// bytes, text starting `z6Mk`), `p256-pub` (`0x80 0x24` + 33-byte compressed point,
    /// `zDn`) or `p384-pub` (`0x81 0x24` + 49-byte compressed point, `z82`).
    ///
    /// # Errors
    /// `multikey-invalid` for another multibase prefix, an undecodable or over-long text, any
    /// other multicodec (named in the message) or a wrong key length; `key-invalid` for a
    /// point that is not on the curve.
    pub fn from_multikey(multibase: &str) -> Result<PublicKey> {
        let bytes = bounded_base58(
            multibase
                .strip_prefix('z')
                .ok_or_else(|| multikey_invalid("not-base58btc"))?,
        )
        .map_err(multikey_invalid)?;
        PublicKey::from_multikey_bytes(&bytes)
    }

    /// Reads the bytes of a Multikey (a multicodec varint, then the key), as an
    /// `ecdsa-sd-2023` proof value carries its ephemeral key.
    ///
    /// # Errors
    /// As [`PublicKey::from_multikey`], less the text errors.
    pub fn from_multikey_bytes(bytes: &[u8]) -> Result<PublicKey> {
        let (codec, key) = split_varint(bytes).ok_or_else(|| multikey_invalid("no-codec"))?;
        // A signing key of a type this verifier does not implement is not checked; the
        // reason tokens name any other multicodec.
        let unimplemented = match codec {
            0xe7 => Some("secp256k1"),
            0x1202 => Some("P-521"),
            0x1203 => Some("Ed448"),
            0x1205 => Some("RSA"),
            _ => None,
        };
        if let Some(key_type) = unimplemented {
            return Err(unsupported("multikey-codec", key_type));
        }
        let (reason, want) = match codec {
            0xed => ("wrong-length", Some(32)),
            0x1200 => ("wrong-length", Some(33)),
            0x1201 => ("wrong-length", Some(49)),
            0xec => ("codec-x25519", None),
            0x1300 | 0x1306 => ("codec-private-key", None),
            _ => ("codec-unknown", None),
        };
        match want {
            Some(len) if key.len() != len => Err(multikey_invalid(reason)),
            Some(_) if codec == 0xed => ed25519_from_bytes(key).map_err(key_invalid),
            Some(_) if codec == 0x1200 => ec_from_sec1("P-256", key).map_err(key_invalid),
            Some(_) => ec_from_sec1("P-384", key).map_err(key_invalid),
            None => Err(multikey_invalid(reason)),
        }
    }

    /// Reads a legacy `publicKeyBase58` Ed25519 key (raw 32 bytes, base58btc, no multibase
    /// prefix; Ed25519VerificationKey2018).
    ///
    /// # Errors
    /// `key-invalid` for text that is not base58btc of 32 bytes forming a valid point.
    pub fn from_ed25519_base58(text: &str) -> Result<PublicKey> {
        let bytes = bounded_base58(text).map_err(key_invalid)?;
        ed25519_from_bytes(&bytes).map_err(key_invalid)
    }

    /// A short description for messages: `Ed25519`, `P-256`, `P-384`, `RSA 2048-bit`.
    pub fn describe(&self) -> String {
        match self {
            PublicKey::Rsa(k) => format!("RSA {}-bit", k.bits()),
            other => other.key_type().into(),
        }
    }

    /// The key type as a `keyType` param: `Ed25519`, `P-256`, `P-384` or `RSA`.
    pub fn key_type(&self) -> &'static str {
        match self {
            PublicKey::Ed25519(_) => "Ed25519",
            PublicKey::P256(_) => "P-256",
            PublicKey::P384(_) => "P-384",
            PublicKey::Rsa(_) => "RSA",
        }
    }

    /// Every acceptance rule for a signature `sig` by this key under `alg`, short of the
    /// arithmetic: what the core checks before it asks any backend, so that a laxer backend
    /// cannot change a verdict. `Ok` means a backend may be asked.
    ///
    /// - RSA: a modulus of at least [`MIN_RSA_BITS`] bits without the ROCA structure (the
    ///   size bound, exponent range and odd modulus are checked when the key is read); a
    ///   signature exactly as long as the modulus, whose value is below it.
    /// - ECDSA: exactly the raw `r ‖ s` of the curve (64 bytes for ES256, 96 for ES384),
    ///   never DER, with `1 ≤ r, s < n` (the point is checked on the curve when the key is
    ///   read).
    /// - Ed25519: 64 bytes; not a small-order public key; `S < L`; `R` not the encoding of a
    ///   small-order point (the rules of `verify_strict`; an `R` that is no point at all fails
    ///   the arithmetic).
    ///
    /// # Errors
    /// `key-alg-mismatch` when the key type does not belong to `alg`; `rsa-key-too-small` for
    /// an RSA modulus under [`MIN_RSA_BITS`]; `rsa-key-weak` for a modulus with the ROCA
    /// structure; `signature-invalid` for a signature no backend may accept (reason
    /// `wrong-length`, `es256-der`, `es256-out-of-range`, `small-order-key` or `mismatch`).
    pub fn precheck(&self, alg: Alg, sig: &[u8]) -> Result<()> {
        match (self, alg) {
            (PublicKey::Rsa(k), Alg::RS256 | Alg::PS256) => {
                let bits = k.bits();
                if bits < MIN_RSA_BITS {
                    return Err(Error::with(
                        Code::RsaKeyTooSmall,
                        Params::new().with(Param::Bits, bits),
                    ));
                }
                if k.has_roca_structure() {
                    return Err(Error::with(Code::RsaKeyWeak, Params::new()));
                }
                // RFC 8017 §8.1.2 / §8.2.2 step 1 and RSAVP1 (§5.2.2): exactly k bytes, below
                // n (equal-length big-endian strings compare like the integers they encode).
                if sig.len() != k.modulus().len() || sig >= k.modulus() {
                    return Err(bad_signature(alg, "mismatch"));
                }
                Ok(())
            }
            (PublicKey::P256(_), Alg::ES256) => ecdsa_precheck(alg, sig, &points::P256_ORDER),
            (PublicKey::P384(_), Alg::ES384) => ecdsa_precheck(alg, sig, &points::P384_ORDER),
            (PublicKey::Ed25519(k), Alg::EdDSA) => {
                let Ok(sig) = <&[u8; 64]>::try_from(sig) else {
                    return Err(bad_signature(alg, "wrong-length"));
                };
                if k.is_small_order() {
                    return Err(bad_signature(alg, "small-order-key"));
                }
                let (r, s) = sig.split_at(32);
                // S < L, compared as little-endian integers from the top byte down.
                let s_canonical = s.iter().rev().lt(ED25519_ORDER.iter().rev());
                // R must not be a small-order point (a byte comparison). Whether R is on the
                // curve at all is left to the arithmetic, which fails for every backend alike
                // (same `mismatch`): testing it here is a field exponentiation per signature.
                let r_ok = <&[u8; 32]>::try_from(r).is_ok_and(|r| !points::ed25519_small_order(r));
                if s_canonical && r_ok {
                    Ok(())
                } else {
                    Err(bad_signature(alg, "mismatch"))
                }
            }
            _ => Err(Error::with(
                Code::KeyAlgMismatch,
                Params::new()
                    .with(Param::Algorithm, alg.name())
                    .with(Param::KeyType, self.key_type()),
            )),
        }
    }

    /// Checks `sig` over `msg` with this key under `alg` with the built-in backend: the
    /// rules of [`PublicKey::precheck`], then [`check`]'s arithmetic.
    ///
    /// # Errors
    /// As [`PublicKey::precheck`]; `signature-invalid` (reason `mismatch`) when the signature
    /// does not verify.
    #[cfg(feature = "builtin-crypto")]
    pub fn verify(&self, alg: Alg, msg: &[u8], sig: &[u8]) -> Result<()> {
        self.precheck(alg, sig)?;
        if builtin::arithmetic(self, alg, msg, sig) {
            Ok(())
        } else {
            Err(bad_signature(alg, "mismatch"))
        }
    }

    /// The public JWK with only the members RFC 7638 §3.2 requires, in lexicographic order
    /// (`OKP`: `crv`, `kty`, `x`; `EC`: `crv`, `kty`, `x`, `y`; `RSA`: `e`, `kty`, `n`).
    pub fn to_jwk(&self) -> Value {
        let mut m = Map::new();
        let mut put = |k: &str, v: String| {
            m.insert(k.to_owned(), Value::String(v));
        };
        match self {
            PublicKey::Ed25519(k) => {
                put("crv", "Ed25519".into());
                put("kty", "OKP".into());
                put("x", encoding::base64url_encode(k.as_bytes()));
            }
            PublicKey::P256(_) | PublicKey::P384(_) => {
                let point = self.sec1_uncompressed();
                let (x, y) = point.get(1..).unwrap_or_default().split_at(point.len() / 2);
                put("crv", self.key_type().into());
                put("kty", "EC".into());
                put("x", encoding::base64url_encode(x));
                put("y", encoding::base64url_encode(y));
            }
            PublicKey::Rsa(k) => {
                put("e", encoding::base64url_encode(&k.exponent_bytes()));
                put("kty", "RSA".into());
                put("n", encoding::base64url_encode(k.modulus()));
            }
        }
        Value::Object(m)
    }

    /// The RFC 7638 JWK thumbprint: base64url of SHA-256 over [`PublicKey::to_jwk`] written
    /// without whitespace. Two encodings of one key (PEM, JWK, Multikey) have one thumbprint.
    pub fn jwk_thumbprint(&self) -> String {
        let canonical = self.to_jwk().to_string();
        encoding::base64url_encode(&Sha256::digest(canonical.as_bytes()))
    }
}

impl PublicKey {
    /// An EC key's uncompressed SEC1 point `04 ‖ x ‖ y` (empty for other keys).
    fn sec1_uncompressed(&self) -> Vec<u8> {
        match self {
            PublicKey::P256(k) => k.sec1().to_vec(),
            PublicKey::P384(k) => k.sec1().to_vec(),
            _ => Vec::new(),
        }
    }
}

/// The raw ECDSA signature rules for a curve of group order `order` (big-endian): exactly
/// twice its length (a DER signature is named), and `1 ≤ r, s < n`, compared as big-endian
/// bytes, with no field arithmetic.
fn ecdsa_precheck(alg: Alg, sig: &[u8], order: &[u8]) -> Result<()> {
    let size = order.len();
    if sig.len() != 2 * size {
        let reason = if sig.first() == Some(&0x30) {
            "es256-der"
        } else {
            "wrong-length"
        };
        return Err(bad_signature(alg, reason));
    }
    // Equal-length big-endian strings compare like the integers they encode.
    let in_range = sig
        .chunks(size)
        .all(|half| half.iter().any(|&b| b != 0) && half < order);
    if in_range {
        Ok(())
    } else {
        Err(bad_signature(alg, "es256-out-of-range"))
    }
}

/// A signature check the core asks its driver to answer: does `signature` sign `message`
/// under `key` with `alg`? Built only after [`PublicKey::precheck`] has passed, so a backend
/// only does the arithmetic.
///
/// `id` names the check across rounds: the core derives it, before computing `message`, from
/// a SHA-256 over what determines the check ([`SignatureCheck::derive_id`]), so that on a
/// later round it finds the answer without canonicalizing the document again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureCheck {
    /// 32 lowercase hex digits naming the check.
    pub id: String,
    /// The algorithm (a JOSE name on the wire).
    pub alg: Alg,
    /// The public key (a public JWK on the wire, [`PublicKey::to_jwk`]).
    pub key: PublicKey,
    /// The signed bytes (not a digest: the backend hashes them as `alg` says).
    pub message: Vec<u8>,
    /// The raw signature: 64 bytes for Ed25519 and ES256, 96 for ES384, the modulus length
    /// for RSA.
    pub signature: Vec<u8>,
}

impl SignatureCheck {
    /// The id of a check of `signature` by `key` under `alg` over the bytes that `parts`
    /// determine (e.g. a JWS signing input, or a suite name, a context variant and the
    /// document and proof options as JSON): the first 16 bytes of a SHA-256 over all of them,
    /// each length-prefixed, in hex. Two checks with one id would get one answer, so the id
    /// is long enough that no input can be crafted to collide.
    pub fn derive_id(alg: Alg, key: &PublicKey, signature: &[u8], parts: &[&[u8]]) -> String {
        let mut h = Sha256::new();
        let jwk = key.to_jwk().to_string();
        for part in [alg.name().as_bytes(), jwk.as_bytes(), signature]
            .into_iter()
            .chain(parts.iter().copied())
        {
            h.update((part.len() as u64).to_be_bytes());
            h.update(part);
        }
        encoding::hex(&h.finalize()[..16])
    }

    /// `{"id", "alg", "key": JWK, "message": base64url, "signature": base64url}`: one element
    /// of the `signatures` a driver answers.
    pub fn to_json(&self) -> Value {
        crate::json::object([
            ("id", Value::from(self.id.as_str())),
            ("alg", Value::from(self.alg.name())),
            ("key", self.key.to_jwk()),
            (
                "message",
                Value::from(encoding::base64url_encode(&self.message)),
            ),
            (
                "signature",
                Value::from(encoding::base64url_encode(&self.signature)),
            ),
        ])
    }

    /// Reads what [`SignatureCheck::to_json`] writes (for a driver that hands a check back to
    /// the built-in backend).
    ///
    /// # Errors
    /// What is wrong with the JSON, for a person.
    pub fn from_json(v: &Value) -> std::result::Result<SignatureCheck, String> {
        let text = |member: &str| {
            v.get(member)
                .and_then(Value::as_str)
                .ok_or_else(|| format!("missing string member `{member}`"))
        };
        let bytes = |member: &str| {
            encoding::base64url(text(member)?).map_err(|_| format!("`{member}` is not base64url"))
        };
        let alg = Alg::from_name(text("alg")?).ok_or("unknown `alg`")?;
        let key = v.get("key").ok_or("missing member `key`")?;
        Ok(SignatureCheck {
            id: text("id")?.to_owned(),
            alg,
            key: PublicKey::from_jwk(key).map_err(|e| format!("`key`: {e}"))?,
            message: bytes("message")?,
            signature: bytes("signature")?,
        })
    }
}

fn jwk_str<'a>(obj: &'a Map, member: &str) -> Result<&'a str> {
    match obj.get(member) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(jwk_invalid("not-string", member)),
        None => Err(jwk_invalid("missing", member)),
    }
}

fn jwk_bytes(obj: &Map, member: &str, len: Option<usize>) -> Result<Vec<u8>> {
    let bytes = encoding::base64url(jwk_str(obj, member)?)
        .map_err(|_| jwk_invalid("not-base64url", member))?;
    match len {
        Some(want) if bytes.len() != want => Err(jwk_invalid("wrong-length", member)),
        _ => Ok(bytes),
    }
}

/// An Ed25519 key from its 32 bytes; the error is a `reason` token (`wrong-length`,
/// `not-on-curve`).
fn ed25519_from_bytes(bytes: &[u8]) -> std::result::Result<PublicKey, &'static str> {
    let arr: [u8; 32] = bytes.try_into().map_err(|_| "wrong-length")?;
    Ed25519Key::from_bytes(&arr)
        .map(PublicKey::Ed25519)
        .ok_or("not-on-curve")
}

/// A P-256 or P-384 key (`crv`) from its SEC1 point, compressed or not; the error is the
/// `reason` token `not-on-curve`.
fn ec_from_sec1(crv: &str, sec1: &[u8]) -> std::result::Result<PublicKey, &'static str> {
    let key = if crv == "P-256" {
        P256Point::from_sec1(sec1).map(PublicKey::P256)
    } else {
        P384Point::from_sec1(sec1).map(PublicKey::P384)
    };
    key.ok_or("not-on-curve")
}

fn rsa_from_pkcs1_der(der: &[u8]) -> Result<PublicKey> {
    let (n, e) = der::rsa_public_key(der).map_err(|_| pem_invalid("pkcs1-der"))?;
    rsa_from_parts(n, e)
}

fn rsa_from_parts(n: &[u8], e: &[u8]) -> Result<PublicKey> {
    RsaPublicKey::new(n, e).map(PublicKey::Rsa)
}

/// Finds the one PEM block in `text`; returns its label and decoded body.
fn pem_block(text: &str) -> Result<(&str, Vec<u8>)> {
    let text = text.trim();
    let rest = text
        .strip_prefix("-----BEGIN ")
        .ok_or_else(|| pem_invalid("no-begin"))?;
    let (label, rest) = rest
        .split_once("-----")
        .ok_or_else(|| pem_invalid("begin-unterminated"))?;
    let end = format!("-----END {label}-----");
    let body = rest
        .strip_suffix(end.as_str())
        .ok_or_else(|| pem_invalid("no-end"))?;
    if body.contains('-') || body.contains(':') {
        return Err(pem_invalid("headers"));
    }
    let der = encoding::base64_any(body).map_err(|_| pem_invalid("not-base64"))?;
    Ok((label, der))
}

/// Base58btc text of at most [`MAX_MULTIKEY_CHARS`]; the error is a `reason` token
/// (`too-long`, `not-base58`).
fn bounded_base58(text: &str) -> std::result::Result<Vec<u8>, &'static str> {
    if text.len() > MAX_MULTIKEY_CHARS {
        return Err("too-long");
    }
    encoding::base58btc(text).map_err(|_| "not-base58")
}

/// Splits an unsigned-varint multicodec prefix (at most 3 bytes, minimally encoded).
fn split_varint(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let mut value: u32 = 0;
    for (i, b) in bytes.iter().enumerate().take(3) {
        value |= u32::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            if i > 0 && *b == 0 {
                return None; // non-minimal encoding
            }
            return Some((value, bytes.get(i + 1..)?));
        }
    }
    None
}

/// `signature-invalid` with reason `mismatch`: the signature does not verify.
pub(crate) fn mismatch(alg: Alg) -> Error {
    bad_signature(alg, "mismatch")
}

/// `signature-invalid`: `reason` is `mismatch` (the signature does not match the bytes and
/// key), `wrong-length`, `es256-der` (a DER-encoded ES256 signature),
/// `es256-out-of-range` (r or s zero or too large) or `small-order-key`.
fn bad_signature(alg: Alg, reason: &str) -> Error {
    Error::with(
        Code::SignatureInvalid,
        Params::new()
            .with(Param::Algorithm, alg.name())
            .with(Param::Reason, reason),
    )
}

/// `key-unsupported`: `reason` says what is not supported (`okp-curve`, `ec-curve`,
/// `jwk-kty`, `multikey-codec`, `pem-label`, `spki-algorithm`, `rsa-too-large`), `text` the
/// value found (for `multikey-codec`, the key type: `secp256k1`, `P-521`, `Ed448`, `RSA`).
pub(crate) fn unsupported(reason: &str, text: &str) -> Error {
    Error::with(
        Code::KeyUnsupported,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Text, text),
    )
}

/// Judges a key that could not be read against the algorithm the proof is made with. A
/// `key-unsupported` key that cannot be one `alg` uses is a wrong binding whatever this
/// verifier implements, so it becomes `key-alg-mismatch` (a failure): an EC key on another
/// curve than `alg`'s (every ECDSA algorithm implemented here fixes its curve), a key of
/// another type than `alg`'s, or an RSA key too large to check under a non-RSA algorithm.
/// What stays `key-unsupported` (a warning, [`Code::unverifiable`]): an Ed448 key under
/// `EdDSA` (RFC 8037 covers both curves), an RSA key too large to check under RSA, and keys
/// whose type is not known (an unrecognised PEM label or SPKI algorithm). Any other error is
/// returned as it is.
pub(crate) fn judge_key_error(e: Error, alg: Alg) -> Error {
    if e.code != Code::KeyUnsupported {
        return e;
    }
    let text = |p| e.params.get(p).map(ToString::to_string).unwrap_or_default();
    let (reason, found) = (text(Param::Reason), text(Param::Text));
    let key_type = match reason.as_str() {
        "okp-curve" | "ec-curve" | "jwk-kty" | "multikey-codec" => found,
        "rsa-too-large" => "RSA".to_owned(),
        _ => return e,
    };
    let fits = match key_type.as_str() {
        "Ed448" => alg == Alg::EdDSA,
        "RSA" => matches!(alg, Alg::RS256 | Alg::PS256),
        _ => false,
    };
    if fits {
        return e;
    }
    Error::with(
        Code::KeyAlgMismatch,
        Params::new()
            .with(Param::Algorithm, alg.name())
            .with(Param::KeyType, key_type),
    )
}

/// `key-invalid` with a `reason` token.
pub(crate) fn key_invalid(reason: &str) -> Error {
    Error::with(Code::KeyInvalid, Params::new().with(Param::Reason, reason))
}

/// `jwk-invalid` with a `reason` token and the JWK `member` concerned (empty when none).
fn jwk_invalid(reason: &str, member: &str) -> Error {
    Error::with(
        Code::JwkInvalid,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Member, member),
    )
}

fn pem_invalid(reason: &str) -> Error {
    Error::with(Code::PemInvalid, Params::new().with(Param::Reason, reason))
}

fn multikey_invalid(reason: &str) -> Error {
    Error::with(
        Code::MultikeyInvalid,
        Params::new().with(Param::Reason, reason),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::json::json;

    /// A JWK's `alg` must name the algorithm the token uses; `Ed25519` (RFC 9864) and
    /// `EdDSA` name the same one.
    #[test]
    fn a_jwk_alg_names_the_algorithm_used() {
        let with = |alg: &str| {
            crate::json::parse(
                &format!(r#"{{"kty":"OKP","alg":"{alg}"}}"#),
                &crate::Limits::default(),
            )
            .unwrap()
        };
        assert!(jwk_alg_allows(&with("EdDSA"), Some(Alg::EdDSA)).is_ok());
        assert!(jwk_alg_allows(&with("Ed25519"), Some(Alg::EdDSA)).is_ok());
        let e = jwk_alg_allows(&with("ES256"), Some(Alg::EdDSA)).unwrap_err();
        assert_eq!(e.code, Code::JwkAlgMismatch);
        assert!(jwk_alg_allows(&with("Ed448"), Some(Alg::EdDSA)).is_err());
    }

    /// RFC 7638 §3.1: the example RSA key and its published thumbprint.
    #[test]
    fn rfc7638_thumbprint() {
        let jwk = json!({"kty":"RSA","e":"AQAB","alg":"RS256","kid":"2011-04-29",
            "n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"});
        let key = PublicKey::from_jwk(&jwk).unwrap();
        assert_eq!(
            key.jwk_thumbprint(),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }

    /// RFC 8037 Appendix A.3: the Ed25519 example key's thumbprint.
    #[test]
    fn rfc8037_thumbprint() {
        let jwk = json!({"kty":"OKP","crv":"Ed25519",
            "x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"});
        let key = PublicKey::from_jwk(&jwk).unwrap();
        assert_eq!(
            key.jwk_thumbprint(),
            "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
        );
        assert_eq!(PublicKey::from_jwk(&key.to_jwk()).unwrap(), key);
    }

    /// The byte comparison with L decides as curve25519-dalek's canonical-scalar check.
    #[test]
    fn ed25519_order_bound_is_dalek_s() {
        let mut cases = vec![ED25519_ORDER, [0; 32], [0xff; 32]];
        for i in 0..32 {
            for delta in [1u8, 0x80] {
                let mut above = ED25519_ORDER;
                above[i] = above[i].wrapping_add(delta);
                let mut below = ED25519_ORDER;
                below[i] = below[i].wrapping_sub(delta);
                cases.extend([above, below]);
            }
        }
        for s in cases {
            let ours = s.iter().rev().lt(ED25519_ORDER.iter().rev());
            let dalek = bool::from(curve25519_dalek::Scalar::from_canonical_bytes(s).is_some());
            assert_eq!(ours, dalek, "{s:02x?}");
        }
    }

    #[test]
    fn varint() {
        assert_eq!(split_varint(&[0xed, 0x01, 7]), Some((0xed, &[7u8][..])));
        assert_eq!(split_varint(&[0x80, 0x24]), Some((0x1200, &[][..])));
        assert_eq!(split_varint(&[0x80, 0x00]), None);
        assert_eq!(split_varint(&[0x80, 0x80, 0x80, 0x01]), None);
        assert_eq!(split_varint(&[]), None);
    }

    /// A key this verifier does not implement is a warning, unless it cannot be a key of the
    /// proof's algorithm at all: then the binding is wrong (`key-alg-mismatch`).
    #[test]
    fn unsupported_keys_judged_against_the_algorithm() {
        let judged = |e: Error, alg| {
            let e = judge_key_error(e, alg);
            (
                e.code,
                e.params.get(Param::KeyType).map(ToString::to_string),
            )
        };
        let jwk = |v: Value| PublicKey::from_jwk(&v).unwrap_err();
        let ed448 = || jwk(json!({"kty":"OKP","crv":"Ed448","x":"AAAA"}));
        let k1 = || jwk(json!({"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"}));
        let kept = (Code::KeyUnsupported, None);
        assert_eq!(judged(ed448(), Alg::EdDSA), kept);
        assert_eq!(
            judged(ed448(), Alg::ES256),
            (Code::KeyAlgMismatch, Some("Ed448".into()))
        );
        assert_eq!(
            judged(k1(), Alg::ES256),
            (Code::KeyAlgMismatch, Some("secp256k1".into()))
        );
        let x25519 = jwk(json!({"kty":"OKP","crv":"X25519","x":"AAAA"}));
        assert_eq!(judged(x25519, Alg::EdDSA).0, Code::KeyAlgMismatch);
        let too_large = unsupported("rsa-too-large", "16384");
        assert_eq!(judged(too_large.clone(), Alg::PS256), kept);
        assert_eq!(
            judged(too_large, Alg::EdDSA),
            (Code::KeyAlgMismatch, Some("RSA".into()))
        );
        // A key whose type is not known is never called a mismatch.
        let label = unsupported("pem-label", "CERTIFICATE");
        assert_eq!(judged(label, Alg::RS256), kept);
        // Other errors pass through.
        let bad = key_invalid("not-on-curve");
        assert_eq!(judge_key_error(bad.clone(), Alg::ES256), bad);
        // did:key multicodecs of signing keys not implemented here.
        let multikey = |codec: &[u8]| {
            let mut bytes = codec.to_vec();
            bytes.extend([2u8; 33]);
            PublicKey::from_multikey_bytes(&bytes).unwrap_err()
        };
        assert_eq!(
            multikey(&[0xe7, 0x01]),
            unsupported("multikey-codec", "secp256k1")
        );
        assert_eq!(
            multikey(&[0x83, 0x24]),
            unsupported("multikey-codec", "Ed448")
        );
        assert_eq!(judged(multikey(&[0x83, 0x24]), Alg::EdDSA), kept);
        assert_eq!(
            judged(multikey(&[0xe7, 0x01]), Alg::ES256).0,
            Code::KeyAlgMismatch
        );
        assert_eq!(multikey(&[0xec, 0x01]).code, Code::MultikeyInvalid);
    }

    #[test]
    fn jwk_refusals() {
        let code = |v: Value| PublicKey::from_jwk(&v).unwrap_err().code;
        assert_eq!(code(json!({"kty":"oct","k":"AAAA"})), Code::JwkSymmetric);
        assert_eq!(code(json!("RSA")), Code::JwkInvalid);
        assert_eq!(code(json!({"crv":"Ed25519"})), Code::JwkInvalid);
        assert_eq!(
            code(json!({"kty":"OKP","crv":"X25519","x":"AAAA"})),
            Code::KeyUnsupported
        );
        assert_eq!(
            code(json!({"kty":"EC","crv":"P-521","x":"AA","y":"AA"})),
            Code::KeyUnsupported
        );
        // P-384 is read; its coordinates are 48 bytes.
        assert_eq!(
            code(json!({"kty":"EC","crv":"P-384","x":"AA","y":"AA"})),
            Code::JwkInvalid
        );
        assert_eq!(
            code(json!({"kty":"OKP","crv":"Ed25519","x":"AAAA"})),
            Code::JwkInvalid
        );
        assert_eq!(
            code(
                json!({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="})
            ),
            Code::JwkInvalid
        );
        // A point not on P-256: the RFC 7515 A.3 x with y = 1.
        assert_eq!(
            code(json!({"kty":"EC","crv":"P-256",
                "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                "y":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE"})),
            Code::JwkInvalid
        );
    }
    // ---- RSA -------------------------------------------------------------------------

    /// Made by `tests/data/rsa/generate.py` (python `cryptography`, the openssl CLI, raw RSA
    /// with Python integers); each case's `valid` is `cryptography`'s verdict.
    const RSA_VECTORS: &str = include_str!("../tests/data/rsa/vectors.json");

    /// A genuinely valid RS256 JWS by a 1024-bit key (`tests/data/jose/PROVENANCE.md`).
    const RSA1024_PEM: &str = include_str!("../tests/data/jose/rsa1024-public.pem");
    const RSA1024_JWS: &str = include_str!("../tests/data/jose/rsa1024-rs256.jws");

    struct RsaCase {
        key: PublicKey,
        alg: Alg,
        sig: Vec<u8>,
        valid: bool,
        note: String,
    }

    fn rsa_vectors() -> (Vec<u8>, Value, Vec<RsaCase>) {
        let v: Value = serde_json::from_str(RSA_VECTORS).unwrap();
        let cases = v["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| RsaCase {
                key: rsa_vector_key(&v["keys"], c["key"].as_str().unwrap()),
                alg: Alg::from_name(c["alg"].as_str().unwrap()).unwrap(),
                sig: encoding::base64url(c["sig"].as_str().unwrap()).unwrap(),
                valid: c["valid"].as_bool().unwrap(),
                note: format!("{} {}: {}", c["key"], c["alg"], c["note"]),
            })
            .collect();
        let msg = v["message"].as_str().unwrap().as_bytes().to_vec();
        (msg, v["keys"].clone(), cases)
    }

    fn rsa_vector_key(keys: &Value, name: &str) -> PublicKey {
        PublicKey::from_pem(keys[name]["pem"].as_str().unwrap()).unwrap()
    }

    /// The valid RS256 and PS256 signatures of the 2048-bit vector key.
    fn rsa2048_valid() -> (Vec<u8>, Vec<RsaCase>) {
        let (msg, _, cases) = rsa_vectors();
        let valid = cases
            .into_iter()
            .filter(|c| c.valid && c.note.starts_with("\"rsa2048\""))
            .collect::<Vec<_>>();
        assert_eq!(valid.len(), 2);
        (msg, valid)
    }

    fn rsa_code(
        key: &PublicKey,
        alg: Alg,
        msg: &[u8],
        sig: &[u8],
    ) -> std::result::Result<(), Code> {
        key.verify(alg, msg, sig).map_err(|e| e.code)
    }

    /// Every vector gives `cryptography`'s verdict; failures are the usual
    /// `signature-invalid` message, and keys read with the size and exponent generated.
    #[test]
    fn rsa_vectors_agree_with_cryptography() {
        let (msg, keys, cases) = rsa_vectors();
        for (name, k) in keys.as_object().unwrap() {
            let PublicKey::Rsa(key) = rsa_vector_key(&keys, name) else {
                panic!("{name} is not RSA")
            };
            assert_eq!(key.bits() as u64, k["bits"].as_u64().unwrap(), "{name}");
            assert_eq!(key.exponent(), k["e"].as_u64().unwrap(), "{name}");
        }
        let (mut valid, mut invalid) = (0, 0);
        for c in &cases {
            match c.key.verify(c.alg, &msg, &c.sig) {
                Ok(()) => {
                    assert!(c.valid, "{} verified", c.note);
                    valid += 1;
                }
                Err(e) => {
                    assert!(!c.valid, "{} failed: {e}", c.note);
                    assert_eq!(e, bad_signature(c.alg, "mismatch"), "{}", c.note);
                    invalid += 1;
                }
            }
        }
        assert!(
            valid >= 12 && invalid >= 14,
            "{valid} valid, {invalid} invalid"
        );
    }

    #[test]
    fn rsa_tampered_signatures_and_messages_fail() {
        let (msg, valid) = rsa2048_valid();
        for c in &valid {
            assert_eq!(rsa_code(&c.key, c.alg, &msg, &c.sig), Ok(()), "{}", c.note);
            for at in [0, 1, 100, c.sig.len() - 1] {
                let mut sig = c.sig.clone();
                sig[at] ^= 0x01;
                assert_eq!(
                    rsa_code(&c.key, c.alg, &msg, &sig),
                    Err(Code::SignatureInvalid),
                    "{} with byte {at} changed",
                    c.note
                );
            }
            let mut other = msg.clone();
            other[5] ^= 0x20;
            assert_eq!(
                rsa_code(&c.key, c.alg, &other, &c.sig),
                Err(Code::SignatureInvalid)
            );
        }
    }

    /// RFC 8017 §8.1.2 / §8.2.2 step 1: the signature has exactly k bytes, even when the
    /// integer it encodes is the right one.
    #[test]
    fn rsa_signature_of_wrong_length_fails() {
        let (msg, valid) = rsa2048_valid();
        for c in &valid {
            let mut longer = vec![0];
            longer.extend_from_slice(&c.sig);
            let shorter = &c.sig[1..];
            for sig in [&longer[..], shorter, &[][..], &[1][..]] {
                assert_eq!(
                    rsa_code(&c.key, c.alg, &msg, sig),
                    Err(Code::SignatureInvalid),
                    "{} with {} bytes",
                    c.note,
                    sig.len()
                );
            }
        }
    }

    /// RSAVP1 (RFC 8017 §5.2.2): a representative not below n is refused before any
    /// arithmetic (the vectors add s + n, n, and these).
    #[test]
    fn rsa_signature_not_below_modulus_fails() {
        let (msg, valid) = rsa2048_valid();
        for c in &valid {
            let PublicKey::Rsa(k) = &c.key else { panic!() };
            let mut n_plus_1 = k.modulus().to_vec();
            *n_plus_1.last_mut().unwrap() += 1; // n is odd: no carry
            for sig in [
                k.modulus().to_vec(),
                n_plus_1,
                vec![0xff; k.modulus().len()],
            ] {
                assert_eq!(
                    rsa_code(&c.key, c.alg, &msg, &sig),
                    Err(Code::SignatureInvalid)
                );
            }
        }
    }

    #[test]
    fn rsa_key_checks() {
        let (_, valid) = rsa2048_valid();
        let jwk = valid[0].key.to_jwk();
        let n = encoding::base64url(jwk["n"].as_str().unwrap()).unwrap();
        let with = |n: &[u8], e: &[u8]| {
            PublicKey::from_jwk(&json!({"kty": "RSA",
                "n": encoding::base64url_encode(n), "e": encoding::base64url_encode(e)}))
        };
        let code = |n: &[u8], e: &[u8]| with(n, e).map(|_| ()).map_err(|e| e.code);
        assert_eq!(code(&n, &[1, 0, 1]), Ok(()));
        let mut even = n.clone();
        *even.last_mut().unwrap() &= 0xfe;
        assert_eq!(code(&even, &[1, 0, 1]), Err(Code::KeyInvalid));
        assert_eq!(
            with(&even, &[1, 0, 1]).unwrap_err(),
            key_invalid("rsa-modulus-even")
        );
        for e in [&[][..], &[0], &[1], &[2], &[1, 0, 0], &[2, 0, 0, 0, 1]] {
            assert_eq!(code(&n, e), Err(Code::KeyInvalid), "e = {e:?}");
        }
        // e = 2^33 - 1 is the largest accepted, 2^33 + 1 and anything over 64 bits are not.
        assert_eq!(code(&n, &[1, 0xff, 0xff, 0xff, 0xff]), Ok(()));
        assert_eq!(code(&n, &[2, 0, 0, 0, 1]), Err(Code::KeyInvalid));
        assert_eq!(code(&n, &[1; 9]), Err(Code::KeyInvalid));
        // e ≥ n (a toy modulus).
        assert_eq!(code(&[1, 0, 1], &[1, 0, 1]), Err(Code::KeyInvalid));
        assert_eq!(code(&[0x0f], &[0x11]), Err(Code::KeyInvalid));
        assert_eq!(code(&[], &[1, 0, 1]), Err(Code::KeyInvalid));
        // Leading zero bytes do not change the key.
        let padded = with(&[&[0, 0][..], &n].concat(), &[0, 1, 0, 1]).unwrap();
        assert_eq!(padded, valid[0].key);
        assert_eq!(padded.jwk_thumbprint(), valid[0].key.jwk_thumbprint());
        // Size bounds: 8192 bits read, 8193 bits are unsupported.
        let mut big = vec![0xff; MAX_RSA_BITS / 8];
        assert_eq!(code(&big, &[1, 0, 1]), Ok(()));
        big.insert(0, 1);
        let e = with(&big, &[1, 0, 1]).unwrap_err();
        assert_eq!(e, unsupported("rsa-too-large", "8193"));
    }

    /// The English message names the bound the code enforces.
    #[test]
    fn catalog_names_the_rsa_bound() {
        let en = include_str!("../locales/en.ftl");
        assert!(en.contains(&format!("keys under {MIN_RSA_BITS} bits")));
    }

    /// A 1024-bit key reads (so it can be reported) but never verifies, even with a valid
    /// signature.
    #[test]
    fn rsa_1024_bit_key_is_refused() {
        let key = PublicKey::from_pem(RSA1024_PEM).unwrap();
        assert_eq!(key.describe(), "RSA 1024-bit");
        let jws = RSA1024_JWS.trim();
        let (signed, sig) = jws.rsplit_once('.').unwrap();
        let sig = encoding::base64url(sig).unwrap();
        let e = key.verify(Alg::RS256, signed.as_bytes(), &sig).unwrap_err();
        assert_eq!(
            e,
            Error::with(
                Code::RsaKeyTooSmall,
                Params::new().with(Param::Bits, 1024usize)
            )
        );
    }

    /// DER writer for the refusal tests (definite, minimal lengths).
    fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        let len = body.len();
        if len < 0x80 {
            out.push(len as u8);
        } else {
            let bytes = len.to_be_bytes();
            let skip = bytes.iter().take_while(|&&b| b == 0).count();
            out.push(0x80 | (bytes.len() - skip) as u8);
            out.extend_from_slice(&bytes[skip..]);
        }
        out.extend_from_slice(body);
        out
    }

    fn spki_der(alg: &[u8], key: &[u8]) -> Vec<u8> {
        tlv(
            0x30,
            &[tlv(0x30, alg), tlv(0x03, &[&[0][..], key].concat())].concat(),
        )
    }

    fn rsa2048_spki() -> Vec<u8> {
        let (_, keys, _) = rsa_vectors();
        pem_block(keys["rsa2048"]["pem"].as_str().unwrap())
            .unwrap()
            .1
    }

    fn pem_error(der: &[u8]) -> Error {
        PublicKey::from_spki_der(der).unwrap_err()
    }

    #[test]
    fn der_refusals_do_not_panic() {
        let good = rsa2048_spki();
        assert!(matches!(
            PublicKey::from_spki_der(&good),
            Ok(PublicKey::Rsa(_))
        ));
        // The writer above reproduces cryptography's encoding.
        let d = der::spki(&good).unwrap();
        let alg = [tlv(0x06, d.algorithm.0), vec![0x05, 0x00]].concat();
        assert_eq!(spki_der(&alg, d.key), good);
        assert_eq!(&good[..4], &[0x30, 0x82, 0x01, 0x22]);

        let does_not_parse = |der: &[u8], why: &str| {
            assert_eq!(pem_error(der), pem_invalid("spki-der"));
            let detail = der::spki(der).err().unwrap();
            assert!(detail.contains(why), "{detail}");
        };
        // Non-minimal length: 0x83 0x00 0x01 0x22 for 290.
        does_not_parse(
            &[&[0x30, 0x83, 0x00, 0x01, 0x22][..], &good[4..]].concat(),
            "shortest form",
        );
        // Trailing bytes after the SPKI.
        does_not_parse(&[&good[..], &[0x00]].concat(), "trailing");
        // Indefinite length (BER) with end-of-contents octets.
        does_not_parse(
            &[&[0x30, 0x80][..], &good[4..], &[0, 0]].concat(),
            "indefinite",
        );
        // Every truncation.
        for len in 0..good.len() {
            assert_eq!(
                pem_error(&good[..len]).code,
                Code::PemInvalid,
                "{len} bytes"
            );
        }
        // Random-looking damage never panics.
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x80;
            let _ = PublicKey::from_spki_der(&bad);
        }
        // Inside the key: a PKCS#1 RSAPublicKey with a negative modulus.
        let inner = tlv(
            0x30,
            &[tlv(0x02, &[0x80, 1]), tlv(0x02, &[1, 0, 1])].concat(),
        );
        let e = pem_error(&spki_der(&alg, &inner));
        assert_eq!(e, pem_invalid("pkcs1-der"));
        let detail = der::rsa_public_key(&inner).unwrap_err();
        assert!(detail.contains("negative"), "{detail}");
    }

    #[test]
    fn spki_algorithms() {
        let good = rsa2048_spki();
        let d = der::spki(&good).unwrap();
        let rsa_oid = tlv(0x06, der::OID_RSA_ENCRYPTION);
        // rsaEncryption: NULL or absent parameters, nothing else.
        assert!(PublicKey::from_spki_der(&spki_der(&rsa_oid, d.key)).is_ok());
        let e = pem_error(&spki_der(&[&rsa_oid[..], &[0x04, 0x00]].concat(), d.key));
        assert_eq!(e.code, Code::PemInvalid);
        // Unused bits in the key BIT STRING.
        let mut unused = good.clone();
        let at = unused.len() - d.key.len() - 1;
        unused[at] = 1;
        assert_eq!(pem_error(&unused), pem_invalid("spki-unused-bits"));
        // Another algorithm (Ed448, 1.3.101.113) and another curve (secp521r1,
        // 1.3.132.0.35) are named in dotted form.
        let e = pem_error(&spki_der(&tlv(0x06, &[0x2b, 0x65, 0x71]), &[0; 57]));
        assert_eq!(e, unsupported("spki-algorithm", "1.3.101.113"));
        let ec = tlv(0x06, der::OID_EC_PUBLIC_KEY);
        let p521 = [&ec[..], &tlv(0x06, &[0x2b, 0x81, 0x04, 0x00, 0x23])].concat();
        let e = pem_error(&spki_der(&p521, &[4; 133]));
        assert_eq!(e, unsupported("ec-curve", "1.3.132.0.35"));
        // secp384r1 (1.3.132.0.34) is read: a point not on the curve is `key-invalid`.
        let p384 = [&ec[..], &tlv(0x06, der::OID_SECP384R1)].concat();
        assert_eq!(
            pem_error(&spki_der(&p384, &[4; 97])),
            key_invalid("not-on-curve")
        );
        // An EC key without a named curve.
        let e = pem_error(&spki_der(&[&ec[..], &[0x05, 0x00]].concat(), &[4; 65]));
        assert_eq!(e, pem_invalid("ec-no-curve"));
        // Ed25519 with parameters (RFC 8410 §3 forbids them).
        let ed = [&tlv(0x06, der::OID_ED25519)[..], &[0x05, 0x00]].concat();
        assert_eq!(pem_error(&spki_der(&ed, &[0; 32])).code, Code::PemInvalid);
    }
}
