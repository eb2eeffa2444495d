import { graphemeLength, splitMessage, truncate } from "../../src/index.js";

// Discord checks lengths in code points, while the shared splitter counts graphemes so that it never cuts
// an emoji or an accented letter in half. One grapheme can hold several code points, so a part that fits by
// graphemes is checked again by code points and split finer when it does not fit.

export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Parts of at most `limit` graphemes and `limit` code points, split where `splitMessage` splits. */
export function splitToFit(text: string, limit: number): string[] {
  const split = (part: string, graphemes: number): string[] =>
    splitMessage(part, graphemes).flatMap((piece) => {
      const length = codePointLength(piece);
      if (length <= limit) return [piece];
      // A single grapheme this long is a pile of combining marks; dropping the excess marks is the only way in.
      if (graphemeLength(piece) === 1) return [[...piece].slice(0, limit).join("")];
      return split(piece, Math.max(1, Math.floor((graphemes * limit) / length)));
    });
  return split(text, limit);
}

/** `truncate`, shortened further while the result has more than `limit` code points. */
export function truncateToFit(text: string, limit: number): string {
  let graphemes = limit;
  let kept = truncate(text, graphemes);
  while (codePointLength(kept) > limit && graphemes > 1) {
    graphemes = Math.max(1, Math.min(graphemes - 1, Math.floor((graphemes * limit) / codePointLength(kept))));
    kept = truncate(text, graphemes);
  }
  return codePointLength(kept) > limit ? [...kept].slice(0, limit).join("") : kept;
}
