// Fixed texts every front end sends in the same situations, so users get the same words everywhere.

/** Sent when answering failed; never includes the error itself. */
export const APOLOGY =
  "Sorry, something went wrong on my side while answering that. Please try again in a moment.";

/** Sent instead of an answer when a user is over the rate limit. */
export const SLOW_DOWN = "You're asking faster than I can keep up. Please wait a few seconds and ask again.";
