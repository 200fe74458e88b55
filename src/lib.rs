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
//! driver fetches and calls again (see [`fetch`]). Signatures go the same way: the core
//! applies every acceptance rule itself and asks its driver for the arithmetic
//! ([`crypto::SignatureCheck`]). `verify_offline` (feature `builtin-crypto`, on by default)
//! answers every document need with "offline" and every signature with the built-in backend
//! ([`crypto`]), and always returns a report.
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

// Modules from the top (the verification pipeline) down to the leaves; a module imports only
// modules declared below it (`tests/layers.rs`). Where things go: a proof suite in
// `verify/di.rs` (Data Integrity) or `jose` (JWS); a status-list kind in `status` (decoding)
// and `verify/status.rs` (fetching and judging); a DID method in `did` (resolution) and
// `keys` (reading verification methods).

// The pipeline: container → payload → proof, key binding, dates, status, recipient → report.
mod verify;
// Reading the input.
pub mod container;
// Keys, signatures and status.
pub mod status;
pub mod keys;
pub mod did;
pub mod jose;
pub mod crypto;
// The Open Badges data model.
pub mod credential;
// JSON-LD and canonicalization.
pub mod contexts;
pub mod jsonld;
pub mod rdfc;
pub mod rdf;
pub mod jcs;
// What the core returns and asks for.
pub mod report;
pub mod display;
pub mod fetch;
// Leaves: JSON, encodings, CBOR, compression, time, limits, errors, collections.
pub mod json;
pub mod decimal;
pub mod encoding;
pub mod cbor;
pub mod inflate;
pub mod crc32;
pub mod time;
pub mod limits;
pub mod error;
// Codes every module reports with.
pub mod code;
mod collections;
mod sort;
#[cfg(test)]
mod test_rng;

pub use code::Code;
pub use collections::seed as seed_hash_keys;
pub use error::{Error, Result};
pub use fetch::{FetchError, Fetched, Purpose, Request, Response};
pub use limits::Limits;
pub use report::{
    Check, CheckId, ContainerKind, Endorsement, Member, Note, Outcome, Report, Spec, Summary,
    Verdict,
};
pub use time::Timestamp;
pub use verify::{verify, Needs, Step};
#[cfg(feature = "builtin-crypto")]
pub use verify::{verify_offline, verify_with};

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
