// Where a warm verification by the npm package spends its time in Node: runs `verify` on one
// interop fixture under V8's sampling profiler (`node --cpu-prof`, in a child process) and
// prints the share of each place: the module's crates (by the function names' first crate;
// `core`/`alloc` = std code instantiated for ours), each of the package's JS files, Node's
// own crypto, the garbage collector and idle time (a promise waiting on another thread).
//
//   node scripts/bench/profile.mjs [FIXTURE] [PKG]
//
// FIXTURE: a path under tests/fixtures/interop (default di/vc2-ob303-eddsa-jcs-2022.json).
// PKG: the package to profile (default pkg/). Crate names need a module with its `name`
// section, which the shipped one drops: build one as scripts/wasm-crates.mjs does
// (wasm-bindgen --keep-debug, wasm-opt -g) into a copy of pkg/; without names the module
// is one row. BENCH_WARMUP / BENCH_ITERS as in the other harnesses (100 / 1,000).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { counts, fixture, NOW, REPO } from './timing.mjs';

const [rel = 'di/vc2-ob303-eddsa-jcs-2022.json', pkgArg] = process.argv.slice(2);

if (process.env.PROFILE_CHILD) {
  // The profiled run: the same calls as scripts/bench/wasm.mjs.
  const pkg = path.resolve(pkgArg ?? path.join(REPO, 'pkg'));
  const { initSync, verify } = await import(path.join(pkg, 'badgeverify.js'));
  initSync(fs.readFileSync(path.join(pkg, 'badgeverify_bg.wasm')));
  const bytes = new Uint8Array(fixture(rel));
  const now = new Date(NOW);
  const n = counts({ warmup: 100, iters: 1000 });
  const run = async () => {
    const report = await verify(bytes, { now, offline: true });
    if (report.verdict !== 'valid') throw new Error(`${rel} did not verify: ${report.verdict}`);
  };
  for (let i = 0; i < n.warmup; i++) await run();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n.iters; i++) await run();
  console.log(`${rel}: ${(Number(process.hrtime.bigint() - t0) / 1e3 / n.iters).toFixed(0)} µs per verification (warm, profiled)`);
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'badgeverify-profile-'));
try {
  const self = fileURLToPath(import.meta.url);
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, self, rel, ...(pkgArg ? [pkgArg] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { env: { ...process.env, PROFILE_CHILD: '1' } }));
  const [file] = fs.readdirSync(dir);
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  for (const [place, share] of shares(profile)) console.log(`${(share * 100).toFixed(1).padStart(5)} %  ${place}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** `[place, share]` pairs, largest first, for the places above 0.5 %. */
function shares(profile) {
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byPlace = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    total += time;
    const place = placeOf(node.callFrame);
    byPlace.set(place, (byPlace.get(place) ?? 0) + time);
  }
  return [...byPlace]
    .map(([place, time]) => [place, time / total])
    .filter(([, share]) => share >= 0.005)
    .sort((a, b) => b[1] - a[1]);
}

/** The row a sampled function belongs to. */
function placeOf({ functionName, url }) {
  const file = url.split('/').pop();
  if (url.startsWith('wasm://') || file.includes('.wasm')) {
    // Rust symbols read `crate[hash]::…` or `<crate[hash]::Type as …>::…`.
    const crate = functionName.match(/^<?&?(?:mut )?([a-z_][a-z0-9_]*)\[/)?.[1];
    return `module: ${crate ?? 'unnamed functions'}`;
  }
  if (['badgeverify.js', 'badgeverify_core.js', 'webcrypto.js', 'nodecrypto.js', 'messages.js'].includes(file)) {
    return `package: ${file}`;
  }
  if (functionName === 'verifyOneShot') return 'node:crypto verify (OpenSSL)';
  if (functionName.startsWith('(')) return functionName; // (idle), (garbage collector), (program)
  return 'Node and V8, other';
}
