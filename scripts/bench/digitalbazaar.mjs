// Times Digital Bazaar's verifier in Node: @digitalbazaar/vc verifyCredential with
// DataIntegrityProof + the eddsa-rdfc-2022 / eddsa-jcs-2022 cryptosuites, no status check.
// The packages (exact versions, package-lock.json) and the offline document loader (vendored
// contexts + did:key resolution) are those of scripts/interop; run `npm ci` there first.
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {counts, emit, fixture, measure, NOW, REPO} from './timing.mjs';

const INTEROP = path.join(REPO, 'scripts', 'interop');
const resolve = createRequire(path.join(INTEROP, 'package.json')).resolve;
const load = name => import(pathToFileURL(resolve(name)).href);

const t0 = process.hrtime.bigint();
const vc = await load('@digitalbazaar/vc');
const {DataIntegrityProof} = await load('@digitalbazaar/data-integrity');
const {cryptosuite: rdfc} = await load('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
const {createVerifyCryptosuite: jcs} = await load('@digitalbazaar/eddsa-jcs-2022-cryptosuite');
const {makeLoader} = await import(pathToFileURL(path.join(INTEROP, 'lib', 'loader.mjs')).href);
const importUs = Number(process.hrtime.bigint() - t0) / 1e3;

// Two loaders. The headline one memoizes scripts/interop's loader per URL, the way a
// production loader serves a static context map (every iteration is still checked to return
// verified: true).
// The other is that loader as it is, which deep-copies every context on every load; its
// extra cost is reported apart so that it is not charged to Digital Bazaar's verifier.
function counted(loader) {
  const c = {loads: 0};
  c.documentLoader = url => {
    c.loads++;
    return loader(url);
  };
  return c;
}
function memoized(loader) {
  const memo = new Map();
  return url => {
    if(!memo.has(url)) {
      memo.set(url, loader(url));
    }
    return memo.get(url);
  };
}
const LOADERS = [
  ['digitalbazaar', memoized(makeLoader())],
  ['digitalbazaar-copying-loader', makeLoader()]
];

const CASES = [
  ['eddsa-rdfc-2022', 'di/vc2-ob303-eddsa-rdfc-2022.json', rdfc],
  ['eddsa-jcs-2022', 'di/vc2-ob303-eddsa-jcs-2022.json', jcs()]
];

const n = counts({warmup: 30, iters: 300});
const now = new Date(NOW);
for(const [impl, loader] of LOADERS) {
  for(const [name, rel, cryptosuite] of CASES) {
    const credential = JSON.parse(fixture(rel).toString('utf8'));
    const c = counted(loader);
    // A fresh suite per call, as an application verifying unrelated credentials would. The
    // fixtures have no credentialStatus, so no checkStatus is needed (nor given).
    const run = () => vc.verifyCredential({
      credential,
      suite: new DataIntegrityProof({cryptosuite}),
      documentLoader: c.documentLoader,
      now
    });
    const r = await measure(run, res => res.verified === true, n);
    const calls = 1 + n.warmup + n.iters;
    emit(impl, name, r, {
      loads_per_verify: c.loads / calls,
      ...(impl === LOADERS[0][0] && name === CASES[0][0] ? {import_us: importUs} : {})
    });
  }
}
