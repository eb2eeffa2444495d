import { z } from "zod";
import { AskReply, AskRequest, ApiError, BODY_LIMIT, FeedbackRequest, FeedbackResult } from "../api-schema.js";
import type { Route } from "../app.js";
import { ASK_PATH } from "./ask.js";
import { FEEDBACK_PATH } from "./feedback.js";

export const OPENAPI_PATH = "/v1/openapi.json";

const schema = (type: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(type) as Record<string, unknown>;
  return rest;
};

const seconds = (description: string) => ({ description, schema: { type: "integer" } });
const RETRY_AFTER = { "Retry-After": seconds("seconds to wait") };
const RATE_LIMIT = {
  "RateLimit-Policy": { description: "the key's limit and its window: `<limit>;w=<seconds>`", schema: { type: "string" } },
  "RateLimit-Limit": seconds("requests allowed per window"),
  "RateLimit-Remaining": seconds("requests left in this window"),
  "RateLimit-Reset": seconds("seconds until the window starts afresh"),
};

const error = (description: string, headers?: object) => ({
  description,
  ...(headers && { headers }),
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "career-advisor",
      version,
      description: "Ask the career advisor a question; the reply is the object one line of `career-advisor batch` prints.",
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "one of the keys in API_KEYS" } },
      schemas: {
        AskRequest: schema(AskRequest),
        Reply: schema(AskReply),
        FeedbackRequest: schema(FeedbackRequest),
        FeedbackResult: schema(FeedbackResult),
        Error: schema(ApiError),
      },
    },
    security: [{ apiKey: [] }],
    paths: {
      [ASK_PATH]: {
        post: {
          operationId: "ask",
          summary: "Ask one question",
          description: "Questions with the same `conversation` share context (per API key); one without stands alone.",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/AskRequest" } } } },
          responses: {
            "200": { description: "the reply", headers: RATE_LIMIT, content: { "application/json": { schema: { $ref: "#/components/schemas/Reply" } } } },
            "400": error("the body is not JSON, or lacks a string `text`; `error` names the field"),
            "401": error("no API key, or one not in API_KEYS"),
            "413": error(`the body is over ${BODY_LIMIT} bytes`),
            "415": error("the body is not sent as application/json"),
            "429": error("this key asked too often", { ...RETRY_AFTER, ...RATE_LIMIT }),
            "503": error("the server has too many requests at once, or is stopping", RETRY_AFTER),
          },
        },
      },
      [FEEDBACK_PATH]: {
        post: {
          operationId: "giveFeedback",
          summary: "Say whether a reply helped",
          description: "One vote per voter and reply: the same vote again changes nothing, the other one replaces it.",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/FeedbackRequest" } } } },
          responses: {
            "200": { description: "the vote counted", headers: RATE_LIMIT, content: { "application/json": { schema: { $ref: "#/components/schemas/FeedbackResult" } } } },
            "400": error("the body is not JSON, or a field is missing or wrong; `error` names the field"),
            "401": error("no API key, or one not in API_KEYS"),
            "404": error("no reply with that id, or one older than seven days"),
            "413": error(`the body is over ${BODY_LIMIT} bytes`),
            "415": error("the body is not sent as application/json"),
            "429": error("this key voted too often", { ...RETRY_AFTER, ...RATE_LIMIT }),
            "503": error("the vote could not be saved just now, or the server has too many requests at once", RETRY_AFTER),
          },
        },
      },
    },
  };
}

export function openApiRoute(version: string): Route {
  const document = openApiDocument(version);
  return { method: "GET", path: OPENAPI_PATH, handle: (c) => c.json(document) };
}
