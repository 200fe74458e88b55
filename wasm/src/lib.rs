//! WebAssembly bindings for badgeverify: a thin, data-only layer.
//!
//! Every export returns JSON text and nothing throws: bad options, unknown failure kinds and
//! unreadable inputs all come back as reports (verdict `error`) or `{"error": …}` objects.
//! Fetching happens in JavaScript (`wasm/js/badgeverify.js`): a [`Session`] says what it
//! needs, JS fetches it and hands the bytes back with [`Session::supply`] or
//! [`Session::fail`], and [`Session::step`] runs verification again. Signature arithmetic
//! happens there too: the session lists the signature checks it needs, JS answers each with
//! [`Session::answer`] (WebCrypto; or, in the fallback build with the `builtin-crypto`
//! feature, the module's own backend through `checkSignature`). The lean build (no
//! feature) carries no signature arithmetic at all.

//!
//! JSON coming from JS is read with the core's own parser ([`badgeverify::json::parse`]) and
//! everything going out is written by its own writer (a [`Value`]'s `Display`): no serde
//! code is linked, which keeps the module smaller.

use badgeverify::code::{Param, Params};
use badgeverify::container;
use badgeverify::crypto::SignatureCheck;
use badgeverify::json::{self, object, Value};
use badgeverify::Code;
use badgeverify::{
    verify, FetchError, Fetched, Limits, Options, Report, Request, Response, Step, Timestamp,
};
use wasm_bindgen::prelude::wasm_bindgen;

/// One verification in progress: the input, the options and the documents fetched so far.
#[wasm_bindgen]
pub struct Session {
    input: Vec<u8>,
    options: Result<Options, &'static str>,
    fetched: Fetched,
    rounds: usize,
    /// The last round's [`badgeverify::Needs::if_valid`] and the ids it asked: the next
    /// [`Session::step`] returns that report, without running verification again, when each
    /// of them was answered `true` and nothing was supplied or failed since.
    if_valid: Option<(Box<Report>, Vec<String>)>,
}

#[wasm_bindgen]
impl Session {
    /// Starts verifying `input` with `options_json` = `{"now": RFC 3339, "recipient"?: id}`.
    /// Invalid options are reported by the first [`Session::step`], not thrown.
    #[wasm_bindgen(constructor)]
    pub fn new(input: &[u8], options_json: &str) -> Session {
        Session {
            input: input.to_vec(),
            options: parse_options(options_json),
            fetched: Fetched::new(),
            rounds: 0,
            if_valid: None,
        }
    }

    /// Runs verification with what has been answered so far: `{"done": report}` when
    /// finished, else `{"need": [{url, purpose, accept}, …], "signatures": [{id, alg, key,
    /// message, signature}, …]}` (both arrays always present, either may be empty): fetch
    /// each document ([`Session::supply`] / [`Session::fail`]) and answer each signature
    /// check ([`Session::answer`]) before calling again. A signature check has `alg` (a JOSE
    /// name: `EdDSA`, `ES256`, `ES384`, `RS256`, `PS256`), `key` (a public JWK: `OKP`/
    /// `Ed25519` `x`, `EC`/`P-256`|`P-384` `x`,`y`, `RSA` `n`,`e`), and base64url `message`
    /// (the signed bytes, not a digest) and `signature` (raw: Ed25519 and ES256 64 bytes,
    /// ES384 96 bytes `r ‖ s`, RSA the modulus length). When the last round asked only for
    /// signatures and every one was answered `true`, the report the core gave for that case
    /// ([`badgeverify::Needs::if_valid`]) is returned without running verification again.
    pub fn step(&mut self) -> String {
        let options = match &self.options {
            Ok(o) => o,
            Err(why) => {
                return done(&Report::error(
                    Code::InvalidOptions,
                    Params::new().with(Param::Reason, *why),
                ))
            }
        };
        if let Some((report, ids)) = self.if_valid.take() {
            if ids
                .iter()
                .all(|id| self.fetched.signature(id) == Some(true))
            {
                return done(&report);
            }
        }
        self.rounds = self.rounds.saturating_add(1);
        match verify(&self.input, options, &self.fetched) {
            Step::Done(report) => done(&report),
            // Each useful round adds a document or a signature answer, and the core stops
            // asking after `max_fetches` documents and `max_signatures` signatures; a host
            // that keeps stepping without answering would loop.
            Step::Need(_) if self.rounds > round_bound(&options.limits) => {
                // The host keeps stepping without answering every request with supply()
                // or fail() and every signature with answer().
                done(&Report::error(Code::FetchLoop, Params::new()))
            }
            Step::Need(needs) => {
                let requests = needs.fetches.iter().map(Request::to_json).collect();
                let checks = needs
                    .signatures
                    .iter()
                    .map(SignatureCheck::to_json)
                    .collect();
                self.if_valid = needs.if_valid.map(|report| {
                    let ids = needs.signatures.iter().map(|c| c.id.clone()).collect();
                    (report, ids)
                });
                object([
                    ("need", Value::Array(requests)),
                    ("signatures", Value::Array(checks)),
                ])
                .to_string()
            }
        }
    }

    /// Records the document fetched for `url` (`final_url` after redirects).
    pub fn supply(
        &mut self,
        url: String,
        body: &[u8],
        content_type: Option<String>,
        final_url: String,
    ) {
        let response = Response::Ok {
            body: body.to_vec(),
            content_type,
            final_url,
        };
        self.if_valid = None;
        self.fetched.insert(url, response);
    }

    /// Records the answer to the signature check `id` (from [`Session::step`]'s
    /// `signatures`): whether the signature verifies.
    pub fn answer(&mut self, id: String, ok: bool) {
        self.fetched.answer_signature(id, ok);
    }

    /// Records that fetching `url` failed; `kind_json` is a fetch error such as
    /// `{"kind":"offline"}`, `{"kind":"cors"}` or `{"kind":"status","status":404}`.
    pub fn fail(&mut self, url: String, kind_json: &str) {
        let error = FetchError::from_json(kind_json).unwrap_or_else(|why| {
            let shown: String = kind_json.chars().take(200).collect();
            FetchError::Connection {
                detail: format!(
                    "the host reported a failure badgeverify does not know ({why}): {shown}"
                ),
            }
        });
        self.if_valid = None;
        self.fetched.insert(url, Response::Failed(error));
    }
}

/// The most rounds a session runs: one per document ([`Limits::max_fetches`]), one per
/// signature answer ([`Limits::max_signatures`]) and the last one.
fn round_bound(limits: &Limits) -> usize {
    limits
        .max_fetches
        .saturating_add(limits.max_signatures)
        .saturating_add(1)
}

/// Checks one element of [`Session::step`]'s `signatures` (as JSON text) with the module's
/// own backend (the fallback build only): the core's acceptance rules, then the arithmetic.
/// `false` for anything unreadable.
#[cfg(feature = "builtin-crypto")]
#[wasm_bindgen(js_name = checkSignature)]
pub fn check_signature(check_json: &str) -> bool {
    json::parse(check_json, &Limits::default())
        .ok()
        .and_then(|v| SignatureCheck::from_json(&v).ok())
        .is_some_and(|c| badgeverify::crypto::check(&c))
}

/// Reads `{"now": "2026-01-01T00:00:00Z", "recipient"?: "…"}`; an error is the `reason`
/// token of the `invalid-options` report: `not-json`, `now-missing`, `now-invalid` (not an
/// RFC 3339 date-time) or `recipient-not-string`.
fn parse_options(text: &str) -> Result<Options, &'static str> {
    let o = json::parse(text, &Limits::default()).map_err(|_| "not-json")?;
    let now = o.get("now").and_then(Value::as_str).ok_or("now-missing")?;
    let now = Timestamp::parse_rfc3339(now).ok_or("now-invalid")?;
    let mut options = Options::new(now);
    options.recipient = match o.get("recipient") {
        None | Some(Value::Null) => None,
        Some(Value::String(r)) => Some(r.clone()),
        Some(_) => return Err("recipient-not-string"),
    };
    Ok(options)
}

fn done(report: &Report) -> String {
    object([("done", report.to_json())]).to_string()
}

/// Unbakes `bytes`: `{"container", "specHint", "payload": {"kind", "text"}}`, or
/// `{"error": {"code", "params"}}` when no payload can be found.
#[wasm_bindgen]
pub fn extract(bytes: &[u8]) -> String {
    match container::extract(bytes, &Limits::default()) {
        Ok(x) => x.to_json(),
        Err(e) => {
            let error = object([
                ("code", e.code.as_str().into()),
                ("params", e.params.to_json()),
            ]);
            object([("error", error)])
        }
    }
    .to_string()
}

/// A report with verdict `error` for a problem outside verification (e.g. an input of the
/// wrong type given to the JS wrapper), so that JS never has to build a report itself.
/// `code` is a wire name ([`Code::from_wire`]) and `params` its params as a JSON object
/// (each declared param, in order; a string or a whole number). A code that is not a code,
/// or params that are not the code's, read as `internal-error`.
#[wasm_bindgen(js_name = errorReport)]
pub fn error_report(code: &str, params: &str) -> String {
    let parsed = Code::from_wire(code).and_then(|c| Some((c, error_params(c, params)?)));
    let (code, params) = parsed.unwrap_or((Code::InternalError, Params::new()));
    Report::error(code, params).to_json().to_string()
}

/// The params of `code` from a JSON object holding exactly the params it declares.
fn error_params(code: Code, json: &str) -> Option<Params> {
    let value = badgeverify::json::parse(json, &Limits::default()).ok()?;
    let members = value.as_object()?;
    if members.len() != code.params().len() {
        return None;
    }
    code.params().iter().try_fold(Params::new(), |params, &p| {
        Some(match members.get(p.as_str())? {
            Value::String(s) => params.with(p, s.as_str()),
            number => params.with(p, number.as_u64()?),
        })
    })
}

/// Seeds the keys of the core's hash maps with 16 random bytes from the host
/// (`crypto.getRandomValues`): std has no entropy source on this target, so without a seed
/// the keys would be the same in every tab and a crafted badge could flood them. Fewer than
/// 16 bytes are padded with zeros.
#[wasm_bindgen(js_name = seedHashKeys)]
pub fn seed_hash_keys(bytes: &[u8]) {
    let mut seed = [0u8; 16];
    for (slot, b) in seed.iter_mut().zip(bytes) {
        *slot = *b;
    }
    badgeverify::seed_hash_keys(seed);
}

/// The bounds the JS fetch driver enforces: `{"maxResponseBytes", "fetchTimeoutMs",
/// "totalTimeMs"}` (defaults from the core's `Limits`).
#[wasm_bindgen]
pub fn limits() -> String {
    let l = Limits::default();
    let bytes = u64::try_from(l.max_response_bytes).unwrap_or(u64::MAX);
    object([
        ("maxResponseBytes", bytes.into()),
        ("fetchTimeoutMs", l.fetch_timeout_ms.into()),
        ("totalTimeMs", l.total_time_ms.into()),
    ])
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use badgeverify::{verify_offline, Verdict};
    use serde_json::Value;

    const OPTIONS: &str = r#"{"now":"2026-01-01T00:00:00Z"}"#;

    fn parse(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    /// Drives a session the way the JS wrapper does with `offline: true`.
    fn run_offline(input: &[u8], options_json: &str) -> Value {
        let mut s = Session::new(input, options_json);
        for _ in 0..100 {
            let out = parse(&s.step());
            if let Some(report) = out.get("done") {
                return report.clone();
            }
            for r in out["need"].as_array().unwrap() {
                s.fail(
                    r["url"].as_str().unwrap().to_owned(),
                    r#"{"kind":"offline"}"#,
                );
            }
            for c in out["signatures"].as_array().unwrap() {
                let check = SignatureCheck::from_json(
                    &json::parse(&c.to_string(), &Limits::default()).unwrap(),
                )
                .unwrap();
                s.answer(check.id.clone(), badgeverify::crypto::check(&check));
            }
        }
        panic!("session did not finish");
    }

    #[test]
    fn offline_session_equals_the_cores_offline_verification() {
        let now = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
        let mut options = Options::new(now);
        for input in [&b""[..], b"not a badge", b"{}", b"https://example.org/a"] {
            let want = serde_json::to_value(verify_offline(input, &options)).unwrap();
            assert_eq!(run_offline(input, OPTIONS), want);
        }
        options.recipient = Some("a@example.org".into());
        let want = serde_json::to_value(verify_offline(b"{}", &options)).unwrap();
        let with_recipient = r#"{"now":"2026-01-01T00:00:00.000Z","recipient":"a@example.org"}"#;
        assert_eq!(run_offline(b"{}", with_recipient), want);
    }

    /// A credential signed by a did:key: the first step asks for its one signature check,
    /// with both arrays present, in the documented shape; the session answered with the
    /// built-in backend reports what the core does offline; answered `false`, it is invalid.
    #[test]
    fn signature_checks_go_through_step_and_answer() {
        let input =
            include_bytes!("../../tests/fixtures/interop/di/vc2-ob303-eddsa-rdfc-2022.json");
        let mut s = Session::new(input, OPTIONS);
        let need = parse(&s.step());
        assert_eq!(need["need"], serde_json::json!([]));
        let checks = need["signatures"].as_array().unwrap();
        assert_eq!(checks.len(), 1);
        let c = &checks[0];
        assert_eq!(c["alg"], "EdDSA");
        assert_eq!(c["key"]["kty"], "OKP");
        assert_eq!(c["id"].as_str().unwrap().len(), 32);
        for member in ["message", "signature"] {
            let text = c[member].as_str().unwrap();
            assert!(
                !text.contains('=') && !text.contains('+'),
                "{member}: {text}"
            );
        }
        let now = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
        let want = serde_json::to_value(verify_offline(input, &Options::new(now))).unwrap();
        assert_eq!(run_offline(input, OPTIONS), want);
        assert_eq!(want["verdict"], "valid");
        s.answer(c["id"].as_str().unwrap().to_owned(), false);
        let report = loop {
            let out = parse(&s.step());
            if let Some(r) = out.get("done") {
                break r.clone();
            }
            for c in out["signatures"].as_array().unwrap() {
                s.answer(c["id"].as_str().unwrap().to_owned(), false);
            }
        };
        assert_eq!(report["verdict"], "invalid");
    }

    /// The fallback build's `checkSignature` answers one element of `signatures`.
    #[cfg(feature = "builtin-crypto")]
    #[test]
    fn check_signature_answers_one_element() {
        let input =
            include_bytes!("../../tests/fixtures/interop/di/vc2-ob303-eddsa-rdfc-2022.json");
        let mut s = Session::new(input, OPTIONS);
        let need = parse(&s.step());
        let c = need["signatures"][0].clone();
        assert!(check_signature(&c.to_string()));
        let mut other = c.clone();
        other["message"] = serde_json::json!("AAAA");
        assert!(!check_signature(&other.to_string()));
        assert!(!check_signature("not json"));
        assert!(!check_signature("{}"));
    }

    /// A host that never answers is stopped after `max_fetches + max_signatures + 1` rounds.
    #[test]
    fn a_host_that_never_answers_gets_a_fetch_loop_report() {
        let input =
            include_bytes!("../../tests/fixtures/interop/di/vc2-ob303-eddsa-rdfc-2022.json");
        let mut s = Session::new(input, OPTIONS);
        let bound = round_bound(&Limits::default());
        for _ in 0..bound {
            assert!(parse(&s.step()).get("signatures").is_some());
        }
        let out = parse(&s.step());
        assert_eq!(out["done"]["checks"][0]["code"], "fetch-loop");
    }

    #[test]
    fn bad_options_become_an_error_report() {
        for (bad, reason) in [
            ("", "not-json"),
            ("{}", "now-missing"),
            (r#"{"now":"yesterday"}"#, "now-invalid"),
            (r#"{"now":5}"#, "now-missing"),
            ("[1,2", "not-json"),
            (
                r#"{"now":"2026-01-01T00:00:00Z","recipient":1}"#,
                "recipient-not-string",
            ),
        ] {
            let report: Report = serde_json::from_value(run_offline(b"{}", bad)).unwrap();
            assert_eq!(report.verdict, Verdict::Error, "{bad}");
            assert_eq!(report.checks[0].code, Code::InvalidOptions);
            assert_eq!(
                report.checks[0].params,
                Params::new().with(Param::Reason, reason),
                "{bad}"
            );
        }
    }

    #[test]
    fn unknown_failure_kinds_are_recorded_not_thrown() {
        let mut s = Session::new(b"{}", OPTIONS);
        s.fail("https://example.org/k".into(), "not json");
        s.fail(
            "https://example.org/j".into(),
            r#"{"kind":"status","status":404}"#,
        );
        assert_eq!(
            s.fetched.get("https://example.org/j"),
            Some(&Response::Failed(FetchError::Status { status: 404 }))
        );
        assert!(matches!(
            s.fetched.get("https://example.org/k"),
            Some(Response::Failed(FetchError::Connection { detail })) if detail.contains("not json")
        ));
        s.supply(
            "https://example.org/a".into(),
            b"{}",
            None,
            "https://example.org/b".into(),
        );
        assert_eq!(s.fetched.len(), 3);
    }

    #[test]
    fn extract_returns_data_either_way() {
        let v = parse(&extract(b"\x89PNG garbage"));
        match container::extract(b"\x89PNG garbage", &Limits::default()) {
            Ok(_) => assert!(v["payload"]["kind"].is_string()),
            Err(e) => assert_eq!(v["error"]["code"], e.code.as_str()),
        }
        let r: Report = serde_json::from_str(&error_report("invalid-input", "{}")).unwrap();
        assert_eq!(
            (r.verdict, r.checks[0].code),
            (Verdict::Error, Code::InvalidInput)
        );
        let r: Report =
            serde_json::from_str(&error_report("source-http-status", r#"{"status":404}"#)).unwrap();
        assert_eq!(r.checks[0].params.get(Param::Status), Some(&404u64.into()));
        assert_eq!(r.summary.code, Code::SourceHttpStatus);
        // Not a code, or not the code's params: an internal error.
        for (code, params) in [
            ("no-such-code", "{}"),
            ("invalid-input", "nope"),
            ("source-http-status", "{}"),
        ] {
            let r: Report = serde_json::from_str(&error_report(code, params)).unwrap();
            assert_eq!(r.checks[0].code, Code::InternalError, "{code} {params}");
        }
        let l = parse(&limits());
        assert_eq!(l["maxResponseBytes"], Limits::default().max_response_bytes);
    }
}
