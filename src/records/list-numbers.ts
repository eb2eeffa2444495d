/**
 * Numbers lists of numbers, 0, 1, 2… in order of first use, equal lists alike. A report numbers a hundred thousand
 * wordings, each a short list of word numbers; an open-addressing table over typed arrays does that without the
 * string a `Map` would need as its key.
 */
export class ListNumbers {
  /** Every distinct list, end to end; list n is `items[ends[n - 1] ?? 0 … ends[n])`. */
  private items: Int32Array = new Int32Array(1024);
  private readonly ends: number[] = [];
  private readonly hashes: number[] = [];
  /** One more than a list's number, or 0 for an empty slot; kept at most half full. */
  private slots = new Int32Array(1024);

  numberOf(list: ArrayLike<number>, from: number, to: number): number {
    const hash = hashOf(list, from, to);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let held = this.slots[slot]!; held; slot = (slot + 1) & mask, held = this.slots[slot]!) {
      if (this.hashes[held - 1] === hash && this.holds(held - 1, list, from, to)) return held - 1;
    }
    const n = this.ends.length;
    const start = n ? this.ends[n - 1]! : 0;
    const end = start + to - from;
    if (end > this.items.length) this.items = grown(this.items, end);
    for (let i = from; i < to; i++) this.items[start + i - from] = list[i]!;
    this.ends.push(end);
    this.hashes.push(hash);
    this.slots[slot] = n + 1;
    if (2 * this.ends.length > this.slots.length) this.rehash();
    return n;
  }

  private holds(n: number, list: ArrayLike<number>, from: number, to: number): boolean {
    const start = n ? this.ends[n - 1]! : 0;
    if (this.ends[n]! - start !== to - from) return false;
    for (let i = from; i < to; i++) if (this.items[start + i - from] !== list[i]) return false;
    return true;
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let n = 0; n < this.ends.length; n++) {
      let slot = this.hashes[n]! & mask;
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = n + 1;
    }
  }
}

/** FNV-1a over the numbers, with their count mixed in first and the high bits folded down for the table's mask. */
function hashOf(list: ArrayLike<number>, from: number, to: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ list[i]!, 0x01000193);
  return hash ^ (hash >>> 16);
}

function grown(items: Int32Array, needed: number): Int32Array {
  const larger = new Int32Array(Math.max(needed, 2 * items.length));
  larger.set(items);
  return larger;
}
