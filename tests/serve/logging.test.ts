import { describe, expect, it, vi } from "vitest";
import { createLogger } from "../../adapters/log.js";

const SECRET = "xoxb-1111-secret-token";

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const logger = createLogger({ secrets: [SECRET], patterns: [/https:\/\/hooks\.example\/[^\s"]+/], write: (line) => lines.push(line), ...options });
  return { lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), logger };
}

describe("the logger", () => {
  it("writes one JSON object a line, with structured fields and the error described in the message", () => {
    const { lines, entries, logger } = capture();
    logger.info("answered", { channel: "api", kind: "answer", latencyMs: 0.4 });
    logger.error("answering failed", Object.assign(new Error("boom"), { code: "E_BOOM" }), { channel: "slack" });
    logger.child({ channel: "discord" }).warn("gateway connection error");
    expect(lines.every((line) => line.endsWith("\n"))).toBe(true);
    expect(entries()).toEqual([
      { level: "info", time: expect.any(String), channel: "api", kind: "answer", latencyMs: 0.4, msg: "answered" },
      { level: "error", time: expect.any(String), channel: "slack", msg: "answering failed: Error: boom code=E_BOOM" },
      { level: "warn", time: expect.any(String), channel: "discord", msg: "gateway connection error" },
    ]);
  });

  it("redacts secrets and secret-bearing URLs wherever they appear: message, error or fields", () => {
    const { lines, logger } = capture();
    logger.info(`token ${SECRET}`, { url: "https://hooks.example/T1/abc" });
    logger.warn("failed", new Error(`posting to https://hooks.example/T1/def with ${SECRET}`));
    const all = lines.join("");
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain("hooks.example/T1");
    expect(all.match(/\[redacted\]/g)).toHaveLength(4);
  });

  it("logs debug lines only at LOG_LEVEL=debug, and refuses a level it does not know", () => {
    expect(capture().lines).toEqual([]);
    const quiet = capture();
    quiet.logger.debug("question", { text: "what certs?" });
    expect(quiet.lines).toEqual([]);
    vi.stubEnv("LOG_LEVEL", "debug");
    try {
      const verbose = capture();
      verbose.logger.debug("question", { text: "what certs?" });
      expect(verbose.entries()).toEqual([expect.objectContaining({ level: "debug", text: "what certs?" })]);
      vi.stubEnv("LOG_LEVEL", "loud");
      expect(() => capture()).toThrow(/LOG_LEVEL must be one of/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("writes readable lines instead when asked for pretty output", () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => lines.push(String(chunk)) > 0);
    try {
      createLogger({ format: "pretty", secrets: [SECRET] }).info(`connected with ${SECRET}`, { channel: "discord" });
    } finally {
      spy.mockRestore();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO.*connected with \[redacted\].*channel.*discord/);
    expect(() => JSON.parse(lines[0]!)).toThrow();
  });
});
