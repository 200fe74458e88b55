//! Deviations real issuers make that weaken nothing a badge proves: each is a note, never a
//! red verdict; and the contradictions that do break something stay red. Inputs are VC-JWTs
//! signed here by a did:key issuer (`common::jwt`), so each case differs from a valid badge
//! in exactly one way.

#![allow(clippy::unwrap_used, clippy::expect_used)]
mod common;
use badgeverify::{verify_offline, CheckId::*, Outcome::*, Report, Verdict::*};
use common::*;
use serde_json::{json, Value};

const NOW: &str = "2026-01-01T00:00:00Z";

/// A VC 1.1 VC-JWT (`vc` claim) by a did:key issuer, with `edit` applied to the claims.
fn vc11(edit: impl FnOnce(&mut Value)) -> Report {
    let (sk, issuer) = jwt::did(9);
    let mut vc = jwt::credential(&issuer, "Lenient", "2030-01-01T00:00:00Z", None);
    vc["@context"] = json!([
        "https://www.w3.org/2018/credentials/v1",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    ]);
    let o = vc.as_object_mut().unwrap();
    let from = o.remove("validFrom").unwrap();
    o.insert("issuanceDate".into(), from);
    o.remove("validUntil");
    let mut claims = json!({
        "iss": issuer,
        "jti": vc["id"],
        "sub": vc["credentialSubject"]["id"],
        "nbf": 1_735_689_600, // 2025-01-01T00:00:00Z
        "vc": vc,
    });
    edit(&mut claims);
    verify_offline(jwt::sign(&sk, &issuer, &claims).as_bytes(), &at(NOW))
}

fn has_note(r: &Report, code: &str, path: &str) -> bool {
    r.notes
        .iter()
        .any(|n| n.code == code && n.path.as_deref() == Some(path))
}

#[test]
fn the_untouched_token_is_valid_without_notes() {
    let r = vc11(|_| {});
    expect(
        &r,
        "baseline",
        Valid,
        Some((Proof, Pass, "signature-valid")),
    );
    assert!(r.notes.is_empty(), "{:?}", r.notes);
}

#[test]
fn jwt_claims_that_differ_from_the_credential_are_notes() {
    let r = vc11(|c| c["iss"] = json!(format!("{}/", c["iss"].as_str().unwrap())));
    expect(&r, "iss", Valid, None);
    assert!(has_note(&r, "jwt-claim-differs", "iss"), "{:?}", r.notes);
    let r = vc11(|c| c["jti"] = json!("urn:uuid:other"));
    expect(&r, "jti", Valid, None);
    assert!(has_note(&r, "jwt-claim-differs", "jti"));
    // `nbf` a few seconds after `issuanceDate`: both are judged, both are in the past.
    let r = vc11(|c| c["nbf"] = json!(1_735_689_605));
    expect(&r, "nbf", Valid, None);
    assert!(has_note(&r, "jwt-claim-differs", "nbf"));
    // ...but an `exp` in the past is an expiry, whatever the credential says.
    let r = vc11(|c| c["exp"] = json!(1_750_000_000));
    expect(&r, "exp", Invalid, Some((ValidityPeriod, Fail, "expired")));
}

#[test]
fn an_iss_naming_another_issuer_is_red() {
    let r = vc11(|c| c["iss"] = json!("did:example:someone-else"));
    expect(
        &r,
        "iss",
        Invalid,
        Some((Payload, Fail, "jwt-claims-mismatch")),
    );
}

#[test]
fn a_sub_naming_another_recipient_is_red() {
    let r = vc11(|c| c["sub"] = json!("did:example:someone-else"));
    expect(
        &r,
        "sub",
        Invalid,
        Some((Payload, Fail, "jwt-claims-mismatch")),
    );
}

#[test]
fn dates_in_legacy_forms_are_notes_and_still_judged() {
    let r = vc11(|c| c["vc"]["issuanceDate"] = json!("2025-01-01"));
    expect(
        &r,
        "bare date",
        Valid,
        Some((ValidityPeriod, Pass, "in-period")),
    );
    assert!(
        has_note(&r, "date-lenient", "issuanceDate"),
        "{:?}",
        r.notes
    );
    let r = vc11(|c| c["vc"]["expirationDate"] = json!("2025-06-01"));
    expect(
        &r,
        "bare past expiry",
        Invalid,
        Some((ValidityPeriod, Fail, "expired")),
    );
    // An empty expiry is no expiry.
    let r = vc11(|c| c["vc"]["expirationDate"] = json!(""));
    expect(&r, "empty expiry", Valid, None);
}

#[test]
fn an_unreadable_date_leaves_the_period_unsettled_not_broken() {
    let r = vc11(|c| c["vc"]["expirationDate"] = json!("next summer"));
    expect(
        &r,
        "unreadable expiry",
        Indeterminate,
        Some((ValidityPeriod, Warn, "date-invalid")),
    );
    // A readable expiry in the past is still red beside an unreadable start.
    let r = vc11(|c| {
        c["vc"]["issuanceDate"] = json!("soon");
        c.as_object_mut().unwrap().remove("nbf");
        c["vc"]["expirationDate"] = json!("2025-06-01T00:00:00Z");
    });
    expect(
        &r,
        "expired",
        Invalid,
        Some((ValidityPeriod, Fail, "expired")),
    );
}

/// Two different deviations at one place are both reported (a note is only dropped when the
/// very same one comes again, from a document read twice).
#[test]
fn two_deviations_at_one_path_are_two_notes() {
    let r = vc11(|c| c["vc"]["@context"] = json!(["https://example.org/context"]));
    expect(&r, "contexts", Valid, None);
    let at_context = r
        .notes
        .iter()
        .filter(|n| n.code == "nonstandard-context" && n.path.as_deref() == Some("@context"))
        .count();
    assert_eq!(at_context, 2, "{:?}", r.notes);
}
