import { createHash } from 'node:crypto';

const N = 624;
const M = 397;

/**
 * CPython's Mersenne Twister (`random.Random`), enough of it to reproduce
 * `random.Random(seed).choice(seq)` for a string seed (scaffolding.md §2.3): seeding version 2
 * (`seed ‖ SHA-512(seed)` as a big-endian integer), `init_by_array`, `genrand_uint32`, and
 * `_randbelow_with_getrandbits`.
 *
 * @example
 * ```ts
 * new PyRandom('exec-0002#scratch').choiceIndex(2); // 1
 * ```
 */
export class PyRandom {
  readonly #mt = new Uint32Array(N);
  #mti = N + 1;

  constructor(seed: string) {
    this.#initByArray(seedKey(seed));
  }

  /** The next 32 random bits (`genrand_uint32`). */
  nextUint32(): number {
    const mt = this.#mt;
    if (this.#mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = ((mt[kk] ?? 0) & 0x80000000) | ((mt[kk + 1] ?? 0) & 0x7fffffff);
        mt[kk] = (mt[kk + M] ?? 0) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = ((mt[kk] ?? 0) & 0x80000000) | ((mt[kk + 1] ?? 0) & 0x7fffffff);
        mt[kk] = (mt[kk + (M - N)] ?? 0) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = ((mt[N - 1] ?? 0) & 0x80000000) | ((mt[0] ?? 0) & 0x7fffffff);
      mt[N - 1] = (mt[M - 1] ?? 0) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.#mti = 0;
    }
    let y = mt[this.#mti++] ?? 0;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random.Random.getrandbits(k)` for 0 < k <= 32. */
  getRandBits(k: number): number {
    return this.nextUint32() >>> (32 - k);
  }

  /** The index `random.Random.choice` picks from a sequence of `n` (n >= 1) items. */
  choiceIndex(n: number): number {
    const k = n.toString(2).length;
    let r = this.getRandBits(k);
    while (r >= n) r = this.getRandBits(k);
    return r;
  }

  #initGenrand(s: number): void {
    const mt = this.#mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ?? 0;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.#mti = N;
  }

  #initByArray(key: readonly number[]): void {
    const mt = this.#mt;
    this.#initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ?? 0;
      mt[i] = (((mt[i] ?? 0) ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j] ?? 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] ?? 0;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ?? 0;
      mt[i] = (((mt[i] ?? 0) ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] ?? 0;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }
}

/** The `init_by_array` key of a string seed: 32-bit words of `b ‖ SHA-512(b)`, low word first. */
function seedKey(seed: string): number[] {
  const bytes = Buffer.from(seed, 'utf8');
  const all = Buffer.concat([bytes, createHash('sha512').update(bytes).digest()]);
  let a = BigInt('0x' + (all.length === 0 ? '0' : all.toString('hex')));
  const key: number[] = [];
  while (a > 0n) {
    key.push(Number(a & 0xffffffffn));
    a >>= 32n;
  }
  return key.length === 0 ? [0] : key;
}
