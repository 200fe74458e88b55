// Plain Node ESM: verifies the badge files named on the command line (did:key, offline, at
// NOW) and prints {verdicts, extracted} as JSON for the test.
import { readFile } from 'node:fs/promises';
import { extract, init, verify } from 'badgeverify';

const NOW = '2026-01-01T00:00:00Z';
const files = process.argv.slice(2);
const verdicts = [];
for (const file of files) verdicts.push((await verify(await readFile(file), { now: NOW, offline: true })).verdict);
await init();
const extracted = extract(await readFile(files[0]));
console.log(JSON.stringify({ verdicts, container: extracted.container ?? null }));
