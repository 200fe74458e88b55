//! Wycheproof (`shared/fixtures/wycheproof/`, C2SP/wycheproof `testvectors_v1`) through the
//! crate's public key readers and verifiers:
//!
//! - signature files: the key is read from its DER SubjectPublicKeyInfo
//!   ([`PublicKey::from_spki_der`]), and the PEM and JWK forms must read to the same key;
//!   then the built-in backend's path under the file's JOSE algorithm: the core's acceptance
//!   rules ([`PublicKey::precheck`]) and the arithmetic of [`crypto::check`] ([`backend`]),
//!   as a driver answering with the built-in backend does;
//! - the JOSE files (`json_web_signature_test.json`, `json_web_key_test.json`) as a VC-JWT
//!   is checked: [`CompactJws::parse`], the header rules ([`CompactJws::algorithm`] with
//!   [`VC_JWT_ALGS`]), the key picked from the test's key set by `kid`
//!   ([`keys::jwks_contains`]), [`CompactJws::verify`].
//!
//! Every `valid` vector must verify and every `invalid` one must be refused, except where an
//! input property puts a vector outside what the crate represents by design (an algorithm
//! it does not implement or refuses, an empty JWS payload, a key type it does not support);
//! those are counted per reason, and each must still be refused with the expected code.
//! `acceptable` vectors must follow the policy written per flag below. Known disagreements
//! are listed in [`KNOWN_DISAGREEMENTS`] with their reason; one that starts to agree fails
//! the run too, so the list cannot go stale. Counts: docs/conformance-suites.md.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use badgeverify::code::{Param, Params};
use badgeverify::crypto::{self, Alg, PublicKey, SignatureCheck, MIN_RSA_BITS};
use badgeverify::jose::{CompactJws, VC_JWT_ALGS};
use badgeverify::json::Value;
use badgeverify::{json, keys, Error, Limits};
use common::hex;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// `acceptable` vectors: what this crate does with each Wycheproof flag, and why.
const ACCEPTABLE_POLICY: &[(&str, Verdict, &str)] = &[(
    "MissingNull",
    Verdict::Reject,
    "PKCS#1 v1.5 DigestInfo without the NULL parameters: the expected block is built with \
     NULL (RFC 8017 §9.2 note 1) and compared byte for byte, so the other encoding fails",
)];

/// `invalid` vectors the crate accepts, with the reason (reported, not fixed here).
const KNOWN_DISAGREEMENTS: &[(&str, u64, &str)] = &[];

/// Accept or reject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Accept,
    Reject,
}

/// Why a vector is outside what the crate represents, decided from the input alone; the
/// vector must then be refused with one of the codes.
struct NotApplicable {
    reason: &'static str,
    codes: &'static [&'static str],
}

/// The tally of one file.
#[derive(Default)]
struct Tally {
    valid_accepted: usize,
    invalid_rejected: usize,
    acceptable: BTreeMap<String, usize>,
    not_applicable: BTreeMap<&'static str, usize>,
    known_disagreements: usize,
    /// Vectors of this file found in [`KNOWN_DISAGREEMENTS`], agreeing or not.
    known_listed: usize,
    rejection_codes: BTreeMap<&'static str, usize>,
    problems: Vec<String>,
}

impl Tally {
    /// Records one vector's outcome against its `result` and the rules of the module docs.
    fn record(
        &mut self,
        file: &str,
        test: &Value,
        outcome: Result<(), Error>,
        not_applicable: &[NotApplicable],
    ) {
        let id = test["tcId"].as_u64().unwrap();
        let what = format!("{file} tcId {id} ({})", test["comment"].as_str().unwrap());
        let result = test["result"].as_str().unwrap();
        let got = match &outcome {
            Ok(()) => Verdict::Accept,
            Err(e) => {
                *self.rejection_codes.entry(e.code.as_str()).or_default() += 1;
                Verdict::Reject
            }
        };
        let known = KNOWN_DISAGREEMENTS
            .iter()
            .find(|(f, i, _)| *f == file && *i == id);
        if let Some((_, _, why)) = known {
            self.known_listed += 1;
            if result == "invalid" && got == Verdict::Accept {
                self.known_disagreements += 1;
            } else {
                self.problems.push(format!(
                    "{what}: listed as a known disagreement ({why}) but now {got:?} for a \
                     {result} vector; remove it from KNOWN_DISAGREEMENTS"
                ));
            }
            return;
        }
        // Refused for a reason outside what the crate represents: counted per reason. A
        // valid vector must be refused for one of them; an invalid one refused for another
        // reason was caught by a check of its own and counts as rejected below.
        let by_design = match &outcome {
            Err(e) => not_applicable
                .iter()
                .find(|na| na.codes.contains(&e.code.as_str())),
            Ok(()) => None,
        };
        if let Some(na) = by_design {
            *self.not_applicable.entry(na.reason).or_default() += 1;
            return;
        }
        if result == "valid" && !not_applicable.is_empty() {
            let reasons: Vec<&str> = not_applicable.iter().map(|na| na.reason).collect();
            self.problems.push(format!(
                "{what}: {reasons:?}; want a refusal with their codes, got {outcome:?}"
            ));
            return;
        }
        match (result, got) {
            ("valid", Verdict::Accept) => self.valid_accepted += 1,
            ("invalid", Verdict::Reject) => self.invalid_rejected += 1,
            ("acceptable", _) => {
                let flags: Vec<&str> = test["flags"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f.as_str().unwrap())
                    .collect();
                let policy = ACCEPTABLE_POLICY
                    .iter()
                    .find(|(flag, _, _)| flags.contains(flag));
                match policy {
                    Some((flag, want, _)) if *want == got => {
                        *self
                            .acceptable
                            .entry(format!("{flag}: {got:?}"))
                            .or_default() += 1;
                    }
                    _ => self.problems.push(format!(
                        "{what}: acceptable vector {got:?} with flags {flags:?}, not the \
                         policy in ACCEPTABLE_POLICY"
                    )),
                }
            }
            ("valid", _) => self
                .problems
                .push(format!("{what}: valid vector refused: {outcome:?}")),
            ("invalid", _) => self
                .problems
                .push(format!("{what}: INVALID VECTOR ACCEPTED (a forgery)")),
            _ => self
                .problems
                .push(format!("{what}: unknown result {result}")),
        }
    }

    fn summary(&self, file: &str) -> String {
        let mut s = format!(
            "{file}: valid accepted {}, invalid rejected {}",
            self.valid_accepted, self.invalid_rejected
        );
        for (k, n) in &self.acceptable {
            write!(s, ", acceptable {k} {n}").unwrap();
        }
        for (k, n) in &self.not_applicable {
            write!(s, ", not applicable ({k}) {n}").unwrap();
        }
        if self.known_disagreements > 0 {
            write!(s, ", known disagreements {}", self.known_disagreements).unwrap();
        }
        write!(s, "; refusal codes {:?}", self.rejection_codes).unwrap();
        s
    }

    /// Prints the summary and fails on any problem, or when nothing was checked.
    fn finish(self, file: &str) {
        println!("{}", self.summary(file));
        let checked = self.valid_accepted
            + self.invalid_rejected
            + self.acceptable.values().sum::<usize>()
            + self.not_applicable.values().sum::<usize>()
            + self.known_disagreements;
        assert!(checked > 0, "{file}: no vector checked");
        let listed = KNOWN_DISAGREEMENTS
            .iter()
            .filter(|(f, _, _)| *f == file)
            .count();
        assert_eq!(
            self.known_listed, listed,
            "{file}: KNOWN_DISAGREEMENTS names vectors the file does not have"
        );
        assert!(
            self.problems.is_empty(),
            "{file}: {} problem(s):\n{}",
            self.problems.len(),
            self.problems.join("\n")
        );
    }
}

fn load(file: &str) -> Value {
    let path = common::shared_fixtures("wycheproof").join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let limits = Limits {
        max_json_bytes: usize::MAX,
        max_json_values: usize::MAX,
        ..Limits::default()
    };
    json::parse_bytes(&bytes, &limits).unwrap()
}

fn array(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

/// Reads a group's key from its SPKI DER, and checks that the PEM form and the JWK form
/// (when the group has one) read to the same key.
fn group_key(file: &str, group: &Value) -> Result<PublicKey, Error> {
    let key = PublicKey::from_spki_der(&hex(text(&group["publicKeyDer"])))?;
    let pem = PublicKey::from_pem(text(&group["publicKeyPem"]))?;
    assert_eq!(pem, key, "{file}: the PEM and DER keys differ");
    // Some groups have no JWK (keys with coordinates JWK cannot carry, per Wycheproof).
    if let Some(jwk) = group.get("publicKeyJwk").or_else(|| group.get("keyJwk")) {
        assert_eq!(
            PublicKey::from_jwk(jwk)?,
            key,
            "{file}: the JWK and DER keys differ"
        );
    }
    Ok(key)
}

/// What a verification gets for `sig` over `msg` when the built-in backend answers: the
/// core's pre-checks, then [`crypto::check`] on the [`SignatureCheck`] the core would ask.
fn backend(key: &PublicKey, alg: Alg, msg: &[u8], sig: &[u8]) -> Result<(), Error> {
    key.precheck(alg, sig)?;
    let check = SignatureCheck {
        id: SignatureCheck::derive_id(alg, key, sig, &[msg]),
        alg,
        key: key.clone(),
        message: msg.to_vec(),
        signature: sig.to_vec(),
    };
    if crypto::check(&check) {
        Ok(())
    } else {
        Err(Error::with(
            badgeverify::Code::SignatureInvalid,
            Params::new()
                .with(Param::Algorithm, alg.name())
                .with(Param::Reason, "mismatch"),
        ))
    }
}

/// A signature file: every group's key, every vector verified under `alg`. `params` checks
/// that a group uses the parameters `alg` fixes (hash, MGF, salt length). When the file's
/// keys cannot be represented at all, `unsupported_key` says why and which refusal codes the
/// key readers must give.
fn signature_file(
    file: &str,
    alg: Alg,
    params: &[(&str, Value)],
    unsupported_key: Option<NotApplicable>,
) {
    let doc = load(file);
    let mut tally = Tally::default();
    let (mut count, mut accepted) = (0, Vec::new());
    for group in array(&doc["testGroups"]) {
        for (name, want) in params {
            assert_eq!(&group[*name], want, "{file}: group {name}");
        }
        let key = group_key(file, group);
        for test in array(&group["tests"]) {
            let outcome = match (&key, &unsupported_key) {
                (Ok(key), None) => {
                    let msg = hex(text(&test["msg"]));
                    let sig = hex(text(&test["sig"]));
                    backend(key, alg, &msg, &sig)
                }
                (Err(e), Some(_)) => Err(e.clone()),
                (Ok(_), Some(_)) => panic!("{file}: a key is now supported; drive its vectors"),
                (Err(e), None) => panic!("{file}: the key does not read: {e}"),
            };
            count += 1;
            if outcome.is_ok() {
                accepted.push(test["tcId"].as_u64().unwrap());
            }
            tally.record(file, test, outcome, unsupported_key.as_slice());
        }
    }
    tally.finish(file);
    check_rust_verdicts(file, count, &accepted);
}

fn sha(name: &str) -> (&'static str, Value) {
    ("sha", Value::String(name.into()))
}

#[test]
fn rsa_pkcs1_v1_5_sha256_rs256() {
    for bits in [2048, 3072, 4096] {
        signature_file(
            &format!("rsa_signature_{bits}_sha256_test.json"),
            Alg::RS256,
            &[sha("SHA-256")],
            None,
        );
    }
}

#[test]
fn rsa_pss_sha256_mgf1_32_ps256() {
    for bits in [2048, 3072, 4096] {
        signature_file(
            &format!("rsa_pss_{bits}_sha256_mgf1_32_test.json"),
            Alg::PS256,
            &[
                sha("SHA-256"),
                ("mgf", Value::String("MGF1".into())),
                ("mgfSha", Value::String("SHA-256".into())),
                ("sLen", Value::from(32u64)),
            ],
            None,
        );
    }
}

#[test]
fn ecdsa_p256_sha256_p1363_es256() {
    signature_file(
        "ecdsa_secp256r1_sha256_p1363_test.json",
        Alg::ES256,
        &[sha("SHA-256")],
        None,
    );
}

#[test]
fn ecdsa_p384_sha384_p1363_es384() {
    signature_file(
        "ecdsa_secp384r1_sha384_p1363_test.json",
        Alg::ES384,
        &[sha("SHA-384")],
        None,
    );
}

#[test]
fn ed25519_eddsa() {
    signature_file("ed25519_test.json", Alg::EdDSA, &[], None);
}

/// The VC-JWT path for one compact JWS and a key set.
fn jose_verify(text: &str, keyset: &Value) -> Result<(), Error> {
    let jws = CompactJws::parse(text, &Limits::default())?;
    let alg = jws.algorithm(VC_JWT_ALGS)?;
    let key = keys::jwks_contains(keyset, jws.kid(), None, "https://issuer.example", Some(alg))?
        .ok_or_else(|| {
            use badgeverify::code::{Param, Params};
            Error::with(
                badgeverify::Code::KeyNotFound,
                Params::new()
                    .with(Param::Reason, "not-defined")
                    .with(Param::Key, jws.kid().unwrap_or_default())
                    .with(Param::Url, ""),
            )
        })?;
    jws.verify(&key, &[alg]).map(|_| ())
}

/// Input properties that put a JOSE vector outside what the crate represents by design.
fn jose_not_applicable(text: &str) -> Vec<NotApplicable> {
    let mut reasons = Vec::new();
    let segments: Vec<&str> = text.split('.').collect();
    if segments.len() != 3 {
        return reasons;
    }
    if segments[1].is_empty() {
        reasons.push(NotApplicable {
            reason: "empty payload segment refused (read as a detached payload)",
            codes: &["jws-malformed"],
        });
    }
    let base64url = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if !segments.iter().all(|s| base64url(s)) {
        reasons.push(NotApplicable {
            reason: "a segment with characters outside unpadded base64url (RFC 7515 §2)",
            codes: &["jws-malformed"],
        });
    }
    let alg = badgeverify::encoding::base64url(segments[0])
        .ok()
        .and_then(|h| json::parse_bytes(&h, &Limits::default()).ok())
        .and_then(|h| h.get("alg").and_then(Value::as_str).map(str::to_owned));
    match alg.as_deref() {
        Some(a) if a.starts_with("HS") => reasons.push(NotApplicable {
            reason: "HMAC (HS*) refused: a shared secret proves nothing about the issuer",
            codes: &["jws-alg-hmac"],
        }),
        Some(a) if !a.eq_ignore_ascii_case("none") && Alg::from_name(a).is_none() => {
            reasons.push(NotApplicable {
                reason:
                    "algorithm not implemented (RS384, RS512, PS384, PS512, ES512): not checked",
                codes: &["jws-alg-unsupported"],
            });
        }
        _ => {}
    }
    reasons
}

/// A JOSE file: each group's key set (the public keys when the group has them, else the
/// private ones — symmetric keys only), every vector through [`jose_verify`]. A group whose
/// key is RSA under [`MIN_RSA_BITS`] is outside policy whatever the JWS around it: its
/// vectors go straight to [`backend`] and must be refused for the key size.
fn jose_file(file: &str) {
    let doc = load(file);
    let mut tally = Tally::default();
    for group in array(&doc["testGroups"]) {
        let keys = group.get("public").unwrap_or(&group["private"]);
        let keyset = if keys.get("keys").is_some() {
            keys.clone()
        } else {
            json::object([("keys", Value::Array(vec![keys.clone()]))])
        };
        let small_rsa = array(&keyset["keys"])
            .iter()
            .find_map(|k| match PublicKey::from_jwk(k) {
                Ok(PublicKey::Rsa(rsa)) if rsa.bits() < MIN_RSA_BITS => Some(PublicKey::Rsa(rsa)),
                _ => None,
            });
        for test in array(&group["tests"]) {
            let jws = text(&test["jws"]);
            match &small_rsa {
                Some(key) => tally.record(
                    file,
                    test,
                    raw_verify(jws, key),
                    &[NotApplicable {
                        reason: "RSA key under 2048 bits refused (RFC 7518 §3.3)",
                        codes: &["rsa-key-too-small"],
                    }],
                ),
                None => tally.record(
                    file,
                    test,
                    jose_verify(jws, &keyset),
                    &jose_not_applicable(jws),
                ),
            }
        }
    }
    tally.finish(file);
}

/// The built-in backend ([`backend`]) over a compact JWS's signing input and signature,
/// without the JWS rules.
fn raw_verify(jws: &str, key: &PublicKey) -> Result<(), Error> {
    let (signing_input, sig) = jws.rsplit_once('.').unwrap();
    let header = signing_input.split('.').next().unwrap();
    let header = json::parse_bytes(
        &badgeverify::encoding::base64url(header)?,
        &Limits::default(),
    )?;
    let alg = Alg::from_name(text(&header["alg"])).unwrap();
    backend(
        key,
        alg,
        signing_input.as_bytes(),
        &badgeverify::encoding::base64url(sig)?,
    )
}

#[test]
fn json_web_signature() {
    jose_file("json_web_signature_test.json");
}

#[test]
fn json_web_key() {
    jose_file("json_web_key_test.json");
}

// ---- The Rust backend's verdicts, for the WebCrypto backend -------------------------------

/// Where [`rust_verdicts_file_is_current`] keeps every vector's verdict of this backend. The
/// npm package checks signatures with WebCrypto instead (`wasm/js/webcrypto.js`), and its
/// Wycheproof runs (`tests/node/wycheproof-webcrypto.test.mjs`, `tests/browser/…`) must
/// reach the same verdict on every vector; they read them from here.
const RUST_VERDICTS: &str = "tests/data/wycheproof-rust-verdicts.json";

/// The signature files and the algorithm each is checked under, as in the tests above (for
/// regenerating [`RUST_VERDICTS`]; without `BLESS` each test above checks its own files).
const SIGNATURE_FILES: &[(&str, Option<Alg>)] = &[
    ("ed25519_test.json", Some(Alg::EdDSA)),
    ("ecdsa_secp256r1_sha256_p1363_test.json", Some(Alg::ES256)),
    ("ecdsa_secp384r1_sha384_p1363_test.json", Some(Alg::ES384)),
    ("rsa_signature_2048_sha256_test.json", Some(Alg::RS256)),
    ("rsa_signature_3072_sha256_test.json", Some(Alg::RS256)),
    ("rsa_signature_4096_sha256_test.json", Some(Alg::RS256)),
    ("rsa_pss_2048_sha256_mgf1_32_test.json", Some(Alg::PS256)),
    ("rsa_pss_3072_sha256_mgf1_32_test.json", Some(Alg::PS256)),
    ("rsa_pss_4096_sha256_mgf1_32_test.json", Some(Alg::PS256)),
];
const JOSE_FILES: &[&str] = &["json_web_signature_test.json", "json_web_key_test.json"];

/// A file's entry in the committed [`RUST_VERDICTS`]: the number of vectors and the tcIds
/// accepted.
fn committed_verdicts(file: &str) -> Option<(usize, Vec<u64>)> {
    let bytes = std::fs::read(common::repo(RUST_VERDICTS)).ok()?;
    let doc = json::parse_bytes(&bytes, &Limits::default()).ok()?;
    let entry = doc.get("files")?.get(file)?;
    let count = usize::try_from(entry.get("vectors")?.as_u64()?).ok()?;
    let accepted = array(entry.get("accepted")?)
        .iter()
        .map(Value::as_u64)
        .collect::<Option<Vec<u64>>>()?;
    Some((count, accepted))
}

/// Each signature test above ends here with the tcIds it saw accepted: they must be the ones
/// committed in [`RUST_VERDICTS`] (so the suites run once, not again for the file). Skipped
/// under `BLESS`, when [`rust_verdicts_file_is_current`] rewrites the file.
fn check_rust_verdicts(file: &str, count: usize, accepted: &[u64]) {
    if std::env::var_os("BLESS").is_some() {
        return;
    }
    assert_eq!(
        committed_verdicts(file),
        Some((count, accepted.to_vec())),
        "{file}: the verdicts differ from {RUST_VERDICTS} (BLESS=1 cargo test --test \
         wycheproof rust_verdicts to regenerate, then review the diff)"
    );
}

/// The tcIds [`backend`] accepts in a signature file, and the number of vectors
/// (what `signature_file` finds; only for regenerating the file).
fn signature_file_accepted(file: &str, alg: Option<Alg>) -> (usize, Vec<u64>) {
    let doc = load(file);
    let (mut count, mut accepted) = (0, Vec::new());
    for group in array(&doc["testGroups"]) {
        let key = group_key(file, group).ok();
        for test in array(&group["tests"]) {
            count += 1;
            let ok = match (&key, alg) {
                (Some(key), Some(alg)) => {
                    backend(key, alg, &hex(text(&test["msg"])), &hex(text(&test["sig"]))).is_ok()
                }
                _ => false,
            };
            if ok {
                accepted.push(test["tcId"].as_u64().unwrap());
            }
        }
    }
    (count, accepted)
}

/// The JOSE files at the signature level only (the level WebCrypto answers at): a vector is
/// accepted when its compact JWS has three segments, the header's `alg` is one of [`Alg`],
/// the signature segment is unpadded base64url, and one public key of the group's key set
/// (read with `PublicKey::from_jwk`) verifies the signature over the signing input under
/// that `alg`. No JWS rule (`crit`, `kid`, the JWK's own `alg`, …) is applied here; those
/// stay in the core whichever backend checks the signature.
fn jose_file_accepted(file: &str) -> (usize, Vec<u64>) {
    let doc = load(file);
    let (mut count, mut accepted) = (0, Vec::new());
    for group in array(&doc["testGroups"]) {
        let keys = group.get("public").unwrap_or(&group["private"]);
        let keys: Vec<PublicKey> = match keys.get("keys") {
            Some(set) => array(set).to_vec(),
            None => vec![keys.clone()],
        }
        .iter()
        .filter_map(|k| PublicKey::from_jwk(k).ok())
        .collect();
        for test in array(&group["tests"]) {
            count += 1;
            let jws = text(&test["jws"]);
            let ok = (|| {
                let segments: Vec<&str> = jws.split('.').collect();
                let [header, _, sig] = segments[..] else {
                    return None;
                };
                let header = badgeverify::encoding::base64url(header).ok()?;
                let header = json::parse_bytes(&header, &Limits::default()).ok()?;
                let alg = Alg::from_name(header.get("alg")?.as_str()?)?;
                let sig = badgeverify::encoding::base64url(sig).ok()?;
                let (signing_input, _) = jws.rsplit_once('.')?;
                keys.iter()
                    .any(|k| backend(k, alg, signing_input.as_bytes(), &sig).is_ok())
                    .then_some(())
            })()
            .is_some();
            if ok {
                accepted.push(test["tcId"].as_u64().unwrap());
            }
        }
    }
    (count, accepted)
}

/// [`RUST_VERDICTS`] holds this backend's verdict on every vector, as the tcIds it accepts
/// per file. Without `BLESS` this test checks that the file names exactly these files and
/// that the JOSE entries are current; each signature file's entry is checked by the test
/// that runs that file (`check_rust_verdicts`). With `BLESS=1 cargo test --test wycheproof
/// rust_verdicts` it rewrites the whole file from the native code (then review the diff);
/// the WebCrypto runs then hold the npm package to the new verdicts.
#[test]
fn rust_verdicts_file_is_current() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut entries = Vec::new();
    for (file, alg) in SIGNATURE_FILES {
        let (count, accepted) = if bless {
            signature_file_accepted(file, *alg)
        } else {
            committed_verdicts(file)
                .unwrap_or_else(|| panic!("{RUST_VERDICTS} has no entry for {file}"))
        };
        entries.push((*file, alg.map_or("none", Alg::name), count, accepted));
    }
    for file in JOSE_FILES {
        let (count, accepted) = jose_file_accepted(file);
        entries.push((*file, "header", count, accepted));
    }
    let lines: Vec<String> = entries
        .iter()
        .map(|(file, alg, count, accepted)| {
            let ids: Vec<String> = accepted.iter().map(u64::to_string).collect();
            format!(
                "    \"{file}\": {{\"alg\": \"{alg}\", \"vectors\": {count}, \"accepted\": [{}]}}",
                ids.join(",")
            )
        })
        .collect();
    let out = format!(
        "{{\n  \"about\": \"The Rust backend's verdict on every vector of these Wycheproof files \
         (shared/fixtures/wycheproof/): the tcIds it accepts; every other vector is rejected. \
         Signature files: PublicKey::precheck then crypto::check under alg. JOSE files: the signature level only \
         (see tests/wycheproof.rs, jose_file_accepted). Written by \
         `BLESS=1 cargo test --test wycheproof rust_verdicts`; read by \
         tests/node/wycheproof-webcrypto.test.mjs and \
         tests/browser/wycheproof-webcrypto.test.mjs.\",\n  \"files\": {{\n{}\n  }}\n}}\n",
        lines.join(",\n")
    );
    let path = common::repo(RUST_VERDICTS);
    if bless {
        std::fs::write(&path, &out).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == out,
        "{RUST_VERDICTS} is not what this backend decides (BLESS=1 cargo test --test \
         wycheproof rust_verdicts to regenerate, then review the diff)"
    );
}

/// Ed25519 inputs where WebCrypto (OpenSSL, BoringSSL) and this backend disagree, made by
/// `tests/data/webcrypto/make.mjs` (Wycheproof has none): each case's `rust` verdict must be
/// this backend's. `wasm/js/webcrypto.js` is held to the same verdicts by
/// `tests/node/webcrypto.test.mjs`.
#[test]
fn webcrypto_edge_cases_match_rust() {
    let bytes = std::fs::read(common::repo("tests/data/webcrypto/edge-cases.json")).unwrap();
    let doc = json::parse_bytes(&bytes, &Limits::default()).unwrap();
    let cases = array(&doc["cases"]);
    assert!(cases.len() >= 5, "{} cases", cases.len());
    for c in cases {
        let alg = Alg::from_name(text(&c["alg"])).unwrap();
        let got = PublicKey::from_jwk(&c["key"])
            .and_then(|k| backend(&k, alg, &hex(text(&c["msg"])), &hex(text(&c["sig"]))))
            .is_ok();
        assert_eq!(Some(got), c["rust"].as_bool(), "{}", text(&c["note"]));
    }
}
