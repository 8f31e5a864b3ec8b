using System.Text;
using ReportSite.SurveyResults;
using ReportSite.Tests.Support;
using static ReportSite.Tests.Feedback.SampleSurvey;

namespace ReportSite.Tests.Feedback;

public sealed class FeedbackCsvTests
{
    [Fact]
    public void Starts_with_a_byte_order_mark_and_ends_every_row_with_crlf()
    {
        var bytes = FeedbackCsv.Write(Form, Responses.Take(2).ToList(), "zh-CN", TestData.Theme);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text);
        Assert.Equal(3, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
    }

    [Fact]
    public void Headers_are_the_question_labels_and_values_the_option_and_level_labels_in_chinese()
    {
        var lines = Text("zh-CN").Split("\r\n");

        Assert.Equal("编号,提交时间（UTC）,语言版本,匿名客户端代码,相对于腾讯，您的身份是,您对本报告的总体印象,您更关注报告在哪些方面的议题披露？,"
            + "您如何评价本报告的信息量、版式设计和可读性？ · 披露信息量,您如何评价本报告的信息量、版式设计和可读性？ · 版式设计,您如何评价本报告的信息量、版式设计和可读性？ · 可读性,"
            + "对于提升我们的社会责任报告和社会责任工作，您还有哪些建议？,channel", lines[0]);
        Assert.Equal("1,2019-03-01T09:30:00Z,zh-CN,client01,投资者,很好,精准扶贫；生态文明,很高,较合理,较好,希望增加更多数据图表。,", lines[1]);
        Assert.Equal("4,2019-03-01T12:30:00Z,en,client04,媒体,一般,,,,,,", lines[4]);
    }

    [Fact]
    public void The_english_export_joins_several_choices_with_the_english_separator()
    {
        var lines = Text("en").Split("\r\n");

        Assert.StartsWith("Response,Received (UTC),Edition,Anonymous client code,What is your relationship to Tencent?,", lines[0]);
        Assert.Contains(",How would you rate the report's information, design and readability? · Layout and design,", lines[0].Replace("\"", ""));
        Assert.Equal("3,2019-03-01T11:30:00Z,en,client03,Investor,Good,Cybersecurity; Protecting the environment; Tech for Good,High,Very well organised,Poor,"
            + "\"Please publish the data tables as spreadsheets.\nAnd <script>alert(1)</script> nothing else.\",", lines[3]);
    }

    [Fact]
    public void Answers_from_an_earlier_survey_are_written_as_stored()
    {
        var lines = Text("en").Split("\r\n");

        Assert.EndsWith(",channel", lines[0]);
        Assert.Equal("6,2019-03-01T14:30:00Z,zh-CN,client06,student,Good,,,7,,\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"点击\"\")\",wechat", lines[^2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example/\")", "\"'=HYPERLINK(\"\"https://evil.example/\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@x", "'@x")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("5 stars", "5 stars")]
    public void A_suggestion_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string suggestion, string cell)
    {
        var response = Response(1, "en", ("suggestions", [suggestion]));

        var text = Encoding.UTF8.GetString(FeedbackCsv.Write(Form, [response], "en", TestData.Theme)[3..]);

        Assert.Equal($"1,2019-03-01T09:30:00Z,en,client01,,,,,,,{cell}\r\n", text.Split("\r\n", 2)[1]);
    }

    [Fact]
    public void Headers_that_start_like_a_formula_are_neutralised_too()
    {
        var response = Response(1, "en", ("-old", ["x"]));

        var header = Encoding.UTF8.GetString(FeedbackCsv.Write(Form, [response], "en", TestData.Theme)[3..]).Split("\r\n")[0];

        Assert.EndsWith(",'-old", header);
    }

    private static string Text(string language) =>
        Encoding.UTF8.GetString(FeedbackCsv.Write(Form, Responses, language, TestData.Theme)[3..]);
}
