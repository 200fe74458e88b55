// Builds www/dist/ (generated, git-ignored), the files a site deploys, minified by esbuild
// (a pinned dev dependency; nothing is bundled from outside this repository):
//   open-badge.js, open-badge.d.ts   the ES module (exports only)
//   open-badge-define.js             the same module that also registers <open-badge>
//   open-badge.iife.js               one classic <script>, registers <open-badge>
//   locales/<lang>.js                the messages of one language, loaded when first used
//   pkg/                             the lean .wasm, the fallback build (badgeverify_full.js +
//                                    badgeverify_full_bg.wasm, fetched only where WebCrypto
//                                    lacks an algorithm), and the package's JS (minified) for
//                                    pages that configure({pkg}) another copy
// Each of the three widget files holds the package's JS and the lean module's wasm-bindgen
// glue, so a page fetches that one file and, when a badge comes near the viewport, the .wasm
// from ./pkg/ (or, where WebCrypto lacks a signature algorithm, the fallback build instead).
//
// The classic script finds the package next to itself (`document.currentScript.src` + pkg/)
// unless its <script> tag names another place: `<script src=".../open-badge.iife.js"
// data-pkg="/assets/badgeverify/badgeverify.js">`. Usage: node www/build.mjs
//
// `node www/build.mjs --npm` instead adds the widget to the npm package in pkg/ (after
// scripts/build-pkg.sh; scripts/pack.sh runs both and packs):
//   widget.js, widget.d.ts   `badgeverify/widget`: registers <open-badge>; imports the package
//                            as `./badgeverify.js`, so bundlers follow it, and leaves the .wasm
//                            to `init()`'s `new URL('./badgeverify_bg.wasm', import.meta.url)`,
//                            which Vite and webpack turn into an asset
//   open-badge.iife.js       the classic script, fetching ./badgeverify_bg.wasm next to itself

import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build as esbuild, transform } from 'esbuild';

const WWW = fileURLToPath(new URL('./', import.meta.url));
const ROOT = join(WWW, '..');

/** Where the build goes. */
export const DIST = join(WWW, 'dist');

const PKG_FILES = ['badgeverify.d.ts', 'badgeverify_bg.wasm', 'badgeverify_full_bg.wasm'];
const PKG_SCRIPTS = ['badgeverify.js', 'badgeverify_core.js', 'badgeverify_full.js', 'messages.js', 'webcrypto.js'];
/** The fallback build's glue: never bundled in; loaded from pkg/ only where it is needed. */
const FALLBACK_GLUE = './badgeverify_full.js';
/** The message catalogs, one module per language, loaded on first use (never bundled in). */
const LOCALES = './locales/*';

/** esbuild output options shared by every dist script. */
const OUTPUT = { minify: true, target: 'es2022', legalComments: 'none' };

/** The ES module `code` minified. */
async function minify(code) {
  return (await transform(code, { ...OUTPUT, format: 'esm' })).code;
}

/** `source` with its shadow-root stylesheet (`const CSS = \`…\`;`) minified as CSS. */
async function minifyStyles(source) {
  const pattern = /^const CSS = `([^`$\\]*)`;$/m;
  const found = pattern.exec(source);
  if (!found) throw new Error('build: open-badge.js has no plain `const CSS = `...`;` stylesheet');
  const css = (await transform(found[1], { loader: 'css', minify: true, charset: 'utf8' })).code.trim();
  return source.replace(pattern, () => `const CSS = \`${css.replaceAll('\\', '\\\\')}\`;`);
}

/** The ES module with the package path of the dist layout. */
function distModule(source) {
  return replaceMarked(source, 'DEFAULT_PKG', "const DEFAULT_PKG = './pkg/badgeverify.js';");
}

/**
 * `code` (a module whose `BUNDLED_PKG` line is marked) with the package's JS and its glue
 * bundled in and minified, as an ES module or (`module` false) a classic script: the page
 * then fetches only the .wasm (still lazily) besides this one file.
 */
async function bundled(code, module = true) {
  const pkg = "import * as BUNDLED_PKG_MODULE from '../pkg/badgeverify.js';\n";
  const body = replaceMarked(code, 'BUNDLED_PKG', 'const BUNDLED_PKG = BUNDLED_PKG_MODULE;');
  const out = await esbuild({
    stdin: { contents: pkg + body, resolveDir: WWW, sourcefile: 'open-badge.js' },
    bundle: true,
    write: false,
    ...OUTPUT,
    format: module ? 'esm' : 'iife',
    // Each language stays its own file beside the script (a classic script's import()
    // resolves against the script's own URL), so a page loads only the one it uses.
    // The fallback build stays out too (the widget names its URL; see loadVerifier()).
    external: [LOCALES, FALLBACK_GLUE],
    // The glue's default .wasm URL (from import.meta.url) is never used: the widget always
    // hands the package the module it compiled.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return out.outputFiles[0].text;
}

/**
 * Every dist script a page may load, as `{name: text}`: minified module, self-registering
 * module and classic script of the widget, and the package's two JS files.
 */
export async function distScripts() {
  const source = await minifyStyles(await readFile(join(WWW, 'open-badge.js'), 'utf8'));
  const module = distModule(source);
  const scripts = {
    'open-badge.js': await bundled(module),
    'open-badge-define.js': await bundled(`${module}\nOpenBadgeElement.define();\n`),
    'open-badge.iife.js': await bundled(toClassicScript(source), false),
  };
  for (const file of PKG_SCRIPTS) scripts[`pkg/${file}`] = await minify(await readFile(join(ROOT, 'pkg', file), 'utf8'));
  return scripts;
}

/** Copies `from`/locales/*.js into `to`/locales/. */
async function copyLocales(from, to) {
  await mkdir(join(to, 'locales'), { recursive: true });
  for (const file of await readdir(join(from, 'locales'))) {
    await copyFile(join(from, 'locales', file), join(to, 'locales', file));
  }
}

function replaceMarked(source, marker, replacement) {
  const pattern = new RegExp(`^.*// build: ${marker}$`, 'm');
  if (!pattern.test(source)) throw new Error(`build: the line marked "// build: ${marker}" is missing from open-badge.js`);
  return source.replace(pattern, replacement);
}

/** The classic-script build of open-badge.js; `pkg` is where it finds the .wasm, relative to itself. */
export function toClassicScript(source, pkg = './pkg/badgeverify.js') {
  let body = replaceMarked(
    source,
    'HERE',
    "const SCRIPT = document.currentScript;\nconst HERE = (SCRIPT && SCRIPT.src) || document.baseURI;",
  );
  body = replaceMarked(body, 'DEFAULT_PKG', `const DEFAULT_PKG = '${pkg}';`);
  const exported = [];
  body = body.replace(/^export (async function|function|class|const) ([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
    exported.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*(export|import)\s/m.test(body) || body.includes('import.meta')) {
    throw new Error('build: open-badge.js has an import/export form the classic build cannot rewrite');
  }
  return `// <open-badge> as one classic script (generated by www/build.mjs from www/open-badge.js).
// Registers <open-badge> and exposes window.OpenBadge = { ${exported.join(', ')} }.
(() => {
'use strict';
${body}
if (SCRIPT && SCRIPT.dataset && SCRIPT.dataset.pkg) configure({ pkg: SCRIPT.dataset.pkg });
globalThis.OpenBadge = { ${exported.join(', ')} };
OpenBadgeElement.define();
})();
`;
}

/** Builds www/dist/; needs pkg/ (scripts/build-pkg.sh). */
export async function build() {
  for (const file of [...PKG_FILES, ...PKG_SCRIPTS]) {
    if (!existsSync(join(ROOT, 'pkg', file))) throw new Error(`build: pkg/${file} is missing; run scripts/build-pkg.sh`);
  }
  await rm(DIST, { recursive: true, force: true });
  await mkdir(join(DIST, 'pkg'), { recursive: true });
  for (const [name, text] of Object.entries(await distScripts())) await writeFile(join(DIST, name), text);
  const types = await readFile(join(WWW, 'open-badge.d.ts'), 'utf8');
  await writeFile(join(DIST, 'open-badge.d.ts'), types.replaceAll('../pkg/badgeverify.js', './pkg/badgeverify.js'));
  for (const file of PKG_FILES) await copyFile(join(ROOT, 'pkg', file), join(DIST, 'pkg', file));
  await copyLocales(join(ROOT, 'pkg'), DIST);
  await copyLocales(join(ROOT, 'pkg'), join(DIST, 'pkg'));
  return DIST;
}

// In the npm package the widget does not fetch the .wasm itself: `init()` finds it (a
// bundler rewrites that URL to the asset it emits; a fetch of our own would miss it).
const OWN_WASM_FETCH = `    const wasm = compileWasm(new URL('badgeverify_bg.wasm', url));
    wasm.catch(() => {}); // reported through pkg.default() below
    // The fallback build, downloaded only where WebCrypto lacks a signature algorithm.
    const backends = { fallback: new URL('badgeverify_full.js', url).href };
`;
const INIT_FINDS_WASM = `    // npm package (www/build.mjs --npm): init() finds the .wasm files beside badgeverify.js itself.
    const own = !(BUNDLED_PKG && !packageUrl);
    const wasm = own ? compileWasm(new URL('badgeverify_bg.wasm', url)) : undefined;
    wasm?.catch(() => {}); // reported through pkg.default() below
    const backends = own ? { fallback: new URL('badgeverify_full.js', url).href } : {};
`;

/**
 * The npm package's widget files, as `{name: text}`: `widget.js` (ES module, unminified,
 * registers the element, imports `./badgeverify.js`), `widget.d.ts` and `open-badge.iife.js`
 * (classic script with the package's JS bundled in, minified).
 */
export async function npmWidget() {
  const source = await readFile(join(WWW, 'open-badge.js'), 'utf8');
  if (!source.includes(OWN_WASM_FETCH)) throw new Error("build: open-badge.js's loadVerifier() no longer fetches the .wasm as expected");
  let module = replaceMarked(source, 'DEFAULT_PKG', "const DEFAULT_PKG = './badgeverify.js';");
  module = replaceMarked(module, 'BUNDLED_PKG', 'const BUNDLED_PKG = BUNDLED_PKG_MODULE;');
  module = module.replace(OWN_WASM_FETCH, INIT_FINDS_WASM);
  const widget = `// badgeverify/widget: the <open-badge> element, registered on import (generated by
// www/build.mjs --npm from www/open-badge.js). Exports OpenBadgeElement, configure, scan, ...
import * as BUNDLED_PKG_MODULE from './badgeverify.js';

${module}
OpenBadgeElement.define();
`;
  const types = (await readFile(join(WWW, 'open-badge.d.ts'), 'utf8')).replaceAll('../pkg/badgeverify.js', './badgeverify.js');
  const styled = await minifyStyles(source);
  return {
    'widget.js': widget,
    'widget.d.ts': `// Importing 'badgeverify/widget' registers <open-badge>.
${types}`,
    'open-badge.iife.js': await bundled(toClassicScript(styled, './badgeverify.js'), false),
  };
}

/** Writes the widget files into `dir` (default pkg/, which scripts/build-pkg.sh made). */
export async function buildNpm(dir = join(ROOT, 'pkg')) {
  for (const file of [...PKG_FILES, ...PKG_SCRIPTS]) {
    if (!existsSync(join(dir, file))) throw new Error(`build: ${join(dir, file)} is missing; run scripts/build-pkg.sh`);
  }
  for (const [name, text] of Object.entries(await npmWidget())) await writeFile(join(dir, name), text);
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv.includes('--npm') ? await buildNpm() : await build();
  console.log(`build: wrote ${out}`);
}
