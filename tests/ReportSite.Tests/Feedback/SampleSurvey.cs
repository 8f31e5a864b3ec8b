using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.SurveyResults;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Feedback;

/// <summary>The sample report's survey (input/data/feedback.yml) and stored responses to it, for the export and summary tests.</summary>
public static class SampleSurvey
{
    private static readonly Lazy<(SiteConfig Site, FeedbackForm Form)> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var site = new LoadSiteConfig().Run(Repo.SampleInput, diagnostics)!;
        var form = new LoadFeedbackForm().Run(Repo.SampleInput, site, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return (site, form!);
    });

    public static SiteConfig Site => Loaded.Value.Site;

    public static FeedbackForm Form => Loaded.Value.Form;

    /// <summary>A response as the database returns it, received on 1 March 2019 plus <paramref name="id"/> hours.</summary>
    public static StoredResponse Response(long id, string language, params (string Field, string[] Values)[] answers) => new(
        id,
        new DateTimeOffset(2019, 3, 1, 8, 30, 0, TimeSpan.Zero).AddHours(id),
        language,
        $"client{id:D2}",
        answers.ToDictionary(a => a.Field, a => (IReadOnlyList<string>)a.Values));

    /// <summary>Six responses touching every kind of question, one with answers from an earlier survey.</summary>
    public static IReadOnlyList<StoredResponse> Responses { get; } =
    [
        Response(1, "zh-CN", ("role", ["investor"]), ("impression", ["very-good"]), ("topics", ["poverty", "environment"]),
            ("ratings.disclosure", ["5"]), ("ratings.design", ["4"]), ("ratings.readability", ["4"]), ("suggestions", ["希望增加更多数据图表。"])),
        Response(2, "zh-CN", ("role", ["employee"]), ("impression", ["good"]), ("topics", ["poverty"]),
            ("ratings.disclosure", ["4"]), ("ratings.design", ["3"])),
        Response(3, "en", ("role", ["investor"]), ("impression", ["good"]), ("topics", ["security", "environment", "tech-for-good"]),
            ("ratings.disclosure", ["4"]), ("ratings.design", ["5"]), ("ratings.readability", ["2"]),
            ("suggestions", ["Please publish the data tables as spreadsheets.\nAnd <script>alert(1)</script> nothing else."])),
        Response(4, "en", ("role", ["media"]), ("impression", ["fair"])),
        Response(5, "zh-CN", ("role", ["customer"]), ("impression", ["good"]), ("topics", ["culture"]), ("ratings.readability", ["5"])),
        // From last year's survey: a role since removed, a question no longer asked, a score off the scale.
        Response(6, "zh-CN", ("role", ["student"]), ("impression", ["good"]), ("channel", ["wechat"]), ("ratings.design", ["7"]),
            ("suggestions", ["=HYPERLINK(\"https://evil.example/\",\"点击\")"])),
    ];
}
