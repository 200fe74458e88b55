// Prints the comparison table from criterion's output (target/criterion) and the JSON lines
// of wasm.mjs / digitalbazaar.mjs. Usage: node table.mjs WASM.jsonl DB.jsonl
import fs from 'node:fs';
import path from 'node:path';
import {REPO} from './timing.mjs';

const [wasmFile, dbFile] = process.argv.slice(2);
const lines = f => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const med = xs => {
  const s = xs.filter(x => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined;
};
/** Rows of one impl, by case; each numeric field is the median over the harness's rounds. */
function byCase(rows, impl) {
  const groups = new Map();
  for(const r of rows.filter(r => r.impl === impl)) {
    groups.set(r.case, [...(groups.get(r.case) ?? []), r]);
  }
  const out = new Map();
  for(const [c, rs] of groups) {
    const m = {case: c, rounds: rs.length};
    for(const k of Object.keys(rs[0]).filter(k => typeof rs[0][k] === 'number')) {
      m[k] = med(rs.map(r => r[k]));
    }
    out.set(c, m);
  }
  return out;
}
const wasm = byCase(lines(wasmFile), 'wasm');
const db = byCase(lines(dbFile), 'digitalbazaar');
const dbCopying = byCase(lines(dbFile), 'digitalbazaar-copying-loader');

/** Criterion's median estimate and the 10th percentile of its per-iteration sample means, in µs. */
function native(group, id) {
  const dir = path.join(REPO, 'target', 'criterion', group, id, 'new');
  if(!fs.existsSync(dir)) {
    return null;
  }
  const est = JSON.parse(fs.readFileSync(path.join(dir, 'estimates.json'), 'utf8'));
  const s = JSON.parse(fs.readFileSync(path.join(dir, 'sample.json'), 'utf8'));
  const per = s.times.map((t, i) => t / s.iters[i]).sort((a, b) => a - b);
  return {median_us: est.median.point_estimate / 1e3, p10_us: per[Math.floor(per.length / 10)] / 1e3};
}

const us = x => x === undefined || x === null ? '—' :
  x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(0)} µs`;
const cell = r => r ? `${us(r.median_us)} (${us(r.p10_us)})` : '—';
const ratio = (a, b) => a && b ? `${(a / b).toFixed(1)}×` : '—';

const CASES = ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc-jwt-eddsa', 'vc-jwt-es256', 'baked-png-rdfc'];
const out = [];
out.push(`Warm, per verification: median (10th percentile); Node figures are the median over ` +
  `${wasm.get(CASES[0])?.rounds ?? 0} alternating rounds of each harness.`);
out.push('');
out.push('| case | native (criterion) | wasm in Node | Digital Bazaar in Node | JS ÷ native | JS ÷ wasm |');
out.push('|---|---|---|---|---|---|');
for(const c of CASES) {
  const n = native('verify_offline', c);
  const w = wasm.get(c);
  const j = db.get(c);
  out.push(`| ${c} | ${cell(n)} | ${cell(w)} | ${cell(j)} | ` +
    `${ratio(j?.median_us, n?.median_us)} | ${ratio(j?.median_us, w?.median_us)} |`);
}
out.push('');
const w0 = wasm.get(CASES[0]);
const j0 = db.get(CASES[0]);
out.push(`Cold (first call in a fresh process, median over rounds, ${CASES[0]}): wasm ${us(w0?.cold_us)} ` +
  `(import + initSync before it: ${us(w0?.import_init_us)}); Digital Bazaar ${us(j0?.cold_us)} ` +
  `(module imports before it: ${us(j0?.import_us)}).`);
const jc = dbCopying.get(CASES[0]);
out.push(`Digital Bazaar's document loader: memoized per URL (${j0?.loads_per_verify} loads per ` +
  `verification); with scripts/interop's loader as it is (a deep copy of every context on every ` +
  `load) the median is ${cell(jc)}.`);
const stages = [
  ['to_rdf+canonicalize-config+document', 'toRdf + RDFC-1.0, proof config and document'],
  ['to_rdf-document', 'toRdf, document only'],
  ['canonicalize-document', 'RDFC-1.0, document only']
].map(([id, what]) => `${what} ${cell(native('rdfc-stages', id))}`);
out.push(`Native stages of ${CASES[0]}: ${stages.join('; ')}.`);
out.push('');
const n0 = native('verify_offline', CASES[0]);
const verdict = (name, goal, a, b) => {
  const m = a && b ? a.median_us / b.median_us : 0;
  const p = a && b ? a.p10_us / b.p10_us : 0;
  return `${name} ≥ ${goal}× faster than JS: ${m >= goal ? 'met' : 'MISSED'} on medians ` +
    `(${m.toFixed(1)}×), ${p >= goal ? 'met' : 'MISSED'} on 10th percentiles (${p.toFixed(1)}×)`;
};
out.push(`Targets (${CASES[0]}): ${verdict('native', 10, j0, n0)}; ${verdict('wasm', 5, j0, w0)}.`);
console.log(out.join('\n'));
