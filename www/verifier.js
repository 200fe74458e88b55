// The drop-a-file verifier page (www/index.html). Every card is an <open-badge> element fed
// the file's bytes; this script only reads files, adds the cards and the Copy/Download
// buttons. `?now=RFC3339` pins the verification instant (for demos and screenshots).

import { OpenBadgeElement } from './open-badge.js';

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
  const note = el('span', { class: 'action-note', role: 'status' });
  actions.append(copy, save, saveReport, note);

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
