//! The Digital Credentials Consortium's own credentials (`tests/vectors/dcc-vc-test-fixtures/`)
//! give the verdict their file names document (`[registry]-[status]-[expiry]`, see
//! `tests/vectors/PROVENANCE.md`), offline and with their did:web documents and status lists
//! served. Most of them name no recipient: a note, never a failure.

#![allow(clippy::unwrap_used, clippy::expect_used)]
mod common;
#[path = "common/dcc.rs"]
mod dcc;
use badgeverify::code::{Arg, Param};
use badgeverify::{CheckId::*, Outcome::*, Report, Verdict::*};
use common::*;
use dcc::{expected, ORIGIN};
use std::path::{Path, PathBuf};

const NOW: &str = "2026-01-01T00:00:00Z";

fn root() -> PathBuf {
    repo("tests/vectors/dcc-vc-test-fixtures")
}

/// Every credential file below `verifiableCredentials/`, sorted.
fn credentials() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("verifiableCredentials"), &mut out);
    out.sort();
    assert!(
        out.len() >= 38,
        "the DCC fixtures are missing: {}",
        out.len()
    );
    out
}

/// The URL → file map of the fixtures' own origin: DID documents and status lists.
fn served() -> Vec<(String, PathBuf)> {
    let mut map = Vec::new();
    for sub in ["dids/legacy", "dids/oidf"] {
        map.push((
            format!("{ORIGIN}{sub}/did.json"),
            root().join(sub).join("did.json"),
        ));
    }
    for e in std::fs::read_dir(root().join("statusLists/didkey-ed25519Signature2020")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_owned();
        map.push((
            format!("{ORIGIN}statusLists/didkey-ed25519Signature2020/{name}"),
            p,
        ));
    }
    map
}

/// A credential without `credentialSubject.id` or `identifier` carries the note and passes
/// `schema`; one with a status list carries the short-list note once the list is read.
fn notes_hold(r: &Report, path: &Path, online: bool) -> Result<(), String> {
    if r.credential.is_none() {
        return Ok(());
    }
    let bytes = std::fs::read(path).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let subject = &doc["credentialSubject"];
    let anonymous = subject.get("id").is_none() && subject.get("identifier").is_none();
    let has = |code: &str| r.notes.iter().any(|n| n.code == code);
    if anonymous != has("no-recipient-identifier") {
        return Err(format!("no-recipient-identifier note: {:?}", r.notes));
    }
    if !r.checks.iter().any(|c| c.id == Schema && c.outcome == Pass) {
        return Err("schema did not pass".to_owned());
    }
    let short_list = online && doc.get("credentialStatus").is_some() && !name_has(path, "-expired");
    if short_list && !has("status-list-short") {
        return Err(format!("status-list-short note: {:?}", r.notes));
    }
    Ok(())
}

fn name_has(path: &Path, part: &str) -> bool {
    path.file_name().unwrap().to_str().unwrap().contains(part)
}

fn run_all(online: bool) {
    let map = served();
    let map: Vec<(&str, PathBuf)> = map.iter().map(|(u, p)| (u.as_str(), p.clone())).collect();
    let mut failures = Vec::new();
    let files = credentials();
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let r = if online {
            verify_with_map(&bytes, &at(NOW), &map).0
        } else {
            verify_file(path, NOW)
        };
        let (verdict, check) = expected(path, online);
        let rel = path.strip_prefix(root()).unwrap().display().to_string();
        let found = r.verdict.as_str() == verdict
            && check.is_none_or(|(id, outcome, code)| {
                r.checks.iter().any(|c| {
                    (c.id.as_str(), c.outcome.as_str(), c.code.as_str()) == (id, outcome, code)
                })
            });
        let judged = if found {
            Ok(())
        } else {
            Err(format!(
                "want {verdict} {check:?}, got {:?}: {}",
                r.verdict, r.summary
            ))
        };
        if let Err(e) = judged.and_then(|()| notes_hold(&r, path, online)) {
            failures.push(format!("{rel}: {e}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} DCC credentials ({}):\n{}",
        failures.len(),
        files.len(),
        if online { "online" } else { "offline" },
        failures.join("\n")
    );
}

#[test]
fn dcc_credentials_give_their_documented_verdict_offline() {
    run_all(false);
}

#[test]
fn dcc_credentials_give_their_documented_verdict_with_their_documents_served() {
    run_all(true);
}

/// Asking about a recipient of a badge that names none cannot be confirmed: amber, not red.
#[test]
fn a_recipient_asked_of_a_badge_that_names_none_is_unconfirmed_not_wrong() {
    let path =
        root().join("verifiableCredentials/v1/ed25519/didKey/noRegistry-noStatus-noExpiry.json");
    let mut opts = at(NOW);
    opts.recipient = Some("alice@example.org".to_owned());
    let r = badgeverify::verify_offline(&std::fs::read(&path).unwrap(), &opts);
    expect(
        &r,
        "asked",
        Indeterminate,
        Some((Recipient, Warn, "recipient-not-stated")),
    );
    let r = verify_file(&path, NOW);
    expect(
        &r,
        "not asked",
        Valid,
        Some((Recipient, Skip, "recipient-not-stated")),
    );
}

/// The short list's set bits (2, 6 and 8) are read as revocations.
#[test]
fn a_short_status_list_is_read_bit_by_bit() {
    use badgeverify::status::{decode_list, list_subject, status_value};
    let list =
        std::fs::read(root().join("statusLists/didkey-ed25519Signature2020/e5WK8CbZ1GjycuPombrj"))
            .unwrap();
    let list: badgeverify::json::Value = serde_json::from_slice(&list).unwrap();
    let limits = badgeverify::Limits::default();
    let bits = decode_list(list_subject(&list, "revocation").unwrap(), &limits).unwrap();
    assert_eq!(bits.len() * 8, 100_000);
    let set: Vec<u64> = (0..100_000)
        .filter(|i| status_value(&bits, *i, 1) == Ok(1))
        .collect();
    assert_eq!(set, [2, 6, 8]);
}

/// Documents that vouch for keys or status are not accepted from another site than the one
/// the badge names, even when a redirect delivered them: the key and the list stay
/// unsettled (never valid, never red).
#[test]
fn key_and_status_documents_redirected_to_another_site_are_refused() {
    let map = served();
    let map: Vec<(&str, PathBuf)> = map.iter().map(|(u, p)| (u.as_str(), p.clone())).collect();
    let input = std::fs::read(
        root().join("verifiableCredentials/v1/ed25519/didWeb/legacy-validStatus-noExpiry.json"),
    )
    .unwrap();
    let elsewhere = |url: &str| url.replace("digitalcredentials.github.io", "mirror.example");
    let (r, _) = verify_with_map_via(&input, &at(NOW), &map, elsewhere);
    expect(
        &r,
        "redirected",
        Indeterminate,
        Some((Proof, Warn, "key-unresolved")),
    );
    assert_eq!(
        r.check(Proof).unwrap().params.get(Param::Reason),
        Some(&Arg::from("redirected-off-site")),
        "{:?}",
        r.checks
    );

    let (r, _) = verify_with_map_via(&input, &at(NOW), &map, str::to_owned);
    expect(&r, "not redirected", Valid, None);
    // Only the status list moved: the key is bound, revocation is unsettled.
    let list_only = |url: &str| {
        if url.contains("/statusLists/") {
            elsewhere(url)
        } else {
            url.to_owned()
        }
    };
    let (r, _) = verify_with_map_via(&input, &at(NOW), &map, list_only);
    expect(
        &r,
        "list moved",
        Indeterminate,
        Some((Revocation, Warn, "status-list-untrusted")),
    );
    let check = r.check(Revocation).unwrap();
    assert_eq!(
        (
            check.params.get(badgeverify::code::Param::Reason),
            check.params.get(badgeverify::code::Param::Status)
        ),
        (Some(&"redirected-off-site".into()), Some(&0u64.into())),
        "{check:?}"
    );
}
