// Full-text search over the language's search-index.json, in the reader's browser. The first half is
// the search itself (terms, ranking, snippets), shared with the build's relevance tests, which run it
// in Node; the second half wires it to the search page. Terms follow the build's SearchTerms exactly:
// Chinese as overlapping character pairs (a lone character stays itself), other words lower-cased,
// with Porter's plural and final-y rules.
(() => {
  "use strict";

  const isHan = (c) => /\p{Script=Han}/u.test(c);
  const isWordChar = (c) => /[\p{L}\p{N}]/u.test(c);
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

  // The query's parts: Han runs and words as typed (for highlighting), and their terms.
  const parse = (text) => {
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
      const chars = [...run];
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

  // Postings of a term; a lone Han character also finds every pair it is part of.
  const postingsOf = (index, term) => {
    if ([...term].length === 1 && isHan(term)) {
      index.pairsByChar ??= new Map();
      if (!index.pairsByChar.has(term)) {
        index.pairsByChar.set(term, Object.keys(index.terms).filter((key) => key.includes(term)).map((key) => index.terms[key]));
      }
      const merged = new Map();
      for (const list of [index.terms[term] ?? [], ...index.pairsByChar.get(term)]) {
        for (let i = 0; i < list.length; i += 2) merged.set(list[i], (merged.get(list[i]) ?? 0) + list[i + 1]);
      }
      return [...merged].flat();
    }
    return index.terms[term] ?? [];
  };

  // A stretch of the section's text around the first match, escaped, with every match marked.
  const snippet = (text, pattern, length = 140) => {
    const first = pattern ? text.search(pattern) : -1;
    let start = Math.max(0, first - Math.floor(length / 3));
    let end = Math.min(text.length, start + length);
    start = Math.max(0, end - length);
    let part = text.slice(start, end);
    if (start > 0) part = "…" + part;
    if (end < text.length) part += "…";
    if (!pattern) return escapeHtml(part);
    return part.split(pattern).map((piece, i) => (i % 2 === 1 ? `<mark>${escapeHtml(piece)}</mark>` : escapeHtml(piece))).join("");
  };

  /**
   * The sections that best answer the query: those with more of its terms first, then by weight,
   * each term counting more the fewer sections have it. Each result: url (from the language folder),
   * title, heading, snippet (HTML, matches in <mark>).
   */
  const search = (index, query, limit = 20) => {
    const { runs, words, terms } = parse(query);
    if (terms.length === 0) return [];
    const count = index.sections.length;
    const scores = new Map();
    for (const term of terms) {
      const postings = postingsOf(index, term);
      const sections = postings.length / 2;
      if (sections === 0) continue;
      const idf = Math.log(1 + count / sections);
      for (let i = 0; i < postings.length; i += 2) {
        const entry = scores.get(postings[i]) ?? { matched: 0, score: 0 };
        entry.matched += 1;
        entry.score += postings[i + 1] * idf;
        scores.set(postings[i], entry);
      }
    }
    // Whole Han runs before their pairs, so a phrase is marked whole; English words by their stem.
    const pairs = terms.filter((term) => isHan(term[0]));
    const highlights = [...new Set([...runs, ...pairs])].sort((a, b) => b.length - a.length).map(escapeRegExp)
      .concat(words.map(wordPattern));
    const pattern = highlights.length ? new RegExp(`(${highlights.join("|")})`, "giu") : null;
    return [...scores]
      .sort(([, a], [, b]) => b.matched - a.matched || b.score - a.score)
      .slice(0, limit)
      .map(([id]) => {
        const [url, title, heading, text] = index.sections[id];
        return { url, title, heading, snippet: snippet(text, pattern) };
      });
  };

  if (typeof module !== "undefined") {
    module.exports = { parse, search, stem };
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
  let index = null;
  const load = () =>
    (index ??= fetch(new URL("search-index.json", root)).then((response) => {
      if (!response.ok) throw new Error(response.statusText);
      return response.json();
    }));

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
      const loaded = await load();
      // A User Timing entry per query, for bench/search-speed.cs and the browser's performance panel.
      const start = performance.now();
      results = search(loaded, query);
      performance.measure("search", { start, end: performance.now(), detail: query });
    } catch {
      status.textContent = words.failed;
      return;
    }
    if (input.value.trim() !== query) return; // the reader typed on meanwhile
    list.replaceChildren(...results.map((result) => {
      const item = document.createElement("li");
      item.className = "search-result";
      const link = document.createElement("a");
      link.href = new URL(result.url, root).href;
      link.className = "search-result__link";
      const title = document.createElement("span");
      title.className = "search-result__title";
      title.textContent = result.heading ? `${result.title} · ${result.heading}` : result.title;
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
