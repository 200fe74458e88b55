//! Data Integrity proofs embedded in OB 3.0 credentials (specs §3.5, §4).
//!
//! Suites: `DataIntegrityProof` with `eddsa-rdfc-2022` (and its draft name `eddsa-2022`,
//! same bytes) or `eddsa-jcs-2022`, the legacy `Ed25519Signature2020`, and `DataIntegrityProof`
//! with `ecdsa-rdfc-2019` or `ecdsa-jcs-2019` (Data Integrity ECDSA Cryptosuites v1.0) on
//! P-256 and P-384 keys. The signed bytes are `H(canon(proof config)) ‖ H(canon(document
//! without proof))` for every suite, with `H` SHA-256 (Ed25519, P-256) or SHA-384 (P-384),
//! verified with strict Ed25519, ES256 (ECDSA P-256 over those 64 bytes, SHA-256 inside;
//! `proofValue` is the 64-byte `r ‖ s`) or ES384 (P-384 over those 96 bytes, SHA-384 inside;
//! a 96-byte `r ‖ s`). `ecdsa-sd-2023` derived proofs (P-256, ES256) are checked by module
//! `sd`, the proof configuration hashed here as for the other RDFC suites. A proof set passes when
//! one proof verifies under a key bound to the issuer; every proof's outcome is reported.
//! When an RDFC signature fails, the document is canonicalized again with the known
//! historical variants of its contexts (context drift, specs §6.3) and the report says which
//! variant matched.
//!
//! Each signature is asked of the driver ([`Run::check_signature`]) under an id derived from
//! the suite, the context variant, the key, the signature, and digests of the parsed credential
//! and proof: on the round that brings the answer, nothing is canonicalized again.

use super::resolve::{unresolved, vm_invalid};
use super::sd;
use super::{key_refused, refused, Binding, KeyLookup, Run};
use super::{SignatureCheck, Signed};
use crate::code::{Param, Params};
use crate::contexts::{self, Bundled};
use crate::credential::{id_of, values};
use crate::crypto::{Alg, PublicKey};
use crate::json::{Map, Value};
use crate::report::{CheckId, Outcome};
use crate::Code;
use crate::{encoding, jcs, jsonld, rdfc, Error, Limits, Result, Timestamp};
use sha2::{Digest, Sha256, Sha384};

/// A context-variant choice: `None` = the newest contexts.
type Variant = Option<(&'static str, usize)>;

/// The hash of the canonical document (without `proof`) per context-variant choice and hash
/// function (`true` = SHA-384), shared by all proofs of one credential: that part of the
/// signed bytes is the same for every RDFC proof, so a proof set costs one canonicalization
/// of the document per variant instead of one per proof (8 proofs on an 8 MiB credential
/// took 4 s before). Failures are kept too, so a document that trips a limit trips it once.
/// A list: there are only ever a handful of variants.
type DocHashes = std::cell::RefCell<Vec<((Variant, bool), Result<Vec<u8>>)>>;

/// What one credential's proofs share: the canonical-document hashes, and the digest of the
/// credential ([`value_digest`], computed once, on the first proof that needs a signature id).
#[derive(Default)]
struct Shared {
    hashes: DocHashes,
    cred_digest: std::cell::OnceCell<[u8; 32]>,
}

impl Shared {
    /// The digest of the credential ([`value_digest`]), for signature ids.
    fn cred_digest(&self, cred: &Value) -> &[u8; 32] {
        self.cred_digest.get_or_init(|| value_digest(cred))
    }
}

/// The SHA-256 of `v`'s unambiguous encoding ([`Value::encode_unambiguously`]): names a
/// credential or a proof in a signature id. Every round computes it, so it hashes the parsed
/// value's compact encoding instead of its JSON (writing JSON cost about as much as hashing).
fn value_digest(v: &Value) -> [u8; 32] {
    let mut bytes = Vec::new();
    v.encode_unambiguously(&mut bytes);
    Sha256::digest(&bytes).into()
}

/// How canonical bytes are produced for a suite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Canon {
    Rdfc,
    Jcs,
    /// `ecdsa-sd-2023`: RDFC with the holder's disclosure (module `sd`).
    SelectiveDisclosure,
}

/// The result of one proof.
struct ProofResult {
    suite: String,
    /// `Ok` = signature valid; `Err((fatal, error))`.
    signature: std::result::Result<(), (bool, Error)>,
    /// Whether the key is provably the issuer's (only meaningful with a valid signature).
    binding: Binding,
}

/// The outcome of every proof of a credential.
pub(crate) struct Evaluation {
    results: Vec<ProofResult>,
}

impl Evaluation {
    /// The proof to report: valid and bound first, then merely valid.
    fn best(&self) -> Option<usize> {
        let r = &self.results;
        r.iter()
            .position(|r| r.signature.is_ok() && r.binding.is_bound())
            .or_else(|| r.iter().position(|r| r.signature.is_ok()))
    }

    /// Whether some proof is valid under a key bound to the credential's issuer.
    pub(crate) fn trusted(&self) -> bool {
        self.results
            .iter()
            .any(|r| r.signature.is_ok() && r.binding.is_bound())
    }
}

/// Whom a proof set must speak for: the `proofPurpose` its proofs must state and the party
/// whose key must sign (a credential's issuer, a presentation's holder; empty when none is
/// named).
pub(crate) struct Signer<'a> {
    /// `assertionMethod` for a credential, `authentication` for a presentation.
    pub(crate) purpose: &'static str,
    /// The issuer's or holder's id.
    pub(crate) party: &'a str,
}

impl<'a> Signer<'a> {
    /// A credential's issuer, signing with `assertionMethod`.
    pub(crate) fn issuer_of(cred: &'a Value) -> Self {
        Self {
            purpose: "assertionMethod",
            party: id_of(cred.get("issuer")).unwrap_or(""),
        }
    }
}

/// What a proof set established: the suite of the proof reported, and either the binding of
/// its key to the signer (its signature verified) or why it failed (`fatal`: the proof is
/// wrong, else it could not be checked).
pub(crate) type Decision<'e> = (&'e str, std::result::Result<&'e Binding, (bool, &'e Error)>);

impl Evaluation {
    /// The proof to report: the best valid one, else the most telling failure (a definite
    /// failure outranks "could not check"); `None` for an empty proof set.
    pub(crate) fn decision(&self) -> Option<Decision<'_>> {
        if let Some(i) = self.best() {
            let r = &self.results[i];
            return Some((&r.suite, Ok(&r.binding)));
        }
        let worst = self
            .results
            .iter()
            .position(|r| matches!(r.signature, Err((true, _))))
            .unwrap_or(0);
        let r = self.results.get(worst)?;
        match &r.signature {
            Err((fatal, e)) => Some((&r.suite, Err((*fatal, e)))),
            Ok(()) => Some((&r.suite, Ok(&r.binding))),
        }
    }
}

/// Evaluates every embedded proof of `doc` for `signer` (fetching keys through `run`).
///
/// # Errors
/// `limit-exceeded` for a proof set larger than `max_proofs`.
pub(crate) fn evaluate(run: &mut Run<'_>, doc: &Value, signer: &Signer<'_>) -> Result<Evaluation> {
    let limits = run.opts.limits.clone();
    let proofs = values(doc.get("proof"));
    if proofs.len() > limits.max_proofs {
        return Err(Error::limit("max_proofs", limits.max_proofs, "proofs"));
    }
    let now = run.opts.now;
    let memo = Shared::default();
    let results = proofs
        .iter()
        .map(|p| one_proof(run, doc, p, signer, now, &limits, &memo))
        .collect();
    Ok(Evaluation { results })
}

/// Verifies the embedded proofs of `cred`, recording the `proof` and `issuer-key` checks.
pub(crate) fn verify_embedded(run: &mut Run<'_>, cred: &Value) {
    if let Some((suite, binding)) = decide(run, cred, &Signer::issuer_of(cred)) {
        run.report.add(
            CheckId::Proof,
            Outcome::Pass,
            Code::SignatureValid,
            Params::new().with(Param::Suite, suite),
        );
        binding.record(run);
    }
}

/// Evaluates the embedded proofs of `doc` for `signer` and names the suite of the proof
/// reported (`format.proof`). A failed decision is recorded as the `proof` check; a verified
/// one is returned, its suite and the binding of its key to the signer, for the caller to
/// record. `None` also for an empty proof set.
pub(crate) fn decide(
    run: &mut Run<'_>,
    doc: &Value,
    signer: &Signer<'_>,
) -> Option<(String, Binding)> {
    let eval = match evaluate(run, doc, signer) {
        Ok(e) => e,
        Err(e) => {
            run.fail(CheckId::Proof, &e);
            return None;
        }
    };
    let (suite, decided) = eval.decision()?;
    run.report.format.proof = Some(suite.to_owned());
    match decided {
        Ok(binding) => Some((suite.to_owned(), binding.clone())),
        Err((fatal, e)) => {
            run.report.push_error(CheckId::Proof, refused(fatal, e), e);
            None
        }
    }
}

fn one_proof(
    run: &mut Run<'_>,
    cred: &Value,
    proof: &Value,
    signer: &Signer<'_>,
    now: Timestamp,
    limits: &Limits,
    memo: &Shared,
) -> ProofResult {
    let ptype = proof.get("type").and_then(Value::as_str).unwrap_or("");
    let suite_name = proof
        .get("cryptosuite")
        .and_then(Value::as_str)
        .unwrap_or("");
    let (suite, canon, alg) = match (ptype, suite_name) {
        ("DataIntegrityProof", "eddsa-rdfc-2022" | "eddsa-2022") => {
            (suite_name.to_owned(), Canon::Rdfc, Alg::EdDSA)
        }
        ("DataIntegrityProof", "eddsa-jcs-2022") => (suite_name.to_owned(), Canon::Jcs, Alg::EdDSA),
        // ECDSA suites: ES256 for a P-256 key, ES384 for a P-384 key (chosen once the key is
        // read, below); a key of another type gets `key-alg-mismatch` under ES256.
        ("DataIntegrityProof", "ecdsa-rdfc-2019") => {
            (suite_name.to_owned(), Canon::Rdfc, Alg::ES256)
        }
        ("DataIntegrityProof", "ecdsa-jcs-2019") => (suite_name.to_owned(), Canon::Jcs, Alg::ES256),
        ("DataIntegrityProof", "ecdsa-sd-2023") => (
            suite_name.to_owned(),
            Canon::SelectiveDisclosure,
            Alg::ES256,
        ),
        ("Ed25519Signature2020", _) => ("Ed25519Signature2020".to_owned(), Canon::Rdfc, Alg::EdDSA),
        _ => {
            let name = if suite_name.is_empty() {
                ptype.to_owned()
            } else {
                format!("{ptype}/{suite_name}")
            };
            return ProofResult {
                signature: Err((
                    false,
                    Error::with(
                        Code::UnsupportedCryptosuite,
                        Params::new().with(Param::Suite, name.as_str()),
                    ),
                )),
                suite: if name.is_empty() {
                    "unknown".to_owned()
                } else {
                    name
                },
                binding: unresolved_binding(),
            };
        }
    };
    let fail = |fatal: bool, e: Error| ProofResult {
        suite: suite.clone(),
        signature: Err((fatal, e)),
        binding: unresolved_binding(),
    };
    if let Err(e) = proof_metadata(proof, signer.purpose, now) {
        return fail(true, e);
    }
    let proof_value = proof.get("proofValue").and_then(Value::as_str);
    // A selective-disclosure proof value is read before the key is looked up: a base proof
    // is refused as such whatever its key.
    let derived = match canon {
        Canon::SelectiveDisclosure => match sd::parse(proof_value, limits) {
            Ok(d) => Some(d),
            Err(e) => return fail(true, e),
        },
        _ => None,
    };
    let (key, binding) = match proof_key(run, proof, signer) {
        Ok(k) => k,
        Err((fatal, e)) => {
            let (o, e) = key_refused(e, alg, fatal);
            return fail(o == Outcome::Fail, e);
        }
    };
    if let Some(derived) = derived {
        let signed = sd_verify(run, cred, proof, &derived, &key, limits, memo);
        return ProofResult {
            suite,
            signature: outcome(signed, alg),
            binding,
        };
    }
    let alg = match (alg, &key) {
        (Alg::ES256, PublicKey::P384(_)) => Alg::ES384,
        _ => alg,
    };
    let sig_len = if alg == Alg::ES384 { 96 } else { 64 };
    let sig = match proof_value.map(encoding::multibase) {
        Some(Ok(s)) if s.len() == sig_len => s,
        Some(Ok(_)) => return fail(true, proof_value_invalid("wrong-length")),
        Some(Err(_)) => return fail(true, proof_value_invalid("not-multibase")),
        None => return fail(true, proof_value_invalid("missing")),
    };
    let check = Check {
        cred,
        proof,
        suite: &suite,
        key: &key,
        alg,
        sig: &sig,
        memo,
    };
    let signed = match canon {
        Canon::Jcs => {
            let id = || check.id(None);
            run.check_signature((&key, alg), &sig, id, || jcs_hash(cred, proof, alg))
        }
        _ => rdfc_verify(run, &check, limits),
    };
    ProofResult {
        suite,
        signature: outcome(signed, alg),
        binding,
    }
}

/// A proof's signature outcome: `Ok` = valid; `Err((fatal, error))`.
fn outcome(signed: Result<Signed>, alg: Alg) -> std::result::Result<(), (bool, Error)> {
    match signed {
        Err(e) => {
            let fatal = e.code != Code::ContextUnknown;
            Err((fatal, e))
        }
        Ok(Signed::Valid) => Ok(()),
        Ok(Signed::Invalid(e)) => Err((true, e)),
        // Asked of the driver: this round's report is dropped.
        Ok(Signed::Pending) => Err((false, crate::crypto::mismatch(alg))),
    }
}

/// An `ecdsa-sd-2023` derived proof (module `sd`), ES256. Each of its signatures is asked of
/// the driver under an id from the suite, the key, the signature, its position, the
/// credential's and the proof's digests; the document is canonicalized only when some check
/// has no answer yet.
fn sd_verify(
    run: &mut Run<'_>,
    cred: &Value,
    proof: &Value,
    derived: &sd::Derived,
    key: &PublicKey,
    limits: &Limits,
    memo: &Shared,
) -> Result<Signed> {
    let cred_digest = memo.cred_digest(cred);
    let proof_digest = value_digest(proof);
    let id = |k: &PublicKey, sig: &[u8], i: usize| {
        SignatureCheck::derive_id(
            Alg::ES256,
            k,
            sig,
            &[
                b"ecdsa-sd-2023",
                &(i as u64).to_be_bytes(),
                cred_digest,
                &proof_digest,
            ],
        )
    };
    let loader = Bundled::new();
    let prefix = || -> Result<(Vec<u8>, Value)> {
        let hash = config_digest(cred, proof, &loader, limits, Alg::ES256)?;
        Ok((hash, Value::Object(split(cred, proof).0)))
    };
    sd::verify(
        run,
        derived,
        (key, Alg::ES256),
        &id,
        &prefix,
        &loader,
        limits,
    )
}

/// `proofPurpose` must be `expected`; `created` must be a date; `expires` not past.
fn proof_metadata(proof: &Value, expected: &str, now: Timestamp) -> Result<()> {
    let purpose = proof
        .get("proofPurpose")
        .and_then(Value::as_str)
        .unwrap_or("");
    if purpose != expected {
        return Err(Error::with(
            Code::ProofPurposeMismatch,
            Params::new()
                .with(Param::Text, purpose)
                .with(Param::Expected, expected),
        ));
    }
    if let Some(c) = proof.get("created") {
        if c.as_str().and_then(Timestamp::parse_lenient).is_none() {
            return Err(Error::with(
                Code::DateInvalid,
                Params::new()
                    .with(Param::Property, "created")
                    .with(Param::Text, c.to_string()),
            ));
        }
    }
    if let Some((exp, _)) = proof
        .get("expires")
        .and_then(Value::as_str)
        .and_then(Timestamp::parse_lenient)
    {
        if exp < now {
            return Err(Error::with(
                Code::ProofExpired,
                Params::new().with(Param::Date, exp.to_string()),
            ));
        }
    }
    Ok(())
}

type KeyAndBinding = (PublicKey, Binding);

/// Resolves `verificationMethod` (listed for the signer's purpose) and says whether it is
/// bound to the signer.
/// `Err((fatal, e))`: fatal = the method is wrong; otherwise the key could not be obtained.
fn proof_key(
    run: &mut Run<'_>,
    proof: &Value,
    signer: &Signer<'_>,
) -> std::result::Result<KeyAndBinding, (bool, Error)> {
    let vm = match proof.get("verificationMethod") {
        Some(Value::String(s)) => s.clone(),
        Some(o @ Value::Object(_)) => return embedded_vm(o),
        _ => return Err((true, vm_invalid("missing", ""))),
    };
    match run.resolve_vm_for(&vm, signer.party, signer.purpose) {
        KeyLookup::Found(k, b) => Ok((k, b)),
        KeyLookup::Pending => Err((false, unresolved(&vm, "", super::Why::because("pending")))),
        KeyLookup::Unresolved(e) => Err((false, e)),
        KeyLookup::Invalid(e) => Err((true, e)),
    }
}

/// A verification method embedded as an object: the key is self-asserted.
fn embedded_vm(vm: &Value) -> std::result::Result<KeyAndBinding, (bool, Error)> {
    let key = if let Some(m) = vm.get("publicKeyMultibase").and_then(Value::as_str) {
        PublicKey::from_multikey(m)
    } else if let Some(j) = vm.get("publicKeyJwk") {
        PublicKey::from_jwk(j)
    } else {
        Err(vm_invalid("embedded-no-key", ""))
    }
    .map_err(|e| (true, e))?;
    let controller = vm
        .get("controller")
        .and_then(Value::as_str)
        .unwrap_or("nobody");
    Ok((key, Binding::not_bound("embedded", controller)))
}

/// `proof-value-invalid`: `reason` is `missing`, `not-multibase` or `wrong-length` (not the
/// 64 bytes of an Ed25519 signature or of a P-256 `r ‖ s`, or the 96 bytes of a P-384 one).
fn proof_value_invalid(reason: &str) -> Error {
    Error::with(
        Code::ProofValueInvalid,
        Params::new().with(Param::Reason, reason),
    )
}

/// The hash a suite uses for its two halves: SHA-384 with a P-384 key (vc-di-ecdsa §3.3.3),
/// SHA-256 otherwise.
fn digest(alg: Alg, s: &str) -> Vec<u8> {
    if alg == Alg::ES384 {
        Sha384::digest(s.as_bytes()).to_vec()
    } else {
        Sha256::digest(s.as_bytes()).to_vec()
    }
}

/// The hash RDFC-1.0 labels blank nodes with: SHA-384 with a P-384 key, as the vc-di-ecdsa
/// P-384 test vectors do (their employment credential's labels differ from SHA-256's),
/// SHA-256 otherwise.
fn rdfc_hash(alg: Alg) -> rdfc::HashAlgorithm {
    if alg == Alg::ES384 {
        rdfc::HashAlgorithm::Sha384
    } else {
        rdfc::HashAlgorithm::Sha256
    }
}

/// One proof's signature check, for its ids and signed bytes.
struct Check<'c> {
    cred: &'c Value,
    proof: &'c Value,
    suite: &'c str,
    key: &'c PublicKey,
    alg: Alg,
    sig: &'c [u8],
    memo: &'c Shared,
}

impl Check<'_> {
    /// The id of the check with the contexts of `variant`: from the suite, the variant, the
    /// key, the signature, the credential's digest (shared by the proofs) and the proof's
    /// ([`value_digest`]); nothing here is canonicalized or written as JSON.
    fn id(&self, variant: Variant) -> String {
        let cred = self.memo.cred_digest(self.cred);
        let (url, index) = variant.unwrap_or(("", 0));
        SignatureCheck::derive_id(
            self.alg,
            self.key,
            self.sig,
            &[
                b"data-integrity",
                self.suite.as_bytes(),
                url.as_bytes(),
                &(index as u64).to_be_bytes(),
                cred,
                &value_digest(self.proof),
            ],
        )
    }
}

/// The document without `proof`, and the proof configuration without `proofValue`.
fn split(cred: &Value, proof: &Value) -> (Map, Map) {
    let mut doc = cred.as_object().cloned().unwrap_or_default();
    doc.remove("proof");
    let mut config = proof.as_object().cloned().unwrap_or_default();
    config.remove("proofValue");
    (doc, config)
}

/// eddsa-jcs-2022 and ecdsa-jcs-2019 (specs §4.2): the signed bytes.
fn jcs_hash(cred: &Value, proof: &Value, alg: Alg) -> Result<Vec<u8>> {
    let (mut doc, config) = split(cred, proof);
    if let Some(pctx) = config.get("@context") {
        let dctx = values(doc.get("@context"));
        let p = values(Some(pctx));
        if dctx.len() < p.len() || dctx[..p.len()] != *p {
            return Err(Error::with(Code::ProofContextMismatch, Params::new()));
        }
        doc.insert("@context".into(), pctx.clone());
    }
    let mut h = digest(alg, &jcs::canonicalize(&Value::Object(config))?);
    h.extend_from_slice(&digest(alg, &jcs::canonicalize(&Value::Object(doc))?));
    Ok(h)
}

/// RDFC suites: check with the newest contexts; when the signature fails, retry with the
/// historical variants of each drifting context, asking for all of them in one round.
/// `Valid` if some variant verified, else the newest contexts' outcome. Documents are
/// canonicalized only for checks that have no answer yet.
fn rdfc_verify(run: &mut Run<'_>, c: &Check<'_>, limits: &Limits) -> Result<Signed> {
    let (cred, proof, memo) = (c.cred, c.proof, c.memo);
    let hash_with = |loader: &Bundled, variant: Variant| -> Result<Vec<u8>> {
        let canonicalize = |quads: &[crate::rdf::Quad]| {
            rdfc::canonicalize_with(quads, limits, rdfc_hash(c.alg)).map(|c| c.nquads)
        };
        let config = config_digest(cred, proof, loader, limits, c.alg)?;
        let key = (variant, c.alg == Alg::ES384);
        let cached = memo
            .hashes
            .borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, d)| d.clone());
        let d = match cached {
            Some(d) => d,
            None => {
                // The document without `proof` is copied only when its hash is not memoised.
                let mut doc = cred.as_object().cloned().unwrap_or_default();
                doc.remove("proof");
                let d = jsonld::to_rdf(&Value::Object(doc), loader, limits)
                    .and_then(|q| canonicalize(&q))
                    .map(|t| digest(c.alg, &t));
                memo.hashes.borrow_mut().push((key, d.clone()));
                d
            }
        }?;
        let mut h = config;
        h.extend_from_slice(&d);
        Ok(h)
    };
    let base = Bundled::new();
    let first = run.check_signature(
        (c.key, c.alg),
        c.sig,
        || c.id(None),
        || hash_with(&base, None),
    )?;
    let Signed::Invalid(first) = first else {
        return Ok(first);
    };
    let mut pending = false;
    for url in values(cred.get("@context"))
        .iter()
        .filter_map(Value::as_str)
    {
        for (i, v) in contexts::variants(url).iter().enumerate().skip(1) {
            let variant = Some((v.url, i));
            let signed = run.check_signature(
                (c.key, c.alg),
                c.sig,
                || c.id(variant),
                || hash_with(&base.clone().with_variant(url, i), variant),
            )?;
            match signed {
                Signed::Valid => return Ok(Signed::Valid),
                Signed::Pending => pending = true,
                Signed::Invalid(_) => {}
            }
        }
    }
    Ok(if pending {
        Signed::Pending
    } else {
        Signed::Invalid(first)
    })
}

/// The hash of the canonical proof configuration of an RDFC suite: the proof without
/// `proofValue`, with the document's `@context`.
pub(super) fn config_digest(
    cred: &Value,
    proof: &Value,
    loader: &Bundled,
    limits: &Limits,
    alg: Alg,
) -> Result<Vec<u8>> {
    let mut config = proof.as_object().cloned().unwrap_or_default();
    config.remove("proofValue");
    if let Some(ctx) = cred.get("@context") {
        config.insert("@context".into(), ctx.clone());
    }
    let quads = jsonld::to_rdf(&Value::Object(config), loader, limits)?;
    let canon = rdfc::canonicalize_with(&quads, limits, rdfc_hash(alg))?.nquads;
    Ok(digest(alg, &canon))
}

/// The binding of a proof whose key was never resolved (its signature failed first).
fn unresolved_binding() -> Binding {
    Binding::not_bound("unresolved", "")
}
