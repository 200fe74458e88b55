//! The message catalogs (`locales/*.ftl`) keep up with the codes: every code whose params are
//! declared has a message in every language, a message uses only variables its code
//! declares, and a count is shown only through a plural select. (The CLI's tests render
//! every message with Fluent itself; this test reads the files as text so it runs with the
//! core alone.)

#![allow(clippy::unwrap_used)]
mod common;
use badgeverify::code::Param;
use badgeverify::Code;
use common::repo;
use std::collections::{BTreeMap, BTreeSet};

/// The languages the product ships, English first (the source).
const LANGUAGES: [&str; 4] = ["en", "fr", "de", "es"];

/// Each message of a Fluent file: its id and its text (value and attributes, as written).
fn messages(ftl: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
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
            let text = out.get_mut(id).unwrap();
            text.push_str(line);
            text.push('\n');
        }
    }
    out
}

/// The variables (`$name`) a Fluent text uses, each with the byte offset of its `$`.
fn variables(text: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    text.match_indices('$').map(|(i, _)| {
        let name = text[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        (i, name)
    })
}

/// Each message of a Fluent file: its id and the variables its value and attributes use.
fn entries(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages(ftl)
        .into_iter()
        .map(|(id, text)| {
            let vars = variables(&text).map(|(_, name)| name).collect();
            (id, vars)
        })
        .collect()
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

/// The params that count something (credentials, notes, status list entries, bits): a
/// message shows each beside a noun or adjective that agrees with the number in some
/// language (1 vérifié, 2 vérifiés; 1 Eintrag, 2 Einträge). The other numbers name
/// something and agree with nothing: positions (`index`, `offset`, `line`, `column`), HTTP
/// statuses (`status`), a limit's value (`max`).
const COUNTS: [Param; 7] = [
    Param::Total,
    Param::Valid,
    Param::Invalid,
    Param::Unestablished,
    Param::Notes,
    Param::Entries,
    Param::Bits,
];

/// The count variables of `text` (a message's Fluent text) shown outside a select on
/// themselves (`{ $n -> [one] … *[other] … }`, or `[0]`-style exact keys): each is shown
/// with the same words whatever the number.
fn unselected<'a>(text: &str, counts: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    // The variable of each select the text is inside, innermost last.
    let mut selects: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(brace) = rest.find(['{', '}']) {
        if rest[brace..].starts_with('}') {
            selects.pop(); // a select's end (an inline placeable is read whole below)
            rest = &rest[brace + 1..];
            continue;
        }
        // A placeable: its expression runs to `->` (a select) or to its `}`; string
        // literals (`{"{"}`) may hold either.
        let body = &rest[brace + 1..];
        let mut end = body.len();
        let mut is_select = false;
        let mut in_string = false;
        for (i, c) in body.char_indices() {
            match c {
                '"' => in_string = !in_string,
                '}' if !in_string => {
                    end = i;
                    break;
                }
                '-' if !in_string && body[i..].starts_with("->") => {
                    end = i;
                    is_select = true;
                    break;
                }
                _ => {}
            }
        }
        let expression = &body[..end];
        if is_select {
            let selector = variables(expression).next().map(|(_, name)| name);
            selects.push(selector.unwrap_or_default());
            rest = &body[end + 2..];
        } else {
            for (_, name) in variables(expression) {
                if let Some(count) = counts.iter().find(|c| **c == name) {
                    if !selects.contains(&name) {
                        out.push(*count);
                    }
                }
            }
            rest = &body[(end + 1).min(body.len())..];
        }
    }
    out
}

#[test]
fn the_reader_of_the_select_check_sees_selects_and_plain_counts() {
    let counts = ["n", "m"];
    assert_eq!(unselected("{ $n } badges", &counts), ["n"]);
    assert_eq!(
        unselected(
            "{ $n ->\n [one] { $n } badge\n*[other] { $n } badges\n}",
            &counts
        ),
        Vec::<&str>::new()
    );
    // A select on another variable does not choose the words of `n`.
    assert_eq!(
        unselected(
            "{ $m ->\n [0] {\"\"}\n*[other] { $n } badges\n} and { $n }",
            &counts
        ),
        ["n", "n"]
    );
    assert_eq!(
        unselected(
            "{ $n ->\n [0] {\"}\"}\n*[other] { $m ->\n*[other] { $n }, { $m }\n}\n}",
            &counts
        ),
        Vec::<&str>::new()
    );
}

#[test]
fn every_count_is_shown_through_a_select_on_it() {
    let counts: Vec<&str> = COUNTS.iter().map(|p| p.as_str()).collect();
    let mut faults = Vec::new();
    for lang in LANGUAGES {
        let text = std::fs::read_to_string(repo(&format!("locales/{lang}.ftl"))).unwrap();
        for (id, message) in messages(&text) {
            if Code::from_wire(&id).is_none() {
                continue; // UI strings: tests/data/counted-messages.json holds their text
            }
            let bare = unselected(&message, &counts);
            if !bare.is_empty() {
                faults.push(format!("locales/{lang}.ftl: `{id}` shows {bare:?}"));
            }
        }
    }
    assert!(
        faults.is_empty(),
        "counts shown with the same words for every number; put each in a select \
         (`{{ $n -> [one] … *[other] … }}`):\n{}",
        faults.join("\n")
    );
}
