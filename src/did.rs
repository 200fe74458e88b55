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

use crate::crypto::PublicKey;
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
        return Err(Error::new(
            "did-invalid",
            format!(
                "the DID URL is {} bytes long, more than the {MAX_DID_URL_BYTES} accepted",
                did_url.len()
            ),
        ));
    }
    let method = did_method(did_url).ok_or_else(|| {
        Error::new(
            "did-invalid",
            format!(
                "{:?} is not a DID (expected `did:<method>:<id>`, method in lowercase letters \
                 and digits)",
                did_url.chars().take(40).collect::<String>()
            ),
        )
    })?;
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
    let invalid = |msg: String| Error::new("did-key-invalid", msg);
    if id.contains(['/', '?', ':']) {
        return Err(invalid(format!(
            "`{did}` has a path, query or version segment; a did:key is `did:key:<multibase \
             key>` with an optional `#<same key>` fragment"
        )));
    }
    if let Some(f) = fragment.filter(|f| *f != id) {
        return Err(invalid(format!(
            "the did:key fragment `#{f}` does not repeat the key `{id}`; the only verification \
             method of a did:key is `did:key:<key>#<key>`"
        )));
    }
    let key = PublicKey::from_multikey(id).map_err(|e| Error {
        code: e.code,
        message: format!("in did:key: {}", e.message),
    })?;
    Ok(ResolvedKey {
        did: did.to_owned(),
        vm_id: format!("{did}#{id}"),
        key,
    })
}

fn resolve_jwk(did: &str, id: &str, fragment: Option<&str>) -> Result<ResolvedKey> {
    let invalid = |msg: String| Error::new("did-jwk-invalid", msg);
    if id.contains(['/', '?', ':']) {
        return Err(invalid(format!(
            "`{}` has a path or query; a did:jwk is `did:jwk:<base64url JWK>` with an optional \
             `#0` fragment",
            did.chars().take(60).collect::<String>()
        )));
    }
    if let Some(f) = fragment.filter(|f| *f != "0") {
        return Err(invalid(format!(
            "the did:jwk fragment is `#{f}`; the only verification method of a did:jwk is `#0`"
        )));
    }
    let bytes = encoding::base64url(id).map_err(|e| {
        invalid(format!(
            "the did:jwk id is not unpadded base64url: {}",
            e.message
        ))
    })?;
    let jwk = json::parse_bytes(&bytes, &Limits::default())
        .map_err(|e| invalid(format!("the did:jwk id is not a JSON JWK: {}", e.message)))?;
    if jwk.get("use").and_then(|u| u.as_str()) == Some("enc") {
        return Err(invalid(
            "the did:jwk key is marked `use: enc`: it is a key-agreement key and cannot make \
             assertions"
                .into(),
        ));
    }
    let key = PublicKey::from_jwk(&jwk)?;
    Ok(ResolvedKey {
        did: did.to_owned(),
        vm_id: format!("{did}#0"),
        key,
    })
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
            "did-invalid"
        );
        assert_eq!(
            resolve_offline(&format!("did:key:z{}", "1".repeat(9000)))
                .unwrap_err()
                .code,
            "did-invalid"
        );
    }
}
