import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from "discord.js";
import type { Vote } from "../../src/index.js";
import { REPLY_ID, VOTE_LABELS } from "../feedback.js";
import { truncateToFit } from "./fit.js";

const PREFIX = "ask:";
const MAX_BUTTONS = 5;
const MAX_LABEL = 80;
const MAX_CUSTOM_ID = 100;

/**
 * One row of buttons, each asking one of the questions when pressed. The question travels in the button's
 * custom id, so a press needs no memory on the bot's side and survives restarts.
 */
export function questionButtons(questions: readonly string[]): APIActionRowComponent<APIButtonComponentWithCustomId> | undefined {
  const buttons: APIButtonComponentWithCustomId[] = [];
  const seen = new Set<string>();
  for (const question of questions) {
    const customId = PREFIX + question.trim();
    // Discord rejects the whole message over one bad button; a duplicate or an overlong question is left out instead.
    // `.length` counts UTF-16 units, never fewer than the characters Discord counts.
    if (customId === PREFIX || customId.length > MAX_CUSTOM_ID || seen.has(customId)) continue;
    seen.add(customId);
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: truncateToFit(question.trim(), MAX_LABEL), custom_id: customId });
    if (buttons.length === MAX_BUTTONS) break;
  }
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

/** The question a pressed button asks, or nothing for a button this bot did not make. */
export function questionFromCustomId(customId: string): string | undefined {
  return customId.startsWith(PREFIX) ? customId.slice(PREFIX.length) : undefined;
}

const VOTE_PREFIX = "vote:";
const VOTES = Object.keys(VOTE_LABELS) as Vote[];

/** "Helpful" and "Not helpful" under an answer; the reply's id travels in each button, so any process can count the vote. */
export function feedbackButtons(replyId: string): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: VOTES.map((vote) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: VOTE_LABELS[vote],
      emoji: { name: vote === "helpful" ? "👍" : "👎" },
      // "vote:not-helpful:" and a 16-character id: 33 characters, well inside Discord's 100.
      custom_id: `${VOTE_PREFIX}${vote}:${replyId}`,
    })),
  };
}

/** The vote a pressed button casts, or nothing for a button that is not a vote. */
export function voteFromCustomId(customId: string): { vote: Vote; replyId: string } | undefined {
  if (!customId.startsWith(VOTE_PREFIX)) return undefined;
  const [vote, replyId] = customId.slice(VOTE_PREFIX.length).split(":");
  return VOTES.includes(vote as Vote) && replyId && REPLY_ID.test(replyId) ? { vote: vote as Vote, replyId } : undefined;
}
