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
