//! The JSON-LD 1.1 Expansion Algorithm (§5.1) and Value Expansion (§5.3.2).
//!
//! Output is expanded JSON-LD as the crate's `json::Value` (arrays of node/value/list objects with
//! absolute IRIs as keys), the input of [`super::to_rdf`]'s serializer. Entries are visited in
//! document order ("ordered" = false); only the steps the spec orders (type-scoped contexts,
//! input type) sort.

use super::context::{container, expand_iri, Context, TermDef};
use super::{invalid, Engine};
use crate::json::{Map, Value};
use crate::{Error, Result};
use std::sync::Arc;

fn as_array(v: Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a,
        Value::Null => Vec::new(),
        other => vec![other],
    }
}

fn is_value_object(v: &Value) -> bool {
    v.get("@value").is_some()
}

fn is_list_object(v: &Value) -> bool {
    v.get("@list").is_some()
}

fn is_graph_object(v: &Value) -> bool {
    match v {
        Value::Object(m) => {
            m.contains_key("@graph")
                && m.keys()
                    .all(|k| matches!(k.as_str(), "@graph" | "@id" | "@index" | "@context"))
        }
        _ => false,
    }
}

/// Appends `value` (flattening one array level) to `map[key]`, creating the array.
fn add_value(map: &mut Map, key: &str, value: Value) {
    let entry = map.get_or_insert_with(key, || Value::Array(Vec::new()));
    if !entry.is_array() {
        let old = entry.take();
        *entry = Value::Array(vec![old]);
    }
    if let Value::Array(a) = entry {
        match value {
            Value::Array(v) => a.extend(v),
            v => a.push(v),
        }
    }
}

impl Engine<'_> {
    fn scoped(
        &mut self,
        ctx: &Arc<Context>,
        def: &TermDef,
        override_protected: bool,
        propagate: bool,
    ) -> Result<Arc<Context>> {
        let Some(sc) = &def.context else {
            return Ok(ctx.clone());
        };
        let flags = u64::from(override_protected) | (u64::from(propagate) << 1);
        let key = (ctx.id, (sc.id << 2) | flags);
        if sc.cacheable {
            if let Some(hit) = super::cache::get(key) {
                return Ok(hit);
            }
        }
        let loads_before = self.loads;
        let r = self.process_context(
            ctx,
            &sc.value,
            def.base_url.as_deref(),
            &[],
            override_protected,
            propagate,
            true,
        )?;
        if sc.cacheable && self.loads == loads_before {
            super::cache::put(key, r.clone());
        }
        Ok(r)
    }

    /// The Expansion Algorithm. Returns `Value::Null` for "null".
    pub(crate) fn expand(
        &mut self,
        ctx: &Arc<Context>,
        active_prop: Option<&str>,
        element: &Value,
        base_url: Option<&str>,
        from_map: bool,
    ) -> Result<Value> {
        self.depth += 1;
        if self.depth > self.limits.max_json_depth {
            self.depth -= 1;
            return Err(Error::limit(
                "max_json_depth",
                self.limits.max_json_depth,
                "jsonld-depth",
            ));
        }
        let r = self.expand_inner(ctx, active_prop, element, base_url, from_map);
        self.depth -= 1;
        r
    }

    fn expand_inner(
        &mut self,
        ctx: &Arc<Context>,
        active_prop: Option<&str>,
        element: &Value,
        base_url: Option<&str>,
        from_map: bool,
    ) -> Result<Value> {
        self.work(1)?;
        let prop_def = active_prop.and_then(|p| ctx.term(p)).cloned();
        match element {
            Value::Null => Ok(Value::Null),
            Value::Array(items) => {
                let mut result = Vec::with_capacity(items.len());
                let is_list = prop_def
                    .as_ref()
                    .is_some_and(|d| d.container & container::LIST != 0);
                for item in items {
                    let mut e = self.expand(ctx, active_prop, item, base_url, from_map)?;
                    if is_list && e.is_array() {
                        e = Value::Object(Map::from_iter([("@list".to_string(), e)]));
                    }
                    match e {
                        Value::Array(a) => result.extend(a),
                        Value::Null => {}
                        other => result.push(other),
                    }
                }
                Ok(Value::Array(result))
            }
            Value::Object(map) => self.expand_map(
                ctx,
                active_prop,
                prop_def.as_deref(),
                map,
                base_url,
                from_map,
            ),
            scalar => {
                if matches!(active_prop, None | Some("@graph")) {
                    return Ok(Value::Null);
                }
                let ctx = match &prop_def {
                    Some(d) if d.context.is_some() => self.scoped(ctx, d, true, true)?,
                    _ => ctx.clone(),
                };
                self.expand_value(&ctx, active_prop, scalar)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn expand_map(
        &mut self,
        ctx: &Arc<Context>,
        active_prop: Option<&str>,
        prop_def: Option<&TermDef>,
        element: &Map,
        base_url: Option<&str>,
        from_map: bool,
    ) -> Result<Value> {
        let mut active = ctx.clone();
        // 7: revert a non-propagated (type-scoped) context.
        if let Some(prev) = &active.previous {
            if !from_map {
                let mut has_value = false;
                let mut only_id = element.len() == 1;
                for k in element.keys() {
                    let e = expand_iri(&active, k, false, true);
                    match e.as_deref() {
                        Some("@value") => has_value = true,
                        Some("@id") => {}
                        _ => only_id = false,
                    }
                }
                if !has_value && !only_id {
                    active = prev.clone();
                }
            }
        }
        // 8: property-scoped context.
        if let Some(d) = prop_def {
            if d.context.is_some() {
                active = self.scoped(&active, d, true, true)?;
            }
        }
        // 9: embedded context.
        if let Some(c) = element.get("@context") {
            active = self.process_context(&active, c, base_url, &[], false, true, true)?;
        }
        // 10-11: type-scoped contexts, types in lexicographic order.
        let type_scoped = active.clone();
        let mut type_keys: Vec<&String> = element
            .keys()
            .filter(|k| expand_iri(&active, k, false, true).as_deref() == Some("@type"))
            .collect();
        crate::sort::sort(&mut type_keys);
        let mut input_type: Option<String> = None;
        for (i, k) in type_keys.iter().enumerate() {
            let v = &element[k.as_str()];
            let mut terms: Vec<&str> = match v {
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                Value::String(s) => vec![s.as_str()],
                _ => Vec::new(),
            };
            if i == 0 {
                if let Some(last) = terms.last() {
                    input_type = expand_iri(&type_scoped, last, true, true);
                }
            }
            crate::sort::sort(&mut terms);
            for t in terms {
                if let Some(d) = type_scoped.term(t) {
                    if d.context.is_some() {
                        let d = d.clone();
                        active = self.scoped(&active, &d, false, false)?;
                    }
                }
            }
        }
        let mut result = Map::new();
        let mut nests: Vec<String> = Vec::new();
        self.expand_entries(
            &active,
            &type_scoped,
            active_prop,
            element,
            base_url,
            input_type.as_deref(),
            &mut result,
            &mut nests,
        )?;
        // 14: nested properties.
        for nk in nests {
            if let Some(v) = element.get(&nk) {
                self.expand_nested_value(
                    &active,
                    &type_scoped,
                    active_prop,
                    &nk,
                    v,
                    base_url,
                    input_type.as_deref(),
                    &mut result,
                )?;
            }
        }
        self.finish_map(result, active_prop)
    }

    #[allow(clippy::too_many_arguments)]
    fn expand_nested_value(
        &mut self,
        ctx: &Arc<Context>,
        type_scoped: &Arc<Context>,
        active_prop: Option<&str>,
        key: &str,
        value: &Value,
        base_url: Option<&str>,
        input_type: Option<&str>,
        result: &mut Map,
    ) -> Result<()> {
        let ctx = match ctx.term(key) {
            Some(d) if d.context.is_some() => {
                let d = d.clone();
                self.scoped(ctx, &d, true, true)?
            }
            _ => ctx.clone(),
        };
        let values: &[Value] = match value {
            Value::Array(a) => a,
            v => std::slice::from_ref(v),
        };
        for nv in values {
            let Value::Object(nm) = nv else {
                return Err(invalid("invalid-nest-value"));
            };
            if nm
                .keys()
                .any(|k| expand_iri(&ctx, k, false, true).as_deref() == Some("@value"))
            {
                return Err(invalid("invalid-nest-value"));
            }
            let mut more = Vec::new();
            self.expand_entries(
                &ctx,
                type_scoped,
                active_prop,
                nm,
                base_url,
                input_type,
                result,
                &mut more,
            )?;
            for m in more {
                if let Some(v) = nm.get(&m) {
                    self.expand_nested_value(
                        &ctx,
                        type_scoped,
                        active_prop,
                        &m,
                        v,
                        base_url,
                        input_type,
                        result,
                    )?;
                }
            }
        }
        Ok(())
    }

    /// Steps 15-20: validate and simplify the expanded map.
    fn finish_map(&mut self, mut result: Map, active_prop: Option<&str>) -> Result<Value> {
        if let Some(v) = result.get("@value") {
            if result.keys().any(|k| {
                !matches!(
                    k.as_str(),
                    "@direction" | "@index" | "@language" | "@type" | "@value"
                )
            }) {
                return Err(invalid("invalid-value-object"));
            }
            if result.contains_key("@type")
                && (result.contains_key("@language") || result.contains_key("@direction"))
            {
                return Err(invalid("invalid-value-object"));
            }
            let ty = result.get("@type");
            if ty.and_then(Value::as_str) == Some("@json") {
                // Any JSON value is allowed.
            } else if v.is_null() {
                return Ok(Value::Null);
            } else if !v.is_string() && result.contains_key("@language") {
                return Err(invalid("invalid-language-tagged-value"));
            } else if let Some(t) = ty {
                match t.as_str() {
                    Some(t) if super::iri::is_well_formed(t) => {}
                    _ => return Err(invalid("invalid-typed-value")),
                }
            }
        } else if let Some(t) = result.get_mut("@type") {
            if !t.is_array() {
                let old = t.take();
                *t = Value::Array(vec![old]);
            }
        } else if result.contains_key("@set") || result.contains_key("@list") {
            if result.len() > 2 || (result.len() == 2 && !result.contains_key("@index")) {
                return Err(invalid("invalid-set-or-list-object"));
            }
            if let Some(s) = result.remove("@set") {
                return Ok(s);
            }
        }
        if result.len() == 1 && result.contains_key("@language") {
            return Ok(Value::Null);
        }
        if matches!(active_prop, None | Some("@graph")) {
            if result.is_empty() || result.contains_key("@value") || result.contains_key("@list") {
                return Ok(Value::Null);
            }
            if result.len() == 1 && result.contains_key("@id") {
                return Ok(Value::Null);
            }
        }
        Ok(Value::Object(result))
    }

    /// Step 13 for every entry of `element` (and, via `nests`, step 14's targets).
    #[allow(clippy::too_many_arguments)]
    fn expand_entries(
        &mut self,
        active: &Arc<Context>,
        type_scoped: &Arc<Context>,
        active_prop: Option<&str>,
        element: &Map,
        base_url: Option<&str>,
        input_type: Option<&str>,
        result: &mut Map,
        nests: &mut Vec<String>,
    ) -> Result<()> {
        for (key, value) in element {
            if key == "@context" {
                continue;
            }
            let Some(prop) = expand_iri(active, key, false, true) else {
                continue;
            };
            if !prop.contains(':') && !super::context::is_keyword(&prop) {
                continue;
            }
            if super::context::is_keyword(&prop) {
                if active_prop == Some("@reverse") {
                    return Err(invalid("invalid-reverse-property-map"));
                }
                if result.contains_key(&prop) && prop != "@included" && prop != "@type" {
                    return Err(invalid("colliding-keywords"));
                }
                let expanded: Value = match prop.as_str() {
                    "@id" => {
                        let Value::String(s) = value else {
                            return Err(invalid("invalid-id-value"));
                        };
                        match expand_iri(active, s, true, false) {
                            Some(e) => Value::String(e),
                            None => Value::Null,
                        }
                    }
                    "@type" => {
                        let strings: Vec<&str> = match value {
                            Value::String(s) => vec![s.as_str()],
                            Value::Array(a) if a.iter().all(Value::is_string) => {
                                a.iter().filter_map(Value::as_str).collect()
                            }
                            _ => return Err(invalid("invalid-type-value")),
                        };
                        let mut out: Vec<Value> = match result.remove("@type") {
                            Some(Value::Array(a)) => a,
                            Some(v) => vec![v],
                            None => Vec::new(),
                        };
                        for s in strings {
                            if let Some(e) = expand_iri(type_scoped, s, true, true) {
                                out.push(Value::String(e));
                            }
                        }
                        if out.len() == 1 && value.is_string() {
                            out.pop().unwrap_or(Value::Null)
                        } else {
                            Value::Array(out)
                        }
                    }
                    "@graph" => Value::Array(as_array(self.expand(
                        active,
                        Some("@graph"),
                        value,
                        base_url,
                        false,
                    )?)),
                    "@included" => {
                        // Expanded under "@included" so that scalars and value/list objects are kept
                        // and rejected below rather than silently dropped as free-floating.
                        let items = as_array(self.expand(
                            active,
                            Some("@included"),
                            value,
                            base_url,
                            false,
                        )?);
                        if items
                            .iter()
                            .any(|i| !i.is_object() || is_value_object(i) || is_list_object(i))
                        {
                            return Err(invalid("invalid-included-value"));
                        }
                        let mut all = match result.remove("@included") {
                            Some(Value::Array(a)) => a,
                            _ => Vec::new(),
                        };
                        all.extend(items);
                        Value::Array(all)
                    }
                    "@value" => {
                        if input_type == Some("@json") {
                            value.clone()
                        } else if value.is_object() || value.is_array() {
                            return Err(invalid("invalid-value-object-value"));
                        } else if value.is_null() {
                            result.insert("@value".into(), Value::Null);
                            continue;
                        } else {
                            value.clone()
                        }
                    }
                    "@language" => {
                        let Value::String(s) = value else {
                            return Err(invalid("invalid-language-tagged-string"));
                        };
                        Value::String(s.to_ascii_lowercase())
                    }
                    "@direction" => match value.as_str() {
                        Some("ltr" | "rtl") => value.clone(),
                        _ => return Err(invalid("invalid-base-direction")),
                    },
                    "@index" => {
                        if !value.is_string() {
                            return Err(invalid("invalid-index-value"));
                        }
                        value.clone()
                    }
                    "@list" => {
                        if matches!(active_prop, None | Some("@graph")) {
                            continue;
                        }
                        let e = self.expand(active, active_prop, value, base_url, false)?;
                        Value::Array(as_array(e))
                    }
                    "@set" => self.expand(active, active_prop, value, base_url, false)?,
                    "@reverse" => {
                        if !value.is_object() {
                            return Err(invalid("invalid-reverse-value"));
                        }
                        let e = self.expand(active, Some("@reverse"), value, base_url, false)?;
                        if let Value::Object(mut em) = e {
                            if let Some(Value::Object(rev)) = em.remove("@reverse") {
                                for (p, items) in rev {
                                    add_value(result, &p, items);
                                }
                            }
                            if !em.is_empty() {
                                let mut rmap = match result.remove("@reverse") {
                                    Some(Value::Object(m)) => m,
                                    _ => Map::new(),
                                };
                                for (p, items) in em {
                                    for item in as_array(items) {
                                        if is_value_object(&item) || is_list_object(&item) {
                                            return Err(invalid("invalid-reverse-property-value"));
                                        }
                                        add_value(&mut rmap, &p, item);
                                    }
                                }
                                result.insert("@reverse".into(), Value::Object(rmap));
                            }
                        }
                        continue;
                    }
                    "@nest" => {
                        if !nests.contains(key) {
                            nests.push(key.clone());
                        }
                        continue;
                    }
                    _ => continue,
                };
                // A keyword-like `@id` expands to null and is kept as `"@id": null` (it identifies
                // nothing, so toRdf drops statements about it).
                if !expanded.is_null() || prop == "@value" || prop == "@id" {
                    result.insert(prop, expanded);
                }
                continue;
            }
            let def = active.term(key).cloned();
            let cont = def.as_ref().map_or(0, |d| d.container);
            let mut expanded =
                if def.as_ref().and_then(|d| d.type_mapping.as_deref()) == Some("@json") {
                    Value::Object(Map::from_iter([
                        ("@value".to_string(), value.clone()),
                        ("@type".to_string(), Value::String("@json".into())),
                    ]))
                } else if cont & container::LANGUAGE != 0 && value.is_object() {
                    self.expand_language_map(active, def.as_deref(), value)?
                } else if cont & (container::INDEX | container::TYPE | container::ID) != 0
                    && value.is_object()
                {
                    self.expand_index_map(active, key, def.as_deref(), value, base_url)?
                } else {
                    self.expand(active, Some(key), value, base_url, false)?
                };
            if expanded.is_null() {
                continue;
            }
            if cont & container::LIST != 0 && !is_list_object(&expanded) {
                expanded = Value::Object(Map::from_iter([(
                    "@list".to_string(),
                    Value::Array(as_array(expanded)),
                )]));
            }
            if cont & container::GRAPH != 0 && cont & (container::ID | container::INDEX) == 0 {
                expanded = Value::Array(
                    as_array(expanded)
                        .into_iter()
                        .map(|ev| {
                            Value::Object(Map::from_iter([(
                                "@graph".to_string(),
                                Value::Array(as_array(ev)),
                            )]))
                        })
                        .collect(),
                );
            }
            if def.as_ref().is_some_and(|d| d.reverse) {
                let mut rmap = match result.remove("@reverse") {
                    Some(Value::Object(m)) => m,
                    _ => Map::new(),
                };
                for item in as_array(expanded) {
                    if is_value_object(&item) || is_list_object(&item) {
                        return Err(invalid("invalid-reverse-property-value"));
                    }
                    add_value(&mut rmap, &prop, item);
                }
                result.insert("@reverse".into(), Value::Object(rmap));
            } else {
                add_value(result, &prop, expanded);
            }
        }
        Ok(())
    }

    fn expand_language_map(
        &mut self,
        active: &Arc<Context>,
        def: Option<&TermDef>,
        value: &Value,
    ) -> Result<Value> {
        let mut out = Vec::new();
        let direction = match def.and_then(|d| d.direction.clone()) {
            Some(d) => d,
            None => active.direction.clone(),
        };
        let Value::Object(m) = value else {
            return Ok(Value::Array(out));
        };
        for (lang, lv) in m {
            let items: &[Value] = match lv {
                Value::Array(a) => a,
                v => std::slice::from_ref(v),
            };
            for item in items {
                match item {
                    Value::Null => continue,
                    Value::String(s) => {
                        let mut v = Map::new();
                        v.insert("@value".into(), Value::String(s.clone()));
                        if lang != "@none"
                            && expand_iri(active, lang, false, true).as_deref() != Some("@none")
                        {
                            v.insert("@language".into(), Value::String(lang.to_ascii_lowercase()));
                        }
                        if let Some(d) = &direction {
                            v.insert("@direction".into(), Value::String(d.clone()));
                        }
                        out.push(Value::Object(v));
                    }
                    _ => return Err(invalid("invalid-language-map-value")),
                }
            }
        }
        Ok(Value::Array(out))
    }

    fn expand_index_map(
        &mut self,
        active: &Arc<Context>,
        key: &str,
        def: Option<&TermDef>,
        value: &Value,
        base_url: Option<&str>,
    ) -> Result<Value> {
        let cont = def.map_or(0, |d| d.container);
        let index_key = def
            .and_then(|d| d.index.clone())
            .unwrap_or_else(|| "@index".to_string());
        let mut out = Vec::new();
        let Value::Object(m) = value else {
            return Ok(Value::Array(out));
        };
        for (index, index_value) in m {
            let mut map_ctx = if cont & (container::ID | container::TYPE) != 0 {
                active.previous.clone().unwrap_or_else(|| active.clone())
            } else {
                active.clone()
            };
            if cont & container::TYPE != 0 {
                if let Some(d) = map_ctx.term(index).filter(|d| d.context.is_some()).cloned() {
                    map_ctx = self.scoped(&map_ctx, &d, false, true)?;
                }
            }
            let expanded_index = expand_iri(active, index, false, true);
            let is_none = expanded_index.as_deref() == Some("@none");
            let items = as_array(self.expand(&map_ctx, Some(key), index_value, base_url, true)?);
            for mut item in items {
                if cont & container::GRAPH != 0 && !is_graph_object(&item) {
                    item = Value::Object(Map::from_iter([(
                        "@graph".to_string(),
                        Value::Array(as_array(item)),
                    )]));
                }
                let Value::Object(im) = &mut item else {
                    continue;
                };
                if cont & container::INDEX != 0 && index_key != "@index" && !is_none {
                    let re =
                        self.expand_value(active, Some(&index_key), &Value::String(index.clone()))?;
                    let Some(eik) = expand_iri(active, &index_key, false, true) else {
                        continue;
                    };
                    let mut vals = vec![re];
                    if let Some(existing) = im.remove(&eik) {
                        vals.extend(as_array(existing));
                    }
                    im.insert(eik, Value::Array(vals));
                    if im.contains_key("@value") && im.len() > 1 {
                        return Err(invalid("invalid-value-object"));
                    }
                } else if cont & container::INDEX != 0 && !im.contains_key("@index") && !is_none {
                    im.insert("@index".into(), Value::String(index.clone()));
                } else if cont & container::ID != 0 && !im.contains_key("@id") && !is_none {
                    let id = expand_iri(active, index, true, false);
                    im.insert("@id".into(), id.map_or(Value::Null, Value::String));
                } else if cont & container::TYPE != 0 && !is_none {
                    let mut types = vec![expanded_index.clone().map_or(Value::Null, Value::String)];
                    if let Some(t) = im.remove("@type") {
                        types.extend(as_array(t));
                    }
                    im.insert("@type".into(), Value::Array(types));
                }
                out.push(item);
            }
        }
        Ok(Value::Array(out))
    }

    /// Value Expansion (§5.3.2).
    pub(crate) fn expand_value(
        &mut self,
        ctx: &Context,
        active_prop: Option<&str>,
        value: &Value,
    ) -> Result<Value> {
        let def = active_prop.and_then(|p| ctx.term(p));
        let tm = def.and_then(|d| d.type_mapping.as_deref());
        if let (Some("@id" | "@vocab"), Value::String(s)) = (tm, value) {
            let e = expand_iri(ctx, s, true, tm == Some("@vocab"));
            return Ok(Value::Object(Map::from_iter([(
                "@id".to_string(),
                e.map_or(Value::Null, Value::String),
            )])));
        }
        let mut r = Map::new();
        r.insert("@value".into(), value.clone());
        match tm {
            Some(t) if t != "@id" && t != "@vocab" && t != "@none" => {
                r.insert("@type".into(), Value::String(t.to_string()));
            }
            _ => {
                if value.is_string() {
                    let lang = match def.and_then(|d| d.language.clone()) {
                        Some(l) => l,
                        None => ctx.language.clone(),
                    };
                    let dir = match def.and_then(|d| d.direction.clone()) {
                        Some(d) => d,
                        None => ctx.direction.clone(),
                    };
                    if let Some(l) = lang {
                        r.insert("@language".into(), Value::String(l));
                    }
                    if let Some(d) = dir {
                        r.insert("@direction".into(), Value::String(d));
                    }
                }
            }
        }
        Ok(Value::Object(r))
    }
}
