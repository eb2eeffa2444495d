import { runtimeOptions } from "../platform-options.js";
import type { ChannelEntry } from "../runtime/entry.js";
import type { SlackAdapter } from "./app.js";
import { RESPONSE_URL_PATTERNS } from "./redact.js";
import { describeRejection, slackSettings, SLACK_VARIABLES } from "./settings.js";
import { EVENTS_PATH } from "./surface.js";
import { TokenRejected } from "./token-rejected.js";

/** The Slack app as a channel; in HTTP mode it opens no port of its own and answers on the process's server. */
export const slack: ChannelEntry<typeof SLACK_VARIABLES> = {
  name: "slack",
  switch: "SLACK_BOT_TOKEN",
  turnOn: "set SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET for HTTP mode or SLACK_APP_TOKEN for Socket Mode (docs/slack.md)",
  variables: SLACK_VARIABLES,
  secrets: ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"],
  redact: RESPONSE_URL_PATTERNS,
  create(runtime, values) {
    const { botToken, connection, apiUrl } = slackSettings(values);
    const name = "slack";
    let adapter: SlackAdapter | undefined;
    return {
      name,
      async start() {
        const { createSlackAdapter } = await import("./app.js");
        adapter = createSlackAdapter(runtime.advisor, {
          ...runtimeOptions(runtime, name),
          botToken,
          connection: connection.mode === "http" ? { ...connection, listen: false } : connection,
          apiUrl,
        });
        // Slack posts commands, events and button presses all to one path.
        if (adapter.requestListener) runtime.http.mount(EVENTS_PATH, adapter.requestListener);
        try {
          await adapter.start();
        } catch (error) {
          throw error instanceof TokenRejected ? describeRejection(error) : error;
        }
      },
      stop: async () => adapter?.stop(),
    };
  },
};
