import { createRequire } from "node:module";
import type { Document, Node } from "yaml";

// Loaded on the first file read, so a module that only imports the advisor never loads the parser.
let library: typeof import("yaml") | undefined;
const yaml = () => (library ??= createRequire(import.meta.url)("yaml") as typeof import("yaml"));

/** A place in a file, counted from 1 as editors count. */
export type Position = { line: number; column: number };

/** Where a field sits in a file: its value's position, or its key's when `key` is set. */
export type Locate = (path: readonly PropertyKey[], key?: boolean) => Position | undefined;

export type PositionedDocument = {
  /** The file's data. */
  data: unknown;
  /** The first syntax error, if any (later ones mostly follow from it). */
  syntaxError?: { message: string; position?: Position };
  locate: Locate;
};

/**
 * Reads a file with positions kept, for placing any problem found in it.
 * A resource-exhaustion error (an alias bomb) is raised as a syntax error, so it names its file like any other.
 */
export function readPositioned(text: string): PositionedDocument {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate: Locate = (path, key = false) => {
    const offset = offsetOf(document, path, key);
    return offset === undefined ? undefined : at(offset);
  };
  const [syntax] = document.errors;
  if (syntax) {
    const message = syntax.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    return { data: undefined, syntaxError: { message, position: at(syntax.pos[0]) }, locate };
  }
  try {
    return { data: document.toJS(), locate };
  } catch (error) {
    return { data: undefined, syntaxError: { message: error instanceof Error ? error.message : String(error) }, locate };
  }
}

// Walks as far down the path as the document goes: a missing field is pointed at through its parent.
function offsetOf(document: Document, path: readonly PropertyKey[], key: boolean): number | undefined {
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, part] of path.entries()) {
    if (isAlias(node)) node = node.resolve(document);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(part));
      if (!pair) break;
      if (key && i === path.length - 1) return rangeStart(pair.key) ?? offset;
      next = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof part === "number") {
      next = node.items[part];
    }
    const start = rangeStart(next);
    if (start === undefined) break;
    node = next;
    offset = start;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
