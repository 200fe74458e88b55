//! Helpers shared by the CLI's integration tests (`mod common;` in each test file). Not every
//! test file uses every helper.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A file under 1EdTech's OB 2.0 fixtures.
pub fn ob20(rel: &str) -> PathBuf {
    repo()
        .join("tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob20")
        .join(rel)
}

/// A fresh, empty scratch directory `name` for one test of `suite`.
pub fn scratch(suite: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(suite)
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The built `badgeverify` binary with the proxy environment variables removed: loopback
/// requests must go straight to the test server, never through a proxy.
pub fn badgeverify() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_badgeverify"));
    for var in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        cmd.env_remove(var);
    }
    cmd
}
