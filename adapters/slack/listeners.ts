import type { App, BlockButtonAction, RespondArguments, webApi } from "@slack/bolt";
import { SLOW_DOWN, type Vote, type VoteBook } from "../../src/index.js";
import { REPLY_ID, voteNotice } from "../feedback.js";
import type { Logger } from "../log.js";
import type { Outcome, Pipeline } from "../runtime/pipeline.js";
import { ASK_ACTION, renderNotice, renderReply, SHARE_ACTION, VOTE_ACTION, type RenderOptions, type SlackMessage } from "./render.js";
import type { ShareStore } from "./shares.js";
import { COMMAND } from "./surface.js";
import { fromButton, fromCommand, fromDirectMessage, fromMention, isFromPerson } from "./to-question.js";
import { reportUndelivered } from "./undelivered.js";

const SHARE_GONE = "That answer can no longer be shared: it was shared already, or the app has restarted since. Ask again with /career.";

type Asked = { user: string; text: string };
type Place = { channel: string; user: string; threadTs?: string };
/** Someone over the rate limit is told once per window; later refusals in it say nothing. */
const silent = (outcome: Outcome) => outcome.kind === "refused" && !outcome.first;


/**
 * Where each way of asking is answered: /career privately, with a button to share; a mention in its thread;
 * a DM in the DM; a suggestion button next to the message that carried it.
 */
export function listen(app: App, answer: Pipeline, shares: ShareStore, logger: Logger, votes?: VoteBook): void {
  // Answers carry vote buttons only where votes are counted.
  const toMessage = (outcome: Outcome, options: RenderOptions): SlackMessage =>
    outcome.kind === "reply"
      ? renderReply(outcome.reply, { ...options, feedbackId: votes ? outcome.id : undefined })
      : renderNotice(outcome.kind === "apology" ? outcome.reply.text : SLOW_DOWN);

  // A reply Slack would not take is logged here, once, with its channel; one lost reply never affects the others.
  const deliver = (channel: string, send: () => Promise<unknown>): Promise<void> =>
    send().then(
      () => undefined,
      (error: unknown) => reportUndelivered(logger, channel, error),
    );

  const privately = async (outcome: Outcome, asked: Asked): Promise<RespondArguments> => {
    const shareId = outcome.kind === "reply" ? await shares.put({ reply: outcome.reply, asked, id: outcome.id }) : undefined;
    return { response_type: "ephemeral", replace_original: false, ...toMessage(outcome, { asked, followUps: true, shareId }) };
  };

  // Being told to slow down is nobody else's business, so in a channel that notice is private.
  const post = async (client: webApi.WebClient, place: Place, outcome: Outcome, asked?: Asked): Promise<void> => {
    if (silent(outcome)) return;
    const message = toMessage(outcome, { asked, followUps: true });
    await deliver(place.channel, () =>
      outcome.kind === "refused"
        ? client.chat.postEphemeral({ channel: place.channel, user: place.user, thread_ts: place.threadTs, ...message })
        : client.chat.postMessage({ channel: place.channel, thread_ts: place.threadTs, ...message }),
    );
  };

  app.command(COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const question = fromCommand(command);
    const outcome = await answer(command.user_id, question);
    if (silent(outcome)) return;
    const message = await privately(outcome, { user: command.user_id, text: question.text });
    await deliver(command.channel_id, () => respond(message));
  });

  app.event("app_mention", async ({ event, context, client }) => {
    // A mention inside a DM also arrives as a DM message, and is answered as one.
    if (!isFromPerson(event) || event.channel.startsWith("D")) return;
    const place = { channel: event.channel, user: event.user, threadTs: event.thread_ts ?? event.ts };
    await post(client, place, await answer(event.user, fromMention(event, context.botUserId)));
  });

  app.message(async ({ message, client }) => {
    if (message.channel_type !== "im" || !isFromPerson(message)) return;
    const place = { channel: message.channel, user: message.user, threadTs: message.thread_ts };
    await post(client, place, await answer(message.user, fromDirectMessage(message)));
  });

  app.action<BlockButtonAction>(ASK_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const channel = body.channel?.id;
    if (!channel || !action.value) return;
    const user = body.user.id;
    const threadTs: string | undefined = body.message?.thread_ts ?? body.container.thread_ts;
    const question = fromButton({ text: action.value, channel, user, threadTs });
    const outcome = await answer(user, question);
    if (silent(outcome)) return;
    const asked = { user, text: question.text };
    if (body.container.is_ephemeral) {
      const message = await privately(outcome, asked);
      await deliver(channel, () => respond(message));
    }
    else await post(client, { channel, user, threadTs }, outcome, asked);
  });

  app.action<BlockButtonAction>(SHARE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const channel = body.channel?.id ?? "an unknown channel";
    const shared = action.value ? await shares.take(action.value) : undefined;
    if (!shared || shared.asked.user !== body.user.id) {
      await deliver(channel, () => respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(SHARE_GONE) }));
      return;
    }
    const feedbackId = votes && shared.id;
    await deliver(channel, () => respond({ response_type: "in_channel", replace_original: false, ...renderReply(shared.reply, { asked: shared.asked, feedbackId }) }));
  });

  if (!votes) return;
  app.action<BlockButtonAction>(VOTE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const vote = VOTE_ACTION.exec(action.action_id)![1] as Vote;
    if (!REPLY_ID.test(action.value ?? "")) return;
    // Users are per workspace; the team keeps two workspaces' users apart.
    const outcome = await votes.vote(action.value!, `slack:${body.team?.id ?? ""}:${body.user.id}`, vote);
    // Through response_url: only the voter sees it, and the answer above stays as it was.
    await deliver(body.channel?.id ?? "an unknown channel", () => respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(voteNotice(outcome)) }));
  });
}
