//! Files that hold several credentials, and the enveloped form of one.
//!
//! - A Verifiable Presentation: its own proof (Data Integrity, `proofPurpose`
//!   `authentication`, or a JWT: `vp+jwt` or a VC 1.1 `vp` claim), made with a key its
//!   `holder` controls when it names one, and each credential of `verifiableCredential`
//!   (objects, VC-JWT strings, enveloped credentials).
//! - A CLR 2.0 `ClrCredential`: a credential itself, verified as one, and each credential of
//!   its subject's `verifiableCredential`.
//! - An OB 3.0 API `GetOpenBadgeCredentialsResponse`: each credential of `credential` and
//!   `compactJwsString`; the format has no proof of its own.
//!
//! Each credential held is verified as if it had been given alone and listed with its path
//! in `Report::credentials`; `Report::finish` derives the container's verdict from its own
//! checks and theirs. An `EnvelopedVerifiableCredential` holds one credential as a compact
//! JWS in a `data:application/vc+jwt,…` URL: its report is that credential's, with
//! `format.container` `enveloped`.

use super::di::{self, Signer};
use super::{Binding, KeyLookup, Run};
use crate::code::{Arg, Param, Params};
use crate::credential::{self, has_type, id_of, values};
use crate::crypto::judge_key_error;
use crate::jose::{CompactJws, VC_JWT_ALGS};
use crate::json::Value;
use crate::report::{CheckId, ContainerKind, Outcome};
use crate::{Code, Error};

/// What kind of file `doc` is when it is not a single credential, judged by its `type` (an
/// API response has neither `@context` nor `type`, only its two lists).
pub(super) fn kind_of(doc: &Value) -> Option<ContainerKind> {
    let list = |k: &str| doc.get(k).is_some_and(Value::is_array);
    if has_type(doc, "EnvelopedVerifiableCredential")
        || has_type(doc, "EnvelopedVerifiablePresentation")
    {
        Some(ContainerKind::Enveloped)
    } else if has_type(doc, "VerifiablePresentation") {
        Some(ContainerKind::Presentation)
    } else if has_type(doc, "ClrCredential") {
        Some(ContainerKind::Clr)
    } else if doc.get("@context").is_none()
        && doc.get("type").is_none()
        && (list("credential") || list("compactJwsString"))
    {
        Some(ContainerKind::ApiResponse)
    } else {
        None
    }
}

/// The credentials a file of `kind` holds, with their paths.
fn members(kind: ContainerKind, doc: &Value) -> Vec<(String, Value)> {
    let listed = |at: &str, v: Option<&Value>| {
        values(v)
            .iter()
            .enumerate()
            .map(|(i, m)| (format!("{at}[{i}]"), m.clone()))
            .collect::<Vec<_>>()
    };
    match kind {
        ContainerKind::Presentation => {
            listed("verifiableCredential", doc.get("verifiableCredential"))
        }
        ContainerKind::Clr => listed(
            "credentialSubject.verifiableCredential",
            credential::subject(doc).and_then(|s| s.get("verifiableCredential")),
        ),
        ContainerKind::ApiResponse => {
            let mut all = listed("credential", doc.get("credential"));
            all.extend(listed("compactJwsString", doc.get("compactJwsString")));
            all
        }
        _ => Vec::new(),
    }
}

/// The `key` param of a binding: the key's address or controller.
fn key_of(binding: &Binding) -> String {
    let params = match binding {
        Binding::Bound(p) | Binding::Unproven(_, p) | Binding::Mismatch(_, p) => p,
    };
    match params.get(Param::Key) {
        Some(Arg::Text(t)) => t.clone(),
        _ => String::new(),
    }
}

impl Run<'_> {
    /// Verifies a file holding credentials: each credential, then its own checks.
    pub(super) fn container(&mut self, kind: ContainerKind, doc: Value) {
        if kind == ContainerKind::Enveloped {
            return self.enveloped(&doc);
        }
        if !self.hold(kind, &doc) {
            return;
        }
        match kind {
            ContainerKind::Clr => self.ob3(doc),
            ContainerKind::Presentation => {
                self.presentation(&doc);
                self.report.credential = Some(doc);
            }
            _ => {
                self.unsigned(kind);
                self.report.credential = Some(doc);
            }
        }
    }

    /// A CLR given as a VC-JWT (`cred` is its payload): the credentials it holds, each
    /// verified (the JWT's own checks are made as for any VC-JWT).
    pub(super) fn jwt_holds(&mut self, cred: &Value) {
        if kind_of(cred) == Some(ContainerKind::Clr) {
            self.hold(ContainerKind::Clr, cred);
        }
    }

    /// Reports a file of `kind` and verifies each credential it holds; `false` when a limit
    /// stops it (the `payload` check then fails).
    fn hold(&mut self, kind: ContainerKind, doc: &Value) -> bool {
        let limits = &self.opts.limits;
        if self.depth >= limits.max_container_depth {
            let e = Error::limit(
                "max_container_depth",
                limits.max_container_depth,
                "container-depth",
            );
            self.fail(CheckId::Payload, &e);
            return false;
        }
        let found = members(kind, doc);
        let held = self.held.get() + found.len();
        if held > limits.max_container_members {
            let e = Error::limit(
                "max_container_members",
                limits.max_container_members,
                "container-members",
            );
            self.fail(CheckId::Payload, &e);
            return false;
        }
        self.held.set(held);
        self.report.format.container = Some(kind);
        let params = Params::new().with(Param::Container, kind.as_str());
        if found.is_empty() {
            self.add(
                CheckId::Payload,
                Outcome::Warn,
                Code::ContainerEmpty,
                params,
            );
        } else {
            let params = params.with(Param::Total, found.len());
            self.add(CheckId::Payload, Outcome::Pass, Code::ContainerJson, params);
        }
        for (path, item) in found {
            self.member(path, &item);
        }
        true
    }

    /// Verifies one credential held at `path`, as if it had been given alone.
    fn member(&mut self, path: String, item: &Value) {
        // Unlike an endorsement, a held credential's own endorsements are followed.
        let mut sub = Run {
            nested: false,
            depth: self.depth + 1,
            ..self.nested_run()
        };
        let kind = match item {
            Value::String(_) => ContainerKind::Jws,
            _ => ContainerKind::Json,
        };
        sub.report.format.container = Some(kind);
        sub.add(
            CheckId::Container,
            Outcome::Pass,
            Code::ContainerOk,
            Params::new().with(Param::Container, kind.as_str()),
        );
        match item {
            Value::String(jws) => sub.compact_jws(jws),
            Value::Object(_) => sub.json_document(item.clone()),
            _ => sub.add(
                CheckId::Payload,
                Outcome::Fail,
                Code::NotABadge,
                Params::new(),
            ),
        }
        let (report, mut needs) = sub.finish_nested();
        self.take_needs(&mut needs);
        self.report.push_member(path, report);
    }

    /// A file nobody signed as a whole.
    fn unsigned(&mut self, kind: ContainerKind) {
        self.add(
            CheckId::Proof,
            Outcome::Skip,
            Code::ContainerUnsigned,
            Params::new().with(Param::Container, kind.as_str()),
        );
        self.not_issued();
    }

    /// A presentation or API response has no issuer and no status of its own: those checks
    /// do not apply (its credentials have theirs).
    fn not_issued(&mut self) {
        for id in [CheckId::IssuerKey, CheckId::Revocation] {
            self.add(id, Outcome::Skip, Code::NotApplicable, Params::new());
        }
    }

    /// A presentation's own proof: made for `authentication` with a key of its `holder`
    /// (when it names one). Its `challenge` and `domain` are shown as a note: this verifier
    /// gave the holder no challenge to check them against.
    fn presentation(&mut self, vp: &Value) {
        let proofs = values(vp.get("proof"));
        if proofs.is_empty() {
            return self.unsigned(ContainerKind::Presentation);
        }
        for (i, proof) in proofs.iter().enumerate() {
            let text = |k: &str| proof.get(k).and_then(Value::as_str).unwrap_or("");
            if proof.get("challenge").is_some() || proof.get("domain").is_some() {
                let path = format!("proof[{i}]");
                self.report.add_note(
                    Code::PresentationChallenge,
                    Some(&path),
                    Params::new()
                        .with(Param::Challenge, text("challenge"))
                        .with(Param::Domain, text("domain")),
                );
            }
        }
        self.not_issued();
        let holder = id_of(vp.get("holder")).unwrap_or("");
        let signer = Signer {
            purpose: "authentication",
            party: holder,
        };
        if let Some((suite, binding)) = di::decide(self, vp, &signer) {
            self.holder_signed(&suite, holder, &binding);
        }
    }

    /// The `proof` check of a presentation whose signature verified with `suite`, by the
    /// key `binding` ties (or not) to `holder` (empty when it names none).
    fn holder_signed(&mut self, suite: &str, holder: &str, binding: &Binding) {
        let holder_params = |b: &Binding| {
            Params::new()
                .with(Param::Key, key_of(b))
                .with(Param::Holder, holder)
        };
        let (outcome, code, params) = match binding {
            _ if holder.is_empty() => (
                Outcome::Pass,
                Code::SignatureValid,
                Params::new().with(Param::Suite, suite),
            ),
            Binding::Bound(_) => (
                Outcome::Pass,
                Code::HolderSigned,
                Params::new()
                    .with(Param::Suite, suite)
                    .with(Param::Holder, holder),
            ),
            b @ Binding::Mismatch(..) => (Outcome::Fail, Code::HolderKeyMismatch, holder_params(b)),
            b @ Binding::Unproven(..) => (Outcome::Warn, Code::HolderKeyUnproven, holder_params(b)),
        };
        self.add(CheckId::Proof, outcome, code, params);
    }

    /// A presentation as a JWT (`vp+jwt`, payload = the presentation; or VC 1.1, a `vp`
    /// claim with `iss` the holder and `nonce` / `aud` the challenge and domain): signed by
    /// the key its `kid` names, which the holder must control (listed under
    /// `authentication`).
    pub(super) fn presentation_jwt(&mut self, jws: &CompactJws, claims: &Value) {
        let vp = match claims.get("vp") {
            Some(v @ Value::Object(_)) => v,
            _ => claims,
        };
        if !self.hold(ContainerKind::Presentation, vp) {
            return;
        }
        self.report.credential = Some(vp.clone());
        self.not_issued();
        let text = |k: &str| claims.get(k).and_then(Value::as_str);
        if text("nonce").is_some() || text("aud").is_some() {
            self.report.add_note(
                Code::PresentationChallenge,
                None,
                Params::new()
                    .with(Param::Challenge, text("nonce").unwrap_or(""))
                    .with(Param::Domain, text("aud").unwrap_or("")),
            );
        }
        let holder = id_of(vp.get("holder"))
            .or_else(|| text("iss"))
            .unwrap_or("")
            .to_owned();
        let alg = match jws.algorithm(VC_JWT_ALGS) {
            Ok(a) => a,
            Err(e) => return self.fail(CheckId::Proof, &e),
        };
        self.report.format.proof = Some(format!("vp-jwt-{}", alg.name().to_ascii_lowercase()));
        // The key: the verification method `kid` names, absolute or relative to a DID holder.
        let vm = match jws.kid() {
            Some(k) if k.contains(':') => k.to_owned(),
            Some(k) if holder.starts_with("did:") => {
                format!("{holder}#{}", k.trim_start_matches('#'))
            }
            _ => {
                let e = Error::with(
                    Code::KeyUnavailable,
                    Params::new()
                        .with(Param::Key, jws.kid().unwrap_or(""))
                        .with(Param::Reason, "none-named")
                        .with(Param::Status, 0u64),
                );
                return self.report.push_error(CheckId::Proof, Outcome::Warn, &e);
            }
        };
        match self.resolve_vm_for(&vm, &holder, "authentication") {
            KeyLookup::Pending => {}
            KeyLookup::Unresolved(e) => self.report.push_error(CheckId::Proof, Outcome::Warn, &e),
            KeyLookup::Invalid(e) => self.fail(CheckId::Proof, &judge_key_error(e, alg)),
            KeyLookup::Found(key, binding) => match self.check_jws(jws, &key, VC_JWT_ALGS) {
                Err(e) => self.fail(CheckId::Proof, &e),
                Ok(None) => {}
                Ok(Some(alg)) => self.holder_signed(alg.name(), &holder, &binding),
            },
        }
    }

    /// An `EnvelopedVerifiableCredential` or `EnvelopedVerifiablePresentation`: the compact
    /// JWS in its `data:` URL `id` (`application/vc+jwt` or `application/vp+jwt`; which of
    /// the two it holds is read from the token itself). The SD-JWT and COSE envelopes of VC
    /// JOSE COSE are named but not checked: `enveloped-unsupported`, so `indeterminate`.
    fn enveloped(&mut self, doc: &Value) {
        self.report.format.container = Some(ContainerKind::Enveloped);
        let id = doc.get("id").and_then(Value::as_str).unwrap_or("");
        let invalid = |reason: &str| Params::new().with(Param::Reason, reason);
        let Some((media, data)) = id.strip_prefix("data:").and_then(|r| r.split_once(',')) else {
            return self.add(
                CheckId::Payload,
                Outcome::Fail,
                Code::EnvelopedInvalid,
                invalid("not-data-url"),
            );
        };
        let essence = media.split(';').next().unwrap_or_default().trim();
        let is = |names: &[&str]| names.iter().any(|n| essence.eq_ignore_ascii_case(n));
        if is(&["application/vc+jwt", "application/vp+jwt"]) && essence == media {
            self.compact_jws(data);
        } else if is(&[
            "application/vc+sd-jwt",
            "application/vp+sd-jwt",
            "application/dc+sd-jwt",
        ]) {
            let params = Params::new().with(Param::Reason, "sd-jwt");
            self.add(
                CheckId::Payload,
                Outcome::Warn,
                Code::EnvelopedUnsupported,
                params,
            );
        } else if is(&["application/vc+cose", "application/vp+cose"]) {
            let params = Params::new().with(Param::Reason, "cose");
            self.add(
                CheckId::Payload,
                Outcome::Warn,
                Code::EnvelopedUnsupported,
                params,
            );
        } else {
            self.add(
                CheckId::Payload,
                Outcome::Fail,
                Code::EnvelopedInvalid,
                invalid("media-type"),
            );
        }
    }
}
