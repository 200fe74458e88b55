//! Deserialize JSON-LD to RDF (§8.1–8.5), applied directly to expanded JSON-LD.
//!
//! The spec builds a node map first; since an RDF dataset is a set, walking the expanded
//! tree and emitting each statement where it occurs yields the same dataset (duplicates are
//! dropped here). Blank node identifiers from the input are relabelled through one issuer
//! (`_:x` → `_:b0`), so input labels can never collide with generated ones. Statements whose
//! subject, predicate or object is not a well-formed absolute IRI (e.g. an undefined `type`
//! value that stayed relative because there was no base) are dropped, as the spec requires;
//! blank-node predicates are dropped (no generalized RDF).

use super::iri;
use super::number;
use super::Engine;
use crate::json::{Map, Value};
use crate::rdf::{Quad, Term, RDF_LANG_STRING, XSD_STRING};
use crate::{Error, Result};

const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

fn well_formed_language(l: &str) -> bool {
    !l.is_empty()
        && l.split('-').enumerate().all(|(i, p)| {
            !p.is_empty()
                && p.len() <= 8
                && if i == 0 {
                    p.bytes().all(|b| b.is_ascii_alphabetic())
                } else {
                    p.bytes().all(|b| b.is_ascii_alphanumeric())
                }
        })
}

impl Engine<'_> {
    fn blank(&mut self, label: Option<&str>) -> Term {
        if let Some(l) = label {
            if let Some(b) = self.bnodes.get(l) {
                return Term::Blank(b.clone());
            }
        }
        let b = format!("b{}", self.bnode_counter);
        self.bnode_counter += 1;
        if let Some(l) = label {
            self.bnodes.insert(l.to_string(), b.clone());
        }
        Term::Blank(b)
    }

    /// The term for a node/graph identifier or `@type` value, `None` if not well-formed.
    fn id_term(&mut self, id: &str) -> Option<Term> {
        if id.starts_with("_:") {
            Some(self.blank(Some(id)))
        } else if iri::is_well_formed(id) {
            Some(Term::Iri(id.to_string()))
        } else {
            None
        }
    }

    fn emit(
        &mut self,
        subject: &Term,
        predicate: &str,
        object: Term,
        graph: Option<&Term>,
    ) -> Result<()> {
        let q = Quad {
            subject: subject.clone(),
            predicate: Term::Iri(predicate.to_string()),
            object,
            graph: graph.cloned(),
        };
        if self.seen.insert(q.clone()) {
            if self.quads.len() >= self.limits.max_quads {
                return Err(Error::limit("max_quads", self.limits.max_quads, "quads"));
            }
            self.quads.push(q);
        }
        Ok(())
    }

    /// Serializes the top-level expanded array into the default graph.
    pub(crate) fn serialize(&mut self, expanded: &[Value]) -> Result<()> {
        for item in expanded {
            if let Value::Object(m) = item {
                if !m.contains_key("@value") && !m.contains_key("@list") {
                    self.node(m, None)?;
                }
            }
        }
        Ok(())
    }

    /// Emits the statements of a node object in `graph`; returns its subject term (`None`
    /// when its `@id` is not well-formed).
    fn node(&mut self, node: &Map, graph: Option<&Term>) -> Result<Option<Term>> {
        self.work(1)?;
        let subject = match node.get("@id") {
            Some(Value::String(id)) => self.id_term(id),
            // `"@id": null` (an IRI that expanded to nothing) identifies nothing.
            Some(_) => None,
            None => Some(self.blank(None)),
        };
        if let Some(Value::Array(types)) = node.get("@type") {
            for t in types.iter().filter_map(Value::as_str) {
                if let (Some(s), Some(o)) = (&subject, self.id_term(t)) {
                    self.emit(s, &format!("{RDF}type"), o, graph)?;
                }
            }
        }
        for (prop, values) in node {
            if prop.starts_with('@') {
                continue;
            }
            let pred_ok = !prop.starts_with("_:") && iri::is_well_formed(prop);
            let Value::Array(values) = values else {
                continue;
            };
            for v in values {
                let o = self.object(v, graph)?;
                if let (Some(s), Some(o), true) = (&subject, o, pred_ok) {
                    self.emit(s, prop, o, graph)?;
                }
            }
        }
        if let Some(Value::Object(rev)) = node.get("@reverse") {
            for (prop, values) in rev {
                let pred_ok = !prop.starts_with("_:") && iri::is_well_formed(prop);
                let Value::Array(values) = values else {
                    continue;
                };
                for v in values {
                    let Value::Object(vm) = v else { continue };
                    let s2 = self.node(vm, graph)?;
                    if let (Some(s2), Some(o), true) = (s2, &subject, pred_ok) {
                        self.emit(&s2, prop, o.clone(), graph)?;
                    }
                }
            }
        }
        if let Some(Value::Array(g)) = node.get("@graph") {
            // A node with @graph names a graph (statements of a graph whose name is not
            // well-formed are dropped with it).
            let name = subject.clone();
            for item in g {
                if let Value::Object(m) = item {
                    if m.contains_key("@value") || m.contains_key("@list") {
                        continue;
                    }
                    match &name {
                        Some(n) => {
                            self.node(m, Some(n))?;
                        }
                        None => {
                            let saved = std::mem::take(&mut self.quads);
                            self.node(m, None)?;
                            let dropped = std::mem::replace(&mut self.quads, saved);
                            for q in dropped {
                                self.seen.remove(&q);
                            }
                        }
                    }
                }
            }
        }
        if let Some(Value::Array(inc)) = node.get("@included") {
            for item in inc {
                if let Value::Object(m) = item {
                    self.node(m, graph)?;
                }
            }
        }
        Ok(subject)
    }

    /// Object to RDF Conversion (§8.5), emitting nested nodes' and lists' statements.
    fn object(&mut self, item: &Value, graph: Option<&Term>) -> Result<Option<Term>> {
        let Value::Object(m) = item else {
            return Ok(None);
        };
        if let Some(list) = m.get("@list") {
            let items: &[Value] = match list {
                Value::Array(a) => a,
                v => std::slice::from_ref(v),
            };
            return self.list(items, graph).map(Some);
        }
        let Some(value) = m.get("@value") else {
            return self.node(m, graph);
        };
        let datatype = m.get("@type").and_then(Value::as_str);
        let language = m.get("@language").and_then(Value::as_str);
        if let Some(dt) = datatype {
            if dt != "@json" && !iri::is_well_formed(dt) {
                return Ok(None);
            }
        }
        if let Some(l) = language {
            if !well_formed_language(l) {
                return Ok(None);
            }
        }
        let (lexical, dt): (String, String) = if datatype == Some("@json") {
            (crate::jcs::canonicalize(value)?, format!("{RDF}JSON"))
        } else {
            match value {
                Value::Bool(b) => (
                    b.to_string(),
                    datatype.map_or_else(|| format!("{XSD}boolean"), str::to_string),
                ),
                Value::Number(n) => {
                    let double = format!("{XSD}double");
                    if number::is_double(n) || datatype == Some(double.as_str()) {
                        (
                            number::double_lexical(n),
                            datatype.map_or(double, str::to_string),
                        )
                    } else {
                        (
                            number::integer_lexical(n),
                            datatype.map_or_else(|| format!("{XSD}integer"), str::to_string),
                        )
                    }
                }
                Value::String(s) => {
                    let dt = match (datatype, language) {
                        (Some(d), _) => d.to_string(),
                        (None, Some(_)) => RDF_LANG_STRING.to_string(),
                        (None, None) => XSD_STRING.to_string(),
                    };
                    (s.clone(), dt)
                }
                _ => return Ok(None),
            }
        };
        let language = if dt == RDF_LANG_STRING {
            language.map(str::to_string)
        } else {
            None
        };
        Ok(Some(Term::Literal {
            value: lexical,
            datatype: dt,
            language,
        }))
    }

    /// List Conversion (§8.6).
    fn list(&mut self, items: &[Value], graph: Option<&Term>) -> Result<Term> {
        if items.is_empty() {
            return Ok(Term::Iri(format!("{RDF}nil")));
        }
        let heads: Vec<Term> = items.iter().map(|_| self.blank(None)).collect();
        for (i, item) in items.iter().enumerate() {
            let o = self.object(item, graph)?;
            if let Some(o) = o {
                self.emit(&heads[i], &format!("{RDF}first"), o, graph)?;
            }
            let rest = heads
                .get(i + 1)
                .cloned()
                .unwrap_or_else(|| Term::Iri(format!("{RDF}nil")));
            self.emit(&heads[i], &format!("{RDF}rest"), rest, graph)?;
        }
        Ok(heads[0].clone())
    }
}
