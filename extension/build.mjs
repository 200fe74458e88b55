// Builds the browser extension into extension/dist/ (git-ignored) from the package:
//
//   node extension/build.mjs          (after scripts/build-pkg.sh has built pkg/)
//
// dist/ then holds manifest.json, the service worker, the content scripts and the popup from
// extension/src/, the package (pkg/: badgeverify.js, webcrypto.js, its wasm-bindgen glue,
// badgeverify_bg.wasm, the fallback build badgeverify_full.js + badgeverify_full_bg.wasm,
// messages.js and the catalogs locales/<lang>.js) and the <open-badge> element (widget/open-badge.js, from www/) that the
// popup uses to show a report. Load dist/ unpacked (chrome://extensions, Developer mode,
// "Load unpacked") or pack it. No bundler: every file is copied as it is.
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
/** Where the extension is built. */
export const DIST = join(HERE, 'dist');

/** The package files the extension needs (not the TypeScript types or package.json). */
const PKG_FILES = [
  'badgeverify.js',
  'badgeverify_core.js',
  'badgeverify_bg.wasm',
  'badgeverify_full.js',
  'badgeverify_full_bg.wasm',
  'messages.js',
  'webcrypto.js',
];

export async function build({ pkg = join(ROOT, 'pkg'), out = DIST } = {}) {
  for (const file of PKG_FILES) {
    try {
      await stat(join(pkg, file));
    } catch {
      throw new Error(`extension/build.mjs: ${join(pkg, file)} is missing; run scripts/build-pkg.sh first`);
    }
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'pkg'), { recursive: true });
  await mkdir(join(out, 'widget'), { recursive: true });
  await cp(join(HERE, 'manifest.json'), join(out, 'manifest.json'));
  for (const file of await readdir(join(HERE, 'src'))) await cp(join(HERE, 'src', file), join(out, file));
  for (const file of PKG_FILES) await cp(join(pkg, file), join(out, 'pkg', file));
  await cp(join(pkg, 'locales'), join(out, 'pkg', 'locales'), { recursive: true });
  await cp(join(ROOT, 'www', 'open-badge.js'), join(out, 'widget', 'open-badge.js'));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await build();
  console.log(`extension built in ${out}; load it unpacked from there`);
}
