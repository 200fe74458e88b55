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
    // Every character to escape is ASCII, so the text between two of them is copied as
    // one slice (a byte below 0x80 never sits inside a multi-byte character): writing
    // the report and JCS bytes char by char was ~7 % of a verification in wasm.
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{:04x}", b);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::write_string;

    /// Escapes next to multi-byte characters, at both ends and in a row; every C0 control.
    #[test]
    fn strings_escape_as_json_stringify_does() {
        let mut out = String::new();
        write_string(&mut out, "\"é\u{1}\n€\\\u{8}\u{c}\t\r𝄞\u{1f} ok\"");
        assert_eq!(out, r#""\"é\u0001\n€\\\b\f\t\r𝄞\u001f ok\"""#);
        for b in 0u8..0x20 {
            let mut out = String::new();
            write_string(&mut out, char::from(b).encode_utf8(&mut [0; 4]));
            let expected = match b {
                8 => "\"\\b\"".to_owned(),
                9 => "\"\\t\"".to_owned(),
                10 => "\"\\n\"".to_owned(),
                12 => "\"\\f\"".to_owned(),
                13 => "\"\\r\"".to_owned(),
                _ => format!("\"\\u{b:04x}\""),
            };
            assert_eq!(out, expected);
        }
    }
}
