// badgeverify extension, content script (isolated world; a classic script, as content
// scripts must be). It finds the badges on a page and puts a small marker after each one with
// the extension's own verdict:
//
//   - <img> whose file is a PNG or SVG with baked badge data: the bytes are fetched (from the
//     HTTP cache, usually) with the page's own access, a cheap scan of the PNG chunks / SVG
//     text decides whether they carry badge data, and only then are they sent for verification;
//   - <open-badge> elements: the badge in their `src` attribute or inline
//     <script type="application/json|jwt"> is verified independently of the element, and
//     the marker is flagged, visibly, when the element displays another status (its visible
//     status text, or its `report.verdict` property, read through main-world.js);
//   - links to hosted assertions (.json/.jwt/.jws links and paths with /assertion/): the
//     document is fetched and verified when it is a badge.
//
// The WebAssembly verifier runs in the service worker (background.js); this script only
// reads the page and sends bytes there with runtime.sendMessage. Markers live in closed
// shadow roots (page CSS cannot restyle their content, page scripts cannot reach it), their
// host carries inline `!important` styles (page stylesheets cannot hide it), and badge text is
// only ever set with textContent or attributes.

(() => {
  if (globalThis.__badgeverifyExtension) return;
  globalThis.__badgeverifyExtension = true;

  const HOST_ATTR = 'data-badgeverify-extension';
  const MAX_IMAGES = 200;
  const MAX_LINKS = 30;
  const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
  const MAX_DOCUMENT_BYTES = 1024 * 1024;
  /** Largest `src` file of an <open-badge> element (the service worker accepts 16 MiB). */
  const MAX_SOURCE_BYTES = 16 * 1024 * 1024;
  /** How long to keep re-reading an <open-badge> element that still shows no final status. */
  const SETTLE_MS = 60_000;
  // Failure codes that mean the input holds no badge at all (docs/report.md); the same list as
  // www/open-badge.js, which a classic content script cannot import.
  const NOT_A_BADGE = ['no-badge-data', 'unrecognized-input', 'payload-unrecognized', 'not-a-badge'];

  const LABELS = {
    valid: 'Verified',
    invalid: 'Not verified',
    indeterminate: 'Could not be fully checked',
    error: 'Could not be checked',
  };

  /** Every badge found: target element → state. */
  const tracked = new Map();

  // ---------------------------------------------------------------------------------------
  // Talking to the service worker

  function base64(bytes) {
    let text = '';
    for (let at = 0; at < bytes.length; at += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(at, at + 0x8000));
    }
    return btoa(text);
  }

  /** Resolves to the report for `{bytes}` or `{text}`; when the worker fails, to an `error` report saying so. */
  async function verifyInWorker(input, recipient) {
    const message = { type: 'verify', recipient: recipient || null };
    if (input.bytes) message.base64 = base64(input.bytes);
    else message.text = input.text;
    try {
      const answer = await chrome.runtime.sendMessage(message);
      return answer && answer.report ? answer.report : { verdict: 'error', summary: `The extension's verifier failed: ${answer && answer.error}`, checks: [] };
    } catch (e) {
      return { verdict: 'error', summary: `The extension's verifier could not be reached: ${e && e.message ? e.message : e}`, checks: [] };
    }
  }

  function isNotABadge(report) {
    return report.checks.some((c) => c.outcome === 'fail' && NOT_A_BADGE.includes(c.code));
  }

  // ---------------------------------------------------------------------------------------
  // Reading files with the page's own access (no more than the page could read itself)

  /**
   * The body of `url` (at most `cap` bytes), or null. `accept(type)` may refuse by content
   * type, and `sniff(firstBytes)` by the first bytes, so that a large file of another kind
   * is not downloaded in full. (The capped read mirrors `readCapped` in the package's
   * badgeverify.js, which a classic content script cannot import.)
   */
  async function readUrl(url, cap, accept = () => true, sniff = () => true) {
    let response;
    try {
      response = await fetch(url, { cache: 'force-cache', credentials: 'same-origin', redirect: 'follow' });
    } catch {
      return null; // cross-origin without CORS, or unreachable: nothing the page could read either
    }
    if (!response.ok || !accept((response.headers.get('content-type') || '').toLowerCase())) {
      response.body?.cancel().catch(() => {});
      return null;
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > cap) {
      response.body?.cancel().catch(() => {});
      return null;
    }
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (total === 0 && !sniff(value)) {
        reader.cancel().catch(() => {});
        return null;
      }
      total += value.byteLength;
      if (total > cap) {
        reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return bytes;
  }

  const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

  /** Whether a file's first bytes are a PNG signature or the start of XML text. */
  function looksLikePngOrSvg(first) {
    if (first.length >= 8 && PNG_SIGNATURE.every((b, i) => first[i] === b)) return true;
    return /^\uFEFF?\s*</.test(new TextDecoder('utf-8', { fatal: false }).decode(first.subarray(0, 256)));
  }
  const BADGE_KEYWORDS = ['openbadges', 'openbadgecredential'];

  /**
   * Whether a file may carry baked badge data: a PNG with a tEXt/iTXt/zTXt chunk whose keyword
   * is a badge keyword, or an SVG that mentions the openbadges namespace. Only a filter, so
   * that ordinary images are never sent to the verifier; the verifier decides (a badge chunk
   * with a broken CRC passes here and is reported invalid there).
   */
  function mayCarryBadge(bytes) {
    if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
      let at = 8;
      while (at + 8 <= bytes.length) {
        const length = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
        const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
        if (type === 'tEXt' || type === 'iTXt' || type === 'zTXt') {
          const start = at + 8;
          let end = start;
          while (end < bytes.length && end < start + 80 && bytes[end] !== 0) end += 1;
          const keyword = String.fromCharCode.apply(null, bytes.subarray(start, end));
          if (BADGE_KEYWORDS.includes(keyword)) return true;
        }
        if (type === 'IEND') break;
        at += 12 + length;
      }
      return false;
    }
    // SVG (or XML): look for the namespace or element name in the text.
    const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    if (!/^\uFEFF?\s*</.test(head)) return false;
    const text = bytes.length <= 4096 ? head : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    return /<svg[\s>]/i.test(text) && /openbadges/i.test(text);
  }

  // ---------------------------------------------------------------------------------------
  // Markers

  const STYLE = `
    :host { all: initial; }
    .mark {
      display: inline-flex; align-items: center; gap: 0.3em; box-sizing: border-box;
      font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #fff; background: #5b6475; border-radius: 999px; padding: 2px 7px 2px 4px;
      max-width: 28em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
      box-shadow: 0 0 0 1px rgba(255,255,255,0.8);
      cursor: default;
    }
    .mark[data-verdict="valid"] { background: #17803d; }
    .mark[data-verdict="invalid"] { background: #c22b2b; }
    .mark[data-verdict="indeterminate"], .mark[data-verdict="error"] { background: #a15c00; }
    .mark[data-flag="mismatch"] { background: #c22b2b; outline: 3px solid #ffd400; outline-offset: 1px; white-space: normal; }
    .icon { display: inline-grid; place-items: center; width: 1.35em; height: 1.35em; border-radius: 50%;
      background: rgba(255,255,255,0.25); font-size: 11px; }
    .text { overflow: hidden; text-overflow: ellipsis; }
    .text:empty { display: none; }
    .mark:has(.text:empty) { padding: 2px; }
  `;
  const ICONS = { valid: '✓', invalid: '✗', indeterminate: '!', error: '!', pending: '…' };

  /**
   * Inline styles on the host, each `!important`: an inline important declaration beats any
   * page stylesheet. Set through the CSSOM, which a page's CSP (`style-src` without
   * 'unsafe-inline') does not block, unlike a `style` attribute or a <style> element.
   */
  const HOST_STYLE = [
    ['all', 'initial'],
    ['display', 'inline-block'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['position', 'static'],
    ['transform', 'none'],
    ['clip-path', 'none'],
    ['filter', 'none'],
    ['width', 'auto'],
    ['height', 'auto'],
    ['margin', '2px 4px'],
    ['vertical-align', 'middle'],
    ['pointer-events', 'auto'],
  ];

  let sheet = null;
  function adoptStyles(shadow) {
    try {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = STYLE;
      shadow.append(style);
    }
  }

  function createMarker() {
    const host = document.createElement('span');
    host.setAttribute(HOST_ATTR, '');
    for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow);
    const mark = document.createElement('span');
    mark.className = 'mark';
    mark.setAttribute('role', 'img');
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.setAttribute('aria-hidden', 'true');
    const text = document.createElement('span');
    text.className = 'text';
    text.setAttribute('aria-hidden', 'true');
    mark.append(icon, text);
    shadow.append(mark);
    return { host, mark, icon, text };
  }

  function badgeWords(report) {
    const name = report.badge && report.badge.name;
    const issuer = report.issuer && (report.issuer.name || report.issuer.host);
    return [name ? `badge “${name}”` : null, issuer ? `issuer ${issuer}` : null].filter(Boolean).join(', ');
  }

  /** Draws `state.marker` for the extension's verdict, and the mismatch flag if any. */
  function render(state) {
    const { mark, icon, text } = state.marker;
    const report = state.report;
    if (!report) {
      mark.dataset.verdict = 'pending';
      icon.textContent = ICONS.pending;
      text.textContent = '';
      const label = 'badgeverify extension: checking this badge…';
      mark.setAttribute('aria-label', label);
      mark.title = label;
      return;
    }
    const verdict = report.verdict in LABELS ? report.verdict : 'error';
    mark.dataset.verdict = verdict;
    const words = badgeWords(report);
    let label = `badgeverify extension: ${LABELS[verdict]}. ${report.summary}${words ? ` (${words})` : ''}`;
    if (state.mismatch) {
      mark.dataset.flag = 'mismatch';
      icon.textContent = '⚠';
      text.textContent = `Page shows “${state.mismatch.shown}”; extension: ${LABELS[verdict]}`;
      label =
        `badgeverify extension: this badge widget shows “${state.mismatch.shown}”, but the extension's own ` +
        `check says ${LABELS[verdict]}. ${report.summary}${words ? ` (${words})` : ''}${state.mismatch.note}`;
    } else {
      delete mark.dataset.flag;
      icon.textContent = ICONS[verdict];
      // Next to an <open-badge> element that shows the same status, the icon suffices; when
      // its status cannot be read (other wording, an image), the verdict is spelt out.
      text.textContent = state.kind === 'element' && state.agrees ? '' : LABELS[verdict];
    }
    mark.setAttribute('aria-label', label);
    mark.title = label;
  }

  /** Puts the marker right after the badge (again, if the page removed it). */
  function place(state) {
    if (!state.target.isConnected) return;
    if (state.marker.host.isConnected && state.marker.host.previousSibling === state.target) return;
    state.target.after(state.marker.host);
  }

  function track(target, kind) {
    let state = tracked.get(target);
    if (!state) {
      state = { target, kind, key: null, report: null, marker: null, mismatch: null, run: 0 };
      tracked.set(target, state);
    }
    return state;
  }

  /** Takes the marker away but remembers what was checked, so it is not fetched again. */
  function unmark(state) {
    state.marker?.host.remove();
    state.marker = null;
    state.report = null;
    state.mismatch = null;
    publish();
  }

  /** Forgets a badge that left the page. */
  function forget(state) {
    unmark(state);
    state.key = null;
    tracked.delete(state.target);
  }

  function show(state, report) {
    if (!state.marker) state.marker = createMarker();
    state.report = report;
    render(state);
    place(state);
  }

  // ---------------------------------------------------------------------------------------
  // Images

  async function checkImage(image) {
    const src = image.currentSrc || image.src;
    if (!/^(https?:|data:image\/(png|svg\+xml)[;,]|blob:)/i.test(src)) return;
    const state = track(image, 'image');
    if (state.key === src) return;
    state.key = src;
    const run = (state.run += 1);
    const bytes = await readUrl(src, MAX_IMAGE_BYTES, (type) => !/^(image\/(?!png|svg\+xml)|text\/html|video\/|audio\/)/.test(type), looksLikePngOrSvg);
    if (run !== state.run) return;
    if (!bytes || !mayCarryBadge(bytes)) return unmark(state);
    await verifyAndMark(state, run, { bytes });
  }

  /**
   * Verifies `input` for a found image or link and marks it, unless the verifier says it holds
   * no badge at all. Unlike elements, images and links are marked only when they are badges.
   */
  async function verifyAndMark(state, run, input) {
    show(state, null);
    const report = await verifyInWorker(input);
    if (run !== state.run) return;
    if (isNotABadge(report)) return unmark(state);
    show(state, report);
    publish();
  }

  // ---------------------------------------------------------------------------------------
  // Links to hosted assertions

  function isCandidateLink(a) {
    let url;
    try {
      url = new URL(a.href);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    return /\.(json|jsonld|jwt|jws)$/i.test(url.pathname) || /\/assertions?\//i.test(url.pathname);
  }

  async function checkLink(a) {
    const href = a.href;
    const state = track(a, 'link');
    if (state.key === href) return;
    state.key = href;
    const run = (state.run += 1);
    const bytes = await readUrl(href, MAX_DOCUMENT_BYTES, (type) => !/^(text\/html|image\/|video\/|audio\/)/.test(type));
    if (run !== state.run || !bytes) return;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).trim();
    // JSON (an assertion or credential) or a compact JWS/JWT; anything else is not a badge.
    if (!/^[{[]/.test(text) && !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) return;
    await verifyAndMark(state, run, { text });
  }

  // ---------------------------------------------------------------------------------------
  // <open-badge> elements: the independent second opinion

  function inlineBadge(element) {
    return element.querySelector(':scope > script[type="application/json"], :scope > script[type="application/jwt"]');
  }

  // The statuses the element displays, in its English and German UI strings. Matched at the
  // start of the status text only, so a badge name inside the summary cannot change the reading.
  const SHOWN = [
    ['indeterminate', /^(could not be fully checked|nicht vollständig prüfbar)/i],
    ['error', /^(could not be checked|prüfung nicht möglich)/i],
    ['invalid', /^(not verified|nicht verifiziert)/i],
    ['pending', /^(checking|not checked yet|wird geprüft|noch nicht geprüft)/i],
    ['valid', /^(verified|verifiziert)/i],
  ];

  /**
   * The text `node` renders, as the visitor sees it: `innerText` of what is visible, which
   * leaves out what CSS hides (display: none, visibility: hidden, opacity: 0), so a status the
   * page's styles hide is not read as its claim.
   * For a shadow root, the rendered text of its children (never <style>, <script>, <template>).
   */
  function renderedText(node) {
    if (node instanceof Element && !shown(node)) return '';
    if (node instanceof HTMLElement) return node.innerText;
    return [...node.childNodes]
      .filter((child) => !(child instanceof Element && (/^(style|script|template)$/i.test(child.localName) || !shown(child))))
      .map((child) => (child instanceof HTMLElement ? child.innerText : child.textContent))
      .join('\n');
  }

  /** Whether `element` is rendered and visible (innerText of a hidden element is its raw text). */
  function shown(element) {
    if (typeof element.checkVisibility === 'function') {
      return element.checkVisibility({ opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true });
    }
    return element.getClientRects().length > 0;
  }

  /** The status of the first of `lines` that starts (after any icon or punctuation) with a status label, or null. */
  function claimIn(lines) {
    for (const line of lines) {
      const text = line.replace(/^[^\p{L}]+/u, '').trim();
      for (const [verdict, pattern] of SHOWN) {
        if (pattern.test(text)) return verdict;
      }
    }
    return null;
  }

  /**
   * The status the element shows (a verdict, 'pending' or null when unreadable), read from its
   * rendering (open or closed shadow root): its visible status part (`[part~="status"]`) when
   * it has one, else the first rendered line that starts with a status label.
   */
  function displayedStatus(element) {
    const root = chrome.dom && chrome.dom.openOrClosedShadowRoot ? chrome.dom.openOrClosedShadowRoot(element) : element.shadowRoot;
    const status = root ? root.querySelector('[part~="status"]') : null;
    if (status) {
      const first = renderedText(status).split('\n').find((line) => line.trim());
      const claim = claimIn(first ? [first] : []);
      if (claim) return claim;
    }
    return claimIn(renderedText(root ?? element).split('\n'));
  }

  /** The element's `report.verdict` property as the page's own scripts see it (main-world.js). */
  function reportProperty(element) {
    let answer;
    const listen = (event) => {
      answer = typeof event.detail === 'string' ? event.detail : null;
    };
    element.addEventListener('badgeverify-extension:answer', listen);
    element.dispatchEvent(new CustomEvent('badgeverify-extension:query'));
    element.removeEventListener('badgeverify-extension:answer', listen);
    return answer === undefined ? null : answer;
  }

  /** Compares what the element claims with the extension's verdict; re-renders when it changed. */
  function compare(state) {
    if (!state.report) return;
    const element = state.target;
    const claim = displayedStatus(element);
    const property = reportProperty(element);
    const own = state.report.verdict;
    let mismatch = null;
    const settled = claim !== null && claim !== 'pending';
    const notes = [];
    if (element.hasAttribute('now')) notes.push(` The element verifies at now=${element.getAttribute('now')}; the extension at the current time.`);
    if (element.hasAttribute('offline')) notes.push(' The element fetches nothing (offline); the extension fetches what the badge needs.');
    if (settled && claim !== own) {
      mismatch = { shown: LABELS[claim], note: notes.join('') };
    } else if (property && property !== own) {
      mismatch = { shown: LABELS[property] ?? property, note: ` (its report.verdict property says “${property}”)${notes.join('')}` };
    }
    const before = JSON.stringify([state.mismatch, state.agrees]);
    state.mismatch = mismatch;
    state.agrees = settled && claim === own && (!property || property === own);
    state.settled = settled || property !== null;
    if (JSON.stringify([mismatch, state.agrees]) !== before) {
      render(state);
      publish();
    }
  }

  function watchElement(state) {
    if (state.watching) return;
    state.watching = true;
    const element = state.target;
    const recheck = () => queueMicrotask(() => compare(state));
    element.addEventListener('open-badge:verified', recheck);
    element.addEventListener('open-badge:failed', recheck);
    // Follow the element's rendering: its shadow root may appear late (upgrade) and change at
    // any time (a lying script may rewrite it after the fact).
    let observed = null;
    const observer = new MutationObserver(recheck);
    const started = Date.now();
    const poll = () => {
      if (!tracked.has(element)) return observer.disconnect();
      const root = chrome.dom && chrome.dom.openOrClosedShadowRoot ? chrome.dom.openOrClosedShadowRoot(element) : element.shadowRoot;
      if (root && root !== observed) {
        observer.disconnect();
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        observed = root;
      }
      compare(state);
      if (!state.settled && Date.now() - started < SETTLE_MS) setTimeout(poll, 250);
      else if (Date.now() - started < SETTLE_MS) setTimeout(poll, 2000);
    };
    poll();
  }

  async function checkElement(element) {
    const script = inlineBadge(element);
    const src = element.getAttribute('src');
    const recipient = element.getAttribute('recipient') || '';
    let url = null;
    if (!script && src) {
      try {
        url = new URL(src, document.baseURI).href;
      } catch {
        url = null;
      }
    }
    const key = JSON.stringify({ inline: script ? script.textContent : null, url, recipient });
    const state = track(element, 'element');
    if (state.key === key) return;
    state.key = key;
    const run = (state.run += 1);
    state.mismatch = null;
    show(state, null);
    let report;
    if (script) {
      report = await verifyInWorker({ text: script.textContent.trim() }, recipient);
    } else if (url) {
      const bytes = await readUrl(url, MAX_SOURCE_BYTES);
      report = bytes
        ? await verifyInWorker({ bytes }, recipient)
        : {
            verdict: 'error',
            summary: `The extension could not read ${url} with this page's access, so it has no opinion of its own.`,
            checks: [],
            badge: null,
            issuer: null,
          };
    } else {
      report = {
        verdict: 'error',
        summary: 'This element gets its badge from a script (its input property), not from its markup: the extension cannot check it independently.',
        checks: [],
        badge: null,
        issuer: null,
      };
    }
    if (run !== state.run) return;
    show(state, report);
    watchElement(state);
    compare(state);
    publish();
  }

  // ---------------------------------------------------------------------------------------
  // Scanning the page

  function isOurs(node) {
    return node.nodeType === Node.ELEMENT_NODE && node.hasAttribute(HOST_ATTR);
  }

  function scan() {
    for (const element of document.querySelectorAll('open-badge')) checkElement(element);
    let images = 0;
    for (const image of document.images) {
      // Only images the browser has finished with (loaded or failed): their bytes then come
      // from the HTTP cache, and lazy images far down the page are not fetched early.
      if (image.closest('open-badge') || !image.complete) continue;
      if ((images += 1) > MAX_IMAGES) break;
      checkImage(image);
    }
    let links = 0;
    for (const a of document.querySelectorAll('a[href]')) {
      if (a.closest('open-badge') || !isCandidateLink(a)) continue;
      if ((links += 1) > MAX_LINKS) break;
      checkLink(a);
    }
    // Markers the page removed come back; badges that left the page are forgotten.
    for (const state of [...tracked.values()]) {
      if (!state.target.isConnected) forget(state);
      else if (state.marker) place(state);
    }
  }

  let published = '';
  /** Tells the service worker how many badges this page has and how many were flagged. */
  function publish() {
    let badges = 0;
    let mismatches = 0;
    for (const state of tracked.values()) {
      if (!state.report) continue;
      badges += 1;
      if (state.mismatch) mismatches += 1;
    }
    const message = JSON.stringify({ badges, mismatches });
    if (message === published) return;
    published = message;
    chrome.runtime.sendMessage({ type: 'tab-state', badges, mismatches }).catch(() => {});
  }

  let queued = null;
  function schedule() {
    if (queued) return;
    queued = setTimeout(() => {
      queued = null;
      scan();
    }, 200);
  }

  new MutationObserver((records) => {
    // Ignore changes that are only our own markers coming and going.
    for (const record of records) {
      // (A marker the page removed does schedule a scan, which puts it back.)
      if (record.type === 'childList' && record.removedNodes.length === 0 && [...record.addedNodes].every(isOurs)) continue;
      schedule();
      return;
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['src', 'srcset', 'href', 'recipient'], characterData: true });

  // An image that finishes loading later is looked at then (load events do not bubble).
  document.addEventListener('load', (event) => event.target instanceof HTMLImageElement && schedule(), true);
  document.addEventListener('error', (event) => event.target instanceof HTMLImageElement && schedule(), true);

  scan();
})();
