//! `badgeverify serve` as a real process on 127.0.0.1: the page with its headers, and the
//! documents proxy against a real loopback issuer — every SSRF attempt refused with its own
//! code, and the fetch limits enforced.
//!
//! No test ever lets the proxy connect anywhere but 127.0.0.1: the private, link-local and
//! IPv6 destinations are refused before any connection (that is what is tested), and the
//! loopback issuer is only reachable with the test-only `--allow-loopback-proxy`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "../../tests/common/server.rs"]
mod server;

use common::{badgeverify, ob20, repo};
use serde_json::Value;
use server::{Reply, Server};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A running `badgeverify serve --port 0 ARGS`; killed (by its own handle) when dropped.
struct Serve {
    child: Child,
    port: u16,
}

impl Serve {
    fn start(args: &[&str]) -> Self {
        let mut cmd = badgeverify();
        let mut child = cmd
            .args(["serve", "--port", "0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("badgeverify serve: open http://127.0.0.1:")
            .and_then(|rest| rest.trim_end_matches('/').parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"));
        Self { child, port }
    }

    /// Sends a raw request; returns (status, head, body).
    fn request(
        &self,
        method: &str,
        target: &str,
        headers: &[(&str, &str)],
    ) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut head = format!("{method} {target} HTTP/1.1\r\nConnection: close\r\n");
        if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
            head.push_str(&format!("Host: 127.0.0.1:{}\r\n", self.port));
        }
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        if method == "POST" {
            head.push_str("Content-Length: 2\r\n\r\n{}");
        } else {
            head.push_str("\r\n");
        }
        stream.write_all(head.as_bytes()).unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        (status, head, raw[split + 4..].to_vec())
    }

    fn get(&self, target: &str) -> (u16, String, Vec<u8>) {
        self.request("GET", target, &[])
    }

    /// Asks the proxy for `url`; returns (status, head, body).
    fn proxy(&self, url: &str) -> (u16, String, Vec<u8>) {
        self.get(&format!("/proxy?url={}", encode(url)))
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// encodeURIComponent.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn header(head: &str, name: &str) -> Option<String> {
    head.lines().skip(1).find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().to_owned())
    })
}

/// Asserts a refusal by the proxy: status, code in header and body, and a message.
fn refused(what: &str, answer: (u16, String, Vec<u8>), status: u16, code: &str) -> String {
    let (got, head, body) = answer;
    let json: Value = serde_json::from_slice(&body).unwrap_or_else(|e| {
        panic!(
            "{what}: body is not JSON ({e}): {}",
            String::from_utf8_lossy(&body)
        )
    });
    assert_eq!(
        (got, json["error"].as_str()),
        (status, Some(code)),
        "{what}: {json}"
    );
    assert_eq!(
        header(&head, "x-badgeverify-proxy-error").as_deref(),
        Some(code),
        "{what}"
    );
    let message = json["message"].as_str().unwrap().to_owned();
    assert!(message.len() > 20, "{what}: {message}");
    message
}

#[test]
fn serves_the_page_the_widget_and_the_package_with_the_strict_csp() {
    let serve = Serve::start(&[]);
    let (status, head, body) = serve.get("/");
    assert_eq!(status, 200);
    let csp = header(&head, "content-security-policy").unwrap();
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(
        header(&head, "x-content-type-options").as_deref(),
        Some("nosniff")
    );
    let page = String::from_utf8(body).unwrap();
    assert!(
        page.contains(r#"<title data-l10n-id="page-title">Verify an Open Badge"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<meta name="badgeverify-package" content="/pkg/badgeverify-proxied.js">"#),
        "{page}"
    );
    for (path, ctype) in [
        ("/verifier.js", "text/javascript"),
        ("/open-badge.js", "text/javascript"),
        ("/verifier.css", "text/css"),
    ] {
        let (status, head, body) = serve.get(path);
        assert_eq!(status, 200, "{path}");
        assert!(
            header(&head, "content-type").unwrap().starts_with(ctype),
            "{path}"
        );
        assert!(!body.is_empty(), "{path}");
    }
    // The package is there when pkg/ was built before the CLI; without it, a clear notice.
    if repo().join("pkg/badgeverify_bg.wasm").is_file() {
        let (status, head, wasm) = serve.get("/pkg/badgeverify_bg.wasm");
        assert_eq!(status, 200);
        assert_eq!(
            header(&head, "content-type").as_deref(),
            Some("application/wasm")
        );
        assert_eq!(&wasm[..4], b"\0asm");
        let (status, _, module) = serve.get("/pkg/badgeverify-proxied.js");
        assert_eq!(status, 200);
        assert!(String::from_utf8(module).unwrap().contains("proxy: PROXY"));
        assert!(!page.contains("missing-pkg"));
    } else {
        assert!(
            page.contains("built without the WebAssembly package"),
            "{page}"
        );
        let (status, _, body) = serve.get("/pkg/badgeverify.js");
        assert_eq!(status, 404);
        assert!(String::from_utf8(body)
            .unwrap()
            .contains("scripts/build-pkg.sh"));
    }
    // Every file the page refers to is served.
    let refs: Vec<&str> = page
        .split(['"', '\''])
        .zip(page.split(['"', '\'']).skip(1))
        .filter(|(before, _)| before.ends_with("href=") || before.ends_with("src="))
        .map(|(_, value)| value)
        .collect();
    assert!(refs.len() >= 3, "{refs:?}");
    for r in refs {
        assert_eq!(serve.get(&format!("/{r}")).0, 200, "{r}");
    }
    assert_eq!(serve.get("/../Cargo.toml").0, 404);
    assert_eq!(serve.get("/nothing-here").0, 404);
    assert_eq!(serve.request("POST", "/", &[]).0, 405);
    // A page whose DNS name was rebound to 127.0.0.1 sends its own Host: refused.
    let (status, head, _) = serve.request("GET", "/", &[("Host", "attacker.example")]);
    assert_eq!(status, 421);
    assert_eq!(
        header(&head, "x-badgeverify-proxy-error").as_deref(),
        Some("host-not-allowed")
    );
    assert_eq!(
        serve
            .request(
                "GET",
                "/",
                &[("Host", &format!("localhost:{}", serve.port))]
            )
            .0,
        200
    );
}

/// Without the test flag, nothing on this machine or its networks can be reached.
#[test]
fn ssrf_attempts_are_all_refused() {
    let issuer = Server::builder()
        .route("/doc.json", Reply::Body("application/json", b"{}".to_vec()))
        .start();
    let port = issuer.origin().rsplit(':').next().unwrap().to_owned();
    let serve = Serve::start(&[]);
    for (url, status, code, needle) in [
        (
            format!("http://127.0.0.1:{port}/doc.json"),
            403,
            "address-forbidden",
            "loopback",
        ),
        (
            format!("http://localhost:{port}/doc.json"),
            403,
            "address-forbidden",
            "`localhost` resolves to",
        ),
        (
            format!("http://[::1]:{port}/doc.json"),
            403,
            "address-forbidden",
            "loopback",
        ),
        (
            format!("http://[::ffff:127.0.0.1]:{port}/doc.json"),
            403,
            "address-forbidden",
            "IPv4-mapped",
        ),
        (
            format!("http://0.0.0.0:{port}/doc.json"),
            403,
            "address-forbidden",
            "0.0.0.0/8",
        ),
        // 2130706433 is 127.0.0.1 written as one number; the system resolver reads it so.
        (
            format!("http://2130706433:{port}/doc.json"),
            403,
            "address-forbidden",
            "loopback",
        ),
        (
            "http://169.254.169.254/latest/meta-data/".to_owned(),
            403,
            "address-forbidden",
            "link-local",
        ),
        (
            "http://10.0.0.1/".to_owned(),
            403,
            "address-forbidden",
            "private (10.0.0.0/8)",
        ),
        (
            "http://192.168.1.1/".to_owned(),
            403,
            "address-forbidden",
            "private",
        ),
        (
            "http://172.16.0.1/".to_owned(),
            403,
            "address-forbidden",
            "private",
        ),
        (
            "http://100.64.0.1/".to_owned(),
            403,
            "address-forbidden",
            "CGNAT",
        ),
        (
            "http://[fd00::1]/".to_owned(),
            403,
            "address-forbidden",
            "fc00::/7",
        ),
        (
            "http://[fe80::1]/".to_owned(),
            403,
            "address-forbidden",
            "fe80::/10",
        ),
        (
            "http://224.0.0.1/".to_owned(),
            403,
            "address-forbidden",
            "multicast",
        ),
        (
            "file:///etc/passwd".to_owned(),
            400,
            "scheme-not-allowed",
            "file",
        ),
        (
            "gopher://127.0.0.1:70/_x".to_owned(),
            400,
            "scheme-not-allowed",
            "gopher",
        ),
        (
            "ftp://example.org/x".to_owned(),
            400,
            "scheme-not-allowed",
            "ftp",
        ),
        (
            "data:application/json,{}".to_owned(),
            400,
            "scheme-not-allowed",
            "data",
        ),
        (
            "https://user:secret@example.org/x".to_owned(),
            400,
            "credentials-not-allowed",
            "password",
        ),
    ] {
        let message = refused(&url, serve.proxy(&url), status, code);
        assert!(message.contains(needle), "{url}: {message}");
    }
    refused("no url", serve.get("/proxy"), 400, "missing-url");
    let (status, head, _) = serve.request(
        "POST",
        &format!("/proxy?url={}", encode("https://example.org/")),
        &[],
    );
    assert_eq!(
        (status, header(&head, "allow").as_deref()),
        (405, Some("GET"))
    );
    refused(
        "PUT",
        serve.request("PUT", "/proxy?url=https%3A%2F%2Fexample.org%2F", &[]),
        405,
        "method-not-allowed",
    );
    assert_eq!(
        issuer.paths(),
        Vec::<String>::new(),
        "the proxy reached the loopback server"
    );
}

/// With the test flag a loopback issuer is allowed; what it answers is still checked.
#[test]
fn the_loopback_issuer_is_proxied_under_every_rule() {
    let big = 4096;
    let issuer = Server::builder()
        .route(
            "/doc.json",
            Reply::Header(
                "Set-Cookie",
                "session=1".into(),
                Box::new(Reply::Body(
                    "application/ld+json",
                    br#"{"id":"x"}"#.to_vec(),
                )),
            ),
        )
        .route(
            "/key.pem",
            Reply::Body(
                "application/x-pem-file",
                b"-----BEGIN PUBLIC KEY-----".to_vec(),
            ),
        )
        .route("/same-host", Reply::Redirect(302, "/doc.json".into()))
        .route(
            "/to-private",
            Reply::Redirect(302, "http://10.0.0.1/doc.json".into()),
        )
        .route(
            "/to-metadata",
            Reply::Redirect(301, "http://169.254.169.254/latest/meta-data/".into()),
        )
        .route(
            "/to-ula",
            Reply::Redirect(307, "http://[fd00::1]/doc.json".into()),
        )
        .route(
            "/to-file",
            Reply::Redirect(302, "file:///etc/passwd".into()),
        )
        .route("/loop", Reply::Redirect(302, "/loop".into()))
        .route("/r1", Reply::Redirect(302, "/r2".into()))
        .route("/r2", Reply::Redirect(302, "/r3".into()))
        .route("/r3", Reply::Redirect(302, "/doc.json".into()))
        .route("/big", Reply::Big(big + 1))
        .route(
            "/slow",
            Reply::Delay(
                Duration::from_secs(3),
                Box::new(Reply::Body("application/json", b"{}".to_vec())),
            ),
        )
        .route(
            "/page.html",
            Reply::Body("text/html", b"<script>alert(1)</script>".to_vec()),
        )
        .route("/untyped", Reply::Body("", b"{}".to_vec()))
        .route("/gone", Reply::Status(410))
        .start();
    let origin = issuer.origin();
    let port = origin.rsplit(':').next().unwrap().to_owned();
    let limits = [
        "--limit",
        &format!("max_response_bytes={big}"),
        "--limit",
        "fetch_timeout_ms=700",
        "--limit",
        "max_redirects=2",
    ];
    let mut args = vec!["--allow-loopback-proxy"];
    args.extend(limits.iter().copied());
    let serve = Serve::start(&args);

    // A document: the body and its type, nothing else of the issuer's headers; none of the
    // caller's headers reach the issuer.
    let (status, head, body) = serve.request(
        "GET",
        &format!("/proxy?url={}", encode(&format!("{origin}/doc.json"))),
        &[
            ("Cookie", "verifier=secret"),
            ("Authorization", "Bearer secret"),
            ("X-Forwarded-For", "1.2.3.4"),
        ],
    );
    assert_eq!(
        (status, body.as_slice()),
        (200, br#"{"id":"x"}"#.as_slice()),
        "{head}"
    );
    assert_eq!(
        header(&head, "content-type").as_deref(),
        Some("application/ld+json")
    );
    assert_eq!(header(&head, "set-cookie"), None, "{head}");
    assert_eq!(header(&head, "x-badgeverify-proxy-error"), None);
    assert!(header(&head, "content-security-policy")
        .unwrap()
        .contains("sandbox"));
    for name in ["cookie", "authorization", "x-forwarded-for"] {
        assert_eq!(
            issuer.header("/doc.json", name),
            None,
            "{name} was passed on"
        );
    }
    assert!(issuer
        .header("/doc.json", "accept")
        .unwrap()
        .contains("application/ld+json"));
    assert!(issuer
        .header("/doc.json", "user-agent")
        .unwrap()
        .starts_with("badgeverify/"));
    assert_eq!(serve.proxy(&format!("{origin}/key.pem")).0, 200);
    assert_eq!(
        serve.proxy(&format!("{origin}/same-host")).2,
        br#"{"id":"x"}"#
    );
    assert_eq!(
        serve.proxy(&format!("{origin}/r2")).0,
        200,
        "two redirects are allowed"
    );

    // Redirects to private addresses are refused at the redirect, before any connection.
    let m = refused(
        "to 10/8",
        serve.proxy(&format!("{origin}/to-private")),
        403,
        "address-forbidden",
    );
    assert!(m.contains("10.0.0.1"), "{m}");
    let m = refused(
        "to metadata",
        serve.proxy(&format!("{origin}/to-metadata")),
        403,
        "address-forbidden",
    );
    assert!(m.contains("169.254.169.254"), "{m}");
    refused(
        "to fc00::/7",
        serve.proxy(&format!("{origin}/to-ula")),
        403,
        "address-forbidden",
    );
    refused(
        "to file:",
        serve.proxy(&format!("{origin}/to-file")),
        502,
        "bad-redirect",
    );
    refused(
        "loop",
        serve.proxy(&format!("{origin}/loop")),
        502,
        "redirect-loop",
    );
    refused(
        "3 redirects",
        serve.proxy(&format!("{origin}/r1")),
        502,
        "too-many-redirects",
    );
    // Another host (here the same server under another name) is refused too.
    let other = format!("http://localhost:{port}/doc.json");
    let issuer_other = Server::builder()
        .route("/hop", Reply::Redirect(302, other))
        .start();
    refused(
        "off-site",
        serve.proxy(&format!("{}/hop", issuer_other.origin())),
        502,
        "redirect-off-site",
    );

    // Size, time and type.
    let m = refused(
        "big",
        serve.proxy(&format!("{origin}/big")),
        502,
        "too-large",
    );
    assert!(m.contains("max_response_bytes"), "{m}");
    let started = Instant::now();
    let m = refused(
        "slow",
        serve.proxy(&format!("{origin}/slow")),
        504,
        "timeout",
    );
    assert!(m.contains("fetch_timeout_ms"), "{m}");
    assert!(
        started.elapsed() < Duration::from_millis(2500),
        "{:?}",
        started.elapsed()
    );
    refused(
        "html",
        serve.proxy(&format!("{origin}/page.html")),
        502,
        "content-type-not-allowed",
    );
    refused(
        "untyped",
        serve.proxy(&format!("{origin}/untyped")),
        502,
        "content-type-not-allowed",
    );

    // The issuer's own error status is passed on as it is (410 means revoked).
    let (status, head, _) = serve.proxy(&format!("{origin}/gone"));
    assert_eq!(
        (status, header(&head, "x-badgeverify-proxy-error")),
        (410, None)
    );
    assert!(issuer.paths().iter().all(|p| p != "/latest/meta-data/"));
}

/// The proxy with a test-only origin map serves 1EdTech's OB 2.0 documents under their
/// real URLs (what the browser test verifies through the page).
#[test]
fn mapped_origins_are_fetched_from_the_mirror() {
    let issuer = Server::builder()
        .mount("/", ob20("assets"))
        .route(
            "/beths-robotics-badge.json",
            Reply::File(ob20("basic-assertion.json")),
        )
        .start();
    let map = format!("https://example.org/={}/", issuer.origin());
    let serve = Serve::start(&["--allow-loopback-proxy", "--map-origin", &map]);
    let (status, _, body) = serve.proxy("https://example.org/beths-robotics-badge.json");
    assert_eq!(status, 200);
    let doc: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(doc["id"], "https://example.org/beths-robotics-badge.json");
    assert_eq!(issuer.paths(), ["/beths-robotics-badge.json"]);
    // Without the flag the mirror on 127.0.0.1 is refused like any loopback address.
    let strict = Serve::start(&["--map-origin", &map]);
    refused(
        "mapped without the flag",
        strict.proxy("https://example.org/beths-robotics-badge.json"),
        403,
        "address-forbidden",
    );
}
