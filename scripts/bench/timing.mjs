// Timing shared by the Node harnesses: one cold call, a warm-up, then N timed calls.
// Prints one JSON line per case on stdout for scripts/bench.sh to tabulate.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The instant every interop fixture is valid at (tests/fixtures/interop/manifest.json). */
export const NOW = '2026-01-01T00:00:00Z';

/** Bytes of a fixture under tests/fixtures/interop. */
export function fixture(rel) {
  return fs.readFileSync(path.join(REPO, 'tests', 'fixtures', 'interop', rel));
}

/** Iteration counts: BENCH_WARMUP / BENCH_ITERS override the defaults. */
export function counts({warmup, iters}) {
  return {
    warmup: Number(process.env.BENCH_WARMUP ?? warmup),
    iters: Number(process.env.BENCH_ITERS ?? iters)
  };
}

const ns = () => process.hrtime.bigint();

/**
 * Times `run` (async, returns anything) and checks each result with `ok`.
 * Returns {cold_us, median_us, p10_us, p90_us, iters}. `cold_us` is the first call in this
 * process for this case (only meaningful for the first case a harness runs).
 */
export async function measure(run, ok, {warmup, iters}) {
  const t0 = ns();
  const first = await run();
  const cold = Number(ns() - t0) / 1e3;
  if(!ok(first)) {
    throw new Error(`the first call did not verify: ${JSON.stringify(first).slice(0, 2000)}`);
  }
  for(let i = 0; i < warmup; i++) {
    ok(await run()) || fail(i);
  }
  const samples = new Float64Array(iters);
  for(let i = 0; i < iters; i++) {
    const t = ns();
    const r = await run();
    samples[i] = Number(ns() - t) / 1e3;
    ok(r) || fail(i);
  }
  samples.sort();
  const q = p => samples[Math.min(iters - 1, Math.floor(p * iters))];
  return {cold_us: cold, median_us: q(0.5), p10_us: q(0.1), p90_us: q(0.9), iters};
}

function fail(i) {
  throw new Error(`iteration ${i} did not verify`);
}

/** One result line. */
export function emit(impl, kase, result, extra = {}) {
  const round = x => Math.round(x * 10) / 10;
  const out = {impl, case: kase};
  for(const [k, v] of Object.entries({...result, ...extra})) {
    out[k] = typeof v === 'number' && k !== 'iters' ? round(v) : v;
  }
  console.log(JSON.stringify(out));
}
