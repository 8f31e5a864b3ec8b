using System.Text;
using ReportSite.Charts.Svg;
using ReportSite.Content;

namespace ReportSite.Feedback;

/// <summary>
/// The summary as one self-contained HTML page for the report's team, in one language: how many
/// responses came and when, then per question a bar chart (drawn by <see cref="SvgChartRenderer"/>)
/// with the same counts in a table, and the written answers. Styles are inline; the page has no
/// script, loads nothing, and its security policy forbids either, so it can be mailed or archived as is.
/// </summary>
public static class RenderFeedbackSummary
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private static readonly ChartOptions Chart = new(Width: 640);

    private static readonly Lazy<string> Style = new(() =>
    {
        using var stream = typeof(RenderFeedbackSummary).Assembly.GetManifestResourceStream("ReportSite.Feedback.FeedbackSummary.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static string Run(FeedbackSummary summary, SiteConfig site, string language, Theme.Theme theme)
    {
        string Word(string key, params object[] args) => theme.Word(language, key, args);
        var locale = theme.Numbers[language];
        var html = new StringBuilder();
        var title = Word("feedbackSummaryTitle");
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{Escape(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{Policy}">
            <meta name="robots" content="noindex">
            <title>{Escape(title)} · {Escape(site.Title[language])}</title>
            <style>
            {Style.Value}</style>
            </head>
            <body>
            <main>
            <header>
            <p class="report">{Escape(site.Title[language])}</p>
            <h1>{Escape(title)}</h1>

            """);
        if (summary.Responses == 0)
        {
            html.Append($"<p class=\"total\">{Escape(Word("feedbackSummaryNone"))}</p>\n");
        }
        else
        {
            var editions = summary.PerLanguage.Select(e => Word("labelValue", SummaryText.LanguageName(e.Language, theme), SummaryText.Count(e.Count, locale)));
            html.Append($"<p class=\"total\">{Escape(Word("feedbackSummaryResponses", SummaryText.Count(summary.Responses, locale)))}</p>\n")
                .Append($"<p>{Escape(Word("feedbackSummaryPeriod", SummaryText.Time(summary.First!.Value), SummaryText.Time(summary.Last!.Value)))}</p>\n")
                .Append($"<p>{Escape(Word("feedbackSummaryByEdition", string.Join(Word("listSeparator"), editions)))}</p>\n");
        }
        html.Append("</header>\n");
        for (var i = 0; i < summary.Questions.Count; i++)
        {
            Question(html, summary.Questions[i], i + 1, language, theme);
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Question(StringBuilder html, QuestionSummary summary, int number, string language, Theme.Theme theme)
    {
        string Word(string key, params object[] args) => theme.Word(language, key, args);
        var locale = theme.Numbers[language];
        var question = summary.Question;
        var heading = $"q-{question.Id}";
        html.Append($"<section aria-labelledby=\"{heading}\">\n")
            .Append($"<h2 id=\"{heading}\"><span class=\"number\">{Escape(Word("feedbackQuestionNumber", number))}</span> {Escape(question.Label[language])}</h2>\n");
        switch (question.Kind)
        {
            case QuestionKind.Single or QuestionKind.Multi:
                html.Append($"<p class=\"answered\">{Escape(Word("feedbackSummaryAnswered", SummaryText.Count(summary.Answered, locale)))}</p>\n");
                Counts(html, heading, question.Id, question.Label[language], Word("feedbackSummaryAnswer"), summary.Choices, summary.Answered, language, theme);
                break;
            case QuestionKind.Scale:
                foreach (var item in summary.Items)
                {
                    var id = $"{heading}-{item.Item.Id}";
                    var answered = Word("feedbackSummaryAnswered", SummaryText.Count(item.Answered, locale));
                    var mean = item.Mean is { } m ? Word("sentenceSeparator") + Word("feedbackSummaryMean", SummaryText.Mean(m, locale), item.Item.Levels.Count) : "";
                    html.Append($"<h3 id=\"{id}\">{Escape(item.Item.Label[language])}</h3>\n")
                        .Append($"<p class=\"answered\">{Escape(answered + mean)}</p>\n");
                    Counts(html, id, $"{question.Id}-{item.Item.Id}", Word("feedbackItemHeader", question.Label[language], item.Item.Label[language]),
                        Word("feedbackSummaryRating"), item.Levels, item.Answered, language, theme);
                }
                break;
            default:
                Texts(html, summary.Texts, language, theme);
                break;
        }
        html.Append("</section>\n");
    }

    /// <summary>The chart, then the same counts as a table named by the heading above it.</summary>
    private static void Counts(StringBuilder html, string heading, string chartId, string chartTitle, string firstColumn,
        IReadOnlyList<Tally> tallies, int answered, string language, Theme.Theme theme)
    {
        string Word(string key, params object[] args) => theme.Word(language, key, args);
        var locale = theme.Numbers[language];
        var model = BuildFeedbackChart.Run($"feedback-{chartId}", chartTitle, tallies, answered, language, theme);
        html.Append("<figure>\n").Append(SvgChartRenderer.Render(model, Chart)).Append("</figure>\n")
            .Append($"<table aria-labelledby=\"{heading}\">\n<thead><tr><th scope=\"col\">{Escape(firstColumn)}</th>")
            .Append($"<th scope=\"col\" class=\"num\">{Escape(Word("feedbackSummaryCount"))}</th><th scope=\"col\" class=\"num\">{Escape(Word("feedbackSummaryShare"))}</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < tallies.Count; i++)
        {
            var share = SummaryText.Share(tallies[i].Count, answered, locale) ?? "–";
            html.Append($"<tr><th scope=\"row\">{Escape(model.Categories[i])}</th><td class=\"num\">{Escape(SummaryText.Count(tallies[i].Count, locale))}</td><td class=\"num\">{Escape(share)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Each written answer as the reader wrote it (escaped, line breaks kept), marked with its language.</summary>
    private static void Texts(StringBuilder html, IReadOnlyList<TextAnswer> texts, string language, Theme.Theme theme)
    {
        string Word(string key, params object[] args) => theme.Word(language, key, args);
        html.Append($"<p class=\"answered\">{Escape(Word("feedbackSummaryWritten", SummaryText.Count(texts.Count, theme.Numbers[language])))}</p>\n");
        if (texts.Count == 0) return;
        html.Append("<ul class=\"answers\">\n");
        foreach (var text in texts)
        {
            var meta = string.Join(" · ", Word("labelValue", Word("feedbackExportId"), text.ResponseId), SummaryText.Time(text.Received), SummaryText.LanguageName(text.Language, theme));
            html.Append($"<li><p lang=\"{Escape(text.Language)}\">{Escape(text.Text)}</p><p class=\"meta\">{Escape(meta)}</p></li>\n");
        }
        html.Append("</ul>\n");
    }

    private static string Escape(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
