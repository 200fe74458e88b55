//! Public keys and signature verification: the only place the crate touches cryptography.
//!
//! A [`PublicKey`] is read from whatever a badge or issuer publishes — a JWK (VC-JWT `jwk`
//! header, JWKS, `publicKeyJwk`), a PEM (`publicKeyPem` of an OB 2.0 `CryptographicKey`), a
//! Multikey (`publicKeyMultibase`, did:key) or a legacy `publicKeyBase58` — and checked with
//! [`PublicKey::verify`] under one of the JOSE algorithm names in [`Alg`].
//!
//! Choices made here, once for every format:
//! - **Key type must match the algorithm** (`key-alg-mismatch`): an RSA key never checks an
//!   ES256 signature, whatever a header claims.
//! - **RSA moduli below 2048 bits are refused** at verification (`rsa-key-too-small`); moduli
//!   above [`MAX_RSA_BITS`] are refused when the key is read.
//! - **Ed25519 uses strict verification** (`verify_strict`): signatures with a non-canonical
//!   `S` (≥ L) and small-order ("weak") public keys are rejected, as RFC 8032 §5.1.7 allows
//!   and the Data Integrity test suites expect.
//! - **ES256 accepts high-S signatures.** JOSE (RFC 7518 §3.4) does not require low-S, and
//!   malleability of an ECDSA signature does not let anyone sign a different message; a
//!   verifier that refused high-S would reject badges that other verifiers accept.
//! - **Private key material is never accepted** where a public key is expected
//!   (`jwk-private-key`, `pem-private-key`, `multikey-invalid` for `ed25519-priv`).

use crate::{encoding, Error, Result};
use ed25519_dalek::Verifier as _;
use rsa::pkcs1::der::Decode as _;
use rsa::pkcs8::spki::SubjectPublicKeyInfoRef;
use rsa::pkcs8::ObjectIdentifier;
use rsa::traits::PublicKeyParts as _;
use rsa::{BigUint, Pkcs1v15Sign, Pss, RsaPublicKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// Largest RSA modulus accepted, in bits. Verification cost grows with the square of the
/// modulus size; no real issuer key is larger.
pub const MAX_RSA_BITS: usize = 8192;

/// Smallest RSA modulus accepted for verification, in bits (RFC 7518 §3.3 requires 2048).
pub const MIN_RSA_BITS: usize = 2048;

/// Longest multibase / base58 key text read, in characters. The longest supported key (a
/// multicodec-prefixed compressed P-256 point, 35 bytes) needs 48; base58 decoding is
/// quadratic, so the text is bounded before it is decoded.
pub const MAX_MULTIKEY_CHARS: usize = 128;

/// Largest PEM text read, in bytes (an 8192-bit RSA SPKI PEM is about 1.5 KiB).
pub const MAX_PEM_BYTES: usize = 16 * 1024;

/// JWK members that only a private (or symmetric) key has (RFC 7517 §9.3, RFC 7518 §6).
const PRIVATE_JWK_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

const OID_RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const OID_EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const OID_PRIME256V1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const OID_ED25519: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");

/// A JOSE signature algorithm this crate verifies (RFC 7518 §3.1, RFC 8037 §3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alg {
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    RS256,
    /// RSASSA-PSS with SHA-256, MGF1 with SHA-256 and a 32-byte salt.
    PS256,
    /// ECDSA on P-256 with SHA-256; signature is the 64-byte `r ‖ s`.
    ES256,
    /// Ed25519 (RFC 8037 `EdDSA` with an `OKP` / `Ed25519` key).
    EdDSA,
}

impl Alg {
    /// The algorithm for a JOSE `alg` name (case-sensitive, as JOSE is), or `None`.
    pub fn from_name(name: &str) -> Option<Alg> {
        match name {
            "RS256" => Some(Alg::RS256),
            "PS256" => Some(Alg::PS256),
            "ES256" => Some(Alg::ES256),
            "EdDSA" => Some(Alg::EdDSA),
            _ => None,
        }
    }

    /// The JOSE `alg` name.
    pub fn name(self) -> &'static str {
        match self {
            Alg::RS256 => "RS256",
            Alg::PS256 => "PS256",
            Alg::ES256 => "ES256",
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
    Ed25519(ed25519_dalek::VerifyingKey),
    /// An ECDSA key on NIST P-256 (JWK `EC`/`P-256`, Multikey `zDn…`).
    P256(p256::ecdsa::VerifyingKey),
    /// An RSA key (JWK `RSA`, PEM SPKI or PKCS#1).
    Rsa(RsaPublicKey),
}

impl PublicKey {
    /// Reads a public JWK (RFC 7517): `OKP`/`Ed25519` (`x`), `EC`/`P-256` (`x`, `y`) or `RSA`
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
            .ok_or_else(|| Error::new("jwk-invalid", "a JWK must be a JSON object"))?;
        let kty = jwk_str(obj, "kty")?;
        if kty == "oct" {
            return Err(Error::new(
                "jwk-symmetric",
                "the JWK is a symmetric (`kty: oct`) secret key; a signature checked with a \
                 shared secret proves nothing about who made it, so only public keys are accepted",
            ));
        }
        if let Some(member) = PRIVATE_JWK_MEMBERS.iter().find(|m| obj.contains_key(**m)) {
            return Err(Error::new(
                "jwk-private-key",
                format!(
                    "the JWK contains the private-key member `{member}`: a published key must \
                     be public only, and whoever published it has leaked their private key"
                ),
            ));
        }
        match kty {
            "OKP" => match jwk_str(obj, "crv")? {
                "Ed25519" => ed25519_from_bytes(&jwk_bytes(obj, "x", Some(32))?, "jwk-invalid"),
                other => Err(unsupported(format!("OKP curve `{other}`"))),
            },
            "EC" => match jwk_str(obj, "crv")? {
                "P-256" => {
                    let mut sec1 = Vec::with_capacity(65);
                    sec1.push(0x04);
                    sec1.extend(jwk_bytes(obj, "x", Some(32))?);
                    sec1.extend(jwk_bytes(obj, "y", Some(32))?);
                    p256_from_sec1(&sec1, "jwk-invalid")
                }
                other => Err(unsupported(format!("EC curve `{other}`"))),
            },
            "RSA" => rsa_from_parts(&jwk_bytes(obj, "n", None)?, &jwk_bytes(obj, "e", None)?),
            other => Err(unsupported(format!("JWK key type `{other}`"))),
        }
    }

    /// Reads a PEM public key: SPKI (`BEGIN PUBLIC KEY`: RSA, EC P-256 or Ed25519) or PKCS#1
    /// (`BEGIN RSA PUBLIC KEY`). Whitespace and line length inside the block are not
    /// enforced (published `publicKeyPem` values are wrapped every which way).
    ///
    /// # Errors
    /// `pem-private-key` for a private-key block; `pem-invalid` for text that is not one PEM
    /// public key block or whose DER does not parse; `key-unsupported` for another
    /// algorithm or curve; `key-invalid` for a point that is not on the curve.
    pub fn from_pem(pem: &str) -> Result<PublicKey> {
        if pem.len() > MAX_PEM_BYTES {
            return Err(pem_invalid(format!(
                "the PEM text is {} bytes, more than the {MAX_PEM_BYTES} any public key needs",
                pem.len()
            )));
        }
        let (label, der) = pem_block(pem)?;
        match label {
            "PUBLIC KEY" => Self::from_spki_der(&der),
            "RSA PUBLIC KEY" => rsa_from_pkcs1_der(&der),
            l if l.contains("PRIVATE KEY") => Err(Error::new(
                "pem-private-key",
                format!(
                    "the PEM block is a `{l}`: a published key must be public only, and \
                     whoever published it has leaked their private key"
                ),
            )),
            l => Err(unsupported(format!(
                "PEM block `{l}` (expected `PUBLIC KEY` or `RSA PUBLIC KEY`)"
            ))),
        }
    }

    /// Reads a DER SubjectPublicKeyInfo (RFC 5280 §4.1): RSA, EC P-256 or Ed25519.
    ///
    /// # Errors
    /// As [`PublicKey::from_pem`].
    pub fn from_spki_der(der: &[u8]) -> Result<PublicKey> {
        let spki = SubjectPublicKeyInfoRef::try_from(der)
            .map_err(|e| pem_invalid(format!("the SubjectPublicKeyInfo does not parse: {e}")))?;
        let bits = spki.subject_public_key.as_bytes().ok_or_else(|| {
            pem_invalid("the SubjectPublicKeyInfo key bit string has unused bits")
        })?;
        let oid = spki.algorithm.oid;
        if oid == OID_RSA_ENCRYPTION {
            rsa_from_pkcs1_der(bits)
        } else if oid == OID_EC_PUBLIC_KEY {
            match spki.algorithm.parameters_oid() {
                Ok(curve) if curve == OID_PRIME256V1 => p256_from_sec1(bits, "key-invalid"),
                Ok(curve) => Err(unsupported(format!("EC curve with OID {curve}"))),
                Err(_) => Err(pem_invalid("the EC key does not name its curve")),
            }
        } else if oid == OID_ED25519 {
            ed25519_from_bytes(bits, "key-invalid")
        } else {
            Err(unsupported(format!("public key algorithm with OID {oid}")))
        }
    }

    /// Reads a Multikey `publicKeyMultibase` (also the did:key method-specific id): `z`
    /// base58btc of a multicodec varint and the raw key — `ed25519-pub` (`0xed 0x01` + 32
    /// bytes, text starting `z6Mk`) or `p256-pub` (`0x80 0x24` + 33-byte compressed point,
    /// `zDn`).
    ///
    /// # Errors
    /// `multikey-invalid` for another multibase prefix, an undecodable or over-long text, any
    /// other multicodec (named in the message) or a wrong key length; `key-invalid` for a
    /// point that is not on the curve.
    pub fn from_multikey(multibase: &str) -> Result<PublicKey> {
        let bytes = bounded_base58(multibase.strip_prefix('z').ok_or_else(|| {
            multikey_invalid(format!(
                "a Multikey must be multibase base58btc (starting with `z`), found {:?}",
                preview(multibase)
            ))
        })?)
        .map_err(|e| multikey_invalid(e.message))?;
        let (codec, key) = split_varint(&bytes)
            .ok_or_else(|| multikey_invalid("the Multikey has no valid multicodec prefix"))?;
        let (name, want) = match codec {
            0xed => ("ed25519-pub", Some(32)),
            0x1200 => ("p256-pub", Some(33)),
            0xec => ("x25519-pub (a key-agreement key, not a signing key)", None),
            0xe7 => ("secp256k1-pub (not supported)", None),
            0x1201 => ("p384-pub (not supported)", None),
            0x1202 => ("p521-pub (not supported)", None),
            0x1205 => ("rsa-pub (not supported)", None),
            0x1300 => (
                "ed25519-priv (a PRIVATE key, which must never be published)",
                None,
            ),
            0x1306 => (
                "p256-priv (a PRIVATE key, which must never be published)",
                None,
            ),
            _ => ("unknown", None),
        };
        match want {
            Some(len) if key.len() != len => Err(multikey_invalid(format!(
                "the {name} Multikey carries {} key bytes, expected {len}",
                key.len()
            ))),
            Some(_) if codec == 0xed => ed25519_from_bytes(key, "key-invalid"),
            Some(_) => p256_from_sec1(key, "key-invalid"),
            None => Err(multikey_invalid(format!(
                "the Multikey's multicodec is 0x{codec:x} {name}; only ed25519-pub (0xed, \
                 `z6Mk…`) and p256-pub (0x1200, `zDn…`) are accepted"
            ))),
        }
    }

    /// Reads a legacy `publicKeyBase58` Ed25519 key (raw 32 bytes, base58btc, no multibase
    /// prefix; Ed25519VerificationKey2018).
    ///
    /// # Errors
    /// `key-invalid` for text that is not base58btc of 32 bytes forming a valid point.
    pub fn from_ed25519_base58(text: &str) -> Result<PublicKey> {
        let bytes = bounded_base58(text)?;
        ed25519_from_bytes(&bytes, "key-invalid")
    }

    /// A short description for messages: `Ed25519`, `P-256`, `RSA 2048-bit`.
    pub fn describe(&self) -> String {
        match self {
            PublicKey::Ed25519(_) => "Ed25519".into(),
            PublicKey::P256(_) => "P-256".into(),
            PublicKey::Rsa(k) => format!("RSA {}-bit", k.n().bits()),
        }
    }

    /// Checks `sig` over `msg` with this key under `alg`.
    ///
    /// # Errors
    /// `key-alg-mismatch` when the key type does not belong to `alg`; `rsa-key-too-small` for
    /// an RSA modulus under [`MIN_RSA_BITS`]; `signature-invalid` when the signature does not
    /// verify (including a wrongly sized or DER-encoded ES256 signature, a non-canonical
    /// Ed25519 `S` and a small-order Ed25519 key).
    pub fn verify(&self, alg: Alg, msg: &[u8], sig: &[u8]) -> Result<()> {
        match (self, alg) {
            (PublicKey::Rsa(k), Alg::RS256 | Alg::PS256) => {
                let bits = k.n().bits();
                if bits < MIN_RSA_BITS {
                    return Err(Error::new(
                        "rsa-key-too-small",
                        format!(
                            "the RSA key has a {bits}-bit modulus; keys under {MIN_RSA_BITS} \
                             bits can be factored and are not accepted (RFC 7518 §3.3)"
                        ),
                    ));
                }
                let digest = Sha256::digest(msg);
                let result = if alg == Alg::RS256 {
                    k.verify(Pkcs1v15Sign::new::<Sha256>(), &digest, sig)
                } else {
                    k.verify(Pss::new_with_salt::<Sha256>(32), &digest, sig)
                };
                result.map_err(|_| bad_signature(alg, self, ""))
            }
            (PublicKey::P256(k), Alg::ES256) => {
                if sig.len() != 64 {
                    return Err(bad_signature(
                        alg,
                        self,
                        &format!(
                            " (an ES256 signature is the 64-byte r‖s, this one has {} bytes{})",
                            sig.len(),
                            if sig.first() == Some(&0x30) {
                                " and looks DER-encoded"
                            } else {
                                ""
                            }
                        ),
                    ));
                }
                let s = p256::ecdsa::Signature::from_slice(sig)
                    .map_err(|_| bad_signature(alg, self, " (r or s is zero or out of range)"))?;
                k.verify(msg, &s).map_err(|_| bad_signature(alg, self, ""))
            }
            (PublicKey::Ed25519(k), Alg::EdDSA) => {
                let s = ed25519_dalek::Signature::from_slice(sig).map_err(|_| {
                    bad_signature(
                        alg,
                        self,
                        &format!(" (an Ed25519 signature has 64 bytes, not {})", sig.len()),
                    )
                })?;
                k.verify_strict(msg, &s).map_err(|_| {
                    let why = if k.is_weak() {
                        " (the public key is a small-order point, which can match any message)"
                    } else {
                        ""
                    };
                    bad_signature(alg, self, why)
                })
            }
            _ => Err(Error::new(
                "key-alg-mismatch",
                format!(
                    "the signature claims algorithm {alg} but the key is {}; a key is only \
                     ever used with its own algorithm",
                    self.describe()
                ),
            )),
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
            PublicKey::P256(k) => {
                let point = k.to_encoded_point(false);
                put("crv", "P-256".into());
                put("kty", "EC".into());
                put(
                    "x",
                    encoding::base64url_encode(point.x().map_or(&[][..], |x| &x[..])),
                );
                put(
                    "y",
                    encoding::base64url_encode(point.y().map_or(&[][..], |y| &y[..])),
                );
            }
            PublicKey::Rsa(k) => {
                put("e", encoding::base64url_encode(&k.e().to_bytes_be()));
                put("kty", "RSA".into());
                put("n", encoding::base64url_encode(&k.n().to_bytes_be()));
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

/// Ed25519 strict verification, for callers that hold a key and want `EdDSA` semantics
/// (same as `key.verify(Alg::EdDSA, msg, sig)`).
///
/// # Errors
/// As [`PublicKey::verify`].
pub fn ed25519_verify_strict(key: &PublicKey, msg: &[u8], sig: &[u8]) -> Result<()> {
    key.verify(Alg::EdDSA, msg, sig)
}

fn jwk_str<'a>(obj: &'a Map<String, Value>, member: &str) -> Result<&'a str> {
    match obj.get(member) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(Error::new(
            "jwk-invalid",
            format!("the JWK member `{member}` must be a string"),
        )),
        None => Err(Error::new(
            "jwk-invalid",
            format!("the JWK has no `{member}` member"),
        )),
    }
}

fn jwk_bytes(obj: &Map<String, Value>, member: &str, len: Option<usize>) -> Result<Vec<u8>> {
    let bytes = encoding::base64url(jwk_str(obj, member)?).map_err(|e| {
        Error::new(
            "jwk-invalid",
            format!(
                "the JWK member `{member}` is not unpadded base64url: {}",
                e.message
            ),
        )
    })?;
    match len {
        Some(want) if bytes.len() != want => Err(Error::new(
            "jwk-invalid",
            format!(
                "the JWK member `{member}` decodes to {} bytes, expected {want}",
                bytes.len()
            ),
        )),
        _ => Ok(bytes),
    }
}

fn ed25519_from_bytes(bytes: &[u8], code: &'static str) -> Result<PublicKey> {
    let arr: [u8; 32] = bytes.try_into().map_err(|_| {
        Error::new(
            code,
            format!("an Ed25519 public key has 32 bytes, not {}", bytes.len()),
        )
    })?;
    ed25519_dalek::VerifyingKey::from_bytes(&arr)
        .map(PublicKey::Ed25519)
        .map_err(|_| Error::new(code, "the Ed25519 public key is not a valid curve point"))
}

fn p256_from_sec1(sec1: &[u8], code: &'static str) -> Result<PublicKey> {
    p256::ecdsa::VerifyingKey::from_sec1_bytes(sec1)
        .map(PublicKey::P256)
        .map_err(|_| Error::new(code, "the P-256 public key is not a valid curve point"))
}

fn rsa_from_pkcs1_der(der: &[u8]) -> Result<PublicKey> {
    let k = rsa::pkcs1::RsaPublicKey::from_der(der)
        .map_err(|e| pem_invalid(format!("the PKCS#1 RSAPublicKey does not parse: {e}")))?;
    rsa_from_parts(k.modulus.as_bytes(), k.public_exponent.as_bytes())
}

fn rsa_from_parts(n: &[u8], e: &[u8]) -> Result<PublicKey> {
    let n = BigUint::from_bytes_be(n);
    let bits = n.bits();
    if bits > MAX_RSA_BITS {
        return Err(unsupported(format!(
            "RSA modulus of {bits} bits (at most {MAX_RSA_BITS} accepted)"
        )));
    }
    RsaPublicKey::new_with_max_size(n, BigUint::from_bytes_be(e), MAX_RSA_BITS)
        .map(PublicKey::Rsa)
        .map_err(|err| {
            Error::new(
                "key-invalid",
                format!("the RSA public key is invalid: {err}"),
            )
        })
}

/// Finds the one PEM block in `text`; returns its label and decoded body.
fn pem_block(text: &str) -> Result<(&str, Vec<u8>)> {
    let text = text.trim();
    let rest = text
        .strip_prefix("-----BEGIN ")
        .ok_or_else(|| pem_invalid("the text does not start with `-----BEGIN `"))?;
    let (label, rest) = rest
        .split_once("-----")
        .ok_or_else(|| pem_invalid("the PEM BEGIN line is not terminated by `-----`"))?;
    let end = format!("-----END {label}-----");
    let body = rest
        .strip_suffix(end.as_str())
        .ok_or_else(|| pem_invalid(format!("the PEM text does not end with `{end}`")))?;
    if body.contains('-') || body.contains(':') {
        return Err(pem_invalid(
            "the PEM body contains headers or a second block; expected one plain key block",
        ));
    }
    let der =
        encoding::base64_any(body).map_err(|_| pem_invalid("the PEM body is not valid base64"))?;
    Ok((label, der))
}

fn bounded_base58(text: &str) -> Result<Vec<u8>> {
    if text.len() > MAX_MULTIKEY_CHARS {
        return Err(Error::new(
            "key-invalid",
            format!(
                "the key text is {} characters long, more than the {MAX_MULTIKEY_CHARS} any \
                 supported key needs",
                text.len()
            ),
        ));
    }
    encoding::base58btc(text).map_err(|e| Error::new("key-invalid", e.message))
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

fn preview(text: &str) -> String {
    text.chars().take(12).collect()
}

fn bad_signature(alg: Alg, key: &PublicKey, why: &str) -> Error {
    Error::new(
        "signature-invalid",
        format!(
            "the {alg} signature does not verify with the {} key{why}: the signed bytes were \
             changed or another key made the signature",
            key.describe()
        ),
    )
}

fn unsupported(what: String) -> Error {
    Error::new(
        "key-unsupported",
        format!("{what} is not supported; supported keys are Ed25519, P-256 and RSA"),
    )
}

fn pem_invalid(msg: impl Into<String>) -> Error {
    Error::new("pem-invalid", msg)
}

fn multikey_invalid(msg: impl Into<String>) -> Error {
    Error::new("multikey-invalid", msg)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

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

    #[test]
    fn varint() {
        assert_eq!(split_varint(&[0xed, 0x01, 7]), Some((0xed, &[7u8][..])));
        assert_eq!(split_varint(&[0x80, 0x24]), Some((0x1200, &[][..])));
        assert_eq!(split_varint(&[0x80, 0x00]), None);
        assert_eq!(split_varint(&[0x80, 0x80, 0x80, 0x01]), None);
        assert_eq!(split_varint(&[]), None);
    }

    #[test]
    fn jwk_refusals() {
        let code = |v: Value| PublicKey::from_jwk(&v).unwrap_err().code;
        assert_eq!(code(json!({"kty":"oct","k":"AAAA"})), "jwk-symmetric");
        assert_eq!(code(json!("RSA")), "jwk-invalid");
        assert_eq!(code(json!({"crv":"Ed25519"})), "jwk-invalid");
        assert_eq!(
            code(json!({"kty":"OKP","crv":"X25519","x":"AAAA"})),
            "key-unsupported"
        );
        assert_eq!(
            code(json!({"kty":"EC","crv":"P-384","x":"AA","y":"AA"})),
            "key-unsupported"
        );
        assert_eq!(
            code(json!({"kty":"OKP","crv":"Ed25519","x":"AAAA"})),
            "jwk-invalid"
        );
        assert_eq!(
            code(
                json!({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="})
            ),
            "jwk-invalid"
        );
        // A point not on P-256: the RFC 7515 A.3 x with y = 1.
        assert_eq!(
            code(json!({"kty":"EC","crv":"P-256",
                "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                "y":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE"})),
            "jwk-invalid"
        );
    }
}
