//! Bounded JSON parsing.
//!
//! Credentials arrive from strangers, so JSON is parsed with a size cap
//! ([`Limits::max_json_bytes`]), a nesting cap ([`Limits::max_json_depth`]) and a cap on
//! the number of values ([`Limits::max_json_values`]: 8 MiB of `0,0,0,…` would otherwise
//! become 4 million 32-byte values, over 300 MiB), and a
//! document with a **duplicate object key** is rejected (`json-duplicate-key`): JSON parsers
//! disagree on which duplicate wins, and a signature checked over one reading must not be
//! displayed under another. Member order is preserved for display.

use crate::{Error, Limits, Result};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::fmt;

/// Parses `text` as one JSON value within `limits`.
///
/// # Errors
/// `limit-exceeded` for a too large or too deep document, `json-duplicate-key` for a
/// repeated member name, `json-syntax` for anything that is not JSON.
pub fn parse(text: &str, limits: &Limits) -> Result<Value> {
    if text.len() > limits.max_json_bytes {
        return Err(Error::limit(
            "max_json_bytes",
            limits.max_json_bytes,
            format_args!("a JSON document of {} bytes", text.len()),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let values_left = Cell::new(limits.max_json_values);
    let seed = Seed {
        depth: 0,
        max: limits.max_json_depth,
        values_left: &values_left,
    };
    let value = seed
        .deserialize(&mut de)
        .map_err(|e| classify(&e, limits))?;
    de.end().map_err(|e| classify(&e, limits))?;
    Ok(value)
}

/// Parses UTF-8 bytes as JSON (see [`parse`]).
///
/// # Errors
/// As [`parse`], plus `json-not-utf8` for bytes that are not UTF-8.
pub fn parse_bytes(bytes: &[u8], limits: &Limits) -> Result<Value> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Error::new("json-not-utf8", format!("the JSON is not valid UTF-8: {e}")))?;
    parse(text.strip_prefix('\u{feff}').unwrap_or(text), limits)
}

const DEPTH_MARK: &str = "\u{1}depth";
const VALUES_MARK: &str = "\u{1}values";
const DUP_MARK: &str = "\u{1}duplicate:";

fn classify(e: &serde_json::Error, limits: &Limits) -> Error {
    let msg = e.to_string();
    if msg.starts_with(DEPTH_MARK) || msg.starts_with("recursion limit exceeded") {
        Error::limit(
            "max_json_depth",
            limits.max_json_depth,
            "the JSON nesting depth",
        )
    } else if msg.starts_with(VALUES_MARK) {
        Error::limit(
            "max_json_values",
            limits.max_json_values,
            "the number of JSON values",
        )
    } else if let Some(rest) = msg.strip_prefix(DUP_MARK) {
        let key = rest.split(" at line").next().unwrap_or(rest);
        Error::new(
            "json-duplicate-key",
            format!("the JSON object has the member {key:?} twice; duplicate keys are refused because readers disagree on which one counts"),
        )
    } else {
        Error::new("json-syntax", format!("this is not valid JSON: {msg}"))
    }
}

struct Seed<'a> {
    depth: usize,
    max: usize,
    /// Values the document may still contain (shared by the whole parse).
    values_left: &'a Cell<usize>,
}

impl Seed<'_> {
    fn child<E: de::Error>(&self) -> std::result::Result<Self, E> {
        if self.depth >= self.max {
            return Err(E::custom(DEPTH_MARK));
        }
        Ok(Self {
            depth: self.depth + 1,
            max: self.max,
            values_left: self.values_left,
        })
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        // Counted before the value is built, so the bound holds while allocating.
        match self.values_left.get().checked_sub(1) {
            Some(left) => self.values_left.set(left),
            None => return Err(de::Error::custom(VALUES_MARK)),
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(self.child()?)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let v = map.next_value_seed(self.child()?)?;
            if out.contains_key(&key) {
                return Err(de::Error::custom(format_args!("{DUP_MARK}{key}")));
            }
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_keeps_order() {
        let v = parse(r#"{"b":1,"a":[true,null,"x",1.5]}"#, &Limits::default()).unwrap();
        assert_eq!(v.to_string(), r#"{"b":1,"a":[true,null,"x",1.5]}"#);
    }

    #[test]
    fn refuses_duplicates_depth_size_and_garbage() {
        let l = Limits::default();
        assert_eq!(
            parse(r#"{"a":1,"a":2}"#, &l).unwrap_err().code,
            "json-duplicate-key"
        );
        let deep = "[".repeat(65) + &"]".repeat(65);
        let e = parse(&deep, &l).unwrap_err();
        assert_eq!(e.code, "limit-exceeded");
        assert!(e.message.contains("max_json_depth"));
        assert!(parse(&("[".repeat(64) + &"]".repeat(64)), &l).is_ok());
        let few = Limits {
            max_json_values: 3,
            ..l.clone()
        };
        assert!(parse("[1,2]", &few).is_ok());
        let e = parse("[1,2,3]", &few).unwrap_err();
        assert_eq!(e.code, "limit-exceeded");
        assert!(e.message.contains("max_json_values"));
        assert_eq!(parse(r#"{"a":{"b":1}}"#, &few).unwrap()["a"]["b"], 1);
        let small = Limits {
            max_json_bytes: 4,
            ..l.clone()
        };
        assert_eq!(parse("[1,2,3]", &small).unwrap_err().code, "limit-exceeded");
        assert_eq!(parse("{} x", &l).unwrap_err().code, "json-syntax");
        assert_eq!(parse_bytes(b"\xff", &l).unwrap_err().code, "json-not-utf8");
        assert!(parse_bytes(b"\xef\xbb\xbf{}", &l).is_ok());
    }
}
