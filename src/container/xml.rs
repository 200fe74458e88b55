//! A small, strict XML reader for the SVG container: one forward pass over a `&str`,
//! no backtracking, no entity expansion, nothing fetched.
//!
//! [`Reader::next`] yields start tags, end tags, text runs and CDATA sections (comments,
//! processing instructions, the XML declaration and a DOCTYPE as [`Event::Other`]) with
//! their byte spans, and refuses a document that is not well-formed in its structure:
//! names must be XML names with at most one `:` (`prefix:local`); start tags need quoted
//! attribute values (`'` or `"`), white space between attributes and no attribute twice;
//! every end tag must match the open element; there is one root element, and only white
//! space outside it (no text, no CDATA); a DOCTYPE comes before the root, once. Namespace
//! declarations are scoped per element and checked as in *Namespaces in XML*: `xml` is
//! bound only to its own namespace, `xmlns` never, and no other prefix to either of those
//! two namespaces; [`Reader::namespace`] resolves a prefix in the current scope.
//!
//! What a badge reader never interprets is not validated: the characters of text,
//! comments, processing instructions and attribute values (`&`, `]]>`, `--` pass through
//! undecoded; the caller decodes what it reads, see `svg::unescape`). A DOCTYPE is skipped
//! whole, internal subset included: quoted literals, comments and processing instructions
//! in it are stepped over, so a `>` inside them does not end it, and nothing declared
//! there is ever used.
//!
//! Every byte is looked at a bounded number of times (a start tag twice: once to find its
//! `>`, once to read its attributes), repeated attributes are found by sorting the tag's
//! names (not by comparing every pair, as quick-xml did: 20 s for a root tag of 40,000
//! attributes in a debug build), and a namespace prefix is resolved through a hash map from prefix to innermost
//! binding (not by walking every binding in scope). Time is thus linear in the input up
//! to the sort's logarithmic factor, and memory linear in it. Depth is not bounded here;
//! the caller stops at [`crate::Limits::max_xml_depth`] from [`Event::Start`]'s `depth`.

use crate::code::{Param, Params};
use crate::collections::HashMap;
use crate::Code;
use crate::{Error, Result};
use std::ops::Range;

/// The namespace the `xml` prefix is bound to; no other prefix may be bound to it.
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The namespace of namespace declarations; no prefix may be bound to it.
const XMLNS_NS: &str = "http://www.w3.org/2000/xmlns/";

/// One piece of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Event<'a> {
    /// A start tag `<name …>`, or an empty-element tag `<name …/>` when `empty`. Its
    /// attributes are read by [`Reader::attributes`]. `depth` is the number of elements
    /// it is nested in (0 for the root).
    Start {
        /// The qualified name as written.
        name: &'a str,
        /// Whether this is an empty-element tag (no end tag follows).
        empty: bool,
        /// How many elements are open around it.
        depth: usize,
    },
    /// An end tag; `depth` is that of the element it closes.
    End {
        /// The closed element's depth.
        depth: usize,
    },
    /// A run of character data, undecoded.
    Text(&'a str),
    /// The content of a CDATA section.
    CData(&'a str),
    /// A comment, a processing instruction (the XML declaration included) or a DOCTYPE.
    Other,
    /// The end of the document (every element closed).
    Eof,
}

/// An attribute of the last start tag: its qualified name and raw (undecoded) value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Attribute<'a> {
    /// The qualified name as written.
    pub(super) name: &'a str,
    /// The value between the quotes, entity and character references not decoded.
    pub(super) value: &'a str,
}

/// A namespace declaration in scope.
struct Binding<'a> {
    /// The declared prefix, `""` for the default namespace.
    prefix: &'a str,
    /// The namespace name as written; empty undeclares the prefix.
    namespace: &'a str,
    /// The binding of the same prefix that this one hides, as an index into the stack.
    shadowed: Option<u32>,
}

/// The pull reader. See the module documentation for what it checks.
pub(super) struct Reader<'a> {
    text: &'a str,
    pos: usize,
    /// Open elements: name, and the binding-stack height before its own declarations.
    open: Vec<(&'a str, usize)>,
    /// Where the last start tag begins and its attribute text, until read.
    tag: usize,
    pending: Option<Range<usize>>,
    attributes: Vec<Attribute<'a>>,
    /// After an empty-element tag: the binding-stack height to return to.
    unbind_to: Option<usize>,
    bindings: Vec<Binding<'a>>,
    /// Prefix → index of its innermost binding in `bindings`.
    innermost: HashMap<&'a str, u32>,
    root_seen: bool,
    doctype_seen: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`, after a byte order mark if there is one.
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            text,
            pos: if text.starts_with('\u{feff}') { 3 } else { 0 },
            open: Vec::new(),
            tag: 0,
            pending: None,
            attributes: Vec::new(),
            unbind_to: None,
            bindings: Vec::new(),
            innermost: HashMap::default(),
            root_seen: false,
            doctype_seen: false,
        }
    }

    /// Number of elements open at the current position.
    pub(super) fn depth(&self) -> usize {
        self.open.len()
    }

    /// The next event and its byte span in the text.
    ///
    /// # Errors
    /// `svg-syntax` when the document is not well-formed at this point.
    pub(super) fn next(&mut self) -> Result<(Event<'a>, Range<usize>)> {
        // The last start tag is checked (and its namespaces declared) even if the caller
        // did not look at its attributes.
        self.attributes()?;
        if let Some(mark) = self.unbind_to.take() {
            self.unbind(mark);
        }
        let start = self.pos;
        let (event, end) = if self.text.as_bytes().get(start) == Some(&b'<') {
            self.markup(start)?
        } else if start >= self.text.len() {
            if !self.open.is_empty() {
                return Err(syntax_at(self.text.len()));
            }
            (Event::Eof, start)
        } else {
            let end = self.find("<", start).unwrap_or(self.text.len());
            let text = self.text.get(start..end).unwrap_or_default();
            if self.open.is_empty() && !text.bytes().all(|b| b.is_ascii_whitespace()) {
                return Err(syntax_at(start));
            }
            (Event::Text(text), end)
        };
        self.pos = end;
        Ok((event, start..end))
    }

    /// The attributes of the last start tag, read and checked on first use; this also
    /// declares its namespaces, so call it before [`Reader::namespace`].
    ///
    /// # Errors
    /// `svg-syntax` for a malformed or repeated attribute or a forbidden namespace
    /// declaration.
    pub(super) fn attributes(&mut self) -> Result<&[Attribute<'a>]> {
        if let Some(range) = self.pending.take() {
            self.read_attributes(range)?;
        }
        Ok(&self.attributes)
    }

    /// The namespace `prefix` (`""`: the default namespace) is bound to at the last start
    /// tag, if any.
    pub(super) fn namespace(&self, prefix: &str) -> Option<&'a str> {
        let index = usize::try_from(*self.innermost.get(prefix)?).ok()?;
        let namespace = self.bindings.get(index)?.namespace;
        (!namespace.is_empty()).then_some(namespace)
    }

    /// Reads the markup at `lt` (a `<`): returns its event and where it ends.
    fn markup(&mut self, lt: usize) -> Result<(Event<'a>, usize)> {
        let rest = self.text.get(lt..).unwrap_or_default();
        if rest.starts_with("<!--") {
            let end = self.find("-->", lt + 4).ok_or_else(|| syntax_at(lt))?;
            Ok((Event::Other, end + 3))
        } else if rest.starts_with("<![CDATA[") {
            if self.open.is_empty() {
                return Err(syntax_at(lt));
            }
            let end = self.find("]]>", lt + 9).ok_or_else(|| syntax_at(lt))?;
            let content = self.text.get(lt + 9..end).unwrap_or_default();
            Ok((Event::CData(content), end + 3))
        } else if rest.starts_with("<!DOCTYPE") {
            Ok((Event::Other, self.doctype(lt)?))
        } else if rest.starts_with("<!") {
            Err(syntax_at(lt))
        } else if rest.starts_with("<?") {
            Ok((Event::Other, self.instruction(lt)?))
        } else if rest.starts_with("</") {
            self.end_tag(lt)
        } else {
            self.start_tag(lt)
        }
    }

    fn start_tag(&mut self, lt: usize) -> Result<(Event<'a>, usize)> {
        let name_end = qname_end(self.text, lt + 1).ok_or_else(|| syntax_at(lt))?;
        let name = self.text.get(lt + 1..name_end).unwrap_or_default();
        // The tag ends at the first `>` outside a quoted attribute value.
        let mut quote = None;
        let gt = self.text.as_bytes().get(name_end..).and_then(|tail| {
            tail.iter().position(|&b| match quote {
                Some(q) => {
                    if b == q {
                        quote = None;
                    }
                    false
                }
                None if b == b'"' || b == b'\'' => {
                    quote = Some(b);
                    false
                }
                None => b == b'>',
            })
        });
        let gt = gt.map(|p| name_end + p).ok_or_else(|| syntax_at(lt))?;
        let empty = gt > name_end && self.text.as_bytes().get(gt - 1) == Some(&b'/');
        if self.open.is_empty() {
            if self.root_seen {
                return Err(syntax_at(lt));
            }
            self.root_seen = true;
        }
        let depth = self.open.len();
        let mark = self.bindings.len();
        if empty {
            self.unbind_to = Some(mark);
        } else {
            self.open.push((name, mark));
        }
        self.tag = lt;
        self.attributes.clear();
        self.pending = Some(name_end..if empty { gt - 1 } else { gt });
        Ok((Event::Start { name, empty, depth }, gt + 1))
    }

    /// Reads `name="value"` pairs from `range` (a start tag between its name and its `>`
    /// or `/>`), then checks for repeats and declares the tag's namespaces.
    fn read_attributes(&mut self, range: Range<usize>) -> Result<()> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut at = range.start;
        loop {
            let name_start = skip_space(bytes, at);
            if name_start >= range.end {
                break;
            }
            if name_start == at {
                return Err(self.tag_error());
            }
            let name_end = qname_end(self.text, name_start)
                .filter(|&end| end <= range.end)
                .ok_or_else(|| self.tag_error())?;
            let name = self.text.get(name_start..name_end).unwrap_or_default();
            let eq = skip_space(bytes, name_end);
            if eq >= range.end || bytes.get(eq) != Some(&b'=') {
                return Err(self.tag_error());
            }
            let open = skip_space(bytes, eq + 1);
            let quote = match bytes.get(open) {
                Some(&q @ (b'"' | b'\'')) if open < range.end => q,
                _ => return Err(self.tag_error()),
            };
            let close = bytes
                .get(open + 1..range.end)
                .and_then(|value| value.iter().position(|&b| b == quote))
                .map(|p| open + 1 + p)
                .ok_or_else(|| self.tag_error())?;
            let value = self.text.get(open + 1..close).unwrap_or_default();
            self.attributes.push(Attribute { name, value });
            at = close + 1;
        }
        if self.attributes.len() > 1 {
            let mut names: Vec<&str> = self.attributes.iter().map(|a| a.name).collect();
            crate::sort::sort(&mut names);
            if names
                .windows(2)
                .any(|pair| matches!(pair, [a, b] if a == b))
            {
                return Err(self.tag_error());
            }
        }
        for i in 0..self.attributes.len() {
            if let Some(&Attribute { name, value }) = self.attributes.get(i) {
                self.declare(name, value)?;
            }
        }
        Ok(())
    }

    /// Applies attribute `name="value"` if it is a namespace declaration.
    fn declare(&mut self, name: &'a str, value: &'a str) -> Result<()> {
        let prefix = match name.strip_prefix("xmlns") {
            Some("") => "",
            Some(rest) => match rest.strip_prefix(':') {
                Some(prefix) => prefix,
                None => return Ok(()),
            },
            None => return Ok(()),
        };
        let refused = match prefix {
            "xml" if value == XML_NS => return Ok(()),
            "xml" | "xmlns" => true,
            "" => false,
            _ => value == XML_NS || value == XMLNS_NS,
        };
        if refused {
            return Err(self.tag_error());
        }
        let index = u32::try_from(self.bindings.len()).map_err(|_| self.tag_error())?;
        let shadowed = self.innermost.insert(prefix, index);
        self.bindings.push(Binding {
            prefix,
            namespace: value,
            shadowed,
        });
        Ok(())
    }

    /// Drops the namespace bindings above `mark`, uncovering the ones they hid.
    fn unbind(&mut self, mark: usize) {
        let dropped = self.bindings.drain(mark.min(self.bindings.len())..).rev();
        for binding in dropped {
            match binding.shadowed {
                Some(index) => self.innermost.insert(binding.prefix, index),
                None => self.innermost.remove(binding.prefix),
            };
        }
    }

    fn end_tag(&mut self, lt: usize) -> Result<(Event<'a>, usize)> {
        let name_end = qname_end(self.text, lt + 2).ok_or_else(|| syntax_at(lt))?;
        let name = self.text.get(lt + 2..name_end).unwrap_or_default();
        let gt = skip_space(self.text.as_bytes(), name_end);
        if self.text.as_bytes().get(gt) != Some(&b'>') {
            return Err(syntax_at(lt));
        }
        let Some((open, mark)) = self.open.pop() else {
            return Err(syntax_at(lt));
        };
        if open != name {
            return Err(syntax_at(lt));
        }
        self.unbind(mark);
        Ok((
            Event::End {
                depth: self.open.len(),
            },
            gt + 1,
        ))
    }

    /// A processing instruction `<?target …?>` (the XML declaration is one): returns its
    /// end.
    fn instruction(&self, lt: usize) -> Result<usize> {
        let target_end = qname_end(self.text, lt + 2).ok_or_else(|| syntax_at(lt))?;
        let close = self.find("?>", target_end).ok_or_else(|| syntax_at(lt))?;
        if close != target_end && !is_space(self.text.as_bytes().get(target_end)) {
            return Err(syntax_at(lt));
        }
        Ok(close + 2)
    }

    /// A DOCTYPE, skipped whole: returns its end. Quoted literals are stepped over, and in
    /// the internal subset `[…]` so are comments, processing instructions and the quoted
    /// literals of declarations; nothing is interpreted.
    fn doctype(&mut self, lt: usize) -> Result<usize> {
        if self.root_seen {
            return Err(syntax_at(lt));
        }
        if self.doctype_seen {
            return Err(syntax_at(lt));
        }
        self.doctype_seen = true;
        let bytes = self.text.as_bytes();
        let unclosed = || syntax_at(lt);
        let name = skip_space(bytes, lt + 9);
        let mut at = match qname_end(self.text, name) {
            Some(end) if name > lt + 9 => end,
            _ => return Err(syntax_at(lt)),
        };
        let mut subset_read = false;
        loop {
            match bytes.get(at) {
                None => return Err(unclosed()),
                Some(b'>') => return Ok(at + 1),
                Some(&c) if is_space(Some(&c)) => at += 1,
                Some(_) if subset_read => return Err(syntax_at(at)),
                Some(&q @ (b'"' | b'\'')) => {
                    at = self.find_byte(q, at + 1).ok_or_else(unclosed)? + 1;
                }
                Some(b'[') => {
                    at = self.internal_subset(at + 1).ok_or_else(|| syntax_at(lt))?;
                    subset_read = true;
                }
                Some(_) => at += 1,
            }
        }
    }

    /// Steps over a DOCTYPE's internal subset from `at` (just after its `[`) to just after
    /// its `]`; `None` if the document ends first or holds something that cannot be there.
    fn internal_subset(&self, mut at: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        loop {
            match bytes.get(at)? {
                b']' => return Some(at + 1),
                b'<' => {
                    let rest = self.text.get(at..)?;
                    at = if rest.starts_with("<!--") {
                        self.find("-->", at + 4)? + 3
                    } else if rest.starts_with("<?") {
                        self.find("?>", at + 2)? + 2
                    } else if rest.starts_with("<!") {
                        // A markup declaration: `>` outside its quoted literals ends it.
                        let mut i = at + 2;
                        loop {
                            match bytes.get(i)? {
                                b'>' => break i + 1,
                                &q @ (b'"' | b'\'') => i = self.find_byte(q, i + 1)? + 1,
                                _ => i += 1,
                            }
                        }
                    } else {
                        return None;
                    };
                }
                b'"' | b'\'' => return None,
                _ => at += 1,
            }
        }
    }

    /// Byte position of the first `pattern` at or after `from`.
    fn find(&self, pattern: &str, from: usize) -> Option<usize> {
        self.text
            .get(from..)
            .and_then(|rest| rest.find(pattern))
            .map(|p| from + p)
    }

    /// Byte position of the first `byte` at or after `from`.
    fn find_byte(&self, byte: u8, from: usize) -> Option<usize> {
        self.text
            .as_bytes()
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| b == byte))
            .map(|p| from + p)
    }

    /// `svg-syntax` at the start tag being read.
    fn tag_error(&self) -> Error {
        syntax_at(self.tag)
    }
}

/// `svg-syntax` at byte `at`.
/// `svg-syntax` for XML that is not well-formed near byte `at`.
pub(super) fn syntax_at(at: usize) -> Error {
    Error::with(Code::SvgSyntax, Params::new().with(Param::Offset, at))
}

/// XML white space (space, tab, line feed, carriage return).
fn is_space(b: Option<&u8>) -> bool {
    matches!(b, Some(b' ' | b'\t' | b'\n' | b'\r'))
}

/// The first position at or after `at` that is not XML white space.
fn skip_space(bytes: &[u8], at: usize) -> usize {
    let mut at = at;
    while is_space(bytes.get(at)) {
        at += 1;
    }
    at
}

/// The end of the qualified name at `at`: an XML name with at most one `:`, neither first
/// nor last (`local` or `prefix:local`). `None` when no name starts there.
fn qname_end(text: &str, at: usize) -> Option<usize> {
    let end = ncname_end(text, at)?;
    if text.as_bytes().get(end) == Some(&b':') {
        return ncname_end(text, end + 1);
    }
    Some(end)
}

/// The end of the XML name without `:` that starts at `at`, if one does.
fn ncname_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices();
    if !chars.next().is_some_and(|(_, c)| is_name_start(c)) {
        return None;
    }
    let len = chars
        .find(|&(_, c)| !is_name_char(c))
        .map_or(rest.len(), |(i, _)| i);
    Some(at + len)
}

/// XML 1.0 (fifth edition) `NameStartChar`, without `:`.
fn is_name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// XML 1.0 (fifth edition) `NameChar`, without `:`.
fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    /// Every event of `text` with the text it spans, or the offset its error names.
    fn events(text: &str) -> std::result::Result<Vec<(Event<'_>, &str)>, usize> {
        let mut reader = Reader::new(text);
        let mut out = Vec::new();
        loop {
            let (event, span) = reader.next().map_err(|e| {
                assert_eq!(e.code, Code::SvgSyntax);
                match e.params.get(Param::Offset) {
                    Some(crate::code::Arg::Number(n)) => usize::try_from(*n).unwrap(),
                    other => panic!("svg-syntax without an offset: {other:?}"),
                }
            })?;
            out.push((event, text.get(span).unwrap()));
            if event == Event::Eof {
                return Ok(out);
            }
        }
    }

    fn accepts(text: &str) -> bool {
        events(text).is_ok()
    }

    /// The byte offset the `svg-syntax` error for `text`, which must be refused, names.
    fn refusal(text: &str) -> usize {
        match events(text) {
            Ok(events) => panic!("accepted {text:?}: {events:?}"),
            Err(message) => message,
        }
    }

    fn start(name: &str, empty: bool, depth: usize) -> Event<'_> {
        Event::Start { name, empty, depth }
    }

    #[test]
    fn reads_events_with_spans() {
        let text =
            "\u{feff}<?xml version=\"1.0\"?>\n<!-- c --><svg a='1'>x<g/><![CDATA[<]]></svg>\n";
        let got = events(text).unwrap();
        assert_eq!(
            got,
            [
                (Event::Other, "<?xml version=\"1.0\"?>"),
                (Event::Text("\n"), "\n"),
                (Event::Other, "<!-- c -->"),
                (start("svg", false, 0), "<svg a='1'>"),
                (Event::Text("x"), "x"),
                (start("g", true, 1), "<g/>"),
                (Event::CData("<"), "<![CDATA[<]]>"),
                (Event::End { depth: 0 }, "</svg>"),
                (Event::Text("\n"), "\n"),
                (Event::Eof, ""),
            ]
        );
    }

    #[test]
    fn end_tags_must_match() {
        assert!(accepts("<a><b></b ></a>"));
        refusal("<a><b></a></b>"); // does not match the start tag `<b>`
        refusal("<a></a></a>"); // no start tag
        refusal("<a><b>"); // end of the file inside an open element
        refusal("<a></a x>"); // not closed with `>`
        refusal("<a></ a>"); // not followed by an element name
                             // Literal match: the same namespace under another prefix is another name.
        assert!(!accepts("<p:a xmlns:p='u' xmlns:q='u'></q:a>"));
    }

    #[test]
    fn one_root_and_only_white_space_outside_it() {
        assert!(accepts(" \r\n\t<a/>\n \u{c} "));
        refusal("<a/><b/>"); // a second root element
        refusal("<a></a><a/>"); // a second root element
        assert_eq!(refusal("x<a/>"), 0); // near byte 0: text outside the root element
        assert_eq!(refusal("<a/>x"), 4); // near byte 4: text outside the root element
        refusal("<a/><![CDATA[ ]]>"); // CDATA section outside the root
                                      // Comments and processing instructions may stand on either side.
        assert!(accepts("<!--a--><?p?><a/><!--b--><?q x?>"));
        // No element at all is for the caller to judge.
        assert_eq!(events("<!-- -->").unwrap().len(), 2);
    }

    #[test]
    fn attribute_values_are_quoted_and_kept_raw() {
        let mut reader = Reader::new("<a x='say \"hi\" >' y = \"it's > &amp; &bogus;\" z=''/>");
        reader.next().unwrap();
        let got: Vec<(&str, &str)> = reader
            .attributes()
            .unwrap()
            .iter()
            .map(|a| (a.name, a.value))
            .collect();
        assert_eq!(
            got,
            [
                ("x", "say \"hi\" >"),
                ("y", "it's > &amp; &bogus;"),
                ("z", "")
            ]
        );
        for bad in ["<a x=1/>", "<a x/>", "<a x=>", "<a x='1\"/>", "<a =\"1\"/>"] {
            assert!(!accepts(bad), "{bad}");
        }
        refusal("<a x='1'y='2'/>"); // not separated by white space
        refusal("<a x='1' x=\"2\"/>"); // attribute `x` appears twice
        refusal("<a><b p:x='1' y='' p:x='2'></b></a>"); // `p:x` appears twice
                                                        // Different prefixes are different names, whatever they are bound to.
        assert!(accepts("<a p:x='1' q:x='2'/>"));
        refusal("<a x='1' / >"); // something that is not an attribute name
    }

    #[test]
    fn attributes_are_checked_even_unread() {
        refusal("<a><b c=d/></a>"); // `c` is not quoted
        refusal("<a><b c='1' c='1'></b></a>"); // appears twice
    }

    #[test]
    fn names_are_xml_names_with_one_colon_at_most() {
        for good in [
            "<a/>",
            "<_a-b.c9/>",
            "<p:a/>",
            "<é·\u{300}/>",
            "<a\u{10000}/>",
        ] {
            assert!(accepts(good), "{good}");
        }
        for bad in [
            "< a/>",
            "<1a/>",
            "<-a/>",
            "<:a/>",
            "<a:/>",
            "<a:b:c/>",
            "<a b:='1'/>",
            "<a/ >",
            "<a\u{d7}/>",
            "<>",
            "<",
        ] {
            assert!(!accepts(bad), "{bad:?}");
        }
        refusal("<a/>\n< b"); // `<` that does not start a tag
    }

    #[test]
    fn comments_instructions_and_cdata() {
        let body = |text: &str| {
            let wrapped = format!("<a>{text}</a>");
            let all = events(&wrapped)?;
            Ok::<_, usize>(all.get(1).map(|(_, s)| (*s).to_owned()).unwrap())
        };
        // Comments: anything up to the first `-->`, `-` and (leniently) `--` included.
        for comment in [
            "<!---->",
            "<!-- a - b -->",
            "<!-- a--->",
            "<!--->-->",
            "<!-- -- -->",
        ] {
            assert_eq!(body(comment).unwrap(), comment);
        }
        assert!(body("<!-- x ->").is_err());
        assert!(body("<!-->").is_err());
        // CDATA: anything up to the first `]]>`.
        let text = "<a><![CDATA[x]]y>z]]]><![CDATA[]]></a>";
        let got: Vec<Event<'_>> = events(text).unwrap().into_iter().map(|e| e.0).collect();
        assert_eq!(got[1..3], [Event::CData("x]]y>z]"), Event::CData("")]);
        assert!(body("<![CDATA[x]]").is_err());
        assert!(body("<![cdata[x]]>").is_err());
        assert!(body("<!ELEMENT a ANY>").is_err());
        // Processing instructions: a target, then white space or `?>`.
        for pi in [
            "<?t?>",
            "<?t x?>",
            "<?xml-stylesheet href='a>b'?>",
            "<?t ?? > ?>",
        ] {
            assert_eq!(body(pi).unwrap(), pi);
        }
        for bad in ["<??>", "<? t?>", "<?t", "<?t x", "<?t'x'?>", "<?1?>"] {
            assert!(body(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn byte_order_mark_and_declaration() {
        assert!(accepts(
            "\u{feff}<?xml version='1.0' encoding='UTF-8'?><a/>"
        ));
        assert!(accepts("<?xml version='1.0'?>\n<a/>"));
        let got = events("\u{feff}<a/>").unwrap();
        assert_eq!(got[0], (start("a", true, 0), "<a/>"));
        // A byte order mark anywhere else is text.
        assert!(!accepts("<a/>\u{feff}"));
        assert!(!accepts("\u{feff}\u{feff}<a/>"));
    }

    #[test]
    fn doctype_is_skipped_whole() {
        let subset = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" 'http://e.org/>.dtd' [\n\
                      <!ENTITY a \"x>y\"> <!ENTITY b 'it\"s >'>\n\
                      <!ATTLIST svg c CDATA '>'> %pe;\n\
                      <!-- don't > stop --> <?pi > ' ?>\n\
                      <!ENTITY lol \"&lol0;&lol0;\">\n]  >";
        let text = format!("{subset}\n<svg>&lol;</svg>");
        let got = events(&text).unwrap();
        assert_eq!(got[0], (Event::Other, subset));
        assert_eq!(got[3], (Event::Text("&lol;"), "&lol;"));
        assert!(accepts("<!DOCTYPE svg><svg/>"));
        assert!(accepts("<!DOCTYPE svg[]><svg/>"));
        assert!(accepts("<!DOCTYPE svg SYSTEM \"a.dtd\"><svg/>"));
        for (bad, why) in [
            ("<!DOCTYPE><svg/>", "without a name"),
            ("<!DOCTYPE ><svg/>", "without a name"),
            ("<!DOCTYPEsvg><svg/>", "without a name"),
            (
                "<!doctype svg><svg/>",
                "not a comment, a CDATA section or a DOCTYPE",
            ),
            ("<!DOCTYPE svg 'x><svg/>", "not closed"),
            ("<!DOCTYPE svg [<!ENTITY a 'x>]><svg/>", "internal subset"),
            ("<!DOCTYPE svg [<!-- x ]><svg/>", "internal subset"),
            ("<!DOCTYPE svg [ 'x' ]><svg/>", "internal subset"),
            ("<!DOCTYPE svg [ <x> ]><svg/>", "internal subset"),
            (
                "<!DOCTYPE svg [] x><svg/>",
                "after a DOCTYPE's internal subset",
            ),
            (
                "<!DOCTYPE svg [] []><svg/>",
                "after a DOCTYPE's internal subset",
            ),
            ("<!DOCTYPE a><!DOCTYPE a><svg/>", "a second DOCTYPE"),
            ("<svg><!DOCTYPE a></svg>", "after the root element"),
            ("<svg/><!DOCTYPE a>", "after the root element"),
        ] {
            assert!(!accepts(bad), "{bad} ({why})");
        }
    }

    /// The namespace of the badge-like element `name`'s prefix wherever it occurs in
    /// `text`.
    fn namespaces_of(text: &str, name: &str) -> Vec<Option<String>> {
        let mut reader = Reader::new(text);
        let mut out = Vec::new();
        loop {
            match reader.next().unwrap().0 {
                Event::Start { name: n, .. } if n == name => {
                    reader.attributes().unwrap();
                    let prefix = n.split_once(':').map_or("", |(p, _)| p);
                    out.push(reader.namespace(prefix).map(str::to_owned));
                }
                Event::Eof => return out,
                _ => {}
            }
        }
    }

    #[test]
    fn namespaces_are_scoped_per_element() {
        let text = "<r xmlns:b='outer'>\
                      <b:x/>\
                      <g xmlns:b='inner'><b:x/><h xmlns:b=''><b:x/></h><b:x/></g>\
                      <b:x xmlns:b='own'/>\
                      <b:x/>\
                    </r>";
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(
            namespaces_of(text, "b:x"),
            [
                s("outer"),
                s("inner"),
                None,
                s("inner"),
                s("own"),
                s("outer")
            ]
        );
        let default = "<r xmlns='d'><x/><g xmlns=''><x/></g><x xmlns='e'/><x/></r>";
        assert_eq!(namespaces_of(default, "x"), [s("d"), None, s("e"), s("d")]);
        assert_eq!(namespaces_of("<r><p:x/></r>", "p:x"), [None]);
        // Values are compared as written, undecoded.
        assert_eq!(
            namespaces_of("<p:x xmlns:p='a&amp;b'/>", "p:x"),
            [s("a&amp;b")]
        );
    }

    #[test]
    fn reserved_prefixes_and_namespaces() {
        assert!(accepts(&format!("<a xmlns:xml='{XML_NS}'/>")));
        // As quick-xml: the default namespace is not checked against the reserved ones.
        assert!(accepts(&format!("<a xmlns='{XML_NS}'/>")));
        assert!(accepts("<a xmlns:p=''/>"));
        for bad in [
            "<a xmlns:xml='http://e.org'/>".to_owned(),
            format!("<a xmlns:xmlns='{XMLNS_NS}'/>"),
            "<a xmlns:xmlns='x'/>".to_owned(),
            format!("<a xmlns:p='{XML_NS}'/>"),
            format!("<a xmlns:p='{XMLNS_NS}'/>"),
            format!("<a><b xmlns:p='{XMLNS_NS}'/></a>"),
        ] {
            refusal(&bad);
        }
        // Only `xmlns` and `xmlns:…` declare.
        assert!(accepts(&format!(
            "<a xmlnsx='{XML_NS}' x:xmlns='{XMLNS_NS}'/>"
        )));
    }

    #[test]
    fn errors_name_the_byte() {
        assert_eq!(refusal("<a>\n  <b x=1/></a>"), 6); // near byte 6: in the start tag here
        assert_eq!(refusal("<a>\n  <b></c></a>"), 9); // near byte 9: the end tag `</c>`
        assert_eq!(refusal("<a><!-- x"), 3); // near byte 3: a comment
    }

    #[test]
    fn stays_linear_on_hostile_shapes() {
        let started = std::time::Instant::now();
        let run = |text: &str| {
            let mut reader = Reader::new(text);
            let mut n = 0usize;
            loop {
                match reader.next() {
                    Ok((Event::Eof, _)) | Err(_) => return n,
                    Ok(_) => n += 1,
                }
            }
        };
        // One tag with 200,000 attributes (distinct and then one repeated at the end).
        let attributes: String = (0..200_000).map(|i| format!(" a{i}=''")).collect();
        assert_eq!(run(&format!("<a{attributes}/>")), 1);
        assert!(!accepts(&format!("<a{attributes} a7=''/>")));
        // 100,000 prefixes declared on the root, each used by 100,000 elements.
        let declared: String = (0..100_000).map(|i| format!(" xmlns:p{i}='u'")).collect();
        let used: String = (0..100_000).map(|i| format!("<p{i}:x/>")).collect();
        assert_eq!(run(&format!("<a{declared}>{used}</a>")), 100_002);
        // Unclosed constructs at the start of a large document.
        let filler = "<g>".repeat(100_000);
        for open in [
            "<!--",
            "<![CDATA[",
            "<?t",
            "<!DOCTYPE a [",
            "<a b='",
            "<!DOCTYPE a '",
        ] {
            let text = format!("<a>{open}{filler}");
            assert!(run(&text) <= 1, "{open}");
        }
        // A guard against quadratic blow-up (minutes at these sizes), not a speed test: the
        // bound is loose so a loaded debug build does not trip it.
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
    }
}
