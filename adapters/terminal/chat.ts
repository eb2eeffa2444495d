import { createInterface, type Interface } from "node:readline/promises";
import { styleText } from "node:util";
import type { ReloadResult } from "../../src/index.js";
import { endQuietlyWhenOutputCloses } from "./closed-pipe.js";
import { MAX_LINE_BYTES, readLines, type InputLine } from "./lines.js";
import { renderReply } from "./render.js";
import { openSession } from "./session.js";

const CONVERSATION = "terminal:chat";
const HELP = `Ask about careers in healthcare IT in your own words. Commands:
  help     this text
  sources  where the answers come from
  reset    start a new conversation (forget the context)
  reload   read the knowledge folder again (a broken file keeps the current knowledge)
  1, 2, 3  ask a suggested follow-up by its number
  exit     leave (Ctrl-D works too)`;
const TOO_LONG = `That line is longer than ${MAX_LINE_BYTES / 1024} KB, so I skipped it. Please ask in fewer words.`;

/** The interactive chat: a real front end over the same advisor as Discord and Slack. */
export async function runChat(knowledge?: string, record?: boolean): Promise<void> {
  endQuietlyWhenOutputCloses();
  const { advisor, ask: answer } = await openSession(knowledge, record);
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const width = () => (process.stdout.isTTY ? process.stdout.columns : undefined);
  const say = (text: string) => process.stdout.write(text + "\n\n");
  const prompt = colour ? styleText("green", "you> ") : "you> ";
  // A person at a terminal gets line editing and history; piped input is read with a cap on line length.
  const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 200 }) : undefined;
  rl?.setPrompt(prompt);
  const ask = () => (rl ? rl.prompt() : process.stdout.write(prompt));
  let suggestions: string[] = [];

  say(`${colour ? styleText("bold", "career-advisor") : "career-advisor"}: careers in healthcare IT. Type "help" for commands, "exit" to leave.`);
  ask();
  for await (const line of rl ? typed(rl) : readLines(process.stdin)) {
    if ("tooLong" in line) {
      say(TOO_LONG);
      ask();
      continue;
    }
    const input = line.text.trim();
    const command = input.toLowerCase();
    if (command === "exit" || command === "quit") break;
    if (command === "help") say(HELP);
    else if (command === "reload") say(describeReload(await advisor.reload()));
    else if (command === "reset") {
      await advisor.forget(CONVERSATION);
      suggestions = [];
      say("Started a new conversation.");
    } else if (input) {
      const picked = /^\d+$/.test(input) ? suggestions[Number(input) - 1] : undefined;
      const question = command === "sources" ? "Where do your answers come from?" : picked ?? input;
      if (picked) say(`(${picked})`);
      const reply = await answer({ text: question, conversationId: CONVERSATION });
      suggestions = reply.suggestions;
      say(renderReply(reply, { colour, width: width() }));
    }
    ask();
  }
  rl?.close();
}

async function* typed(rl: Interface): AsyncGenerator<InputLine> {
  for await (const text of rl) yield Buffer.byteLength(text) > MAX_LINE_BYTES ? { tooLong: true } : { text };
}

function describeReload(result: ReloadResult): string {
  if (result.ok) return `Reloaded: ${result.knowledge.careers.size} careers.`;
  return ["Kept the knowledge I had; the folder has problems:", ...result.problems.map((p) => `  ${p}`)].join("\n");
}
