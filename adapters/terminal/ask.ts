import { sourcesLine } from "../../src/index.js";
import { bootLocalAdvisor } from "../boot.js";
import { endQuietlyWhenOutputCloses } from "./closed-pipe.js";
import { recordingIf } from "./record.js";

export async function runAsk(question: string, options: { json: boolean; knowledge?: string; record?: boolean }): Promise<void> {
  endQuietlyWhenOutputCloses();
  const { advisor, live } = await bootLocalAdvisor(options.knowledge);
  const reply = await recordingIf(options.record, advisor, live).ask({ text: question });
  if (options.json) {
    process.stdout.write(JSON.stringify(reply) + "\n");
    return;
  }
  const lines = [reply.text, sourcesLine(reply.sources)].filter(Boolean);
  process.stdout.write(lines.join("\n\n") + "\n");
}
