// PNG building with pngjs (pixels) + png-chunks-extract/png-chunks-encode (chunk surgery),
// hand-made iTXt/zTXt chunk bodies, and a hand-made deflate bomb.
import {createRequire} from 'node:module';
import pngjs from 'pngjs';

const require = createRequire(import.meta.url);
const extractChunks = require('png-chunks-extract');
const encodeChunks = require('png-chunks-encode');
export {extractChunks, encodeChunks};

/**
 * A 32×32 RGBA badge-ish image (deterministic pattern). Written uncompressed (deflate level 0,
 * stored blocks) so the IDAT bytes do not depend on the zlib build.
 */
export function basePng() {
  const {PNG} = pngjs;
  const png = new PNG({width: 32, height: 32});
  for(let y = 0; y < 32; y++) {
    for(let x = 0; x < 32; x++) {
      const i = (y * 32 + x) * 4;
      const d = Math.hypot(x - 15.5, y - 15.5);
      const inside = d < 15;
      png.data[i] = inside ? 30 + x * 4 : 0;
      png.data[i + 1] = inside ? 90 + y * 3 : 0;
      png.data[i + 2] = inside ? 200 : 0;
      png.data[i + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png, {deflateLevel: 0, filterType: 0});
}

/** iTXt body: keyword NUL flag method lang NUL translated NUL text. */
export function itxtData(keyword, textBytes, {compressed = false} = {}) {
  return Buffer.concat([
    Buffer.from(keyword, 'latin1'), Buffer.from([0, compressed ? 1 : 0, 0, 0, 0]),
    Buffer.from(textBytes)
  ]);
}

/** zTXt body: keyword NUL method(0) zlib-stream. */
export function ztxtData(keyword, zlibBytes) {
  return Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0]), Buffer.from(zlibBytes)]);
}

/**
 * Inserts a chunk into a PNG: `where` = 'afterIHDR' (Mozilla/Concentric Sky bakers) or
 * 'beforeIEND' (1EdTech validator's OB 3.0 test images).
 */
export function insertChunk(pngBytes, name, data, where) {
  const chunks = extractChunks(pngBytes);
  const at = where === 'afterIHDR' ? 1 : chunks.length - 1;
  chunks.splice(at, 0, {name, data: new Uint8Array(data)});
  return Buffer.from(encodeChunks(chunks));
}

/** Byte offset of the first chunk named `name` (its length field). */
export function chunkOffset(pngBytes, name) {
  let i = 8;
  while(i + 8 <= pngBytes.length) {
    const len = pngBytes.readUInt32BE(i);
    if(pngBytes.toString('latin1', i + 4, i + 8) === name) {
      return {offset: i, length: len};
    }
    i += 12 + len;
  }
  throw new Error(`no ${name} chunk`);
}

/** Text of the first text chunk with `keyword` (iTXt uncompressed or tEXt), via png-chunks-extract. */
export function readBadgeText(pngBytes, keyword) {
  for(const c of extractChunks(pngBytes)) {
    const d = Buffer.from(c.data);
    const nul = d.indexOf(0);
    if(nul < 0 || d.toString('latin1', 0, nul) !== keyword) {
      continue;
    }
    if(c.name === 'tEXt') {
      return d.toString('latin1', nul + 1);
    }
    if(c.name === 'iTXt' && d[nul + 1] === 0) {
      const lang = d.indexOf(0, nul + 3);
      const trans = d.indexOf(0, lang + 1);
      return d.toString('utf8', trans + 1);
    }
  }
  return null;
}

// ------------------------------------------------------------ deflate bomb

class BitWriter {
  constructor() {
    this.bytes = [];
    this.cur = 0;
    this.n = 0;
  }
  /** Writes `count` bits of `value`, least significant first (deflate header fields). */
  bits(value, count) {
    for(let i = 0; i < count; i++) {
      this.cur |= ((value >> i) & 1) << this.n;
      if(++this.n === 8) {
        this.bytes.push(this.cur);
        this.cur = 0;
        this.n = 0;
      }
    }
  }
  /** Writes a Huffman code given as a bit string, most significant bit first. */
  code(str) {
    for(const ch of str) {
      this.bits(ch === '1' ? 1 : 0, 1);
    }
  }
}

/**
 * A zlib stream that inflates to `size` zero bytes (size ≥ 1), built by hand so the bytes do not
 * depend on any zlib build. One dynamic-Huffman block where the literal/length alphabet has
 * only literal 0 (code 10), end-of-block (11) and length 258 (code 0), and the distance alphabet
 * codes 0 and 1 (1 bit each, both complete). After one literal 0, each "copy 258 from distance 1"
 * costs 2 zero bits, i.e. the maximum deflate ratio (~1032:1). Then a few literals and
 * end-of-block, and the Adler-32 of `size` zero bytes.
 */
export function zeroBombZlib(size) {
  const w = new BitWriter();
  w.bits(1, 1); // BFINAL
  w.bits(2, 2); // BTYPE = dynamic
  w.bits(286 - 257, 5); // HLIT: 286 literal/length codes
  w.bits(2 - 1, 5); // HDIST: 2 distance codes
  // Code-length alphabet: symbol 18 → "0" (len 1), 1 → "10", 2 → "11" (len 2).
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  const clen = {18: 1, 2: 2, 1: 2};
  const hclen = 18; // up to and including symbol 1 in `order`
  w.bits(hclen - 4, 4);
  for(let i = 0; i < hclen; i++) {
    w.bits(clen[order[i]] ?? 0, 3);
  }
  const sym18 = run => {
    w.code('0');
    w.bits(run - 11, 7);
  };
  // Literal/length lengths: sym 0 = 2, 1..255 = 0, 256 = 2, 257..284 = 0, 285 = 1.
  w.code('11'); // length 2 for literal 0
  sym18(138);
  sym18(117); // 255 zeros
  w.code('11'); // length 2 for 256
  sym18(28); // 257..284
  w.code('10'); // length 1 for 285
  w.code('10');
  w.code('10'); // distance codes 0 and 1: length 1 each
  // Data. Canonical codes: 285 → "0", literal 0 → "10", 256 → "11"; distance 0 → "0".
  w.code('10');
  let left = size - 1;
  const copies = Math.floor(left / 258);
  left -= copies * 258;
  // The header is not byte aligned; emit copies bit by bit until aligned, then whole zero bytes.
  let c = 0;
  while(c < copies && w.n !== 0) {
    w.code('00');
    c++;
  }
  const headBytes = Buffer.from(w.bytes);
  const alignedCopies = copies - c;
  const zeroBytes = Math.floor(alignedCopies / 4);
  const tail = new BitWriter();
  tail.cur = w.cur;
  tail.n = w.n;
  for(let i = zeroBytes * 4; i < alignedCopies; i++) {
    tail.code('00');
  }
  for(let i = 0; i < left; i++) {
    tail.code('10');
  }
  tail.code('11'); // end of block
  if(tail.n) {
    tail.bytes.push(tail.cur);
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((size % 65521) << 16) >>> 0) + 1);
  return Buffer.concat([
    Buffer.from([0x78, 0xda]), headBytes, Buffer.alloc(zeroBytes), Buffer.from(tail.bytes), adler
  ]);
}
