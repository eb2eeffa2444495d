import { createHash, timingSafeEqual } from "node:crypto";

/** API keys as they are kept in memory: only digests, each with a short id safe to log and to namespace conversations by. */
export type ApiKeys = {
  /** The id of the key a request's `Authorization: Bearer <key>` header carries, or nothing when there is no valid one. */
  identify(authorization: string | undefined): string | undefined;
  readonly size: number;
};

const digest = (value: string) => createHash("sha256").update(value).digest();

export function createApiKeys(keys: readonly string[]): ApiKeys {
  const known = keys.map((key) => ({ digest: digest(key), id: digest(key).toString("hex").slice(0, 12) }));
  return {
    identify(authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
      if (!match) return undefined;
      const offered = digest(match[1]!);
      // Equal-length digests compared in constant time, so the time taken says nothing about a key.
      return known.find((key) => timingSafeEqual(key.digest, offered))?.id;
    },
    size: known.length,
  };
}

/** API_KEYS: keys separated by commas; blanks around them are ignored. */
export function parseApiKeys(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter(Boolean);
}
