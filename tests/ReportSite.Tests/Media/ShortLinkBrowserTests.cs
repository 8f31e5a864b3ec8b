using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Media;

/// <summary>A short link, opened in a real browser with JavaScript switched off, lands on its target.</summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class ShortLinkBrowserTests
{
    [Fact]
    public async Task Short_link_redirects_in_a_browser_without_javascript()
    {
        using var site = MediaTests.Site();
        using var server = StaticServer.Start(site.Output);
        var port = server.Port;
        site.Write($"-- data/media.yml --\nmedia:\n  - {{ id: weicun-film, url: 'http://127.0.0.1:{port}/landing/', verb: watch, title: 为村 }}\n  - {{ id: poverty-report, url: 'http://127.0.0.1:{port}/landing/', verb: read, title: 报告 }}\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Directory.CreateDirectory(Path.Combine(site.Output, "landing"));
        File.WriteAllText(Path.Combine(site.Output, "landing", "index.html"), "<!doctype html><title>Landing</title><p>arrived</p>");

        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"http://127.0.0.1:{port}/s/weicun-film/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        await page.WaitForURLAsync($"http://127.0.0.1:{port}/landing/**", new PageWaitForURLOptions { Timeout = 30_000 });

        Assert.Equal("Landing", await page.TitleAsync());
        Assert.StartsWith($"http://127.0.0.1:{port}/landing/?utm_source=print", page.Url);
    }
}
