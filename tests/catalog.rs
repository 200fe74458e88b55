//! The message catalogs (`locales/*.ftl`) keep up with the codes: every code whose params are
//! declared has a message in every language, and a message uses only variables its code
//! declares. (The CLI's tests render every message with Fluent itself; this test reads the
//! files as text so it runs with the core alone.)

#![allow(clippy::unwrap_used)]
mod common;
use badgeverify::Code;
use common::repo;
use std::collections::{BTreeMap, BTreeSet};

/// The languages the product ships, English first (the source).
const LANGUAGES: [&str; 4] = ["en", "fr", "de", "es"];

/// Each message of a Fluent file: its id and the variables its value and attributes use.
fn entries(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        let starts_entry = line
            .split_once(" =")
            .filter(|(id, _)| {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                    && !line.starts_with(' ')
            })
            .map(|(id, _)| id.to_owned());
        if let Some(id) = starts_entry {
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if line.starts_with('#') || (!line.starts_with(' ') && !line.is_empty()) {
            current = None;
        }
        if let Some(id) = &current {
            let vars = out.get_mut(id).unwrap();
            for (i, _) in line.match_indices('$') {
                let name: String = line[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

/// The variables a code's message may use: its params, and `<name>Iso` beside each date.
fn allowed(code: Code) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for p in code.params() {
        let name = p.as_str();
        names.insert(name.to_owned());
        if name == "date" || name.ends_with("Date") {
            names.insert(format!("{name}Iso"));
        }
    }
    names
}

#[test]
fn every_code_has_a_message_in_every_language_using_only_its_params() {
    let english = entries(&std::fs::read_to_string(repo("locales/en.ftl")).unwrap());
    for lang in LANGUAGES {
        let path = repo(&format!("locales/{lang}.ftl"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let catalog = entries(&text);
        for code in Code::ALL.iter() {
            let Some(vars) = catalog.get(code.as_str()) else {
                panic!("locales/{lang}.ftl has no message for `{code}`");
            };
            let declared = allowed(*code);
            let extra: Vec<&String> = vars.difference(&declared).collect();
            assert!(
                extra.is_empty(),
                "locales/{lang}.ftl: `{code}` uses {extra:?}, which the code does not declare"
            );
        }
        for id in english.keys() {
            assert!(catalog.contains_key(id), "locales/{lang}.ftl lacks `{id}`");
        }
    }
}
