import { styleText } from "node:util";
import { sourcesLine, type Reply } from "../../src/index.js";

type Style = Parameters<typeof styleText>[0];

/** A reply as terminal lines; colour only when writing to a terminal that shows it. */
export function renderReply(reply: Reply, colour: boolean): string {
  const paint = (style: Style, text: string) => (colour ? styleText(style, text) : text);
  const lines: string[] = [];
  if (reply.title) lines.push(paint("bold", reply.title));
  lines.push(reply.text);
  const sources = sourcesLine(reply.sources);
  if (sources) lines.push(paint("dim", sources));
  if (reply.suggestions.length) {
    lines.push(paint("cyan", reply.suggestions.map((s, i) => `  ${i + 1}) ${s}`).join("\n")));
  }
  return lines.join("\n");
}
