//! # badgeverify
//!
//! Open Badges verification that runs anywhere Rust or WebAssembly runs. The core reads a
//! baked badge image (PNG, SVG) or an assertion / credential (JSON, compact JWS/JWT, URL),
//! checks every signature, key binding, date, status and recipient it can, and returns one
//! [`Report`].
//!
//! **This crate does no I/O and never reads the clock.** The caller passes the current time
//! in [`Options::now`]; when a document must be fetched (a hosted assertion, an issuer
//! profile, a DID document, a status list), [`verify`] returns [`Step::Need`] and the
//! driver fetches and calls again (see [`fetch`]). [`verify_offline`] answers every such
//! need with "offline" and always returns a report.
//!
//! ```text
//! bytes ─ container::extract ─▶ Extracted{container, Payload::{Json|CompactJws|Url}}
//!       ─ verify ─▶ proof (JWS / Data Integrity / hosted), issuer key binding,
//!                   schema, validity period, revocation, recipient ─▶ Report
//! ```
//!
//! ```
//! use badgeverify::{verify_offline, Options, Timestamp, Verdict};
//! let now = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
//! let report = verify_offline(b"not a badge", &Options::new(now));
//! assert_eq!(report.verdict, Verdict::Invalid);
//! ```

pub mod code;
mod collections;
pub mod container;
pub mod contexts;
pub mod crc32;
pub mod credential;
pub mod crypto;
pub mod decimal;
pub mod did;
pub mod display;
pub mod encoding;
pub mod error;
pub mod fetch;
pub mod inflate;
pub mod jcs;
pub mod jose;
pub mod json;
pub mod jsonld;
pub mod keys;
pub mod limits;
pub mod rdf;
pub mod rdfc;
pub mod report;
mod sort;
pub mod status;
#[cfg(test)]
mod test_rng;
pub mod time;
mod verify;

pub use code::Code;
pub use collections::seed as seed_hash_keys;
pub use error::{Error, Result};
pub use fetch::{FetchError, Fetched, Purpose, Request, Response};
pub use limits::Limits;
pub use report::{
    Check, CheckId, ContainerKind, Endorsement, Note, Outcome, Report, Spec, Verdict,
};
pub use time::Timestamp;
pub use verify::{verify, verify_offline, Step};

/// What the caller decides: the instant to verify at, whom to check the badge against, and
/// the resource bounds. There is deliberately no default instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The instant at which validity periods are judged (the caller's "now").
    pub now: Timestamp,
    /// An email, URL, phone number or DID the badge should have been issued to.
    pub recipient: Option<String>,
    /// Resource bounds.
    pub limits: Limits,
    /// Clock skew tolerated on `nbf`, `validFrom` and expiry checks, in seconds. Default 300.
    pub clock_skew_secs: i64,
    /// **For tests only.** Lets `did:web`, JWKS and verification-method URLs use plain
    /// `http` on `127.0.0.1` / `localhost`, so tests can serve them from a loopback server.
    /// Production verification requires https for every key document. Default `false`.
    pub insecure_loopback: bool,
}

impl Options {
    /// Options for verifying at `now`, with no recipient check and default limits.
    pub fn new(now: Timestamp) -> Self {
        Self {
            now,
            recipient: None,
            limits: Limits::default(),
            clock_skew_secs: 300,
            insecure_loopback: false,
        }
    }
}
