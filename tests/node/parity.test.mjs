// The CLI (`badgeverify verify --json --offline --lang L`) and the npm package
// (`verify(bytes, {offline: true, lang: L})`) must give deep-equal reports for every badge
// input, in every language: the two render the same catalogs with two Fluent implementations.
// The package checks signatures with Node's WebCrypto by default and with the fallback build's
// Rust code under `crypto: 'builtin'`: both must give the CLI's report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, PKG, NOW, cliBinary, badgeInputs } from './helpers.mjs';

const { default: init, verify, LANGUAGES } = await import(PKG);
await init(); // the default path: badgeverify_bg.wasm next to the module, read from disk
const CLI = cliBinary();
const EXIT = { valid: 0, invalid: 1, error: 2, indeterminate: 3 };

function cliReport(file, extra = []) {
  const run = spawnSync(CLI, ['verify', '--json', '--offline', '--now', NOW, '--lang', 'en', ...extra, file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(run.error, undefined, `cannot run ${CLI}`);
  const report = JSON.parse(run.stdout);
  assert.equal(run.status, EXIT[report.verdict], `exit status for verdict ${report.verdict}`);
  return report;
}

const inputs = badgeInputs();

test('the vendored vectors provide badge inputs', () => {
  assert.ok(inputs.length >= 100, `only ${inputs.length} inputs found`);
  for (const ext of ['.png', '.svg', '.json', '.jwt']) {
    assert.ok(inputs.some((f) => f.endsWith(ext)), `no ${ext} input`);
  }
  // Among them, with both signature backends: every interop fixture (manifest) and every DCC
  // credential (offline; online in network.test.mjs).
  const manifest = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/interop/manifest.json'), 'utf8'));
  for (const c of manifest) assert.ok(inputs.includes(`tests/fixtures/interop/${c.file}`), c.file);
  const dcc = readdirSync(join(ROOT, 'tests/vectors/dcc-vc-test-fixtures/verifiableCredentials'), { recursive: true, withFileTypes: true });
  assert.equal(inputs.filter((f) => f.includes('dcc-vc-test-fixtures/verifiableCredentials/')).length, dcc.filter((e) => e.isFile()).length);
});

test('the package and the CLI ship the same languages', () => {
  assert.deepEqual(LANGUAGES, ['en', 'fr', 'de', 'es']);
});

for (const file of inputs) {
  test(`parity: ${file}`, async () => {
    const bytes = readFileSync(join(ROOT, file));
    const cli = cliReport(file);
    assert.deepEqual(await verify(bytes, { now: NOW, offline: true }), cli, 'WebCrypto');
    assert.deepEqual(await verify(bytes, { now: NOW, offline: true, crypto: 'builtin' }), cli, 'fallback build');
  });
}

// One CLI run per language for every input (the batch form: an array of {input, report}).
for (const lang of ['en', 'fr', 'de', 'es']) {
  test(`parity in ${lang} for every input`, async () => {
    const run = spawnSync(CLI, ['verify', '--json', '--offline', '--now', NOW, '--lang', lang, ...inputs], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    });
    assert.equal(run.error, undefined, `cannot run ${CLI}`);
    const batch = JSON.parse(run.stdout);
    assert.equal(batch.length, inputs.length);
    for (const [i, file] of inputs.entries()) {
      assert.equal(batch[i].input, file);
      const wasm = await verify(readFileSync(join(ROOT, file)), { now: NOW, offline: true, lang });
      assert.equal(wasm.lang, lang);
      assert.deepEqual(wasm, batch[i].report, `${file} in ${lang}`);
    }
  });
}

test('the CLI takes its language from LC_ALL, LC_MESSAGES and LANG, in that order', () => {
  const file = inputs[0];
  const lang = (env) =>
    JSON.parse(
      spawnSync(CLI, ['verify', '--json', '--offline', '--now', NOW, file], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, ...env },
      }).stdout,
    ).lang;
  assert.equal(lang({}), 'en');
  assert.equal(lang({ LANG: 'de_DE.UTF-8' }), 'de');
  assert.equal(lang({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }), 'es');
  assert.equal(lang({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'es_ES.UTF-8', LC_ALL: 'fr_FR.UTF-8' }), 'fr');
  assert.equal(lang({ LANG: 'ja_JP.UTF-8' }), 'en');
  assert.equal(lang({ LANG: 'C' }), 'en');
});

test('parity with --recipient', async () => {
  const files = inputs.filter((f) => /ob(20|30)\/simple[^/]*\.(json|png)$/.test(f)).slice(0, 4);
  files.push(...inputs.filter((f) => /fixtures\/.*recipient/.test(f)));
  assert.ok(files.length > 0);
  for (const file of files) {
    for (const recipient of ['someone@example.org', 'did:example:ebfeb1f712ebc6f1c276e12ec21']) {
      const bytes = readFileSync(join(ROOT, file));
      const wasm = await verify(bytes, { now: new Date(NOW), offline: true, recipient });
      assert.deepEqual(wasm, cliReport(file, ['--recipient', recipient]), `${file} for ${recipient}`);
    }
  }
});

test('parity for a URL given as text', async () => {
  const url = 'https://example.org/assertions/1';
  const run = spawnSync(CLI, ['verify', '--json', '--offline', '--now', NOW, '--lang', 'en', url], { encoding: 'utf8' });
  assert.deepEqual(await verify(url, { now: NOW, offline: true }), JSON.parse(run.stdout));
});
