//! Verification speed (issue 3): end-to-end `verify_offline` on the interop fixtures, plus the
//! RDF canonicalization stage of `eddsa-rdfc-2022` on its own. Run through
//! `scripts/bench.sh`, which also times the wasm package and Digital Bazaar's stack in Node
//! and prints the comparison table (see BENCHMARKS.md).

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use badgeverify::contexts::Bundled;
use badgeverify::json::Value;
use badgeverify::{jsonld, rdfc, verify_offline, Limits, Options, Timestamp, Verdict};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;

/// The instant every interop fixture is valid at (tests/fixtures/interop/manifest.json).
const NOW: &str = "2026-01-01T00:00:00Z";

/// (criterion id, fixture path under tests/fixtures/interop). The first is the headline case.
const CASES: &[(&str, &str)] = &[
    ("eddsa-rdfc-2022", "di/vc2-ob303-eddsa-rdfc-2022.json"),
    ("eddsa-jcs-2022", "di/vc2-ob303-eddsa-jcs-2022.json"),
    ("vc-jwt-eddsa", "vcjwt/vc2-eddsa-didkey.jwt"),
    ("vc-jwt-es256", "vcjwt/vc2-es256-didjwk.jwt"),
    ("baked-png-rdfc", "baked/ob3-data-integrity.png"),
];

fn fixture(rel: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/interop")
        .join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn options() -> Options {
    Options::new(Timestamp::parse_rfc3339(NOW).expect("NOW is RFC 3339"))
}

fn verify(c: &mut Criterion) {
    let opts = options();
    let mut group = c.benchmark_group("verify_offline");
    group.throughput(Throughput::Elements(1));
    for (id, rel) in CASES {
        let bytes = fixture(rel);
        // Timing a failing path would measure an early exit, not verification.
        let report = verify_offline(&bytes, &opts);
        assert_eq!(
            report.verdict,
            Verdict::Valid,
            "{rel} must verify before it is timed: {report:#?}"
        );
        group.bench_function(*id, |b| {
            b.iter(|| verify_offline(black_box(&bytes), black_box(&opts)))
        });
    }
    group.finish();
}

/// The two JSON-LD → RDF → RDFC-1.0 passes one `eddsa-rdfc-2022` verification makes (proof
/// configuration and document), as `src/di.rs` builds them.
fn canonicalization(c: &mut Criterion) {
    let cred: Value = serde_json::from_slice(&fixture(CASES[0].1)).expect("the fixture is JSON");
    let mut doc = cred.as_object().cloned().expect("a JSON object");
    let mut config = doc
        .remove("proof")
        .and_then(|p| p.as_object().cloned())
        .expect("one proof object");
    config.remove("proofValue");
    config.insert("@context".into(), doc["@context"].clone());
    let (doc, config) = (Value::Object(doc), Value::Object(config));
    let limits = Limits::default();
    let loader = Bundled::new();
    let canon = |v: &Value| {
        let quads = jsonld::to_rdf(v, &loader, &limits).expect("toRdf");
        rdfc::canonicalize(&quads, &limits).expect("RDFC-1.0")
    };
    assert!(canon(&doc).lines().count() > 10, "the document has quads");

    let mut group = c.benchmark_group("rdfc-stages");
    group.throughput(Throughput::Elements(1));
    group.bench_function("to_rdf+canonicalize-config+document", |b| {
        b.iter(|| (canon(black_box(&config)), canon(black_box(&doc))))
    });
    group.bench_function("to_rdf-document", |b| {
        b.iter(|| jsonld::to_rdf(black_box(&doc), &loader, &limits))
    });
    let quads = jsonld::to_rdf(&doc, &loader, &limits).expect("toRdf");
    group.bench_function("canonicalize-document", |b| {
        b.iter(|| rdfc::canonicalize(black_box(&quads), &limits))
    });
    group.finish();
}

criterion_group!(benches, verify, canonicalization);
criterion_main!(benches);
