using System.Diagnostics;
using Microsoft.Playwright;
using ReportSite.Cli.Preview;
using ReportSite.Feedback;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary>
/// The author's loop in chromium: a saved chapter shows in the open page by itself; a mistake shows
/// over the page with its file and line while the last good page stays; fixing it clears the overlay.
/// The time from save to reloaded page is printed, not asserted.
/// </summary>
[Collection(Browser.Collection)]
[Trait("Category", "Slow")]
public sealed class PreviewBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_saved_edit_reloads_the_open_page_and_a_mistake_shows_over_it_until_fixed()
    {
        using var site = FixtureSite.FromFile("mini");
        await using var preview = await PreviewServer.Start(new BuildOptions(site.Input, site.Output, Repo.Theme), port: 0);
        Assert.True(preview.Latest.Succeeded);
        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Address, "en/intro/").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Introduction");
        Assert.Equal("sticky", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).position"));
        await Task.Delay(300, TestContext.Current.CancellationToken); // the page's event stream is open

        var chapter = Path.Combine(site.Input, "chapters", "01-intro.en.md");
        var text = File.ReadAllText(chapter);
        var reload = await SaveAndTimeReload(page, () => File.WriteAllText(chapter, text.Replace("title: Introduction", "title: A new beginning")));
        output.WriteLine($"save → reloaded page: {reload} ms (build {preview.Latest.Elapsed.TotalMilliseconds:F0} ms)");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("A new beginning");

        File.WriteAllText(chapter, text.Replace("title: Introduction", "title: [unfinished"));
        var overlay = page.Locator("#reportsite-preview-errors");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("chapters/01-intro.en.md:2: YAML syntax error");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("A new beginning");
        await Chromium.KeepScreenshot(page, "preview-error-overlay");

        File.WriteAllText(chapter, text.Replace("title: Introduction", "title: Fixed again"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Fixed again", new() { Timeout = 10_000 });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        Assert.DoesNotContain("__reportsite", File.ReadAllText(Path.Combine(site.Output, "en", "intro", "index.html")));
    }

    [Fact]
    public async Task An_out_of_date_translation_shows_as_a_warning_over_the_reloaded_page()
    {
        using var site = FixtureSite.FromFile("mini");
        new ReportSite.Translations.MarkTranslations().Run(site.Input, new ReportSite.Content.LoadSiteConfig().Run(site.Input, new())!, ["chapters/01-intro.en.md"], new());
        await using var preview = await PreviewServer.Start(new BuildOptions(site.Input, site.Output, Repo.Theme), port: 0);
        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Address, "en/intro/").ToString());
        var warnings = page.Locator("#reportsite-preview-warnings");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Introduction");
        await Assertions.Expect(warnings).ToHaveCountAsync(0);
        await Task.Delay(300, TestContext.Current.CancellationToken); // the page's event stream is open

        var source = Path.Combine(site.Input, "chapters", "01-intro.zh-CN.md");
        File.WriteAllText(source, File.ReadAllText(source) + "\n新的一段。\n");

        await Assertions.Expect(warnings).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(warnings).ToContainTextAsync("chapters/01-intro.en.md:3: out of date");
        await Assertions.Expect(page.Locator("#reportsite-preview-errors")).ToHaveCountAsync(0);
        await warnings.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(warnings).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_the_sample_report_an_edit_lays_out_only_its_page_and_shows_in_the_open_tab()
    {
        using var dir = new TempDir();
        var input = dir.CopyIn(Repo.SampleInput, "input");
        await using var preview = await PreviewServer.Start(new BuildOptions(input, dir.Combine("output"), Repo.Theme), port: 0);
        Assert.True(preview.Latest.Succeeded, string.Join("\n", preview.Latest.Diagnostics));
        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Address, "en/society/").ToString());
        await Task.Delay(300, TestContext.Current.CancellationToken); // the page's event stream is open

        var chapter = Path.Combine(input, "chapters", "05-society.en.md");
        var builds = new System.Collections.Concurrent.ConcurrentQueue<PreviewBuild>();
        preview.Rebuilt += builds.Enqueue;
        for (var edit = 1; edit <= 5; edit++)
        {
            builds.Clear();
            var sentence = $"Edit number {edit} is on the page.";
            var elapsed = await SaveAndTimeReload(page, () => File.WriteAllText(chapter, File.ReadAllText(chapter).Replace("## Checking the facts", $"{sentence}\n\n## Checking the facts")));
            await Assertions.Expect(page.GetByText(sentence)).ToBeVisibleAsync();
            var build = builds.First();
            output.WriteLine($"edit {edit}: save → reloaded page {elapsed} ms (build {build.Elapsed.TotalMilliseconds:F0} ms, {build.PagesLaidOut} of {build.Pages} pages laid out)");
            // The chapter, and the four standards indexes that list its headings.
            Assert.Equal(5, build.PagesLaidOut);
        }
    }

    [Fact]
    public async Task The_survey_form_sends_to_the_collector_preview_runs_alongside()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write($"-- site.yml --\n{site.ReadInput("site.yml")}contact:\n  email: csr@example.org\n");
        site.Write($"-- {LoadFeedbackForm.FileName} --\n" + File.ReadAllText(Path.Combine(Repo.SampleInput, LoadFeedbackForm.FileName)));
        await using var preview = await PreviewServer.Start(new BuildOptions(site.Input, site.Output, Repo.Theme), port: 0);
        Assert.True(preview.Latest.Succeeded, string.Join("\n", preview.Latest.Diagnostics));
        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Address, "en/feedback/").ToString());

        Assert.StartsWith("http://127.0.0.1:", await page.GetAttributeAsync("form.feedback-form", "action"));
        await page.CheckAsync("#q-role-media");
        await page.CheckAsync("#q-impression-good");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("#feedback-thanks")).ToBeVisibleAsync();
    }

    /// <summary>Milliseconds from <paramref name="save"/> to the load event of the page the preview reloads.</summary>
    private static async Task<long> SaveAndTimeReload(IPage page, Action save)
    {
        var loaded = new TaskCompletionSource();
        void Loaded(object? sender, IPage _) => loaded.TrySetResult();
        page.Load += Loaded;
        try
        {
            var watch = Stopwatch.StartNew();
            save();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return watch.ElapsedMilliseconds;
        }
        finally
        {
            page.Load -= Loaded;
        }
    }
}
