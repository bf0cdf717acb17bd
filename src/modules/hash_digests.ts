// `_krait_hash`: one-shot message digests for lib/hashlib.py (MD5 per
// RFC 1321, SHA-1 and the SHA-2 family per FIPS 180-4).  Pure TypeScript
// so it runs in browsers (WebCrypto is asynchronous).  hashlib's objects
// keep the data and call digest(name, data) when asked.

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import type { PyValue } from '../objects/object.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { builtinFunction } from '../objects/methods.js';
import { valueError, typeError } from '../objects/exceptions.js';

/** Message padding shared by all of them: 0x80, zeros, then the bit length (64 or 128 bits). */
function pad(data: Uint8Array, block: number, lenBytes: number, littleEndian: boolean): Uint8Array {
  const n = data.length;
  const total = Math.ceil((n + 1 + lenBytes) / block) * block;
  const out = new Uint8Array(total);
  out.set(data);
  out[n] = 0x80;
  let bits = BigInt(n) * 8n;
  for (let i = 0; i < 8; i++) {
    const idx = littleEndian ? total - lenBytes + i : total - 1 - i;
    out[idx] = Number(bits & 0xffn);
    bits >>= 8n;
  }
  return out;
}

const rotl = (x: number, c: number) => (x << c) | (x >>> (32 - c));
const rotr = (x: number, c: number) => (x >>> c) | (x << (32 - c));

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

function md5(data: Uint8Array): Uint8Array {
  const m = pad(data, 64, 8, true);
  const dv = new DataView(m.buffer);
  let a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
  const w = new Int32Array(16);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getInt32(off + 4 * i, true);
    let a = a0, b = b0, c = c0, d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) { f = (b & c) | (~b & d); g = i; }
      else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
      else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
      else { f = c ^ (b | ~d); g = (7 * i) & 15; }
      const s = MD5_S[(i >> 4) * 4 + (i & 3)];
      const t = (a + f + MD5_K[i] + w[g]) | 0;
      a = d; d = c; c = b;
      b = (b + rotl(t, s)) | 0;
    }
    a0 = (a0 + a) | 0; b0 = (b0 + b) | 0; c0 = (c0 + c) | 0; d0 = (d0 + d) | 0;
  }
  const out = new Uint8Array(16);
  const ov = new DataView(out.buffer);
  [a0, b0, c0, d0].forEach((v, i) => ov.setInt32(4 * i, v, true));
  return out;
}

function sha1(data: Uint8Array): Uint8Array {
  const m = pad(data, 64, 8, false);
  const dv = new DataView(m.buffer);
  const h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];
  const w = new Int32Array(80);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getInt32(off + 4 * i, false);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    let [a, b, c, d, e] = h;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
      else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
      const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = t;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0; h[4] = (h[4] + e) | 0;
  }
  return words32(h);
}

function words32(h: number[]): Uint8Array {
  const out = new Uint8Array(4 * h.length);
  const ov = new DataView(out.buffer);
  h.forEach((v, i) => ov.setInt32(4 * i, v, false));
  return out;
}

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4 4.2.2). */
const K256 = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
].map((x) => x | 0);

function sha256(data: Uint8Array, init: number[], outWords: number): Uint8Array {
  const m = pad(data, 64, 8, false);
  const dv = new DataView(m.buffer);
  const h = init.map((x) => x | 0);
  const w = new Int32Array(64);
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = dv.getInt32(off + 4 * i, false);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K256[i] + w[i]) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    const v = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + v[i]) | 0;
  }
  return words32(h.slice(0, outWords));
}

const M64 = (1n << 64n) - 1n;
const rotr64 = (x: bigint, c: bigint) => ((x >> c) | (x << (64n - c))) & M64;
let K512: bigint[] | null = null;

/** SHA-512's round constants: first 64 bits of the fractional parts of the cube roots of the first 80 primes. */
function k512(): bigint[] {
  if (K512 !== null) return K512;
  const primes: number[] = [];
  for (let n = 2; primes.length < 80; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  K512 = primes.map((p) => fracRoot(BigInt(p), 3));
  return K512;
}

/** floor(frac(p^(1/k)) * 2^64), exactly, by integer k-th root of p * 2^(64k). */
function fracRoot(p: bigint, k: number): bigint {
  const target = p << BigInt(64 * k);
  let lo = 0n, hi = 1n << BigInt(64 + 8);
  while (lo < hi) {
    const mid = (lo + hi + 1n) >> 1n;
    if (mid ** BigInt(k) <= target) lo = mid; else hi = mid - 1n;
  }
  return lo & M64;
}

function sha512(data: Uint8Array, outBytes: number, which: 512 | 384): Uint8Array {
  const K = k512();
  const primes = which === 512 ? [2, 3, 5, 7, 11, 13, 17, 19] : [23, 29, 31, 37, 41, 43, 47, 53];
  const h = primes.map((p) => fracRoot(BigInt(p), 2));
  const m = pad(data, 128, 16, false);
  const dv = new DataView(m.buffer);
  const w: bigint[] = new Array(80);
  for (let off = 0; off < m.length; off += 128) {
    for (let i = 0; i < 16; i++) w[i] = dv.getBigUint64(off + 8 * i, false);
    for (let i = 16; i < 80; i++) {
      const s0 = rotr64(w[i - 15], 1n) ^ rotr64(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
      const s1 = rotr64(w[i - 2], 19n) ^ rotr64(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & M64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 80; i++) {
      const S1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n);
      const ch = (e & f) ^ (~e & M64 & g);
      const t1 = (hh + S1 + ch + K[i] + w[i]) & M64;
      const S0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & M64;
      hh = g; g = f; f = e; e = (d + t1) & M64; d = c; c = b; b = a; a = (t1 + t2) & M64;
    }
    const v = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + v[i]) & M64;
  }
  const out = new Uint8Array(64);
  const ov = new DataView(out.buffer);
  h.forEach((v, i) => ov.setBigUint64(8 * i, v, false));
  return out.slice(0, outBytes);
}

const SHA224_INIT = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];
const SHA256_INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const DIGESTS: Record<string, (d: Uint8Array) => Uint8Array> = {
  md5,
  sha1,
  sha224: (d) => sha256(d, SHA224_INIT, 7),
  sha256: (d) => sha256(d, SHA256_INIT, 8),
  sha384: (d) => sha512(d, 48, 384),
  sha512: (d) => sha512(d, 64, 512),
};

export function initKraitHash(_interp: Interpreter, m: PyModule): void {
  m.dict.setStr('digest', builtinFunction('digest(name, data, /)', (name: PyValue, data: PyValue) => {
    const f = typeof name === 'string' ? DIGESTS[name] : undefined;
    if (f === undefined) throw valueError(`unsupported hash type ${String(name)}`);
    if (data instanceof PyBytes) return new PyBytes(f(data.data));
    if (data instanceof PyByteArray) return new PyBytes(f(data.data.slice(0, data.length)));
    throw typeError('expected bytes');
  }, m));
}
