import { Client, Events } from "discord.js";
import { expect, it, onTestFinished } from "vitest";
import { CACHE_LIMITS, clientOptions } from "../../adapters/discord/client-options.js";
import { restOptions } from "../../adapters/discord/rest-options.js";
import { TOKEN } from "./harness.js";
import { GUILD_ID, message, user } from "./stand-in/payloads.js";
import { startStandIn } from "./stand-in/server.js";

it("keeps at most CACHE_LIMITS users and members per server however many people write, and sweeps users", async () => {
  const standIn = await startStandIn({ token: TOKEN });
  onTestFinished(() => standIn.close());
  // The client with the options the bot uses, fed through the gateway the messages of 1,500 different people.
  const client = new Client(clientOptions(restOptions(standIn.apiUrl)));
  onTestFinished(() => client.destroy());
  await client.login(TOKEN);

  const people = 1_500;
  let seen = 0;
  const all = new Promise<void>((resolve) => client.on(Events.MessageCreate, () => ++seen === people && resolve()));
  for (let n = 0; n < people; n++) standIn.dispatch("MESSAGE_CREATE", message({ author: user(`person-${n}`), content: "hello all" }));
  await all;

  expect(client.users.cache.size).toBeLessThanOrEqual(CACHE_LIMITS.users);
  expect(client.users.cache.has(client.user!.id)).toBe(true);
  expect(client.guilds.cache.get(GUILD_ID)!.members.cache.size).toBeLessThanOrEqual(CACHE_LIMITS.membersPerGuild);
  expect(client.options.sweepers?.users?.interval).toBe(CACHE_LIMITS.sweepEverySeconds);
  expect(client.sweepers.sweepUsers((entry) => entry.username.startsWith("person-"))).toBeGreaterThan(0);
});
