//! The SVG reader against an independent one: quick-xml (a dev-dependency only), driven
//! the way this module drove it before it had its own reader, with every attribute of
//! every element checked. Both read a corpus (every SVG under `tests/`, hand-written edge
//! cases, and thousands of seeded random edits of those), and must agree on accept or
//! reject, on the root and badge elements found (spans, `verify`, raw body pieces) and on
//! the number of XML nodes counted against `max_xml_nodes`. The few places where the two
//! deliberately differ are listed with a reason each, and each must still differ: an
//! unexpected agreement fails too.

use super::*;
use crate::container::xml;
use crate::test_rng::Rng;
use crate::Code;
use quick_xml::events::Event as Q;
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::NsReader;
use std::path::Path;

/// What a reading of one document found.
#[derive(Debug, PartialEq, Eq)]
struct Reading {
    root: Range<usize>,
    /// What `bake` rewrites the root start tag from: empty-element or not, attributes.
    root_tag: (bool, Vec<(String, String)>),
    badges: Vec<Found>,
    nodes: usize,
}

/// A badge element: generation, span, raw `verify`, raw text and CDATA pieces.
type Found = (Spec, Range<usize>, Option<String>, Vec<String>);

/// The error code, or what was found.
type Outcome = std::result::Result<Reading, Code>;

/// No bounds: the comparison is about reading, not limits.
fn unlimited() -> Limits {
    Limits {
        max_xml_depth: usize::MAX,
        max_xml_nodes: usize::MAX,
        max_xml_text_bytes: usize::MAX,
        ..Limits::default()
    }
}

fn ours(text: &str) -> Outcome {
    let doc = scan(text, &unlimited()).map_err(|e| e.code)?;
    let mut reader = xml::Reader::new(text);
    let mut nodes = 1;
    while reader.next().map_err(|e| e.code)?.0 != xml::Event::Eof {
        nodes += 1;
    }
    let piece = |p: &Piece<'_>| match *p {
        Piece::Text(t) | Piece::CData(t) => t.to_owned(),
    };
    let attributes = doc.root.attributes.iter();
    Ok(Reading {
        root: doc.root.span,
        root_tag: (
            doc.root.empty,
            attributes
                .map(|a| (a.name.to_owned(), a.value.to_owned()))
                .collect(),
        ),
        badges: doc
            .badges
            .iter()
            .map(|b| {
                let body = b.body.iter().map(piece).collect();
                (b.spec, b.span.clone(), b.verify.map(str::to_owned), body)
            })
            .collect(),
        nodes,
    })
}

/// The reading done with quick-xml's namespace-aware reader, as this module did it.
fn quick(text: &str) -> Outcome {
    let syntax = |_| Code::SvgSyntax;
    // quick-xml drops a byte order mark without counting it in its positions.
    let shift = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let at = |p: u64| usize::try_from(p).unwrap() + shift;
    let mut reader = NsReader::from_str(text);
    let (mut root, mut badges, mut open, mut depth, mut nodes) = (None, Vec::new(), None, 0, 0);
    let mut root_tag = (false, Vec::new());
    let utf8 = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    loop {
        let start = at(reader.buffer_position());
        let (ns, event) = reader.read_resolved_event().map_err(syntax)?;
        let spec = badge_spec(&ns, &event);
        let end = at(reader.buffer_position());
        nodes += 1;
        match event {
            Q::Start(ref e) | Q::Empty(ref e) => {
                let empty = matches!(event, Q::Empty(_));
                if depth == 0 {
                    if root.is_some() {
                        return Err(Code::SvgSyntax);
                    }
                    if e.local_name().as_ref() != b"svg" {
                        return Err(Code::UnrecognizedInput);
                    }
                    root = Some(start..end);
                }
                let mut attributes = Vec::new();
                for a in e.attributes() {
                    let a = a.map_err(|_| Code::SvgSyntax)?;
                    attributes.push((utf8(a.key.as_ref()), utf8(&a.value)));
                }
                let verify = attributes
                    .iter()
                    .find(|a| a.0 == "verify")
                    .map(|a| a.1.clone());
                if depth == 0 {
                    root_tag = (empty, attributes);
                }
                if let (Some(spec), true, None) = (spec, depth > 0, open) {
                    badges.push((spec, start..end, verify, Vec::new()));
                    if !empty {
                        open = Some(depth);
                    }
                }
                if !empty {
                    depth += 1;
                }
            }
            Q::End(_) => {
                depth -= 1;
                if open == Some(depth) {
                    open = None;
                    badges.last_mut().unwrap().1.end = end;
                }
            }
            Q::Text(t) => {
                let t = String::from_utf8(t.into_inner().into_owned()).unwrap();
                if depth == 0 && !t.bytes().all(|b| b.is_ascii_whitespace()) {
                    return Err(Code::SvgSyntax);
                }
                if open.is_some_and(|d| d + 1 == depth) {
                    badges.last_mut().unwrap().3.push(t);
                }
            }
            Q::CData(c) if open.is_some_and(|d| d + 1 == depth) => {
                badges.last_mut().unwrap().3.push(utf8(&c));
            }
            Q::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err(Code::SvgSyntax);
    }
    Ok(Reading {
        root: root.ok_or(Code::UnrecognizedInput)?,
        root_tag,
        badges,
        nodes,
    })
}

fn badge_spec(ns: &ResolveResult<'_>, event: &Q<'_>) -> Option<Spec> {
    let (Q::Start(e) | Q::Empty(e)) = event else {
        return None;
    };
    let local = e.local_name();
    match (ns, local.as_ref()) {
        (ResolveResult::Bound(Namespace(n)), b"assertion") if *n == NS_OB2.as_bytes() => {
            Some(Spec::Ob2)
        }
        (ResolveResult::Bound(Namespace(n)), b"credential") if *n == NS_OB3.as_bytes() => {
            Some(Spec::Ob3)
        }
        _ => match e.name().as_ref() {
            b"openbadges:assertion" => Some(Spec::Ob2),
            b"openbadges:credential" => Some(Spec::Ob3),
            _ => None,
        },
    }
}

/// Every `.svg` file under `dir`, recursively.
fn svg_files(dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            svg_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "svg") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

const OB: &str = "xmlns:openbadges='http://openbadges.org'";

/// Hand-written documents on which both readers must agree.
fn edge_cases() -> Vec<String> {
    let cases = [
        "<svg/>",
        "<svg></svg>",
        "\u{feff}<?xml version='1.0' encoding='UTF-8'?>\n<svg/>\n",
        "<?xml version='1.0'?><!-- a - b --><!----><!--->--><svg><!-- -- --></svg>",
        "<s:svg xmlns:s='http://www.w3.org/2000/svg'><openbadges:credential verify='a.b.c'/></s:svg>",
        "<svg><?pi x > y?><?xml-stylesheet href='a.css'?><g/></svg>",
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg/>",
        "<!DOCTYPE svg [<!ENTITY a 'b'>]><svg>&a;</svg>",
        // CDATA with `]]` and `>`, split the way `bake` splits `]]>`.
        "<svg OB><openbadges:assertion><![CDATA[{\"a\":\"]]\"}]]]]><![CDATA[>]]></openbadges:assertion></svg>",
        // Attribute values with `>` and the other quote.
        "<svg OB><openbadges:assertion verify='https://e.org/?q=\">\"'/></svg>",
        "<svg OB a=\"it's > 'x'\"><openbadges:assertion verify=\"a'b'c\"/></svg>",
        "<svg OB><openbadges:assertion verify='https://e.org/?a>b'/></svg>",
        // References, decoded or not: raw here.
        "<svg OB><openbadges:assertion>&#x1F600;&#60;&amp;</openbadges:assertion></svg>",
        "<svg OB><text>&unknown; &nbsp &</text><openbadges:assertion verify='https://e.org'/></svg>",
        // Namespaces: on an ancestor, on the element, rebound or undeclared in a child.
        "<svg xmlns:b='http://openbadges.org'><g><b:assertion verify='https://a.org'/></g></svg>",
        "<svg><b:assertion xmlns:b='http://openbadges.org' verify='https://a.org'/></svg>",
        "<svg xmlns:b='http://openbadges.org'><g xmlns:b='http://e.org'><b:assertion/></g><b:assertion verify='x'/></svg>",
        "<svg xmlns:b='http://e.org'><g xmlns:b='http://openbadges.org'><b:assertion verify='in'/></g><b:assertion/></svg>",
        "<svg xmlns:b='http://openbadges.org'><g xmlns:b=''><b:assertion/></g></svg>",
        "<svg><assertion xmlns='http://openbadges.org' verify='d'/><credential/></svg>",
        "<svg xmlns='https://purl.imsglobal.org/ob/v3p0'><credential/><g xmlns=''><credential/></g></svg>",
        "<svg xmlns:openbadges='http://e.org'><openbadges:credential/><openbadges:assertion/></svg>",
        "<svg xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'><openbadges:assertion/></svg>",
        "<svg><c:credential xmlns:c='http://openbadges.org'/><c:assertion xmlns:c='https://purl.imsglobal.org/ob/v3p0'/></svg>",
        "<svg xmlns:xml='http://www.w3.org/XML/1998/namespace' xml:space='preserve'/>",
        // Several badges, nested ones, text split by comments and children.
        "<svg OB><openbadges:assertion verify='1'>a<!--x-->b<g>c</g><![CDATA[d]]><openbadges:assertion verify='2'/>e</openbadges:assertion>\
         <openbadges:credential verify='3'>f</openbadges:credential></svg>",
        "<svg OB><g><openbadges:assertion>\n {}\n</openbadges:assertion></g></svg>",
        // The shape of an illustration program's export: entities in the internal subset,
        // used undecoded in namespace declarations.
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- Generator: drawing tool 1.0 -->\n\
         <!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n\
         \t<!ENTITY ns_extend \"http://ns.example/Extensibility/1.0/\">\n\t<!ENTITY ns_graphs \"http://ns.example/Graphs/1.0/\">\n]>\n\
         <svg version=\"1.1\" xmlns:x=\"&ns_extend;\" xmlns:graph=\"&ns_graphs;\" xmlns=\"http://www.w3.org/2000/svg\" \
         xmlns:openbadges=\"http://openbadges.org\" xml:space=\"preserve\">\n<switch><foreignObject requiredExtensions=\"&ns_extend;\" \
         x=\"0\" y=\"0\" width=\"1\" height=\"1\"><x:piece>data</x:piece></foreignObject><g><path d=\"M0,0L1,1z\"/></g></switch>\n\
         <openbadges:assertion verify=\"https://e.org/a.json\"></openbadges:assertion></svg>\n",
        // Refused by both.
        "",
        "   ",
        "<!-- nothing -->",
        "<html><body/></html>",
        "<html lang=en>",
        "<svg><g></svg>",
        "<svg><g>",
        "<svg/><svg/>",
        "<svg/>x",
        "x<svg/>",
        "<svg></g></svg>",
        "<svg a='1' a='2'/>",
        "<svg a=1/>",
        "<svg><g a='1' a='2'/></svg>",
        "<svg><g a=\"1/></svg>",
        "<svg xmlns:xml='http://e.org'/>",
        "<svg><g xmlns:xmlns='http://e.org'/></svg>",
        "<svg><g xmlns:p='http://www.w3.org/2000/xmlns/'/></svg>",
        "<svg><g xmlns:p='http://www.w3.org/XML/1998/namespace'/></svg>",
        "<svg><!-- x </svg>",
        "<svg><![CDATA[ x </svg>",
        "<svg><?pi x </svg>",
        "<svg><!x></svg>",
        "<svg><![CDAT[x]]></svg>",
        "<svg><!DOCTYPE></svg>",
        "<svg",
        "<svg><",
        "<svg>< g/></svg>",
        "<svg></svg",
    ];
    cases
        .iter()
        .map(|c| c.replace(" OB", &format!(" {OB}")))
        .collect()
}

/// Documents the two read differently on purpose, with the reason. `quick-xml accepts`
/// cases are stricter well-formedness here; the others are DOCTYPEs quick-xml misreads.
const DIFFERENCES: &[(&str, bool, &str)] = &[
    (
        "<svg><g x='1'y='2'/></svg>",
        true,
        "attributes must be separated by white space",
    ),
    ("<svg><1a/></svg>", true, "element names must be XML names"),
    (
        "<svg><g c;y='1'/></svg>",
        true,
        "attribute names must be XML names",
    ),
    ("<svg><a:b:c/></svg>", true, "names have at most one `:`"),
    ("<svg xmlns:='x'/>", true, "`xmlns:` declares no prefix"),
    (
        "<svg><??></svg>",
        true,
        "a processing instruction needs a target",
    ),
    (
        "<svg><?a'b?></svg>",
        true,
        "white space must follow a processing instruction target",
    ),
    ("<!doctype svg><svg/>", true, "`<!DOCTYPE` is upper case"),
    (
        "<!DOCTYPEsvg><svg/>",
        true,
        "white space must follow `<!DOCTYPE`",
    ),
    ("<!DOCTYPE a><!DOCTYPE a><svg/>", true, "one DOCTYPE"),
    (
        "<svg><!DOCTYPE a></svg>",
        true,
        "a DOCTYPE only before the root",
    ),
    ("<![CDATA[x]]><svg/>", true, "no CDATA outside the root"),
    ("<svg/><![CDATA[ ]]>", true, "no CDATA outside the root"),
    (
        "<!DOCTYPE svg [<!ENTITY a \"x>y\">]><svg/>",
        false,
        "`>` in a quoted entity value",
    ),
    (
        "<!DOCTYPE svg [<!ENTITY a '<'>]><svg/>",
        false,
        "`<` in a quoted entity value",
    ),
    (
        "<!DOCTYPE svg [<!-- > -->]><svg/>",
        false,
        "`>` in a DOCTYPE comment",
    ),
    (
        "<!DOCTYPE svg [<?pi >?>]><svg/>",
        false,
        "`>` in a DOCTYPE processing instruction",
    ),
    (
        "<!DOCTYPE svg SYSTEM 'a>b'><svg/>",
        false,
        "`>` in a quoted system literal",
    ),
];

fn agree(name: &str, text: &str) {
    let (q, o) = (quick(text), ours(text));
    assert_eq!(
        o, q,
        "{name}: ours (left) and quick-xml (right) differ on {text:?}"
    );
}

#[test]
fn agrees_with_quick_xml_on_the_corpus() {
    let mut files = Vec::new();
    svg_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
        &mut files,
    );
    assert!(files.len() >= 9, "{}", files.len());
    for (name, text) in &files {
        agree(name, text);
        assert!(ours(text).is_ok() || name.contains("neg-"), "{name}");
    }
    let cases = edge_cases();
    for case in &cases {
        agree("edge case", case);
    }
    let accepted = cases.iter().filter(|c| ours(c).is_ok()).count();
    assert!(accepted > 20 && cases.len() - accepted > 20, "{accepted}");
}

#[test]
fn differs_from_quick_xml_only_where_listed() {
    for &(text, quick_accepts, why) in DIFFERENCES {
        assert_eq!(
            quick(text).is_ok(),
            quick_accepts,
            "quick-xml on {text:?} ({why})"
        );
        assert_eq!(
            ours(text).is_ok(),
            !quick_accepts,
            "ours on {text:?} ({why})"
        );
        if !quick_accepts {
            assert_eq!(ours(text).unwrap().root.start, text.find("<svg").unwrap());
        }
    }
}

/// Reads `text` both ways: ours may refuse what quick-xml accepts (stricter), never the
/// reverse (except in a DOCTYPE, which quick-xml misreads), and when both accept they must
/// read the same. Counts [both accept, only quick-xml accepts, both refuse].
fn one_way(name: &str, text: &str, doctype_edited: bool, tally: &mut [usize; 3]) {
    match (ours(text), quick(text)) {
        (Ok(o), Ok(q)) => {
            assert_eq!(
                o, q,
                "{name}: ours (left) and quick-xml (right) differ on {text:?}"
            );
            tally[0] += 1;
        }
        (Ok(o), Err(code)) => assert!(
            doctype_edited && text.contains("<!DOCTYPE"),
            "{name}: {text:?} accepted here ({o:?}) but not by quick-xml ({code})"
        ),
        (Err(code), Ok(_)) => {
            assert_eq!(code, Code::SvgSyntax, "{name}: {text:?}");
            tally[1] += 1;
        }
        (Err(_), Err(_)) => tally[2] += 1,
    }
}

/// Seeded random edits of every corpus document after its DOCTYPE (where the readers
/// differ on purpose): the result must never be accepted by ours and refused by quick-xml,
/// and when both accept they must read the same.
#[test]
fn random_edits_are_never_accepted_by_ours_alone() {
    let mut docs = Vec::new();
    svg_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests"),
        &mut docs,
    );
    docs.extend(
        edge_cases()
            .into_iter()
            .map(|c| (String::from("edge case"), c)),
    );
    let alphabet = b"<>/='\"&;![]-?: xX#";
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut tally = [0; 3];
    for (name, original) in &docs {
        // Edits start after the prolog: a DOCTYPE is where the readers differ on purpose.
        let from = original.find("<svg").unwrap_or(0);
        let rounds = if original.len() > 1000 { 400 } else { 60 };
        for _ in 0..rounds {
            let mut text = original.clone();
            for _ in 0..=rng.index(3) {
                let span = text.len().saturating_sub(from);
                let mut at = from + rng.index(span + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let byte = char::from(alphabet[rng.index(alphabet.len())]);
                match rng.index(3) {
                    0 => text.insert(at, byte),
                    1 if text[at..].starts_with(|c: char| c.is_ascii()) && at < text.len() => {
                        text.remove(at);
                    }
                    _ if at < text.len() && text[at..].starts_with(|c: char| c.is_ascii()) => {
                        text.replace_range(at..=at, &byte.to_string());
                    }
                    _ => text.insert(at, byte),
                }
            }
            one_way(name, &text, false, &mut tally);
        }
    }
    let [both, quick_only, neither] = tally;
    eprintln!("edited documents: {both} read alike, {quick_only} refused only here, {neither} refused by both");
    // The edits must exercise both outcomes.
    assert!(both > 500 && neither > 500, "{both} {quick_only} {neither}");
}

/// The decoding of the badge's text against quick-xml's `unescape`.
#[test]
fn unescape_agrees_with_quick_xml() {
    let cases = [
        "",
        "plain",
        "&lt;&gt;&amp;&apos;&quot;",
        "&#60;&#x3C;&#x3c;&#x1F600;&#128512;",
        "&#0;",
        "&#x0;",
        "&#xD800;",
        "&#x110000;",
        "&#99999999999;",
        "&#x;",
        "&#;",
        "&#+60;",
        "&#-1;",
        "&#X3C;",
        "&#x+3C;",
        "&#60",
        "&#6 0;",
        "&nbsp;",
        "&unknown;",
        "& ;",
        "&;",
        "a & b",
        "a &amp b",
        "x;&lt;",
        "&&lt;",
        "&lt;&",
        ";;&amp;;",
        "&#x0041;&#0065;",
        "&#xFFFF;&#xFFFE;&#1;&#9;",
        "é&#233;ü",
    ];
    for raw in cases {
        let theirs = quick_xml::escape::unescape(raw).map_err(|e| match e {
            quick_xml::escape::EscapeError::UnrecognizedEntity(..) => Code::SvgEntity,
            _ => Code::SvgSyntax,
        });
        let mine = unescape(raw, 0).map_err(|e| e.code);
        assert_eq!(mine, theirs.map(|c| c.into_owned()), "{raw:?}");
    }
}

/// Opt-in: every UTF-8 file in the directory `SVG_ORACLE_CORPUS` (a fuzzing corpus, for
/// example `fuzz/corpus/svg_extract`) read both ways, as [`one_way`] requires.
#[test]
fn agrees_with_quick_xml_on_an_external_corpus() {
    let Some(dir) = std::env::var_os("SVG_ORACLE_CORPUS") else {
        return;
    };
    let mut tally = [0; 3];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if let Ok(text) = std::fs::read_to_string(&path) {
            one_way(&path.display().to_string(), &text, true, &mut tally);
        }
    }
    let [both, quick_only, neither] = tally;
    eprintln!(
        "corpus: {both} read alike, {quick_only} refused only here, {neither} refused by both"
    );
}
