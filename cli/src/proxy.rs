//! The documents proxy of `badgeverify serve`: fetches a badge's documents for the verifier
//! page when their servers do not allow cross-site requests.
//!
//! It is a security boundary (threat model in `docs/security.md`, "The documents proxy"):
//! anything that can reach the page can ask it for any URL, so it only ever fetches what a
//! badge document can be, from where a badge document can be:
//!
//! - `GET` of an absolute `http`/`https` URL without credentials (`user:pass@`);
//! - the destination address is checked **after DNS resolution, on every hop** (the checking
//!   resolver is the one the HTTP client connects with, so the address checked is the address
//!   connected to: no second lookup, no DNS rebinding): no loopback, private, link-local,
//!   shared (CGNAT), multicast, documentation, reserved or unspecified address, nor an IPv6
//!   address that embeds one ([`forbidden`]); `--allow-loopback-proxy` (tests only) allows
//!   loopback;
//! - redirects are followed by the proxy, at most [`Limits::max_redirects`], never in a loop,
//!   never to another host (the page cannot see redirects through the proxy, so it could not
//!   apply the core's rule that key documents must not come from another site) and never
//!   from `https` down to `http`;
//! - the whole fetch takes at most [`Limits::fetch_timeout_ms`] and at most
//!   [`Limits::max_response_bytes`] of body;
//! - only the content types a badge document has ([`ALLOWED_TYPES`]) are passed on, with
//!   `nosniff` and a sandboxing CSP, so a proxied page can never run as the verifier's origin;
//! - no request header of the caller is passed on (the proxy sends its own `Accept` and
//!   `User-Agent`), no cookie is kept or sent, and only `Content-Type` comes back.
//!
//! Every refusal is an HTTP status with header `X-Badgeverify-Proxy-Error: <code>` and a JSON
//! body `{"error": code, "message": sentence}`; an upstream error status (404, 410, 500…) is
//! passed on as it is, without that header.

use crate::http::{
    get_once, header_text, is_http, read_capped, resolve, rewrite, OriginMap, USER_AGENT,
};
use badgeverify::Limits;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

/// The `Accept` header of every proxied request: the kinds of document a badge refers to.
pub const ACCEPT: &str = "application/ld+json, application/json;q=0.9, application/jwt;q=0.8, \
                          text/plain;q=0.5, image/png;q=0.4, image/svg+xml;q=0.4, */*;q=0.1";

/// The media types passed on (compared without parameters, case-insensitively); anything
/// else is refused with `content-type-not-allowed`. Also allowed: any `application/*+json`
/// (e.g. `application/did+json`, `application/vc+ld+json`) and `application/*+jwt`
/// (`application/vc+jwt`). Images are here because a hosted assertion may point at a baked
/// badge image; HTML never is (a proxied page must not become part of the verifier's site).
pub const ALLOWED_TYPES: &[&str] = &[
    "application/json",
    "application/ld+json",
    "application/jwt",
    "application/jose",
    "text/plain",
    "application/x-pem-file",
    "application/pem-certificate-chain",
    "image/png",
    "image/svg+xml",
];

/// Largest response head (status line and headers) the proxy reads from an upstream server.
pub const MAX_RESPONSE_HEADER_BYTES: usize = 16 * 1024;

/// What the proxy answers: a status, a content type and a body; `error` is the refusal code
/// (sent as `X-Badgeverify-Proxy-Error`) when the proxy itself refused.
#[derive(Debug)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// `Content-Type` of the body.
    pub content_type: String,
    /// The body: the document, or the JSON refusal.
    pub body: Vec<u8>,
    /// The refusal code, or `None` when this is the upstream server's answer.
    pub error: Option<&'static str>,
}

impl Answer {
    /// A refusal: `status`, `code` and a sentence naming the reason, as JSON.
    pub fn refuse(status: u16, code: &'static str, message: &str) -> Self {
        let body = serde_json::json!({ "error": code, "message": message }).to_string();
        Self {
            status,
            content_type: "application/json".to_owned(),
            body: body.into_bytes(),
            error: Some(code),
        }
    }
}

/// Why an address may not be fetched, or `None` when it may. Loopback (127/8, `::1`, and the
/// IPv4-mapped form of 127/8) is allowed only with `allow_loopback`.
pub fn forbidden(ip: IpAddr, allow_loopback: bool) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4, allow_loopback),
        IpAddr::V6(v6) => forbidden_v6(v6, allow_loopback),
    }
}

fn forbidden_v4(ip: Ipv4Addr, allow_loopback: bool) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    let reason = match (a, b, c) {
        (127, _, _) if allow_loopback => return None,
        (127, _, _) => "loopback (127.0.0.0/8)",
        (0, _, _) => "unspecified / \"this network\" (0.0.0.0/8)",
        (10, _, _) => "private (10.0.0.0/8)",
        (100, 64..=127, _) => "shared address space / CGNAT (100.64.0.0/10)",
        (169, 254, _) => "link-local (169.254.0.0/16, cloud metadata services)",
        (172, 16..=31, _) => "private (172.16.0.0/12)",
        (192, 0, 0) => "IETF protocol assignments (192.0.0.0/24)",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "documentation (TEST-NET)",
        (192, 88, 99) => "6to4 relay anycast (192.88.99.0/24)",
        (192, 168, _) => "private (192.168.0.0/16)",
        (198, 18..=19, _) => "benchmarking (198.18.0.0/15)",
        (224..=239, _, _) => "multicast (224.0.0.0/4)",
        (240..=255, _, _) => "reserved or broadcast (240.0.0.0/4)",
        _ => return None,
    };
    Some(reason)
}

fn forbidden_v6(ip: Ipv6Addr, allow_loopback: bool) -> Option<&'static str> {
    let s = ip.segments();
    if ip == Ipv6Addr::LOCALHOST {
        return (!allow_loopback).then_some("loopback (::1)");
    }
    if ip.is_unspecified() {
        return Some("unspecified (::)");
    }
    // IPv4-mapped (::ffff:a.b.c.d) and the well-known NAT64 prefix (64:ff9b::/96) reach the
    // IPv4 address inside: judge that one.
    let embedded = Ipv4Addr::new(
        (s[6] >> 8) as u8,
        (s[6] & 0xff) as u8,
        (s[7] >> 8) as u8,
        (s[7] & 0xff) as u8,
    );
    if s[..5] == [0; 5] && s[5] == 0xffff || s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return forbidden_v4(embedded, allow_loopback)
            .map(|_| "an IPv6 address embedding a forbidden IPv4 address (IPv4-mapped or NAT64)");
    }
    let reason = match s[0] {
        _ if s[..6] == [0; 6] => "IPv4-compatible (deprecated, ::/96)",
        0x2002 => {
            let inner = Ipv4Addr::new(
                (s[1] >> 8) as u8,
                (s[1] & 0xff) as u8,
                (s[2] >> 8) as u8,
                (s[2] & 0xff) as u8,
            );
            return forbidden_v4(inner, false)
                .map(|_| "6to4 (2002::/16) embedding a forbidden IPv4 address");
        }
        0x0100 if s[1..4] == [0, 0, 0] => "discard-only (100::/64)",
        0x2001 if s[1] == 0x0db8 => "documentation (2001:db8::/32)",
        0x2001 if s[1] < 0x0200 => "IETF protocol assignments (2001::/23)",
        x if x & 0xfe00 == 0xfc00 => "unique local / private (fc00::/7)",
        x if x & 0xffc0 == 0xfe80 => "link-local (fe80::/10)",
        x if x & 0xffc0 == 0xfec0 => "site-local (deprecated, fec0::/10)",
        x if x & 0xff00 == 0xff00 => "multicast (ff00::/8)",
        _ => return None,
    };
    Some(reason)
}

/// The refusal a [`Guard`] reports through the HTTP client.
#[derive(Debug)]
struct Blocked {
    host: String,
    ip: IpAddr,
    reason: &'static str,
}

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` resolves to {}, which is {}; the proxy fetches only public addresses",
            self.host, self.ip, self.reason
        )
    }
}

impl std::error::Error for Blocked {}

/// The resolver the proxy's HTTP client connects with: the system resolver, then every
/// address checked. If any address a name resolves to is forbidden, the name is refused
/// (a name that mixes public and private addresses is an attack, not a badge host).
#[derive(Debug)]
struct Guard {
    allow_loopback: bool,
}

impl Resolver for Guard {
    fn resolve(
        &self,
        uri: &Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = DefaultResolver::default().resolve(uri, config, timeout)?;
        for addr in addrs.iter() {
            if let Some(reason) = forbidden(addr.ip(), self.allow_loopback) {
                return Err(ureq::Error::Other(Box::new(Blocked {
                    host: uri.host().unwrap_or("").to_owned(),
                    ip: addr.ip(),
                    reason,
                })));
            }
        }
        Ok(addrs)
    }
}

/// The proxy: one HTTP agent with the checking resolver, the limits and the test-only maps.
pub struct Proxy {
    agent: ureq::Agent,
    limits: Limits,
    maps: Vec<OriginMap>,
    allow_loopback: bool,
}

impl Proxy {
    /// A proxy bound by `limits`; `maps` (`--map-origin`, for tests and mirrors) rewrite the
    /// URL fetched; `allow_loopback` (`--allow-loopback-proxy`, tests only) allows loopback.
    pub fn new(limits: &Limits, maps: Vec<OriginMap>, allow_loopback: bool) -> Self {
        let config = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            // Never through an HTTP(S)_PROXY: the address checked must be the one connected to.
            .proxy(None)
            .user_agent(USER_AGENT)
            .max_response_header_size(MAX_RESPONSE_HEADER_BYTES)
            .build();
        let agent = ureq::Agent::with_parts(
            config,
            DefaultConnector::default(),
            Guard { allow_loopback },
        );
        Self {
            agent,
            limits: limits.clone(),
            maps,
            allow_loopback,
        }
    }

    /// Answers a request for `/proxy?url=…` with `method`.
    pub fn handle(&self, method: &str, query: Option<&str>) -> Answer {
        if method != "GET" {
            return Answer::refuse(
                405,
                "method-not-allowed",
                &format!("the documents proxy answers only GET, not {method}"),
            );
        }
        let Some(target) = query.and_then(|q| {
            q.split('&')
                .find_map(|pair| pair.strip_prefix("url="))
                .map(percent_decode)
        }) else {
            return Answer::refuse(
                400,
                "missing-url",
                "ask for /proxy?url=<the document's URL, percent-encoded>",
            );
        };
        let Some(target) = target else {
            return Answer::refuse(400, "bad-url", "the url parameter is not valid UTF-8");
        };
        self.fetch(&target)
    }

    /// Fetches `url` under every rule of the module documentation.
    pub fn fetch(&self, url: &str) -> Answer {
        let stop = Instant::now() + Duration::from_millis(self.limits.fetch_timeout_ms);
        if let Err(refusal) = check_url(url) {
            return refusal;
        }
        let mut current = url.to_owned();
        let mut seen = vec![current.clone()];
        loop {
            let actual = rewrite(
                &current,
                self.maps.iter().map(|m| (m.from.as_str(), m.to.as_str())),
            );
            if let Err(refusal) = check_url(&actual).and_then(|()| self.check_literal(&actual)) {
                return refusal;
            }
            let remaining = stop.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return timeout(url, &self.limits);
            }
            let response = match get_once(&self.agent, &actual, ACCEPT, remaining) {
                Ok(r) => r,
                Err(e) => return self.client_error(&current, e),
            };
            let status = response.status().as_u16();
            let header = |name: &str| header_text(&response, name).map(|v| v.trim().to_owned());
            if (300..400).contains(&status) {
                if let Some(location) = header("location") {
                    let next = match resolve(&actual, &location) {
                        Some(next) => rewrite(
                            &next,
                            self.maps.iter().map(|m| (m.to.as_str(), m.from.as_str())),
                        ),
                        None => {
                            return Answer::refuse(
                                502,
                                "bad-redirect",
                                &format!(
                                "{current} redirected to `{location}`, which is not an http(s) URL"
                            ),
                            )
                        }
                    };
                    if let Err(refusal) = self.check_redirect(&current, &next) {
                        return refusal;
                    }
                    if seen.contains(&next) {
                        return Answer::refuse(
                            502,
                            "redirect-loop",
                            &format!("{current} redirected to {next}, which was already visited"),
                        );
                    }
                    if seen.len() > self.limits.max_redirects {
                        return Answer::refuse(
                            502,
                            "too-many-redirects",
                            &format!(
                                "{url} redirected more than max_redirects ({}) times",
                                self.limits.max_redirects
                            ),
                        );
                    }
                    seen.push(next.clone());
                    current = next;
                    continue;
                }
            }
            if !(200..300).contains(&status) {
                // The issuer's own answer (404, 410 = revoked, 500…) is passed on as it is.
                return Answer {
                    status,
                    content_type: "text/plain; charset=utf-8".to_owned(),
                    body: format!("{current} answered HTTP {status}").into_bytes(),
                    error: None,
                };
            }
            let content_type = header("content-type").unwrap_or_default();
            if !allowed_type(&content_type) {
                let shown = if content_type.is_empty() {
                    "no Content-Type".to_owned()
                } else {
                    format!("Content-Type `{content_type}`")
                };
                return Answer::refuse(
                    502,
                    "content-type-not-allowed",
                    &format!(
                        "{current} answered with {shown}; the proxy passes on only JSON, JSON-LD, \
                         JWT, plain text, PEM, PNG and SVG"
                    ),
                );
            }
            let body = match read_capped(response, self.limits.max_response_bytes) {
                Ok(body) => body,
                Err(e) => {
                    let timed_out = e.kind() == std::io::ErrorKind::TimedOut
                        || e.get_ref()
                            .and_then(|i| i.downcast_ref::<ureq::Error>())
                            .is_some_and(|u| matches!(u, ureq::Error::Timeout(_)));
                    if timed_out || Instant::now() >= stop {
                        return timeout(url, &self.limits);
                    }
                    return Answer::refuse(
                        502,
                        "connection-failed",
                        &format!("reading {current} failed: {e}"),
                    );
                }
            };
            if body.len() > self.limits.max_response_bytes {
                return Answer::refuse(
                    502,
                    "too-large",
                    &format!(
                        "{current} sent more than max_response_bytes ({} bytes)",
                        self.limits.max_response_bytes
                    ),
                );
            }
            return Answer {
                status: 200,
                content_type,
                body,
                error: None,
            };
        }
    }

    /// Refuses a URL whose host is a forbidden IP literal before any connection (the
    /// resolver would refuse it too; this names the address without a lookup).
    fn check_literal(&self, url: &str) -> Result<(), Answer> {
        let host = host_of(url).unwrap_or_default();
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            if let Some(reason) = forbidden(ip, self.allow_loopback) {
                return Err(Answer::refuse(
                    403,
                    "address-forbidden",
                    &format!("{ip} is {reason}; the proxy fetches only public addresses ({url})"),
                ));
            }
        }
        Ok(())
    }

    /// A redirect from `from` to `to` may not leave the host or go from https to http; its
    /// target address is checked like the first one.
    fn check_redirect(&self, from: &str, to: &str) -> Result<(), Answer> {
        check_url(to)?;
        self.check_literal(to)?;
        if site_of(from) != site_of(to) {
            return Err(Answer::refuse(
                502,
                "redirect-off-site",
                &format!(
                    "{from} redirected to {to}, on another host or port; through the proxy \
                     the page cannot tell where a document came from, so the proxy follows \
                     redirects only within one site"
                ),
            ));
        }
        if from.to_ascii_lowercase().starts_with("https:")
            && to.to_ascii_lowercase().starts_with("http:")
        {
            return Err(Answer::refuse(
                502,
                "redirect-downgrade",
                &format!("{from} redirected from https to plain http ({to})"),
            ));
        }
        Ok(())
    }

    fn client_error(&self, url: &str, e: ureq::Error) -> Answer {
        match e {
            ureq::Error::Other(inner) => match inner.downcast::<Blocked>() {
                Ok(blocked) => Answer::refuse(403, "address-forbidden", &blocked.to_string()),
                Err(other) => Answer::refuse(502, "connection-failed", &format!("{url}: {other}")),
            },
            ureq::Error::Timeout(_) => timeout(url, &self.limits),
            ureq::Error::HostNotFound => Answer::refuse(
                502,
                "host-not-found",
                &format!("the host of {url} was not found"),
            ),
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                timeout(url, &self.limits)
            }
            other => Answer::refuse(502, "connection-failed", &format!("{url}: {other}")),
        }
    }
}

fn timeout(url: &str, limits: &Limits) -> Answer {
    Answer::refuse(
        504,
        "timeout",
        &format!(
            "{url} took longer than fetch_timeout_ms ({} ms)",
            limits.fetch_timeout_ms
        ),
    )
}

/// Refuses anything but an absolute http(s) URL with a host and no credentials.
fn check_url(url: &str) -> Result<(), Answer> {
    if !is_http(url) {
        let scheme = url.split_once(':').map_or("none", |(s, _)| s);
        return Err(Answer::refuse(
            400,
            "scheme-not-allowed",
            &format!("`{url}` is not an http:// or https:// URL (scheme: {scheme})"),
        ));
    }
    let parsed: Uri = url
        .parse()
        .map_err(|e| Answer::refuse(400, "bad-url", &format!("`{url}` is not a valid URL: {e}")))?;
    let authority = parsed.authority().map(|a| a.as_str()).unwrap_or("");
    if authority.contains('@') {
        return Err(Answer::refuse(
            400,
            "credentials-not-allowed",
            &format!("`{url}` carries a user name or password; the proxy sends no credentials"),
        ));
    }
    if parsed.host().is_none_or(str::is_empty) {
        return Err(Answer::refuse(
            400,
            "bad-url",
            &format!("`{url}` has no host"),
        ));
    }
    Ok(())
}

/// The host of an http(s) URL (IPv6 literals keep their brackets).
fn host_of(url: &str) -> Option<String> {
    let parsed: Uri = url.parse().ok()?;
    parsed.host().map(str::to_owned)
}

/// The site of a URL as the core judges it (`same_site` in the core): the host, lower case,
/// and the port unless it is the scheme's default, so that `https://a.org` and
/// `https://a.org:8443` are two sites and an `http` → `https` upgrade stays on one.
fn site_of(url: &str) -> Option<(String, Option<u16>)> {
    let parsed: Uri = url.parse().ok()?;
    let default = match parsed.scheme_str()?.to_ascii_lowercase().as_str() {
        "https" => 443,
        _ => 80,
    };
    let port = parsed.port_u16().filter(|&p| p != default);
    Some((parsed.host()?.to_ascii_lowercase(), port))
}

/// Whether a `Content-Type` is one a badge document can have.
fn allowed_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    ALLOWED_TYPES.contains(&essence.as_str())
        || essence.starts_with("application/")
            && (essence.ends_with("+json") || essence.ends_with("+jwt"))
}

/// Decodes `%XX` escapes and `+` (a query component); `None` if the result is not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no(ip: &str) -> Option<&'static str> {
        forbidden(ip.parse().unwrap(), false)
    }

    #[test]
    fn a_site_is_host_and_port() {
        assert_eq!(site_of("https://A.org/x"), site_of("https://a.org:443/y"));
        assert_eq!(site_of("http://a.org/x"), site_of("https://a.org/x"));
        assert_ne!(site_of("https://a.org/x"), site_of("https://a.org:8443/x"));
        assert_ne!(site_of("https://a.org/x"), site_of("https://b.org/x"));
    }

    #[test]
    fn forbidden_addresses() {
        for ip in [
            "127.0.0.1",
            "127.255.0.9",
            "0.0.0.0",
            "10.0.0.1",
            "100.64.0.1",
            "100.127.255.254",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "192.0.2.7",
            "198.18.0.1",
            "224.0.0.1",
            "239.255.255.250",
            "255.255.255.255",
            "::1",
            "::",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a00:1",
            "2002:a00:1::1",
            "::10.0.0.1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
        ] {
            assert!(no(ip).is_some(), "{ip} must be refused");
        }
        for ip in [
            "93.184.216.34",
            "8.8.8.8",
            "100.63.255.255",
            "100.128.0.0",
            "172.15.255.255",
            "172.32.0.0",
            "192.169.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
            "2a00:1450::1",
        ] {
            assert_eq!(no(ip), None, "{ip} must be allowed");
        }
        // The test flag allows loopback and nothing else.
        for ip in ["127.0.0.1", "::1", "::ffff:127.0.0.1"] {
            assert_eq!(forbidden(ip.parse().unwrap(), true), None, "{ip}");
        }
        for ip in ["10.0.0.1", "169.254.169.254", "fe80::1", "0.0.0.0", "::"] {
            assert!(forbidden(ip.parse().unwrap(), true).is_some(), "{ip}");
        }
    }

    #[test]
    fn content_types() {
        for t in [
            "application/json",
            "application/ld+json; charset=utf-8",
            "Application/JSON",
            "application/did+json",
            "application/vc+ld+json",
            "application/vc+jwt",
            "text/plain; charset=us-ascii",
            "image/png",
            "image/svg+xml",
            "application/x-pem-file",
        ] {
            assert!(allowed_type(t), "{t}");
        }
        for t in [
            "",
            "text/html",
            "application/octet-stream",
            "image/jpeg",
            "text/javascript",
            "application/xhtml+xml",
        ] {
            assert!(!allowed_type(t), "{t}");
        }
    }

    #[test]
    fn urls_are_checked() {
        assert!(check_url("https://example.org/a.json").is_ok());
        for (url, code) in [
            ("file:///etc/passwd", "scheme-not-allowed"),
            ("ftp://example.org/x", "scheme-not-allowed"),
            ("gopher://127.0.0.1:6379/_x", "scheme-not-allowed"),
            ("https://user:pw@example.org/", "credentials-not-allowed"),
            ("/relative", "scheme-not-allowed"),
        ] {
            assert_eq!(check_url(url).unwrap_err().error, Some(code), "{url}");
        }
    }

    #[test]
    fn query_values_decode() {
        assert_eq!(
            percent_decode("https%3A%2F%2Fexample.org%2Fa%3Fb%3D1").as_deref(),
            Some("https://example.org/a?b=1")
        );
        assert_eq!(percent_decode("%ff"), None);
        assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
    }
}
