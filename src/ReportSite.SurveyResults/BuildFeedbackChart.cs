using ReportSite.Charts.Model;
using ReportSite.Theme;

namespace ReportSite.SurveyResults;

/// <summary>
/// A horizontal bar chart of one question's (or one rated item's) counts in one language: a bar per
/// option or level, in survey order, labelled with its count; each bar's tooltip and the description
/// give the count with its share of the responses that answered.
/// </summary>
public static class BuildFeedbackChart
{
    public static ChartModel Run(string id, string title, IReadOnlyList<Tally> tallies, int answered, string language, LoadedTheme theme)
    {
        string Word(string key, params object[] args) => theme.Words.Word(language, key, args);
        var locale = theme.Words.Numbers[language];
        var categories = tallies.Select(t => SummaryText.Label(t, language, theme)).ToList();
        var points = tallies.Select((t, i) =>
        {
            var count = SummaryText.Count(t.Count, locale);
            var full = SummaryText.Share(t.Count, answered, locale) is { } share ? Word("feedbackSummaryCountShare", count, share) : count;
            return (ChartPoint?)new ChartPoint(t.Count, count, full, Word("labelValue", categories[i], full));
        }).ToList();
        return new ChartModel
        {
            Id = id,
            Type = ChartType.Bar,
            Horizontal = true,
            Title = title,
            Description = string.Join(Word("listSeparator"), points.Select((p, i) => Word("labelValue", categories[i], p!.Full))),
            UnitCaption = Word("chartUnit", Word("feedbackSummaryUnit")),
            Subtitle = Word("chartUnit", Word("feedbackSummaryUnit")),
            Categories = categories,
            Series = [new ChartModelSeries(title, points)],
            // Counts are whole: a tick between two of them (0.5 on a short axis) keeps its gridline but no label.
            FormatTick = (tick, _) => decimal.Truncate(tick) == tick ? SummaryText.Count((int)tick, locale) : "",
            TotalLabel = Word("chartTotal"),
        };
    }
}
