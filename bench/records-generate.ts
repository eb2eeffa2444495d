import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GapKind, QuestionRecord, Vote, VoteRecord } from "../src/index.js";
import { generatedName } from "./names.js";
import { createRandom, type Random } from "./random.js";
import { withTypo } from "./typo.js";

// A year of records as a busy campus would leave them: a few hundred things people keep asking about,
// a long tail asked once or twice, each worded many ways, with typos, capitals and the odd contact detail.

export const YEAR_OF_QUESTIONS = 200_000;

const TOPICS = [
  ["salary", "pay", "earn", "make", "wage"],
  ["degree", "education", "training", "school"],
  ["certification", "certs", "license"],
  ["outlook", "future", "job market", "demand"],
];
const SHAPES = [
  (s: string, t: string) => `what do ${s}s ${t}`,
  (s: string, t: string) => `${s} ${t}`,
  (s: string, t: string) => `how much does a ${s} ${t}`,
  (s: string, t: string) => `${t} for a ${s}?`,
  (s: string, t: string) => `can you tell me about ${s} ${t} please`,
  (s: string, t: string) => `hey, ${t} of ${s}s??`,
  (s: string, t: string) => `is ${s} ${t} good`,
];
const KINDS: readonly GapKind[] = ["fallback", "fallback", "fallback", "clarify", "not-covered"];
const YEAR_START = Date.UTC(2025, 11, 1);
const YEAR_MS = 365 * 86_400_000;

/** Writes `lines` question records and a vote for every fourth of them over one year; returns the counts. */
export function generateRecords(dir: string, lines = YEAR_OF_QUESTIONS, seed = 1): { questions: number; votes: number } {
  const random = createRandom(seed);
  // A few hundred subjects, the first far more asked than the last (a Zipf-like tail).
  const subjects = Array.from({ length: 400 }, (_, i) => generatedName(i * 37).name);
  const subject = () => subjects[Math.floor(subjects.length * random.next() ** 3)]!;
  const files = new Map<string, string[]>();
  const add = (stream: string, record: { time: string }) => {
    const file = `${stream}-${record.time.slice(0, 7)}.jsonl`;
    let list = files.get(file);
    if (!list) files.set(file, (list = []));
    list.push(JSON.stringify(record));
  };
  const times = Array.from({ length: lines }, () => YEAR_START + Math.floor(random.next() * YEAR_MS)).sort((a, b) => a - b);
  let votes = 0;
  times.forEach((ms, i) => {
    const time = new Date(ms).toISOString();
    const question = wording(random, subject());
    const record: QuestionRecord = { time, replyId: `r${i}`, channel: random.pick(["discord", "slack", "http"]), kind: random.pick(KINDS), topic: null, careers: [], knowledge: "0123456789ab", question };
    add("questions", record);
    if (i % 4 === 0) {
      const vote: Vote = random.next() < 0.7 ? "helpful" : "not-helpful";
      const voteRecord: VoteRecord = { ...record, kind: "answer", vote, changed: random.next() < 0.05, topic: random.pick(["pay", "education", "outlook"]), careers: [random.pick(["health-information-technician", "healthcare-it-professional"])] };
      add("votes", voteRecord);
      votes++;
    }
  });
  mkdirSync(dir, { recursive: true });
  for (const [file, list] of files) writeFileSync(join(dir, file), list.join("\n") + "\n");
  return { questions: lines, votes };
}

function wording(random: Random, subject: string): string {
  if (random.next() < 0.03) return `qz${random.int(1e9).toString(36)} ${random.int(1e6).toString(36)}`;
  let text = random.pick(SHAPES)(subject, random.pick(random.pick(TOPICS)));
  if (random.next() < 0.3) text = withTypo(text, random);
  if (random.next() < 0.2) text = text[0]!.toUpperCase() + text.slice(1);
  if (random.next() < 0.01) text += " mail me at [email]";
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, lines] = process.argv.slice(2);
  if (!dir) throw new Error("usage: node dist/bench/records-generate.js OUT_DIR [QUESTION_LINES]");
  const counts = generateRecords(dir, lines ? Number(lines) : undefined);
  process.stdout.write(`wrote ${counts.questions} question and ${counts.votes} vote records to ${dir}\n`);
}
