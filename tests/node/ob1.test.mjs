// Open Badges 0.5 / 1.0 / 1.1 through the npm package's own fetch loop, against a real HTTP
// server on 127.0.0.1: the fixtures of tests/fixtures/ob1 (made by scripts/ob1/regen.sh with
// Python's cryptography, jwcrypto and openbadges-bakery) must give the verdicts their
// manifest states, online and offline, exactly as the Rust tests (tests/ob1.rs,
// cli/tests/ob1.rs) see them; and the OB 1.0 specification's hosted example is valid when
// its documents are served, indeterminate offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { ROOT, loadPkg, loopbackServer, sendJsonFile } from './helpers.mjs';

const FIXTURES = join(ROOT, 'tests/fixtures/ob1');
const SITE = join(FIXTURES, 'site');
const SPEC_EXAMPLE = join(ROOT, 'tests/data/ob1-spec-example');
const STATUS = JSON.parse(readFileSync(join(SITE, 'status.json'), 'utf8'));
const MANIFEST = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));

let server;
let base;
const hits = new Map();
const stray = [];

/** The file for `/<host>/<path>`, or null. */
function fileFor(path) {
  const [, host, ...rest] = path.split('/');
  const root = host === 'example.org' ? SPEC_EXAMPLE : join(SITE, host);
  const file = normalize(join(root, ...rest));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

before(async () => {
  server = await loopbackServer(hits, (path, res) => {
    const status = STATUS[`https:/${path}`];
    if (status) return res.writeHead(status).end();
    return sendJsonFile(res, fileFor(path));
  });
  base = server.base;
});

after(() => server.close());

/** The page-supplied fetch: the fixtures' origins are served by the loopback server. */
function mapped(url, init) {
  const u = new URL(url);
  if (!['badges.example.edu', 'elsewhere.example.net', 'example.org'].includes(u.host)) {
    stray.push(url);
    return Promise.resolve(new Response('', { status: 404 }));
  }
  return fetch(`${base}/${u.host}${u.pathname}`, init);
}

function meets(report, want) {
  assert.equal(report.verdict, want.verdict, `${report.summary} ${JSON.stringify(report.checks.map((c) => `${c.id}/${c.outcome}/${c.code}`))}`);
  if (want.check && want.code) {
    assert.ok(
      report.checks.some((c) => c.id === want.check && c.code === want.code),
      `no ${want.check}/${want.code} in ${JSON.stringify(report.checks)}`,
    );
  }
}

test('every OB 0.5 / 1.x fixture gives its manifest verdict online and offline', async () => {
  const { verify } = await loadPkg();
  assert.ok(MANIFEST.length >= 30);
  const failures = [];
  for (const c of MANIFEST) {
    const input = readFileSync(join(FIXTURES, c.file));
    const opts = { now: c.now, recipient: c.recipient ?? undefined };
    const online = await verify(input, { ...opts, fetch: mapped });
    const offline = await verify(input, { ...opts, offline: true });
    for (const [how, report, want] of [['online', online, c.online], ['offline', offline, c.offline]]) {
      try {
        meets(report, want);
      } catch (e) {
        failures.push(`${c.file} ${how}: ${e.message}`);
      }
    }
    assert.match(online.format.spec ?? '', /^ob(0\.5|1\.0|1\.1)$/, c.file);
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(stray, []);
  assert.ok(hits.get('/badges.example.edu/ob1/key.pem') >= 1);
  assert.ok(hits.get('/badges.example.edu/ob10/assertions/gone.json') >= 1);
});

test('the OB 1.0 specification example is valid when served, indeterminate offline', async () => {
  const { verify } = await loadPkg();
  const input = readFileSync(join(SPEC_EXAMPLE, 'beths-robotics-badge.json'));
  const r = await verify(input, { now: '2026-01-01T00:00:00Z', fetch: mapped });
  assert.equal(r.verdict, 'valid', r.summary);
  assert.equal(r.format.spec, 'ob1.0');
  assert.ok(r.notes.some((n) => n.code === 'legacy-version'));
  const off = await verify(input, { now: '2026-01-01T00:00:00Z', offline: true });
  assert.equal(off.verdict, 'indeterminate', off.summary);
});
