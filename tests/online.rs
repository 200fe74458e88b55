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
        r.checks
            .iter()
            .any(|c| c.params.get(badgeverify::code::Param::Status) == Some(&404u64.into())),
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

#[test]
fn a_valid_refreshed_copy_replaces_an_expired_credential_once() {
    let (sk, issuer) = jwt::did(7);
    let url = "https://issuer.example/refresh/1";
    let old = jwt::sign(
        &sk,
        &issuer,
        &jwt::credential(&issuer, "Old", "2025-06-01T00:00:00Z", Some(url)),
    );
    // The refreshed copy names a refresh service too: it must not be followed a second time.
    let fresh = jwt::sign(
        &sk,
        &issuer,
        &jwt::credential(
            &issuer,
            "Fresh",
            "2030-01-01T00:00:00Z",
            Some("https://issuer.example/refresh/2"),
        ),
    );
    let dir = std::env::temp_dir().join(format!("bv-refresh-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("fresh.jwt"), &fresh).unwrap();
    let map = [(url, dir.join("fresh.jwt"))];
    let (r, asked) = verify_with_map(old.as_bytes(), &at(NOW), &map);
    expect(
        &r,
        "refreshed",
        Valid,
        Some((Proof, Pass, "signature-valid")),
    );
    assert_eq!(
        r.badge.as_ref().and_then(|b| b.name.as_deref()),
        Some("Fresh")
    );
    assert!(
        r.notes.iter().any(|n| n.code == "credential-refreshed"
            && n.params.get(badgeverify::code::Param::Url) == Some(&url.into())),
        "{:?}",
        r.notes
    );
    assert_eq!(asked, [url], "refresh happens once");

    // Without the refreshed copy the original is judged: expired.
    let (r, _) = verify_with_map(old.as_bytes(), &at(NOW), &[]);
    expect(
        &r,
        "no refresh",
        Invalid,
        Some((ValidityPeriod, Fail, "expired")),
    );
    let not_used = r.notes.iter().find(|n| n.code == "refresh-not-used");
    assert!(
        not_used.is_some_and(
            |n| n.params.get(badgeverify::code::Param::Reason) != Some(&"not-valid".into())
        ),
        "{:?}",
        r.notes
    );

    // A refreshed copy signed by someone else is not used.
    let (other, other_did) = jwt::did(9);
    let forged = jwt::sign(
        &other,
        &other_did,
        &jwt::credential(&issuer, "Forged", "2030-01-01T00:00:00Z", None),
    );
    std::fs::write(dir.join("forged.jwt"), &forged).unwrap();
    let (r, _) = verify_with_map(old.as_bytes(), &at(NOW), &[(url, dir.join("forged.jwt"))]);
    expect(
        &r,
        "forged refresh",
        Invalid,
        Some((ValidityPeriod, Fail, "expired")),
    );
    assert!(
        r.notes.iter().any(|n| n.code == "refresh-not-used"
            && n.params.get(badgeverify::code::Param::Reason) == Some(&"not-valid".into())),
        "{:?}",
        r.notes
    );
    assert_eq!(
        r.badge.as_ref().and_then(|b| b.name.as_deref()),
        Some("Old")
    );
}

#[test]
fn endorsements_past_the_limit_are_listed_as_not_checked() {
    let input = read(&onedtech("ob30/complete.json"));
    let mut opts = at(NOW);
    opts.limits.max_endorsements = 2;
    let r = badgeverify::verify_offline(&input, &opts);
    assert_eq!(
        r.endorsements.len(),
        5,
        "{:?}",
        r.endorsements.iter().map(|e| &e.path).collect::<Vec<_>>()
    );
    let skipped: Vec<_> = r
        .endorsements
        .iter()
        .filter(|e| e.checks.iter().any(|c| c.code == "limit-exceeded"))
        .collect();
    assert_eq!(skipped.len(), 3);
    assert_eq!(
        skipped[0].checks[0]
            .params
            .get(badgeverify::code::Param::Limit),
        Some(&"max_endorsements".into())
    );
    assert_eq!(
        r.verdict, Indeterminate,
        "endorsements never change the main verdict"
    );
}

/// A hosted assertion is judged where it finally came from: a redirect off the issuer's site
/// (an open redirect, say) does not lend the issuer's name to the other host.
#[test]
fn a_hosted_assertion_is_judged_where_a_redirect_took_it() {
    let input = read(&onedtech("ob20/basic-assertion.json"));
    let assets = onedtech("ob20/assets");
    let map = [
        (
            "https://example.org/beths-robotics-badge.json",
            onedtech("ob20/basic-assertion.json"),
        ),
        (
            "https://example.org/robotics-badge.json",
            assets.join("robotics-badge.json"),
        ),
        (
            "https://example.org/organization.json",
            assets.join("organization.json"),
        ),
    ];
    let (r, _) = verify_with_map(&input, &at(NOW), &map);
    expect(
        &r,
        "served in place",
        Valid,
        Some((HostedOrigin, Pass, "hosted-origin-ok")),
    );
    let elsewhere = |url: &str| {
        if url.ends_with("beths-robotics-badge.json") {
            "https://elsewhere.example/beths-robotics-badge.json".to_owned()
        } else {
            url.to_owned()
        }
    };
    let (r, _) = verify_with_map_via(&input, &at(NOW), &map, elsewhere);
    expect(
        &r,
        "redirected elsewhere",
        Invalid,
        Some((HostedOrigin, Fail, "hosted-origin-mismatch")),
    );
}

/// A VC-JWT from the did:web `issuer`, signed by the key of `jwt::did(1)` and naming the
/// method `kid`, verified with the DID documents `docs` (URL → document) served.
fn did_web_case(
    issuer: &str,
    kid: &str,
    docs: &[(&str, serde_json::Value)],
) -> badgeverify::Report {
    let (sk, _) = jwt::did(1);
    let token = jwt::sign_as(
        &sk,
        kid,
        &jwt::credential(issuer, "Web", "2030-01-01T00:00:00Z", None),
    );
    let (r, _) = verify_answering(token.as_bytes(), &at(NOW), |url| {
        match docs.iter().find(|(u, _)| *u == url) {
            Some((_, d)) => badgeverify::Response::Ok {
                body: d.to_string().into_bytes(),
                content_type: Some("application/json".into()),
                final_url: url.to_owned(),
            },
            None => badgeverify::Response::Failed(badgeverify::FetchError::Status { status: 404 }),
        }
    });
    r
}

/// The DID document of `did`, listing under `assertionMethod` the method `vm` with
/// `controller` and the key of `jwt::did(1)`.
fn did_web_doc(did: &str, vm: &str, controller: &str) -> serde_json::Value {
    let (_, didkey) = jwt::did(1);
    serde_json::json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [{"id": vm, "type": "Multikey", "controller": controller,
            "publicKeyMultibase": &didkey[8..]}],
        "assertionMethod": [vm]
    })
}

/// did:web key lookup and binding: the document at the DID's URL (port and path included)
/// binds its own DID's methods, by absolute or relative id; a method in another DID's
/// document is never the issuer's, whatever `controller` it claims.
#[test]
fn a_did_web_document_binds_only_its_own_did() {
    let issuer = "did:web:issuer.example";
    let url = "https://issuer.example/.well-known/did.json";
    let own = |vm: &str| did_web_doc(issuer, vm, issuer);
    for (what, kid, doc) in [
        (
            "absolute ids",
            "did:web:issuer.example#k",
            own("did:web:issuer.example#k"),
        ),
        (
            "relative id in the document",
            "did:web:issuer.example#k",
            own("#k"),
        ),
    ] {
        let r = did_web_case(issuer, kid, &[(url, doc)]);
        expect(&r, what, Valid, Some((IssuerKey, Pass, "key-bound")));
    }
    let alice = "did:web:issuer.example%3A8443:users:alice";
    let vm = format!("{alice}#k");
    let r = did_web_case(
        alice,
        &vm,
        &[(
            "https://issuer.example:8443/users/alice/did.json",
            did_web_doc(alice, &vm, alice),
        )],
    );
    expect(
        &r,
        "port and path",
        Valid,
        Some((IssuerKey, Pass, "key-bound")),
    );

    // Someone else's document claiming the issuer as the controller of its key.
    let other = "did:web:other.example";
    let r = did_web_case(
        issuer,
        "did:web:other.example#k",
        &[(
            "https://other.example/.well-known/did.json",
            did_web_doc(other, "did:web:other.example#k", issuer),
        )],
    );
    expect(
        &r,
        "foreign document",
        Invalid,
        Some((IssuerKey, Fail, "key-not-issuer")),
    );
    // The same host's root DID is another DID than a path DID.
    let r = did_web_case(
        alice,
        "did:web:issuer.example#k",
        &[(url, did_web_doc(issuer, "did:web:issuer.example#k", alice))],
    );
    expect(
        &r,
        "root DID for a path DID",
        Invalid,
        Some((IssuerKey, Fail, "key-not-issuer")),
    );
    // The issuer's document listing a method controlled by someone else.
    let r = did_web_case(
        issuer,
        "did:web:issuer.example#k",
        &[(url, did_web_doc(issuer, "did:web:issuer.example#k", other))],
    );
    expect(
        &r,
        "foreign controller",
        Invalid,
        Some((IssuerKey, Fail, "key-not-issuer")),
    );
}
