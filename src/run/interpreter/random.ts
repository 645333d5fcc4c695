/**
 * Deterministic randomness: a seeded generator for `States.UUID`, `States.MathRandom`, `$uuid`,
 * `$random`, jitter and task tokens, so that the same seed gives the same execution.
 */

/** A seeded pseudo-random generator (sfc32, seeded through splitmix32). */
export class Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let s = Math.trunc(seed) >>> 0;
    const split = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = split();
    this.#b = split();
    this.#c = split();
    this.#d = split();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min));
  }

  /** A version-4 UUID. */
  uuid(): string {
    const bytes: number[] = [];
    for (let i = 0; i < 16; i++) bytes.push(this.int(0, 256));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const MASK_48 = (1n << 48n) - 1n;

/**
 * `java.util.Random`'s `nextInt(bound)` for a given seed: the generator AWS's (Java) runtime most
 * likely uses for `States.MathRandom` with an explicit seed.
 *
 * @example
 * ```ts
 * javaRandomInt(42, 10); // the first nextInt(10) of new java.util.Random(42)
 * ```
 */
export function javaRandomInt(seed: number, bound: number): number {
  let state = (BigInt.asIntN(64, BigInt(Math.trunc(seed))) ^ 0x5deece66dn) & MASK_48;
  const next31 = (): number => {
    state = (state * 0x5deece66dn + 0xbn) & MASK_48;
    return Number(state >> 17n);
  };
  if ((bound & -bound) === bound) {
    return Number((BigInt(bound) * BigInt(next31())) >> 31n);
  }
  for (;;) {
    const bits = next31();
    const val = bits % bound;
    if (bits - val + (bound - 1) < 2 ** 31) return val;
  }
}

/**
 * `java.util.Random`'s first `nextDouble()` for a given seed: Step Functions' JSONata
 * `$random(seed)` (AWS gives 0.7275636800328681 for seed 42, floci-io/floci#2662).
 *
 * @example
 * ```ts
 * javaRandomDouble(42); // 0.7275636800328681
 * ```
 */
export function javaRandomDouble(seed: number): number {
  let state = (BigInt.asIntN(64, BigInt(Math.trunc(seed))) ^ 0x5deece66dn) & MASK_48;
  const next = (bits: bigint): bigint => {
    state = (state * 0x5deece66dn + 0xbn) & MASK_48;
    return state >> (48n - bits);
  };
  const high = next(26n);
  const low = next(27n);
  return Number((high << 27n) + low) / 2 ** 53;
}
