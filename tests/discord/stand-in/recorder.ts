/** Everything of one kind the stand-in saw, in order, with a way to wait for the one a test expects. */
export class Recorder<T> {
  readonly items: T[] = [];
  #waiters = new Set<{ matches: (item: T) => boolean; resolve: (item: T) => void }>();

  add(item: T): void {
    this.items.push(item);
    for (const waiter of this.#waiters) {
      if (waiter.matches(item)) {
        this.#waiters.delete(waiter);
        waiter.resolve(item);
      }
    }
  }

  /** The first item, seen or still to come, that matches; rejects naming `what` if none arrives in time. */
  waitFor(matches: (item: T) => boolean, what: string, timeoutMs = 5_000): Promise<T> {
    const seen = this.items.find(matches);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const waiter = {
        matches,
        resolve: (item: T) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      this.#waiters.add(waiter);
    });
  }
}
