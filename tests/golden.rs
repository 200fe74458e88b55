//! Golden reports: the full JSON report for a handful of inputs, reviewed by hand and
//! committed under `tests/golden/`. A change to any field shows up as a diff. After a
//! deliberate change, regenerate with `BLESS=1 cargo test --test golden` and review the diff.

#![allow(clippy::unwrap_used)]
mod common;
use common::*;

const CASES: &[(&str, &str, Option<&str>)] = &[
    ("valid-di-rdfc", "tests/fixtures/interop/di/vc2-ob303-eddsa-rdfc-2022.json", None),
    ("valid-vcjwt-recipient", "tests/fixtures/interop/vcjwt/vc2-eddsa-didkey-recipient-match.jwt", Some("learner@example.org")),
    ("invalid-tampered-png", "tests/fixtures/interop/baked/neg-bad-crc.png", None),
    ("indeterminate-fragment-key", "tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob30/simple-json.svg", None),
    ("invalid-expired-ob2", "tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob20/basic-assertion-expired.json", None),
    ("not-a-badge", "tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob20/assets/robotics-badge.png", None),
    ("invalid-presentation-member", "tests/fixtures/interop/vp/neg-vp-one-tampered-credential.json", None),
];

#[test]
fn reports_match_their_golden_files() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut diffs = Vec::new();
    for (name, input, recipient) in CASES {
        let bytes = std::fs::read(repo(input)).unwrap();
        let mut opts = at("2026-01-01T00:00:00Z");
        opts.recipient = recipient.map(str::to_owned);
        let report = badgeverify::verify_offline(&bytes, &opts);
        let got = serde_json::to_string_pretty(&report).unwrap() + "\n";
        let path = repo(&format!("tests/golden/{name}.json"));
        if bless {
            std::fs::write(&path, &got).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(&got) {
            diffs.push(format!("{name} (from {input})"));
        }
    }
    assert!(
        diffs.is_empty(),
        "reports differ from tests/golden/ (BLESS=1 to regenerate, then review): {diffs:?}"
    );
}
