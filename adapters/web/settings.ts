import { z } from "zod";
import { ConfigError } from "../config.js";

export type WebChatSettings = {
  /** The sites that may embed the chat and call its API, as `scheme://host[:port]`. */
  origins: string[];
};

export const TURN_ON_WEB_CHAT = "set WEB_CHAT_ORIGINS to the sites that may embed the chat, comma-separated (docs/web-chat.md)";

const ORIGIN_EXAMPLE = "scheme://host[:port] such as https://careers.example.edu";

/** An origin exactly as a browser sends it in the Origin header: no path, no trailing slash, no credentials. */
const Origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
});

const Switch = z.enum(["on", "off"]);

/**
 * WEB_CHAT_ORIGINS turns the web chat on; WEB_CHAT=off keeps it off while the list stays set, and WEB_CHAT=on without
 * a list is a mistake worth stopping for, since the chat would accept no embedding site.
 */
export function readWebChatSettings(env: NodeJS.ProcessEnv = process.env): WebChatSettings | undefined {
  const rawSwitch = env.WEB_CHAT?.trim().toLowerCase() || undefined;
  const rawOrigins = env.WEB_CHAT_ORIGINS?.trim() || undefined;
  const on = Switch.optional().safeParse(rawSwitch);
  if (!on.success) throw new ConfigError(`WEB_CHAT must be on or off; to turn the web chat on, ${TURN_ON_WEB_CHAT}.`);
  if (on.data === "off") return undefined;
  if (!rawOrigins) {
    if (on.data === "on") throw new ConfigError(`WEB_CHAT is on but WEB_CHAT_ORIGINS is not set: ${TURN_ON_WEB_CHAT}.`);
    return undefined;
  }
  const origins = rawOrigins.split(",").map((origin) => origin.trim().replace(/\/$/, "")).filter(Boolean);
  const wrong = origins.filter((origin) => !Origin.safeParse(origin).success);
  if (wrong.length || !origins.length) {
    throw new ConfigError(`WEB_CHAT_ORIGINS: ${wrong.map((origin) => JSON.stringify(origin)).join(", ") || "the list"} is not an origin; expected ${ORIGIN_EXAMPLE}, comma-separated.`);
  }
  return { origins: [...new Set(origins)] };
}
