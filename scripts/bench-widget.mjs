// Widget size and speed (recorded in BENCHMARKS.md, section "Widget"; not asserted in tests):
//   node scripts/bench-widget.mjs [RUNS] [desktop|mobile]
//     (default 10 runs of each profile; needs pkg/ and /usr/bin/chromium)
//
// Size: gzip bytes of everything a page downloads for the widget (scripts/widget-size.mjs).
// Speed: headless Chromium loads a local page holding one <open-badge> (a baked PNG with an
// eddsa-rdfc-2022 proof) from the strict-CSP test server, in a fresh browser context each run
// (cold cache); the time is performance.now() at the first `open-badge:verified` event, i.e.
// milliseconds since navigation start. Prints each run, the median, min and max. Two profiles:
// `desktop`, the machine as it is, and `mobile`, Lighthouse's mobile profile set through the
// DevTools protocol on each fresh tab: 150 ms round trip, 1.6 Mbit/s down and 750 kbit/s up
// (`Network.emulateNetworkConditions`, in Lighthouse's units: 1 kbit = 1024 bit), and the CPU
// 4× slower (`Emulation.setCPUThrottlingRate`).
//
// The harness stays out of the page's way: the server runs in its own process (as a real one
// would; not on the event loop that also drives the browser), requests are not intercepted
// (Chromium itself cannot resolve any host but 127.0.0.1), and the event is awaited as a
// console message instead of by polling the page. The page still fetches every file from the
// server, with a cold cache, under the strict CSP.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIX, LOCAL_ONLY_ARGS, NOW, instrument, launchBrowser, startTestServer, waitForEventsQuietly } from '../tests/browser/helpers.mjs';
import { widgetSizes } from './widget-size.mjs';
import { build } from '../www/build.mjs';

/** How each profile sets up a fresh tab (a Playwright page). */
const PROFILES = {
  desktop: async () => {},
  mobile: async (tab) => {
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  },
};

const page = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>` +
  `<link rel="icon" href="/www/favicon.svg"><script type="module" src="/www/dist/open-badge-define.js"></script></head>` +
  `<body><open-badge id="b" src="${FIX}/baked/ob3-data-integrity.png" now="${NOW}"></open-badge></body></html>`;

// `--serve`: the server process. Prints its base URL, then serves until killed.
if (process.argv[2] === '--serve') {
  const server = await startTestServer({ '/bench.html': page });
  console.log(server.base);
} else {
  const runs = Number(process.argv[2] ?? 10);
  const profiles = process.argv[3] ? [process.argv[3]] : Object.keys(PROFILES);
  await bench(runs, profiles);
}

/** Starts `node bench-widget.mjs --serve`; resolves to `{base, close()}`. */
function startServerProcess() {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early (${code})`)));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ base: out.trim(), close: () => child.kill() });
    });
  });
}

async function bench(runs, profiles) {
  await build(); // the page loads the deployable files: www/dist/ (minified, one widget module)
  const sizes = await widgetSizes();
  for (const f of sizes.files) console.log(`${f.file.padEnd(40)} ${String(f.gzip).padStart(8)} B gzip`);
  console.log(`total (ES module build): ${sizes.module} B gzip = ${(sizes.module / 1024).toFixed(1)} KiB`);
  console.log(`total (classic script):  ${sizes.classic} B gzip = ${(sizes.classic / 1024).toFixed(1)} KiB`);

  const server = await startServerProcess();
  const browser = await launchBrowser(LOCAL_ONLY_ARGS);
  try {
    for (const profile of profiles) {
      if (!PROFILES[profile]) throw new Error(`unknown profile ${profile}: desktop or mobile`);
      console.log(`profile ${profile}:`);
      summarize(await series(browser, server, runs, PROFILES[profile]), runs);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** `runs` cold page loads with `setup` applied to each tab; resolves to the times in ms. */
async function series(browser, server, runs, setup) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await setup(tab);
    const problems = await instrument(tab, { intercept: false });
    const first = waitForEventsQuietly(tab, 'b');
    await tab.goto(`${server.base}/bench.html`, { waitUntil: 'commit' });
    const event = await first;
    if (event.type !== 'open-badge:verified') throw new Error(`bench badge was not verified: ${event.summary}`);
    const csp = await tab.evaluate(() => window.__log.csp);
    if (problems.length || csp.length) throw new Error(`bench page had problems: ${[...problems, ...csp].join('; ')}`);
    times.push(event.t);
    console.log(`run ${i + 1}: first verified event at ${event.t.toFixed(1)} ms`);
    await context.close();
  }
  return times;
}

function summarize(times, runs) {
  times.sort((a, b) => a - b);
  const mid = times.length / 2;
  const median = times.length % 2 ? times[Math.floor(mid)] : (times[mid - 1] + times[mid]) / 2;
  console.log(`median over ${runs} runs: ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})`);
}
