using ReportSite.Diagnostics;
using ReportSite.SurveyResults;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Collector;

/// <summary>The collector and the feedback commands need no theme folder: the words of their replies come with the generator.</summary>
public sealed class CollectorThemeTests
{
    [Fact]
    public async Task The_collector_starts_without_a_theme_folder_and_replies_with_the_built_in_words()
    {
        using var dir = new TempDir();
        var diagnostics = new DiagnosticBag();

        var app = ReportSite.Collector.CollectorApp.Build(["--urls", "http://127.0.0.1:0", "--db", dir.Combine("feedback.db"), "--site", Repo.SampleInput], diagnostics);

        Assert.True(app is not null, string.Join("\n", diagnostics.Sorted()));
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var site = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReportSite.Collector.CollectorSite>(app.Services);
            Assert.Equal("Please answer this question.", site.Theme.Words.Word("en", "feedbackRequired"));
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void The_feedback_commands_read_a_word_the_report_s_theme_folder_overrides()
    {
        using var dir = new TempDir();
        var report = dir.CopyIn(Repo.SampleInput, "report");
        var words = File.ReadAllText(Path.Combine(Repo.Theme, "i18n", "en.yml"));
        Directory.CreateDirectory(Path.Combine(report, "theme", "i18n"));
        File.WriteAllText(Path.Combine(report, "theme", "i18n", "en.yml"), words.Replace("feedbackExportEdition: Edition", "feedbackExportEdition: Language edition"));
        var database = dir.Combine("feedback.db");
        FeedbackDatabase.Open(database).Dispose();
        var diagnostics = new DiagnosticBag();

        var data = new LoadFeedbackResponses().Run(new FeedbackReadOptions(database, report, null, "en"), diagnostics);

        Assert.True(data is not null, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal("Language edition", data.Theme.Words.Word("en", "feedbackExportEdition"));
        Assert.Equal("语言版本", data.Theme.Words.Word("zh-CN", "feedbackExportEdition"));
    }
}
