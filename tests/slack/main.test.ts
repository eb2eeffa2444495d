import { expect, onTestFinished, test, vi } from "vitest";
import { ConfigError } from "../../adapters/config.js";
import { startServe } from "../../adapters/serve/main.js";
import { BOT_TOKEN } from "./harness.js";
import { createRecording } from "./recording.js";
import { SIGNING_SECRET } from "./signed.js";
import { startStandIn, type StandIn } from "./stand-in.js";

// `career-advisor slack` as the command line runs it: settings from the environment, logs on stderr.

const APP_TOKEN = "xapp-1-A0CAREER-1-stand-in-app-token";

async function environment(): Promise<{ standIn: StandIn; stderr: ReturnType<typeof createRecording<string>> }> {
  const standIn = await startStandIn();
  onTestFinished(() => standIn.close());
  vi.stubEnv("SLACK_BOT_TOKEN", BOT_TOKEN);
  vi.stubEnv("SLACK_SIGNING_SECRET", SIGNING_SECRET);
  vi.stubEnv("SLACK_APP_TOKEN", "");
  vi.stubEnv("SLACK_API_URL", standIn.apiUrl);
  vi.stubEnv("PORT", "0");
  onTestFinished(() => void vi.unstubAllEnvs());
  const stderr = createRecording<string>((line) => line);
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr.push(String(chunk));
    return true;
  });
  onTestFinished(() => write.mockRestore());
  return { standIn, stderr };
}

test("it serves HTTP with a health check until SIGTERM, then stops, and logs no secret", async () => {
  const { stderr } = await environment();
  const before = new Set(process.listeners("SIGTERM"));

  const running = startServe({ only: "slack" }).then(({ finished }) => finished);
  const listening = await Promise.race([stderr.waitFor((line) => line.includes("listening on")), running.then(() => "returned early")]);
  const port = /port (\d+)/.exec(listening)?.[1];
  expect(port).toBeDefined();
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

  const stop = process.listeners("SIGTERM").find((listener) => !before.has(listener));
  expect(stop).toBeDefined();
  stop!("SIGTERM");
  await running;

  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  expect(process.listeners("SIGTERM").filter((listener) => !before.has(listener))).toEqual([]);
  expect(process.listeners("SIGINT").includes(stop as NodeJS.SignalsListener)).toBe(false);
  const output = stderr.items.join("");
  expect(output).toContain("SIGTERM received");
  expect(output).not.toContain(BOT_TOKEN);
  expect(output).not.toContain(SIGNING_SECRET);
});

test("a bot token Slack rejects stops it with a message naming SLACK_BOT_TOKEN", async () => {
  const { standIn } = await environment();
  standIn.failWith("auth.test", { error: "invalid_auth" });

  // Logged where it happened, naming the channel; the command then only exits non-zero.
  const failure = await startServe({ only: "slack" }).then(
    () => undefined,
    (error: unknown) => (error as Error).cause,
  );
  expect(failure).toBeInstanceOf(ConfigError);
  expect((failure as Error).message).toContain("Slack rejected SLACK_BOT_TOKEN (invalid_auth)");
  expect((failure as Error).message).toContain("OAuth & Permissions");
  expect((failure as Error).message).not.toContain(BOT_TOKEN);
});

test("in Socket Mode an app token Slack rejects stops it with a message naming SLACK_APP_TOKEN", async () => {
  const { standIn } = await environment();
  vi.stubEnv("SLACK_APP_TOKEN", APP_TOKEN);
  standIn.failWith("apps.connections.open", { error: "invalid_auth" });

  // Logged where it happened, naming the channel; the command then only exits non-zero.
  const failure = await startServe({ only: "slack" }).then(
    () => undefined,
    (error: unknown) => (error as Error).cause,
  );
  expect(failure).toBeInstanceOf(ConfigError);
  expect((failure as Error).message).toContain("Slack rejected SLACK_APP_TOKEN (invalid_auth)");
  expect((failure as Error).message).not.toContain(APP_TOKEN);
});
