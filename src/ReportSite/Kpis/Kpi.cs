using ReportSite.Localization;

namespace ReportSite.Kpis;

/// <summary>
/// One figure of the report, authored once in <c>data/kpis.yml</c>: its label and unit word per
/// language, how it is written, and its values in base units (yuan, people, percent points).
/// </summary>
public sealed record Kpi
{
    public required string Id { get; init; }

    public required LocalizedText Label { get; init; }

    /// <summary>Unit, precision and scaling; <see cref="NumberStyle.Word"/> is filled per language from <see cref="Word"/>.</summary>
    public required NumberStyle Style { get; init; }

    /// <summary>The word after the number in each language ("个村庄", "villages"), or null.</summary>
    public LocalizedText? Word { get; init; }

    /// <summary>Values by year (oldest first) or by category (in the order written); never empty.</summary>
    public required IReadOnlyList<KpiValue> Values { get; init; }

    public LocalizedText? Source { get; init; }

    public LocalizedText? Note { get; init; }

    /// <summary>The heading the performance data table lists it under, when not its chapter's title.</summary>
    public LocalizedText? Group { get; init; }

    /// <summary>The disclosures the figure answers, as written ("GRI 302-1"); checked against the catalogues.</summary>
    public IReadOnlyList<string> Standards { get; init; } = [];

    /// <summary>The line of <see cref="Standards"/>, for messages about a code.</summary>
    public int StandardsLine { get; init; }

    /// <summary>Where the KPI is defined, for messages about it.</summary>
    public required string File { get; init; }

    public required int Line { get; init; }

    public bool ByCategory => Values[0].Category is not null;

    /// <summary>The value shown when no year is asked for: the latest year's, or the only one.</summary>
    public KpiValue Latest => ByCategory ? Values[0] : Values[^1];

    public KpiValue? InYear(int year) => Values.FirstOrDefault(v => v.Year == year);

    /// <summary>The value before <paramref name="value"/> in time, for trends; null for categories or the first year.</summary>
    public KpiValue? YearBefore(KpiValue value) =>
        value.Year is { } year ? Values.LastOrDefault(v => v.Year is { } earlier && earlier < year) : null;

    /// <summary>The style for one language, with that language's unit word unless <paramref name="withWord"/> is false.</summary>
    public NumberStyle StyleFor(string language, bool withWord = true) =>
        Style with { Word = withWord ? Word?[language] : null };

    public FormattedNumber Format(decimal value, string language, NumberLocale locale, bool withWord = true) =>
        NumberFormat.Format(value, StyleFor(language, withWord), locale);
}

/// <summary>One value of a KPI: for a year, or for a category with its label per language.</summary>
public sealed record KpiValue(decimal Value, int? Year, LocalizedText? Category)
{
    /// <summary>The x-axis or table-row label: the year, or the category's label.</summary>
    public string Label(string language) => Category?[language] ?? Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
