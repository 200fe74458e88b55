//! Turning command-line arguments into badge inputs: files, directories, stdin and URLs.

use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions picked up when a directory is given (compared case-insensitively).
pub const BADGE_EXTENSIONS: [&str; 6] = ["png", "svg", "json", "jwt", "jws", "txt"];

/// Deepest directory nesting walked; deeper directories are reported as unreadable inputs.
const MAX_DIR_DEPTH: usize = 32;

/// Where an input's bytes come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// An http(s) URL, passed to the core as its text.
    Url(String),
    /// A file on disk.
    File(PathBuf),
    /// Something that could not even be listed (e.g. an unreadable directory), with the
    /// `reason` token of its `unreadable-input` report ([`reason`]).
    Unreadable(&'static str),
}

/// One input to verify, with the label shown for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// What the user sees: the path, the URL or `-`.
    pub label: String,
    /// Where the bytes come from.
    pub source: Source,
}

/// Expands the arguments, in order; directories become their badge files, sorted by path.
pub fn collect(args: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Input {
                label: "-".into(),
                source: Source::Stdin,
            });
            continue;
        }
        let path = Path::new(arg);
        if is_url(arg) && !path.exists() {
            out.push(Input {
                label: arg.clone(),
                source: Source::Url(arg.clone()),
            });
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, 0, &mut found);
            found.sort_by(|a, b| a.label.cmp(&b.label));
            out.extend(found);
        } else {
            out.push(Input {
                label: arg.clone(),
                source: Source::File(path.to_path_buf()),
            });
        }
    }
    out
}

fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<Input>) {
    let unreadable = |why: &'static str| Input {
        label: dir.display().to_string(),
        source: Source::Unreadable(why),
    };
    if depth > MAX_DIR_DEPTH {
        out.push(unreadable("too-deep"));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(unreadable(reason(&e)));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // Symlinked directories are not followed, so a link loop cannot recurse forever.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, depth + 1, out);
        } else if has_badge_extension(&path) {
            out.push(Input {
                label: path.display().to_string(),
                source: Source::File(path),
            });
        }
    }
}

fn has_badge_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| BADGE_EXTENSIONS.iter().any(|b| e.eq_ignore_ascii_case(b)))
}

/// Reads the input's bytes, at most `max_bytes + 1` of them: anything longer is over the
/// core's input limit whatever its tail holds, and the core reports it as such.
///
/// # Errors
/// The `reason` token of the `unreadable-input` report ([`reason`]) when it cannot be read.
pub fn read(input: &Input, max_bytes: usize) -> Result<Vec<u8>, &'static str> {
    let cap = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut buf = Vec::new();
    let result = match &input.source {
        Source::Url(url) => return Ok(url.as_bytes().to_vec()),
        Source::Unreadable(why) => return Err(why),
        Source::Stdin => std::io::stdin().lock().take(cap).read_to_end(&mut buf),
        Source::File(path) => {
            std::fs::File::open(path).and_then(|f| f.take(cap).read_to_end(&mut buf))
        }
    };
    match result {
        Ok(_) => Ok(buf),
        Err(e) => Err(reason(&e)),
    }
}

/// Why a file or directory could not be read, as the `reason` token of an
/// `unreadable-input` report: `not-found`, `permission-denied`, `is-a-directory`,
/// `not-a-directory`, `unreadable` (any other I/O error), and `too-deep` (a directory
/// nested more than `MAX_DIR_DEPTH` levels deep, set by [`collect`]).
pub fn reason(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not-found",
        std::io::ErrorKind::PermissionDenied => "permission-denied",
        std::io::ErrorKind::IsADirectory => "is-a-directory",
        std::io::ErrorKind::NotADirectory => "not-a-directory",
        _ => "unreadable",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_recognised_case_insensitively() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("ftp://example.org"));
        assert!(!is_url("http"));
        assert!(!is_url("héllo wörld"));
    }

    #[test]
    fn extensions() {
        assert!(has_badge_extension(Path::new("a/b.PNG")));
        assert!(has_badge_extension(Path::new("x.jws")));
        assert!(!has_badge_extension(Path::new("x.md")));
        assert!(!has_badge_extension(Path::new("png")));
    }
}
