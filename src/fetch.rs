//! What the core asks its driver to fetch, and what the driver answers.
//!
//! The core does no I/O. [`crate::verify`] is a pure function of the input, the options and
//! the documents fetched so far ([`Fetched`]). When it needs a document it returns
//! [`crate::Step::Need`] with [`Request`]s; the driver (CLI: blocking HTTP; wasm: JS `fetch`;
//! tests: a loopback server or a map) fetches them, records each [`Response`] in `Fetched`,
//! and calls `verify` again. Verification takes milliseconds, so re-running it is simpler and
//! safer than suspending it, and the number of rounds is bounded by
//! [`crate::Limits::max_fetches`].

use serde::{Deserialize, Serialize};

/// Why a document is needed; drivers may use it for logging, caching or `Accept` headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

/// A document the core needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Absolute http(s) URL to GET (no fragment).
    pub url: String,
    /// Why it is needed.
    pub purpose: Purpose,
    /// The `Accept` header to send.
    pub accept: String,
}

/// Why a fetch did not produce a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
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

/// A driver's answer to a [`Request`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
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

/// Everything fetched so far, by URL, in the order answered. A list, not a map: it never
/// holds more than [`crate::Limits::max_fetches`] answers, and one more map type would cost
/// the WebAssembly module several KB.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fetched {
    responses: Vec<(String, Response)>,
}

impl Fetched {
    /// No documents yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the answer for `url`.
    /// A second answer for the same URL replaces the first.
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

    /// Whether nothing has been answered yet.
    pub fn is_empty(&self) -> bool {
        self.responses.is_empty()
    }
}
