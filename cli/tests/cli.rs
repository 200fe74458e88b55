//! Runs the built `badgeverify` binary: exit codes, `--json` shape, plain output, directory
//! and stdin inputs. Expected reports come from the core library called in-process, so the
//! tests hold whatever the core's verdicts become.

// Test helpers outside `#[test]` functions unwrap too; a failure there is a test failure.
#![allow(clippy::unwrap_used)]
mod common;

use badgeverify::{verify_offline, Options, Timestamp, Verdict};
use common::repo;
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const NOW: &str = "2026-01-01T00:00:00Z";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_badgeverify"));
    c.env_remove("NO_COLOR");
    // English, whatever the machine's locale.
    c.env("LC_ALL", "C");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).stdin(Stdio::null()).output().unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn vector(rel: &str) -> PathBuf {
    repo()
        .join("tests/vectors/1edtech-validator/inspector-vc/src/test/resources")
        .join(rel)
}

/// A fresh, empty scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    common::scratch("cli-tests", name)
}

/// The report the core gives in-process, as JSON, without its summary (see [`core_part`]).
fn expected(bytes: &[u8], recipient: Option<&str>) -> Value {
    let mut options = Options::new(Timestamp::parse_rfc3339(NOW).unwrap());
    options.recipient = recipient.map(str::to_owned);
    let mut v = serde_json::to_value(verify_offline(bytes, &options)).unwrap();
    core_part(&mut v);
    v
}

/// What of a report comes from the core: without the text the CLI renders from the
/// catalogs (`lang`, `summary`, each check's `name`, `message` and `detail`, each note's
/// `message` and `detail`), which `cli/src/messages.rs` and the parity test check.
fn core_part(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(core_part),
        Value::Object(o) => {
            for key in ["lang", "summary", "name", "message", "detail"] {
                o.remove(key);
            }
            for key in ["report", "checks", "notes", "endorsements"] {
                if let Some(inner) = o.get_mut(key) {
                    core_part(inner);
                }
            }
        }
        _ => {}
    }
}

fn exit_for(verdict: Verdict) -> i32 {
    match verdict {
        Verdict::Valid => 0,
        Verdict::Invalid => 1,
        Verdict::Error => 2,
        Verdict::Indeterminate => 3,
    }
}

/// The JSON the CLI printed, as rendered (with its messages).
fn json_rendered(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// The JSON the CLI printed, less its rendered text ([`core_part`]).
fn json_out(out: &Output) -> Value {
    let mut v = json_rendered(out);
    core_part(&mut v);
    v
}

#[test]
fn json_of_one_input_is_exactly_the_cores_report() {
    for rel in [
        "ob30/simple-json.png",
        "ob30/simple.json",
        "ob20/basic-assertion.json",
    ] {
        let path = vector(rel);
        let bytes = std::fs::read(&path).unwrap();
        let want = expected(&bytes, None);
        let out = run(&[
            "verify",
            "--json",
            "--offline",
            "--now",
            NOW,
            path.to_str().unwrap(),
        ]);
        let got = json_out(&out);
        assert_eq!(got, want, "{rel}");
        let verdict: Verdict = serde_json::from_value(got["verdict"].clone()).unwrap();
        assert_eq!(out.status.code(), Some(exit_for(verdict)), "{rel}");
    }
}

#[test]
fn recipient_is_passed_to_the_core() {
    let path = vector("ob30/simple.json");
    let bytes = std::fs::read(&path).unwrap();
    let out = run(&[
        "verify",
        "--json",
        "--offline",
        "--now",
        NOW,
        "--recipient",
        "someone@example.org",
        path.to_str().unwrap(),
    ]);
    assert_eq!(
        json_out(&out),
        expected(&bytes, Some("someone@example.org"))
    );
}

#[test]
fn unreadable_file_is_an_error_report_and_exit_2() {
    let missing = scratch("missing").join("no-such-badge.png");
    let out = run(&[
        "verify",
        "--offline",
        "--json",
        "--now",
        NOW,
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let v = json_rendered(&out);
    assert_eq!(v["verdict"], "error");
    assert_eq!(v["checks"][0]["code"], "unreadable-input");
    assert_eq!(v["checks"][0]["params"]["reason"], "not-found");
    assert!(v["checks"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("no-such-badge.png"));
    assert!(v["summary"]
        .as_str()
        .unwrap()
        .contains("could not be opened"));

    // Plain output says so too, and an error outranks everything else in the exit status.
    let good = vector("ob30/simple.json");
    let out = run(&[
        "verify",
        "--offline",
        "--now",
        NOW,
        good.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("no-such-badge.png  Could not be checked  This file could not be opened"),
        "{text}"
    );
}

#[test]
fn several_inputs_give_an_array_and_the_worst_exit_code() {
    let a = vector("ob30/simple.json");
    let b = vector("ob20/basic-assertion.json");
    let out = run(&[
        "verify",
        "--offline",
        "--json",
        "--now",
        NOW,
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    let v = json_out(&out);
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 2);
    let mut worst = 0;
    for (item, path) in items.iter().zip([&a, &b]) {
        assert_eq!(item["input"], path.to_str().unwrap());
        assert_eq!(
            item["report"],
            expected(&std::fs::read(path).unwrap(), None)
        );
        let verdict: Verdict = serde_json::from_value(item["report"]["verdict"].clone()).unwrap();
        // 2 > 1 > 3 > 0
        let rank = |c| [0, 2, 3, 1][c as usize];
        if rank(exit_for(verdict)) > rank(worst) {
            worst = exit_for(verdict);
        }
    }
    assert_eq!(out.status.code(), Some(worst));
}

#[test]
fn directory_input_is_walked_recursively_and_sorted() {
    let dir = scratch("walk");
    std::fs::create_dir_all(dir.join("sub/deeper")).unwrap();
    std::fs::write(dir.join("b.json"), "{}").unwrap();
    std::fs::write(dir.join("a.PNG"), b"\x89PNG").unwrap();
    std::fs::write(dir.join("notes.md"), "ignored").unwrap();
    std::fs::write(dir.join("sub/deeper/c.jwt"), "a.b.c").unwrap();
    std::fs::write(dir.join("sub/d.txt"), "https://example.org/a").unwrap();
    let out = run(&[
        "verify",
        "--offline",
        "--json",
        "--now",
        NOW,
        dir.to_str().unwrap(),
    ]);
    let v = json_out(&out);
    let labels: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["input"].as_str().unwrap())
        .collect();
    let d = dir.to_str().unwrap();
    assert_eq!(
        labels,
        [
            format!("{d}/a.PNG"),
            format!("{d}/b.json"),
            format!("{d}/sub/d.txt"),
            format!("{d}/sub/deeper/c.jwt"),
        ]
    );
    assert_eq!(v[1]["report"], expected(b"{}", None));

    // Plain: one line per input, then a tally.
    let out = run(&["verify", "--offline", "--now", NOW, d]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().filter(|l| l.starts_with(d)).count(),
        4,
        "{text}"
    );
    assert!(text.contains("4 files: "), "{text}");
    assert!(
        out.stderr.is_empty(),
        "no progress bar when stderr is not a terminal"
    );
}

#[test]
fn empty_directory_is_a_usage_error() {
    let dir = scratch("empty");
    let out = run(&["verify", "--offline", "--now", NOW, dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no badge files"));
}

#[test]
fn stdin_input_matches_the_file() {
    let path = vector("ob30/simple-json.png");
    let bytes = std::fs::read(&path).unwrap();
    let out = run_stdin(
        &["verify", "--offline", "--json", "--now", NOW, "-"],
        &bytes,
    );
    assert_eq!(json_out(&out), expected(&bytes, None));
}

#[test]
fn url_argument_is_given_to_the_core_as_text() {
    let url = "https://example.org/assertions/1.json";
    let out = run(&["verify", "--offline", "--json", "--now", NOW, url]);
    assert_eq!(json_out(&out), expected(url.as_bytes(), None));
}

#[test]
fn plain_output_without_a_terminal_or_with_no_color_has_no_escapes() {
    let path = vector("ob30/simple.json");
    let args = ["verify", "--offline", "--now", NOW, path.to_str().unwrap()];
    let rendered = json_rendered(&bin().args(args).arg("--json").output().unwrap());
    let label = match rendered["verdict"].as_str().unwrap() {
        "valid" => "Verified",
        "invalid" => "Not verified",
        "indeterminate" => "Not fully checked",
        _ => "Could not be checked",
    };
    for no_color in [None, Some("1")] {
        let mut cmd = bin();
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let out = cmd.args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.contains('\x1b'), "{text:?}");
        let first = text.lines().next().unwrap();
        let summary = rendered["summary"].as_str().unwrap();
        assert!(first.ends_with(&format!("{label}  {summary}")), "{first}");
        assert!(
            ["✔ ", "✘ ", "? "].iter().any(|s| first.starts_with(s)),
            "{first}"
        );
        assert!(text.contains("\n  Checks\n"), "{text}");
        for c in rendered["checks"].as_array().unwrap() {
            for key in ["name", "message"] {
                let shown = c[key].as_str().unwrap();
                assert!(text.contains(shown), "{shown:?} missing from\n{text}");
            }
        }
    }
}

#[test]
fn bad_now_is_a_usage_error() {
    let out = run(&["verify", "--offline", "--now", "yesterday", "x.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("RFC 3339"));
}

#[test]
fn help_has_examples_for_every_subcommand() {
    for sub in ["verify", "extract", "bake"] {
        let out = run(&[sub, "--help"]);
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Examples:"), "{sub}: {text}");
        assert!(
            text.contains(&format!("badgeverify {sub} ")),
            "{sub}: {text}"
        );
    }
}

#[test]
fn extract_agrees_with_the_core() {
    let limits = badgeverify::Limits::default();
    for rel in ["ob30/simple-json.png", "ob20/basic-assertion.json"] {
        let path = vector(rel);
        let bytes = std::fs::read(&path).unwrap();
        let out = run(&["extract", "--json", path.to_str().unwrap()]);
        match badgeverify::container::extract(&bytes, &limits) {
            Ok(x) => {
                assert_eq!(out.status.code(), Some(0), "{rel}");
                let v = json_out(&out);
                assert_eq!(v["container"], serde_json::to_value(x.container).unwrap());
                assert_eq!(v["specHint"], serde_json::to_value(x.spec_hint).unwrap());
                let text = match x.payload {
                    badgeverify::container::Payload::Json(t)
                    | badgeverify::container::Payload::CompactJws(t)
                    | badgeverify::container::Payload::Url(t) => t,
                };
                assert_eq!(v["payload"]["text"], text.as_str());
            }
            Err(e) => {
                assert_eq!(out.status.code(), Some(2), "{rel}");
                assert!(
                    String::from_utf8_lossy(&out.stderr).contains(e.code.as_str()),
                    "{rel}"
                );
            }
        }
    }
}

#[test]
fn extract_and_bake_report_unreadable_files() {
    let dir = scratch("bake");
    let missing = dir.join("missing.png");
    let out = run(&["extract", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.png"));
    let payload = dir.join("p.json");
    std::fs::write(&payload, "{}").unwrap();
    let out = run(&[
        "bake",
        missing.to_str().unwrap(),
        payload.to_str().unwrap(),
        "-o",
        dir.join("out.png").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.join("out.png").exists());
}
