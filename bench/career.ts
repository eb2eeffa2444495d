import type { z } from "zod";
import type { Background, Career, Point } from "../src/knowledge/schema.js";

/** A career as written in its file: fields with defaults may be left out, as authors leave them out. */
export type CareerFile = z.input<typeof Career>;
import type { GeneratedName } from "./names.js";
import type { Random } from "./random.js";

export type CareerParts = {
  id: string;
  /** Every career in the folder, for `related`. */
  all: readonly { id: string; plural: string }[];
  /** Ids of documents the statements cite, and of agencies the figures cite. */
  documents: readonly string[];
  agencies: readonly string[];
  random: Random;
};

const EDUCATION = [
  "Most positions ask for a bachelor's degree in health information management, informatics or a related field.",
  "An associate's degree is enough for many entry-level positions; a bachelor's degree helps with promotion.",
  "Employers look for a degree in computer science or health informatics, and for experience in a hospital.",
];

const CERTIFICATIONS = [
  "Certification is not required, but employers prefer candidates who hold a credential in health information.",
  "Vendor certifications for the hospital's record systems are valued, and some employers pay for them.",
];

const WORKPLACES = [
  "Most work in hospitals; others work for clinics, insurers and software vendors.",
  "They work in hospital IT departments, outpatient networks and consulting firms.",
];

const COMPARISONS = ["faster than the average for all occupations", "about as fast as the average", "much faster than the average"];

const PATHS: Readonly<Record<Background, string>> = {
  clinical: "Clinicians move in through superuser and training roles on the systems they already use on the ward.",
  it: "IT professionals move in by learning medical terminology and the privacy rules that govern patient data.",
  "no-degree": "Start with an associate's degree or a certificate programme at a community college.",
};

/** One synthetic career with every kind of content the schema allows, drawn at random so careers differ. */
export function syntheticCareer({ name, plural, aliases }: GeneratedName, parts: CareerParts): CareerFile {
  const { id, random, documents, agencies } = parts;
  const point = (text: string): Point => ({ text, sources: [random.pick(documents)] });
  const figureSources = () => [random.pick(documents), random.pick(agencies)];
  const related = [random.pick(parts.all), random.pick(parts.all)].filter((other, i, all) => other.id !== id && all.indexOf(other) === i);
  const background = random.pick(Object.keys(PATHS) as Background[]);

  return {
    id,
    name: name[0]!.toUpperCase() + name.slice(1),
    plural,
    aliases,
    related: related.map((other) => other.id),
    topics: {
      overview: { points: [point(`${plural[0]!.toUpperCase()}${plural.slice(1)} are a synthetic career, generated to benchmark the advisor on a large knowledge base.`)] },
      duties: {
        points: [
          point("Keep the department's systems and records accurate, secure and available."),
          point("Work with clinicians and IT staff to fix problems and to train users."),
        ],
      },
      education: { points: [point(random.pick(EDUCATION))] },
      ...(random.next() < 0.5 && { certifications: { points: [point(random.pick(CERTIFICATIONS))] } }),
      workplaces: { points: [point(random.pick(WORKPLACES))] },
      ...(related.length && { related: { points: [point(`Related careers include ${related.map((other) => other.plural).join(" and ")}.`)] } }),
    },
    pay: random.next() < 0.6 ? payFigures(plural, random, figureSources) : [],
    ...(random.next() < 0.5 && {
      outlook: { growthPercent: 3 + random.int(23), from: "2014", to: "2024", comparison: random.pick(COMPARISONS), group: plural, sources: figureSources() },
    }),
    paths: random.next() < 0.3 ? { [background]: [point(PATHS[background])] } : {},
  };
}

// A quarter of the figures add a hospital setting, so a pay group like "in hospitals" names many careers at once,
// as it would in a real knowledge base of this size.
function payFigures(plural: string, random: Random, sources: () => string[]): CareerFile["pay"] {
  const amount = (low: number) => low + 10 * random.int(10_000);
  const overall = { amount: amount(40_000), measure: "median" as const, year: "2015", scope: "overall" as const, label: `all ${plural}`, sources: sources() };
  if (random.next() >= 0.25) return [overall];
  const hospital = { ...overall, amount: amount(45_000), measure: "average" as const, scope: "setting" as const, label: "hospitals", matches: ["hospital", "hospitals"], highest: true, sources: sources() };
  return [overall, hospital];
}
