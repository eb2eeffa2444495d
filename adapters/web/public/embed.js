// Embeds the career advisor's chat where this script tag stands:
//   <script src="https://advisor.example.org/chat/embed.js" async></script>
// It adds one iframe of the chat page from the same server as this script, and nothing else: no cookies on the
// embedding site, no access to its page. The chat server must list the embedding site in WEB_CHAT_ORIGINS.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var frame = document.createElement("iframe");
  frame.src = new URL("../chat", script.src).href;
  frame.title = "Career advisor chat";
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.style.width = "100%";
  frame.style.maxWidth = "48rem";
  frame.style.height = script.getAttribute("data-height") || "40rem";
  frame.style.border = "1px solid #8a8f98";
  frame.style.borderRadius = "0.5rem";
  frame.style.display = "block";
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
