import type { Lexicon } from "./lexicon.js";

/** A part of a career's name used as the name ("the techs", "DBAs", "the database guys"), with the careers it fits. */
export type ShortName = { start: number; end: number; careers: string[] };

/**
 * Runs of words, outside any full name, that stand together inside career names and are used as a name:
 * they end in a job-title word ("the managers"), stand before a word like "guys" or "people" ("IT
 * people"), or are two words or more ("health information"). The careers are those whose names hold the
 * run; a single word that several careers share only in their other names ("manager" in "database
 * manager") belongs to the career whose own name has it. Only a lead-in may stand before the run ("the",
 * "and"): after any other word ("X-ray technician", "office manager") the title names another job.
 */
export function shortNames(words: readonly string[], taken: readonly boolean[], lexicon: Lexicon): ShortName[] {
  const found: ShortName[] = [];
  const leadsIn = (word: string | undefined) => word === undefined || lexicon.stopWords.has(word) || lexicon.subjectLeads.match([word]).length > 0;
  const careersOf = (start: number, end: number) => lexicon.careersByNamePart.get(end - start === 1 ? words[start]! : words.slice(start, end).join(" "));
  for (let start = 0; start < words.length; start++) {
    // A run starts on a word that means something ("health information", not "information").
    if (taken[start] || !lexicon.careersByNamePart.has(words[start]!) || lexicon.stopWords.has(words[start]!) || !leadsIn(words[start - 1])) continue;
    let end = start + 1;
    while (end < words.length && !taken[end] && careersOf(start, end + 1)) end++;
    const last = words[end - 1]!;
    if (!(lexicon.jobTitles.has(last) || lexicon.shortNameWords.has(words[end] ?? "") || end - start > 1)) continue;
    let careers = [...careersOf(start, end)!];
    if (careers.length > 1 && end - start === 1) {
      const own = careers.filter((id) => lexicon.careersByOwnName.get(last)?.includes(id));
      if (own.length === 1) careers = own;
    }
    found.push({ start, end, careers });
    start = end - 1;
  }
  return found;
}
