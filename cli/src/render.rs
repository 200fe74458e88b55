//! Human-readable output: the detailed view of one report, one-line summaries, colours and
//! the progress bar.

use crate::messages::Catalog;
use badgeverify::Code;
use badgeverify::{Report, Verdict};
use serde_json::Value;
use std::fmt::Write as _;
use std::io::{IsTerminal, Write};

/// Whether to emit ANSI colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    color: bool,
}

const RED: &str = "31";
const GREEN: &str = "32";
const YELLOW: &str = "33";
const BOLD: &str = "1";
const DIM: &str = "2";

impl Style {
    /// Colours only when stdout is a terminal and `NO_COLOR` is unset or empty
    /// (<https://no-color.org>).
    pub fn for_stdout() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self {
            color: std::io::stdout().is_terminal() && !no_color,
        }
    }

    /// Never colours (for tests).
    #[cfg(test)]
    pub fn plain() -> Self {
        Self { color: false }
    }

    fn paint(self, sgr: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

fn verdict_style(verdict: &str) -> (&'static str, &'static str) {
    match verdict {
        "valid" => ("✔", GREEN),
        "indeterminate" => ("?", YELLOW),
        _ => ("✘", RED),
    }
}

/// The verdict's label in the report's language ("Verified", "Vérifié", …), coloured.
fn verdict_label(report: &Value, cat: &Catalog, style: Style) -> String {
    let verdict = str_at(report, "verdict");
    let (_, colour) = verdict_style(verdict);
    style.paint(
        &format!("{BOLD};{colour}"),
        &cat.text(&format!("ui-{verdict}"), &[]),
    )
}

fn str_at<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

fn opt_at<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// The detailed view of one report, rendered in `cat`'s language ([`Catalog::render`]).
pub fn detailed(report: &Value, cat: &Catalog, style: Style) -> String {
    let (symbol, colour) = verdict_style(str_at(report, "verdict"));
    let mut out = format!(
        "{} {}  {}\n",
        style.paint(colour, symbol),
        verdict_label(report, cat, style),
        str_at(report, "summary")
    );
    let labels = [
        "ui-badge",
        "ui-issued-by",
        "ui-recipient",
        "ui-issued",
        "ui-expires",
    ]
    .map(|id| cat.text(id, &[]));
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    let mut field = |name: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            let pad = " ".repeat(width.saturating_sub(name.chars().count()));
            let _ = writeln!(out, "  {}{pad}{v}", style.paint(DIM, name));
        }
    };
    let badge = &report["badge"];
    field(
        &labels[0],
        join(&[opt_at(badge, "name"), angle(opt_at(badge, "id")).as_deref()]),
    );
    let issuer = &report["issuer"];
    let host = opt_at(issuer, "host").map(|h| format!("({h})"));
    let id = angle(opt_at(issuer, "id"));
    field(
        &labels[1],
        join(&[opt_at(issuer, "name"), host.as_deref(), id.as_deref()]),
    );
    let not_stated = report["checks"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| str_at(c, "code") == Code::RecipientNotStated.as_str());
    let recipient = &report["recipient"];
    // A name alone (no identifier) does not say whom the badge was issued to.
    if not_stated {
        field(&labels[2], Some(cat.text("ui-not-stated", &[])));
    } else if recipient.is_object() {
        let kind = opt_at(recipient, "type").map(|k| format!("({k})"));
        let hashed = (recipient["hashed"] == Value::Bool(true)).then(|| cat.text("ui-hashed", &[]));
        let matched = match recipient["matched"].as_bool() {
            Some(true) => Some(cat.text("ui-matches", &[])),
            Some(false) => Some(cat.text("ui-does-not-match", &[])),
            None => None,
        };
        field(
            &labels[2],
            join(&[
                opt_at(recipient, "name"),
                opt_at(recipient, "id"),
                kind.as_deref(),
                hashed.as_deref(),
                matched.as_deref(),
            ]),
        );
    }
    let date = |key: &str| opt_at(report, key).map(|d| cat.date_text(d));
    field(&labels[3], date("issued"));
    field(&labels[4], date("expires"));
    let _ = writeln!(out, "  {}", style.paint(DIM, &cat.text("ui-checks", &[])));
    let checks = report["checks"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let name_width = checks
        .iter()
        .map(|c| str_at(c, "name").chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    for c in checks {
        let outcome = str_at(c, "outcome");
        let colour = match outcome {
            "pass" => GREEN,
            "fail" => RED,
            "warn" => YELLOW,
            _ => DIM,
        };
        let word = cat.text(&format!("ui-outcome-{outcome}"), &[]);
        let name = str_at(c, "name");
        // Pad before painting so escape codes do not upset the alignment.
        let pad = " ".repeat(name_width.saturating_sub(name.chars().count()));
        let _ = writeln!(
            out,
            "    {name}{pad}{}  {}",
            style.paint(colour, &word),
            str_at(c, "message")
        );
        detail(&mut out, c, style);
    }
    let notes = report["notes"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    if !notes.is_empty() {
        let _ = writeln!(out, "  {}", style.paint(DIM, &cat.text("ui-notes", &[])));
    }
    for n in notes {
        let _ = writeln!(out, "    {}", str_at(n, "message"));
        detail(&mut out, n, style);
    }
    // A presentation, CLR or API response: one block per credential it holds, indented.
    let members = report["credentials"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (i, m) in members.iter().enumerate() {
        let title = cat.text(
            "ui-member",
            &[
                ("n", Value::from(i + 1)),
                ("total", Value::from(members.len())),
            ],
        );
        let _ = writeln!(
            out,
            "\n  {} {}",
            style.paint(BOLD, &title),
            style.paint(DIM, &format!("@ {}", str_at(m, "path")))
        );
        for l in detailed(&m["report"], cat, style).lines() {
            let _ = writeln!(out, "    {l}");
        }
    }
    out
}

/// The technical line under a check or note: its code, where it applies, and its detail.
fn detail(out: &mut String, item: &Value, style: Style) {
    let path = opt_at(item, "path").map(|p| format!(" @ {p}"));
    let text = join(&[
        Some(&format!(
            "[{}{}]",
            str_at(item, "code"),
            path.unwrap_or_default()
        )),
        opt_at(item, "detail"),
    ]);
    if let Some(t) = text {
        let _ = writeln!(out, "      {}", style.paint(DIM, &t));
    }
}

fn angle(id: Option<&str>) -> Option<String> {
    id.map(|i| format!("<{i}>"))
}

fn join(parts: &[Option<&str>]) -> Option<String> {
    let s: Vec<&str> = parts.iter().flatten().copied().collect();
    (!s.is_empty()).then(|| s.join(" "))
}

/// One line for one of several inputs: `path  Verdict  summary`. The label (an input's path
/// or URL) is shown display-safe, like the report's own text.
pub fn line(label: &str, report: &Value, cat: &Catalog, style: Style) -> String {
    let safe = badgeverify::display::neutralize(label, false);
    format!(
        "{}  {}  {}",
        safe.as_deref().unwrap_or(label),
        verdict_label(report, cat, style),
        str_at(report, "summary")
    )
}

/// The closing tally for several inputs.
pub fn tally(reports: &[Report], cat: &Catalog) -> String {
    let count = |v| Value::from(reports.iter().filter(|r| r.verdict == v).count());
    cat.text(
        "cli-tally",
        &[
            ("total", Value::from(reports.len())),
            ("valid", count(Verdict::Valid)),
            ("invalid", count(Verdict::Invalid)),
            ("indeterminate", count(Verdict::Indeterminate)),
            ("error", count(Verdict::Error)),
        ],
    )
}

/// A progress bar on stderr, drawn only when stderr is a terminal and there are enough
/// inputs for it to be worth it.
#[derive(Debug)]
pub struct Progress {
    total: usize,
    done: usize,
    enabled: bool,
}

/// Inputs needed before the progress bar is shown.
pub const PROGRESS_MIN_INPUTS: usize = 10;
const BAR_WIDTH: usize = 30;

impl Progress {
    /// A bar for `total` inputs.
    pub fn new(total: usize) -> Self {
        Self {
            total,
            done: 0,
            enabled: total >= PROGRESS_MIN_INPUTS && std::io::stderr().is_terminal(),
        }
    }

    /// Prints `line` on stdout without tearing the bar, then advances the bar by one.
    pub fn println(&mut self, line: &str) {
        self.clear();
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "{line}");
        let _ = stdout.flush();
        self.done = self.done.saturating_add(1).min(self.total);
        self.draw();
    }

    fn draw(&self) {
        if !self.enabled || self.done >= self.total {
            return;
        }
        let filled = BAR_WIDTH * self.done / self.total.max(1);
        let _ = write!(
            std::io::stderr().lock(),
            "\r[{}{}] {}/{}",
            "#".repeat(filled),
            "-".repeat(BAR_WIDTH - filled),
            self.done,
            self.total
        );
    }

    /// Erases the bar.
    pub fn clear(&self) {
        if self.enabled {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A report as the core writes it (codes and params only), rendered in `lang`.
    fn rendered(lang: &str) -> (Value, Catalog) {
        let cat = Catalog::new(lang);
        let core = json!({
            "verdict": "indeterminate",
            "summary": {"code": "recipient-not-requested", "params": {}},
            "badge": {"name": "\u{2068}Data\u{2069} ⟨U+202E⟩evil", "id": "urn:uuid:1"},
            "issuer": {"name": "Example University", "host": "example.edu", "id": "https://example.edu/issuer"},
            "recipient": null,
            "issued": "2024-03-05T10:00:00Z",
            "expires": null,
            "checks": [
                {"id": "proof", "outcome": "warn", "code": "recipient-not-requested", "params": {}},
                {"id": "recipient", "outcome": "skip", "code": "recipient-not-stated", "params": {}}
            ],
            "notes": [{"code": "recipient-not-requested", "path": "validFrom", "params": {}}]
        });
        (cat.render(core), cat)
    }

    #[test]
    fn the_detailed_view_speaks_the_readers_language() {
        for lang in ["en", "fr", "de", "es"] {
            let (report, cat) = rendered(lang);
            let text = detailed(&report, &cat, Style::plain());
            let label = cat.text("ui-indeterminate", &[]);
            assert!(text.starts_with(&format!("? {label}  ")), "{text}");
            for id in [
                "ui-issued-by",
                "ui-recipient",
                "ui-issued",
                "ui-checks",
                "ui-notes",
            ] {
                assert!(
                    text.contains(&cat.text(id, &[])),
                    "{lang}: no {id} in {text}"
                );
            }
            assert!(text.contains(&cat.text("ui-not-stated", &[])), "{text}");
            assert!(text.contains(&cat.text("check-proof", &[])), "{text}");
            assert!(
                text.contains(&cat.date_text("2024-03-05T10:00:00Z")),
                "{text}"
            );
            assert!(
                text.contains("[recipient-not-requested @ validFrom]"),
                "{text}"
            );
            assert!(!text.contains('\x1b'));
            let checks = text.find(&cat.text("ui-checks", &[])).unwrap();
            let notes = text.find(&cat.text("ui-notes", &[])).unwrap();
            assert!(checks < notes, "{text}");
        }
        let (report, cat) = rendered("fr");
        assert!(detailed(&report, &cat, Style::plain()).contains("5 mars 2024"));
    }

    /// A presentation: its own block, then one indented block per credential it holds,
    /// each with its number, its path and its own rendered report.
    #[test]
    fn a_container_shows_one_block_per_credential() {
        let cat = Catalog::new("en");
        let member = |verdict: &str, code: &str| {
            json!({"verdict": verdict, "summary": {"code": code, "params": {}},
                "badge": null, "issuer": null, "recipient": null, "issued": null,
                "expires": null, "checks": [], "notes": [], "credentials": []})
        };
        let core = json!({
            "verdict": "invalid",
            "summary": {"code": "summary-container", "params": {"container": "presentation",
                "total": 2, "valid": 1, "invalid": 1, "unestablished": 0}},
            "badge": null, "issuer": null, "recipient": null, "issued": null, "expires": null,
            "checks": [{"id": "proof", "outcome": "skip", "code": "container-unsigned",
                "params": {"container": "presentation"}}],
            "notes": [],
            "credentials": [
                {"path": "verifiableCredential[0]", "report": member("valid", "summary-unestablished")},
                {"path": "verifiableCredential[1]", "report": member("invalid", "proof-missing")}
            ]
        });
        let text = detailed(&cat.render(core), &cat, Style::plain());
        assert!(
            text.starts_with("✘ Not verified  This presentation holds 2 badges: 1 verified"),
            "{text}"
        );
        let first = text
            .find("Badge 1 of 2 @ verifiableCredential[0]")
            .expect(&text);
        let second = text
            .find("Badge 2 of 2 @ verifiableCredential[1]")
            .expect(&text);
        assert!(first < second);
        assert!(
            text[second..].contains("    ✘ Not verified  This badge carries no signature"),
            "{text}"
        );
    }

    #[test]
    fn one_line_per_input_is_display_safe_and_coloured_only_when_asked() {
        let (report, cat) = rendered("en");
        let plain = line("a\u{202E}gnp.exe", &report, &cat, Style::plain());
        assert!(
            plain.starts_with("a⟨U+202E⟩gnp.exe  Not fully checked  "),
            "{plain}"
        );
        let coloured = line("a.png", &report, &cat, Style { color: true });
        assert!(
            coloured.contains("\x1b[1;33mNot fully checked\x1b[0m"),
            "{coloured}"
        );
    }

    #[test]
    fn the_tally_counts_in_words() {
        let cat = Catalog::new("en");
        let one = [Report::error(
            Code::UnreadableInput,
            badgeverify::code::Params::new()
                .with(badgeverify::code::Param::Path, "x")
                .with(badgeverify::code::Param::Reason, "not-found"),
        )];
        assert_eq!(
            tally(&one, &cat),
            "1 file: 0 verified, 0 not verified, 0 not fully checked, 1 could not be checked"
        );
    }
}
