// Enhancements only: every page works without this file.
(() => {
  "use strict";

  // Close the contents menu with Escape or a click elsewhere.
  const menu = document.querySelector(".menu");
  if (menu) {
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary")?.focus();
      }
    });
    document.addEventListener("click", (event) => {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  }

  // Chart values on hover or tap, and from the keyboard: focus a chart, then use the arrow keys.
  // Without this, every value is still on the chart or in its data table.
  for (const plot of document.querySelectorAll(".chart__plot")) {
    const tip = document.createElement("div");
    tip.className = "chart-tip";
    tip.hidden = true;
    tip.setAttribute("role", "status");
    plot.append(tip);
    plot.tabIndex = 0;
    plot.setAttribute("role", "group");
    plot.setAttribute("aria-label", plot.closest(".chart")?.querySelector(".chart__title")?.textContent ?? "");
    // The script's tooltip replaces the browser's own, which would otherwise show as well.
    for (const title of plot.querySelectorAll("[data-tip] > title")) title.remove();
    let active = null;
    let index = -1;
    const visibleMarks = () => {
      const svg = [...plot.querySelectorAll("svg")].find((s) => s.getClientRects().length > 0);
      return svg ? [...svg.querySelectorAll("[data-tip]")] : [];
    };
    const show = (mark) => {
      active?.classList.remove("is-active");
      active = mark;
      mark.classList.add("is-active");
      tip.textContent = mark.dataset.tip;
      tip.hidden = false;
      const box = mark.getBoundingClientRect();
      const base = plot.getBoundingClientRect();
      const half = tip.offsetWidth / 2;
      const x = Math.min(Math.max(box.left + box.width / 2 - base.left, half), base.width - half);
      tip.style.left = `${x}px`;
      tip.style.top = `${Math.max(box.top - base.top, tip.offsetHeight + 10)}px`;
    };
    const hide = () => {
      active?.classList.remove("is-active");
      active = null;
      tip.hidden = true;
    };
    plot.addEventListener("pointerover", (event) => {
      const mark = event.target.closest?.("[data-tip]");
      if (mark) show(mark);
    });
    plot.addEventListener("pointerleave", hide);
    plot.addEventListener("blur", hide);
    plot.addEventListener("keydown", (event) => {
      const marks = visibleMarks();
      if (marks.length === 0) return;
      if (event.key === "ArrowRight" || event.key === "ArrowDown") index = (index + 1) % marks.length;
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") index = (index - 1 + marks.length) % marks.length;
      else if (event.key === "Escape") return hide();
      else return;
      event.preventDefault();
      show(marks[index]);
    });
  }

  // The feedback form: checks answers before sending, with messages next to each question and a
  // summary at the top; sends them without leaving the page (keeping them if sending fails); or,
  // with no collector, opens a prepared e-mail with the answers written out. Without this script the
  // browser checks required answers itself and posts the form, and the collector replies with a page.
  const form = document.querySelector("form.feedback-form");
  if (form) {
    const say = (key, ...args) => (form.dataset["msg" + key] ?? "").replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? "");
    const questions = [...form.querySelectorAll("[data-question]")];
    const summary = form.querySelector(".feedback-form__summary");
    const status = form.querySelector(".feedback-form__status");
    const button = form.querySelector("button[type=submit]");
    const textOf = (element) => element?.textContent.replace(/\s+/g, " ").trim() ?? "";
    const labelOf = (question) => textOf(question.querySelector(".question__text"));
    form.noValidate = true;

    for (const count of form.querySelectorAll(".question__count")) {
      const input = count.closest(".question").querySelector("textarea");
      const max = Number(count.dataset.max);
      const update = () => {
        const length = input.value.length;
        count.textContent = say("Characters", length, max);
        count.classList.toggle("is-over", length > max);
      };
      count.hidden = false;
      input.addEventListener("input", update);
      update();
    }

    // What the reader chose, per question: labels for choices, "rating: level" per rated item.
    const answersOf = (question) => {
      if (question.dataset.kind === "text") return [question.querySelector("textarea").value.trim()].filter(Boolean);
      if (question.dataset.kind === "scale") {
        return [...question.querySelectorAll(".rating")].map((rating) => {
          const checked = rating.querySelector("input:checked");
          return checked ? `${textOf(rating.querySelector("legend"))}: ${textOf(checked.closest("label"))}` : null;
        }).filter(Boolean);
      }
      return [...question.querySelectorAll("input:checked")].map((input) => textOf(input.closest("label")));
    };

    const problemsIn = (question) => {
      const required = question.querySelector(".question__required") !== null;
      if (question.dataset.kind === "text") {
        const input = question.querySelector("textarea");
        if (input.value.length > input.maxLength && input.maxLength > 0) return "TooLong";
        return required && input.value.trim() === "" ? "Required" : null;
      }
      if (question.dataset.kind === "scale") {
        return required && [...question.querySelectorAll(".rating")].some((r) => !r.querySelector("input:checked")) ? "Required" : null;
      }
      return required && !question.querySelector("input:checked") ? "Required" : null;
    };

    const codeKey = { "required": "Required", "too-long": "TooLong", "empty": "Empty", "unknown-field": "Outdated" };
    const clear = () => {
      for (const question of questions) {
        question.classList.remove("is-invalid");
        const error = question.querySelector(".question__error");
        error.hidden = true;
        error.textContent = "";
        for (const input of question.querySelectorAll("input, textarea")) input.removeAttribute("aria-invalid");
      }
      summary.hidden = true;
      status.textContent = "";
      status.classList.remove("is-error");
    };
    // problems: [question element or null, message key]
    const show = (problems) => {
      const list = summary.querySelector("ul");
      list.replaceChildren();
      for (const [question, key] of problems) {
        const max = question?.querySelector("textarea")?.maxLength ?? 0;
        const message = say(key, max);
        const item = document.createElement("li");
        if (question) {
          question.classList.add("is-invalid");
          const error = question.querySelector(".question__error");
          error.textContent = message;
          error.hidden = false;
          for (const input of question.querySelectorAll("input, textarea")) input.setAttribute("aria-invalid", "true");
          const link = document.createElement("a");
          link.href = "#" + question.id;
          link.textContent = `${textOf(question.querySelector(".question__number"))}: ${message}`;
          link.addEventListener("click", (event) => {
            event.preventDefault();
            question.scrollIntoView({ block: "start" });
            question.querySelector("input, textarea")?.focus({ preventScroll: true });
          });
          item.append(link);
        } else {
          item.textContent = message;
        }
        list.append(item);
      }
      summary.hidden = false;
      summary.focus();
    };
    const fail = (key) => {
      status.textContent = say(key);
      status.classList.add("is-error");
    };

    const mail = () => {
      const body = questions.map((question, i) => {
        const answers = answersOf(question);
        return `${i + 1}. ${labelOf(question)}\n${answers.length ? answers.join("\n") : say("NoAnswer")}`;
      }).join("\n\n");
      // The subject is already in the form's mailto: address.
      window.location.href = `${form.getAttribute("action")}&body=${encodeURIComponent(body)}`;
    };

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clear();
      const problems = questions.map((q) => [q, problemsIn(q)]).filter(([, key]) => key);
      if (problems.length === 0 && questions.every((q) => answersOf(q).length === 0)) problems.push([null, "Empty"]);
      if (problems.length > 0) return show(problems);
      if (form.dataset.email) return mail();

      button.disabled = true;
      status.textContent = say("Sending");
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body: new FormData(form),
          headers: { Accept: "application/json" },
          credentials: "omit",
        });
        if (response.ok) {
          const thanks = document.getElementById("feedback-thanks");
          form.hidden = true;
          thanks.hidden = false;
          thanks.focus();
          return;
        }
        if (response.status === 400) {
          const detail = await response.json().catch(() => ({}));
          const byField = Object.entries(detail.errors ?? {}).map(([field, codes]) => {
            const question = questions.find((q) => q.dataset.question === field || q.querySelector(`[name="${CSS.escape(field)}"]`));
            return [question ?? null, codeKey[codes[0]] ?? "UnknownOption"];
          });
          if (byField.length > 0) return show(byField);
        }
        fail({ 403: "Forbidden", 413: "TooLarge", 429: "RateLimited" }[response.status] ?? "Failed");
      } catch {
        fail("Failed");
      } finally {
        button.disabled = false;
        if (status.textContent === say("Sending")) status.textContent = "";
      }
    });
  }

  // Standards indexes and the performance data table: filter the rows by code or words (the standards
  // indexes also to the omitted disclosures). Without this the whole table is there to read and search
  // with the browser.
  for (const filterable of document.querySelectorAll("[data-filterable]")) {
    const panel = filterable.querySelector("[data-filter-panel]");
    const text = panel.querySelector("[data-filter-text]");
    const omittedOnly = panel.querySelector("[data-filter-omitted]");
    const status = panel.querySelector("[data-filter-status]");
    const rows = [...filterable.querySelectorAll("[data-filter-row]")];
    const normalise = (value) => value.toLowerCase().replace(/\s+/g, " ").trim();
    const haystacks = new Map(rows.map((row) => [row, normalise(row.textContent)]));
    const apply = () => {
      const words = normalise(text.value).split(" ").filter(Boolean);
      const omitted = omittedOnly?.checked ?? false;
      let shown = 0;
      for (const row of rows) {
        const visible = (!omitted || row.hasAttribute("data-omitted"))
          && words.every((word) => haystacks.get(row).includes(word));
        row.hidden = !visible;
        if (visible) shown++;
      }
      for (const section of filterable.querySelectorAll("[data-filter-section]")) {
        section.hidden = !section.querySelector("[data-filter-row]:not([hidden])");
      }
      const filtering = words.length > 0 || omitted;
      status.textContent = !filtering ? "" : shown === 0 ? status.dataset.msgNone : status.dataset.msgShown.replace("{0}", shown);
    };
    panel.hidden = false;
    text.addEventListener("input", apply);
    omittedOnly?.addEventListener("change", apply);
  }

  // Mark the section being read in the table of contents.
  const links = [...document.querySelectorAll(".toc a[href^='#']")];
  if (links.length === 0 || !("IntersectionObserver" in window)) return;
  const byId = new Map(links.map((link) => [decodeURIComponent(link.hash.slice(1)), link]));
  const visible = new Set();
  const mark = () => {
    const current = [...byId.keys()].find((id) => visible.has(id));
    if (!current) return;
    for (const [id, link] of byId) {
      if (id === current) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target.id);
      else visible.delete(entry.target.id);
    }
    mark();
  }, { rootMargin: "-15% 0px -70% 0px" });
  for (const id of byId.keys()) {
    const heading = document.getElementById(id);
    if (heading) observer.observe(heading);
  }
})();
