// The CLI (`badgeverify verify --json --offline`) and the npm package
// (`verify(bytes, {offline: true})`) must give deep-equal reports for every badge input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, PKG, NOW, cliBinary, badgeInputs } from './helpers.mjs';

const { default: init, verify } = await import(PKG);
await init(); // the default path: badgeverify_bg.wasm next to the module, read from disk
const CLI = cliBinary();
const EXIT = { valid: 0, invalid: 1, error: 2, indeterminate: 3 };

function cliReport(file, extra = []) {
  const run = spawnSync(CLI, ['verify', '--json', '--offline', '--now', NOW, ...extra, file], {
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
});

for (const file of inputs) {
  test(`parity: ${file}`, async () => {
    const bytes = readFileSync(join(ROOT, file));
    const wasm = await verify(bytes, { now: NOW, offline: true });
    assert.deepEqual(wasm, cliReport(file));
  });
}

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
  const run = spawnSync(CLI, ['verify', '--json', '--offline', '--now', NOW, url], { encoding: 'utf8' });
  assert.deepEqual(await verify(url, { now: NOW, offline: true }), JSON.parse(run.stdout));
});
