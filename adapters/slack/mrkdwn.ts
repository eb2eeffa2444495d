// Slack reads `<…>` in mrkdwn as a mention, channel or link (`<!channel>`, `<@U123>`), so any text that did not
// come from this code is escaped before it goes into a message; `&` first, or the other escapes would be mangled.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
