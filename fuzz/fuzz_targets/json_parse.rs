//! The bounded JSON parser, checked against serde_json as an oracle (same value when it
//! accepts; serde_json refuses whatever it calls a syntax error), then every credential
//! reading function on what it returns.
#![no_main]
#[path = "common.rs"]
mod common;
use badgeverify::credential::{self, schema};
use badgeverify::Spec;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ours = badgeverify::json::parse_bytes(data, &common::limits());
    let theirs = std::str::from_utf8(data).ok().map(|text| {
        serde_json::from_str::<serde_json::Value>(text.strip_prefix('\u{feff}').unwrap_or(text))
    });
    match (&ours, &theirs) {
        (Ok(a), Some(Ok(b))) => assert_eq!(&serde_json::to_value(a).unwrap(), b),
        (Ok(_), _) => panic!("accepted what serde_json refuses"),
        (Err(e), Some(Ok(_))) => assert_ne!(e.code, "json-syntax", "{e}"),
        _ => {}
    }
    let Ok(doc) = ours else {
        return;
    };
    let opts = common::options();
    let _ = credential::classify(&doc);
    for spec in [Spec::Ob05, Spec::Ob10, Spec::Ob11, Spec::Ob2, Spec::Ob3] {
        let p = credential::period(&doc, spec);
        let _ = credential::judge_period(&p, opts.now, opts.clock_skew_secs);
        let _ = credential::recipient_info(&doc, spec);
        let _ = credential::recipient::check(&doc, spec, "alice@example.org");
    }
    let _ = credential::issuer_info(doc.get("issuer"));
    let _ = credential::badge_info(&doc);
    let _ = credential::safe_image(doc.get("image"));
    if let Some(id) = credential::id_of(Some(&doc)) {
        let _ = credential::host_of(id);
    }
    let _ = schema::ob3(&doc, schema::Ob3Kind::Achievement);
    let _ = schema::ob3(&doc, schema::Ob3Kind::Endorsement);
    let _ = schema::ob2_assertion(&doc);
    let _ = schema::ob2_badge_class(&doc);
    let _ = schema::ob2_issuer(&doc);
});
