// Building a large knowledge base's indexes takes seconds; written as steps, the same code runs straight
// through at start-up and, during a reload, a slice at a time so questions are answered in between.

/** Work that can pause: yields between small pieces and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Items handled between two pauses: small enough that a piece takes well under a millisecond. */
const ITEMS_PER_STEP = 64;
/** Longest stretch a slice runs before letting waiting questions in. */
export const SLICE_MS = 8;

/** Calls `body` on every item, pausing every few items. */
export function* each<T>(items: Iterable<T>, body: (item: T) => void): Steps<void> {
  let count = 0;
  for (const item of items) {
    body(item);
    if (++count % ITEMS_PER_STEP === 0) yield;
  }
}

export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps in slices of a few milliseconds, giving the event loop a turn between slices. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let until = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= until) {
      await new Promise((resolve) => setImmediate(resolve));
      until = performance.now() + sliceMs;
    }
  }
}
