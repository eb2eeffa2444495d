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

/**
 * Reads and validates one file with the yaml library, which keeps positions for any problem; `onText` sees its
 * text first.
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
  const { data, syntaxError } = careful();
  if (syntaxError) {
    const problem = { file, path: "", message: `not valid YAML or JSON: ${syntaxError.message}`, ...syntaxError.position };
    return { file, problems: [problem], place };
  }
  const parsed = schema.safeParse(data);
  // The validated value stands in for the raw data, so a clean folder holds one copy of itself, not two.
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
