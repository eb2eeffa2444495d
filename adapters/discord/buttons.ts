import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from "discord.js";
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
