//! Embeds the verifier page (`www/`) and the WebAssembly package (`pkg/`, made by
//! `scripts/build-pkg.sh`) into the binary for `badgeverify serve`.
//!
//! `pkg/` is a build output that a plain `cargo build` does not make. When it is missing the
//! CLI still builds: `serve` then shows the page with a notice saying how to get the package
//! (`scripts/build-pkg.sh`, then `cargo build -p badgeverify-cli` again) and answers
//! `/pkg/…` with 404. Cargo re-runs this script when a file in `www/` or `pkg/` changes (and,
//! while `pkg/` is missing, on every build, so the package is picked up as soon as it exists).

use std::fmt::Write as _;
use std::path::Path;

/// The page's files, served at `/`.
const WWW: &[&str] = &[
    "index.html",
    "verifier.js",
    "verifier.css",
    "favicon.svg",
    "open-badge.js",
    "open-badge-define.js",
];

/// The package's files, served at `/pkg/`: the lean module, and the fallback build that a
/// browser without some WebCrypto algorithm (or a page on plain http: other than localhost,
/// which has no `crypto.subtle`) loads instead.
const PKG: &[&str] = &[
    "badgeverify.js",
    "badgeverify_core.js",
    "badgeverify_bg.wasm",
    "badgeverify_full.js",
    "badgeverify_full_bg.wasm",
    "webcrypto.js",
    "messages.js",
    "locales/en.js",
    "locales/fr.js",
    "locales/de.js",
    "locales/es.js",
    "locales/en.detail.js",
    "locales/fr.detail.js",
    "locales/de.detail.js",
    "locales/es.detail.js",
];

fn table(out: &mut String, name: &str, dir: &Path, files: &[&str]) {
    let _ = writeln!(out, "/// Embedded files: (name, bytes).");
    let _ = writeln!(out, "pub static {name}: &[(&str, &[u8])] = &[");
    for file in files {
        let path = dir.join(file);
        if path.is_file() {
            let _ = writeln!(
                out,
                "    ({file:?}, include_bytes!({:?})),",
                path.display().to_string()
            );
        }
    }
    let _ = writeln!(out, "];");
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (www, pkg) = (root.join("www"), root.join("pkg"));
    for file in WWW {
        println!("cargo:rerun-if-changed={}", www.join(file).display());
    }
    for file in PKG {
        // A missing file makes Cargo re-run this script on every build: wanted while pkg/
        // is missing, so that a later scripts/build-pkg.sh is picked up.
        println!("cargo:rerun-if-changed={}", pkg.join(file).display());
    }
    let mut out = String::new();
    table(&mut out, "WWW", &www, WWW);
    table(&mut out, "PKG", &pkg, PKG);
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
