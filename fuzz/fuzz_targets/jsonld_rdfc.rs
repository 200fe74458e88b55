//! JSON-LD expansion to RDF with the bundled contexts, then RDFC-1.0; and N-Quads parsing,
//! then RDFC-1.0. The first byte picks the path.
#![no_main]
#[path = "common.rs"]
mod common;
use badgeverify::{contexts, json, jsonld, rdf, rdfc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let limits = common::limits();
    let quads = if which % 2 == 0 {
        let Ok(doc) = json::parse(text, &limits) else {
            return;
        };
        jsonld::to_rdf(&doc, &contexts::Bundled::new(), &limits)
    } else {
        rdf::parse_nquads(text, &limits)
    };
    if let Ok(quads) = quads {
        let _ = rdfc::canonicalize(&quads, &limits);
    }
});
