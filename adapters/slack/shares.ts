import { randomUUID } from "node:crypto";
import type { Reply } from "../../src/index.js";

// A button press on a private (ephemeral) message does not carry the message, so the reply behind a
// "Share in channel" button is kept here until it is shared. Memory stays bounded: the oldest unshared go first.
const KEPT_REPLIES = 1_000;

export type Shareable = { reply: Reply; asked: { user: string; text: string } };

export type ShareStore = {
  /** Keeps a reply and returns the key its button carries. */
  put(item: Shareable): string;
  /** Hands the reply out once, so a double click does not post it twice. */
  take(key: string): Shareable | undefined;
};

export function createShareStore(): ShareStore {
  const items = new Map<string, Shareable>();
  return {
    put(item) {
      const key = randomUUID();
      items.set(key, item);
      if (items.size > KEPT_REPLIES) items.delete(items.keys().next().value as string);
      return key;
    },
    take(key) {
      const item = items.get(key);
      items.delete(key);
      return item;
    },
  };
}
