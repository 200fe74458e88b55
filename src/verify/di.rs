//! Data Integrity proofs embedded in OB 3.0 credentials (specs §3.5, §4).
//!
//! Suites: `DataIntegrityProof` with `eddsa-rdfc-2022` (and its draft name `eddsa-2022`,
//! same bytes) or `eddsa-jcs-2022`, the legacy `Ed25519Signature2020`, and `DataIntegrityProof`
//! with `ecdsa-rdfc-2019` or `ecdsa-jcs-2019` (Data Integrity ECDSA Cryptosuites v1.0) on
//! P-256 keys. The signed bytes are `SHA-256(canon(proof config)) ‖ SHA-256(canon(document
//! without proof))` for every suite, verified with strict Ed25519 or with ES256 (ECDSA P-256
//! over those 64 bytes, SHA-256 inside; `proofValue` is the 64-byte `r ‖ s`). P-384 keys
//! (whose hashes would be SHA-384) are refused when the key is read (`multikey-invalid`,
//! `codec-p384`). `ecdsa-sd-2023` derived proofs are checked by module `sd` (the proof
//! configuration is hashed here as for the other RDFC suites). A proof set passes when one proof verifies under a key bound to the
//! issuer; every proof's outcome is reported. When an RDFC signature fails, the document is
//! canonicalized again with the known historical variants of its contexts (context drift,
//! specs §6.3) and the report says which variant matched.

use super::resolve::{unresolved, vm_invalid};
use super::sd;
use super::{Binding, KeyLookup, Run};
use crate::code::{Param, Params};
use crate::contexts::{self, Bundled};
use crate::credential::{id_of, values};
use crate::crypto::{Alg, PublicKey};
use crate::json::{Map, Value};
use crate::report::{CheckId, Outcome};
use crate::Code;
use crate::{encoding, jcs, jsonld, rdfc, Error, Limits, Result, Timestamp};
use sha2::{Digest, Sha256};

/// SHA-256 of the canonical document (without `proof`) per context-variant choice (`None` =
/// the newest contexts), shared by all proofs of one credential: that part of the signed
/// bytes is the same for every RDFC proof, so a proof set costs one canonicalization of the
/// document per variant instead of one per proof (8 proofs on an 8 MiB credential took 4 s
/// before). Failures are kept too, so a document that trips a limit trips it once. A list:
/// there are only ever a handful of variants.
type DocHashes = std::cell::RefCell<Vec<(Option<(&'static str, usize)>, Result<[u8; 32]>)>>;

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

/// Evaluates every embedded proof of `cred` (fetching keys through `run`).
///
/// # Errors
/// `limit-exceeded` for a proof set larger than `max_proofs`.
pub(crate) fn evaluate(run: &mut Run<'_>, cred: &Value) -> Result<Evaluation> {
    let limits = run.opts.limits.clone();
    let proofs = values(cred.get("proof"));
    if proofs.len() > limits.max_proofs {
        return Err(Error::limit("max_proofs", limits.max_proofs, "proofs"));
    }
    let issuer = id_of(cred.get("issuer")).unwrap_or("").to_owned();
    let now = run.opts.now;
    let memo = DocHashes::default();
    let results = proofs
        .iter()
        .map(|p| one_proof(run, cred, p, &issuer, now, &limits, &memo))
        .collect();
    Ok(Evaluation { results })
}

/// Verifies the embedded proofs of `cred`, recording the `proof` and `issuer-key` checks.
pub(crate) fn verify_embedded(run: &mut Run<'_>, cred: &Value) {
    let eval = match evaluate(run, cred) {
        Ok(e) => e,
        Err(e) => return run.fail(CheckId::Proof, &e),
    };
    let results = &eval.results;
    if let Some(i) = eval.best() {
        let r = &results[i];
        run.report.format.proof = Some(r.suite.clone());
        run.report.add(
            CheckId::Proof,
            Outcome::Pass,
            Code::SignatureValid,
            Params::new().with(Param::Suite, r.suite.as_str()),
        );
        r.binding.clone().record(run);
        return;
    }
    // Nothing verified: a definite failure outranks "could not check".
    let worst = results
        .iter()
        .position(|r| matches!(r.signature, Err((true, _))))
        .unwrap_or(0);
    let Some(r) = results.get(worst) else { return };
    run.report.format.proof = Some(r.suite.clone());
    if let Err((fatal, e)) = &r.signature {
        let o = if *fatal { Outcome::Fail } else { Outcome::Warn };
        run.report.push_error(CheckId::Proof, o, e);
    }
}

fn one_proof(
    run: &mut Run<'_>,
    cred: &Value,
    proof: &Value,
    issuer: &str,
    now: Timestamp,
    limits: &Limits,
    memo: &DocHashes,
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
        // ECDSA suites: only P-256 keys (SHA-256); a P-384 key is refused when it is read
        // (`multikey-invalid`, `codec-p384`), and one of another type gets `key-alg-mismatch`.
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
    if let Err(e) = proof_metadata(proof, now) {
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
    let (key, binding) = match proof_key(run, proof, issuer) {
        Ok(k) => k,
        Err((fatal, e)) => return fail(fatal, e),
    };
    let signed = if let Some(derived) = derived {
        let (doc, _) = split(cred, proof);
        let loader = Bundled::new();
        config_hash(cred, proof, &loader, limits).and_then(|h| {
            sd::verify(
                &Value::Object(doc),
                &h,
                &derived,
                (&key, alg),
                &loader,
                limits,
            )
            .map(|r| (None, r))
        })
    } else {
        let sig = match proof_value.map(encoding::multibase) {
            Some(Ok(s)) if s.len() == 64 => s,
            Some(Ok(_)) => return fail(true, proof_value_invalid("wrong-length")),
            Some(Err(_)) => return fail(true, proof_value_invalid("not-multibase")),
            None => return fail(true, proof_value_invalid("missing")),
        };
        match canon {
            Canon::Jcs => jcs_hash(cred, proof).map(|h| (None, key.verify(alg, &h, &sig))),
            _ => rdfc_verify(cred, proof, (&key, alg), &sig, limits, memo),
        }
    };
    let signature = match signed {
        Err(e) => {
            let fatal = e.code != Code::ContextUnknown;
            Err((fatal, e))
        }
        Ok((_, Ok(()))) => Ok(()),
        Ok((_, Err(e))) => Err((true, e)),
    };
    ProofResult {
        suite,
        signature,
        binding,
    }
}

/// `proofPurpose` must be `assertionMethod`; `created` must be a date; `expires` not past.
fn proof_metadata(proof: &Value, now: Timestamp) -> Result<()> {
    let purpose = proof
        .get("proofPurpose")
        .and_then(Value::as_str)
        .unwrap_or("");
    if purpose != "assertionMethod" {
        return Err(Error::with(
            Code::ProofPurposeMismatch,
            Params::new().with(Param::Text, purpose),
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

/// Resolves `verificationMethod` and says whether it is bound to `issuer`.
/// `Err((fatal, e))`: fatal = the method is wrong; otherwise the key could not be obtained.
fn proof_key(
    run: &mut Run<'_>,
    proof: &Value,
    issuer: &str,
) -> std::result::Result<KeyAndBinding, (bool, Error)> {
    let vm = match proof.get("verificationMethod") {
        Some(Value::String(s)) => s.clone(),
        Some(o @ Value::Object(_)) => return embedded_vm(o),
        _ => return Err((true, vm_invalid("missing", ""))),
    };
    match run.resolve_vm(&vm, issuer) {
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
/// 64 bytes of an Ed25519 signature or of a P-256 `r ‖ s`).
fn proof_value_invalid(reason: &str) -> Error {
    Error::with(
        Code::ProofValueInvalid,
        Params::new().with(Param::Reason, reason),
    )
}

fn sha256(s: &str) -> [u8; 32] {
    Sha256::digest(s.as_bytes()).into()
}

/// The document without `proof`, and the proof configuration without `proofValue`.
fn split(cred: &Value, proof: &Value) -> (Map, Map) {
    let mut doc = cred.as_object().cloned().unwrap_or_default();
    doc.remove("proof");
    let mut config = proof.as_object().cloned().unwrap_or_default();
    config.remove("proofValue");
    (doc, config)
}

/// eddsa-jcs-2022 and ecdsa-jcs-2019 (specs §4.2).
fn jcs_hash(cred: &Value, proof: &Value) -> Result<Vec<u8>> {
    let (mut doc, config) = split(cred, proof);
    if let Some(pctx) = config.get("@context") {
        let dctx = values(doc.get("@context"));
        let p = values(Some(pctx));
        if dctx.len() < p.len() || dctx[..p.len()] != *p {
            return Err(Error::with(Code::ProofContextMismatch, Params::new()));
        }
        doc.insert("@context".into(), pctx.clone());
    }
    let mut h = sha256(&jcs::canonicalize(&Value::Object(config))?).to_vec();
    h.extend_from_slice(&sha256(&jcs::canonicalize(&Value::Object(doc))?));
    Ok(h)
}

/// RDFC suites: hash with the newest contexts; when the signature fails, retry with the
/// historical variants of each drifting context. Returns the label of the variant that matched
/// (`None` for the newest contexts) and the signature check: `Ok` if some variant verified,
/// else the error for the newest contexts. (Each signature is checked once: Ed25519 is a
/// large share of the verification time.)
fn rdfc_verify(
    cred: &Value,
    proof: &Value,
    (key, alg): (&PublicKey, Alg),
    sig: &[u8],
    limits: &Limits,
    memo: &DocHashes,
) -> Result<(Option<String>, Result<()>)> {
    // The document without `proof` is copied only when its hash is not memoised yet.
    let doc = || {
        let mut d = cred.as_object().cloned().unwrap_or_default();
        d.remove("proof");
        Value::Object(d)
    };
    let hash_with = |loader: &Bundled, variant: Option<(&'static str, usize)>| -> Result<Vec<u8>> {
        let c = config_hash(cred, proof, loader, limits)?;
        let cached = memo
            .borrow()
            .iter()
            .find(|(v, _)| *v == variant)
            .map(|(_, d)| d.clone());
        let d = match cached {
            Some(d) => d,
            None => {
                let d = jsonld::to_rdf(&doc(), loader, limits)
                    .and_then(|q| rdfc::canonicalize(&q, limits))
                    .map(|t| sha256(&t));
                memo.borrow_mut().push((variant, d.clone()));
                d
            }
        }?;
        let mut h = c.to_vec();
        h.extend_from_slice(&d);
        Ok(h)
    };
    let base = Bundled::new();
    let first = key.verify(alg, &hash_with(&base, None)?, sig);
    if first.is_ok() {
        return Ok((None, first));
    }
    for url in values(cred.get("@context"))
        .iter()
        .filter_map(Value::as_str)
    {
        for (i, v) in contexts::variants(url).iter().enumerate().skip(1) {
            let h = hash_with(&base.clone().with_variant(url, i), Some((v.url, i)))?;
            if key.verify(alg, &h, sig).is_ok() {
                return Ok((Some(format!("{} of {url}", v.label)), Ok(())));
            }
        }
    }
    Ok((None, first))
}

/// SHA-256 of the canonical proof configuration of an RDFC suite: the proof without
/// `proofValue`, with the document's `@context`.
pub(super) fn config_hash(
    cred: &Value,
    proof: &Value,
    loader: &Bundled,
    limits: &Limits,
) -> Result<[u8; 32]> {
    let mut config = proof.as_object().cloned().unwrap_or_default();
    config.remove("proofValue");
    if let Some(ctx) = cred.get("@context") {
        config.insert("@context".into(), ctx.clone());
    }
    let quads = jsonld::to_rdf(&Value::Object(config), loader, limits)?;
    Ok(sha256(&rdfc::canonicalize(&quads, limits)?))
}

/// The binding of a proof whose key was never resolved (its signature failed first).
fn unresolved_binding() -> Binding {
    Binding::not_bound("unresolved", "")
}
