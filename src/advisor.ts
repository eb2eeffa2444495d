import { APOLOGY } from "./chat/messages.js";
import { composeReply } from "./compose/reply.js";
import { createMemory, type Context } from "./conversation.js";
import { decide, type Intent } from "./decide.js";
import type { Knowledge } from "./knowledge/load.js";
import { buildLexicon } from "./understand/lexicon.js";
import { MAX_OPTIONS } from "./compose/replies.js";
import { understand } from "./understand/understand.js";
import type { Advisor } from "./types.js";

export type AdvisorOptions = {
  /** Milliseconds since the epoch; injectable so tests can expire conversations. */
  now?: () => number;
  /** How many conversations to remember at once; the least recently used is forgotten first. */
  maxConversations?: number;
  /** How long a quiet conversation is remembered. */
  conversationTtlMs?: number;
  /** Told of a failure inside the advisor (the asker gets an apology), so a front end can log it. */
  onError?: (error: unknown) => void;
};

export const ADVISOR_DEFAULTS = Object.freeze({ maxConversations: 10_000, conversationTtlMs: 30 * 60_000 });

/** understand → decide → compose, with each conversation's context carried between questions. */
export function createAdvisor(knowledge: Knowledge, options: AdvisorOptions = {}): Advisor {
  const lexicon = buildLexicon(knowledge);
  const memory = createMemory({
    maxConversations: options.maxConversations ?? ADVISOR_DEFAULTS.maxConversations,
    ttlMs: options.conversationTtlMs ?? ADVISOR_DEFAULTS.conversationTtlMs,
    now: options.now ?? Date.now,
  });

  // Terms are data and may hold any character ("C++"), so they are matched literally.
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const termPatterns = knowledge.glossary.map((t) => ({ id: t.id, pattern: new RegExp(`(?<![\\w])${literal(t.term)}(?![\\w])`) }));
  const termsIn = (text: string) => termPatterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);

  return {
    ask({ text, conversationId }) {
      try {
        const context = memory.get(conversationId);
        const intent = decide(understand(String(text), lexicon), context, knowledge);
        const reply = composeReply(knowledge, intent);
        const next = nextContext(intent, context, knowledge);
        if (next) memory.set(conversationId, { ...next, terms: termsIn(reply.text) });
        return reply;
      } catch (error) {
        // A reply is always owed; the failure itself is the front end's to log, not the user's to read.
        options.onError?.(error);
        return { kind: "fallback", text: APOLOGY, sources: [], suggestions: [] };
      }
    },
    forget(conversationId) {
      memory.forget(conversationId);
    },
  };
}

/** What the conversation remembers after this intent; undefined leaves it as it was. */
function nextContext(intent: Intent, previous: Context | undefined, knowledge: Knowledge): Context | undefined {
  const base: Context = {
    careers: previous?.careers ?? [],
    together: false,
    scopes: [],
    comparing: false,
    clarifying: false,
    offered: [],
    options: [],
    terms: [],
    background: intent.kind === "answer" ? intent.background ?? previous?.background : previous?.background,
  };
  const recent = (ids: readonly string[]) => [...ids, ...base.careers.filter((id) => !ids.includes(id))].slice(0, 2);
  switch (intent.kind) {
    case "answer": {
      // After a list of related careers, "they" means the careers just listed.
      const related = intent.topics[0] === "related" && intent.careers.length === 1 ? knowledge.careers.get(intent.careers[0]!)?.related ?? [] : [];
      if (related.length) return { ...base, careers: related, together: true, topic: intent.topics[0] };
      return { ...base, careers: recent(intent.careers), together: intent.careers.length > 1, scopes: intent.scopes, topic: intent.topics[0] };
    }
    case "compare":
      return { ...base, careers: recent(intent.careers), topic: intent.topic, comparing: true };
    case "which-career":
      return { ...base, topic: intent.topic, clarifying: true, options: intent.options.slice(0, MAX_OPTIONS) };
    case "which-comparison":
      return { ...base, topic: intent.topic, comparing: true, clarifying: true };
    case "did-you-mean":
      return { ...base, topic: intent.topic, offered: intent.careers, clarifying: true };
    case "sources":
      return { ...base, topic: previous?.topic, sourcesFocus: intent.focus };
    case "glossary":
      return { ...base, topic: previous?.topic };
    default:
      return undefined;
  }
}
