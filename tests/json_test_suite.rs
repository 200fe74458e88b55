//! JSONTestSuite (`shared/fixtures/json-test-suite/test_parsing/`, nst/JSONTestSuite) through
//! the crate's own JSON reader, `json::parse_bytes` with the default [`Limits`]:
//!
//! - every `y_` file parses, except the duplicate-key files, which JSON allows and this
//!   crate refuses by policy (`json-duplicate-key`, docs/security.md "Duplicate keys");
//! - every `n_` file is rejected;
//! - every `i_` file (implementation-defined) gives the outcome committed in
//!   `tests/data/conformance/json-test-suite-i.txt`, so a change of behaviour is noticed.
//!
//! Counts and policy: docs/conformance-suites.md.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use badgeverify::{json, Limits};
use std::collections::BTreeMap;

/// `y_` files refused on purpose: valid JSON with a member name twice.
const DUPLICATE_KEY_POLICY: &[&str] = &[
    "y_object_duplicated_key.json",
    "y_object_duplicated_key_and_value.json",
];

/// The committed outcomes of the `i_` files: `<file> accept` or `<file> reject <code>`.
const I_EXPECTED: &str = "tests/data/conformance/json-test-suite-i.txt";

/// `accept` or `reject <code>` for one file.
fn outcome(bytes: &[u8]) -> String {
    match json::parse_bytes(bytes, &Limits::default()) {
        Ok(_) => "accept".into(),
        Err(e) => format!("reject {}", e.code),
    }
}

#[test]
fn json_test_suite() {
    let dir = common::shared_fixtures("json-test-suite/test_parsing");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_str().unwrap().to_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();

    let mut problems = Vec::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut implementation_defined = BTreeMap::new();
    for (name, bytes) in &files {
        let got = outcome(bytes);
        let kind = name.split('_').next().unwrap();
        *counts.entry(format!("{kind} {got}")).or_default() += 1;
        match kind {
            "y" if DUPLICATE_KEY_POLICY.contains(&name.as_str()) => {
                if got != "reject json-duplicate-key" {
                    problems.push(format!("{name}: {got}, want reject json-duplicate-key"));
                }
            }
            "y" if got != "accept" => problems.push(format!("{name}: {got}, want accept")),
            "n" if got == "accept" => problems.push(format!("{name}: accepted, want reject")),
            "i" => {
                implementation_defined.insert(name.clone(), got);
            }
            "y" | "n" => {}
            _ => problems.push(format!("{name}: not a y_, n_ or i_ file")),
        }
    }
    for name in DUPLICATE_KEY_POLICY {
        assert!(
            files.iter().any(|(n, _)| n == name),
            "{name} is not in the suite"
        );
    }

    let committed: BTreeMap<String, String> = std::fs::read_to_string(common::repo(I_EXPECTED))
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, outcome) = l.split_once(' ').expect("`<file> <outcome>`");
            (name.to_owned(), outcome.to_owned())
        })
        .collect();
    if committed != implementation_defined {
        let now: Vec<String> = implementation_defined
            .iter()
            .map(|(n, o)| format!("{n} {o}"))
            .collect();
        problems.push(format!(
            "the i_ outcomes differ from {I_EXPECTED}; they now are:\n{}",
            now.join("\n")
        ));
    }

    println!("JSONTestSuite: {} files", files.len());
    for (what, n) in &counts {
        println!("  {what}: {n}");
    }
    for kind in ["y", "n", "i"] {
        assert!(
            counts.keys().any(|k| k.starts_with(kind)),
            "no {kind}_ file found in {}",
            dir.display()
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
