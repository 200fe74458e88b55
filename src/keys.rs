//! Reading keys out of fetched documents: DID documents, controller documents, verification
//! method documents and JSON Web Key Sets. Pure functions over JSON values (`crate::json::Value`); the
//! verifier fetches, these decide.
//!
//! How the verifier uses them (specs §3.4 step 6, §3.5, §6.1):
//!
//! - **did:web verification method** `did:web:x#k`: fetch
//!   [`crate::did::web_document_url`], then [`find_verification_method`] with the DID
//!   `did:web:x` and relationship `assertionMethod`; it checks the document `id`, that the
//!   method is authorised for the relationship, and returns the key and the method's
//!   `controller`, which must then satisfy [`bound_to_issuer`].
//! - **https verification method** `https://x/keys/1`: fetch the URL without its
//!   fragment, [`vm_from_document`] gives the key and its `controller`; fetch the controller
//!   document (or reuse the same one when the controller is that document) and call
//!   [`vm_authorized`] on it: the controller must list the method under `assertionMethod`
//!   (CID 1.0 "retrieve verification method"). Then [`bound_to_issuer`].
//! - **VC-JWT key provenance**: fetch [`jwks_url`] of the issuer id and ask
//!   [`jwks_contains`] whether the JWT's `kid` or header key is in the set.
//!
//! Choices:
//! - A verification method must name its `controller` (DID Core §5.2 requires it); the
//!   controller is what binds the key to an issuer, so no default is invented.
//! - Documents that publish private key material (`privateKeyMultibase`, `privateKeyJwk`,
//!   …, or a JWK with `d`) are refused: whoever published them has leaked the key.
//! - Identifiers are compared as exact strings, as JSON-LD and DID Core compare IRIs
//!   (see [`bound_to_issuer`]).

use crate::code::{Param, Params};
use crate::credential::values;
use crate::crypto::{Alg, PublicKey};
use crate::json::{Map, Value};
use crate::Code;
use crate::{Error, Result};

/// The verification relationships of DID Core §5.3 (and CID 1.0), searched for embedded
/// verification methods.
const RELATIONSHIPS: &[&str] = &[
    "assertionMethod",
    "authentication",
    "capabilityInvocation",
    "capabilityDelegation",
    "keyAgreement",
];

/// Properties that carry private key material in a verification method.
const PRIVATE_VM_MEMBERS: &[&str] = &[
    "privateKeyMultibase",
    "privateKeyJwk",
    "privateKeyBase58",
    "privateKeyPem",
    "privateKeyHex",
    "secretKeyMultibase",
];

/// The key and `controller` of the verification method `vm_id` in the DID document or
/// controller document `doc`, provided the document authorises it for `relationship`
/// (normally `"assertionMethod"`).
///
/// - `doc_id` is the DID (or document URL) the document was fetched for; a fragment on it
///   is ignored. The document's `id` must equal it exactly.
/// - `vm_id` may be absolute (`did:web:x#key-1`) or relative (`#key-1`, resolved against
///   `doc_id`); ids inside the document may be relative too.
/// - The relationship array may reference the method by id (defined under
///   `verificationMethod` or embedded in another relationship) or embed it directly.
/// - Key material: `publicKeyMultibase` (`Multikey`, `Ed25519VerificationKey2020`),
///   `publicKeyJwk` (`JsonWebKey2020`, `JsonWebKey`) or `publicKeyBase58`
///   (`Ed25519VerificationKey2018`); exactly one must be present.
///
/// # Errors
/// `did-document-invalid` when the document is not an object or defines the method twice
/// with different content; `did-document-mismatch` when its `id` is not `doc_id`;
/// `key-not-authorized` when the method exists but is not listed under `relationship`;
/// `key-not-found` when the document neither lists nor defines it (or lists it without
/// defining it); the errors of reading the method's key (`vm-invalid`, `vm-private-key`,
/// and the [`PublicKey`] readers' codes such as `multikey-invalid` or `jwk-private-key`).
pub fn find_verification_method(
    doc: &Value,
    doc_id: &str,
    vm_id: &str,
    relationship: &str,
) -> Result<(PublicKey, String)> {
    let found = lookup(doc, doc_id, vm_id, relationship)?;
    let Some(definition) = found.definition else {
        let reason = if found.authorized {
            "listed-not-defined"
        } else {
            "not-defined"
        };
        return Err(not_found(reason, &found.vm, found.base));
    };
    if !found.authorized {
        return Err(not_authorized(&found, relationship));
    }
    read_vm(definition, &found.vm)
}

/// Checks that the controller document `doc` (fetched for `controller`) lists the
/// verification method `vm_id` under `relationship`, by reference or embedded. When the
/// document also defines the method, its key must be `key` (the key read from the method's
/// own document with [`vm_from_document`]).
///
/// # Errors
/// `did-document-invalid`, `did-document-mismatch` as [`find_verification_method`];
/// `key-not-authorized` when the method is not listed under `relationship`;
/// `vm-key-mismatch` when the document defines the method with a different key; key
/// reading errors for that definition.
pub fn vm_authorized(
    doc: &Value,
    controller: &str,
    vm_id: &str,
    relationship: &str,
    key: &PublicKey,
) -> Result<()> {
    let found = lookup(doc, controller, vm_id, relationship)?;
    if !found.authorized {
        return Err(not_authorized(&found, relationship));
    }
    if let Some(definition) = found.definition {
        let (own, _) = read_vm(definition, &found.vm)?;
        if own != *key {
            return Err(Error::with(
                Code::VmKeyMismatch,
                Params::new()
                    .with(Param::Key, found.vm.as_str())
                    .with(Param::Url, found.base),
            ));
        }
    }
    Ok(())
}

/// Reads a verification method fetched from its https URL (`vm_id` without the fragment).
/// The document is either the method itself (its `id` is `vm_id`, with `controller` and key
/// material), or a controller document whose `id` is the fetched URL and which defines
/// `vm_id` (under `verificationMethod` or embedded in a relationship). Returns the key and
/// the method's `controller`; the caller must then check, with [`vm_authorized`], that the
/// controller's document lists the method under `assertionMethod`.
///
/// # Errors
/// `did-document-invalid` when the document is not an object or defines the method twice;
/// `did-document-mismatch` when its `id` is neither `vm_id` nor the fetched URL;
/// `key-not-found` when a controller document does not define `vm_id`; key reading errors
/// (`vm-invalid`, `vm-private-key`, …).
pub fn vm_from_document(doc: &Value, vm_id: &str) -> Result<(PublicKey, String)> {
    let obj = doc_object(doc)?;
    let doc_id = obj.get("id").and_then(Value::as_str).unwrap_or_default();
    if doc_id == vm_id {
        return read_vm(obj, vm_id);
    }
    let url = strip_fragment(vm_id);
    if doc_id != url {
        return Err(mismatch(doc_id, if url == vm_id { url } else { vm_id }));
    }
    match definition(obj, url, vm_id)? {
        Some(d) => read_vm(d, vm_id),
        None => Err(not_found("not-defined", vm_id, url)),
    }
}

/// Whether a verification method's `controller` binds its key to the credential issuer:
/// exact, case-sensitive string equality, and never for empty strings.
///
/// No normalisation is done: `https://example.edu/issuer` and `https://example.edu/issuer/`
/// (or a different case, or a default port) are different identifiers. JSON-LD, DID Core
/// and the VC data model compare identifiers as strings, and a verifier that normalised
/// would accept bindings that other verifiers refuse; an issuer that writes its id two ways
/// must fix its documents.
pub fn bound_to_issuer(controller: &str, issuer_id: &str) -> bool {
    !controller.is_empty() && controller == issuer_id
}

/// Looks `kid` and/or `key` up in a JSON Web Key Set (RFC 7517 §5) fetched from the issuer's
/// `/.well-known/jwks.json` (specs §3.4 step 6).
///
/// An entry matches when its `kid` equals `kid`; when it has no `kid` but its RFC 7638
/// thumbprint equals `kid`; or when its key equals `key`. A match with a `kid` but another
/// key than `key` is an error (the token names an issuer key but carries a different one).
/// The matched entry must not contain private members, must not be an encryption key
/// (`use: enc`, or `key_ops` naming only encryption operations), and its
/// `iss` member, when present, must equal `issuer_id`. Entries that match nothing are
/// skipped even if this crate cannot read them (other key types, encryption keys).
///
/// Returns the matched key, or `Ok(None)` when no entry matches (including when both
/// `kid` and `key` are `None`).
///
/// # Errors
/// `jwks-invalid` when the set is not an object with a `keys` array;
/// `jwks-kid-ambiguous` when several entries with different keys match `kid` and no `key`
/// decides; `jwks-key-mismatch` when the entry named by `kid` holds another key than `key`;
/// `jwks-iss-mismatch` for an `iss` other than the issuer; `jwks-key-use` for an
/// encryption key; the [`PublicKey::from_jwk`] errors (`jwk-private-key`, `jwk-symmetric`,
/// `jwk-invalid`, `key-unsupported`) for the matched entry.
pub fn jwks_contains(
    jwks: &Value,
    kid: Option<&str>,
    key: Option<&PublicKey>,
    issuer_id: &str,
    alg: Option<Alg>,
) -> Result<Option<PublicKey>> {
    let entries = jwks
        .get("keys")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::with(Code::JwksInvalid, Params::new()))?;
    // (entry, its public key as far as it can be read, matched by kid?)
    let mut matched: Vec<(&Value, Option<PublicKey>, bool)> = Vec::new();
    for entry in entries {
        let public = public_part(entry);
        let entry_kid = entry.get("kid").and_then(Value::as_str);
        let by_kid = match (kid, entry_kid) {
            (Some(k), Some(ek)) => k == ek,
            (Some(k), None) => public.as_ref().is_some_and(|p| p.jwk_thumbprint() == k),
            (None, _) => false,
        };
        let by_key = matches!((key, &public), (Some(k), Some(p)) if k == p);
        if by_kid || by_key {
            matched.push((entry, public, by_kid));
        }
    }
    let chosen = match key {
        Some(k) => {
            if let Some(m) = matched.iter().find(|m| m.1.as_ref() == Some(k)) {
                Some(m)
            } else if matched.iter().any(|m| m.2) {
                return Err(Error::with(
                    Code::JwksKeyMismatch,
                    Params::new().with(Param::Kid, kid.unwrap_or_default()),
                ));
            } else {
                None
            }
        }
        None => {
            let first = matched.first();
            if let Some(f) = first {
                if matched.iter().any(|m| m.1 != f.1) {
                    return Err(Error::with(
                        Code::JwksKidAmbiguous,
                        Params::new().with(Param::Kid, kid.unwrap_or_default()),
                    ));
                }
            }
            first
        }
    };
    let Some((entry, _, _)) = chosen else {
        return Ok(None);
    };
    if let Some(iss) = entry.get("iss") {
        if iss.as_str() != Some(issuer_id) {
            let text = iss.as_str().map_or_else(|| iss.to_string(), str::to_owned);
            return Err(Error::with(
                Code::JwksIssMismatch,
                Params::new()
                    .with(Param::Text, text)
                    .with(Param::Issuer, issuer_id),
            ));
        }
    }
    if encryption_key(entry) {
        return Err(Error::with(Code::JwksKeyUse, Params::new()));
    }
    crate::crypto::jwk_alg_allows(entry, alg)?;
    // Refuses private and symmetric members with their precise error.
    PublicKey::from_jwk(entry).map(Some)
}

/// Where an issuer publishes its JWK Set: `https://{authority}/.well-known/jwks.json` for an
/// `https://` issuer id (specs §3.4 step 6). `None` for ids that are not `https://` URLs
/// (DIDs, `urn:`), for an authority with user information (`user@host`) or an empty or
/// malformed host.
///
/// `allow_http_loopback` exists **only for tests**: when `true`, an `http://127.0.0.1…` or
/// `http://localhost…` issuer id maps to `http://…/.well-known/jwks.json`. Production code
/// passes `false`.
pub fn jwks_url(issuer_id: &str, allow_http_loopback: bool) -> Option<String> {
    let (scheme, rest) = issuer_id.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let (host, port) = if authority.starts_with('[') {
        // An IPv6 literal: `[…]` then an optional `:port`.
        let end = authority.find(']')? + 1;
        let (h, rest) = authority.split_at_checked(end)?;
        match rest {
            "" => (h, None),
            r => (h, Some(r.strip_prefix(':')?)),
        }
    } else {
        match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    let host_ok = if host.starts_with('[') {
        host.len() > 2
            && host
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || matches!(b, b'[' | b']' | b':' | b'.'))
    } else {
        !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
    };
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    if !host_ok || !port_ok {
        return None;
    }
    let loopback = matches!(
        host.to_ascii_lowercase().as_str(),
        "127.0.0.1" | "localhost" | "[::1]"
    );
    let scheme = if scheme.eq_ignore_ascii_case("https") {
        "https"
    } else if allow_http_loopback && scheme.eq_ignore_ascii_case("http") && loopback {
        "http"
    } else {
        return None;
    };
    Some(format!("{scheme}://{authority}/.well-known/jwks.json"))
}

/// What [`lookup`] found about one verification method in one document.
struct Found<'a> {
    /// The document id (`doc_id` without fragment).
    base: &'a str,
    /// The absolute verification-method id.
    vm: String,
    /// Listed (by reference or embedded) under the relationship.
    authorized: bool,
    /// Its definition, if the document has one.
    definition: Option<&'a Map>,
    /// Relationships that do list it (for messages).
    listed_under: Vec<&'static str>,
}

fn lookup<'a>(
    doc: &'a Value,
    doc_id: &'a str,
    vm_id: &str,
    relationship: &str,
) -> Result<Found<'a>> {
    let obj = doc_object(doc)?;
    let base = strip_fragment(doc_id);
    let id = obj.get("id").and_then(Value::as_str).unwrap_or_default();
    if id != base {
        return Err(mismatch(id, base));
    }
    let vm = absolute(vm_id, base);
    let lists = |rel: &str| {
        values(obj.get(rel)).iter().any(|item| match item {
            Value::String(s) => absolute(s, base) == vm,
            Value::Object(o) => o
                .get("id")
                .and_then(Value::as_str)
                .is_some_and(|s| absolute(s, base) == vm),
            _ => false,
        })
    };
    let listed_under = RELATIONSHIPS
        .iter()
        .copied()
        .filter(|r| *r != relationship && lists(r))
        .collect();
    Ok(Found {
        authorized: lists(relationship),
        definition: definition(obj, base, &vm)?,
        base,
        vm,
        listed_under,
    })
}

/// The one definition of `vm` in a document: under `verificationMethod` or embedded in a
/// relationship. Identical copies are one definition; differing ones are an error.
fn definition<'a>(obj: &'a Map, base: &str, vm: &str) -> Result<Option<&'a Map>> {
    let mut found: Option<&Map> = None;
    let holders = std::iter::once("verificationMethod").chain(RELATIONSHIPS.iter().copied());
    for holder in holders {
        for item in values(obj.get(holder)) {
            let Some(o) = item.as_object() else { continue };
            let same = o
                .get("id")
                .and_then(Value::as_str)
                .is_some_and(|s| absolute(s, base) == vm);
            if !same {
                continue;
            }
            match found {
                Some(f) if f != o => return Err(document_invalid("defined-twice", base)),
                _ => found = Some(o),
            }
        }
    }
    Ok(found)
}

/// Reads the key and controller of a verification method object.
fn read_vm(vm: &Map, vm_id: &str) -> Result<(PublicKey, String)> {
    // `vm-invalid`'s reason tokens: `controller-not-string`, `no-controller`,
    // `no-key-material`, `several-key-materials`, `type-member-mismatch`, `not-string`,
    // `encryption-key`, `type-key-mismatch`.
    let invalid = |reason: &str| {
        Error::with(
            Code::VmInvalid,
            Params::new()
                .with(Param::Key, vm_id)
                .with(Param::Reason, reason),
        )
    };
    if let Some(m) = PRIVATE_VM_MEMBERS.iter().find(|m| vm.contains_key(m)) {
        return Err(Error::with(
            Code::VmPrivateKey,
            Params::new()
                .with(Param::Key, vm_id)
                .with(Param::Member, *m),
        ));
    }
    let controller = match vm.get("controller") {
        Some(Value::String(c)) if !c.is_empty() => c.clone(),
        Some(_) => return Err(invalid("controller-not-string")),
        None => return Err(invalid("no-controller")),
    };
    let vm_type = vm.get("type").and_then(Value::as_str).unwrap_or_default();
    let material: Vec<&str> = ["publicKeyMultibase", "publicKeyJwk", "publicKeyBase58"]
        .into_iter()
        .filter(|m| vm.contains_key(m))
        .collect();
    let [member] = material[..] else {
        return Err(invalid(if material.is_empty() {
            "no-key-material"
        } else {
            "several-key-materials"
        }));
    };
    let expected = match vm_type {
        "Multikey" | "Ed25519VerificationKey2020" => Some("publicKeyMultibase"),
        "JsonWebKey2020" | "JsonWebKey" => Some("publicKeyJwk"),
        "Ed25519VerificationKey2018" => Some("publicKeyBase58"),
        _ => None,
    };
    if expected.is_some_and(|e| e != member) {
        return Err(invalid("type-member-mismatch"));
    }
    let text = || {
        vm.get(member)
            .and_then(Value::as_str)
            .ok_or_else(|| invalid("not-string"))
    };
    let key = match member {
        "publicKeyMultibase" => PublicKey::from_multikey(text()?)?,
        "publicKeyBase58" => PublicKey::from_ed25519_base58(text()?)?,
        _ => {
            let jwk = vm.get(member).unwrap_or(&Value::Null);
            if encryption_key(jwk) {
                return Err(invalid("encryption-key"));
            }
            PublicKey::from_jwk(jwk)?
        }
    };
    if vm_type.starts_with("Ed25519VerificationKey") && !matches!(key, PublicKey::Ed25519(_)) {
        return Err(invalid("type-key-mismatch"));
    }
    Ok((key, controller))
}

/// The part of a JWK that is public, read as a key; `None` when it cannot be read. Private
/// members are dropped first so that a leaked private key still matches its public half
/// (and is then refused with `jwk-private-key` rather than silently not found).
/// Whether a JWK declares itself an encryption key: `use: enc` (RFC 7517 §4.2), or a
/// `key_ops` (§4.3) that names only encryption operations. Other or unknown values are not
/// refused (RFC 7520's own example keys carry the malformed `key_ops: ["sign, verify"]`).
fn encryption_key(jwk: &Value) -> bool {
    const ENCRYPTION_OPS: &[&str] = &[
        "encrypt",
        "decrypt",
        "wrapKey",
        "unwrapKey",
        "deriveKey",
        "deriveBits",
    ];
    let ops = jwk.get("key_ops").and_then(Value::as_array);
    jwk.get("use").and_then(Value::as_str) == Some("enc")
        || ops.is_some_and(|ops| {
            !ops.is_empty()
                && ops
                    .iter()
                    .all(|op| op.as_str().is_some_and(|op| ENCRYPTION_OPS.contains(&op)))
        })
}

fn public_part(jwk: &Value) -> Option<PublicKey> {
    let obj = jwk.as_object()?;
    let public: Map = obj
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "d" | "p" | "q" | "dp" | "dq" | "qi" | "oth"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    PublicKey::from_jwk(&Value::Object(public)).ok()
}

/// `key-not-authorized`: the method `key` is in the document `url` but not under the
/// relationship `property`; `reason` is `not-listed` (under no relationship) or
/// `other-relationship` (only under others, e.g. `authentication`).
fn not_authorized(found: &Found<'_>, relationship: &str) -> Error {
    let reason = if found.listed_under.is_empty() {
        "not-listed"
    } else {
        "other-relationship"
    };
    Error::with(
        Code::KeyNotAuthorized,
        Params::new()
            .with(Param::Key, found.vm.as_str())
            .with(Param::Url, found.base)
            .with(Param::Property, relationship)
            .with(Param::Reason, reason),
    )
}

/// `key-not-found`: the document `url` does not define the method `key`; `reason` is
/// `listed-not-defined` (listed under the relationship, defined elsewhere) or `not-defined`.
fn not_found(reason: &str, key: &str, url: &str) -> Error {
    Error::with(
        Code::KeyNotFound,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Key, key)
            .with(Param::Url, url),
    )
}

/// `did-document-invalid` for the document fetched for `url` (empty when not known here).
pub(crate) fn document_invalid(reason: &str, url: &str) -> Error {
    Error::with(
        Code::DidDocumentInvalid,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Url, url),
    )
}

fn doc_object(doc: &Value) -> Result<&Map> {
    doc.as_object()
        .ok_or_else(|| document_invalid("not-object", ""))
}

/// `did-document-mismatch`: the document fetched for `url` has the `id` `text`.
fn mismatch(found: &str, expected: &str) -> Error {
    Error::with(
        Code::DidDocumentMismatch,
        Params::new()
            .with(Param::Url, expected)
            .with(Param::Text, found),
    )
}

fn strip_fragment(id: &str) -> &str {
    id.split_once('#').map_or(id, |(b, _)| b)
}

/// `#frag` resolved against `base`; anything else is taken as absolute.
fn absolute(id: &str, base: &str) -> String {
    if id.starts_with('#') {
        format!("{base}{id}")
    } else {
        id.to_owned()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn jwks_urls() {
        let u = |s: &str| jwks_url(s, false);
        assert_eq!(
            u("https://example.edu/issuers/1#x").as_deref(),
            Some("https://example.edu/.well-known/jwks.json")
        );
        assert_eq!(
            u("https://example.edu:8443?q").as_deref(),
            Some("https://example.edu:8443/.well-known/jwks.json")
        );
        assert_eq!(u("http://example.edu/i"), None);
        assert_eq!(u("http://127.0.0.1:8080/i"), None);
        assert_eq!(u("https://user@example.edu/i"), None);
        assert_eq!(u("https:///i"), None);
        assert_eq!(u("https://exa mple.edu/"), None);
        assert_eq!(u("https://example.edu:x/"), None);
        assert_eq!(u("did:web:example.edu"), None);
        assert_eq!(u("urn:uuid:1234"), None);
        assert_eq!(
            jwks_url("http://127.0.0.1:8080/issuer", true).as_deref(),
            Some("http://127.0.0.1:8080/.well-known/jwks.json")
        );
        assert_eq!(jwks_url("http://example.edu/issuer", true), None);
    }

    #[test]
    fn binding_is_exact() {
        assert!(bound_to_issuer("did:web:x", "did:web:x"));
        assert!(!bound_to_issuer("https://x.org/i/", "https://x.org/i"));
        assert!(!bound_to_issuer("https://X.org/i", "https://x.org/i"));
        assert!(!bound_to_issuer("", ""));
    }

    #[test]
    fn relative_ids() {
        assert_eq!(absolute("#k", "did:web:x"), "did:web:x#k");
        assert_eq!(absolute("did:web:y#k", "did:web:x"), "did:web:y#k");
        assert_eq!(strip_fragment("did:web:x#k"), "did:web:x");
    }
}
