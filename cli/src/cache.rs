//! The fetch cache: in memory for one run, and on disk with `--cache DIR`.
//!
//! Entries are keyed by the URL the core asked for plus the URL actually fetched (they differ
//! under `--map-origin`); the file name is the SHA-256 of that key in hex. Each entry is two
//! files: `<hash>.body` (the response body) and `<hash>.json` (URL, content type, final URL,
//! fetch time, expiry, or the HTTP status of a cached failure), written body first, each
//! through a temporary file and a rename.
//!
//! Freshness, in order:
//! - `Cache-Control: no-store` or `no-cache` (no revalidation is done): not stored;
//! - for status lists, a `ttl` (milliseconds) at the top of the JSON or in its
//!   `credentialSubject`: that long, or `max-age` if it is shorter;
//! - `Cache-Control: max-age=N`: N seconds (`max-age=0`: not stored);
//! - otherwise [`DEFAULT_TTL_MS`] (1 hour).
//!
//! Failures are not cached, except HTTP 404 and 410 for [`MISSING_TTL_MS`] (5 minutes).
//! Expiry is judged by the system clock, not by `--now`.

use badgeverify::{FetchError, Limits, Purpose, Response};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// How long a response is kept when its server says nothing about caching: 1 hour.
pub const DEFAULT_TTL_MS: u64 = 60 * 60 * 1000;
/// How long a 404 or 410 answer is kept: 5 minutes.
pub const MISSING_TTL_MS: u64 = 5 * 60 * 1000;
/// Largest `<hash>.json` metadata file read back from disk.
const MAX_META_BYTES: u64 = 64 * 1024;

/// A network answer plus what the cache needs to judge its freshness.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fetch {
    /// What the core is given.
    pub response: Response,
    /// The `Cache-Control` header, if the server sent one.
    pub cache_control: Option<String>,
}

impl Fetch {
    /// A failure without any response headers.
    pub fn failed(error: FetchError) -> Self {
        Self {
            response: Response::Failed(error),
            cache_control: None,
        }
    }
}

#[derive(Clone, Debug)]
struct Entry {
    response: Response,
    expires_ms: u64,
}

/// Fresh answers by key, in memory and optionally on disk.
#[derive(Debug)]
pub struct Cache {
    memory: HashMap<String, Entry>,
    dir: Option<PathBuf>,
    max_body: usize,
}

impl Cache {
    /// A cache that lives as long as this run.
    pub fn memory(limits: &Limits) -> Self {
        Self {
            memory: HashMap::new(),
            dir: None,
            max_body: limits.max_response_bytes,
        }
    }

    /// A cache that also persists in `dir` (created if missing).
    ///
    /// # Errors
    /// A sentence naming the directory when it cannot be created.
    pub fn on_disk(dir: &Path, limits: &Limits) -> Result<Self, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create the cache directory `{}`: {e}", dir.display()))?;
        Ok(Self {
            dir: Some(dir.to_path_buf()),
            ..Self::memory(limits)
        })
    }

    /// A fresh answer for `url` fetched from `actual`, if there is one.
    pub fn get(&mut self, url: &str, actual: &str) -> Option<Response> {
        let now = now_ms();
        let key = key(url, actual);
        if let Some(e) = self.memory.get(&key) {
            if e.expires_ms > now {
                return Some(e.response.clone());
            }
            self.memory.remove(&key);
        }
        let entry = self
            .read(&key, url, actual)
            .filter(|e| e.expires_ms > now)?;
        let response = entry.response.clone();
        self.memory.insert(key, entry);
        Some(response)
    }

    /// Keeps `fetched` if it may be cached (see the module documentation).
    pub fn put(&mut self, url: &str, actual: &str, purpose: Purpose, fetched: &Fetch) {
        let Some(ttl) = ttl_ms(purpose, fetched) else {
            return;
        };
        let now = now_ms();
        let entry = Entry {
            response: fetched.response.clone(),
            expires_ms: now.saturating_add(ttl),
        };
        let key = key(url, actual);
        // The disk copy is best effort: a read-only or full disk only costs a refetch later.
        let _ = self.write(&key, url, actual, now, &entry);
        self.memory.insert(key, entry);
    }

    fn paths(&self, key: &str) -> Option<(PathBuf, PathBuf)> {
        let dir = self.dir.as_ref()?;
        Some((
            dir.join(format!("{key}.json")),
            dir.join(format!("{key}.body")),
        ))
    }

    fn read(&self, key: &str, url: &str, actual: &str) -> Option<Entry> {
        use std::io::Read;
        let (meta_path, body_path) = self.paths(key)?;
        let mut text = Vec::new();
        std::fs::File::open(&meta_path)
            .ok()?
            .take(MAX_META_BYTES)
            .read_to_end(&mut text)
            .ok()?;
        let meta: Value = serde_json::from_slice(&text).ok()?;
        // A hash collision or a hand-edited file must not answer for another URL.
        if meta["url"] != url || meta["fetchedFrom"] != actual {
            return None;
        }
        let expires_ms = meta["expires"].as_u64()?;
        if let Some(status) = meta["status"].as_u64() {
            let status = u16::try_from(status).ok()?;
            return Some(Entry {
                response: Response::Failed(FetchError::Status { status }),
                expires_ms,
            });
        }
        let cap = u64::try_from(self.max_body)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        let mut body = Vec::new();
        std::fs::File::open(&body_path)
            .ok()?
            .take(cap)
            .read_to_end(&mut body)
            .ok()?;
        if body.len() > self.max_body || Some(body.len() as u64) != meta["bodyBytes"].as_u64() {
            return None;
        }
        Some(Entry {
            response: Response::Ok {
                body,
                content_type: meta["contentType"].as_str().map(str::to_owned),
                final_url: meta["finalUrl"].as_str()?.to_owned(),
            },
            expires_ms,
        })
    }

    fn write(
        &self,
        key: &str,
        url: &str,
        actual: &str,
        now: u64,
        entry: &Entry,
    ) -> std::io::Result<()> {
        let Some((meta_path, body_path)) = self.paths(key) else {
            return Ok(());
        };
        let mut meta = json!({
            "url": url,
            "fetchedFrom": actual,
            "fetched": now,
            "expires": entry.expires_ms,
        });
        match &entry.response {
            Response::Ok {
                body,
                content_type,
                final_url,
            } => {
                replace(&body_path, body)?;
                meta["contentType"] = json!(content_type);
                meta["finalUrl"] = json!(final_url);
                meta["bodyBytes"] = json!(body.len());
            }
            Response::Failed(FetchError::Status { status }) => meta["status"] = json!(status),
            Response::Failed(_) => return Ok(()),
        }
        let text = serde_json::to_vec_pretty(&meta).map_err(std::io::Error::other)?;
        replace(&meta_path, &text)
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename.
fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

/// The cache key: SHA-256 (hex) of the URL asked for and the URL fetched.
fn key(url: &str, actual: &str) -> String {
    let digest = Sha256::digest(format!("{url}\n{actual}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// How long `fetched` may be kept, or `None` when it must not be stored.
fn ttl_ms(purpose: Purpose, fetched: &Fetch) -> Option<u64> {
    let directives = fetched.cache_control.as_deref().map(directives);
    let directives = directives.unwrap_or_default();
    if directives.no_store {
        return None;
    }
    let ttl = match &fetched.response {
        Response::Ok { body, .. } => {
            let max_age = directives.max_age_s.map(|s| s.saturating_mul(1000));
            let list_ttl = if purpose == Purpose::StatusList {
                status_list_ttl(body)
            } else {
                None
            };
            match (list_ttl, max_age) {
                (Some(t), Some(m)) => t.min(m),
                (Some(t), None) => t,
                (None, Some(m)) => m,
                (None, None) => DEFAULT_TTL_MS,
            }
        }
        Response::Failed(FetchError::Status { status: 404 | 410 }) => MISSING_TTL_MS,
        Response::Failed(_) => return None,
    };
    (ttl > 0).then_some(ttl)
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Directives {
    no_store: bool,
    max_age_s: Option<u64>,
}

/// The `Cache-Control` directives that matter here (`no-cache` counts as `no-store`: this
/// cache never revalidates).
fn directives(header: &str) -> Directives {
    let mut d = Directives::default();
    for part in header.split(',') {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        let name = name.trim().to_ascii_lowercase();
        match name.as_str() {
            "no-store" | "no-cache" => d.no_store = true,
            "max-age" => {
                // An unparsable max-age means "stale" (RFC 9111 §4.2.1).
                let value = value.trim().trim_matches('"');
                d.max_age_s = Some(value.parse().unwrap_or(0));
            }
            _ => {}
        }
    }
    d
}

/// A status list's `ttl` in milliseconds, at the top level or in `credentialSubject`.
fn status_list_ttl(body: &[u8]) -> Option<u64> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let ttl = v
        .get("ttl")
        .or_else(|| v.get("credentialSubject")?.get("ttl"))?;
    ttl.as_u64()
        .or_else(|| ttl.as_str().and_then(|s| s.trim().parse().ok()))
}

/// The system clock in milliseconds since 1970 (0 if it is before that).
fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(body: &str, cache_control: Option<&str>) -> Fetch {
        Fetch {
            response: Response::Ok {
                body: body.as_bytes().to_vec(),
                content_type: Some("application/json".into()),
                final_url: "https://example.org/x".into(),
            },
            cache_control: cache_control.map(str::to_owned),
        }
    }

    #[test]
    fn freshness_rules() {
        let key = Purpose::Key;
        assert_eq!(ttl_ms(key, &ok("{}", None)), Some(DEFAULT_TTL_MS));
        assert_eq!(
            ttl_ms(key, &ok("{}", Some("public, max-age=60"))),
            Some(60_000)
        );
        assert_eq!(ttl_ms(key, &ok("{}", Some("Max-Age=\"5\""))), Some(5_000));
        assert_eq!(ttl_ms(key, &ok("{}", Some("max-age=0"))), None);
        assert_eq!(ttl_ms(key, &ok("{}", Some("max-age=soon"))), None);
        assert_eq!(ttl_ms(key, &ok("{}", Some("no-store"))), None);
        assert_eq!(ttl_ms(key, &ok("{}", Some("max-age=60, No-Cache"))), None);
        // `ttl` counts for status lists only, and the shorter of ttl and max-age wins.
        let list = r#"{"credentialSubject": {"ttl": 1000}}"#;
        assert_eq!(ttl_ms(key, &ok(list, None)), Some(DEFAULT_TTL_MS));
        assert_eq!(ttl_ms(Purpose::StatusList, &ok(list, None)), Some(1000));
        assert_eq!(
            ttl_ms(Purpose::StatusList, &ok(r#"{"ttl": "7"}"#, None)),
            Some(7)
        );
        assert_eq!(
            ttl_ms(Purpose::StatusList, &ok(list, Some("max-age=0"))),
            None
        );
        assert_eq!(
            ttl_ms(Purpose::StatusList, &ok(list, Some("max-age=3600"))),
            Some(1000)
        );
        // Failures: only 404 and 410, briefly.
        let failed = |e| Fetch::failed(e);
        assert_eq!(
            ttl_ms(key, &failed(FetchError::Status { status: 404 })),
            Some(MISSING_TTL_MS)
        );
        assert_eq!(
            ttl_ms(key, &failed(FetchError::Status { status: 410 })),
            Some(MISSING_TTL_MS)
        );
        assert_eq!(
            ttl_ms(key, &failed(FetchError::Status { status: 500 })),
            None
        );
        assert_eq!(ttl_ms(key, &failed(FetchError::Timeout)), None);
    }

    #[test]
    fn disk_entries_survive_a_new_cache_and_only_answer_their_own_url() {
        let dir = std::env::temp_dir().join(format!("badgeverify-cache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let limits = Limits::default();
        let (u, a) = ("https://example.org/k.json", "http://127.0.0.1:9/k.json");
        let mut c = Cache::on_disk(&dir, &limits).unwrap();
        c.put(u, a, Purpose::Key, &ok("{\"k\":1}", None));
        c.put(
            "https://example.org/gone",
            "https://example.org/gone",
            Purpose::HostedAssertion,
            &Fetch::failed(FetchError::Status { status: 410 }),
        );
        c.put(
            "https://example.org/t",
            "https://example.org/t",
            Purpose::Key,
            &Fetch::failed(FetchError::Timeout),
        );
        let mut fresh = Cache::on_disk(&dir, &limits).unwrap();
        assert_eq!(fresh.get(u, a), Some(ok("{\"k\":1}", None).response));
        assert_eq!(fresh.get(u, u), None);
        assert_eq!(
            fresh.get("https://example.org/gone", "https://example.org/gone"),
            Some(Response::Failed(FetchError::Status { status: 410 }))
        );
        assert_eq!(
            fresh.get("https://example.org/t", "https://example.org/t"),
            None
        );
        // A truncated body is not served.
        std::fs::write(dir.join(format!("{}.body", key(u, a))), b"{").unwrap();
        assert_eq!(Cache::on_disk(&dir, &limits).unwrap().get(u, a), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
