//! `ecdsa-sd-2023` selective-disclosure proofs (Data Integrity ECDSA Cryptosuites v1.0,
//! "ecdsa-sd-2023" verify algorithm), as a verifier receives them.
//!
//! An issuer signs a *base proof* and hands it to the holder; the holder derives a proof
//! that reveals only some statements and gives that to verifiers. A derived `proofValue` is
//! `u` + base64url of the header `0xd9 0x5d 0x01` and the CBOR array
//! `[baseSignature, publicKey, signatures, labelMap, mandatoryIndexes]`:
//!
//! - `baseSignature`: the issuer's ES256 signature over
//!   `proofHash ‖ publicKey ‖ mandatoryHash`;
//! - `publicKey`: the Multikey bytes of an ephemeral P-256 key made for this credential;
//! - `signatures`: one ES256 signature by the ephemeral key per non-mandatory statement
//!   revealed, in the order of the statements;
//! - `labelMap`: canonical blank node number `n` (`c14n<n>`) → the issuer's HMAC'd label
//!   bytes (written `u` + base64url); the issuer signed statements with those labels;
//! - `mandatoryIndexes`: the positions, among the revealed statements, of the mandatory
//!   ones.
//!
//! Verification canonicalizes the revealed document (RDFC-1.0), replaces each canonical
//! blank node label with its label-map value, sorts the statements again, splits them into
//! mandatory and non-mandatory, and checks the base signature over the proof-configuration
//! hash, the ephemeral key and the SHA-256 of the mandatory statements, then each
//! non-mandatory statement's signature. No HMAC is computed: the label map already holds the
//! HMAC'd labels, and the HMAC key never leaves the issuer and holder.
//!
//! Every signature is asked of the driver, the base signature and all the statements' in one
//! round, each under its own id ([`verify`]); the document is canonicalized only in a round
//! where some check has no answer yet.
//!
//! A base proof (header `0xd9 0x5d 0x00`) is refused as such (`sd-base-proof`): it is what
//! the issuer gives the holder, not something a verifier can check.

use super::{Run, Signed};
use crate::cbor::{Malformed, Reader};
use crate::code::{Param, Params};
use crate::crypto::{Alg, PublicKey};
use crate::json::Value;
use crate::{encoding, jsonld, rdfc, Code, Error, Limits, Result};
use sha2::{Digest, Sha256};

/// The first bytes of a base proof's value (what an issuer gives the holder).
const BASE_HEADER: [u8; 3] = [0xd9, 0x5d, 0x00];
/// The first bytes of a derived proof's value (what a holder gives a verifier).
const DERIVED_HEADER: [u8; 3] = [0xd9, 0x5d, 0x01];
/// Length of an ES256 signature (`r ‖ s`).
const SIGNATURE_BYTES: usize = 64;

/// A parsed derived `proofValue`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Derived {
    base_signature: Vec<u8>,
    /// The ephemeral key as Multikey bytes (multicodec prefix included): signed as is.
    public_key: Vec<u8>,
    signatures: Vec<Vec<u8>>,
    /// At `n`: the label of canonical blank node `c14n<n>` (`u` + base64url of the label
    /// bytes); every entry is `Some` once parsed.
    labels: Vec<Option<String>>,
    mandatory: Vec<u64>,
}

/// Reads a derived `proofValue` (`u` + base64url of the header and the CBOR array).
///
/// # Errors
/// `sd-base-proof` for a base proof; `proof-value-invalid` with reason `missing`,
/// `not-multibase`, `sd-not-base64url`, `sd-header`, `sd-structure` or a CBOR token
/// ([`Malformed::reason`]); `limit-exceeded` (`max_quads`) for more signatures, labels or
/// mandatory indexes than a document may have statements.
pub(super) fn parse(proof_value: Option<&str>, limits: &Limits) -> Result<Derived> {
    let text = proof_value.ok_or_else(|| invalid("missing"))?;
    let bytes = match text.strip_prefix('u').map(encoding::base64url) {
        Some(Ok(b)) => b,
        _ if text.starts_with('z') => return Err(invalid("sd-not-base64url")),
        _ => return Err(invalid("not-multibase")),
    };
    match bytes.get(..3) {
        Some(h) if h == BASE_HEADER => Err(Error::with(Code::SdBaseProof, Params::new())),
        Some(h) if h == DERIVED_HEADER => components(&mut Reader::new(&bytes[3..]), limits)
            .map_err(|e| match e {
                Refused::Cbor(m) => invalid(m.reason()),
                Refused::Structure => invalid("sd-structure"),
                Refused::Limit(e) => e,
            }),
        _ => Err(invalid("sd-header")),
    }
}

/// Why the CBOR array was refused.
enum Refused {
    Cbor(Malformed),
    Structure,
    Limit(Error),
}

impl From<Malformed> for Refused {
    fn from(m: Malformed) -> Self {
        Self::Cbor(m)
    }
}

/// The five components of the CBOR array, with their sizes checked. (Plain loops: each
/// `collect` into a `Result` is generic code of its own in the WebAssembly module.)
fn components(r: &mut Reader<'_>, limits: &Limits) -> std::result::Result<Derived, Refused> {
    if r.array()? != 5 {
        return Err(Refused::Structure);
    }
    let base_signature = signature(r)?;
    let public_key = r.bytes()?.to_vec();
    let n = bounded(r.array()?, limits, "sd-signatures")?;
    let mut signatures = Vec::with_capacity(n);
    for _ in 0..n {
        signatures.push(signature(r)?);
    }
    // One entry per blank node of the revealed document, keyed by its canonical number: the
    // keys are 0 to n - 1, each once.
    let n = bounded(r.map()?, limits, "sd-labels")?;
    let mut labels = vec![None; n];
    for _ in 0..n {
        let key = r.uint()?;
        let value = r.bytes()?;
        let slot = usize::try_from(key)
            .ok()
            .and_then(|k| labels.get_mut(k))
            .filter(|slot| slot.is_none())
            .ok_or(Refused::Structure)?;
        let mut label = String::from("u");
        label.push_str(&encoding::base64url_encode(value));
        *slot = Some(label);
    }
    let n = bounded(r.array()?, limits, "sd-mandatory-indexes")?;
    let mut mandatory = Vec::with_capacity(n);
    for _ in 0..n {
        mandatory.push(r.uint()?);
    }
    r.finish()?;
    Ok(Derived {
        base_signature,
        public_key,
        signatures,
        labels,
        mandatory,
    })
}

/// A 64-byte ES256 signature.
fn signature(r: &mut Reader<'_>) -> std::result::Result<Vec<u8>, Refused> {
    match r.bytes()? {
        s if s.len() == SIGNATURE_BYTES => Ok(s.to_vec()),
        _ => Err(Refused::Structure),
    }
}

/// `n` items of the list `what`, within [`Limits::max_quads`]: no list of the proof value can
/// be longer than the statements it describes.
fn bounded(n: usize, limits: &Limits, what: &'static str) -> std::result::Result<usize, Refused> {
    if n > limits.max_quads {
        Err(Refused::Limit(Error::limit(
            "max_quads",
            limits.max_quads,
            what,
        )))
    } else {
        Ok(n)
    }
}

/// What the signatures are checked over: the hashes and the non-mandatory statements.
#[derive(Debug, PartialEq, Eq)]
struct VerifyData {
    mandatory_hash: [u8; 32],
    non_mandatory: Vec<String>,
}

/// The revealed document's statements, canonicalized and relabelled with the label map,
/// split into mandatory (hashed together) and non-mandatory ones (the spec's
/// createVerifyData, less the proof hash, which the caller makes as for the other RDFC
/// suites).
///
/// Returns `Ok(Err(e))` when the statements do not fit the proof value (a blank node the
/// label map does not name, a mandatory index past the last statement): the document was
/// changed after derivation.
fn verify_data(
    doc: &Value,
    derived: &Derived,
    loader: &dyn jsonld::ContextLoader,
    limits: &Limits,
) -> Result<Result<VerifyData>> {
    let quads = jsonld::to_rdf(doc, loader, limits)?;
    let Some(lines) = rdfc::canonicalize_relabelled(&quads, limits, &derived.labels)? else {
        return Ok(Err(mismatch("sd-label-map")));
    };
    let mut is_mandatory = vec![false; lines.len()];
    for &i in &derived.mandatory {
        match usize::try_from(i)
            .ok()
            .and_then(|i| is_mandatory.get_mut(i))
        {
            Some(m) => *m = true,
            None => return Ok(Err(mismatch("sd-mandatory-index"))),
        }
    }
    let mut mandatory = Sha256::new();
    let mut non_mandatory = Vec::new();
    for (line, m) in lines.into_iter().zip(is_mandatory) {
        if m {
            mandatory.update(line.as_bytes());
        } else {
            non_mandatory.push(line);
        }
    }
    Ok(Ok(VerifyData {
        mandatory_hash: mandatory.finalize().into(),
        non_mandatory,
    }))
}

/// The signed bytes of every signature of a derived proof over `doc` (the credential without
/// `proof`) whose proof configuration hashes to `proof_hash`: first the base signature's
/// (`proofHash ‖ publicKey ‖ mandatoryHash`), then each non-mandatory statement.
///
/// # Errors
/// When the document cannot be canonicalized (as the other RDFC suites); `signature-invalid`
/// when the revealed statements do not match the proof value (reason `sd-statement-count`,
/// `sd-label-map`, `sd-mandatory-index`): the document was changed after derivation.
fn messages(
    doc: &Value,
    proof_hash: Vec<u8>,
    derived: &Derived,
    loader: &dyn jsonld::ContextLoader,
    limits: &Limits,
) -> Result<Vec<Vec<u8>>> {
    let data = verify_data(doc, derived, loader, limits)??;
    if data.non_mandatory.len() != derived.signatures.len() {
        return Err(mismatch("sd-statement-count"));
    }
    let mut base = proof_hash;
    base.extend_from_slice(&derived.public_key);
    base.extend_from_slice(&data.mandatory_hash);
    let mut all = Vec::with_capacity(1 + data.non_mandatory.len());
    all.push(base);
    for line in data.non_mandatory {
        all.push(line.into_bytes());
    }
    Ok(all)
}

/// Checks a derived proof: the base signature with the issuer's `key` and each disclosed
/// statement's with the ephemeral key, all under `alg`, each asked of the driver under
/// `id(key, signature, position)`. `prefix` gives the proof configuration's hash and the
/// credential without `proof`; it and the canonicalization run only when some check has no
/// answer yet.
///
/// # Errors
/// As [`messages`]; those of `prefix`.
pub(super) fn verify(
    run: &mut Run<'_>,
    derived: &Derived,
    (key, alg): (&PublicKey, Alg),
    id: &dyn Fn(&PublicKey, &[u8], usize) -> String,
    prefix: &dyn Fn() -> Result<(Vec<u8>, Value)>,
    loader: &dyn jsonld::ContextLoader,
    limits: &Limits,
) -> Result<Signed> {
    let ephemeral = match PublicKey::from_multikey_bytes(&derived.public_key) {
        Ok(k) => k,
        Err(e) => return Ok(Signed::Invalid(e)),
    };
    let all = std::cell::OnceCell::new();
    let message = |i: usize| -> Result<Vec<u8>> {
        let all = all.get_or_init(|| {
            let (hash, doc) = prefix()?;
            messages(&doc, hash, derived, loader, limits)
        });
        match all {
            Ok(m) => Ok(m.get(i).cloned().unwrap_or_default()),
            Err(e) => Err(e.clone()),
        }
    };
    let mut pending = false;
    for i in 0..=derived.signatures.len() {
        let (k, signature) = match i.checked_sub(1) {
            None => (key, &derived.base_signature),
            Some(s) => (&ephemeral, &derived.signatures[s]),
        };
        match run.check_signature((k, alg), signature, || id(k, signature, i), || message(i))? {
            Signed::Valid => {}
            Signed::Invalid(e) => return Ok(Signed::Invalid(e)),
            Signed::Pending => pending = true,
        }
    }
    Ok(if pending {
        Signed::Pending
    } else {
        Signed::Valid
    })
}

/// `proof-value-invalid` with `reason`.
fn invalid(reason: &str) -> Error {
    Error::with(
        Code::ProofValueInvalid,
        Params::new().with(Param::Reason, reason),
    )
}

/// `signature-invalid` (ES256) with `reason`: the revealed statements do not fit the proof.
fn mismatch(reason: &str) -> Error {
    Error::with(
        Code::SignatureInvalid,
        Params::new()
            .with(Param::Algorithm, Alg::ES256.name())
            .with(Param::Reason, reason),
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::contexts::Bundled;

    /// The W3C vc-di-ecdsa `ecdsa-sd-2023` vectors: `prc` (permanent resident card) and
    /// `employ` (employment authorization document).
    const CASES: [&str; 2] = ["prc", "employ"];

    fn vector(case: &str, file: &str) -> Value {
        let path = format!(
            "{}/tests/vectors/w3c-vc-di-ecdsa/TestVectors/ecdsa-sd-2023/{case}/{file}",
            env!("CARGO_MANIFEST_DIR")
        );
        crate::json::parse(&std::fs::read_to_string(path).unwrap(), &Limits::default()).unwrap()
    }

    fn hex(v: &Value) -> String {
        v.as_str().unwrap().to_owned()
    }

    /// The revealed document without `proof`, and its proof.
    fn revealed(case: &str) -> (Value, Value) {
        let mut doc = vector(case, "derivedRevealDocument.json");
        let proof = doc.as_object_mut().unwrap().remove("proof").unwrap();
        (doc, proof)
    }

    fn derived_of(proof: &Value) -> Derived {
        parse(
            proof.get("proofValue").and_then(Value::as_str),
            &Limits::default(),
        )
        .unwrap()
    }

    fn issuer_key() -> PublicKey {
        let path = format!(
            "{}/tests/vectors/w3c-vc-di-ecdsa/TestVectors/ecdsa-sd-2023/SDKeyMaterial.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let keys = crate::json::parse(&std::fs::read_to_string(path).unwrap(), &Limits::default())
            .unwrap();
        let base = keys.get("baseKeyPair").unwrap().get("publicKeyMultibase");
        PublicKey::from_multikey(base.and_then(Value::as_str).unwrap()).unwrap()
    }

    fn proof_hash(doc: &Value, proof: &Value) -> Vec<u8> {
        let mut cred = doc.as_object().cloned().unwrap();
        cred.insert("proof".into(), proof.clone());
        super::super::di::config_digest(
            &Value::Object(cred),
            proof,
            &Bundled::new(),
            &Limits::default(),
            Alg::ES256,
        )
        .unwrap()
    }

    fn param(e: &Error, p: Param) -> Option<String> {
        e.params.get(p).map(ToString::to_string)
    }

    /// Every signature of the derived proof, checked with the built-in backend.
    fn check(doc: &Value, proof: &Value, derived: &Derived) -> Result<()> {
        let h = proof_hash(doc, proof);
        let all = messages(doc, h, derived, &Bundled::new(), &Limits::default())?;
        let ephemeral = PublicKey::from_multikey_bytes(&derived.public_key)?;
        issuer_key().verify(Alg::ES256, &all[0], &derived.base_signature)?;
        for (m, sig) in all[1..].iter().zip(&derived.signatures) {
            ephemeral.verify(Alg::ES256, m, sig)?;
        }
        Ok(())
    }

    /// Stage 1: the proof value's components (verifyDerivedProofValue.json).
    #[test]
    fn parses_the_w3c_derived_proof_values() {
        for case in CASES {
            let d = derived_of(&revealed(case).1);
            let want = vector(case, "verifyDerivedProofValue.json");
            assert_eq!(
                encoding::hex(&d.base_signature),
                hex(&want["baseSignature"])
            );
            assert_eq!(
                d.public_key,
                encoding::multibase(want["publicKey"].as_str().unwrap()).unwrap()
            );
            let sigs: Vec<String> = d.signatures.iter().map(|s| encoding::hex(s)).collect();
            let want_sigs: Vec<String> = want["signatures"]
                .as_array()
                .unwrap()
                .iter()
                .map(hex)
                .collect();
            assert_eq!(sigs, want_sigs, "{case}");
            let labels: Vec<(String, String)> = d
                .labels
                .iter()
                .enumerate()
                .map(|(n, l)| (format!("c14n{n}"), l.clone().unwrap()))
                .collect();
            let want_labels: Vec<(String, String)> = want["labelMap"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| (hex(&p[0]), hex(&p[1])))
                .collect();
            assert_eq!(labels, want_labels, "{case}");
            let want_mandatory: Vec<u64> = want["mandatoryIndexes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i.as_u64().unwrap())
                .collect();
            assert_eq!(d.mandatory, want_mandatory, "{case}");
        }
    }

    /// Stage 2: the proof hash, the relabelled statements split into mandatory (hashed) and
    /// non-mandatory (verifyCreateVerifyData.json).
    #[test]
    fn creates_the_w3c_verify_data() {
        for case in CASES {
            let (doc, proof) = revealed(case);
            let d = derived_of(&proof);
            let want = vector(case, "verifyCreateVerifyData.json");
            assert_eq!(
                encoding::hex(&proof_hash(&doc, &proof)),
                hex(&want["proofHash"])
            );
            let data = verify_data(&doc, &d, &Bundled::new(), &Limits::default())
                .unwrap()
                .unwrap();
            assert_eq!(
                encoding::hex(&data.mandatory_hash),
                hex(&want["mandatoryHash"]),
                "{case}"
            );
            let want_non: Vec<String> = want["nonMandatory"]
                .as_array()
                .unwrap()
                .iter()
                .map(hex)
                .collect();
            assert_eq!(data.non_mandatory, want_non, "{case}");
        }
    }

    /// Stage 3: every signature verifies with the issuer's key from SDKeyMaterial.json.
    #[test]
    fn verifies_the_w3c_derived_proofs() {
        for case in CASES {
            let (doc, proof) = revealed(case);
            assert_eq!(check(&doc, &proof, &derived_of(&proof)), Ok(()), "{case}");
        }
    }

    #[test]
    fn a_changed_statement_or_proof_value_fails_the_signature() {
        let (doc, proof) = revealed("prc");
        let d = derived_of(&proof);
        // A disclosed, non-mandatory statement changed: its own signature fails.
        let mut changed = doc.clone();
        let subject = changed.get_mut("credentialSubject").unwrap();
        subject
            .as_object_mut()
            .unwrap()
            .insert("birthCountry".into(), Value::String("Elsewhere".into()));
        let e = check(&changed, &proof, &d).unwrap_err();
        assert_eq!(
            (e.code, param(&e, Param::Reason).as_deref()),
            (Code::SignatureInvalid, Some("mismatch"))
        );
        // A mandatory statement changed: the base signature fails.
        let mut changed = doc.clone();
        changed.as_object_mut().unwrap().insert(
            "validFrom".into(),
            Value::String("2024-12-17T00:00:00Z".into()),
        );
        let e = check(&changed, &proof, &d).unwrap_err();
        assert_eq!(e.code, Code::SignatureInvalid);
        // A statement withheld from the document but not from the signatures.
        let mut changed = doc.clone();
        let subject = changed.get_mut("credentialSubject").unwrap();
        subject.as_object_mut().unwrap().remove("birthCountry");
        let e = check(&changed, &proof, &d).unwrap_err();
        assert_eq!(
            param(&e, Param::Reason).as_deref(),
            Some("sd-statement-count")
        );
        // One signature swapped for another.
        let mut swapped = derived_of(&proof);
        swapped.signatures.swap(0, 1);
        assert_eq!(
            check(&doc, &proof, &swapped).unwrap_err().code,
            Code::SignatureInvalid
        );
        // A label map that misses a blank node, a mandatory index past the end.
        let mut short = derived_of(&proof);
        short.labels.pop();
        let e = check(&doc, &proof, &short).unwrap_err();
        assert_eq!(param(&e, Param::Reason).as_deref(), Some("sd-label-map"));
        let mut past = derived_of(&proof);
        past.mandatory.push(1000);
        let e = check(&doc, &proof, &past).unwrap_err();
        assert_eq!(
            param(&e, Param::Reason).as_deref(),
            Some("sd-mandatory-index")
        );
    }

    /// `u` + base64url of `bytes`.
    fn value(bytes: &[u8]) -> String {
        format!("u{}", encoding::base64url_encode(bytes))
    }

    fn reason(text: &str, limits: &Limits) -> (Code, Option<String>) {
        let e = parse(Some(text), limits).unwrap_err();
        (e.code, param(&e, Param::Reason))
    }

    fn derived_bytes(cbor: &[u8]) -> String {
        value(&[&DERIVED_HEADER[..], cbor].concat())
    }

    #[test]
    fn a_base_proof_is_named_as_such() {
        let e = parse(Some(&value(&[0xd9, 0x5d, 0x00, 0x85])), &Limits::default()).unwrap_err();
        assert_eq!(e.code, Code::SdBaseProof);
    }

    #[test]
    fn malformed_proof_values_are_refused_with_a_reason() {
        let l = Limits::default();
        let pv = |r: &str| (Code::ProofValueInvalid, Some(r.to_owned()));
        let sig = [&[0x58, 0x40][..], &[7; 64]].concat();
        // [sig, key, [], {}, []], valid.
        let ok = [&[0x85][..], &sig, &[0x42, 1, 2, 0x80, 0xa0, 0x80]].concat();
        assert!(parse(Some(&derived_bytes(&ok)), &l).is_ok());
        assert_eq!(parse(None, &l).unwrap_err().code, Code::ProofValueInvalid);
        assert_eq!(reason("u!!", &l), pv("not-multibase"));
        assert_eq!(reason("z1112", &l), pv("sd-not-base64url"));
        assert_eq!(
            reason(&value(&[0xd9, 0x5d, 0x02, 0x85]), &l),
            pv("sd-header")
        );
        assert_eq!(reason(&value(&[0xd9]), &l), pv("sd-header"));
        // Truncated everywhere.
        for cut in 0..ok.len() {
            let r = reason(&derived_bytes(&ok[..cut]), &l);
            assert_eq!(r.0, Code::ProofValueInvalid, "cut at {cut}");
            assert!(r.1.unwrap().starts_with("cbor-"), "cut at {cut}");
        }
        // Trailing bytes; an array of four; a 63-byte signature; a text string key.
        assert_eq!(
            reason(&derived_bytes(&[&ok[..], &[0]].concat()), &l),
            pv("cbor-trailing")
        );
        let four = [&[0x84][..], &ok[1..ok.len() - 1]].concat();
        assert_eq!(reason(&derived_bytes(&four), &l), pv("sd-structure"));
        let short = [&[0x85, 0x58, 0x3f][..], &[7; 63], &ok[sig.len() + 1..]].concat();
        assert_eq!(reason(&derived_bytes(&short), &l), pv("sd-structure"));
        let text_key = [&[0x85][..], &sig, &[0x62, b'k', b'k', 0x80, 0xa0, 0x80]].concat();
        assert_eq!(reason(&derived_bytes(&text_key), &l), pv("cbor-wrong-type"));
        // Two labels for c14n0.
        let dup = [
            &[0x85][..],
            &sig,
            &[0x40, 0x80, 0xa2, 0, 0x41, 1, 0, 0x41, 2, 0x80],
        ]
        .concat();
        assert_eq!(reason(&derived_bytes(&dup), &l), pv("sd-structure"));
        // One label, for c14n1: the keys of n labels are 0 to n - 1.
        let past = [&[0x85][..], &sig, &[0x40, 0x80, 0xa1, 1, 0x41, 1, 0x80]].concat();
        assert_eq!(reason(&derived_bytes(&past), &l), pv("sd-structure"));
    }

    #[test]
    fn counts_are_bounded_by_max_quads() {
        let tight = Limits {
            max_quads: 1,
            ..Limits::default()
        };
        let sig = [&[0x58, 0x40][..], &[7; 64]].concat();
        let two_sigs = [&[0x85][..], &sig, &[0x40, 0x82], &sig, &sig, &[0xa0, 0x80]].concat();
        let e = parse(Some(&derived_bytes(&two_sigs)), &tight).unwrap_err();
        assert_eq!(e.code, Code::LimitExceeded);
        assert_eq!(param(&e, Param::Limit).as_deref(), Some("max_quads"));
        assert!(parse(Some(&derived_bytes(&two_sigs)), &Limits::default()).is_ok());
        let indexes = [&[0x85][..], &sig, &[0x40, 0x80, 0xa0, 0x82, 0, 1]].concat();
        let e = parse(Some(&derived_bytes(&indexes)), &tight).unwrap_err();
        assert_eq!(
            param(&e, Param::What).as_deref(),
            Some("sd-mandatory-indexes")
        );
    }
}
