import { existsSync } from "node:fs";
import { join } from "node:path";
import { vocabularyClashes } from "./clashes.js";
import { crossCheck, type FileFinding } from "./cross-check.js";
import { planCheck } from "./plan-check.js";
import { item, text } from "./raw.js";
import { ADVISOR_FILE, folderDigest, folderFiles } from "./files.js";
import { KnowledgeError, type KnowledgeProblem } from "./problem.js";
import { topicsWithoutWords } from "./topic-words.js";
import type { z } from "zod";
import { readKnowledgeFile, type ReadFile } from "./read.js";
import { AdvisorFile, Career, GlossaryFile, SourcesFile, VocabularyFile } from "./schema.js";
import type { AdvisorIdentity, GlossaryTerm, NotCovered, Source, Vocabulary } from "./schema.js";

/** Everything the advisor knows, validated and cross-checked. */
export type Knowledge = {
  dir: string;
  /** A short digest of every file read, so logs, health checks and records can say which knowledge answered. */
  version: string;
  sources: ReadonlyMap<string, Source>;
  careers: ReadonlyMap<string, Career>;
  glossary: readonly GlossaryTerm[];
  /** `beyondSources` holds every phrase any source or career says it does not cover. */
  vocabulary: Vocabulary;
  /** How the advisor presents itself, when the folder has an advisor.yaml. */
  advisor?: AdvisorIdentity;
  /** Doubtful but usable: the folder loads, and `check` shows these. */
  warnings: readonly KnowledgeProblem[];
};

/**
 * Reads and checks a knowledge folder; throws a KnowledgeError listing every problem, never a partial
 * result. Every file is checked, and the cross-file checks run over what could be read, so one round of
 * `check` shows everything.
 */
export function loadKnowledge(dir: string): Knowledge {
  const files: ReadFile<unknown>[] = [];
  const digest = folderDigest();
  const read = <S extends z.ZodType>(file: string, schema: S): ReadFile<z.infer<S>> => {
    const result = readKnowledgeFile(dir, file, schema, (text) => digest.add(file, text));
    files.push(result);
    return result;
  };

  const sourcesFile = read("sources.yaml", SourcesFile);
  const glossaryFile = read("glossary.yaml", GlossaryFile);
  const vocabularyFile = read("vocabulary.yaml", VocabularyFile);
  const advisorFile = existsSync(join(dir, ADVISOR_FILE)) ? read(ADVISOR_FILE, AdvisorFile) : undefined;
  const folderProblems: KnowledgeProblem[] = [];
  const careerFileNames = listCareerFiles(dir, folderProblems);
  const careerFiles = careerFileNames.map((file) => read(file, Career));
  if (!careerFiles.length && !folderProblems.length) {
    folderProblems.push({ file: "careers/", path: "", message: "expected at least one career file (careers/<id>.yaml)" });
  }

  const careers = careerFiles.flatMap(({ file, value }) => (value ? [{ file, career: value }] : []));
  const findings = crossCheck({
    sources: sourcesFile.raw,
    glossary: glossaryFile.raw,
    careers: careerFiles.map(({ file, raw }) => ({ file, data: raw })),
  });
  const plan = planCheck(advisorFile?.raw, careerFiles.map(({ file, raw }) => ({ file, data: raw })), sourceIdsOf(sourcesFile.raw));
  findings.push(...plan.problems);
  const byFile = new Map(files.map((f) => [f.file, f]));
  const place = (list: readonly FileFinding[]) => list.flatMap((f) => byFile.get(f.file)?.place([f]) ?? [{ file: f.file, path: "", message: f.message }]);

  const vocabulary = vocabularyFile.value;
  const warnings = vocabulary ? place([...topicsWithoutWords(vocabulary), ...vocabularyClashes(vocabulary, careers), ...plan.warnings]) : [];
  const problems = inReadingOrder([...files.flatMap((f) => f.problems), ...folderProblems, ...place(findings)]);
  if (problems.length || !sourcesFile.value || !glossaryFile.value || !vocabulary) throw new KnowledgeError(problems, warnings);

  const sources = withLegacyNotCovered(sourcesFile.value.sources, vocabulary.beyondSources);
  return {
    dir,
    version: digest.version(),
    sources: new Map(sources.map((source) => [source.id, source])),
    careers: new Map(careers.map(({ career }) => [career.id, career])),
    glossary: glossaryFile.value.terms,
    vocabulary: { ...vocabulary, beyondSources: allNotCoveredPhrases(sources, careers.map((c) => c.career)) },
    ...(advisorFile?.value ? { advisor: advisorFile.value } : {}),
    warnings,
  };
}

/** The ids sources.yaml lists, or none to check against when it holds no list. */
function sourceIdsOf(raw: unknown): string[] | undefined {
  const sources = item(raw).sources;
  return Array.isArray(sources) ? sources.flatMap((s) => text(item(s).id) ?? []) : undefined;
}

/** By file, then by line, as someone fixing them goes through the folder. */
function inReadingOrder(problems: KnowledgeProblem[]): KnowledgeProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The older global list stands for what every source leaves out, unless a source says for itself. */
function withLegacyNotCovered(sources: readonly Source[], legacy: readonly string[]): Source[] {
  if (!legacy.length) return [...sources];
  const entries: NotCovered[] = legacy.map((phrase) => ({ what: phrase, asked: [phrase] }));
  return sources.map((source) => (source.notCovered.length ? source : { ...source, notCovered: entries }));
}

function allNotCoveredPhrases(sources: readonly Source[], careers: readonly Career[]): string[] {
  const phrases = [...sources, ...careers].flatMap((owner) => owner.notCovered.flatMap((entry) => entry.asked));
  return [...new Set(phrases)];
}

function listCareerFiles(dir: string, problems: KnowledgeProblem[]): string[] {
  try {
    return folderFiles(dir).careerFiles;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    problems.push({ file: "careers/", path: "", message: `cannot read the folder (${code}); create it with one file per career` });
    return [];
  }
}
