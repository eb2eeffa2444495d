import type { Knowledge } from "./load.js";
import { recall, remember } from "./snapshot.js";

/**
 * Loads a knowledge folder as loadKnowledge does, from the snapshot of its last clean load when its files
 * have not changed since. The validator is imported only when the folder must be read in full, so a start
 * on an unchanged folder never loads it.
 */
export async function openKnowledge(dir: string): Promise<Knowledge> {
  return recall(dir) ?? remember((await import("./load.js")).loadKnowledge(dir));
}
