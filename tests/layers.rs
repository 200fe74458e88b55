//! `src/` reads top-down: `src/lib.rs` declares the crate's modules from the top (the
//! verification pipeline) down to the leaves (parsers, encodings, collections), and no
//! module imports one declared above it. A newcomer reads `lib.rs` and knows where a piece
//! belongs and what it may use.

#![allow(clippy::unwrap_used)]
mod common;
use common::repo;
use std::collections::BTreeMap;

/// The modules `src/lib.rs` declares, in order.
fn declared() -> Vec<String> {
    let lib = std::fs::read_to_string(repo("src/lib.rs")).unwrap();
    lib.lines()
        .map(str::trim)
        .filter_map(|l| {
            let l = l.strip_prefix("pub ").unwrap_or(l);
            l.strip_prefix("mod ")?.strip_suffix(';').map(str::to_owned)
        })
        .collect()
}

/// The root re-exports, by the module that defines them (`use crate::{Error, Limits}` is an
/// import of `error` and `limits`).
fn reexports() -> BTreeMap<String, String> {
    let lib = std::fs::read_to_string(repo("src/lib.rs")).unwrap();
    let mut out = BTreeMap::new();
    for stmt in lib.split(';') {
        let Some(rest) = stmt.trim().strip_prefix("pub use ") else {
            continue;
        };
        let (module, names) = rest.split_once("::").unwrap();
        for name in names
            .trim_matches(|c| c == '{' || c == '}' || c == ' ')
            .split(',')
        {
            let name = name.split(" as ").last().unwrap().trim();
            if !name.is_empty() {
                out.insert(name.to_owned(), module.trim().to_owned());
            }
        }
    }
    out
}

/// The crate modules a source text imports (comments and test modules left out).
fn imports(text: &str, reexported: &BTreeMap<String, String>) -> Vec<String> {
    let code: String = text
        .split("#[cfg(test)]")
        .next()
        .unwrap()
        .lines()
        .map(|l| l.split("//").next().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(group.len(), |(j, _)| j);
            let mut top = Vec::new();
            let mut level = 0;
            let mut start = 0;
            let body = &group[..end];
            for (j, c) in body.char_indices() {
                match c {
                    '{' => level += 1,
                    '}' => level -= 1,
                    ',' if level == 0 => {
                        top.push(&body[start..j]);
                        start = j + 1;
                    }
                    _ => {}
                }
            }
            top.push(&body[start..]);
            top
        } else {
            vec![rest]
        };
        for n in names {
            let n: String = n
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let module = reexported.get(&n).cloned().unwrap_or(n);
            if !module.is_empty() {
                found.push(module);
            }
        }
    }
    found
}

fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_module_imports_one_declared_above_it() {
    let order = declared();
    let reexported = reexports();
    let rank = |m: &str| order.iter().position(|x| x == m);
    let mut problems = Vec::new();
    for module in &order {
        let mut files = Vec::new();
        let file = repo(&format!("src/{module}.rs"));
        if file.exists() {
            files.push(file);
        }
        let dir = repo(&format!("src/{module}"));
        if dir.is_dir() {
            sources(&dir, &mut files);
        }
        assert!(!files.is_empty(), "no source for module {module}");
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for used in imports(&text, &reexported) {
                if used == *module {
                    continue;
                }
                match (rank(module), rank(&used)) {
                    (Some(me), Some(it)) if it < me => problems.push(format!(
                        "{} imports `{used}`, which lib.rs declares above `{module}`",
                        f.display()
                    )),
                    _ => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
