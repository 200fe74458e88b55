//! The `badgeverify` command-line tool: verify, extract and bake Open Badges.
//!
//! This is the only part of badgeverify that reads the system clock and does I/O; the core
//! crate is a pure function of its input, the options and the documents fetched so far.

mod batch;
mod cache;
mod driver;
mod http;
mod input;
mod link;
mod messages;
mod proxy;
mod render;
mod serve;

use badgeverify::code::{Param, Params};
use badgeverify::container::{self, Payload};
use badgeverify::Code;
use badgeverify::{Limits, Options, Report, Timestamp, Verdict};
use clap::{Args, Parser, Subcommand};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status when the badge is valid.
const EXIT_VALID: u8 = 0;
/// Exit status when some check failed.
const EXIT_INVALID: u8 = 1;
/// Exit status for usage and I/O problems.
const EXIT_ERROR: u8 = 2;
/// Exit status when nothing failed but the badge could not be fully checked.
const EXIT_INDETERMINATE: u8 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "badgeverify",
    version,
    about = "Verify Open Badges 2.0 / 3.0: baked PNG or SVG images, JSON, JWS / VC-JWT, URLs.",
    after_help = "Examples:
  badgeverify verify badge.png
  badgeverify verify --json --recipient alice@example.org badge.svg
  badgeverify extract badge.png
  badgeverify bake plain.png assertion.json -o baked.png
  badgeverify serve                      # the verifier page on http://127.0.0.1:8417/
  badgeverify link badge.png             # a link that verifies the badge in the page

Run `badgeverify help <COMMAND>` for the options and examples of each command."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Verify badges and report valid / invalid / indeterminate.
    #[command(after_help = "Inputs:
  FILE        a baked .png or .svg, or a .json / .jwt / .jws / .txt assertion or credential
  DIRECTORY   every .png .svg .json .jwt .jws .txt file below it, sorted by path
  -           standard input
  URL         an http(s) URL of a hosted assertion

Exit status:
  0 valid, 1 invalid, 2 error (e.g. unreadable file, bad option), 3 indeterminate.
  With several inputs: 2 if any error, else 1 if any invalid, else 3 if any
  indeterminate, else 0.

Examples:
  badgeverify verify badge.png
  badgeverify verify --recipient alice@example.org badge.svg
  badgeverify verify --json --now 2026-01-01T00:00:00Z credential.json
  badgeverify verify --offline badges/
  badgeverify verify --cache ~/.cache/badgeverify badges/
  cat credential.jwt | badgeverify verify -")]
    Verify(VerifyArgs),
    /// Print the payload baked into a badge image (or carried by a text input).
    #[command(after_help = "Examples:
  badgeverify extract badge.png
  badgeverify extract --json badge.svg
  badgeverify extract - < badge.png > assertion.json")]
    Extract(ExtractArgs),
    /// Bake a payload (JSON, compact JWS / JWT, or URL) into a PNG or SVG image.
    #[command(after_help = "Examples:
  badgeverify bake plain.png assertion.json -o baked.png
  badgeverify bake plain.svg credential.jwt -o baked.svg")]
    Bake(BakeArgs),
    /// Serve the verifier page on 127.0.0.1, with a documents proxy for issuers that do not
    /// allow cross-site requests.
    #[command(
        after_help = "The page, the <open-badge> element and the WebAssembly package are built
into the binary (the package only if scripts/build-pkg.sh ran before the build).
The page fetches a badge's documents through /proxy?url=..., which fetches only
GET http(s) URLs on public addresses (checked after DNS resolution and on every
redirect), within the fetch limits, and only badge document types.

Examples:
  badgeverify serve
  badgeverify serve --port 9000"
    )]
    Serve(ServeArgs),
    /// Print a verification link for a badge: the verifier page with the badge in the
    /// URL fragment, which browsers never send to a server.
    #[command(
        after_help = "A hosted assertion is linked as #u=<its URL>; anything else (JSON, a JWT,
the payload of a baked image) as #c=<raw deflate, base64url>.

Examples:
  badgeverify link badge.png
  badgeverify link --base https://badges.example.org/verify/ credential.json"
    )]
    Link(LinkArgs),
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Port on 127.0.0.1 (0: any free port; the URL is printed).
    #[arg(long, default_value_t = serve::DEFAULT_PORT)]
    port: u16,
    /// TESTS ONLY: let the documents proxy fetch loopback addresses (127.0.0.0/8, ::1).
    #[arg(long)]
    allow_loopback_proxy: bool,
    /// The proxy fetches URLs starting with FROM from TO instead. For tests and mirrors.
    /// Repeatable.
    #[arg(long, value_name = "FROM=TO", value_parser = http::OriginMap::parse)]
    map_origin: Vec<http::OriginMap>,
    /// Override a resource limit of the proxy (fetch_timeout_ms, max_response_bytes,
    /// max_redirects). Repeatable.
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_limit)]
    limit: Vec<(String, u64)>,
}

#[derive(Debug, Args)]
struct LinkArgs {
    /// A badge image, JSON, JWT or URL file, or `-` for stdin.
    #[arg(value_name = "FILE")]
    file: String,
    /// The verifier page the link opens (default: the page of `badgeverify serve`).
    #[arg(long, value_name = "URL")]
    base: Option<String>,
}

#[derive(Debug, Args)]
struct VerifyArgs {
    /// Files, directories, `-` for stdin, or http(s) URLs.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<String>,
    /// Print the JSON report (an array of {input, report} for several inputs).
    #[arg(long)]
    json: bool,
    /// Verify as of this instant (RFC 3339) instead of the system clock.
    #[arg(long, value_name = "RFC3339", value_parser = parse_now)]
    now: Option<Timestamp>,
    /// Check that the badge was issued to this email, URL, phone number or DID.
    #[arg(long, value_name = "ID")]
    recipient: Option<String>,
    /// Fetch nothing: every document the badge refers to counts as unreachable.
    #[arg(long, conflicts_with_all = ["cache", "map_origin"])]
    offline: bool,
    /// Keep fetched documents in DIR between runs (honours Cache-Control; default 1 hour).
    #[arg(long, value_name = "DIR")]
    cache: Option<PathBuf>,
    /// Fetch URLs starting with FROM from TO instead; the badge is still judged on the
    /// original URLs. For tests and mirrors. Repeatable.
    #[arg(long, value_name = "FROM=TO", value_parser = http::OriginMap::parse)]
    map_origin: Vec<http::OriginMap>,
    /// Override a resource limit (a field of `Limits`), e.g. fetch_timeout_ms=2000. Repeatable.
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_limit)]
    limit: Vec<(String, u64)>,
    /// The language of the messages: en, fr, de or es (default: from LC_ALL, LC_MESSAGES or
    /// LANG; English when none of these names a shipped language).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// A badge image or text file, or `-` for stdin.
    #[arg(value_name = "FILE")]
    file: String,
    /// Print {container, specHint, payload: {kind, text}} as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct BakeArgs {
    /// The PNG or SVG image to bake into.
    #[arg(value_name = "IMAGE")]
    image: PathBuf,
    /// A file holding the payload: JSON, a compact JWS / JWT, or a URL (`-` for stdin).
    #[arg(value_name = "PAYLOAD-FILE")]
    payload: String,
    /// Where to write the baked image.
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
}

fn parse_now(s: &str) -> Result<Timestamp, String> {
    Timestamp::parse_rfc3339(s)
        .ok_or_else(|| format!("`{s}` is not an RFC 3339 date-time such as 2026-01-01T00:00:00Z"))
}

/// Parses `NAME=VALUE` for `--limit`; the name is checked against [`Limits`] by [`set_limit`].
fn parse_limit(s: &str) -> Result<(String, u64), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}` is not NAME=VALUE, e.g. fetch_timeout_ms=2000"))?;
    let value = value
        .trim()
        .replace('_', "")
        .parse()
        .map_err(|_| format!("`{value}` in `{s}` is not a whole number"))?;
    let name = name.trim().to_owned();
    set_limit(&mut Limits::default(), &name, value)?;
    Ok((name, value))
}

/// Sets the [`Limits`] field called `name`.
fn set_limit(limits: &mut Limits, name: &str, value: u64) -> Result<(), String> {
    let size = || usize::try_from(value).map_err(|_| format!("{value} is too large for {name}"));
    match name {
        "max_input_bytes" => limits.max_input_bytes = size()?,
        "max_png_chunks" => limits.max_png_chunks = size()?,
        "max_png_text_chunk_bytes" => limits.max_png_text_chunk_bytes = size()?,
        "max_inflate_bytes" => limits.max_inflate_bytes = size()?,
        "max_xml_depth" => limits.max_xml_depth = size()?,
        "max_xml_nodes" => limits.max_xml_nodes = size()?,
        "max_xml_text_bytes" => limits.max_xml_text_bytes = size()?,
        "max_json_bytes" => limits.max_json_bytes = size()?,
        "max_json_depth" => limits.max_json_depth = size()?,
        "max_json_values" => limits.max_json_values = size()?,
        "max_proofs" => limits.max_proofs = size()?,
        "max_endorsements" => limits.max_endorsements = size()?,
        "max_context_depth" => limits.max_context_depth = size()?,
        "max_context_terms" => limits.max_context_terms = size()?,
        "max_quads" => limits.max_quads = size()?,
        "max_rdfc_work" => limits.max_rdfc_work = size()?,
        "max_rdfc_depth" => limits.max_rdfc_depth = size()?,
        "max_fetches" => limits.max_fetches = size()?,
        "max_signatures" => limits.max_signatures = size()?,
        "max_redirects" => limits.max_redirects = size()?,
        "max_response_bytes" => limits.max_response_bytes = size()?,
        "fetch_timeout_ms" => limits.fetch_timeout_ms = value,
        "total_time_ms" => limits.total_time_ms = value,
        _ => {
            return Err(format!(
                "`{name}` is not a limit; the names are the fields of `Limits` (src/limits.rs), \
                 e.g. fetch_timeout_ms, total_time_ms, max_response_bytes, max_redirects"
            ))
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Verify(args) => verify(&args),
        Command::Extract(args) => extract(&args),
        Command::Bake(args) => bake(&args),
        Command::Serve(args) => serve(&args),
        Command::Link(args) => link(&args),
    };
    ExitCode::from(code)
}

/// The system clock: read here and nowhere else.
fn system_now() -> Option<Timestamp> {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_millis();
    Timestamp::from_unix_millis(i64::try_from(ms).ok()?)
}

fn verify(args: &VerifyArgs) -> u8 {
    let Some(now) = args.now.or_else(system_now) else {
        eprintln!("badgeverify: the system clock is outside 0000–9999; pass --now RFC3339");
        return EXIT_ERROR;
    };
    let mut options = Options::new(now);
    options.recipient = args.recipient.clone();
    for (name, value) in &args.limit {
        if let Err(e) = set_limit(&mut options.limits, name, *value) {
            eprintln!("badgeverify: --limit: {e}");
            return EXIT_ERROR;
        }
    }
    let driver: Box<dyn driver::Driver> = if args.offline {
        Box::new(driver::Offline)
    } else {
        let cache = match &args.cache {
            Some(dir) => match cache::Cache::on_disk(dir, &options.limits) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("badgeverify: {e}");
                    return EXIT_ERROR;
                }
            },
            None => cache::Cache::memory(&options.limits),
        };
        Box::new(http::Http::new(
            &options.limits,
            args.map_origin.clone(),
            cache,
        ))
    };

    let inputs = input::collect(&args.inputs);
    if inputs.is_empty() {
        eprintln!(
            "badgeverify: no badge files (.png .svg .json .jwt .jws .txt) found in the inputs"
        );
        return EXIT_ERROR;
    }
    // One input argument that is not a directory prints a bare report; anything else a list.
    let single = matches!(args.inputs.as_slice(), [one] if !std::path::Path::new(one).is_dir());
    let style = render::Style::for_stdout();
    let lang = args
        .lang
        .as_deref()
        .map_or_else(messages::from_environment, |l| messages::negotiate(&[l]));
    let cat = messages::Catalog::new(lang);
    let rendered = |r: &Report| cat.render(serde_json::to_value(r).unwrap_or_default());
    let mut progress = render::Progress::new(inputs.len());
    let verify_one = |item: &input::Input| match input::read(item, options.limits.max_input_bytes) {
        Ok(bytes) => driver::run(&bytes, &options, driver.as_ref()),
        Err(why) => Report::error(
            Code::UnreadableInput,
            Params::new()
                .with(Param::Path, item.label.as_str())
                .with(Param::Reason, why),
        ),
    };
    let reports = batch::in_parallel(&inputs, verify_one, |i, report| {
        if !args.json && !single {
            progress.println(&render::line(
                &inputs[i].label,
                &rendered(report),
                &cat,
                style,
            ));
        }
    });
    progress.clear();

    let mut stdout = std::io::stdout().lock();
    let written = if args.json {
        let value = if single {
            rendered(&reports[0])
        } else {
            let items: Vec<Value> = inputs
                .iter()
                .zip(&reports)
                .map(|(i, r)| json!({ "input": i.label, "report": rendered(r) }))
                .collect();
            Value::Array(items)
        };
        match serde_json::to_string_pretty(&value) {
            Ok(text) => writeln!(stdout, "{text}"),
            Err(e) => writeln!(stdout, "{{\"error\": \"{e}\"}}"),
        }
    } else if single {
        write!(
            stdout,
            "{}",
            render::detailed(&rendered(&reports[0]), &cat, style)
        )
    } else {
        writeln!(stdout, "\n{}", render::tally(&reports, &cat))
    };
    if written.and_then(|()| stdout.flush()).is_err() {
        return EXIT_ERROR;
    }
    exit_code(&reports)
}

/// 2 if any error, else 1 if any invalid, else 3 if any indeterminate, else 0.
fn exit_code(reports: &[Report]) -> u8 {
    let any = |v| reports.iter().any(|r| r.verdict == v);
    if any(Verdict::Error) {
        EXIT_ERROR
    } else if any(Verdict::Invalid) {
        EXIT_INVALID
    } else if any(Verdict::Indeterminate) {
        EXIT_INDETERMINATE
    } else {
        EXIT_VALID
    }
}

/// Reads a file argument (`-` for stdin), bounded by the input limit.
fn read_arg(arg: &str, limits: &Limits) -> Result<Vec<u8>, String> {
    let item = input::Input {
        label: arg.to_owned(),
        source: if arg == "-" {
            input::Source::Stdin
        } else {
            input::Source::File(PathBuf::from(arg))
        },
    };
    input::read(&item, limits.max_input_bytes).map_err(|why| format!("cannot read `{arg}`: {why}"))
}

fn extract(args: &ExtractArgs) -> u8 {
    let limits = Limits::default();
    let result = read_arg(&args.file, &limits)
        .and_then(|bytes| container::extract(&bytes, &limits).map_err(|e| e.to_string()));
    let mut stdout = std::io::stdout().lock();
    let (written, code) = match result {
        Ok(x) if args.json => (
            writeln!(
                stdout,
                "{}",
                pretty(&serde_json::to_value(x.to_json()).unwrap_or_default())
            ),
            EXIT_VALID,
        ),
        Ok(x) => (writeln!(stdout, "{}", payload_text(&x.payload)), EXIT_VALID),
        Err(e) => {
            eprintln!("badgeverify: {}: {e}", args.file);
            (Ok(()), EXIT_ERROR)
        }
    };
    if written.and_then(|()| stdout.flush()).is_err() {
        return EXIT_ERROR;
    }
    code
}

/// The payload for a person: JSON pretty-printed (as is if it does not parse), other text as is.
fn payload_text(payload: &Payload) -> String {
    match payload {
        Payload::Json(t) => {
            serde_json::from_str::<Value>(t).map_or_else(|_| t.clone(), |v| pretty(&v))
        }
        Payload::CompactJws(t) | Payload::Url(t) => t.clone(),
    }
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

fn bake(args: &BakeArgs) -> u8 {
    let limits = Limits::default();
    let image = match std::fs::read(&args.image) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("badgeverify: cannot read `{}`: {e}", args.image.display());
            return EXIT_ERROR;
        }
    };
    let payload = match read_arg(&args.payload, &limits).and_then(|b| {
        String::from_utf8(b).map_err(|e| format!("the payload is not UTF-8 text: {e}"))
    }) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("badgeverify: {}: {e}", args.payload);
            return EXIT_ERROR;
        }
    };
    let baked = match container::bake(&image, payload.trim(), &limits) {
        Ok(b) => b,
        Err(e) => {
            eprintln!(
                "badgeverify: cannot bake into `{}`: {e}",
                args.image.display()
            );
            return EXIT_ERROR;
        }
    };
    if let Err(e) = std::fs::write(&args.output, baked) {
        eprintln!("badgeverify: cannot write `{}`: {e}", args.output.display());
        return EXIT_ERROR;
    }
    EXIT_VALID
}

fn serve(args: &ServeArgs) -> u8 {
    let mut limits = Limits::default();
    for (name, value) in &args.limit {
        if let Err(e) = set_limit(&mut limits, name, *value) {
            eprintln!("badgeverify: --limit: {e}");
            return EXIT_ERROR;
        }
    }
    let proxy = proxy::Proxy::new(&limits, args.map_origin.clone(), args.allow_loopback_proxy);
    match serve::run(args.port, proxy) {
        Ok(()) => EXIT_VALID,
        Err(e) => {
            eprintln!("badgeverify: serve: {e}");
            EXIT_ERROR
        }
    }
}

fn link(args: &LinkArgs) -> u8 {
    let limits = Limits::default();
    let base = args.base.clone().unwrap_or_else(link::default_base);
    match read_arg(&args.file, &limits).and_then(|bytes| link::link(&bytes, &base, &limits)) {
        Ok(url) => {
            let mut stdout = std::io::stdout().lock();
            if writeln!(stdout, "{url}")
                .and_then(|()| stdout.flush())
                .is_err()
            {
                return EXIT_ERROR;
            }
            EXIT_VALID
        }
        Err(e) => {
            eprintln!("badgeverify: {}: {e}", args.file);
            EXIT_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_code_precedence() {
        let with = |v| {
            let mut r = Report::new();
            r.verdict = v;
            r
        };
        use Verdict::*;
        assert_eq!(exit_code(&[with(Valid)]), 0);
        assert_eq!(exit_code(&[with(Valid), with(Indeterminate)]), 3);
        assert_eq!(exit_code(&[with(Indeterminate), with(Invalid)]), 1);
        assert_eq!(exit_code(&[with(Invalid), with(Error), with(Valid)]), 2);
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn limits_are_set_by_name() {
        let mut l = Limits::default();
        let (name, value) = parse_limit("fetch_timeout_ms=1_500").unwrap();
        set_limit(&mut l, &name, value).unwrap();
        assert_eq!(l.fetch_timeout_ms, 1500);
        set_limit(&mut l, "max_response_bytes", 10).unwrap();
        assert_eq!(l.max_response_bytes, 10);
        assert!(parse_limit("fetch_timeout=1").is_err());
        assert!(parse_limit("max_redirects=-1").is_err());
        assert!(parse_limit("max_redirects").is_err());
    }

    /// Every `pub` field of `Limits` can be set by name (a new field needs a line in
    /// `set_limit`).
    #[test]
    fn every_limit_has_a_name() {
        let source = include_str!("../../src/limits.rs");
        let fields: Vec<&str> = source
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub "))
            .filter_map(|l| l.split_once(':').map(|(name, _)| name))
            .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .collect();
        assert!(fields.len() >= 20, "{fields:?}");
        for name in fields {
            assert_eq!(set_limit(&mut Limits::default(), name, 1), Ok(()), "{name}");
        }
    }

    #[test]
    fn now_must_be_rfc3339() {
        assert!(parse_now("2026-01-01T00:00:00Z").is_ok());
        assert!(parse_now("2026-01-01").is_err());
    }
}
