// Regenerates docs/screenshots/*.png (committed, shown in the README):
//   node tests/browser/screenshots.mjs
// demo.png / demo-dark.png: www/demo.html; verifier.png: www/index.html with three files (a batch: collapsed cards, in the order given).
// demo-<lang>.png / verifier-<lang>.png: the same in each language (en, fr, de, es), the
// verifier with its first card opened so that check names and outcomes show; the demo page's
// elements follow its <html lang>, set here, and the verifier page its stored choice.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIX, NOW, ROOT, launchBrowser, startTestServer, waitForEvents, instrument } from './helpers.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });
const LANGUAGES = ['en', 'fr', 'de', 'es'];

/** A new page in `lang` (null: as the pages are by default). */
async function newPage(browser, lang, options = {}) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1, ...options });
  await instrument(page);
  if (lang) {
    await page.addInitScript((language) => {
      localStorage.setItem('badgeverify-language', language);
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') document.documentElement.lang = language;
      });
    }, lang);
  }
  return page;
}

async function demo(browser, file, lang, colorScheme = 'light') {
  const page = await newPage(browser, lang, { colorScheme });
  await page.goto(`${server.base}/www/demo.html`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // the lazy ones below the fold
  await waitForEvents(page, null, 10);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, file), fullPage: true });
  console.log(`wrote ${join(OUT, file)}`);
  await page.close();
}

async function verifier(browser, file, lang, openFirst) {
  const page = await newPage(browser, lang);
  await page.goto(`${server.base}/www/?now=${NOW}`);
  await page.check('#offline'); // the JWT's issuer key set is on a host that is not here
  await page.setInputFiles('#files', [
    join(ROOT, FIX, 'vcjwt/vc2-rs256-jwk-header-https-issuer.jwt'),
    join(ROOT, FIX, 'di/neg-tampered-field-eddsa-rdfc-2022.json'),
    join(ROOT, FIX, 'baked/ob3-data-integrity.png'),
  ]);
  await waitForEvents(page, null, 3);
  if (openFirst) await page.click('.card open-badge >> [part="toggle"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, file), fullPage: true });
  console.log(`wrote ${join(OUT, file)}`);
  await page.close();
}

const server = await startTestServer();
const browser = await launchBrowser();
try {
  await demo(browser, 'demo.png', null);
  await demo(browser, 'demo-dark.png', null, 'dark');
  await verifier(browser, 'verifier.png', null, false);
  for (const lang of LANGUAGES) {
    await demo(browser, `demo-${lang}.png`, lang);
    await verifier(browser, `verifier-${lang}.png`, lang, true);
  }
} finally {
  await browser.close();
  await server.close();
}
