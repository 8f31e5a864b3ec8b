using ReportSite.Charts.Svg;
using ReportSite.Content;
using ReportSite.Feedback;
using ReportSite.Theme;

namespace ReportSite.SurveyResults;

/// <summary>
/// The summary as one self-contained HTML page for the report's team, in one language: how many
/// responses came and when, then per question a bar chart (drawn by <see cref="SvgChartRenderer"/>)
/// with the same counts in a table, and the written answers. The theme's
/// <c>layouts/feedback-summary.html</c> writes the page with its styles inline; the page has no script,
/// loads nothing, and its security policy forbids either, so it can be mailed or archived as is.
/// Throws <see cref="Theme.TemplateException"/> when the theme's template cannot render it.
/// </summary>
public static class RenderFeedbackSummary
{
    // The summary page has no caption line for the unit, so the drawing carries it.
    private static readonly ChartOptions Chart = new(Width: 640) { ShowSubtitle = true };

    public static string Run(FeedbackSummary summary, SiteConfig site, string language, LoadedTheme theme) =>
        theme.Templates.Render("feedback-summary", View(summary, site, language, theme));

    public static FeedbackSummaryView View(FeedbackSummary summary, SiteConfig site, string language, LoadedTheme theme)
    {
        string Word(string key, params object[] args) => theme.Words.Word(language, key, args);
        var locale = theme.Words.Numbers[language];
        var none = summary.Responses == 0;
        var editions = summary.PerLanguage.Select(e => Word("labelValue", SummaryText.LanguageName(e.Language, theme), SummaryText.Count(e.Count, locale)));
        return new FeedbackSummaryView(
            language,
            Word("feedbackSummaryTitle"),
            site.Title[language],
            none ? Word("feedbackSummaryNone") : Word("feedbackSummaryResponses", SummaryText.Count(summary.Responses, locale)),
            none ? null : Word("feedbackSummaryPeriod", SummaryText.Time(summary.First!.Value), SummaryText.Time(summary.Last!.Value)),
            none ? null : Word("feedbackSummaryByEdition", string.Join(Word("listSeparator"), editions)),
            summary.Questions.Select((q, i) => Question(q, i + 1, language, theme)).ToList(),
            theme.Words.Strings[language]);
    }

    private static SummaryQuestionView Question(QuestionSummary summary, int number, string language, LoadedTheme theme)
    {
        string Word(string key, params object[] args) => theme.Words.Word(language, key, args);
        var locale = theme.Words.Numbers[language];
        var question = summary.Question;
        var heading = $"q-{question.Id}";
        IReadOnlyList<SummaryPartView> parts = question.Kind switch
        {
            QuestionKind.Single or QuestionKind.Multi =>
            [
                new(null, null, Word("feedbackSummaryAnswered", SummaryText.Count(summary.Answered, locale)),
                    Counts(heading, question.Id, question.Label[language], Word("feedbackSummaryAnswer"), summary.Choices, summary.Answered, language, theme)),
            ],
            QuestionKind.Scale => summary.Items.Select(item =>
            {
                var id = $"{heading}-{item.Item.Id}";
                var answered = Word("feedbackSummaryAnswered", SummaryText.Count(item.Answered, locale));
                var mean = item.Mean is { } m ? Word("sentenceSeparator") + Word("feedbackSummaryMean", SummaryText.Mean(m, locale), item.Item.Levels.Count) : "";
                return new SummaryPartView(id, item.Item.Label[language], answered + mean,
                    Counts(id, $"{question.Id}-{item.Item.Id}", Word("feedbackItemHeader", question.Label[language], item.Item.Label[language]),
                        Word("feedbackSummaryRating"), item.Levels, item.Answered, language, theme));
            }).ToList(),
            _ => [new(null, null, Word("feedbackSummaryWritten", SummaryText.Count(summary.Texts.Count, locale)), null)],
        };
        // Each written answer as the reader wrote it, marked with its language.
        var answers = question.Kind is QuestionKind.Single or QuestionKind.Multi or QuestionKind.Scale
            ? []
            : summary.Texts.Select(text => new SummaryAnswerView(text.Language, text.Text, Word("labelValue", Word("feedbackExportId"), text.ResponseId),
                SummaryText.Time(text.Received), SummaryText.LanguageName(text.Language, theme))).ToList();
        return new SummaryQuestionView(heading, Word("feedbackQuestionNumber", number), question.Label[language], parts, answers);
    }

    /// <summary>The chart, then the same counts as a table named by the heading above it.</summary>
    private static SummaryCountsView Counts(string heading, string chartId, string chartTitle, string firstColumn,
        IReadOnlyList<Tally> tallies, int answered, string language, LoadedTheme theme)
    {
        var locale = theme.Words.Numbers[language];
        var model = BuildFeedbackChart.Run($"feedback-{chartId}", chartTitle, tallies, answered, language, theme);
        return new SummaryCountsView(
            new Html.Markup(SvgChartRenderer.Render(model, Chart)),
            heading,
            firstColumn,
            tallies.Select((tally, i) => new SummaryRowView(model.Categories[i], SummaryText.Count(tally.Count, locale), SummaryText.Share(tally.Count, answered, locale))).ToList());
    }
}
