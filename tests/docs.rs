//! The documentation keeps up with the code: every [`Code`] is listed in `docs/report.md`
//! and every code listed there is a [`Code`]; every `Limits` field is in `docs/limits.md`.

#![allow(clippy::unwrap_used)]
mod common;
use badgeverify::Code;
use common::repo;

/// The codes `docs/report.md` documents: the first cell of every table row that is one
/// backticked kebab-case word, outside the tables of fields and check ids.
fn documented_codes(doc: &str) -> std::collections::BTreeSet<&str> {
    let codes = &doc[doc.find("## Codes").unwrap()..];
    codes
        .lines()
        .filter_map(|l| l.strip_prefix("| `")?.split_once("` |").map(|(c, _)| c))
        .filter(|c| {
            c.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .collect()
}

#[test]
fn every_code_is_documented_and_every_documented_code_exists() {
    let doc = std::fs::read_to_string(repo("docs/report.md")).unwrap();
    let documented = documented_codes(&doc);
    assert!(documented.len() >= 100, "{documented:?}");
    // Codes outside reports (schema causes, other library functions) are named in the
    // paragraphs after the last table.
    let after_tables = &doc[doc.rfind("\n|").unwrap()..];
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !documented.contains(c) && !after_tables.contains(&format!("`{c}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "codes missing from docs/report.md: {missing:?}"
    );
    let unknown: Vec<&&str> = documented
        .iter()
        .filter(|c| Code::from_wire(c).is_none())
        .collect();
    assert!(
        unknown.is_empty(),
        "docs/report.md documents codes that do not exist: {unknown:?}"
    );
}

/// The parameters table of `docs/report.md` names, for every code with params, exactly the
/// params [`Code::params`] declares, in order.
#[test]
fn every_code_with_params_has_them_documented() {
    let doc = std::fs::read_to_string(repo("docs/report.md")).unwrap();
    let section = &doc[doc.find("### Parameters").unwrap()..];
    let table = section
        .split("\n\n")
        .find(|b| b.starts_with("| code"))
        .unwrap();
    let documented: std::collections::BTreeMap<&str, Vec<&str>> = table
        .lines()
        .filter_map(|l| l.strip_prefix("| `")?.split_once("` | "))
        .map(|(code, cell)| {
            let names = cell
                .split("; ")
                .filter_map(|part| part.strip_prefix('`')?.split_once("`:").map(|(n, _)| n))
                .collect();
            (code, names)
        })
        .collect();
    let declared: std::collections::BTreeMap<&str, Vec<&str>> = Code::ALL
        .iter()
        .map(|c| (c.as_str(), c.params()))
        .filter(|(_, params)| !params.is_empty())
        .map(|(c, params)| (c, params.iter().map(|p| p.as_str()).collect()))
        .collect();
    assert_eq!(documented, declared, "docs/report.md, ### Parameters");
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
