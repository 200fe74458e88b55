//! RDFC-1.0 against the W3C rdf-canon test suite (tests/vectors/rdf-canon) and against the
//! canonical N-Quads published with the W3C vc-di-eddsa and 1EdTech OB 3.0 / CLR 2.0 test
//! vectors.

#![allow(clippy::unwrap_used)]

use badgeverify::rdf::{parse_nquads, Quad, Term};
use badgeverify::rdfc::{self, HashAlgorithm};
use badgeverify::{encoding, Limits};
use sha2::{Digest, Sha256, Sha384};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Tests of the suite we deliberately do not pass, with the reason. Any other failure,
/// and any pass of a test listed here, fails the run.
const EXCEPTIONS: &[(&str, &str)] = &[];

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(path: &Path) -> Vec<Quad> {
    parse_nquads(&read(path), &Limits::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Outcome of one manifest entry: `Ok(())` or a description of the failure.
fn run_entry(dir: &Path, entry: &serde_json::Value) -> Result<(), String> {
    let kind = entry["type"].as_str().unwrap_or("");
    let action = dir.join(entry["action"].as_str().unwrap_or(""));
    let hash = match entry.get("hashAlgorithm").and_then(|h| h.as_str()) {
        None | Some("SHA256") => HashAlgorithm::Sha256,
        Some("SHA384") => HashAlgorithm::Sha384,
        Some(other) => return Err(format!("unknown hash algorithm {other}")),
    };
    let quads = parse(&action);
    let limits = Limits::default();
    match kind {
        "rdfc:RDFC10EvalTest" => {
            let expected = read(&dir.join(entry["result"].as_str().unwrap_or("")));
            let got = rdfc::canonicalize_with(&quads, &limits, hash)
                .map_err(|e| e.to_string())?
                .nquads;
            if got != expected {
                return Err(format!("expected:\n{expected}\ngot:\n{got}"));
            }
            // The printer must reproduce the canonical text from the parsed expected output.
            let reprinted: String = parse(&dir.join(entry["result"].as_str().unwrap_or("")))
                .iter()
                .map(|q| q.to_string())
                .collect();
            if reprinted != expected {
                return Err(format!("reprinting the expected output gave:\n{reprinted}"));
            }
            Ok(())
        }
        "rdfc:RDFC10MapTest" => {
            let expected: BTreeMap<String, String> =
                serde_json::from_str(&read(&dir.join(entry["result"].as_str().unwrap_or(""))))
                    .map_err(|e| e.to_string())?;
            let got: BTreeMap<String, String> = rdfc::canonicalize_with(&quads, &limits, hash)
                .map_err(|e| e.to_string())?
                .labels
                .into_iter()
                .collect();
            if got != expected {
                return Err(format!("expected map {expected:?}, got {got:?}"));
            }
            Ok(())
        }
        "rdfc:RDFC10NegativeEvalTest" => {
            let start = Instant::now();
            let result = rdfc::canonicalize_with(&quads, &limits, hash);
            let took = start.elapsed();
            match result {
                Err(e) if e.code == "limit-exceeded" => {
                    // Release builds stop within a few milliseconds; allow for debug builds.
                    let budget = if cfg!(debug_assertions) {
                        Duration::from_secs(2)
                    } else {
                        Duration::from_millis(50)
                    };
                    if took > budget {
                        return Err(format!("poison detected only after {took:?}"));
                    }
                    eprintln!("{}: limit-exceeded after {took:?}", entry["id"]);
                    Ok(())
                }
                Err(e) => Err(format!("expected limit-exceeded, got {e}")),
                Ok(_) => Err("expected limit-exceeded, but it canonicalized".into()),
            }
        }
        other => Err(format!("unknown test type {other}")),
    }
}

#[test]
fn w3c_rdf_canon_suite() {
    let dir = vectors().join("rdf-canon");
    let manifest: serde_json::Value =
        serde_json::from_str(&read(&dir.join("manifest.jsonld"))).unwrap();
    let entries = manifest["entries"].as_array().unwrap();
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in entries {
        let id = entry["id"].as_str().unwrap_or("?");
        let kind = entry["type"].as_str().unwrap_or("?").to_owned();
        let outcome = run_entry(&dir, entry);
        let excepted = EXCEPTIONS.iter().find(|(e, _)| *e == id);
        let count = counts.entry(kind).or_default();
        match (outcome, excepted) {
            (Ok(()), None) => count.0 += 1,
            (Err(_), Some(_)) => count.1 += 1,
            (Ok(()), Some((_, why))) => problems.push(format!(
                "{id}: passes but is listed as an exception ({why})"
            )),
            (Err(e), None) => problems.push(format!("{id}: {e}")),
        }
    }
    for (kind, (pass, excepted)) in &counts {
        eprintln!("{kind}: {pass} passed, {excepted} excepted");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    let total: usize = counts.values().map(|c| c.0).sum();
    assert_eq!(total, entries.len() - EXCEPTIONS.len());
    assert!(total >= 86, "the manifest lost entries: {total}");
}

/// A deterministic shuffle (xorshift), so the test does not depend on a random source.
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        items.swap(i, (seed % (i as u64 + 1)) as usize);
    }
}

/// Gives every blank node a new label (`c14n3` → `x<n>`, numbered in reverse so the
/// input order of labels differs from the canonical one).
fn relabel(quads: &mut [Quad]) {
    let fix = |t: &mut Term| {
        if let Term::Blank(label) = t {
            let n: usize = label.trim_start_matches("c14n").parse().unwrap();
            *label = format!("x{}", 1000 - n);
        }
    };
    for q in quads {
        fix(&mut q.subject);
        fix(&mut q.object);
        if let Some(g) = &mut q.graph {
            fix(g);
        }
    }
}

/// Parses an already canonical document, scrambles it, canonicalizes it again, and checks
/// the bytes come back and hash to the published value.
fn round_trip(path: &str, expected_sha256_hex: &str) {
    round_trip_with(path, expected_sha256_hex, HashAlgorithm::Sha256);
}

/// [`round_trip`] with `hash` as RDFC-1.0's hash and as the hash of the canonical text
/// (SHA-384 for the P-384 suites).
fn round_trip_with(path: &str, expected_hex: &str, hash: HashAlgorithm) {
    let canonicalize = |quads: &[Quad]| {
        rdfc::canonicalize_with(quads, &Limits::default(), hash)
            .unwrap()
            .nquads
    };
    let digest = |t: &str| match hash {
        HashAlgorithm::Sha384 => Sha384::digest(t.as_bytes()).to_vec(),
        _ => Sha256::digest(t.as_bytes()).to_vec(),
    };
    let path = vectors().join(path);
    let canonical = read(&path);
    let mut quads = parse(&path);
    for seed in [1u64, 0x9e37_79b9_7f4a_7c15, 42] {
        shuffle(&mut quads, seed);
        relabel(&mut quads);
        let text = canonicalize(&quads);
        assert_eq!(text, canonical, "{}", path.display());
        quads = parse_nquads(&text, &Limits::default()).unwrap();
    }
    let start = Instant::now();
    let text = canonicalize(&quads);
    eprintln!(
        "{}: {} quads in {:?}",
        path.display(),
        quads.len(),
        start.elapsed()
    );
    assert_eq!(encoding::hex(&digest(&text)), expected_hex);
}

fn trimmed(path: &str) -> String {
    read(&vectors().join(path)).trim().to_owned()
}

fn json_field(path: &str, field: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(&read(&vectors().join(path))).unwrap();
    v[field].as_str().unwrap().to_owned()
}

#[test]
fn w3c_vc_di_eddsa_canonical_documents() {
    let base = "w3c-vc-di-eddsa/TestVectors/";
    for (canon, hash) in [
        (
            "eddsa-rdfc-2022/canonDocDataInt.txt",
            "eddsa-rdfc-2022/docHashDataInt.txt",
        ),
        (
            "eddsa-rdfc-2022/proofCanonDataInt.txt",
            "eddsa-rdfc-2022/proofHashDataInt.txt",
        ),
        (
            "Ed25519Signature2020/canonDocEdSig.txt",
            "Ed25519Signature2020/docHashEdSig.txt",
        ),
        (
            "Ed25519Signature2020/proofCanonEdSig.txt",
            "Ed25519Signature2020/proofHashEdSig.txt",
        ),
    ] {
        round_trip(
            &format!("{base}{canon}"),
            &trimmed(&format!("{base}{hash}")),
        );
    }
}

/// The vc-di-ecdsa ecdsa-rdfc-2019 (P-256) canonical document and proof configuration and
/// their SHA-256 hashes, for both the AlumniCredential and the employment vector.
#[test]
fn w3c_vc_di_ecdsa_canonical_documents() {
    let base = "w3c-vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p256/";
    for dir in ["", "employ/"] {
        for (canon, hash) in [
            ("canonDocECDSAP256.txt", "docHashECDSAP256.txt"),
            ("proofCanonECDSAP256.txt", "proofHashECDSAP256.txt"),
        ] {
            round_trip(
                &format!("{base}{dir}{canon}"),
                &trimmed(&format!("{base}{dir}{hash}")),
            );
        }
    }
}

/// ecdsa-rdfc-2019 with P-384: RDFC-1.0 with SHA-384 as its hash (the employment
/// credential's blank-node labels are SHA-384's, not SHA-256's), and the canonical forms
/// hashed with SHA-384.
#[test]
fn w3c_vc_di_ecdsa_p384_canonical_documents() {
    let base = "w3c-vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p384/";
    for dir in ["", "employ/"] {
        for (canon, hash) in [
            ("canonDocECDSAP384.txt", "docHashECDSAP384.txt"),
            ("proofCanonECDSAP384.txt", "proofHashECDSAP384.txt"),
        ] {
            round_trip_with(
                &format!("{base}{dir}{canon}"),
                &trimmed(&format!("{base}{dir}{hash}")),
                HashAlgorithm::Sha384,
            );
        }
    }
}

#[test]
fn onedtech_canonical_documents() {
    let base = "1edtech-spec/ob_v3p0/impl/";
    for kind in ["ob", "clr"] {
        let dir = if kind == "ob" { "obv3p0" } else { "clrv2p0" };
        let hashes = format!("{base}extracted-from-html/{kind}/hashes.json");
        round_trip(
            &format!("{base}test-vectors/{dir}/document-canon.txt"),
            &json_field(&hashes, "documentHashHex"),
        );
        round_trip(
            &format!("{base}test-vectors/{dir}/proof-canon.txt"),
            &json_field(&hashes, "proofHashHex"),
        );
    }
}

#[test]
fn nquads_parser_reports_bad_input() {
    let limits = Limits::default();
    for bad in [
        "<urn:s> <urn:p> <urn:o>",
        "<urn:s> <urn:p> \"x .",
        "\"lit\" <urn:p> <urn:o> .",
        "<urn:s> _:p <urn:o> .",
        "<urn:s> <urn:p> \"x\"@ .",
        "<urn:s> <urn:p> \"\\q\" .",
        "<urn:s> <urn:p> <urn:o> . extra",
        "<urn:s> <urn:p> \"\\uD800\" .",
    ] {
        let e = parse_nquads(bad, &limits).unwrap_err();
        assert_eq!(e.code, "nquads-syntax", "{bad}");
    }
    let tight = Limits {
        max_quads: 1,
        ..Limits::default()
    };
    let two = "<urn:s> <urn:p> <urn:o> .\n<urn:s> <urn:p> <urn:o2> .\n";
    assert_eq!(
        parse_nquads(two, &tight).unwrap_err().code,
        "limit-exceeded"
    );
    assert_eq!(
        parse_nquads("# only a comment\n\n", &limits).unwrap(),
        vec![]
    );
}

#[test]
fn nquads_parser_survives_every_truncation() {
    // Every prefix of the suite's escaping test either parses or fails cleanly.
    let text = read(&vectors().join("rdf-canon/rdfc10/test060-in.nq"));
    let limits = Limits::default();
    for (i, _) in text.char_indices() {
        if let Err(e) = parse_nquads(&text[..i], &limits) {
            assert_eq!(e.code, "nquads-syntax");
        }
    }
    // CRLF line ends are accepted.
    let crlf = text.replace('\n', "\r\n");
    assert_eq!(
        parse_nquads(&crlf, &limits).unwrap(),
        parse_nquads(&text, &limits).unwrap()
    );
}
