// The npm package as people use it: the packed tarball (scripts/pack.sh) installed into fresh
// projects, each built with its own tool and run, verifying a real badge.
//
//   vite/     Vite app: verify() and badgeverify/widget, no configuration; built, and also
//             served by `vite` (the dev server, which pre-bundles dependencies)
//   webpack/  webpack 5 app: the same, no webpack.config.js
//   esbuild/  esbuild bundle: the same, built as the package README shows (.wasm copied)
//   shared/   the app those three entries run (shared/app.js), copied next to them
//   worker/   Vite app verifying in a module Web Worker
//   node/     plain Node ESM script: verify(), init(), extract(); its build step type-checks
//             both entries' TypeScript types through the exports map (tsc)
//   classic/  page with the classic script: the files copied from the package (README); and
//             a page loading the widget module with no bundler (the package's files copied)
//
// Each project has its own pinned package.json and lockfile; it is copied to a temp dir,
// installed with `npm ci` plus the tarball (`npm install --no-save`), built (`npm run
// build`), and run: in headless Chromium (Debian's chromium through playwright-core) behind a
// 127.0.0.1 server with the strict CSP, or in Node. The badge is a did:key eddsa-rdfc-2022
// credential, `valid` offline at 2026-01-01; its tampered twin must come out `invalid`, so a
// verifier that answers the same for everything fails.
//
//   node --test tests/bundlers/             needs pkg/ (scripts/build-pkg.sh) and `npm ci`
//   BADGEVERIFY_TGZ=path.tgz node --test tests/bundlers/   test a given tarball
//
// npm's cache is target/npm-cache (BUNDLERS_NPM_CACHE overrides it), so CI can keep it.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../www/serve.mjs';
import { instrument, launchBrowser } from '../browser/helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));
const NPM_CACHE = process.env.BUNDLERS_NPM_CACHE ?? join(ROOT, 'target', 'npm-cache');
const GOOD = join(ROOT, 'tests/fixtures/interop/di/vc2-ob303-eddsa-rdfc-2022.json');
const TAMPERED = join(ROOT, 'tests/fixtures/interop/di/neg-tampered-field-eddsa-rdfc-2022.json');

/** Runs `cmd args` in `cwd`; resolves to stdout, rejects with the output on failure. */
function run(cmd, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, npm_config_cache: NPM_CACHE, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} in ${cwd} exited ${code}\n${out}\n${err}`));
    });
  });
}

let work;
let tarball;
let browser;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'badgeverify-bundlers-'));
  // The vite, webpack and esbuild entries import ../../shared/app.js: the same layout here.
  await cp(join(HERE, 'shared'), join(work, 'shared'), { recursive: true });
  tarball = process.env.BADGEVERIFY_TGZ;
  if (!tarball) {
    const out = await run(join(ROOT, 'scripts/pack.sh'), [join(work, 'tarball')], ROOT, { SKIP_BUILD: '1' });
    tarball = out.trim().split('\n').pop();
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (work && !process.env.KEEP_BUNDLER_PROJECTS) await rm(work, { recursive: true, force: true });
});

/** A fresh copy of tests/bundlers/<name> with its dev dependencies and the tarball installed, built. */
async function project(name) {
  const dir = join(work, name);
  await cp(join(HERE, name), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  if (manifest.scripts?.build) await run('npm', ['run', 'build'], dir);
  return dir;
}

/**
 * Serves `dist` (plus the two badges at /badge.json and /tampered.json) with the strict CSP,
 * opens it in Chromium and resolves to the page's body[data-result]. Fails on any console
 * error, page error, CSP violation or request leaving 127.0.0.1.
 */
async function runInBrowser(dist, path = '/') {
  const badge = (file) => async (_q, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(await readFile(file));
  };
  const server = await startServer({ root: dist, routes: { '/badge.json': badge(GOOD), '/tampered.json': badge(TAMPERED) } });
  const page = await browser.newPage();
  try {
    const problems = await instrument(page);
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    await page.goto(`${server.base}${path}`);
    await page.waitForSelector('body[data-result]', { state: 'attached', timeout: 60_000 });
    const result = JSON.parse(await page.$eval('body', (b) => b.dataset.result));
    const csp = await page.evaluate(() => window.__log.csp);
    return { result, problems: [...problems, ...csp.map((c) => `CSP violation: ${c}`)] };
  } finally {
    await page.close();
    await server.close();
  }
}

const WEB_APP = { valid: 'valid', tampered: 'invalid', widget: 'valid' };

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs `vite` (the dev server) in `dir` with the badges in public/, opens the app in Chromium
 * and resolves to its body[data-result] and the problems seen (as runInBrowser).
 */
async function runViteDev(dir) {
  await mkdir(join(dir, 'public'), { recursive: true });
  await copyFile(GOOD, join(dir, 'public', 'badge.json'));
  await copyFile(TAMPERED, join(dir, 'public', 'tampered.json'));
  const port = await freePort();
  const vite = spawn(join(dir, 'node_modules', '.bin', 'vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Under CI=true vite colours its banner, splitting the URL with escape codes.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let log = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite dev did not start within 60 s:\n${log}`)), 60_000);
    const listen = (d) => {
      log += d;
      // eslint-disable-next-line no-control-regex
      if (log.replace(/\x1b\[[0-9;]*m/g, '').includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    vite.stdout.on('data', listen);
    vite.stderr.on('data', listen);
    vite.on('exit', (code) => reject(new Error(`vite dev exited ${code}:\n${log}`)));
  });
  const page = await browser.newPage();
  try {
    await ready;
    const problems = await instrument(page);
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('body[data-result]', { state: 'attached', timeout: 60_000 });
    const result = JSON.parse(await page.$eval('body', (b) => b.dataset.result));
    // The dev server answers a missing favicon with 404, which Chromium logs as a console error.
    return { result, problems: problems.filter((p) => !p.startsWith('console: Failed to load resource')) };
  } finally {
    await page.close();
    vite.kill();
  }
}

describe('the packed npm package in fresh projects', { concurrency: 2, timeout: 600_000 }, () => {
  for (const name of ['vite', 'webpack', 'esbuild']) {
    test(`${name}: verify() and <open-badge> in the built app`, async () => {
      const dir = await project(name);
      const { result, problems } = await runInBrowser(join(dir, 'dist'));
      assert.deepEqual(result, WEB_APP);
      assert.deepEqual(problems, []);
      if (name === 'vite') {
        const dev = await runViteDev(dir);
        assert.deepEqual(dev.result, WEB_APP, 'vite dev');
        assert.deepEqual(dev.problems, [], 'vite dev');
      }
    });
  }

  test('worker: verify() in a module Web Worker (Vite)', async () => {
    const dir = await project('worker');
    const { result, problems } = await runInBrowser(join(dir, 'dist'));
    assert.deepEqual(result, { valid: 'valid', tampered: 'invalid', inWorker: true });
    assert.deepEqual(problems, []);
  });

  test('classic: the classic script, and the widget module, copied from the package', async () => {
    const dir = await project('classic');
    for (const page of ['/', '/module.html']) {
      const { result, problems } = await runInBrowser(join(dir, 'dist'), page);
      assert.deepEqual(result, { widget: 'valid', widgetTampered: 'invalid', valid: 'valid' }, page);
      assert.deepEqual(problems, [], page);
    }
  });

  test('node: plain ESM script, and the types under tsc', async () => {
    const dir = await project('node');
    const out = await run('node', ['main.mjs', GOOD, TAMPERED], dir);
    assert.deepEqual(JSON.parse(out), { verdicts: ['valid', 'invalid'], container: 'json' });
  });
});
