using ReportSite.Diagnostics;
using ReportSite.Feedback;
using ReportSite.Tests.Collector;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Feedback;

public sealed class CheckSubmissionTests
{
    private static readonly Lazy<FeedbackForm> Form = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return new LoadFeedbackForm().Run(Repo.SampleInput, TestData.Site with { ContactEmail = "csr@example.org" }, diagnostics)!;
    });

    private static SubmissionCheck Check(IEnumerable<KeyValuePair<string, string>> fields) => CheckSubmission.Run(Form.Value, ["zh-CN", "en"], fields);

    [Fact]
    public void Valid_answers_are_kept_in_form_order_with_options_in_the_forms_order()
    {
        var check = Check(Answers.Valid().With("topics", "environment", "poverty", "poverty"));

        Assert.Empty(check.Problems);
        Assert.Equal("en", check.Submission!.Language);
        Assert.Equal(["role", "impression", "topics", "ratings.disclosure", "ratings.design", "ratings.readability", "suggestions"], check.Submission.Answers.Keys);
        Assert.Equal(["poverty", "environment"], check.Submission.Answers["topics"]);
    }

    [Fact]
    public void Unanswered_optional_questions_are_left_out()
    {
        var check = Check([new("lang", "zh-CN"), new("role", "media"), new("impression", "fair"), new("suggestions", "   "), new("topics", "")]);

        Assert.Equal(["role", "impression"], check.Submission!.Answers.Keys);
    }

    [Fact]
    public void Text_is_cleaned_of_control_characters_and_its_line_ends_made_plain()
    {
        var check = Check(Answers.Valid().With("suggestions", "  第一行\r\n第二行\u0000\u001b[31m\u200b 🙂\ud800 "));

        Assert.Equal(["第一行\n第二行[31m\u200b 🙂"], check.Submission!.Answers["suggestions"]);
    }

    [Fact]
    public void The_limit_counts_characters_after_cleaning()
    {
        Assert.Empty(Check(Answers.Valid().With("suggestions", new string('字', 2000) + "\r\n")).Problems);
        Assert.Equal(CheckSubmission.TooLong, Assert.Single(Check(Answers.Valid().With("suggestions", new string('字', 2001))).Problems).Code);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var check = Check([new("lang", "en"), new("impression", "great"), new("ratings.design", "0"), new("x", "1")]);

        Assert.Null(check.Submission);
        Assert.Equal(["x:unknown-field", "role:required", "impression:unknown-option", "ratings.design:unknown-option"],
            check.Problems.Select(p => $"{p.Field}:{p.Code}"));
    }

    [Fact]
    public void A_filled_honeypot_marks_a_robot_whatever_else_was_sent()
    {
        var check = Check([new("website", "buy now"), new("role", "nonsense")]);

        Assert.True(check.FromRobot);
        Assert.Null(check.Submission);
        Assert.Empty(check.Problems);
    }

    [Fact]
    public void A_hostile_field_name_is_not_echoed_in_full()
    {
        var check = Check(Answers.Valid().Append(new(new string('a', 500), "x")));

        Assert.Equal(41, Assert.Single(check.Problems).Field.Length);
    }
}
