import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Career } from "../../src/knowledge/schema.js";
import { SHIPPED } from "../helpers.js";

type Data = Record<string, any>;

// Large folders are checked by the validator zod generates from the career schema; it must accept, reject
// and fill in defaults exactly as the schema does, whatever is wrong with a file.
const CHANGES: Record<string, (career: Data) => void> = {
  "nothing": () => {},
  "an unknown field": (c) => (c.salary = 1),
  "an unknown topic": (c) => (c.topics.skills = { points: [] }),
  "an empty statement": (c) => (c.topics.overview.points[0].text = ""),
  "a statement with spaces around it": (c) => (c.topics.overview.points[0].text = `  ${c.topics.overview.points[0].text}  `),
  "a year as a number": (c) => (c.pay[0].year = 2015),
  "a negative amount": (c) => (c.pay[0].amount = -5),
  "a currency in lower case": (c) => (c.pay[0].currency = "usd"),
  "an unknown unit": (c) => (c.pay[0].unit = "month"),
  "pay with every default left out": (c) => {
    for (const key of ["unit", "currency", "matches", "highest"]) delete c.pay[0][key];
  },
  "no plural": (c) => delete c.plural,
  "no aliases": (c) => (c.aliases = []),
  "a related career that is not an id": (c) => (c.related = ["Not An Id"]),
  "no related careers, paths or notes on coverage": (c) => {
    for (const key of ["related", "paths", "notCovered", "pay"]) delete c[key];
  },
  "a note on coverage with nothing that asks for it": (c) => (c.notCovered = [{ what: "remote work", asked: [] }]),
  "an outlook with a two-digit year": (c) => (c.outlook.from = "15"),
  "an unknown background": (c) => (c.paths = { teacher: [{ text: "x", sources: ["bls"] }] }),
  "a way in with no points": (c) => (c.paths = { clinical: [] }),
  "a topic with no points": (c) => (c.topics.duties = {}),
  "a list where an object belongs": (c) => (c.topics.overview = []),
};

describe("the generated career validator", () => {
  const file = readFileSync(join(SHIPPED, "careers/health-information-technician.yaml"), "utf8");
  const compiled = z.compile(Career);

  for (const [what, change] of Object.entries(CHANGES)) {
    it(`agrees with the career schema on a career with ${what}`, () => {
      const career = jsYaml.load(file) as Data;
      change(career);
      const [expected, actual] = [Career.safeParse(structuredClone(career)), compiled.safeParse(structuredClone(career))];
      expect(actual.success).toBe(expected.success);
      expect(actual.data).toStrictEqual(expected.data);
      expect(actual.error?.issues).toStrictEqual(expected.error?.issues);
    });
  }
});
