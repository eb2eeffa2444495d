import { choices, didYouMean } from "./messages.js";

// A file's data as read, before or without validation: the cross-checks read it defensively, so a file
// with a format mistake in one field still has its ids and citations checked in the same round.

export type Item = Record<string, unknown>;
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const item = (value: unknown): Item => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Item) : {});
export const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
export const texts = (value: unknown): string[] => list(value).flatMap((v) => (typeof v === "string" ? [v] : []));

/** What a citation of a source sources.yaml does not list is told. */
export function unknownSource(id: string, sourceIds: readonly string[]): string {
  return `unknown source \`${id}\`${didYouMean(id, sourceIds)}; add it to sources.yaml or use one of ${choices(sourceIds)}`;
}
