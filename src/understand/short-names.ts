import type { Lexicon } from "./lexicon.js";

/** A part of a career's name used as the name ("the techs", "DBAs", "the database guys"), with the careers it fits. */
export type ShortName = { start: number; end: number; careers: string[] };

/**
 * Runs of words, outside any full name, that each belong to career names, and that are used as a name:
 * they end in a job-title word ("the managers"), stand before a word like "guys" or "people" ("IT people"),
 * or are two words or more ("health information"). The careers are those whose names hold every word;
 * a single word that several careers share only in their other names ("manager" in "database manager")
 * belongs to the career whose own name has it. Only a lead-in may stand before the run ("the", "and"):
 * after any other word ("MRI technician", "hospital manager") the title names another job.
 */
export function shortNames(words: readonly string[], taken: readonly boolean[], lexicon: Lexicon): ShortName[] {
  const found: ShortName[] = [];
  const leadsIn = (word: string | undefined) => word === undefined || lexicon.stopWords.has(word) || lexicon.subjectLeads.match([word]).length > 0;
  const belongs = (i: number) => i < words.length && !taken[i] && !lexicon.stopWords.has(words[i]!) && lexicon.careersByWord.has(words[i]!);
  for (let start = 0; start < words.length; start++) {
    // "An MRI technician", "a hospital manager": a word before the title that is not a lead-in makes it another job.
    if (!belongs(start) || !leadsIn(words[start - 1])) continue;
    let end = start;
    while (belongs(end)) end++;
    const run = words.slice(start, end);
    const named = lexicon.jobTitles.has(run.at(-1)!) || lexicon.shortNameWords.has(words[end] ?? "") || run.length > 1;
    let careers = named ? run.map((w) => lexicon.careersByWord.get(w)!).reduce((a, b) => a.filter((id) => b.includes(id))) : [];
    if (careers.length > 1 && run.length === 1) {
      const own = careers.filter((id) => lexicon.careersByOwnName.get(run[0]!)?.includes(id));
      if (own.length === 1) careers = own;
    }
    if (careers.length) found.push({ start, end, careers: [...careers] });
    start = end - 1;
  }
  return found;
}
