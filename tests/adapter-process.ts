import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";

/** A built module under dist/adapters/, for a script that runs an adapter in a process of its own. */
export const dist = (path: string) => fileURLToPath(new URL(`../dist/adapters/${path}`, import.meta.url));

/** The start of such a script: a logger, an embedded store, and an advisor that echoes the question. */
export const ADAPTER_SCRIPT_START = `
  const { createLogger } = await import(${JSON.stringify(dist("log.js"))});
  const { createEmbeddedStore } = await import(${JSON.stringify(dist("../src/store/index.js"))});
  const store = createEmbeddedStore({ logger: { info() {}, warn() {} } });
  const advisor = {
    ask: async (question) => ({ kind: "answer", title: "Pay", text: "You asked: " + question.text, sources: [], suggestions: [], careerIds: [], topic: "pay" }),
    async forget() {},
  };
`;

/** Runs a script in a process of its own, killed when the test ends; resolves once it writes its first line. */
export async function startAdapterProcess(script: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  onTestFinished(() => void child.kill("SIGKILL"));
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const [line] = (await once(child.stdout, "data")) as [Buffer];
  return {
    firstLine: String(line),
    stderr: () => stderr,
    /** Sends SIGTERM and gives the exit code, failing if the process is still running after `withinMs`. */
    async stop(withinMs = 5_000): Promise<number> {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = (await Promise.race([exited, new Promise((_, reject) => setTimeout(() => reject(new Error(`still running; stderr: ${stderr}`)), withinMs))])) as [number];
      return code;
    },
  };
}
