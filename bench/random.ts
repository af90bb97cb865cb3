// A small seeded PRNG (sfc32) so generated data and benchmark request targets are the same on
// every machine and every run: Math.random cannot be seeded.

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Spread the seed over the four words (splitmix32), then discard the first outputs.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * An index in [0, n) skewed towards 0: index = floor(n · u^skew). skew 1 is uniform; larger
   * values give a heavier head (P(index 0) = n^(-1/skew)), the "few hubs, long tail" of real
   * news graphs where a Prime Minister or "semiconductors" turns up in a large share of facts.
   */
  skewed(n: number, skew: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** skew));
  }

  /** A sample of k distinct indices from [0, n), in drawing order. */
  sample(n: number, k: number): number[] {
    const chosen = new Set<number>();
    const want = Math.min(n, k);
    while (chosen.size < want) chosen.add(this.int(n));
    return [...chosen];
  }
}
