//! The verification pipeline: container → payload → (OB 2.0 | OB 3.0) checks → report.
//!
//! [`verify`] is a pure function of the input bytes, the [`Options`] and the answers
//! [`Fetched`] so far. Each run walks the whole pipeline; every document it needs and does not
//! have yet is recorded as a [`Request`], and every signature whose check has no answer yet
//! as a [`SignatureCheck`] (after the core's own acceptance rules, [`PublicKey::precheck`],
//! have passed). If any were recorded, the run returns [`Step::Need`] and its partial report
//! is dropped; the driver fetches, checks the signatures, and calls again.
//!
//! A signature check's id is derived from what determines it before the signed bytes are
//! computed ([`SignatureCheck::derive_id`]): a later round finds the answer by id and never
//! canonicalizes the document again. The number of rounds is bounded because every round
//! adds at least one answered URL or signature, and both are bounded
//! ([`crate::Limits::max_fetches`], [`crate::Limits::max_signatures`]).
//!
//! [`PublicKey::precheck`]: crate::crypto::PublicKey::precheck

mod several;
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
use crate::crypto::{Alg, PublicKey, SignatureCheck};
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
    /// These documents and signature checks are needed; fetch the documents, check the
    /// signatures, add the answers to [`Fetched`] ([`Fetched::insert`],
    /// [`Fetched::answer_signature`]), and call [`verify`] again with the same input and
    /// options.
    Need(Needs),
}

/// What one round of verification asks of its driver. At least one list is not empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Needs {
    /// Documents to fetch, sorted by URL, each URL once.
    pub fetches: Vec<Request>,
    /// Signatures to check, sorted by id, each id once; answer each with whether it
    /// verifies.
    pub signatures: Vec<SignatureCheck>,
    /// When only signatures are needed: the report [`verify`] returns once every one of them
    /// is answered `true`. A driver whose answers are all `true` may take it instead of
    /// calling [`verify`] again (the round that would only replay the pipeline to read the
    /// answers); with any `false`, it calls again. `None` when documents are needed too.
    pub if_valid: Option<Box<Report>>,
}

impl Needs {
    /// Whether nothing is needed.
    pub fn is_empty(&self) -> bool {
        self.fetches.is_empty() && self.signatures.is_empty()
    }

    /// Adds `other`'s needs to these.
    fn append(&mut self, other: &mut Needs) {
        self.fetches.append(&mut other.fetches);
        self.signatures.append(&mut other.signatures);
    }
}

/// Verifies `input` with the documents fetched and the signatures checked so far.
///
/// The run goes on as if every signature it asks about verified; when it needs nothing
/// else, what it reaches is the report of the next round in case all answers are `true`
/// ([`Needs::if_valid`]), so a valid badge costs one pass, not a second one to read the
/// answers. When documents are needed too, that assumption could lead it to request
/// documents that only a verified signature should lead to (a refresh service), so the
/// round is run again without it.
pub fn verify(input: &[u8], options: &Options, fetched: &Fetched) -> Step {
    let (mut report, mut needs) = pass(input, options, fetched, true);
    // The report of the pass that assumes every asked signature verifies is the final one
    // only if that pass needed no document: one it needed (e.g. a refresh service, fetched
    // only after a verified signature) is not in it yet.
    let final_if_valid = needs.fetches.is_empty();
    if !final_if_valid && !needs.signatures.is_empty() {
        (_, needs) = pass(input, options, fetched, false);
    }
    fill_skipped(&mut report);
    report.finish();
    if needs.is_empty() {
        return Step::Done(Box::new(report));
    }
    crate::sort::sort_by(&mut needs.fetches, |a, b| a.url.cmp(&b.url));
    needs.fetches.dedup_by(|a, b| a.url == b.url);
    crate::sort::sort_by(&mut needs.signatures, |a, b| a.id.cmp(&b.id));
    needs.signatures.dedup_by(|a, b| a.id == b.id);
    if final_if_valid {
        needs.if_valid = Some(Box::new(report));
    }
    Step::Need(needs)
}

/// One pass of the pipeline: the report reached and what is needed. With `assume_valid`,
/// every signature asked of the driver counts as verified for the rest of the pass.
fn pass(input: &[u8], options: &Options, fetched: &Fetched, assume_valid: bool) -> (Report, Needs) {
    let held = std::cell::Cell::new(0);
    let checked = std::cell::Cell::new(0);
    let mut run = Run {
        opts: options,
        fetched,
        needs: Needs::default(),
        report: Report::new(),
        nested: false,
        depth: 0,
        held: &held,
        checked: &checked,
        assume_valid,
    };
    run.input(input);
    (run.report, run.needs)
}

/// Verifies `input` without any network access: every needed document counts as
/// unreachable ("offline"), which can only lower the verdict to `indeterminate`; signatures
/// are checked with the built-in backend ([`crate::crypto::check`]).
#[cfg(feature = "builtin-crypto")]
pub fn verify_offline(input: &[u8], options: &Options) -> Report {
    verify_with(input, options, |_| Response::Failed(FetchError::Offline))
}

/// Runs verification of `input` to completion: `fetch` answers each document request, the
/// built-in backend ([`crate::crypto::check`]) each signature check. When a round asks only
/// for signatures and all verify, the report the core gave for that case
/// ([`Needs::if_valid`]) is taken without another round.
///
/// The core bounds the number of rounds itself ([`crate::Limits::max_fetches`],
/// [`crate::Limits::max_signatures`]); as a guard against a core bug, a round that asks only
/// for documents and signatures already answered ends the run with a `fetch-loop` error
/// report instead of looping.
#[cfg(feature = "builtin-crypto")]
pub fn verify_with(
    input: &[u8],
    options: &Options,
    mut fetch: impl FnMut(&Request) -> Response,
) -> Report {
    let mut fetched = Fetched::checking_signatures();
    loop {
        let needs = match verify(input, options, &fetched) {
            Step::Done(report) => return *report,
            Step::Need(needs) => needs,
        };
        let mut new = false;
        for request in &needs.fetches {
            if fetched.get(&request.url).is_none() {
                new = true;
                let response = fetch(request);
                fetched.insert(request.url.clone(), response);
            }
        }
        for check in &needs.signatures {
            if fetched.signature(&check.id).is_none() {
                new = true;
                fetched.answer_signature(check.id.as_str(), crate::crypto::check(check));
            }
        }
        if !new {
            return Report::error(Code::FetchLoop, Params::new());
        }
        let all_valid = (needs.signatures.iter()).all(|c| fetched.signature(&c.id) == Some(true));
        if let Some(report) = needs.if_valid.filter(|_| all_valid) {
            return *report;
        }
    }
}

/// What a signature check gave.
pub(crate) enum Signed {
    /// The signature verifies.
    Valid,
    /// It does not, or may not be accepted: why.
    Invalid(Error),
    /// The check was asked of the driver (and the run does not assume it verifies).
    Pending,
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
    needs: Needs,
    pub(crate) report: Report,
    /// Whether this run verifies an endorsement (endorsements of endorsements are not
    /// followed).
    nested: bool,
    /// How many files holding several credentials (presentations, CLRs, API responses) this
    /// run's document is inside (bounded by `max_container_depth`).
    depth: usize,
    /// How many credentials such files have held so far in this verification, at every level
    /// (bounded by `max_container_members`).
    held: &'a std::cell::Cell<usize>,
    /// How many signatures the core has checked itself in this pass, at every level
    /// ([`Fetched::checking_signatures`]; bounded by `max_signatures`).
    checked: &'a std::cell::Cell<usize>,
    /// Whether a signature asked of the driver counts as verified ([`verify`]).
    pub(crate) assume_valid: bool,
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

/// The outcome of a check refused for `e`: `fail` when the refusal is `fatal` and `e` says
/// what is broken, `warn` when it is not fatal or says only what this verifier cannot check
/// ([`Code::unverifiable`]).
pub(crate) fn refused(fatal: bool, e: &Error) -> Outcome {
    if fatal && !e.code.unverifiable() {
        Outcome::Fail
    } else {
        Outcome::Warn
    }
}

/// A key that could not be used for `alg`, judged against it
/// ([`crate::crypto::judge_key_error`]), with the outcome of the refusal ([`refused`]).
pub(crate) fn key_refused(e: Error, alg: Alg, fatal: bool) -> (Outcome, Error) {
    let e = crate::crypto::judge_key_error(e, alg);
    (refused(fatal, &e), e)
}

/// One step of a path into a document: a member name or an array index.
#[derive(Clone, Copy)]
enum PathStep<'v> {
    Member(&'v str),
    Index(usize),
}

/// Where endorsements sit in a credential: `endorsement` (embedded credentials) and
/// `endorsementJwt` (compact JWS) members anywhere in the document, with their paths. Paths
/// are written only for what is found (`at` is the way down so far): every round walks the
/// whole document.
fn find_endorsements<'v>(
    v: &'v Value,
    at: &mut Vec<PathStep<'v>>,
    out: &mut Vec<(String, &'v Value)>,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                if k == "endorsement" || k == "endorsementJwt" {
                    at.push(PathStep::Member(k));
                    let p = path_of(at);
                    at.pop();
                    for (i, e) in credential::values(Some(child)).iter().enumerate() {
                        out.push((format!("{p}[{i}]"), e));
                    }
                } else if k != "proof" && k != "verifiableCredential" {
                    // The credentials a presentation or CLR holds have their own reports.
                    at.push(PathStep::Member(k));
                    find_endorsements(child, at, out, depth + 1);
                    at.pop();
                }
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(PathStep::Index(i));
                find_endorsements(child, at, out, depth + 1);
                at.pop();
            }
        }
        _ => {}
    }
}

/// A path as the report shows it: `a.b[0].c`.
fn path_of(at: &[PathStep<'_>]) -> String {
    let mut p = String::new();
    for step in at {
        match step {
            PathStep::Member(k) if p.is_empty() => p.push_str(k),
            PathStep::Member(k) => {
                p.push('.');
                p.push_str(k);
            }
            PathStep::Index(i) => p.push_str(&format!("[{i}]")),
        }
    }
    p
}

impl<'a> Run<'a> {
    /// A run for a document found inside this one (an endorsement, a refreshed copy): it
    /// shares the fetched documents and follows neither endorsements nor refreshes.
    pub(crate) fn nested_run(&self) -> Run<'a> {
        Run {
            opts: self.opts,
            fetched: self.fetched,
            needs: Needs::default(),
            report: Report::new(),
            nested: true,
            depth: self.depth,
            held: self.held,
            checked: self.checked,
            assume_valid: self.assume_valid,
        }
    }

    /// Completes a nested run: its report and what it still needs.
    pub(crate) fn finish_nested(self) -> (Report, Needs) {
        let mut r = self.report;
        fill_skipped(&mut r);
        r.finish();
        (r, self.needs)
    }

    /// Adopts a nested run's pending requests.
    pub(crate) fn take_needs(&mut self, needs: &mut Needs) {
        self.needs.append(needs);
    }

    /// Checks a compact JWS's header ([`crate::jose::CompactJws::algorithm`] with `allowed`)
    /// and its signature by `key`; the signing input is already at hand, so it is the id's
    /// input. `Ok(None)` = asked of the driver.
    ///
    /// # Errors
    /// The header's error, or why the signature is refused.
    pub(crate) fn check_jws(
        &mut self,
        jws: &crate::jose::CompactJws,
        key: &PublicKey,
        allowed: &[Alg],
    ) -> crate::Result<Option<Alg>> {
        let alg = jws.algorithm(allowed)?;
        let input = jws.signing_input().as_bytes();
        let id = || SignatureCheck::derive_id(alg, key, jws.signature(), &[b"jws", input]);
        match self.check_signature((key, alg), jws.signature(), id, || Ok(input.to_vec()))? {
            Signed::Valid => Ok(Some(alg)),
            Signed::Invalid(e) => Err(e),
            Signed::Pending => Ok(None),
        }
    }

    /// Checks `signature` by `key` under `alg`. `id` names the check
    /// ([`SignatureCheck::derive_id`]); when the driver has answered it, the answer is used
    /// and `message` is never called (that is where a document is canonicalized). Otherwise
    /// the signed bytes are computed, the core's acceptance rules applied
    /// ([`PublicKey::precheck`]) and, if they pass, the check is asked of the driver: the
    /// result is then `Pending`, or `Valid` in a run that assumes so ([`verify`]).
    ///
    /// # Errors
    /// The error of `message` (the signed bytes could not be computed).
    pub(crate) fn check_signature(
        &mut self,
        (key, alg): (&PublicKey, Alg),
        signature: &[u8],
        id: impl FnOnce() -> String,
        message: impl FnOnce() -> crate::Result<Vec<u8>>,
    ) -> crate::Result<Signed> {
        if self.fetched.checks_inline() {
            return self.check_inline((key, alg), signature, message);
        }
        let id = id();
        let asked = if self.assume_valid {
            Signed::Valid
        } else {
            Signed::Pending
        };
        match self.fetched.signature(&id) {
            Some(true) => return Ok(Signed::Valid),
            Some(false) => return Ok(Signed::Invalid(crate::crypto::mismatch(alg))),
            // Asked already in this round: the next round has its answer.
            None if self.needs.signatures.iter().any(|c| c.id == id) => return Ok(asked),
            None => {}
        }
        let message = message()?;
        if let Err(e) = key.precheck(alg, signature) {
            return Ok(Signed::Invalid(e));
        }
        if let Some(e) = self
            .too_many_signatures(self.fetched.signatures_answered() + self.needs.signatures.len())
        {
            return Ok(Signed::Invalid(e));
        }
        self.needs.signatures.push(SignatureCheck {
            id,
            alg,
            key: key.clone(),
            message,
            signature: signature.to_vec(),
        });
        Ok(asked)
    }

    /// The `max_signatures` error once `so_far` checks have been made or asked.
    fn too_many_signatures(&self, so_far: usize) -> Option<Error> {
        let max = self.opts.limits.max_signatures;
        (so_far >= max).then(|| Error::limit("max_signatures", max, "signature checks"))
    }

    /// [`Run::check_signature`] when the core checks signatures itself
    /// ([`Fetched::checking_signatures`]): the same rules, then the built-in backend.
    fn check_inline(
        &self,
        (key, alg): (&PublicKey, Alg),
        signature: &[u8],
        message: impl FnOnce() -> crate::Result<Vec<u8>>,
    ) -> crate::Result<Signed> {
        #[cfg(feature = "builtin-crypto")]
        {
            let message = message()?;
            if let Err(e) = key.precheck(alg, signature) {
                return Ok(Signed::Invalid(e));
            }
            if let Some(e) = self.too_many_signatures(self.checked.get()) {
                return Ok(Signed::Invalid(e));
            }
            self.checked.set(self.checked.get() + 1);
            // The rules are applied above, so the arithmetic alone is left, as a driver does.
            Ok(
                if crate::crypto::arithmetic(key, alg, &message, signature) {
                    Signed::Valid
                } else {
                    Signed::Invalid(crate::crypto::mismatch(alg))
                },
            )
        }
        #[cfg(not(feature = "builtin-crypto"))]
        {
            // Never reached: without the backend no `Fetched` checks inline.
            let _ = (key, alg, signature, message);
            Ok(Signed::Pending)
        }
    }

    /// Verifies each endorsement of `doc` with the same machinery, reporting it apart.
    pub(crate) fn endorsements(&mut self, doc: &Value) {
        if self.nested {
            return;
        }
        let mut found = Vec::new();
        find_endorsements(doc, &mut Vec::new(), &mut found, 0);
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

    /// Records check `id` refused for `e`: `fail`, or `warn` when `e` says what this verifier
    /// cannot check rather than what is broken ([`Code::unverifiable`]).
    pub(crate) fn fail(&mut self, id: CheckId, e: &Error) {
        self.report.push_error(id, refused(true, e), e);
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
            None if fetched.len() + self.needs.fetches.len() >= self.opts.limits.max_fetches => {
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
                self.needs.fetches.push(Request {
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
        if let Some(kind) = several::kind_of(&doc) {
            return self.container(kind, doc);
        }
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
        let is_vp = claims.get("vp").is_some_and(Value::is_object)
            || several::kind_of(&claims) == Some(ContainerKind::Presentation);
        if is_vp {
            return self.presentation_jwt(&jws, &claims);
        }
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
#[allow(clippy::unwrap_used)]
mod tests {
    use super::{same_site, verify, Failure, FetchError, Why};
    use crate::fetch::{Fetched, Response};
    use crate::report::{CheckId, Outcome};
    use crate::{Code, Options, Report, Step, Timestamp};

    /// An `eddsa-rdfc-2022` credential signed by a did:key (no document to fetch for the key).
    const RDFC_CREDENTIAL: &[u8] =
        include_bytes!("../../tests/fixtures/interop/di/vc2-ob303-eddsa-rdfc-2022.json");

    /// An `ecdsa-sd-2023` derived credential (one base and several statement signatures).
    const SD_CREDENTIAL: &[u8] = include_bytes!(
        "../../tests/fixtures/interop/ecdsa-sd/derived-subject-identifier-p256.json"
    );

    fn canonicalizations() -> usize {
        crate::rdfc::CANONICALIZATIONS.with(std::cell::Cell::get)
    }

    /// Drives `verify` to the end, answering documents "offline" and every signature check
    /// with `answer`; returns the report and the canonicalizations of each round.
    fn drive(answer: impl Fn(&crate::crypto::SignatureCheck) -> bool) -> (Report, Vec<usize>) {
        let (report, rounds, _) = drive_with(RDFC_CREDENTIAL, &options(), answer);
        (report, rounds)
    }

    fn options() -> Options {
        Options::new(Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap())
    }

    /// [`drive`] on `input` with `options`; also returns how many signature checks each
    /// round asked.
    fn drive_with(
        input: &[u8],
        options: &Options,
        answer: impl Fn(&crate::crypto::SignatureCheck) -> bool,
    ) -> (Report, Vec<usize>, Vec<usize>) {
        let mut fetched = Fetched::new();
        let mut rounds = Vec::new();
        let mut asked = Vec::new();
        for _ in 0..16 {
            let before = canonicalizations();
            let step = verify(input, options, &fetched);
            rounds.push(canonicalizations() - before);
            match step {
                Step::Done(report) => return (*report, rounds, asked),
                Step::Need(needs) => {
                    asked.push(needs.signatures.len());
                    for r in needs.fetches {
                        fetched.insert(r.url, Response::Failed(FetchError::Offline));
                    }
                    for c in &needs.signatures {
                        assert_eq!(c.id.len(), 32, "{}", c.id);
                        fetched.answer_signature(c.id.as_str(), answer(c));
                    }
                }
            }
        }
        panic!("no report after 16 rounds");
    }

    /// The round that asks for the signature canonicalizes the credential; the round that
    /// brings the answer finds it by id and canonicalizes nothing.
    #[cfg(feature = "builtin-crypto")]
    #[test]
    fn an_answered_signature_is_not_canonicalized_again() {
        let (report, rounds) = drive(crate::crypto::check);
        let proof = report.check(CheckId::Proof).unwrap();
        assert_eq!(
            (proof.outcome, proof.code),
            (Outcome::Pass, Code::SignatureValid)
        );
        assert!(rounds[0] > 0, "{rounds:?}");
        assert!(rounds.len() >= 2, "{rounds:?}");
        assert_eq!(rounds.last(), Some(&0), "{rounds:?}");
        assert_eq!(report, crate::verify_offline(RDFC_CREDENTIAL, &options()));
    }

    /// A driver that answers `false` gets `signature-invalid` (after the historical context
    /// variants were asked too, in one more round), whatever the signature really is.
    #[test]
    fn a_signature_the_driver_refuses_is_invalid() {
        let (report, rounds) = drive(|_| false);
        let proof = report.check(CheckId::Proof).unwrap();
        assert_eq!(
            (proof.outcome, proof.code),
            (Outcome::Fail, Code::SignatureInvalid)
        );
        assert_eq!(report.verdict, crate::Verdict::Invalid);
        assert_eq!(rounds.last(), Some(&0), "{rounds:?}");
    }

    /// ecdsa-sd-2023: the base signature and every disclosed statement's are asked in one
    /// round; the round with the answers canonicalizes nothing and reports what the built-in
    /// backend does. The driver refusing the statements, or the base signature, makes the
    /// proof invalid.
    #[cfg(feature = "builtin-crypto")]
    #[test]
    fn selective_disclosure_signatures_are_asked_together_and_not_canonicalized_again() {
        let (report, rounds, asked) = drive_with(SD_CREDENTIAL, &options(), crate::crypto::check);
        let proof = report.check(CheckId::Proof).unwrap();
        assert_eq!(
            (proof.outcome, proof.code),
            (Outcome::Pass, Code::SignatureValid)
        );
        assert!(asked.first().is_some_and(|&n| n > 2), "{asked:?}");
        assert_eq!(rounds.last(), Some(&0), "{rounds:?}");
        assert_eq!(report, crate::verify_offline(SD_CREDENTIAL, &options()));
        // A statement is an N-Quads line; the base message is hashes and a key.
        let statement =
            |c: &crate::crypto::SignatureCheck| matches!(c.message.first(), Some(b'_' | b'<'));
        for refuse_statements in [true, false] {
            let (report, _, _) = drive_with(SD_CREDENTIAL, &options(), |c| {
                statement(c) != refuse_statements && crate::crypto::check(c)
            });
            let proof = report.check(CheckId::Proof).unwrap();
            assert_eq!(
                (proof.outcome, proof.code),
                (Outcome::Fail, Code::SignatureInvalid),
                "refusing the statements: {refuse_statements}"
            );
        }
    }

    /// `max_signatures` bounds the checks asked of the driver: with 0, none is asked and the
    /// proof fails naming the limit.
    #[test]
    fn max_signatures_bounds_the_checks_asked() {
        let mut options = options();
        options.limits.max_signatures = 0;
        let (report, rounds, _) =
            drive_with(RDFC_CREDENTIAL, &options, |c| panic!("asked for {c:?}"));
        assert_eq!(rounds.len(), 1, "{rounds:?}");
        let proof = report.check(CheckId::Proof).unwrap();
        assert_eq!(
            (proof.outcome, proof.code),
            (Outcome::Fail, Code::LimitExceeded)
        );
        assert_eq!(
            proof.params.get(crate::code::Param::Limit),
            Some(&"max_signatures".into())
        );
        // The core checking signatures itself keeps the bound, with the same report.
        assert_eq!(super::verify_offline(RDFC_CREDENTIAL, &options), report);
        options.limits.max_signatures = 1;
        let (report, _, _) = drive_with(RDFC_CREDENTIAL, &options, crate::crypto::check);
        assert_eq!(report.verdict, crate::Verdict::Valid);
        assert_eq!(super::verify_offline(RDFC_CREDENTIAL, &options), report);
    }

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
