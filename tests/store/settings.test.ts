import { describe, expect, it } from "vitest";
import { configProblem } from "../config-problem.js";
import { DEFAULT_REDIS_PREFIX, readStoreSettings } from "../../adapters/store-settings.js";
import { redisAddress } from "../../src/store/index.js";

const problem = (env: NodeJS.ProcessEnv) => configProblem(() => readStoreSettings(env));

describe("the store settings", () => {
  it("choose the embedded store when REDIS_URL is unset, with the default prefix", () => {
    expect(readStoreSettings({})).toEqual({ redisPrefix: DEFAULT_REDIS_PREFIX, secrets: [] });
    expect(readStoreSettings({ REDIS_URL: "  " }).redisUrl).toBeUndefined();
  });

  it("read a Redis URL and prefix, handing the password over to be redacted", () => {
    expect(readStoreSettings({ REDIS_URL: "redis://:s3cr%40t@cache.internal:6380/2", REDIS_PREFIX: "campus-a:" })).toEqual({
      redisUrl: "redis://:s3cr%40t@cache.internal:6380/2",
      redisPrefix: "campus-a",
      secrets: ["s3cr%40t", "s3cr@t"],
    });
    expect(readStoreSettings({ REDIS_URL: "rediss://default:pw@redis.example.com" }).redisUrl).toBe("rediss://default:pw@redis.example.com");
  });

  it.each([
    ["http://:hunter22@cache:6379", /REDIS_URL does not look right: expected redis:\/\//],
    ["redis://:hunter22@cache:99999", /REDIS_URL does not look right: it is not a URL/],
    ["redis://:hunter22@cache:6379/db0", /database number/],
    ["redis://:hunter22@cache:6379/0?tls=true", /query or fragment/],
  ])("explain what is wrong with %s without printing it", (url, expected) => {
    const message = problem({ REDIS_URL: url });
    expect(message).toMatch(expected);
    expect(message).not.toContain("hunter22");
    expect(message).not.toContain("cache");
  });

  it("reject a prefix that would make odd keys, naming the variable", () => {
    expect(problem({ REDIS_PREFIX: "my advisor" })).toMatch(/^REDIS_PREFIX does not look right: expected up to 64 letters/);
    expect(problem({ REDIS_PREFIX: "*" })).toMatch(/REDIS_PREFIX/);
  });

  it("describe a Redis without its credentials, for logs and health", () => {
    expect(redisAddress("redis://user:hunter22@cache.internal:6380/2")).toBe("redis://cache.internal:6380/2");
    expect(redisAddress("rediss://:hunter22@cache")).toBe("rediss://cache");
  });
});
