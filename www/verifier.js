// The drop-a-file verifier page (www/index.html). Every card is an <open-badge> element fed
// the file's bytes; this script only reads files, adds the cards and the Copy/Download/link
// buttons. `?now=RFC3339` pins the verification instant (for demos and screenshots).
//
// Every text comes from the package's catalog of the language picked in the header (page-…
// ids in locales/<lang>.ftl): elements carry `data-l10n-id` (and `data-l10n-args`), whose
// message becomes their text and whose `.placeholder`, `.aria-label` and `.title` attributes
// become theirs; index.html holds the English for a page without scripts. The choice is kept
// in localStorage (else the browser's languages decide) and is the cards' `lang` too.
//
// Verification links carry the badge in the URL fragment, which browsers never send to a
// server (the same scheme as `badgeverify link`, cli/src/link.rs):
//   #u=<url>    a hosted assertion, its URL as it is
//   #c=<data>   any other payload (JSON, a JWT, a baked image's payload): its UTF-8 text,
//               raw deflate (CompressionStream('deflate-raw')), base64url without padding
//
// Served by `badgeverify serve`, the page has <meta name="badgeverify-package"> naming the
// package module that fetches every document through the server's proxy.

import { OpenBadgeElement, LANGUAGES, configure, loadCatalogs, loadVerifier, verificationLink, fromBase64url, inflateRaw } from './open-badge.js';

/** Most bytes a `#c=` link may inflate to: the core's default `max_input_bytes` (16 MiB). */
const MAX_LINK_BYTES = 16 * 1024 * 1024;

const served = document.querySelector('meta[name="badgeverify-package"]');
if (served && served.content) configure({ pkg: served.content });
OpenBadgeElement.define();

const results = document.getElementById('results');
const bar = document.getElementById('results-bar');
const count = document.getElementById('count');
const recipient = document.getElementById('recipient');
const offline = document.getElementById('offline');
const now = new URLSearchParams(location.search).get('now');
const fileInput = document.getElementById('files');

const picker = document.getElementById('language');
/** Where the chosen language is remembered. */
const LANGUAGE_KEY = 'badgeverify-language';
let language = 'en';
let messages = null; // {main, english}: the language's catalog, and English for what it lacks
/** The ids this script shows besides those in index.html's `data-l10n-id`s. */
const SCRIPT_IDS = [
  'page-checking', 'page-tally', 'page-tally-valid', 'page-tally-invalid', 'page-tally-indeterminate',
  'page-remove', 'page-copy-credential', 'page-download-credential', 'page-download-report',
  'page-copy-link', 'page-copied', 'page-copy-refused', 'page-no-link', 'page-link-copied',
  'page-link-not-copied', 'page-from-link', 'page-pasted-text', 'page-pasted-json', 'page-pasted-jwt',
  'page-link-damaged', 'ui-container', 'ui-member',
];

/** How long the recipient field waits after the last keystroke before re-checking the cards. */
const RECIPIENT_DEBOUNCE_MS = 300;

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- Language

/** The message `id` (or its attribute `attr`) in the page's language, else English; undefined before any loaded. */
function text(id, args = {}, attr = null) {
  if (!messages) return undefined;
  return messages.main.format(id, args, attr) ?? messages.english?.format(id, args, attr) ?? id;
}

/** Gives `node` the text (and attributes) of message `id` with `args`, now and on every language change. */
function say(node, id, args) {
  node.setAttribute('data-l10n-id', id);
  if (args) node.setAttribute('data-l10n-args', JSON.stringify(args));
  else node.removeAttribute('data-l10n-args');
  localize(node);
  return node;
}

function localize(node) {
  if (!messages) return;
  const id = node.getAttribute('data-l10n-id');
  const args = JSON.parse(node.getAttribute('data-l10n-args') || '{}');
  const message = messages.main.format(id, args) ?? messages.english?.format(id, args);
  if (message !== undefined) node.textContent = message;
  for (const attr of ['placeholder', 'aria-label', 'title']) {
    const value = messages.main.format(id, args, attr) ?? messages.english?.format(id, args, attr);
    if (value !== undefined) node.setAttribute(attr, value);
  }
}

/** The remembered language, else the first of the browser's languages the package ships, else English. */
function initialLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // storage disabled: the browser's languages decide
  }
  if (LANGUAGES.includes(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = String(tag).split('-')[0].toLowerCase();
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

/** Shows the page, and verifies its cards again, in `lang` (only that language's catalog is fetched). */
async function setLanguage(lang) {
  language = lang;
  picker.value = lang;
  document.documentElement.lang = lang;
  const loaded = await loadCatalogs(lang);
  // English fills what the language lacks (until its translation is complete).
  const ids = [...SCRIPT_IDS, ...[...document.querySelectorAll('[data-l10n-id]')].map((n) => n.dataset.l10nId)];
  const lacking = ids.some((id) => !loaded.main.has(id));
  const english = loaded.english ?? (lacking ? (await loadCatalogs('en')).main : null);
  if (lang !== language) return; // another language was picked meanwhile
  messages = { main: loaded.main, english };
  for (const node of document.querySelectorAll('[data-l10n-id]')) localize(node);
  // A card titled by a message ("Pasted JSON") has just been retitled: so is its Remove button.
  for (const card of results.querySelectorAll('.card')) {
    say(card.querySelector('.card-head button'), 'page-remove', { title: card.querySelector('.card-title').textContent });
  }
  applyToAll('lang', lang);
}

// The summary line: how many cards are still being checked, then how many came out each way
// (only the outcomes that occur). "Not fully checked" counts both `indeterminate` and `error`.
function updateCount() {
  const cards = results.querySelectorAll('.card');
  const done = results.querySelectorAll('.card[data-verdict]');
  const verdicts = (...names) => names.reduce((n, v) => n + results.querySelectorAll(`.card[data-verdict="${v}"]`).length, 0);
  bar.hidden = cards.length === 0;
  if (done.length < cards.length) {
    say(count, 'page-checking', { left: cards.length - done.length, total: cards.length });
    return;
  }
  const parts = [
    [verdicts('valid'), 'page-tally-valid'],
    [verdicts('invalid'), 'page-tally-invalid'],
    [verdicts('indeterminate', 'error'), 'page-tally-indeterminate'],
  ]
    .filter(([n]) => n > 0)
    .map(([n, id]) => text(id, { n }));
  say(count, 'page-tally', { total: cards.length, parts: parts.join(', ') });
}

/**
 * Moves focus to `card`'s title (scrolling it into view first when it is not well on screen,
 * e.g. below the inputs on a phone), so that choosing files visibly leads to their results.
 * The first card is scrolled to with the summary line above it.
 */
function focusCard(card) {
  const title = card.querySelector('.card-title');
  const box = card.getBoundingClientRect();
  if (box.top < 0 || box.top > innerHeight - Math.min(box.height, innerHeight / 2)) {
    (card === results.firstElementChild ? bar : card).scrollIntoView({ block: 'start' });
  }
  title.focus({ preventScroll: true });
}

function baseName(name) {
  return name.replace(/\.[^.]*$/, '') || 'badge';
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Adds a card (after the others) that verifies `input` (bytes or text); `title` names it. The
 * card's details start open unless `collapsed` (cards of a batch of files).
 */
function addCard(title, input, collapsed = false) {
  const card = el('article', { class: 'card' });
  const head = el('header', { class: 'card-head' });
  // Focusable by script only: focus moves here when the card is added or its neighbour removed.
  // A title that is not a file name or URL (`{id}`) is a message.
  const heading = el('h2', { class: 'card-title', tabindex: '-1' });
  if (typeof title === 'string') heading.textContent = title;
  else say(heading, title.id);
  head.append(heading);
  const name = () => heading.textContent;
  const remove = el('button', { class: 'button subtle icon', type: 'button' }, '×');
  say(remove, 'page-remove', { title: name() });
  remove.textContent = '×';
  remove.addEventListener('click', () => {
    // Focus goes to the next card, else the previous one, else back to choosing files.
    const neighbour = card.nextElementSibling ?? card.previousElementSibling;
    card.remove();
    updateCount();
    if (neighbour) neighbour.querySelector('.card-title').focus();
    else fileInput.focus();
  });
  head.append(remove);

  const badge = document.createElement('open-badge');
  badge.setAttribute('lang', language);
  if (!collapsed) badge.setAttribute('open', '');
  badge.setAttribute('loading', 'eager');
  if (now) badge.setAttribute('now', now);
  if (recipient.value.trim()) badge.setAttribute('recipient', recipient.value.trim());
  if (offline.checked) badge.setAttribute('offline', '');

  const actions = el('div', { class: 'card-actions' });
  const copy = say(el('button', { class: 'button', type: 'button', disabled: '' }), 'page-copy-credential');
  const save = say(el('button', { class: 'button', type: 'button', disabled: '' }), 'page-download-credential');
  const saveReport = say(el('button', { class: 'button subtle', type: 'button', disabled: '' }), 'page-download-report');
  const share = say(el('button', { class: 'button subtle', type: 'button', disabled: '' }), 'page-copy-link');
  const note = el('span', { class: 'action-note', role: 'status' });
  actions.append(copy, save, saveReport, share, note);

  const credentialText = () => JSON.stringify(badge.report?.credential ?? null, null, 2);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(credentialText());
      say(note, 'page-copied');
    } catch {
      say(note, 'page-copy-refused');
    }
  });
  save.addEventListener('click', () => download(`${baseName(name())}.credential.json`, credentialText()));
  share.addEventListener('click', async () => {
    let link;
    try {
      link = await verificationLink(input, location.href.split('#')[0], (await loadVerifier()).extract);
    } catch (e) {
      say(note, 'page-no-link', { reason: e && e.message ? e.message : String(e) });
      return;
    }
    card.dataset.link = link;
    try {
      await navigator.clipboard.writeText(link);
      say(note, 'page-link-copied', { length: link.length });
    } catch {
      say(note, 'page-link-not-copied', { length: link.length });
    }
  });
  saveReport.addEventListener('click', () =>
    download(`${baseName(name())}.report.json`, JSON.stringify(badge.report, null, 2)),
  );

  const settle = (event) => {
    if (event.target !== badge) return; // a held badge's own card (below) settled
    const report = event.detail;
    card.dataset.verdict = report.verdict;
    showMembers(card, actions, report);
    const has = report.credential != null;
    copy.disabled = !has;
    save.disabled = !has;
    saveReport.disabled = false;
    share.disabled = !has && typeof input !== 'string';
    note.removeAttribute('data-l10n-id');
    note.textContent = '';
    updateCount();
  };
  badge.addEventListener('open-badge:verified', settle);
  badge.addEventListener('open-badge:failed', settle);

  card.append(head, badge, actions);
  results.append(card);
  badge.input = input;
  updateCount();
  return card;
}

const linkError = document.getElementById('link-error');

/**
 * What sits at `path` (`verifiableCredential[1]`, `credentialSubject.verifiableCredential[0]`,
 * as a report's `credentials` name it) in the decoded `doc`: a JWT as it is, JSON as text.
 * A single value not in an array is its own `[0]`.
 */
function heldInput(doc, path) {
  let value = doc;
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || value == null || typeof value !== 'object') return undefined;
    value = value[m[1]];
    if (m[2] !== undefined) {
      const i = Number(m[2]);
      value = Array.isArray(value) ? value[i] : i === 0 ? value : undefined;
    }
  }
  if (value == null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Under a presentation's, CLR's or API response's card, a heading and one card per badge it
 * holds, each an <open-badge> of that badge alone (same instant, recipient, offline and
 * language as the container), collapsed; replaced whenever the container is checked again.
 */
function showMembers(card, before, report) {
  card.querySelector('.members')?.remove();
  const held = report.credentials ?? [];
  if (held.length === 0) return;
  const section = el('section', { class: 'members' });
  section.append(say(el('h3', { class: 'members-title' }), 'ui-container', { container: report.format.container }));
  const container = card.querySelector('open-badge');
  for (const [i, { path }] of held.entries()) {
    const item = el('article', { class: 'member-card', 'data-path': path });
    const head = el('header', { class: 'card-head' });
    head.append(say(el('h4', { class: 'card-title' }), 'ui-member', { n: i + 1, total: held.length }), el('code', { class: 'member-path' }, path));
    const badge = document.createElement('open-badge');
    for (const name of ['lang', 'now', 'recipient', 'offline']) {
      if (container.hasAttribute(name)) badge.setAttribute(name, container.getAttribute(name));
    }
    badge.setAttribute('loading', 'eager');
    item.append(head, badge);
    section.append(item);
    const input = heldInput(report.credential, path);
    if (input !== undefined) badge.input = input;
  }
  card.insertBefore(section, before);
}

/** Verifies the badge in the URL fragment (#u= or #c=), if there is one. */
async function fromFragment() {
  const hash = location.hash.slice(1);
  linkError.hidden = true;
  try {
    if (hash.startsWith('u=')) addCard({ id: 'page-from-link' }, hash.slice(2));
    else if (hash.startsWith('c=')) addCard({ id: 'page-from-link' }, await inflateRaw(fromBase64url(hash.slice(2)), MAX_LINK_BYTES));
  } catch (e) {
    say(linkError, 'page-link-damaged', { reason: e && e.message ? e.message : String(e) });
    linkError.hidden = false;
  }
}

// One card per file, in the order given; a batch (more than one file) opens collapsed, so the
// verdicts of all its files can be seen at once. Focus moves to the first new card.
async function addFiles(files) {
  let first = null;
  for (const file of files) {
    const card = addCard(file.name, new Uint8Array(await file.arrayBuffer()), files.length > 1);
    first ??= card;
  }
  if (first) focusCard(first);
}

function addText(text) {
  const trimmed = text.trim();
  if (!trimmed) return;
  let title = { id: 'page-pasted-text' };
  if (/^https?:\/\//i.test(trimmed)) title = trimmed;
  else if (trimmed.startsWith('{')) title = { id: 'page-pasted-json' };
  else if (/^ey[\w-]*\.[\w-]*\./.test(trimmed)) title = { id: 'page-pasted-jwt' };
  focusCard(addCard(title, trimmed));
}

fileInput.addEventListener('change', () => {
  addFiles([...fileInput.files]);
  fileInput.value = '';
});

const zone = document.getElementById('dropzone');
for (const type of ['dragenter', 'dragover']) {
  document.addEventListener(type, (event) => {
    event.preventDefault();
    zone.classList.add('active');
  });
}
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) zone.classList.remove('active');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('active');
  const data = event.dataTransfer;
  if (!data) return;
  if (data.files && data.files.length > 0) addFiles([...data.files]);
  else addText(data.getData('text/uri-list') || data.getData('text/plain'));
});

document.getElementById('paste-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = document.getElementById('paste');
  addText(text.value);
  text.value = '';
});

// Sets an attribute on every card's element (which re-verifies) when its value changes.
function applyToAll(name, value) {
  for (const badge of results.querySelectorAll('open-badge')) {
    if (badge.getAttribute(name) === value) continue;
    if (value === null) badge.removeAttribute(name);
    else badge.setAttribute(name, value);
    badge.closest('.card')?.removeAttribute('data-verdict');
  }
  updateCount();
}

// The recipient applies as it is typed, once typing pauses; leaving the field (change) or
// pressing Enter applies it at once.
let recipientTimer = null;
function applyRecipient() {
  clearTimeout(recipientTimer);
  applyToAll('recipient', recipient.value.trim() || null);
}
recipient.addEventListener('input', () => {
  clearTimeout(recipientTimer);
  recipientTimer = setTimeout(applyRecipient, RECIPIENT_DEBOUNCE_MS);
});
recipient.addEventListener('change', applyRecipient);
offline.addEventListener('change', () => applyToAll('offline', offline.checked ? '' : null));

document.getElementById('clear').addEventListener('click', () => {
  results.replaceChildren();
  updateCount();
  fileInput.focus();
});

picker.addEventListener('change', () => {
  try {
    localStorage.setItem(LANGUAGE_KEY, picker.value);
  } catch {
    // not remembered, but still applied
  }
  setLanguage(picker.value);
});

// The texts first, so that cards from a link are titled in the page's language.
await setLanguage(initialLanguage()).catch(() => {}); // no catalog: the page stays in English
fromFragment();
window.addEventListener('hashchange', fromFragment);
