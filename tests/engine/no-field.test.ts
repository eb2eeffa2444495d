import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { shippedKnowledge } from "../helpers.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

// The engine has no field of its own: everything it says about its subject comes from knowledge/. These are
// the shipped field's words; none may appear anywhere in src/, comments included.
const FIELD_WORDS = ["healthcare", "health care", "health it", "health info", "health services", "nurse", "nurses", "nursing", "hospital", "hospitals", "article", "articles", "clinician", "medical"];
/** Aliases made of everyday words ("broader one") say nothing of the field. */
const EVERYDAY = new Set(["wider", "broader", "broad", "whole", "field", "as", "a", "one", "the", "it", "hit"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

function fieldPhrases(): string[] {
  const knowledge = shippedKnowledge();
  const names = [...knowledge.careers.values()].flatMap((c) => [c.name, c.plural, ...c.aliases]).map((n) => n.toLowerCase());
  const glossary = knowledge.glossary.flatMap((t) => [t.term, t.expansion]).map((n) => n.toLowerCase());
  const own = [...names, ...glossary].filter((phrase) => phrase.split(/\s+/).some((word) => !EVERYDAY.has(word)));
  // Two-letter acronyms ("ms") are too common in code to say anything.
  return [...new Set([...FIELD_WORDS, ...own])].filter((phrase) => phrase.length > 2);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("src/", () => {
  it("names no word of the shipped field, its careers, its documents or its acronyms", () => {
    const patterns = fieldPhrases().map((phrase) => ({ phrase, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`, "iu") }));
    const found = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => patterns.filter(({ pattern }) => pattern.test(line)).map(({ phrase }) => `${file.slice(SRC.length)}:${i + 1}: "${phrase}" in ${line.trim()}`)),
    );
    expect(found, found.join("\n")).toEqual([]);
  });

  it("is checked against the shipped field's own names", () => {
    const phrases = fieldPhrases();
    expect(phrases).toEqual(expect.arrayContaining(["health information technician", "database administrator", "himss", "bls", "article"]));
  });
});
