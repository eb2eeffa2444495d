// Platforms count message length in characters as people see them; a UTF-16 `.slice()` can cut an
// emoji or an accented letter in half, so every length here is in graphemes.
const graphemeSegmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

/** Shortens text to at most `limit` graphemes, ending with an ellipsis when anything was cut. */
export function truncate(text: string, limit: number): string {
  if (graphemeLength(text) <= limit) return text;
  const kept: string[] = [];
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (kept.length === limit - 1) break;
    kept.push(segment);
  }
  return kept.join("").trimEnd() + "…";
}

/**
 * Splits text into messages of at most `limit` graphemes, preferring line breaks, then sentence ends,
 * then spaces; a single word longer than the limit is the only thing ever cut.
 */
export function splitMessage(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const messages: string[] = [];
  let current = "";
  let currentLength = 0;
  for (const piece of pieces(text, limit)) {
    const pieceLength = graphemeLength(piece);
    if (currentLength + pieceLength <= limit) {
      current += piece;
      currentLength += pieceLength;
      continue;
    }
    if (current.trim()) messages.push(current.trimEnd());
    current = piece.trimStart();
    currentLength = graphemeLength(current);
  }
  if (current.trim()) messages.push(current.trimEnd());
  return messages;
}

/** Yields consecutive parts of `text`, each at most `limit` graphemes, cut at the coarsest boundary that fits. */
function* pieces(text: string, limit: number): Generator<string> {
  for (const line of text.split(/(?<=\n)/)) {
    if (graphemeLength(line) <= limit) {
      yield line;
      continue;
    }
    for (const { segment: sentence } of sentenceSegmenter.segment(line)) {
      if (graphemeLength(sentence) <= limit) {
        yield sentence;
        continue;
      }
      for (const { segment: word } of wordSegmenter.segment(sentence)) {
        if (graphemeLength(word) <= limit) {
          yield word;
          continue;
        }
        for (const { segment: grapheme } of graphemeSegmenter.segment(word)) yield grapheme;
      }
    }
  }
}
