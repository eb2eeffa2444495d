import type { Reply, Store } from "../../src/index.js";

// A button press on a private (ephemeral) message does not carry the message, so the reply behind a "Share in
// channel" button is kept in the store until it is shared, and the click may reach any process.

/** `id`: the reply's, so the shared answer carries the same feedback buttons. */
export type Shareable = { reply: Reply; asked: { user: string; text: string }; id?: string };

export type ShareStore = {
  /** Keeps a reply and returns the key its button carries, or undefined when it could not be kept (no button then). */
  put(item: Shareable): Promise<string | undefined>;
  /** Hands the reply out once, so a double click does not post it twice. */
  take(key: string): Promise<Shareable | undefined>;
};

export function createShareStore(shares: Store["shares"]): ShareStore {
  return {
    put: (item) => shares.put(item),
    take: async (key) => {
      const item = await shares.take(key);
      return isShareable(item) ? item : undefined;
    },
  };
}

/** Written by some process, perhaps of another version: only a value with the shape a share needs is posted. */
function isShareable(value: unknown): value is Shareable {
  const item = value as Partial<Shareable> | undefined;
  return (
    typeof item?.reply?.text === "string" &&
    Array.isArray(item.reply.sources) &&
    typeof item.asked?.user === "string" &&
    typeof item.asked.text === "string"
  );
}
