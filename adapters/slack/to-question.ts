import type { Question } from "../../src/index.js";

// Every Slack surface becomes a Question here. The conversation id decides what the advisor remembers:
// a thread is one conversation whoever writes in it; outside threads each person has their own per channel or DM.

export function conversationId(channel: string, threadOrUser: string): string {
  return `slack:${channel}:${threadOrUser}`;
}

export type SlackMessageEvent = {
  text?: string;
  channel: string;
  user?: string;
  ts: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
};

/** Bots (this app included) and edits, joins and other message subtypes are not someone asking. */
export function isFromPerson(event: SlackMessageEvent): event is SlackMessageEvent & { user: string } {
  return typeof event.user === "string" && !event.bot_id && event.subtype === undefined;
}

export function fromCommand(command: { text: string; channel_id: string; user_id: string }): Question {
  return { text: plainText(command.text), conversationId: conversationId(command.channel_id, command.user_id) };
}

/**
 * The answer to a mention in a channel goes into its thread, which a top-level mention starts, so the thread is the
 * conversation. The space the app's own mention leaves behind is the app's doing, not the person's, so it goes too.
 */
export function fromMention(event: SlackMessageEvent, botUserId?: string): Question {
  return { text: plainText(event.text ?? "", botUserId).trim(), conversationId: conversationId(event.channel, event.thread_ts ?? event.ts) };
}

export function fromDirectMessage(event: SlackMessageEvent & { user: string }): Question {
  return { text: plainText(event.text ?? ""), conversationId: conversationId(event.channel, event.thread_ts ?? event.user) };
}

/** A pressed suggestion asks in the conversation of the message that carried it. */
export function fromButton(press: { text: string; channel: string; user: string; threadTs?: string }): Question {
  return { text: press.text, conversationId: conversationId(press.channel, press.threadTs ?? press.user) };
}

/**
 * Slack delivers message text with `&`, `<`, `>` encoded and mentions, channels and links as `<…>` tokens;
 * the advisor gets what the person saw: `@name`, `#channel`, link labels, and none of the app's own mentions.
 * Whitespace and other noise are left for the advisor, which is built to cope with them.
 */
export function plainText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_token, inner: string) => readable(inner, botUserId))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function readable(inner: string, botUserId?: string): string {
  const bar = inner.indexOf("|");
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? "" : inner.slice(bar + 1);
  if (botUserId && target === `@${botUserId}`) return "";
  const sigil = target[0] === "@" || target[0] === "#" ? target[0] : "";
  if (label) return sigil && !label.startsWith(sigil) ? sigil + label : label;
  return target.startsWith("!") ? "@" + target.slice(1) : target;
}
