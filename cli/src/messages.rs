//! Messages in the reader's language: the catalogs `locales/<lang>.ftl` (Project Fluent),
//! read with `fluent-bundle`, the same files the npm package reads with `@fluent/bundle`.
//!
//! The core's report carries codes and params only; [`Catalog::render`] turns it into the
//! report people and programs read, in one language: every check gains `name`, `message` and
//! (when the catalog has one) `detail`, every note `message` and `detail`, the `summary`
//! becomes a sentence, and `lang` says which language. `wasm/js/messages.js` does exactly
//! the same in JavaScript; `tests/node/parity.test.mjs` holds the two to identical output.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde_json::{Map, Value};
use unic_langid::LanguageIdentifier;

/// Every language the product ships, English (the fallback) first, with its catalog.
pub const LANGUAGES: [(&str, &str); 4] = [
    ("en", include_str!("../../locales/en.ftl")),
    ("fr", include_str!("../../locales/fr.ftl")),
    ("de", include_str!("../../locales/de.ftl")),
    ("es", include_str!("../../locales/es.ftl")),
];

/// The first shipped language among `preferences` (BCP 47 tags or POSIX locale names such as
/// `fr_CA.UTF-8`, best first), compared by primary language; English when none is shipped.
pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> &'static str {
    preferences
        .iter()
        .filter_map(|p| primary(p.as_ref()))
        .find_map(|p| LANGUAGES.iter().find(|(l, _)| *l == p).map(|(l, _)| *l))
        .unwrap_or("en")
}

/// The primary language subtag of a BCP 47 tag or a POSIX locale name, lower-case:
/// `fr-CA` → `fr`, `de_DE.UTF-8` → `de`; `None` for `C`, `POSIX` and empty values.
fn primary(tag: &str) -> Option<String> {
    let lang = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
    (lang.len() >= 2 && lang != "posix").then_some(lang)
}

/// The language the environment asks for: `LC_ALL`, else `LC_MESSAGES`, else `LANG`, the
/// first that is set and not empty (POSIX order); `LANGUAGE`-style lists (`fr:de`) are
/// read left to right.
pub fn from_environment() -> &'static str {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    let list: Vec<&str> = value.split(':').collect();
    negotiate(&list)
}

/// One language's messages.
pub struct Catalog {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The catalog of a shipped language (`en`, `fr`, `de`, `es`); English for any other.
    pub fn new(lang: &str) -> Self {
        let (lang, ftl) = LANGUAGES
            .iter()
            .find(|(l, _)| *l == lang)
            .copied()
            .unwrap_or(LANGUAGES[0]);
        // The catalogs are part of this program and tested (tests/catalog.rs and this
        // module's tests parse every one): a syntax error cannot reach a user.
        let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(r, _)| r);
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Like @fluent/bundle's `useIsolating: false`: terminals and JSON get plain text.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Self { lang, bundle }
    }

    /// Whether the catalog has a message `id`.
    #[cfg(test)]
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` (or its attribute `attr`) with `params` (a report's `params`
    /// object: strings and numbers; dates are shown as the reader's dates, see
    /// [`Self::args`]); `None` when the catalog has no such message or attribute.
    pub fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        params: &Map<String, Value>,
    ) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let args = self.args(params);
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned(),
        )
    }

    /// A UI string (`ui-…`, `cli-…`) with its variables.
    pub fn text(&self, id: &str, params: &[(&str, Value)]) -> String {
        let map: Map<String, Value> = params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect();
        self.format(id, None, &map).unwrap_or_else(|| id.to_owned())
    }

    /// Fluent arguments for `params`: numbers as numbers (written without grouping, as in
    /// the JavaScript renderer), text as text, and each date param (`date`, `…Date`) as the
    /// reader's date (the catalog's `date` message) with `<name>Iso` holding its RFC 3339
    /// text.
    fn args(&self, params: &Map<String, Value>) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (name, value) in params {
            match value {
                Value::Number(n) => {
                    args.set(name.clone(), FluentValue::from(n.as_f64().unwrap_or(0.0)))
                }
                Value::String(s) if is_date_param(name) => {
                    let shown = self.date(s).unwrap_or_else(|| s.clone());
                    args.set(format!("{name}Iso"), FluentValue::from(s.clone()));
                    args.set(name.clone(), FluentValue::from(shown));
                }
                Value::String(s) => args.set(name.clone(), FluentValue::from(s.clone())),
                other => args.set(name.clone(), FluentValue::from(other.to_string())),
            }
        }
        args
    }

    /// An RFC 3339 date as the reader's date, or the text itself when it is not a date.
    pub fn date_text(&self, iso: &str) -> String {
        self.date(iso).unwrap_or_else(|| iso.to_owned())
    }

    /// An RFC 3339 date (`2024-01-31T…`) as the reader's date, through the catalog's `date`
    /// message; `None` when the text does not start with a date.
    fn date(&self, iso: &str) -> Option<String> {
        let (year, month, day) = ymd(iso)?;
        let mut args = FluentArgs::new();
        args.set("year", FluentValue::from(year.to_string()));
        args.set("month", FluentValue::from(f64::from(month)));
        args.set("day", FluentValue::from(f64::from(day)));
        let pattern = self.bundle.get_message("date")?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned(),
        )
    }

    /// The report people and programs read, from the core's report as JSON (see the module
    /// documentation). Idempotent on its output's codes and params.
    pub fn render(&self, mut report: Value) -> Value {
        if let Some(r) = report.as_object_mut() {
            self.render_in_place(r);
            let mut out = Map::new();
            out.insert("lang".to_owned(), Value::from(self.lang));
            out.extend(std::mem::take(r));
            return Value::Object(out);
        }
        report
    }

    fn render_in_place(&self, r: &mut Map<String, Value>) {
        self.render_summary(r);
        self.render_checks(r);
        if let Some(Value::Array(notes)) = r.get_mut("notes") {
            for n in notes.iter_mut().filter_map(Value::as_object_mut) {
                self.render_item(n);
            }
        }
        if let Some(Value::Array(endorsements)) = r.get_mut("endorsements") {
            for e in endorsements.iter_mut().filter_map(Value::as_object_mut) {
                self.render_summary(e);
                self.render_checks(e);
            }
        }
        // A presentation's, CLR's or API response's credentials: each a full report.
        if let Some(Value::Array(members)) = r.get_mut("credentials") {
            for m in members.iter_mut().filter_map(Value::as_object_mut) {
                if let Some(report) = m.get_mut("report") {
                    *report = self.render(std::mem::take(report));
                }
            }
        }
    }

    fn render_summary(&self, r: &mut Map<String, Value>) {
        if let Some(Value::Object(s)) = r.get("summary") {
            let text = self.message(s).0;
            r.insert("summary".to_owned(), Value::from(text));
        }
    }

    fn render_checks(&self, r: &mut Map<String, Value>) {
        if let Some(Value::Array(checks)) = r.get_mut("checks") {
            for c in checks.iter_mut().filter_map(Value::as_object_mut) {
                let id = c.get("id").and_then(Value::as_str).unwrap_or_default();
                let name = self.text(&format!("check-{id}"), &[]);
                let mut out = Map::new();
                for (k, v) in std::mem::take(c) {
                    let after_id = k == "id";
                    out.insert(k, v);
                    if after_id {
                        out.insert("name".to_owned(), Value::from(name.clone()));
                    }
                }
                *c = out;
                self.render_item(c);
            }
        }
    }

    /// Sets `message` and `detail` (when the catalog has one) of a check or note.
    fn render_item(&self, item: &mut Map<String, Value>) {
        let (message, detail) = self.message(item);
        item.insert("message".to_owned(), Value::from(message));
        if let Some(d) = detail {
            item.insert("detail".to_owned(), Value::from(d));
        }
    }

    /// The message and detail of `{code, params}`; a code the catalog lacks keeps the
    /// `message` it came with, else shows as the code.
    fn message(&self, item: &Map<String, Value>) -> (String, Option<String>) {
        let code = item.get("code").and_then(Value::as_str).unwrap_or_default();
        let empty = Map::new();
        let params = item
            .get("params")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        match self.format(code, None, params) {
            Some(m) => (m, self.format(code, Some("detail"), params)),
            None => (
                item.get("message")
                    .and_then(Value::as_str)
                    .unwrap_or(code)
                    .to_owned(),
                None,
            ),
        }
    }
}

/// Whether a param holds a date: `date`, or a name ending in `Date`.
pub fn is_date_param(name: &str) -> bool {
    name == "date" || name.ends_with("Date")
}

/// Year, month and day of text starting `YYYY-MM-DD`.
fn ymd(iso: &str) -> Option<(u32, u8, u8)> {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = iso.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| (y, u8::try_from(m).ok(), u8::try_from(d).ok()))
        .and_then(|(y, m, d)| Some((y, m?, d?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_reads_tags_and_posix_names_and_falls_back_to_english() {
        assert_eq!(negotiate(&["fr-CA"]), "fr");
        assert_eq!(negotiate(&["de_DE.UTF-8"]), "de");
        assert_eq!(negotiate(&["ja", "es-MX", "fr"]), "es");
        assert_eq!(negotiate(&["C", "POSIX"]), "en");
        assert_eq!(negotiate::<&str>(&[]), "en");
    }

    #[test]
    fn every_catalog_parses_without_errors() {
        for (lang, ftl) in LANGUAGES {
            if let Err((_, errors)) = FluentResource::try_new(ftl.to_owned()) {
                panic!("locales/{lang}.ftl: {errors:?}");
            }
        }
    }

    /// Formats `id` (and its attribute) with `params`, failing on any Fluent error: an unknown
    /// variable, message or reference.
    fn format_strictly(cat: &Catalog, id: &str, params: &Map<String, Value>) {
        let message = cat.bundle.get_message(id).unwrap();
        let args = cat.args(params);
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        for pattern in patterns {
            let mut errors = Vec::new();
            let text = cat.bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(
                errors.is_empty(),
                "{}: `{id}`: {errors:?} in {text:?}",
                cat.lang
            );
        }
    }

    /// Every code renders in every language without a Fluent error, given the params it
    /// declares (each token-valued param tried with every variant key is out of reach of a
    /// generic test; the `*[other]` default covers unknown ones).
    #[test]
    fn every_code_renders_in_every_language_with_its_params() {
        for (lang, _) in LANGUAGES {
            let cat = Catalog::new(lang);
            for code in badgeverify::Code::ALL {
                let declared = code.params();
                if !cat.has(code.as_str()) {
                    continue; // tests/catalog.rs reports missing messages
                }
                let params: Map<String, Value> = declared
                    .iter()
                    .map(|p| {
                        let name = p.as_str();
                        let value = if is_date_param(name) {
                            Value::from("2024-03-05T00:00:00Z")
                        } else {
                            Value::from("x")
                        };
                        (name.to_owned(), value)
                    })
                    .collect();
                format_strictly(&cat, code.as_str(), &params);
            }
            for id in ["date", "cli-tally"] {
                assert!(cat.has(id), "{lang}: no `{id}`");
            }
        }
    }

    /// Messages that show counts read as a native speaker writes them, in every language,
    /// for counts that take different forms (0, 1, several): the cases of
    /// tests/data/counted-messages.json, which tests/node/messages.test.mjs holds the
    /// package's renderer to as well.
    #[test]
    fn counts_agree_with_their_words_in_every_language() {
        let data: Value =
            serde_json::from_str(include_str!("../../tests/data/counted-messages.json")).unwrap();
        let cases = data["cases"].as_array().unwrap();
        assert!(cases.len() >= 10, "{cases:?}");
        for case in cases {
            let id = case["id"].as_str().unwrap();
            let params = case["params"].as_object().unwrap();
            for (lang, _) in LANGUAGES {
                let text = Catalog::new(lang).format(id, case["attr"].as_str(), params);
                assert_eq!(
                    text.as_deref(),
                    case[lang].as_str(),
                    "{lang}: `{id}` with {params:?}"
                );
            }
        }
    }

    #[test]
    fn dates_are_the_readers_and_keep_their_iso_text() {
        let en = Catalog::new("en");
        let fr = Catalog::new("fr");
        assert_eq!(
            en.date("2024-03-05T00:00:00Z").as_deref(),
            Some("March 5, 2024")
        );
        assert_eq!(
            fr.date("2024-03-05T00:00:00Z").as_deref(),
            Some("5 mars 2024")
        );
        assert_eq!(en.date("yesterday"), None);
    }
}
