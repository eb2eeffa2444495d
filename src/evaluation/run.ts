import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import type { Engine } from "../engine.js";
import type { ConversationState } from "../state.js";
import type { Reply } from "../types.js";
import { EvaluationSet, KnownFailuresFile, type EvaluationTurn, type KnownFailure } from "./schema.js";

export type TurnResult = {
  conversation: string;
  category: string;
  ask: string;
  reply: Reply;
  /** Why the turn failed; empty when it passed. */
  problems: string[];
};

export type EvaluationReport = {
  threshold: number;
  results: TurnResult[];
  passRate: number;
  byCategory: Map<string, { passed: number; total: number }>;
};

/** Reads an evaluation file (YAML or JSON), failing with the field path of any mistake in it. */
export function loadEvaluationSet(file: string): EvaluationSet {
  return readValid(file, EvaluationSet, "an evaluation set");
}

/** Reads the list of turns known to fail, each with its reason. */
export function loadKnownFailures(file: string): KnownFailure[] {
  return readValid(file, KnownFailuresFile, "a known-failures list").failures;
}

function readValid<S extends z.ZodType>(file: string, schema: S, what: string): z.infer<S> {
  const parsed = schema.safeParse(parse(readFileSync(file, "utf8")));
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  throw new Error(`${file} is not ${what}:\n  ${issues.join("\n  ")}`);
}

/** Asks every turn in order, each conversation in its own context, and checks each reply. */
export function runEvaluation(engine: Pick<Engine, "respond">, set: EvaluationSet): EvaluationReport {
  const results: TurnResult[] = [];
  for (const conversation of set.conversations) {
    let state: ConversationState | undefined;
    for (const turn of conversation.turns) {
      const answered = engine.respond(turn.ask, state);
      const reply = answered.reply;
      state = answered.state;
      results.push({
        conversation: conversation.id,
        category: turn.category ?? conversation.category,
        ask: turn.ask,
        reply,
        problems: checkTurn(turn, reply),
      });
    }
  }
  const byCategory = new Map<string, { passed: number; total: number }>();
  for (const result of results) {
    const tally = byCategory.get(result.category) ?? { passed: 0, total: 0 };
    tally.total++;
    if (!result.problems.length) tally.passed++;
    byCategory.set(result.category, tally);
  }
  const passed = results.filter((r) => !r.problems.length).length;
  return { threshold: set.threshold, results, passRate: results.length ? passed / results.length : 0, byCategory };
}

export function checkTurn(turn: EvaluationTurn, reply: Reply): string[] {
  const problems: string[] = [];
  const text = reply.text.toLowerCase();
  if (turn.kind && reply.kind !== turn.kind) problems.push(`expected a ${turn.kind} reply, got ${reply.kind}`);
  for (const expected of turn.contains) {
    const options = Array.isArray(expected) ? expected : [expected];
    if (!options.some((phrase) => text.includes(phrase.toLowerCase()))) {
      problems.push(`expected the text to contain ${options.map((o) => JSON.stringify(o)).join(" or ")}`);
    }
  }
  for (const phrase of turn.excludes) {
    if (text.includes(phrase.toLowerCase())) problems.push(`expected the text not to contain ${JSON.stringify(phrase)}`);
  }
  const cited = new Set(reply.sources.map((source) => source.id));
  for (const id of turn.sources) {
    if (!cited.has(id)) problems.push(`expected a citation of "${id}"`);
  }
  return problems;
}
