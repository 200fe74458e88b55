// Messages in the reader's language: the catalogs locales/<lang>.ftl (Project Fluent), read
// with @fluent/bundle, the same files the CLI reads with the fluent-bundle crate.
//
// The core's report carries codes and params only; renderReport() turns it into the report
// people and programs read, in one language: every check gains `name`, `message` and (when
// the catalog has one) `detail`, every note `message` and `detail`, the `summary` becomes a
// sentence, and `lang` says which language. cli/src/messages.rs does exactly the same in
// Rust; tests/node/parity.test.mjs holds the two to identical output.
//
// Each language is two modules generated from its .ftl file by scripts/build-messages.mjs:
// locales/<lang>.js (the messages people read, and the UI labels) and locales/<lang>.detail.js
// (the technical detail, as messages `<id>--detail`), each loaded with a dynamic import the
// first time it is asked for: a page that shows badges in French downloads the French
// messages only, once, and their technical detail only if it is asked for.

import { FluentBundle, FluentNumber, FluentResource } from '@fluent/bundle';

/** Every language the package ships, English (the fallback) first. */
export const LANGUAGES = ['en', 'fr', 'de', 'es'];

// String literals, so that bundlers see each catalog and split it into its own chunk.
const LOADERS = {
  en: () => import('./locales/en.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
};
const DETAIL_LOADERS = {
  en: () => import('./locales/en.detail.js'),
  fr: () => import('./locales/fr.detail.js'),
  de: () => import('./locales/de.detail.js'),
  es: () => import('./locales/es.detail.js'),
};

const loaded = new Map();

/**
 * The first shipped language among `preferences` (a BCP 47 tag such as `fr-CA`, or a list of
 * them, best first), compared by primary language; English when none is shipped.
 */
export function negotiate(preferences) {
  const list = Array.isArray(preferences) ? preferences : preferences ? [preferences] : [];
  for (const tag of list) {
    const primary = String(tag).split(/[-_.@]/)[0].toLowerCase();
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

/**
 * Registers the catalog text (`.ftl`) of `lang`, so that it is never loaded with a dynamic
 * import: for hosts that forbid `import()`, such as a Manifest V3 extension's service worker,
 * which imports `locales/<lang>.js` statically and hands its default export here.
 */
export function addCatalog(lang, ftl, details) {
  if (!LANGUAGES.includes(lang)) return;
  const cat = new Catalog(lang, ftl);
  if (details !== undefined) cat.addDetails(details);
  loaded.set(lang, Promise.resolve(cat));
}

/**
 * Resolves to the catalog of the language negotiated from `preferences` (loaded once), with
 * its technical detail unless `details` is false.
 */
export async function catalog(preferences, { details = true } = {}) {
  const lang = negotiate(preferences);
  if (!loaded.has(lang)) {
    const pending = LOADERS[lang]().then((m) => new Catalog(lang, m.default));
    pending.catch(() => loaded.delete(lang)); // let a later call retry after a network error
    loaded.set(lang, pending);
  }
  const cat = await loaded.get(lang);
  if (details) await cat.loadDetails();
  return cat;
}

/** Whether a param holds a date: `date`, or a name ending in `Date`. */
export function isDateParam(name) {
  return name === 'date' || name.endsWith('Date');
}

/** One language's messages. */
export class Catalog {
  constructor(lang, ftl) {
    this.lang = lang;
    this.bundle = new FluentBundle(lang, { useIsolating: false });
    this.bundle.addResource(new FluentResource(ftl));
    this.details = null; // the technical detail's loading, once asked for
  }

  /** Adds the technical detail (the text of locales/<lang>.detail.js). */
  addDetails(ftl) {
    this.bundle.addResource(new FluentResource(ftl));
    this.details = Promise.resolve();
  }

  /** Loads the technical detail once; resolves when it is there. */
  loadDetails() {
    if (!this.details) {
      this.details = DETAIL_LOADERS[this.lang]().then((m) => this.addDetails(m.default));
      this.details.catch(() => {
        this.details = null; // retry later
      });
    }
    return this.details;
  }

  /** Whether the catalog has a message `id`. */
  has(id) {
    return this.bundle.hasMessage(id);
  }

  /**
   * The message `id` (or its attribute `attr`) with `params` (a report's `params` object:
   * strings and numbers; dates are shown as the reader's dates); undefined when the catalog
   * has no such message or attribute.
   */
  format(id, params = {}, attr = null) {
    // The package's catalogs carry the `.detail` attribute as a message of its own.
    const message = this.bundle.getMessage(attr === 'detail' ? `${id}--detail` : id);
    const pattern = message && (attr && attr !== 'detail' ? message.attributes[attr] : message.value);
    if (!pattern) return undefined;
    return this.bundle.formatPattern(pattern, this.args(params), []);
  }

  /** A UI string with its variables; the id itself when the catalog lacks it. */
  text(id, params = {}) {
    return this.format(id, params) ?? id;
  }

  // Fluent arguments for `params`: numbers without grouping (as the Rust renderer writes
  // them), text as text, each date param as the reader's date plus `<name>Iso`.
  args(params) {
    const args = {};
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'number') {
        args[name] = new FluentNumber(value, { useGrouping: false });
      } else if (typeof value === 'string' && isDateParam(name)) {
        args[`${name}Iso`] = value;
        args[name] = this.date(value) ?? value;
      } else {
        args[name] = typeof value === 'string' ? value : JSON.stringify(value);
      }
    }
    return args;
  }

  /** An RFC 3339 date as the reader's date (the catalog's `date` message), or undefined. */
  date(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    const pattern = m && this.bundle.getMessage('date')?.value;
    const month = m && Number(m[2]);
    const day = m && Number(m[3]);
    if (!pattern || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return this.bundle.formatPattern(pattern, { year: m[1], month, day }, []);
  }

  // The message and detail of `{code, params}`; a code the catalog lacks keeps the message
  // it came with, else shows as the code.
  message(item) {
    const params = item.params ?? {};
    const message = this.format(item.code, params);
    if (message === undefined) return [item.message ?? item.code, undefined];
    return [message, this.format(item.code, params, 'detail')];
  }

  renderItem(item) {
    const [message, detail] = this.message(item);
    const out = { ...item, message };
    if (detail !== undefined) out.detail = detail;
    return out;
  }

  renderChecks(checks) {
    return checks.map((c) => {
      const out = {};
      for (const [k, v] of Object.entries(c)) {
        out[k] = v;
        if (k === 'id') out.name = this.text(`check-${c.id}`);
      }
      return this.renderItem(out);
    });
  }

  renderSummary(summary) {
    return summary && typeof summary === 'object' ? this.message(summary)[0] : summary;
  }

  /** The report people and programs read, from the core's report (see the top of this file). */
  render(report) {
    const out = { lang: this.lang, ...report };
    out.summary = this.renderSummary(report.summary);
    if (Array.isArray(report.checks)) out.checks = this.renderChecks(report.checks);
    if (Array.isArray(report.notes)) out.notes = report.notes.map((n) => this.renderItem(n));
    if (Array.isArray(report.endorsements)) {
      out.endorsements = report.endorsements.map((e) => ({
        ...e,
        summary: this.renderSummary(e.summary),
        checks: Array.isArray(e.checks) ? this.renderChecks(e.checks) : e.checks,
      }));
    }
    // A presentation's, CLR's or API response's credentials: each a full report.
    if (Array.isArray(report.credentials)) {
      out.credentials = report.credentials.map((m) => ({ ...m, report: this.render(m.report) }));
    }
    return out;
  }
}

/** Resolves to `report` rendered in the language negotiated from `preferences`. */
export async function renderReport(report, preferences) {
  return (await catalog(preferences)).render(report);
}
