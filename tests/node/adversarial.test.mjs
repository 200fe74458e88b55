// Every fuzzer regression and adversarial input through the wasm package: `verify` must
// resolve to a report (never throw, never trap); each regression must give exactly the
// report fuzz/regressions/expected.json records (as tests/adversarial.rs checks natively),
// and of the adversarial inputs only the generator baselines and the out-of-range-but-legal
// dates may come out `valid`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, PKG, NOW } from './helpers.mjs';

const { initSync, verify } = await import(PKG);
initSync(readFileSync(join(ROOT, 'pkg', 'badgeverify_bg.wasm')));

const VERDICTS = ['valid', 'invalid', 'indeterminate', 'error'];
const MAY_BE_VALID = new Set([
  'di-jcs-baseline.json',
  'vcjwt-eddsa-baseline.jwt',
  'di-jcs-validfrom-0001.json',
  'di-jcs-validuntil-9999.json',
  'di-jcs-validfrom-no-offset.json',
]);

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.isFile() && !/\.(md|py)$/.test(e.name) ? [p] : [];
  });
}

async function assertReport(bytes, what) {
  const r = await verify(bytes, { now: NOW, offline: true });
  assert.equal(typeof r, 'object', what);
  assert.ok(VERDICTS.includes(r.verdict), `${what}: verdict ${r.verdict}`);
  assert.ok(Array.isArray(r.checks) && r.checks.length >= 9, what);
  return r;
}

test('fuzz regressions give their expected reports', async () => {
  const root = join(ROOT, 'fuzz', 'regressions');
  const manifest = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8'));
  // The inputs are the files in the target folders; the top level holds README, generator
  // and expectations.
  const inputs = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).map((f) => `${d.name}/${f}`))
    .sort();
  assert.ok(inputs.length > 0, 'fuzz/regressions/ holds no input');
  assert.deepEqual(inputs, Object.keys(manifest.files).sort(), 'input files and expected.json entries differ');
  const wrong = [];
  for (const name of inputs) {
    const want = manifest.files[name];
    const r = await verify(readFileSync(join(root, name)), { now: manifest.now, offline: true });
    const check = r.checks.find((c) => c.id === want.check);
    const got = `${r.verdict} ${want.check}/${check?.outcome}/${check?.code}`;
    const expected = `${want.verdict} ${want.check}/${want.outcome}/${want.code}`;
    if (got !== expected) wrong.push(`${name}: got ${got}, want ${expected}`);
  }
  assert.deepEqual(wrong, []);
});

test('adversarial inputs give reports, and only the baselines are valid', async () => {
  const all = files(join(ROOT, 'tests', 'data', 'adversarial'));
  assert.ok(all.length >= 30, `only ${all.length} adversarial inputs`);
  for (const f of all) {
    const name = relative(join(ROOT, 'tests', 'data', 'adversarial'), f);
    const r = await assertReport(readFileSync(f), name);
    if (!MAY_BE_VALID.has(name)) assert.notEqual(r.verdict, 'valid', name);
  }
});

test('bombs built in memory give limit-exceeded reports', async () => {
  const cases = [
    ['9 MiB string', `{"@context":"https://www.w3.org/ns/credentials/v2","name":"${'A'.repeat(9 << 20)}"}`],
    ['100,000 nested arrays', `{"x":${'['.repeat(100000)}${']'.repeat(100000)}}`],
    ['100,000 nested SVG groups', `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(100000)}${'</g>'.repeat(100000)}</svg>`],
  ];
  for (const [what, text] of cases) {
    const r = await assertReport(text, what);
    assert.equal(r.verdict, 'invalid', what);
    assert.ok(r.checks.some((c) => c.outcome === 'fail' && c.code === 'limit-exceeded'), what);
  }
});
