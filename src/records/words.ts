import { MAX_QUESTION_LENGTH, toWords } from "../understand/normalise.js";

/**
 * Anything the advisor's full reading would change beyond case and punctuation: non-ASCII (Unicode normalisation),
 * markup and emoji codes (`<`, `:`), links, "I.T." and thousands separators.
 */
const NEEDS_FULL_READING = /[^\x20-\x7e]|[<:]|http|i\.t|\d,\d/i;
const APOSTROPHES = /['`]/g;
const NOT_A_WORD = /[^a-z0-9%$]+/;

/**
 * The words `toWords` reads in a question, for a report that reads a hundred thousand of them: plain ASCII questions,
 * nearly all of them, go through one lower-casing and one split, and any other (or one past the length the advisor
 * reads) through `toWords` itself, so both always agree.
 */
export function wordsOf(text: string): string[] {
  if (text.length > MAX_QUESTION_LENGTH || NEEDS_FULL_READING.test(text)) return toWords(text);
  let plain = text.toLowerCase();
  if (plain.includes("'") || plain.includes("`")) plain = plain.replace(APOSTROPHES, "");
  const words = plain.split(NOT_A_WORD);
  // Punctuation or spaces at either end leave an empty piece there, and only there.
  if (words.at(-1) === "") words.pop();
  if (words[0] === "") words.shift();
  return words;
}
