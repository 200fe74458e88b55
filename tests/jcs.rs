//! JCS (RFC 8785) against cyberphone's reference test data, the RFC's Appendix B number
//! table, a sample of doubles printed by a JavaScript engine (the normative
//! Number::toString), and the W3C vc-di-eddsa eddsa-jcs-2022 intermediates.

#![allow(clippy::unwrap_used)]

use badgeverify::json::{Number, Value};
use badgeverify::{encoding, jcs, json, Limits};
use sha2::{Digest, Sha256, Sha384};
use std::path::{Path, PathBuf};

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn cyberphone_testdata() {
    let dir = vectors().join("jcs");
    let mut names: Vec<String> = std::fs::read_dir(dir.join("output"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 6, "{names:?}");
    for name in names {
        let input = json::parse(&read(&dir.join("input").join(&name)), &Limits::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = read(&dir.join("output").join(&name));
        assert_eq!(jcs::canonicalize(&input).unwrap(), expected, "{name}");
    }
}

/// Checks every `<hex bits> <text>` line: the double prints as `text`, and the text read
/// back as JSON prints the same.
fn check_number_table(file: &str, at_least: usize) {
    let text = read(&vectors().join("jcs").join(file));
    let mut n = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (hex, expected) = line.split_once(' ').unwrap();
        let x = f64::from_bits(u64::from_str_radix(hex, 16).unwrap());
        let value = Value::Number(Number::from_f64(x).unwrap());
        assert_eq!(jcs::canonicalize(&value).unwrap(), expected, "{hex}");
        let reread = json::parse(expected, &Limits::default()).unwrap();
        assert_eq!(
            jcs::canonicalize(&reread).unwrap(),
            expected,
            "{hex} read back"
        );
        n += 1;
    }
    assert!(n >= at_least, "{file}: only {n} rows");
}

#[test]
fn rfc8785_appendix_b_numbers() {
    check_number_table("appendix-b.txt", 24);
}

#[test]
fn ecmascript_number_sample() {
    check_number_table("es-numbers.txt", 5000);
}

#[test]
fn eddsa_jcs_2022_intermediates() {
    let base = vectors().join("w3c-vc-di-eddsa/TestVectors");
    let limits = Limits::default();
    let doc = json::parse(&read(&base.join("unsigned.json")), &limits).unwrap();
    let canon = jcs::canonicalize(&doc).unwrap();
    assert_eq!(canon, read(&base.join("eddsa-jcs-2022/canonDocJCS.txt")));
    assert_eq!(
        encoding::hex(&Sha256::digest(canon.as_bytes())),
        read(&base.join("eddsa-jcs-2022/docHashJCS.txt")).trim()
    );
    let proof = json::parse(
        &read(&base.join("eddsa-jcs-2022/proofConfigJCS.json")),
        &limits,
    )
    .unwrap();
    let canon = jcs::canonicalize(&proof).unwrap();
    assert_eq!(canon, read(&base.join("eddsa-jcs-2022/proofCanonJCS.txt")));
    assert_eq!(
        encoding::hex(&Sha256::digest(canon.as_bytes())),
        read(&base.join("eddsa-jcs-2022/proofHashJCS.txt")).trim()
    );
}

/// ecdsa-jcs-2019 with P-256 (SHA-256) and P-384 (SHA-384): the same intermediates as
/// eddsa-jcs-2022; the proof configuration carries the document's `@context`.
#[test]
fn ecdsa_jcs_2019_intermediates() {
    let base = vectors().join("w3c-vc-di-ecdsa/TestVectors");
    let limits = Limits::default();
    for curve in ["P256", "P384"] {
        let hash = |t: &str| match curve {
            "P384" => Sha384::digest(t.as_bytes()).to_vec(),
            _ => Sha256::digest(t.as_bytes()).to_vec(),
        };
        let dir = base.join(format!("ecdsa-jcs-2019-{}", curve.to_lowercase()));
        let file = |stage: &str, ext: &str| dir.join(format!("{stage}JCSECDSA{curve}.{ext}"));
        let doc = json::parse(&read(&base.join("unsigned.json")), &limits).unwrap();
        let canon = jcs::canonicalize(&doc).unwrap();
        assert_eq!(canon, read(&file("canonDoc", "txt")), "{curve}");
        let doc_hash = hash(&canon);
        assert_eq!(
            encoding::hex(&doc_hash),
            read(&file("docHash", "txt")).trim()
        );
        let proof = json::parse(&read(&file("proofConfig", "json")), &limits).unwrap();
        let canon = jcs::canonicalize(&proof).unwrap();
        assert_eq!(canon, read(&file("proofCanon", "txt")), "{curve}");
        let proof_hash = hash(&canon);
        assert_eq!(
            encoding::hex(&proof_hash),
            read(&file("proofHash", "txt")).trim()
        );
        // The signed bytes: proof hash first, then document hash.
        assert_eq!(
            encoding::hex(&[proof_hash, doc_hash].concat()),
            read(&file("combinedHash", "txt")).trim()
        );
    }
}

#[test]
fn canonical_form_is_a_fixed_point() {
    // Re-canonicalizing canonical text changes nothing (RFC 8785 §3.2.4 idempotence).
    let dir = vectors().join("jcs/output");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = read(&entry.unwrap().path());
        let value = json::parse(&text, &Limits::default()).unwrap();
        assert_eq!(jcs::canonicalize(&value).unwrap(), text);
    }
}
