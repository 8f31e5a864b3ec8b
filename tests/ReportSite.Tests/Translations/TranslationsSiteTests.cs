using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;
using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

/// <summary>
/// The "done when" on the mini fixture: a translation marked up to date goes out of date when a
/// sentence of its Chinese source is edited (the report says so, the build warns), and marking it again
/// clears it; every state in the report; the strict check; mistakes in <c>translated-from</c> at their line.
/// </summary>
public sealed class TranslationsSiteTests
{
    private const string Intro = "chapters/01-intro.en.md";
    private const string IntroSource = "chapters/01-intro.zh-CN.md";

    [Fact]
    public void Editing_the_source_of_a_marked_translation_makes_it_out_of_date_until_marked_again()
    {
        using var site = FixtureSite.FromFile("mini");
        Mark(site, Intro, "chapters/02-green.en.md");
        Assert.All(Report(site).Where(l => !l.Status.DataFile), l => Assert.Equal(TranslationState.UpToDate, l.Status.State));
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Message.Contains("out of date", StringComparison.Ordinal));

        site.WriteFile(IntroSource, site.ReadInput(IntroSource).Replace("二十年来，我们始终坚持连接。", "二十年来，我们始终坚持连接人与服务。", StringComparison.Ordinal));

        var intro = Report(site).Single(l => l.Status.File == Intro);
        Assert.Equal(TranslationState.OutOfDate, intro.Status.State);
        Assert.Equal(IntroSource, intro.Status.Source);
        // The fixture is not in git, so the report says honestly that only the current text is known.
        Assert.Null(intro.Changes!.ChangedLines);
        Assert.Contains("is not in git history", intro.Changes.Note, StringComparison.Ordinal);
        Assert.Contains("paragraphs", intro.Changes.Note, StringComparison.Ordinal);
        var build = site.Build();
        Assert.True(build.Succeeded);
        var warning = Assert.Single(build.Diagnostics, d => d.Message.Contains("out of date", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, Intro, 3), (warning.Severity, warning.File, warning.Line));
        Assert.Contains($"its source {IntroSource} has changed since it was translated (the recorded version is not in git history", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"reportsite translations mark {Intro}", warning.Message, StringComparison.Ordinal);

        var marked = Mark(site, Intro);

        Assert.Equal(SourceHash.Of(site.ReadInput(IntroSource)), Assert.Single(marked).Hash);
        Assert.Equal(TranslationState.UpToDate, Report(site).Single(l => l.Status.File == Intro).Status.State);
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Message.Contains("out of date", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_gives_each_state()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/03-people.zh-CN.md --\n---\ntitle: 人才\n---\n\n正文。\n-- chapters/04-governance.zh-CN.md --\n---\ntitle: 治理\n---\n\n正文。\n"
            + "-- chapters/04-governance.en.md --\n---\ntitle: Governance\n---\n\nText.\n");
        Mark(site, Intro, "chapters/04-governance.en.md");
        site.WriteFile("chapters/04-governance.zh-CN.md", "---\ntitle: 治理\n---\n\n新的正文。\n");

        var states = Report(site).Where(l => !l.Status.DataFile).ToDictionary(l => l.Status.File, l => l.Status.State);

        Assert.Equal(new Dictionary<string, TranslationState>
        {
            [Intro] = TranslationState.UpToDate,
            ["chapters/02-green.en.md"] = TranslationState.NotTracked,
            ["chapters/03-people.en.md"] = TranslationState.Missing,
            ["chapters/04-governance.en.md"] = TranslationState.OutOfDate,
        }, states);
    }

    [Fact]
    public void The_strict_check_makes_an_out_of_date_translation_an_error()
    {
        using var site = FixtureSite.FromFile("mini");
        Mark(site, Intro);
        site.WriteFile(IntroSource, site.ReadInput(IntroSource) + "\n新的一段。\n");

        var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(site.Input, site.Output, Repo.Theme) { StrictTranslations = true });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Intro, 3), (error.File, error.Line));
        Assert.Contains("--strict-translations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_from_that_is_not_eight_hex_digits_is_an_error_at_its_line()
    {
        using var site = FixtureSite.FromFile("mini");
        site.WriteFile(Intro, site.ReadInput(Intro).Replace("summary:", "translated-from: last week\nsummary:", StringComparison.Ordinal));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Intro, 3), (error.File, error.Line));
        Assert.StartsWith("translated-from 'last week' is not a source version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_from_in_a_primary_language_file_is_ignored_with_a_warning()
    {
        using var site = FixtureSite.FromFile("mini");
        site.WriteFile(IntroSource, site.ReadInput(IntroSource).Replace("summary:", "translated-from: 3f2a9c1e\nsummary:", StringComparison.Ordinal));

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.File == IntroSource);
        Assert.Equal(3, warning.Line);
        Assert.Contains("is ignored in a zh-CN file", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_refuses_a_primary_language_file_and_a_file_neither_a_chapter_nor_data()
    {
        using var site = FixtureSite.FromFile("mini");
        var before = site.ReadInput(IntroSource);
        site.WriteFile("notes.md", "Notes.\n");
        var diagnostics = new DiagnosticBag();

        var marked = new MarkTranslations().Run(site.Input, Site(site), [IntroSource, "notes.md", "chapters/09-none.en.md"], diagnostics);

        Assert.Empty(marked);
        Assert.Equal(before, site.ReadInput(IntroSource));
        Assert.Collection(diagnostics.Sorted().Select(d => d.ToString()).Order(StringComparer.Ordinal),
            d => Assert.StartsWith("chapters/01-intro.zh-CN.md: is in the primary language (zh-CN)", d, StringComparison.Ordinal),
            d => Assert.StartsWith("chapters/09-none.en.md: no such file", d, StringComparison.Ordinal),
            d => Assert.StartsWith("notes.md: is not a chapter file in", d, StringComparison.Ordinal));
    }

    [Fact]
    public void Mark_keeps_a_byte_order_mark_and_every_other_byte()
    {
        using var site = FixtureSite.FromFile("mini");
        var path = Path.Combine(site.Input, Intro);
        var text = site.ReadInput(Intro).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var hash = Assert.Single(Mark(site, Intro)).Hash;

        var expected = text.Replace("title: Introduction\r\n", $"title: Introduction\r\ntranslated-from: {hash}\r\n", StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(path));
    }

    internal static IReadOnlyList<MarkedTranslation> Mark(FixtureSite site, params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        var marked = new MarkTranslations().Run(site.Input, Site(site), files, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return marked;
    }

    internal static IReadOnlyList<TranslationReportLine> Report(FixtureSite site)
    {
        var diagnostics = new DiagnosticBag();
        var lines = new ReportTranslations().Run(site.Input, Site(site), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return lines;
    }

    private static SiteConfig Site(FixtureSite site) => new LoadSiteConfig().Run(site.Input, new DiagnosticBag())!;
}
