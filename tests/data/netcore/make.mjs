// Regenerates the status-list fixtures of tests/netcore.rs with Digital Bazaar's
// libraries, an implementation independent of badgeverify (bit order, gzip via pako).
//
//   npm i @digitalbazaar/vc-bitstring-status-list@2.0.1 @digitalbazaar/vc-status-list@8.0.1
//   node tests/data/netcore/make.mjs   (run from the repository root)
//
// Writes lists.json (the lists, and what the libraries' own decoders read back) and
// bomb.txt (a gzip bomb). gzip output depends on pako's version, so regenerating may change
// the encoded text but never the decoded bits.
import * as bsl from '@digitalbazaar/vc-bitstring-status-list';
import * as sl2021 from '@digitalbazaar/vc-status-list';
import {Bitstring} from '@digitalbazaar/bitstring';
import {gzipSync} from 'node:zlib';
import {writeFileSync} from 'node:fs';

const dir = new URL('.', import.meta.url);
const SET = [0, 7, 8, 131071];
const PROBE = [...new Set([...SET, 1, 2, 6, 9, 23, 1000, 131070, ...SET.map(i => i + 1)])]
  .filter(i => i < 131072).sort((a, b) => a - b);

async function readBack(decodeList, encodedList) {
  const list = await decodeList({encodedList});
  return Object.fromEntries(PROBE.map(i => [i, list.getStatus(i) ? 1 : 0]));
}

// Bitstring Status List v1.0 (multibase `u` + base64url of gzip).
const b = await bsl.createList({length: 131072});
for(const i of SET) b.setStatus(i, true);
const bCred = await bsl.createCredential({
  id: 'https://example.com/status/1', list: b, statusPurpose: 'revocation'});

// StatusList2021 (base64url of gzip, no prefix).
const s = await sl2021.createList({length: 131072});
for(const i of SET) s.setStatus(i, true);
const sCred = await sl2021.createCredential({
  id: 'https://example.com/status/2021', list: s, statusPurpose: 'suspension'});

// The same StatusList2021 list re-spelled in standard base64 with padding (Node's Buffer).
const std = Buffer.from(sCred.credentialSubject.encodedList, 'base64url').toString('base64');

// statusSize 2: the status-list libraries store booleans only, so the 2-bit entries are set
// bit by bit on the underlying @digitalbazaar/bitstring (left-to-right indexing), entry i
// occupying bits 2i (most significant) and 2i+1.
const TWO_BIT = {3: 2, 5: 1, 100: 3, 131071: 3};
const bits2 = new Bitstring({length: 131072 * 2});
for(const [i, v] of Object.entries(TWO_BIT)) {
  bits2.set(2 * Number(i), (v & 2) !== 0);
  bits2.set(2 * Number(i) + 1, (v & 1) !== 0);
}
const size2 = 'u' + await bits2.encodeBits();

writeFileSync(new URL('lists.json', dir), JSON.stringify({
  generator: 'tests/data/netcore/make.mjs with @digitalbazaar/vc-bitstring-status-list ' +
    '2.0.1, @digitalbazaar/vc-status-list 8.0.1, @digitalbazaar/bitstring 3.1.0',
  set: SET,
  bitstring: {credential: bCred, readBack: await readBack(bsl.decodeList,
    bCred.credentialSubject.encodedList)},
  statusList2021: {credential: sCred, readBack: await readBack(sl2021.decodeList,
    sCred.credentialSubject.encodedList)},
  statusList2021StandardBase64: std,
  statusSize2: {encodedList: size2, statusSize: 2, values: TWO_BIT, entries: 131072},
}, null, 2) + '\n');

// A gzip bomb: 32 MiB of zeros, far above the 4 MiB default inflate cap, in ~32 KiB.
const bomb = gzipSync(Buffer.alloc(32 << 20), {level: 9});
writeFileSync(new URL('bomb.txt', dir), 'u' + bomb.toString('base64url') + '\n');
