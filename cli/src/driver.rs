//! Drivers: the part of the CLI that answers the core's fetch [`Request`]s and signature
//! checks.
//!
//! The core is sans-I/O: [`badgeverify::verify`] returns [`badgeverify::Step::Need`] with the
//! documents it wants and the signatures it wants checked; [`run`] hands the core's own loop
//! ([`badgeverify::verify_with`]) a [`Driver`] for the documents, and the loop checks each
//! signature with the built-in backend ([`badgeverify::crypto::check`]) and calls the core
//! again until it is done. [`Offline`] answers every
//! document "offline"; [`crate::http::Http`] fetches over the network.

use badgeverify::{FetchError, Options, Report, Request, Response};
use std::time::{Duration, Instant};

/// Answers the core's requests for documents. Shared by the verifications of a batch, which
/// run in parallel: an implementation fetches each document once however many ask for it.
pub trait Driver: Sync {
    /// Fetches (or refuses) one document, giving up at `deadline`: the end of the time budget
    /// that all fetches of one verification share (`Limits::total_time_ms`).
    fn fetch(&self, request: &Request, deadline: Instant) -> Response;
}

/// The driver that never touches the network: every request is answered "offline".
#[derive(Debug, Default)]
pub struct Offline;

impl Driver for Offline {
    fn fetch(&self, _request: &Request, _deadline: Instant) -> Response {
        Response::Failed(FetchError::Offline)
    }
}

/// Runs verification of `input` to completion, answering every request with `driver` and
/// every signature check with the built-in backend ([`badgeverify::verify_with`], which also
/// guards against a round that asks only for what was already answered).
pub fn run(input: &[u8], options: &Options, driver: &dyn Driver) -> Report {
    let deadline = Instant::now() + Duration::from_millis(options.limits.total_time_ms);
    badgeverify::verify_with(input, options, |request| driver.fetch(request, deadline))
}

#[cfg(test)]
mod tests {
    use super::*;
    use badgeverify::{Timestamp, Verdict};

    #[test]
    fn offline_run_matches_the_cores_offline_verification() {
        let now = Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
        let options = Options::new(now);
        for input in [
            &b"not a badge"[..],
            b"",
            b"{}",
            b"https://example.org/a.json",
        ] {
            let ours = run(input, &options, &Offline);
            assert_eq!(ours, badgeverify::verify_offline(input, &options));
            assert_ne!(ours.verdict, Verdict::Valid);
        }
    }
}
