import { expect } from "vitest";
import { ConfigError } from "../adapters/config.js";

/** The message of the ConfigError that reading the settings throws; fails the test if none is thrown. */
export function configProblem(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a configuration problem");
}
