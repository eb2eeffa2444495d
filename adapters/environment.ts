import { z } from "zod";
import { CHANNELS } from "./channels.js";
import { describeVariables, optional } from "./runtime/settings.js";
import { SERVE_VARIABLES } from "./serve/settings.js";
import { STORE_VARIABLES } from "./store-settings.js";

/** Variables every command may read, checked where they are read (the knowledge folder, the records, the logger). */
const COMMON_VARIABLES = z.object({
  CAREER_ADVISOR_KNOWLEDGE: optional("CAREER_ADVISOR_KNOWLEDGE", { use: "knowledge folder (default: the shipped one)", where: "a folder laid out like knowledge/" }),
  DATA_RETENTION_DAYS: optional("DATA_RETENTION_DAYS", { use: "days records under DATA_DIR are kept (default 180)", where: "your retention policy" }),
  LOG_LEVEL: optional("LOG_LEVEL", { use: "fatal, error, warn, info (default) or debug", where: "your choice" }),
  LOG_FORMAT: optional("LOG_FORMAT", { use: "json or pretty (default: pretty on a terminal, json otherwise)", where: "your choice" }),
});

/** Every environment variable the command reads, from the schemas that check them, for `--help`; .env.example lists the same (a test keeps the two in step). */
export const ENVIRONMENT: readonly { name: string; use: string }[] = [
  COMMON_VARIABLES,
  ...CHANNELS.map((entry) => entry.variables),
  SERVE_VARIABLES,
  STORE_VARIABLES,
]
  .flatMap(describeVariables)
  .filter(({ name }, index, all) => all.findIndex((other) => other.name === name) === index);

export function environmentHelp(): string {
  const width = Math.max(...ENVIRONMENT.map(({ name }) => name.length));
  return ["", "Environment variables (also read from ./.env):", ...ENVIRONMENT.map(({ name, use }) => `  ${name.padEnd(width)}  ${use}`)].join("\n");
}
