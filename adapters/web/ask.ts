import type { Context } from "hono";
import { z } from "zod";
import { readJsonBody } from "../http/json-request.js";
import { refuseTooMany } from "../http/rate-limit-headers.js";
import { refuse, type ApiEnv } from "../http/refuse.js";
import type { StoreRateLimiter } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { Pipeline } from "../runtime/pipeline.js";
import { describeIssue, toOutput } from "../wire.js";
import { CONVERSATION_ID, conversationOf, keepConversation } from "./conversation.js";
import type { OriginPolicy } from "./origins.js";

export const QUESTION_MAX = 500;

export const WebQuestion = z.strictObject({
  question: z.string().trim().min(1, "type a question").max(QUESTION_MAX, `at most ${QUESTION_MAX} characters`),
  conversation: z.string().regex(CONVERSATION_ID, "expected the id the chat gave").optional(),
});

// A question of at most 500 characters, JSON-escaped, fits with room to spare.
const BODY_LIMIT = 8 * 1024;
const NOT_JSON = 'not valid JSON; expected {"question": string, "conversation"?: string}';

export type AskHandlerOptions = {
  /** The web channel's pipeline, its rate limit counted per visitor (per conversation). */
  ask: Pipeline;
  /** Counted per origin: one site's visitors together, however many conversations they start. */
  rateLimiter: StoreRateLimiter;
  policy: OriginPolicy;
  logger: Logger;
  base: string;
};

/** POST {base}/api/ask: a question from the chat page (or a listed site), the reply as the page shows it. */
export function askHandler({ ask, rateLimiter, policy, logger, base }: AskHandlerOptions) {
  return async (c: Context<ApiEnv>) => {
    const origin = policy.admit(c.req.header("origin"), new URL(c.req.url).host);
    if (!origin) {
      logger.debug("web chat: refused a request from an origin not in WEB_CHAT_ORIGINS", { origin: c.req.header("origin") ?? null });
      return c.json({ error: "this site may not use the chat; its origin is not in WEB_CHAT_ORIGINS" }, 403);
    }
    const body = await readJsonBody(c, BODY_LIMIT, NOT_JSON);
    if (body instanceof Response) return body;
    const parsed = WebQuestion.safeParse(body.input);
    if (!parsed.success) return refuse(c, 400, describeIssue(parsed.error.issues, "the body"));
    const admission = await rateLimiter.take(origin).catch((error: unknown) => {
      logger.warn("the web chat's origin limit could not be checked; letting the question through", error, { origin });
      return { allowed: true as const };
    });
    if (!admission.allowed) return refuseTooMany(c, admission.retryInMs, "too many questions from this site just now");
    const conversation = conversationOf(c, parsed.data.conversation);
    const question = parsed.data.question;
    const outcome = await ask(conversation, { text: question, conversationId: `web:${conversation}` });
    if (outcome.kind === "refused") return refuseTooMany(c, outcome.retryInMs, "too many questions just now");
    keepConversation(c, conversation, base);
    // An apology is a reply like any other.
    return c.json(toOutput(conversation, question, outcome.reply));
  };
}
