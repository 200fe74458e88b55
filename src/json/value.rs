//! The crate's JSON value: what [`super::parse`] builds and every module reads.
//!
//! The same shape as serde_json's `Value` with `preserve_order` (members keep their order,
//! integers stay exact), written here because serde_json's type brings its order-preserving
//! map (`indexmap`), its number parser and its `Value` serializer into the WebAssembly
//! module (BENCHMARKS.md, "Package size"). It implements serde's `Serialize` and
//! `Deserialize`, so the CLI and tests still convert it with serde_json.

use crate::collections::Index;
#[cfg(feature = "serde")]
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
#[cfg(feature = "serde")]
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

/// A JSON value.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, members in document order.
    Object(Map),
}

/// What indexing a missing member or element returns.
static NULL: Value = Value::Null;

impl Value {
    /// Appends to `out` an unambiguous byte encoding of this value: a type tag per node,
    /// lengths (LEB128) before strings, arrays and objects, members in document order, and a
    /// number's exact variant and bits. Two different values never give the same bytes, so a
    /// digest of them names the value (signature ids, `crate::verify`) without writing it as
    /// JSON, which costs about as much again as hashing.
    pub fn encode_unambiguously(&self, out: &mut Vec<u8>) {
        fn len(out: &mut Vec<u8>, mut n: usize) {
            while n >= 0x80 {
                out.push((n as u8) | 0x80);
                n >>= 7;
            }
            out.push(n as u8);
        }
        match self {
            Value::Null => out.push(0),
            Value::Bool(b) => out.extend([1, u8::from(*b)]),
            Value::Number(Number(n)) => {
                let (tag, bits) = match *n {
                    N::Unsigned(u) => (2, u.to_be_bytes()),
                    N::Negative(i) => (3, i.to_be_bytes()),
                    N::Float(f) => (4, f.to_bits().to_be_bytes()),
                };
                out.push(tag);
                out.extend(bits);
            }
            Value::String(s) => {
                out.push(5);
                len(out, s.len());
                out.extend(s.as_bytes());
            }
            Value::Array(items) => {
                out.push(6);
                len(out, items.len());
                for item in items {
                    item.encode_unambiguously(out);
                }
            }
            Value::Object(map) => {
                out.push(7);
                len(out, map.len());
                for (k, v) in map.iter() {
                    len(out, k.len());
                    out.extend(k.as_bytes());
                    v.encode_unambiguously(out);
                }
            }
        }
    }

    /// The member `key` of an object (`None` for a missing member or a non-object).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    /// The member `key` of an object, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.as_object_mut()?.get_mut(key)
    }

    /// Replaces the value with `null`, returning it.
    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number as a `u64`, if it is a non-negative integer that fits.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_number()?.as_u64()
    }

    /// The number as an `i64`, if it is an integer that fits.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_number()?.as_i64()
    }

    /// The number as the nearest `f64`, if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        self.as_number().map(Number::as_f64)
    }

    fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The members, mutably, if this is an object.
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether this is a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    /// Whether this is a boolean.
    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }

    /// Whether this is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// Whether this is an array.
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
}

impl std::ops::Index<&str> for Value {
    type Output = Value;

    /// The member `key`, or `null` when there is none.
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl std::ops::Index<usize> for Value {
    type Output = Value;

    /// The element at `i`, or `null` when there is none.
    fn index(&self, i: usize) -> &Value {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl PartialEq<i64> for Value {
    fn eq(&self, other: &i64) -> bool {
        self.as_i64() == Some(*other)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Number(n.into())
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Self {
        Value::Array(items)
    }
}

impl From<Map> for Value {
    fn from(m: Map) -> Self {
        Value::Object(m)
    }
}

impl fmt::Display for Value {
    /// Compact JSON text (an error for a value nested over 1,024 levels, which only code,
    /// never the parser, can build).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        super::write(&mut out, self, super::Form::Plain).map_err(|_| fmt::Error)?;
        f.write_str(&out)
    }
}

/// A JSON number: an exact integer when the text was one that fits, else the nearest `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number(N);

#[derive(Clone, Copy, Debug, PartialEq)]
enum N {
    /// A non-negative integer.
    Unsigned(u64),
    /// A negative integer.
    Negative(i64),
    /// Anything else; always finite.
    Float(f64),
}

impl Number {
    /// A float number; `None` for NaN and infinities, which JSON cannot write.
    pub fn from_f64(f: f64) -> Option<Number> {
        f.is_finite().then_some(Number(N::Float(f)))
    }

    /// The value as a `u64`, if it is a non-negative integer.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::Unsigned(u) => Some(u),
            _ => None,
        }
    }

    /// The value as an `i64`, if it is an integer that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::Unsigned(u) => i64::try_from(u).ok(),
            N::Negative(i) => Some(i),
            N::Float(_) => None,
        }
    }

    /// The value as the nearest `f64`.
    pub fn as_f64(&self) -> f64 {
        match self.0 {
            N::Unsigned(u) => u as f64,
            N::Negative(i) => i as f64,
            N::Float(f) => f,
        }
    }

    /// Whether the number is held as a float (it had a fraction, an exponent or did not
    /// fit a 64-bit integer).
    pub fn is_f64(&self) -> bool {
        matches!(self.0, N::Float(_))
    }
}

impl From<u64> for Number {
    fn from(u: u64) -> Self {
        Number(N::Unsigned(u))
    }
}

impl From<i64> for Number {
    fn from(i: i64) -> Self {
        match u64::try_from(i) {
            Ok(u) => Number(N::Unsigned(u)),
            Err(_) => Number(N::Negative(i)),
        }
    }
}

impl fmt::Display for Number {
    /// Integers exactly; floats in their shortest round-trip form (`1.0`, `1e+30`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            N::Unsigned(u) => write!(f, "{u}"),
            N::Negative(i) => write!(f, "{i}"),
            N::Float(x) => f.write_str(zmij::Buffer::new().format_finite(x)),
        }
    }
}

/// A JSON object: members in insertion order, looked up through a hash index once there
/// are more than 8 of them (`Map::LINEAR`), so that an attacker's object with 100,000
/// members does not make every lookup a scan.
#[derive(Clone, Default)]
pub struct Map {
    entries: Vec<(String, Value)>,
    index: Option<Box<Index>>,
}

impl Map {
    /// Up to this many members, lookups scan the list.
    const LINEAR: usize = 8;

    /// An empty object.
    pub fn new() -> Self {
        Self::default()
    }

    /// The number of members.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        let entries = &self.entries;
        match &self.index {
            Some(ix) => ix.position_of(entries, ix.hash(key), key),
            None => entries.iter().position(|(k, _)| k == key),
        }
    }

    /// The value of member `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        let i = self.position(key)?;
        self.entries.get(i).map(|(_, v)| v)
    }

    /// The value of member `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        let i = self.position(key)?;
        self.entries.get_mut(i).map(|(_, v)| v)
    }

    /// Whether there is a member `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets member `key`, keeping its place if it exists (returning the old value) and
    /// appending it otherwise.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        if let Some(slot) = self.get_mut(&key) {
            return Some(std::mem::replace(slot, value));
        }
        self.append(key, value);
        None
    }

    /// Appends a member known to be absent; returns its position.
    fn append(&mut self, key: String, value: Value) -> usize {
        self.entries.push((key, value));
        match self.index.as_deref_mut() {
            Some(ix) => ix.add_last(&self.entries),
            None if self.entries.len() > Self::LINEAR => self.reindex(),
            None => {}
        }
        self.entries.len() - 1
    }

    /// The value of member `key`, first appending it with `default()` if it is missing.
    pub fn get_or_insert_with(&mut self, key: &str, default: impl FnOnce() -> Value) -> &mut Value {
        let i = match self.position(key) {
            Some(i) => i,
            None => self.append(key.to_owned(), default()),
        };
        &mut self.entries[i].1
    }

    /// Removes member `key`, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.position(key)?;
        let (_, value) = self.entries.remove(i);
        self.reindex();
        Some(value)
    }

    /// Rebuilds the index from scratch (none for a short list).
    fn reindex(&mut self) {
        self.index = None;
        if self.entries.len() > Self::LINEAR {
            let mut ix = Box::<Index>::default();
            for n in 1..=self.entries.len() {
                ix.add_last(self.entries.get(..n).unwrap_or_default());
            }
            self.index = Some(ix);
        }
    }

    /// The members in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.into_iter()
    }

    /// The member names in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The member values in order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl PartialEq for Map {
    /// The same members with equal values, in any order (as JSON objects compare).
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl fmt::Debug for Map {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl std::ops::Index<&str> for Map {
    type Output = Value;

    /// The member `key`, or `null` when there is none.
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

#[cfg(feature = "serde")]
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => match n.0 {
                N::Unsigned(u) => s.serialize_u64(u),
                N::Negative(i) => s.serialize_i64(i),
                N::Float(f) => s.serialize_f64(f),
            },
            Value::String(text) => s.serialize_str(text),
            Value::Array(items) => items.serialize(s),
            Value::Object(m) => {
                let mut out = s.serialize_map(Some(m.len()))?;
                for (k, v) in m.iter() {
                    out.serialize_entry(k, v)?;
                }
                out.end()
            }
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

#[cfg(feature = "serde")]
struct ValueVisitor;

#[cfg(feature = "serde")]
impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_u64<E: de::Error>(self, u: u64) -> Result<Value, E> {
        Ok(Value::Number(u.into()))
    }

    fn visit_i64<E: de::Error>(self, i: i64) -> Result<Value, E> {
        Ok(Value::Number(i.into()))
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Value, E> {
        Ok(Number::from_f64(f).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut m = Map::new();
        while let Some((k, v)) = access.next_entry::<String, Value>()? {
            m.insert(k, v);
        }
        Ok(Value::Object(m))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Values that JSON-like concatenation would confuse (moved string boundaries, nesting,
    /// number forms, key order) get different encodings; equal values the same one.
    #[test]
    fn the_unambiguous_encoding_tells_values_apart() {
        let parse = |t: &str| crate::json::parse(t, &crate::Limits::default()).unwrap();
        let encode = |t: &str| {
            let mut out = Vec::new();
            parse(t).encode_unambiguously(&mut out);
            out
        };
        let long = format!("[\"{}\"]", "x".repeat(300));
        let texts = [
            r#"{"a":"bc"}"#,
            r#"{"ab":"c"}"#,
            r#"["a","b"]"#,
            r#"["ab"]"#,
            r#"[["a"],"b"]"#,
            r#"[["a","b"]]"#,
            "1",
            "1.0",
            "-1",
            r#""1""#,
            "null",
            "false",
            "true",
            "[]",
            "{}",
            r#"{"a":1,"b":2}"#,
            r#"{"b":2,"a":1}"#,
            &long,
        ];
        let encodings: Vec<Vec<u8>> = texts.iter().map(|t| encode(t)).collect();
        for (i, a) in encodings.iter().enumerate() {
            for (j, b) in encodings.iter().enumerate() {
                assert_eq!(a == b, i == j, "{} vs {}", texts[i], texts[j]);
            }
        }
        assert_eq!(encode(r#"{ "a" : [1, "x"] }"#), encode(r#"{"a":[1,"x"]}"#));
    }

    #[test]
    fn a_map_keeps_order_and_finds_members_with_and_without_its_index() {
        for n in [3, Map::LINEAR, Map::LINEAR + 1, 1000] {
            let mut m: Map = (0..n)
                .map(|i| (format!("k{i}"), Value::from(i as u64)))
                .collect();
            assert_eq!(m.len(), n);
            assert!(m.keys().enumerate().all(|(i, k)| *k == format!("k{i}")));
            assert!((0..n).all(|i| m.get(&format!("k{i}")) == Some(&Value::from(i as u64))));
            assert!(m.get("absent").is_none());
            assert_eq!(m.insert("k1".into(), Value::Null), Some(Value::from(1)));
            assert_eq!(m.keys().nth(1).unwrap(), "k1", "replacing keeps the place");
            assert_eq!(m.remove("k0"), Some(Value::from(0)));
            assert!(m.get("k0").is_none());
            assert_eq!(m.keys().next().unwrap(), "k1", "removing keeps the order");
            assert!((2..n).all(|i| m.contains_key(&format!("k{i}"))));
        }
    }

    #[test]
    fn objects_compare_as_maps_and_numbers_by_kind() {
        let a: Map = [("x".into(), Value::Null), ("y".into(), true.into())]
            .into_iter()
            .collect();
        let b: Map = [("y".into(), true.into()), ("x".into(), Value::Null)]
            .into_iter()
            .collect();
        assert_eq!(Value::Object(a.clone()), Value::Object(b));
        assert_ne!(Value::Object(a), Value::Object(Map::new()));
        assert_ne!(Number::from(1u64), Number::from_f64(1.0).unwrap());
        assert_eq!(Number::from(-1i64).as_i64(), Some(-1));
        assert_eq!(Number::from(5i64).as_u64(), Some(5));
        assert!(Number::from_f64(f64::NAN).is_none());
    }

    /// serde_json is the oracle for the serde round trip.
    #[test]
    fn converts_to_and_from_serde_json_unchanged() {
        let text = r#"{"b":[1,-2,2.5,1e300,"s",null,true],"a":{"n":18446744073709551615}}"#;
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        let ours: Value = serde_json::from_value(theirs.clone()).unwrap();
        assert_eq!(ours.to_string(), theirs.to_string());
        assert_eq!(serde_json::to_value(&ours).unwrap(), theirs);
        assert_eq!(ours["b"][3].as_f64(), Some(1e300));
        assert_eq!(ours["b"][9], Value::Null);
        assert_eq!(ours["a"]["n"].as_u64(), Some(u64::MAX));
    }
}
