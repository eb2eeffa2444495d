import jsYaml from "js-yaml";
import type { z } from "zod";
import { readFolderFile } from "./files.js";
import { describeIssues, where, type Finding } from "./messages.js";
import { readPositioned, type PositionedDocument } from "./positions.js";
import type { KnowledgeProblem } from "./problem.js";

/** One file of a knowledge folder as read: its valid value, or its problems; its raw data either way. */
export type ReadFile<T> = {
  file: string;
  value?: T;
  /** The data before validation, so ids in a file with a mistake elsewhere still count as existing. */
  raw?: unknown;
  problems: KnowledgeProblem[];
  /** Turns findings about this file (from any check) into problems with line and column. */
  place(findings: readonly Finding[]): KnowledgeProblem[];
};

// Anchors are the only way into aliases, whose expansion js-yaml does not bound; a file that may hold one
// takes the careful path. A false alarm (an `&` starting a word in text) only costs time.
const MAYBE_ANCHOR = /(?:^|[\s[{,:])&[^\s]/m;

/**
 * Reads and validates one file; `onText` sees its text first. Clean files, nearly all of them, go the fast way
 * (js-yaml, about a ninth of the yaml library's time on the shipped folder, no positions); a file with any problem
 * is read again by the yaml library, which keeps positions and is the reference for what the file means.
 */
export function readKnowledgeFile<S extends z.ZodType>(dir: string, file: string, schema: S, onText: (text: string) => void): ReadFile<z.infer<S>> {
  let text: string;
  try {
    text = readFolderFile(dir, file);
    onText(text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return { file, problems: [{ file, path: "", message: `cannot read the file (${code})` }], place: () => [] };
  }
  const { careful, place } = placing(file, () => text);
  const fast = fastParse(text);
  if (fast.ok) {
    const parsed = schema.safeParse(fast.data);
    // The validated value stands in for the raw data, so a clean folder holds one copy of itself, not two.
    if (parsed.success) return { file, value: parsed.data, raw: parsed.data, problems: [], place };
  }
  const { data, syntaxError } = careful();
  if (syntaxError) {
    const problem = { file, path: "", message: `not valid YAML or JSON: ${syntaxError.message}`, ...syntaxError.position };
    return { file, problems: [problem], place };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { file, value: parsed.data, raw: parsed.data, problems: [], place };
  return { file, raw: data, problems: place(describeIssues(parsed.error.issues, data, schema)), place };
}

/** Positions in a file's text, parsed the careful way once, and only when something needs them. */
function placing(file: string, text: () => string) {
  let positioned: PositionedDocument | undefined;
  const careful = () => (positioned ??= readPositioned(text()));
  const place = (findings: readonly Finding[]): KnowledgeProblem[] =>
    findings.map(({ at, key, message }) => ({ file, path: where(at), message, ...careful().locate(at, key) }));
  return { careful, place };
}

function fastParse(text: string): { ok: true; data: unknown } | { ok: false } {
  // Most files have no `&` at all, and the plain search is far cheaper than the pattern.
  if (text.includes("&") && MAYBE_ANCHOR.test(text)) return { ok: false };
  try {
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}
