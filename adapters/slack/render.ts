import type { types } from "@slack/bolt";
import { sourcesLine, splitMessage, truncate, type Reply, type Vote } from "../../src/index.js";
import { VOTE_LABELS } from "../feedback.js";
import { escapeMrkdwn } from "./mrkdwn.js";

type Block = types.KnownBlock;

// Slack's limits for one message (block counts, and characters per field).
const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3_000;
const MAX_HEADER_TEXT = 150;
const MAX_BUTTONS = 25;
const MAX_BUTTON_TEXT = 75;
const MAX_BUTTON_VALUE = 2_000;
// Long enough to recognise the question, short enough not to crowd out the answer.
const MAX_ECHOED_QUESTION = 300;

/** Suggestion buttons are numbered because action ids must be unique within a message. */
export const ASK_ACTION = /^ask-\d+$/;
export const SHARE_ACTION = "share";
/** One action per vote; the value is the reply's id. */
export const VOTE_ACTION = /^vote-(helpful|not-helpful)$/;

export type SlackMessage = { text: string; blocks?: Block[] };

export type RenderOptions = {
  /** Shown above the answer where the question itself is not visible next to it. */
  asked?: { user: string; text: string };
  /** Offer the suggestions (and a clarify reply's options) as buttons. */
  followUps?: boolean;
  /** Key of the stored reply that a "Share in channel" button posts. */
  shareId?: string;
  /** The reply's id: an answer then carries "Helpful" / "Not helpful" buttons. */
  feedbackId?: string;
};

export function renderReply(reply: Reply, { asked, followUps = false, shareId, feedbackId }: RenderOptions = {}): SlackMessage {
  const head: Block[] = [];
  if (asked) head.push(context(`<@${escapeMrkdwn(asked.user)}> asked: ${escapeMrkdwn(truncate(oneLine(asked.text), MAX_ECHOED_QUESTION))}`));
  if (reply.title) head.push({ type: "header", text: { type: "plain_text", text: truncate(reply.title, MAX_HEADER_TEXT) } });

  const tail: Block[] = [];
  const sources = sourcesLine(reply.sources);
  if (sources) tail.push(context(escapeMrkdwn(sources)));
  const questions = followUps ? askable(reply) : [];
  if (questions.length) {
    tail.push({ type: "actions", block_id: "ask", elements: questions.map((question, i) => button(`ask-${i}`, question, question)) });
  }
  if (shareId) tail.push({ type: "actions", block_id: "share", elements: [button(SHARE_ACTION, "Share in channel", shareId)] });
  if (feedbackId && reply.kind === "answer") {
    const votes = Object.keys(VOTE_LABELS) as Vote[];
    tail.push({ type: "actions", block_id: "feedback", elements: votes.map((vote) => button(`vote-${vote}`, VOTE_LABELS[vote], feedbackId)) });
  }

  const sections = fit(splitMessage(escapeMrkdwn(reply.text), MAX_SECTION_TEXT), MAX_BLOCKS - head.length - tail.length);
  const body: Block[] = sections.map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
  // Notifications show a line or two: the title and the start of the answer are plenty.
  const fallback = [reply.title && escapeMrkdwn(truncate(reply.title, MAX_HEADER_TEXT)), sections[0]].filter(Boolean).join("\n\n");
  return { text: fallback, blocks: [...head, ...body, ...tail] };
}

/** A fixed notice (apology, slow down) as a plain message. */
export function renderNotice(text: string): SlackMessage {
  return { text: escapeMrkdwn(text) };
}

function askable(reply: Reply): string[] {
  const options = reply.kind === "clarify" ? reply.options : [];
  return [...new Set([...options, ...reply.suggestions])].filter((q) => q.trim()).slice(0, MAX_BUTTONS);
}

/** Keeps at most `room` sections; when text had to go, the last one kept says so with an ellipsis. */
function fit(sections: string[], room: number): string[] {
  if (sections.length <= room) return sections;
  const kept = sections.slice(0, room);
  kept[room - 1] = truncate(`${kept[room - 1]} …`, MAX_SECTION_TEXT);
  return kept;
}

function context(mrkdwn: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(mrkdwn, MAX_SECTION_TEXT) }] };
}

function button(actionId: string, label: string, value: string): types.Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: truncate(label, MAX_BUTTON_TEXT) },
    value: truncate(value, MAX_BUTTON_VALUE),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
