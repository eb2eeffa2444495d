import { spawnSync } from "node:child_process";

// Each test file runs its own redis-server on a free port in a scratch folder, so no test depends on a
// system service or on another file's data. `.ci/run` installs redis-server; a developer without it sees the
// Redis tests skipped with a note, except under CI, where a missing server fails the run.
export const HAVE_REDIS = spawnSync("redis-server", ["--version"]).status === 0;
if (!HAVE_REDIS) {
  if (process.env.CI) throw new Error("redis-server is not installed; .ci/run installs it (apt-get install redis-server)");
  process.stderr.write("note: redis-server is not installed (apt-get install redis-server), so the Redis store tests are skipped\n");
}

export { startRedis, type RedisServer } from "../../bench/redis-server.js";
