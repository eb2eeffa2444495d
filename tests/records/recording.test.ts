import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAdvisor, createRecorder, gapKind, type Advisor, type Journal, type Reply, type ReplySummary } from "../../src/index.js";
import { QUESTION_EXCERPT, questionDigest } from "../../src/records/recorder.js";
import { MAX_QUESTION_LENGTH } from "../../src/understand/normalise.js";
import { embeddedStore, recordingChannel, shippedAdvisor, shippedKnowledge } from "../helpers.js";
import { linesIn, scratchDir, testJournal } from "./scratch.js";

function recordingFor(journal: Journal, advisor: Advisor = createAdvisor(shippedKnowledge())) {
  const { replies } = embeddedStore();
  const errors: unknown[] = [];
  const recorder = createRecorder({ journal, replies, knowledgeVersion: () => shippedKnowledge().version, onError: (e) => errors.push(e) });
  return { recorder, replies, errors, channel: (name: string) => recordingChannel(advisor, name, recorder) };
}

describe("recording through the channel seam", () => {
  it("records what each channel could not answer, with the channel's name and nothing of who asked", async () => {
    const dir = scratchDir();
    const { channel } = recordingFor(testJournal(dir).journal);
    const discord = channel("discord");
    const slack = channel("slack");
    const http = channel("http");
    await discord.ask({ text: "what do astronauts earn?", conversationId: "discord:1234567890:998877665544" });
    await slack.ask({ text: "what certs should I get?", conversationId: "slack:C0123ABCD:1700000000.000100" });
    await http.ask({ text: "how much do health information technicians make in pounds?", conversationId: "http:client-42" });
    await slack.ask({ text: "how much do health information technicians make?", conversationId: "slack:C0123ABCD:U777" });
    await discord.ask({ text: "thanks!", conversationId: "discord:1234567890:998877665544" });

    const lines = linesIn(dir);
    expect(lines.map(({ channel, kind, topic, careers }) => ({ channel, kind, topic, careers }))).toEqual([
      { channel: "discord", kind: "fallback", topic: null, careers: [] },
      { channel: "slack", kind: "clarify", topic: "certifications", careers: ["health-information-technician", "healthcare-it-professional"] },
      { channel: "http", kind: "not-covered", topic: "pay", careers: ["health-information-technician"] },
    ]);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(["careers", "channel", "kind", "knowledge", "question", "replyId", "time", "topic"]);
      expect(line.knowledge).toBe(shippedKnowledge().version);
      expect(Date.parse(line.time as string)).not.toBeNaN();
    }
    const text = readdirSync(dir).map((name) => readFileSync(join(dir, name), "utf8")).join("");
    for (const id of ["1234567890", "998877665544", "C0123ABCD", "U777", "client-42", "1700000000"]) expect(text).not.toContain(id);
  });

  it("gives every reply an id, the one its record carries", async () => {
    const dir = scratchDir();
    const advisor = recordingFor(testJournal(dir).journal).channel("discord");
    const replies = await Promise.all(["what do astronauts earn?", "what do astronauts earn?", "hello"].map((text) => advisor.ask({ text, conversationId: "c" })));
    const ids = replies.map((r) => r.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(linesIn(dir).map((l) => l.replyId)).toEqual(ids.slice(0, 2));
  });

  it("masks contact details in what it records", async () => {
    const dir = scratchDir();
    const advisor = recordingFor(testJournal(dir).journal).channel("slack");
    await advisor.ask({ text: "I'm sam@example.org, call me on 555-867-5309 about astronaut pay", conversationId: "c" });
    expect(linesIn(dir)[0]!.question).toBe("I'm [email], call me on [phone] about astronaut pay");
  });

  it("remembers every reply for a later vote, masked, with what it was about", async () => {
    const { channel, replies } = recordingFor(testJournal(scratchDir()).journal);
    const reply = await channel("http").ask({ text: "how much do health information technicians make? mail a@b.co", conversationId: "c" });
    expect(await replies.get(reply.id)).toEqual({
      channel: "http",
      kind: "answer",
      topic: "pay",
      careers: ["health-information-technician"],
      knowledge: shippedKnowledge().version,
      question: "how much do health information technicians make? mail [email]",
      digest: questionDigest("how much do health information technicians make? mail [email]"),
    });
  });

  it("keeps a long question's opening words and its digest for a later vote, not the question", async () => {
    const dir = scratchDir();
    const { channel, replies } = recordingFor(testJournal(dir).journal);
    const text = `what do astronauts earn ${"and then some ".repeat(800)}`.trim();
    const reply = await channel("http").ask({ text, conversationId: "c" });
    const summary = (await replies.get(reply.id)) as ReplySummary;
    expect(summary.question).toBe(`${text.slice(0, QUESTION_EXCERPT - 1)}…`);
    expect(summary.digest).toBe(questionDigest(text.slice(0, MAX_QUESTION_LENGTH)));
    expect(JSON.stringify(summary).length).toBeLessThan(500);
    expect(linesIn(dir)[0]!.question, "the record of an unanswered question keeps what the advisor read").toBe(text.slice(0, MAX_QUESTION_LENGTH));
  });

  it("masks an address running across the end of what the advisor read", async () => {
    const dir = scratchDir();
    const { channel } = recordingFor(testJournal(dir).journal);
    const text = `${"what do astronauts earn ".repeat(50).slice(0, MAX_QUESTION_LENGTH - 10)} sam.jones@example.org and more`;
    await channel("http").ask({ text, conversationId: "c" });
    expect(linesIn(dir)[0]!.question).toBe(`${text.slice(0, MAX_QUESTION_LENGTH - 9)}[email] a`);
  });

  it("keeps answering, unchanged, when the data folder cannot be written, and logs that once", async () => {
    const parent = scratchDir();
    writeFileSync(join(parent, "data"), "a file in the way");
    const { journal, logged } = testJournal(join(parent, "data"));
    const recording = recordingFor(journal).channel("discord");
    const plain = shippedAdvisor();
    for (const text of ["what do astronauts earn?", "what certs should I get?", "gibberish qwzx", "what do astronauts earn?"]) {
      const { id, ...reply } = await recording.ask({ text, conversationId: `c:${text}` });
      expect(reply).toEqual(plain.ask({ text, conversationId: `p:${text}` }));
      expect(id).toBeTruthy();
    }
    expect(logged).toHaveLength(1);
  });

  it("still answers and records when keeping a reply fails, and says so to the front end", async () => {
    const dir = scratchDir();
    const journal = testJournal(dir).journal;
    const broken = { put: async () => Promise.reject(new Error("store down")) };
    const errors: unknown[] = [];
    const recorder = createRecorder({ journal, replies: broken, knowledgeVersion: () => "v", onError: (e) => errors.push(e) });
    const reply = await recordingChannel(createAdvisor(shippedKnowledge()), "slack", recorder).ask({ text: "what do astronauts earn?", conversationId: "c" });
    expect(reply.kind).toBe("fallback");
    expect(linesIn(dir)).toHaveLength(1);
    expect(errors).toEqual([new Error("store down")]);
  });

  it("passes forget through to the advisor", async () => {
    const { channel } = recordingFor(testJournal(scratchDir()).journal);
    const advisor = channel("discord");
    await advisor.ask({ text: "how much do health information technicians make?", conversationId: "c" });
    expect((await advisor.ask({ text: "and in hospitals?", conversationId: "c" })).kind).toBe("answer");
    await advisor.forget("c");
    expect((await advisor.ask({ text: "and in hospitals?", conversationId: "c" })).kind).not.toBe("answer");
  });
});

describe("which replies count as not answered", () => {
  const base = { text: "", sources: [], suggestions: [] };
  it.each<[Reply, string | undefined]>([
    [{ ...base, kind: "fallback" }, "fallback"],
    [{ ...base, kind: "clarify", options: [] }, "clarify"],
    [{ ...base, kind: "smalltalk" }, undefined],
    [{ ...base, kind: "answer", topic: "pay", careerIds: ["x"], text: "Median $1 a year." }, undefined],
    [{ ...base, kind: "answer", topic: "pay", careerIds: ["x"], uncovered: [] }, undefined],
    [{ ...base, kind: "answer", topic: "pay", careerIds: ["x"], uncovered: ["the outlook of x"] }, "not-covered"],
  ])("%#: %j is %s", (reply, kind) => {
    expect(gapKind(reply)).toBe(kind);
  });

  // Whatever the wording, the engine says in the reply what its sources do not cover.
  it.each([
    ["how much do health information technicians make in pounds?", "not-covered"],
    ["what do database administrators earn and what do they do?", "not-covered"],
    ["do health information technicians earn more than teachers?", "not-covered"],
    ["how much do health information technicians make?", undefined],
    ["what do astronauts earn?", "fallback"],
    ["what certs should I get?", "clarify"],
  ])("the engine's reply to %j is %s", (text, kind) => {
    expect(gapKind(shippedAdvisor().ask({ text, conversationId: "c" }))).toBe(kind);
  });

  it("carries what a question back or a fallback was about, where the engine knew it", () => {
    const clarify = shippedAdvisor().ask({ text: "what certs should I get?", conversationId: "c" });
    expect(clarify).toMatchObject({ kind: "clarify", topic: "certifications" });
    expect(clarify.kind === "clarify" && clarify.careerIds?.length).toBeGreaterThan(1);
    expect(shippedAdvisor().ask({ text: "salary of a database administrator", conversationId: "c" })).toMatchObject({
      kind: "fallback",
      topic: "pay",
      careerIds: ["database-administrator"],
    });
  });
});
