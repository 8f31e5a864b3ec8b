using Microsoft.Playwright;

namespace ReportSite.Tests.Support;

/// <summary>Debian's chromium driven by Playwright; never a downloaded browser.</summary>
public static class Chromium
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
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
}
