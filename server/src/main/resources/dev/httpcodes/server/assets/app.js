// httpcodes: search as you type. The form works without this script; with it, the search box becomes an ARIA
// combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/) whose listbox shows the best matches.
// Results are built with textContent, never innerHTML, so nothing from the server is interpreted as markup.
"use strict";

// Where the live results come from: the search API, or offline-search.js in a static export (no server).
function httpcodesSearch(q, limit, lang) {
  const offline = window.httpcodesOfflineSearch;
  if (offline) {
    return offline(q, limit);
  }
  const url = "/api/v1/search?limit=" + limit + "&lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(q);
  return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
    return r.ok ? r.json() : [];
  });
}

// Nearest codes for input that matched nothing, as [{id, text, href}]. Offline, the index answers; on the server,
// the results page for the input lists them (a 200 page, read with DOMParser, which runs no script).
function httpcodesSuggest(input, q, limit) {
  const offline = window.httpcodesOfflineSuggest;
  if (offline) {
    return offline(q, limit).then(function (ids) {
      return ids.map(function (id) { return { id: id, text: id, href: httpcodesEntryUrl(input, id) }; });
    });
  }
  const page = input.form.getAttribute("action") + "?q=" + encodeURIComponent(q);
  return fetch(page, { headers: { Accept: "text/html" } }).then(function (r) {
    return r.ok ? r.text() : "";
  }).then(function (html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return Array.from(doc.querySelectorAll("ul.suggestions a")).slice(0, limit).map(function (a) {
      return { id: a.textContent, text: a.textContent, href: a.getAttribute("href") };
    });
  });
}

function httpcodesEntryUrl(input, id) {
  // The page says where entries live in its language (data-entry-url="/zh/codes/{id}").
  return (input.dataset.entryUrl || "/codes/{id}").replace("{id}", encodeURIComponent(id));
}

// The header search box as a combobox: arrow keys move the active option (aria-activedescendant, focus stays in
// the box), Enter opens it (or, with none active, submits the form, whose page opens an exact code directly),
// Escape closes the list and then clears the box, and the list closes when focus leaves.
function httpcodesCombobox() {
  const input = document.getElementById("q");
  const list = document.getElementById("live");
  if (!input || !list || !window.fetch) {
    return;
  }
  const lang = input.dataset.lang || "en";
  const status = document.createElement("p");
  status.id = "live-status";
  status.className = "live-status";
  status.setAttribute("role", "status");
  list.parentNode.insertBefore(status, list.nextSibling);
  list.removeAttribute("aria-live");
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "search");
  list.hidden = true;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", "live");
  let timer = 0;
  let latest = 0;
  let active = -1;

  function options() {
    return Array.from(list.querySelectorAll("[role=option]"));
  }
  function setActive(index) {
    const all = options();
    active = index;
    all.forEach(function (o, i) {
      o.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0 && index < all.length) {
      input.setAttribute("aria-activedescendant", all[index].id);
      all[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }
  function close() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
    status.textContent = "";
  }
  function option(index, id, text, href) {
    const item = document.createElement("li");
    item.id = "live-" + index;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    // Text, not a link: an option holds nothing interactive (ARIA); Enter or a click opens data-href.
    item.dataset.href = href;
    item.textContent = text;
    // mousedown, not click: the box's blur would close the list before a click lands.
    item.addEventListener("mousedown", function (event) {
      event.preventDefault();
      window.location.href = href;
    });
    return item;
  }
  function open(items, message) {
    close();
    items.forEach(function (item) { list.appendChild(item); });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length > 0 ? "true" : "false");
    status.textContent = message;
  }
  function showNoResults(q, ticket) {
    const none = (list.dataset.none || "nothing matches %s").replace("%s", "“" + q + "”");
    open([], none);
    httpcodesSuggest(input, q, 3).then(function (near) {
      if (ticket !== latest || near.length === 0 || document.activeElement !== input) {
        return;
      }
      const items = near.map(function (s, i) { return option(i, s.id, s.text, s.href); });
      open(items, none + " · " + (list.dataset.suggest || "Did you mean:") + " " +
        near.map(function (s) { return s.text; }).join(", "));
    }).catch(function () { /* suggestions are a bonus */ });
  }
  function update() {
    const q = input.value.trim().slice(0, 200);
    const ticket = ++latest;
    if (q.length === 0) {
      close();
      return;
    }
    httpcodesSearch(q, 8, lang).then(function (entries) {
      if (ticket !== latest || document.activeElement !== input) {
        return;
      }
      if (entries.length === 0) {
        showNoResults(q, ticket);
        return;
      }
      open(entries.map(function (entry, i) {
        return option(i, entry.id, entry.id + " " + entry.phrase + " · " + entry.title, httpcodesEntryUrl(input, entry.id));
      }), "");
    }).catch(function () { close(); });
  }
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
  input.addEventListener("keydown", function (event) {
    const all = options();
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden) {
        update();
      } else if (all.length > 0) {
        setActive(active < all.length - 1 ? active + 1 : 0);
      }
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (all.length > 0) {
        setActive(active > 0 ? active - 1 : all.length - 1);
      }
    } else if (event.key === "Enter" && active >= 0 && active < all.length) {
      event.preventDefault();
      window.location.href = all[active].dataset.href;
    } else if (event.key === "Escape") {
      if (!list.hidden || status.textContent) {
        event.preventDefault();
        close();
      } else {
        input.value = "";
      }
    }
  });
  input.addEventListener("blur", function () {
    close();
  });
}

// The static export's search page (/{lang}/search/?q=): no server renders results, so they are listed here from
// the offline index; an exact code opens its page, as the live server's search does.
function httpcodesStaticResults() {
  const results = document.getElementById("results");
  const input = document.getElementById("q");
  if (!results || !input || !window.httpcodesOfflineSearch) {
    return;
  }
  const q = (new URLSearchParams(window.location.search).get("q") || "").trim().slice(0, 200);
  if (q.length === 0) {
    return;
  }
  input.value = q;
  window.httpcodesOfflineSearch(q, 20).then(function (entries) {
    if (entries.length > 0 && entries[0].exact) {
      window.location.replace(httpcodesEntryUrl(input, entries[0].id));
      return;
    }
    entries.forEach(function (entry) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = httpcodesEntryUrl(input, entry.id);
      link.textContent = entry.id + " " + entry.phrase + " · " + entry.title;
      const summary = document.createElement("p");
      summary.textContent = entry.summary;
      item.appendChild(link);
      item.appendChild(summary);
      results.appendChild(item);
    });
  });
}

// The static export's home page (/{lang}/?standing=&vendor=): a static host serves the whole page whatever the
// query, so the filters are applied here: items that do not match are hidden, with any heading left empty, and
// the count is redone. Without this script the page shows every entry.
function httpcodesStaticFilters() {
  const form = document.querySelector("form.filters[data-empty]");
  if (!form) {
    return;
  }
  const params = new URLSearchParams(window.location.search);
  const wanted = {};
  let any = false;
  for (const facet of ["standing", "vendor"]) {
    const value = (params.get(facet) || "").trim().toLowerCase();
    const select = form.querySelector("select[name=" + facet + "]");
    if (value && select) {
      wanted[facet] = value;
      select.value = value;
      any = true;
    }
  }
  if (!any) {
    return;
  }
  const items = document.querySelectorAll("li[data-standing]");
  for (const item of items) {
    item.hidden = Object.keys(wanted).some(function (facet) { return item.dataset[facet] !== wanted[facet]; });
  }
  // A list left with nothing shown goes, with the heading and summary before it, and so does its class link.
  for (const list of document.querySelectorAll("ul.grid, ul.entries")) {
    if (list.querySelector("li:not([hidden])")) {
      continue;
    }
    list.hidden = true;
    for (let before = list.previousElementSibling; before; before = before.previousElementSibling) {
      if (before.matches("ul, div.legend")) {
        break;
      }
      before.hidden = true;
      if (before.tagName === "H3") {
        const link = document.querySelector("nav.class-links a[href='#" + before.id + "']");
        if (link) {
          link.parentElement.hidden = true;
        }
        break;
      }
    }
  }
  for (const section of document.querySelectorAll("main section")) {
    if (section.querySelector("li[data-standing]") && !section.querySelector("li[data-standing]:not([hidden])")) {
      section.hidden = true;
    }
  }
  const shown = document.querySelectorAll("ul.entries li[data-standing]:not([hidden])").length;
  const count = document.querySelector(".entry-count");
  if (count) {
    count.textContent = count.dataset.template.replace("%s", String(shown));
  }
  if (shown === 0) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = form.dataset.empty;
    form.after(empty);
    const nav = document.querySelector("nav.class-links");
    if (nav) {
      nav.hidden = true;
    }
  }
}

httpcodesCombobox();
httpcodesStaticResults();
httpcodesStaticFilters();

// Puts a node's text on the clipboard; true when it got there. Plain http on a host other than localhost has no
// Clipboard API, so the text is then copied from a selection instead.
async function httpcodesCopy(node) {
  const text = node.textContent;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (e) {
    // fall through to the selection
  }
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch (e) {
    copied = false;
  }
  if (copied) {
    selection.removeAllRanges();
  }
  return copied;
}

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
      const copied = await httpcodesCopy(code);
      status.textContent = copied ? (pre.dataset.copied || "Copied") : (pre.dataset.copyFailed || "");
    });
  }
})();

// Copy buttons on the commands and settings quoted inside troubleshooting fixes. A bare name (`proxy_pass`) is
// read, not pasted, so only spans holding a space or an "=" (a command line, a directive with its value, an
// attribute) get one. The section's status line carries the words and announces the result.
(function () {
  const status = document.querySelector("#troubleshooting .copy-status[data-copy-label]");
  if (!status) {
    return;
  }
  for (const code of document.querySelectorAll("#troubleshooting .cause li code")) {
    const text = code.textContent;
    if (!/[\s=]/.test(text.trim())) {
      continue;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-inline";
    button.setAttribute("aria-label", status.dataset.copyLabel + text);
    button.title = status.dataset.copyLabel + text;
    code.after(button);
    button.addEventListener("click", async function () {
      const copied = await httpcodesCopy(code);
      status.textContent = copied ? status.dataset.copied : status.dataset.copyFailed;
    });
  }
})();
