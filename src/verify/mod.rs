//! The verification pipeline: container → payload → (OB 2.0 | OB 3.0) checks → report.
//!
//! [`verify`] is a pure function of the input bytes, the [`Options`] and the documents
//! [`Fetched`] so far. Each run walks the whole pipeline; every document it needs and does not
//! have yet is recorded as a [`Request`]. If any were recorded, the run returns
//! [`Step::Need`] and its partial report is dropped; the driver fetches and calls again. The
//! number of rounds is bounded because every round adds at least one answered URL and the
//! number of URLs is bounded by [`crate::Limits::max_fetches`].

mod di;
mod ob2;
mod ob3;
mod resolve;
mod sd;
mod status;

pub(crate) use ob3::{bind_did, Binding};
pub(crate) use resolve::KeyLookup;

use crate::code::{Param, Params};
use crate::container::{self, Payload};
use crate::credential;
use crate::fetch::{FetchError, Fetched, Purpose, Request, Response};
use crate::json::Value;
use crate::report::{CheckId, ContainerKind, Outcome, Report};
use crate::Code;
use crate::{json, Error, Options};

/// One round of verification.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Verification is complete.
    Done(Box<Report>),
    /// These documents are needed; fetch them, add the answers to [`Fetched`], and call
    /// [`verify`] again with the same input and options.
    Need(Vec<Request>),
}

/// Verifies `input` with the documents fetched so far.
pub fn verify(input: &[u8], options: &Options, fetched: &Fetched) -> Step {
    let mut run = Run {
        opts: options,
        fetched,
        needs: Vec::new(),
        report: Report::new(),
        nested: false,
    };
    run.input(input);
    if !run.needs.is_empty() {
        let mut needs = run.needs;
        crate::sort::sort_by(&mut needs, |a, b| a.url.cmp(&b.url));
        needs.dedup_by(|a, b| a.url == b.url);
        return Step::Need(needs);
    }
    let mut report = run.report;
    fill_skipped(&mut report);
    report.finish();
    Step::Done(Box::new(report))
}

/// Verifies `input` without any network access: every needed document counts as
/// unreachable ("offline"), which can only lower the verdict to `indeterminate`.
pub fn verify_offline(input: &[u8], options: &Options) -> Report {
    let mut fetched = Fetched::new();
    loop {
        match verify(input, options, &fetched) {
            Step::Done(r) => return *r,
            Step::Need(reqs) => {
                for r in reqs {
                    fetched.insert(r.url, Response::Failed(FetchError::Offline));
                }
            }
        }
    }
}

/// Every report lists every check; the ones not reached or not applicable are `skip`.
fn fill_skipped(r: &mut Report) {
    use CheckId::*;
    let stopped_early = r
        .checks
        .iter()
        .any(|c| matches!(c.id, Container | Payload) && c.outcome == Outcome::Fail);
    let proof_passed = r.check(Proof).is_some_and(|c| c.outcome == Outcome::Pass);
    for id in CheckId::ALL {
        if r.check(id).is_none() {
            let hosted = r.format.proof.as_deref() == Some("hosted");
            let applies = match id {
                HostedOrigin => hosted,
                IssuerKey | Revocation => true,
                _ => false,
            };
            let (code, params) = if stopped_early {
                (
                    Code::NotReached,
                    Params::new().with(Param::BlockedBy, "input"),
                )
            } else if applies && !proof_passed {
                (
                    Code::NotReached,
                    Params::new().with(Param::BlockedBy, "proof"),
                )
            } else {
                (Code::NotApplicable, Params::new())
            };
            r.add(id, Outcome::Skip, code, params);
        }
    }
}

/// Why a document lookup gave no document, as data: what [`Run::get_json_or_why`] returns
/// and [`Why::of`] turns into a `reason` token and an HTTP `status`.
#[derive(Clone, Debug)]
pub(crate) enum Failure {
    /// The fetch failed.
    Fetch(FetchError),
    /// The address is not an http(s) URL.
    NotHttp,
    /// The fetch was redirected to `to`, on another site, for a document that must come
    /// from the site the badge names.
    OffSite,
    /// More documents would be needed than `max_fetches` allows.
    TooManyFetches,
    /// The document is not usable JSON.
    NotJson,
}

/// Why a document could not be had, as report params: the `reason` token and the HTTP
/// `status` of [`Why::of`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Why {
    /// The `reason` token.
    pub(crate) reason: &'static str,
    /// The HTTP status, 0 when there was none.
    pub(crate) status: u64,
}

impl Why {
    /// A `reason` that is not a fetch failure (e.g. `did-method`, `pending`), no status.
    pub(crate) fn because(reason: &'static str) -> Self {
        Self { reason, status: 0 }
    }

    /// The `reason` token and HTTP `status` (0 when there was none) for a lookup that gave
    /// no document: a fetch failure's kind (`offline`, `timeout`, `connection`, `cors`,
    /// `status`, `too-large`, `redirects`, `refused`), or `not-http`, `redirected-off-site`,
    /// `too-many-documents`, `not-json`.
    pub(crate) fn of(f: &Failure) -> Self {
        let reason = match f {
            Failure::Fetch(e) => e.reason(),
            Failure::NotHttp => "not-http",
            Failure::OffSite => "redirected-off-site",
            Failure::TooManyFetches => "too-many-documents",
            Failure::NotJson => "not-json",
        };
        let status = match f {
            Failure::Fetch(e) => e.http_status().map_or(0, u64::from),
            _ => 0,
        };
        Self { reason, status }
    }

    /// `params` with `reason` and `status` appended.
    pub(crate) fn add_to(self, params: Params) -> Params {
        params
            .with(Param::Reason, self.reason)
            .with(Param::Status, self.status)
    }
}

/// What a document lookup gave, with the failure as data.
enum Lookup<'a> {
    /// Not fetched yet; a request was recorded.
    Pending,
    /// The document body.
    Doc(&'a [u8]),
    /// It could not be had.
    Failed(Failure),
}

/// What a document lookup gave.
pub(crate) enum Got<'a> {
    /// Not fetched yet; a request was recorded.
    Pending,
    /// The document body.
    Doc(&'a [u8]),
    /// It could not be had, and why.
    Failed(Why),
}

pub(crate) struct Run<'a> {
    pub(crate) opts: &'a Options,
    fetched: &'a Fetched,
    needs: Vec<Request>,
    pub(crate) report: Report,
    /// Whether this run verifies an endorsement (endorsements of endorsements are not
    /// followed).
    nested: bool,
}

/// Whether `to` (where a fetch of `from` ended) is on the same site: the same host and port,
/// and the same scheme or an upgrade from `http` to `https`.
fn same_site(from: &str, to: &str) -> bool {
    let scheme = |u: &str| u.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    let scheme_ok = match (scheme(from).as_deref(), scheme(to).as_deref()) {
        (Some(a), Some(b)) => a == b || (a == "http" && b == "https"),
        _ => false,
    };
    let host = credential::host_of(from);
    scheme_ok && host.is_some() && host == credential::host_of(to)
}

/// Where endorsements sit in a credential: `endorsement` (embedded credentials) and
/// `endorsementJwt` (compact JWS) members anywhere in the document, with their paths.
fn find_endorsements<'v>(
    v: &'v Value,
    path: &str,
    out: &mut Vec<(String, &'v Value)>,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                if k == "endorsement" || k == "endorsementJwt" {
                    for (i, e) in credential::values(Some(child)).iter().enumerate() {
                        out.push((format!("{p}[{i}]"), e));
                    }
                } else if k != "proof" {
                    find_endorsements(child, &p, out, depth + 1);
                }
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                find_endorsements(child, &format!("{path}[{i}]"), out, depth + 1);
            }
        }
        _ => {}
    }
}

impl<'a> Run<'a> {
    /// A run for a document found inside this one (an endorsement, a refreshed copy): it
    /// shares the fetched documents and follows neither endorsements nor refreshes.
    pub(crate) fn nested_run(&self) -> Run<'a> {
        Run {
            opts: self.opts,
            fetched: self.fetched,
            needs: Vec::new(),
            report: Report::new(),
            nested: true,
        }
    }

    /// Completes a nested run: its report and the documents it still needs.
    pub(crate) fn finish_nested(self) -> (Report, Vec<Request>) {
        let mut r = self.report;
        fill_skipped(&mut r);
        r.finish();
        (r, self.needs)
    }

    /// Adopts a nested run's pending requests.
    pub(crate) fn take_needs(&mut self, needs: &mut Vec<Request>) {
        self.needs.append(needs);
    }

    /// Verifies each endorsement of `doc` with the same machinery, reporting it apart.
    pub(crate) fn endorsements(&mut self, doc: &Value) {
        if self.nested {
            return;
        }
        let mut found = Vec::new();
        find_endorsements(doc, "", &mut found, 0);
        let max = self.opts.limits.max_endorsements;
        for (i, (path, item)) in found.into_iter().enumerate() {
            if i >= max {
                let e = Error::limit("max_endorsements", max, "endorsements");
                self.report.endorsements.push(crate::report::Endorsement {
                    path,
                    verdict: crate::Verdict::Indeterminate,
                    summary: crate::report::Summary {
                        code: e.code,
                        params: e.params.clone(),
                    },
                    issuer: None,
                    checks: vec![crate::Check {
                        id: CheckId::Proof,
                        outcome: Outcome::Warn,
                        code: e.code,
                        params: e.params,
                    }],
                });
                continue;
            }
            let mut sub = self.nested_run();
            match item {
                Value::String(jwt) => sub.compact_jws(jwt),
                other => sub.json_document(other.clone()),
            }
            let (r, mut needs) = sub.finish_nested();
            self.take_needs(&mut needs);
            self.report.push_endorsement(path, r);
        }
    }

    /// Appends a check with its params (the message comes from the catalogs).
    pub(crate) fn add(&mut self, id: CheckId, o: Outcome, code: Code, params: Params) {
        self.report.add(id, o, code, params);
    }

    /// Records a revocation (`revoked`, fail) found by `source` (`status-list`,
    /// `revocation-list`, `hosted`) at `url`, with the `revocationReason` of `entry` (the
    /// list entry or the revoked document) when it gives one.
    pub(crate) fn add_revoked(&mut self, source: &str, url: &str, entry: Option<&Value>) {
        let reason = entry
            .and_then(|e| e.get("revocationReason"))
            .and_then(Value::as_str)
            .unwrap_or("");
        self.add(
            CheckId::Revocation,
            Outcome::Fail,
            Code::Revoked,
            Params::new()
                .with(Param::Source, source)
                .with(Param::Url, url)
                .with(Param::RevocationReason, reason),
        );
    }

    /// Records that revocation was looked up by `source` at `url` and the badge is not
    /// revoked (`not-revoked`, pass).
    pub(crate) fn add_not_revoked(&mut self, source: &str, url: &str) {
        self.add(
            CheckId::Revocation,
            Outcome::Pass,
            Code::NotRevoked,
            Params::new()
                .with(Param::Source, source)
                .with(Param::Purpose, "revocation")
                .with(Param::Url, url),
        );
    }

    /// Records that the revocation list at `url` could not be had (`status-unreachable`,
    /// warn).
    pub(crate) fn add_list_unreachable(&mut self, url: &str, why: Why) {
        self.add(
            CheckId::Revocation,
            Outcome::Warn,
            Code::StatusUnreachable,
            why.add_to(Params::new().with(Param::Url, url)),
        );
    }

    pub(crate) fn fail(&mut self, id: CheckId, e: &Error) {
        self.report.push_error(id, Outcome::Fail, e);
    }

    /// Looks up a document, recording a request when it has not been fetched yet.
    pub(crate) fn get(&mut self, url: &str, purpose: Purpose) -> Got<'a> {
        match self.lookup(url, purpose) {
            Lookup::Pending => Got::Pending,
            Lookup::Doc(body) => Got::Doc(body),
            Lookup::Failed(f) => Got::Failed(Why::of(&f)),
        }
    }

    /// Looks up a document as [`Self::get`] does, with the failure as data.
    fn lookup(&mut self, url: &str, purpose: Purpose) -> Lookup<'a> {
        let url = url.split('#').next().unwrap_or(url);
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Lookup::Failed(Failure::NotHttp);
        }
        let fetched = self.fetched;
        match fetched.get(url) {
            Some(Response::Ok { final_url, .. })
                if purpose.pins_origin() && !same_site(url, final_url) =>
            {
                Lookup::Failed(Failure::OffSite)
            }
            Some(Response::Ok { body, .. }) => Lookup::Doc(body),
            Some(Response::Failed(e)) => Lookup::Failed(Failure::Fetch(e.clone())),
            None if fetched.len() + self.needs.len() >= self.opts.limits.max_fetches => {
                Lookup::Failed(Failure::TooManyFetches)
            }
            None => {
                let accept = match purpose {
                    Purpose::Jwks => "application/jwk-set+json, application/json",
                    Purpose::DidDocument => {
                        "application/did+ld+json, application/did+json, application/json"
                    }
                    _ => "application/ld+json, application/json",
                };
                self.needs.push(Request {
                    url: url.to_owned(),
                    purpose,
                    accept: accept.to_owned(),
                });
                Lookup::Pending
            }
        }
    }

    /// Where the document fetched for `url` finally came from (after redirects), if it was
    /// fetched.
    pub(crate) fn final_url(&self, url: &str) -> Option<&'a str> {
        let fetched = self.fetched;
        match fetched.get(url.split('#').next().unwrap_or(url)) {
            Some(Response::Ok { final_url, .. }) => Some(final_url),
            _ => None,
        }
    }

    /// Fetches and parses a JSON document. `Err(None)` = pending; `Err(Some(why))` = failed.
    pub(crate) fn get_json(&mut self, url: &str, purpose: Purpose) -> Result<Value, Option<Why>> {
        self.get_json_or_why(url, purpose)
            .map_err(|f| f.as_ref().map(Why::of))
    }

    /// Fetches and parses a JSON document, with the failure as data. `Err(None)` = pending.
    pub(crate) fn get_json_or_why(
        &mut self,
        url: &str,
        purpose: Purpose,
    ) -> Result<Value, Option<Failure>> {
        match self.lookup(url, purpose) {
            Lookup::Pending => Err(None),
            Lookup::Failed(f) => Err(Some(f)),
            Lookup::Doc(body) => {
                json::parse_bytes(body, &self.opts.limits).map_err(|_| Some(Failure::NotJson))
            }
        }
    }

    pub(crate) fn input(&mut self, input: &[u8]) {
        let limits = &self.opts.limits;
        let extracted = match container::extract(input, limits) {
            Ok(x) => x,
            Err(e) => return self.fail(CheckId::Container, &e),
        };
        self.report.format.container = Some(extracted.container);
        self.report.add(
            CheckId::Container,
            Outcome::Pass,
            Code::ContainerOk,
            Params::new().with(Param::Container, extracted.container.as_str()),
        );
        match extracted.payload {
            Payload::Json(text) => match json::parse(&text, limits) {
                Ok(doc) => self.json_document(doc),
                Err(e) => self.fail(CheckId::Payload, &e),
            },
            Payload::CompactJws(text) => self.compact_jws(&text),
            Payload::Url(url) => {
                // The version is that of the document the URL serves (set once fetched).
                self.report.add(
                    CheckId::Payload,
                    Outcome::Pass,
                    Code::HostedUrl,
                    Params::new().with(Param::Url, url.as_str()),
                );
                self.hosted(&url, None);
            }
        }
    }

    fn json_document(&mut self, doc: Value) {
        match credential::classify(&doc) {
            Some(crate::Spec::Ob3) => {
                self.report.add(
                    CheckId::Payload,
                    Outcome::Pass,
                    Code::CredentialJson,
                    Params::new(),
                );
                self.ob3(doc);
            }
            Some(spec) => {
                self.report.format.spec = Some(spec);
                self.report.add(
                    CheckId::Payload,
                    Outcome::Pass,
                    Code::AssertionJson,
                    Params::new(),
                );
                self.ob2_json(doc, spec);
            }
            None => self.report.add(
                CheckId::Payload,
                Outcome::Fail,
                Code::NotABadge,
                Params::new(),
            ),
        }
    }

    fn compact_jws(&mut self, text: &str) {
        let limits = &self.opts.limits;
        let jws = match crate::jose::CompactJws::parse(text, limits) {
            Ok(j) => j,
            Err(e) => return self.fail(CheckId::Payload, &e),
        };
        let claims = match json::parse_bytes(jws.payload(), limits) {
            Ok(v @ Value::Object(_)) => v,
            Ok(_) => {
                return self.add(
                    CheckId::Payload,
                    Outcome::Fail,
                    Code::JwsPayloadInvalid,
                    Params::new().with(Param::Reason, "not-an-object"),
                )
            }
            Err(_) => {
                return self.add(
                    CheckId::Payload,
                    Outcome::Fail,
                    Code::JwsPayloadInvalid,
                    Params::new().with(Param::Reason, "not-json"),
                )
            }
        };
        let is_vc = claims.get("vc").is_some_and(Value::is_object)
            || credential::classify(&claims) == Some(crate::Spec::Ob3);
        if is_vc {
            self.report.format.container = self.report.format.container.map(|c| match c {
                ContainerKind::Jws => ContainerKind::Jwt,
                other => other,
            });
            self.report
                .add(CheckId::Payload, Outcome::Pass, Code::VcJwt, Params::new());
            self.vc_jwt(jws, claims);
        } else {
            let spec = credential::classify(&claims)
                .filter(|s| s.is_legacy())
                .unwrap_or(crate::Spec::Ob2);
            self.report.format.spec = Some(spec);
            self.report.add(
                CheckId::Payload,
                Outcome::Pass,
                Code::SignedAssertion,
                Params::new(),
            );
            self.ob2_signed(&jws, claims, spec);
        }
    }

    /// Validity period, recipient, display fields: shared by every kind of badge.
    pub(crate) fn common_checks(
        &mut self,
        doc: &Value,
        spec: crate::Spec,
        extra: &[credential::DatedValue],
    ) {
        let opts = self.opts;
        let p = credential::period(doc, spec);
        self.report.issued = p.from.as_ref().map(|d| d.at.to_string());
        self.report.expires = p.until.as_ref().map(|d| d.at.to_string());
        // OB 0.5-2.0 allow Unix seconds and bare dates; OB 3.0 asks for RFC 3339 date-times.
        let lenient = [&p.from, &p.until]
            .into_iter()
            .flatten()
            .filter(|d| d.legacy && spec == crate::Spec::Ob3);
        for d in lenient {
            self.report.add_note(
                Code::DateLenient,
                Some(d.property),
                Params::new()
                    .with(Param::Property, d.property)
                    .with(Param::Date, d.at.to_string()),
            );
        }
        let judged =
            credential::judge_period(&p, opts.now, opts.clock_skew_secs).and_then(|in_period| {
                for d in extra {
                    let only = match d.property {
                        "exp" => credential::Period {
                            until: Some(d.clone()),
                            ..credential::Period::default()
                        },
                        _ => credential::Period {
                            from: Some(d.clone()),
                            ..credential::Period::default()
                        },
                    };
                    credential::judge_period(&only, opts.now, opts.clock_skew_secs)?;
                }
                Ok(in_period)
            });
        match judged {
            Err(e) => self.fail(CheckId::ValidityPeriod, &e),
            Ok(_) if !p.unreadable.is_empty() => {
                for e in &p.unreadable {
                    self.report
                        .push_error(CheckId::ValidityPeriod, Outcome::Warn, e);
                }
            }
            Ok(in_period) => self.add(
                CheckId::ValidityPeriod,
                Outcome::Pass,
                Code::InPeriod,
                in_period.0,
            ),
        }
        let mut info = credential::recipient_info(doc, spec);
        let stated = credential::recipient::stated(doc, spec);
        match &opts.recipient {
            None if !stated => self.add(
                CheckId::Recipient,
                Outcome::Skip,
                Code::RecipientNotStated,
                Params::new(),
            ),
            None => self.report.add(
                CheckId::Recipient,
                Outcome::Skip,
                Code::RecipientNotRequested,
                Params::new(),
            ),
            Some(wanted) => match credential::recipient::check(doc, spec, wanted) {
                credential::recipient::Match::Yes(how) => {
                    if let Some(i) = info.as_mut() {
                        i.matched = Some(true);
                    }
                    self.add(
                        CheckId::Recipient,
                        Outcome::Pass,
                        Code::RecipientMatch,
                        how.0,
                    );
                }
                credential::recipient::Match::No(why) => {
                    if let Some(i) = info.as_mut() {
                        i.matched = Some(false);
                    }
                    self.add(
                        CheckId::Recipient,
                        Outcome::Fail,
                        Code::RecipientMismatch,
                        why.0,
                    );
                }
                // What the badge lacks (a token) is not carried: the code says it.
                credential::recipient::Match::Unknown(_) => self.add(
                    CheckId::Recipient,
                    Outcome::Warn,
                    Code::RecipientNotStated,
                    Params::new(),
                ),
            },
        }
        self.report.recipient = info;
    }
}

#[cfg(test)]
mod tests {
    use super::{same_site, Failure, FetchError, Why};

    #[test]
    fn failures_become_a_reason_token_and_a_status() {
        let params = |f: &Failure| {
            let why = Why::of(f);
            (why.reason, why.status)
        };
        let fetch = |e| params(&Failure::Fetch(e));
        assert_eq!(fetch(FetchError::Status { status: 404 }), ("status", 404));
        assert_eq!(fetch(FetchError::Offline), ("offline", 0));
        assert_eq!(
            fetch(FetchError::Connection {
                detail: "dns".into()
            }),
            ("connection", 0)
        );
        let off_site = Failure::OffSite;
        assert_eq!(params(&off_site), ("redirected-off-site", 0));
        assert_eq!(params(&Failure::TooManyFetches), ("too-many-documents", 0));
        assert_eq!(params(&Failure::NotJson), ("not-json", 0));
    }

    #[test]
    fn same_site_means_same_host_and_no_downgrade() {
        assert!(same_site("https://a.org/x", "https://A.org/y"));
        assert!(same_site("http://a.org/x", "https://a.org/x"));
        assert!(!same_site("https://a.org/x", "http://a.org/x"));
        assert!(!same_site("https://a.org/x", "https://b.org/x"));
        assert!(!same_site("https://a.org/x", "https://a.org:8443/x"));
        assert!(!same_site("https://a.org/x", "https://a.org.evil/x"));
        assert!(!same_site("https://a.org/x", "data:,x"));
    }
}
