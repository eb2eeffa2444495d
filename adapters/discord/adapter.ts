import { Client, DiscordAPIError, Events, MessageFlags, RESTJSONErrorCodes, type ChatInputCommandInteraction, type Interaction, type Message } from "discord.js";
import { SLOW_DOWN, type Advisor } from "../../src/index.js";
import type { ShardOptions } from "../discord-shards.js";
import { createInFlight, STOP_DEADLINE_MS } from "../in-flight.js";
import type { Logger } from "../log.js";
import { platformPipeline, type PlatformOptions } from "../platform-options.js";
import type { RateLimit } from "../runtime/pipeline.js";
import { GaveUp, PATIENCE, retry, type Patience } from "../retry.js";
import { voteNotice } from "../feedback.js";
import { questionFromCustomId, voteFromCustomId } from "./buttons.js";
import { clientOptions } from "./client-options.js";
import { COMMAND_NAME, QUESTION_OPTION } from "./commands.js";
import { transient } from "./deliver.js";
import { fatalCloseMessage, loginFailureMessage } from "./fatal-close.js";
import { logGatewayOutages } from "./gateway-outage.js";
import { renderNotice } from "./render.js";
import { createResponder } from "./respond.js";
import { botRestOptions } from "./rest-options.js";
import { DISCORD_API } from "./settings.js";
import { conversationId, questionFromMessage } from "./to-question.js";

export type DiscordAdapterOptions = PlatformOptions<Patience> & {
  /** REST base URL without the version; the gateway URL is fetched from it. */
  apiUrl?: string;
  /** The gateway shards this process runs (default: one shard, all of them). */
  shards?: ShardOptions;
  /** Called once the client has stopped because the gateway closed for good after start() had succeeded. */
  onFatalClose?: (message: string) => void;
};

export type DiscordAdapter = {
  /** Resolves once connected and ready; rejects with a message meant for people when Discord refuses the bot. */
  start(token: string): Promise<void>;
  /** Stops taking questions, lets replies in flight finish within the deadline, gives up (and logs) the rest, then logs out. */
  stop(): Promise<void>;
};

// Five questions a minute: more than anyone types, less than a script sends.
const DEFAULT_RATE_LIMIT: RateLimit = { points: 5, windowMs: 60_000 };
// Told to slow down with a reaction on their message: no message of its own in the channel, nothing to ping.
const SLOW_DOWN_REACTION = "⏳";
// Discord drops an interaction not acknowledged within three seconds; the deferral needs some of that time itself.
const INTERACTION_WINDOW_MS = 3_000;
const DEFERRAL_MARGIN_MS = 500;

/** The Discord front end: gateway events become questions, replies become messages, and nothing else happens here. */
export function createDiscordAdapter(advisor: Advisor, options: DiscordAdapterOptions): DiscordAdapter {
  const { logger, store, records } = options;
  const pipeline = platformPipeline(advisor, "discord", options, DEFAULT_RATE_LIMIT);
  const respond = createResponder(pipeline, logger, Boolean(records));
  // Shard ranges that overlap during a resharding, or a gateway that delivers twice, must not answer twice.
  const firstToClaim = (kind: string, id: string) => store.events.claim(`discord:${kind}:${id}`);
  const stopping = new AbortController();
  const client = new Client(clientOptions(botRestOptions(options.apiUrl ?? DISCORD_API, stopping.signal), options.shards));
  const inFlight = createInFlight();
  const patience = options.patience ?? PATIENCE;
  // Retries honour Discord's waits within `patience`; GaveUp, with the reason, when they cannot.
  const send = (request: () => Promise<unknown>, budgetMs = patience.budgetMs) => retry(request, transient, { ...patience, budgetMs, signal: stopping.signal });
  let running = false;
  let closing = false;
  let fatal: string | undefined;
  let stopped: Promise<void> | undefined;

  const report = (channelId: string | null) => (error: unknown) => {
    if (error instanceof GaveUp) {
      logger.error(`gave up a reply in channel ${channelId ?? "(unknown)"}: ${error.message}`);
    } else if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
      logger.warn("an interaction expired before its answer reached Discord", error);
    } else {
      logger.error("answering on Discord failed", error);
    }
  };

  async function answerMessage(message: Message): Promise<void> {
    const question = questionFromMessage(message, client.user!.id);
    const { channel } = message;
    if (!question || !channel.isSendable() || !(await firstToClaim("message", message.id))) return;
    const response = await respond(message.author.id, question);
    if (response.kind === "refused") {
      if (response.first) await send(() => message.react(SLOW_DOWN_REACTION));
      return;
    }
    for (const [index, reply] of response.messages.entries()) {
      // In a server the answer replies to the message that asked; a direct message is already a conversation.
      if (index === 0 && message.inGuild()) await send(() => message.reply(reply));
      else await send(() => channel.send(reply));
    }
  }

  async function answerInteraction(interaction: Interaction): Promise<void> {
    const received = Date.now();
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const cast = interaction.isButton() ? voteFromCustomId(interaction.customId) : undefined;
    if (cast) {
      if (!records || !(await firstToClaim("interaction", interaction.id))) return;
      const outcome = await records.votes.vote(cast.replyId, `discord:${interaction.user.id}`, cast.vote);
      // Only the voter sees the thanks; the channel sees nothing.
      await interaction.reply({ content: voteNotice(outcome), flags: MessageFlags.Ephemeral });
      return;
    }
    const asked = interaction.isButton() ? questionFromCustomId(interaction.customId) : undefined;
    const text = interaction.isChatInputCommand() ? commandQuestion(interaction) : asked;
    if (text === undefined || !(await firstToClaim("interaction", interaction.id))) return;
    const question = { text, conversationId: conversationId(interaction.channelId, interaction.user.id) };
    const response = await respond(interaction.user.id, question, asked);
    // Every refused interaction is answered, or Discord shows "did not respond"; interaction replies cost the bot's
    // shared request budget nothing, so the once-per-window rule that protects it does not apply here.
    const [first, ...rest] = response.kind === "refused" ? [renderNotice(SLOW_DOWN)] : response.messages;
    // A word about the bot rather than an answer is shown only to the asker.
    const flags = response.kind === "answer" ? undefined : MessageFlags.Ephemeral;
    try {
      // The store answers within its bound and the advisor in well under a millisecond, so this goes out well inside
      // Discord's three seconds.
      await interaction.reply({ ...first, flags });
    } catch (error) {
      const why = transient({ ok: false, error }, 1);
      if (!why) throw error;
      const left = received + INTERACTION_WINDOW_MS - DEFERRAL_MARGIN_MS - Date.now();
      if (left <= 0) throw new GaveUp(`${why.reason}, and the interaction's three seconds ran out`, 1, { cause: error });
      // Deferred ("thinking…"), the interaction stays open fifteen minutes, time enough to wait out the failure.
      await send(() => interaction.deferReply({ flags }), left);
      await send(() => interaction.editReply(first!));
    }
    for (const reply of rest) await send(() => interaction.followUp(reply));
  }

  client.on(Events.MessageCreate, (message) => {
    if (!closing) void inFlight.track(answerMessage(message)).catch(report(message.channelId));
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!closing) void inFlight.track(answerInteraction(interaction)).catch(report(interaction.channelId));
  });
  client.on(Events.Error, (error) => logger.error("Discord client error", error));
  client.on(Events.Warn, (message) => logger.warn(message));
  logGatewayOutages(client, logger, () => !running);
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

  async function shutdown(): Promise<void> {
    running = false;
    closing = true;
    const deadline = options.stopDeadlineMs ?? STOP_DEADLINE_MS;
    await inFlight.drain(deadline, (count) => {
      logger.warn(`stopping: giving up ${count} repl${count === 1 ? "y" : "ies"} still unsent after ${deadline / 1000} s`);
      stopping.abort();
    });
    await client.destroy();
  }

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
    stop() {
      stopped ??= shutdown();
      return stopped;
    },
  };
}

function commandQuestion(interaction: ChatInputCommandInteraction): string | undefined {
  return interaction.commandName === COMMAND_NAME ? interaction.options.getString(QUESTION_OPTION, true) : undefined;
}
