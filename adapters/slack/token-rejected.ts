// Slack refuses a bad token with a bare code such as invalid_auth, and both the bot token and the app-level token
// are first used while starting; this records which of the two was refused, so the message can name it.
const REFUSALS = new Set(["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type"]);

export class TokenRejected extends Error {
  override name = "TokenRejected";
  constructor(
    readonly token: "bot" | "app",
    readonly code: string,
  ) {
    super(`Slack rejected the ${token} token (${code})`);
  }
}

/** Runs a step that uses one token, turning Slack's refusal of that token into a TokenRejected. */
export async function usingToken(token: "bot" | "app", step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
    throw typeof code === "string" && REFUSALS.has(code) ? new TokenRejected(token, code) : error;
  }
}
