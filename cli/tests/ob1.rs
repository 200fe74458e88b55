//! Open Badges 0.5 / 1.0 / 1.1 through the built `badgeverify` binary and its real HTTP
//! client, against a server on 127.0.0.1.
//!
//! The fixtures (`tests/fixtures/ob1/`, made by `scripts/ob1/regen.sh` with Python's
//! cryptography, jwcrypto and openbadges-bakery) keep their real URLs
//! (`https://badges.example.edu/…`, `https://elsewhere.example.net/…`); `--map-origin` sends
//! each origin to the loopback server's `/<host>/` and every other http(s) URL to
//! `/__unmapped__/`, which no test may hit. Expectations come from the fixtures'
//! `manifest.json` (`online`), as the core's `tests/ob1.rs` reads them too.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "../../tests/common/server.rs"]
mod server;

use common::{badgeverify, repo};
use serde_json::Value;
use server::{Reply, Server};
use std::path::{Path, PathBuf};
use std::process::Command;

const HOSTS: [&str; 3] = ["badges.example.edu", "elsewhere.example.net", "example.org"];

fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/ob1")
}

/// The fixtures' site, the 410 answers of `site/status.json`, and the OB 1.0 specification's
/// example documents under `/example.org/`.
fn site() -> Server {
    let site = fixtures().join("site");
    let mut b = Server::builder()
        .mount("/badges.example.edu/", site.join("badges.example.edu"))
        .mount(
            "/elsewhere.example.net/",
            site.join("elsewhere.example.net"),
        )
        .mount("/example.org/", repo().join("tests/data/ob1-spec-example"));
    let status: serde_json::Map<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(site.join("status.json")).unwrap()).unwrap();
    for (url, code) in status {
        let path = url.strip_prefix("https:/").unwrap().to_owned();
        let code = u16::try_from(code.as_u64().unwrap()).unwrap();
        b = b.route(&path, Reply::Status(code));
    }
    b.start()
}

/// Runs `verify --json` on `input` with the origins mapped to `server`.
fn verify(server: &Server, input: &Path, recipient: Option<&str>, now: &str) -> Value {
    let mut cmd = badgeverify();
    cmd.args(["verify", "--json", "--now", now]);
    for host in HOSTS {
        cmd.arg("--map-origin")
            .arg(format!("https://{host}/={}/{host}/", server.origin()));
    }
    for scheme in ["https", "http"] {
        cmd.arg("--map-origin").arg(format!(
            "{scheme}://={}/__unmapped__/{scheme}/",
            server.origin()
        ));
    }
    if let Some(r) = recipient {
        cmd.args(["--recipient", r]);
    }
    let out = cmd.arg(input).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn dump(report: &Value) -> String {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{}/{}/{}", c["id"], c["outcome"], c["code"]))
        .collect::<Vec<_>>()
        .join(" ")
}

fn meets(report: &Value, want: &Value) -> Result<(), String> {
    if report["verdict"] != want["verdict"] {
        return Err(format!(
            "verdict {}, want {} ({}) [{}]",
            report["verdict"],
            want["verdict"],
            report["summary"],
            dump(report)
        ));
    }
    if let (Some(id), Some(code)) = (want["check"].as_str(), want["code"].as_str()) {
        let found = report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == id && c["code"] == code);
        if !found {
            return Err(format!("no {id}/{code} check [{}]", dump(report)));
        }
    }
    Ok(())
}

#[test]
fn every_ob1_fixture_meets_its_online_expectation_over_http() {
    let server = site();
    let text = std::fs::read_to_string(fixtures().join("manifest.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    for case in &cases {
        let file = case["file"].as_str().unwrap();
        let report = verify(
            &server,
            &fixtures().join(file),
            case["recipient"].as_str(),
            case["now"].as_str().unwrap(),
        );
        if let Err(e) = meets(&report, &case["online"]) {
            failures.push(format!("{file}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let stray: Vec<String> = server
        .paths()
        .into_iter()
        .filter(|p| p.starts_with("/__unmapped__/"))
        .collect();
    assert!(stray.is_empty(), "requests outside the fixtures: {stray:?}");
    // The 1.0 documents were really fetched from their URLs over HTTP.
    for path in [
        "/badges.example.edu/ob10/assertions/1.json",
        "/badges.example.edu/ob10/badge.json",
        "/badges.example.edu/ob10/issuer.json",
        "/badges.example.edu/ob1/key.pem",
        "/badges.example.edu/ob10/revoked.json",
        "/badges.example.edu/ob10/assertions/gone.json",
    ] {
        assert!(server.hits(path) >= 1, "{path} never requested");
    }
}

#[test]
fn the_ob10_specification_example_is_valid_over_http_and_indeterminate_offline() {
    let server = site();
    let input = repo().join("tests/data/ob1-spec-example/beths-robotics-badge.json");
    let r = verify(&server, &input, None, "2026-01-01T00:00:00Z");
    assert_eq!(r["verdict"], "valid", "{} [{}]", r["summary"], dump(&r));
    assert_eq!(r["format"]["spec"], "ob1.0");
    assert_eq!(r["issuer"]["name"], "An Example Badge Issuer");
    for path in [
        "/example.org/beths-robotics-badge.json",
        "/example.org/robotics-badge.json",
        "/example.org/organization.json",
    ] {
        assert_eq!(server.hits(path), 1, "{path}");
    }

    let out = Command::new(env!("CARGO_BIN_EXE_badgeverify"))
        .args([
            "verify",
            "--json",
            "--offline",
            "--now",
            "2026-01-01T00:00:00Z",
        ])
        .arg(&input)
        .output()
        .unwrap();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["verdict"], "indeterminate", "{}", r["summary"]);
    assert_eq!(out.status.code(), Some(3));
}
