import { graphemeLength } from "../../src/index.js";

// A list item's marker ("- ", "  1) ") starts each of its lines' hanging indent, so wrapped items stay readable.
const INDENT = /^\s*(?:[-*•]|\d+[.)])?\s*/;

/**
 * Breaks each line of `text` between words so that none is wider than `width` (in graphemes); a word wider
 * than the whole line is left whole on a line of its own rather than cut.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => wrapLine(line, width))
    .join("\n");
}

function wrapLine(line: string, width: number): string {
  if (graphemeLength(line) <= width) return line;
  const lead = INDENT.exec(line)?.[0] ?? "";
  const hanging = " ".repeat(Math.min(graphemeLength(lead), Math.floor(width / 2)));
  const words = line.slice(lead.length).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = lead;
  let currentWidth = graphemeLength(lead);
  let empty = true;
  for (const word of words) {
    const wordWidth = graphemeLength(word);
    if (!empty && currentWidth + 1 + wordWidth > width) {
      lines.push(current);
      current = hanging;
      currentWidth = hanging.length;
      empty = true;
    }
    current += (empty ? "" : " ") + word;
    currentWidth += (empty ? 0 : 1) + wordWidth;
    empty = false;
  }
  lines.push(current);
  return lines.join("\n");
}
