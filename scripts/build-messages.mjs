// Writes the package's messages into pkg/ (or $PKG_DIR): messages.js, with @fluent/bundle (a
// pinned dev dependency) bundled in so that the package loads without a bundler too, and
// locales/<lang>.js, one module per catalog in locales/*.ftl (`export default "<ftl text>"`),
// which messages.js imports on first use. Run by scripts/build-pkg.sh.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, process.env.PKG_DIR ?? 'pkg');

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
  const ftl = readFileSync(join(ROOT, 'locales', file), 'utf8');
  const lang = file.slice(0, -'.ftl'.length);
  writeFileSync(
    join(OUT, 'locales', `${lang}.js`),
    `// Generated from locales/${file} by scripts/build-messages.mjs.\nexport default ${JSON.stringify(ftl)};\n`,
  );
}
