// Writes the package's messages into pkg/ (or $PKG_DIR): messages.js, with @fluent/bundle (a
// pinned dev dependency) bundled in so that the package loads without a bundler too, and two
// modules per catalog in locales/*.ftl, which messages.js imports on first use:
//
//   locales/<lang>.js         every message's value (what a person reads) and the UI labels
//   locales/<lang>.detail.js  every `.detail` attribute (the technical detail), as a message
//                             `<id>--detail`, loaded only when technical detail is wanted
//
// Both export the Fluent text as their default export; comments are left out. The .ftl file
// stays the one source (the CLI reads it as it is). Run by scripts/build-pkg.sh.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, process.env.PKG_DIR ?? 'pkg');

/** Splits Fluent text into [values, details] (see the top of this file). */
export function split(ftl) {
  const values = [];
  const details = [];
  let id = null; // the message being read
  let inDetail = false;
  for (const line of ftl.split('\n')) {
    const start = /^([a-zA-Z][\w-]*) =/.exec(line);
    if (start) id = start[1];
    if (line.startsWith('#')) continue;
    const attribute = /^\s+\.([a-zA-Z][\w-]*) =(.*)$/.exec(line);
    if (attribute) inDetail = attribute[1] === 'detail';
    else if (!line.startsWith(' ')) inDetail = false;
    if (inDetail) {
      details.push(attribute ? `${id}--detail =${attribute[2]}` : line);
    } else {
      values.push(line);
    }
  }
  const text = (lines) => `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
  return [text(values), text(details)];
}

const module = (source, ftl) => `// Generated from ${source} by scripts/build-messages.mjs.\nexport default ${JSON.stringify(ftl)};\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build({
    entryPoints: [join(ROOT, 'wasm/js/messages.js')],
    outfile: join(OUT, 'messages.js'),
    bundle: true,
    format: 'esm',
    target: 'es2020',
    // The catalogs stay separate modules, loaded on demand.
    external: ['./locales/*'],
    legalComments: 'inline',
    logLevel: 'warning',
  });
  mkdirSync(join(OUT, 'locales'), { recursive: true });
  for (const file of readdirSync(join(ROOT, 'locales')).filter((f) => f.endsWith('.ftl'))) {
    const lang = file.slice(0, -'.ftl'.length);
    const [values, details] = split(readFileSync(join(ROOT, 'locales', file), 'utf8'));
    writeFileSync(join(OUT, 'locales', `${lang}.js`), module(`locales/${file}`, values));
    writeFileSync(join(OUT, 'locales', `${lang}.detail.js`), module(`locales/${file}`, details));
  }
}
