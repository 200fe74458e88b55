//! Compact JWS (RFC 7515 §7.1): OB 2.0 signed assertions and OB 3.0 VC-JWTs.
//!
//! [`CompactJws::parse`] splits and decodes the three segments and keeps the exact received
//! `header_b64.payload_b64` text, which is what is verified — never a re-serialization.
//! [`CompactJws::algorithm`] applies the header rules of specs §6.2 against a per-format
//! allowlist ([`OB2_ALGS`], [`VC_JWT_ALGS`]): no `none`, no `HS*`, no unknown `crit`, no
//! unencoded payloads (`b64: false`). `jku` and `x5u` are never followed: they are ignored,
//! because a key fetched from a URL the token names is a key the token's author chose.

use crate::code::{Param, Params};
use crate::crypto::{Alg, PublicKey};
use crate::json::{Map, Value};
use crate::Code;
use crate::{encoding, json, Error, Limits, Result};

/// Algorithms accepted on an OB 2.0 signed assertion (the spec defines RS256 only).
pub const OB2_ALGS: &[Alg] = &[Alg::RS256];

/// Algorithms accepted on an OB 3.0 VC-JWT (RS256 is required; the others interoperate
/// less well but are permitted by the spec).
pub const VC_JWT_ALGS: &[Alg] = &[Alg::RS256, Alg::ES256, Alg::ES384, Alg::EdDSA, Alg::PS256];

/// Registered public-key JWS algorithms (RFC 7518 §3.1, RFC 8812, RFC 9864) this
/// verifier does not implement: a token signed with one is not shown broken, only not
/// checked (`jws-alg-unsupported`, a warning). Any other name outside a format's allowlist
/// (a misspelling, a private or made-up algorithm) is `jws-alg-not-allowed`.
const UNIMPLEMENTED_ALGS: &[&str] = &[
    "RS384", "RS512", "PS384", "PS512", "ES512", "ES256K", "Ed448",
];

/// `crit` extension names this implementation understands (RFC 7515 §4.1.11). `b64` is
/// understood only with its default value `true` (RFC 7797); `b64: false` is refused.
const UNDERSTOOD_CRIT: &[&str] = &["b64"];

/// A parsed compact JWS. Fields are read through accessors so the signing input always
/// matches the decoded parts.
#[derive(Clone, Debug, PartialEq)]
pub struct CompactJws {
    header: Map,
    payload: Vec<u8>,
    signature: Vec<u8>,
    signing_input: String,
    header_len: usize,
}

impl CompactJws {
    /// Parses `header.payload.signature`. Surrounding ASCII whitespace (a trailing newline
    /// in a baked image) is ignored; anything else must be exact.
    ///
    /// # Errors
    /// `limit-exceeded` when the text is over [`Limits::max_input_bytes`] or the header
    /// JSON is over the JSON bounds; `jws-malformed` when there are not three segments, the
    /// payload segment is empty (a detached payload) or a segment is not unpadded base64url
    /// (padding `=` is invalid in JWS); `jws-header-invalid` when the header is not a UTF-8
    /// JSON object without duplicate members.
    pub fn parse(text: &str, limits: &Limits) -> Result<CompactJws> {
        if text.len() > limits.max_input_bytes {
            return Err(Error::limit(
                "max_input_bytes",
                limits.max_input_bytes,
                "jws-bytes",
            ));
        }
        let text = text.trim_matches(|c: char| c.is_ascii_whitespace());
        let mut parts = text.split('.');
        let (Some(h), Some(p), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(malformed("segment-count"));
        };
        if p.is_empty() {
            return Err(malformed("detached-payload"));
        }
        let segment = |reason: &'static str, b64: &str| {
            encoding::base64url(b64).map_err(|_| malformed(reason))
        };
        let header_bytes = segment("header-not-base64url", h)?;
        let payload = segment("payload-not-base64url", p)?;
        let signature = segment("signature-not-base64url", s)?;
        let header = match json::parse_bytes(&header_bytes, limits) {
            Ok(Value::Object(m)) => m,
            Ok(_) => return Err(header_invalid("not-object")),
            Err(e) if e.code == Code::LimitExceeded => return Err(e),
            Err(_) => return Err(header_invalid("not-json")),
        };
        Ok(CompactJws {
            header,
            payload,
            signature,
            signing_input: format!("{h}.{p}"),
            header_len: h.len(),
        })
    }

    /// The protected header members.
    pub fn header(&self) -> &Map {
        &self.header
    }

    /// The decoded payload bytes.
    pub fn payload(&self) -> &[u8] {
        &self.payload
    }

    /// The decoded signature bytes.
    pub fn signature(&self) -> &[u8] {
        &self.signature
    }

    /// The exact received `header_b64.payload_b64` text, the bytes the signature covers.
    pub fn signing_input(&self) -> &str {
        &self.signing_input
    }

    /// The received base64url header segment.
    pub fn header_b64(&self) -> &str {
        self.signing_input
            .get(..self.header_len)
            .unwrap_or_default()
    }

    /// The received base64url payload segment.
    pub fn payload_b64(&self) -> &str {
        self.signing_input
            .get(self.header_len + 1..)
            .unwrap_or_default()
    }

    /// The header's `kid`, if it is a string.
    pub fn kid(&self) -> Option<&str> {
        self.header.get("kid").and_then(Value::as_str)
    }

    /// The header's `typ`, if it is a string.
    pub fn typ(&self) -> Option<&str> {
        self.header.get("typ").and_then(Value::as_str)
    }

    /// The payload parsed as JSON within `limits`.
    ///
    /// # Errors
    /// As [`json::parse_bytes`].
    pub fn payload_json(&self, limits: &Limits) -> Result<Value> {
        json::parse_bytes(&self.payload, limits)
    }

    /// Checks the header against the rules of specs §6.2 and `allowed`, and returns the
    /// algorithm to verify with.
    ///
    /// # Errors
    /// `jws-alg-none` when `alg` is missing or `none`; `jws-alg-hmac` for `HS*`;
    /// `jws-b64-unsupported`
    /// for `b64: false`; `jws-crit-unsupported` for a `crit` naming an extension not
    /// understood; `jws-header-invalid` for an `alg`, `b64` or `crit` of the wrong type; then,
    /// for an algorithm not in `allowed`, `jws-alg-unsupported` when it is a registered
    /// public-key algorithm this verifier does not implement (a warning: the signature is
    /// not checked, not refused) and `jws-alg-not-allowed` otherwise.
    pub fn algorithm(&self, allowed: &[Alg]) -> Result<Alg> {
        let name = match self.header.get("alg") {
            None => {
                return Err(Error::with(
                    Code::JwsAlgNone,
                    Params::new().with(Param::Reason, "missing"),
                ))
            }
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err(header_invalid("alg-not-string")),
        };
        if name.eq_ignore_ascii_case("none") {
            return Err(Error::with(
                Code::JwsAlgNone,
                Params::new().with(Param::Reason, "none"),
            ));
        }
        if name.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("HS")) {
            return Err(Error::with(
                Code::JwsAlgHmac,
                Params::new().with(Param::Algorithm, name),
            ));
        }
        // Decided after the other header rules: a broken header fails whatever the algorithm.
        let alg = Alg::from_name(name)
            .filter(|a| allowed.contains(a))
            .ok_or_else(|| {
                if UNIMPLEMENTED_ALGS.contains(&name) {
                    return Error::with(
                        Code::JwsAlgUnsupported,
                        Params::new().with(Param::Algorithm, name),
                    );
                }
                Error::with(
                    Code::JwsAlgNotAllowed,
                    Params::new()
                        .with(Param::Algorithm, name)
                        .with(Param::Allowed, alg_names(allowed)),
                )
            });
        match self.header.get("b64") {
            None | Some(Value::Bool(true)) => {}
            Some(Value::Bool(false)) => {
                return Err(Error::with(Code::JwsB64Unsupported, Params::new()))
            }
            Some(_) => return Err(header_invalid("b64-not-boolean")),
        }
        if let Some(crit) = self.header.get("crit") {
            let list = crit
                .as_array()
                .filter(|l| !l.is_empty())
                .ok_or_else(|| header_invalid("crit-not-array"))?;
            for entry in list {
                let name = entry
                    .as_str()
                    .ok_or_else(|| header_invalid("crit-entry-not-string"))?;
                if !UNDERSTOOD_CRIT.contains(&name) {
                    return Err(Error::with(
                        Code::JwsCritUnsupported,
                        Params::new().with(Param::Extension, name),
                    ));
                }
            }
        }
        alg
    }

    /// Checks the header ([`CompactJws::algorithm`]) and the signature over the received
    /// segments with `key`; returns the algorithm used.
    ///
    /// # Errors
    /// As [`CompactJws::algorithm`] and [`PublicKey::verify`].
    #[cfg(feature = "builtin-crypto")]
    pub fn verify(&self, key: &PublicKey, allowed: &[Alg]) -> Result<Alg> {
        let alg = self.algorithm(allowed)?;
        key.verify(alg, self.signing_input.as_bytes(), &self.signature)?;
        Ok(alg)
    }

    /// The public key in the header's `jwk` member, if there is one. The key is
    /// self-asserted: a signature it verifies proves nothing about the issuer until the
    /// key is bound to the issuer by other means (specs §6.1).
    ///
    /// # Errors
    /// `jws-header-invalid` when `jwk` is not an object; the errors of
    /// [`PublicKey::from_jwk`] (notably `jwk-private-key`).
    pub fn header_key(&self) -> Result<Option<PublicKey>> {
        match self.header.get("jwk") {
            None => Ok(None),
            Some(v @ Value::Object(_)) => {
                let alg = self.header.get("alg").and_then(Value::as_str);
                crate::crypto::jwk_alg_allows(v, alg.and_then(Alg::from_name))?;
                PublicKey::from_jwk(v).map(Some)
            }
            Some(_) => Err(header_invalid("jwk-not-object")),
        }
    }
}

/// The names of `algs`, comma-separated: an `allowed` param.
pub(crate) fn alg_names(algs: &[Alg]) -> String {
    let names: Vec<&str> = algs.iter().map(|a| a.name()).collect();
    names.join(", ")
}

/// `jws-malformed`: `reason` is `segment-count`, `detached-payload`, or
/// `header-not-base64url` / `payload-not-base64url` / `signature-not-base64url`.
fn malformed(reason: &str) -> Error {
    Error::with(
        Code::JwsMalformed,
        Params::new().with(Param::Reason, reason),
    )
}

/// `jws-header-invalid`: `reason` is `not-object`, `not-json`, `alg-not-string`,
/// `b64-not-boolean`, `crit-not-array`, `crit-entry-not-string` or `jwk-not-object`.
fn header_invalid(reason: &str) -> Error {
    Error::with(
        Code::JwsHeaderInvalid,
        Params::new().with(Param::Reason, reason),
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn jws(header: &str) -> CompactJws {
        let text = format!(
            "{}.{}.AAAA",
            encoding::base64url_encode(header.as_bytes()),
            encoding::base64url_encode(b"{}")
        );
        CompactJws::parse(&text, &Limits::default()).unwrap()
    }

    #[test]
    fn header_rules() {
        let code = |h: &str| jws(h).algorithm(VC_JWT_ALGS).unwrap_err().code;
        assert_eq!(code("{}"), Code::JwsAlgNone);
        assert_eq!(code(r#"{"alg":"none"}"#), Code::JwsAlgNone);
        assert_eq!(code(r#"{"alg":"NONE"}"#), Code::JwsAlgNone);
        assert_eq!(code(r#"{"alg":"HS256"}"#), Code::JwsAlgHmac);
        assert_eq!(code(r#"{"alg":"hs512"}"#), Code::JwsAlgHmac);
        // Registered public-key algorithms this verifier does not implement: not checked.
        for alg in [
            "ES512", "RS384", "RS512", "PS384", "PS512", "ES256K", "Ed448",
        ] {
            let e = jws(&format!(r#"{{"alg":"{alg}"}}"#))
                .algorithm(VC_JWT_ALGS)
                .unwrap_err();
            assert_eq!(e.code, Code::JwsAlgUnsupported, "{alg}");
            assert_eq!(e.params, Params::new().with(Param::Algorithm, alg));
        }
        // RFC 9864's fully specified name for EdDSA over Ed25519 is EdDSA.
        assert_eq!(
            jws(r#"{"alg":"Ed25519"}"#).algorithm(VC_JWT_ALGS).unwrap(),
            Alg::EdDSA
        );
        // Unregistered or misspelt names (JOSE names are case-sensitive) are refused.
        assert_eq!(code(r#"{"alg":"ES999"}"#), Code::JwsAlgNotAllowed);
        assert_eq!(code(r#"{"alg":"es512"}"#), Code::JwsAlgNotAllowed);
        // A broken header fails before the algorithm is judged.
        assert_eq!(
            code(r#"{"alg":"ES512","crit":["exp"],"exp":1}"#),
            Code::JwsCritUnsupported
        );
        assert_eq!(code(r#"{"alg":7}"#), Code::JwsHeaderInvalid);
        assert_eq!(
            code(r#"{"alg":"RS256","b64":false}"#),
            Code::JwsB64Unsupported
        );
        assert_eq!(
            code(r#"{"alg":"RS256","b64":"no"}"#),
            Code::JwsHeaderInvalid
        );
        assert_eq!(
            code(r#"{"alg":"RS256","crit":["exp"],"exp":1}"#),
            Code::JwsCritUnsupported
        );
        assert_eq!(code(r#"{"alg":"RS256","crit":[]}"#), Code::JwsHeaderInvalid);
        assert_eq!(
            code(r#"{"alg":"RS256","crit":"b64"}"#),
            Code::JwsHeaderInvalid
        );
        let ok = |h: &str, a: &[Alg]| jws(h).algorithm(a);
        assert_eq!(
            ok(r#"{"alg":"ES256"}"#, OB2_ALGS).unwrap_err().code,
            Code::JwsAlgNotAllowed
        );
        assert_eq!(ok(r#"{"alg":"EdDSA"}"#, VC_JWT_ALGS), Ok(Alg::EdDSA));
        assert_eq!(
            ok(r#"{"alg":"RS256","crit":["b64"],"b64":true}"#, OB2_ALGS),
            Ok(Alg::RS256)
        );
        // jku / x5u are ignored, never an error and never followed.
        assert_eq!(
            ok(
                r#"{"alg":"RS256","jku":"https://evil.example/k","x5u":"https://evil.example/c"}"#,
                OB2_ALGS
            ),
            Ok(Alg::RS256)
        );
    }

    #[test]
    fn malformed_text() {
        let l = Limits::default();
        let code = |t: &str| CompactJws::parse(t, &l).unwrap_err().code;
        assert_eq!(code("a.b"), Code::JwsMalformed);
        assert_eq!(code("e30.e30.AA.AA"), Code::JwsMalformed);
        assert_eq!(code("e30=.e30.AAAA"), Code::JwsMalformed);
        assert_eq!(code("e30..AAAA"), Code::JwsMalformed);
        assert_eq!(code("e30.e3+.AAAA"), Code::JwsMalformed);
        assert_eq!(code("W10.e30.AAAA"), Code::JwsHeaderInvalid); // []
        assert_eq!(code("eyJhIjoxLCJhIjoyfQ.e30.AAAA"), Code::JwsHeaderInvalid); // duplicate
        let small = Limits {
            max_input_bytes: 4,
            ..Limits::default()
        };
        assert_eq!(
            CompactJws::parse("e30.e30.AAAA", &small).unwrap_err().code,
            Code::LimitExceeded
        );
        let j = CompactJws::parse(" e30.e30.\n", &l).unwrap();
        assert_eq!(
            (j.header_b64(), j.payload_b64(), j.signature()),
            ("e30", "e30", &[][..])
        );
        assert_eq!(j.signing_input(), "e30.e30");
    }
}
