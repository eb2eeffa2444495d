// A response_url lets anyone holding it post into the conversation for half an hour, so it is as secret as a token.
// Slack's have the form https://hooks.slack.com/commands/T…/…/… (or /actions/…); the pattern accepts any host so
// that URLs from a stand-in are redacted too.
export const RESPONSE_URL_PATTERNS: readonly RegExp[] = [
  /https:\/\/hooks\.slack(?:-gov)?\.com\/[^\s"'<>]+/,
  /https?:\/\/[^\s"'<>/]+\/(?:[^\s"'<>]*\/)?(?:commands|actions)\/[^\s"'<>]+/,
];
