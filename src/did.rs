//! DIDs whose key is computed from the identifier itself: `did:key` and `did:jwk`.
//!
//! [`resolve_offline`] turns such a DID or DID URL into the key, the controller DID and the
//! verification-method id, with no network. Every other method (`did:web`, …) returns
//! `Ok(None)`: it needs a fetched DID document, which the verifier asks its driver for.
//! [`did_method`] names the method so a caller can tell "needs the network" from "a method
//! nobody implements".
//!
//! A did:key or did:jwk proves only that the signer holds that key: it says nothing about
//! who the signer is (specs §6.1).
//!
//! `did:web` needs its DID document fetched: [`web_document_url`] computes where from
//! (specs §5), and [`crate::keys::find_verification_method`] reads the fetched document.

use crate::code::{Param, Params};
use crate::crypto::PublicKey;
use crate::Code;
use crate::{encoding, json, Error, Limits, Result};

/// Longest DID URL read, in bytes. A did:jwk of an 8192-bit RSA key is about 1.5 KiB.
pub const MAX_DID_URL_BYTES: usize = 8 * 1024;

/// A key obtained from a DID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedKey {
    /// The controller DID (the DID URL without fragment), e.g. `did:key:z6Mk…`.
    pub did: String,
    /// The full verification-method id, e.g. `did:key:z6Mk…#z6Mk…` or `did:jwk:…#0`.
    pub vm_id: String,
    /// The public key.
    pub key: PublicKey,
}

/// The method name of a DID or DID URL (`key` for `did:key:z6Mk…`), or `None` when the text
/// is not `did:<method>:<id>` with a method of lowercase letters and digits.
pub fn did_method(did_url: &str) -> Option<&str> {
    let rest = did_url.strip_prefix("did:")?;
    let (method, id) = rest.split_once(':')?;
    let valid = !method.is_empty()
        && method
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && !id.is_empty();
    valid.then_some(method)
}

/// Resolves `did:key` and `did:jwk` DIDs and DID URLs without the network.
///
/// - `did:key:z…` and `did:key:z…#z…` (the fragment must repeat the key) give the Multikey's
///   key with `vm_id` `did:key:z…#z…`.
/// - `did:jwk:<base64url JWK>` and `did:jwk:…#0` give the JWK's key with `vm_id` `…#0`.
/// - Any other method gives `Ok(None)`: it needs a DID document (or is unsupported; see
///   [`did_method`]).
///
/// # Errors
/// `did-invalid` for text that is not a DID (or is longer than [`MAX_DID_URL_BYTES`]);
/// `did-key-invalid` / `did-jwk-invalid` for a malformed did:key / did:jwk (path, query,
/// wrong fragment, undecodable id, an encryption-only JWK); the key errors of
/// [`PublicKey::from_multikey`] and [`PublicKey::from_jwk`] (e.g. `multikey-invalid`,
/// `jwk-private-key`) for a well-formed DID carrying an unacceptable key.
pub fn resolve_offline(did_url: &str) -> Result<Option<ResolvedKey>> {
    if did_url.len() > MAX_DID_URL_BYTES {
        return Err(reason(Code::DidInvalid, "too-long"));
    }
    let method = did_method(did_url).ok_or_else(|| reason(Code::DidInvalid, "not-a-did"))?;
    let (did, fragment) = match did_url.split_once('#') {
        Some((d, f)) => (d, Some(f)),
        None => (did_url, None),
    };
    let prefix_len = "did:".len() + method.len() + 1;
    let id = did.get(prefix_len..).unwrap_or_default();
    match method {
        "key" => resolve_key(did, id, fragment).map(Some),
        "jwk" => resolve_jwk(did, id, fragment).map(Some),
        _ => Ok(None),
    }
}

fn resolve_key(did: &str, id: &str, fragment: Option<&str>) -> Result<ResolvedKey> {
    if id.contains(['/', '?', ':']) {
        return Err(reason(Code::DidKeyInvalid, "path-or-query"));
    }
    if fragment.is_some_and(|f| f != id) {
        return Err(reason(Code::DidKeyInvalid, "wrong-fragment"));
    }
    let key = PublicKey::from_multikey(id)?;
    Ok(ResolvedKey {
        did: did.to_owned(),
        vm_id: format!("{did}#{id}"),
        key,
    })
}

fn resolve_jwk(did: &str, id: &str, fragment: Option<&str>) -> Result<ResolvedKey> {
    let invalid = |why: &str| reason(Code::DidJwkInvalid, why);
    if id.contains(['/', '?', ':']) {
        return Err(invalid("path-or-query"));
    }
    if fragment.is_some_and(|f| f != "0") {
        return Err(invalid("wrong-fragment"));
    }
    let bytes = encoding::base64url(id).map_err(|_| invalid("not-base64url"))?;
    let jwk = json::parse_bytes(&bytes, &Limits::default()).map_err(|_| invalid("not-json"))?;
    if jwk.get("use").and_then(|u| u.as_str()) == Some("enc") {
        return Err(invalid("encryption-key"));
    }
    let key = PublicKey::from_jwk(&jwk)?;
    Ok(ResolvedKey {
        did: did.to_owned(),
        vm_id: format!("{did}#0"),
        key,
    })
}

/// The DID of a DID URL: everything before the first `/` (path), `?` (query) or `#`
/// (fragment) that follows the method name, e.g. `did:web:example.com` for
/// `did:web:example.com#key-1`. Text that is not a DID is returned unchanged up to the first
/// `#` or `?`.
pub fn did_of(did_url: &str) -> &str {
    let end = did_url.find(['#', '?']).unwrap_or(did_url.len());
    let did = did_url.get(..end).unwrap_or(did_url);
    match did.strip_prefix("did:") {
        // A path starts at the first `/` after `did:`; a DID itself never contains `/`.
        Some(rest) => rest
            .find('/')
            .and_then(|i| did.get(..i + "did:".len()))
            .unwrap_or(did),
        None => did,
    }
}

/// Where the DID document of a `did:web` DID (or DID URL) is published (specs §5, W3C
/// did:web method §3.2):
///
/// - `did:web:example.com` → `https://example.com/.well-known/did.json`;
/// - `did:web:example.com%3A3000:user:alice` → `https://example.com:3000/user/alice/did.json`.
///
/// A fragment, query or DID path is dropped first (`did:web:example.com#key-1` names the
/// same document). The host must be a domain name: the did:web method forbids IP addresses,
/// and any host whose last label does not start with a letter is treated as one (this
/// covers `127.1` and `0x7f.1`, which URL parsers read as IPv4). Path segments are DID
/// `idchar`s (letters, digits, `.`, `-`, `_`, `%XX`) and never `.` or `..`.
///
/// `allow_http_loopback` exists **only for tests** against a server on 127.0.0.1: when it
/// is `true` and the host is `127.0.0.1` or `localhost`, the URL is `http://` instead of
/// `https://` (e.g. `did:web:127.0.0.1%3A8080` → `http://127.0.0.1:8080/.well-known/did.json`).
/// Production code passes `false`; every other host is always `https://`.
///
/// # Errors
/// `did-web-invalid` when the text is not a `did:web` DID, the host is empty, not a domain
/// name or an IP address, the port is not 1–65535, or a path segment is empty, `.`/`..` or
/// has a character outside the DID syntax; `did-invalid` for text over
/// [`MAX_DID_URL_BYTES`].
pub fn web_document_url(did: &str, allow_http_loopback: bool) -> Result<String> {
    if did.len() > MAX_DID_URL_BYTES {
        return Err(reason(Code::DidInvalid, "too-long"));
    }
    let invalid = |why: &str| reason(Code::DidWebInvalid, why);
    let id = did_of(did)
        .strip_prefix("did:web:")
        .ok_or_else(|| invalid("not-did-web"))?;
    let mut segments = id.split(':');
    let authority = segments.next().unwrap_or_default();
    let (host, port) = split_port(authority).map_err(invalid)?;
    let loopback = allow_http_loopback && (host == "localhost" || host == "127.0.0.1");
    if !loopback {
        check_domain(host).map_err(invalid)?;
    }
    let mut url = String::with_capacity(id.len() + 32);
    url.push_str(if loopback { "http://" } else { "https://" });
    url.push_str(host);
    if let Some(p) = port {
        url.push(':');
        url.push_str(p);
    }
    let mut has_path = false;
    for segment in segments {
        check_path_segment(segment).map_err(invalid)?;
        url.push('/');
        url.push_str(segment);
        has_path = true;
    }
    if !has_path {
        url.push_str("/.well-known");
    }
    url.push_str("/did.json");
    Ok(url)
}

/// Splits `host%3Aport` (the colon percent-encoded, either case) into host and port.
fn split_port(authority: &str) -> std::result::Result<(&str, Option<&str>), &'static str> {
    let lower = authority.to_ascii_lowercase();
    let Some(i) = lower.find("%3a") else {
        return Ok((authority, None));
    };
    let host = authority.get(..i).unwrap_or_default();
    let port = authority.get(i + 3..).unwrap_or_default();
    let valid = !port.is_empty()
        && port.len() <= 5
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p));
    if !valid {
        return Err("port");
    }
    Ok((host, Some(port)))
}

/// A DNS name: dot-separated labels of letters, digits and `-` (1–63 characters, not
/// starting or ending with `-`), the last label starting with a letter so no IPv4 form
/// passes; at most 253 characters.
fn check_domain(host: &str) -> std::result::Result<(), &'static str> {
    if host.is_empty() {
        return Err("host-empty");
    }
    if host.len() > 253 {
        return Err("host-too-long");
    }
    let labels_ok = host.split('.').all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    if !labels_ok {
        return Err("host-not-domain");
    }
    let last_starts_with_letter = host
        .rsplit('.')
        .next()
        .and_then(|l| l.bytes().next())
        .is_some_and(|b| b.is_ascii_alphabetic());
    if !last_starts_with_letter {
        return Err("host-ip");
    }
    Ok(())
}

/// A did:web path segment: DID `idchar`s (`ALPHA / DIGIT / "." / "-" / "_" / pct-encoded`),
/// not empty, not `.` or `..`.
fn check_path_segment(segment: &str) -> std::result::Result<(), &'static str> {
    if segment.is_empty() || segment == "." || segment == ".." {
        return Err("segment-empty");
    }
    let bytes = segment.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return Err("segment-escape");
            }
            i += 3;
        } else if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
            i += 1;
        } else {
            return Err("segment-char");
        }
    }
    Ok(())
}

/// A DID error with its `reason` token: `did-invalid` (`too-long`, `not-a-did`),
/// `did-key-invalid` (`path-or-query`, `wrong-fragment`), `did-jwk-invalid` (those and
/// `not-base64url`, `not-json`, `encryption-key`), `did-web-invalid` (`not-did-web`, `port`,
/// `host-empty`, `host-too-long`, `host-not-domain`, `host-ip`, `segment-empty`,
/// `segment-escape`, `segment-char`).
fn reason(code: Code, reason: &str) -> Error {
    Error::with(code, Params::new().with(Param::Reason, reason))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn methods() {
        assert_eq!(did_method("did:web:example.com"), Some("web"));
        assert_eq!(did_method("did:key:z6Mk#z6Mk"), Some("key"));
        assert_eq!(did_method("did:Web:example.com"), None);
        assert_eq!(did_method("did::x"), None);
        assert_eq!(did_method("did:web:"), None);
        assert_eq!(did_method("https://example.com"), None);
    }

    #[test]
    fn non_offline_methods() {
        assert_eq!(resolve_offline("did:web:example.com"), Ok(None));
        assert_eq!(resolve_offline("did:example:123#key-1"), Ok(None));
        assert_eq!(
            resolve_offline("https://example.com/issuer#key")
                .unwrap_err()
                .code,
            Code::DidInvalid
        );
        assert_eq!(
            resolve_offline(&format!("did:key:z{}", "1".repeat(9000)))
                .unwrap_err()
                .code,
            Code::DidInvalid
        );
    }
    #[test]
    fn did_of_strips_url_parts() {
        assert_eq!(did_of("did:web:example.com#key-1"), "did:web:example.com");
        assert_eq!(did_of("did:web:example.com?v=1#k"), "did:web:example.com");
        assert_eq!(did_of("did:web:example.com/path/x"), "did:web:example.com");
        assert_eq!(did_of("did:web:example.com"), "did:web:example.com");
        assert_eq!(did_of("https://x.org/a#k"), "https://x.org/a");
    }

    #[test]
    fn web_url_errors() {
        let code = |d: &str| web_document_url(d, false).unwrap_err().code;
        assert_eq!(code("did:key:z6Mk"), Code::DidWebInvalid);
        assert_eq!(code("did:web:"), Code::DidWebInvalid);
        assert_eq!(code("did:web:127.0.0.1"), Code::DidWebInvalid);
        assert_eq!(code("did:web:127.1"), Code::DidWebInvalid);
        assert_eq!(code("did:web:0x7f.1"), Code::DidWebInvalid);
        assert_eq!(code("did:web:example.com%3A0"), Code::DidWebInvalid);
        assert_eq!(code("did:web:example.com%3A99999"), Code::DidWebInvalid);
        assert_eq!(code("did:web:example.com%3A"), Code::DidWebInvalid);
        assert_eq!(code("did:web:example.com:..:x"), Code::DidWebInvalid);
        assert_eq!(code("did:web:example.com::x"), Code::DidWebInvalid);
        assert_eq!(code("did:web:example.com:a%2"), Code::DidWebInvalid);
        assert_eq!(code("did:web:exa_mple.com"), Code::DidWebInvalid);
        assert_eq!(code("did:web:user@example.com"), Code::DidWebInvalid);
        assert_eq!(code("did:web:-x.com"), Code::DidWebInvalid);
        // Loopback http only when a test asks, and only for loopback hosts.
        assert_eq!(
            web_document_url("did:web:localhost%3A8080", false).unwrap(),
            "https://localhost:8080/.well-known/did.json"
        );
        assert_eq!(
            web_document_url("did:web:10.0.0.1%3A80", true)
                .unwrap_err()
                .code,
            Code::DidWebInvalid
        );
        assert_eq!(
            web_document_url("did:web:example.com", true).unwrap(),
            "https://example.com/.well-known/did.json"
        );
    }
}
