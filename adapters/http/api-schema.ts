import { z } from "zod";
import { BatchLine } from "../terminal/batch.js";

// The API's request and response shapes, once: the OpenAPI document is generated from them and the tests
// check real responses against them, so the document cannot drift from what the server sends.

export const AskRequest = BatchLine;

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
});

export const ApiError = z.strictObject({ error: z.string() });

/** Largest request body accepted, in bytes. */
export const BODY_LIMIT = 16 * 1024;
