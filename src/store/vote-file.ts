import { appendFile } from "node:fs/promises";
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One person's latest vote on one answer. */
export type VoteRecord = { answer: string; person: string; vote: string; at: number };

export type VoteFile = {
  /** The votes still within their ttl when the file was opened, latest per person and answer. */
  readonly votes: VoteRecord[];
  /** Lines that could not be read (a write cut short by a crash), skipped. */
  readonly unreadable: number;
  append(record: VoteRecord): Promise<void>;
  /** Resolves when every append so far is on disk. */
  flush(): Promise<void>;
};

export const VOTE_FILE = join("state", "votes.jsonl");

/**
 * Votes are the one piece of embedded state kept on disk: after a restart a person must still not be able to
 * vote twice on the same answer, whereas a lost conversation, share or rate-limit count only costs a little
 * convenience. The file is append-only JSON Lines, one line per click; opening it keeps the latest line per
 * person and answer and rewrites the file once superseded and expired lines outnumber the live ones.
 */
export function openVoteFile(dataDir: string, ttlMs: number, now: () => number): VoteFile {
  const path = join(dataDir, VOTE_FILE);
  mkdirSync(join(dataDir, "state"), { recursive: true });
  const latest = new Map<string, VoteRecord>();
  let lines = 0;
  let unreadable = 0;
  let text = existsSync(path) ? readFileSync(path, "utf8") : "";
  // A write cut short by a crash leaves a last line without its newline; the next vote appended after it would join
  // it and be lost with it. A whole vote there gets its newline; a torn piece goes.
  const last = text.slice(text.lastIndexOf("\n") + 1);
  if (last && parse(last)) {
    appendFileSync(path, "\n");
    text += "\n";
  } else if (last) {
    text = text.slice(0, -last.length);
    truncateSync(path, Buffer.byteLength(text));
    unreadable++;
  }
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    lines++;
    const record = parse(line);
    if (!record) unreadable++;
    else if (record.at + ttlMs > now()) latest.set(`${record.answer}\n${record.person}`, record);
  }
  const votes = [...latest.values()].sort((a, b) => a.at - b.at);
  if (lines > 2 * votes.length + 100) {
    writeFileSync(path + ".tmp", votes.map((v) => JSON.stringify(v) + "\n").join(""));
    renameSync(path + ".tmp", path);
  }
  let pending = Promise.resolve();
  return {
    votes,
    unreadable,
    append(record) {
      const write = pending.then(() => appendFile(path, JSON.stringify(record) + "\n"));
      pending = write.catch(() => undefined);
      return write;
    },
    flush: () => pending,
  };
}

function parse(line: string): VoteRecord | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== "object" || value === null) return undefined;
    const { answer, person, vote, at } = value as Record<string, unknown>;
    if (typeof answer === "string" && typeof person === "string" && typeof vote === "string" && typeof at === "number") {
      return { answer, person, vote, at };
    }
  } catch {
    // A line edited by hand, or torn and then followed by a version that did not repair it; the other votes still count.
  }
  return undefined;
}
