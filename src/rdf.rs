//! RDF terms and quads: what JSON-LD expansion produces and RDFC-1.0 canonicalizes.
//!
//! [`Term`] and [`Quad`] print in the canonical N-Quads form of RDFC-1.0 / RDF 1.2
//! N-Quads: IRIs and blank nodes as they are; in literals `"` `\` LF CR as `\"` `\\`
//! `\n` `\r`, BS TAB FF as `\b` `\t` `\f`, the other C0 controls and DEL as `\u00XX`
//! with uppercase hex, everything else raw UTF-8.
//! [`parse_nquads`] reads N-Quads text (used for test suites and fuzzing).

use crate::code::{Param, Params};
use crate::Code;
use crate::{Error, Limits, Result};
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

/// Parses N-Quads text (RDF 1.1 / 1.2 N-Quads without triple terms) into quads, in
/// document order, duplicates kept.
///
/// Escapes (`\uXXXX`, `\UXXXXXXXX`, and in literals `\t \b \n \r \f \" \' \\`) are
/// decoded; comments and blank lines are skipped. Blank node labels are kept without
/// the `_:` prefix. Relative IRIs are not resolved (N-Quads has none).
///
/// # Errors
/// `limit-exceeded` when the text is longer than [`Limits::max_input_bytes`] or has
/// more than [`Limits::max_quads`] statements; `nquads-syntax` with the line and
/// column of the first malformed statement.
pub fn parse_nquads(text: &str, limits: &Limits) -> Result<Vec<Quad>> {
    if text.len() > limits.max_input_bytes {
        return Err(Error::limit(
            "max_input_bytes",
            limits.max_input_bytes,
            "nquads-size",
        ));
    }
    let mut quads = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        let mut p = LineParser {
            line: line.strip_suffix('\r').unwrap_or(line),
            pos: 0,
            number: n + 1,
        };
        p.skip_space();
        if p.at_end() {
            continue;
        }
        if quads.len() >= limits.max_quads {
            return Err(Error::limit("max_quads", limits.max_quads, "quads"));
        }
        quads.push(p.statement()?);
    }
    Ok(quads)
}

/// Reads one line of N-Quads.
struct LineParser<'a> {
    line: &'a str,
    pos: usize,
    number: usize,
}

impl LineParser<'_> {
    /// `nquads-syntax` at the current position: line and column (in characters), from 1.
    fn error(&self) -> Error {
        Error::with(
            Code::NquadsSyntax,
            Params::new().with(Param::Line, self.number).with(
                Param::Column,
                self.line.get(..self.pos).map_or(0, |s| s.chars().count()) + 1,
            ),
        )
    }

    fn rest(&self) -> &str {
        self.line.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Skips spaces and tabs, and a comment running to the end of the line.
    fn skip_space(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' => self.pos += 1,
                '#' => self.pos = self.line.len(),
                _ => break,
            }
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.line.len()
    }

    fn statement(&mut self) -> Result<Quad> {
        let subject = match self.term()? {
            t @ (Term::Iri(_) | Term::Blank(_)) => t,
            Term::Literal { .. } => return Err(self.error()),
        };
        self.skip_space();
        let predicate = match self.term()? {
            t @ Term::Iri(_) => t,
            _ => return Err(self.error()),
        };
        self.skip_space();
        let object = self.term()?;
        self.skip_space();
        let graph = if self.peek() == Some('.') {
            None
        } else {
            match self.term()? {
                t @ (Term::Iri(_) | Term::Blank(_)) => Some(t),
                Term::Literal { .. } => return Err(self.error()),
            }
        };
        self.skip_space();
        if !self.eat(".") {
            return Err(self.error());
        }
        self.skip_space();
        if !self.at_end() {
            return Err(self.error());
        }
        Ok(Quad {
            subject,
            predicate,
            object,
            graph,
        })
    }

    fn term(&mut self) -> Result<Term> {
        match self.peek() {
            Some('<') => Ok(Term::Iri(self.iri()?)),
            Some('_') => self.blank(),
            Some('"') => self.literal(),
            _ => Err(self.error()),
        }
    }

    fn iri(&mut self) -> Result<String> {
        self.pos += 1; // '<'
        let mut out = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error()),
                Some('>') => return Ok(out),
                Some('\\') => {
                    let c = match self.bump() {
                        Some('u') => self.hex(4)?,
                        Some('U') => self.hex(8)?,
                        _ => return Err(self.error()),
                    };
                    out.push(c);
                }
                Some(c) if c <= ' ' || "<\"{}|^`".contains(c) => return Err(self.error()),
                Some(c) => out.push(c),
            }
        }
    }

    fn hex(&mut self, digits: usize) -> Result<char> {
        let text = self.rest().get(..digits).unwrap_or("");
        let value = (text.len() == digits && text.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| u32::from_str_radix(text, 16).ok())
            .flatten()
            .ok_or_else(|| self.error())?;
        self.pos += digits;
        char::from_u32(value).ok_or_else(|| self.error())
    }

    fn blank(&mut self) -> Result<Term> {
        if !self.eat("_:") {
            return Err(self.error());
        }
        let start = self.pos;
        while let Some(c) = self.peek() {
            let ok = c.is_alphanumeric()
                || matches!(
                    c,
                    '_' | '-' | '.' | '\u{b7}' | '\u{300}'..='\u{36f}' | '\u{203f}' | '\u{2040}'
                );
            if !ok {
                break;
            }
            self.pos += c.len_utf8();
        }
        // A label cannot end with `.`: that dot ends the statement.
        while self.pos > start && self.line.as_bytes().get(self.pos - 1) == Some(&b'.') {
            self.pos -= 1;
        }
        let label = self.line.get(start..self.pos).unwrap_or("");
        if label.is_empty() || label.starts_with(['-', '.']) {
            return Err(self.error());
        }
        Ok(Term::Blank(label.to_owned()))
    }

    fn literal(&mut self) -> Result<Term> {
        self.pos += 1; // '"'
        let mut value = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error()),
                Some('"') => break,
                Some('\\') => {
                    let c = match self.bump() {
                        Some('t') => '\t',
                        Some('b') => '\u{8}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('f') => '\u{c}',
                        Some('"') => '"',
                        Some('\'') => '\'',
                        Some('\\') => '\\',
                        Some('u') => self.hex(4)?,
                        Some('U') => self.hex(8)?,
                        _ => return Err(self.error()),
                    };
                    value.push(c);
                }
                Some(c) => value.push(c),
            }
        }
        if self.eat("^^") {
            if self.peek() != Some('<') {
                return Err(self.error());
            }
            let datatype = self.iri()?;
            return Ok(Term::Literal {
                value,
                datatype,
                language: None,
            });
        }
        let mut language = None;
        if self.eat("@") {
            let start = self.pos;
            while self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                self.pos += 1;
            }
            let tag = self.line.get(start..self.pos).unwrap_or("");
            let valid = tag.split('-').enumerate().all(|(i, part)| {
                !part.is_empty() && (i > 0 || part.bytes().all(|b| b.is_ascii_alphabetic()))
            });
            if !valid {
                return Err(self.error());
            }
            language = Some(tag.to_owned());
        }
        let datatype = if language.is_some() {
            RDF_LANG_STRING
        } else {
            XSD_STRING
        };
        Ok(Term::Literal {
            value,
            datatype: datatype.to_owned(),
            language,
        })
    }
}
