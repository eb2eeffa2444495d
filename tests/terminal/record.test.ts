import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { linesIn, scratchDir } from "../records/scratch.js";

const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));

function run(args: string[], dataDir: string, input = "") {
  const env = { ...process.env, CAREER_ADVISOR_KNOWLEDGE: "", DATA_DIR: dataDir };
  const result = spawnSync(process.execPath, [CLI, ...args], { input, env, encoding: "utf8", cwd: scratchDir() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the terminal commands' records", () => {
  it("write nothing without --record", () => {
    const data = join(scratchDir(), "data");
    expect(run(["ask", "what do astronauts earn?"], data).code).toBe(0);
    expect(run(["batch"], data, '{"text":"what do astronauts earn?"}\n').code).toBe(0);
    expect(run(["chat"], data, "what do astronauts earn?\nexit\n").code).toBe(0);
    expect(existsSync(data)).toBe(false);
  });

  it("record what they could not answer with --record, as the channel 'terminal'", () => {
    const data = join(scratchDir(), "data");
    expect(run(["ask", "--record", "what do astronauts earn?"], data).code).toBe(0);
    expect(run(["ask", "--record", "how much do health information technicians make?"], data).code).toBe(0);
    expect(run(["batch", "--record"], data, '{"text":"what certs should I get?"}\n').code).toBe(0);
    expect(run(["chat", "--record"], data, "what do pilots earn? call 555-867-5309\nexit\n").code).toBe(0);
    expect(linesIn(data).map(({ channel, kind, question }) => [channel, kind, question])).toEqual([
      ["terminal", "fallback", "what do astronauts earn?"],
      ["terminal", "clarify", "what certs should I get?"],
      ["terminal", "fallback", "what do pilots earn? call [phone]"],
    ]);
  });
});
