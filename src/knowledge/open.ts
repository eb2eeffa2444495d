import type { Knowledge } from "./load.js";

/** Loads a knowledge folder as loadKnowledge does; the validator is imported only now, so importing the advisor never loads it. */
export async function openKnowledge(dir: string): Promise<Knowledge> {
  return (await import("./load.js")).loadKnowledge(dir);
}
