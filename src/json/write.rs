//! JSON text out, in the two forms the crate writes: the compact form every front end prints
//! (a [`Value`]'s `Display`: members in document order, integers exact, other numbers in
//! their shortest round-trip form) and the RFC 8785 canonical form [`crate::jcs`] signs
//! (members sorted by UTF-16 code units, numbers as ECMAScript prints them).

use super::es_number;
use super::Value;
use crate::{Error, Result};
use std::fmt::Write;

/// Deepest nesting written. Values from [`super::parse`] are already bounded by
/// [`crate::Limits::max_json_depth`]; this guards values built in code.
const MAX_DEPTH: usize = 1024;

/// Which JSON text to write.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Compact, members in document order.
    Plain,
    /// RFC 8785.
    Canonical,
}

/// Appends `value` as JSON text in `form`.
///
/// # Errors
/// `limit-exceeded` for a value nested more than 1,024 levels deep.
pub(crate) fn write(out: &mut String, value: &Value, form: Form) -> Result<()> {
    write_at(out, value, form, 0)
}

fn write_at(out: &mut String, value: &Value, form: Form, depth: usize) -> Result<()> {
    if depth >= MAX_DEPTH {
        return Err(Error::limit(
            "MAX_DEPTH (JSON writer)",
            MAX_DEPTH,
            "json-write-depth",
        ));
    }
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if form == Form::Canonical => es_number::write_number(out, n),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_at(out, item, form, depth + 1)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            if form == Form::Canonical {
                crate::sort::sort_by(&mut members, |a, b| es_number::utf16_cmp(a.0, b.0));
            }
            out.push('{');
            for (i, (name, value)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, name);
                out.push(':');
                write_at(out, value, form, depth + 1)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

/// Writes `s` as a JSON string literal with the minimal escaping of ECMAScript
/// `JSON.stringify` (and RFC 8785): `\b \t \n \f \r \" \\`, other C0 controls as
/// `\u00xx` with lowercase hex, everything else as is.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
