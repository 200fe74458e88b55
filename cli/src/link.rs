//! Verification links: a badge carried in the fragment of the verifier page's URL, so that
//! opening the link verifies the badge in the browser and nothing about it is ever sent to
//! a server (browsers do not send the fragment).
//!
//! - `#u=<url>`: a hosted assertion, its URL as it is;
//! - `#c=<data>`: any other payload (JSON credential or assertion, compact JWS / VC-JWT),
//!   its UTF-8 text compressed with raw deflate (RFC 1951, what the browser's
//!   `DecompressionStream('deflate-raw')` reads) and encoded as base64url without padding.
//!
//! A baked image is linked by its payload (the image itself is not in the link). The page
//! (`www/verifier.js`) reads both forms and makes the same links for its cards.

use badgeverify::container::{self, Payload};
use badgeverify::Limits;
use base64::Engine as _;

/// The base of links when `--base` is not given: the page as `badgeverify serve` serves it.
pub fn default_base() -> String {
    format!("http://127.0.0.1:{}/", crate::serve::DEFAULT_PORT)
}

/// The deflate level: miniz's best (10, "uber"); links are made once and read many times.
const LEVEL: u8 = 10;

/// The URL a hosted assertion is verified from, when `json` is one: OB 2.0
/// `verification.type` `hosted` / `HostedBadge` with an http(s) `id`, or OB 1.x
/// `verify.type` `hosted` with an http(s) `verify.url`. Verification re-fetches the
/// assertion from there anyway, so the link needs only that URL.
pub fn hosted_url(json: &str) -> Option<String> {
    let doc: serde_json::Value = serde_json::from_str(json).ok()?;
    let is_hosted = |v: &serde_json::Value| {
        v["type"]
            .as_str()
            .is_some_and(|t| t.eq_ignore_ascii_case("hosted") || t == "HostedBadge")
    };
    let url = if is_hosted(&doc["verification"]) {
        doc["id"].as_str()
    } else if is_hosted(&doc["verify"]) {
        doc["verify"]["url"].as_str()
    } else {
        None
    }?;
    crate::http::is_http(url)
        .then(|| url.trim().to_owned())
        .filter(|u| !u.contains(char::is_whitespace))
}

/// The fragment (without `#`) for a payload.
pub fn fragment(payload: &Payload) -> String {
    let hosted = match payload {
        Payload::Url(url) => Some(url.trim().to_owned()),
        Payload::Json(text) => hosted_url(text),
        Payload::CompactJws(_) => None,
    };
    match (hosted, payload) {
        (Some(url), _) => format!("u={url}"),
        (None, Payload::Json(text) | Payload::CompactJws(text) | Payload::Url(text)) => {
            let packed = miniz_oxide::deflate::compress_to_vec(text.trim().as_bytes(), LEVEL);
            format!(
                "c={}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
            )
        }
    }
}

/// The verification link for a badge file's bytes (image, JSON, JWT or URL text).
///
/// # Errors
/// The input holds no badge payload (the same sentence `extract` prints).
pub fn link(bytes: &[u8], base: &str, limits: &Limits) -> Result<String, String> {
    let extracted = container::extract(bytes, limits).map_err(|e| e.to_string())?;
    let base = base.split('#').next().unwrap_or(base);
    Ok(format!("{base}#{}", fragment(&extracted.payload)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip() {
        let limits = Limits::default();
        let json = br#"{"@context":"https://w3id.org/openbadges/v2","type":"Assertion"}"#;
        let link = link(json, "https://verify.example/#old", &limits).unwrap();
        let data = link.strip_prefix("https://verify.example/#c=").unwrap();
        assert!(data
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(data)
            .unwrap();
        let text = miniz_oxide::inflate::decompress_to_vec(&packed).unwrap();
        assert_eq!(text, json);

        let hosted = link_of("https://example.org/assertion.json");
        assert_eq!(hosted, "http://b/#u=https://example.org/assertion.json");
    }

    fn link_of(text: &str) -> String {
        link(text.as_bytes(), "http://b/", &Limits::default()).unwrap()
    }

    #[test]
    fn hosted_assertions_are_linked_by_their_url() {
        let ob2 = r#"{"id":"https://example.org/a.json","verification":{"type":"HostedBadge"}}"#;
        assert_eq!(link_of(ob2), "http://b/#u=https://example.org/a.json");
        let ob1 = r#"{"verify":{"type":"hosted","url":"http://example.org/b.json"}}"#;
        assert_eq!(link_of(ob1), "http://b/#u=http://example.org/b.json");
        let signed = r#"{"id":"https://example.org/a.json","verification":{"type":"SignedBadge"}}"#;
        assert!(link_of(signed).starts_with("http://b/#c="));
        let odd = r#"{"id":"javascript:alert(1)","verification":{"type":"hosted"}}"#;
        assert!(link_of(odd).starts_with("http://b/#c="));
    }

    #[test]
    fn no_badge_is_an_error() {
        assert!(link(b"hello", "http://b/", &Limits::default()).is_err());
    }
}
