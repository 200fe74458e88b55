// Types for www/open-badge.js (the <open-badge> element). The report type comes from the
// badgeverify package (pkg/badgeverify.d.ts); see docs/report.md.
import type { Report } from '../pkg/badgeverify.js';

export type { Report };

/** The languages the element speaks (the package's catalogs; any other gets English). */
export declare const LANGUAGES: readonly string[];

/**
 * The package's catalog of the language negotiated from `preferences` (a BCP 47 tag or a
 * list, best first) as `main`, and the English one as `english` when `main` lacks one of the
 * element's texts (else null). Each language is downloaded once per page.
 */
export declare function loadCatalogs(
  preferences: string | readonly string[],
): Promise<{ main: import('../pkg/badgeverify.js').Catalog; english: import('../pkg/badgeverify.js').Catalog | null }>;

/** Sets where the badgeverify package is loaded from (default: ../pkg/badgeverify.js; ./pkg/ in dist). */
export declare function configure(options?: { pkg?: string | URL }): void;

/** Loads the package and its WebAssembly module once per page; every element shares it. */
export declare function loadVerifier(): Promise<typeof import('../pkg/badgeverify.js')>;

/**
 * `url` if it is `https:` or `data:image/`, else null (what the element will show as an image).
 * With `offline` true only `data:image/` (an offline element fetches nothing, images included).
 */
export declare function safeImageUrl(url: unknown, offline?: boolean): string | null;

/** `url` if it is an absolute http(s) URL, else null (what the element will link to). */
export declare function safeLinkUrl(url: unknown): string | null;

/**
 * `<open-badge>`. Attributes: `src` (PNG, SVG, JSON, JWT file or hosted-assertion URL),
 * `recipient`, `lang` (else the nearest `[lang]` ancestor, else `navigator.languages`),
 * `now` (RFC 3339), `offline`, `compact`, `noimage`, `open` (details
 * expanded), `loading="eager"` (verify without waiting for the viewport), `verifier` (a verifier
 * page's URL: the details link to it with the badge in the fragment). Inline data: a child
 * `<script type="application/json">` or `<script type="application/jwt">`.
 *
 * Events (bubbling, composed; `detail` is the report): `open-badge:verified` when the verdict
 * is `valid`, `open-badge:failed` otherwise.
 *
 * Parts: `root`, `image`, `name`, `issuer`, `status`, `members` (a presentation, CLR or API
 * response holding several badges: one line per badge), `details`, `toggle`, `icon`.
 * Custom properties: `--open-badge-accent`, `--open-badge-valid`, `--open-badge-invalid`,
 * `--open-badge-indeterminate`, `--open-badge-radius`, `--open-badge-font`,
 * `--open-badge-background`, `--open-badge-color`, `--open-badge-muted`,
 * `--open-badge-border`, `--open-badge-code-background`.
 */
export declare class OpenBadgeElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Registers the element (default tag `open-badge`); returns the class registered under `tag`. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof OpenBadgeElement;
  /** The latest report, or null before the first verification finished. */
  readonly report: Report | null;
  /** Badge data to verify instead of `src`/inline script; setting it starts a verification. */
  input: Uint8Array | ArrayBuffer | string | undefined;
}

/** Options for {@link scan}. */
export interface ScanOptions {
  /** More images to upgrade besides `img[data-open-badge]`. */
  selector?: string;
  /** Tag to use (defined if needed). Default `open-badge`. */
  tag?: string;
  /** Recipient to check (an image's `data-recipient` wins). */
  recipient?: string;
  /** Verification instant (RFC 3339). */
  now?: string;
  /** Fetch nothing the badges refer to. */
  offline?: boolean;
}

/**
 * Puts a compact `<open-badge>` after every `img[data-open-badge]` (and `selector` match) under
 * `root`, leaving the image itself untouched except for `data-open-badge-verdict`.
 */
export declare function scan(
  root?: ParentNode,
  options?: ScanOptions,
): Promise<Array<{ image: HTMLImageElement; element: OpenBadgeElement; report: Report }>>;

declare global {
  interface HTMLElementTagNameMap {
    'open-badge': OpenBadgeElement;
  }
  interface HTMLElementEventMap {
    'open-badge:verified': CustomEvent<Report>;
    'open-badge:failed': CustomEvent<Report>;
  }
}
