//! Drivers: the part of the CLI that answers the core's fetch [`Request`]s and signature
//! checks.
//!
//! The core is sans-I/O: [`badgeverify::verify`] returns [`Step::Need`] with the documents
//! it wants and the signatures it wants checked; [`run`] asks a [`Driver`] for each
//! document, checks each signature with the built-in backend ([`badgeverify::crypto::check`]),
//! records the answers and calls the core again until it is done. [`Offline`] answers every
//! document "offline"; [`crate::http::Http`] fetches over the network.

use badgeverify::code::Params;
use badgeverify::Code;
use badgeverify::{verify, FetchError, Fetched, Options, Report, Request, Response, Step};
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

/// Runs verification of `input` to completion, answering every request with `driver`.
///
/// The core bounds the number of rounds itself (`Limits::max_fetches`,
/// `Limits::max_signatures`); as a guard against a core bug, a round that asks only for
/// documents and signatures already answered ends the run with an error report instead of
/// looping.
pub fn run(input: &[u8], options: &Options, driver: &dyn Driver) -> Report {
    let mut fetched = Fetched::new();
    let deadline = Instant::now() + Duration::from_millis(options.limits.total_time_ms);
    loop {
        match verify(input, options, &fetched) {
            Step::Done(report) => return *report,
            Step::Need(needs) => {
                let mut new = false;
                for request in &needs.fetches {
                    if fetched.get(&request.url).is_none() {
                        new = true;
                        fetched.insert(request.url.clone(), driver.fetch(request, deadline));
                    }
                }
                for check in &needs.signatures {
                    if fetched.signature(&check.id).is_none() {
                        new = true;
                        fetched
                            .answer_signature(check.id.as_str(), badgeverify::crypto::check(check));
                    }
                }
                // Every signature verifies: the core gave the report of the next round.
                let all_valid =
                    || (needs.signatures.iter()).all(|c| fetched.signature(&c.id) == Some(true));
                if let Some(report) = needs.if_valid.filter(|_| new && all_valid()) {
                    return *report;
                }
                if !new {
                    // The verifier asked again for what it had already been given: a bug in
                    // badgeverify.
                    return Report::error(Code::FetchLoop, Params::new());
                }
            }
        }
    }
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
