//! The Digital Credentials Consortium fixtures' naming convention as expectations, shared by
//! the core's tests (`tests/dcc.rs`) and the CLI's loopback-server tests: file names are
//! `[registry]-[status]-[expiry]` (see `tests/vectors/PROVENANCE.md`).

use std::path::Path;

/// The origin the fixtures' DID documents and status lists are served from upstream.
pub const ORIGIN: &str = "https://digitalcredentials.github.io/vc-test-fixtures/";

/// The documented verdict of a DCC fixture and, when there is one, the check that shows it
/// (`id`, `outcome`, `code`), offline or with its DID documents and status lists served.
pub fn expected(
    path: &Path,
    online: bool,
) -> (
    &'static str,
    Option<(&'static str, &'static str, &'static str)>,
) {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let is = |part: &str| name.contains(part);
    if !name.ends_with(".json") {
        // QR codes of the JSON, not baked badges.
        return ("invalid", Some(("container", "fail", "no-badge-data")));
    }
    if is("-expired") {
        return ("invalid", Some(("validity-period", "fail", "expired")));
    }
    let did_web = path.to_string_lossy().contains("/didWeb/");
    // One upstream file spells it `revokedStaus`.
    let revoked = is("-revokedSta");
    let status = is("-validStatus") || revoked;
    match (online, did_web, status) {
        (true, _, _) if revoked => ("invalid", Some(("revocation", "fail", "revoked"))),
        (true, _, true) => ("valid", Some(("revocation", "pass", "not-revoked"))),
        (true, _, false) => ("valid", Some(("revocation", "pass", "no-status"))),
        (false, true, _) => ("indeterminate", Some(("proof", "warn", "key-unresolved"))),
        (false, false, true) => (
            "indeterminate",
            Some(("revocation", "warn", "status-unreachable")),
        ),
        (false, false, false) => ("valid", None),
    }
}
