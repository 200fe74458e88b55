//! The one error type of the core: a stable machine code plus a sentence for a person.
//!
//! Every parser and check in the crate fails with an [`Error`]. The `code` is a stable
//! kebab-case identifier (listed in `docs/report.md`) that front ends may switch on; the
//! `message` says what was wrong and, where it helps, what a person can do about it.
//! Verification turns errors into report [`crate::report::Check`]s; nothing here panics.

use crate::code::{Param, Params};
use crate::Code;
use std::fmt;

/// A failure with a stable `code` and a human-readable `message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Stable code, e.g. [`Code::PngBadCrc`] or [`Code::LimitExceeded`].
    pub code: Code,
    /// The values the message was built from (empty for codes whose message is still
    /// written where the error is made: [`Code::params`]).
    pub params: Params,
    /// One or two plain sentences: what went wrong and why.
    pub message: String,
}

impl Error {
    /// Builds an error from a code and a message.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        debug_assert!(
            code.params().is_none(),
            "{code} is rendered by Code::message"
        );
        Self {
            code,
            params: Params::new(),
            message: message.into(),
        }
    }

    /// Builds an error from a code and its params; the message is [`Code::message`].
    pub fn with(code: Code, params: Params) -> Self {
        Self {
            code,
            message: code.message(&params),
            params,
        }
    }

    /// The error for a tripped resource bound: `code` is always `limit-exceeded`, with the
    /// params `what` (a kebab-case token saying what was too large, e.g. `input`,
    /// `json-depth`, `png-chunks`: the list is in `docs/report.md`, "Parameters"), `limit`
    /// (the [`crate::Limits`] field, so a user knows which bound to raise) and `max` (its
    /// value).
    pub fn limit(field: &'static str, limit: usize, what: impl fmt::Display) -> Self {
        Self::with(
            Code::LimitExceeded,
            Params::new()
                .with(Param::What, what.to_string())
                .with(Param::Limit, field)
                .with(Param::Max, limit),
        )
    }
}

/// `message (code)`; for a code whose text is in the message catalogs only (its message is
/// its wire name), the code and its params instead, e.g. `png-bad-crc chunk=iTXt offset=33`.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message != self.code.as_str() {
            return write!(f, "{} ({})", self.message, self.code);
        }
        f.write_str(self.code.as_str())?;
        for (param, value) in self.params.iter() {
            write!(f, " {}={value}", param.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Result alias used throughout the crate.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_the_code_and_params_of_a_catalog_only_code() {
        let e = Error::with(
            Code::PngBadCrc,
            Params::new()
                .with(Param::Chunk, "iTXt")
                .with(Param::Offset, 33usize),
        );
        assert_eq!(e.to_string(), "png-bad-crc chunk=iTXt offset=33");
    }
}
