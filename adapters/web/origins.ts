/**
 * Who may use the chat's API without a key: a page from one of the listed sites, or the chat page itself (whose
 * requests carry this server's own origin, wherever the page is embedded). A request without an Origin header comes
 * from no browser page at all and is refused: programs use the HTTP API with a key.
 */
export type OriginPolicy = {
  /** The origin to count the request under, or undefined when it is not allowed. */
  admit(origin: string | undefined, host: string): string | undefined;
  /** For CORS: the listed sites only, since the page itself needs none. */
  listed(origin: string): boolean;
  /** The CSP frame-ancestors sources: this server and the listed sites. */
  readonly frameAncestors: string[];
};

export function createOriginPolicy(origins: readonly string[]): OriginPolicy {
  const listed = new Set(origins);
  return {
    admit(origin, host) {
      if (!origin) return undefined;
      if (listed.has(origin)) return origin;
      return URL.canParse(origin) && new URL(origin).host === host ? origin : undefined;
    },
    listed: (origin) => listed.has(origin),
    frameAncestors: ["'self'", ...origins],
  };
}
