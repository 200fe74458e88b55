// Type-checked by `npm run build` (tsc, no output): the package's types as an app sees them
// through the exports map, for both entries. The @ts-expect-error lines fail the check if the
// types ever get so loose that wrong calls pass.
import init, { extract, init as namedInit, initSync, verify } from 'badgeverify';
import type { Extracted, Report, Verdict, VerifyOptions } from 'badgeverify';
import { OpenBadgeElement, configure, scan } from 'badgeverify/widget';

const options: VerifyOptions = { now: new Date(), offline: true, recipient: 'alice@example.org' };

export async function check(bytes: Uint8Array, wasm: Uint8Array): Promise<Verdict> {
  initSync(wasm);
  await init();
  await namedInit();
  const report: Report = await verify(bytes, options);
  const extracted: Extracted = extract(bytes);
  if ('error' in extracted) return 'error';
  const element = document.createElement('open-badge');
  const shown: Report | null = element.report;
  element.addEventListener('open-badge:verified', (e) => console.log(e.detail.summary));
  configure({ pkg: '/assets/badgeverify.js' });
  const found = await scan(document, { offline: true });
  const first: OpenBadgeElement | undefined = found[0]?.element;
  console.log(shown?.verdict, first?.report, report.checks.map((c) => c.outcome));
  // @ts-expect-error verify() takes bytes or a string
  await verify(42);
  // @ts-expect-error `offline` is a boolean
  await verify(bytes, { offline: 'yes' });
  return report.verdict;
}
