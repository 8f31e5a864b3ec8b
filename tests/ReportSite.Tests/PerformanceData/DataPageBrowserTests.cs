using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.PerformanceData;

/// <summary>The performance data page in chromium: no accessibility violation at phone and desktop widths in either language, and its filter.</summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class DataPageBrowserTests
{
    [Fact]
    public async Task The_page_is_accessible_in_both_languages_at_both_widths_and_its_filter_narrows_the_rows()
    {
        using var site = FixtureSite.FromFile("performance");
        Assert.True(site.Build().Succeeded);
        using var server = StaticServer.Start(site.Output);
        var port = server.Port;
        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        foreach (var (language, width) in new[] { ("zh-CN", 390), ("zh-CN", 1280), ("en", 390), ("en", 1280) })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.GotoAsync($"http://127.0.0.1:{port}/{language}/data/");
            await Assertions.Expect(page.Locator("tr[data-filter-row]:visible")).ToHaveCountAsync(8);
            await Chromium.AssertAccessible(page);
            // Nothing sticks out of the page sideways: a wide table scrolls in its own box on a desktop, and is a list on a phone.
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{language} at {width} px overflows");
            await Chromium.KeepScreenshot(page, $"data-{language}-{width}");
            await page.CloseAsync();
        }

        var english = await browser.NewPageAsync();
        await english.GotoAsync($"http://127.0.0.1:{port}/en/data/");
        await english.FillAsync("[data-filter-text]", "GRI 305");
        await Assertions.Expect(english.Locator("tr[data-filter-row]:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(english.Locator("[data-filter-status]")).ToHaveTextAsync("1 shown");
        await Assertions.Expect(english.Locator("section[data-filter-section]:visible h2")).ToHaveTextAsync("Greenhouse gases");
        await english.FillAsync("[data-filter-text]", "nothing like this");
        await Assertions.Expect(english.Locator("[data-filter-status]")).ToHaveTextAsync("No indicator matches.");
    }
}
