import type { Knowledge } from "./load.js";
import type { Topic } from "./schema.js";

/** Whether the knowledge has anything to say about a career on a topic (pay and outlook live in typed fields). */
export function hasTopic(knowledge: Knowledge, careerId: string, topic: Topic): boolean {
  const career = knowledge.careers.get(careerId);
  if (!career) return false;
  if (topic === "pay") return career.pay.length > 0;
  if (topic === "outlook") return career.outlook !== undefined;
  if (topic === "paths") return Boolean(career.topics.paths) || Object.keys(career.paths).length > 0;
  return Boolean(career.topics[topic]);
}
