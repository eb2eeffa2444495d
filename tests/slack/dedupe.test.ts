import { expect, test } from "vitest";
import { answerEachEventOnce } from "../../adapters/slack/dedupe.js";

type Args = Parameters<ReturnType<typeof answerEachEventOnce>>[0];
const args = (body: object, next: () => Promise<void>) => ({ body, next }) as unknown as Args;
import { createRecentKeys } from "../../src/index.js";

test("an event is let through once even after 20,000 others and six minutes, and again only after the memory expires", async () => {
  let now = 0;
  const dedupe = answerEachEventOnce(createRecentKeys({ ttlMs: 15 * 60_000, now: () => now }));
  const passed: string[] = [];
  const deliver = (eventId: string) =>
    dedupe(args({ event_id: eventId }, async () => void passed.push(eventId)));

  await deliver("Ev0FIRST");
  for (let n = 0; n < 20_000; n++) await deliver(`Ev${n}`);
  now = 6 * 60_000;
  await deliver("Ev0FIRST");
  expect(passed.filter((id) => id === "Ev0FIRST")).toHaveLength(1);
  expect(passed).toHaveLength(20_001);

  now = 16 * 60_000;
  await deliver("Ev0FIRST");
  expect(passed.filter((id) => id === "Ev0FIRST")).toHaveLength(2);
});

test("commands and button presses, which carry no event id, always pass", async () => {
  const dedupe = answerEachEventOnce();
  let passed = 0;
  for (let n = 0; n < 2; n++) {
    await dedupe(args({ command: "/career" }, async () => void passed++));
  }
  expect(passed).toBe(2);
});
