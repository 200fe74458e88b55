//! Shared helpers for the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

use badgeverify::{verify_offline, CheckId, Options, Outcome, Report, Timestamp, Verdict};
use std::path::PathBuf;

pub mod jwt;

/// Absolute path of a file under the repository root.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A folder of the shared third-party fixtures (`shared/fixtures/<sub>`, described in its
/// `PROVENANCE.md`), which live beside the clone, not in it: CI checks the repository out
/// next to `shared/`. Found as `$BADGEVERIFY_SHARED_FIXTURES/<sub>` when that variable is
/// set, else in the nearest `shared/fixtures/` of the repository root's ancestors (`../shared`
/// for a clone, further up for a git worktree). Panics when it is missing: a conformance
/// suite that cannot be read must fail, not pass with nothing checked.
pub fn shared_fixtures(sub: &str) -> PathBuf {
    let dir = match std::env::var_os("BADGEVERIFY_SHARED_FIXTURES") {
        Some(root) => PathBuf::from(root).join(sub),
        None => repo("")
            .ancestors()
            .skip(1)
            .map(|a| a.join("shared/fixtures").join(sub))
            .find(|d| d.is_dir())
            .unwrap_or_else(|| {
                panic!(
                    "shared/fixtures/{sub} not found beside the repository (or any parent); \
                     set BADGEVERIFY_SHARED_FIXTURES to the fixtures folder"
                )
            }),
    };
    assert!(dir.is_dir(), "{} is not a folder", dir.display());
    dir
}

/// Path of a 1EdTech validator test resource.
pub fn onedtech(path: &str) -> PathBuf {
    repo("tests/vectors/1edtech-validator/inspector-vc/src/test/resources").join(path)
}

/// Options at a fixed instant.
pub fn at(now: &str) -> Options {
    Options::new(Timestamp::parse_rfc3339(now).expect("valid instant"))
}

/// Verifies a file offline at `now`.
pub fn verify_file(path: &PathBuf, now: &str) -> Report {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    verify_offline(&bytes, &at(now))
}

/// Whether the report has the verdict and, when given, a check with that outcome and code.
pub fn meets(
    r: &Report,
    verdict: Verdict,
    check: Option<(CheckId, Outcome, &str)>,
) -> Result<(), String> {
    let dump = || {
        r.checks
            .iter()
            .map(|c| format!("{:?}/{:?}/{}", c.id, c.outcome, c.code))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if r.verdict != verdict {
        return Err(format!(
            "verdict {:?}, want {verdict:?} ({}) [{}]",
            r.verdict,
            r.summary,
            dump()
        ));
    }
    if let Some((id, outcome, code)) = check {
        if !r
            .checks
            .iter()
            .any(|c| c.id == id && c.outcome == outcome && c.code == code)
        {
            return Err(format!("no {id:?}/{outcome:?}/{code} [{}]", dump()));
        }
    }
    Ok(())
}

/// Asserts [`meets`].
pub fn expect(r: &Report, what: &str, verdict: Verdict, check: Option<(CheckId, Outcome, &str)>) {
    if let Err(e) = meets(r, verdict, check) {
        panic!("{what}: {e}");
    }
}

/// A driver that answers from a map of URL → file (the "fixture map" driver): every
/// request not in the map gets HTTP 404. Returns the report and the URLs requested.
pub fn verify_with_map(
    input: &[u8],
    opts: &Options,
    map: &[(&str, PathBuf)],
) -> (Report, Vec<String>) {
    verify_with_map_via(input, opts, map, str::to_owned)
}

/// [`verify_with_map`], with each answer reported as having come from `final_url(url)`
/// (as after a redirect).
pub fn verify_with_map_via(
    input: &[u8],
    opts: &Options,
    map: &[(&str, PathBuf)],
    final_url: impl Fn(&str) -> String,
) -> (Report, Vec<String>) {
    use badgeverify::{FetchError, Response};
    verify_answering(input, opts, |url| {
        match map.iter().find(|(u, _)| *u == url) {
            Some((_, path)) => Response::Ok {
                body: std::fs::read(path).expect("mapped file"),
                content_type: Some("application/json".into()),
                final_url: final_url(url),
            },
            None => Response::Failed(FetchError::Status { status: 404 }),
        }
    })
}

/// Runs [`badgeverify::verify`] to the end, answering every request for a URL with
/// `answer(url)` and every signature check with the built-in backend. Returns the report and
/// the URLs requested, in order.
pub fn verify_answering(
    input: &[u8],
    opts: &Options,
    mut answer: impl FnMut(&str) -> badgeverify::Response,
) -> (Report, Vec<String>) {
    use badgeverify::{verify, Fetched, Step};
    let mut fetched = Fetched::new();
    let mut asked = Vec::new();
    for _ in 0..64 {
        match verify(input, opts, &fetched) {
            Step::Done(r) => return (*r, asked),
            Step::Need(needs) => {
                for req in needs.fetches {
                    asked.push(req.url.clone());
                    let resp = answer(&req.url);
                    fetched.insert(req.url, resp);
                }
                for c in &needs.signatures {
                    fetched.answer_signature(c.id.as_str(), badgeverify::crypto::check(c));
                }
            }
        }
    }
    panic!("verification did not finish in 64 rounds");
}

/// Bytes of a hex string (published test vectors write hashes and keys this way).
pub fn hex(text: &str) -> Vec<u8> {
    let t = text.trim();
    (0..t.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&t[i..i + 2], 16).expect("hex"))
        .collect()
}

/// serde_json's `json!` literal as badgeverify's own JSON value.
#[allow(unused_macros)]
macro_rules! json {
    ($($t:tt)+) => {
        serde_json::from_value::<badgeverify::json::Value>(serde_json::json!($($t)+))
            .expect("a JSON literal")
    };
}
#[allow(unused_imports)]
pub(crate) use json;

/// Sets the member at `path` (objects only) of `doc` to `value`.
pub fn set(doc: &mut badgeverify::json::Value, path: &[&str], value: badgeverify::json::Value) {
    let (last, parents) = path.split_last().expect("a path");
    let mut at = doc;
    for key in parents {
        at = at.get_mut(key).expect("the path exists");
    }
    at.as_object_mut()
        .expect("an object")
        .insert((*last).to_owned(), value);
}
