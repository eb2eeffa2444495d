import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/authoring.js";
import { conversationsWith, converse, copyOfKnowledge } from "../helpers.js";

const TRADES = fileURLToPath(new URL("../packs/trades", import.meta.url));

function edit(dir: string, file: string, change: (text: string) => string): void {
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
}

/** The trades pack, edited the way a career centre would edit its own folder. */
function tradesWith(...edits: [file: string, change: (text: string) => string][]) {
  const dir = copyOfKnowledge(TRADES);
  for (const [file, change] of edits) edit(dir, file, change);
  return conversationsWith(loadKnowledge(dir));
}

describe("an advisor for another field", () => {
  const advisor = conversationsWith(loadKnowledge(TRADES));
  const ask = (text: string) => converse(advisor, text)[0]!;

  it("says hourly figures per hour, to the cent, and never as a year", () => {
    const reply = ask("how much do plumbers make");
    expect(reply.text).toContain("$28.75 an hour");
    expect(reply.text).not.toMatch(/\$29\b|\$28\.75 a year/);
  });

  it("compares figures only in the unit they share, and says nothing of different surveys when they share one", () => {
    const reply = ask("who makes more, electricians or plumbers?");
    expect(reply.text).toMatch(/Electricians: median \$29\.50 an hour and median \$61,360 a year/);
    expect(reply.text).toContain("$28.75 an hour");
    expect(reply.text).toContain("Electricians earn more in these figures.");
  });

  it("says its projections' period once", () => {
    const text = ask("what's the job outlook for electricians?").text;
    expect(text.match(/2022 to 2032/g)).toHaveLength(1);
  });

  it("says so when asked why a projection grows and the sources give no reason", () => {
    const [, why] = converse(advisor, "job outlook for plumbers?", "why is it growing?");
    expect(why!.text).toContain("no reason");
  });

  it("greets, helps and thanks in its own field's words", () => {
    const [hi, help, thanks] = converse(advisor, "hi", "help", "thanks");
    expect(hi!.text).toContain("skilled trades");
    expect(help!.text).toContain("how much do electricians make an hour?");
    expect(thanks!.text).toContain("skilled trades");
    expect(hi!.suggestions).toEqual(["How much do electricians earn?", "What training do plumbers need?", "Do HVAC technicians need a certification?"]);
  });
});

describe("a career centre's own edits", () => {
  it("reads a background phrase that is also a career's name as the asker's job when they speak of themselves, and as the career otherwise", () => {
    const advisor = tradesWith(
      ["vocabulary.yaml", (t) => t.replace("backgrounds:\n", "backgrounds:\n  it: [electrician, electricians]\n")],
      ["careers/hvac-technician.yaml", (t) => `${t}\npaths:\n  it:\n    - text: "Electricians can move into HVAC work after a short controls course."\n      sources: [apprenticeship-guide]\n`],
    );
    const [asker] = converse(advisor, "I'm an electrician, how do I get in?");
    expect(asker!.text).toContain("controls course");
    expect(asker!.text).not.toContain("apprenticeship with a contractor");
    const [career] = converse(advisor, "how do I become an electrician?");
    expect(career!.text).toContain("apprenticeship with a contractor");
  });

  it("lets a career's own file say what it leaves out, and no other career's", () => {
    const advisor = tradesWith(["careers/plumber.yaml", (t) => `${t}\nnotCovered:\n  - what: pay for gas work\n    asked: [gas work, gas fitting]\n`]);
    const [plumber, electrician] = converse(advisor, "do plumbers earn more for gas work?", "what about electricians?");
    expect(plumber!.text).toMatch(/^My sources don't cover pay for gas work for plumbers/);
    expect(electrician!.text).not.toContain("gas work");
  });

  it("names and offers every career of a field with more careers than a list shows at once", () => {
    const dir = copyOfKnowledge(TRADES);
    for (const [id, name] of [["welder", "Welder"], ["carpenter", "Carpenter"], ["roofer", "Roofer"], ["glazier", "Glazier"], ["mason", "Mason"], ["painter", "Painter"]]) {
      writeFileSync(
        join(dir, "careers", `${id}.yaml`),
        `id: ${id}\nname: ${name}\nplural: ${id}s\naliases: [${id}]\ntopics:\n  education:\n    points:\n      - text: "${name}s train through an apprenticeship."\n        sources: [apprenticeship-guide]\n`,
      );
    }
    const advisor = conversationsWith(loadKnowledge(dir));
    const [help] = converse(advisor, "help");
    for (const name of ["electricians", "plumbers", "welders", "roofers", "painters", "masons", "glaziers", "carpenters"]) expect(help!.text).toContain(name);
    const [which] = converse(advisor, "what training do I need?");
    expect(which!.kind === "clarify" && which!.options.length).toBe(9);
    const [, picked] = converse(advisor, "what training do I need?", "9");
    expect(picked!.kind).toBe("answer");
  });
});
