import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { createAdvisor, knowledgeDir, type Advisor, type Knowledge, type SharedAdvisor, type Store } from "../src/index.js";
import { loadKnowledge } from "../src/authoring.js";
import { createEmbeddedStore } from "../src/store/index.js";

export const SHIPPED = knowledgeDir(undefined, {});

let shipped: Knowledge | undefined;
/** The shipped knowledge, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  shipped ??= loadKnowledge(SHIPPED);
  return shipped;
}

export function shippedAdvisor(options: Parameters<typeof createAdvisor>[1] = {}): Advisor {
  return createAdvisor(shippedKnowledge(), options);
}

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy of the shipped knowledge folder (or of another), removed after the test. */
export function copyOfKnowledge(from = SHIPPED): string {
  const dir = mkdtempSync(join(tmpdir(), "career-advisor-knowledge-"));
  folders.push(dir);
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Asks a sequence of questions in one conversation and returns the replies. */
export function converse(advisor: Advisor, ...questions: string[]) {
  const conversationId = `test:${Math.random()}`;
  return questions.map((text) => advisor.ask({ text, conversationId }));
}

/** `file:line:column` of the first line holding `snippet`, so tests do not break when a file gains a line. */
export function placeOf(dir: string, file: string, snippet: string, column: number): string {
  const line = readFileSync(join(dir, file), "utf8").split("\n").findIndex((text) => text.includes(snippet)) + 1;
  if (!line) throw new Error(`${file} has no line with ${snippet}`);
  return `${file}:${line}:${column}`;
}

/** A synchronous advisor behind the asynchronous seam front ends use; its own memory keeps the conversations. */
export function asShared(advisor: Advisor): SharedAdvisor {
  let alone = 0;
  return {
    ask: async ({ text, conversationId }) => advisor.ask({ text, conversationId: conversationId ?? `alone:${++alone}` }),
    forget: async (conversationId) => advisor.forget(conversationId),
  };
}

/** A fresh embedded store that logs nothing, as a front end gets one from `serve`. */
export function embeddedStore(): Store {
  return createEmbeddedStore({ logger: { info: () => {}, warn: () => {} } });
}
