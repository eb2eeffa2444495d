import { createInterface } from "node:readline/promises";
import { styleText } from "node:util";
import type { ReloadResult } from "../../src/index.js";
import { bootAdvisor } from "../boot.js";
import { renderReply } from "./render.js";

const CONVERSATION = "terminal:chat";
const HELP = `Ask about careers in healthcare IT in your own words. Commands:
  help     this text
  sources  where the answers come from
  reset    start a new conversation (forget the context)
  reload   read the knowledge folder again (a broken file keeps the current knowledge)
  1, 2, 3  ask a suggested follow-up by its number
  exit     leave (Ctrl-D works too)`;

/** The interactive chat: a real front end over the same advisor as Discord and Slack. */
export async function runChat(knowledge?: string): Promise<void> {
  const { advisor } = bootAdvisor(knowledge);
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const say = (text: string) => process.stdout.write(text + "\n\n");
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY), historySize: 200 });
  rl.setPrompt(colour ? styleText("green", "you> ") : "you> ");
  let suggestions: string[] = [];

  say(`${colour ? styleText("bold", "career-advisor") : "career-advisor"}: careers in healthcare IT. Type "help" for commands, "exit" to leave.`);
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    const command = input.toLowerCase();
    if (command === "exit" || command === "quit") break;
    if (command === "help") say(HELP);
    else if (command === "reload") say(describeReload(await advisor.reload()));
    else if (command === "reset") {
      advisor.forget(CONVERSATION);
      suggestions = [];
      say("Started a new conversation.");
    } else if (input) {
      const picked = /^\d+$/.test(input) ? suggestions[Number(input) - 1] : undefined;
      const question = command === "sources" ? "Where do your answers come from?" : picked ?? input;
      if (picked) say(`(${picked})`);
      const reply = advisor.ask({ text: question, conversationId: CONVERSATION });
      suggestions = reply.suggestions;
      say(renderReply(reply, colour));
    }
    rl.prompt();
  }
  rl.close();
}

function describeReload(result: ReloadResult): string {
  if (result.ok) return `Reloaded: ${result.knowledge.careers.size} careers.`;
  return ["Kept the knowledge I had; the folder has problems:", ...result.problems.map((p) => `  ${p}`)].join("\n");
}
