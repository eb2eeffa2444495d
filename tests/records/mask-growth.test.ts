import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Masking runs on every question before its reply is kept, so its time must grow in step with the question's
// length: a pattern that reads the rest of the text from each position would let one long question stall every
// channel. Each kind of text below made some pattern quadratic, or would if written carelessly; timed in a process
// of its own, four times the length must cost about four times as much (sixteen, if quadratic).

const MASK = fileURLToPath(new URL("../../dist/src/records/mask.js", import.meta.url));

const ADVERSARIAL: Record<string, string> = {
  "an address's characters without an @": `"a".repeat(n)`,
  "an @ then a domain without a dot": `"a@" + "a-".repeat(n / 2)`,
  "many @s": `"a@".repeat(n / 2)`,
  "dots without a top-level part": `"a@" + "b.".repeat(n / 2) + "@"`,
  "digits with separators": `"1 ".repeat(n / 2) + "x"`,
  "a digit then separators": `("1" + " ".repeat(49)).repeat(n / 50)`,
  "opened parentheses": `"(1".repeat(n / 2) + "x"`,
  "mention starts": `"<@".repeat(n / 2)`,
  "spaces around a mention": `"a  ".repeat(n / 3) + "<@x>"`,
};

const SCRIPT = `
const { maskPersonalDetails } = await import(${JSON.stringify(MASK)});
const cost = (text) => {
  let best = Infinity;
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint();
    maskPersonalDetails(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
};
const results = {};
for (const [name, make] of Object.entries({ ${Object.entries(ADVERSARIAL)
  .map(([name, make]) => `${JSON.stringify(name)}: (n) => ${make}`)
  .join(", ")} })) {
  cost(make(2_000));
  results[name] = { small: cost(make(25_000)), large: cost(make(100_000)) };
}
process.stdout.write(JSON.stringify(results));
`;

describe("masking a long question", () => {
  it("takes time in proportion to its length, whatever the text", () => {
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", SCRIPT], { encoding: "utf8", timeout: 60_000 });
    expect(result.stderr).toBe("");
    const costs = JSON.parse(result.stdout) as Record<string, { small: number; large: number }>;
    for (const [name, { small, large }] of Object.entries(costs)) {
      // Generous for a shared machine: a quadratic pattern takes 16× as long, and seconds at this length.
      expect({ name, small, large, within: large < 250 && large / Math.max(small, 2) < 9 }).toMatchObject({ name, within: true });
    }
  });
});
