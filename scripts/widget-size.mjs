// Gzip size of everything a page downloads to show <open-badge>: the WebAssembly module,
// the package's JS glue and the widget's JS. Two ways to include the widget are measured:
// the ES module (open-badge-define.js + open-badge.js) and the classic script
// (www/dist/open-badge.iife.js, built on the fly in memory).
//
//   node scripts/widget-size.mjs           print the sizes
//   node scripts/widget-size.mjs --check   also fail when the larger total exceeds BUDGET
//                                          (the ratchet; TARGET is the goal, see below)
//
// Sizes are gzip level 9, like scripts/build-pkg.sh prints for the wasm.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { toClassicScript } from '../www/build.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * TARGET is the goal: under 193 KiB gzip, the size of the JS verifier bundle people use
 * today. It is **not met yet**: on 2026-11-24 (main after the size work) the total is
 * 297,125 B, the WebAssembly module 277 KB of it (see BENCHMARKS.md, "Package size", for
 * where the bytes go and what was tried).
 *
 * BUDGET is the ratchet CI enforces meanwhile: that measurement + 5 %. The build fails when
 * the download grows past it; lower it whenever the module shrinks, until it is under TARGET.
 */
export const TARGET = 193 * 1024;
export const BUDGET = 312_000;

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const read = (path) => readFileSync(join(ROOT, path));

/** `{files: [{file, raw, gzip}], module, classic}` with the two totals in gzip bytes. */
export function widgetSizes() {
  const shared = ['pkg/badgeverify_bg.wasm', 'pkg/badgeverify.js', 'pkg/badgeverify_core.js'];
  const measure = (file, bytes = read(file)) => ({ file, raw: bytes.length, gzip: gz(bytes) });
  const common = shared.map((f) => measure(f));
  const esm = ['www/open-badge-define.js', 'www/open-badge.js'].map((f) => measure(f));
  const iife = measure('www/dist/open-badge.iife.js (built)', Buffer.from(toClassicScript(read('www/open-badge.js').toString('utf8'))));
  const sum = (list) => list.reduce((total, f) => total + f.gzip, 0);
  return { files: [...common, ...esm, iife], module: sum(common) + sum(esm), classic: sum(common) + iife.gzip };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files, module, classic } = widgetSizes();
  for (const f of files) console.log(`${f.file.padEnd(40)} ${String(f.raw).padStart(9)} B raw ${String(f.gzip).padStart(9)} B gzip`);
  console.log(`total, ES module build:    ${module} B gzip (${(module / 1024).toFixed(1)} KiB)`);
  console.log(`total, classic script:     ${classic} B gzip (${(classic / 1024).toFixed(1)} KiB)`);
  const worst = Math.max(module, classic);
  const status = worst <= TARGET ? 'met' : `NOT met, ${worst - TARGET} B over`;
  console.log(`target ${TARGET} B (193 KiB): ${status}`);
  if (process.argv.includes('--check')) {
    if (worst > BUDGET) {
      console.error(`size budget: FAILED, ${worst} B gzip exceeds the budget of ${BUDGET} B by ${worst - BUDGET} B`);
      process.exit(1);
    }
    console.log(`size budget: ok, ${worst} B gzip <= ${BUDGET} B`);
  }
}
