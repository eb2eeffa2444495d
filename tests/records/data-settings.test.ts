import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataDir, dataSettings } from "../../adapters/records.js";
import { scratchDir } from "./scratch.js";

describe("the data folder settings", () => {
  it("default to ./data, kept 180 days", () => {
    expect(dataSettings({})).toEqual({ dir: "./data", retentionDays: 180 });
  });

  it("read DATA_DIR and DATA_RETENTION_DAYS", () => {
    expect(dataSettings({ DATA_DIR: "/var/lib/career-advisor", DATA_RETENTION_DAYS: "30" })).toEqual({ dir: "/var/lib/career-advisor", retentionDays: 30 });
  });

  it.each(["0", "-5", "30 days", "1.5"])("refuse DATA_RETENTION_DAYS=%j, naming the variable", (days) => {
    expect(() => dataSettings({ DATA_RETENTION_DAYS: days })).toThrow(/^DATA_RETENTION_DAYS does not look right: expected a whole number of days/);
  });
});

describe("a data folder that cannot be written", () => {
  it("is refused, naming DATA_DIR and the folder", () => {
    const file = join(scratchDir(), "a-file");
    writeFileSync(file, "");
    // A folder under a file cannot be made, even by root.
    expect(() => checkDataDir({ dir: join(file, "records"), retentionDays: 180 })).toThrow(/^DATA_DIR: cannot write records to .*a-file\/records \(ENOTDIR\)/);
  });

  it("is made when missing", () => {
    const dir = join(scratchDir(), "new", "records");
    checkDataDir({ dir, retentionDays: 180 });
    expect(existsSync(dir)).toBe(true);
  });
});
