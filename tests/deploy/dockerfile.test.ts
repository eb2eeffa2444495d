import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DockerfileParser, Label, type Instruction } from "dockerfile-ast";
import { describe, expect, it } from "vitest";

// Docker cannot build here, so the Dockerfile is read for what the image promises.
const ROOT = join(import.meta.dirname, "../..");
const dockerfile = DockerfileParser.parse(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
const instructions = dockerfile.getInstructions();
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; license: string };

/** The instructions of the last stage: what the image is. */
function runtimeStage(): Instruction[] {
  const lastFrom = instructions.findLastIndex((instruction) => instruction.getKeyword() === "FROM");
  return instructions.slice(lastFrom);
}
const all = (stage: Instruction[], keyword: string) => stage.filter((instruction) => instruction.getKeyword() === keyword);
const text = (instruction: Instruction) => instruction.getArguments().map((argument) => argument.getValue()).join(" ");
const execForm = (instruction: Instruction) => JSON.parse(instruction.getArgumentsContent() ?? "") as string[];

describe("the Dockerfile", () => {
  it("builds and runs every stage on Node 24 LTS", () => {
    const froms = dockerfile.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) {
      expect(from.getImageName()).toBe("node");
      expect(from.getImageTag()).toMatch(/^24-(bookworm-slim|alpine)$/);
    }
  });

  it("runs node under tini, which passes signals on and reaps child processes", () => {
    const stage = runtimeStage();
    expect(all(stage, "RUN").some((run) => /\b(apt-get|apk) .*\b(install|add)\b.*\btini\b/.test(text(run)))).toBe(true);
    const [entrypoint] = all(stage, "ENTRYPOINT");
    expect(execForm(entrypoint!)).toEqual(["/usr/bin/tini", "--"]);
    expect(execForm(all(stage, "CMD").at(-1)!)).toEqual(["node", "dist/adapters/cli.js", "serve"]);
  });

  it("labels the image the OCI way, with the package's version and licence", () => {
    const stage = runtimeStage();
    const args = Object.fromEntries(all(stage, "ARG").map((arg) => text(arg).split("=") as [string, string]));
    const labels = Object.fromEntries(
      stage.filter((instruction) => instruction instanceof Label).flatMap((label) => label.getProperties().map((property) => [property.getName(), property.getValue()])),
    );
    const resolve = (value: string | null | undefined) => value?.replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? "");
    for (const key of ["title", "description", "source", "licenses", "version"]) expect(labels).toHaveProperty(`org.opencontainers.image.${key}`);
    expect(labels["org.opencontainers.image.title"]).toBe("career-advisor");
    expect(resolve(labels["org.opencontainers.image.version"])).toBe(pkg.version);
    expect(labels["org.opencontainers.image.licenses"]).toBe(pkg.license);
  });

  it("declares no volume over the shipped knowledge, only over what the advisor records", () => {
    const stage = runtimeStage();
    const env = all(stage, "ENV").map(text).join(" ");
    const knowledge = /CAREER_ADVISOR_KNOWLEDGE=(\S+)/.exec(env)?.[1];
    expect(knowledge).toBe("/app/knowledge");
    const volumes = all(stage, "VOLUME").flatMap((volume) => execForm(volume));
    expect(volumes).toEqual(["/data"]);
    expect(volumes.some((volume) => knowledge!.startsWith(volume) || volume.startsWith(knowledge!))).toBe(false);
  });

  it("leaves the benchmarks and local data out of the image", () => {
    for (const copy of all(instructions, "COPY")) expect(text(copy)).not.toMatch(/\bbench\b/);
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n").map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(["bench", "data", ".env", "node_modules", "dist"]));
  });
});
