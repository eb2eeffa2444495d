// @ts-check
// The chat page's behaviour: asks the server, shows each reply with its sources, offers its suggestions as buttons.
// Served from this server only (the page's CSP allows no other script); it builds every node with textContent, so no
// reply can inject markup.

const form = /** @type {HTMLFormElement} */ (document.getElementById("ask"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("question"));
const send = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
const log = /** @type {HTMLElement} */ (document.getElementById("log"));
const statusLine = /** @type {HTMLElement} */ (document.getElementById("status"));
const alertBox = /** @type {HTMLElement} */ (document.getElementById("error"));
const suggestions = /** @type {HTMLElement} */ (document.getElementById("suggestions"));
const endpoint = /** @type {string} */ (form.dataset.endpoint);
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

/** Kept in memory only: an embedded page's cookie is a third-party one that the browser may not send. */
let conversation = /** @type {string | undefined} */ (undefined);
let busy = false;

/**
 * @typedef {{ id: string, title: string }} Source
 * @typedef {{ conversation: string, kind: string, text: string, title: string | null, sources: Source[], suggestions: string[], options: string[] }} Reply
 */

/** @param {string} tag @param {string} className @param {string} [text] */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** @param {"you" | "advisor"} who @param {string} label */
function message(who, label) {
  const node = element("div", `message ${who}`);
  node.append(element("p", "visually-hidden", label));
  return node;
}

/** @param {string} text */
function showQuestion(text) {
  const node = message("you", "You:");
  node.append(element("p", "", text));
  log.append(node);
  return node;
}

/** @param {Reply} reply */
function showReply(reply) {
  const node = message("advisor", "Advisor:");
  if (reply.title) node.append(element("h3", "reply-title", reply.title));
  for (const paragraph of reply.text.split(/\n\s*\n/)) node.append(element("p", "", paragraph));
  if (reply.sources.length) {
    const footer = element("footer", "sources");
    footer.append(element("p", "sources-label", reply.sources.length === 1 ? "Source" : "Sources"));
    const list = element("ol", "");
    for (const source of reply.sources) list.append(element("li", "", source.title));
    footer.append(list);
    node.append(footer);
  }
  log.append(node);
}

/** @param {readonly string[]} questions */
function offer(questions) {
  const list = /** @type {HTMLUListElement} */ (suggestions.querySelector("ul"));
  list.replaceChildren(
    ...questions.map((question) => {
      const chip = element("button", "chip", question);
      chip.setAttribute("type", "button");
      const item = element("li", "");
      item.append(chip);
      return item;
    }),
  );
  suggestions.hidden = questions.length === 0;
}

/**
 * Scrolls the log alone (scrollIntoView would scroll an embedding page too) to put a message at its top.
 * @param {HTMLElement} node
 */
function reveal(node) {
  log.scrollTo({ top: node.offsetTop - 12, behavior: reducedMotion.matches ? "auto" : "smooth" });
}

/** @param {string} text */
function showError(text) {
  alertBox.textContent = text;
}

function clearError() {
  alertBox.textContent = "";
}

/** @param {boolean} on */
function setBusy(on) {
  busy = on;
  form.setAttribute("aria-busy", String(on));
  send.setAttribute("aria-disabled", String(on));
  statusLine.textContent = on ? "The advisor is answering…" : "";
  statusLine.classList.toggle("thinking", on);
}

/** @param {Response} response */
async function failure(response) {
  if (response.status === 429) {
    const seconds = response.headers.get("retry-after");
    return `Too many questions just now. Please try again${seconds ? ` in ${seconds} seconds` : " shortly"}.`;
  }
  if (response.status === 400) {
    const body = await response.json().catch(() => undefined);
    if (body && typeof body.error === "string") return `That question could not be sent: ${body.error}.`;
  }
  return "The advisor could not answer just now. Please try again in a moment.";
}

/**
 * The reply to one question, or what to tell the person when there is none.
 * @param {string} question
 * @returns {Promise<Reply | string>}
 */
async function request(question) {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(conversation ? { question, conversation } : { question }),
    });
    return response.ok ? await response.json() : await failure(response);
  } catch {
    return "The advisor could not be reached. Check your connection and try again.";
  }
}

/** @param {string} question */
async function ask(question) {
  const text = question.trim();
  if (busy || !text) return;
  clearError();
  setBusy(true);
  const asked = showQuestion(text);
  input.value = "";
  reveal(asked);
  const reply = await request(text);
  if (typeof reply === "string") {
    // The question goes back into the box, so sending again retries it.
    asked.remove();
    input.value = text;
    showError(reply);
  } else {
    conversation = reply.conversation;
    showReply(reply);
    offer(reply.kind === "clarify" && reply.options.length ? reply.options : reply.suggestions);
    // From the question down, so a long reply is read from its start.
    reveal(asked);
  }
  setBusy(false);
  // The chip that was pressed may be gone; the question box is where the next step starts.
  input.focus();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void ask(input.value);
});

suggestions.addEventListener("click", (event) => {
  const chip = event.target instanceof Element ? event.target.closest("button.chip") : null;
  if (chip) void ask(chip.textContent ?? "");
});
