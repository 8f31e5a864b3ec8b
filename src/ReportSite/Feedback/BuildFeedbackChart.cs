using ReportSite.Charts;
using ReportSite.Kpis;

namespace ReportSite.Feedback;

/// <summary>
/// A horizontal bar chart of one question's (or one rated item's) counts in one language: a bar per
/// option or level, in survey order, labelled with its count; each bar's tooltip and the description
/// give the count with its share of the responses that answered.
/// </summary>
public static class BuildFeedbackChart
{
    public static ChartModel Run(string id, string title, IReadOnlyList<Tally> tallies, int answered, string language, Theme.Theme theme)
    {
        string Word(string key, params object[] args) => theme.Word(language, key, args);
        var locale = theme.Numbers[language];
        var categories = tallies.Select(t => Label(t, language, theme)).ToList();
        var points = tallies.Select((t, i) =>
        {
            var count = Count(t.Count, locale);
            var full = Share(t.Count, answered, locale) is { } share ? Word("feedbackSummaryCountShare", count, share) : count;
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
            Categories = categories,
            Series = [new ChartModelSeries(title, points)],
            // Counts are whole: a tick between two of them (0.5 on a short axis) keeps its gridline but no label.
            FormatTick = (tick, _) => decimal.Truncate(tick) == tick ? Count((int)tick, locale) : "",
            TotalLabel = Word("chartTotal"),
        };
    }

    /// <summary>An option or level as readers of the summary see it; one the survey no longer has says so.</summary>
    public static string Label(Tally tally, string language, Theme.Theme theme) =>
        tally.Label is null ? theme.Word(language, "feedbackSummaryRetired", tally.Value) : tally.Label[language];

    /// <summary>A count written the language's way ("1,234" in English, "1234" in Chinese).</summary>
    public static string Count(int count, NumberLocale locale) =>
        NumberFormat.Format(count, new NumberStyle { Scaled = false, Precision = 0 }, locale).ToString();

    /// <summary>The share of <paramref name="answered"/> ("33.3%"), or null when no one answered.</summary>
    public static string? Share(int count, int answered, NumberLocale locale) => answered == 0
        ? null
        : NumberFormat.Format(count * 100m / answered, new NumberStyle { Unit = KpiUnit.Percent, Precision = 1 }, locale).ToString();
}
