import { sourcesLine } from "../../src/index.js";
import { bootAdvisor } from "../boot.js";
import { endQuietlyWhenOutputCloses } from "./closed-pipe.js";
import { recordingIf } from "./record.js";

export async function runAsk(question: string, options: { json: boolean; knowledge?: string; record?: boolean }): Promise<void> {
  endQuietlyWhenOutputCloses();
  const { advisor } = bootAdvisor(options.knowledge);
  const reply = recordingIf(options.record, advisor).ask({ text: question, conversationId: "terminal:ask" });
  if (options.json) {
    process.stdout.write(JSON.stringify(reply) + "\n");
    return;
  }
  const lines = [reply.text, sourcesLine(reply.sources)].filter(Boolean);
  process.stdout.write(lines.join("\n\n") + "\n");
}
