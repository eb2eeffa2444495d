import { escapeMarkdown, type APIEmbed, type BaseMessageOptions } from "discord.js";
import { sourcesLine, type Reply } from "../../src/index.js";
import { feedbackButtons, questionButtons } from "./buttons.js";
import { codePointLength, splitToFit, truncateToFit } from "./fit.js";

/** Discord's documented limits, in characters (code points). */
export const LIMITS = { content: 2_000, title: 256, description: 4_096, footer: 2_048, embedTotal: 6_000 } as const;

export type DiscordMessage = Pick<BaseMessageOptions, "content" | "embeds" | "components">;

/**
 * The messages that carry one reply: an embed per part of the text, the title on the first, the sources line
 * as the footer of the last, and the follow-up questions as buttons under the last. `asked` is the question a
 * button asked, quoted above the answer so the channel can see what was pressed. An answer given `feedbackId` (its
 * reply's id) also carries "Helpful" / "Not helpful" buttons under the last part.
 */
export function renderReply(reply: Reply, asked?: string, feedbackId?: string): DiscordMessage[] {
  const title = reply.title ? truncateToFit(plain(reply.title), LIMITS.title) : undefined;
  const sources = sourcesLine(reply.sources);
  const footer = sources ? truncateToFit(sources, LIMITS.footer) : undefined;
  // Every part gets the room left beside the title and the footer, so the embed total holds whichever part carries them.
  const room = Math.min(LIMITS.description, LIMITS.embedTotal - codePointLength(title ?? "") - codePointLength(footer ?? ""));
  const parts = splitToFit(plain(reply.text), room);
  const row = questionButtons(reply.kind === "clarify" ? [...reply.options, ...reply.suggestions] : reply.suggestions);
  const rows = [row, reply.kind === "answer" && feedbackId ? feedbackButtons(feedbackId) : undefined].filter((r) => r !== undefined);

  return parts.map((description, index) => {
    const first = index === 0;
    const last = index === parts.length - 1;
    const embed: APIEmbed = { description };
    if (first && title) embed.title = title;
    if (last && footer) embed.footer = { text: footer };
    const message: DiscordMessage = { embeds: [embed] };
    if (first && asked) message.content = truncateToFit(`> ${plain(asked)}`, LIMITS.content);
    if (last && rows.length) message.components = rows;
    return message;
  });
}

/** A fixed notice (rate limit, apology) as a message of its own. */
export function renderNotice(text: string): DiscordMessage {
  return { content: text };
}

// Replies are plain text, but Discord reads markdown everywhere; escaping keeps the words as written and stops
// an echoed question from turning into a masked link or a heading.
function plain(text: string): string {
  return escapeMarkdown(text, { heading: true, maskedLink: true });
}
