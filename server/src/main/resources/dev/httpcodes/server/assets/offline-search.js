// httpcodes static export: search with no server. Defines window.httpcodesOfflineSearch(q, limit), which app.js
// uses instead of the search API. The index (assets/search-index.json, written by `httpcodes site`) holds each
// entry's texts already normalized as the server's search normalizes them, and the synonyms of the knowledge base;
// the ranking below follows the server's in simplified form: exact code, then the codes it names as related;
// a synonym; then text matches, standard codes before vendor meanings unless the query names a vendor.
"use strict";
(function () {
  const input = document.getElementById("q");
  const source = input && input.dataset.index;
  if (!source || !window.fetch) {
    return;
  }
  let loading = null;
  function load() {
    if (!loading) {
      loading = fetch(source).then(function (r) {
        if (!r.ok) {
          throw new Error("search index: " + r.status);
        }
        return r.json();
      });
    }
    return loading;
  }
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const WORD = /[\p{L}\p{N}]/u;
  // The same folding as the core's TextNormalizer: lower case, apostrophes dropped, punctuation as spaces, and a
  // space between a Chinese run and a Latin one.
  function normalize(s) {
    let out = "";
    let space = false;
    for (const c of s) {
      if (c === "'" || c === "\u2019") {
        continue;
      }
      if (WORD.test(c)) {
        if (space && out.length > 0) {
          out += " ";
        }
        space = false;
        const last = out.length > 0 ? out[out.length - 1] : " ";
        if (last !== " " && CJK.test(c) !== CJK.test(last)) {
          out += " ";
        }
        out += c;
      } else {
        space = true;
      }
    }
    return out.toLowerCase();
  }
  function words(text) {
    return text.split(" ").filter(function (w) { return w.length > 0; });
  }
  // How well one query word matches a normalized field: whole word 1, prefix 0.8, a Latin word one or two edits away
  // (by length, as the server's typo tolerance) 0.6; a Chinese run as a substring 1, else the share of its
  // two-character pieces the field holds (Chinese has no spaces, so 服务器不可用 still finds 服务不可用).
  function wordMatch(word, field) {
    if (CJK.test(word)) {
      if (field.indexOf(word) >= 0) {
        return 1;
      }
      if (word.length < 3) {
        return 0;
      }
      let found = 0;
      for (let i = 0; i + 2 <= word.length; i++) {
        if (field.indexOf(word.slice(i, i + 2)) >= 0) {
          found++;
        }
      }
      const share = found / (word.length - 1);
      return share >= 0.6 ? 0.7 * share : 0;
    }
    let best = 0;
    const typos = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    for (const w of words(field)) {
      if (w === word) {
        return 1;
      }
      if (word.length >= 3 && w.startsWith(word)) {
        best = 0.8;
      } else if (best < 0.6 && typos > 0 && Math.abs(w.length - word.length) <= typos && !/\d/.test(word)
          && distance(word, w) <= typos) {
        best = 0.6;
      }
    }
    return best;
  }
  function vendorsNamed(index, qWords) {
    const named = new Set();
    for (const id of Object.keys(index.vendors)) {
      const nameWords = words(index.vendors[id]);
      const keys = words(id.replace(/-/g, " ")).concat([id]).concat(nameWords.length ? [nameWords[0]] : []);
      for (const w of qWords) {
        if (w.length >= 3 && keys.indexOf(w) >= 0) {
          named.add(id);
        }
      }
    }
    return named;
  }
  function rank(index, query, limit) {
    const q = normalize(query);
    const qWords = words(q);
    if (qWords.length === 0) {
      return [];
    }
    const raw = query.trim().toLowerCase().replace("-", ".");
    const exact = index.entries.filter(function (e) {
      return e.id === raw || (/^\d{3}$/.test(raw) && e.code === Number(raw) && !e.sub);
    });
    const related = [];
    exact.forEach(function (e) {
      e.related.forEach(function (id) {
        if (related.indexOf(id) < 0) {
          related.push(id);
        }
      });
    });
    const synonym = index.synonyms[q] || [];
    let within = [];
    let longest = 0;
    for (const term of Object.keys(index.synonyms)) {
      const found = (" " + q + " ").indexOf(" " + term + " ") >= 0 || (CJK.test(term) && q.indexOf(term) >= 0);
      if (found && term !== q && term.length > longest) {
        within = index.synonyms[term];
        longest = term.length;
      }
    }
    const vendors = vendorsNamed(index, qWords);
    const numbers = qWords.filter(function (w) { return /^\d{3}$/.test(w); }).map(Number);
    const scored = [];
    index.entries.forEach(function (e, order) {
      let score = 0;
      if (exact.indexOf(e) >= 0) {
        score = 10000;
      } else if (related.indexOf(e.id) >= 0) {
        score = 5000 - 10 * related.indexOf(e.id);
      } else if (synonym.indexOf(e.id) >= 0) {
        score = 3000 - 10 * synonym.indexOf(e.id);
      } else {
        let bonus = 0;
        if (e.names.indexOf(q) >= 0) {
          bonus = 1000;
        } else if (e.titles.indexOf(q) >= 0) {
          bonus = 500;
        } else if (e.keywords.indexOf(q) >= 0) {
          bonus = 300;
        }
        if (within.indexOf(e.id) >= 0) {
          bonus += 400 - 10 * within.indexOf(e.id);
        }
        if (numbers.indexOf(e.code) >= 0) {
          bonus += 200;
        }
        const fields = [[e.names.join(" "), 100], [e.titles.join(" "), 80],
          [e.keywords.join(" ") + " " + (e.vendor || ""), 60], [e.text, 15]];
        let total = 0;
        for (const w of qWords) {
          let best = 0;
          for (const f of fields) {
            best = Math.max(best, wordMatch(w, f[0]) * f[1]);
          }
          if (best === 0 && bonus === 0) {
            return;
          }
          total += best;
        }
        score = bonus + total / qWords.length;
        if (score === 0) {
          return;
        }
        if (vendors.size > 0) {
          score *= e.vendor && vendors.has(e.vendor) ? 3 : 0.5;
        } else if (e.vendor || e.sub) {
          score *= 0.6;
        }
      }
      scored.push({ entry: e, score: score, order: order, exact: score === 10000 });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return scored.slice(0, limit);
  }
  // Optimal-string-alignment distance, as the core's EditDistance, for typos and suggestions (the index is small).
  function distance(a, b) {
    const d = [];
    for (let i = 0; i <= a.length; i++) {
      d.push([i]);
    }
    for (let j = 1; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }
  // Nearest ids for input that matched nothing: by id for something with digits, by name for words.
  function suggest(index, query, limit) {
    const raw = query.trim().toLowerCase().slice(0, 40);
    const ids = [];
    if (/\d/.test(raw)) {
      for (let max = 1; max <= 2 && ids.length === 0; max++) {
        index.entries.forEach(function (e) {
          if (distance(raw, e.id) <= max) {
            ids.push(e.id);
          }
        });
      }
      return ids.slice(0, limit);
    }
    const q = normalize(raw);
    const max = Math.min(4, Math.floor(q.length / 3));
    for (let d = 1; d <= max && ids.length < limit; d++) {
      index.entries.forEach(function (e) {
        if (ids.indexOf(e.id) < 0 && e.names.some(function (n) { return Math.abs(n.length - q.length) <= d && distance(q, n) <= d; })) {
          ids.push(e.id);
        }
      });
    }
    return ids.slice(0, limit);
  }
  // Entries in the shape the search API answers with: id, phrase, and title and summary in the page's language.
  window.httpcodesOfflineSearch = function (query, limit) {
    const lang = input.dataset.lang === "zh" ? "zh" : "en";
    return load().then(function (index) {
      return rank(index, query, limit).map(function (hit) {
        const e = hit.entry;
        return { id: e.id, phrase: e.phrase, title: e.title[lang], summary: e.summary[lang], exact: hit.exact };
      });
    });
  };
  window.httpcodesOfflineSuggest = function (query, limit) {
    return load().then(function (index) { return suggest(index, query, limit); });
  };
})();
