import type { Message } from "discord.js";
import type { Question } from "../../src/index.js";

/** Context is kept per person and per channel; a thread is a channel of its own, so it gets its own context. */
export function conversationId(channelId: string | null, userId: string): string {
  return `discord:${channelId ?? "direct"}:${userId}`;
}

/** The bot's own mention is how the question was addressed, not part of it. */
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`\\s*<@!?${botId}>\\s*`, "g"), " ").trim();
}

/**
 * The question a message asks the bot: a direct message, or a server message that mentions the bot itself
 * (a mention of @everyone or of a role does not count). Nothing for bots, system messages and the rest.
 */
export function questionFromMessage(message: Message, botId: string): Question | undefined {
  if (message.author.bot || message.system) return undefined;
  if (message.inGuild() && !message.mentions.users.has(botId)) return undefined;
  return { text: stripMention(message.content, botId), conversationId: conversationId(message.channelId, message.author.id) };
}
