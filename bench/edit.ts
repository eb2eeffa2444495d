import { appendFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Edits one career file of a generated folder without changing what it says, as a small edit would. */
export function editOneCareer(dir: string): void {
  const [first] = readdirSync(join(dir, "careers"));
  appendFileSync(join(dir, "careers", first!), "\n");
}
