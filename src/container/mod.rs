//! Containers: finding the badge payload inside a PNG, an SVG or raw text, and baking one in.
//!
//! [`extract`] sniffs the input and hands it to [`png`] or [`svg`], or classifies it as raw
//! text; [`bake`] writes a payload into a PNG or SVG so that `extract` gives it back.
//! Both read untrusted bytes: every loop and allocation is bounded by a [`Limits`] field,
//! nothing is fetched, no pixel is decoded and no XML entity beyond the predefined five is
//! expanded.
//!
//! Raw text is trimmed (and a UTF-8 byte order mark dropped), then classified by
//! [`Payload::classify`]: `{…` is JSON, `header.payload.signature` is a compact JWS, and an
//! `http(s)://` URL is a hosted assertion.

pub mod png;
pub mod svg;
mod xml;

use crate::code::{Param, Params};
use crate::json::Value;
use crate::report::{ContainerKind, Spec};
use crate::Code;
use crate::{encoding, json, Error, Limits, Result};

/// What a container carried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payload {
    /// A JSON assertion or credential (text, not yet parsed).
    Json(String),
    /// A compact JWS / JWT (`header.payload.signature`).
    CompactJws(String),
    /// An http(s) URL of a hosted assertion.
    Url(String),
}

impl Payload {
    /// Classifies badge text (trimmed first, a leading byte order mark dropped): `{…` is
    /// JSON, text matching `^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$` is a compact
    /// JWS, and an `http://` / `https://` URL without spaces is a hosted assertion URL.
    /// The JSON is not parsed here.
    ///
    /// # Errors
    /// `payload-unrecognized` when the text is empty or none of the three.
    pub fn classify(text: &str) -> Result<Self> {
        let t = text.trim_start_matches('\u{feff}').trim();
        if t.starts_with('{') {
            Ok(Self::Json(t.to_owned()))
        } else if is_compact_jws(t) {
            Ok(Self::CompactJws(t.to_owned()))
        } else if is_http_url(t) {
            Ok(Self::Url(t.to_owned()))
        } else {
            // `reason`: `empty`, or `unknown` for text that is none of the three.
            let reason = if t.is_empty() { "empty" } else { "unknown" };
            Err(Error::with(
                Code::PayloadUnrecognized,
                Params::new().with(Param::Reason, reason),
            ))
        }
    }

    /// The payload text.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json(s) | Self::CompactJws(s) | Self::Url(s) => s,
        }
    }

    /// The generation to bake this payload as: OB 3.0 when the JSON (or the JWS payload)
    /// has a `type` containing `VerifiableCredential` or a JWS payload has a `vc` claim;
    /// OB 2.0 otherwise (URLs are always OB 2.0 hosted assertions).
    ///
    /// # Errors
    /// `bake-invalid-payload` when the JSON or the JWS payload does not parse.
    pub fn bake_spec(&self, limits: &Limits) -> Result<Spec> {
        let doc = match self {
            Self::Url(_) => return Ok(Spec::Ob2),
            Self::Json(text) => json::parse(text, limits),
            Self::CompactJws(jws) => {
                let segment = jws.split('.').nth(1).unwrap_or_default();
                encoding::base64url(segment).and_then(|b| json::parse_bytes(&b, limits))
            }
        }
        .map_err(|_| Error::with(Code::BakeInvalidPayload, Params::new()))?;
        let is_vc = doc.get("vc").is_some_and(crate::json::Value::is_object)
            || match doc.get("type") {
                Some(crate::json::Value::String(t)) => t == "VerifiableCredential",
                Some(crate::json::Value::Array(ts)) => {
                    ts.iter().any(|t| t == "VerifiableCredential")
                }
                _ => false,
            };
        Ok(if is_vc { Spec::Ob3 } else { Spec::Ob2 })
    }
}

/// The result of unbaking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted {
    /// The outer container. Raw compact JWS text is reported as `Jws` here; verification
    /// refines it to `Jwt` for OB 3.0 VC-JWTs.
    pub container: ContainerKind,
    /// The generation implied by the PNG keyword / SVG namespace, if any.
    pub spec_hint: Option<Spec>,
    /// The payload.
    pub payload: Payload,
}

impl Extracted {
    /// The JSON shape `extract` front ends print: `{container, specHint, payload: {kind,
    /// text}}` with `kind` one of `json`, `compact-jws`, `url`.
    pub fn to_json(&self) -> Value {
        let (kind, text) = match &self.payload {
            Payload::Json(t) => ("json", t),
            Payload::CompactJws(t) => ("compact-jws", t),
            Payload::Url(t) => ("url", t),
        };
        json::object([
            ("container", Value::from(self.container.as_str())),
            (
                "specHint",
                self.spec_hint
                    .map_or(Value::Null, |s| Value::from(s.as_str())),
            ),
            (
                "payload",
                json::object([
                    ("kind", Value::from(kind)),
                    ("text", Value::from(text.as_str())),
                ]),
            ),
        ])
    }
}

/// Finds the badge payload in `bytes` (PNG, SVG, JSON, compact JWS or URL text).
///
/// # Errors
/// `limit-exceeded` for input over [`Limits::max_input_bytes`]; `unrecognized-input` for
/// anything that is none of the accepted kinds; `no-badge-data` for a PNG or SVG without a
/// badge; the `png-*` / `svg-*` codes of [`png::extract`] and [`svg::extract`].
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    check_input_size(bytes, limits)?;
    if bytes.starts_with(&png::SIGNATURE) {
        return png::extract(bytes, limits);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(unrecognized(bytes));
    };
    let t = text.trim();
    if t.starts_with('<') {
        return svg::extract(text, limits);
    }
    let payload = Payload::classify(t).map_err(|_| unrecognized(bytes))?;
    let container = match payload {
        Payload::Json(_) => ContainerKind::Json,
        Payload::CompactJws(_) => ContainerKind::Jws,
        Payload::Url(_) => ContainerKind::Url,
    };
    Ok(Extracted {
        container,
        payload,
        spec_hint: None,
    })
}

/// Bakes `payload` (JSON text, compact JWS, or URL) into a PNG or SVG `image`, replacing
/// any badge already baked in. The generation (PNG keyword, SVG element) follows
/// [`Payload::bake_spec`]. `extract(&bake(image, p)?)` gives back `Payload::classify(p)`.
///
/// # Errors
/// `unrecognized-input` when `image` is neither PNG nor SVG; `payload-unrecognized` or
/// `bake-invalid-payload` for a payload that is not a badge; the container errors of
/// [`png::bake`] and [`svg::bake`] for a malformed image.
pub fn bake(image: &[u8], payload: &str, limits: &Limits) -> Result<Vec<u8>> {
    check_input_size(image, limits)?;
    let payload = Payload::classify(payload)?;
    let spec = payload.bake_spec(limits)?;
    if image.starts_with(&png::SIGNATURE) {
        return png::bake(image, &payload, spec, limits);
    }
    let image = image.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(image);
    match std::str::from_utf8(image) {
        Ok(text) if text.trim_start().starts_with('<') => {
            svg::bake(text, &payload, spec, limits).map(String::into_bytes)
        }
        _ => Err(unrecognized(image)),
    }
}

fn check_input_size(bytes: &[u8], limits: &Limits) -> Result<()> {
    if bytes.len() > limits.max_input_bytes {
        return Err(Error::limit(
            "max_input_bytes",
            limits.max_input_bytes,
            "input",
        ));
    }
    Ok(())
}

/// The `no-badge-data` error for an image that carries no badge: `container` is where we
/// looked (`png` or `svg`).
pub(crate) fn no_badge_data(container: ContainerKind) -> Error {
    Error::with(
        Code::NoBadgeData,
        Params::new().with(Param::Container, container.as_str()),
    )
}

/// The `unrecognized-input` error; `kind` is one of the tokens [`Param::Kind`] lists.
pub(crate) fn unrecognized_kind(kind: &'static str) -> Error {
    Error::with(
        Code::UnrecognizedInput,
        Params::new().with(Param::Kind, kind),
    )
}

fn unrecognized(bytes: &[u8]) -> Error {
    let kind = if bytes.starts_with(b"\xFF\xD8\xFF") {
        "jpeg"
    } else if bytes.starts_with(b"GIF8") {
        "gif"
    } else if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        "webp"
    } else if bytes.starts_with(b"%PDF") {
        "pdf"
    } else {
        "unknown"
    };
    unrecognized_kind(kind)
}

fn is_compact_jws(t: &str) -> bool {
    let mut parts = t.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let b64 = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    // An empty signature is accepted here so that an unsecured (`alg: none`) token is
    // recognised as a JWS and refused with a precise error, not as "unrecognized input".
    let has_body = !p.is_empty() || !s.is_empty();
    !h.is_empty() && has_body && b64(h) && b64(p) && b64(s)
}

pub(crate) fn is_http_url(t: &str) -> bool {
    let rest = ["http://", "https://"].iter().find_map(|scheme| {
        t.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .and_then(|_| t.get(scheme.len()..))
    });
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !t.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn classify(t: &str) -> Payload {
        Payload::classify(t).unwrap()
    }

    #[test]
    fn classifies_text() {
        assert_eq!(
            classify(" \n{\"a\":1}\n"),
            Payload::Json("{\"a\":1}".into())
        );
        assert_eq!(
            classify("\u{feff}a.b.c"),
            Payload::CompactJws("a.b.c".into())
        );
        assert_eq!(classify("a..c"), Payload::CompactJws("a..c".into()));
        // unsecured (`alg: none`) tokens have an empty signature
        assert_eq!(classify("a.b."), Payload::CompactJws("a.b.".into()));
        assert_eq!(
            classify("HTTPS://example.org/a?b=c&d"),
            Payload::Url("HTTPS://example.org/a?b=c&d".into())
        );
        for bad in [
            "",
            "  ",
            "a.b",
            ".b.c",
            "a..",
            "a.b.c.d",
            "a+b.c.d",
            "ftp://x",
            "http://",
            "http://a b",
            "[1]",
        ] {
            assert_eq!(
                Payload::classify(bad).unwrap_err().code,
                Code::PayloadUnrecognized,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn extracts_raw_text() {
        let l = Limits::default();
        let e = extract(b"\xEF\xBB\xBF  {\"id\":1}  ", &l).unwrap();
        assert_eq!(e.container, ContainerKind::Json);
        assert_eq!(e.payload, Payload::Json("{\"id\":1}".into()));
        assert_eq!(
            extract(b"eyJ.eyJ.sig", &l).unwrap().container,
            ContainerKind::Jws
        );
        assert_eq!(
            extract(b"https://x.org/a", &l).unwrap().container,
            ContainerKind::Url
        );
        for bad in [&b"hello"[..], b"\xFF\xD8\xFF\xE0", b"\x80\x81", b""] {
            assert_eq!(extract(bad, &l).unwrap_err().code, Code::UnrecognizedInput);
        }
        assert_eq!(
            extract(b"\xFF\xD8\xFF\xE0", &l).unwrap_err().params,
            Params::new().with(Param::Kind, "jpeg")
        );
        assert_eq!(
            extract(b"hello", &l).unwrap_err().params,
            Params::new().with(Param::Kind, "unknown")
        );
        let small = Limits {
            max_input_bytes: 4,
            ..Limits::default()
        };
        assert_eq!(
            extract(b"{\"a\":1}", &small).unwrap_err().code,
            Code::LimitExceeded
        );
    }

    #[test]
    fn chooses_bake_spec() {
        let l = Limits::default();
        let spec = |t: &str| classify(t).bake_spec(&l).unwrap();
        assert_eq!(
            spec(r#"{"type":["VerifiableCredential","OpenBadgeCredential"]}"#),
            Spec::Ob3
        );
        assert_eq!(spec(r#"{"type":"Assertion"}"#), Spec::Ob2);
        assert_eq!(spec("https://example.org/a"), Spec::Ob2);
        let jws = |claims: &str| {
            format!(
                "eyJhbGciOiJub25lIn0.{}.c2ln",
                encoding::base64url_encode(claims.as_bytes())
            )
        };
        assert_eq!(spec(&jws(r#"{"vc":{"type":"X"}}"#)), Spec::Ob3);
        assert_eq!(
            spec(&jws(r#"{"type":["VerifiableCredential"]}"#)),
            Spec::Ob3
        );
        assert_eq!(spec(&jws(r#"{"type":"Assertion"}"#)), Spec::Ob2);
        let err = classify("a.b.c").bake_spec(&l).unwrap_err();
        assert_eq!(err.code, Code::BakeInvalidPayload);
    }
}
