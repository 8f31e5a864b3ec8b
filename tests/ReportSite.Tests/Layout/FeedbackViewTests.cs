using ReportSite.Layout;

namespace ReportSite.Tests.Layout;

/// <summary>How the feedback form's questions are laid out.</summary>
public sealed class FeedbackViewTests
{
    [Theory]
    [InlineData("single", 5, true)]
    [InlineData("single", 2, true)]
    [InlineData("single", 6, false)]
    [InlineData("multi", 5, false)]
    public void A_short_single_choice_sits_in_one_row_like_a_scale(string kind, int options, bool row)
    {
        var question = new QuestionView
        {
            Id = "q-impression", Field = "impression", Number = 2, Label = "总体印象", Kind = kind, InputType = "radio",
            Options = Enumerable.Range(1, options).Select(i => new ChoiceView($"q-impression-{i}", $"{i}", $"选项{i}")).ToList(),
            Items = [],
        };

        Assert.Equal(row, question.IsRow);
    }
}
