import type { Knowledge } from "./load.js";
import { recall, remember } from "./snapshot.js";

/**
 * Loads a knowledge folder as loadKnowledge does, from the snapshot of its last clean load when its files
 * have not changed since, and reading only the changed ones when some have. The validator is imported only
 * when a file must be read, so a start on an unchanged folder never loads it.
 */
export async function openKnowledge(dir: string): Promise<Knowledge> {
  const { knowledge, reusable } = recall(dir);
  return knowledge ?? remember((await import("./load.js")).loadKnowledge(dir, reusable));
}
