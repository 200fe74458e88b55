//! Open Badges 0.5, 1.0 and 1.1, read and verified like 1EdTech's `badgecheck` reads them.
//!
//! The fixtures in `tests/fixtures/ob1/` are made by `scripts/ob1/regen.sh` with independent
//! Python tools (cryptography + jwcrypto for RS256, openbadges-bakery for PNG/SVG); each is
//! verified offline and with a driver that answers every URL from `site/<host>/<path>` (and
//! the HTTP statuses in `site/status.json`), against the expectations the generator wrote in
//! `manifest.json`. `cli/tests/ob1.rs` runs the same cases over real loopback HTTP.

#![allow(clippy::unwrap_used, clippy::expect_used)]
mod common;
use badgeverify::{
    verify_offline, CheckId::*, FetchError, Outcome::*, Report, Response, Spec, Verdict::*,
};
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const NOW: &str = "2026-01-01T00:00:00Z";

fn fixtures() -> PathBuf {
    repo("tests/fixtures/ob1")
}

/// A driver serving `https://<host>/<path>` from `<site>/<host>/<path>`, the statuses in
/// `<site>/status.json`, and HTTP 404 for anything else. Returns the report and every URL
/// requested.
fn verify_site(input: &[u8], opts: &badgeverify::Options, site: &Path) -> (Report, Vec<String>) {
    let status: serde_json::Map<String, Value> = std::fs::read(site.join("status.json"))
        .ok()
        .map(|b| serde_json::from_slice(&b).unwrap())
        .unwrap_or_default();
    verify_answering(input, opts, |url| {
        let file = url
            .split_once("://")
            .map(|(_, rest)| site.join(rest))
            .filter(|p| p.is_file());
        match (status.get(url), file) {
            (Some(s), _) => Response::Failed(FetchError::Status {
                status: u16::try_from(s.as_u64().unwrap()).unwrap(),
            }),
            (None, Some(p)) => Response::Ok {
                body: std::fs::read(p).unwrap(),
                content_type: Some("application/json".into()),
                final_url: url.to_owned(),
            },
            (None, None) => Response::Failed(FetchError::Status { status: 404 }),
        }
    })
}

fn options(case: &Value) -> badgeverify::Options {
    let mut o = at(case["now"].as_str().unwrap());
    o.recipient = case["recipient"].as_str().map(str::to_owned);
    o
}

/// Whether `r` has the expected verdict and, when the expectation names one, a check with
/// that id and code.
fn meets_expectation(r: &Report, want: &Value) -> Result<(), String> {
    let verdict = serde_json::to_value(r.verdict).unwrap();
    let dump = || {
        r.checks
            .iter()
            .map(|c| format!("{}/{}/{}", c.id.as_str(), c.outcome.as_str(), c.code))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if verdict != want["verdict"] {
        return Err(format!(
            "verdict {verdict}, want {} ({}) [{}]",
            want["verdict"],
            r.summary,
            dump()
        ));
    }
    if let (Some(id), Some(code)) = (want["check"].as_str(), want["code"].as_str()) {
        if !r
            .checks
            .iter()
            .any(|c| c.id.as_str() == id && c.code == code)
        {
            return Err(format!("no {id}/{code} check [{}]", dump()));
        }
    }
    Ok(())
}

fn manifest() -> Vec<Value> {
    let text = std::fs::read_to_string(fixtures().join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_fixture_meets_its_offline_and_online_expectation() {
    let cases = manifest();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let file = case["file"].as_str().unwrap();
        let input = std::fs::read(fixtures().join(file)).unwrap();
        let opts = options(case);
        let offline = verify_offline(&input, &opts);
        if let Err(e) = meets_expectation(&offline, &case["offline"]) {
            failures.push(format!("{file} offline: {e}"));
        }
        let (online, _) = verify_site(&input, &opts, &fixtures().join("site"));
        if let Err(e) = meets_expectation(&online, &case["online"]) {
            failures.push(format!("{file} online: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_names_its_version() {
    for case in manifest() {
        let file = case["file"].as_str().unwrap();
        let input = std::fs::read(fixtures().join(file)).unwrap();
        let (r, _) = verify_site(&input, &options(&case), &fixtures().join("site"));
        let name = Path::new(file).file_name().unwrap().to_str().unwrap();
        let want = if name.contains("ob05") {
            Spec::Ob05
        } else if name.contains("ob10") {
            Spec::Ob10
        } else {
            Spec::Ob11
        };
        assert_eq!(r.format.spec, Some(want), "{file}");
        assert!(
            r.notes.iter().any(|n| n.code == "legacy-version"),
            "{file}: {:?}",
            r.notes
        );
        // Being old is never itself a failure: no schema failure for any of them.
        assert_ne!(
            r.check(Schema).unwrap().outcome,
            Fail,
            "{file}: {:?}",
            r.checks
        );
    }
}

#[test]
fn hosted_10_is_fetched_from_verify_url_and_its_documents_from_their_urls() {
    let input = std::fs::read(fixtures().join("inputs/ob10-hosted.json")).unwrap();
    let (r, asked) = verify_site(&input, &at(NOW), &fixtures().join("site"));
    expect(
        &r,
        "1.0 hosted",
        Valid,
        Some((HostedOrigin, Pass, "hosted-origin-ok")),
    );
    assert_eq!(
        asked,
        [
            "https://badges.example.edu/ob10/assertions/1.json",
            "https://badges.example.edu/ob10/badge.json",
            "https://badges.example.edu/ob10/issuer.json",
        ]
    );
    assert_eq!(r.format.proof.as_deref(), Some("hosted"));
    assert_eq!(r.issued.as_deref(), Some("2013-06-01T00:00:00Z"));
    let issuer = r.issuer.as_ref().unwrap();
    assert_eq!(issuer.name.as_deref(), Some("Example University Badges"));
    assert_eq!(issuer.host.as_deref(), Some("badges.example.edu"));
    assert_eq!(
        r.badge.as_ref().unwrap().name.as_deref(),
        Some("Robot Building 101")
    );
}

#[test]
fn every_date_form_of_1x_is_read() {
    for (file, issued, expires) in [
        ("ob10-date-date-only.json", "2013-06-01T00:00:00Z", None),
        (
            "ob10-date-datetime-utc.json",
            "2013-06-01T12:30:00Z",
            Some("2030-05-31T22:00:00Z"),
        ),
        (
            "ob10-date-datetime-naive.json",
            "2013-06-01T12:30:00Z",
            None,
        ),
        (
            "ob10-date-unix-string.json",
            "2013-06-01T00:00:00Z",
            Some("2031-01-01T00:00:00Z"),
        ),
        ("ob10-date-unix-fraction.json", "2013-06-01T00:00:00Z", None),
        ("ob10-hosted.json", "2013-06-01T00:00:00Z", None),
    ] {
        let input = std::fs::read(fixtures().join("inputs").join(file)).unwrap();
        let r = verify_offline(&input, &at(NOW));
        assert_eq!(r.issued.as_deref(), Some(issued), "{file}");
        assert_eq!(r.expires.as_deref(), expires, "{file}");
        let c = r.check(ValidityPeriod).unwrap();
        assert_eq!((c.outcome, c.code.as_str()), (Pass, "in-period"), "{file}");
    }
    // 0.5 wrote `issued_on`.
    let input = std::fs::read(fixtures().join("inputs/ob05.json")).unwrap();
    assert_eq!(
        verify_offline(&input, &at(NOW)).issued.as_deref(),
        Some("2012-11-01T00:00:00Z")
    );
}

#[test]
fn signed_1x_binds_the_key_by_the_issuers_host_and_reads_the_1x_revocation_list() {
    let site = fixtures().join("site");
    let input = std::fs::read(fixtures().join("inputs/ob10-signed.jws")).unwrap();
    let (r, asked) = verify_site(&input, &at(NOW), &site);
    expect(
        &r,
        "1.0 signed",
        Valid,
        Some((IssuerKey, Pass, "key-bound")),
    );
    expect(
        &r,
        "1.0 signed",
        Valid,
        Some((Revocation, Pass, "not-revoked")),
    );
    assert!(asked.contains(&"https://badges.example.edu/ob1/key.pem".to_owned()));
    assert!(asked.contains(&"https://badges.example.edu/ob10/revoked.json".to_owned()));
    assert_eq!(r.format.proof.as_deref(), Some("jws-rs256"));

    let input = std::fs::read(fixtures().join("inputs/neg-ob10-signed-revoked.jws")).unwrap();
    let (r, _) = verify_site(&input, &at(NOW), &site);
    expect(&r, "revoked", Invalid, Some((Revocation, Fail, "revoked")));
    // The issuer's reason travels as the `revocationReason` param.
    let c = r.check(Revocation).unwrap();
    let reason = c.params.get(badgeverify::code::Param::RevocationReason);
    assert_eq!(reason, Some(&"Issued in error".into()), "{:?}", r.checks);
    // Without the issuer the key cannot be tied to anyone: never valid.
    let input = std::fs::read(fixtures().join("inputs/ob10-signed.jws")).unwrap();
    let empty = tempdir("no-issuer");
    std::fs::create_dir_all(empty.join("badges.example.edu/ob1")).unwrap();
    std::fs::copy(
        site.join("badges.example.edu/ob1/key.pem"),
        empty.join("badges.example.edu/ob1/key.pem"),
    )
    .unwrap();
    let (r, _) = verify_site(&input, &at(NOW), &empty);
    expect(
        &r,
        "no issuer",
        Indeterminate,
        Some((Proof, Pass, "signature-valid")),
    );
    expect(
        &r,
        "no issuer",
        Indeterminate,
        Some((IssuerKey, Warn, "issuer-unavailable")),
    );
}

/// A fresh scratch directory for one test.
fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bv-ob1-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_ob10_specification_example_is_valid_when_its_documents_are_served() {
    let dir = repo("tests/data/ob1-spec-example");
    let input = std::fs::read(dir.join("beths-robotics-badge.json")).unwrap();
    let r = verify_offline(&input, &at(NOW));
    expect(
        &r,
        "offline",
        Indeterminate,
        Some((Proof, Warn, "hosted-unreachable")),
    );
    assert_eq!(r.format.spec, Some(Spec::Ob10));
    assert_ne!(r.check(Schema).unwrap().outcome, Fail, "{:?}", r.checks);

    let map = [
        (
            "https://example.org/beths-robotics-badge.json",
            dir.join("beths-robotics-badge.json"),
        ),
        (
            "https://example.org/robotics-badge.json",
            dir.join("robotics-badge.json"),
        ),
        (
            "https://example.org/organization.json",
            dir.join("organization.json"),
        ),
    ];
    let (r, asked) = verify_with_map(&input, &at(NOW), &map);
    expect(&r, "served", Valid, Some((Proof, Pass, "hosted-fetched")));
    // What the 2.0 reading used to fail (`@context`, `type`, `id` missing) is no deviation
    // for 1.0: the only note says which version it is.
    let notes: Vec<&str> = r.notes.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(notes, ["legacy-version"], "{:?}", r.notes);
    expect(
        &r,
        "served",
        Valid,
        Some((HostedOrigin, Pass, "hosted-origin-ok")),
    );
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert_eq!(r.issued.as_deref(), Some("2013-01-26T16:31:50Z"));
    assert_eq!(
        r.issuer.as_ref().unwrap().name.as_deref(),
        Some("An Example Badge Issuer")
    );
    // The example's own hash: sha256("…" + "deadsea"); someone else is not its recipient.
    let mut opts = at(NOW);
    opts.recipient = Some("someone@example.org".into());
    let (r, _) = verify_with_map(&input, &opts, &map);
    expect(
        &r,
        "other recipient",
        Invalid,
        Some((Recipient, Fail, "recipient-mismatch")),
    );

    // The same example with its issuer hosted elsewhere: the assertion is no longer on the
    // issuer's host.
    let map = [
        (map[0].0, map[0].1.clone()),
        (map[1].0, moved_badge_class(&dir)),
        (
            "https://other.example.com/organization.json",
            dir.join("organization.json"),
        ),
    ];
    let (r, _) = verify_with_map(&input, &at(NOW), &map);
    expect(
        &r,
        "issuer elsewhere",
        Invalid,
        Some((HostedOrigin, Fail, "hosted-origin-mismatch")),
    );
}

/// The example BadgeClass with its `issuer` moved to another host.
fn moved_badge_class(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(dir.join("robotics-badge.json")).unwrap();
    let moved = text.replace(
        "https://example.org/organization.json",
        "https://other.example.com/organization.json",
    );
    assert_ne!(moved, text);
    let out = tempdir("moved").join("robotics-badge.json");
    std::fs::write(&out, moved).unwrap();
    out
}

#[test]
fn recipient_05_string_and_1x_identity_objects_are_compared() {
    for (file, wanted, ok) in [
        ("ob05.json", "learner@example.org", true),
        ("ob05.json", "LEARNER@example.org", true),
        ("ob05.json", "other@example.org", false),
        ("ob10-hosted.json", "learner@example.org", true),
        ("ob10-hosted.json", "other@example.org", false),
        ("ob11-hosted.json", "learner@example.org", true),
    ] {
        let input = std::fs::read(fixtures().join("inputs").join(file)).unwrap();
        let mut opts = at(NOW);
        opts.recipient = Some(wanted.into());
        let r = verify_offline(&input, &opts);
        let c = r.check(Recipient).unwrap();
        let want = if ok {
            (Pass, "recipient-match")
        } else {
            (Fail, "recipient-mismatch")
        };
        assert_eq!((c.outcome, c.code.as_str()), want, "{file} {wanted}");
    }
    // 0.5 with a plain (unhashed) email recipient.
    let plain = serde_json::json!({"recipient": "learner@example.org", "issued_on": "2012-11-01",
        "badge": {"name": "n", "description": "d", "image": "https://x.example/i.png",
            "criteria": "https://x.example/c", "issuer": {"origin": "https://x.example", "name": "X"}}});
    let mut opts = at(NOW);
    opts.recipient = Some("learner@example.org".into());
    let r = verify_offline(plain.to_string().as_bytes(), &opts);
    assert_eq!(r.format.spec, Some(Spec::Ob05));
    expect(
        &r,
        "plain 0.5",
        Indeterminate,
        Some((Recipient, Pass, "recipient-match")),
    );
    assert_eq!(
        r.issuer.as_ref().unwrap().host.as_deref(),
        Some("x.example")
    );
}

/// A copy of the issuer's 1.0 assertion, BadgeClass and IssuerOrganization in a scratch
/// site, with `member` removed from the document at `path`.
fn site_without(name: &str, path: &str, member: &str) -> PathBuf {
    let site = tempdir(name);
    for rel in [
        "ob10/assertions/1.json",
        "ob10/badge.json",
        "ob10/issuer.json",
    ] {
        let from = fixtures().join("site/badges.example.edu").join(rel);
        let to = site.join("badges.example.edu").join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        let mut doc: Value = serde_json::from_slice(&std::fs::read(from).unwrap()).unwrap();
        if rel == path {
            assert!(doc.as_object_mut().unwrap().remove(member).is_some());
        }
        std::fs::write(to, doc.to_string()).unwrap();
    }
    site
}

#[test]
fn a_1x_assertion_whose_meaning_cannot_be_read_still_fails_schema() {
    let input = std::fs::read(fixtures().join("inputs/ob10-hosted.json")).unwrap();
    // The copies as served are complete: valid.
    let (r, _) = verify_site(&input, &at(NOW), &site_without("complete", "-", "-"));
    expect(&r, "complete", Valid, None);
    // Old is fine; no BadgeClass at all is not: nothing says what was achieved.
    let site = site_without("no-badge", "ob10/assertions/1.json", "badge");
    let (r, _) = verify_site(&input, &at(NOW), &site);
    expect(
        &r,
        "no badge",
        Invalid,
        Some((Schema, Fail, "schema-invalid")),
    );
    // A 1.0 BadgeClass without an issuer: nobody vouches for it.
    let site = site_without("no-issuer-class", "ob10/badge.json", "issuer");
    let (r, _) = verify_site(&input, &at(NOW), &site);
    expect(
        &r,
        "no issuer",
        Invalid,
        Some((Schema, Fail, "schema-invalid")),
    );
}

#[test]
fn odd_1x_shapes_give_a_report_and_never_valid() {
    let site = fixtures().join("site");
    for doc in [
        serde_json::json!({"recipient": 5, "badge": "https://badges.example.edu/ob10/badge.json", "verify": "hosted"}),
        serde_json::json!({"recipient": [], "badge": 7, "verify": {"type": ["hosted"], "url": 3}, "issuedOn": {}}),
        serde_json::json!({"recipient": "sha256$zz", "salt": 5, "issued_on": [1], "badge": {"issuer": "no-colon"}}),
        serde_json::json!({"recipient": "", "badge": {"issuer": {"origin": ""}}}),
        serde_json::json!({"recipient": "a@b.c", "badge": {"issuer": {"origin": 7, "name": []}}}),
        serde_json::json!({"@context": "https://w3id.org/openbadges/v1", "badge": {},
            "verify": {"type": "hosted", "url": "https://badges.example.edu/ob10/revoked.json"}}),
        serde_json::json!({"recipient": {"identity": "x"}, "badge": "x",
            "verify": {"type": "hosted", "url": "https://badges.example.edu/ob1/key.pem"}}),
    ] {
        let input = doc.to_string();
        let r = verify_offline(input.as_bytes(), &at(NOW));
        assert_ne!(r.verdict, Valid, "{input}");
        let (r, _) = verify_site(input.as_bytes(), &at(NOW), &site);
        assert_ne!(r.verdict, Valid, "{input}: {:?}", r.checks);
    }
    // A date that is none of the 1.x forms (a dot with no fraction) is not a date: the
    // period stays unsettled.
    let odd = serde_json::json!({"recipient": {"identity": "x"}, "issuedOn": "1370044800.",
        "badge": "https://badges.example.edu/ob10/badge.json",
        "verify": {"type": "hosted", "url": "https://badges.example.edu/ob10/assertions/1.json"}});
    let r = verify_offline(odd.to_string().as_bytes(), &at(NOW));
    expect(
        &r,
        "odd date",
        Indeterminate,
        Some((ValidityPeriod, Warn, "date-invalid")),
    );
    // The issuer's server answers something that is not a key at verify.url: the signature
    // cannot be checked under the issuer's key, so never valid.
    let broken = tempdir("broken-key");
    copy_dir(&site, &broken);
    std::fs::write(
        broken.join("badges.example.edu/ob1/key.pem"),
        std::fs::read(site.join("badges.example.edu/ob10/badge.png")).unwrap(),
    )
    .unwrap();
    let input = std::fs::read(fixtures().join("inputs/ob10-signed.jws")).unwrap();
    let (r, _) = verify_site(&input, &at(NOW), &broken);
    expect(
        &r,
        "a PNG at the key URL",
        Invalid,
        Some((Proof, Fail, "pem-invalid")),
    );
    std::fs::write(
        broken.join("badges.example.edu/ob1/key.pem"),
        b"{\"id\": 1}",
    )
    .unwrap();
    let (r, _) = verify_site(&input, &at(NOW), &broken);
    expect(
        &r,
        "JSON without a key",
        Invalid,
        Some((Proof, Fail, "key-invalid")),
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
