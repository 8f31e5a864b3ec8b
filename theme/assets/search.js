// Full-text search over the language's index (search-index/), in the reader's browser. The first half
// is the search itself (terms, ranking, snippets), shared with the build's tests, which run it in Node;
// the second half wires it to the search page. Terms follow the build's SearchTerms: Chinese as
// overlapping character pairs (a one-character query as that character), other words lower-cased, with
// Porter's plural and final-y rules; the same characters count as Han and as letters. Traditional and
// Simplified characters are folded together as the build's HanFold folds them (the index's fold.json),
// so 发展 finds 發展 and the reverse.
(() => {
  "use strict";

  const isHan = (c) => {
    const code = c.codePointAt(0);
    return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
      || (code >= 0x20000 && code <= 0x2fa1f) || (code >= 0xf900 && code <= 0xfaff);
  };
  const isWordChar = (c) => /[\p{L}\p{Nd}]/u.test(c);
  // Full-width Latin letters and digits (ＱＱ ２０１８) as their plain forms.
  const plain = (c) => {
    const code = c.codePointAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : c;
  };

  const stem = (word) => {
    if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
    if (word.endsWith("sses")) word = word.slice(0, -2);
    else if (word.endsWith("ies")) word = word.slice(0, -2);
    else if (!word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is") && word.endsWith("s")) word = word.slice(0, -1);
    return word.length > 3 && word.endsWith("y") && !"aeiou".includes(word.at(-2)) ? word.slice(0, -1) + "i" : word;
  };

  // Matching Traditional and Simplified alike. fold: the character a character is matched as, from
  // fold.json's pairs ("發发臺台…": each character, then the one it folds to); pattern: a regular
  // expression for a run of text that matches it in either script (发展 → [发發髮]展).
  const noFolding = { fold: (c) => c, pattern: (text) => escapeRegExp(text) };
  const foldings = new WeakMap();
  const folding = (table) => {
    if (!foldings.has(table)) {
      const chars = [...table.pairs];
      const to = new Map();
      const classes = new Map();
      for (let i = 0; i + 1 < chars.length; i += 2) {
        to.set(chars[i], chars[i + 1]);
        classes.set(chars[i + 1], (classes.get(chars[i + 1]) ?? chars[i + 1]) + chars[i]);
      }
      const fold = (c) => to.get(c) ?? c;
      const pattern = (text) => [...text].map((c) => (classes.has(fold(c)) ? `[${classes.get(fold(c))}]` : escapeRegExp(c))).join("");
      foldings.set(table, { fold, pattern });
    }
    return foldings.get(table);
  };

  // The query's parts: Han runs and words as typed (for highlighting), and their terms, Han characters folded.
  const parse = (text, { fold } = noFolding) => {
    const runs = [];
    const words = [];
    let word = "";
    let han = "";
    const flush = () => {
      if (word) words.push(word);
      if (han) runs.push(han);
      word = "";
      han = "";
    };
    for (const raw of text) {
      const c = plain(raw);
      if (isHan(c)) {
        if (word) { words.push(word); word = ""; }
        han += c;
      } else if (isWordChar(c)) {
        if (han) { runs.push(han); han = ""; }
        word += c.toLowerCase();
      } else flush();
    }
    flush();
    const terms = new Set(words.map(stem));
    for (const run of runs) {
      const chars = [...run].map(fold);
      if (chars.length === 1) terms.add(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i] + chars[i + 1]);
    }
    return { runs, words, terms: [...terms] };
  };

  // A typed word as it may appear in the text: its stem with any ending, a stem's final i as y or i
  // (energy, energies), and only from the start of a word (so 99 does not mark the 99 in 1998).
  const wordPattern = (word) => {
    const root = stem(word);
    const body = root.length > 3 && root.endsWith("i") ? escapeRegExp(root.slice(0, -1)) + "[iy]" : escapeRegExp(root);
    return `(?<![\\p{L}\\p{N}])${body}[\\p{L}\\p{N}]*`;
  };

  const escapeHtml = (text) =>
    text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  // The shard of the index that holds a term: FNV-1a over UTF-16 code units, as the build's SearchShards.
  const shardOf = (term, shards) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193) >>> 0;
    return hash % shards;
  };

  // The text escaped, with every match of the pattern marked.
  const highlight = (text, pattern) =>
    pattern ? text.split(pattern).map((piece, i) => (i % 2 === 1 ? `<mark>${escapeHtml(piece)}</mark>` : escapeHtml(piece))).join("") : escapeHtml(text);

  // A stretch of the section's text around the first match, escaped, with every match marked. In
  // spaced text it starts and ends at whole words; Chinese may break between any two characters.
  const snippet = (text, pattern, length = 140) => {
    const first = pattern ? text.search(pattern) : -1;
    let start = Math.max(0, first - Math.floor(length / 3));
    let end = Math.min(text.length, start + length);
    start = Math.max(0, end - length);
    const space = text.indexOf(" ", start);
    if (start > 0 && isWordChar(text[start - 1]) && space >= 0 && space - start < 20 && (first < 0 || space < first)) start = space + 1;
    const lastSpace = text.lastIndexOf(" ", end);
    if (end < text.length && isWordChar(text[end]) && lastSpace > end - 20 && lastSpace > first) end = lastSpace;
    let part = text.slice(start, end);
    if (start > 0) part = "…" + part;
    if (end < text.length) part += "…";
    return highlight(part, pattern);
  };

  /**
   * The sections that best answer the query: those with more of its terms first, then by weight,
   * each term counting more the fewer sections have it. load(path) gives a promise of a file of the
   * index folder (manifest.json, terms-N.json, texts-N.json, fold.json), so only the shards holding the query's terms
   * and the texts of the chapters in the results are read. Each result: url (from the language
   * folder), title, heading, label ("title · heading" as HTML, matches in <mark>), snippet (HTML, the
   * same), lang (the language of a chapter's text shown from its source until translated, else undefined).
   */
  const search = async (load, query, limit = 20) => {
    // The fold table only for a query with Chinese in it; without it, a query still finds its own script.
    const han = [...query].some((c) => isHan(plain(c)));
    const folded = han ? await load("fold.json").then(folding, () => noFolding) : noFolding;
    const { runs, words, terms } = parse(query, folded);
    if (terms.length === 0) return [];
    const manifest = await load("manifest.json");
    const shards = await Promise.all(terms.map((term) => load(`terms-${shardOf(term, manifest.shards)}.json`)));
    // A section as one number: its chapter's place in the manifest, then its place in the chapter.
    const scores = new Map();
    terms.forEach((term, t) => {
      const postings = Object.hasOwn(shards[t], term) ? shards[t][term] : [];
      if (postings.length === 0) return;
      const idf = Math.log(1 + manifest.sections / (postings.length / 3));
      for (let i = 0; i < postings.length; i += 3) {
        const key = postings[i] * 0x10000 + postings[i + 1];
        const entry = scores.get(key) ?? { key, matched: 0, score: 0 };
        entry.matched += 1;
        entry.score += postings[i + 2] * idf;
        scores.set(key, entry);
      }
    });
    const best = [...scores.values()]
      .sort((a, b) => b.matched - a.matched || b.score - a.score || a.key - b.key)
      .slice(0, limit)
      .map(({ key }) => ({ chapter: Math.floor(key / 0x10000), section: key % 0x10000 }));
    const perFile = manifest.chaptersPerTextsFile;
    const texts = await Promise.all(best.map(({ chapter }) => load(`texts-${Math.floor(chapter / perFile)}.json`)));
    // Whole Han runs before their pairs, so a phrase is marked whole, in either script; English words by their stem.
    const pairs = terms.filter((term) => isHan(term));
    const highlights = [...new Set([...runs, ...pairs])].sort((a, b) => b.length - a.length).map(folded.pattern)
      .concat(words.map(wordPattern));
    const pattern = highlights.length ? new RegExp(`(${highlights.join("|")})`, "giu") : null;
    // How many of the query's runs, pairs and words a text holds.
    const each = highlights.map((h) => new RegExp(h, "iu"));
    const covered = (text) => each.filter((h) => h.test(text)).length;
    return best.map(({ chapter, section }, i) => {
      const [address, title, lang] = manifest.chapters[chapter];
      const [anchor, heading, text, asides = ""] = texts[i][chapter % perFile][section];
      const label = highlight(heading ? `${title} · ${heading}` : title, pattern);
      // The prose is quoted; the words of KPI cards, charts and call-outs only when they hold more of the query.
      const quoted = asides && (!text || covered(asides) > covered(text)) ? asides : text;
      return { url: anchor ? `${address}#${anchor}` : address, title, heading, label, snippet: snippet(quoted, pattern), lang };
    });
  };

  if (typeof module !== "undefined") {
    module.exports = { parse, search, shardOf, snippet, stem };
    return;
  }

  // The search page: results as the reader types, and the arrow keys to move through them.
  const form = document.querySelector("[data-search]");
  if (!form) return;
  // Shown to readers without script; with it, the search works and the note would only be in the way.
  for (const note of document.querySelectorAll("[data-search-without-script]")) note.hidden = true;
  const input = form.querySelector("input[type=search]");
  const list = document.querySelector("[data-search-results]");
  const status = document.querySelector("[data-search-status]");
  const words = form.dataset;
  const root = new URL(form.dataset.root, location.href);
  // The index's files, each fetched once; the manifest is asked for afresh and names the version the
  // other files are fetched at, so a reader never mixes two builds' shards. A failed fetch is tried again.
  const folder = new URL("search-index/", root);
  const files = new Map();
  const fetchJson = (path, init) =>
    fetch(new URL(path, folder), init).then((response) => {
      if (!response.ok) throw new Error(response.statusText);
      return response.json();
    });
  const load = (path) => {
    if (!files.has(path)) {
      const file = path === "manifest.json"
        ? fetchJson(path, { cache: "no-cache" })
        : load("manifest.json").then((manifest) => fetchJson(`${path}?v=${manifest.version}`));
      files.set(path, file);
      file.catch(() => files.delete(path));
    }
    return files.get(path);
  };
  load("manifest.json");

  const render = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    let results;
    try {
      // A User Timing entry per query, for bench/search-speed.cs and the browser's performance panel.
      const start = performance.now();
      results = await search(load, query);
      performance.measure("search", { start, end: performance.now(), detail: query });
    } catch {
      status.textContent = words.failed;
      return;
    }
    if (input.value.trim() !== query) return; // the reader typed on meanwhile
    list.replaceChildren(...results.map((result) => {
      const item = document.createElement("li");
      item.className = "search-result";
      if (result.lang) item.lang = result.lang; // so a Simplified text in the Hong Kong edition keeps its glyphs
      const link = document.createElement("a");
      link.href = new URL(result.url, root).href;
      link.className = "search-result__link";
      const title = document.createElement("span");
      title.className = "search-result__title";
      title.innerHTML = result.label; // escaped by highlight(); only <mark> is markup
      link.append(title);
      const text = document.createElement("p");
      text.className = "search-result__snippet";
      text.innerHTML = result.snippet; // escaped by snippet(); only <mark> is markup
      item.append(link, text);
      return item;
    }));
    status.textContent = results.length === 0 ? words.none : words.count.replace("{0}", results.length);
  };

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(render, 80);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    render();
  });
  const links = () => [...list.querySelectorAll(".search-result__link")];
  form.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < all.length) all[at + 1].focus();
    else if (event.key === "ArrowUp") (at > 0 ? all[at - 1] : input).focus();
    else if (event.key === "Escape") input.focus();
    else return;
    event.preventDefault();
  });
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    render();
  }
})();
