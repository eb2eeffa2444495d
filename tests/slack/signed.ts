import { createHmac } from "node:crypto";

// Requests as Slack sends them: signed over the exact bytes of the body, which is form-encoded for slash commands
// and interactivity (the latter as one `payload` field of JSON) and JSON for events.

export const SIGNING_SECRET = "0123456789abcdef0123456789abcdef";

export type Signing = {
  /** Seconds since the epoch; now unless given. */
  timestamp?: number;
  /** Overrides the computed signature; `null` leaves the header out. */
  signature?: string | null;
  secret?: string;
  headers?: Record<string, string>;
};

export function signature(secret: string, timestamp: number, body: string): string {
  return "v0=" + createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export async function postSigned(url: string, body: string, contentType: string, signing: Signing = {}): Promise<Response> {
  const timestamp = signing.timestamp ?? nowSeconds();
  const sig = signing.signature === undefined ? signature(signing.secret ?? SIGNING_SECRET, timestamp, body) : signing.signature;
  const headers: Record<string, string> = { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), ...signing.headers };
  if (sig !== null) headers["x-slack-signature"] = sig;
  return fetch(url, { method: "POST", headers, body });
}

export const formBody = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
