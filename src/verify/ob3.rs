//! Open Badges 3.0: VC-JWT and embedded-proof credentials, status lists.

use super::{key_refused, KeyLookup, Run};
use crate::code::{Param, Params};
use crate::credential::schema::{self, Ob3Kind, Problem, Severity};
use crate::credential::{self, has_type, id_of, values, DatedValue};
use crate::crypto::PublicKey;
use crate::fetch::Purpose;
use crate::jose::{CompactJws, VC_JWT_ALGS};
use crate::json::{Map, Value};
use crate::report::{CheckId, Outcome, Spec};
use crate::Code;
use crate::{did, Error, Timestamp};

/// Why a badge cannot be read as an Open Badge, the most basic first: `schema-invalid`'s
/// `cause` is the first found.
const SCHEMA_CAUSES: [Code; 4] = [
    Code::NotAnOpenBadge,
    Code::NoIssuer,
    Code::NoSubject,
    Code::NoAchievement,
];

/// Where a signing key came from and whether it is provably the issuer's.
pub(crate) struct Key {
    pub(crate) key: PublicKey,
    pub(crate) binding: Binding,
}

/// Whether a signing key is the issuer's.
#[derive(Clone, Debug)]
pub(crate) enum Binding {
    /// Provably the issuer's key: `key-bound` with these params (`reason`, `key`).
    Bound(Params),
    /// Nothing proves it either way (a self-asserted key): `issuer-key` warns.
    Unproven(Code, Params),
    /// Provably someone else's key: `issuer-key` fails.
    Mismatch(Code, Params),
}

impl Binding {
    /// Records the `issuer-key` check.
    pub(crate) fn record(self, run: &mut Run<'_>) {
        match self {
            Self::Bound(p) => run
                .report
                .add(CheckId::IssuerKey, Outcome::Pass, Code::KeyBound, p),
            Self::Unproven(code, p) => run.report.add(CheckId::IssuerKey, Outcome::Warn, code, p),
            Self::Mismatch(code, p) => run.report.add(CheckId::IssuerKey, Outcome::Fail, code, p),
        }
    }

    /// `key-bound` because of `reason`, for `key`.
    pub(crate) fn bound(reason: &str, key: &str) -> Self {
        Self::Bound(
            Params::new()
                .with(Param::Reason, reason)
                .with(Param::Key, key),
        )
    }

    /// `key-not-bound` because of `reason`, for `key`.
    pub(crate) fn not_bound(reason: &str, key: &str) -> Self {
        Self::Unproven(
            Code::KeyNotBound,
            Params::new()
                .with(Param::Reason, reason)
                .with(Param::Key, key),
        )
    }

    /// `key-not-issuer`: `key` is provably not the key of `issuer`.
    pub(crate) fn not_issuer(key: &str, issuer: &str) -> Self {
        Self::Mismatch(
            Code::KeyNotIssuer,
            Params::new()
                .with(Param::Key, key)
                .with(Param::Issuer, issuer),
        )
    }

    /// Whether the key is the issuer's.
    pub(crate) fn is_bound(&self) -> bool {
        matches!(self, Self::Bound(_))
    }
}

impl Run<'_> {
    /// Display fields, the stored credential and the schema check for an OB 3.0 credential.
    fn ob3_describe(&mut self, cred: &Value) {
        self.report.format.spec = Some(Spec::Ob3);
        if let Some(s) = credential::subject(cred) {
            if let Some(a) = s.get("achievement") {
                self.report.badge = Some(credential::badge_info(a));
            }
        }
        self.report.issuer = credential::issuer_info(cred.get("issuer"));
        let kind = if has_type(cred, "EndorsementCredential") {
            Ob3Kind::Endorsement
        } else if has_type(cred, "ClrCredential") {
            // A CLR names itself: no achievement of its own.
            self.report.badge = Some(credential::badge_info(cred));
            Ob3Kind::Clr
        } else {
            Ob3Kind::Achievement
        };
        self.schema_check(schema::ob3(cred, kind), Spec::Ob3);
    }

    /// Records the `schema` check of a badge of version `spec` from `problems`: the
    /// failures fail it (`schema-invalid`: the most basic cause, every cause, and the paths
    /// at fault); the rest become notes and the check passes (`schema-ok`).
    pub(crate) fn schema_check(&mut self, problems: Vec<Problem>, spec: Spec) {
        let mut fails = Vec::new();
        let before = self.report.notes.len();
        for problem in problems {
            match problem.severity {
                Severity::Fail => fails.push(problem),
                Severity::Note => {
                    let path = Some(problem.path.as_str()).filter(|p| !p.is_empty());
                    self.report.add_note(problem.code, path, problem.params)
                }
            }
        }
        if fails.is_empty() {
            let noted = self.report.notes.len() - before;
            return self.report.add(
                CheckId::Schema,
                Outcome::Pass,
                Code::SchemaOk,
                Params::new()
                    .with(Param::Version, spec.version())
                    .with(Param::Notes, noted),
            );
        }
        let causes: Vec<&str> = SCHEMA_CAUSES
            .iter()
            .filter(|c| fails.iter().any(|f| f.code == **c))
            .map(|c| c.as_str())
            .collect();
        let paths: Vec<&str> = fails.iter().map(|f| f.path.as_str()).collect();
        self.report.add(
            CheckId::Schema,
            Outcome::Fail,
            Code::SchemaInvalid,
            Params::new()
                .with(
                    Param::Cause,
                    causes.first().copied().unwrap_or("not-an-open-badge"),
                )
                .with(Param::Causes, causes.join(" "))
                .with(Param::Paths, paths.join(", ")),
        );
    }

    /// A credential with an embedded proof (or none).
    pub(super) fn ob3(&mut self, cred: Value) {
        self.ob3_describe(&cred);
        self.embedded_proof(&cred);
        if self.refreshed(&cred) {
            return;
        }
        self.status(&cred);
        self.common_checks(&cred, Spec::Ob3, &[]);
        self.endorsements(&cred);
        self.report.credential = Some(cred);
    }

    /// An OB 3.0 VC-JWT (VC 2.0: credential at the payload root; VC 1.1: `vc` claim).
    pub(super) fn vc_jwt(&mut self, jws: CompactJws, claims: Value) {
        let cred = match claims.get("vc") {
            Some(vc @ Value::Object(_)) => rebuild_v1(vc, &claims),
            _ => claims.clone(),
        };
        self.ob3_describe(&cred);
        self.jwt_holds(&cred);
        self.jwt_claims(&claims, &cred);
        match jws.algorithm(VC_JWT_ALGS) {
            Err(e) => self.fail(CheckId::Proof, &e),
            Ok(alg) => {
                self.report.format.proof =
                    Some(format!("vc-jwt-{}", alg.name().to_ascii_lowercase()));
                match self.jwt_key(&jws, &cred) {
                    None => {}
                    Some(Err((e, fail))) => {
                        let (o, e) = key_refused(e, alg, fail);
                        self.report.push_error(CheckId::Proof, o, &e);
                    }
                    Some(Ok(k)) => match self.check_jws(&jws, &k.key, VC_JWT_ALGS) {
                        Err(e) => self.fail(CheckId::Proof, &e),
                        Ok(None) => {}
                        Ok(Some(alg)) => {
                            self.report.add(
                                CheckId::Proof,
                                Outcome::Pass,
                                Code::SignatureValid,
                                Params::new().with(Param::Suite, alg.name()),
                            );
                            k.binding.record(self);
                        }
                    },
                }
            }
        }
        if self.refreshed(&cred) {
            return;
        }
        let mut extra = Vec::new();
        for claim in ["nbf", "exp"] {
            if let Some(t) = claims
                .get(claim)
                .and_then(Value::as_i64)
                .and_then(Timestamp::from_unix)
            {
                extra.push(DatedValue {
                    property: claim,
                    at: t,
                    legacy: false,
                });
            }
        }
        self.status(&cred);
        self.common_checks(&cred, Spec::Ob3, &extra);
        self.endorsements(&cred);
        self.report.credential = Some(cred);
    }

    /// The key for a VC-JWT. `None` = waiting for a document; `Err((error, is_fail))`.
    fn jwt_key(&mut self, jws: &CompactJws, cred: &Value) -> Option<Result<Key, (Error, bool)>> {
        let issuer = id_of(cred.get("issuer")).unwrap_or("").to_owned();
        let alg = jws.algorithm(VC_JWT_ALGS).ok();
        let header_key = match jws.header_key() {
            Ok(k) => k,
            Err(e) => return Some(Err((e, true))),
        };
        let kid = jws.kid().map(str::to_owned);
        let url_like = |k: &str| {
            k.starts_with("did:") || k.starts_with("https://") || k.starts_with("http://")
        };
        // A kid that names a verification method: absolute, or relative to a DID issuer.
        let vm = match kid.as_deref() {
            Some(k) if url_like(k) => Some(k.to_owned()),
            Some(k) if issuer.starts_with("did:") => {
                Some(format!("{issuer}#{}", k.trim_start_matches('#')))
            }
            _ => None,
        };
        if let Some(vm) = vm {
            return match self.resolve_vm(&vm, &issuer) {
                KeyLookup::Pending => None,
                KeyLookup::Unresolved(e) => Some(Err((e, false))),
                KeyLookup::Invalid(e) => Some(Err((e, true))),
                KeyLookup::Found(key, _) if header_key.as_ref().is_some_and(|h| *h != key) => {
                    Some(Err((
                        Error::with(
                            Code::JwkKidMismatch,
                            Params::new().with(Param::Key, vm.as_str()),
                        ),
                        true,
                    )))
                }
                KeyLookup::Found(key, binding) => Some(Ok(Key { key, binding })),
            };
        }
        let issuer_key = did::resolve_offline(&issuer).ok().flatten();
        if let Some(k) = header_key {
            let binding = match issuer_key {
                Some(rk) if rk.key == k => Binding::bound("header-key", &issuer),
                Some(_) => Binding::not_issuer("jwt-header", &issuer),
                None => self.jwks_binding(kid.as_deref(), Some(&k), &issuer, alg)?.1,
            };
            return Some(Ok(Key { key: k, binding }));
        }
        if let Some(rk) = issuer_key {
            return Some(Ok(Key {
                binding: Binding::bound("issuer-is-key", &issuer),
                key: rk.key,
            }));
        }
        if let Some(k) = kid.as_deref() {
            if let (Some(key), binding) = self.jwks_binding(Some(k), None, &issuer, alg)? {
                return Some(Ok(Key { key, binding }));
            }
        }
        let reason = if kid.is_some() {
            "not-found"
        } else {
            "none-named"
        };
        Some(Err((
            Error::with(
                Code::KeyUnavailable,
                Params::new()
                    .with(Param::Key, kid.unwrap_or_default())
                    .with(Param::Reason, reason)
                    .with(Param::Status, 0u64),
            ),
            false,
        )))
    }

    /// `1EdTechCredentialRefresh` (specs §3.6 step 3), once: after the proof passed, fetch a
    /// fresh copy; when that copy is itself valid, it replaces the credential in the report
    /// (its status and dates are what count). Otherwise the credential as given is judged and
    /// the proof message says why the refresh was not used. Returns whether it replaced.
    fn refreshed(&mut self, cred: &Value) -> bool {
        let proof_passed = self
            .report
            .check(CheckId::Proof)
            .is_some_and(|c| c.outcome == Outcome::Pass);
        let service = values(cred.get("refreshService"))
            .iter()
            .find(|s| has_type(s, "1EdTechCredentialRefresh"));
        let Some(url) = service.and_then(|s| s.get("id")).and_then(Value::as_str) else {
            return false;
        };
        if self.nested || !proof_passed {
            return false;
        }
        let not_used = match self.get(url, Purpose::Refresh) {
            super::Got::Pending => return false,
            super::Got::Failed(why) => why.add_to(Params::new().with(Param::Url, url)),
            super::Got::Doc(body) => {
                let mut sub = self.nested_run();
                sub.input(body);
                let (mut fresh, mut needs) = sub.finish_nested();
                self.take_needs(&mut needs);
                if fresh.verdict == crate::Verdict::Valid {
                    fresh.format.container = self.report.format.container;
                    fresh.add_note(
                        Code::CredentialRefreshed,
                        None,
                        Params::new().with(Param::Url, url),
                    );
                    self.report = fresh;
                    if let Some(c) = self.report.credential.clone() {
                        self.endorsements(&c);
                    }
                    return true;
                }
                Params::new()
                    .with(Param::Url, url)
                    .with(Param::Reason, "not-valid")
                    .with(Param::Status, 0u64)
            }
        };
        self.report.add_note(Code::RefreshNotUsed, None, not_used);
        false
    }

    /// JWT registered claims must agree with the credential (specs §3.4).
    fn jwt_claims(&mut self, claims: &Value, cred: &Value) {
        let subject_id = credential::subject(cred)
            .and_then(|s| s.get("id"))
            .and_then(Value::as_str);
        // `iss` and `sub` name the issuer and the recipient: a token that names another
        // party than its credential leaves unreadable who issued it or to whom. A spelling
        // difference (a trailing slash, letter case) is a note; so is any other `jti`.
        let mut contradictions: Vec<&str> = Vec::new();
        for (claim, expected) in [
            ("iss", id_of(cred.get("issuer"))),
            ("sub", subject_id),
            ("jti", cred.get("id").and_then(Value::as_str)),
        ] {
            let Some(v) = claims.get(claim).filter(|v| v.as_str() != expected) else {
                continue;
            };
            let stated = expected.map_or(String::new(), |e| Value::from(e).to_string());
            let same_party = match (v.as_str(), expected) {
                (Some(a), Some(b)) => same_identifier(a, b),
                _ => false,
            };
            if claim == "jti" || same_party {
                self.report.add_note(
                    Code::JwtClaimDiffers,
                    Some(claim),
                    Params::new()
                        .with(Param::Text, v.to_string())
                        .with(Param::Stated, stated),
                );
            } else {
                contradictions.push(claim);
            }
        }
        if !contradictions.is_empty() {
            self.report.add(
                CheckId::Payload,
                Outcome::Fail,
                Code::JwtClaimsMismatch,
                Params::new().with(Param::Claims, contradictions.join(" ")),
            );
        }
        for (claim, prop, alt) in [
            ("nbf", "validFrom", "issuanceDate"),
            ("exp", "validUntil", "expirationDate"),
        ] {
            let Some(n) = claims.get(claim).and_then(Value::as_i64) else {
                continue;
            };
            let stated = cred
                .get(prop)
                .or_else(|| cred.get(alt))
                .and_then(Value::as_str)
                .and_then(|s| Timestamp::parse_lenient(s).map(|t| t.0.unix()));
            if let Some(s) = stated.filter(|s| *s != n) {
                self.report.add_note(
                    Code::JwtClaimDiffers,
                    Some(claim),
                    Params::new()
                        .with(Param::Text, n.to_string())
                        .with(Param::Stated, s.to_string()),
                );
            }
        }
    }

    /// Embedded proofs (Data Integrity).
    fn embedded_proof(&mut self, cred: &Value) {
        let proofs = values(cred.get("proof"));
        if proofs.is_empty() {
            return self.report.add(
                CheckId::Proof,
                Outcome::Fail,
                Code::ProofMissing,
                Params::new(),
            );
        }
        super::di::verify_embedded(self, cred);
    }

    /// Status and revocation entries (specs §3.7).
    fn status(&mut self, cred: &Value) {
        let entries = values(cred.get("credentialStatus"));
        if entries.is_empty() {
            return self.report.add(
                CheckId::Revocation,
                Outcome::Pass,
                Code::NoStatus,
                Params::new(),
            );
        }
        let cred_id = cred.get("id").and_then(Value::as_str).unwrap_or("");
        for entry in entries {
            let kind = credential::types(entry).next().unwrap_or("").to_owned();
            if kind == "1EdTechRevocationList" {
                let Some(url) = entry.get("id").and_then(Value::as_str) else {
                    self.report.add(
                        CheckId::Revocation,
                        Outcome::Fail,
                        Code::StatusInvalid,
                        Params::new(),
                    );
                    continue;
                };
                match self.get_json(url, Purpose::RevocationList) {
                    Err(None) => {}
                    Err(Some(why)) => self.add_list_unreachable(url, why),
                    Ok(list) => self.revocation_list(&list, cred_id, url),
                }
            } else if matches!(
                kind.as_str(),
                "BitstringStatusListEntry" | "StatusList2021Entry"
            ) {
                super::status::check_entry(self, entry);
            } else {
                self.report.add(
                    CheckId::Revocation,
                    Outcome::Warn,
                    Code::StatusTypeUnsupported,
                    Params::new().with(Param::EntryType, kind.as_str()),
                );
            }
        }
    }

    fn revocation_list(&mut self, list: &Value, cred_id: &str, url: &str) {
        let entries = values(
            list.get("revokedCredential")
                .or_else(|| list.get("revokedCredentials")),
        );
        let hit = entries.iter().find(|e| {
            e.get("id").and_then(Value::as_str) == Some(cred_id)
                && e.get("revoked") != Some(&Value::Bool(false))
        });
        match hit {
            Some(e) => self.add_revoked("revocation-list", url, Some(e)),
            None => self.add_not_revoked("revocation-list", url),
        }
    }
}

/// A DID's key is the issuer's only when the issuer is that very DID. When the issuer is
/// another DID, the key is provably someone else's; when the issuer is a web address or a
/// URN, nothing offline can tie the two together.
pub(crate) fn bind_did(controller: &str, issuer: &str) -> Binding {
    if controller == issuer {
        Binding::bound("issuer-did", issuer)
    } else if issuer.starts_with("did:") {
        Binding::not_issuer(controller, issuer)
    } else {
        Binding::not_bound("other-controller", controller)
    }
}

/// Whether two identifiers name the same party, spelled differently: equal but for a
/// trailing slash or ASCII letter case.
fn same_identifier(a: &str, b: &str) -> bool {
    a.trim_end_matches('/')
        .eq_ignore_ascii_case(b.trim_end_matches('/'))
}

/// VC 1.1 JWTs: fill the credential's members from the registered claims when missing.
fn rebuild_v1(vc: &Value, claims: &Value) -> Value {
    let mut cred: Map = vc.as_object().cloned().unwrap_or_default();
    let secs = |c: &str| {
        claims
            .get(c)
            .and_then(Value::as_i64)
            .and_then(Timestamp::from_unix)
            .map(|t| Value::String(t.to_string()))
    };
    if !cred.contains_key("issuer") {
        if let Some(iss) = claims.get("iss") {
            cred.insert("issuer".into(), iss.clone());
        }
    }
    if !cred.contains_key("id") {
        if let Some(jti) = claims.get("jti") {
            cred.insert("id".into(), jti.clone());
        }
    }
    if !cred.contains_key("issuanceDate") && !cred.contains_key("validFrom") {
        if let Some(t) = secs("nbf") {
            cred.insert("issuanceDate".into(), t);
        }
    }
    if !cred.contains_key("expirationDate") && !cred.contains_key("validUntil") {
        if let Some(t) = secs("exp") {
            cred.insert("expirationDate".into(), t);
        }
    }
    if let (Some(sub), Some(Value::Object(s))) =
        (claims.get("sub"), cred.get_mut("credentialSubject"))
    {
        s.get_or_insert_with("id", || sub.clone());
    }
    Value::Object(cred)
}
