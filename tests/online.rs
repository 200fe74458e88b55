//! The network-backed paths of the core, driven by a map of URL → document (no sockets
//! here; the CLI's HTTP driver has its own loopback-server tests): controller documents,
//! status lists, revocation lists, and what happens when they are missing or wrong.

#![allow(clippy::unwrap_used, clippy::expect_used)]
mod common;
use badgeverify::{CheckId::*, Outcome::*, Verdict::*};
use common::*;

const NOW: &str = "2026-01-01T00:00:00Z";
const ISSUER: &str = "https://1edtech.edu/issuers/565049";
const TESTLIST: &str = "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist";

fn read(p: &std::path::Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn a_controller_document_that_lists_the_fragment_key_binds_it() {
    let input = read(&onedtech("ob30/simple-did-web-method.json"));
    let map = [(ISSUER, repo("tests/data/online/1edtech-issuer-565049.json"))];
    let (r, asked) = verify_with_map(&input, &at(NOW), &map);
    expect(
        &r,
        "simple-did-web-method",
        Valid,
        Some((IssuerKey, Pass, "key-bound")),
    );
    assert_eq!(asked, [ISSUER]);
}

#[test]
fn a_controller_document_without_the_key_does_not_bind_it() {
    let input = read(&onedtech("ob30/simple-did-web-method.json"));
    let map = [(ISSUER, repo("tests/data/online/other-controller.json"))];
    let (r, _) = verify_with_map(&input, &at(NOW), &map);
    expect(
        &r,
        "other controller",
        Indeterminate,
        Some((IssuerKey, Warn, "key-from-fragment")),
    );
}

#[test]
fn a_missing_controller_document_leaves_the_key_unproven() {
    let input = read(&onedtech("ob30/simple-did-web-method.json"));
    let (r, _) = verify_with_map(&input, &at(NOW), &[]);
    expect(
        &r,
        "404",
        Indeterminate,
        Some((IssuerKey, Warn, "key-from-fragment")),
    );
    assert!(
        r.checks.iter().any(|c| c.message.contains("HTTP 404")),
        "{:?}",
        r.checks
    );
}

#[test]
fn bitstring_status_list_bit_23_revokes() {
    for f in [
        "ob30/bit-string-list/credential-status-revoked.json",
        "ob30/bit-string-list/credential-status-revoked-blank-nodes.json",
    ] {
        let input = read(&onedtech(f));
        let map = [
            (ISSUER, repo("tests/data/online/1edtech-issuer-565049.json")),
            (TESTLIST, onedtech("ob30/bit-string-list/testlist")),
        ];
        let (r, _) = verify_with_map(&input, &at(NOW), &map);
        expect(&r, f, Invalid, Some((Revocation, Fail, "revoked")));
        expect(&r, f, Invalid, Some((Proof, Pass, "signature-valid")));
    }
}

#[test]
fn an_untrusted_status_list_is_not_believed() {
    // Without the controller document the list's own key is unproven: the status is unknown.
    let input = read(&onedtech(
        "ob30/bit-string-list/credential-status-revoked.json",
    ));
    let map = [(TESTLIST, onedtech("ob30/bit-string-list/testlist"))];
    let (r, _) = verify_with_map(&input, &at(NOW), &map);
    expect(
        &r,
        "untrusted list",
        Indeterminate,
        Some((Revocation, Warn, "status-list-untrusted")),
    );
}

#[test]
fn onedtech_revocation_list_unreachable_is_indeterminate() {
    let input = read(&onedtech("ob30/complete.json"));
    let map = [(ISSUER, repo("tests/data/online/1edtech-issuer-565049.json"))];
    let (r, asked) = verify_with_map(&input, &at(NOW), &map);
    expect(
        &r,
        "complete",
        Indeterminate,
        Some((Revocation, Warn, "status-unreachable")),
    );
    assert!(asked.iter().any(|u| u.contains("revocations")), "{asked:?}");
}
