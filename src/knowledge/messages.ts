import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { BACKGROUNDS, TOPICS } from "./schema.js";

/** A problem found at a path inside one file, before it is given a line and column. */
export type Finding = { at: readonly PropertyKey[]; message: string; key?: boolean };

/** How many names a message lists before it counts the rest. */
const LISTED = 12;

/** A list of choices as a person reads it: the first few, then how many more. */
export function choices(names: readonly string[]): string {
  const shown = names.slice(0, LISTED);
  return names.length > shown.length ? `${shown.join(", ")}, … (${names.length - shown.length} more)` : shown.join(", ");
}

/** " (did you mean `x`?)" when a name is a likely typo of one of the choices. */
export function didYouMean(name: string, names: readonly string[]): string {
  if (!names.length) return "";
  const best = closest(name, names as string[]);
  // closest always answers; offer it only when it is near enough to be a typo.
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean \`${best}\`?)` : "";
}

/** Zod's issues in words for people, each pointing at the field (or key) it is about. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.ZodType): Finding[] {
  return issues.flatMap((issue) => describeIssue(issue, data, schema));
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): Finding[] {
  const at = issue.path;
  const value = valueAt(data, at);
  const name = lastName(at);
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = keysAt(schema, at);
      const kind = allowed === TOPICS ? "topic" : allowed === BACKGROUNDS ? "background" : "field";
      return issue.keys.map((unknown) => ({
        at: [...at, unknown],
        key: true,
        message: `unknown ${kind} \`${unknown}\`${didYouMean(unknown, allowed ?? [])}; the ${kind === "field" ? `fields${at.length ? ` under ${where(at)}` : ""}` : `${kind}s`} are ${choices(allowed ?? [])}`,
      }));
    }
    case "invalid_type":
      return [{ at, message: typeMessage(issue.expected, value, at) }];
    case "invalid_value": {
      const options = issue.values.map(String);
      const kind = sameList(options, TOPICS) ? "topic" : sameList(options, BACKGROUNDS) ? "background" : name ? `value for \`${name}\`` : "value";
      return [{ at, message: `unknown ${kind} \`${String(value)}\`${didYouMean(String(value), options)}; use one of ${options.join(", ")}` }];
    }
    case "invalid_format":
      if (isYearField(at)) return [{ at, message: `expected a four-digit year in quotes, like "2024"` }];
      return [{ at, message: isZodDefault(issue.message) ? `\`${String(value)}\` is not in the expected form (${issue.format})` : issue.message }];
    case "too_small":
      if (!isZodDefault(issue.message)) return [{ at, message: issue.message }];
      if (issue.origin === "string") return [{ at, message: "expected some text here, not an empty value" }];
      if (issue.origin === "array") return [{ at, message: `expected at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? "" : "s"} in this list` }];
      return [{ at, message: `expected at least ${String(issue.minimum)}` }];
    default:
      return [{ at, message: issue.message }];
  }
}

function typeMessage(expected: string, value: unknown, at: readonly PropertyKey[]): string {
  if (value === undefined) {
    const name = lastName(at);
    const parent = at.slice(0, -1);
    return name ? `\`${name}:\` is missing${parent.length ? ` under ${where(parent)}` : ""}` : "a value is missing here";
  }
  if (expected === "string" && typeof value === "number" && isYearField(at)) return `write the year in quotes: "${value}"`;
  if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) return `expected text; write it in quotes: "${String(value)}"`;
  if (expected === "number" && typeof value === "string") {
    const digits = value.replace(/[$£€,\s]/g, "");
    const hint = /^\d+(\.\d+)?$/.test(digits) ? `: ${digits}` : ", like 52940";
    return `expected a number without quotes, currency signs or commas${hint}`;
  }
  if (expected === "array") return `expected a list, written [a, b] or one "- item" per line; got ${describeValue(value)}`;
  if (expected === "object") return `expected fields (name: value lines) here; got ${describeValue(value)}`;
  return `expected ${expected === "string" ? "text" : expected}; got ${describeValue(value)}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "fields";
  if (typeof value === "string") return `the text "${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  return String(value);
}

/** A path as a person reads it in a message: `topics.education`, `pay[0]`. */
export function where(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`)).join("");
}

function lastName(path: readonly PropertyKey[]): string | undefined {
  const last = path.at(-1);
  return typeof last === "string" ? last : undefined;
}

const YEAR_FIELDS = new Set(["year", "from", "to", "date"]);
const isYearField = (path: readonly PropertyKey[]) => YEAR_FIELDS.has(lastName(path) ?? "");

// Zod's own wording starts this way; a schema's custom message is already written for people.
const isZodDefault = (message: string) => /^(Invalid|Too small|Too big|Unrecognized)/.test(message);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType; keyType?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
}

/** The keys a schema allows at a path: an object's fields, or a record's key choices (topics, backgrounds). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): readonly string[] | undefined {
  let current: z.ZodType | undefined = schema;
  for (const part of path) {
    const def = defOf(unwrap(current));
    current = def.type === "object" ? def.shape?.[String(part)] : def.type === "array" ? def.element : def.type === "record" ? def.valueType : undefined;
    if (!current) return undefined;
  }
  const def = defOf(unwrap(current));
  if (def.type === "object") return Object.keys(def.shape ?? {});
  if (def.type === "record" && def.keyType) {
    const keys = Object.values(defOf(unwrap(def.keyType)).entries ?? {});
    if (sameList(keys, TOPICS)) return TOPICS;
    if (sameList(keys, BACKGROUNDS)) return BACKGROUNDS;
    return keys;
  }
  return undefined;
}
