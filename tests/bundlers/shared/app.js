// The app of the vite/, webpack/ and esbuild/ projects (bundlers.test.mjs copies this folder
// next to them): verifies a real badge (a did:key Data Integrity credential, valid offline at
// NOW) and a tampered copy with verify(), and the first again with an <open-badge> element;
// the test reads the verdicts from body[data-result]. It imports nothing from the package:
// each project's entry imports `badgeverify` and `badgeverify/widget` itself (resolved from
// that project's node_modules) and passes verify() in.

const NOW = '2026-01-01T00:00:00Z';

async function verdictOf(verify, path) {
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

/** Writes the verdicts of the badge, its tampered copy and the widget to body[data-result]. */
export async function run(verify) {
  try {
    const result = {
      valid: await verdictOf(verify, '/badge.json'),
      tampered: await verdictOf(verify, '/tampered.json'),
      widget: await widgetVerdict('/badge.json'),
    };
    document.body.dataset.result = JSON.stringify(result);
  } catch (e) {
    document.body.dataset.result = JSON.stringify({ error: String((e && e.stack) || e) });
  }
}

