import { styleText } from "node:util";
import { sourcesLine, type Reply } from "../../src/index.js";
import { wrapText } from "./wrap.js";

type Style = Parameters<typeof styleText>[0];

export type TerminalStyle = {
  /** Colour only when writing to a terminal that shows it. */
  colour: boolean;
  /** The terminal's width, to break lines between words; none when writing to a file or a pipe. */
  width?: number;
};

/** A reply as terminal lines. */
export function renderReply(reply: Reply, { colour, width }: TerminalStyle): string {
  // Wrapped before painting, so colour codes never count towards the width.
  const paint = (style: Style | undefined, text: string) => {
    const wrapped = width ? wrapText(text, width) : text;
    return colour && style ? styleText(style, wrapped) : wrapped;
  };
  const lines: string[] = [];
  if (reply.title) lines.push(paint("bold", reply.title));
  lines.push(paint(undefined, reply.text));
  const sources = sourcesLine(reply.sources);
  if (sources) lines.push(paint("dim", sources));
  if (reply.suggestions.length) {
    lines.push(paint("cyan", reply.suggestions.map((s, i) => `  ${i + 1}) ${s}`).join("\n")));
  }
  return lines.join("\n");
}
