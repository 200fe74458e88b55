//! Open Badges 2.0, and 0.5 / 1.0 / 1.1 read as 2.0: hosted and signed assertions (specs
//! §2.3–§2.5).
//!
//! Embedded copies of the BadgeClass and issuer Profile are never trusted when they have
//! http(s) ids: they are fetched from their ids, so a badge cannot widen its own issuer's
//! verification policy or list its own key.
//!
//! Older versions are upgraded the way 1EdTech's `badgecheck` does
//! (`openbadges/verifier/tasks/object_upgrades.py`): a 1.0 document fetched from a URL and
//! naming no `id` takes that URL as its id, so a 1.0 hosted assertion lives at `verify.url`
//! and its issuer is the IssuerOrganization's URL, and the 2.0 default policy applies: the
//! assertion must be hosted on the issuer's host. A 1.x signed assertion is verified with the
//! PEM key at `verify.url`, which must be on the issuer's host too, and the issuer's 1.x
//! revocation list (`{uid: reason}`) is consulted. A 0.5 assertion is vouched for only by
//! being served from its issuer's `origin`.

use super::{key_refused, Run};
use crate::code::{Param, Params};
use crate::credential::{self, id_of, schema, values};
use crate::crypto::{Alg, PublicKey};
use crate::fetch::Purpose;
use crate::jose::{alg_names, CompactJws, OB2_ALGS};
use crate::json::Value;
use crate::report::{CheckId, Outcome, Spec};
use crate::{Code, Error};

/// Outcome of resolving a linked node: `None` while a fetch is pending.
enum Node {
    Pending,
    Found(Value),
    /// Not to be had: the params of `badgeclass-unavailable` / `issuer-unavailable`.
    Missing(Params),
}

impl Run<'_> {
    /// A JSON assertion (baked or pasted), any version from 0.5 to 2.0.
    pub(super) fn ob2_json(&mut self, doc: Value, spec: Spec) {
        self.ob2_describe(&doc, None, None);
        let verification = doc.get("verification").or_else(|| doc.get("verify"));
        let signed = verification.is_some_and(|v| {
            credential::has_type(v, "signed") || credential::has_type(v, "SignedBadge")
        });
        if signed {
            self.report.add(
                CheckId::Proof,
                Outcome::Fail,
                Code::SignatureMissing,
                Params::new(),
            );
            self.common_checks(&doc, spec, &[]);
            self.report.credential = Some(doc);
            return;
        }
        if spec == Spec::Ob05 {
            // 0.5 assertions name no address of their own: only the URL they were fetched
            // from, checked against the issuer's `origin`, vouches for them.
            self.report.format.proof = Some("hosted".to_owned());
            self.report.add(
                CheckId::Proof,
                Outcome::Warn,
                Code::HostedUrlUnknown,
                Params::new(),
            );
            self.assertion_schema(&doc, spec, None, None);
            self.common_checks(&doc, spec, &[]);
            self.report.credential = Some(doc);
            return;
        }
        // Hosted: the URL is the assertion `id` (OB 2.0) or `verify.url` (OB 1.x; 1.0 has
        // no `id`).
        let id = doc
            .get("id")
            .and_then(Value::as_str)
            .filter(|u| u.starts_with("http"));
        let verify_url = verification
            .and_then(|v| v.get("url"))
            .and_then(Value::as_str)
            .filter(|u| u.starts_with("http"));
        let url = if spec.is_legacy() {
            verify_url.or(id)
        } else {
            id.or(verify_url)
        }
        .map(str::to_owned);
        match url {
            Some(u) => self.hosted(&u, Some(doc)),
            None => {
                self.report.add(
                    CheckId::Proof,
                    Outcome::Fail,
                    Code::HostedIdInvalid,
                    Params::new(),
                );
                self.common_checks(&doc, spec, &[]);
                self.report.credential = Some(doc);
            }
        }
    }

    /// A hosted assertion at `url`: the issuer's server is the proof (specs §2.3).
    pub(super) fn hosted(&mut self, url: &str, baked: Option<Value>) {
        self.report.format.proof = Some("hosted".to_owned());
        self.report.add(
            CheckId::IssuerKey,
            Outcome::Skip,
            Code::NotApplicableHosted,
            Params::new(),
        );
        let fetched = match self.get_json(url, Purpose::HostedAssertion) {
            Err(None) => return,
            Err(Some(why)) => {
                if why.status == 410 {
                    // The issuer's server says the assertion is gone: it has been revoked.
                    self.add_revoked("hosted", url, None);
                } else {
                    self.report.add(
                        CheckId::Proof,
                        Outcome::Warn,
                        Code::HostedUnreachable,
                        why.add_to(Params::new().with(Param::Url, url)),
                    );
                }
                if let Some(b) = baked {
                    // The issuer's copy could not be read: judge the copy we hold, which
                    // can only make the verdict worse, never `valid`.
                    let spec = credential::classify(&b).unwrap_or(Spec::Ob2);
                    self.report.format.spec = Some(spec);
                    self.assertion_schema(&b, spec, None, None);
                    self.common_checks(&b, spec, &[]);
                    self.report.credential = Some(b);
                }
                return;
            }
            Ok(doc) => doc,
        };
        let spec = credential::classify(&fetched).unwrap_or(Spec::Ob2);
        self.report.format.spec = Some(spec);
        if fetched.get("revoked") == Some(&Value::Bool(true)) {
            self.add_revoked("hosted", url, Some(&fetched));
            self.report.credential = Some(fetched);
            return;
        }
        // The served document must name the URL it was fetched from: its `id` (2.0, 1.1)
        // or `verify.url` (1.x). A 0.5 assertion names no address of its own; where it was
        // served from is judged against its issuer's `origin` below.
        let names_url = |v: Option<&Value>| v.and_then(Value::as_str) == Some(url);
        let here = spec == Spec::Ob05
            || names_url(fetched.get("id"))
            || (spec.is_legacy() && names_url(fetched.get("verify").and_then(|v| v.get("url"))));
        if here {
            self.report.add(
                CheckId::Proof,
                Outcome::Pass,
                Code::HostedFetched,
                Params::new()
                    .with(Param::Url, url)
                    .with(Param::Version, spec.version()),
            );
        } else {
            let property = if spec.is_legacy() { "verify.url" } else { "id" };
            self.report.add(
                CheckId::Proof,
                Outcome::Fail,
                Code::HostedIdMismatch,
                Params::new()
                    .with(Param::Url, url)
                    .with(Param::Property, property),
            );
        }
        // The issuer's server still serves the assertion and does not mark it revoked.
        self.add_not_revoked("hosted", url);
        let (badge, issuer) = self.badge_and_issuer(&fetched);
        // Judged where the document finally came from: a redirect off the issuer's site (an
        // open redirect, say) must not lend the issuer's name to another host.
        let served_from = self.final_url(url).unwrap_or(url);
        if spec == Spec::Ob05 {
            self.origin_of_05(served_from, issuer.as_ref());
        } else if let Some(issuer) = &issuer {
            self.hosted_origin(served_from, issuer);
        }
        self.ob2_describe(&fetched, badge.as_ref(), issuer.as_ref());
        self.assertion_schema(&fetched, spec, badge.as_ref(), issuer.as_ref());
        self.common_checks(&fetched, spec, &[]);
        self.report.credential = Some(fetched);
    }

    /// A signed assertion (compact JWS): OB 2.0, or 1.x with its key at `verify.url`. The
    /// specs name RS256; another algorithm this verifier implements (ES256, ES384, PS256,
    /// EdDSA) weakens nothing, so it is verified all the same, with a note
    /// (`jws-alg-unlisted`).
    pub(super) fn ob2_signed(&mut self, jws: &CompactJws, assertion: Value, spec: Spec) {
        self.report.format.proof = Some("jws-rs256".to_owned());
        self.ob2_describe(&assertion, None, None);
        match jws.algorithm(&Alg::ALL) {
            Err(e) => self.fail(CheckId::Proof, &e),
            Ok(alg) => {
                if !OB2_ALGS.contains(&alg) {
                    self.report.format.proof =
                        Some(format!("jws-{}", alg.name().to_ascii_lowercase()));
                    self.report.add_note(
                        Code::JwsAlgUnlisted,
                        None,
                        Params::new()
                            .with(Param::Algorithm, alg.name())
                            .with(Param::Allowed, alg_names(OB2_ALGS)),
                    );
                }
                self.signed_proof(jws, &assertion, (spec, alg));
            }
        }
        self.common_checks(&assertion, spec, &[]);
        self.report.credential = Some(assertion);
    }

    fn signed_proof(&mut self, jws: &CompactJws, assertion: &Value, (spec, alg): (Spec, Alg)) {
        // 2.0 names the key in `verification.creator` (else the issuer's `publicKey`s are
        // tried); 1.x serves the PEM key itself at `verify.url`.
        let legacy = spec.is_legacy();
        let (node, member) = if legacy {
            ("verify", "url")
        } else {
            ("verification", "creator")
        };
        let creator = assertion
            .get(node)
            .and_then(|v| v.get(member))
            .and_then(|c| id_of(Some(c)))
            .map(str::to_owned);
        let (badge, issuer) = self.badge_and_issuer(assertion);
        self.ob2_describe(assertion, badge.as_ref(), issuer.as_ref());
        self.assertion_schema(assertion, spec, badge.as_ref(), issuer.as_ref());
        let listed: Vec<String> = issuer
            .as_ref()
            .map(|i| {
                values(i.get("publicKey"))
                    .iter()
                    .filter_map(|k| id_of(Some(k)))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let candidates: Vec<String> = match &creator {
            Some(c) => vec![c.clone()],
            None => listed.clone(),
        };
        if candidates.is_empty() {
            let reason = if issuer.is_some() {
                "none-listed"
            } else {
                "issuer-not-read"
            };
            return self.report.add(
                CheckId::Proof,
                Outcome::Warn,
                Code::KeyUnavailable,
                Params::new()
                    .with(Param::Key, "")
                    .with(Param::Reason, reason)
                    .with(Param::Status, 0u64),
            );
        }
        let mut last_failure = None;
        for key_url in candidates {
            let fetched = if legacy {
                match self.get(&key_url, Purpose::Key) {
                    super::Got::Pending => return,
                    super::Got::Failed(why) => Err(why),
                    super::Got::Doc(body) => Ok((legacy_key(body, &self.opts.limits), Value::Null)),
                }
            } else {
                match self.get_json(&key_url, Purpose::Key) {
                    Err(None) => return,
                    Err(Some(why)) => Err(why),
                    Ok(doc) => Ok((pem_key(&doc), doc)),
                }
            };
            let (key, key_doc) = match fetched {
                Err(why) => {
                    last_failure = Some((
                        Outcome::Warn,
                        Error::with(
                            Code::KeyUnavailable,
                            why.add_to(Params::new().with(Param::Key, key_url.as_str())),
                        ),
                    ));
                    continue;
                }
                Ok((Err(e), _)) => {
                    last_failure = Some(key_refused(e, alg, true));
                    continue;
                }
                Ok((Ok(k), doc)) => (k, doc),
            };
            match self.check_jws(jws, &key, &[alg]) {
                Err(e) => last_failure = Some((Outcome::Fail, e)),
                Ok(None) => return,
                Ok(Some(_)) => {
                    self.report.add(
                        CheckId::Proof,
                        Outcome::Pass,
                        Code::SignatureValid,
                        Params::new().with(Param::Suite, alg.name()),
                    );
                    if legacy {
                        self.key_on_issuer_host(&key_url, issuer.as_ref());
                    } else {
                        self.key_ownership(&key_url, &key_doc, issuer.as_ref(), &listed);
                    }
                    if let Some(i) = &issuer {
                        self.ob2_revocation_list(i, assertion);
                    }
                    return;
                }
            }
        }
        if let Some((o, e)) = last_failure {
            self.report.push_error(CheckId::Proof, o, &e);
        }
    }

    /// OB 1.x names no key owner: the key is the issuer's when the issuer's own host
    /// publishes it, as a hosted assertion must be on the issuer's host.
    fn key_on_issuer_host(&mut self, key_url: &str, issuer: Option<&Value>) {
        let Some(issuer) = issuer else {
            return self.report.add(
                CheckId::IssuerKey,
                Outcome::Warn,
                Code::IssuerUnavailable,
                unavailable("", "not-read", None),
            );
        };
        let issuer_id = id_of(Some(issuer)).unwrap_or("");
        let want = credential::host_of(issuer_id).filter(|_| issuer_id.starts_with("http"));
        let host = credential::host_of(key_url).unwrap_or_default();
        match want {
            Some(w) if w == host => self.report.add(
                CheckId::IssuerKey,
                Outcome::Pass,
                Code::KeyBound,
                Params::new()
                    .with(Param::Reason, "issuer-site")
                    .with(Param::Key, key_url),
            ),
            Some(w) => self.report.add(
                CheckId::IssuerKey,
                Outcome::Fail,
                Code::KeyOriginMismatch,
                Params::new()
                    .with(Param::Host, host.as_str())
                    .with(Param::Issuer, issuer_id)
                    .with(Param::IssuerHost, w),
            ),
            None => self.report.add(
                CheckId::IssuerKey,
                Outcome::Warn,
                Code::KeyNotBound,
                Params::new()
                    .with(Param::Reason, "issuer-not-http")
                    .with(Param::Key, key_url),
            ),
        }
    }

    /// The key must be listed by the issuer (`publicKey`) and name the issuer as `owner`.
    fn key_ownership(
        &mut self,
        key_url: &str,
        key_doc: &Value,
        issuer: Option<&Value>,
        listed: &[String],
    ) {
        let Some(issuer) = issuer else {
            return self.report.add(
                CheckId::IssuerKey,
                Outcome::Warn,
                Code::IssuerUnavailable,
                unavailable("", "not-read", None),
            );
        };
        let issuer_id = id_of(Some(issuer)).unwrap_or("");
        let owner = key_doc.get("owner").and_then(|o| id_of(Some(o)));
        if !listed.iter().any(|k| k == key_url) {
            self.report.add(
                CheckId::IssuerKey,
                Outcome::Fail,
                Code::KeyNotListed,
                Params::new()
                    .with(Param::Issuer, issuer_id)
                    .with(Param::Key, key_url),
            );
        } else if owner != Some(issuer_id) {
            self.report.add(
                CheckId::IssuerKey,
                Outcome::Fail,
                Code::KeyOwnerMismatch,
                Params::new()
                    .with(Param::Key, key_url)
                    .with(Param::Owner, owner.unwrap_or(""))
                    .with(Param::Issuer, issuer_id),
            );
        } else {
            // The issuer lists the key, and the key names the issuer as its owner.
            self.report.add(
                CheckId::IssuerKey,
                Outcome::Pass,
                Code::KeyBound,
                Params::new()
                    .with(Param::Reason, "controller")
                    .with(Param::Key, key_url),
            );
        }
    }

    fn ob2_revocation_list(&mut self, issuer: &Value, assertion: &Value) {
        let Some(url) = id_of(issuer.get("revocationList")).map(str::to_owned) else {
            return self.report.add(
                CheckId::Revocation,
                Outcome::Pass,
                Code::NoStatus,
                Params::new(),
            );
        };
        let list = match self.get_json(&url, Purpose::RevocationList) {
            Err(None) => return,
            Err(Some(why)) => return self.add_list_unreachable(&url, why),
            Ok(l) => l,
        };
        let id = assertion.get("id").and_then(Value::as_str);
        let uid = assertion.get("uid").and_then(Value::as_str);
        // The revoking entry and its reason: a 2.0 RevocationList's `revokedAssertions`
        // (ids, or objects with `id` / legacy `uid`), or a 1.x `{uid: reason}` object.
        let hit: Option<Option<&str>> = match list.get("revokedAssertions") {
            Some(entries) => values(Some(entries))
                .iter()
                .find(|e| match e {
                    Value::String(s) => Some(s.as_str()) == id,
                    o => {
                        let eid = o.get("id").and_then(Value::as_str);
                        let euid = o.get("uid").and_then(Value::as_str);
                        (eid.is_some() && eid == id) || (euid.is_some() && euid == uid)
                    }
                })
                .map(|e| e.get("revocationReason").and_then(Value::as_str)),
            None => list
                .as_object()
                .and_then(|o| [uid, id].into_iter().flatten().find_map(|k| o.get(k)))
                .map(Value::as_str),
        };
        match hit {
            Some(reason) => self.add(
                CheckId::Revocation,
                Outcome::Fail,
                Code::Revoked,
                Params::new()
                    .with(Param::Source, "revocation-list")
                    .with(Param::Url, url.as_str())
                    .with(Param::RevocationReason, reason.unwrap_or("")),
            ),
            None => self.add_not_revoked("revocation-list", &url),
        }
    }

    /// Resolves a linked node: fetched when its id is http(s), else the embedded object.
    fn linked(&mut self, v: Option<&Value>, purpose: Purpose) -> Node {
        let Some(v) = v else {
            return Node::Missing(unavailable("", "absent", None));
        };
        match id_of(Some(v)) {
            Some(id) if id.starts_with("http") => match self.get_json(id, purpose) {
                Err(None) => Node::Pending,
                Err(Some(why)) => Node::Missing(why.add_to(Params::new().with(Param::Url, id))),
                Ok(mut doc) => {
                    // OB 1.0 documents name no `id`: the URL they were fetched from is
                    // theirs (as badgecheck's 1.0 upgrade does).
                    if let Some(o) = doc.as_object_mut() {
                        if o.get("id").is_none() && o.get("@id").is_none() {
                            o.insert("id".to_owned(), Value::String(id.to_owned()));
                        }
                    }
                    Node::Found(doc)
                }
            },
            _ if v.is_object() => Node::Found(v.clone()),
            _ => Node::Missing(unavailable(
                id_of(Some(v)).unwrap_or(""),
                "not-a-link",
                None,
            )),
        }
    }

    /// The BadgeClass and issuer Profile of an assertion (fetched from their ids).
    fn badge_and_issuer(&mut self, assertion: &Value) -> (Option<Value>, Option<Value>) {
        let badge = match self.linked(assertion.get("badge"), Purpose::BadgeClass) {
            Node::Found(b) => b,
            Node::Pending => return (None, None),
            Node::Missing(params) => {
                self.report.add(
                    CheckId::Schema,
                    Outcome::Warn,
                    Code::BadgeclassUnavailable,
                    params,
                );
                return (None, None);
            }
        };
        let issuer = match self.linked(badge.get("issuer"), Purpose::IssuerProfile) {
            Node::Found(i) => Some(i),
            Node::Pending => None,
            Node::Missing(params) => {
                self.report.add(
                    CheckId::Schema,
                    Outcome::Warn,
                    Code::IssuerUnavailable,
                    params,
                );
                None
            }
        };
        (Some(badge), issuer)
    }

    /// The issuer's hosted verification policy (`startsWith`, `allowedOrigins`).
    fn hosted_origin(&mut self, url: &str, issuer: &Value) {
        let issuer_id = id_of(Some(issuer)).unwrap_or("");
        let policy = issuer.get("verification");
        let starts: Vec<&str> = values(policy.and_then(|p| p.get("startsWith")))
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let mut origins: Vec<String> = values(policy.and_then(|p| p.get("allowedOrigins")))
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_ascii_lowercase)
            .collect();
        let policy_origins = !origins.is_empty();
        if origins.is_empty() && starts.is_empty() {
            match credential::host_of(issuer_id).filter(|_| issuer_id.starts_with("http")) {
                Some(h) => origins.push(h),
                None => {
                    return self.report.add(
                        CheckId::HostedOrigin,
                        Outcome::Pass,
                        Code::IssuerNotHttp,
                        Params::new().with(Param::Issuer, issuer_id),
                    )
                }
            }
        }
        let host = credential::host_of(url).unwrap_or_default();
        let mismatch = |policy: &str, allowed: String| {
            Params::new()
                .with(Param::Policy, policy)
                .with(Param::Url, url)
                .with(Param::Host, host.as_str())
                .with(Param::Allowed, allowed)
        };
        if !starts.is_empty() && !starts.iter().any(|s| url.starts_with(s)) {
            let params = mismatch("starts-with", starts.join(", "));
            return self.report.add(
                CheckId::HostedOrigin,
                Outcome::Fail,
                Code::HostedOriginMismatch,
                params,
            );
        }
        let origin_policy = if policy_origins {
            "allowed-origins"
        } else {
            "issuer-host"
        };
        if !origins.is_empty() && !origins.contains(&host) {
            let params = mismatch(origin_policy, origins.join(", "));
            return self.report.add(
                CheckId::HostedOrigin,
                Outcome::Fail,
                Code::HostedOriginMismatch,
                params,
            );
        }
        let policy = if starts.is_empty() {
            origin_policy
        } else {
            "starts-with"
        };
        self.report.add(
            CheckId::HostedOrigin,
            Outcome::Pass,
            Code::HostedOriginOk,
            Params::new()
                .with(Param::Policy, policy)
                .with(Param::Host, host.as_str()),
        );
    }

    /// The structural check for an assertion of version `spec` (its own version's rules)
    /// with its BadgeClass and issuer.
    fn assertion_schema(
        &mut self,
        a: &Value,
        spec: Spec,
        badge: Option<&Value>,
        issuer: Option<&Value>,
    ) {
        let mut problems = schema::assertion(a, spec);
        if let Some(b) = badge.filter(|_| !a.get("badge").is_some_and(Value::is_object)) {
            problems.extend(schema::badge_class(b, spec));
        }
        if let Some(i) = issuer {
            problems.extend(schema::issuer(i, spec));
        }
        self.schema_check(problems, spec);
    }

    /// An OB 0.5 hosted assertion: the URL it was served from must be on its issuer's
    /// `origin` (the 0.5 specification's rule; the issuer is embedded, so nothing else
    /// binds the assertion to it).
    fn origin_of_05(&mut self, url: &str, issuer: Option<&Value>) {
        let origin = issuer.and_then(|i| i.get("origin")).and_then(Value::as_str);
        let Some(want) = origin.and_then(credential::origin_host) else {
            return self.report.add(
                CheckId::HostedOrigin,
                Outcome::Warn,
                Code::IssuerOriginUnknown,
                Params::new(),
            );
        };
        let host = credential::host_of(url).unwrap_or_default();
        if host == want {
            self.report.add(
                CheckId::HostedOrigin,
                Outcome::Pass,
                Code::HostedOriginOk,
                Params::new()
                    .with(Param::Policy, "origin")
                    .with(Param::Host, host),
            );
        } else {
            self.report.add(
                CheckId::HostedOrigin,
                Outcome::Fail,
                Code::HostedOriginMismatch,
                Params::new()
                    .with(Param::Policy, "origin")
                    .with(Param::Url, url)
                    .with(Param::Host, host)
                    .with(Param::Allowed, want),
            );
        }
    }

    fn ob2_describe(&mut self, a: &Value, badge: Option<&Value>, issuer: Option<&Value>) {
        let badge = badge.or_else(|| a.get("badge"));
        if let Some(b) = badge {
            self.report.badge = Some(credential::badge_info(b));
        }
        let issuer = issuer.or_else(|| badge.and_then(|b| b.get("issuer")));
        if let Some(i) = credential::issuer_info(issuer) {
            self.report.issuer = Some(i);
        }
    }
}

/// The public key of a 2.0 CryptographicKey document (`publicKeyPem`).
fn pem_key(doc: &Value) -> crate::Result<PublicKey> {
    match doc.get("publicKeyPem").and_then(Value::as_str) {
        Some(pem) => PublicKey::from_pem(pem),
        None => Err(crate::Error::with(
            Code::KeyInvalid,
            Params::new().with(Param::Reason, "no-public-key-pem"),
        )),
    }
}

/// A 1.x signing key: PEM text (`verify.url` serves the key itself), or, defensively, a
/// 2.0 CryptographicKey document.
fn legacy_key(body: &[u8], limits: &crate::Limits) -> crate::Result<PublicKey> {
    let text = std::str::from_utf8(body).map_err(|_| {
        crate::Error::with(
            Code::PemInvalid,
            Params::new().with(Param::Reason, "not-text"),
        )
    })?;
    if text.trim_start().starts_with('{') {
        return pem_key(&crate::json::parse(text, limits)?);
    }
    PublicKey::from_pem(text)
}

/// The params of a linked document that could not be had (`badgeclass-unavailable`,
/// `issuer-unavailable`): its `url` (empty when there is none), then `reason` (`absent`: the
/// member is missing; `not-a-link`: it is neither an object nor an http(s) URL; `not-read`:
/// the issuer profile was not had, see the `schema` check) and `status` (`0`).
fn unavailable(url: &str, reason: &str, status: Option<u16>) -> Params {
    Params::new()
        .with(Param::Url, url)
        .with(Param::Reason, reason)
        .with(Param::Status, u64::from(status.unwrap_or(0)))
}
