//! The documentation keeps up with the code: every stable code the core can emit is listed
//! in `docs/report.md`, and every `Limits` field in `docs/limits.md` when that file exists.

#![allow(clippy::unwrap_used)]
mod common;
use common::repo;

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Codes are the first string literal after `Error::new(`, after an `Outcome::X,` in a
/// `push`, as the first element of a binding / report helper tuple, or as the first
/// argument of a `note(`.
fn codes_in(text: &str) -> Vec<String> {
    let mut codes = Vec::new();
    for marker in [
        "Error::new(",
        "Outcome::Pass,",
        "Outcome::Fail,",
        "Outcome::Warn,",
        "Outcome::Skip,",
        "Unproven(",
        "Mismatch(",
        "Report::error(",
        "note(",
    ] {
        for (i, _) in text.match_indices(marker) {
            let rest = text[i + marker.len()..].trim_start();
            if let Some(lit) = rest.strip_prefix('"') {
                let code: String = lit.chars().take_while(|c| *c != '"').collect();
                if !code.is_empty()
                    && code
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    codes.push(code);
                }
            }
        }
    }
    codes
}

#[test]
fn every_code_is_documented() {
    let doc = std::fs::read_to_string(repo("docs/report.md")).unwrap();
    let mut files = Vec::new();
    for d in ["src", "cli/src", "wasm/src"] {
        rust_files(&repo(d), &mut files);
    }
    let mut missing = std::collections::BTreeSet::new();
    for f in files {
        for code in codes_in(&std::fs::read_to_string(&f).unwrap()) {
            if !doc.contains(&format!("`{code}`")) {
                missing.insert(format!("{code} ({})", f.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "codes missing from docs/report.md:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_limit_is_documented() {
    let doc = std::fs::read_to_string(repo("docs/limits.md")).unwrap();
    let source = std::fs::read_to_string(repo("src/limits.rs")).unwrap();
    let fields: Vec<&str> = source
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split_once(':').map(|(name, _)| name))
        .filter(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    assert!(fields.len() >= 20, "{fields:?}");
    let missing: Vec<&&str> = fields
        .iter()
        .filter(|f| !doc.contains(&format!("| `{f}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "Limits fields missing from docs/limits.md: {missing:?}"
    );
}
