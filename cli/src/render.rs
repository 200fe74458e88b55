//! Human-readable output: the detailed view of one report, one-line summaries, colours and
//! the progress bar.

use badgeverify::Code;
use badgeverify::{CheckId, Outcome, Report, Verdict};
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

fn verdict_style(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Valid => ("✔", GREEN),
        Verdict::Invalid => ("✘", RED),
        Verdict::Indeterminate => ("?", YELLOW),
        Verdict::Error => ("✘", RED),
    }
}

/// `VALID`, `INVALID`, … coloured by verdict.
fn verdict_word(report: &Report, style: Style) -> String {
    let (_, colour) = verdict_style(report.verdict);
    style.paint(
        &format!("{BOLD};{colour}"),
        &report.verdict.as_str().to_uppercase(),
    )
}

/// The detailed view of one report.
pub fn detailed(report: &Report, style: Style) -> String {
    let (symbol, colour) = verdict_style(report.verdict);
    let mut out = format!(
        "{} {}  {}\n",
        style.paint(colour, symbol),
        verdict_word(report, style),
        report.summary
    );
    let mut field = |name: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            let _ = writeln!(out, "  {:<10} {v}", style.paint(DIM, name));
        }
    };
    if let Some(b) = &report.badge {
        field(
            "badge",
            join(&[b.name.as_deref(), angle(b.id.as_deref()).as_deref()]),
        );
    }
    if let Some(i) = &report.issuer {
        let host = i.host.as_deref().map(|h| format!("({h})"));
        let id = angle(i.id.as_deref());
        field(
            "issuer",
            join(&[i.name.as_deref(), host.as_deref(), id.as_deref()]),
        );
    }
    let not_stated = report
        .check(CheckId::Recipient)
        .is_some_and(|c| c.code == Code::RecipientNotStated);
    // A name alone (no identifier) does not say whom the badge was issued to.
    if not_stated {
        field("recipient", Some("not stated".to_owned()));
    } else if let Some(r) = &report.recipient {
        let kind = r.kind.as_deref().map(|k| format!("({k})"));
        let hashed = r.hashed.then_some("hashed");
        let matched = match r.matched {
            Some(true) => Some("matches the recipient you named"),
            Some(false) => Some("does NOT match the recipient you named"),
            None => None,
        };
        field(
            "recipient",
            join(&[
                r.name.as_deref(),
                r.id.as_deref(),
                kind.as_deref(),
                hashed,
                matched,
            ]),
        );
    }
    field("issued", report.issued.clone());
    field("expires", report.expires.clone());
    let _ = writeln!(out, "  {}", style.paint(DIM, "checks"));
    if report.checks.is_empty() {
        let _ = writeln!(out, "    (none)");
    }
    for c in &report.checks {
        let outcome = c.outcome.as_str();
        let colour = match c.outcome {
            Outcome::Pass => GREEN,
            Outcome::Fail => RED,
            Outcome::Warn => YELLOW,
            Outcome::Skip => DIM,
        };
        // Pad before painting so escape codes do not upset the alignment.
        let _ = writeln!(
            out,
            "    {:<15} {} {}  {}",
            c.id.as_str(),
            style.paint(colour, &format!("{outcome:<4}")),
            c.code,
            c.message
        );
    }
    if !report.notes.is_empty() {
        let heading =
            "notes (deviations from the specifications; they change nothing in the verdict)";
        let _ = writeln!(out, "  {}", style.paint(DIM, heading));
    }
    for n in &report.notes {
        let path = n
            .path
            .as_deref()
            .map(|p| format!(" at {p}"))
            .unwrap_or_default();
        let _ = writeln!(out, "    {}{path}  {}", n.code, n.message);
    }
    out
}

fn angle(id: Option<&str>) -> Option<String> {
    id.map(|i| format!("<{i}>"))
}

fn join(parts: &[Option<&str>]) -> Option<String> {
    let s: Vec<&str> = parts.iter().flatten().copied().collect();
    (!s.is_empty()).then(|| s.join(" "))
}

/// One line for one of several inputs: `path  VERDICT  summary`. The label (an input's path
/// or URL) is shown display-safe, like the report's own text.
pub fn line(label: &str, report: &Report, style: Style) -> String {
    let safe = badgeverify::display::neutralize(label, false);
    format!(
        "{}  {}  {}",
        safe.as_deref().unwrap_or(label),
        verdict_word(report, style),
        report.summary
    )
}

/// The closing tally for several inputs.
pub fn tally(reports: &[Report]) -> String {
    let count = |v| reports.iter().filter(|r| r.verdict == v).count();
    format!(
        "{} inputs: {} valid, {} invalid, {} indeterminate, {} error",
        reports.len(),
        count(Verdict::Valid),
        count(Verdict::Invalid),
        count(Verdict::Indeterminate),
        count(Verdict::Error)
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

    #[test]
    fn plain_detailed_view_lists_every_check() {
        let mut r = Report::new();
        r.push(
            CheckId::Proof,
            Outcome::Fail,
            Code::SignatureInvalid,
            "the signature does not verify",
        );
        r.push(
            CheckId::IssuerKey,
            Outcome::Warn,
            Code::KeyNotBound,
            "offline",
        );
        r.finish();
        let text = detailed(&r, Style::plain());
        assert!(text.starts_with("✘ INVALID  Not valid: "), "{text}");
        assert!(
            text.contains("proof           fail signature-invalid  the signature does not verify"),
            "{text}"
        );
        assert!(
            text.contains("issuer-key      warn key-not-bound  offline"),
            "{text}"
        );
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn notes_follow_the_checks_and_an_unstated_recipient_is_said() {
        let mut r = Report::new();
        r.push(
            CheckId::Recipient,
            Outcome::Skip,
            Code::RecipientNotStated,
            "the badge does not say whom it was issued to",
        );
        r.badge = Some(badgeverify::report::BadgeInfo {
            name: Some("\u{202E}evil".into()),
            ..Default::default()
        });
        r.note(Code::MissingMember, Some("validFrom"), "no `validFrom`");
        r.finish();
        let text = detailed(&r, Style::plain());
        assert!(text.contains("  badge      ⟨U+202E⟩evil\n"), "{text}");
        assert!(text.contains("  recipient  not stated\n"), "{text}");
        let checks = text.find("  checks\n").unwrap();
        let notes = text.find("  notes (deviations").unwrap();
        assert!(checks < notes, "{text}");
        assert!(
            text.contains("    missing-member at validFrom  no `validFrom`\n"),
            "{text}"
        );
        assert!(
            text.contains("    hidden-characters at badge.name  invisible or text-direction"),
            "{text}"
        );
        assert!(line("a\u{202E}gnp.exe", &r, Style::plain()).starts_with("a⟨U+202E⟩gnp.exe  "));
    }

    #[test]
    fn colour_wraps_the_verdict() {
        let mut r = Report::new();
        r.finish();
        let coloured = line("a.png", &r, Style { color: true });
        assert!(
            coloured.contains("\x1b[1;33mINDETERMINATE\x1b[0m"),
            "{coloured}"
        );
        assert_eq!(
            line("a.png", &r, Style::plain()),
            format!("a.png  INDETERMINATE  {}", r.summary)
        );
    }
}
