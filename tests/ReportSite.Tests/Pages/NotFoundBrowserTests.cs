using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Pages;

/// <summary>
/// 404.html in chromium, served the way static hosts serve it: for a missing address deep inside the
/// site, with status 404. Its stylesheet loads, it passes axe, and its links lead home.
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class NotFoundBrowserTests
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task A_missing_address_deep_in_the_site_shows_the_styled_page_in_both_languages(int width)
    {
        using var site = FixtureSite.FromFile("mini");
        using var server = StaticServer.Start(Path.GetDirectoryName(site.Output)!, Path.Combine(site.Output, "404.html"));
        // The site is published under /output/ of the host, the folder the fixture builds into.
        var siteUrl = $"http://127.0.0.1:{server.Port}/output/";
        site.Write($"-- site.yml --\n{File.ReadAllText(Path.Combine(site.Input, "site.yml")).Replace("https://example.org/report", siteUrl)}");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(siteUrl + "en/no/such/page/");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("找不到这个页面");
        await Assertions.Expect(page.Locator("section[lang=en] h2")).ToHaveTextAsync("Page not found");
        Assert.Equal("16px", await page.Locator(".not-found__notice").First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopLeftRadius"));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > innerWidth"));
        await Chromium.KeepScreenshot(page, $"not-found-{width}");
        var axe = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));

        await page.ClickAsync("section[lang=en] a");

        await page.WaitForURLAsync(siteUrl + "en/");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }
}
