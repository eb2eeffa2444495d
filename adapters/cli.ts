#!/usr/bin/env node
import { Command } from "commander";
import { loadDotEnv, Reported } from "./config.js";
import { packageVersion } from "./version.js";

// Each command imports its front end only when it runs, so `ask` never pays for loading discord.js or Bolt; the
// list of variables, read from every channel's settings, is loaded only for the help that shows it.
const asksForHelp = process.argv.slice(2).some((arg) => arg === "--help" || arg === "-h" || arg === "help");
const program = new Command("career-advisor")
  .description("Advice on careers in healthcare IT, from a small sourced knowledge base.")
  .option("-k, --knowledge <dir>", "knowledge folder to use (default: $CAREER_ADVISOR_KNOWLEDGE, else the shipped one)")
  .version(packageVersion())
  .addHelpText("after", asksForHelp ? (await import("./environment.js")).environmentHelp() : "")
  .showHelpAfterError();

const knowledgeOption = () => program.opts<{ knowledge?: string }>().knowledge;
const RECORD = "record questions it could not answer under $DATA_DIR, as the long-running channels do (default: nothing is written)";

program
  .command("chat", { isDefault: true })
  .description("talk to the advisor in this terminal")
  .option("--record", RECORD)
  .action(async (options: { record?: boolean }) => (await import("./terminal/chat.js")).runChat(knowledgeOption(), options.record));

program
  .command("ask")
  .description("ask one question and print the reply")
  .argument("<question...>", "the question")
  .option("--json", "print the reply as one JSON object")
  .option("--record", RECORD)
  .action(async (words: string[], options: { json?: boolean; record?: boolean }) =>
    (await import("./terminal/ask.js")).runAsk(words.join(" "), { json: options.json ?? false, knowledge: knowledgeOption(), record: options.record }),
  );

program
  .command("batch")
  .description("answer JSON Lines from stdin: one reply line per question line, in order")
  .option("--record", RECORD)
  .action(async (options: { record?: boolean }) => (await import("./terminal/batch.js")).runBatch(knowledgeOption(), options.record));

program
  .command("eval")
  .description("run an evaluation file and report the pass rate per category")
  .argument("<file>", "evaluation set (YAML or JSON)")
  .option("--threshold <rate>", "minimum pass rate from 0 to 1 (default: the file's own)", parseRate)
  .action(async (file: string, options: { threshold?: number }) =>
    (await import("./terminal/eval.js")).runEval(file, { threshold: options.threshold, knowledge: knowledgeOption() }),
  );

program
  .command("explain")
  .description("show how a question is read: words, corrections, careers, topics, cues, the deciding rule and the context")
  .argument("<question...>", "the question")
  .option("-c, --conversation <line>", "a line asked before it, in order (repeat for more)", (line: string, lines: string[]) => [...lines, line], [] as string[])
  .action(async (words: string[], options: { conversation: string[] }) =>
    (await import("./terminal/explain.js")).runExplain(words.join(" "), { conversation: options.conversation, knowledge: knowledgeOption() }),
  );

program
  .command("check")
  .description("validate a knowledge folder; exits non-zero when it has problems")
  .argument("[dir]", "the folder (default: the one --knowledge or the environment selects)")
  .action(async (dir?: string) => (await import("./terminal/check.js")).runCheck(dir ?? knowledgeOption()));

program
  .command("schema")
  .description("print the knowledge files' JSON Schemas, or write them into a folder with --out")
  .option("--out <dir>", "write one file per schema into this folder (the shipped ones live in knowledge/schema)")
  .action(async (options: { out?: string }) => (await import("./terminal/schema.js")).runSchema(options.out));

program
  .command("discord")
  .description("run the Discord bot, or `discord register` to register its slash command")
  .argument("[action]", "register")
  .action(async (action?: string) => {
    if (action === "register") return (await import("./discord/register.js")).runRegister();
    if (action !== undefined) program.error(`unknown discord action "${action}"; expected "register" or nothing`);
    await serve("discord");
  });

program
  .command("slack")
  .description("run the Slack app (HTTP mode, or Socket Mode when SLACK_APP_TOKEN is set)")
  .action(async () => serve("slack"));

program
  .command("serve")
  .description("run every configured channel (Discord, Slack, the HTTP API) in one process, with /healthz and /metrics")
  .action(async () => serve());

/** Runs the configured channels, or `only` one, and ends the process when they stop, so no leftover timer or socket keeps it alive. */
async function serve(only?: string): Promise<void> {
  const { finished } = await (await import("./serve/main.js")).startServe({ knowledge: knowledgeOption(), only });
  await finished;
  process.exit(0);
}

program
  .command("gaps")
  .description("questions it could not answer, grouped by what they ask, most frequent first")
  .option("--since <date>", "only records from this date on").option("--json", "print the report as JSON").option("--data <dir>", "records folder (default: $DATA_DIR, else ./data)")
  .option("--limit <groups>", "how many groups to show", parseCount, 20).option("--eval-draft <file>", "also write the groups shown as a draft evaluation set")
  .action(async (options) => (await import("./terminal/gaps.js")).runGaps({ ...options, knowledge: knowledgeOption() }));

program
  .command("feedback")
  .description("helpful and not-helpful votes per topic and career, and the questions behind the not-helpful ones")
  .option("--since <date>", "only votes from this date on").option("--json", "print the report as JSON").option("--data <dir>", "records folder (default: $DATA_DIR, else ./data)")
  .action(async (options) => (await import("./terminal/feedback.js")).runFeedback(options));

function parseRate(value: string): number {
  const rate = Number(value);
  if (!(rate >= 0 && rate <= 1)) throw new Error(`--threshold takes a number from 0 to 1, got "${value}"`);
  return rate;
}

function parseCount(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`--limit takes a whole number of groups, got "${value}"`);
  return Number(value);
}

loadDotEnv();
// Known failures (bad knowledge, bad configuration) carry messages written for people; print just that.
program.parseAsync().catch((error: unknown) => {
  if (!(error instanceof Reported)) process.stderr.write(`career-advisor: ${error instanceof Error ? error.message : String(error)}\n`);
  // Whatever was left running (a half-open connection, a folder watcher) must not keep a failed process alive.
  process.exit(1);
});
