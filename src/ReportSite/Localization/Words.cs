using System.Globalization;

namespace ReportSite.Localization;

/// <summary>
/// What a theme says to readers, per language: its words (from <c>i18n/&lt;language&gt;.yml</c>) and how it
/// writes numbers. The data half of a theme; its templates are the other half.
/// </summary>
public sealed record Words(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings,
    IReadOnlyDictionary<string, NumberLocale> Numbers)
{
    /// <summary>A word for readers of <paramref name="language"/>, with {0}, {1} filled in.</summary>
    public string Word(string language, string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Strings[language][key], args);
}
