using Microsoft.Playwright;
using ReportSite.Feedback;
using ReportSite.SurveyResults;
using ReportSite.Tests.Collector;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Feedback;

/// <summary>
/// The survey page in chromium against the real collector: with script (checks before sending, says
/// what is missing, sends without leaving the page) and without (the browser's own required checks,
/// a plain post, the thank-you page).
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class FeedbackFormBrowserTests : IAsyncLifetime
{
    private readonly FixtureSite _site = FixtureSite.FromFile("mini");
    private readonly int _sitePort = StaticServer.FreePort();
    private readonly int _collectorPort = StaticServer.FreePort();
    private StaticServer _server = null!;
    private RunningCollector _collector = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    private string SiteUrl => $"http://127.0.0.1:{_sitePort}/";

    public async ValueTask InitializeAsync()
    {
        var site = File.ReadAllText(Path.Combine(_site.Input, "site.yml")).Replace("https://example.org/report", SiteUrl);
        _site.Write($"-- site.yml --\n{site}\nfeedback:\n  endpoint: http://127.0.0.1:{_collectorPort}/responses\n");
        _site.Write($"-- {LoadFeedbackForm.FileName} --\n" + File.ReadAllText(Path.Combine(Repo.SampleInput, LoadFeedbackForm.FileName)));
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        _server = new StaticServer(_site.Output, _sitePort);
        _collector = await RunningCollector.Start(site: _site.Input, port: _collectorPort);
        (_playwright, _browser) = await Chromium.Launch();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _collector.DisposeAsync();
        _server.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task With_script_missing_answers_are_named_then_the_answers_are_sent_without_leaving_the_page()
    {
        var page = await NewPage(javaScript: true, width: 1280);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(SiteUrl + "en/feedback/");
        await Chromium.AssertAccessible(page);

        await page.ClickAsync("button[type=submit]");

        var summary = page.Locator("#feedback-problems");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.Equal(2, await summary.Locator("li").CountAsync());
        await Assertions.Expect(page.Locator("#q-role-error")).ToHaveTextAsync("Please answer this question.");
        Assert.Equal("true", await page.Locator("#q-role-investor").GetAttributeAsync("aria-invalid"));
        await Chromium.KeepScreenshot(page, "feedback-errors-en-1280");
        await Chromium.AssertAccessible(page);

        await page.CheckAsync("#q-role-investor");
        await page.CheckAsync("#q-impression-good");
        await page.CheckAsync("#q-topics-poverty");
        await page.CheckAsync("#q-topics-environment");
        await page.CheckAsync("#q-ratings-readability-4");
        await page.FillAsync("#q-suggestions-input", "More charts, please.");
        await Assertions.Expect(page.Locator("#q-suggestions-count")).ToHaveTextAsync("20 of 2000 characters");
        await Chromium.KeepScreenshot(page, "feedback-filled-en-1280");
        await page.ClickAsync("button[type=submit]");

        var thanks = page.Locator("#feedback-thanks");
        await Assertions.Expect(thanks).ToBeVisibleAsync();
        await Assertions.Expect(thanks).ToBeFocusedAsync();
        await Chromium.KeepScreenshot(page, "feedback-thanks-en-1280");
        await Assertions.Expect(page.Locator("form.feedback-form")).ToBeHiddenAsync();
        Assert.Equal(SiteUrl + "en/feedback/", page.Url);
        var stored = Assert.Single(Stored());
        Assert.Equal("en", stored.Language);
        Assert.Equal(["investor"], stored.Answers["role"]);
        Assert.Equal(["poverty", "environment"], stored.Answers["topics"]);
        Assert.Equal(["4"], stored.Answers["ratings.readability"]);
        Assert.Equal(["More charts, please."], stored.Answers["suggestions"]);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_script_the_browser_insists_on_required_answers_then_posts_and_lands_on_the_thank_you_page()
    {
        var page = await NewPage(javaScript: false, width: 390);
        await page.GotoAsync(SiteUrl + "zh-CN/feedback/");

        await page.ClickAsync("button[type=submit]");
        Assert.Equal(SiteUrl + "zh-CN/feedback/", page.Url);
        Assert.False(await page.Locator("#q-role-government").EvaluateAsync<bool>("input => input.validity.valid"));
        Assert.Empty(Stored());

        await page.CheckAsync("#q-role-government");
        await page.CheckAsync("#q-impression-very-good");
        await page.CheckAsync("#q-ratings-design-5");
        await page.FillAsync("#q-suggestions-input", "希望增加更多案例。");
        await Chromium.KeepScreenshot(page, "feedback-filled-zh-390");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(SiteUrl + "zh-CN/feedback/thanks/");

        Assert.Equal("感谢您的反馈", await page.Locator("h1").TextContentAsync());
        await Chromium.KeepScreenshot(page, "feedback-thanks-zh-390");
        var stored = Assert.Single(Stored());
        Assert.Equal("zh-CN", stored.Language);
        Assert.Equal(["government"], stored.Answers["role"]);
        Assert.Equal(["5"], stored.Answers["ratings.design"]);
        Assert.Equal(["希望增加更多案例。"], stored.Answers["suggestions"]);
    }

    [Fact]
    public async Task Without_a_collector_the_script_opens_an_email_with_the_answers_written_out()
    {
        var site = File.ReadAllText(Path.Combine(_site.Input, "site.yml"));
        _site.Write("-- site.yml --\n" + site[..site.IndexOf("feedback:", StringComparison.Ordinal)] + "contact:\n  email: csr@example.org\n");
        Assert.True(_site.Build().Succeeded);
        var page = await NewPage(javaScript: true, width: 390);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Page.enable");
        var opened = new TaskCompletionSource<string>();
        cdp.Event("Page.frameRequestedNavigation").OnEvent += (_, e) => opened.TrySetResult(e?.GetProperty("url").GetString() ?? "");
        await page.GotoAsync(SiteUrl + "en/feedback/");

        await page.CheckAsync("#q-role-media");
        await page.CheckAsync("#q-impression-fair");
        await page.CheckAsync("#q-topics-culture");
        await page.CheckAsync("#q-ratings-design-2");
        await page.ClickAsync("button[type=submit]");

        var url = await opened.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.StartsWith("mailto:csr@example.org?subject=Reader%20feedback%3A%20Sample%20Responsibility%20Report&body=", url);
        Assert.Equal("""
            1. What is your relationship to Tencent?
            Media

            2. What is your overall impression of this report?
            Fair

            3. Which topics in the report matter most to you?
            Reviving traditional culture

            4. How would you rate the report's information, design and readability?
            Layout and design: Poor

            5. What else would you suggest to improve our responsibility report and our work?
            (no answer)
            """, Uri.UnescapeDataString(url[(url.IndexOf("&body=", StringComparison.Ordinal) + 6)..]));
        Assert.Empty(Stored());
    }

    private async Task<IPage> NewPage(bool javaScript, int width)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    private IReadOnlyList<StoredResponse> Stored()
    {
        using var database = FeedbackDatabase.Open(_collector.DatabasePath, create: false);
        return database.ReadAll();
    }
}
