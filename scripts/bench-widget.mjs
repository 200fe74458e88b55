// Widget size and speed (recorded in BENCHMARKS.md, section "Widget"; not asserted in tests):
//   node scripts/bench-widget.mjs [RUNS]        (default 10 runs; needs pkg/ and /usr/bin/chromium)
//
// Size: gzip bytes of everything a page downloads for the widget (scripts/widget-size.mjs).
// Speed: headless Chromium loads a local page holding one <open-badge> (a baked PNG with an
// eddsa-rdfc-2022 proof) from the strict-CSP test server, in a fresh browser context each run
// (cold cache); the time is performance.now() at the first `open-badge:verified` event, i.e.
// milliseconds since navigation start. Prints each run and the median.

import { FIX, NOW, instrument, launchBrowser, startTestServer, waitForEvents } from '../tests/browser/helpers.mjs';
import { widgetSizes } from './widget-size.mjs';

const runs = Number(process.argv[2] ?? 10);
const sizes = widgetSizes();
for (const f of sizes.files) console.log(`${f.file.padEnd(40)} ${String(f.gzip).padStart(8)} B gzip`);
console.log(`total (ES module build): ${sizes.module} B gzip = ${(sizes.module / 1024).toFixed(1)} KiB`);
console.log(`total (classic script):  ${sizes.classic} B gzip = ${(sizes.classic / 1024).toFixed(1)} KiB`);

const page = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>` +
  `<link rel="icon" href="/www/favicon.svg"><script type="module" src="/www/open-badge-define.js"></script></head>` +
  `<body><open-badge id="b" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}"></open-badge></body></html>`;

const server = await startTestServer({ '/bench.html': page });
const browser = await launchBrowser();
const times = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await instrument(tab);
    await tab.goto(`${server.base}/bench.html`);
    await waitForEvents(tab, 'b');
    const [event] = await tab.evaluate(() => window.__log.events);
    if (event.type !== 'open-badge:verified') throw new Error(`bench badge was not verified: ${event.summary}`);
    times.push(event.t);
    console.log(`run ${i + 1}: first verified event at ${event.t.toFixed(1)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`median over ${runs} runs: ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})`);
