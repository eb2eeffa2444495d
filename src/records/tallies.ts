import type { GapKind } from "./record.js";

export const KINDS: readonly GapKind[] = ["fallback", "clarify", "not-covered"];

/** Per thing: how often, then a count per kind of reply in the order of `KINDS`, then the kinds in the order first met. */
const STRIDE = 2 + KINDS.length;
const COUNT = 0;
/** The kinds in the order first met, two bits each from the lowest, each its index in `KINDS` plus one. */
const ORDER = 1 + KINDS.length;

/**
 * Counts for each of a list of things (exact texts, then groups), numbered from 0: how often, first and last time,
 * each kind of reply in the order first met, and what the advisor itself understood. A thing's numbers sit side by
 * side, so counting a question touches one place in memory.
 */
export class Tallies {
  readonly first: string[] = [];
  readonly last: string[] = [];
  readonly understood: (Map<string, number> | undefined)[] = [];
  private numbers: Int32Array = new Int32Array(STRIDE * 1024);

  get size(): number {
    return this.first.length;
  }

  /** A new thing, first and last seen at `time`; its number. */
  open(time: string): number {
    if (STRIDE * (this.size + 1) > this.numbers.length) {
      const larger = new Int32Array(2 * this.numbers.length);
      larger.set(this.numbers);
      this.numbers = larger;
    }
    this.first.push(time);
    this.last.push(time);
    this.understood.push(undefined);
    return this.first.length - 1;
  }

  count(i: number): number {
    return this.numbers[STRIDE * i + COUNT]!;
  }

  addTimes(i: number, first: string, last: string): void {
    if (first < this.first[i]!) this.first[i] = first;
    if (last > this.last[i]!) this.last[i] = last;
  }

  /** Counts `n` more replies of kind `KINDS[kind]`. */
  add(i: number, kind: number, n: number): void {
    const at = STRIDE * i;
    this.numbers[at + COUNT]! += n;
    if (!this.numbers[at + 1 + kind]) {
      const order = this.numbers[at + ORDER]!;
      const met = (33 - Math.clz32(order)) >> 1;
      this.numbers[at + ORDER] = order | ((kind + 1) << (2 * met));
    }
    this.numbers[at + 1 + kind]! += n;
  }

  understand(i: number, said: string, n: number): void {
    const counts = (this.understood[i] ??= new Map());
    counts.set(said, (counts.get(said) ?? 0) + n);
  }

  /** Adds thing `j` of `from` to thing `i`. */
  merge(i: number, from: Tallies, j: number): void {
    this.addTimes(i, from.first[j]!, from.last[j]!);
    for (let order = from.numbers[STRIDE * j + ORDER]!; order; order >>= 2) {
      const kind = (order & 3) - 1;
      this.add(i, kind, from.numbers[STRIDE * j + 1 + kind]!);
    }
    const understood = from.understood[j];
    if (understood) for (const [said, n] of understood) this.understand(i, said, n);
  }

  kinds(i: number): Partial<Record<GapKind, number>> {
    const kinds: Partial<Record<GapKind, number>> = {};
    for (let order = this.numbers[STRIDE * i + ORDER]!; order; order >>= 2) {
      const kind = (order & 3) - 1;
      kinds[KINDS[kind]!] = this.numbers[STRIDE * i + 1 + kind];
    }
    return kinds;
  }
}
