//! Every resource bound the verifier enforces, in one place.
//!
//! A crafted badge must never make the verifier hang or exhaust memory, so every loop or
//! allocation driven by input is bounded by a field here. A tripped bound is reported with
//! code `limit-exceeded` and the field's name. The defaults are generous for every real
//! badge seen (the largest real OB 3.0 credentials are a few hundred KiB) and tight enough
//! that the worst case stays within a few milliseconds and a few MiB. `docs/limits.md`
//! explains each default.

/// Resource bounds. Construct with [`Limits::default()`] and override fields as needed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest input accepted, in bytes (a baked image, or a JSON/JWT text). Default 16 MiB.
    pub max_input_bytes: usize,
    /// Most PNG chunks walked before giving up. Default 100,000.
    pub max_png_chunks: usize,
    /// Largest single PNG text chunk (`tEXt`/`zTXt`/`iTXt`) in bytes. Default 8 MiB.
    pub max_png_text_chunk_bytes: usize,
    /// Largest output of any inflate (compressed `iTXt`/`zTXt`, gzip status lists). Default 4 MiB.
    pub max_inflate_bytes: usize,
    /// Deepest XML element nesting in an SVG. Default 256.
    pub max_xml_depth: usize,
    /// Most XML nodes (elements, text, CDATA, comments) read in an SVG. Default 200,000.
    pub max_xml_nodes: usize,
    /// Largest single XML attribute value or text node, in bytes. Default 8 MiB.
    pub max_xml_text_bytes: usize,
    /// Largest JSON text parsed, in bytes. Default 8 MiB.
    pub max_json_bytes: usize,
    /// Deepest JSON nesting (arrays and objects). Default 64.
    pub max_json_depth: usize,
    /// Most values (objects, arrays, strings, numbers, booleans, nulls) in one JSON text.
    /// Default 100,000.
    pub max_json_values: usize,
    /// Most proofs examined on one credential (a proof set). Default 8.
    pub max_proofs: usize,
    /// Most endorsements verified for one credential; further ones are listed as not
    /// checked. Default 16.
    pub max_endorsements: usize,
    /// Deepest chain of JSON-LD context processing (nested and scoped contexts). Default 32.
    pub max_context_depth: usize,
    /// Most JSON-LD term definitions processed while expanding one document: every entry of
    /// every context object, counted each time it is processed (bundled contexts found in
    /// the process-wide cache are not processed again). Default 4,000.
    pub max_context_terms: usize,
    /// Most RDF quads produced by JSON-LD expansion of one document. Default 20,000.
    pub max_quads: usize,
    /// Work budget for RDFC-1.0 blank-node hashing: each Hash N-Degree Quads call costs 1
    /// plus the quads it hashes, each permutation tried costs 1 plus the temporary
    /// identifiers it copies. Default 50,000.
    pub max_rdfc_work: usize,
    /// Deepest recursion of RDFC-1.0 Hash N-Degree Quads (long chains of look-alike blank
    /// nodes recurse once per node; the bound keeps the stack small). Default 128.
    pub max_rdfc_depth: usize,
    /// Most documents fetched for one verification (hosted assertion, profiles, keys,
    /// DID documents, status lists). Default 24.
    pub max_fetches: usize,
    /// Most signature checks asked of the driver for one verification (every proof of a
    /// proof set, each context variant tried after a failed RDFC signature, endorsements).
    /// Default 128.
    pub max_signatures: usize,
    /// Most HTTP redirects followed per fetch. Default 5.
    pub max_redirects: usize,
    /// Largest fetched response body, in bytes. Default 2 MiB.
    pub max_response_bytes: usize,
    /// Timeout for one fetch, in milliseconds (enforced by the driver). Default 10,000.
    pub fetch_timeout_ms: u64,
    /// Wall-clock budget for all fetching of one verification, in milliseconds (enforced by
    /// the driver). Default 30,000.
    pub total_time_ms: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_input_bytes: 16 << 20,
            max_png_chunks: 100_000,
            max_png_text_chunk_bytes: 8 << 20,
            max_inflate_bytes: 4 << 20,
            max_xml_depth: 256,
            max_xml_nodes: 200_000,
            max_xml_text_bytes: 8 << 20,
            max_json_bytes: 8 << 20,
            max_json_depth: 64,
            max_json_values: 100_000,
            max_proofs: 8,
            max_endorsements: 16,
            max_context_depth: 32,
            max_context_terms: 4_000,
            max_quads: 20_000,
            max_rdfc_work: 50_000,
            max_rdfc_depth: 128,
            max_fetches: 24,
            max_signatures: 128,
            max_redirects: 5,
            max_response_bytes: 2 << 20,
            fetch_timeout_ms: 10_000,
            total_time_ms: 30_000,
        }
    }
}
