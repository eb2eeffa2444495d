import type { Lexicon } from "./lexicon.js";
import type { PhraseTable } from "./phrases.js";

/** Longest phrase a table knows: lead-ins and tails are a few words at most. */
const MAX_PHRASE = 4;

/**
 * Runs of words nobody knows (with any job-title word after them) that sit where a job's name sits in a
 * question: "what does an X earn", "X salary", "how much do Xs make", "and Xs?", "more than X".
 * Each run is given as [start, end) positions in `words`.
 */
export function subjectRuns(words: readonly string[], unknownAt: ReadonlySet<number>, lexicon: Lexicon): [number, number][] {
  const runs: [number, number][] = [];
  for (let start = 0; start < words.length; start++) {
    if (!unknownAt.has(start)) continue;
    let end = start;
    while (unknownAt.has(end)) end++;
    let titled = false;
    while (end < words.length && lexicon.jobTitles.has(words[end]!)) {
      end++;
      titled = true;
    }
    const lead = endsWithPhrase(lexicon.subjectLeads, words, start);
    const leftOk = start === 0 || lead;
    const tail = startsWithPhrase(lexicon.subjectTails, words, end);
    const atEnd = end === words.length;
    const bareFollowUp = atEnd && endsWithPhrase(lexicon.subjectFollowUps, words, start);
    if ((leftOk && tail) || (lead && titled && (tail || atEnd)) || bareFollowUp) runs.push([start, end]);
    start = end;
  }
  return runs;
}

function endsWithPhrase(table: PhraseTable<true>, words: readonly string[], at: number): boolean {
  for (let length = 1; length <= Math.min(MAX_PHRASE, at); length++) {
    const [match] = table.match(words.slice(at - length, at));
    if (match && match.start === 0 && match.end === length) return true;
  }
  return false;
}

function startsWithPhrase(table: PhraseTable<true>, words: readonly string[], at: number): boolean {
  const [match] = table.match(words.slice(at, at + MAX_PHRASE));
  return match !== undefined && match.start === 0;
}
