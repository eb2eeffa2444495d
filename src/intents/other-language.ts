import { fallback } from "../compose/replies.js";
import type { IntentModule, Rule } from "./intent-module.js";

/** A message in another language: trying to read it as English would answer something never asked. */
export const otherLanguage: Rule = {
  name: "other-language",
  decide: ({ u }) => (u.language ? { kind: "other-language", language: u.language } : undefined),
};

export const otherLanguageReply: IntentModule<"other-language"> = {
  compose: () => fallback("Sorry, I can only answer in English. Please ask your question in English and I'll do my best to help.", []),
  remember: () => undefined,
};
