import { html } from "hono/html";

/** What the page says before anyone asks: the advisor's introduction and questions to start with, from the knowledge. */
export type Greeting = { field?: string; introduction?: string; suggestions: readonly string[] };

const FALLBACK_INTRODUCTION = "Ask me a question about a career, and every answer names its sources.";

/**
 * The chat page: readable and usable as plain HTML, with the script (chat.js, from this server only) adding the asking.
 * The log is a polite live region, so a screen reader reads each new reply once; the suggestions sit outside it, as
 * they change with every reply and are buttons, not news.
 */
export function chatPage(base: string, { field, introduction, suggestions }: Greeting) {
  const title = field ? `Career advisor: ${field}` : "Career advisor";
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="${base}/assets/chat.css">
<script type="module" src="${base}/assets/chat.js"></script>
</head>
<body>
<main class="chat">
  <header class="chat-header">
    <h1>Career advisor</h1>
    ${field ? html`<p class="field">Questions and answers about ${field}, with sources.</p>` : ""}
  </header>
  <h2 class="visually-hidden" id="conversation-heading">Conversation</h2>
  <div class="log" id="log" role="log" aria-live="polite" aria-labelledby="conversation-heading" tabindex="0">
    <div class="message advisor">
      <p class="visually-hidden">Advisor:</p>
      <p>${introduction ?? FALLBACK_INTRODUCTION}</p>
    </div>
  </div>
  <p class="status" id="status" role="status"></p>
  <p class="error" id="error" role="alert"></p>
  <section class="suggestions" id="suggestions" aria-labelledby="suggestions-heading"${suggestions.length ? "" : " hidden"}>
    <h2 class="visually-hidden" id="suggestions-heading">Suggested questions</h2>
    <ul>${suggestions.map((suggestion) => html`<li><button type="button" class="chip">${suggestion}</button></li>`)}</ul>
  </section>
  <noscript><p class="error">Asking needs JavaScript, which this browser has turned off for this page.</p></noscript>
  <form class="ask" id="ask" data-endpoint="${base}/api/ask">
    <label for="question">Your question</label>
    <div class="ask-row">
      <input id="question" name="question" type="text" autocomplete="off" maxlength="500" required enterkeyhint="send">
      <button type="submit">Send</button>
    </div>
  </form>
</main>
</body>
</html>`;
}
