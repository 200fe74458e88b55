// Which crate the WebAssembly module's code comes from. Rebuilds the shipped module from
// cargo's output the way scripts/build-pkg.sh does (wasm-bindgen, then npm binaryen's
// `wasm-opt -O2 -ocimfs 0`) but keeps the `name` section (`-g`), into target/wasm-crates/;
// then attributes every function body to the crate its symbol is defined in (the first crate
// of its (demangled) name: generic std code instantiated for our types counts as `core`
// / `alloc`). wasm-bindgen's own glue functions and the exports are one row; data segments
// are reported apart. docs/dependencies.md cites it. No cargo build: run build-pkg.sh first.
//
//   node scripts/wasm-crates.mjs [module.wasm]   (a given module is read as it is)
//   node scripts/wasm-crates.mjs --names REGEX [module.wasm]
//                                    also: every function whose name matches, e.g. js_sys
//
// Columns: code bytes (raw), the same bodies gzipped on their own (-9; an upper bound of what
// the crate adds to the gzipped module, since alone they share no context with the rest), and
// the number of functions.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

function namedModule() {
  const out = 'target/wasm-crates';
  mkdirSync(out, { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', 'named', '--keep-debug',
    'target/pkg/wasm32-unknown-unknown/wasm/badgeverify_wasm.wasm']);
  execFileSync('node_modules/.bin/wasm-opt', ['-O2', '-ocimfs', '0', '-g', `${out}/named_bg.wasm`, '-o', `${out}/named.wasm`]);
  return `${out}/named.wasm`;
}

const args = process.argv.slice(2);
const namesAt = args.indexOf('--names');
const namePattern = namesAt >= 0 ? new RegExp(args.splice(namesAt, 2)[1]) : null;
const file = args[0] ?? namedModule();
const bytes = readFileSync(file);

let at = 8;
function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
}
function name() {
  const n = leb();
  const s = bytes.subarray(at, at + n).toString('utf8');
  at += n;
  return s;
}

let importedFunctions = 0;
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  if (id === 2) {
    for (let i = leb(); i > 0; i--) {
      name();
      name();
      const kind = bytes[at++];
      if (kind === 0) {
        leb();
        importedFunctions++;
      } else if (kind === 1) {
        at++;
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flags = leb();
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) {
        at += 2;
      } else {
        leb();
        leb();
      }
    }
  } else if (id === 10) {
    for (let i = leb(); i > 0; i--) {
      const len = leb();
      bodies.push(bytes.subarray(at, at + len));
      at += len;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0 && name() === 'name') {
    while (at < end) {
      const sub = bytes[at++];
      const subSize = leb();
      const subEnd = at + subSize;
      if (sub === 1) {
        for (let i = leb(); i > 0; i--) {
          const index = leb();
          names.set(index, name());
        }
      }
      at = subEnd;
    }
  }
  at = end;
}

/** The crate a v0 (`_R…`) or legacy (`_ZN…`) symbol is defined in. */
function crateOf(symbol) {
  if (!symbol) return '(unnamed)';
  // wasm-bindgen demangles: `crate[hash]::path` or `<crate[hash]::Type as Trait>::f`.
  const demangled = /([A-Za-z_][A-Za-z0-9_]*)\[[0-9a-f]+\]::/.exec(symbol);
  if (demangled && !symbol.includes('__wbindgen') && !symbol.includes('__wbg_')) return demangled[1];
  const v0 = /C[0-9A-Za-z]*_(\d+)([A-Za-z_][A-Za-z0-9_]*)/.exec(symbol);
  if (symbol.startsWith('_R') && v0) return v0[2].slice(0, Number(v0[1]));
  const legacy = /^_ZN(?:\d+_\$LT\$)?(\d+)?([A-Za-z_][A-Za-z0-9_]*)/.exec(symbol);
  if (legacy) return legacy[2].split('..')[0];
  return '(wasm-bindgen glue, exports, builtins)';
}

const crates = new Map();
bodies.forEach((body, i) => {
  const crate = crateOf(names.get(importedFunctions + i));
  const entry = crates.get(crate) ?? { code: 0, parts: [], count: 0 };
  entry.code += body.length;
  entry.parts.push(body);
  entry.count++;
  crates.set(crate, entry);
});

const rows = [...crates].map(([crate, e]) => ({ crate, code: e.code, gzip: gzipSync(Buffer.concat(e.parts), { level: 9 }).length, count: e.count }));
rows.sort((a, b) => b.code - a.code);
const total = rows.reduce((t, r) => t + r.code, 0);
console.log(`${file}: ${bytes.length} B; code ${total} B in ${bodies.length} functions; data segments ${dataBytes} B`);
console.log('crate'.padEnd(26) + 'code B'.padStart(10) + '  share' + 'alone gz B'.padStart(12) + 'fns'.padStart(7));
let small = { code: 0, gzip: 0, count: 0, crates: 0 };
for (const r of rows) {
  if (r.code < total / 1000) {
    small = { code: small.code + r.code, gzip: small.gzip + r.gzip, count: small.count + r.count, crates: small.crates + 1 };
    continue;
  }
  console.log(r.crate.padEnd(26) + String(r.code).padStart(10) + `${((100 * r.code) / total).toFixed(1).padStart(6)}%` + String(r.gzip).padStart(12) + String(r.count).padStart(7));
}
if (small.crates) console.log(`(${small.crates} crates under 0.1 % each)`.padEnd(26) + String(small.code).padStart(10) + `${((100 * small.code) / total).toFixed(1).padStart(6)}%` + String(small.gzip).padStart(12) + String(small.count).padStart(7));
console.log(`whole module gzip -9: ${gzipSync(bytes, { level: 9 }).length} B (with its name section; the shipped module has none)`);
if (namePattern) {
  const hits = bodies.map((b, i) => ({ name: names.get(importedFunctions + i) ?? '', b })).filter((h) => namePattern.test(h.name));
  const code = hits.reduce((t, h) => t + h.b.length, 0);
  const gz = hits.length ? gzipSync(Buffer.concat(hits.map((h) => h.b)), { level: 9 }).length : 0;
  console.log(`functions matching ${namePattern}: ${hits.length}, code ${code} B, alone gz ${gz} B`);
  for (const h of hits.sort((x, y) => y.b.length - x.b.length).slice(0, 15)) console.log(`${String(h.b.length).padStart(7)}  ${h.name.slice(0, 150)}`);
}
