import { describe, expect, it } from "vitest";
import { dataSettings } from "../../adapters/records.js";

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
