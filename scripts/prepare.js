// `npm install` and `npm ci` build the package. A production install (`npm ci --omit=dev`) has no TypeScript:
// it runs with the dist/ built beforehand (the Dockerfile's build stage), so there is nothing to do here.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

try {
  createRequire(import.meta.url).resolve("typescript");
} catch {
  console.log("career-advisor: TypeScript is not installed (a production install), so not building; dist/ must come from a build.");
  process.exit(0);
}
const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
process.exit(build.status ?? 1);
