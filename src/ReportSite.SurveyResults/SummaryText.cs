using System.Globalization;
using ReportSite.Localization;
using ReportSite.Theme;

namespace ReportSite.SurveyResults;

/// <summary>
/// How the summary writes its figures and names in one language, the same on the page, in its charts
/// and on the console: counts and shares with the theme's number conventions, times in UTC.
/// </summary>
public static class SummaryText
{
    /// <summary>A count written the language's way ("1,234" in English, "1234" in Chinese).</summary>
    public static string Count(int count, NumberLocale locale) =>
        NumberFormat.Format(count, new NumberStyle { Scaled = false, Precision = 0 }, locale).ToString();

    /// <summary>The share of <paramref name="answered"/> ("33.3%"), or null when no one answered.</summary>
    public static string? Share(int count, int answered, NumberLocale locale) => answered == 0
        ? null
        : NumberFormat.Format(count * 100m / answered, new NumberStyle { Unit = KpiUnit.Percent, Precision = 1 }, locale).ToString();

    /// <summary>An average score to one decimal ("4.3"; "4" when whole).</summary>
    public static string Mean(decimal mean, NumberLocale locale) =>
        NumberFormat.Format(mean, new NumberStyle { Scaled = false, Precision = 1 }, locale).ToString();

    /// <summary>An option or level as readers of the summary see it; one the survey no longer has says so.</summary>
    public static string Label(Tally tally, string language, LoadedTheme theme) =>
        tally.Label is null ? theme.Words.Word(language, "feedbackSummaryRetired", tally.Value) : tally.Label[language];

    /// <summary>An edition's name in its own language ("English", "简体中文"), or its code when the theme has no such language.</summary>
    public static string LanguageName(string language, LoadedTheme theme) =>
        theme.Words.Strings.TryGetValue(language, out var words) && words.TryGetValue("languageName", out var name) ? name : language;

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
