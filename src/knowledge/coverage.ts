import type { Knowledge } from "./load.js";
import type { Background } from "./schema.js";

// A knowledge base can hold a thousand careers; these lists are built once per knowledge, not per question.
const byBackground = new WeakMap<Knowledge, Map<Background, string[]>>();

/** Ids of the careers with a way in for someone of this background. */
export function careersWithPath(knowledge: Knowledge, background: Background): readonly string[] {
  const lists = byBackground.get(knowledge) ?? new Map<Background, string[]>();
  byBackground.set(knowledge, lists);
  let ids = lists.get(background);
  if (!ids) {
    ids = [...knowledge.careers.values()].filter((career) => career.paths[background]?.length).map((career) => career.id);
    lists.set(background, ids);
  }
  return ids;
}

const restsOn = new WeakMap<Knowledge, Map<string, ReadonlySet<string>>>();

/** The sources a career's file cites anywhere: what they say they leave out, the career leaves out too. */
export function sourcesOf(knowledge: Knowledge, careerId: string): ReadonlySet<string> {
  const lists = restsOn.get(knowledge) ?? new Map<string, ReadonlySet<string>>();
  restsOn.set(knowledge, lists);
  let ids = lists.get(careerId);
  if (!ids) {
    const career = knowledge.careers.get(careerId);
    const cited = career
      ? [
          ...Object.values(career.topics).flatMap((notes) => [...(notes?.points ?? []), ...(notes?.why ?? [])]),
          ...Object.values(career.paths).flat(),
          ...career.pay,
          ...(career.outlook ? [career.outlook] : []),
        ].flatMap((item) => item?.sources ?? [])
      : [];
    ids = new Set(cited);
    lists.set(careerId, ids);
  }
  return ids;
}
