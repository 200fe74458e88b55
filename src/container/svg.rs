//! Baked SVG: the `<openbadges:assertion>` (OB 2.0) or `<openbadges:credential>` (OB 3.0)
//! element.
//!
//! The badge element is found by namespace and local name (`assertion` in
//! `http://openbadges.org`, `credential` in `https://purl.imsglobal.org/ob/v3p0`), or by the
//! literal names `openbadges:assertion` / `openbadges:credential` whatever the prefix is bound
//! to, as the reference bakers match. The first element of each generation counts; OB 3.0
//! wins when both are present. Its payload is, in this order: the `verify` attribute when it
//! is a compact JWS; else the element's text and CDATA children, concatenated and trimmed,
//! when not empty (an OB 2.0 hosted badge carries its URL in `verify` *and* the JSON in the
//! body); else the `verify` attribute (a hosted URL).
//!
//! Entity policy: a DOCTYPE is accepted and skipped; nothing it declares is used and nothing
//! is ever fetched. Only the five predefined entities and character references are decoded,
//! and only in the badge element that is read. A reference to any other entity there is the
//! error `svg-entity`; elsewhere in the document text is never decoded, so a billion-laughs
//! or external-entity DOCTYPE costs one pass over the bytes. The document is read to its end
//! within [`Limits::max_xml_depth`], [`Limits::max_xml_nodes`] and
//! [`Limits::max_xml_text_bytes`]; it must be well-formed.
//!
//! The reading is done by the crate's own small XML reader (`container/xml.rs`: one forward
//! pass, namespace-aware, strict about structure, never decoding what it does not return).
//! quick-xml, which did it before, is kept as a test-only differential oracle.

use super::xml::{Attribute, Event, Reader};
use super::{is_http_url, no_badge_data, unrecognized_kind, Extracted, Payload};
use crate::code::{Param, Params};
use crate::report::{ContainerKind, Spec};
use crate::Code;
use crate::{json, Error, Limits, Result};
use std::ops::Range;

/// Namespace of the OB 1.x / 2.0 `assertion` element.
pub const NS_OB2: &str = "http://openbadges.org";

/// Namespace of the OB 3.0 `credential` element.
pub const NS_OB3: &str = "https://purl.imsglobal.org/ob/v3p0";

/// Finds the badge in an SVG document.
///
/// # Errors
/// `svg-syntax` for XML that is not well-formed; `svg-entity` for a reference to a
/// non-predefined entity inside the badge element; `unrecognized-input` when the root
/// element is not `svg`; `limit-exceeded` for a tripped bound; `no-badge-data` without a
/// badge element; `payload-unrecognized` when its content is not JSON, a JWS or a URL.
pub fn extract(text: &str, limits: &Limits) -> Result<Extracted> {
    let doc = scan(text, limits)?;
    let badge = doc
        .badges
        .iter()
        .find(|b| b.spec == Spec::Ob3)
        .or_else(|| doc.badges.first())
        .ok_or_else(|| no_badge_data(ContainerKind::Svg))?;
    let at = badge.span.start;
    let verify = match badge.verify {
        Some(raw) => unescape(raw, at)?,
        None => String::new(),
    };
    let mut body = String::new();
    for piece in &badge.body {
        match *piece {
            Piece::Text(t) => body.push_str(&unescape(t, at)?),
            Piece::CData(c) => body.push_str(c),
        }
        check_text(body.len(), limits)?;
    }
    let signed = Payload::classify(&verify)
        .ok()
        .filter(|p| matches!(p, Payload::CompactJws(_)));
    let payload = match signed {
        Some(jws) => jws,
        None if !body.trim().is_empty() => Payload::classify(&body)?,
        None if !verify.trim().is_empty() => Payload::classify(&verify)?,
        None => return Err(no_badge_data(ContainerKind::Svg)),
    };
    Ok(Extracted {
        container: ContainerKind::Svg,
        payload,
        spec_hint: Some(badge.spec),
    })
}

/// Bakes `payload` into an SVG: removes every badge element, declares `xmlns:openbadges` on
/// the root `<svg>` (the OB 2.0 or OB 3.0 namespace, per `spec`) and inserts the new element
/// as its first child. OB 2.0: `<openbadges:assertion verify="…">` with the JWS or URL in
/// `verify`, or the JSON in CDATA and `verify` = its `id` when that is an http(s) URL.
/// OB 3.0: `<openbadges:credential>` with a VC-JWT in `verify`, or the JSON in CDATA.
///
/// # Errors
/// As [`extract`] for a malformed SVG; `limit-exceeded` when the payload exceeds
/// [`Limits::max_xml_text_bytes`].
pub fn bake(text: &str, payload: &Payload, spec: Spec, limits: &Limits) -> Result<String> {
    check_text(payload.as_str().len(), limits)?;
    let doc = scan(text, limits)?;
    let (name, ns) = match spec {
        Spec::Ob3 => ("openbadges:credential", NS_OB3),
        _ => ("openbadges:assertion", NS_OB2),
    };
    let (verify, body) = match payload {
        Payload::CompactJws(v) | Payload::Url(v) => (Some(v.clone()), None),
        Payload::Json(j) if spec == Spec::Ob3 => (None, Some(j.as_str())),
        Payload::Json(j) => (hosted_url(j, limits), Some(j.as_str())),
    };
    let root = &doc.root;
    let mut out = String::with_capacity(text.len() + payload.as_str().len() + 200);
    out.push_str(text.get(..root.span.start).unwrap_or_default());
    out.push('<');
    out.push_str(root.name);
    let mut declared = false;
    for &Attribute { name: key, value } in &root.attributes {
        let value = if key == "xmlns:openbadges" {
            declared = true;
            ns
        } else {
            value
        };
        let quote = if value.contains('"') { "'" } else { "\"" };
        out.extend([" ", key, "=", quote, value, quote]);
    }
    if !declared {
        out.extend([" xmlns:openbadges=\"", ns, "\""]);
    }
    out.extend([">", "<", name]);
    if let Some(v) = &verify {
        out.extend([" verify=\"", &escape_attribute(v), "\""]);
    }
    match body {
        Some(j) => out.extend([
            "><![CDATA[",
            &j.replace("]]>", "]]]]><![CDATA[>"),
            "]]></",
            name,
            ">",
        ]),
        None => out.push_str("/>"),
    }
    let mut cursor = root.span.end;
    for badge in &doc.badges {
        out.push_str(text.get(cursor..badge.span.start).unwrap_or_default());
        cursor = badge.span.end;
    }
    if root.empty {
        out.extend(["</", root.name, ">"]);
    }
    out.push_str(text.get(cursor..).unwrap_or_default());
    Ok(out)
}

/// The root element's start tag.
struct Root<'a> {
    span: Range<usize>,
    empty: bool,
    name: &'a str,
    /// Attribute names and raw (still escaped) values.
    attributes: Vec<Attribute<'a>>,
}

/// A badge element, not yet decoded.
struct Badge<'a> {
    spec: Spec,
    span: Range<usize>,
    verify: Option<&'a str>,
    body: Vec<Piece<'a>>,
}

enum Piece<'a> {
    Text(&'a str),
    CData(&'a str),
}

struct Document<'a> {
    root: Root<'a>,
    badges: Vec<Badge<'a>>,
}

/// Reads the whole document once, recording the root start tag and every outermost badge
/// element (with its `verify` attribute and direct text/CDATA children, undecoded).
fn scan<'a>(text: &'a str, limits: &Limits) -> Result<Document<'a>> {
    let mut reader = Reader::new(text);
    let mut root: Option<Root<'a>> = None;
    let mut badges: Vec<Badge<'a>> = Vec::new();
    let mut open: Option<usize> = None; // depth of the badge element being read
    let mut nodes = 0usize;
    loop {
        let (event, span) = reader.next()?;
        nodes += 1;
        if nodes > limits.max_xml_nodes {
            return Err(Error::limit(
                "max_xml_nodes",
                limits.max_xml_nodes,
                "xml-nodes",
            ));
        }
        match event {
            Event::Start { name, empty, depth } => {
                if depth >= limits.max_xml_depth {
                    return Err(Error::limit(
                        "max_xml_depth",
                        limits.max_xml_depth,
                        "xml-depth",
                    ));
                }
                if depth == 0 {
                    if local_name(name) != "svg" {
                        return Err(unrecognized_kind("xml"));
                    }
                    let attributes = reader.attributes()?.to_vec();
                    root = Some(Root {
                        span,
                        empty,
                        name,
                        attributes,
                    });
                } else if open.is_none() {
                    if let Some(spec) = badge_spec(&mut reader, name)? {
                        let verify = reader
                            .attributes()?
                            .iter()
                            .find(|a| a.name == "verify")
                            .map(|a| a.value);
                        if let Some(v) = verify {
                            check_text(v.len(), limits)?;
                        }
                        badges.push(Badge {
                            spec,
                            span,
                            verify,
                            body: Vec::new(),
                        });
                        if !empty {
                            open = Some(depth);
                        }
                    }
                }
            }
            Event::End { depth } => {
                if open == Some(depth) {
                    open = None;
                    if let Some(b) = badges.last_mut() {
                        b.span.end = span.end;
                    }
                }
            }
            Event::Text(t) => {
                check_text(t.len(), limits)?;
                if open.is_some_and(|d| d + 1 == reader.depth()) {
                    if let Some(b) = badges.last_mut() {
                        b.body.push(Piece::Text(t));
                    }
                }
            }
            Event::CData(c) => {
                check_text(c.len(), limits)?;
                if open.is_some_and(|d| d + 1 == reader.depth()) {
                    if let Some(b) = badges.last_mut() {
                        b.body.push(Piece::CData(c));
                    }
                }
            }
            Event::Other => {}
            Event::Eof => break,
        }
    }
    let Some(root) = root else {
        return Err(unrecognized_kind("no-element"));
    };
    Ok(Document { root, badges })
}

/// The part of a qualified name after its prefix.
fn local_name(name: &str) -> &str {
    name.split_once(':').map_or(name, |(_, local)| local)
}

/// Which badge generation the element `name` (whose start tag the reader just returned)
/// is, if it is a badge element: `assertion` in [`NS_OB2`] or `credential` in [`NS_OB3`],
/// else the literal names `openbadges:assertion` / `openbadges:credential`.
fn badge_spec(reader: &mut Reader<'_>, name: &str) -> Result<Option<Spec>> {
    let (prefix, local) = name.split_once(':').unwrap_or(("", name));
    let (namespace, spec) = match local {
        "assertion" => (NS_OB2, Spec::Ob2),
        "credential" => (NS_OB3, Spec::Ob3),
        _ => return Ok(None),
    };
    reader.attributes()?; // declares the element's own namespaces
    let bound = reader.namespace(prefix) == Some(namespace);
    Ok((bound || prefix == "openbadges").then_some(spec))
}

/// Decodes the five predefined entities and character references; any other entity is
/// refused (`svg-entity`), as is a `&` that starts no reference (`svg-syntax`, at `at`:
/// the badge element's offset).
fn unescape(raw: &str, at: usize) -> Result<String> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some((before, after)) = rest.split_once('&') {
        out.push_str(before);
        let end = after
            .find([';', '&'])
            .filter(|&e| after.as_bytes().get(e) == Some(&b';'));
        let (Some(name), Some(tail)) = (
            end.and_then(|e| after.get(..e)),
            end.and_then(|e| after.get(e + 1..)),
        ) else {
            return Err(super::xml::syntax_at(at));
        };
        match name {
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "amp" => out.push('&'),
            "apos" => out.push('\''),
            "quot" => out.push('"'),
            _ => match name.strip_prefix('#') {
                Some(number) => {
                    out.push(char_reference(number).ok_or_else(|| super::xml::syntax_at(at))?)
                }
                None => {
                    return Err(Error::with(
                        Code::SvgEntity,
                        Params::new().with(Param::Entity, name),
                    ))
                }
            },
        }
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

/// The character of reference `&#number;`: decimal digits, or `x` and hexadecimal digits.
fn char_reference(number: &str) -> Option<char> {
    let (digits, radix) = match number.strip_prefix('x') {
        Some(hex) => (hex, 16),
        None => (number, 10),
    };
    // `from_str_radix` alone would also take a leading `+`.
    if !digits.bytes().all(|b| char::from(b).is_digit(radix)) {
        return None;
    }
    let code = u32::from_str_radix(digits, radix).ok()?;
    char::from_u32(code).filter(|&c| c != '\0')
}

/// The URL to put in `verify` for an OB 2.0 JSON assertion: its `id`, or the OB 1.0
/// `verify.url`, when that is an http(s) URL.
fn hosted_url(json_text: &str, limits: &Limits) -> Option<String> {
    let doc = json::parse(json_text, limits).ok()?;
    let http = |v: &crate::json::Value| v.as_str().filter(|u| is_http_url(u)).map(str::to_owned);
    doc.get("id")
        .and_then(http)
        .or_else(|| doc.get("verify").and_then(|v| v.get("url")).and_then(http))
}

fn escape_attribute(v: &str) -> String {
    v.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn check_text(len: usize, limits: &Limits) -> Result<()> {
    if len > limits.max_xml_text_bytes {
        return Err(Error::limit(
            "max_xml_text_bytes",
            limits.max_xml_text_bytes,
            "xml-text",
        ));
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod oracle;

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn svg(inner: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
             xmlns:ob=\"{NS_OB3}\" xmlns:openbadges=\"{NS_OB2}\">{inner}</svg>"
        )
    }

    fn payload(s: &str) -> Result<(Payload, Option<Spec>)> {
        extract(s, &Limits::default()).map(|e| (e.payload, e.spec_hint))
    }

    #[test]
    fn follows_precedence() {
        let url = "https://e.org/a?x=1&amp;y=2";
        let hosted = svg(&format!(
            "<openbadges:assertion verify=\"{url}\"> <![CDATA[{{\"id\":1}}]]> </openbadges:assertion>"
        ));
        assert_eq!(
            payload(&hosted).unwrap().0,
            Payload::Json("{\"id\":1}".into())
        );
        let only_url = svg(&format!("<openbadges:assertion verify=\"{url}\"/>"));
        assert_eq!(
            payload(&only_url).unwrap(),
            (
                Payload::Url("https://e.org/a?x=1&y=2".into()),
                Some(Spec::Ob2)
            )
        );
        let signed = svg("<ob:credential verify=\"a.b.c\">{&quot;x&quot;:1}</ob:credential>");
        assert_eq!(
            payload(&signed).unwrap(),
            (Payload::CompactJws("a.b.c".into()), Some(Spec::Ob3))
        );
        let text_body = svg("<ob:credential>\n {&quot;a&quot;:&#x31;}<!-- c --></ob:credential>");
        assert_eq!(
            payload(&text_body).unwrap().0,
            Payload::Json("{\"a\":1}".into())
        );
    }

    #[test]
    fn matches_namespace_or_literal_prefix() {
        let other_prefix =
            "<svg><b:assertion xmlns:b=\"http://openbadges.org\" verify=\"https://a.org\"/></svg>";
        assert_eq!(payload(other_prefix).unwrap().1, Some(Spec::Ob2));
        let unbound = "<svg><openbadges:credential verify=\"x.y.z\"/></svg>";
        assert_eq!(payload(unbound).unwrap().1, Some(Spec::Ob3));
        let wrong_ns =
            "<svg><b:assertion xmlns:b=\"http://example.org\" verify=\"https://a.org\"/></svg>";
        assert_eq!(payload(wrong_ns).unwrap_err().code, Code::NoBadgeData);
        let both = svg(
            "<openbadges:assertion verify=\"https://a.org/2\"/><ob:credential verify=\"a.b.c\"/>",
        );
        assert_eq!(payload(&both).unwrap().1, Some(Spec::Ob3));
    }

    #[test]
    fn refuses_bad_documents() {
        let code = |s: &str| payload(s).unwrap_err().code;
        let params = |s: &str| payload(s).unwrap_err().params;
        assert_eq!(code("<html><body/></html>"), Code::UnrecognizedInput);
        assert_eq!(
            params("<html><body/></html>"),
            Params::new().with(Param::Kind, "xml")
        );
        assert_eq!(code("<!-- nothing -->"), Code::UnrecognizedInput);
        assert_eq!(
            params("<!-- nothing -->"),
            Params::new().with(Param::Kind, "no-element")
        );
        assert_eq!(
            params("<svg><g></svg>"),
            Params::new().with(Param::Offset, 8usize)
        );
        assert_eq!(code("<svg><g></svg>"), Code::SvgSyntax);
        assert_eq!(code("<svg><g>"), Code::SvgSyntax);
        assert_eq!(code("<svg/><svg/>"), Code::SvgSyntax);
        assert_eq!(code(&svg("<openbadges:assertion/>")), Code::NoBadgeData);
        assert_eq!(
            code(&svg("<openbadges:assertion>&nbsp;</openbadges:assertion>")),
            Code::SvgEntity
        );
        assert_eq!(
            params(&svg("<openbadges:assertion>&nbsp;</openbadges:assertion>")),
            Params::new().with(Param::Entity, "nbsp")
        );
        assert_eq!(
            params(&svg("<openbadges:assertion/>")),
            Params::new().with(Param::Container, "svg")
        );
        assert_eq!(
            code(&svg("<openbadges:assertion>hello</openbadges:assertion>")),
            Code::PayloadUnrecognized
        );
        let tight = Limits {
            max_xml_depth: 3,
            max_xml_nodes: 50,
            max_xml_text_bytes: 10,
            ..Limits::default()
        };
        let limit = |s: &str| {
            extract(s, &tight)
                .unwrap_err()
                .params
                .get(Param::Limit)
                .cloned()
        };
        let named = |field: &str| Some(crate::code::Arg::from(field));
        assert_eq!(
            limit("<svg><g><g><g/></g></g></svg>"),
            named("max_xml_depth")
        );
        assert_eq!(
            limit(&format!("<svg>{}</svg>", "<g/>".repeat(60))),
            named("max_xml_nodes")
        );
        assert_eq!(
            limit("<svg><text>more than ten bytes</text></svg>"),
            named("max_xml_text_bytes")
        );
    }

    #[test]
    fn bakes_and_round_trips() {
        let l = Limits::default();
        let image = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://old\" a='x\"y'>\
                     <openbadges:assertion verify=\"https://old.org\"/><g/></svg>";
        let json = r#"{"id":"https://e.org/a?b=1&c=2","x":"]]>"}"#;
        let p = Payload::Json(json.into());
        let baked = bake(image, &p, Spec::Ob2, &l).unwrap();
        assert!(
            baked.contains(" xmlns:openbadges=\"http://openbadges.org\""),
            "{baked}"
        );
        assert!(
            baked.contains("verify=\"https://e.org/a?b=1&amp;c=2\""),
            "{baked}"
        );
        assert!(!baked.contains("old.org"));
        assert!(baked.contains("a='x\"y'"));
        assert_eq!(payload(&baked).unwrap(), (p, Some(Spec::Ob2)));
        let jws = Payload::CompactJws("a.b.c".into());
        let baked = bake("<svg/>", &jws, Spec::Ob3, &l).unwrap();
        assert_eq!(
            baked,
            format!("<svg xmlns:openbadges=\"{NS_OB3}\"><openbadges:credential verify=\"a.b.c\"/></svg>")
        );
        assert_eq!(payload(&baked).unwrap(), (jws, Some(Spec::Ob3)));
    }

    #[test]
    fn decodes_references_only_in_the_badge() {
        let badge = svg("<text>&unknown; &nbsp &</text>\
                         <openbadges:assertion verify=\"https://e.org/&#x1F600;&#60;&#x3c;&amp;\"/>");
        assert_eq!(
            payload(&badge).unwrap().0,
            Payload::Url("https://e.org/\u{1F600}<<&".into())
        );
        let body = svg("<ob:credential>{&quot;&#x1F600;&#60;&apos;&gt;&quot;:1}</ob:credential>");
        assert_eq!(
            payload(&body).unwrap().0,
            Payload::Json("{\"\u{1F600}<'>\":1}".into())
        );
        let code = |inner: &str| payload(&svg(inner)).unwrap_err().code;
        assert_eq!(
            code("<ob:credential>&unknown;</ob:credential>"),
            Code::SvgEntity
        );
        assert_eq!(code("<ob:credential verify='&lol;'/>"), Code::SvgEntity);
        for bad in [
            "{&#0;}",
            "{&#xD800;}",
            "{&#x;}",
            "{a & b}",
            "{&amp}",
            "{&#X41;}",
        ] {
            let inner = format!("<ob:credential>{bad}</ob:credential>");
            assert_eq!(code(&inner), Code::SvgSyntax, "{bad}");
        }
        // Text inside the badge's child elements is not the badge's and is not decoded.
        let nested = svg("<ob:credential verify='a.b.c'><g>&unknown;</g></ob:credential>");
        assert_eq!(
            payload(&nested).unwrap().0,
            Payload::CompactJws("a.b.c".into())
        );
    }

    #[test]
    fn finds_badges_through_namespace_scopes() {
        let found = |text: &str| extract(text, &Limits::default()).map(|e| e.payload);
        let url = |u: &str| Ok(Payload::Url(u.into()));
        // Declared on an ancestor, or on the element itself.
        let ancestor =
            format!("<svg xmlns:b='{NS_OB2}'><g><b:assertion verify='https://a.org'/></g></svg>");
        assert_eq!(found(&ancestor), url("https://a.org"));
        let own =
            format!("<svg><g><b:assertion xmlns:b='{NS_OB2}' verify='https://a.org'/></g></svg>");
        assert_eq!(found(&own), url("https://a.org"));
        // Rebound in a child: not a badge there; the outer binding returns after it.
        let rebound = format!(
            "<svg xmlns:b='{NS_OB2}'><g xmlns:b='http://e.org'><b:assertion verify='https://in.org'/></g>\
             <b:assertion verify='https://out.org'/></svg>"
        );
        assert_eq!(found(&rebound), url("https://out.org"));
        // The element's own declaration does not outlive it.
        let own_only = format!(
            "<svg><b:assertion xmlns:b='http://e.org' verify='https://1.org'/>\
             <g xmlns:b='{NS_OB2}'><b:assertion verify='https://2.org'/></g></svg>"
        );
        assert_eq!(found(&own_only), url("https://2.org"));
        // The default namespace.
        let default = format!("<svg><credential xmlns='{NS_OB3}' verify='a.b.c'/></svg>");
        assert_eq!(found(&default), Ok(Payload::CompactJws("a.b.c".into())));
    }

    #[test]
    fn skips_any_doctype_and_prologue() {
        let text = format!(
            "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <!DOCTYPE svg SYSTEM 'x>y.dtd' [\n<!ENTITY a \"<b>\">\n<!-- > -->\n<?p > ?>\n]>\n\
             <!-- c --><svg xmlns:openbadges='{NS_OB2}'>&a;<openbadges:assertion verify='https://e.org'/></svg>"
        );
        assert_eq!(
            payload(&text).unwrap().0,
            Payload::Url("https://e.org".into())
        );
        // Baking keeps everything before the root, byte order mark and all.
        let baked = bake(
            &text,
            &Payload::Url("https://f.org".into()),
            Spec::Ob2,
            &Limits::default(),
        )
        .unwrap();
        let root = text.find("<svg").unwrap();
        assert_eq!(baked.get(..root), text.get(..root));
        assert_eq!(
            payload(&baked).unwrap().0,
            Payload::Url("https://f.org".into())
        );
    }

    #[test]
    fn hostile_shapes_end_quickly() {
        let started = std::time::Instant::now();
        let l = Limits::default();
        // Many attributes on the root and on the badge: sorted once, not compared pairwise.
        let many: String = (0..200_000).map(|i| format!(" a{i}=''")).collect();
        let text = format!("<svg{many}><openbadges:credential{many} verify='a.b.c'/></svg>");
        assert_eq!(
            extract(&text, &l).unwrap().payload,
            Payload::CompactJws("a.b.c".into())
        );
        let repeated = format!("<svg{many}{many}/>");
        assert_eq!(extract(&repeated, &l).unwrap_err().code, Code::SvgSyntax);
        // Many prefixes in scope, and many elements that could be badges.
        let declared: String = (0..100_000)
            .map(|i| format!(" xmlns:p{i}='{NS_OB3}'"))
            .collect();
        let used = "<p7:credential/>".repeat(150_000);
        let text = format!("<svg{declared}>{used}<g/></svg>");
        assert_eq!(extract(&text, &l).unwrap_err().code, Code::NoBadgeData);
        // A huge attribute value and a huge comment, a CDATA section left open.
        let big = "x".repeat(8 << 20);
        let text = format!("<svg a='{big}'><!--{big}--><![CDATA[{big}");
        assert_eq!(extract(&text, &l).unwrap_err().code, Code::SvgSyntax);
        // A guard against quadratic blow-up (minutes at these sizes), not a speed test: the
        // bound is loose so a loaded debug build does not trip it.
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
    }
}
