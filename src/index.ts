// The advisor's public surface for answering: front ends import from here; tools that read a knowledge
// folder in full (checking it, its JSON Schemas, evaluation sets) import from authoring.ts, and the reports
// on what was recorded from reports.ts. This one never loads the validator, so a front end starts without it.
export type {
  Advisor,
  AnswerReply,
  Asked,
  Citation,
  ClarifyReply,
  FallbackReply,
  Question,
  Reply,
  ReplyKind,
  SmalltalkReply,
} from "./types.js";
export { createAdvisor, openAdvisor, type FolderAdvisor, type FolderOptions, type ReloadResult, type RuntimeAdvisor } from "./advisor.js";
export { createEngine, type Engine, type Explanation } from "./engine.js";
export type { ConversationState, Last, PayScope } from "./state.js";
export type { Knowledge } from "./knowledge/load.js";
export type { WatchEvent } from "./knowledge/watch.js";
export { describeProblem, KnowledgeError, type KnowledgeProblem } from "./knowledge/problem.js";
export { openKnowledge } from "./knowledge/open.js";
export { knowledgeDir, KNOWLEDGE_ENV } from "./knowledge/location.js";
export { splitMessage, truncate, graphemeLength, graphemes } from "./chat/split.js";
export { APOLOGY, SLOW_DOWN } from "./chat/messages.js";
export { sourcesLine, citationLabel } from "./chat/sources-line.js";
// Records, votes and the reports on them.
export * from "./records/index.js";
// The store, without the Redis client: that loads only when a Redis URL is configured.
export { createEmbeddedStore } from "./store/embedded.js";
export { openStore } from "./store/open.js";
export {
  STORE_DEFAULTS,
  type Admission,
  type RateLimitWindow,
  type Store,
  type StoreHealth,
  type StoreLogger,
  type StoreRateLimiter,
} from "./store/store.js";
