import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { freePort } from "./process.js";

// nginx from Debian's packages, run as the shipped deploy/nginx.conf has it, in front of replicas on 127.0.0.1.

const NGINX = ["nginx", "/usr/sbin/nginx"].find((command) => spawnSync(command, ["-v"]).status === 0);
export const HAVE_NGINX = NGINX !== undefined;
if (!HAVE_NGINX) {
  if (process.env.CI) throw new Error("nginx is not installed; .ci/run installs it (apt-get install nginx)");
  process.stderr.write("note: nginx is not installed (apt-get install nginx), so the tests through nginx are skipped\n");
}

/**
 * deploy/nginx.conf with Docker's DNS swapped for the replicas' addresses and the listen port for a free one on
 * 127.0.0.1; every location, timeout and retry rule is the shipped one. Started as a child (not a daemon), with its
 * pid file, logs and temporary files in a folder of its own; stopped when the test ends.
 */
export async function startNginx(replicas: readonly number[]): Promise<{ port: number; errors(): string }> {
  const dir = mkdtempSync(join(tmpdir(), "career-advisor-nginx-"));
  const port = await freePort();
  const shipped = readFileSync(new URL("../../deploy/nginx.conf", import.meta.url), "utf8");
  const server = shipped
    .replace(/^resolver .*$/m, "")
    .replace(/^(\s*)server advisor:3000 resolve;$/m, (_, indent: string) => replicas.map((replica) => `${indent}server 127.0.0.1:${replica};`).join("\n"))
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`);
  if (server.includes("advisor:3000") || server.includes("8080")) throw new Error("deploy/nginx.conf no longer has the lines this test replaces");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${join(dir, kind)};`).join("\n  ");
  writeFileSync(
    join(dir, "nginx.conf"),
    `daemon off;\nworker_processes 1;\npid ${join(dir, "nginx.pid")};\nerror_log ${join(dir, "error.log")} warn;\nevents {}\nhttp {\n  access_log off;\n  ${temp}\n${server}\n}\n`,
  );
  const child = spawn(NGINX!, ["-e", join(dir, "error.log"), "-p", dir, "-c", join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  onTestFinished(async () => {
    child.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });
  const errors = () => {
    try {
      return stderr + readFileSync(join(dir, "error.log"), "utf8");
    } catch {
      return stderr;
    }
  };
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx did not start:\n${errors()}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) return { port, errors };
    if (tries > 100) throw new Error(`nginx did not answer within 10 s:\n${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
