//! Display-safe text: characters that let a string show as something it is not, made visible.
//!
//! A badge or issuer name can carry characters that display as nothing or that reorder the
//! text around them: bidirectional overrides and isolates (U+202E makes `"\u{202E}live"`
//! show as "evil"), zero-width spaces and joiners, the byte-order mark, other format
//! characters, and control characters (a terminal obeys an ESC sequence; a line break forges
//! a line of output). [`neutralize`] replaces each with a visible marker, `⟨U+202E⟩`: four to
//! six upper-case hex digits between U+27E8 and U+27E9. Everything else, including
//! combining marks, emoji and right-to-left scripts such as Arabic and Hebrew, is kept.
//!
//! The report applies it to every string it shows people (see `docs/report.md`, "Display
//! fields"); `report.credential` keeps the original text.

/// Characters replaced by a marker, as inclusive ranges of code points: the controls (Cc),
/// the format characters (Cf, Unicode 17), the line and paragraph separators (U+2028,
/// U+2029) and the Hangul fillers, which display as blank space (U+115F, U+1160, U+3164,
/// U+FFA0).
const HIDDEN: [(u32, u32); 26] = [
    (0x0000, 0x001F),
    (0x007F, 0x009F),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x115F, 0x1160),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0x3164, 0x3164),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// WAVING BLACK FLAG, the base of the emoji tag sequences (the flags of England, Scotland
/// and Wales), whose tag characters are kept.
const TAG_BASE: char = '\u{1F3F4}';

/// `text` with every hidden character replaced by a visible `⟨U+XXXX⟩`, or `None` when it
/// has none to replace (the common case, which allocates nothing).
///
/// Hidden are: control characters (C0, DEL, C1), format characters (bidirectional embeddings,
/// overrides, isolates and marks, zero-width space / non-joiner / joiner, word joiner,
/// invisible operators, the byte-order mark, soft hyphen, tags, …), U+2028 and U+2029, and
/// the Hangul fillers. Three exceptions keep legitimate text intact:
/// - with `keep_line_breaks`, TAB, LF and CR stay (for multi-line text such as a
///   description);
/// - ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER stay between two characters that are
///   neither ASCII nor hidden: emoji sequences (👩‍💻), Persian and Indic text;
/// - tag characters stay in a complete emoji tag sequence after U+1F3F4 (🏴 plus tags
///   U+E0020–U+E007E closed by U+E007F).
///
/// ```
/// use badgeverify::display::neutralize;
/// assert_eq!(neutralize("\u{202E}live", false).as_deref(), Some("⟨U+202E⟩live"));
/// assert_eq!(neutralize("שלום عليكم 👩‍💻", false), None);
/// ```
pub fn neutralize(text: &str, keep_line_breaks: bool) -> Option<String> {
    let mut out = String::new();
    let mut copied = 0; // bytes of `text` already in `out` (or replaced there)
    let mut prev = None;
    let mut tags = 0;
    for (at, c) in text.char_indices() {
        let next = at + c.len_utf8();
        let rest = &text[next..];
        let keep = !hidden(c)
            || tags > 0
            || (keep_line_breaks && matches!(c, '\t' | '\n' | '\r'))
            || (matches!(c, '\u{200C}' | '\u{200D}') && joins(prev) && joins(rest.chars().next()));
        tags = if c == TAG_BASE {
            tag_sequence(rest)
        } else {
            tags.saturating_sub(1)
        };
        if !keep {
            out.push_str(&text[copied..at]);
            out.push_str("⟨U+");
            let u = u32::from(c);
            for digit in (0..(8 - u.leading_zeros() / 4).max(4)).rev() {
                let nibble = char::from_digit((u >> (4 * digit)) & 0xF, 16);
                out.push(nibble.map_or('0', |d| d.to_ascii_uppercase()));
            }
            out.push('⟩');
            copied = next;
        }
        prev = Some(c);
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// Whether `c` is replaced by a marker (outside the exceptions of [`neutralize`]).
fn hidden(c: char) -> bool {
    if c.is_ascii_graphic() || c == ' ' {
        return false;
    }
    let u = u32::from(c);
    HIDDEN.iter().any(|&(lo, hi)| lo <= u && u <= hi)
}

/// Whether a zero-width (non-)joiner next to `c` may stay.
fn joins(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_ascii() && !hidden(c))
}

/// The length of the emoji tag sequence that `after` (what follows a U+1F3F4) starts with:
/// tag characters closed by CANCEL TAG, or 0 when there is none.
fn tag_sequence(after: &str) -> usize {
    let mut n = 0;
    for c in after.chars() {
        match c {
            '\u{E0020}'..='\u{E007E}' => n += 1,
            '\u{E007F}' if n > 0 => return n + 1,
            _ => break,
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        neutralize(text, false).unwrap_or_else(|| text.to_owned())
    }

    #[test]
    fn every_range_is_neutralized_at_both_ends() {
        for (lo, hi) in HIDDEN {
            for u in [lo, hi] {
                let c = char::from_u32(u).unwrap();
                assert_eq!(
                    shown(&format!("a{c}b")),
                    format!("a⟨U+{u:04X}⟩b"),
                    "{u:04X}"
                );
            }
        }
        for u in [
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        ] {
            let c = char::from_u32(u).unwrap();
            assert!(hidden(c), "bidi control {u:04X}");
        }
        for c in [
            '\u{200B}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{2060}', '\u{FEFF}',
        ] {
            assert!(hidden(c), "{c:?}");
        }
        assert_eq!(shown("\u{1B}[31mred"), "⟨U+001B⟩[31mred");
        assert_eq!(shown("\u{E0001}"), "⟨U+E0001⟩", "six digits when needed");
    }

    #[test]
    fn the_classic_spoof_shows_what_it_is() {
        assert_eq!(shown("\u{202E}evil\u{202C}"), "⟨U+202E⟩evil⟨U+202C⟩");
        assert_eq!(shown("Acme\u{200B}Corp"), "Acme⟨U+200B⟩Corp");
        assert_eq!(
            shown("badge.png\u{2066}\u{2069}"),
            "badge.png⟨U+2066⟩⟨U+2069⟩"
        );
        // Idempotent: a marker is plain visible text.
        let once = shown("x\u{202E}y");
        assert_eq!(neutralize(&once, false), None);
    }

    #[test]
    fn scripts_combining_marks_and_emoji_are_left_intact() {
        for text in [
            "Teamwork",
            "Müller & Söhne",
            "שלום עולם",                                                // Hebrew
            "مرحبا بالعالم",                                            // Arabic
            "עִבְרִית",        // Hebrew with points (combining)
            "e\u{301}cole", // combining acute
            "क्‍ष",           // Devanagari: virama + ZWJ
            "می‌خواهم",      // Persian: ZWNJ between letters
            "👩‍💻 ❤️‍🔥 👨‍👩‍👧",     // ZWJ emoji sequences, variation selector
            "👍🏽",           // skin-tone modifier
            "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", // flag of Scotland
            "日本語 한국어 Ελληνικά",
            "",
        ] {
            assert_eq!(neutralize(text, false), None, "{text}");
        }
    }

    #[test]
    fn joiners_and_tags_outside_their_sequences_are_neutralized() {
        assert_eq!(shown("ev\u{200D}il"), "ev⟨U+200D⟩il");
        assert_eq!(shown("\u{200D}👩"), "⟨U+200D⟩👩");
        assert_eq!(shown("👩\u{200D}"), "👩⟨U+200D⟩");
        assert_eq!(
            shown("\u{202E}\u{200D}\u{202E}"),
            "⟨U+202E⟩⟨U+200D⟩⟨U+202E⟩"
        );
        // Tags that are not a closed sequence after U+1F3F4: hidden text.
        assert_eq!(shown("a\u{E0061}"), "a⟨U+E0061⟩");
        assert_eq!(shown("🏴\u{E0061}"), "🏴⟨U+E0061⟩");
        assert_eq!(shown("🏴\u{E007F}"), "🏴⟨U+E007F⟩");
        assert_eq!(
            shown("🏴\u{E0061}\u{E007F}\u{E0061}"),
            "🏴\u{E0061}\u{E007F}⟨U+E0061⟩"
        );
    }

    #[test]
    fn line_breaks_stay_only_when_asked() {
        assert_eq!(shown("a\nb\tc\r\n"), "a⟨U+000A⟩b⟨U+0009⟩c⟨U+000D⟩⟨U+000A⟩");
        assert_eq!(neutralize("a\nb\tc\r\n", true), None);
        assert_eq!(
            neutralize("a\n\u{2028}\u{1B}", true).as_deref(),
            Some("a\n⟨U+2028⟩⟨U+001B⟩")
        );
    }
}
