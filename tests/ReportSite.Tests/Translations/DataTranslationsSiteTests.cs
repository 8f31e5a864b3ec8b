using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;
using ReportSite.Tests.Support;
using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

/// <summary>
/// The translated texts of data files on the mini fixture with a KPI file: a file marked up to date goes out
/// of date when a zh-CN label is edited (the report says so, the build warns at its translated-from line),
/// marking it again clears it; not tracked, missing, the strict check, and mistakes in translated-from.
/// </summary>
public sealed class DataTranslationsSiteTests
{
    internal const string KpiFile = "data/kpis/01-intro.yml";

    internal const string Kpis = """
        -- data/kpis/01-intro.yml --
        # KPIs quoted in chapter 01.
        kpis:
          - id: staff.total
            label: { zh-CN: 员工总数, en: Employees }
            unit: count
            word: { zh-CN: 人, en: people }
            value: 1200
          - id: staff.women
            label: { zh-CN: 女性员工, en: Women employees }
            unit: count
            value: 500

        """;

    [Fact]
    public void Editing_a_zh_CN_label_of_a_marked_file_makes_it_out_of_date_until_marked_again()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write(Kpis);
        var marked = Mark(site, KpiFile);
        Assert.Equal(("en", KpiFile), (Assert.Single(marked).Language, marked[0].File));
        Assert.Equal(TranslationState.UpToDate, Data(site, KpiFile).Status.State);
        Assert.Equal(TranslationState.NotTracked, Data(site, LoadSiteConfig.FileName).Status.State);
        var clean = site.Build();
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics));
        Assert.Empty(clean.Diagnostics);

        site.WriteFile(KpiFile, site.ReadInput(KpiFile).Replace("员工总数", "员工人数", StringComparison.Ordinal));

        var line = Data(site, KpiFile);
        Assert.Equal(TranslationState.OutOfDate, line.Status.State);
        // Not in git: the report says that which texts changed cannot be shown.
        Assert.Null(line.Changes!.ChangedTexts);
        Assert.Contains("not in git history", line.Changes.Note, StringComparison.Ordinal);
        Assert.Contains("compare all 3 texts", line.Changes.Note, StringComparison.Ordinal);
        var build = site.Build();
        Assert.True(build.Succeeded);
        var warning = Assert.Single(build.Diagnostics);
        Assert.Equal((Severity.Warning, KpiFile, 2), (warning.Severity, warning.File, warning.Line));
        Assert.StartsWith("out of date in en: the zh-CN texts of this file have changed", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"reportsite translations mark {KpiFile}", warning.Message, StringComparison.Ordinal);

        Mark(site, Path.Combine(site.Input, KpiFile));

        Assert.Equal(TranslationState.UpToDate, Data(site, KpiFile).Status.State);
        Assert.Empty(site.Build().Diagnostics);
    }

    [Fact]
    public void The_preview_warns_after_an_edit_and_keeps_warning_while_the_file_is_unchanged()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write(Kpis);
        Mark(site, KpiFile);
        var preview = new SiteBuild(DirectiveRegistry.Empty, remembers: true);
        var options = new BuildOptions(site.Input, site.Output, Repo.Theme);
        Assert.Empty(preview.Run(options).Diagnostics);

        site.WriteFile(KpiFile, site.ReadInput(KpiFile).Replace("员工总数", "员工的总数", StringComparison.Ordinal));
        var edited = preview.Run(options);
        var again = preview.Run(options);

        Assert.Equal((KpiFile, 2), (Assert.Single(edited.Diagnostics).File, edited.Diagnostics[0].Line));
        Assert.Equal(edited.Diagnostics, again.Diagnostics);
        Assert.Equal(0, preview.Memory!.DataTranslations.Made);
    }

    [Fact]
    public void The_strict_check_makes_an_out_of_date_data_file_an_error()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write(Kpis);
        Mark(site, KpiFile);
        site.WriteFile(KpiFile, site.ReadInput(KpiFile).Replace("女性员工", "女性员工人数", StringComparison.Ordinal));

        var result = new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(site.Input, site.Output, Repo.Theme) { StrictTranslations = true });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((KpiFile, 2), (error.File, error.Line));
        Assert.Contains("--strict-translations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_with_no_text_in_a_file_is_missing_and_only_languages_with_texts_are_marked()
    {
        using var site = FixtureSite.FromFile("mini");
        site.WriteFile("site.yml", site.ReadInput("site.yml").Replace("[zh-CN, en]", "[zh-CN, en, zh-HK]", StringComparison.Ordinal));
        site.Write(Kpis);

        var marked = Mark(site, KpiFile);

        Assert.Equal(["en"], marked.Select(m => m.Language));
        Assert.Contains("translated-from: { en: ", site.ReadInput(KpiFile), StringComparison.Ordinal);
        var states = TranslationsSiteTests.Report(site).Where(l => l.Status.File == KpiFile).ToDictionary(l => l.Status.Language, l => l.Status.State);
        Assert.Equal(new Dictionary<string, TranslationState> { ["en"] = TranslationState.UpToDate, ["zh-HK"] = TranslationState.Missing }, states);
        var diagnostics = new DiagnosticBag();
        Assert.Empty(new MarkTranslations().Run(site.Input, Site(site), [KpiFile], diagnostics, language: "zh-HK"));
        Assert.StartsWith($"{KpiFile}: has no zh-HK texts yet", Assert.Single(diagnostics.Sorted()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_left_without_a_language_are_listed_and_warned_about_once_per_file_and_language()
    {
        using var site = FixtureSite.FromFile("mini");
        site.WriteFile("site.yml", site.ReadInput("site.yml").Replace("[zh-CN, en]", "[zh-CN, en, zh-HK]", StringComparison.Ordinal));
        site.Write(Kpis.Replace("label: { zh-CN: 女性员工, en: Women employees }", "label: { zh-CN: 女性员工 }", StringComparison.Ordinal)
            .Replace("word: { zh-CN: 人, en: people }", "word: { zh-CN: 人 }", StringComparison.Ordinal));
        Mark(site, KpiFile);

        var line = Data(site, KpiFile);
        var build = site.Build();

        // Still up to date: what the English was made from has not changed; two texts were never translated.
        Assert.Equal(TranslationState.UpToDate, line.Status.State);
        Assert.Equal(["kpis/staff.total/word", "kpis/staff.women/label"], line.Status.MissingTexts);
        Assert.True(build.Succeeded);
        var missing = build.Diagnostics.Where(d => d.File == KpiFile).ToList();
        Assert.Equal(2, missing.Count);
        var english = Assert.Single(missing, d => d.Message.Contains("no en yet", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, 7), (english.Severity, english.Line)); // the staff.total word, after the translated-from line mark added
        Assert.Contains("2 of its 3 texts have no en yet (kpis/staff.total/word, kpis/staff.women/label); the en edition shows the zh-CN text there", english.Message, StringComparison.Ordinal);
        var hongKong = Assert.Single(missing, d => d.Message.Contains("zh-HK", StringComparison.Ordinal));
        Assert.StartsWith("missing: none of its 3 texts has zh-HK yet", hongKong.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("translated-from: { en: last-week }", "translated-from en 'last-week' is not a source version")]
    [InlineData("translated-from: { fr: 1a2b3c4d }", "translated-from names 'fr', which is not one of the site's languages")]
    [InlineData("translated-from: 1a2b3c4d", "translated-from must name each translated language's source version")]
    public void A_bad_translated_from_is_an_error_at_its_line(string entry, string message)
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write(Kpis);
        site.WriteFile(KpiFile, site.ReadInput(KpiFile).Replace("kpis:", entry + "\nkpis:", StringComparison.Ordinal));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((KpiFile, 2), (error.File, error.Line));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("unknown top-level key", StringComparison.Ordinal));
    }

    [Fact]
    public void Mark_records_site_yml_and_keeps_its_other_bytes()
    {
        using var site = FixtureSite.FromFile("mini");
        var before = site.ReadInput("site.yml");

        var hash = Assert.Single(Mark(site, "site.yml")).Hash;

        Assert.Equal($"translated-from: {{ en: {hash} }}\n" + before, site.ReadInput("site.yml"));
        Assert.Equal(TranslationState.UpToDate, Data(site, "site.yml").Status.State);
        Assert.Empty(site.Build().Diagnostics);
    }

    internal static IReadOnlyList<MarkedTranslation> Mark(FixtureSite site, params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        var marked = new MarkTranslations().Run(site.Input, Site(site), files, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return marked;
    }

    internal static TranslationReportLine Data(FixtureSite site, string file) =>
        TranslationsSiteTests.Report(site).Single(l => l.Status.DataFile && l.Status.File == file && l.Status.Language == "en");

    private static SiteConfig Site(FixtureSite site) => new LoadSiteConfig().Run(site.Input, new DiagnosticBag())!;
}
