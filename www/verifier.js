// The drop-a-file verifier page (www/index.html). Every card is an <open-badge> element fed
// the file's bytes; this script only reads files, adds the cards and the Copy/Download/link
// buttons. `?now=RFC3339` pins the verification instant (for demos and screenshots).
//
// Verification links carry the badge in the URL fragment, which browsers never send to a
// server (the same scheme as `badgeverify link`, cli/src/link.rs):
//   #u=<url>    a hosted assertion, its URL as it is
//   #c=<data>   any other payload (JSON, a JWT, a baked image's payload): its UTF-8 text,
//               raw deflate (CompressionStream('deflate-raw')), base64url without padding
//
// Served by `badgeverify serve`, the page has <meta name="badgeverify-package"> naming the
// package module that fetches every document through the server's proxy.

import { OpenBadgeElement, configure, loadVerifier, verificationLink, fromBase64url, inflateRaw } from './open-badge.js';

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

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function updateCount() {
  const cards = results.querySelectorAll('.card');
  const done = results.querySelectorAll('.card[data-verdict]');
  const valid = results.querySelectorAll('.card[data-verdict="valid"]');
  bar.hidden = cards.length === 0;
  count.textContent =
    done.length < cards.length
      ? `Checking ${cards.length - done.length} of ${cards.length}…`
      : `${cards.length} checked, ${valid.length} verified`;
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

/** Adds a card that verifies `input` (bytes or text); `title` names it. */
function addCard(title, input) {
  const card = el('article', { class: 'card' });
  const head = el('header', { class: 'card-head' });
  head.append(el('h2', { class: 'card-title' }, title));
  const remove = el('button', { class: 'button subtle icon', type: 'button', 'aria-label': `Remove ${title}` }, '×');
  remove.addEventListener('click', () => {
    card.remove();
    updateCount();
  });
  head.append(remove);

  const badge = document.createElement('open-badge');
  badge.setAttribute('open', '');
  badge.setAttribute('loading', 'eager');
  if (now) badge.setAttribute('now', now);
  if (recipient.value.trim()) badge.setAttribute('recipient', recipient.value.trim());
  if (offline.checked) badge.setAttribute('offline', '');

  const actions = el('div', { class: 'card-actions' });
  const copy = el('button', { class: 'button', type: 'button', disabled: '' }, 'Copy credential');
  const save = el('button', { class: 'button', type: 'button', disabled: '' }, 'Download credential');
  const saveReport = el('button', { class: 'button subtle', type: 'button', disabled: '' }, 'Download report');
  const share = el('button', { class: 'button subtle', type: 'button', disabled: '' }, 'Copy verification link');
  const note = el('span', { class: 'action-note', role: 'status' });
  actions.append(copy, save, saveReport, share, note);

  const credentialText = () => JSON.stringify(badge.report?.credential ?? null, null, 2);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(credentialText());
      note.textContent = 'Copied.';
    } catch {
      note.textContent = 'The browser did not allow copying; use Download instead.';
    }
  });
  save.addEventListener('click', () => download(`${baseName(title)}.credential.json`, credentialText()));
  share.addEventListener('click', async () => {
    let link;
    try {
      link = await verificationLink(input, location.href.split('#')[0], (await loadVerifier()).extract);
    } catch (e) {
      note.textContent = `No link: ${e && e.message ? e.message : e}`;
      return;
    }
    card.dataset.link = link;
    try {
      await navigator.clipboard.writeText(link);
      note.textContent = `Link copied (${link.length} characters).`;
    } catch {
      note.textContent = `The browser did not allow copying; the link has ${link.length} characters.`;
    }
  });
  saveReport.addEventListener('click', () =>
    download(`${baseName(title)}.report.json`, JSON.stringify(badge.report, null, 2)),
  );

  const settle = (event) => {
    const report = event.detail;
    card.dataset.verdict = report.verdict;
    const has = report.credential != null;
    copy.disabled = !has;
    save.disabled = !has;
    saveReport.disabled = false;
    share.disabled = !has && typeof input !== 'string';
    note.textContent = '';
    updateCount();
  };
  badge.addEventListener('open-badge:verified', settle);
  badge.addEventListener('open-badge:failed', settle);

  card.append(head, badge, actions);
  results.prepend(card);
  badge.input = input;
  updateCount();
  return card;
}

const linkError = document.getElementById('link-error');

/** Verifies the badge in the URL fragment (#u= or #c=), if there is one. */
async function fromFragment() {
  const hash = location.hash.slice(1);
  linkError.hidden = true;
  try {
    if (hash.startsWith('u=')) addCard('Badge from link', hash.slice(2));
    else if (hash.startsWith('c=')) addCard('Badge from link', await inflateRaw(fromBase64url(hash.slice(2)), MAX_LINK_BYTES));
  } catch (e) {
    linkError.textContent = `This verification link is damaged (${e && e.message ? e.message : e}); ask for the link again, or verify the badge file itself.`;
    linkError.hidden = false;
  }
}

async function addFiles(files) {
  for (const file of files) {
    addCard(file.name, new Uint8Array(await file.arrayBuffer()));
  }
}

function addText(text) {
  const trimmed = text.trim();
  if (!trimmed) return;
  let title = 'Pasted text';
  if (/^https?:\/\//i.test(trimmed)) title = trimmed;
  else if (trimmed.startsWith('{')) title = 'Pasted JSON';
  else if (/^ey[\w-]*\.[\w-]*\./.test(trimmed)) title = 'Pasted JWT';
  addCard(title, trimmed);
}

const input = document.getElementById('files');
input.addEventListener('change', () => {
  addFiles([...input.files]);
  input.value = '';
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

recipient.addEventListener('change', () => applyToAll('recipient', recipient.value.trim() || null));
offline.addEventListener('change', () => applyToAll('offline', offline.checked ? '' : null));

document.getElementById('clear').addEventListener('click', () => {
  results.replaceChildren();
  updateCount();
});

fromFragment();
window.addEventListener('hashchange', fromFragment);
