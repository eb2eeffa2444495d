import { EventEmitter } from "node:events";

// A list that tests can wait on: each wait resolves as soon as a matching item is pushed, or fails after a bound.

export type Recording<T> = {
  readonly items: readonly T[];
  push(item: T): void;
  waitFor(match: (item: T) => boolean, timeoutMs?: number): Promise<T>;
};

export function createRecording<T>(describe: (item: T) => string): Recording<T> {
  const items: T[] = [];
  const pushed = new EventEmitter();
  return {
    items,
    push(item) {
      items.push(item);
      pushed.emit("item", item);
    },
    waitFor(match, timeoutMs = 5_000) {
      const found = items.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const listener = (item: T) => {
          if (!match(item)) return;
          clearTimeout(timer);
          pushed.off("item", listener);
          resolve(item);
        };
        const timer = setTimeout(() => {
          pushed.off("item", listener);
          reject(new Error(`nothing matching within ${timeoutMs} ms; recorded: ${items.map(describe).join(" | ") || "nothing"}`));
        }, timeoutMs);
        pushed.on("item", listener);
      });
    },
  };
}
