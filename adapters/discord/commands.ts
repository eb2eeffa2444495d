import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  DiscordAPIError,
  InteractionContextType,
  REST,
  Routes,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { BAD_TOKEN } from "./fatal-close.js";
import { restOptions } from "./rest-options.js";

export const COMMAND_NAME = "career";
export const QUESTION_OPTION = "question";

/**
 * `/career question:<text>`. The global command also works in direct messages with the bot; a server's own
 * command exists only in that server, and contexts apply to global commands only, so it goes without them.
 */
export function careerCommand(scope: "guild" | "global"): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: COMMAND_NAME,
    description: "Ask about careers in healthcare IT",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: QUESTION_OPTION,
        description: "What you want to know, e.g. what does a health informatics specialist earn?",
        required: true,
      },
    ],
    ...(scope === "global" && {
      integration_types: [ApplicationIntegrationType.GuildInstall],
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    }),
  };
}

export type RegisterOptions = { token: string; applicationId: string; guildId?: string; apiUrl: string };

/** Replaces the application's command list (in one server when `guildId` is set, else globally) with `/career`. */
export async function registerCommands({ token, applicationId, guildId, apiUrl }: RegisterOptions): Promise<void> {
  const rest = new REST(restOptions(apiUrl)).setToken(token);
  try {
    const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
    await rest.put(route, { body: [careerCommand(guildId ? "guild" : "global")] });
  } catch (error) {
    throw explain(error, guildId);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

// The command line prints this message as it is, so it names what to check and never the request URL.
function explain(error: unknown, guildId: string | undefined): unknown {
  if (!(error instanceof DiscordAPIError)) return error;
  if (error.status === 401) return new Error(BAD_TOKEN);
  const check = guildId
    ? "Check DISCORD_APPLICATION_ID, and that the bot is in the server DISCORD_GUILD_ID names, invited with the applications.commands scope."
    : "Check that DISCORD_APPLICATION_ID is the application this token belongs to.";
  return new Error(`Discord refused to register /${COMMAND_NAME} (HTTP ${error.status}, code ${error.code}: ${error.message}). ${check}`);
}
