// Times badgeverify's npm package (pkg/, built by scripts/build-pkg.sh) in Node:
// verify(bytes, {now, offline: true}) on the same fixtures as benches/verify.rs.
import fs from 'node:fs';
import path from 'node:path';
import {counts, emit, fixture, measure, NOW, REPO} from './timing.mjs';

const CASES = [
  ['eddsa-rdfc-2022', 'di/vc2-ob303-eddsa-rdfc-2022.json'],
  ['eddsa-jcs-2022', 'di/vc2-ob303-eddsa-jcs-2022.json'],
  ['vc-jwt-eddsa', 'vcjwt/vc2-eddsa-didkey.jwt'],
  ['vc-jwt-es256', 'vcjwt/vc2-es256-didjwk.jwt'],
  ['baked-png-rdfc', 'baked/ob3-data-integrity.png']
];

// BENCH_PKG: another build of the package to time (default: pkg/).
const pkg = path.resolve(process.env.BENCH_PKG ?? path.join(REPO, 'pkg'));
const t0 = process.hrtime.bigint();
const {initSync, verify} = await import(path.join(pkg, 'badgeverify.js'));
initSync(fs.readFileSync(path.join(pkg, 'badgeverify_bg.wasm')));
const initUs = Number(process.hrtime.bigint() - t0) / 1e3;

const n = counts({warmup: 100, iters: 1000});
const now = new Date(NOW);
for(const [name, rel] of CASES) {
  const bytes = new Uint8Array(fixture(rel));
  const r = await measure(() => verify(bytes, {now, offline: true}),
    report => report.verdict === 'valid', n);
  emit('wasm', name, r, name === CASES[0][0] ? {import_init_us: initUs} : {});
}
