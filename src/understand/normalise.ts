// Chat text arrives with platform markup, emoji and typing habits; matching wants plain lower-case words.

/** Longer questions are cut here: nobody asks a career question in more words, and matching cost grows with length. */
export const MAX_QUESTION_LENGTH = 1_000;

const PLATFORM_TOKENS = [
  /<[@#!][^<>\s]{0,120}>/g, // Slack <@U123>, <#C1|general>, <!here>; Discord <@123>, <@!123>, <@&123>, <#123>
  /<a?:\w{1,64}:\d{1,30}>/g, // Discord custom emoji
  /<(?:https?|mailto):[^<>\s]{0,500}>/g, // Slack links
  /\bhttps?:\/\/\S+/g,
  /:[a-z0-9_+-]{1,64}:/g, // :emoji_shortcodes:
  /(?<![\w@])@[\w.-]{1,64}/g, // a mention typed as plain text: @advisor, @everyone
];

const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Lower-case words (or, with `keepCase`, words as typed) of a question, with markup, emoji, control characters and punctuation removed. */
export function toWords(text: string, { keepCase = false } = {}): string[] {
  // Most phrases in a knowledge folder are plain words already, and a large folder has tens of thousands.
  if (text.length <= MAX_QUESTION_LENGTH && PLAIN_WORDS.test(text)) return text.split(" ");
  let clean = text.slice(0, MAX_QUESTION_LENGTH * 2).normalize("NFKC").slice(0, MAX_QUESTION_LENGTH);
  for (const pattern of PLATFORM_TOKENS) clean = clean.replace(pattern, " ");
  clean = clean
    .replace(/\bI\.T\.?(?=\s|$|[?!,;:])/g, "IT");
  if (!keepCase) clean = clean.toLowerCase();
  clean = clean
    .replace(/[\u2018\u2019\u02bc`']/g, "") // "what's" → "whats", "associate's" → "associates"
    .replace(/(\d),(\d{3})/g, "$1$2")
    .replace(/[^\p{L}\p{N}%$]+/gu, " ");
  return clean.split(" ").filter(Boolean);
}

/** A phrase within words: whole words, in order. */
export function saysPhrase(words: readonly string[], phrase: string): boolean {
  const wanted = toWords(phrase);
  return wanted.length > 0 && ` ${words.join(" ")} `.includes(` ${wanted.join(" ")} `);
}

/** Text to match as it is in a regular expression: knowledge is data and may hold any character ("C++"). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
