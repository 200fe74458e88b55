// Types for badgeverify's npm package. The report shape is documented in docs/report.md
// and is identical to `badgeverify verify --json`.

/** The overall answer. */
export type Verdict = 'valid' | 'invalid' | 'indeterminate' | 'error';

/** What one check concluded. */
export type Outcome = 'pass' | 'fail' | 'warn' | 'skip';

/** The kinds of check, in the order they appear in a report. */
export type CheckId =
  | 'container'
  | 'payload'
  | 'schema'
  | 'proof'
  | 'issuer-key'
  | 'validity-period'
  | 'revocation'
  | 'recipient'
  | 'hosted-origin';

/**
 * The kind of container the input was; `presentation`, `clr` and `api-response` hold several
 * credentials (listed in `Report.credentials`).
 */
export type ContainerKind =
  | 'png'
  | 'svg'
  | 'json'
  | 'jws'
  | 'jwt'
  | 'url'
  | 'enveloped'
  | 'presentation'
  | 'clr'
  | 'api-response';

/** Which Open Badges version the badge belongs to (0.5, 1.0 and 1.1 are read as 2.0). */
export type Spec = 'ob0.5' | 'ob1.0' | 'ob1.1' | 'ob2' | 'ob3';

/** One check's result. */
export interface Check {
  id: CheckId;
  /** The check's name for people, in the report's language, e.g. "Issuer's key". */
  name: string;
  outcome: Outcome;
  /** Stable kebab-case code (see docs/report.md). */
  code: string;
  /** The values the message is built from (docs/report.md, "Parameters"); often `{}`. */
  params: Params;
  /** What it means for trusting the badge, in plain words, in the report's language. */
  message: string;
  /** Technical detail (fields, algorithms, addresses), when there is any. */
  detail?: string;
}

/** The values a message was built from, by name, e.g. `{"url": "…", "reason": "…"}`. */
export type Params = Record<string, string | number>;

/** What the input was. */
export interface Format {
  container: ContainerKind | null;
  spec: Spec | null;
  /** The proof kind, e.g. `jws-rs256`, `vc-jwt-es256`, `eddsa-rdfc-2022`, `hosted`. */
  proof: string | null;
}

/**
 * The achievement / badge class, for display. Like every string in the report but
 * `credential` (and `badge.image`), display-safe: characters that are invisible or reorder
 * text appear as `⟨U+202E⟩` (docs/report.md, "Display-safe text").
 */
export interface BadgeInfo {
  id: string | null;
  name: string | null;
  description: string | null;
  image: string | null;
  criteria: string | null;
}

/** The issuer, for display (display-safe, see `BadgeInfo`). */
export interface IssuerInfo {
  id: string | null;
  name: string | null;
  url: string | null;
  /** Host of the issuer id (or of its did:web). */
  host: string | null;
}

/** The recipient, for display (display-safe, see `BadgeInfo`). */
export interface RecipientInfo {
  id: string | null;
  name: string | null;
  /** Identity type, e.g. `email` or `emailAddress`. */
  type: string | null;
  /** Whether the identity is only present as a salted hash. */
  hashed: boolean;
  /** Whether the recipient given in the options matched (`null` when none was given). */
  matched: boolean | null;
}

/** The verification report. */
export interface Report {
  /** The language of every message, e.g. `fr` (see {@link LANGUAGES}). */
  lang: Language;
  verdict: Verdict;
  /** One plain sentence for a person, in the report's language (never repeats the verdict). */
  summary: string;
  format: Format;
  checks: Check[];
  badge: BadgeInfo | null;
  issuer: IssuerInfo | null;
  recipient: RecipientInfo | null;
  /** Issue date (RFC 3339, UTC). */
  issued: string | null;
  /** Expiry date (RFC 3339, UTC). */
  expires: string | null;
  /** The decoded assertion or credential, exactly as decoded (the original text). */
  credential: unknown | null;
  /** Every endorsement in the credential, verified on its own (never changes `verdict`). */
  endorsements: Endorsement[];
  /** Deviations from the specifications that weaken nothing the badge proves (never change `verdict`). */
  notes: Note[];
  /**
   * For a presentation, CLR or API response: each credential it holds, with its own report
   * (docs/report.md, "Files holding several credentials"); empty for a single credential.
   */
  credentials: Member[];
}

/** One credential held by a presentation, a CLR or an API response. */
export interface Member {
  /** Where it was found, e.g. `verifiableCredential[1]` or `compactJwsString[0]`. */
  path: string;
  /** Its own full report. */
  report: Report;
}

/** A deviation from the specifications that does not weaken what the badge proves. */
export interface Note {
  /** Stable kebab-case code, e.g. `no-recipient-identifier` (see docs/report.md). */
  code: string;
  /**
   * Where in the credential, e.g. `credentialSubject[0].achievement.criteria`, or `null`; for
   * `hidden-characters`, the report field, e.g. `badge.name`.
   */
  path: string | null;
  /** The values the message is built from (docs/report.md, "Parameters"); often `{}`. */
  params: Params;
  /** What deviates, for a person, in the report's language. */
  message: string;
  /** Technical detail, when there is any. */
  detail?: string;
}

/** The verification of one endorsement embedded in a credential. */
export interface Endorsement {
  /** Where it was found, e.g. `credentialSubject.achievement.endorsement[0]`. */
  path: string;
  verdict: Verdict;
  summary: string;
  issuer: IssuerInfo | null;
  checks: Check[];
}

/** Options for {@link verify}. */
export interface VerifyOptions {
  /** The instant to verify at (RFC 3339 string or Date). Default: the current time. */
  now?: string | Date;
  /** An email, URL, phone number or DID the badge should have been issued to. */
  recipient?: string;
  /** Fetch nothing: every document the badge refers to counts as unreachable. */
  offline?: boolean;
  /** The fetch function to use. Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** A URL prefix; documents are fetched from `proxy + encodeURIComponent(url)`. */
  proxy?: string;
  /**
   * The language of the messages: a BCP 47 tag (`fr-CA`) or a list of them, best first;
   * the first shipped language wins, English by default. Only that language's messages
   * are loaded.
   */
  lang?: string | readonly string[];
  /**
   * Whether checks and notes carry their technical `detail` (default true). False saves
   * loading the language's technical detail (locales/<lang>.detail.js), e.g. until a person
   * asks for it ({@link Catalog.loadDetails}).
   */
  details?: boolean;
  /**
   * Who checks the signatures: `'auto'` (the default, or what {@link init} was given)
   * uses the platform's WebCrypto where it has every algorithm and the fallback build
   * elsewhere; `'builtin'` always uses the fallback build's own Rust code. Both give the
   * same verdicts.
   */
  crypto?: CryptoBackend;
}

/** Who checks signatures; see {@link VerifyOptions.crypto}. */
export type CryptoBackend = 'auto' | 'builtin';

/** Options for {@link init}. */
export interface InitOptions {
  /** The package's default for {@link VerifyOptions.crypto}. */
  crypto?: CryptoBackend;
  /**
   * Where the fallback build is (loaded only when needed): the URL of its glue module
   * (`badgeverify_full.js`, with `badgeverify_full_bg.wasm` beside it), or that module
   * itself (for hosts that forbid dynamic `import()`, such as a Manifest V3 extension's
   * service worker). Default: beside `badgeverify.js`.
   */
  fallback?: string | URL | object;
}

/** A language the package has messages in. */
export type Language = 'en' | 'fr' | 'de' | 'es';

/** Every language the package has messages in, English (the fallback) first. */
export const LANGUAGES: readonly Language[];

/** The first shipped language among `preferences` (best first), else `en`. */
export function negotiate(preferences?: string | readonly string[]): Language;

/** One language's messages (what the widget and the verifier page draw their text from). */
export interface Catalog {
  readonly lang: Language;
  /** Whether there is a message `id`. */
  has(id: string): boolean;
  /** The message `id` (or its attribute) with `params`; undefined when there is none. */
  format(id: string, params?: Params, attr?: string | null): string | undefined;
  /** A UI string with its variables; the id itself when there is none. */
  text(id: string, params?: Params): string;
  /** Loads the technical detail (`format(code, params, 'detail')`) once. */
  loadDetails(): Promise<void>;
  /** `report` (the core's, with codes and params) rendered in this language. */
  render(report: unknown): Report;
}

/**
 * Registers the catalog text of `lang` (the default exports of `badgeverify/locales/<lang>.js`
 * and, for the technical detail, `badgeverify/locales/<lang>.detail.js`)
 * so it is never loaded with a dynamic `import()`: for hosts that forbid it, such as a
 * Manifest V3 extension's service worker.
 */
export function addCatalog(lang: Language, ftl: string, details?: string): void;

/** Loads (once) and resolves to the messages of the language negotiated from `preferences`. */
export function catalog(
  preferences?: string | readonly string[],
  options?: { details?: boolean },
): Promise<Catalog>;

/** `report` (the core's, with codes and params) rendered in the negotiated language. */
export function renderReport(report: unknown, preferences?: string | readonly string[]): Promise<Report>;

/** What {@link extract} returns. */
export type Extracted =
  | {
      container: ContainerKind;
      specHint: Spec | null;
      payload: { kind: 'json' | 'compact-jws' | 'url'; text: string };
    }
  | { error: { code: string; params: Params } };

/** Anything the WebAssembly module can be loaded from. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module once (default: `badgeverify_bg.wasm` next to the module),
 * or, where WebCrypto lacks a signature algorithm or `options.crypto` is `'builtin'`, the
 * fallback build instead. {@link verify} calls it for you.
 */
export default function init(input?: InitInput | Promise<InitInput>, options?: InitOptions): Promise<void>;

/** The same as the default export, by name: `import { init } from 'badgeverify'`. */
export { init };

/**
 * Initialises the lean module synchronously from its bytes or a compiled module (Node,
 * workers). Where WebCrypto lacks an algorithm, the first {@link verify} still loads the
 * fallback build.
 */
export function initSync(module: BufferSource | WebAssembly.Module): void;

/**
 * Verifies a badge: baked PNG/SVG bytes, JSON, a compact JWS/JWT, or a URL as a string.
 * Resolves to a report for every input, including broken ones; rejects only if the
 * WebAssembly module cannot be loaded.
 */
export function verify(input: Uint8Array | ArrayBuffer | string, options?: VerifyOptions): Promise<Report>;

/** Finds the payload baked into a badge. Needs {@link init} (or {@link initSync}) first. */
export function extract(input: Uint8Array | ArrayBuffer | string): Extracted;
