import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";
import { createRecording, type Recording } from "../slack/recording.js";

// The built command, as an operator or a supervisor starts it; `npm test` builds first.
const CLI = fileURLToPath(new URL("../../dist/adapters/cli.js", import.meta.url));

/** Variables that would turn a channel on from the test runner's own environment are cleared first. */
const CLEARED = ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID", "DISCORD_API_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "API_KEYS", "API_RATE_LIMIT", "WEB_CHAT", "WEB_CHAT_ORIGINS", "PORT", "HOST", "METRICS_PORT", "METRICS_TOKEN", "LOG_LEVEL", "LOG_FORMAT", "CAREER_ADVISOR_KNOWLEDGE"];

export type Running = {
  child: ChildProcess;
  /** Everything written to stdout and stderr, one item per line. */
  lines: Recording<string>;
  output(): string;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<number | NodeJS.Signals>;
  /** Resolves with the port from the "listening on" line. */
  port(): Promise<number>;
};

export function startCli(args: string[], env: Record<string, string>): Running {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !CLEARED.includes(name)));
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...clean, HOST: "127.0.0.1", PORT: "0", ...env }, cwd: tmpdir(), stdio: ["ignore", "pipe", "pipe"] });
  const lines = createRecording<string>((line) => line);
  const chunks: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      chunks.push(chunk);
      const parts = (partial + chunk).split("\n");
      partial = parts.pop()!;
      for (const part of parts) if (part) lines.push(part);
    });
  }
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal!)));
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
  });
  return {
    child,
    lines,
    output: () => chunks.join(""),
    exited,
    async port() {
      const line = await lines.waitFor((item) => /listening on .* port \d+/.test(item), 20_000);
      return Number(/port (\d+)/.exec(line)![1]);
    },
  };
}

/** Ends within `ms`, or fails the test saying it did not. */
export async function exitsWithin(running: Running, ms: number): Promise<number | NodeJS.Signals> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`still running after ${ms} ms:\n${running.output()}`)), ms)));
  try {
    return await Promise.race([running.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A port free on 127.0.0.1 just now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
