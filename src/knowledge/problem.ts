/** One thing wrong (or, as a warning, doubtful) in a knowledge folder, placed as an editor places it. */
export type KnowledgeProblem = {
  /** The file, relative to the folder (`careers/web-developer.yaml`). */
  file: string;
  /** The field inside the file (`pay[0].amount`), empty for the file as a whole. */
  path: string;
  /** What is wrong and how to put it right, in words for the person editing the file. */
  message: string;
  /** Counted from 1, where the file can be read far enough to say. */
  line?: number;
  column?: number;
};

/** A knowledge folder that cannot be used, with every problem found in it (and any warnings). */
export class KnowledgeError extends Error {
  constructor(
    readonly problems: readonly KnowledgeProblem[],
    readonly warnings: readonly KnowledgeProblem[] = [],
  ) {
    super(["The knowledge folder has problems:", ...problems.map(describeProblem)].join("\n  "));
    this.name = "KnowledgeError";
  }
}

/** `file:line:column: path: message`, the form editors and terminals turn into a link. */
export function describeProblem({ file, path, message, line, column }: KnowledgeProblem): string {
  const place = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
  return path ? `${place}: ${path}: ${message}` : `${place}: ${message}`;
}
