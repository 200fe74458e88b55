//! Display-safe text end to end (docs/report.md, "Display-safe text"): a badge whose
//! achievement name hides a RIGHT-TO-LEFT OVERRIDE is reported with the character made
//! visible, a `hidden-characters` note at the field, the original in `credential`, and the
//! same verdict and checks as without it.

#![allow(clippy::unwrap_used, clippy::expect_used)]
mod common;
use badgeverify::json::Value;
use badgeverify::{Report, Verdict};
use common::*;

const NOW: &str = "2026-01-01T00:00:00Z";
/// Shows as "evil" wherever bidirectional text is rendered.
const SPOOF: &str = "\u{202E}live";
const SHOWN: &str = "⟨U+202E⟩live";

fn hidden_notes(r: &Report) -> Vec<&str> {
    r.notes
        .iter()
        .filter(|n| n.code == "hidden-characters")
        .filter_map(|n| n.path.as_deref())
        .collect()
}

/// The OB 3.0 interop credential with its achievement renamed `name`, verified offline.
fn credential_named(name: &str) -> Report {
    let path = repo("tests/fixtures/interop/di/vc2-ob303-eddsa-rdfc-2022.json");
    let mut doc: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    set(
        &mut doc,
        &["credentialSubject", "achievement", "name"],
        Value::from(name),
    );
    badgeverify::verify_offline(doc.to_string().as_bytes(), &at(NOW))
}

#[test]
fn an_override_in_an_achievement_name_is_shown_and_noted() {
    let r = credential_named(SPOOF);
    assert_eq!(r.badge.as_ref().unwrap().name.as_deref(), Some(SHOWN));
    assert_eq!(hidden_notes(&r), ["badge.name"]);
    let raw = &r.credential.as_ref().unwrap()["credentialSubject"]["achievement"]["name"];
    assert_eq!(
        raw.as_str(),
        Some(SPOOF),
        "the credential keeps the original"
    );
    assert!(!r.summary.to_string().contains('\u{202E}'), "{}", r.summary);
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(
        json.matches('\u{202E}').count(),
        1,
        "only `credential` holds the raw character: {json}"
    );

    // Renaming breaks the signature either way; the hidden character changes nothing else.
    let plain = credential_named("live");
    assert_eq!(r.verdict, Verdict::Invalid);
    assert_eq!(r.verdict, plain.verdict);
    assert_eq!(r.checks, plain.checks);
    assert!(hidden_notes(&plain).is_empty());
}

#[test]
fn a_valid_hosted_badge_stays_valid_with_its_name_made_safe() {
    let site = repo("tests/fixtures/interop/ob2/site");
    let mut badge: Value =
        serde_json::from_slice(&std::fs::read(site.join("badge.json")).unwrap()).unwrap();
    set(&mut badge, &["name"], Value::from(SPOOF));
    let dir = std::env::temp_dir().join(format!("badgeverify-display-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let renamed = dir.join("badge.json");
    std::fs::write(&renamed, badge.to_string()).unwrap();
    let assertion = repo("tests/fixtures/interop/ob2/hosted-valid.json");
    let map = [
        (
            "https://issuer.example/ob2/assertions/hosted-1.json",
            assertion.clone(),
        ),
        ("https://issuer.example/ob2/badge.json", renamed),
        (
            "https://issuer.example/ob2/issuer.json",
            site.join("issuer.json"),
        ),
    ];
    let (r, _) = verify_with_map(&std::fs::read(&assertion).unwrap(), &at(NOW), &map);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(r.verdict, Verdict::Valid, "{}", r.summary);
    assert_eq!(r.badge.as_ref().unwrap().name.as_deref(), Some(SHOWN));
    assert_eq!(
        r.summary.params.get(badgeverify::code::Param::Badge),
        Some(&SHOWN.into()),
        "{}",
        r.summary
    );
    assert_eq!(hidden_notes(&r), ["badge.name"]);
}
