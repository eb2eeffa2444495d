import type { Knowledge } from "./load.js";
import type { Background } from "./schema.js";

/**
 * `compute`, worked out once per knowledge and key: a knowledge base can hold a thousand careers, and lists
 * over all of them are built once, not per question.
 */
export function perKnowledge<K, V>(compute: (knowledge: Knowledge, key: K) => V): (knowledge: Knowledge, key: K) => V {
  const cache = new WeakMap<Knowledge, Map<K, V>>();
  return (knowledge, key) => {
    let values = cache.get(knowledge);
    if (!values) cache.set(knowledge, (values = new Map()));
    if (!values.has(key)) values.set(key, compute(knowledge, key));
    return values.get(key)!;
  };
}

/** Ids of the careers with a way in for someone of this background. */
export const careersWithPath = perKnowledge((knowledge, background: Background): readonly string[] =>
  [...knowledge.careers.values()].filter((career) => career.paths[background]?.length).map((career) => career.id),
);

/** The sources a career's file cites anywhere: what they say they leave out, the career leaves out too. */
export const sourcesOf = perKnowledge((knowledge, careerId: string): ReadonlySet<string> => {
  const career = knowledge.careers.get(careerId);
  if (!career) return new Set();
  const items = [
    ...Object.values(career.topics).flatMap((notes) => [...(notes?.points ?? []), ...(notes?.why ?? [])]),
    ...Object.values(career.paths).flat(),
    ...career.pay,
    ...(career.outlook ? [career.outlook] : []),
  ];
  return new Set(items.flatMap((item) => item?.sources ?? []));
});
