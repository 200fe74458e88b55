//! Open Badges 2.0 (and upgraded 1.x): hosted and signed assertions (specs §2.3–§2.5).
//!
//! Embedded copies of the BadgeClass and issuer Profile are never trusted when they have
//! http(s) ids: they are fetched from their ids, so a badge cannot widen its own issuer's
//! verification policy or list its own key.

use super::Run;
use crate::credential::{self, id_of, schema, values};
use crate::crypto::PublicKey;
use crate::fetch::Purpose;
use crate::jose::{CompactJws, OB2_ALGS};
use crate::json::Value;
use crate::report::{CheckId, Outcome, Spec};

/// Outcome of resolving a linked node: `None` while a fetch is pending.
enum Node {
    Pending,
    Found(Value),
    Missing(String),
}

impl Run<'_> {
    /// A JSON assertion (baked, pasted, or OB 1.x).
    pub(super) fn ob2_json(&mut self, doc: Value, spec: Spec) {
        self.ob2_describe(&doc, None, None);
        let verification = doc.get("verification").or_else(|| doc.get("verify"));
        let signed = verification.is_some_and(|v| {
            credential::has_type(v, "signed") || credential::has_type(v, "SignedBadge")
        });
        if signed {
            self.push(
                CheckId::Proof,
                Outcome::Fail,
                "signature-missing",
                "this assertion says it is signed, but it is plain JSON without its signature; verify the baked image or the JWS the issuer provided",
            );
            self.common_checks(&doc, spec, &[]);
            self.report.credential = Some(doc);
            return;
        }
        // Hosted: the URL is the assertion `id` (OB 2.0) or `verify.url` (OB 1.0).
        let url = doc
            .get("id")
            .and_then(Value::as_str)
            .filter(|u| u.starts_with("http"))
            .or_else(|| {
                verification
                    .and_then(|v| v.get("url"))
                    .and_then(Value::as_str)
            })
            .map(str::to_owned);
        match url {
            Some(u) => self.hosted(&u, Some(doc)),
            None => {
                self.push(
                    CheckId::Proof,
                    Outcome::Fail,
                    "hosted-id-invalid",
                    "this hosted assertion has no http(s) `id`, so there is no issuer server to confirm it",
                );
                self.common_checks(&doc, spec, &[]);
                self.report.credential = Some(doc);
            }
        }
    }

    /// A hosted assertion at `url`: the issuer's server is the proof (specs §2.3).
    pub(super) fn hosted(&mut self, url: &str, baked: Option<Value>) {
        self.report.format.proof = Some("hosted".to_owned());
        self.push(
            CheckId::IssuerKey,
            Outcome::Skip,
            "not-applicable-hosted",
            "hosted badges are vouched for by the issuer's server, not by a signing key",
        );
        let fetched = match self.get_json(url, Purpose::HostedAssertion) {
            Err(None) => return,
            Err(Some((why, status))) => {
                if status == Some(410) {
                    self.push(CheckId::Revocation, Outcome::Fail, "revoked", format!("the issuer's server says the badge at {url} is gone (HTTP 410): it has been revoked"));
                } else {
                    self.push(
                        CheckId::Proof,
                        Outcome::Warn,
                        "hosted-unreachable",
                        format!("this is a hosted badge, genuine only if the issuer's server still serves it at {url}, and that could not be checked: {why}"),
                    );
                }
                if let Some(b) = baked {
                    // The issuer's copy could not be read: judge the copy we hold, which
                    // can only make the verdict worse, never `valid`.
                    let spec = credential::classify(&b).unwrap_or(Spec::Ob2);
                    self.ob2_schema(&b, None, None);
                    self.common_checks(&b, spec, &[]);
                    self.report.credential = Some(b);
                }
                return;
            }
            Ok(doc) => doc,
        };
        if fetched.get("revoked") == Some(&Value::Bool(true)) {
            self.revoked(&fetched, "the issuer has revoked this badge");
            self.report.credential = Some(fetched);
            return;
        }
        if fetched.get("id").and_then(Value::as_str) != Some(url) {
            self.push(
                CheckId::Proof,
                Outcome::Fail,
                "hosted-id-mismatch",
                format!("the document served at {url} has a different `id`, so it is not the assertion it claims to be"),
            );
        } else {
            self.push(
                CheckId::Proof,
                Outcome::Pass,
                "hosted-fetched",
                format!("the issuer's server serves this assertion at {url}"),
            );
        }
        self.push(
            CheckId::Revocation,
            Outcome::Pass,
            "not-revoked",
            "the issuer's server still serves the assertion and does not mark it revoked",
        );
        let spec = credential::classify(&fetched).unwrap_or(Spec::Ob2);
        let (badge, issuer) = self.badge_and_issuer(&fetched);
        if let Some(issuer) = &issuer {
            self.hosted_origin(url, issuer);
        }
        self.ob2_describe(&fetched, badge.as_ref(), issuer.as_ref());
        self.ob2_schema(&fetched, badge.as_ref(), issuer.as_ref());
        self.common_checks(&fetched, spec, &[]);
        self.report.credential = Some(fetched);
    }

    /// An OB 2.0 signed assertion (compact JWS, RS256).
    pub(super) fn ob2_signed(&mut self, jws: &CompactJws, assertion: Value) {
        self.report.format.proof = Some("jws-rs256".to_owned());
        self.ob2_describe(&assertion, None, None);
        if let Err(e) = jws.algorithm(OB2_ALGS) {
            self.fail(CheckId::Proof, &e);
        } else {
            self.signed_proof(jws, &assertion);
        }
        self.common_checks(&assertion, Spec::Ob2, &[]);
        self.report.credential = Some(assertion);
    }

    fn signed_proof(&mut self, jws: &CompactJws, assertion: &Value) {
        let creator = assertion
            .get("verification")
            .and_then(|v| v.get("creator"))
            .and_then(|c| id_of(Some(c)))
            .map(str::to_owned);
        let (badge, issuer) = self.badge_and_issuer(assertion);
        self.ob2_describe(assertion, badge.as_ref(), issuer.as_ref());
        self.ob2_schema(assertion, badge.as_ref(), issuer.as_ref());
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
            let msg = if issuer.is_some() {
                "the assertion names no signing key (`verification.creator`) and the issuer lists none (`publicKey`)"
            } else {
                "the assertion names no signing key (`verification.creator`) and the issuer profile could not be read"
            };
            return self.push(CheckId::Proof, Outcome::Warn, "key-unavailable", msg);
        }
        let mut last_failure = None;
        for key_url in candidates {
            let key_doc = match self.get_json(&key_url, Purpose::Key) {
                Err(None) => return,
                Err(Some((why, _))) => {
                    last_failure = Some((
                        Outcome::Warn,
                        "key-unavailable",
                        format!("the signing key at {key_url} could not be fetched: {why}"),
                    ));
                    continue;
                }
                Ok(k) => k,
            };
            let key = match key_doc
                .get("publicKeyPem")
                .and_then(Value::as_str)
                .map(PublicKey::from_pem)
            {
                Some(Ok(k)) => k,
                Some(Err(e)) => {
                    last_failure = Some((Outcome::Fail, e.code, e.message));
                    continue;
                }
                None => {
                    last_failure = Some((
                        Outcome::Fail,
                        "key-invalid",
                        format!("the key document at {key_url} has no `publicKeyPem`"),
                    ));
                    continue;
                }
            };
            match jws.verify(&key, OB2_ALGS) {
                Err(e) => last_failure = Some((Outcome::Fail, e.code, e.message)),
                Ok(_) => {
                    self.push(
                        CheckId::Proof,
                        Outcome::Pass,
                        "signature-valid",
                        format!("the RS256 signature is valid under the key at {key_url}"),
                    );
                    self.key_ownership(&key_url, &key_doc, issuer.as_ref(), &listed);
                    if let Some(i) = &issuer {
                        self.ob2_revocation_list(i, assertion);
                    }
                    return;
                }
            }
        }
        if let Some((o, code, msg)) = last_failure {
            self.push(CheckId::Proof, o, code, msg);
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
            return self.push(CheckId::IssuerKey, Outcome::Warn, "issuer-unavailable", "the issuer profile could not be fetched, so the key's owner could not be confirmed");
        };
        let issuer_id = id_of(Some(issuer)).unwrap_or("");
        let owner = key_doc.get("owner").and_then(|o| id_of(Some(o)));
        if !listed.iter().any(|k| k == key_url) {
            self.push(
                CheckId::IssuerKey,
                Outcome::Fail,
                "key-not-listed",
                format!(
                    "the issuer {issuer_id} does not list the key {key_url} in its `publicKey`"
                ),
            );
        } else if owner != Some(issuer_id) {
            self.push(
                CheckId::IssuerKey,
                Outcome::Fail,
                "key-owner-mismatch",
                format!(
                    "the key {key_url} says its owner is {}, not the issuer {issuer_id}",
                    owner.unwrap_or("nobody")
                ),
            );
        } else {
            self.push(CheckId::IssuerKey, Outcome::Pass, "key-bound", format!("the issuer {issuer_id} lists the key and the key names the issuer as its owner"));
        }
    }

    fn ob2_revocation_list(&mut self, issuer: &Value, assertion: &Value) {
        let Some(url) = id_of(issuer.get("revocationList")).map(str::to_owned) else {
            return self.push(
                CheckId::Revocation,
                Outcome::Pass,
                "no-status",
                "the issuer publishes no revocation list",
            );
        };
        let list = match self.get_json(&url, Purpose::RevocationList) {
            Err(None) => return,
            Err(Some((why, _))) => {
                return self.push(
                    CheckId::Revocation,
                    Outcome::Warn,
                    "status-unreachable",
                    format!("the revocation list at {url} could not be checked: {why}"),
                )
            }
            Ok(l) => l,
        };
        let id = assertion.get("id").and_then(Value::as_str);
        let uid = assertion.get("uid").and_then(Value::as_str);
        let hit = values(list.get("revokedAssertions"))
            .iter()
            .find(|e| match e {
                Value::String(s) => Some(s.as_str()) == id,
                o => {
                    let eid = o.get("id").and_then(Value::as_str);
                    let euid = o.get("uid").and_then(Value::as_str);
                    (eid.is_some() && eid == id) || (euid.is_some() && euid == uid)
                }
            });
        match hit {
            Some(e) => {
                self.revoked(e, "the issuer's revocation list revokes this badge");
            }
            None => self.push(
                CheckId::Revocation,
                Outcome::Pass,
                "not-revoked",
                format!("not in the issuer's revocation list at {url}"),
            ),
        }
    }

    /// Resolves a linked node: fetched when its id is http(s), else the embedded object.
    fn linked(&mut self, v: Option<&Value>, purpose: Purpose, what: &str) -> Node {
        let Some(v) = v else {
            return Node::Missing(format!("there is no {what}"));
        };
        match id_of(Some(v)) {
            Some(id) if id.starts_with("http") => match self.get_json(id, purpose) {
                Err(None) => Node::Pending,
                Err(Some((why, _))) => {
                    Node::Missing(format!("the {what} at {id} could not be fetched: {why}"))
                }
                Ok(doc) => Node::Found(doc),
            },
            _ if v.is_object() => Node::Found(v.clone()),
            _ => Node::Missing(format!(
                "the {what} is neither an object nor an http(s) URL"
            )),
        }
    }

    /// The BadgeClass and issuer Profile of an assertion (fetched from their ids).
    fn badge_and_issuer(&mut self, assertion: &Value) -> (Option<Value>, Option<Value>) {
        let badge = match self.linked(assertion.get("badge"), Purpose::BadgeClass, "BadgeClass") {
            Node::Found(b) => b,
            Node::Pending => return (None, None),
            Node::Missing(why) => {
                self.push(
                    CheckId::Schema,
                    Outcome::Warn,
                    "badgeclass-unavailable",
                    why,
                );
                return (None, None);
            }
        };
        let issuer = match self.linked(
            badge.get("issuer"),
            Purpose::IssuerProfile,
            "issuer profile",
        ) {
            Node::Found(i) => Some(i),
            Node::Pending => None,
            Node::Missing(why) => {
                self.push(CheckId::Schema, Outcome::Warn, "issuer-unavailable", why);
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
        if origins.is_empty() && starts.is_empty() {
            match credential::host_of(issuer_id).filter(|_| issuer_id.starts_with("http")) {
                Some(h) => origins.push(h),
                None => {
                    return self.push(
                        CheckId::HostedOrigin,
                        Outcome::Pass,
                        "issuer-not-http",
                        format!("the issuer id {issuer_id:?} is not a web address, so no origin policy applies"),
                    )
                }
            }
        }
        if !starts.is_empty() && !starts.iter().any(|s| url.starts_with(s)) {
            return self.push(
                CheckId::HostedOrigin,
                Outcome::Fail,
                "hosted-origin-mismatch",
                format!(
                    "the assertion URL {url} is outside the issuer's allowed prefixes ({})",
                    starts.join(", ")
                ),
            );
        }
        let host = credential::host_of(url).unwrap_or_default();
        if !origins.is_empty() && !origins.contains(&host) {
            return self.push(
                CheckId::HostedOrigin,
                Outcome::Fail,
                "hosted-origin-mismatch",
                format!("the assertion is hosted on {host}, but the issuer {issuer_id} only vouches for badges on {}", origins.join(", ")),
            );
        }
        self.push(
            CheckId::HostedOrigin,
            Outcome::Pass,
            "hosted-origin-ok",
            format!("the assertion is hosted where the issuer {issuer_id} allows"),
        );
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

    fn ob2_schema(&mut self, a: &Value, badge: Option<&Value>, issuer: Option<&Value>) {
        let mut problems = schema::ob2_assertion(a);
        if let Some(b) = badge.filter(|_| !a.get("badge").is_some_and(Value::is_object)) {
            problems.extend(schema::ob2_badge_class(b));
        }
        if let Some(i) = issuer {
            problems.extend(schema::ob2_issuer(i));
        }
        let what = match (
            badge.is_some() || a.get("badge").is_some_and(Value::is_object),
            issuer.is_some(),
        ) {
            (true, true) => "the assertion, badge class and issuer have",
            (true, false) => "the assertion and badge class have",
            _ => "the assertion has",
        };
        self.schema_check(problems, &format!("{what} what Open Badges 2.0 needs"));
    }
}
