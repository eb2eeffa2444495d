import { describe, expect, it } from "vitest";
import { createMetrics } from "../../adapters/runtime/metrics.js";
import { shippedKnowledge } from "../helpers.js";

const series = async (metrics: ReturnType<typeof createMetrics>, name: string) =>
  (await metrics.registry.metrics()).split("\n").filter((line) => line.startsWith(name));

describe("the knowledge version on /metrics", () => {
  it("names the version answers come from, from the start and after each successful reload only", async () => {
    const metrics = createMetrics();
    const before = Date.now() / 1000;
    metrics.loaded("aaaaaaaaaaaa");
    expect(await series(metrics, "career_advisor_knowledge_info")).toEqual(['career_advisor_knowledge_info{version="aaaaaaaaaaaa"} 1']);
    const [stamp] = await series(metrics, "career_advisor_knowledge_loaded_timestamp_seconds");
    expect(Number(stamp?.split(" ")[1])).toBeGreaterThanOrEqual(Math.floor(before));

    metrics.reloaded({ ok: true, knowledge: { ...shippedKnowledge(), version: "bbbbbbbbbbbb" } });
    expect(await series(metrics, "career_advisor_knowledge_info")).toEqual(['career_advisor_knowledge_info{version="bbbbbbbbbbbb"} 1']);

    metrics.reloaded({ ok: false, error: new Error("broken"), problems: ["careers/x.yaml: broken"] });
    expect(await series(metrics, "career_advisor_knowledge_info")).toEqual(['career_advisor_knowledge_info{version="bbbbbbbbbbbb"} 1']);
    expect(await series(metrics, "career_advisor_knowledge_reloads_total")).toEqual([
      'career_advisor_knowledge_reloads_total{outcome="ok"} 1',
      'career_advisor_knowledge_reloads_total{outcome="failed"} 1',
    ]);
  });
});
