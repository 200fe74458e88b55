//! The one report every front end returns (CLI `--json`, the wasm `verify()`, the widget).
//!
//! A [`Report`] is data, never an exception: even a file that is not a badge at all yields a
//! report whose `container` or `payload` check failed. The verdict is derived from the checks
//! by [`Report::finish`], so it can never claim more than the checks say. The JSON shape is
//! documented in `docs/report.md`.

use crate::code::{Arg, Param, Params};
use crate::json::serialize_via_json;
use crate::json::{object, Value};
use crate::{Code, Error};

/// The overall answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Verdict {
    /// The proof passed, the key is bound to the issuer, nothing failed or was left undone.
    Valid,
    /// Some check failed: forged, tampered, revoked, expired, wrong recipient, malformed.
    Invalid,
    /// Nothing failed, but something needed for `valid` could not be established.
    Indeterminate,
    /// Usage or I/O problems only (for example a file that cannot be read).
    Error,
}

impl Verdict {
    /// The wire name: `valid`, `invalid`, `indeterminate` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Invalid => "invalid",
            Self::Indeterminate => "indeterminate",
            Self::Error => "error",
        }
    }
}

/// What one check concluded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Outcome {
    /// The check was made and succeeded.
    Pass,
    /// The check was made and failed: the badge is not valid.
    Fail,
    /// The check could not be completed; `valid` cannot be established.
    Warn,
    /// The check does not apply to this badge, or was not requested.
    Skip,
}

impl Outcome {
    /// The wire name: `pass`, `fail`, `warn` or `skip`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::Warn => "warn",
            Self::Skip => "skip",
        }
    }
}

/// The kinds of check, in the order they appear in a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum CheckId {
    /// Reading the file: PNG chunks, SVG elements, text encodings.
    Container,
    /// Decoding what the container carried: JSON, compact JWS/JWT, URL.
    Payload,
    /// The structure required by the Open Badges data model.
    Schema,
    /// The cryptographic proof (JWS signature, Data Integrity proof) or hosted fetch.
    Proof,
    /// That the signing key provably belongs to the issuer.
    IssuerKey,
    /// Issued / valid-from / expiry dates against the verification instant.
    ValidityPeriod,
    /// Revocation and suspension (status lists, revocation lists, HTTP 410).
    Revocation,
    /// That the badge was issued to the person the verifier asked about.
    Recipient,
    /// OB 2.0 hosted assertions: the assertion lives where the issuer's policy allows.
    HostedOrigin,
}

impl CheckId {
    /// The wire name, e.g. `issuer-key`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Container => "container",
            Self::Payload => "payload",
            Self::Schema => "schema",
            Self::Proof => "proof",
            Self::IssuerKey => "issuer-key",
            Self::ValidityPeriod => "validity-period",
            Self::Revocation => "revocation",
            Self::Recipient => "recipient",
            Self::HostedOrigin => "hosted-origin",
        }
    }

    /// Every check, in report order.
    pub const ALL: [Self; 9] = [
        Self::Container,
        Self::Payload,
        Self::Schema,
        Self::Proof,
        Self::IssuerKey,
        Self::ValidityPeriod,
        Self::Revocation,
        Self::Recipient,
        Self::HostedOrigin,
    ];
}

/// One check's result.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Check {
    /// Which check.
    pub id: CheckId,
    /// What it concluded.
    pub outcome: Outcome,
    /// Stable code (see `docs/report.md`).
    pub code: Code,
    /// The values its message is built from ([`Code::params`]); the front ends render the
    /// message in the reader's language.
    #[cfg_attr(feature = "serde", serde(default))]
    pub params: Params,
}

/// A deviation from the specifications that does not weaken anything the badge proves: shown
/// to people, never a reason for `invalid` or `indeterminate`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Note {
    /// Stable code (see `docs/report.md`).
    pub code: Code,
    /// Where in the credential, e.g. `credentialSubject[0].achievement.criteria`, when it is
    /// one place; for `hidden-characters`, the report field, e.g. `badge.name`.
    pub path: Option<String>,
    /// The values its message is built from ([`Code::params`]).
    #[cfg_attr(feature = "serde", serde(default))]
    pub params: Params,
}

/// The kind of container the input was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum ContainerKind {
    /// A baked PNG image.
    Png,
    /// A baked SVG image.
    Svg,
    /// A JSON assertion or credential.
    Json,
    /// A compact JWS carrying an OB 2.0 signed assertion.
    Jws,
    /// A compact JWS carrying an OB 3.0 VC-JWT.
    Jwt,
    /// An http(s) URL of a hosted assertion.
    Url,
    /// A VC 2.0 `EnvelopedVerifiableCredential` (or `EnvelopedVerifiablePresentation`): JSON
    /// whose `id` is a `data:application/vc+jwt,…` (`vp+jwt`) URL carrying the credential (the
    /// presentation) as a compact JWS.
    Enveloped,
    /// A Verifiable Presentation: its own proof (when signed) and the credentials it holds.
    Presentation,
    /// A CLR 2.0 `ClrCredential`: its own proof and the credentials it holds.
    Clr,
    /// An OB 3.0 API `GetOpenBadgeCredentialsResponse`: `credential` and `compactJwsString`
    /// lists, no proof of its own.
    #[cfg_attr(feature = "serde", serde(rename = "api-response"))]
    ApiResponse,
}

impl ContainerKind {
    /// The wire name: `png`, `svg`, `json`, `jws`, `jwt`, `url`, `enveloped`,
    /// `presentation`, `clr` or `api-response`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Json => "json",
            Self::Jws => "jws",
            Self::Jwt => "jwt",
            Self::Url => "url",
            Self::Enveloped => "enveloped",
            Self::Presentation => "presentation",
            Self::Clr => "clr",
            Self::ApiResponse => "api-response",
        }
    }

    /// Whether this is a file holding several credentials (a presentation, a CLR, an API
    /// response), whose report lists them in [`Report::credentials`].
    pub fn holds_several(self) -> bool {
        matches!(self, Self::Presentation | Self::Clr | Self::ApiResponse)
    }
}

/// Which Open Badges version the badge belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub enum Spec {
    /// Open Badges 0.5 (2012): `recipient` a string, `badge` and its `issuer` embedded, no
    /// `verify`.
    #[cfg_attr(feature = "serde", serde(rename = "ob0.5"))]
    Ob05,
    /// Open Badges 1.0 (2013): no JSON-LD context, `verify: {type, url}`, `badge` a URL.
    #[cfg_attr(feature = "serde", serde(rename = "ob1.0"))]
    Ob10,
    /// Open Badges 1.1 (2015): context `https://w3id.org/openbadges/v1`, `verify: {type, url}`.
    #[cfg_attr(feature = "serde", serde(rename = "ob1.1"))]
    Ob11,
    /// Open Badges 2.0.
    #[cfg_attr(feature = "serde", serde(rename = "ob2"))]
    Ob2,
    /// Open Badges 3.0 (a Verifiable Credential).
    #[cfg_attr(feature = "serde", serde(rename = "ob3"))]
    Ob3,
}

impl Spec {
    /// The wire name: `ob0.5`, `ob1.0`, `ob1.1`, `ob2` or `ob3`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ob05 => "ob0.5",
            Self::Ob10 => "ob1.0",
            Self::Ob11 => "ob1.1",
            Self::Ob2 => "ob2",
            Self::Ob3 => "ob3",
        }
    }

    /// Whether this is one of the versions before 2.0 (0.5, 1.0, 1.1), which are read by
    /// upgrading them to 2.0 as 1EdTech's validator does.
    pub fn is_legacy(self) -> bool {
        matches!(self, Self::Ob05 | Self::Ob10 | Self::Ob11)
    }

    /// The version number for people: `0.5`, `1.0`, `1.1`, `2.0` or `3.0`.
    pub fn version(self) -> &'static str {
        match self {
            Self::Ob05 => "0.5",
            Self::Ob10 => "1.0",
            Self::Ob11 => "1.1",
            Self::Ob2 => "2.0",
            Self::Ob3 => "3.0",
        }
    }
}

/// What the input was.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Format {
    /// The outer container, or `null` when the input could not be classified.
    pub container: Option<ContainerKind>,
    /// The Open Badges generation, when known.
    pub spec: Option<Spec>,
    /// The proof kind, e.g. `jws-rs256`, `vc-jwt-es256`, `eddsa-rdfc-2022`, `hosted`.
    pub proof: Option<String>,
}

/// The achievement / badge class, for display. [`Report::finish`] makes its text
/// display-safe ([`crate::display`]); `image` stays as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct BadgeInfo {
    /// Identifier of the achievement or BadgeClass.
    pub id: Option<String>,
    /// Name of the achievement.
    pub name: Option<String>,
    /// Description of the achievement.
    pub description: Option<String>,
    /// Image URL (https or data:) of the badge.
    pub image: Option<String>,
    /// Criteria URL or narrative.
    pub criteria: Option<String>,
}

/// The issuer, for display (made display-safe by [`Report::finish`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct IssuerInfo {
    /// Issuer identifier (URL or DID).
    pub id: Option<String>,
    /// Issuer name as the badge states it.
    pub name: Option<String>,
    /// Issuer home page.
    pub url: Option<String>,
    /// Host of the issuer id (or of its did:web), for display next to the name.
    pub host: Option<String>,
}

/// The recipient, for display (made display-safe by [`Report::finish`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct RecipientInfo {
    /// Recipient identifier in clear (a DID, URL, or a plaintext email), if the badge has one.
    pub id: Option<String>,
    /// Recipient name, if the badge states one.
    pub name: Option<String>,
    /// Identity type, e.g. `email` or `emailAddress`.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: Option<String>,
    /// Whether the identity is only present as a salted hash.
    pub hashed: bool,
    /// Whether the identifier given by the verifier matched (`null` when none was given).
    pub matched: Option<bool>,
}

/// The full verification report.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Report {
    /// The overall answer, derived from `checks`.
    pub verdict: Verdict,
    /// What to tell a person in one sentence, as a code and params (front ends render it).
    pub summary: Summary,
    /// What the input was.
    pub format: Format,
    /// Every check, in a fixed order.
    pub checks: Vec<Check>,
    /// The achievement, when known.
    pub badge: Option<BadgeInfo>,
    /// The issuer, when known.
    pub issuer: Option<IssuerInfo>,
    /// The recipient, when known.
    pub recipient: Option<RecipientInfo>,
    /// Issue date (RFC 3339, UTC), when known.
    pub issued: Option<String>,
    /// Expiry date (RFC 3339, UTC), when known.
    pub expires: Option<String>,
    /// The decoded assertion or credential, when one was decoded: the original text of the
    /// display fields.
    pub credential: Option<Value>,
    /// Every endorsement found in the credential (`endorsement`, `endorsementJwt`), each
    /// verified on its own. Endorsements never change the main verdict.
    pub endorsements: Vec<Endorsement>,
    /// Deviations from the specifications that do not weaken what the badge proves. Notes
    /// never change the verdict.
    pub notes: Vec<Note>,
    /// For a file holding several credentials ([`ContainerKind::holds_several`]): each one,
    /// where it was found and its own full report. Empty for a single credential.
    pub credentials: Vec<Member>,
}

/// One credential held by a presentation, a CLR or an API response.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Member {
    /// Where it was found, e.g. `verifiableCredential[1]`,
    /// `credentialSubject.verifiableCredential[0]`, `compactJwsString[1]`.
    pub path: String,
    /// Its own report, as if it had been verified alone.
    pub report: Report,
}

/// The one sentence a report is summed up in, as a code and its params: for a badge that is
/// not `valid`, the code of the check that decides it ([`Report::finish`]); for a valid one,
/// `summary-valid` or `summary-valid-undated` with what a person wants to know.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Summary {
    /// Which sentence.
    pub code: Code,
    /// Its values.
    #[cfg_attr(feature = "serde", serde(default))]
    pub params: Params,
}

impl Summary {
    /// `{code, params}`.
    pub fn to_json(&self) -> Value {
        object([
            ("code", name(self.code.as_str())),
            ("params", self.params.to_json()),
        ])
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.code, self.params.to_json())
    }
}

impl Default for Summary {
    fn default() -> Self {
        Self {
            code: Code::SummaryUnestablished,
            params: Params::new(),
        }
    }
}

/// The verification of one endorsement embedded in a credential.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Endorsement {
    /// Where it was found, e.g. `credentialSubject.achievement.endorsement[0]`.
    pub path: String,
    /// The endorsement's own verdict.
    pub verdict: Verdict,
    /// One sentence about it, as a code and params.
    pub summary: Summary,
    /// Who endorsed.
    pub issuer: Option<IssuerInfo>,
    /// Its checks.
    pub checks: Vec<Check>,
}

/// A JSON string.
fn name(s: &str) -> Value {
    Value::from(s)
}

/// `null` or the JSON form of `x`.
fn nullable<T>(x: Option<T>, json: impl FnOnce(T) -> Value) -> Value {
    x.map_or(Value::Null, json)
}

/// `null` or the string.
fn text(x: &Option<String>) -> Value {
    nullable(x.as_deref(), Value::from)
}

fn checks_json(checks: &[Check]) -> Value {
    Value::Array(checks.iter().map(Check::to_json).collect())
}

impl Check {
    /// `{id, outcome, code, params}`.
    pub fn to_json(&self) -> Value {
        object([
            ("id", name(self.id.as_str())),
            ("outcome", name(self.outcome.as_str())),
            ("code", name(self.code.as_str())),
            ("params", self.params.to_json()),
        ])
    }
}

impl Note {
    /// `{code, path, params}`, `path` possibly `null`.
    pub fn to_json(&self) -> Value {
        object([
            ("code", name(self.code.as_str())),
            ("path", text(&self.path)),
            ("params", self.params.to_json()),
        ])
    }
}

impl Format {
    /// `{container, spec, proof}`, each possibly `null`.
    pub fn to_json(&self) -> Value {
        object([
            ("container", nullable(self.container, |c| name(c.as_str()))),
            ("spec", nullable(self.spec, |s| name(s.as_str()))),
            ("proof", text(&self.proof)),
        ])
    }
}

impl BadgeInfo {
    /// `{id, name, description, image, criteria}`, each possibly `null`.
    pub fn to_json(&self) -> Value {
        object([
            ("id", text(&self.id)),
            ("name", text(&self.name)),
            ("description", text(&self.description)),
            ("image", text(&self.image)),
            ("criteria", text(&self.criteria)),
        ])
    }
}

impl BadgeInfo {
    /// The fields shown as text, by name (all but `image`, a URL for an image source).
    fn text_fields(&mut self) -> [(&'static str, &mut Option<String>); 4] {
        [
            ("id", &mut self.id),
            ("name", &mut self.name),
            ("description", &mut self.description),
            ("criteria", &mut self.criteria),
        ]
    }
}

impl IssuerInfo {
    /// The fields shown as text, by name.
    fn text_fields(&mut self) -> [(&'static str, &mut Option<String>); 4] {
        [
            ("id", &mut self.id),
            ("name", &mut self.name),
            ("url", &mut self.url),
            ("host", &mut self.host),
        ]
    }
}

impl RecipientInfo {
    /// The fields shown as text, by name.
    fn text_fields(&mut self) -> [(&'static str, &mut Option<String>); 3] {
        [
            ("id", &mut self.id),
            ("name", &mut self.name),
            ("type", &mut self.kind),
        ]
    }
}

impl IssuerInfo {
    /// `{id, name, url, host}`, each possibly `null`.
    pub fn to_json(&self) -> Value {
        object([
            ("id", text(&self.id)),
            ("name", text(&self.name)),
            ("url", text(&self.url)),
            ("host", text(&self.host)),
        ])
    }
}

impl RecipientInfo {
    /// `{id, name, type, hashed, matched}`.
    pub fn to_json(&self) -> Value {
        object([
            ("id", text(&self.id)),
            ("name", text(&self.name)),
            ("type", text(&self.kind)),
            ("hashed", Value::Bool(self.hashed)),
            ("matched", nullable(self.matched, Value::Bool)),
        ])
    }
}

impl Endorsement {
    /// `{path, verdict, summary, issuer, checks}`.
    pub fn to_json(&self) -> Value {
        object([
            ("path", name(&self.path)),
            ("verdict", name(self.verdict.as_str())),
            ("summary", self.summary.to_json()),
            (
                "issuer",
                nullable(self.issuer.as_ref(), IssuerInfo::to_json),
            ),
            ("checks", checks_json(&self.checks)),
        ])
    }
}

impl Member {
    /// `{path, report}`.
    pub fn to_json(&self) -> Value {
        object([
            ("path", name(&self.path)),
            ("report", self.report.to_json()),
        ])
    }
}

impl Report {
    /// The report as JSON, the shape `docs/report.md` documents: what the CLI's `--json` and
    /// the wasm `verify()` return. (Written out rather than derived, so that the
    /// WebAssembly module needs no serde serializer; `Serialize` goes through it too.)
    pub fn to_json(&self) -> Value {
        object([
            ("verdict", name(self.verdict.as_str())),
            ("summary", self.summary.to_json()),
            ("format", self.format.to_json()),
            ("checks", checks_json(&self.checks)),
            ("badge", nullable(self.badge.as_ref(), BadgeInfo::to_json)),
            (
                "issuer",
                nullable(self.issuer.as_ref(), IssuerInfo::to_json),
            ),
            (
                "recipient",
                nullable(self.recipient.as_ref(), RecipientInfo::to_json),
            ),
            ("issued", text(&self.issued)),
            ("expires", text(&self.expires)),
            ("credential", self.credential.clone().unwrap_or_default()),
            (
                "endorsements",
                Value::Array(self.endorsements.iter().map(Endorsement::to_json).collect()),
            ),
            (
                "notes",
                Value::Array(self.notes.iter().map(Note::to_json).collect()),
            ),
            (
                "credentials",
                Value::Array(self.credentials.iter().map(Member::to_json).collect()),
            ),
        ])
    }
}

serialize_via_json! {
    Report => Report::to_json,
    Check => Check::to_json,
    Note => Note::to_json,
    Format => Format::to_json,
    BadgeInfo => BadgeInfo::to_json,
    IssuerInfo => IssuerInfo::to_json,
    RecipientInfo => RecipientInfo::to_json,
    Endorsement => Endorsement::to_json,
    Member => Member::to_json,
    Verdict => |v| name(v.as_str()),
    Outcome => |o| name(o.as_str()),
    CheckId => |c| name(c.as_str()),
    ContainerKind => |c| name(c.as_str()),
    Spec => |s| name(s.as_str()),
}

impl Report {
    /// An empty report about to be filled by verification.
    pub fn new() -> Self {
        Self {
            verdict: Verdict::Indeterminate,
            summary: Summary::default(),
            format: Format {
                container: None,
                spec: None,
                proof: None,
            },
            checks: Vec::new(),
            badge: None,
            issuer: None,
            recipient: None,
            issued: None,
            expires: None,
            credential: None,
            endorsements: Vec::new(),
            notes: Vec::new(),
            credentials: Vec::new(),
        }
    }

    /// A report for a usage or I/O problem (verdict `error`), e.g. an unreadable file. The
    /// params (which may name a file) are made display-safe like every report's text.
    pub fn error(code: Code, mut params: Params) -> Self {
        for text in params.texts_mut() {
            make_safe(text, false);
        }
        let mut r = Self::new();
        r.verdict = Verdict::Error;
        r.summary = Summary {
            code,
            params: params.clone(),
        };
        r.add(CheckId::Container, Outcome::Fail, code, params);
        r
    }

    /// Appends a check with its params.
    pub fn add(&mut self, id: CheckId, outcome: Outcome, code: Code, params: Params) {
        debug_assert!(
            params.fit(code),
            "{code} takes {:?}, not {params:?}",
            code.params()
        );
        self.checks.push(Check {
            id,
            outcome,
            code,
            params,
        });
    }

    /// Appends a check for an error: its code and params.
    pub fn push_error(&mut self, id: CheckId, outcome: Outcome, e: &Error) {
        self.add(id, outcome, e.code, e.params.clone());
    }

    /// Appends a note with its params, once: the same note (code, path and params) is
    /// recorded only the first time (a document may be read more than once, e.g. a fetched
    /// copy of an embedded one); two different deviations at one path are both kept.
    pub fn add_note(&mut self, code: Code, path: Option<&str>, params: Params) {
        debug_assert!(
            params.fit(code),
            "{code} takes {:?}, not {params:?}",
            code.params()
        );
        self.push_note(Note {
            code,
            path: path.map(str::to_owned),
            params,
        });
    }

    fn push_note(&mut self, note: Note) {
        if !self
            .notes
            .iter()
            .any(|n| n.code == note.code && n.path == note.path && n.params == note.params)
        {
            self.notes.push(note);
        }
    }

    /// The first check with this id, if any.
    pub fn check(&self, id: CheckId) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// Adds the verification of an endorsement found at `path` from its own finished
    /// report: its text is display-safe already (its `finish`), and the notes about the
    /// display fields it keeps (the issuer's) are kept too, at `endorsements[i].issuer.…`.
    pub(crate) fn push_endorsement(&mut self, mut path: String, r: Self) {
        let at = format!("endorsements[{}].", self.endorsements.len());
        for n in r
            .notes
            .into_iter()
            .filter(|n| n.code == Code::HiddenCharacters)
        {
            if let Some(field) = n.path.as_deref().filter(|p| p.starts_with("issuer.")) {
                let path = Some(format!("{at}{field}"));
                self.push_note(Note { path, ..n });
            }
        }
        make_safe(&mut path, false);
        self.endorsements.push(Endorsement {
            path,
            verdict: r.verdict,
            summary: r.summary,
            issuer: r.issuer,
            checks: r.checks,
        });
    }

    /// Adds the finished report of a credential found at `path` in this presentation, CLR or
    /// API response (its text is display-safe already: its own `finish`).
    pub(crate) fn push_member(&mut self, mut path: String, report: Self) {
        make_safe(&mut path, false);
        self.credentials.push(Member { path, report });
    }

    /// Makes the strings of this report a person may be shown display-safe
    /// ([`crate::display`]): the display fields of `badge`, `issuer` and `recipient` (each one
    /// changed gets a `hidden-characters` note at its path, e.g. `badge.name`), and the
    /// params and note paths, which may quote the credential. `credential` keeps the
    /// original text; `badge.image` is a URL for an image source, never shown as text.
    /// Endorsements are made display-safe by their own reports ([`Self::push_endorsement`]).
    fn make_display_safe(&mut self) {
        let mut changed = Vec::new();
        if let Some(b) = &mut self.badge {
            safe_fields("badge.", &mut b.text_fields(), &mut changed);
        }
        if let Some(i) = &mut self.issuer {
            safe_fields("issuer.", &mut i.text_fields(), &mut changed);
        }
        if let Some(r) = &mut self.recipient {
            safe_fields("recipient.", &mut r.text_fields(), &mut changed);
        }
        for path in changed {
            self.add_note(Code::HiddenCharacters, Some(&path), Params::new());
        }
        for c in &mut self.checks {
            c.params.texts_mut().for_each(|t| {
                make_safe(t, false);
            });
        }
        for n in &mut self.notes {
            n.params.texts_mut().for_each(|t| {
                make_safe(t, false);
            });
            if let Some(p) = &mut n.path {
                make_safe(p, false);
            }
        }
    }

    /// Sorts the checks, derives the verdict from them and writes the summary (from
    /// display-safe text: the report's strings are made display-safe first).
    ///
    /// `valid` needs: no `fail`, no `warn`, `proof` passed, and either `issuer-key` or
    /// (for hosted OB 2.0) `hosted-origin` passed.
    pub fn finish(&mut self) {
        self.make_display_safe();
        crate::sort::sort_by(&mut self.checks, |a, b| a.id.cmp(&b.id));
        let passed = |id| self.check(id).is_some_and(|c| c.outcome == Outcome::Pass);
        let first = |o: Outcome| {
            self.checks
                .iter()
                .filter(|c| c.outcome == o)
                .min_by_key(|c| rank(c.id))
        };
        let headline = |c: &Check| Summary {
            code: c.code,
            params: c.params.clone(),
        };
        let several = self
            .format
            .container
            .is_some_and(ContainerKind::holds_several);
        let (verdict, summary) = if let Some(c) = first(Outcome::Fail) {
            (Verdict::Invalid, headline(c))
        } else if several {
            self.container_verdict(first(Outcome::Warn).map(headline))
        } else if let Some(c) = first(Outcome::Warn) {
            (Verdict::Indeterminate, headline(c))
        } else if passed(CheckId::Proof)
            && (passed(CheckId::IssuerKey) || passed(CheckId::HostedOrigin))
        {
            (Verdict::Valid, self.valid_summary())
        } else {
            (Verdict::Indeterminate, Summary::default())
        };
        self.verdict = verdict;
        self.summary = summary;
    }

    /// The verdict of a presentation, CLR or API response whose own checks did not fail,
    /// from its credentials' verdicts: `invalid` when one is invalid, `indeterminate` when one
    /// is not established (or the container's own check that `warned` is not), `valid` when
    /// all are valid and there is at least one; the summary (`summary-container`) counts
    /// them. A CLR is a credential itself: it is valid only with its own proof passed and its
    /// key bound to its issuer. A warning of its own headlines the summary when every
    /// credential is valid; an empty container is summed up by its `container-empty` check.
    fn container_verdict(&self, warned: Option<Summary>) -> (Verdict, Summary) {
        let count = |v: Verdict| {
            self.credentials
                .iter()
                .filter(|m| m.report.verdict == v)
                .count()
        };
        let (total, valid, invalid) = (
            self.credentials.len(),
            count(Verdict::Valid),
            count(Verdict::Invalid),
        );
        let passed = |id| self.check(id).is_some_and(|c| c.outcome == Outcome::Pass);
        let own_established = match self.format.container {
            Some(ContainerKind::Clr) => passed(CheckId::Proof) && passed(CheckId::IssuerKey),
            _ => true,
        };
        let counts = Summary {
            code: Code::SummaryContainer,
            params: Params::new()
                .with(
                    Param::Container,
                    self.format.container.map_or("", ContainerKind::as_str),
                )
                .with(Param::Total, total)
                .with(Param::Valid, valid)
                .with(Param::Invalid, invalid)
                .with(Param::Unestablished, total - valid - invalid),
        };
        if invalid > 0 {
            return (Verdict::Invalid, counts);
        }
        if let Some(w) = warned.filter(|_| valid == total) {
            return (Verdict::Indeterminate, w);
        }
        if total == 0 || valid < total || !own_established {
            let summary = if total == 0 || !own_established && valid == total {
                Summary::default()
            } else {
                counts
            };
            return (Verdict::Indeterminate, summary);
        }
        (Verdict::Valid, counts)
    }

    /// What a valid badge is: its name, who issued it and when, and whether it went to the
    /// person asked about (`matched`: `yes` or `no`, `no` also when nobody was asked about).
    fn valid_summary(&self) -> Summary {
        let name = self.badge.as_ref().and_then(|b| b.name.as_deref());
        let issuer = self
            .issuer
            .as_ref()
            .and_then(|i| i.name.as_deref().or(i.host.as_deref()).or(i.id.as_deref()))
            .unwrap_or_default();
        let matched = self.recipient.as_ref().and_then(|r| r.matched) == Some(true);
        let matched = if matched { "yes" } else { "no" };
        let (code, params) = match (name, &self.issued) {
            (Some(n), Some(d)) => (
                Code::SummaryValid,
                Params::new()
                    .with(Param::Badge, n)
                    .with(Param::Issuer, issuer)
                    .with(Param::Date, d.as_str()),
            ),
            (Some(n), None) => (
                Code::SummaryValidUndated,
                Params::new()
                    .with(Param::Badge, n)
                    .with(Param::Issuer, issuer),
            ),
            (None, _) => (
                Code::SummaryValidUnnamed,
                Params::new().with(Param::Issuer, issuer),
            ),
        };
        Summary {
            code,
            params: params.with(Param::Matched, matched),
        }
    }
}

impl Default for Report {
    fn default() -> Self {
        Self::new()
    }
}

/// Makes each of the named display `fields` display-safe (TAB, LF and CR stay in the
/// multi-line `description` and `criteria`), adding the path (`prefix` and name) of each one
/// changed to `changed`.
fn safe_fields(
    prefix: &str,
    fields: &mut [(&str, &mut Option<String>)],
    changed: &mut Vec<String>,
) {
    for (name, value) in fields {
        let lines = matches!(*name, "description" | "criteria");
        if value.as_mut().is_some_and(|v| make_safe(v, lines)) {
            changed.push(format!("{prefix}{name}"));
        }
    }
}

/// Replaces `text` by its display-safe form ([`crate::display::neutralize`]); whether it
/// changed.
fn make_safe(text: &mut String, keep_line_breaks: bool) -> bool {
    match crate::display::neutralize(text, keep_line_breaks) {
        Some(safe) => {
            *text = safe;
            true
        }
        None => false,
    }
}

/// Which failing or incomplete check headlines the summary: the most fundamental first.
fn rank(id: CheckId) -> u8 {
    match id {
        CheckId::Container => 0,
        CheckId::Payload => 1,
        CheckId::Proof => 2,
        CheckId::IssuerKey => 3,
        CheckId::HostedOrigin => 4,
        CheckId::Revocation => 5,
        CheckId::ValidityPeriod => 6,
        CheckId::Recipient => 7,
        CheckId::Schema => 8,
    }
}

impl Params {
    /// The `params` object: one member per parameter, a string or a number.
    pub fn to_json(&self) -> Value {
        Value::Object(
            self.iter()
                .map(|(p, v)| {
                    let value = match v {
                        Arg::Number(n) => Value::from(*n),
                        Arg::Text(t) => Value::from(t.as_str()),
                    };
                    (p.as_str().to_owned(), value)
                })
                .collect(),
        )
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Params {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let Value::Object(members) = Value::deserialize(d)? else {
            return Err(D::Error::custom("`params` is not an object"));
        };
        let arg = |v: &Value| match v {
            Value::String(s) => Some(Arg::Text(s.clone())),
            other => other.as_u64().map(Arg::Number),
        };
        members
            .iter()
            .map(|(k, v)| match (Param::from_wire(k), arg(v)) {
                (Some(p), Some(a)) => Ok((p, a)),
                _ => Err(D::Error::custom(format!("unknown parameter `{k}`: {v}"))),
            })
            .collect::<Result<_, _>>()
            .map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report of these checks, each with a code of its own check.
    fn with(checks: &[(CheckId, Outcome)]) -> Report {
        let mut r = Report::new();
        for (id, outcome) in checks {
            let code = match id {
                CheckId::Proof => Code::SignatureInvalid,
                CheckId::IssuerKey => Code::KeyNotBound,
                CheckId::Schema => Code::SchemaInvalid,
                _ => Code::NotApplicable,
            };
            r.checks.push(Check {
                id: *id,
                outcome: *outcome,
                code,
                params: Params::new(),
            });
        }
        r.finish();
        r
    }

    #[test]
    fn verdict_follows_checks() {
        use CheckId::*;
        use Outcome::*;
        assert_eq!(
            with(&[(Proof, Pass), (IssuerKey, Pass), (Recipient, Skip)]).verdict,
            Verdict::Valid
        );
        assert_eq!(
            with(&[(Proof, Pass), (IssuerKey, Warn)]).verdict,
            Verdict::Indeterminate
        );
        assert_eq!(
            with(&[(Proof, Pass), (IssuerKey, Pass), (Schema, Fail)]).verdict,
            Verdict::Invalid
        );
        assert_eq!(
            with(&[(Proof, Pass), (HostedOrigin, Pass)]).verdict,
            Verdict::Valid
        );
        assert_eq!(with(&[(Proof, Pass)]).verdict, Verdict::Indeterminate);
        assert_eq!(with(&[]).verdict, Verdict::Indeterminate);
        let r = with(&[(Schema, Fail), (Proof, Fail), (IssuerKey, Pass)]);
        assert_eq!(
            r.summary.code,
            Code::SignatureInvalid,
            "the proof headlines a failure before the structure"
        );
        assert_eq!(with(&[]).summary, Summary::default());
        assert_eq!(r.checks[0].id, Schema, "checks are sorted by id");
    }

    /// A file holding credentials: its own failure decides; else its credentials do, with
    /// the counts as the summary; a warning of its own headlines only when they are all valid;
    /// a CLR needs its own proof and bound key to be valid.
    #[test]
    fn a_container_verdict_combines_its_own_checks_and_its_credentials() {
        use CheckId::*;
        use Outcome::*;
        let held = |kind, own: &[(CheckId, Outcome)], verdicts: &[Verdict]| {
            let mut r = with(own);
            r.format.container = Some(kind);
            for (i, v) in verdicts.iter().enumerate() {
                let mut m = Report::new();
                m.verdict = *v;
                r.credentials.push(Member {
                    path: format!("verifiableCredential[{i}]"),
                    report: m,
                });
            }
            r.finish();
            r
        };
        let vp = ContainerKind::Presentation;
        let all_valid = held(vp, &[(Proof, Skip)], &[Verdict::Valid, Verdict::Valid]);
        assert_eq!(all_valid.verdict, Verdict::Valid);
        assert_eq!(all_valid.summary.code, Code::SummaryContainer);
        assert_eq!(
            all_valid.summary.params.get(Param::Total),
            Some(&Arg::Number(2))
        );
        let mixed = [Verdict::Valid, Verdict::Indeterminate, Verdict::Invalid];
        let r = held(vp, &[(Proof, Pass)], &mixed);
        assert_eq!(r.verdict, Verdict::Invalid);
        assert_eq!(
            r.summary.params.get(Param::Unestablished),
            Some(&Arg::Number(1))
        );
        let r = held(
            vp,
            &[(Proof, Pass)],
            &[Verdict::Valid, Verdict::Indeterminate],
        );
        assert_eq!(r.verdict, Verdict::Indeterminate);
        assert_eq!(r.summary.code, Code::SummaryContainer);
        let r = held(vp, &[(Proof, Fail)], &[Verdict::Valid]);
        assert_eq!(
            (r.verdict, r.summary.code),
            (Verdict::Invalid, Code::SignatureInvalid)
        );
        let r = held(vp, &[(IssuerKey, Warn)], &[Verdict::Valid]);
        assert_eq!(
            (r.verdict, r.summary.code),
            (Verdict::Indeterminate, Code::KeyNotBound)
        );
        let clr = ContainerKind::Clr;
        let r = held(clr, &[(Proof, Pass), (IssuerKey, Pass)], &[Verdict::Valid]);
        assert_eq!(r.verdict, Verdict::Valid);
        let r = held(clr, &[(Proof, Pass)], &[Verdict::Valid]);
        assert_eq!(
            (r.verdict, r.summary.code),
            (Verdict::Indeterminate, Code::SummaryUnestablished)
        );
        // A single credential's report ignores `credentials` (there are none).
        let mut one = with(&[(Proof, Pass), (IssuerKey, Pass)]);
        one.format.container = Some(ContainerKind::Enveloped);
        one.finish();
        assert_eq!(one.verdict, Verdict::Valid);
    }

    #[test]
    fn serializes_the_documented_shape() {
        let mut r = with(&[(CheckId::IssuerKey, Outcome::Warn)]);
        r.format.container = Some(ContainerKind::Png);
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["verdict"], "indeterminate");
        assert_eq!(v["format"]["container"], "png");
        assert_eq!(v["checks"][0]["id"], "issuer-key");
        assert_eq!(v["checks"][0]["outcome"], "warn");
        assert!(v["credential"].is_null());
        let back: Report = serde_json::from_value(v).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn display_fields_are_made_safe_with_a_note_each() {
        let mut r = with(&[]);
        r.badge = Some(BadgeInfo {
            name: Some("\u{202E}evil".into()),
            description: Some("line one\nline two\u{200B}".into()),
            image: Some("data:image/svg+xml,<svg>\n</svg>".into()),
            ..BadgeInfo::default()
        });
        r.issuer = Some(IssuerInfo {
            name: Some("Acme \u{1B}[32mCorp".into()),
            ..IssuerInfo::default()
        });
        r.add(
            CheckId::Proof,
            Outcome::Pass,
            Code::SignatureValid,
            Params::new().with(Param::Suite, "eddsa-rdfc-2022"),
        );
        r.add(
            CheckId::IssuerKey,
            Outcome::Pass,
            Code::KeyBound,
            Params::new()
                .with(Param::Reason, "issuer-did")
                .with(Param::Key, "did:key:z6Mk"),
        );
        let mut nested = Report::new();
        nested.issuer = Some(IssuerInfo {
            name: Some("Endorser\u{2066}".into()),
            ..IssuerInfo::default()
        });
        nested.badge = Some(BadgeInfo {
            name: Some("not kept\u{2066}".into()),
            ..BadgeInfo::default()
        });
        nested.add(
            CheckId::Revocation,
            Outcome::Fail,
            Code::Revoked,
            Params::new()
                .with(Param::Source, "status-list")
                .with(Param::Url, "https://example.org/list")
                .with(Param::RevocationReason, "reason: \u{202E}x"),
        );
        nested.finish();
        r.push_endorsement("endorsement[0]".into(), nested);
        r.finish();
        let badge = r.badge.as_ref().unwrap();
        assert_eq!(badge.name.as_deref(), Some("⟨U+202E⟩evil"));
        assert_eq!(
            badge.description.as_deref(),
            Some("line one\nline two⟨U+200B⟩"),
            "line breaks stay in a description"
        );
        assert!(
            badge.image.as_deref().unwrap().contains('\n'),
            "image untouched"
        );
        assert_eq!(
            r.issuer.as_ref().unwrap().name.as_deref(),
            Some("Acme ⟨U+001B⟩[32mCorp")
        );
        let e = &r.endorsements[0];
        assert_eq!(
            e.issuer.as_ref().unwrap().name.as_deref(),
            Some("Endorser⟨U+2066⟩")
        );
        assert_eq!(
            e.checks[0].params.get(Param::RevocationReason),
            Some(&Arg::from("reason: ⟨U+202E⟩x"))
        );
        let paths: Vec<_> = r
            .notes
            .iter()
            .map(|n| (n.code, n.path.as_deref()))
            .collect();
        assert_eq!(
            paths,
            [
                (Code::HiddenCharacters, Some("endorsements[0].issuer.name")),
                (Code::HiddenCharacters, Some("badge.name")),
                (Code::HiddenCharacters, Some("badge.description")),
                (Code::HiddenCharacters, Some("issuer.name")),
            ]
        );
        assert_eq!(r.verdict, Verdict::Valid, "notes never change the verdict");
        assert_eq!(r.summary.code, Code::SummaryValidUndated);
        assert_eq!(
            r.summary.params.get(Param::Badge),
            Some(&Arg::from("⟨U+202E⟩evil"))
        );
        assert_eq!(
            r.summary.params.get(Param::Issuer),
            Some(&Arg::from("Acme ⟨U+001B⟩[32mCorp")),
            "the summary's params are display-safe"
        );
        let again = r.clone();
        r.finish();
        assert_eq!(r, again, "finishing twice changes nothing");
    }

    /// The hand-written wire names (`as_str`, what the wasm module writes) and the derived
    /// `Deserialize` agree on every variant.
    #[test]
    fn wire_names_read_back() {
        fn round<
            T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        >(
            all: &[T],
        ) {
            for v in all {
                let text = serde_json::to_string(v).unwrap();
                assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), v, "{text}");
            }
        }
        round(&[
            Verdict::Valid,
            Verdict::Invalid,
            Verdict::Indeterminate,
            Verdict::Error,
        ]);
        round(&[Outcome::Pass, Outcome::Fail, Outcome::Warn, Outcome::Skip]);
        round(&CheckId::ALL);
        round(&[
            ContainerKind::Png,
            ContainerKind::Svg,
            ContainerKind::Json,
            ContainerKind::Jws,
            ContainerKind::Jwt,
            ContainerKind::Url,
            ContainerKind::Enveloped,
            ContainerKind::Presentation,
            ContainerKind::Clr,
            ContainerKind::ApiResponse,
        ]);
        round(&[Spec::Ob05, Spec::Ob10, Spec::Ob11, Spec::Ob2, Spec::Ob3]);
    }
}
