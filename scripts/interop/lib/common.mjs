// Shared plumbing for the interop fixture generators: paths, output, manifest,
// deterministic keys, offline JSON-LD document loader, small encoders.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const SCRIPT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = path.resolve(SCRIPT_DIR, '..', '..');
export const COMMITTED = path.join(REPO, 'tests', 'fixtures', 'interop');
const VECTORS = path.join(REPO, 'tests', 'vectors');

/** The instant every time-dependent fixture is judged at, unless its entry says otherwise. */
export const NOW = '2026-01-01T00:00:00Z';
/** Validity window used by the "valid" fixtures. */
export const VALID_FROM = '2025-01-01T00:00:00Z';
export const VALID_UNTIL = '2030-01-01T00:00:00Z';
/** Past window (expired relative to NOW) and future start (not yet valid at NOW). */
export const EXPIRED_FROM = '2024-01-01T00:00:00Z';
export const EXPIRED_UNTIL = '2025-06-01T00:00:00Z';
export const FUTURE_FROM = '2027-01-01T00:00:00Z';
/** Fixed proof creation date for every Data Integrity proof. */
export const PROOF_CREATED = '2025-01-01T00:00:00Z';

/** The recipient every credential is issued to, and a non-matching one. */
export const RECIPIENT_EMAIL = 'learner@example.org';
export const OTHER_EMAIL = 'someone-else@example.org';
export const SALT = 'interop-salt-1';

/** "name@version" of an installed npm package, for the manifest `producer` field. */
export function producer(name) {
  const pkg = JSON.parse(fs.readFileSync(
    path.join(SCRIPT_DIR, 'node_modules', name, 'package.json'), 'utf8'));
  return `${name}@${pkg.version}`;
}

export function parseArgs(argv) {
  const args = {out: COMMITTED, reuse: COMMITTED};
  for(let i = 0; i < argv.length; i++) {
    if(argv[i] === '--out') {
      args.out = path.resolve(argv[++i]);
    } else if(argv[i] === '--reuse') {
      args.reuse = path.resolve(argv[++i]);
    } else {
      throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return args;
}

/** Output sink: writes files below `out` and collects manifest entries. */
export class Output {
  constructor({out, reuse}) {
    this.out = out;
    this.reuse = reuse;
    this.entries = [];
    this.files = new Set();
  }
  write(rel, data) {
    if(this.files.has(rel)) {
      throw new Error(`${rel} written twice`);
    }
    this.files.add(rel);
    const p = path.join(this.out, rel);
    fs.mkdirSync(path.dirname(p), {recursive: true});
    fs.writeFileSync(p, data);
  }
  writeJson(rel, value) {
    this.write(rel, JSON.stringify(value, null, 2) + '\n');
  }
  /** Bytes of a previously committed file (for reuse of randomized signatures). */
  committed(rel) {
    const p = path.join(this.reuse, rel);
    return fs.existsSync(p) ? fs.readFileSync(p) : null;
  }
  /**
   * Adds a manifest entry. `expect` = {verdict, check, note}; optional `online`
   * (same shape) for documents that need the network.
   */
  add({file, now = NOW, recipient = null, expect, producer: prod, online, ...extra}) {
    if(!this.files.has(file)) {
      throw new Error(`manifest entry for unwritten file ${file}`);
    }
    for(const e of [expect, online].filter(Boolean)) {
      if(!['valid', 'invalid', 'indeterminate'].includes(e.verdict)) {
        throw new Error(`bad verdict in ${file}`);
      }
      if(e.check !== null && !CHECKS.includes(e.check)) {
        throw new Error(`bad check ${e.check} in ${file}`);
      }
    }
    const entry = {file, now, recipient, expect, producer: prod};
    if(online) {
      entry.online = online;
    }
    // Optional fields of the newer groups (suite, container, challenge, domain, items, pending).
    Object.assign(entry, extra);
    this.entries.push(entry);
  }
}
export const CHECKS = ['container', 'payload', 'schema', 'proof', 'issuer-key',
  'validity-period', 'revocation', 'recipient', 'hosted-origin'];

export function expect(verdict, check, note) {
  return {verdict, check, note};
}

// ---------------------------------------------------------------- encodings

export const b64u = buf => Buffer.from(buf).toString('base64url');
export const b64uJson = obj => b64u(Buffer.from(JSON.stringify(obj), 'utf8'));
export const sha256 = data => crypto.createHash('sha256').update(data).digest();
export const hashHex = (alg, s) => crypto.createHash(alg).update(s, 'utf8').digest('hex');

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58btc(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let s = '';
  while(n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for(const b of bytes) {
    if(b !== 0) {
      break;
    }
    s = '1' + s;
  }
  return s;
}

export function base58btcDecode(s) {
  let n = 0n;
  for(const c of s) {
    const d = B58.indexOf(c);
    if(d < 0) {
      throw new Error(`not base58btc: ${c}`);
    }
    n = n * 58n + BigInt(d);
  }
  let hex = n === 0n ? '' : n.toString(16);
  if(hex.length % 2) {
    hex = '0' + hex;
  }
  const zeros = s.match(/^1*/)[0].length;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex, 'hex')]);
}

/** Replaces character `i` of a base58 string with a different base58 character. */
export function flipBase58(s, i) {
  const c = s[i];
  const r = c === 'A' ? 'B' : 'A';
  return s.slice(0, i) + r + s.slice(i + 1);
}

// ---------------------------------------------------------------- keys

/**
 * Ed25519 key derived from a label: seed = SHA-256("badgeverify interop " + label).
 * Returns node KeyObjects, JWKs, the raw public key and the did:key.
 */
/** Every key used, for keys/index.json (label → public facts and where the private key is). */
export const KEY_REGISTRY = new Map();

export function ed25519FromLabel(label) {
  const seed = sha256(Buffer.from(`badgeverify interop ${label}`, 'utf8'));
  const der = Buffer.concat([
    Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const privateKey = crypto.createPrivateKey({key: der, format: 'der', type: 'pkcs8'});
  const publicKey = crypto.createPublicKey(privateKey);
  const jwk = privateKey.export({format: 'jwk'});
  const raw = Buffer.from(jwk.x, 'base64url');
  const publicKeyMultibase = 'z' + base58btc(Buffer.concat([Buffer.from([0xed, 0x01]), raw]));
  const secretKeyMultibase = 'z' + base58btc(Buffer.concat([Buffer.from([0x80, 0x26]), seed, raw]));
  const did = `did:key:${publicKeyMultibase}`;
  KEY_REGISTRY.set(label, {type: 'Ed25519', seed: `SHA-256("badgeverify interop ${label}")`,
    seedHex: seed.toString('hex'), publicKeyMultibase, secretKeyMultibase, did,
    privateJwk: {kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d}});
  return {
    label, seed, privateKey, publicKey, raw, publicKeyMultibase, secretKeyMultibase,
    did, vm: `${did}#${publicKeyMultibase}`,
    privateJwk: jwk, publicJwk: {kty: 'OKP', crv: 'Ed25519', x: jwk.x}
  };
}

const EC_CURVE = {ec: 'P-256', p384: 'P-384', p521: 'P-521', secp256k1: 'secp256k1'};

/**
 * RSA / EC (P-256, P-384, P-521, secp256k1) / Ed448 test keys cannot be derived from a seed with
 * node:crypto, so they are generated once and committed (PKCS#8 PEM under keys/); later runs
 * read them back.
 */
export function persistedKey(output, label, kind) {
  const rel = `keys/${label}.pem`;
  let pem = output.committed(rel);
  if(!pem) {
    const {privateKey} = kind === 'rsa' ?
      crypto.generateKeyPairSync('rsa', {modulusLength: 2048, publicExponent: 0x10001}) :
      kind === 'ed448' ? crypto.generateKeyPairSync('ed448') :
        crypto.generateKeyPairSync('ec', {namedCurve: EC_CURVE[kind]});
    pem = privateKey.export({format: 'pem', type: 'pkcs8'});
  }
  // A key shared by two groups is read and written once.
  if(!output.files.has(rel)) {
    output.write(rel, pem);
  }
  const privateKey = crypto.createPrivateKey(pem);
  const publicKey = crypto.createPublicKey(privateKey);
  const pub = publicKey.export({format: 'jwk'});
  const publicJwk = kind === 'rsa' ?
    {kty: 'RSA', e: pub.e, n: pub.n} :
    kind === 'ed448' ? {kty: 'OKP', crv: 'Ed448', x: pub.x} :
      {kty: 'EC', crv: EC_CURVE[kind], x: pub.x, y: pub.y};
  const did = `did:jwk:${b64uJson(publicJwk)}`;
  const type = kind === 'rsa' ? 'RSA-2048' : kind === 'ed448' ? 'Ed448' : EC_CURVE[kind];
  KEY_REGISTRY.set(label, {type, privateKeyPem: rel,
    publicJwk, did});
  return {label, kind, privateKey, publicKey, publicJwk,
    privateJwk: privateKey.export({format: 'jwk'}), did, vm: `${did}#0`};
}

/** Minimal did:jwk resolution (did:jwk spec): the document and its single VM. */
export function resolveDidJwk(didUrl) {
  const did = didUrl.split('#')[0];
  if(!did.startsWith('did:jwk:')) {
    throw new Error(`not a did:jwk: ${didUrl}`);
  }
  const jwk = JSON.parse(Buffer.from(did.slice(8), 'base64url').toString('utf8'));
  return {
    did, jwk, vm: `${did}#0`,
    doc: {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: did,
      verificationMethod: [{id: `${did}#0`, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk}],
      assertionMethod: [`${did}#0`], authentication: [`${did}#0`]
    }
  };
}

// ---------------------------------------------------------------- JSON-LD contexts

/** URL → parsed context, from the vendored context maps (W3C sources first). */
export function loadContexts() {
  const map = new Map();
  const sources = [
    path.join(VECTORS, 'w3c-contexts'),
    path.join(VECTORS, '1edtech-validator')
  ];
  for(const dir of sources) {
    const lines = fs.readFileSync(path.join(dir, 'context-map.txt'), 'utf8').split('\n');
    for(const line of lines) {
      if(!line.trim() || line.startsWith('#')) {
        continue;
      }
      const [url, file] = line.split('\t');
      if(map.has(url)) {
        continue;
      }
      const p = path.join(dir, file);
      if(!fs.existsSync(p)) {
        continue;
      }
      map.set(url, {document: JSON.parse(fs.readFileSync(p, 'utf8')),
        source: path.relative(REPO, p)});
    }
  }
  return map;
}
