//! Active contexts, term definitions, JSON-LD 1.1 Context Processing (§4.1), Create Term
//! Definition (§4.2) and IRI Expansion (§5.2).
//!
//! Contexts are immutable once built and shared through `Arc`; every context gets a unique
//! `id` so processed results can be cached by "(parent context, context document)" (see
//! [`super::cache`]).

use super::iri;
use super::{invalid, Engine};
use crate::code::{Param, Params};
use crate::collections::HashMap;
use crate::json::{Map, Value};
use crate::Code;
use crate::{Error, Result};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A process-wide unique id (contexts and scoped contexts). Ids are never reused, so they
/// are safe cache keys.
pub(crate) fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// Container mapping flags.
pub(crate) mod container {
    pub const GRAPH: u8 = 1;
    pub const ID: u8 = 2;
    pub const INDEX: u8 = 4;
    pub const LANGUAGE: u8 = 8;
    pub const LIST: u8 = 16;
    pub const SET: u8 = 32;
    pub const TYPE: u8 = 64;
}

/// A term's scoped context (`@context` inside a term definition) with a unique id.
#[derive(Debug, PartialEq)]
pub(crate) struct Scoped {
    pub id: u64,
    pub value: Value,
    /// False if processing it depends on the loader (it names a remote context or uses
    /// `@import`): such results are never cached.
    pub cacheable: bool,
}

/// One term definition (JSON-LD 1.1 §4.2).
#[derive(Debug)]
pub(crate) struct TermDef {
    /// IRI mapping; `None` for `"@id": null` (the term is excluded from expansion).
    pub iri: Option<String>,
    pub prefix: bool,
    pub protected: bool,
    pub reverse: bool,
    pub base_url: Option<String>,
    pub context: Option<Scoped>,
    pub container: u8,
    /// `Some(None)` is an explicit `null` mapping.
    pub direction: Option<Option<String>>,
    pub index: Option<String>,
    pub language: Option<Option<String>>,
    pub nest: Option<String>,
    pub type_mapping: Option<String>,
}

impl TermDef {
    /// Equality "other than the value of protected" (protected-term redefinition check).
    fn same_as(&self, o: &TermDef) -> bool {
        self.iri == o.iri
            && self.prefix == o.prefix
            && self.reverse == o.reverse
            && self.container == o.container
            && self.direction == o.direction
            && self.index == o.index
            && self.language == o.language
            && self.nest == o.nest
            && self.type_mapping == o.type_mapping
            && self.context.as_ref().map(|c| &c.value) == o.context.as_ref().map(|c| &c.value)
    }
}

/// An active context.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    pub id: u64,
    pub terms: HashMap<Arc<str>, Arc<TermDef>>,
    pub base: Option<String>,
    pub original_base: Option<String>,
    pub vocab: Option<String>,
    pub language: Option<String>,
    pub direction: Option<String>,
    pub previous: Option<Arc<Context>>,
}

impl Context {
    /// A fresh active context with the given base IRI.
    pub fn new(base: Option<&str>) -> Self {
        Self {
            id: next_id(),
            base: base.map(str::to_string),
            original_base: base.map(str::to_string),
            ..Self::default()
        }
    }

    /// The term definition of `term`, if any.
    pub fn term(&self, term: &str) -> Option<&Arc<TermDef>> {
        self.terms.get(term)
    }
}

const KEYWORDS: &[&str] = &[
    "@base",
    "@container",
    "@context",
    "@direction",
    "@graph",
    "@id",
    "@import",
    "@included",
    "@index",
    "@json",
    "@language",
    "@list",
    "@nest",
    "@none",
    "@prefix",
    "@propagate",
    "@protected",
    "@reverse",
    "@set",
    "@type",
    "@value",
    "@version",
    "@vocab",
];

/// True for a JSON-LD keyword.
pub(crate) fn is_keyword(s: &str) -> bool {
    s.starts_with('@') && KEYWORDS.contains(&s)
}

/// True for `@` followed only by ASCII letters: reserved for future keywords, ignored.
pub(crate) fn has_keyword_form(s: &str) -> bool {
    s.len() > 1 && s.starts_with('@') && s[1..].bytes().all(|b| b.is_ascii_alphabetic())
}

/// Byte position of the first `:` after the first character, if any.
pub(crate) fn colon_after_first(s: &str) -> Option<usize> {
    s.char_indices()
        .skip(1)
        .find(|(_, c)| *c == ':')
        .map(|(i, _)| i)
}

/// IRI Expansion (§5.2) against a finished context (no term creation).
pub(crate) fn expand_iri(
    ctx: &Context,
    value: &str,
    doc_relative: bool,
    vocab: bool,
) -> Option<String> {
    if is_keyword(value) {
        return Some(value.to_string());
    }
    if has_keyword_form(value) {
        return None;
    }
    if let Some(def) = ctx.term(value) {
        if let Some(i) = def.iri.as_deref().filter(|i| is_keyword(i)) {
            return Some(i.to_string());
        }
        if vocab {
            return def.iri.clone();
        }
    }
    if let Some(pos) = colon_after_first(value) {
        let (prefix, suffix) = (&value[..pos], &value[pos + 1..]);
        if prefix == "_" || suffix.starts_with("//") {
            return Some(value.to_string());
        }
        if let Some(def) = ctx.term(prefix) {
            if let (Some(i), true) = (&def.iri, def.prefix) {
                return Some(format!("{i}{suffix}"));
            }
        }
        if iri::is_absolute(value) {
            return Some(value.to_string());
        }
    }
    if vocab {
        if let Some(v) = &ctx.vocab {
            return Some(format!("{v}{value}"));
        }
    }
    if doc_relative {
        if let Some(b) = &ctx.base {
            return Some(iri::resolve(b, value));
        }
    }
    Some(value.to_string())
}

/// Arguments that stay fixed while one local context map is processed.
struct Local<'a> {
    map: &'a Map,
    base_url: Option<&'a str>,
    protected: bool,
    override_protected: bool,
    remote: &'a [String],
}

impl Engine<'_> {
    /// Context Processing (§4.1). Returns the new active context.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn process_context(
        &mut self,
        active: &Arc<Context>,
        local: &Value,
        base_url: Option<&str>,
        remote: &[String],
        override_protected: bool,
        mut propagate: bool,
        validate: bool,
    ) -> Result<Arc<Context>> {
        self.context_depth += 1;
        if self.context_depth > self.limits.max_context_depth {
            self.context_depth -= 1;
            return Err(Error::limit(
                "max_context_depth",
                self.limits.max_context_depth,
                "context-depth",
            ));
        }
        let r = self.process_context_inner(
            active,
            local,
            base_url,
            remote,
            override_protected,
            &mut propagate,
            validate,
        );
        self.context_depth -= 1;
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn process_context_inner(
        &mut self,
        active: &Arc<Context>,
        local: &Value,
        base_url: Option<&str>,
        remote: &[String],
        override_protected: bool,
        propagate: &mut bool,
        validate: bool,
    ) -> Result<Arc<Context>> {
        if let Some(p) = local.get("@propagate") {
            *propagate = p
                .as_bool()
                .ok_or_else(|| invalid("invalid-propagate-value"))?;
        }
        let mut result: Arc<Context> = active.clone();
        let mut dirty = false;
        if !*propagate && result.previous.is_none() {
            // Copy-on-write copies every term definition: charge it, or a huge inline
            // context re-applied under many scoped contexts costs terms × nodes for free.
            self.work(result.terms.len())?;
            let r = Arc::make_mut(&mut result);
            r.previous = Some(active.clone());
            dirty = true;
        }
        let items: &[Value] = match local {
            Value::Array(a) => a,
            other => std::slice::from_ref(other),
        };
        for item in items {
            match item {
                Value::Null => {
                    if !override_protected && result.terms.values().any(|d| d.protected) {
                        return Err(invalid("invalid-context-nullification"));
                    }
                    let prev = result.clone();
                    let mut fresh = Context::new(active.original_base.as_deref());
                    fresh.original_base = active.original_base.clone();
                    if !*propagate {
                        fresh.previous = Some(prev);
                    }
                    result = Arc::new(fresh);
                    dirty = false;
                }
                Value::String(s) => {
                    let url = match base_url {
                        Some(b) => iri::resolve(b, s),
                        None => s.clone(),
                    };
                    if !iri::is_absolute(&url) {
                        return Err(Error::with(
                            Code::ContextUnknown,
                            Params::new().with(Param::Url, s.as_str()),
                        ));
                    }
                    if !validate && remote.contains(&url) {
                        continue;
                    }
                    if remote.len() >= self.limits.max_context_depth {
                        return Err(Error::limit(
                            "max_context_depth",
                            self.limits.max_context_depth,
                            "remote-contexts",
                        ));
                    }
                    if dirty {
                        Arc::make_mut(&mut result).id = next_id();
                        dirty = false;
                    }
                    result = self.process_remote(&result, &url, remote, validate)?;
                }
                Value::Object(map) => {
                    // Copy-on-write (charged as above); the modified context gets a fresh id
                    // before it is used as a cache key or returned.
                    if !dirty {
                        self.work(result.terms.len())?;
                    }
                    dirty = true;
                    let r = Arc::make_mut(&mut result);
                    self.process_context_map(r, map, base_url, remote, override_protected)?;
                }
                _ => return Err(invalid("invalid-local-context")),
            }
        }
        if dirty {
            Arc::make_mut(&mut result).id = next_id();
        }
        Ok(result)
    }

    fn process_remote(
        &mut self,
        active: &Arc<Context>,
        url: &str,
        remote: &[String],
        validate: bool,
    ) -> Result<Arc<Context>> {
        let doc = self.loader.load(url)?;
        self.loads += 1;
        let loads_before = self.loads;
        let key = doc.cache_id.map(|c| (active.id, c | (1 << 63)));
        if validate {
            if let Some(hit) = key.and_then(super::cache::get) {
                return Ok(hit);
            }
        }
        let loaded = match &*doc.document {
            Value::Object(m) => m
                .get("@context")
                .ok_or_else(|| invalid("invalid-remote-context"))?,
            _ => return Err(invalid("invalid-remote-context")),
        };
        let mut remote2 = remote.to_vec();
        remote2.push(url.to_string());
        let result =
            self.process_context(active, loaded, Some(url), &remote2, false, true, validate)?;
        // Cache only results that did not depend on other loaded documents (whose variant
        // the loader may choose differently next time).
        if validate && self.loads == loads_before {
            if let Some(k) = key {
                super::cache::put(k, result.clone());
            }
        }
        Ok(result)
    }

    fn process_context_map(
        &mut self,
        result: &mut Context,
        map: &Map,
        base_url: Option<&str>,
        remote: &[String],
        override_protected: bool,
    ) -> Result<()> {
        self.work(map.len())?;
        self.terms(map.len())?;
        if let Some(v) = map.get("@version") {
            if v.as_f64() != Some(1.1) {
                return Err(invalid("invalid-version-value"));
            }
        }
        let imported;
        let mut map = map;
        if let Some(v) = map.get("@import") {
            let Value::String(s) = v else {
                return Err(invalid("invalid-import-value"));
            };
            let url = match base_url {
                Some(b) => iri::resolve(b, s),
                None => s.clone(),
            };
            let doc = self.loader.load(&url)?;
            self.loads += 1;
            let Some(Value::Object(ictx)) = doc.document.get("@context") else {
                return Err(invalid("invalid-remote-context"));
            };
            if ictx.contains_key("@import") {
                return Err(invalid("invalid-context-entry"));
            }
            let mut merged = ictx.clone();
            for (k, v) in map {
                merged.insert(k.clone(), v.clone());
            }
            imported = merged;
            map = &imported;
        }
        if let Some(v) = map.get("@base") {
            if remote.is_empty() {
                match v {
                    Value::Null => result.base = None,
                    Value::String(s) if iri::is_absolute(s) => result.base = Some(s.clone()),
                    Value::String(s) if result.base.is_some() => {
                        result.base = result.base.as_deref().map(|b| iri::resolve(b, s));
                    }
                    _ => return Err(invalid("invalid-base-iri")),
                }
            }
        }
        if let Some(v) = map.get("@vocab") {
            match v {
                Value::Null => result.vocab = None,
                Value::String(s) => {
                    let e = expand_iri(result, s, true, true);
                    match e {
                        Some(e)
                            if iri::is_absolute(&e) || e.starts_with("_:") || !e.contains(':') =>
                        {
                            result.vocab = Some(e)
                        }
                        _ => return Err(invalid("invalid-vocab-mapping")),
                    }
                }
                _ => return Err(invalid("invalid-vocab-mapping")),
            }
        }
        if let Some(v) = map.get("@language") {
            match v {
                Value::Null => result.language = None,
                Value::String(s) => result.language = Some(s.to_ascii_lowercase()),
                _ => return Err(invalid("invalid-default-language")),
            }
        }
        if let Some(v) = map.get("@direction") {
            match v {
                Value::Null => result.direction = None,
                Value::String(s) if s == "ltr" || s == "rtl" => result.direction = Some(s.clone()),
                _ => return Err(invalid("invalid-base-direction")),
            }
        }
        if let Some(v) = map.get("@propagate") {
            if !v.is_boolean() {
                return Err(invalid("invalid-propagate-value"));
            }
        }
        let protected = match map.get("@protected") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(invalid("invalid-protected-value")),
        };
        let local = Local {
            map,
            base_url,
            protected,
            override_protected,
            remote,
        };
        let mut defined: HashMap<String, bool> = HashMap::default();
        for key in map.keys() {
            if matches!(
                key.as_str(),
                "@base"
                    | "@direction"
                    | "@import"
                    | "@language"
                    | "@propagate"
                    | "@protected"
                    | "@version"
                    | "@vocab"
            ) {
                continue;
            }
            self.create_term(result, &local, key, &mut defined)?;
        }
        Ok(())
    }

    /// IRI expansion while a local context is being processed: defines terms on demand.
    fn expand_iri_defining(
        &mut self,
        active: &mut Context,
        local: &Local<'_>,
        value: &str,
        defined: &mut HashMap<String, bool>,
    ) -> Result<Option<String>> {
        if !is_keyword(value) && !has_keyword_form(value) {
            if local.map.contains_key(value) && defined.get(value) != Some(&true) {
                self.create_term(active, local, value, defined)?;
            }
            if let Some(pos) = colon_after_first(value) {
                let (prefix, suffix) = (&value[..pos], &value[pos + 1..]);
                if prefix != "_"
                    && !suffix.starts_with("//")
                    && local.map.contains_key(prefix)
                    && defined.get(prefix) != Some(&true)
                {
                    self.create_term(active, local, prefix, defined)?;
                }
            }
        }
        Ok(expand_iri(active, value, false, true))
    }

    /// Create Term Definition (§4.2).
    fn create_term(
        &mut self,
        active: &mut Context,
        local: &Local<'_>,
        term: &str,
        defined: &mut HashMap<String, bool>,
    ) -> Result<()> {
        match defined.get(term) {
            Some(true) => return Ok(()),
            Some(false) => return Err(invalid("cyclic-iri-mapping")),
            None => {}
        }
        if term.is_empty() {
            return Err(invalid("invalid-term-definition"));
        }
        defined.insert(term.to_string(), false);
        let raw = local.map.get(term).unwrap_or(&Value::Null);
        if term == "@type" {
            let ok = match raw {
                Value::Object(m) => {
                    !m.is_empty()
                        && m.iter().all(|(k, v)| match k.as_str() {
                            "@container" => v == "@set",
                            "@protected" => true,
                            _ => false,
                        })
                }
                _ => false,
            };
            if !ok {
                return Err(invalid("keyword-redefinition"));
            }
        } else if is_keyword(term) {
            return Err(invalid("keyword-redefinition"));
        } else if has_keyword_form(term) {
            defined.insert(term.to_string(), true);
            return Ok(());
        }
        let previous = active.terms.remove(term);
        let single;
        let (value, simple) = match raw {
            Value::Null => {
                single = Map::from_iter([("@id".to_string(), Value::Null)]);
                (&single, false)
            }
            Value::String(s) => {
                single = Map::from_iter([("@id".to_string(), Value::String(s.clone()))]);
                (&single, true)
            }
            Value::Object(m) => (m, false),
            _ => return Err(invalid("invalid-term-definition")),
        };
        let mut def = TermDef {
            iri: None,
            prefix: false,
            protected: local.protected,
            reverse: false,
            base_url: None,
            context: None,
            container: 0,
            direction: None,
            index: None,
            language: None,
            nest: None,
            type_mapping: None,
        };
        if let Some(p) = value.get("@protected") {
            def.protected = p
                .as_bool()
                .ok_or_else(|| invalid("invalid-protected-value"))?;
        }
        if let Some(t) = value.get("@type") {
            let Value::String(t) = t else {
                return Err(invalid("invalid-type-mapping"));
            };
            let e = self.expand_iri_defining(active, local, t, defined)?;
            match e {
                Some(e)
                    if matches!(e.as_str(), "@id" | "@json" | "@none" | "@vocab")
                        || (iri::is_absolute(&e)) =>
                {
                    def.type_mapping = Some(e)
                }
                _ => return Err(invalid("invalid-type-mapping")),
            }
        }
        if let Some(r) = value.get("@reverse") {
            if value.contains_key("@id") || value.contains_key("@nest") {
                return Err(invalid("invalid-reverse-property"));
            }
            let Value::String(r) = r else {
                return Err(invalid("invalid-iri-mapping"));
            };
            if has_keyword_form(r) {
                defined.insert(term.to_string(), true);
                return Ok(());
            }
            match self.expand_iri_defining(active, local, r, defined)? {
                Some(e) if e.contains(':') => def.iri = Some(e),
                _ => return Err(invalid("invalid-iri-mapping")),
            }
            if let Some(c) = value.get("@container") {
                match c {
                    Value::Null => {}
                    Value::String(s) if s == "@set" || s == "@index" => {
                        def.container = parse_container(c).unwrap_or(0);
                    }
                    _ => return Err(invalid("invalid-reverse-property")),
                }
            }
            def.reverse = true;
            return self.finish_term(active, local, term, def, previous, defined, value);
        }
        let id = value.get("@id");
        if id.is_some() && id != Some(&Value::String(term.to_string())) {
            match id {
                Some(Value::Null) => {}
                Some(Value::String(s)) => {
                    if !is_keyword(s) && has_keyword_form(s) {
                        defined.insert(term.to_string(), true);
                        return Ok(());
                    }
                    let e = self.expand_iri_defining(active, local, s, defined)?;
                    match &e {
                        Some(e) if is_keyword(e) || e.contains(':') => {
                            if e == "@context" {
                                return Err(invalid("invalid-keyword-alias"));
                            }
                        }
                        _ => return Err(invalid("invalid-iri-mapping")),
                    }
                    def.iri = e;
                    let inner_colon = colon_after_first(term).is_some_and(|p| p + 1 < term.len());
                    if inner_colon || term.contains('/') {
                        defined.insert(term.to_string(), true);
                        let te = self.expand_iri_defining(active, local, term, defined)?;
                        if te != def.iri {
                            return Err(invalid("invalid-iri-mapping"));
                        }
                    }
                    if !term.contains(':') && !term.contains('/') && simple {
                        if let Some(i) = &def.iri {
                            def.prefix = i.starts_with("_:")
                                || i.ends_with([':', '/', '?', '#', '[', ']', '@']);
                        }
                    }
                }
                _ => return Err(invalid("invalid-iri-mapping")),
            }
        } else if let Some(pos) = colon_after_first(term) {
            let (prefix, suffix) = (&term[..pos], &term[pos + 1..]);
            if local.map.contains_key(prefix) {
                self.create_term(active, local, prefix, defined)?;
            }
            match active.term(prefix).and_then(|d| d.iri.as_ref()) {
                Some(p) => def.iri = Some(format!("{p}{suffix}")),
                None => def.iri = Some(term.to_string()),
            }
        } else if term.contains('/') {
            match expand_iri(active, term, false, true) {
                Some(e) if iri::is_absolute(&e) => def.iri = Some(e),
                _ => return Err(invalid("invalid-iri-mapping")),
            }
        } else if term == "@type" {
            def.iri = Some("@type".into());
        } else if let Some(v) = &active.vocab {
            def.iri = Some(format!("{v}{term}"));
        } else {
            return Err(invalid("invalid-iri-mapping"));
        }
        if let Some(c) = value.get("@container") {
            let flags = parse_container(c).ok_or_else(|| invalid("invalid-container-mapping"))?;
            def.container = flags;
            if flags & container::TYPE != 0 {
                match def.type_mapping.as_deref() {
                    None => def.type_mapping = Some("@id".into()),
                    Some("@id" | "@vocab") => {}
                    Some(_) => return Err(invalid("invalid-type-mapping")),
                }
            }
        }
        if let Some(i) = value.get("@index") {
            if def.container & container::INDEX == 0 {
                return Err(invalid("invalid-term-definition"));
            }
            match i {
                Value::String(s)
                    if !is_keyword(s)
                        && expand_iri(active, s, false, true)
                            .is_some_and(|e| iri::is_absolute(&e)) =>
                {
                    def.index = Some(s.clone())
                }
                _ => return Err(invalid("invalid-term-definition")),
            }
        }
        if let Some(c) = value.get("@context") {
            // Validate the scoped context now (its result is discarded; it is processed
            // again, against the then-active context, when the term is used).
            self.work(active.terms.len())?;
            let base = Arc::new(active.clone());
            if let Err(e) =
                self.process_context(&base, c, local.base_url, local.remote, true, true, false)
            {
                if e.code == Code::JsonldInvalid {
                    return Err(invalid("invalid-scoped-context"));
                }
                return Err(e);
            }
            let inline = |v: &Value| match v {
                Value::Object(m) => !m.contains_key("@import"),
                Value::Null => true,
                _ => false,
            };
            let cacheable = match c {
                Value::Array(a) => a.iter().all(inline),
                v => inline(v),
            };
            def.context = Some(Scoped {
                id: next_id(),
                value: c.clone(),
                cacheable,
            });
            def.base_url = local.base_url.map(str::to_string);
        }
        if !value.contains_key("@type") {
            if let Some(l) = value.get("@language") {
                match l {
                    Value::Null => def.language = Some(None),
                    Value::String(s) => def.language = Some(Some(s.to_ascii_lowercase())),
                    _ => return Err(invalid("invalid-language-mapping")),
                }
            }
            if let Some(d) = value.get("@direction") {
                match d {
                    Value::Null => def.direction = Some(None),
                    Value::String(s) if s == "ltr" || s == "rtl" => {
                        def.direction = Some(Some(s.clone()))
                    }
                    _ => return Err(invalid("invalid-base-direction")),
                }
            }
        }
        if let Some(n) = value.get("@nest") {
            match n {
                Value::String(s) if !is_keyword(s) || s == "@nest" => def.nest = Some(s.clone()),
                _ => return Err(invalid("invalid-nest-value")),
            }
        }
        if let Some(p) = value.get("@prefix") {
            if term.contains(':') || term.contains('/') {
                return Err(invalid("invalid-term-definition"));
            }
            let Value::Bool(p) = p else {
                return Err(invalid("invalid-prefix-value"));
            };
            def.prefix = *p;
            if *p && def.iri.as_deref().is_some_and(is_keyword) {
                return Err(invalid("invalid-term-definition"));
            }
        }
        self.finish_term(active, local, term, def, previous, defined, value)
    }

    #[allow(clippy::too_many_arguments)]
    fn finish_term(
        &mut self,
        active: &mut Context,
        local: &Local<'_>,
        term: &str,
        def: TermDef,
        previous: Option<Arc<TermDef>>,
        defined: &mut HashMap<String, bool>,
        value: &Map,
    ) -> Result<()> {
        const ALLOWED: &[&str] = &[
            "@id",
            "@reverse",
            "@container",
            "@context",
            "@direction",
            "@index",
            "@language",
            "@nest",
            "@prefix",
            "@protected",
            "@type",
        ];
        if value.keys().any(|k| !ALLOWED.contains(&k.as_str())) {
            return Err(invalid("invalid-term-definition"));
        }
        let def = match previous {
            Some(prev) if !local.override_protected && prev.protected => {
                if !def.same_as(&prev) {
                    return Err(invalid("protected-term-redefinition"));
                }
                prev
            }
            _ => Arc::new(def),
        };
        active.terms.insert(Arc::from(term), def);
        defined.insert(term.to_string(), true);
        Ok(())
    }
}

/// Parses a `@container` value into flags, validating the allowed combinations.
fn parse_container(c: &Value) -> Option<u8> {
    use container::*;
    let one = |s: &str| -> Option<u8> {
        Some(match s {
            "@graph" => GRAPH,
            "@id" => ID,
            "@index" => INDEX,
            "@language" => LANGUAGE,
            "@list" => LIST,
            "@set" => SET,
            "@type" => TYPE,
            _ => return None,
        })
    };
    let flags = match c {
        Value::String(s) => one(s)?,
        Value::Array(a) => {
            let mut f = 0u8;
            for v in a {
                let b = one(v.as_str()?)?;
                f |= b;
            }
            f
        }
        _ => return None,
    };
    let ok = match flags & !SET {
        _ if flags == SET => true,
        GRAPH | ID | INDEX | LANGUAGE | TYPE => true,
        LIST => flags & SET == 0,
        x if x & GRAPH != 0 => x == GRAPH | ID || x == GRAPH | INDEX,
        0 => true,
        _ => false,
    };
    ok.then_some(flags)
}
