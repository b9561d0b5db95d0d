// httpcodes: search as you type. The form works without this script; with it, results appear under the box.
// Results are built with textContent, never innerHTML, so nothing from the server is interpreted as markup.
"use strict";
(function () {
  const input = document.getElementById("q");
  const list = document.getElementById("live");
  if (!input || !list || !window.fetch) {
    return;
  }
  let timer = 0;
  let latest = 0;
  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
  }
  async function update() {
    const q = input.value.trim();
    const ticket = ++latest;
    if (q.length === 0) {
      clear();
      return;
    }
    const url = "/api/v1/search?limit=8&lang=" + encodeURIComponent(input.dataset.lang || "en") +
      "&q=" + encodeURIComponent(q.slice(0, 200));
    try {
      // A static export has no API: offline-search.js then answers from its JSON index.
      const offline = window.httpcodesOfflineSearch;
      const response = offline ? null : await fetch(url, { headers: { Accept: "application/json" } });
      if ((response && !response.ok) || ticket !== latest) {
        return;
      }
      const entries = offline ? await offline(q.slice(0, 200), 8) : await response.json();
      if (ticket !== latest) {
        return;
      }
      clear();
      for (const entry of entries) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        // The page says where entries live in its language (data-entry-url="/zh/codes/{id}").
        link.href = (input.dataset.entryUrl || "/codes/{id}").replace("{id}", encodeURIComponent(entry.id));
        link.textContent = entry.id + " " + entry.phrase + " · " + entry.title;
        item.appendChild(link);
        list.appendChild(item);
      }
    } catch (e) {
      clear();
    }
  }
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      clear();
    } else if (event.key === "ArrowDown" && list.firstChild) {
      event.preventDefault();
      list.querySelector("a").focus();
    }
  });
  list.addEventListener("keydown", function (event) {
    const links = Array.from(list.querySelectorAll("a"));
    const at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < links.length - 1) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? links[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      clear();
      input.focus();
    }
  });
})();
// Copy buttons on code blocks. Without this script the block is plain, selectable text; the button's words come
// from the block's data attributes, written by the server in the page's language.
(function () {
  const blocks = document.querySelectorAll("pre.copyable");
  for (const pre of blocks) {
    const code = pre.querySelector("code") || pre;
    const wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = pre.dataset.copy || "Copy";
    button.setAttribute("aria-label", pre.dataset.copyLabel || button.textContent);
    const status = document.createElement("p");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    wrapper.appendChild(button);
    wrapper.appendChild(status);
    button.addEventListener("click", async function () {
      const text = code.textContent;
      let copied = false;
      try {
        if (navigator.clipboard && window.isSecureContext) {
          await navigator.clipboard.writeText(text);
          copied = true;
        }
      } catch (e) {
        copied = false;
      }
      if (!copied) {
        // Plain http on a host other than localhost has no Clipboard API: copy from a selection instead.
        const range = document.createRange();
        range.selectNodeContents(code);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        try {
          copied = document.execCommand("copy");
        } catch (e) {
          copied = false;
        }
        if (copied) {
          selection.removeAllRanges();
        }
      }
      status.textContent = copied ? (pre.dataset.copied || "Copied") : (pre.dataset.copyFailed || "");
    });
  }
})();
