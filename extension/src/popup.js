// The popup: verifies a dropped or chosen file with the <open-badge> element from www/
// (copied into dist/widget/ by build.mjs), which runs the extension's copy of the package in
// this extension page, under the extension's CSP (`'wasm-unsafe-eval'`). The element shows
// the verdict, the summary and, expanded, every check and note. Nothing leaves the browser
// except the fetches of documents the badge itself refers to.
import { OpenBadgeElement, configure } from './widget/open-badge.js';

configure({ pkg: new URL('./pkg/badgeverify.js', import.meta.url).href });
OpenBadgeElement.define();

const drop = document.getElementById('drop');
const chooser = document.getElementById('file');
const result = document.getElementById('result');
const fileName = document.getElementById('name');

async function check(file) {
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const element = document.createElement('open-badge');
  element.setAttribute('open', '');
  element.setAttribute('loading', 'eager');
  element.input = bytes;
  fileName.textContent = file.name;
  fileName.hidden = false;
  result.replaceChildren(element);
}

// The same page opened in a tab (chrome.tabs.create needs no permission) stays open while
// a file dialog or a drag from the desktop has the focus.
if (new URLSearchParams(location.search).has('tab')) document.getElementById('tab-hint').hidden = true;
document.getElementById('in-tab').addEventListener('click', () => {
  chrome.tabs.create({ url: chrome.runtime.getURL('popup.html?tab') });
  window.close();
});

chooser.addEventListener('change', () => check(chooser.files[0]));
for (const type of ['dragenter', 'dragover']) {
  drop.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
}
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  chooser.value = ''; // the chooser no longer names the file shown
  check(event.dataTransfer.files[0]);
});
// A file dropped anywhere on the popup counts too, rather than being opened by the browser.
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  if (drop.contains(event.target)) return;
  chooser.value = '';
  check(event.dataTransfer.files[0]);
});
