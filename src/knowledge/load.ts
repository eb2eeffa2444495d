import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { Career, GlossaryFile, SourcesFile, VocabularyFile } from "./schema.js";
import type { GlossaryTerm, Source, Vocabulary } from "./schema.js";
import { crossCheck } from "./cross-check.js";

/** Everything the advisor knows, validated and cross-checked. */
export type Knowledge = {
  dir: string;
  /** A short digest of every file read, so logs, health checks and records can say which knowledge answered. */
  version: string;
  sources: ReadonlyMap<string, Source>;
  careers: ReadonlyMap<string, Career>;
  glossary: readonly GlossaryTerm[];
  vocabulary: Vocabulary;
};

export type KnowledgeProblem = { file: string; path: string; message: string };

/** A knowledge folder that cannot be used, with every problem found in it. */
export class KnowledgeError extends Error {
  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(["The knowledge folder has problems:", ...problems.map(describeProblem)].join("\n  "));
    this.name = "KnowledgeError";
  }
}

export function describeProblem({ file, path, message }: KnowledgeProblem): string {
  return path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;
}

const DATA_FILE = /\.(ya?ml|json)$/;

/** Reads and checks a knowledge folder; throws a KnowledgeError listing every problem, never a partial result. */
export function loadKnowledge(dir: string): Knowledge {
  const problems: KnowledgeProblem[] = [];
  const digest = createHash("sha256");
  const read = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined => {
    const result = readFile(dir, file, schema, (text) => digest.update(file).update("\0").update(text).update("\0"));
    if (!result.ok) problems.push(...result.problems);
    return result.ok ? result.value : undefined;
  };

  const sourcesFile = read("sources.yaml", SourcesFile);
  const glossaryFile = read("glossary.yaml", GlossaryFile);
  const vocabulary = read("vocabulary.yaml", VocabularyFile);
  const careerFiles = listCareerFiles(dir, problems);
  const careers = careerFiles.flatMap((file) => {
    const career = read(file, Career);
    return career ? [{ file, career }] : [];
  });
  if (!careerFiles.length && !problems.length) {
    problems.push({ file: "careers/", path: "", message: "expected at least one career file (careers/<id>.yaml)" });
  }
  if (problems.length || !sourcesFile || !glossaryFile || !vocabulary) throw new KnowledgeError(problems);

  problems.push(...crossCheck(sourcesFile.sources, glossaryFile.terms, careers));
  if (problems.length) throw new KnowledgeError(problems);

  return {
    dir,
    version: digest.digest("hex").slice(0, 12),
    sources: new Map(sourcesFile.sources.map((source) => [source.id, source])),
    careers: new Map(careers.map(({ career }) => [career.id, career])),
    glossary: glossaryFile.terms,
    vocabulary,
  };
}

function listCareerFiles(dir: string, problems: KnowledgeProblem[]): string[] {
  try {
    return readdirSync(join(dir, "careers"))
      .filter((name) => DATA_FILE.test(name))
      .sort()
      .map((name) => `careers/${name}`);
  } catch (error) {
    problems.push({ file: "careers/", path: "", message: `cannot read the folder (${errorCode(error)}); create it with one file per career` });
    return [];
  }
}

type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: KnowledgeProblem[] };

function readFile<S extends z.ZodType>(dir: string, file: string, schema: S, onText: (text: string) => void): ReadResult<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(join(dir, file), "utf8");
    onText(text);
  } catch (error) {
    return { ok: false, problems: [{ file, path: "", message: `cannot read the file (${errorCode(error)})` }] };
  }
  const document = parseDocument(text);
  const [syntax] = document.errors;
  if (syntax) {
    // Later syntax errors mostly follow from the first; one precise pointer helps more than a cascade.
    const where = syntax.linePos ? `line ${syntax.linePos[0].line}, column ${syntax.linePos[0].col}` : "";
    const message = syntax.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, problems: [{ file, path: where, message: `not valid YAML or JSON: ${message}` }] };
  }
  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message })),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`)).join("") || "(top level)";
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "unknown error";
}
