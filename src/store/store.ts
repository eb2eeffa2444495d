/**
 * Everything the advisor remembers between one question and the next, behind one interface, so that several
 * processes sharing a Redis act as one advisor while a single process needs nothing but itself.
 *
 * Every call answers within a bound, whatever the backing store is doing: when it cannot be reached, calls
 * degrade (a conversation starts fresh, an event is let through, a rate limit falls back to this process's
 * own count, a share or a vote is refused) and `health()` says so.
 */
export interface Store {
  readonly conversations: ConversationStates;
  readonly events: EventClaims;
  readonly shares: SharedReplies;
  readonly replies: ReplySummaries;
  readonly votes: Votes;
  /** Where records go when every process must see every other's; absent, each process writes its own files. */
  readonly records?: RecordStreams;
  /** A per-key limit over a fixed window, shared by every process using the same store. */
  rateLimiter(options: RateLimitWindow): StoreRateLimiter;
  health(): StoreHealth;
  /** Finishes pending writes and lets go of connections. */
  close(): Promise<void>;
}

/** A conversation's state: any JSON value, whose shape the caller owns (a rolling deploy may read an older one). */
export interface ConversationStates {
  get(id: string): Promise<unknown>;
  /** Keeps `state` for `conversationTtlMs` after this call; a later `set` starts the clock again. */
  set(id: string, state: unknown): Promise<void>;
  forget(id: string): Promise<void>;
}

export interface EventClaims {
  /** True the first time an id is claimed within `eventTtlMs`, across every process; false for any repeat. */
  claim(id: string): Promise<boolean>;
}

/** A reply kept until it is shared, since a button press on a private message does not carry the message. */
export interface SharedReplies {
  /** The key for the button, or undefined when it could not be kept (leave the button off). */
  put(value: unknown): Promise<string | undefined>;
  /** Hands the value out once, whichever process the click reaches; undefined when taken, expired or unknown. */
  take(key: string): Promise<unknown>;
}

/**
 * What a reply was (its masked question, kind, topic, careers), kept for `replyTtlMs` so that a vote on it can be
 * recorded whichever process the click reaches. Written once per reply and never changed.
 */
export interface ReplySummaries {
  /** False when it could not be kept (the store unreachable): votes on that reply will find nothing. */
  put(replyId: string, summary: unknown): Promise<boolean>;
  /** Undefined when expired, unknown or unreachable. */
  get(replyId: string): Promise<unknown>;
}

export interface Votes {
  /** Records one person's vote on one answer; a second click replaces it and reports what it replaced. */
  cast(answerId: string, person: string, vote: string): Promise<VoteOutcome>;
}

/**
 * Append-only streams of records (unanswered questions, votes), one per name, shared by every process using the
 * store, so a report sees what every replica recorded.
 */
export interface RecordStreams {
  /** Appends one record, dropping those older than `keepMs`; false when it could not be written just now. */
  append(stream: string, record: object, keepMs: number): Promise<boolean>;
  /** Every record from `since` on, oldest first; rejects, saying why, when the store cannot be read. */
  read(stream: string, since?: Date): Promise<unknown[]>;
}

/** `previous` is the vote this one replaced (the same value when clicked twice); `recorded: false` means try again later. */
export type VoteOutcome = { recorded: true; previous: string | undefined } | { recorded: false };

export type RateLimitWindow = {
  /** Names the limit, so two limits never share counts. */
  name: string;
  /** Questions allowed per window. */
  points: number;
  /** The window, in whole seconds' worth of milliseconds (the limiter counts in seconds). */
  windowMs: number;
};

/**
 * `first` is true for the first refusal in a window only, so the asker is told to slow down once, not every time.
 * An admission says what is left of the window, for clients that pace themselves (the HTTP API's RateLimit headers).
 */
export type Admission = { allowed: true; remaining: number; resetInMs: number } | { allowed: false; first: boolean; retryInMs: number };

export interface StoreRateLimiter {
  take(key: string): Promise<Admission>;
}

export type StoreHealth = {
  status: "ok" | "degraded";
  /** "embedded" or the Redis address without credentials. */
  backend: string;
  /** Failed or timed-out calls since start, by operation. */
  errors: Readonly<Record<string, number>>;
};

export type StoreOptions = {
  conversationTtlMs: number;
  /** Slack retries an event within minutes; a claim outlives them. */
  eventTtlMs: number;
  shareTtlMs: number;
  /** How long after a reply a vote on it still counts. */
  replyTtlMs: number;
  voteTtlMs: number;
  /** Conversations kept by the embedded store before the least recently used go. */
  maxConversations: number;
  /** Replies kept unshared by the embedded store before the oldest go. */
  maxShares: number;
  /**
   * Bytes of reply summaries (a few hundred each) kept: the embedded store lets the oldest go past it; Redis keeps
   * what arrives within a day up to an eighth of it, and refuses the rest of that day's.
   */
  maxReplyBytes: number;
};

export const STORE_DEFAULTS: Readonly<StoreOptions> = Object.freeze({
  conversationTtlMs: 30 * 60_000,
  eventTtlMs: 10 * 60_000,
  shareTtlMs: 24 * 60 * 60_000,
  replyTtlMs: 7 * 24 * 60 * 60_000,
  voteTtlMs: 90 * 24 * 60 * 60_000,
  maxConversations: 10_000,
  maxShares: 1_000,
  maxReplyBytes: 64 * 1024 * 1024,
});

/** What the store says about itself: an outage once when it starts and once when it ends. */
export type StoreLogger = {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
};
