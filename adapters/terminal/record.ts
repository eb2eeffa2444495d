import { withRecording, type Knowledge, type SharedAdvisor } from "../../src/index.js";
import { dataSettings, openTerminalRecorder } from "../records.js";

/**
 * The advisor a terminal command asks: with `--record` its unanswered questions go under DATA_DIR as the long-running
 * channels' do (channel "terminal"); without it, nothing is written, so trying the advisor never pollutes the data.
 */
export function recordingIf(record: boolean | undefined, advisor: SharedAdvisor, live: { readonly knowledge: Knowledge }): SharedAdvisor {
  if (!record) return advisor;
  const say = (line: string) => process.stderr.write(`career-advisor: ${line}\n`);
  const log = { info: say, error: (message: string, error?: unknown) => say(`${message}: ${error instanceof Error ? error.message : String(error)}`) };
  return withRecording(advisor, "terminal", openTerminalRecorder(dataSettings(), log, () => live.knowledge.version));
}
