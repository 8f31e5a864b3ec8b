using ReportSite.SurveyResults;
using static ReportSite.Tests.Feedback.SampleSurvey;

namespace ReportSite.Tests.Feedback;

public sealed class SummarizeFeedbackTests
{
    private static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    [Fact]
    public void Every_option_and_level_is_listed_even_before_anyone_answers()
    {
        var summary = SummarizeFeedback.Run(Form, Languages, []);

        Assert.Equal(0, summary.Responses);
        Assert.Null(summary.First);
        Assert.Equal([new EditionCount("zh-CN", 0), new EditionCount("en", 0)], summary.PerLanguage);
        var role = summary.Questions[0];
        Assert.Equal(0, role.Answered);
        Assert.Equal(Form.Questions[0].Options.Select(o => o.Id), role.Choices.Select(c => c.Value));
        Assert.All(role.Choices, c => Assert.Equal(0, c.Count));
        var design = summary.Questions[3].Items[1];
        Assert.Equal(["5", "4", "3", "2", "1"], design.Levels.Select(l => l.Value));
        Assert.Equal(["很合理", "较合理", "一般", "较差", "很差"], design.Levels.Select(l => l.Text("zh-CN")));
        Assert.All(design.Levels, l => Assert.Equal(0, l.Count));
        Assert.Null(design.Mean);
        Assert.Empty(summary.Questions[4].Texts);
    }

    [Fact]
    public void Counts_responses_per_edition_and_the_time_they_span()
    {
        var summary = SummarizeFeedback.Run(Form, Languages, Responses);

        Assert.Equal(6, summary.Responses);
        Assert.Equal([new EditionCount("zh-CN", 4), new EditionCount("en", 2)], summary.PerLanguage);
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 9, 30, 0, TimeSpan.Zero), summary.First);
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 14, 30, 0, TimeSpan.Zero), summary.Last);
    }

    [Fact]
    public void A_single_choice_counts_each_response_once_with_zeros_for_options_no_one_chose()
    {
        var impression = SummarizeFeedback.Run(Form, Languages, Responses).Questions[1];

        Assert.Equal(6, impression.Answered);
        Assert.Equal([("very-good", 1), ("good", 4), ("fair", 1), ("poor", 0), ("very-poor", 0)], impression.Choices.Select(c => (c.Value, c.Count)));
    }

    [Fact]
    public void A_multiple_choice_counts_every_option_chosen_and_a_repeated_one_once()
    {
        var responses = Responses.Append(Response(7, "en", ("topics", ["poverty", "poverty"]))).ToList();

        var topics = SummarizeFeedback.Run(Form, Languages, responses).Questions[2];

        Assert.Equal(5, topics.Answered);
        var counts = topics.Choices.ToDictionary(c => c.Value, c => c.Count);
        Assert.Equal(10, counts.Count);
        Assert.Equal(3, counts["poverty"]);
        Assert.Equal(2, counts["environment"]);
        Assert.Equal(1, counts["security"]);
        Assert.Equal(0, counts["philanthropy"]);
        Assert.Equal(8, topics.Choices.Sum(c => c.Count));
    }

    [Fact]
    public void Each_rated_item_counts_its_levels_best_first_with_the_average_score()
    {
        var ratings = SummarizeFeedback.Run(Form, Languages, Responses).Questions[3];

        var disclosure = ratings.Items[0];
        Assert.Equal(3, disclosure.Answered);
        Assert.Equal([1, 2, 0, 0, 0], disclosure.Levels.Select(l => l.Count));
        Assert.Equal(13m / 3, disclosure.Mean);
        var readability = ratings.Items[2];
        Assert.Equal([1, 1, 0, 1, 0], readability.Levels.Select(l => l.Count));
        Assert.Equal(11m / 3, readability.Mean);
        Assert.Equal(5, ratings.Answered);
    }

    [Fact]
    public void Answers_an_earlier_survey_allowed_are_counted_under_their_stored_value()
    {
        var summary = SummarizeFeedback.Run(Form, Languages, Responses);

        var role = summary.Questions[0];
        Assert.Equal(12, role.Choices.Count);
        Assert.Equal(new Tally("student", null, 1), role.Choices[^1]);
        Assert.Equal("student", role.Choices[^1].Text("en"));
        Assert.Equal(2, role.Choices.Single(c => c.Value == "investor").Count);
        var design = summary.Questions[3].Items[1];
        Assert.Equal(["5", "4", "3", "2", "1", "7"], design.Levels.Select(l => l.Value));
        Assert.Equal([1, 1, 1, 0, 0, 1], design.Levels.Select(l => l.Count));
        Assert.Equal(4m, design.Mean);
        Assert.DoesNotContain(summary.Questions, q => q.Question.Id == "channel");
    }

    [Fact]
    public void Written_answers_are_kept_in_the_order_received_and_blank_ones_left_out()
    {
        var responses = Responses.Append(Response(7, "en", ("suggestions", ["  "]))).ToList();

        var suggestions = SummarizeFeedback.Run(Form, Languages, responses).Questions[4];

        Assert.Equal(3, suggestions.Answered);
        Assert.Equal([1L, 3L, 6L], suggestions.Texts.Select(t => t.ResponseId));
        Assert.Equal("en", suggestions.Texts[1].Language);
    }

    [Fact]
    public void An_edition_the_site_no_longer_has_is_counted_after_its_languages()
    {
        var summary = SummarizeFeedback.Run(Form, Languages, [Response(1, "ja", ("role", ["investor"]))]);

        Assert.Equal([new EditionCount("zh-CN", 0), new EditionCount("en", 0), new EditionCount("ja", 1)], summary.PerLanguage);
    }
}
