// Regenerates tests/fixtures/interop (or --out DIR; --reuse DIR names the committed copy whose
// keys and randomized ES256/PS256 signatures are reused). See tests/fixtures/interop/README.md.
import {KEY_REGISTRY, Output, parseArgs} from './lib/common.mjs';
import * as vcjwt from './gen-vcjwt.mjs';
import * as ob2 from './gen-ob2.mjs';
import * as di from './gen-di.mjs';
import * as baked from './gen-baked.mjs';
import * as ecdsa from './gen-ecdsa.mjs';
import * as vp from './gen-vp.mjs';
import * as vcjose from './gen-jose.mjs';
import * as api from './gen-api.mjs';
import * as didweb from './gen-didweb.mjs';
import * as unsupported from './gen-unsupported.mjs';
import {producer} from './lib/common.mjs';

const args = parseArgs(process.argv.slice(2));
const output = new Output(args);
const summary = {};

const j = await vcjwt.generate(output);
summary.vcjwt = j.count;
const o = await ob2.generate(output);
summary.ob2 = o.count;
const d = await di.generate(output);
summary.di = d.count;
const JWT = 'vcjwt/vc2-rs256-didjwk.jwt';
summary.baked = (await baked.generate(output, {
  jwt: j.tokens[JWT], jwtEntry: JWT,
  di: d.valid['vc2-ob303 eddsa-rdfc-2022'], diEntry: 'di/vc2-ob303-eddsa-rdfc-2022.json',
  ob2Signed: o.signed, ob2Hosted: o.hosted
})).count;

// Algorithms and keys the verifier does not implement: indeterminate, never invalid.
summary.unsupported = (await unsupported.generate(output)).count;

// Groups the verifier does not support yet (manifest entries carry `pending`).
const e = await ecdsa.generate(output);
summary.ecdsa = e.count;
summary.vp = (await vp.generate(output)).count;
summary.didweb = (await didweb.generate(output)).count;
const v = await vcjose.generate(output);
summary.vcjose = v.count;
summary.api = (await api.generate(output, {
  di: {
    'di/vc2-ob303-eddsa-rdfc-2022.json': d.valid['vc2-ob303 eddsa-rdfc-2022'],
    'ecdsa/vc2-ob303-ecdsa-rdfc-2019-p256.json': e.valid['ecdsa-rdfc-2019 p256']
  },
  jwts: {
    'vcjwt/vc2-es256-didjwk.jwt': j.tokens['vcjwt/vc2-es256-didjwk.jwt'],
    'vcjose/ob-vc11-es384-didjwk.jwt': v.tokens['vcjose/ob-vc11-es384-didjwk.jwt']
  },
  producers: ['@digitalbazaar/eddsa-rdfc-2022-cryptosuite', '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite',
    '@digitalbazaar/vc', 'jose'].map(producer).join(' + ')
})).count;

output.writeJson('manifest.json', output.entries);
output.writeJson('keys/index.json', Object.fromEntries([...KEY_REGISTRY].sort(([a], [b]) => a < b ? -1 : 1)));
summary.total = output.entries.length;
console.log(`interop fixtures written to ${args.out}: ${JSON.stringify(summary)}; ` +
  'every expectation confirmed by the producing libraries');
