namespace ReportSite.Cli.Preview;

/// <summary>
/// The script preview adds to every page: reloads it after a good build, and lays the errors of a
/// failed build over it (with file and line) until the next good one; a good build's warnings (an
/// out-of-date translation, a missing one) show in a smaller box the author can close. Never part of a built site.
/// </summary>
public static class PreviewScript
{
    public const string Text = """
        (() => {
          "use strict";
          let overlay = null;
          const show = (problems) => {
            overlay ??= Object.assign(document.createElement("div"), { id: "reportsite-preview-errors" });
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "background:#2b0b0b;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-top:4px solid #e5484d";
            overlay.replaceChildren(Object.assign(document.createElement("strong"), { textContent: "Build failed — the last good version is shown. Fix these and save:" }),
              ...problems.map((p) => Object.assign(document.createElement("div"), { textContent: p })));
            document.body.append(overlay);
          };
          const warn = (warnings) => {
            if (warnings.length === 0) return;
            const box = Object.assign(document.createElement("div"), { id: "reportsite-preview-warnings" });
            box.setAttribute("role", "status");
            box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:30vh;overflow:auto;z-index:2147483646;" +
              "background:#2b230b;color:#fff;font:13px/1.5 ui-monospace,monospace;padding:.75rem 1.25rem;border-top:4px solid #f5a524";
            const close = Object.assign(document.createElement("button"), { type: "button", textContent: "Close" });
            close.style.cssText = "float:right;font:inherit";
            close.addEventListener("click", () => box.remove());
            box.replaceChildren(close, Object.assign(document.createElement("strong"), { textContent: `Built with ${warnings.length} warning${warnings.length === 1 ? "" : "s"}:` }),
              ...warnings.map((w) => Object.assign(document.createElement("div"), { textContent: w })));
            document.body.append(box);
          };
          const events = new EventSource("/__reportsite/events");
          events.onmessage = (event) => {
            const build = JSON.parse(event.data);
            // The first message says how the latest build went; later ones follow each rebuild.
            if (!build.ok) show(build.problems);
            else if (build.build > 0) location.reload();
            else warn(build.warnings ?? []);
          };
        })();
        """;
}
