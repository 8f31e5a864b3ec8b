using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ReportSite.Tests.Support;

/// <summary>Debian's chromium driven by Playwright; never a downloaded browser.</summary>
public static class Chromium
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Tools.Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return (playwright, browser);
        }
        catch
        {
            // The caller gets nothing to dispose, so Playwright's driver process is stopped here.
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Saves a screenshot of the viewport (what the reader sees at that moment) to the folder in REPORTSITE_SCREENSHOTS, when set, for people to
    /// look at what a browser test saw; does nothing otherwise.
    /// </summary>
    public static async Task KeepScreenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("REPORTSITE_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }

    /// <summary>
    /// axe-core's WCAG 2.1 A and AA rules find nothing on the page as it is now (with
    /// <paramref name="seriousOnly"/>, nothing serious or critical).
    /// </summary>
    public static async Task AssertAccessible(IPage page, bool seriousOnly = false)
    {
        var results = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.NotEmpty(results.Passes);
        var violations = results.Violations.Where(v => !seriousOnly || v.Impact is "serious" or "critical").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }
}
