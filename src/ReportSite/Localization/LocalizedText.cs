namespace ReportSite.Localization;

/// <summary>A text given once per language; falls back to the primary language where a translation is missing.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values, string Primary)
{
    /// <summary>The text in <paramref name="language"/>, or in the primary language when not translated.</summary>
    public string this[string language] => Values.TryGetValue(language, out var text) ? text : Values[Primary];

    public bool Has(string language) => Values.ContainsKey(language);
}
