// Generates es-numbers.txt: "<hex bits> <Number.prototype.toString() text>" for a
// deterministic sample of finite doubles, using the JavaScript engine running this
// script as the oracle for ECMAScript Number::toString (which RFC 8785 adopts).
// Run: node gen-es-numbers.js > es-numbers.txt
'use strict';
const buf = new DataView(new ArrayBuffer(8));
let s = 0x9e3779b97f4a7c15n;
function next() { // xorshift64*
  s ^= s >> 12n; s ^= (s << 25n) & 0xffffffffffffffffn; s ^= s >> 27n;
  return (s * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
}
const seen = new Set();
function emit(bits) {
  buf.setBigUint64(0, bits);
  const x = buf.getFloat64(0);
  if (!Number.isFinite(x)) return;
  const hex = bits.toString(16).padStart(16, '0');
  if (seen.has(hex)) return;
  seen.add(hex);
  const t = String(x);
  console.log(hex + ' ' + (t === '-0' ? '0' : t));
}
function emitNum(x) { buf.setFloat64(0, x); emit(buf.getBigUint64(0)); }
// Uniform random bit patterns: mostly huge or tiny exponents.
for (let i = 0; i < 1500; i++) emit(next());
// Random doubles with exponents in the everyday range (1e-12 .. 1e25).
for (let i = 0; i < 1500; i++) {
  const e = BigInt(Number(next() % 125n) + 983); // biased exponent 983..1107
  emit((next() & 0x800fffffffffffffn) | (e << 52n));
}
// Decimal-looking values, integers, and the 1e21 / 1e-7 notation boundaries.
for (let i = 0; i < 400; i++) {
  const m = Number(next() % 100000000n);
  const p = Number(next() % 40n) - 20;
  emitNum(m * Math.pow(10, p));
  emitNum(-m / Math.pow(10, Number(next() % 12n)));
}
for (let p = -330; p <= 310; p++) {
  const x = Number('1e' + p);
  buf.setFloat64(0, x);
  const b = buf.getBigUint64(0);
  emit(b - 1n); emit(b); emit(b + 1n);
}
for (let k = 50; k <= 70; k++) { const x = 2 ** k; emitNum(x); emitNum(x + 2 ** (k - 52)); emitNum(-x); }
