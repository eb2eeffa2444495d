import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

export const CONVERSATION_COOKIE = "conversation";

/** 128 random bits, base64url: unguessable, so holding one is the only way into a conversation. */
export const CONVERSATION_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * The conversation a question belongs to: the one the page names (it keeps the id in memory, as an embedded page's
 * cookie is a third-party one that browsers may drop), else the cookie's, else a new one.
 */
export function conversationOf(c: Context, named: string | undefined): string {
  if (named) return named;
  const cookie = getCookie(c, CONVERSATION_COOKIE);
  return cookie && CONVERSATION_ID.test(cookie) ? cookie : randomBytes(16).toString("base64url");
}

/**
 * The only cookie the chat sets: the conversation id, for this path alone, never readable by scripts, and gone when
 * the browser closes (the store forgets the conversation itself after half an hour of quiet).
 */
export function keepConversation(c: Context, id: string, base: string): void {
  const https = new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
  setCookie(c, CONVERSATION_COOKIE, id, { path: base, httpOnly: true, sameSite: "Strict", secure: https });
}
