using ReportSite.Feedback;
using ReportSite.SurveyResults;
using ReportSite.Theme;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReportSite.Cli;

/// <summary>
/// The feedback summary for a terminal, in the chosen language's words: totals, then per question a
/// table of counts and shares with a bar for each option or level, and how many wrote an answer.
/// </summary>
public static class FeedbackSummaryConsole
{
    private const int BarWidth = 24;

    public static IEnumerable<IRenderable> Render(FeedbackSummary summary, string language, LoadedTheme theme)
    {
        string Word(string key, params object[] args) => theme.Words.Word(language, key, args);
        var locale = theme.Words.Numbers[language];
        yield return Line($"[bold]{Markup.Escape(Word("feedbackSummaryTitle"))}[/]");
        if (summary.Responses == 0)
        {
            yield return Line(Markup.Escape(Word("feedbackSummaryNone")));
        }
        else
        {
            var editions = summary.PerLanguage.Select(e => Word("labelValue", SummaryText.LanguageName(e.Language, theme), SummaryText.Count(e.Count, locale)));
            yield return Line(Markup.Escape(Word("feedbackSummaryResponses", SummaryText.Count(summary.Responses, locale))));
            yield return Line(Markup.Escape(Word("feedbackSummaryPeriod", SummaryText.Time(summary.First!.Value), SummaryText.Time(summary.Last!.Value))));
            yield return Line(Markup.Escape(Word("feedbackSummaryByEdition", string.Join(Word("listSeparator"), editions))));
        }
        for (var i = 0; i < summary.Questions.Count; i++)
        {
            var question = summary.Questions[i];
            yield return Text.NewLine;
            yield return Line($"[bold]{Markup.Escape(Word("feedbackQuestionNumber", i + 1))}[/] {Markup.Escape(question.Question.Label[language])}");
            switch (question.Question.Kind)
            {
                case QuestionKind.Single or QuestionKind.Multi:
                    yield return Line($"[grey]{Markup.Escape(Word("feedbackSummaryAnswered", SummaryText.Count(question.Answered, locale)))}[/]");
                    yield return Table(Word("feedbackSummaryAnswer"), question.Choices, question.Answered, language, theme);
                    break;
                case QuestionKind.Scale:
                    foreach (var item in question.Items)
                    {
                        var answered = Word("feedbackSummaryAnswered", SummaryText.Count(item.Answered, locale));
                        var mean = item.Mean is { } m ? Word("sentenceSeparator") + Word("feedbackSummaryMean", SummaryText.Mean(m, locale), item.Item.Levels.Count) : "";
                        yield return Line($"  {Markup.Escape(item.Item.Label[language])} [grey]{Markup.Escape(answered + mean)}[/]");
                        yield return Table(Word("feedbackSummaryRating"), item.Levels, item.Answered, language, theme);
                    }
                    break;
                default:
                    yield return Line(Markup.Escape(Word("feedbackSummaryWritten", SummaryText.Count(question.Texts.Count, locale))));
                    break;
            }
        }
        yield return Text.NewLine;
    }

    private static Table Table(string firstColumn, IReadOnlyList<Tally> tallies, int answered, string language, LoadedTheme theme)
    {
        var locale = theme.Words.Numbers[language];
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn(Markup.Escape(firstColumn)))
            .AddColumn(new TableColumn(Markup.Escape(theme.Words.Word(language, "feedbackSummaryCount"))).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(theme.Words.Word(language, "feedbackSummaryShare"))).RightAligned())
            .AddColumn(new TableColumn(""));
        var most = Math.Max(1, tallies.Select(t => t.Count).DefaultIfEmpty(0).Max());
        foreach (var tally in tallies)
        {
            var bar = new string('█', (int)Math.Round((double)tally.Count / most * BarWidth));
            table.AddRow(
                new Text(SummaryText.Label(tally, language, theme)),
                new Text(SummaryText.Count(tally.Count, locale)),
                new Text(SummaryText.Share(tally.Count, answered, locale) ?? "–"),
                new Markup($"[blue]{bar}[/]"));
        }
        return table;
    }

    private static Markup Line(string markup) => new(markup + "\n");
}
