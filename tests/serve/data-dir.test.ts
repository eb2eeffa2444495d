import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { exitsWithin, startCli } from "./process.js";

describe("serve with a data folder it cannot write", () => {
  it("exits at the start with a message naming DATA_DIR", async () => {
    const dir = mkdtempSync(join(tmpdir(), "career-advisor-data-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    // Tests run as root, who may write any folder: a folder under a file cannot be made by anyone.
    const running = startCli(["serve"], { API_KEYS: "k".repeat(24), DATA_DIR: join(file, "records") });
    const code = await exitsWithin(running, 20_000);
    expect(code).not.toBe(0);
    expect(running.output()).toContain(`DATA_DIR: cannot write records to ${join(file, "records")}`);
    expect(running.output()).not.toContain("listening on");
  });
});
