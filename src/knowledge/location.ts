import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Environment variable that points every command at another knowledge folder. */
export const KNOWLEDGE_ENV = "CAREER_ADVISOR_KNOWLEDGE";

/** The folder to load: an explicit choice, else the environment variable, else the knowledge shipped with the package. */
export function knowledgeDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit ?? env[KNOWLEDGE_ENV];
  if (chosen) return resolve(chosen);
  return join(packageRoot(), "knowledge");
}

// Source files and compiled files sit at different depths, so look for the package root instead of counting `..`.
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("career-advisor: cannot find the package root to locate the knowledge folder");
    dir = parent;
  }
  return dir;
}
