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
    /// The values its message is built from ([`Code::params`]); front ends render the
    /// message from the catalogs.
    pub params: Params,
}

impl Error {
    /// Builds an error from a code and its params.
    pub fn with(code: Code, params: Params) -> Self {
        debug_assert!(
            params.fit(code),
            "{code} takes {:?}, not {params:?}",
            code.params()
        );
        Self { code, params }
    }

    /// The error for a tripped resource bound: `code` is always `limit-exceeded`, with the
    /// params `what` (a kebab-case token saying what was too large, e.g. `input`,
    /// `json-depth`, `png-chunks`: the list is in `docs/report.md`, "Parameters"), `limit`
    /// (the [`crate::Limits`] field, so a user knows which bound to raise) and `max` (its
    /// value).
    pub fn limit(field: &'static str, limit: usize, what: &'static str) -> Self {
        Self::with(
            Code::LimitExceeded,
            Params::new()
                .with(Param::What, what)
                .with(Param::Limit, field)
                .with(Param::Max, limit),
        )
    }
}

/// The code and its params, e.g. `png-bad-crc chunk=iTXt offset=33` (for logs and tests;
/// people read the catalogs' messages).
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
