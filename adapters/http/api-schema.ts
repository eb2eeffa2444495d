import { z } from "zod";
import { BatchLine } from "../wire.js";

// The API's request and response shapes, once: the OpenAPI document is generated from them and the tests
// check real responses against them, so the document cannot drift from what the server sends. Requests ignore
// fields they do not know, so a client may send more than this version reads.

export const AskRequest = z.object(BatchLine.shape);

const Source = z.strictObject({ id: z.string(), title: z.string() });

export const AskReply = z.strictObject({
  conversation: z.string().nullable().describe("the conversation given in the request, or null"),
  question: z.string(),
  kind: z.enum(["answer", "clarify", "fallback", "smalltalk"]).describe("clarify: pick one of `options` and ask it"),
  text: z.string().describe("plain text; paragraphs separated by a blank line"),
  title: z.string().nullable(),
  sources: z.array(Source),
  suggestions: z.array(z.string()).describe("follow-up questions, each worded to be asked as-is"),
  options: z.array(z.string()),
  id: z.string().nullable().describe("the reply's id, to send with POST /v1/feedback; null for an apology"),
});

export const FeedbackRequest = z.object({
  reply: z.string().describe("the `id` of a reply from POST /v1/ask, within seven days of it"),
  vote: z.enum(["helpful", "not-helpful"]),
  voter: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("who votes, in your own terms (a user of your site): one vote per voter and reply; without it, the key itself votes"),
});

export const FeedbackResult = z.strictObject({
  reply: z.string(),
  vote: z.enum(["helpful", "not-helpful"]),
  outcome: z.enum(["recorded", "changed", "unchanged"]).describe("changed: this voter's earlier vote on the reply was the other one; unchanged: the same vote again"),
});

export const ApiError = z.strictObject({ error: z.string() });

/** Largest request body accepted, in bytes. */
export const BODY_LIMIT = 16 * 1024;
