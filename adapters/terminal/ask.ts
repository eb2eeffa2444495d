import { sourcesLine } from "../../src/index.js";
import { endQuietlyWhenOutputCloses } from "./closed-pipe.js";
import { openSession } from "./session.js";

export async function runAsk(question: string, options: { json: boolean; knowledge?: string; record?: boolean }): Promise<void> {
  endQuietlyWhenOutputCloses();
  const reply = await (await openSession(options.knowledge, options.record)).ask({ text: question });
  if (options.json) {
    process.stdout.write(JSON.stringify(reply) + "\n");
    return;
  }
  const lines = [reply.text, sourcesLine(reply.sources)].filter(Boolean);
  process.stdout.write(lines.join("\n\n") + "\n");
}
