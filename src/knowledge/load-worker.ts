// Runs in a worker thread (see off-thread.ts): loads a knowledge folder and posts it back in pieces small
// enough that the answering thread never spends long on any one of them.
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "./load.js";
import type { WorkerMessage } from "./off-thread.js";
import { KnowledgeError } from "./problem.js";

/** Careers per message: a few milliseconds of JSON.parse on the receiving side. */
const CHUNK = 50;

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

try {
  const { dir } = workerData as { dir: string };
  const { careers, sources, ...rest } = loadKnowledge(dir);
  post({ type: "head", json: JSON.stringify({ ...rest, sources: [...sources.values()] }) });
  const list = [...careers.values()];
  for (let i = 0; i < list.length; i += CHUNK) post({ type: "careers", json: JSON.stringify(list.slice(i, i + CHUNK)) });
  post({ type: "done" });
} catch (error) {
  if (error instanceof KnowledgeError) post({ type: "problems", problems: error.problems, warnings: error.warnings });
  else post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}
