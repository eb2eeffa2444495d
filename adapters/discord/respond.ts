import type { Question } from "../../src/index.js";
import type { Logger } from "../log.js";
import { APOLOGY_REPLY, type Pipeline } from "../runtime/pipeline.js";
import { renderNotice, renderReply, type DiscordMessage } from "./render.js";

/** `refused`: over the rate limit (`first` for the first refusal in its window). An apology is a word about the bot rather than an answer. */
export type Response =
  | { kind: "answer"; messages: DiscordMessage[] }
  | { kind: "apology"; messages: DiscordMessage[] }
  | { kind: "refused"; first: boolean };

export type Responder = (userId: string, question: Question, asked?: string) => Promise<Response>;

/** Turns a question into the messages that answer it; never rejects, whatever the advisor does. `feedback`: answers carry vote buttons. */
export function createResponder(pipeline: Pipeline, logger: Logger, feedback = false): Responder {
  const apology = (): Response => ({ kind: "apology", messages: [renderNotice(APOLOGY_REPLY.text)] });
  return async (userId, question, asked) => {
    const outcome = await pipeline(userId, question);
    if (outcome.kind === "refused") return { kind: "refused", first: outcome.first };
    if (outcome.kind === "apology") return apology();
    try {
      const messages = renderReply(outcome.reply, asked, feedback ? outcome.id : undefined);
      if (!messages.length) throw new Error("the advisor's reply has no text");
      return { kind: "answer", messages };
    } catch (error) {
      logger.error("answering a question failed", error);
      return apology();
    }
  };
}
