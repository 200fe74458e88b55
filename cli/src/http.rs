//! The network driver: answers the core's [`Request`]s with blocking HTTP(S) GETs.
//!
//! Each request is fetched with its own `Accept` header and a timeout of
//! [`Limits::fetch_timeout_ms`]; all requests of one verification share the budget
//! [`Limits::total_time_ms`] (once it is spent, every further request is a timeout without
//! touching the network). Redirects are followed here, not by the HTTP client, so that the
//! number of hops ([`Limits::max_redirects`]), loops and schemes (only `http`/`https`) are
//! checked on every hop and the final URL is known. Bodies are read up to
//! [`Limits::max_response_bytes`] and no further. Answers go through the [`Cache`].

use crate::cache::{Cache, Fetch};
use crate::driver::Driver;
use badgeverify::{FetchError, Limits, Request, Response};
use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// `User-Agent` sent with every request.
pub const USER_AGENT: &str = concat!(
    "badgeverify/",
    env!("CARGO_PKG_VERSION"),
    " (+open badges verifier)"
);

/// One `--map-origin FROM=TO` rule: URLs starting with `from` are fetched from `to` instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OriginMap {
    /// Prefix of the URLs the core asks for.
    pub from: String,
    /// What the prefix is replaced with when fetching.
    pub to: String,
}

impl OriginMap {
    /// Parses `FROM=TO`; both sides must be http(s) URLs.
    ///
    /// # Errors
    /// A sentence saying what is wrong with the argument.
    pub fn parse(arg: &str) -> Result<Self, String> {
        let Some((from, to)) = arg.split_once('=') else {
            return Err(format!(
                "`{arg}` is not FROM=TO (e.g. https://example.org/=http://127.0.0.1:8123/)"
            ));
        };
        for side in [from, to] {
            if !is_http(side) {
                return Err(format!(
                    "`{side}` in `{arg}` is not an http:// or https:// URL"
                ));
            }
        }
        Ok(Self {
            from: from.to_owned(),
            to: to.to_owned(),
        })
    }
}

/// The blocking HTTP(S) driver.
///
/// `--map-origin` rules rewrite the URL fetched (the longest matching FROM wins) and, in the
/// other direction, redirect targets and final URLs, so the core only sees original URLs.
pub struct Http {
    agent: ureq::Agent,
    limits: Limits,
    maps: Vec<OriginMap>,
    cache: Mutex<Cache>,
    /// One gate per URL: parallel verifications that need the same document wait for the
    /// first fetch and then read it from the cache.
    gates: Mutex<HashMap<String, Arc<Mutex<()>>>>,
}

impl Http {
    /// A driver bound by `limits`, rewriting URLs with `maps` (longest FROM wins) and answering
    /// from `cache` when it can.
    pub fn new(limits: &Limits, maps: Vec<OriginMap>, cache: Cache) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            // Redirects are followed by `get` itself, hop by hop.
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .build()
            .into();
        Self {
            agent,
            limits: limits.clone(),
            maps,
            cache: Mutex::new(cache),
            gates: Mutex::default(),
        }
    }

    /// The URL actually fetched for `url` (after `--map-origin`; the longest FROM wins).
    fn mapped(&self, url: &str) -> String {
        rewrite(
            url,
            self.maps.iter().map(|m| (m.from.as_str(), m.to.as_str())),
        )
    }

    /// The URL the core should see for a fetched `url` (the inverse of [`Self::mapped`]).
    fn unmapped(&self, url: &str) -> String {
        rewrite(
            url,
            self.maps.iter().map(|m| (m.to.as_str(), m.from.as_str())),
        )
    }

    /// Fetches `request` over the network, following redirects, until `deadline` at most.
    fn get(&self, request: &Request, deadline: Instant) -> Fetch {
        let now = Instant::now();
        let per_fetch = now + Duration::from_millis(self.limits.fetch_timeout_ms);
        let stop = deadline.min(per_fetch);
        let mut current = request.url.clone();
        let mut seen = vec![current.clone()];
        loop {
            if !is_http(&current) {
                return Fetch::failed(FetchError::Refused {
                    detail: format!("`{current}` is not an http(s) URL, so it is not fetched"),
                });
            }
            let actual = self.mapped(&current);
            let remaining = stop.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return Fetch::failed(FetchError::Timeout);
            }
            let response = match get_once(&self.agent, &actual, &request.accept, remaining) {
                Ok(r) => r,
                Err(e) => return Fetch::failed(client_error(&actual, e)),
            };
            let status = response.status().as_u16();
            let header = |name: &str| header_text(&response, name).map(str::to_owned);
            let location = header("location");
            if (300..400).contains(&status) {
                if let Some(location) = location {
                    let Some(next) = resolve(&actual, location.trim()) else {
                        return Fetch::failed(FetchError::Refused {
                            detail: format!(
                                "{actual} redirected to `{location}`, which is not an http(s) URL"
                            ),
                        });
                    };
                    let next = self.unmapped(&next);
                    if seen.contains(&next) || seen.len() > self.limits.max_redirects {
                        return Fetch::failed(FetchError::Redirects);
                    }
                    seen.push(next.clone());
                    current = next;
                    continue;
                }
            }
            let cache_control = header("cache-control");
            if !(200..300).contains(&status) {
                return Fetch {
                    response: Response::Failed(FetchError::Status { status }),
                    cache_control,
                };
            }
            let content_type = header("content-type");
            let body = match read_capped(response, self.limits.max_response_bytes) {
                Ok(body) => body,
                Err(e) => return Fetch::failed(io_error(&actual, &e)),
            };
            if body.len() > self.limits.max_response_bytes {
                return Fetch::failed(FetchError::TooLarge);
            }
            return Fetch {
                response: Response::Ok {
                    body,
                    content_type,
                    final_url: current,
                },
                cache_control,
            };
        }
    }
}

impl Driver for Http {
    fn fetch(&self, request: &Request, deadline: Instant) -> Response {
        let actual = self.mapped(&request.url);
        let gate = Arc::clone(
            self.gates
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(actual.clone())
                .or_default(),
        );
        let _only_one_fetch = gate.lock().unwrap_or_else(PoisonError::into_inner);
        let cache = || self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(hit) = cache().get(&request.url, &actual) {
            return hit;
        }
        let fetched = self.get(request, deadline);
        cache().put(&request.url, &actual, request.purpose, &fetched);
        fetched.response
    }
}

/// One GET of `url` (the agent follows no redirects: the callers check each hop themselves),
/// within `remaining` in all.
pub fn get_once(
    agent: &ureq::Agent,
    url: &str,
    accept: &str,
    remaining: Duration,
) -> Result<ureq::http::Response<ureq::Body>, ureq::Error> {
    agent
        .get(url)
        .header("Accept", accept)
        .config()
        .timeout_global(Some(remaining))
        .build()
        .call()
}

/// The value of `response`'s header `name`, if it has one that is text.
pub fn header_text<'a>(
    response: &'a ureq::http::Response<ureq::Body>,
    name: &str,
) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

/// The body of `response`, read up to `max` bytes plus one: a body longer than `max` comes
/// back longer than `max`, for the caller to refuse, without reading the rest.
pub fn read_capped(
    response: ureq::http::Response<ureq::Body>,
    max: usize,
) -> std::io::Result<Vec<u8>> {
    let cap = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let mut body = Vec::new();
    response
        .into_body()
        .into_reader()
        .take(cap)
        .read_to_end(&mut body)?;
    Ok(body)
}

/// `url` with the longest matching prefix of `rules` (prefix, replacement) replaced.
pub fn rewrite<'a>(url: &str, rules: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    rules
        .filter(|(prefix, _)| url.starts_with(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map_or_else(
            || url.to_owned(),
            |(prefix, replacement)| format!("{replacement}{}", &url[prefix.len()..]),
        )
}

/// Whether `url` starts with `http://` or `https://` (case-insensitively).
pub fn is_http(url: &str) -> bool {
    let head = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    head.starts_with("http://") || head.starts_with("https://")
}

/// The `Location` of a redirect from `base`, made absolute; `None` unless it is http(s).
pub fn resolve(base: &str, location: &str) -> Option<String> {
    let has_scheme = location.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme {
        return is_http(location).then(|| location.to_owned());
    }
    let (scheme, rest) = base.split_once("://")?;
    if let Some(authority_path) = location.strip_prefix("//") {
        return Some(format!("{scheme}://{authority_path}"));
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = format!("{scheme}://{}", rest.get(..authority_end)?);
    if location.starts_with('/') {
        return Some(format!("{origin}{location}"));
    }
    // Relative to the base's directory (query and fragment of the base dropped).
    let path = rest.get(authority_end..)?;
    let path = path.split(['?', '#']).next().unwrap_or("");
    let dir = path
        .rfind('/')
        .map_or("/", |i| path.get(..=i).unwrap_or("/"));
    let dir = if dir.is_empty() { "/" } else { dir };
    if location.starts_with('?') {
        return Some(format!("{origin}{path}{location}"));
    }
    Some(format!("{origin}{dir}{location}"))
}

/// How a failed client call is reported to the core.
fn client_error(url: &str, e: ureq::Error) -> FetchError {
    match e {
        ureq::Error::Timeout(_) => FetchError::Timeout,
        ureq::Error::Io(io) => io_error(url, &io),
        ureq::Error::BadUri(why) => FetchError::Refused {
            detail: format!("`{url}` is not a URL that can be fetched: {why}"),
        },
        ureq::Error::HostNotFound => FetchError::Connection {
            detail: format!("the host of {url} was not found"),
        },
        other => FetchError::Connection {
            detail: format!("{url}: {other}"),
        },
    }
}

/// How an I/O error (connecting or reading the body) is reported to the core.
fn io_error(url: &str, e: &std::io::Error) -> FetchError {
    use std::io::ErrorKind;
    let inner_timeout = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<ureq::Error>())
        .is_some_and(|u| matches!(u, ureq::Error::Timeout(_)));
    if inner_timeout || matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock) {
        FetchError::Timeout
    } else {
        FetchError::Connection {
            detail: format!("{url}: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_maps_parse() {
        let m = OriginMap::parse("https://example.org/=http://127.0.0.1:8123/").unwrap();
        assert_eq!(m.from, "https://example.org/");
        assert_eq!(m.to, "http://127.0.0.1:8123/");
        assert!(OriginMap::parse("https://example.org/").is_err());
        assert!(OriginMap::parse("file:///etc/=http://127.0.0.1/").is_err());
        assert!(OriginMap::parse("https://a.example/=ftp://b.example/").is_err());
    }

    #[test]
    fn mapping_round_trips_and_the_longest_prefix_wins() {
        let maps = vec![
            OriginMap::parse("https://example.org/=http://127.0.0.1:1/").unwrap(),
            OriginMap::parse("https://example.org/a/=http://127.0.0.1:1/x/").unwrap(),
        ];
        let d = Http::new(&Limits::default(), maps, Cache::memory(&Limits::default()));
        assert_eq!(
            d.mapped("https://example.org/a/b"),
            "http://127.0.0.1:1/x/b"
        );
        assert_eq!(d.mapped("https://example.org/c"), "http://127.0.0.1:1/c");
        assert_eq!(
            d.mapped("https://other.example/c"),
            "https://other.example/c"
        );
        assert_eq!(
            d.unmapped("http://127.0.0.1:1/x/b"),
            "https://example.org/a/b"
        );
    }

    #[test]
    fn redirect_locations_resolve() {
        let base = "http://h.example:8/a/b/c.json?q=1";
        assert_eq!(
            resolve(base, "https://o.example/x").as_deref(),
            Some("https://o.example/x")
        );
        assert_eq!(
            resolve(base, "//o.example/x").as_deref(),
            Some("http://o.example/x")
        );
        assert_eq!(resolve(base, "/x").as_deref(), Some("http://h.example:8/x"));
        assert_eq!(
            resolve(base, "d.json").as_deref(),
            Some("http://h.example:8/a/b/d.json")
        );
        assert_eq!(
            resolve("http://h.example", "d").as_deref(),
            Some("http://h.example/d")
        );
        assert_eq!(resolve(base, "file:///etc/passwd"), None);
        assert_eq!(resolve(base, "data:text/plain,x"), None);
    }
}
