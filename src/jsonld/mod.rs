//! JSON-LD 1.1 expansion and "Deserialize JSON-LD to RDF", for Data Integrity proofs.
//!
//! [`to_rdf`] turns a JSON-LD document into RDF quads, the input of RDFC-1.0
//! canonicalization (`eddsa-rdfc-2022`, `Ed25519Signature2020`). It follows the W3C
//! JSON-LD 1.1 Processing Algorithms (<https://www.w3.org/TR/json-ld11-api/>) in
//! `json-ld-1.1` processing mode: context processing (remote contexts only through a
//! [`ContextLoader`], never I/O; `@version`, `@vocab`, `@base`, `@import`, `@protected` with
//! identical redefinition allowed, property- and type-scoped contexts, `@propagate`), term
//! definitions (type coercion incl. `@id`/`@vocab`/`@json`/`@none`, every container,
//! `@reverse`, `@nest`, `@prefix`, keyword aliases), value objects, `@json` literals (RFC 8785
//! lexical form, `rdf:JSON`), numbers (`xsd:integer` / canonical `xsd:double`), named graphs.
//!
//! **Relative IRIs.** [`to_rdf`] has no document base (a credential is not loaded from a
//! URL): relative `@id`/`@type` values stay relative and their statements are dropped, as the
//! toRdf algorithm requires for anything that is not a well-formed absolute IRI. This is what
//! jsonld.js does outside "safe mode" (it is also why an undefined `type` value such as a
//! missing-context `StatusList2021Entry` silently disappears from the signed statements).
//! [`to_rdf_with_base`] resolves them against a base instead (used by the W3C test suite).
//!
//! Errors: `jsonld-invalid` (its `reason` param is the spec's error code as a kebab-case
//! token, e.g. `protected-term-redefinition`), `context-unknown` (a context URL the loader
//! does not have, in its `url` param), `limit-exceeded` (`max_context_depth`, `max_context_terms`, `max_quads`,
//! `max_json_depth`, and a
//! work budget of 100 × `max_quads` steps).
//!
//! Performance: processed contexts are cached process-wide (see `cache.rs`), so the common
//! `[VC, OB]` context chains and their type-scoped contexts are processed once per process.

mod cache;
mod context;
mod expand;
mod iri;
mod number;
mod serialize;

use crate::code::{Param, Params};
use crate::collections::{HashMap, HashSet};
use crate::json::Value;
use crate::rdf::Quad;
use crate::Code;
use crate::{Error, Limits, Result};
use std::sync::Arc;

/// A context document returned by a [`ContextLoader`].
#[derive(Clone, Debug)]
pub struct RemoteDocument {
    /// The whole document (a JSON object with an `@context` entry).
    pub document: Arc<Value>,
    /// A process-wide unique id of this exact document content served for this URL, if the
    /// loader has one (bundled contexts do). When set, the processed form of the context is
    /// cached and reused across calls; loaders whose documents can change must return `None`.
    pub cache_id: Option<u64>,
}

/// Supplies remote context documents. Implementations must not fetch anything at
/// verification time unless the caller explicitly allows it: a context's content is part of
/// what a Data Integrity signature signs.
pub trait ContextLoader {
    /// Returns the document for an absolute context URL, or an error (`context-unknown`
    /// naming the URL, for an unknown one).
    fn load(&self, url: &str) -> Result<RemoteDocument>;
}

/// Builds a `jsonld-invalid` error whose `reason` is the JSON-LD 1.1 API's error code
/// (`JsonLdErrorCode`, e.g. `invalid @propagate value`) as a kebab-case token: lowercase,
/// `@` dropped, spaces as `-` (`invalid-propagate-value`).
pub(crate) fn invalid(reason: &'static str) -> Error {
    Error::with(
        Code::JsonldInvalid,
        Params::new().with(Param::Reason, reason),
    )
}

/// State of one `to_rdf` call.
pub(crate) struct Engine<'a> {
    loader: &'a dyn ContextLoader,
    limits: &'a Limits,
    context_depth: usize,
    depth: usize,
    /// Documents loaded so far (to know whether a processed context depended on others).
    loads: usize,
    work_left: usize,
    /// Term definitions left before [`Limits::max_context_terms`] trips.
    terms_left: usize,
    bnodes: HashMap<String, String>,
    bnode_counter: usize,
    quads: Vec<Quad>,
    seen: HashSet<Quad>,
}

impl Engine<'_> {
    /// Charges `n` steps against the work budget.
    pub(crate) fn work(&mut self, n: usize) -> Result<()> {
        match self.work_left.checked_sub(n) {
            Some(left) => {
                self.work_left = left;
                Ok(())
            }
            None => Err(Error::limit(
                "max_quads",
                self.limits.max_quads,
                "jsonld-work",
            )),
        }
    }
}

impl Engine<'_> {
    /// Charges `n` term definitions against [`Limits::max_context_terms`]. Processing a
    /// term definition costs far more than an expansion step, and a huge inline context is
    /// processed again for every context variant tried, so it has a bound of its own.
    pub(crate) fn terms(&mut self, n: usize) -> Result<()> {
        match self.terms_left.checked_sub(n) {
            Some(left) => {
                self.terms_left = left;
                Ok(())
            }
            None => Err(Error::limit(
                "max_context_terms",
                self.limits.max_context_terms,
                "context-terms",
            )),
        }
    }
}

/// Converts a JSON-LD document to RDF quads (JSON-LD 1.1 expansion, then toRdf), with no
/// document base. Contexts come only from `loader`.
pub fn to_rdf(document: &Value, loader: &dyn ContextLoader, limits: &Limits) -> Result<Vec<Quad>> {
    to_rdf_with_base(document, None, loader, limits)
}

/// [`to_rdf`] with a document base IRI against which relative IRIs are resolved.
pub fn to_rdf_with_base(
    document: &Value,
    base: Option<&str>,
    loader: &dyn ContextLoader,
    limits: &Limits,
) -> Result<Vec<Quad>> {
    let mut engine = Engine {
        loader,
        limits,
        context_depth: 0,
        depth: 0,
        loads: 0,
        work_left: limits.max_quads.saturating_mul(100),
        terms_left: limits.max_context_terms,
        bnodes: HashMap::default(),
        bnode_counter: 0,
        quads: Vec::new(),
        seen: HashSet::default(),
    };
    let initial = Arc::new(match base {
        // A fixed id for the base-less initial context lets cached contexts chain across calls.
        None => context::Context::default(),
        Some(b) => context::Context::new(Some(b)),
    });
    let expanded = engine.expand(&initial, None, document, base, false)?;
    let expanded = match expanded {
        Value::Object(mut m) if m.len() == 1 && m.contains_key("@graph") => {
            m.remove("@graph").unwrap_or(Value::Null)
        }
        other => other,
    };
    let items = match expanded {
        Value::Array(a) => a,
        Value::Null => Vec::new(),
        other => vec![other],
    };
    engine.serialize(&items)?;
    Ok(engine.quads)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::contexts::Bundled;
    use crate::json::json;

    #[test]
    fn hostile_inputs_error_or_convert_without_panicking() {
        let limits = Limits::default();
        for doc in [
            json!({"@context": {"é:x": "urn:a", "é": "urn:b/"}, "é:y": "v", "ü": 1}),
            json!({"@context": {"a": {"@id": "a:b"}, "a:b": {"@id": "a"}}, "a": 1}),
            json!({"@context": [null, 5]}),
            json!({"@context": {"@vocab": "urn:v:"}, "@id": "_:x", "p": {"@list": [{"@list": [1.5e300]}]}}),
            json!([[[{"@graph": {"@graph": {"@id": "urn:x", "urn:p": {"@json": true}}}}]]]),
            json!({"@context": {"p": {"@id": "urn:p", "@container": ["@graph", "@id", "@list"]}}, "p": {}}),
        ] {
            let _ = to_rdf(&doc, &Bundled::new(), &limits);
        }
        let mut deep = json!("x");
        for _ in 0..200 {
            deep = json!({"urn:p": deep});
        }
        let e = to_rdf(&deep, &Bundled::new(), &limits).unwrap_err();
        assert_eq!(e.code, Code::LimitExceeded);
    }
}
