// Gateway payloads shaped as Discord's v10 documentation describes them, with only the fields discord.js reads.

let counter = 0n;
/** A fresh snowflake: Discord's epoch timestamp in the high bits, a counter below. */
export function snowflake(): string {
  return ((BigInt(Date.now() - 1_420_070_400_000) << 22n) + counter++).toString();
}

export type User = { id: string; username: string; discriminator: "0"; global_name: string | null; avatar: null; bot?: boolean };

export function user(username: string, bot = false): User {
  return { id: snowflake(), username, discriminator: "0", global_name: null, avatar: null, ...(bot && { bot }) };
}

export const BOT = user("career-advisor", true);
export const APPLICATION_ID = BOT.id;
export const GUILD_ID = snowflake();
export const CHANNEL_ID = snowflake();

export function ready(resumeUrl: string) {
  return {
    v: 10,
    user: BOT,
    guilds: [{ id: GUILD_ID, unavailable: true }],
    session_id: "stand-in-session",
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: APPLICATION_ID, flags: 0 },
  };
}

/** A server as GUILD_CREATE carries it, with one text channel. */
export function guildCreate(id = GUILD_ID, channelId = CHANNEL_ID) {
  return {
    id,
    name: "Healthcare IT careers",
    icon: null,
    owner_id: snowflake(),
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    features: [],
    emojis: [],
    stickers: [],
    roles: [{ id, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: channelId, type: 0, name: "careers", position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    threads: [],
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

function member(author: User) {
  return { user: author, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: "3072" };
}

/** A message as MESSAGE_CREATE carries it; `mentions` lists the users it mentions. */
export function message({ author, content, guildId = GUILD_ID, channelId = CHANNEL_ID, direct = false, mentions = [] as User[] }: {
  author: User;
  content: string;
  guildId?: string;
  channelId?: string;
  direct?: boolean;
  mentions?: User[];
}) {
  return {
    id: snowflake(),
    channel_id: channelId,
    ...(direct ? { channel_type: 1 } : { guild_id: guildId, member: member(author) }),
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** An interaction from a server channel or, with `direct`, from a direct message with the bot. */
function interaction(from: User, channelId: string, direct: boolean, fields: object) {
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    token: `interaction-token-${snowflake()}-secret`,
    version: 1,
    locale: "en-US",
    app_permissions: "3072",
    entitlements: [],
    ...(direct
      ? { user: from, channel: { id: channelId, type: 1, recipients: [from] }, context: 1, authorizing_integration_owners: { "0": "0" } }
      : {
          guild_id: GUILD_ID,
          guild_locale: "en-US",
          member: member(from),
          channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: "careers" },
          context: 0,
          authorizing_integration_owners: { "0": GUILD_ID },
        }),
    ...fields,
  };
}

export function slashCommand({ from, question, channelId = CHANNEL_ID, direct = false }: { from: User; question: string; channelId?: string; direct?: boolean }) {
  return interaction(from, channelId, direct, {
    type: 2,
    data: { id: snowflake(), name: "career", type: 1, options: [{ name: "question", type: 3, value: question }] },
  });
}

/** A press on a button of `pressed`, a message the bot sent (as the stand-in returned it). */
export function buttonPress({ from, customId, pressed, direct = false }: { from: User; customId: string; pressed: { channel_id: string }; direct?: boolean }) {
  return interaction(from, pressed.channel_id, direct, { type: 3, data: { custom_id: customId, component_type: 2 }, message: pressed });
}
