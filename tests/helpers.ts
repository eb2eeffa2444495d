import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { createLogger } from "../adapters/log.js";
import { createPipeline } from "../adapters/runtime/pipeline.js";
import { createEngine, knowledgeDir, type Advisor, type Asked, type ConversationState, type Knowledge, type Question, type Recorder, type Reply, type Store } from "../src/index.js";
import { loadKnowledge } from "../src/authoring.js";
import { createEmbeddedStore } from "../src/store/index.js";

export const SHIPPED = knowledgeDir(undefined, {});

/** The shipped knowledge and the second pack, for behaviour that must hold on any field's knowledge. */
export const BOTH_PACKS = [
  { pack: "healthcare IT", dir: SHIPPED },
  { pack: "trades", dir: join(import.meta.dirname, "packs", "trades") },
];

let shipped: Knowledge | undefined;
/** The shipped knowledge, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  shipped ??= loadKnowledge(SHIPPED);
  return shipped;
}

/** The engine in conversation, each conversation's state in a map: what engine tests ask, one reply at a time. */
export type Conversations = { ask(question: Question): Reply; forget(conversationId: string): void };

export function conversationsWith(knowledge: Knowledge): Conversations {
  const engine = createEngine(knowledge);
  const states = new Map<string, ConversationState | undefined>();
  return {
    ask({ text, conversationId }) {
      const { reply, state } = engine.respond(text, states.get(conversationId));
      states.set(conversationId, state);
      return reply;
    },
    forget: (conversationId) => void states.delete(conversationId),
  };
}

export function shippedAdvisor(): Conversations {
  return conversationsWith(shippedKnowledge());
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
export function converse(advisor: Conversations, ...questions: string[]) {
  const conversationId = `test:${Math.random()}`;
  return questions.map((text) => advisor.ask({ text, conversationId }));
}

/** `file:line:column` of the first line holding `snippet`, so tests do not break when a file gains a line. */
export function placeOf(dir: string, file: string, snippet: string, column: number): string {
  const line = readFileSync(join(dir, file), "utf8").split("\n").findIndex((text) => text.includes(snippet)) + 1;
  if (!line) throw new Error(`${file} has no line with ${snippet}`);
  return `${file}:${line}:${column}`;
}

/** A fresh embedded store that logs nothing, as a front end gets one from `serve`. */
export function embeddedStore(): Store {
  return createEmbeddedStore({ logger: { info: () => {}, warn: () => {} } });
}

/** A channel's pipeline with a recorder and nothing else: each reply comes back with its id, as a channel gets it. */
export function recordingChannel(advisor: Advisor, channel: string, recorder: Recorder) {
  const pipeline = createPipeline(advisor, { channel, logger: createLogger({ write: () => {} }), recorder });
  return {
    async ask(question: Asked): Promise<Reply & { id: string }> {
      const outcome = await pipeline(channel, question);
      if (outcome.kind !== "reply") throw new Error(`expected a reply, got ${outcome.kind}`);
      return { ...outcome.reply, id: outcome.id };
    },
    forget: (conversationId: string) => advisor.forget(conversationId),
  };
}
