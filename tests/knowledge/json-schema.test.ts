import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { knowledgeJsonSchemas, SCHEMA_DIR, schemaText } from "../../src/authoring.js";
import { SHIPPED } from "../helpers.js";

describe("the JSON Schemas editors use", () => {
  const schemas = knowledgeJsonSchemas();

  it("are shipped exactly as the zod schemas generate them (regenerate: career-advisor schema --out knowledge/schema)", () => {
    const shipped = readdirSync(join(SHIPPED, SCHEMA_DIR)).sort();
    expect(shipped).toEqual(Object.keys(schemas).sort());
    for (const [file, schema] of Object.entries(schemas)) {
      expect(readFileSync(join(SHIPPED, SCHEMA_DIR, file), "utf8"), file).toBe(schemaText(schema));
    }
  });

  it("describe files as authors write them: fields with defaults may be left out, unknown fields may not", () => {
    const career = schemas["career.json"] as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(career.required.sort()).toEqual(["aliases", "id", "name", "plural", "topics"]);
    expect(career.additionalProperties).toBe(false);
    expect(career.properties).toHaveProperty("notCovered");
  });

  it("are named at the top of every shipped file, for the YAML language server", () => {
    const files = readdirSync(SHIPPED, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".yaml"));
    for (const file of files) {
      const expected = file.startsWith("careers") ? "../schema/career.json" : `schema/${file.replace(".yaml", ".json")}`;
      expect(readFileSync(join(SHIPPED, file), "utf8").split("\n")[0], file).toBe(`# yaml-language-server: $schema=${expected}`);
    }
  });
});
