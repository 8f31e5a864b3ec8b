using AngleSharp.Html.Parser;
using ReportSite.SurveyResults;
using ReportSite.Tests.Snapshots;
using ReportSite.Tests.Support;
using static ReportSite.Tests.Feedback.SampleSurvey;

namespace ReportSite.Tests.Feedback;

/// <summary>The summary page of the sample survey's answers: its markup, and that it stands alone.</summary>
public sealed class RenderFeedbackSummaryTests
{
    [Fact]
    public void Page_zh() => Snapshot.Verify(Page("zh-CN", Responses));

    [Fact]
    public void Page_en() => Snapshot.Verify(Page("en", Responses));

    [Fact]
    public void A_written_answer_is_shown_as_text_never_as_markup()
    {
        var html = Page("en", Responses);
        var page = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain("<script", html);
        Assert.Contains("And &lt;script&gt;alert(1)&lt;/script&gt; nothing else.", html);
        Assert.Empty(page.QuerySelectorAll("script"));
        var answers = page.QuerySelectorAll(".answers li > p:first-child").Select(p => p.TextContent).ToList();
        Assert.Equal(["希望增加更多数据图表。", "Please publish the data tables as spreadsheets.\nAnd <script>alert(1)</script> nothing else.",
            "=HYPERLINK(\"https://evil.example/\",\"点击\")"], answers);
        Assert.Equal(["zh-CN", "en", "zh-CN"], page.QuerySelectorAll(".answers li > p:first-child").Select(p => p.GetAttribute("lang")));
    }

    [Fact]
    public void The_page_loads_nothing_and_runs_nothing()
    {
        var page = new HtmlParser().ParseDocument(Page("zh-CN", Responses));

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed, [src], [href], [style*='url(']"));
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent);
        Assert.StartsWith("default-src 'none';", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
    }

    [Fact]
    public void Every_chart_has_a_table_with_a_row_per_bar_and_every_option_appears()
    {
        var page = new HtmlParser().ParseDocument(Page("en", Responses));

        var charts = page.QuerySelectorAll("figure svg");
        var tables = page.QuerySelectorAll("table");
        Assert.Equal(2 + 1 + 3, charts.Length);
        Assert.Equal(charts.Length, tables.Length);
        for (var i = 0; i < charts.Length; i++)
        {
            Assert.Equal(charts[i].QuerySelectorAll("rect[data-tip]").Length, tables[i].QuerySelectorAll("tbody tr").Length);
        }
        var role = tables[0].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(12, role.Count);
        Assert.Equal("Investor233.3%", role[1]);
        Assert.Equal("Government00%", role[0]);
        Assert.Equal("student (no longer in the survey)116.7%", role[^1]);
        Assert.Contains("<title>Investor: 2 (33.3%)</title>", charts[0].OuterHtml);
    }

    [Fact]
    public void Rated_items_show_their_average_score()
    {
        var page = new HtmlParser().ParseDocument(Page("zh-CN", Responses));

        Assert.Equal(["3 人作答。平均分：4.3（满分 5）", "4 人作答。平均分：4（满分 5）", "3 人作答。平均分：3.7（满分 5）"],
            page.QuerySelectorAll("h3 + .answered").Select(p => p.TextContent));
    }

    [Fact]
    public void Before_any_response_the_page_says_so_and_still_lists_every_option()
    {
        var page = new HtmlParser().ParseDocument(Page("en", []));

        Assert.Equal("No responses have been received yet.", page.QuerySelector(".total")!.TextContent);
        Assert.Equal(11, page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Length);
        Assert.All(page.QuerySelectorAll("td.num:last-child"), cell => Assert.Equal("–", cell.TextContent));
    }

    private static string Page(string language, IReadOnlyList<StoredResponse> responses) =>
        RenderFeedbackSummary.Run(SummarizeFeedback.Run(Form, Site.Languages, responses), Site, language, TestData.Theme);
}
