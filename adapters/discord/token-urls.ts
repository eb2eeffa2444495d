// Interaction callbacks and interaction webhooks carry a token in their path, and discord.js puts the
// URL of a failed request into its errors; only that path segment is replaced, so the route stays readable.
export const TOKEN_URL_PATTERNS: readonly RegExp[] = [
  /(?<=\/interactions\/\d+\/)[^/\s?#"']+/,
  /(?<=\/webhooks\/\d+\/)[^/\s?#"']+/,
];
