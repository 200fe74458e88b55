// Regenerates docs/screenshots/*.png (committed, shown in the README):
//   node tests/browser/screenshots.mjs
// demo.png / demo-dark.png: www/demo.html; verifier.png: www/index.html with three files (a batch: collapsed cards, in the order given).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIX, NOW, ROOT, launchBrowser, startTestServer, waitForEvents, instrument } from './helpers.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });

const server = await startTestServer();
const browser = await launchBrowser();
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme, deviceScaleFactor: 1 });
    await instrument(page);
    await page.goto(`${server.base}/www/demo.html`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // the lazy ones below the fold
    await waitForEvents(page, null, 10);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(OUT, colorScheme === 'light' ? 'demo.png' : 'demo-dark.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  await instrument(page);
  await page.goto(`${server.base}/www/?now=${NOW}`);
  await page.check('#offline'); // the JWT's issuer key set is on a host that is not here
  await page.setInputFiles('#files', [
    join(ROOT, FIX, 'vcjwt/vc2-rs256-jwk-header-https-issuer.jwt'),
    join(ROOT, FIX, 'di/neg-tampered-field-eddsa-rdfc-2022.json'),
    join(ROOT, FIX, 'baked/ob3-data-integrity.png'),
  ]);
  await waitForEvents(page, null, 3);
  const file = join(OUT, 'verifier.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  await server.close();
}
