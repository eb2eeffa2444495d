import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { startCli } from "./process.js";

// One API key sending long questions as fast as it may must not stall anything else the process serves: a question
// is read in time proportional to its length, and its checks, records and summary stay small, so a health probe is
// answered promptly throughout the burst.

const KEY = "burst-key-0123456789abcdef";
const QUESTIONS = 120;
const LENGTH = 9_999;
const HEALTH_BOUND_MS = 100;

/**
 * Sends the burst from a process of its own, so that sending it does not delay the probes: each question long, made
 * of what once took masking longest (characters of an e-mail address, and no "@"). Prints the statuses.
 */
const BURST = `
const [base, key] = process.argv.slice(1);
const question = (n) => ("what do astronauts earn " + n + " " + "a.b_c-d+e%f".repeat(${LENGTH})).slice(0, ${LENGTH});
const ask = async (n) => {
  const response = await fetch(base + "/v1/ask", { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer " + key }, body: JSON.stringify({ text: question(n) }) });
  await response.arrayBuffer();
  return response.status;
};
const statuses = await Promise.all(Array.from({ length: ${QUESTIONS} }, (_, n) => ask(n)));
process.stdout.write(JSON.stringify(statuses));
`;

function burst(base: string): Promise<number[]> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", BURST, base, KEY], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output) as number[]) : reject(new Error(`the burst failed (${code})`)))));
}

describe("a burst of long questions to the HTTP API", () => {
  it(`leaves /healthz answering within ${HEALTH_BOUND_MS} ms throughout`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "career-advisor-burst-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const running = startCli(["serve"], { API_KEYS: KEY, DATA_DIR: dir });
    const base = `http://127.0.0.1:${await running.port()}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    let bursting = true;
    const probes: number[] = [];
    const probing = (async () => {
      while (bursting) {
        const start = performance.now();
        const response = await fetch(`${base}/healthz`);
        await response.arrayBuffer();
        probes.push(performance.now() - start);
        expect(response.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const asked = await burst(base).finally(() => (bursting = false));
    await probing;

    expect(asked).toEqual(Array(QUESTIONS).fill(200));
    expect(probes.length, "probes made during the burst").toBeGreaterThan(3);
    expect(Math.max(...probes), `slowest of ${probes.length} probes, in ms: ${probes.map(Math.round).join(" ")}`).toBeLessThan(HEALTH_BOUND_MS);
  }, 60_000);
});
