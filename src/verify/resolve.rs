//! Resolving a verification method (or JWT `kid`) to a public key, and deciding whether the
//! key is the issuer's (specs §3.4–§3.5, §6.1).
//!
//! - `did:key`, `did:jwk`: the key is the identifier (no network).
//! - `did:web`: the DID document is fetched; the method must be listed under
//!   `assertionMethod`. The document binds keys to its own DID only: a method in another
//!   DID's document that names the issuer as its `controller` is not the issuer's.
//! - `https://…#z…` (the 1EdTech convention of a key written in the URL fragment): the key is
//!   read from the fragment, and the document at the URL is fetched to confirm that it lists
//!   that key; only then, and only when the URL is the issuer's id, is the key bound.
//! - `urn:…#z…` (any address that cannot be looked up, with a key in the fragment): the key
//!   is read from the fragment and never bound (`key-not-bound`, `fragment-unresolvable`).
//! - other `https://` methods: the method document is fetched, then its controller
//!   document, which must list the method under `assertionMethod`; a bare JWK served from
//!   the issuer's own host counts as the issuer's.
//!
//! A presentation's key is resolved the same way for its holder, listed under
//! `authentication` instead of `assertionMethod`.
//!
//! Binding: a key is the issuer's when its controller *is* the issuer id. When the issuer is
//! a DID and the controller another identifier, the key is provably someone else's.

use super::{bind_did, Binding, Run, Why};
use crate::code::{Param, Params};
use crate::credential::host_of;
use crate::crypto::PublicKey;
use crate::fetch::Purpose;
use crate::json::Value;
use crate::Code;
use crate::{did, keys, Error};

/// What resolving a key gave. (Short-lived return value: the size difference between the
/// variants does not matter.)
#[allow(clippy::large_enum_variant)]
pub(crate) enum KeyLookup {
    /// A document is being fetched; the run will be repeated.
    Pending,
    /// The key and whether it is the issuer's.
    Found(PublicKey, Binding),
    /// The key could not be obtained (network, unsupported method): a `warn`.
    Unresolved(Error),
    /// The method or its documents are wrong: a `fail`.
    Invalid(Error),
}

/// `key-unresolved` for the verification method `key`: its document `url` could not be had
/// (`reason` and `status` of [`Why`]), or its DID method is not supported
/// (`url` empty, `reason` `did-method`, `status` 0).
pub(crate) fn unresolved(key: &str, url: &str, why: Why) -> Error {
    Error::with(
        Code::KeyUnresolved,
        why.add_to(Params::new().with(Param::Key, key).with(Param::Url, url)),
    )
}

/// `verification-method-invalid` for the method `key` (empty when there is none): `reason`
/// is `not-https` (an `http:` URL), `not-did-or-https`, `fragment-key-invalid` (an
/// `https://…#z…` method whose fragment is not a Multikey), `missing` (the proof names
/// none) or `embedded-no-key` (an embedded method without a public key).
pub(crate) fn vm_invalid(reason: &str, key: &str) -> Error {
    Error::with(
        Code::VerificationMethodInvalid,
        Params::new()
            .with(Param::Reason, reason)
            .with(Param::Key, key),
    )
}

/// Why the Multikey in the fragment of the method `vm` cannot be used: a key type this
/// verifier does not implement is said as such (`key-unsupported`, for the caller to judge
/// against the proof's algorithm); anything else makes the method invalid.
fn fragment_key_error(e: Error, vm: &str) -> Error {
    if e.code == Code::KeyUnsupported {
        e
    } else {
        vm_invalid("fragment-key-invalid", vm)
    }
}

/// Binding of a controller id (a DID or URL) to the issuer id.
pub(crate) fn bind_controller(controller: &str, issuer: &str) -> Binding {
    if keys::bound_to_issuer(controller, issuer) {
        Binding::bound("controller", controller)
    } else {
        bind_did(controller, issuer)
    }
}

impl Run<'_> {
    /// Resolves the verification method `vm` and binds it to `issuer`.
    pub(crate) fn resolve_vm(&mut self, vm: &str, issuer: &str) -> KeyLookup {
        self.resolve_vm_for(vm, issuer, "assertionMethod")
    }

    /// Resolves the verification method `vm`, which its documents must list under
    /// `relationship` (`assertionMethod` for an issuer, `authentication` for a presentation's
    /// holder), and binds it to `party` (the issuer or holder).
    pub(crate) fn resolve_vm_for(
        &mut self,
        vm: &str,
        party: &str,
        relationship: &str,
    ) -> KeyLookup {
        let issuer = party;
        if vm.starts_with("did:") {
            return self.resolve_did(vm, issuer, relationship);
        }
        let https = vm.starts_with("https://")
            || (self.opts.insecure_loopback && vm.starts_with("http://"));
        if !https {
            // A key written in the fragment of an address that cannot be looked up (e.g.
            // `urn:uuid:…#z6Mk…`): the signature can be checked, but nothing confirms the
            // key is the issuer's.
            if let Some((_, frag)) = vm
                .split_once('#')
                .filter(|(base, f)| f.starts_with('z') && !base.starts_with("http"))
            {
                return match PublicKey::from_multikey(frag) {
                    Ok(k) => KeyLookup::Found(k, Binding::not_bound("fragment-unresolvable", vm)),
                    Err(e) => KeyLookup::Invalid(fragment_key_error(e, vm)),
                };
            }
            let reason = if vm.starts_with("http://") {
                "not-https"
            } else {
                "not-did-or-https"
            };
            return KeyLookup::Invalid(vm_invalid(reason, vm));
        }
        match vm.split_once('#') {
            Some((base, frag)) if frag.starts_with('z') => {
                self.fragment_key(vm, base, frag, (issuer, relationship))
            }
            _ => self.https_vm(vm, issuer, relationship),
        }
    }

    fn resolve_did(&mut self, vm: &str, issuer: &str, relationship: &str) -> KeyLookup {
        match did::resolve_offline(vm) {
            Err(e) => return KeyLookup::Invalid(e),
            Ok(Some(rk)) => return KeyLookup::Found(rk.key, bind_did(&rk.did, issuer)),
            Ok(None) => {}
        }
        if did::did_method(vm) != Some("web") {
            return KeyLookup::Unresolved(unresolved(vm, "", Why::because("did-method")));
        }
        let subject = did::did_of(vm);
        let url = match did::web_document_url(subject, self.opts.insecure_loopback) {
            Ok(u) => u,
            Err(e) => return KeyLookup::Invalid(e),
        };
        let doc = match self.get_json(&url, Purpose::DidDocument) {
            Err(None) => return KeyLookup::Pending,
            Err(Some(failure)) => {
                return KeyLookup::Unresolved(unresolved(vm, &url, failure));
            }
            Ok(d) => d,
        };
        match keys::find_verification_method(&doc, subject, vm, relationship) {
            // A DID document speaks only for its own DID: a method it lists is that DID's,
            // whatever `controller` the method claims. The key is the issuer's when the
            // document is the issuer's and the method's controller is the issuer too.
            Ok((key, controller)) => {
                let owner = if subject == issuer {
                    &controller
                } else {
                    subject
                };
                KeyLookup::Found(key, bind_controller(owner, issuer))
            }
            Err(e) => KeyLookup::Invalid(e),
        }
    }

    /// `https://issuer#z6Mk…`: the key is in the fragment; the document at `base` may confirm it.
    fn fragment_key(
        &mut self,
        vm: &str,
        base: &str,
        frag: &str,
        (issuer, relationship): (&str, &str),
    ) -> KeyLookup {
        let key = match PublicKey::from_multikey(frag) {
            Ok(k) => k,
            Err(e) => return KeyLookup::Invalid(fragment_key_error(e, vm)),
        };
        let unconfirmed = |why: Why| {
            Binding::Unproven(
                Code::KeyFromFragment,
                why.add_to(Params::new().with(Param::Key, vm).with(Param::Url, base)),
            )
        };
        let doc = match self.get_json(base, Purpose::Key) {
            Err(None) => return KeyLookup::Pending,
            Err(Some(why)) => {
                return KeyLookup::Found(key, unconfirmed(why));
            }
            Ok(d) => d,
        };
        let binding = match keys::vm_authorized(&doc, base, vm, relationship, &key) {
            Ok(()) => bind_controller(base, issuer),
            Err(e) if e.code == Code::VmKeyMismatch => Binding::Mismatch(e.code, e.params),
            // The document's own problem, by its code.
            Err(e) => unconfirmed(Why::because(e.code.as_str())),
        };
        KeyLookup::Found(key, binding)
    }

    /// Any other https verification method: method document, then controller document.
    fn https_vm(&mut self, vm: &str, issuer: &str, relationship: &str) -> KeyLookup {
        let url = vm.split('#').next().unwrap_or(vm);
        let doc = match self.get_json(url, Purpose::Key) {
            Err(None) => return KeyLookup::Pending,
            Err(Some(failure)) => {
                return KeyLookup::Unresolved(unresolved(vm, url, failure));
            }
            Ok(d) => d,
        };
        if doc.get("kty").is_some() {
            // A bare JWK: it is the issuer's when it is served from the issuer's own host.
            return match PublicKey::from_jwk(&doc) {
                Err(e) => KeyLookup::Invalid(e),
                Ok(key) => {
                    let same = host_of(url).is_some()
                        && host_of(url) == host_of(issuer)
                        && issuer.starts_with("https://");
                    let binding = if same {
                        Binding::bound("issuer-site", url)
                    } else {
                        Binding::not_bound("not-on-issuer-site", url)
                    };
                    KeyLookup::Found(key, binding)
                }
            };
        }
        let (key, controller) = match keys::vm_from_document(&doc, vm) {
            Ok(k) => k,
            Err(e) => return KeyLookup::Invalid(e),
        };
        let controller_doc: Value = if controller == url {
            doc
        } else {
            match self.get_json(&controller, Purpose::Key) {
                Err(None) => return KeyLookup::Pending,
                Err(Some(_)) => {
                    return KeyLookup::Found(
                        key,
                        Binding::not_bound("controller-unavailable", &controller),
                    )
                }
                Ok(d) => d,
            }
        };
        match keys::vm_authorized(&controller_doc, &controller, vm, relationship, &key) {
            Ok(()) => KeyLookup::Found(key, bind_controller(&controller, issuer)),
            Err(e) => KeyLookup::Invalid(e),
        }
    }

    /// An `https` issuer's JWK Set (`/.well-known/jwks.json`): does it list this key?
    pub(crate) fn jwks_binding(
        &mut self,
        kid: Option<&str>,
        key: Option<&PublicKey>,
        issuer: &str,
        alg: Option<crate::crypto::Alg>,
    ) -> Option<(Option<PublicKey>, Binding)> {
        let Some(url) = keys::jwks_url(issuer, self.opts.insecure_loopback) else {
            return Some((None, Binding::not_bound("no-web-origin", issuer)));
        };
        let jwks = match self.get_json(&url, Purpose::Jwks) {
            Err(None) => return None,
            Err(Some(_)) => return Some((None, Binding::not_bound("jwks-unavailable", &url))),
            Ok(j) => j,
        };
        Some(match keys::jwks_contains(&jwks, kid, key, issuer, alg) {
            Ok(Some(k)) => (Some(k), Binding::bound("jwks", &url)),
            Ok(None) => (None, Binding::not_issuer(&url, issuer)),
            Err(e) => (None, Binding::Mismatch(e.code, e.params)),
        })
    }
}
