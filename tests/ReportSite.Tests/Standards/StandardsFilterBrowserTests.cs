using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Standards;

/// <summary>The index's filter in chromium: it appears only with script, and narrows the rows by words or to omissions.</summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class StandardsFilterBrowserTests
{
    [Fact]
    public async Task Typing_a_code_or_ticking_omitted_only_narrows_the_table_and_says_how_many_are_shown()
    {
        using var site = FixtureSite.FromFile("standards");
        Assert.True(site.Build().Succeeded);
        using var server = StaticServer.Start(site.Output);
        var port = server.Port;
        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync($"http://127.0.0.1:{port}/en/standards/gri/");
        var visible = page.Locator("tr[data-filter-row]:visible");

        await Assertions.Expect(page.Locator("[data-filter-panel]")).ToBeVisibleAsync();
        await Assertions.Expect(visible).ToHaveCountAsync(6);
        await Chromium.AssertAccessible(page);

        await page.FillAsync("[data-filter-text]", "203");
        await Assertions.Expect(visible).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-filter-status]")).ToHaveTextAsync("2 shown");
        await Assertions.Expect(page.Locator("section[data-filter-section]:visible")).ToHaveCountAsync(1);

        await page.FillAsync("[data-filter-text]", "");
        await page.CheckAsync("[data-filter-omitted]");
        await Assertions.Expect(visible).ToHaveCountAsync(1);
        await Assertions.Expect(visible.Locator("th")).ToHaveTextAsync("GRI 102-41");
        await Chromium.KeepScreenshot(page, "standards-omitted-en-390");

        await page.FillAsync("[data-filter-text]", "nothing like this");
        await Assertions.Expect(page.Locator("[data-filter-status]")).ToHaveTextAsync("No disclosure matches.");

        var noScript = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });
        await noScript.GotoAsync($"http://127.0.0.1:{port}/en/standards/gri/");
        await Assertions.Expect(noScript.Locator("[data-filter-panel]")).ToBeHiddenAsync();
        await Assertions.Expect(noScript.Locator("tr[data-filter-row]:visible")).ToHaveCountAsync(6);
    }
}
