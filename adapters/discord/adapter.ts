import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  RESTJSONErrorCodes,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
} from "discord.js";
import { createRateLimiter, type Advisor, type RateLimiter, type RateLimitOptions } from "../../src/index.js";
import type { Logger } from "../log.js";
import { questionFromCustomId } from "./buttons.js";
import { COMMAND_NAME, QUESTION_OPTION } from "./commands.js";
import { fatalCloseMessage, loginFailureMessage } from "./fatal-close.js";
import { createResponder } from "./respond.js";
import { restOptions } from "./rest-options.js";
import { DISCORD_API } from "./settings.js";
import { conversationId, questionFromMessage } from "./to-question.js";

export type DiscordAdapterOptions = {
  /** Every line goes through it, so tokens in failed request URLs are redacted. */
  logger: Logger;
  /** REST base URL without the version; the gateway URL is fetched from it. */
  apiUrl?: string;
  rateLimit?: RateLimitOptions;
  /** Called once the client has stopped because the gateway closed for good after start() had succeeded. */
  onFatalClose?: (message: string) => void;
  /** Wraps the rate limiter, e.g. to count the questions it turns away. */
  decorateLimiter?: (limiter: RateLimiter) => RateLimiter;
  /** Told each time the gateway connection comes up (true) or goes down (false), for a health check. */
  onStatus?: (connected: boolean) => void;
};

export type DiscordAdapter = {
  /** Resolves once connected and ready; rejects with a message meant for people when Discord refuses the bot. */
  start(token: string): Promise<void>;
  /** Logs out and closes the connection. */
  stop(): Promise<void>;
};

// Five questions back to back, then one more every twelve seconds.
const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 5, refillMs: 12_000 };

/** The Discord front end: gateway events become questions, replies become messages, and nothing else happens here. */
export function createDiscordAdapter(advisor: Advisor, options: DiscordAdapterOptions): DiscordAdapter {
  const { logger } = options;
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const respond = createResponder(advisor, options.decorateLimiter?.(limiter) ?? limiter, logger);
  const client = new Client({
    // Mentions and direct messages arrive with their content without the privileged Message Content intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // A direct message channel is not cached before its first message; without this its messages are dropped.
    partials: [Partials.Channel],
    // Replies echo what people typed; nothing the bot sends may ping anyone, the asker included.
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
    rest: restOptions(options.apiUrl ?? DISCORD_API),
  });
  let running = false;
  let fatal: string | undefined;

  const report = (error: unknown) => {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
      logger.warn("an interaction expired before its answer reached Discord", error);
    } else {
      logger.error("answering on Discord failed", error);
    }
  };

  async function answerMessage(message: Message): Promise<void> {
    const question = questionFromMessage(message, client.user!.id);
    if (!question || !message.channel.isSendable()) return;
    const { messages } = respond(message.author.id, question);
    for (const [index, reply] of messages.entries()) {
      // In a server the answer replies to the message that asked; a direct message is already a conversation.
      if (index === 0 && message.inGuild()) await message.reply(reply);
      else await message.channel.send(reply);
    }
  }

  async function answerInteraction(interaction: Interaction): Promise<void> {
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const asked = interaction.isButton() ? questionFromCustomId(interaction.customId) : undefined;
    const text = interaction.isChatInputCommand() ? commandQuestion(interaction) : asked;
    if (text === undefined) return;
    const question = { text, conversationId: conversationId(interaction.channelId, interaction.user.id) };
    // The advisor answers synchronously, so the first response goes out at once, well inside Discord's three seconds.
    const { messages, notice } = respond(interaction.user.id, question, asked);
    for (const [index, reply] of messages.entries()) {
      if (index === 0) await interaction.reply(notice ? { ...reply, flags: MessageFlags.Ephemeral } : reply);
      else await interaction.followUp(reply);
    }
  }

  client.on(Events.MessageCreate, (message) => void answerMessage(message).catch(report));
  client.on(Events.InteractionCreate, (interaction) => void answerInteraction(interaction).catch(report));
  client.on(Events.Error, (error) => logger.error("Discord client error", error));
  client.on(Events.Warn, (message) => logger.warn(message));
  // A fatal close also surfaces as a shard error; its own message says more.
  client.on(Events.ShardError, (error) => fatal === undefined && logger.warn("gateway connection error", error));
  for (const event of [Events.ShardReady, Events.ShardResume] as const) client.on(event, () => options.onStatus?.(true));
  for (const event of [Events.ShardReconnecting, Events.ShardDisconnect] as const) client.on(event, () => options.onStatus?.(false));
  client.on(Events.ShardDisconnect, ({ code }) => {
    const message = fatalCloseMessage(code);
    if (!message) return;
    fatal = message;
    // Before start() resolves, start() itself rejects with this message.
    if (!running) return;
    running = false;
    logger.error(message);
    void client.destroy().finally(() => options.onFatalClose?.(message));
  });

  return {
    async start(token) {
      try {
        await client.login(token);
      } catch (error) {
        const message = fatal ?? loginFailureMessage(error);
        throw message ? new Error(message) : error;
      }
      running = true;
      logger.info(`connected to Discord as ${client.user?.tag ?? "the bot"}`);
    },
    async stop() {
      running = false;
      await client.destroy();
    },
  };
}

function commandQuestion(interaction: ChatInputCommandInteraction): string | undefined {
  return interaction.commandName === COMMAND_NAME ? interaction.options.getString(QUESTION_OPTION, true) : undefined;
}
