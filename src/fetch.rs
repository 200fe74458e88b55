//! What the core asks its driver for — documents to fetch and signatures to check — and
//! what the driver answers.
//!
//! The core does no I/O. [`crate::verify`] is a pure function of the input, the options and
//! the answers so far ([`Fetched`]). When it needs a document it returns [`crate::Step::Need`]
//! with [`Request`]s; the driver (CLI: blocking HTTP; wasm: JS `fetch`; tests: a loopback
//! server or a map) fetches them, records each [`Response`] in `Fetched`, and calls `verify`
//! again. Signature checks go the same way: `Step::Need` also lists
//! [`crate::crypto::SignatureCheck`]s, whose arithmetic the driver does (WebCrypto, or
//! `crypto::check`) and answers with [`Fetched::answer_signature`]. Verification
//! takes milliseconds, so re-running it is simpler and safer than suspending it; the
//! expensive part of a replay (canonicalizing a document for its signature) is skipped when
//! the check's id already has an answer. The number of rounds is bounded by
//! [`crate::Limits::max_fetches`] and [`crate::Limits::max_signatures`]: every round answers
//! at least one new document or signature.

use crate::json::{object, serialize_via_json, Value};

/// Why a document is needed; drivers may use it for logging, caching or `Accept` headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Purpose {
    /// An OB 2.0 hosted assertion (or a URL given as input).
    HostedAssertion,
    /// An OB 2.0 BadgeClass.
    BadgeClass,
    /// An issuer profile.
    IssuerProfile,
    /// A public key document (OB 2.0 CryptographicKey, a verification method, a JWK).
    Key,
    /// A DID document (did:web).
    DidDocument,
    /// A JSON Web Key Set (`/.well-known/jwks.json`).
    Jwks,
    /// A W3C status list credential (Bitstring / StatusList2021).
    StatusList,
    /// An OB 2.0 or 1EdTech revocation list.
    RevocationList,
    /// An OB 3.0 credential refresh.
    Refresh,
}

impl Purpose {
    /// Whether a document of this kind vouches for keys or status, so that it is accepted
    /// only from the site the badge names: a redirect to another site is refused (an
    /// `http` → `https` upgrade on the same host is not another site).
    pub fn pins_origin(self) -> bool {
        matches!(
            self,
            Self::Key | Self::DidDocument | Self::Jwks | Self::StatusList
        )
    }

    /// The wire name, e.g. `issuer-profile`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HostedAssertion => "hosted-assertion",
            Self::BadgeClass => "badge-class",
            Self::IssuerProfile => "issuer-profile",
            Self::Key => "key",
            Self::DidDocument => "did-document",
            Self::Jwks => "jwks",
            Self::StatusList => "status-list",
            Self::RevocationList => "revocation-list",
            Self::Refresh => "refresh",
        }
    }
}

/// A document the core needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// Absolute http(s) URL to GET (no fragment).
    pub url: String,
    /// Why it is needed.
    pub purpose: Purpose,
    /// The `Accept` header to send.
    pub accept: String,
}

impl Request {
    /// `{url, purpose, accept}`.
    pub fn to_json(&self) -> Value {
        object([
            ("url", Value::from(self.url.as_str())),
            ("purpose", Value::from(self.purpose.as_str())),
            ("accept", Value::from(self.accept.as_str())),
        ])
    }
}

serialize_via_json! {
    Request => Request::to_json,
    Purpose => |p| Value::from(p.as_str()),
    FetchError => FetchError::to_json,
}

/// Why a fetch did not produce a document. Drivers in other languages exchange it as JSON
/// through [`FetchError::to_json`] and [`FetchError::from_json`], its one serialisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// Fetching is turned off (`--offline`, `offline: true`).
    Offline,
    /// No answer within the timeout.
    Timeout,
    /// DNS, connection or TLS failure.
    Connection {
        /// Details from the driver.
        detail: String,
    },
    /// The browser refused a cross-origin response (no CORS headers on the server).
    Cors,
    /// The server answered with a non-success status.
    Status {
        /// The HTTP status code.
        status: u16,
    },
    /// The body was larger than [`crate::Limits::max_response_bytes`].
    TooLarge,
    /// Too many redirects, or a redirect loop.
    Redirects,
    /// The URL may not be fetched (not http(s), or not allowed by policy).
    Refused {
        /// Why.
        detail: String,
    },
}

impl FetchError {
    /// The failure as JSON, e.g. `{"kind":"status","status":404}`: `kind` in kebab-case, plus
    /// `detail` (`connection`, `refused`) or `status` (`status`). Its `Serialize` writes
    /// this too.
    pub fn to_json(&self) -> Value {
        let kind = |k: &str| ("kind", Value::from(k));
        match self {
            Self::Offline => object([kind("offline")]),
            Self::Timeout => object([kind("timeout")]),
            Self::Connection { detail } => {
                object([kind("connection"), ("detail", Value::from(detail.as_str()))])
            }
            Self::Cors => object([kind("cors")]),
            Self::Status { status } => {
                object([kind("status"), ("status", Value::from(u64::from(*status)))])
            }
            Self::TooLarge => object([kind("too-large")]),
            Self::Redirects => object([kind("redirects")]),
            Self::Refused { detail } => {
                object([kind("refused"), ("detail", Value::from(detail.as_str()))])
            }
        }
    }

    /// Why the fetch failed, as the kebab-case token a `reason` param carries: `offline`,
    /// `timeout`, `connection`, `cors`, `status`, `too-large`, `redirects` or `refused`
    /// (the same word as `kind` in [`Self::to_json`]). The `detail` text of `connection` and
    /// `refused` is for logs only: it comes from the driver, in English, and never reaches a
    /// report.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::Offline => "offline",
            Self::Timeout => "timeout",
            Self::Connection { .. } => "connection",
            Self::Cors => "cors",
            Self::Status { .. } => "status",
            Self::TooLarge => "too-large",
            Self::Redirects => "redirects",
            Self::Refused { .. } => "refused",
        }
    }

    /// The HTTP status the server answered with, for [`Self::Status`].
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Self::Status { status } => Some(*status),
            _ => None,
        }
    }

    /// `params` with this failure appended as two params: `reason` ([`Self::reason`]) and
    /// `status` (the HTTP status as a number, `0` unless `reason` is `status`). For a code
    /// that tells why a document could not be fetched, so that every site passes the same
    /// list, e.g. `hosted-unreachable` with `Params::new().with(Param::Url, url)` first; the
    /// code declares `[.., Reason, Status]` in [`crate::Code::params`], and its message
    /// selects on `$reason` and shows `$status` in the `status` variant:
    ///
    /// ```
    /// use badgeverify::code::{Arg, Param, Params};
    /// use badgeverify::FetchError;
    /// let params = FetchError::Status { status: 404 }
    ///     .add_params(Params::new().with(Param::Url, "https://example.org/a"));
    /// assert_eq!(params.get(Param::Reason), Some(&Arg::from("status")));
    /// assert_eq!(params.get(Param::Status), Some(&Arg::Number(404)));
    /// ```
    pub fn add_params(&self, params: crate::code::Params) -> crate::code::Params {
        use crate::code::Param;
        params
            .with(Param::Reason, self.reason())
            .with(Param::Status, u64::from(self.http_status().unwrap_or(0)))
    }

    /// Reads a failure as JSON from a driver written in another language, e.g.
    /// `{"kind":"status","status":404}`: the form [`Self::to_json`] writes. Written out
    /// rather than derived so that the WebAssembly module links no typed serde deserializer.
    ///
    /// # Errors
    /// What is wrong with the text, for a person.
    pub fn from_json(text: &str) -> std::result::Result<FetchError, String> {
        let v = crate::json::parse(text, &crate::Limits::default()).map_err(|e| e.to_string())?;
        let detail = || {
            v.get("detail")
                .and_then(crate::json::Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| "missing string member `detail`".to_owned())
        };
        Ok(match v.get("kind").and_then(crate::json::Value::as_str) {
            Some("offline") => FetchError::Offline,
            Some("timeout") => FetchError::Timeout,
            Some("connection") => FetchError::Connection { detail: detail()? },
            Some("cors") => FetchError::Cors,
            Some("status") => FetchError::Status {
                status: v
                    .get("status")
                    .and_then(crate::json::Value::as_u64)
                    .and_then(|s| u16::try_from(s).ok())
                    .ok_or("missing HTTP `status` number")?,
            },
            Some("too-large") => FetchError::TooLarge,
            Some("redirects") => FetchError::Redirects,
            Some("refused") => FetchError::Refused { detail: detail()? },
            _ => return Err("unknown `kind`".to_owned()),
        })
    }
}

/// A driver's answer to a [`Request`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// The document.
    Ok {
        /// Response body.
        body: Vec<u8>,
        /// `Content-Type` header, if any.
        content_type: Option<String>,
        /// The URL finally fetched after redirects.
        final_url: String,
    },
    /// The fetch failed.
    Failed(FetchError),
}

/// Everything answered so far: documents by URL and signature checks by id, in the order
/// answered. Lists, not maps: they never hold more than [`crate::Limits::max_fetches`] and
/// [`crate::Limits::max_signatures`] answers, and one more map type would cost the
/// WebAssembly module several KB.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fetched {
    responses: Vec<(String, Response)>,
    signatures: Vec<(String, bool)>,
    /// Whether the core checks signatures itself ([`Fetched::checking_signatures`]).
    #[cfg(feature = "builtin-crypto")]
    inline: bool,
}

impl Fetched {
    /// No documents yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// No documents yet, and signatures are not asked of the driver: the core checks each
    /// one where it meets it, with the built-in backend ([`crate::crypto::check`]), under
    /// the same rules, so the verdict is the one a driver answering with that backend gets.
    /// No check id is derived (hashing the credential for it cost a native verification
    /// about 15 %). [`crate::verify_with`] and [`crate::verify_offline`] use it.
    #[cfg(feature = "builtin-crypto")]
    pub fn checking_signatures() -> Self {
        Self {
            inline: true,
            ..Self::default()
        }
    }

    /// Whether the core checks signatures itself ([`Fetched::checking_signatures`]).
    pub(crate) fn checks_inline(&self) -> bool {
        #[cfg(feature = "builtin-crypto")]
        return self.inline;
        #[cfg(not(feature = "builtin-crypto"))]
        false
    }

    /// Records the answer for `url`; a second answer for the same URL replaces the first.
    pub fn insert(&mut self, url: impl Into<String>, response: Response) {
        let url = url.into();
        match self.responses.iter_mut().find(|(u, _)| *u == url) {
            Some(slot) => slot.1 = response,
            None => self.responses.push((url, response)),
        }
    }

    /// The answer for `url`, if the driver has given one.
    pub fn get(&self, url: &str) -> Option<&Response> {
        self.responses
            .iter()
            .find(|(u, _)| u == url)
            .map(|(_, r)| r)
    }

    /// How many documents have been answered.
    pub fn len(&self) -> usize {
        self.responses.len()
    }

    /// Whether no document has been answered yet.
    pub fn is_empty(&self) -> bool {
        self.responses.is_empty()
    }

    /// Records the driver's answer to the signature check `id`
    /// ([`crate::crypto::SignatureCheck::id`]): whether the signature verifies. A second
    /// answer for the same id replaces the first.
    pub fn answer_signature(&mut self, id: impl Into<String>, ok: bool) {
        let id = id.into();
        match self.signatures.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = ok,
            None => self.signatures.push((id, ok)),
        }
    }

    /// The answer to the signature check `id`, if the driver has given one.
    pub fn signature(&self, id: &str) -> Option<bool> {
        self.signatures
            .iter()
            .find(|(i, _)| i == id)
            .map(|&(_, ok)| ok)
    }

    /// How many signature checks have been answered.
    pub fn signatures_answered(&self) -> usize {
        self.signatures.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `from_json` reads exactly what `to_json` (and so `Serialize`) writes, for every kind.
    #[test]
    fn fetch_errors_read_back_what_they_write() {
        let all = [
            FetchError::Offline,
            FetchError::Timeout,
            FetchError::Connection {
                detail: "dns".into(),
            },
            FetchError::Cors,
            FetchError::Status { status: 404 },
            FetchError::TooLarge,
            FetchError::Redirects,
            FetchError::Refused {
                detail: "file: URL".into(),
            },
        ];
        for e in all {
            let text = e.to_json().to_string();
            assert!(
                text.contains(&format!(r#""kind":"{}""#, e.reason())),
                "{text}"
            );
            assert_eq!(serde_json::to_string(&e).unwrap(), text);
            assert_eq!(FetchError::from_json(&text), Ok(e), "{text}");
        }
        assert_eq!(
            FetchError::Status { status: 404 }.to_json().to_string(),
            r#"{"kind":"status","status":404}"#
        );
        for bad in [
            "",
            "{}",
            r#"{"kind":"status"}"#,
            r#"{"kind":"status","status":70000}"#,
            r#"{"kind":"refused"}"#,
            r#"{"kind":"gone"}"#,
        ] {
            assert!(FetchError::from_json(bad).is_err(), "{bad}");
        }
    }
}
