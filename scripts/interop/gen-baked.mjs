// Group 4: baked PNG/SVG images written by npm PNG tooling and plain string templates (not by
// badgeverify), plus adversarial containers.
import zlib from 'node:zlib';
import {expect, producer} from './lib/common.mjs';
import {
  basePng, chunkOffset, extractChunks, insertChunk, itxtData, readBadgeText, ztxtData, zeroBombZlib
} from './lib/png.mjs';

const OB2_NS = 'http://openbadges.org';
const OB3_NS = 'https://purl.imsglobal.org/ob/v3p0';
const GIB = 2 ** 30;

/** Plain SVG template per specs §1.5: the badge element is the first child of <svg>. */
function svg(ns, element) {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${ns}" width="32" height="32" viewBox="0 0 32 32">\n` +
    `${element}\n` +
    '<circle cx="16" cy="16" r="15" fill="#1e5ac8"/>\n</svg>\n';
}
const attr = s => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
function cdata(s) {
  if(s.includes(']]>')) {
    throw new Error('payload contains ]]>');
  }
  return `<![CDATA[${s}]]>`;
}

/** Counts inflated bytes of a zlib stream without keeping them. */
function inflatedSize(z) {
  return new Promise((resolve, reject) => {
    let n = 0;
    const s = zlib.createInflate();
    s.on('data', d => {
      n += d.length;
    });
    s.on('end', () => resolve(n));
    s.on('error', reject);
    s.end(z);
  });
}

export async function generate(output, {jwt, jwtEntry, di, diEntry, ob2Signed, ob2Hosted}) {
  const PNG_PROD = `${producer('pngjs')} + ${producer('png-chunks-encode')} (hand-made iTXt bytes)`;
  const SVG_PROD = 'string template (specs §1.5)';
  const cases = [];
  const base = basePng();
  const diJson = JSON.stringify(di);
  const hostedJson = JSON.stringify(ob2Hosted);
  // Online expectations of the OB 2.0 payloads carry over.
  const OFF_SIGNED = expect('indeterminate', 'proof',
    'offline: OB 2.0 signed badge, key and issuer must be fetched');
  const ON_SIGNED = expect('valid', null, 'OB 2.0 RS256 signed badge (ob2/signed-sha256-salted.jws)');
  const OFF_HOSTED = expect('indeterminate', 'proof',
    'offline: OB 2.0 hosted assertion must be fetched from its id');
  const ON_HOSTED = expect('valid', null, 'OB 2.0 hosted assertion (ob2/hosted-valid.json)');

  const emit = (rel, bytes, e, prod, extra = {}) => {
    output.write(rel, bytes);
    cases.push({rel, bytes, ...extra});
    output.add({file: rel, expect: e, producer: prod, recipient: extra.recipient ?? null,
      online: extra.online});
  };

  // ---- PNG bakes
  const pngJwt = insertChunk(base, 'iTXt', itxtData('openbadgecredential', Buffer.from(jwt)), 'beforeIEND');
  emit('baked/ob3-vcjwt.png', pngJwt, expect('valid', null,
    `iTXt openbadgecredential before IEND holding ${jwtEntry}`), PNG_PROD,
  {keyword: 'openbadgecredential', text: jwt});
  const pngDi = insertChunk(base, 'iTXt', itxtData('openbadgecredential', Buffer.from(diJson)), 'afterIHDR');
  emit('baked/ob3-data-integrity.png', pngDi, expect('valid', null,
    `iTXt openbadgecredential after IHDR holding ${diEntry}`), PNG_PROD,
  {keyword: 'openbadgecredential', text: diJson});
  const pngSigned = insertChunk(base, 'iTXt', itxtData('openbadges', Buffer.from(ob2Signed)), 'afterIHDR');
  emit('baked/ob2-signed.png', pngSigned, OFF_SIGNED, PNG_PROD,
    {keyword: 'openbadges', text: ob2Signed, online: ON_SIGNED, recipient: null});
  const pngHosted = insertChunk(base, 'iTXt', itxtData('openbadges', Buffer.from(hostedJson)), 'afterIHDR');
  emit('baked/ob2-hosted.png', pngHosted, OFF_HOSTED, PNG_PROD,
    {keyword: 'openbadges', text: hostedJson, online: ON_HOSTED});

  // ---- SVG bakes
  const svgJwt = svg(OB3_NS, `<openbadges:credential verify="${attr(jwt)}"></openbadges:credential>`);
  emit('baked/ob3-vcjwt.svg', svgJwt, expect('valid', null,
    `openbadges:credential with verify = ${jwtEntry}, empty body`), SVG_PROD, {text: jwt});
  const svgDi = svg(OB3_NS, `<openbadges:credential>${cdata(diJson)}</openbadges:credential>`);
  emit('baked/ob3-data-integrity.svg', svgDi, expect('valid', null,
    `openbadges:credential, CDATA body = ${diEntry}, no verify`), SVG_PROD, {text: diJson});
  const svgSigned = svg(OB2_NS, `<openbadges:assertion verify="${attr(ob2Signed)}"/>`);
  emit('baked/ob2-signed.svg', svgSigned, OFF_SIGNED, SVG_PROD, {text: ob2Signed, online: ON_SIGNED});
  const svgHosted = svg(OB2_NS,
    `<openbadges:assertion verify="${attr(ob2Hosted.id)}">${cdata(hostedJson)}</openbadges:assertion>`);
  emit('baked/ob2-hosted.svg', svgHosted, OFF_HOSTED, SVG_PROD, {text: hostedJson, online: ON_HOSTED});

  // ---- Adversarial containers
  {
    const bad = Buffer.from(pngJwt);
    const {offset, length} = chunkOffset(bad, 'iTXt');
    const crcAt = offset + 8 + length;
    bad.writeUInt32BE((bad.readUInt32BE(crcAt) ^ 0x00000001) >>> 0, crcAt);
    emit('baked/neg-bad-crc.png', bad, expect('invalid', 'container',
      'baked/ob3-vcjwt.png with the CRC of the badge iTXt chunk off by one bit'), PNG_PROD,
    {mustFailExtract: true});
  }
  {
    const {offset} = chunkOffset(pngJwt, 'iTXt');
    const cut = pngJwt.subarray(0, offset + 8 + 200);
    emit('baked/neg-truncated.png', Buffer.from(cut), expect('invalid', 'container',
      'baked/ob3-vcjwt.png cut 200 bytes into the badge iTXt data (no CRC, no IEND)'), PNG_PROD,
    {mustFailExtract: true});
  }
  const bombSize = GIB + 7;
  const bomb = zeroBombZlib(bombSize);
  {
    const png = insertChunk(base, 'zTXt', ztxtData('openbadges', bomb), 'afterIHDR');
    emit('baked/neg-ztxt-bomb.png', png, expect('invalid', 'container',
      `zTXt openbadges whose zlib stream inflates to ${bombSize} zero bytes (1 GiB + 7)`),
    `${PNG_PROD} + hand-made deflate stream`, {bomb: true});
  }
  {
    const png = insertChunk(base, 'iTXt', itxtData('openbadgecredential', bomb, {compressed: true}),
      'afterIHDR');
    emit('baked/neg-itxt-compressed-bomb.png', png, expect('invalid', 'container',
      `compressed iTXt openbadgecredential inflating to ${bombSize} zero bytes (1 GiB + 7)`),
    `${PNG_PROD} + hand-made deflate stream`, {bomb: true});
  }
  {
    const ents = ['  <!ENTITY lol0 "lol">'];
    for(let i = 1; i <= 9; i++) {
      ents.push(`  <!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    }
    const doc = '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<!DOCTYPE svg [\n${ents.join('\n')}\n]>\n` +
      svg(OB3_NS, '<openbadges:credential>&lol9;</openbadges:credential>')
        .replace('<?xml version="1.0" encoding="UTF-8"?>\n', '');
    emit('baked/neg-billion-laughs.svg', doc, expect('invalid', 'container',
      'internal DTD subset with nested entities (10^9 × "lol") referenced in the credential body'),
    SVG_PROD);
  }
  {
    const doc = '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<!DOCTYPE svg [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n' +
      '  <!ENTITY remote SYSTEM "http://127.0.0.1:9/never-fetch">\n]>\n' +
      svg(OB3_NS, '<openbadges:credential>&xxe;&remote;</openbadges:credential>')
        .replace('<?xml version="1.0" encoding="UTF-8"?>\n', '');
    emit('baked/neg-external-entity.svg', doc, expect('invalid', 'container',
      'external entities (file:///etc/passwd and an http URL) referenced in the credential body; must not be resolved'),
    SVG_PROD);
  }

  // ---- Self-check with the producing tooling.
  for(const c of cases) {
    if(c.rel.endsWith('.png')) {
      if(c.mustFailExtract) {
        let threw = false;
        try {
          extractChunks(c.bytes);
        } catch {
          threw = true;
        }
        if(!threw) {
          throw new Error(`self-check ${c.rel}: png-chunks-extract accepted it`);
        }
      } else if(c.bomb) {
        const ch = extractChunks(c.bytes).find(x => x.name === 'zTXt' || x.name === 'iTXt');
        const d = Buffer.from(ch.data);
        const z = d.subarray(ch.name === 'zTXt' ? d.indexOf(0) + 2 : d.indexOf(0) + 5);
        const n = await inflatedSize(z);
        if(n < GIB || c.bytes.length > 2 * 1024 * 1024) {
          throw new Error(`self-check ${c.rel}: inflates to ${n}, file ${c.bytes.length} bytes`);
        }
      } else if(readBadgeText(c.bytes, c.keyword) !== c.text) {
        throw new Error(`self-check ${c.rel}: png-chunks-extract does not give back the payload`);
      }
    } else if(c.text) {
      const s = c.bytes;
      const m = s.match(/verify="([^"]*)"/);
      const body = s.match(/<!\[CDATA\[([\s\S]*)\]\]>/);
      const got = body ? body[1] : m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
      if(got !== c.text) {
        throw new Error(`self-check ${c.rel}: SVG does not give back the payload`);
      }
    }
  }
  return {count: cases.length};
}
