// The layout checks of SampleLayoutTests, run inside the page (Playwright's page.evaluate) at one
// viewport width. Returns what is wrong, one sentence each, and how many things of each kind were
// checked, so the test can tell a clean page from a page where a check found nothing to look at.
() => {
  const problems = [];
  const counts = { kpiFigures: 0, justifiedRuns: 0, chartTexts: 0, options: 0 };
  const width = window.innerWidth;

  const squash = (text) => text.replace(/\s+/g, " ").trim();
  const quote = (text, max = 48) => {
    const t = squash(text);
    return t.length > max ? t.slice(0, max - 1) + "…" : t;
  };
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += "#" + el.id;
    else if (el.classList.length) name += "." + [...el.classList].join(".");
    const text = quote(el.textContent || "", 30);
    return text ? `${name} '${text}'` : name;
  };
  const visible = (r) => r.width > 0 && r.height > 0;
  // Rects share one line box when one horizontal line crosses all of them (they may differ in size:
  // a KPI's unit is smaller than its number but sits on the same baseline).
  const oneLine = (rects) =>
    rects.length < 2 || Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom)) - 1;
  const rangeRects = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter(visible);
  };
  const textNodes = (root) => {
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim()) nodes.push(n);
    return nodes;
  };
  // The rects of an element's visible characters, without whitespace (a space at a line's end may sit on either line).
  const inkRects = (el) =>
    textNodes(el).flatMap((n) => {
      const rects = [];
      for (const m of n.data.matchAll(/\S+/g)) rects.push(...rangeRects(n, m.index, m.index + m[0].length));
      return rects;
    });

  // 1. No horizontal overflow; when there is, name the widest element that sticks out (and the one
  //    reaching furthest, when that is another), leaving out what a sideways-scrolling box clips.
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > width) {
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    const offenders = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (!visible(r) || r.right + window.scrollX <= width + 0.5) continue;
      if (getComputedStyle(el).position === "fixed" || clipped(el)) continue;
      offenders.push({ el, r });
    }
    let message = `horizontal overflow: the page is ${scrollWidth} px wide in a ${width} px viewport`;
    if (offenders.length) {
      const widest = offenders.reduce((a, b) => (b.r.width > a.r.width ? b : a));
      const furthest = offenders.reduce((a, b) => (b.r.right > a.r.right + 0.5 ? b : a));
      message += `; widest element sticking out: ${describe(widest.el)} (${Math.round(widest.r.width)} px wide, right edge at ${Math.round(widest.r.right)} px)`;
      if (furthest.el !== widest.el) message += `; furthest: ${describe(furthest.el)} (right edge at ${Math.round(furthest.r.right)} px)`;
    }
    problems.push(message);
  }

  // 2. A KPI card's figure (prefix, number, unit: theme/partials/kpi-cards.html) never separates its
  //    number from its unit: the number, the unit's first word and the prefix's last word share one
  //    line, and no word of the figure breaks («9849个村 / 庄», "38,7 / 98"). Only a long unit of
  //    several words ("million person-times") may wrap at a space after its first word.
  for (const figure of document.querySelectorAll(".kpi-figure")) {
    const number = figure.querySelector(".kpi-number");
    if (!number || !inkRects(figure).length) continue;
    counts.kpiFigures++;
    // The figure's words: runs of characters without a space, across its spans (which follow each
    // other without a space unless their text has one).
    const words = [];
    let word = null;
    for (const n of textNodes(figure)) {
      for (let i = 0; i < n.data.length; i++) {
        if (/\s/.test(n.data[i])) { word = null; continue; }
        if (!word) words.push(word = { text: "", rects: [], number: false });
        word.text += n.data[i];
        word.rects.push(...rangeRects(n, i, i + 1));
        if (number.contains(n)) word.number = true;
      }
    }
    const problemsBefore = problems.length;
    const at = words.findIndex((w) => w.number);
    if (!oneLine(inkRects(number))) {
      problems.push(`KPI card '${squash(figure.textContent)}': the number itself is broken across lines`);
    } else if (!oneLine(words.slice(Math.max(0, at - 1), at + 2).flatMap((w) => w.rects))) {
      problems.push(`KPI card '${squash(figure.textContent)}': number and unit on different lines`);
    }
    if (problems.length === problemsBefore) {
      const broken = words.filter((w) => !oneLine(w.rects)).map((w) => `'${w.text}'`);
      if (broken.length) problems.push(`KPI card '${squash(figure.textContent)}': unit broken inside ${broken.join(", ")}`);
    }
  }

  // 3a. No element of the chapter text with text-justify: inter-character (the outermost ones named;
  //     the property inherits, so everything inside them has it too).
  const chapter = document.querySelector("article.chapter");
  if (chapter) {
    const found = [chapter, ...chapter.querySelectorAll("*")].filter(
      (el) => getComputedStyle(el).textJustify === "inter-character" &&
        !(el !== chapter && getComputedStyle(el.parentElement).textJustify === "inter-character"));
    if (found.length) {
      problems.push(`chapter text with text-justify: inter-character (${found.length} elements${found.length > 3 ? ", first three" : ""}): ` +
        found.slice(0, 3).map(describe).join("; "));
    }
  }

  // 3b. Whatever the browser makes of text-justify: no run of Latin letters or digits in justified
  //     text is letter-spaced. Each run (two characters or more, on one line) is measured from its
  //     first character to the start of its last, so space a justified line gives around the run
  //     does not count; then measured again with justification off. Wider when justified means the
  //     browser spread the letters: 「2 0 1 8 年」, "c s r . e x a m p l e". (Plain justification of
  //     Chinese, which chromium spreads only between ideographs and at spaces, passes.)
  const justified = (el) => {
    const s = getComputedStyle(el);
    return s.textAlign === "justify" || s.textAlignLast === "justify";
  };
  const runs = [];
  for (const n of textNodes(document.body)) {
    if (!n.parentElement || !justified(n.parentElement)) continue;
    for (const m of n.data.matchAll(/[A-Za-z0-9]{2,}/g)) {
      const rects = rangeRects(n, m.index, m.index + m[0].length);
      if (rects.length !== 1) continue; // hidden, or split over two lines
      const inner = rangeRects(n, m.index, m.index + m[0].length - 1);
      if (inner.length !== 1) continue;
      runs.push({ node: n, start: m.index, end: m.index + m[0].length - 1, text: m[0], justifiedWidth: inner[0].width });
    }
  }
  counts.justifiedRuns = runs.length;
  if (runs.length) {
    const off = document.createElement("style");
    off.textContent = "* { text-align: start !important; text-align-last: auto !important; text-justify: auto !important; }";
    document.head.append(off);
    const spread = [];
    for (const run of runs) {
      const plain = rangeRects(run.node, run.start, run.end);
      if (plain.length === 1 && run.justifiedWidth - plain[0].width > 1) {
        const context = quote(run.node.data.slice(Math.max(0, run.start - 8), run.end + 9), 30);
        spread.push(`'${run.text}' in '${context}' (${(run.justifiedWidth - plain[0].width).toFixed(1)} px wider over ${run.text.length - 1} ${run.text.length > 2 ? "gaps" : "gap"})`);
      }
    }
    off.remove();
    if (spread.length) {
      problems.push(`letter-spaced Latin or digits in justified text (${spread.length} runs${spread.length > 5 ? ", first five" : ""}): ` + spread.slice(0, 5).join("; "));
    }
  }

  // 4. Chart text is at least 12 px as drawn: its font size times the scale its SVG is drawn at.
  const small = [];
  for (const text of document.querySelectorAll("[data-chart] svg text, .chart svg text")) {
    if (!visible(text.getBoundingClientRect()) || !text.textContent.trim()) continue;
    counts.chartTexts++;
    const ctm = text.getScreenCTM();
    const scale = ctm ? Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) : 1;
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    if (size < 12 - 0.05) {
      const chart = text.closest("[data-chart], .chart");
      small.push(`'${quote(text.textContent, 24)}' ${size.toFixed(2)} px${chart && chart.id ? ` in #${chart.id}` : ""}`);
    }
  }
  if (small.length) {
    problems.push(`chart text under 12 px as drawn (${small.length} texts${small.length > 5 ? ", first five" : ""}): ` + small.slice(0, 5).join("; "));
  }

  // 5. No option of the feedback form breaks inside a word (Chinese words as the browser's own word
  //    segmenter finds them: 「社区和公/众」 breaks 「公众」). A phrase may wrap between its words.
  for (const option of document.querySelectorAll(".choice")) {
    const nodes = textNodes(option);
    if (!nodes.length || !visible(option.getBoundingClientRect())) continue;
    counts.options++;
    const lang = option.closest("[lang]")?.lang || document.documentElement.lang;
    const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    const broken = [];
    for (const n of nodes) {
      for (const s of segmenter.segment(n.data)) {
        if (s.isWordLike && !oneLine(rangeRects(n, s.index, s.index + s.segment.length))) broken.push(s.segment);
      }
    }
    if (broken.length) {
      problems.push(`form option '${squash(option.textContent)}' broken inside ${broken.length > 1 ? "the words" : "the word"} ${broken.map((w) => `'${w}'`).join(", ")}`);
    }
  }

  return { problems, ...counts };
}
