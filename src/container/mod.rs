//! Containers: finding the badge payload inside a PNG, an SVG or raw text, and baking one in.
//!
//! CONTRACT (filled in by the container work): see `extract`, `bake`, `Payload::classify`.

use crate::report::{ContainerKind, Spec};
use crate::{Error, Limits, Result};

/// What a container carried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payload {
    /// A JSON assertion or credential (text, not yet parsed).
    Json(String),
    /// A compact JWS / JWT (`header.payload.signature`).
    CompactJws(String),
    /// An http(s) URL of a hosted assertion.
    Url(String),
}

/// The result of unbaking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted {
    /// The outer container. Raw compact JWS text is reported as `Jws` here; verification
    /// refines it to `Jwt` for OB 3.0 VC-JWTs.
    pub container: ContainerKind,
    /// The payload.
    pub payload: Payload,
    /// The generation implied by the PNG keyword / SVG namespace, if any.
    pub spec_hint: Option<Spec>,
}

/// Finds the badge payload in `bytes` (PNG, SVG, JSON, compact JWS or URL text).
///
/// # Errors
/// A container error with a specific code; see `docs/report.md`.
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    let _ = (bytes, limits);
    Err(Error::new(
        "not-implemented",
        "container extraction is not implemented yet",
    ))
}

/// Bakes `payload` (JSON text, compact JWS, or URL) into a PNG or SVG `image`.
///
/// # Errors
/// A container error when `image` is neither PNG nor SVG or is malformed.
pub fn bake(image: &[u8], payload: &str, limits: &Limits) -> Result<Vec<u8>> {
    let _ = (image, payload, limits);
    Err(Error::new(
        "not-implemented",
        "baking is not implemented yet",
    ))
}
