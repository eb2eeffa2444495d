import { describe, expect, it } from "vitest";
import { readLines, type InputLine } from "../../adapters/terminal/lines.js";

async function collect(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes?: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  const source = (async function* () {
    yield* chunks;
  })();
  for await (const line of readLines(source, maxBytes)) out.push(line);
  return out;
}

describe("readLines", () => {
  it("splits on LF and CRLF across chunk boundaries, keeps empty lines and a last line without a newline", async () => {
    expect(await collect(["one\r", "\ntw", "o\n\nthr", "ee"])).toEqual([{ text: "one" }, { text: "two" }, { text: "" }, { text: "three" }]);
  });

  it("keeps a multi-byte character split between chunks whole", async () => {
    const bytes = Buffer.from("café\n");
    expect(await collect([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual([{ text: "café" }]);
  });

  it("skips a line over the cap, whether it ends in the same chunk or many chunks later, and goes on", async () => {
    expect(await collect(["12345678\nok\n"], 4)).toEqual([{ tooLong: true }, { text: "ok" }]);
    expect(await collect(["12", "34", "5", "678", "9\nok"], 4)).toEqual([{ tooLong: true }, { text: "ok" }]);
    expect(await collect(["1234\n12345"], 4)).toEqual([{ text: "1234" }, { tooLong: true }]);
  });

  it("streams a 64 MB line past without holding it", async () => {
    const megabyte = Buffer.alloc(1024 * 1024, "a");
    async function* huge() {
      for (let n = 0; n < 64; n++) yield megabyte;
      yield "\nnext question\n";
    }
    const before = process.memoryUsage().arrayBuffers;
    const lines: InputLine[] = [];
    let heldAtMost = 0;
    for await (const line of readLines(huge())) {
      lines.push(line);
      heldAtMost = Math.max(heldAtMost, process.memoryUsage().arrayBuffers - before);
    }
    expect(lines).toEqual([{ tooLong: true }, { text: "next question" }]);
    // The source's own megabyte aside, nothing near the line's size was ever allocated.
    expect(heldAtMost).toBeLessThan(8 * 1024 * 1024);
  });
});
