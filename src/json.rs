//! Bounded JSON parsing.
//!
//! Credentials arrive from strangers, so JSON is parsed with a size cap
//! ([`Limits::max_json_bytes`]), a nesting cap ([`Limits::max_json_depth`]) and a cap on
//! the number of values ([`Limits::max_json_values`]: 8 MiB of `0,0,0,…` would otherwise
//! become 4 million 32-byte values, over 300 MiB), and a
//! document with a **duplicate object key** is rejected (`json-duplicate-key`): JSON parsers
//! disagree on which duplicate wins, and a signature checked over one reading must not be
//! displayed under another. Member order is preserved for display.

use crate::code::{Param, Params};
use crate::decimal::Parsed;
use crate::Code;
use crate::{Error, Limits, Result};

mod es_number;
mod value;
mod write;

pub use value::{Map, Number, Value};
pub(crate) use write::{write, Form};

/// A JSON object of `members`, in order.
pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

/// `Serialize` for types written by hand as a [`Value`] (`$t => fn(&$t) -> Value`), so serde
/// users (the CLI, tests) see exactly what the wasm module writes.
macro_rules! serialize_via_json {
    ($($t:ty => $json:expr),* $(,)?) => {$(
        #[cfg(feature = "serde")]
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let json: fn(&$t) -> $crate::json::Value = $json;
                json(self).serialize(s)
            }
        }
    )*};
}

pub(crate) use serialize_via_json;

/// Tests write JSON literals with serde_json's `json!`, converted to the crate's [`Value`].
#[cfg(test)]
macro_rules! json {
    ($($t:tt)+) => {
        serde_json::from_value::<$crate::json::Value>(serde_json::json!($($t)+))
            .expect("a JSON literal")
    };
}
#[cfg(test)]
pub(crate) use json;

/// Parses `text` as one JSON value within `limits`.
///
/// The parser is written here rather than taken from serde_json's deserializer: it builds
/// the crate's [`Value`] directly, enforces the bounds as it goes, and leaves serde's
/// generic deserialization machinery (about 30 KB) out of the WebAssembly module. Numbers
/// are read as serde_json reads them: an integer that fits is a `u64` / `i64`, anything
/// else (a fraction, an exponent, `-0`, a larger integer) the nearest `f64`.
///
/// # Errors
/// `limit-exceeded` for a too large or too deep document, `json-duplicate-key` for a
/// repeated member name, `json-syntax` for anything that is not JSON.
pub fn parse(text: &str, limits: &Limits) -> Result<Value> {
    if text.len() > limits.max_json_bytes {
        return Err(Error::limit(
            "max_json_bytes",
            limits.max_json_bytes,
            "json-size",
        ));
    }
    let mut p = Parser {
        text,
        pos: 0,
        limits,
        values_left: limits.max_json_values,
    };
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < text.len() {
        return Err(p.syntax());
    }
    Ok(value)
}

/// Parses UTF-8 bytes as JSON (see [`parse`]).
///
/// # Errors
/// As [`parse`], plus `json-not-utf8` for bytes that are not UTF-8.
pub fn parse_bytes(bytes: &[u8], limits: &Limits) -> Result<Value> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::with(
            Code::JsonNotUtf8,
            Params::new().with(Param::Offset, e.valid_up_to()),
        )
    })?;
    parse(text.strip_prefix('\u{feff}').unwrap_or(text), limits)
}

/// The parser recurses once per level of nesting; however large a caller sets
/// [`Limits::max_json_depth`], nesting stops here (what serde_json's reader allowed too), so
/// the stack stays small.
const MAX_NESTING: usize = 128;

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    limits: &'a Limits,
    /// Values the document may still contain.
    values_left: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// A `json-syntax` error at the current position, as line and column.
    fn syntax(&self) -> Error {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        Error::with(
            Code::JsonSyntax,
            Params::new()
                .with(Param::Line, line)
                .with(Param::Column, column),
        )
    }

    fn eat(&mut self, literal: &str) -> bool {
        let found = self
            .text
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(literal));
        if found {
            self.pos += literal.len();
        }
        found
    }

    /// One value at nesting `depth` (the document itself is depth 0).
    fn value(&mut self, depth: usize) -> Result<Value> {
        // Counted before the value is built, so the bound holds while allocating.
        self.values_left = self.values_left.checked_sub(1).ok_or_else(|| {
            Error::limit(
                "max_json_values",
                self.limits.max_json_values,
                "json-values",
            )
        })?;
        self.skip_ws();
        let nested = matches!(self.peek(), Some(b'[' | b'{'));
        if nested && (depth >= self.limits.max_json_depth || depth >= MAX_NESTING) {
            return Err(Error::limit(
                "max_json_depth",
                self.limits.max_json_depth,
                "json-depth",
            ));
        }
        match self.peek() {
            Some(b'[') => self.array(depth),
            Some(b'{') => self.object(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            _ if self.eat("null") => Ok(Value::Null),
            None => Err(self.syntax()),
            _ => Err(self.syntax()),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat("]") {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.comma_or(b']')? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value> {
        self.pos += 1;
        let mut members = Map::new();
        self.skip_ws();
        if self.eat("}") {
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.syntax()),
                _ => return Err(self.syntax()),
            }
            let key = self.string()?;
            self.skip_ws();
            if !self.eat(":") {
                return Err(self.syntax());
            }
            let value = self.value(depth + 1)?;
            if members.contains_key(&key) {
                return Err(Error::with(
                    Code::JsonDuplicateKey,
                    Params::new().with(Param::Member, key),
                ));
            }
            members.insert(key, value);
            if self.comma_or(b'}')? {
                return Ok(Value::Object(members));
            }
        }
    }

    /// After an element or member of `what`: `false` past a `,`, `true` past `close`.
    fn comma_or(&mut self, close: u8) -> Result<bool> {
        self.skip_ws();
        let closed = match self.peek() {
            Some(b',') => false,
            Some(c) if c == close => true,
            None => return Err(self.syntax()),
            Some(_) => return Err(self.syntax()),
        };
        self.pos += 1;
        Ok(closed)
    }

    /// A string literal starting at the opening quote.
    fn string(&mut self) -> Result<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.pos..).unwrap_or("");
            // Copy the run up to the next quote, backslash or control character at once.
            let run = rest
                .find(|c: char| c == '"' || c == '\\' || c < ' ')
                .unwrap_or(rest.len());
            out.push_str(rest.get(..run).unwrap_or(""));
            self.pos += run;
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.syntax()),
                None => return Err(self.syntax()),
            }
        }
    }

    /// The character an escape after `\\` stands for.
    fn escape(&mut self) -> Result<char> {
        let c = self.peek();
        self.pos += 1;
        Ok(match c {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let first = self.hex4()?;
                if !(0xD800..0xE000).contains(&first) {
                    char::from_u32(first).unwrap_or('\u{fffd}')
                } else if first < 0xDC00 && self.eat("\\u") {
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.syntax());
                    }
                    let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                    char::from_u32(code).unwrap_or('\u{fffd}')
                } else {
                    return Err(self.syntax());
                }
            }
            _ => return Err(self.syntax()),
        })
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.syntax())?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.syntax())
    }

    /// A number, checked against the JSON grammar.
    fn number(&mut self) -> Result<Value> {
        // The crate's own correctly rounded reader checks and converts the literal, with
        // serde_json's classification and without core's float-parsing tables.
        let rest = self.text.get(self.pos..).unwrap_or_default();
        let (parsed, len) = crate::decimal::parse_prefix(rest).map_err(|at| {
            self.pos += at;
            self.syntax()
        })?;
        self.pos += len;
        let n = match parsed {
            Parsed::U64(u) => Number::from(u),
            Parsed::I64(i) => Number::from(i),
            Parsed::F64(f) => Number::from_f64(f).ok_or_else(|| self.syntax())?,
        };
        Ok(Value::Number(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Arg;

    #[test]
    fn parses_and_keeps_order() {
        let v = parse(r#"{"b":1,"a":[true,null,"x",1.5]}"#, &Limits::default()).unwrap();
        assert_eq!(v.to_string(), r#"{"b":1,"a":[true,null,"x",1.5]}"#);
    }

    #[test]
    fn refuses_duplicates_depth_size_and_garbage() {
        let l = Limits::default();
        let dup = parse(r#"{"a":1,"a":2}"#, &l).unwrap_err();
        assert_eq!(dup.code, Code::JsonDuplicateKey);
        assert_eq!(dup.params, Params::new().with(Param::Member, "a"));
        let deep = "[".repeat(65) + &"]".repeat(65);
        let e = parse(&deep, &l).unwrap_err();
        assert_eq!(e.code, Code::LimitExceeded);
        assert_eq!(
            e.params,
            Params::new()
                .with(Param::What, "json-depth")
                .with(Param::Limit, "max_json_depth")
                .with(Param::Max, 64usize)
        );
        assert!(parse(&("[".repeat(64) + &"]".repeat(64)), &l).is_ok());
        let few = Limits {
            max_json_values: 3,
            ..l.clone()
        };
        assert!(parse("[1,2]", &few).is_ok());
        let e = parse("[1,2,3]", &few).unwrap_err();
        assert_eq!(e.code, Code::LimitExceeded);
        assert_eq!(
            e.params.get(Param::Limit),
            Some(&Arg::from("max_json_values"))
        );
        assert_eq!(parse(r#"{"a":{"b":1}}"#, &few).unwrap()["a"]["b"], 1);
        let small = Limits {
            max_json_bytes: 4,
            ..l.clone()
        };
        assert_eq!(
            parse("[1,2,3]", &small).unwrap_err().code,
            Code::LimitExceeded
        );
        assert_eq!(parse("{} x", &l).unwrap_err().code, Code::JsonSyntax);
        assert_eq!(
            parse("{}\n x", &l).unwrap_err().params,
            Params::new()
                .with(Param::Line, 2usize)
                .with(Param::Column, 2usize)
        );
        let e = parse_bytes(b"{\xff", &l).unwrap_err();
        assert_eq!(e.code, Code::JsonNotUtf8);
        assert_eq!(e.params, Params::new().with(Param::Offset, 1usize));
        assert!(parse_bytes(b"\xef\xbb\xbf{}", &l).is_ok());
    }

    fn at(line: usize, column: usize) -> Params {
        Params::new()
            .with(Param::Line, line)
            .with(Param::Column, column)
    }

    /// A malformed number is reported where it stops following the grammar.
    #[test]
    fn bad_numbers_are_reported_where_the_grammar_fails() {
        for (text, column) in [
            ("-", 2),
            ("[-x]", 3),
            ("01", 1),
            ("[-012]", 3),
            ("1.", 3),
            ("[1.e5]", 4),
            ("1e", 3),
            ("[1E+]", 5),
            ("1e-x", 4),
        ] {
            let e = parse(text, &Limits::default()).unwrap_err();
            assert_eq!(e.code, Code::JsonSyntax, "{text:?}");
            assert_eq!(e.params, at(1, column), "{text:?}");
        }
        let e = parse("[1e400]", &Limits::default()).unwrap_err();
        assert_eq!(e.params, at(1, 7), "{e:?}");
    }

    /// serde_json is the oracle: the same value (numbers of the same kind) or both refuse.
    fn same_as_serde_json(text: &str) {
        let ours = parse(text, &Limits::default());
        let theirs = serde_json::from_str::<Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b, "{text:?}");
                assert_eq!(a.to_string(), b.to_string(), "{text:?}");
            }
            (Err(e), Err(_)) => assert_eq!(e.code, Code::JsonSyntax, "{text:?}: {e:?}"),
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn nesting_stops_at_128_whatever_the_limit() {
        let deep = Limits {
            max_json_depth: 1_000_000,
            ..Limits::default()
        };
        assert!(parse(&("[".repeat(128) + &"]".repeat(128)), &deep).is_ok());
        let e = parse(&("[".repeat(100_000) + &"]".repeat(100_000)), &deep).unwrap_err();
        assert_eq!(
            e.params.get(Param::Limit),
            Some(&Arg::from("max_json_depth")),
            "{e:?}"
        );
    }

    #[test]
    fn agrees_with_serde_json() {
        for text in [
            "0",
            "-0",
            "-0.0",
            "1",
            "-1",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "1e+",
            "1E-2",
            "2.5e3",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "-18446744073709551615",
            "1e400",
            "-1e400",
            "1e-400",
            "123456789012345678901234567890",
            "0.1",
            "1.7976931348623157e308",
            "4.9e-324",
            "9007199254740993",
            "[]",
            "{}",
            "[1,]",
            "[,1]",
            "{\"a\":1,}",
            "{\"a\" : [ 1 , {\"b\":null} ] }",
            " \t\r\n true ",
            "tru",
            "nul",
            "nulll",
            "\"\\u00e9\\ud83d\\ude00\\n\\/\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"\\ud83dx\"",
            "\"\\ud83d\\u0041\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"a\u{1}b\"",
            "\"unterminated",
            "\"é€😀\"",
            "{\"a\"}",
            "{1:2}",
            "[1 2]",
            "\u{a0}1",
            "[\"\\uD834\\uDD1E\"]",
            "-01",
            "1e01",
            "[-]",
        ] {
            same_as_serde_json(text);
        }
    }

    #[test]
    fn agrees_with_serde_json_on_every_vendored_json_file() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");
        let mut stack = vec![std::path::PathBuf::from(root)];
        let mut seen = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path
                    .extension()
                    .is_some_and(|e| e == "json" || e == "jsonld")
                {
                    if let Ok(text) = std::fs::read_to_string(&path) {
                        if text.len() <= Limits::default().max_json_bytes {
                            same_as_serde_json(&text);
                            seen += 1;
                        }
                    }
                }
            }
        }
        assert!(seen > 100, "only {seen} files");
    }
}
