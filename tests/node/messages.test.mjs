// Messages that show counts read as a native speaker writes them, in every language, for
// counts that take different forms (0, 1, several): the package's catalogs (locales/<lang>.js
// and .detail.js, generated from locales/*.ftl) rendered by @fluent/bundle give the text of
// tests/data/counted-messages.json, which cli/src/messages.rs holds fluent-bundle to as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, PKG } from './helpers.mjs';

const { catalog, LANGUAGES } = await import(PKG);
const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests/data/counted-messages.json'), 'utf8'));

test('the counted messages cover several messages and every language', () => {
  assert.ok(cases.length >= 10, `only ${cases.length} cases`);
  for (const c of cases) for (const lang of LANGUAGES) assert.equal(typeof c[lang], 'string', `${c.id}: no ${lang}`);
});

for (const lang of LANGUAGES) {
  test(`counts agree with their words: ${lang}`, async () => {
    const cat = await catalog(lang);
    for (const c of cases) {
      assert.equal(cat.format(c.id, c.params, c.attr ?? null), c[lang], `${c.id} ${JSON.stringify(c.params)}`);
    }
  });
}
