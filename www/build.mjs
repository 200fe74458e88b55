// Builds www/dist/ (generated, git-ignored), the files a site deploys, minified by esbuild
// (a pinned dev dependency; nothing is bundled from outside this repository):
//   open-badge.js, open-badge.d.ts   the ES module (exports only)
//   open-badge-define.js             the same module that also registers <open-badge>
//   open-badge.iife.js               one classic <script>, registers <open-badge>
//   pkg/                             the .wasm, and the package's JS (minified) for pages that
//                                    configure({pkg}) another copy
// Each of the three widget files holds the package's JS and its wasm-bindgen glue, so a page
// fetches that one file and, when a badge comes near the viewport, the .wasm from ./pkg/.
//
// The classic script finds the package next to itself (`document.currentScript.src` + pkg/)
// unless its <script> tag names another place: `<script src=".../open-badge.iife.js"
// data-pkg="/assets/badgeverify/badgeverify.js">`. Usage: node www/build.mjs

import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build as esbuild, transform } from 'esbuild';

const WWW = fileURLToPath(new URL('./', import.meta.url));
const ROOT = join(WWW, '..');

/** Where the build goes. */
export const DIST = join(WWW, 'dist');

const PKG_FILES = ['badgeverify.d.ts', 'badgeverify_bg.wasm'];
const PKG_SCRIPTS = ['badgeverify.js', 'badgeverify_core.js'];

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

function replaceMarked(source, marker, replacement) {
  const pattern = new RegExp(`^.*// build: ${marker}$`, 'm');
  if (!pattern.test(source)) throw new Error(`build: the line marked "// build: ${marker}" is missing from open-badge.js`);
  return source.replace(pattern, replacement);
}

/** The classic-script build of open-badge.js. */
export function toClassicScript(source) {
  let body = replaceMarked(
    source,
    'HERE',
    "const SCRIPT = document.currentScript;\nconst HERE = (SCRIPT && SCRIPT.src) || document.baseURI;",
  );
  body = replaceMarked(body, 'DEFAULT_PKG', "const DEFAULT_PKG = './pkg/badgeverify.js';");
  const exported = [];
  body = body.replace(/^export (function|class|const) ([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
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
  return DIST;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await build();
  console.log(`build: wrote ${out}`);
}
