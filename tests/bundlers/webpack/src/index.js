// Verifies a real badge (a did:key Data Integrity credential, valid offline at NOW) and a
// tampered copy with verify(), and the first again with an <open-badge> element, all
// imported from the installed package; the test reads the verdicts from body[data-result].
import { verify } from 'badgeverify';
import 'badgeverify/widget';

const NOW = '2026-01-01T00:00:00Z';

async function verdictOf(path) {
  const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
  return (await verify(bytes, { now: NOW, offline: true })).verdict;
}

function widgetVerdict(path) {
  const element = document.createElement('open-badge');
  for (const [name, value] of [['src', path], ['now', NOW], ['offline', ''], ['loading', 'eager']]) {
    element.setAttribute(name, value);
  }
  const done = new Promise((resolve) => {
    element.addEventListener('open-badge:verified', (e) => resolve(e.detail.verdict));
    element.addEventListener('open-badge:failed', (e) => resolve(e.detail.verdict));
  });
  document.body.append(element);
  return done;
}

async function main() {
  try {
    const result = {
      valid: await verdictOf('/badge.json'),
      tampered: await verdictOf('/tampered.json'),
      widget: await widgetVerdict('/badge.json'),
    };
    document.body.dataset.result = JSON.stringify(result);
  } catch (e) {
    document.body.dataset.result = JSON.stringify({ error: String((e && e.stack) || e) });
  }
}

main();
