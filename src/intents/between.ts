import type { Knowledge } from "../knowledge/load.js";
import type { PayScope } from "../state.js";

/**
 * "And somewhere in between?" after two pay groups of one career: the groups of the same kind the
 * career's figures list between them. The knowledge lists a career's groups in order, so its order is the
 * order meant; none when the two are of different careers or kinds.
 */
export function scopesBetween(knowledge: Knowledge, given: readonly PayScope[]): PayScope[] {
  const [a, b] = given;
  if (!a || !b || given.length !== 2 || a.careerId !== b.careerId) return [];
  const pay = knowledge.careers.get(a.careerId)?.pay ?? [];
  const kind = pay[a.figure]?.scope;
  if (!kind || pay[b.figure]?.scope !== kind) return [];
  const [low, high] = [Math.min(a.figure, b.figure), Math.max(a.figure, b.figure)];
  return pay.flatMap((figure, index) => (index > low && index < high && figure.scope === kind ? [{ careerId: a.careerId, figure: index }] : []));
}
