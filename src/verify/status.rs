//! Revocation by W3C status list (Bitstring Status List v1.0, StatusList2021): fetches the
//! list credential, checks its own proof, and reads the entry with the pure pieces of
//! [`crate::status`].

use super::{Failure, Run, Why};
use crate::code::{Param, Params};
use crate::credential::has_type;
use crate::fetch::Purpose;
use crate::json::Value;
use crate::report::{CheckId, Outcome};
use crate::status::{
    decode_list, entry_fields, list_invalid, list_subject, status_value, MIN_LIST_BYTES,
};
use crate::Code;

/// Checks one `BitstringStatusListEntry` / `StatusList2021Entry` (specs §3.7): fetches the
/// status list credential, requires its own proof to verify under a key bound to the list's
/// issuer, decodes the list and reads the entry's bits. A set bit with purpose `revocation`
/// or `suspension` fails the `revocation` check; anything that cannot be established warns.
pub(crate) fn check_entry(run: &mut Run<'_>, entry: &Value) {
    let e = match entry_fields(entry) {
        Ok(e) => e,
        Err(e) => return run.fail(CheckId::Revocation, &e),
    };
    let list = match run.get_json_or_why(&e.list_url, Purpose::StatusList) {
        Err(None) => return,
        Err(Some(failure)) => {
            // A list served from another site was had, but cannot be trusted.
            let code = match failure {
                Failure::OffSite => Code::StatusListUntrusted,
                _ => Code::StatusUnreachable,
            };
            let params = Params::new().with(Param::Url, e.list_url.as_str());
            return run.add(
                CheckId::Revocation,
                Outcome::Warn,
                code,
                Why::of(&failure).add_to(params),
            );
        }
        Ok(l) => l,
    };
    if !has_type(&list, e.kind.credential_type()) {
        return run.report.push_error(
            CheckId::Revocation,
            Outcome::Warn,
            &list_invalid("wrong-type"),
        );
    }
    match super::di::evaluate(run, &list, &super::di::Signer::issuer_of(&list)) {
        Err(err) => {
            return run
                .report
                .push_error(CheckId::Revocation, Outcome::Warn, &err)
        }
        Ok(eval) if !eval.trusted() => {
            // Whether the list carries a proof at all; the list's own proof check says more.
            let reason = if !crate::credential::values(list.get("proof")).is_empty() {
                "not-signed-by-issuer"
            } else {
                "unsigned"
            };
            return run.add(
                CheckId::Revocation,
                Outcome::Warn,
                Code::StatusListUntrusted,
                Params::new()
                    .with(Param::Url, e.list_url.as_str())
                    .with(Param::Reason, reason)
                    .with(Param::Status, 0u64),
            );
        }
        Ok(_) => {}
    }
    if let Some(until) = list
        .get("validUntil")
        .and_then(Value::as_str)
        .and_then(crate::Timestamp::parse_lenient)
    {
        if until.0 < run.opts.now {
            return run.report.add(
                CheckId::Revocation,
                Outcome::Warn,
                Code::StatusListExpired,
                Params::new()
                    .with(Param::Url, e.list_url.as_str())
                    .with(Param::Date, until.0.to_string()),
            );
        }
    }
    let value = list_subject(&list, &e.purpose)
        .and_then(|enc| decode_list(enc, &run.opts.limits))
        .and_then(|bits| {
            if bits.len() < MIN_LIST_BYTES {
                run.report.add_note(
                    Code::StatusListShort,
                    None,
                    Params::new()
                        .with(Param::Url, e.list_url.as_str())
                        .with(Param::Entries, bits.len() * 8),
                );
            }
            status_value(&bits, e.index, e.size)
        });
    match value {
        Err(err) => run
            .report
            .push_error(CheckId::Revocation, Outcome::Warn, &err),
        Ok(0) => run.add(
            CheckId::Revocation,
            Outcome::Pass,
            Code::NotRevoked,
            Params::new()
                .with(Param::Source, "status-list")
                .with(Param::Purpose, e.purpose.as_str())
                .with(Param::Url, e.list_url.as_str()),
        ),
        Ok(v) => match e.purpose.as_str() {
            "revocation" => run.add_revoked("status-list", &e.list_url, None),
            "suspension" => run.report.add(
                CheckId::Revocation,
                Outcome::Fail,
                Code::Suspended,
                Params::new()
                    .with(Param::Index, e.index)
                    .with(Param::Url, e.list_url.as_str()),
            ),
            other => run.report.add(
                CheckId::Revocation,
                Outcome::Pass,
                Code::StatusSet,
                Params::new()
                    .with(Param::Purpose, other)
                    .with(Param::StatusValue, u64::from(v)),
            ),
        },
    }
}
