// `badgeverify serve` in headless Chromium: the page as the CLI binary serves it verifies a
// hosted OB 2.0 badge (1EdTech's fixtures) through the documents proxy from a loopback
// issuer (with the test-only --allow-loopback-proxy and --map-origin), and verification
// links made by `badgeverify link` open the page and verify the badge with nothing uploaded.
//
// Needs the CLI built after pkg/ (scripts/build-pkg.sh, then cargo build -p badgeverify-cli);
// BADGEVERIFY_BIN overrides target/debug/badgeverify.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../www/serve.mjs';
import { FIX, NOW, ROOT, instrument, launchBrowser } from './helpers.mjs';

const BIN = process.env.BADGEVERIFY_BIN ?? join(ROOT, 'target/debug/badgeverify');
const OB20 = join(ROOT, 'tests/vectors/1edtech-validator/inspector-vc/src/test/resources/ob20');
const HOSTED = 'https://example.org/beths-robotics-badge.json';

let issuer;
let serve;
let base;
let browser;

/** Starts `badgeverify serve --port 0 ...args`; resolves to {child, base}. */
function startServe(args) {
  const env = { ...process.env };
  for (const v of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy']) delete env[v];
  const child = spawn(BIN, ['serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    createInterface({ input: child.stdout }).once('line', (line) => {
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
      if (m) resolve({ child, base: m[1] });
      else reject(new Error(`unexpected first line from serve: ${line}`));
    });
  });
}

before(async () => {
  // 1EdTech's OB 2.0 issuer documents, with the hosted assertion served at its own id (as
  // cli/tests/network.rs does).
  issuer = await startServer({
    root: join(OB20, 'assets'),
    routes: {
      '/beths-robotics-badge.json': (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'application/json' });
        r.end(readFileSync(join(OB20, 'basic-assertion.json')));
      },
    },
  });
  const origin = `http://127.0.0.1:${issuer.port}`;
  const maps = ['https://example.org/', 'https://www.example.org/', 'http://example.org/'].flatMap((from) => ['--map-origin', `${from}=${origin}/`]);
  // Anything else goes to a path the test server does not have, never off the machine.
  for (const scheme of ['https', 'http']) maps.push('--map-origin', `${scheme}://=${origin}/__unmapped__/${scheme}/`);
  serve = await startServe(['--allow-loopback-proxy', ...maps]);
  base = serve.base;
  const wasm = await fetch(`${base}pkg/badgeverify_bg.wasm`);
  if (!wasm.ok) throw new Error(`${BIN} was built without pkg/: run scripts/build-pkg.sh, then cargo build -p badgeverify-cli`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  serve?.child.kill();
  await issuer?.close();
});

/** Opens `url` in a fresh page; resolves to {page, problems, requests}. */
async function open(url) {
  const page = await browser.newPage();
  const problems = await instrument(page);
  const requests = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData(), type: r.resourceType() }));
  await page.goto(url);
  return { page, problems, requests };
}

/**
 * The badge image: the element shows it from the issuer's https URL (an <img>, not a
 * document the verification needs, so not through the proxy); the test's request
 * interception blocks it, which is the only problem expected on a hosted 1EdTech badge.
 */
const IMAGE = 'https://example.org/robotics-badge.png';
const withoutImage = (problems) => problems.filter((p) => !p.includes(IMAGE) && !p.includes('ERR_BLOCKED_BY_CLIENT'));

async function verdicts(page, n) {
  await page.waitForFunction((count) => document.querySelectorAll('.card[data-verdict]').length >= count, n, { timeout: 30_000 });
  return page.$$eval('.card', (list) => list.map((c) => [c.querySelector('.card-title').textContent, c.dataset.verdict]));
}

function link(file, extra = []) {
  return execFileSync(BIN, ['link', '--base', `${base}?now=${NOW}`, ...extra, file], { encoding: 'utf8' }).trim();
}

test('the served page verifies a hosted OB 2.0 badge through the proxy', async () => {
  const { page, problems, requests } = await open(`${base}?now=${NOW}`);
  await page.fill('#paste', HOSTED);
  await page.click('#paste-form button[type="submit"]');
  assert.deepEqual(await verdicts(page, 1), [[HOSTED, 'valid']]);
  const proxied = requests.filter((r) => r.url.startsWith(`${base}proxy?url=`)).map((r) => decodeURIComponent(r.url.slice(`${base}proxy?url=`.length)));
  assert.ok(proxied.includes(HOSTED), proxied.join('\n'));
  assert.ok(proxied.some((u) => u.startsWith('https://example.org/') && u !== HOSTED), proxied.join('\n'));
  // Every document request went to the serving process itself, never to the issuer.
  assert.deepEqual(requests.filter((r) => !r.url.startsWith(base)).map((r) => [r.type, r.url]), [['image', IMAGE]]);
  assert.deepEqual(withoutImage(problems), []);
  assert.deepEqual(await page.evaluate(() => window.__log.csp), []);
  await page.close();
});

test('a link made by `badgeverify link` verifies the badge with no upload', async () => {
  const png = join(ROOT, FIX, 'baked/ob3-data-integrity.png');
  const url = link(png);
  assert.match(url, /#c=[A-Za-z0-9_-]+$/);
  const data = url.slice(url.indexOf('#c=') + 3);
  const { page, problems, requests } = await open(url);
  assert.deepEqual(await verdicts(page, 1), [['Badge from link', 'valid']]);
  // The badge never leaves the browser: no request carries any part of the link's data or
  // the credential, and there is no request with a body.
  const credential = JSON.parse(execFileSync(BIN, ['extract', png], { encoding: 'utf8' }));
  const proof = credential.proof.proofValue ?? credential.proof[0].proofValue;
  for (const r of requests) {
    assert.equal(r.method, 'GET', r.url);
    assert.equal(r.body, null, r.url);
    assert.ok(!r.url.includes(data.slice(0, 24)), r.url);
    assert.ok(!decodeURIComponent(r.url).includes(proof), r.url);
  }
  assert.deepEqual(problems, []);

  // The card makes a link of its own (the browser's deflate), which verifies the same way.
  await page.click('.card button:has-text("Copy verification link")');
  await page.waitForFunction(() => document.querySelector('.card').dataset.link);
  const own = await page.$eval('.card', (c) => c.dataset.link);
  assert.match(own, /#c=[A-Za-z0-9_-]+$/);
  const again = await open(own);
  assert.deepEqual(await verdicts(again.page, 1), [['Badge from link', 'valid']]);
  assert.deepEqual(again.problems, []);
  await again.page.close();
  await page.close();
});

test('a hosted-assertion link (#u=) verifies through the proxy; a damaged link says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'badgeverify-link-'));
  const file = join(dir, 'hosted.txt');
  writeFileSync(file, `${HOSTED}\n`);
  const url = link(file);
  assert.equal(url, `${base}?now=${NOW}#u=${HOSTED}`);
  // A hosted assertion's JSON (or a baked image of it) is linked by its id, just the same.
  assert.equal(link(join(OB20, 'basic-assertion.json')), url);
  const { page, problems, requests } = await open(url);
  assert.deepEqual(await verdicts(page, 1), [['Badge from link', 'valid']]);
  assert.ok(requests.some((r) => r.url === `${base}proxy?url=${encodeURIComponent(HOSTED)}`));
  assert.deepEqual(withoutImage(problems), []);

  // A link whose data is not deflate: an alert, no card.
  await page.goto(`${base}?now=${NOW}#c=bm90LWRlZmxhdGU`);
  await page.waitForSelector('#link-error:not([hidden])');
  assert.match(await page.textContent('#link-error'), /damaged/);
  await page.close();
});

test("a chosen file's card links to its payload: #c= for a baked image, #u= for a hosted assertion", async () => {
  const { page, problems } = await open(`${base}?now=${NOW}`);
  await page.setInputFiles('#files', [join(ROOT, FIX, 'baked/ob3-data-integrity.png'), join(OB20, 'basic-assertion.json')]);
  assert.deepEqual(await verdicts(page, 2), [
    ['ob3-data-integrity.png', 'valid'],
    ['basic-assertion.json', 'valid'],
  ]);
  const links = [];
  for (const n of [1, 2]) {
    const card = `.card:nth-child(${n})`;
    await page.click(`${card} button:has-text("Copy verification link")`);
    await page.waitForFunction((selector) => document.querySelector(selector).dataset.link, card);
    links.push(await page.$eval(card, (c) => c.dataset.link));
  }
  assert.match(links[0], /#c=[A-Za-z0-9_-]+$/);
  assert.equal(links[1], `${base}?now=${NOW}#u=${HOSTED}`);
  const again = await open(links[0]);
  assert.deepEqual(await verdicts(again.page, 1), [['Badge from link', 'valid']]);
  assert.deepEqual(again.problems, []);
  assert.deepEqual(withoutImage(problems), []);
  await again.page.close();
  await page.close();
});
