import type { ShardOptions } from "../discord-shards.js";
import { GatewayIntentBits, Options, Partials, type ClientOptions, type GuildMember, type User } from "discord.js";

// The bot reads each question from its event and never looks anyone up, yet discord.js keeps every user and
// member it has seen, about 1 KB each, for as long as the process runs. These bounds keep a big server from
// growing the process without end; the bot's own user and member are always kept, as discord.js needs them.
export const CACHE_LIMITS = { users: 1_000, membersPerGuild: 200, sweepEverySeconds: 30 * 60 } as const;

const isBot = (entry: User | GuildMember) => entry.id === entry.client.user?.id;

export function clientOptions(rest: ClientOptions["rest"], shards?: ShardOptions): ClientOptions {
  return {
    ...shards,
    // Mentions and direct messages arrive with their content without the privileged Message Content intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // A direct message channel is not cached before its first message; without this its messages are dropped.
    partials: [Partials.Channel],
    // Replies echo what people typed; nothing the bot sends may ping anyone, the asker included.
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
    rest,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: CACHE_LIMITS.users, keepOverLimit: isBot },
      GuildMemberManager: { maxSize: CACHE_LIMITS.membersPerGuild, keepOverLimit: isBot },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: CACHE_LIMITS.sweepEverySeconds, filter: () => (user) => !isBot(user) },
      guildMembers: { interval: CACHE_LIMITS.sweepEverySeconds, filter: () => (member) => !isBot(member) },
    },
  };
}
