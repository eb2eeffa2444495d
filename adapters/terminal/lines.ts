/** One line of input, or the news that a line was too long to read (its bytes were skipped, never held). */
export type InputLine = { text: string } | { tooLong: true };

/** The longest line `batch` and `chat` read: far more than any question, far less than what would hurt memory. */
export const MAX_LINE_BYTES = 64 * 1024;

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines as readline does (CRLF or LF, a last line without a newline still counts),
 * except that a line longer than `maxBytes` is dropped as it streams past, so a 64 MB line costs 64 KB.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  let held: Buffer[] = [];
  let heldBytes = 0;
  let skipping = false;
  const take = (piece: Buffer): void => {
    if (skipping) return;
    if (heldBytes + piece.length > maxBytes) {
      skipping = true;
      held = [];
      heldBytes = 0;
      return;
    }
    held.push(piece);
    heldBytes += piece.length;
  };
  const finish = (): InputLine => {
    const line: InputLine = skipping ? { tooLong: true } : { text: Buffer.concat(held).toString("utf8").replace(/\r$/, "") };
    held = [];
    heldBytes = 0;
    skipping = false;
    return line;
  };

  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      take(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copied, so a held piece does not keep the whole chunk it came from alive.
    if (start < bytes.length) take(Buffer.from(bytes.subarray(start)));
  }
  if (skipping || heldBytes > 0) yield finish();
}
