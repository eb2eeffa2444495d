// Platforms count message length in characters as people see them; a UTF-16 `.slice()` can cut an
// emoji or an accented letter in half, so every length here is in graphemes.
const graphemeSegmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Longest run handed to the segmenter at once: its cost grows much faster than the length of its input. */
const SEGMENT_RUN = 256;

/** The text's graphemes (user-perceived characters), in order. */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const run of safeRuns(text)) for (const { segment } of graphemeSegmenter.segment(run)) out.push(segment);
  return out;
}

/**
 * Cuts text into runs of about SEGMENT_RUN code units, only between two printable ASCII characters:
 * no grapheme cluster spans such a point, so segmenting the runs one by one gives the same graphemes.
 */
function* safeRuns(text: string): Generator<string> {
  let start = 0;
  for (let i = SEGMENT_RUN; i < text.length; i++) {
    if (i - start >= SEGMENT_RUN && isPlainAscii(text.charCodeAt(i - 1)) && isPlainAscii(text.charCodeAt(i))) {
      yield text.slice(start, i);
      start = i;
    }
  }
  yield text.slice(start);
}

function isPlainAscii(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

export function graphemeLength(text: string): number {
  // A grapheme is at least one UTF-16 unit, so short text needs no counting.
  return text.length <= 1 ? text.length : graphemes(text).length;
}

/** Shortens text to at most `limit` graphemes, ending with an ellipsis when anything was cut. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const all = graphemes(text);
  if (all.length <= limit) return text;
  return all.slice(0, Math.max(0, limit - 1)).join("").trimEnd() + "…";
}

/**
 * Splits text into messages of at most `limit` graphemes, preferring line breaks, then sentence ends,
 * then spaces; a single word longer than the limit is the only thing ever cut.
 */
export function splitMessage(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  if (text.length <= limit) return text.trim() ? [text.trimEnd()] : [];
  const messages: string[] = [];
  let current = "";
  let currentLength = 0;
  for (const piece of pieces(text, limit)) {
    const pieceLength = graphemeLength(piece);
    // Trailing white space is trimmed when a message is sent, so it does not count against the limit.
    if (currentLength + graphemeLength(piece.trimEnd()) <= limit) {
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
    if (fits(line, limit)) {
      yield line;
      continue;
    }
    for (const sentence of line.split(/(?<=[.!?…]["'”’)\]]*\s)/)) {
      if (fits(sentence, limit)) {
        yield sentence;
        continue;
      }
      for (const word of sentence.split(/(?<=\s)/)) {
        if (fits(word, limit)) yield word;
        else yield* graphemes(word);
      }
    }
  }
}

function fits(text: string, limit: number): boolean {
  return text.length <= limit || graphemeLength(text) <= limit;
}
