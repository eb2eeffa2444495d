import { createJournal, createRecorder, knowledgeDir, openAdvisor, type Asked, type FolderAdvisor, type Reply } from "../../src/index.js";
import type { Logger } from "../log.js";
import { dataSettings } from "../records.js";
import { createPipeline } from "../runtime/pipeline.js";

export type Session = {
  advisor: FolderAdvisor;
  /** The reply, or the apology every channel gives when answering failed. */
  ask(question: Asked): Promise<Reply>;
};

const say = (line: string) => void process.stderr.write(`career-advisor: ${line}\n`);
const sayError = (message: string, error?: unknown) => say(error === undefined ? message : `${message}: ${error instanceof Error ? error.message : String(error)}`);

/** Only what goes wrong reaches the terminal: every reply is on the screen already. */
const terminalLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: sayError,
  error: sayError,
  child: () => terminalLogger,
};

/**
 * The advisor as a command that runs alone (chat, ask, batch) uses it: the pipeline every channel uses, without a rate
 * limit (the asker is the operator), its conversations in this process. With `record`, its unanswered questions go under
 * DATA_DIR as the long-running channels' do (channel "terminal"); without it nothing is written, so trying the advisor
 * never pollutes the data.
 */
export async function openSession(knowledge?: string, record?: boolean): Promise<Session> {
  const advisor = await openAdvisor(knowledgeDir(knowledge));
  // Unanswered questions only: no votes are cast in a terminal.
  const recorder = record
    ? createRecorder({ journal: createJournal({ ...dataSettings(), log: { info: say, error: sayError } }), knowledgeVersion: () => advisor.knowledge.version })
    : undefined;
  const pipeline = createPipeline(advisor, { channel: "terminal", logger: terminalLogger, recorder });
  return {
    advisor,
    async ask(question) {
      const outcome = await pipeline("operator", question);
      if (outcome.kind === "refused") throw new Error("the terminal has no rate limit");
      return outcome.reply;
    },
  };
}
