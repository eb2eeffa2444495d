import { Worker } from "node:worker_threads";
import type { Knowledge } from "./load.js";
import { KnowledgeError, type KnowledgeProblem } from "./problem.js";
import type { Career, Source } from "./schema.js";

export type WorkerMessage =
  | { type: "head"; json: string }
  | { type: "careers"; json: string }
  | { type: "done" }
  | { type: "problems"; problems: readonly KnowledgeProblem[]; warnings: readonly KnowledgeProblem[] }
  | { type: "failed"; message: string };

// Tests run the TypeScript sources, which a worker cannot load; they use the build (`npm test` builds first).
const WORKER = new URL(import.meta.url.endsWith(".ts") ? "../../dist/src/knowledge/load-worker.js" : "./load-worker.js", import.meta.url);

/**
 * Loads a knowledge folder in a worker thread, so parsing and validation never hold up answers on this
 * one. The result arrives in pieces, each a separate turn of the event loop; a question that arrives
 * meanwhile waits for one piece at most. Rejects with a KnowledgeError as loadKnowledge throws one.
 */
export function loadKnowledgeOffThread(dir: string): Promise<Knowledge> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { dir } });
    let head: Omit<Knowledge, "sources" | "careers"> & { sources: Source[] } | undefined;
    const careers = new Map<string, Career>();
    let settled = false;
    /** Everything has arrived; the worker may exit while the last pieces are still being read. */
    let complete = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    // A port hands every message waiting on it to its listener in one go, so the listener only queues them;
    // each is read on a turn of its own.
    const pieces: string[] = [];
    let reading: Promise<void> = Promise.resolve();
    const readPieces = async () => {
      for (let json = pieces.shift(); json !== undefined; json = pieces.shift()) {
        await new Promise((next) => setImmediate(next));
        for (const career of JSON.parse(json) as Career[]) careers.set(career.id, career);
      }
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "head") head = JSON.parse(message.json);
      else if (message.type === "careers") {
        pieces.push(message.json);
        if (pieces.length === 1) reading = reading.then(readPieces);
      } else if (message.type === "problems") settle(() => reject(new KnowledgeError(message.problems, message.warnings)));
      else if (message.type === "failed") settle(() => reject(new Error(message.message)));
      else if (head) {
        complete = true;
        const knowledge: Knowledge = { ...head, sources: new Map(head.sources.map((source) => [source.id, source])), careers };
        void reading.then(() => settle(() => resolve(knowledge)));
      }
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => complete || settle(() => reject(new Error(`the knowledge loader stopped early (exit code ${code})`))));
  });
}
