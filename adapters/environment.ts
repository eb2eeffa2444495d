// Every environment variable the command reads, for `--help`; .env.example documents each one (a test keeps the two in step).
export const ENVIRONMENT: readonly { name: string; use: string }[] = [
  { name: "CAREER_ADVISOR_KNOWLEDGE", use: "knowledge folder (default: the shipped one)" },
  { name: "DISCORD_TOKEN", use: "Discord bot token; with DISCORD_APPLICATION_ID turns Discord on" },
  { name: "DISCORD_APPLICATION_ID", use: "Discord application id" },
  { name: "DISCORD_GUILD_ID", use: "register /career in this one server only (optional)" },
  { name: "DISCORD_API_URL", use: "another Discord REST base URL (testing)" },
  { name: "SLACK_BOT_TOKEN", use: "Slack bot token (xoxb-); turns Slack on" },
  { name: "SLACK_SIGNING_SECRET", use: "Slack signing secret, for HTTP mode" },
  { name: "SLACK_APP_TOKEN", use: "Slack app-level token (xapp-); selects Socket Mode" },
  { name: "SLACK_API_URL", use: "another Slack Web API base URL (testing)" },
  { name: "API_KEYS", use: "comma-separated keys for the HTTP API (POST /v1/ask); turns the API on" },
  { name: "WEB_CHAT_ORIGINS", use: "comma-separated sites that may embed the web chat (/chat), such as https://careers.example.edu; turns it on" },
  { name: "WEB_CHAT", use: "on or off: off keeps the web chat off while WEB_CHAT_ORIGINS is set (default on)" },
  { name: "PORT", use: "HTTP port for Slack, the API, the web chat, /healthz and /metrics (default 3000)" },
  { name: "HOST", use: "address to listen on (default: every interface)" },
  { name: "REDIS_URL", use: "redis://[user:password@]host[:port][/db]: state shared by several processes (default: kept in this one)" },
  { name: "REDIS_PREFIX", use: "prefix of every Redis key, one per advisor sharing a Redis (default career-advisor)" },
  { name: "DATA_DIR", use: "folder the embedded store keeps what must survive a restart in (default: memory only)" },
  { name: "DISCORD_SHARDS", use: "auto, or the total number of gateway shards across all processes" },
  { name: "DISCORD_SHARD_IDS", use: "the shards this process runs, such as 0-3 or 0,2 (needs DISCORD_SHARDS as a number)" },
  { name: "LOG_LEVEL", use: "fatal, error, warn, info (default) or debug" },
  { name: "LOG_FORMAT", use: "json or pretty (default: pretty on a terminal, json otherwise)" },
];

export function environmentHelp(): string {
  const width = Math.max(...ENVIRONMENT.map(({ name }) => name.length));
  return ["", "Environment variables (also read from ./.env):", ...ENVIRONMENT.map(({ name, use }) => `  ${name.padEnd(width)}  ${use}`)].join("\n");
}
