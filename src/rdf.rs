//! RDF terms and quads: what JSON-LD expansion produces and RDFC-1.0 canonicalizes.

use std::fmt::{self, Write};

/// An RDF term.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Term {
    /// An absolute IRI.
    Iri(String),
    /// A blank node label, without the `_:` prefix.
    Blank(String),
    /// A literal with its datatype IRI and optional language tag (datatype is then
    /// `rdf:langString`).
    Literal {
        /// The lexical form.
        value: String,
        /// Datatype IRI.
        datatype: String,
        /// Language tag, for `rdf:langString` literals.
        language: Option<String>,
    },
}

/// `xsd:string`, the datatype of plain literals.
pub const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";
/// `rdf:langString`, the datatype of language-tagged literals.
pub const RDF_LANG_STRING: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

/// One statement, in the default graph when `graph` is `None`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quad {
    /// Subject (IRI or blank node).
    pub subject: Term,
    /// Predicate (IRI).
    pub predicate: Term,
    /// Object (any term).
    pub object: Term,
    /// Graph name (IRI or blank node), `None` for the default graph.
    pub graph: Option<Term>,
}

impl fmt::Display for Term {
    /// Writes the term in canonical N-Quads form (RDFC-1.0 §4.1 escaping).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Iri(i) => write!(f, "<{i}>"),
            Self::Blank(b) => write!(f, "_:{b}"),
            Self::Literal {
                value,
                datatype,
                language,
            } => {
                f.write_char('"')?;
                for c in value.chars() {
                    match c {
                        '"' => f.write_str("\\\"")?,
                        '\\' => f.write_str("\\\\")?,
                        '\n' => f.write_str("\\n")?,
                        '\r' => f.write_str("\\r")?,
                        '\t' => f.write_str("\\t")?,
                        '\u{8}' => f.write_str("\\b")?,
                        '\u{c}' => f.write_str("\\f")?,
                        c if c <= '\u{1f}' || c == '\u{7f}' => {
                            write!(f, "\\u{:04X}", u32::from(c))?
                        }
                        c => f.write_char(c)?,
                    }
                }
                f.write_char('"')?;
                if let Some(l) = language {
                    write!(f, "@{l}")
                } else if datatype != XSD_STRING {
                    write!(f, "^^<{datatype}>")
                } else {
                    Ok(())
                }
            }
        }
    }
}

impl fmt::Display for Quad {
    /// Writes one N-Quads line including the final ` .\n`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.subject, self.predicate, self.object)?;
        if let Some(g) = &self.graph {
            write!(f, " {g}")?;
        }
        f.write_str(" .\n")
    }
}
