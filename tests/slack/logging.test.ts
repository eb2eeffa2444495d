import { expect, test } from "vitest";
import { toBoltLogger } from "../../adapters/slack/bolt-logger.js";
import { RESPONSE_URL_PATTERNS } from "../../adapters/slack/redact.js";
import { createLogger } from "../../adapters/log.js";

function capture() {
  const lines: string[] = [];
  const logger = toBoltLogger(createLogger({ secrets: ["xoxb-1111-secret-token"], patterns: RESPONSE_URL_PATTERNS, write: (line) => lines.push(line) }));
  return { lines, logger };
}

test("library log lines are redacted: tokens and response_urls, Slack's and a stand-in's", () => {
  const { lines, logger } = capture();
  logger.warn("posting to", "https://hooks.slack.com/commands/T0001/123/AbCdEfSeCrEt failed");
  logger.error("with xoxb-1111-secret-token", new Error("to https://hooks.slack.com/actions/T0001/456/XyZsEcReT"));
  logger.info({ response_url: "http://127.0.0.1:4000/commands/T0001/7/standin-secret" });
  const all = lines.join("\n");
  for (const secret of ["AbCdEfSeCrEt", "XyZsEcReT", "standin-secret", "xoxb-1111-secret-token"]) expect(all).not.toContain(secret);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain("Error: to [redacted]");
});

test("library debug lines, which dump whole payloads, are dropped", () => {
  const { lines, logger } = capture();
  logger.debug("payload", { response_url: "https://hooks.slack.com/commands/T0001/1/x" });
  expect(lines).toEqual([]);
});
